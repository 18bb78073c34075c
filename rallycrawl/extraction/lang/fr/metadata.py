"""French words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("par",)
BYLINE_LABELS = ("un article", "rédigé", "publié", "texte", "propos recueillis", "entretien", "analyse", "écrit",
                 "reportage")
AUTHOR_LABELS = ("écrit par", "auteur", "autrice", "par")
AUTHOR_CONNECTORS = ("et", "avec")
ROLE_WORDS = frozenset("""rédaction redaction journaliste journalistes envoyé envoyée correspondant
    correspondante rédacteur rédactrice spécial spéciale""".split())
PERSON_ROLES = frozenset("""journaliste correspondant correspondante rédacteur rédactrice""".split())
NOT_NAME_WORDS = frozenset("""connexion connecter identifier inscrire inscription compte profil abonner
    abonnez abonnement partager suivre rechercher accueil""".split())
PUBLISHED_WORDS = ("publié", "publiée", "paru")
#: Starts of words that announce the publication (publié, publiée, publication), read at a word start only.
PUBLISHED_WORD_STARTS = ("publié", "publication")
UPDATED_WORDS = ("mis à jour", "mise à jour", "modifié", "actualisé")
ARTICLES = ("le", "la", "les")
INDEFINITE_ARTICLES = ("un", "une")
DATE_PREPOSITIONS = ("le",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("auteur", "auteurs", "journaliste", "journalistes", "signature", "signatures", "profil")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ("les",)
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ("de", "du", "la", "le")
