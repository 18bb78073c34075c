"""English words of page metadata: bylines, date labels, page furniture that is not a name.

Every language's lists are merged when the metadata is read (the page's language is
often unknown then): keep entries that cannot be mistaken for a word of another language.
"""

#: Words that open a byline ("By Jane Doe"); lower case, matched case-insensitively.
BYLINE_LEAD_INS = ("by",)
#: What may stand before the lead-in ("Analysis by", "Written by", "Reporting by").
BYLINE_LABELS = ("analysis", "story", "text", "words", "reporting", "written", "commentary", "opinion",
                 "interview", "report", "compiled", "edited", "posted", "additional reporting")
#: Labels of embedded author data (``twitter:label1`` = "Written by").
AUTHOR_LABELS = ("written by", "author", "by")
#: Words that join the names of several authors.
AUTHOR_CONNECTORS = ("and", "with")
#: Words that say what someone is, not who (a name stops before them); with them the desks
#: that stand before a role ("Business Columnist", "Science Editor").
ROLE_WORDS = frozenset("""writer writers reporter reporters editor editors correspondent correspondents columnist
    contributor contributing analyst producer staff photographer journalist editorial editor-at-large
    news press associated agency agencies daily times post tv sport sports senior chief political
    special bureau desk service services wire online network magazine media team newsroom contributors
    business politics science technology health entertainment finance economics""".split())
#: Words that end a newspaper's name ("Kestrel Tribune", "Leamoor Today"): after a word that is no
#: first name, the byline's line names the paper, not a person.
NEWSPAPER_WORDS = frozenset("""tribune herald gazette journal chronicle courier observer telegraph dispatch
    examiner inquirer bulletin today times post news""".split())
#: Role words that make a generic byline ("Staff Reporter"), kept when nobody is named.
PERSON_ROLES = frozenset("""writer writers reporter reporters editor editors correspondent correspondents columnist
    contributor analyst producer staff photographer journalist""".split())
#: Words of login widgets, menus and sharing buttons: text holding them is not a byline.
NOT_NAME_WORDS = frozenset("""sign log login logout register account profile subscribe subscriber subscription
    newsletter share follow menu search home cookies settings password welcome hello""".split())
#: Words that label the first publication date, and a later one.
PUBLISHED_WORDS = ("published", "posted", "first published")
#: Starts of words that announce the publication (published, publishes, publication date), read at a word start only.
PUBLISHED_WORD_STARTS = ("publish", "publication")
UPDATED_WORDS = ("updated", "modified", "last updated", "edited")
#: Definite articles: no person's name opens with one ("The Harbour Courier", "Le Courrier").
#: (One-letter articles are left out: they read as initials.)
ARTICLES = ("the",)
#: Indefinite articles, which may stand before a byline label ("A report by", "Eine Analyse von").
INDEFINITE_ARTICLES = ("a", "an")
#: The word that puts a date after a byline ("By Jane Doe on March 3"): left out at its end.
DATE_PREPOSITIONS = ("on",)
#: Path segments of the links to an author's page ("/author/jane-doe/", "/profile/janedoe").
AUTHOR_PATHS = ("author", "authors", "profile", "profiles", "people", "staff", "journalist", "journalists",
                "contributor", "contributors", "writer", "writers", "reporter", "reporters", "columnist",
                "columnists", "by")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ("the",)
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ()
