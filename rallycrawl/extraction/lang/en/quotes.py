"""English words that attribute a quotation (read by rallycrawl.extraction.attribution).

Written from how English news reports speech, not from any page.
"""

from .calendar import MONTHS, WEEKDAYS

#: reporting verbs, every form a reporter uses after or before a quotation
REPORTING_VERBS = frozenset("""
say says said saying tell tells told telling add adds added adding ask asks asked asking explain
explains explained explaining note notes noted noting write writes wrote writing tweet tweets tweeted
tweeting state states stated declare declares declared announce announces announced argue argues
argued arguing warn warns warned warning insist insists insisted claim claims claimed continue
continues continued recall recalls recalled comment comments commented reply replies replied
respond responds responded urge urges urged assure assures assured acknowledge acknowledges
acknowledged admit admits admitted concede concedes conceded emphasize emphasizes emphasized
emphasise emphasises emphasised stress stresses stressed observe observes observed suggest suggests
suggested predict predicts predicted caution cautions cautioned complain complains complained
counter counters countered quip quips quipped joke jokes joked agree agrees agreed confirm confirms
confirmed deny denies denied testify testifies testified post posts posted shout shouts shouted yell
yelled exclaim exclaims exclaimed boast boasts boasted vow vows vowed pledge pledges pledged promise
promises promised lament laments lamented muse mused recount recounts recounted reiterate reiterates
reiterated conclude concludes concluded remark remarks remarked mention mentions mentioned
wonder wonders wondered begged begs pleaded pleads demanded demands described describes answered
answers whispered sighed laughed interjected retorted snapped speculated reasoned estimated
charged alleged asserted asserts maintained maintains contended contends clarified elaborated
reflected threatened reminded appealed implored underlined underscored highlighted proclaimed
disputed questioned cried screamed posting
reported reports
texted texts emailed emails murmured roared repeated repeats
apologised apologized apologises apologizes gushed grumbled hinted marvelled marveled mocked objected opined
railed raged reassured revealed scoffed sneered teased thundered ventured wailed fumed groaned griped
chided confided affirmed bragged relayed messaged blogged surmised summarised summarized
advised confessed disclosed queried swore wept reckoned recollected
muttered mutters grumbles
""".split())
#: two-word cues (verb + particle, or a source phrase)
TWO_WORD_CUES = frozenset({
    ("pointed", "out"), ("points", "out"), ("chimed", "in"), ("weighed", "in"), ("went", "on"),
    ("goes", "on"), ("according", "to"), ("put", "it"), ("puts", "it"),
    ("shot", "back"), ("fired", "back"), ("hit", "back"), ("summed", "up"), ("sums", "up"),
    ("piped", "up"), ("cut", "in"), ("spelled", "out"), ("spelt", "out"),
})
#: reporting verbs that are nouns too ("in a Facebook post", "his remarks"): after one of
#: DETERMINERS (or one and a name: "a Facebook post") they are no cue (rule ``cue_noun``)
CUE_NOUNS = frozenset("""
post posts tweet tweets comment comments remarks claim claims reply replies promise promises pledge pledges
vow vows warning warnings answer answers demand demands note notes joke jokes posting writing
""".split())
DETERMINERS = frozenset("a an the his her their its our my your this that".split())
#: cues after which the source is named: "according to X"
SOURCE_CUES = frozenset({("according", "to")})
#: auxiliaries shown with the verb in the cue ("has said" is shown as "said")
AUXILIARIES = frozenset()
#: finite verbs after a name that follows a reporting verb: the name is the subject of what was said
#: ('said Vendrix would fly it "many times"'), not the speaker ('said Vendrix chief Ada Marsh'):
#: rule ``reported_clause_subject``
CLAUSE_VERBS = frozenset("""
would will was is were are had has have could should must can may might did does do
""".split())
#: third-person pronouns that may stand for one speaker: word -> gender ("n": an organisation)
SINGULAR_PRONOUNS = {"he": "m", "she": "f", "it": "n"}
#: pronouns that stand for several people: never given to one person
PLURAL_PRONOUNS = frozenset("they we".split())
#: the writer's own pronoun: nobody named speaks (rule ``first_person_nobody``)
FIRST_PERSON_PRONOUNS = frozenset("i".split())
#: determiners before a noun that make one person the article does not name ('a teacher at the club said'): a
#: later "she"/"he" means them (rule ``unnamed_pronoun``)
UNNAMED_ONE = frozenset("a an one another".split())
#: titles and descriptors that stand before a name ("campaign spokesman Tobias Wrenfield")
TITLES = frozenset("""
president vice prime minister secretary senator sen. sen rep. rep representative gov. gov governor
mayor chairman chairwoman chair chief ceo cfo coo cto director administrator ambassador judge justice
attorney general lt lt. col col. gen. sgt sgt. capt capt. officer detective sheriff commissioner
superintendent spokesman spokeswoman spokesperson coach dr. dr prof. prof professor king queen prince
princess pope bishop rev. pastor speaker leader chancellor mr. mr mrs. mrs ms. ms miss sir lady lord
first editor founder co-founder rev reverend cllr det insp supt constable inspector executive manager head deputy assistant associate senior principal
economist analyst strategist scientist researcher author co-author fellow member councilman
councilwoman councillor congressman congresswoman lawmaker former then acting interim press
st. saint operating managing lead study organiser organizer activist protester resident nurse farmer
worker student rabbi imam sergeant premier commander communications delegate candidate demonstrator
cllr.
ald ald. alderman alderwoman dist. atty atty. assemblyman assemblywoman assemblymember
councilmember councilor
""".split())
#: lower-case nouns for a job that are no title word but end a descriptor before a name as one does ('said
#: former Harbour Union adviser Dara Quill'): rule ``descriptor_noun``
DESCRIPTOR_NOUNS = frozenset("""
adviser advisor aide lawyer official negotiator campaigner coordinator steward convenor convener teacher
trustee volunteer engineer doctor physician surgeon paramedic firefighter driver pilot historian
sociologist lecturer staffer consultant planner
landlord tenant retiree neighbour neighbor shopkeeper parent nurse
""".split())
#: titles that tell the gender of the person they name
GENDERED_TITLES = {
    "mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "king": "m",
    "queen": "f", "prince": "m", "princess": "f", "sir": "m", "lady": "f", "chairwoman": "f",
    "chairman": "m", "spokeswoman": "f", "spokesman": "m", "congresswoman": "f", "congressman": "m",
    "actress": "f", "actor": "m",
}
#: nouns are written in lower case: a capital mid-sentence marks a name ("…," Google said): rule
#: ``brand_after_quote``
LOWER_CASE_NOUNS = True
#: endings of plural nouns for people that a lone capitalised word read as a speaker has, no name's
#: ('Organizers said …', 'Activists told …', 'Residents say …'): rule ``noun_endings``
NOUN_ENDINGS = ("izers", "isers", "ators", "ists", "ants", "ents", "ians")
#: the attribution stands outside the quotation marks (an incise inside them is not the convention)
INCISE_IN_QUOTES = False
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('In the words of Jane Doe, "…"'): rule ``viewpoint_cue``
VIEWPOINT_BEFORE_NAME = frozenset({("in", "the", "words", "of"), ("in", "the", "view", "of"), ("in", "the", "eyes", "of")}) | {
    # 'For Dara Quill, "this is about dignity."' (as German "für", Spanish "para")
    ("for",),
}
#: ... or to the person a possessive means, with its gender ('In her view, "…"')
VIEWPOINT_PHRASES = {
    ("in", "his", "view"): "m", ("in", "her", "view"): "f", ("in", "his", "words"): "m",
    ("in", "her", "words"): "f", ("in", "his", "opinion"): "m", ("in", "her", "opinion"): "f",
    ("in", "his", "eyes"): "m", ("in", "her", "eyes"): "f", ("to", "him"): "m", ("to", "her"): "f",
}

#: role nouns beyond people.PERSON_ROLES (English reads "the senator" from there): none here
ROLE_NOUNS = frozenset()
#: role nouns that, after "the", name a person introduced earlier ('Dara Quill, the new senator, … "…," the senator
#: said'); read by rallycrawl.extraction.people (before stop 29 a list in its code)
PERSON_ROLES = frozenset("""
senator president governor mayor actor actress singer minister chancellor spokesperson spokesman
spokeswoman official lawmaker congressman congresswoman representative chairman chairwoman chief coach
economist analyst director secretary ambassador judge officer detective founder ceo executive
professor author researcher scientist doctor attorney lawyer teacher pastor prince king queen pope
premier leader activist organiser organizer candidate prosecutor star player manager strategist
commissioner superintendent sheriff administrator student woman man mother father host presenter
anchor journalist reporter writer owner pilot driver witness victim musician artist rapper comedian
athlete striker goalkeeper midfielder defender forward captain veteran nominee
vicar priest chaplain rabbi imam bishop
""".split())
ARTICLE_GENDERS = {}

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset()
#: ... "the" with a noun ending so is plural ("the workers", "the protesters"); "the boss" is not
PLURAL_AFTER = {"the": ("ers", "ors", "ents", "ants", "ists", "ees", "ians", "ives", "men", "women", "people", "residents", "workers")}
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ()

# --- person names (read by rallycrawl.extraction.people for every language at once)
#: words that make a name an organisation's, not a person's ("Harbour Workers *Union*")
ORG_WORDS = frozenset("""
association associations institute institution council party union unions police office ministry
department commission committee university college school inc inc. corp corp. corporation company co.
ltd ltd. llc plc group foundation agency authority league network coalition federation court
government house senate congress parliament assembly bank securities equities economics research
capital partners fund trust center centre services systems technologies news times post press media
tv radio magazine journal movement alliance front organization organisation society club church board
bureau administration army forces guard navy consortium confederation chamber guild workers
exchange observatory laboratory lab hospital clinic museum airlines airline airways motors industries
nations holdings enterprises productions logistics shipping foods pharmaceuticals
""".split())
#: capitalised words that start sentences but are not names
NOT_NAMES = frozenset("""
the a an and but or if in on at of for to from by with as it its he she they we i you this that these
those there here his her their our my your when while after before since during however meanwhile
also still yet so then now today yesterday tomorrow monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
mr mrs ms dr according some many most other another both each every all no not one two three
what who why how where which whose more less even just only instead despite although though because
""".split())

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
DEFINITE_ARTICLES = ("the",)
INDEFINITE_ARTICLES = ("a", "an")
#: the preposition that brings in the agent of a passive ('"…", produced by X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("by".split())

#: role nouns that, after a definite article, mean an organisation named before ('"…," the union said', 'the company said'):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
group union organization organisation coalition company firm party ministry agency department
association federation campaign network alliance brokerage bank office government administration
committee council movement league institute court board airline carrier club team charity
guild confederation foundation society cooperative collective consortium commission authority trust
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("group organization organisation".split())
#: nouns that stand for an organisation whose name says something else ("the force": the police named before):
#: rule ``org_role_alias``
ORG_ROLE_ALIASES = {"force": ("police", "constabulary")}
#: a lower-case noun alone after the reporting verb is its subject ('"…," said officials'), not a word of the
#: clause after a verb with its subject left out (Italian '«…», ha aggiunto ieri'): rule ``bare_noun_after_verb``
BARE_NOUN_AFTER_VERB = True
#: verbs of quoting whose object speaks, not their subject ('The Star quoted Dara Quill as saying: "…"'): rule
#: ``quoted_object``
OBJECT_SPEAKER_VERBS = frozenset("quoted quotes".split())
#: the word between that object and the cue ('quoted Dara Quill as saying'): rule ``quoted_as_saying``
QUOTED_AS = frozenset("as".split())
#: ... and the object pronouns there, with their gender ('quoted her as saying')
QUOTED_AS_PRONOUNS = {"him": "m", "her": "f"}
#: words between a subject and the cue after them that leave the subject the speaker ('was quoted as saying',
#: 'can be heard saying'): rule ``passive_before_cue``
BEFORE_CUE_PHRASES = (
    ("was", "quoted", "as"), ("is", "quoted", "as"), ("were", "quoted", "as"), ("has", "been", "quoted", "as"),
    ("can", "be", "heard"), ("could", "be", "heard"), ("is", "heard"), ("was", "heard"), ("is", "seen"),
    ("was", "seen"), ("is", "expected", "to"), ("was", "expected", "to"), ("went", "on", "to"),
)
#: nouns for a written statement, which speaks for whoever issued it ('"…," the statement said'):
#: rule ``statement_speaks``
STATEMENT_NOUNS = frozenset("statement communique communiqué".split())
#: the short words a title of a work leaves in lower case ("Singing on the Quay"): a fragment quoted in
#: title case is a title or a name, no speaker's words (rule ``quoted_title``)
TITLE_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for with by from as vs via per into".split())
#: words after which a new clause with its own subject begins: conjunctions and finite verbs ('Customers include
#: Brixwell, although many say …'): rule ``clause_subject``
CLAUSE_OPENERS = frozenset("""
although though whereas because while since unless after before until once is are was were include includes
included
""".split())
#: words that open a phrase of time or manner after whoever speaks ('said a spokesperson on Monday', '… when
#: contacted'; "in" only before "a"/"an": '… in an email'): rule ``spokesperson_phrase``
PHRASE_OPENERS = frozenset("on when while during after before via through who told".split())
#: ... and those that open one only before "a"/"an" ('… in an email'; not '… in Harbour Union'): rule
#: ``spokesperson_phrase``
PHRASE_OPENERS_BEFORE_ARTICLE = frozenset({"in"})
#: a sentence may open with a phrase of time and no comma before its subject ('On Monday Ada Wolton said',
#: 'Yesterday the mayor told …'): the words such a phrase opens with (TIME_OPENERS), the words it may hold
#: (TIME_WORDS) and those that make it one of time (TIME_NAMES: a day, a month's full name but "May", a name
#: too ("len(m) > 4" leaves out the abbreviations, and June and July with them), "yesterday", "week"; a number
#: does too): rule ``time_opener``
TIME_OPENERS = frozenset("on in at since by until during early earlier late later last this next yesterday today tonight".split())
TIME_NAMES = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 4) | frozenset("""
june july yesterday today tonight morning afternoon evening night week weekend month year
""".split())
TIME_WORDS = TIME_OPENERS | TIME_NAMES | frozenset("day of the".split())
#: conjunctions that open a clause before the sentence's own subject; that clause's subject is in focus for a
#: later pronoun ('When Ada Lee arrived, the crowd cheered. "…," she said'): rule ``fronted_clause_subject``
SUBORDINATORS = frozenset("when while as after before since although though because once until whereas".split())
#: written texts whose words are quoted with "read" ('"…," the statement read', 'The letter reads: "…"'): their
#: words are somebody's, no sign's text (rule ``statement_read``; the statement speaks for whoever issued it)
READ_NOUNS = STATEMENT_NOUNS | frozenset("letter message email e-mail note release post tweet announcement".split())
#: the verb a written text "reads" its words with ('"…," the statement read'): rule ``statement_read``
READ_VERBS = frozenset("read reads".split())
#: words opening an aside before the sentence's own clause ('As we reported last week, Ada Wolton said …'):
#: a reporting verb in it is not the quotation's when the clause after its comma has one (rule ``as_aside``)
ASIDE_OPENERS = frozenset({"as"})
#: texts that report for whoever made them, the words that name their maker, and the verbs such a text reports
#: with besides the reporting verbs ('A 2024 study by the X Institute concluded that "…"', 'A statement from the
#: X Union read: "…"', 'a report by the X Trust found that "…"'): the maker speaks (rule ``document_source``)
DOCUMENT_NOUNS = READ_NOUNS | frozenset("study report survey review analysis audit paper inquiry investigation assessment".split())
DOCUMENT_MAKERS = frozenset("by from".split())
DOCUMENT_VERBS = READ_VERBS | frozenset("found finds showed shows".split())
#: the word between a title and its office ('Secretary of Labor Tom Brant'): rule ``title_of_office``
OFFICE_OF = frozenset({"of"})
#: nouns for people of one gender, said of a named person ('X is a mother of two', 'X, one of the first
#: women elected'), and the verbs that say so: rule ``gender_noun``
GENDER_NOUNS = {
    **dict.fromkeys("woman women mother grandmother daughter sister wife widow girl aunt niece granddaughter mum mom".split(), "f"),
    **dict.fromkeys("man men father grandfather son brother husband widower boy uncle nephew grandson dad".split(), "m"),
}
#: nouns that say no more of a person than their gender: "the woman" is one introduced with that noun, else
#: nobody (rule ``bare_gender_noun``)
BARE_GENDER_NOUNS = frozenset("woman man girl boy".split())
COPULAS = frozenset("is was".split())
#: words joining a clause with its own subject after a comma ('Wolton signed, and the Harbour Union had one
#: question: "…"'): rule ``colon_clause_subject``
CLAUSE_JOINS = frozenset("and but while whereas".split())
#: the joins of CLAUSE_JOINS that never join the names of a list ('…, but General Ada Marr told reporters'):
#: rule ``joined_clause_subject``
CONTRAST_JOINS = frozenset("but while whereas".split())
#: words joining a second verb to the subject of the first ('… as "a step back" for the talks and said it …'):
#: rule ``coordinated_predicate``
PREDICATE_JOINS = frozenset("and but".split())
#: words opening an absolute clause whose subject reports in -ing ('…, with Foreign Minister Ada Wolton
#: warning of "…"'): rule ``with_participle``
ABSOLUTE_OPENERS = frozenset({"with"})
#: relative pronouns that open a clause about a name, set between commas before the verb ('"…," Ada
#: Wolton, who organised the march, said'; 'Ada Wolton, a teacher who …, told'): rule ``relative_aside``
RELATIVE_PRONOUNS = frozenset("who whose whom which".split())
#: nouns for what somebody says, after a possessive opening the sentence ('Her answer: "…"', 'Ada
#: Wolton's message was clear: "…"'), and the possessive pronouns with the gender they tell: rule
#: ``possessive_words``
SPEECH_NOUNS = frozenset("""
answer reply response message verdict view advice warning words explanation reaction retort plea
argument assessment conclusion reasoning prediction promise request appeal demand take
""".split())
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "its": "n"}
#: words opening a sentence that names nobody as its subject ('That has led to "…"',
#: 'There could be trouble "if …"'): a fragment quoted there goes on from the speaker of the sentence
#: before: rule ``expletive_fragment``
EXPLETIVE_OPENERS = frozenset("that this there that's there's that\u2019s there\u2019s".split())
#: the object of a reporting verb that points back at the quotation before, the verb's subject its
#: speaker ('"…" / Tom Brant has said that more than once.', 'Ada Wolton said as much on Monday.'):
#: rule ``object_points_back``
POINTS_BACK_OBJECTS = frozenset({("that",), ("so",), ("as", "much"), ("this",)})
#: words that may open what follows such an object before the sentence ends ('… said that more than once',
#: '… said as much on Monday'; not 'said that the council …'): rule ``object_points_back``
POINTS_BACK_TAIL = TIME_OPENERS | frozenset("again too also more repeatedly often before to during when after publicly".split())
#: somebody unnamed who gives a name in a clause after them ('said one protester, who gave only her first
#: name, Ada'; 'who asked to be identified only as Ada'): the verbs of giving a name and the words right
#: before the name: rule ``name_given``
NAME_GIVING_VERBS = frozenset("gave give giving gives identified identify identifying provided offered".split())
NAME_GIVEN_BEFORE = frozenset("name name, as".split())
#: words in an organisation's name that make it an institution, which "the group" / "the organisation"
#: never means ('The X Residents Association marched to Greenfield Council. "…," the group said'): rule
#: ``group_not_institution``
INSTITUTION_WORDS = frozenset("""
council ministry department government administration court agency office company firm bank airline
carrier board brokerage institute police university school hospital authority commission parliament
""".split())
#: words right before a name that make it an organisation's, whatever its words ('the climate group Rising
#: Tide', 'activists from Rising Tide', 'a spokesperson for Rising Tide'): rule ``organisation_by_context``
ORGANISATION_NOUNS_BEFORE = frozenset("group campaign movement coalition network charity organisation organization collective alliance".split())
ORGANISATION_PHRASES_BEFORE = frozenset({
    ("members", "of"), ("activists", "from"), ("activists", "with"), ("supporters", "of"), ("spokesperson", "for"),
    ("spokeswoman", "for"), ("spokesman", "for"), ("campaigners", "from"), ("protesters", "from"),
})
#: lower-case words that join the capitalised words of an organisation's name ('Fridays for Future', 'Friends
#: of the Earth', 'Neighbours against Noise'): rule ``connector_org_name``
ORG_NAME_CONNECTORS = frozenset("of for against".split())
#: lower-case nouns that name a public body by themselves, with the word that body's name holds ('"…," police
#: said', 'a police spokesperson said' → "Greenfield Police" named before, else "police"): rule ``institution_noun``
#: ("the force" for the police was tune-only: taken out)
INSTITUTION_NOUNS = {"police": "police", "military": "military", "army": "army", "navy": "navy"}

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: plural object pronouns after a point of view ('Pour eux', 'para ellos'): the source is plural
VIEWPOINT_PLURAL_PRONOUNS = frozenset("them".split())
#: articles: a capitalised one opens a sentence, not a name ('A ministry spokeswoman said')
SENTENCE_ARTICLES = frozenset("a an the".split())
#: conjunctions and adverbs that may open a clause before its subject ('But Wolton said', 'Und sie sagte')
LEADING_CONJUNCTIONS = frozenset("but and so yet however still now then also as".split())
#: who or what speaks for an organisation without a name ('a spokesperson for', 'el portavoz de', 'le communiqué de')
GENERIC_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman representative statement report release spokespeople".split())
#: two words for somebody who speaks for an organisation, read as "spokesperson" before "for" ('a press officer for
#: Save Our Library'): rule ``spokesperson_phrase_for``
SPOKESPERSON_PHRASES = frozenset({
    ("press", "officer"), ("press", "secretary"), ("media", "officer"), ("communications", "officer"),
    ("press", "spokesperson"), ("media", "spokesperson"), ("press", "representative"),
})
#: a word pointing back at the quotation before an inverted verb and its subject ('"…" So says Dara Quill.'): rule
#: ``so_says``
SO_INVERSION_WORDS = frozenset("so".split())
#: prepositions that tie a speaker to an organisation ('a spokesperson for X', 'Sprecherin von X', 'portavoz de X')
SPEAKER_PREPOSITIONS = frozenset("at for of with from".split())
#: indefinite articles opening an apposition after a name ('Ada Wolton, a nurse,')
APPOSITION_ARTICLES = frozenset("a an".split())
#: words that open a byline ('By Jane Roe')
BYLINE_WORDS = frozenset("by".split())
#: words joining the parts of a capitalised run: names ('Wolton and Marr') or an organisation ('Council for X')
NAME_CONNECTORS = frozenset("of for and".split())
#: words that start a clause, not a speaker, after a verb ('adding that ...')
NOT_SPEAKER_OPENERS = frozenset("that to how what whether if it this there".split())
#: "and" and "or": no part of a descriptor before a name
AND_OR_WORDS = frozenset("and or".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("and".split())
#: possessives opening a relation after "and" ('Ada Wolton and her husband Piet Marr')
COORDINATED_POSSESSIVES = frozenset("his her their".split())
#: nouns for the people somebody works with, after "and" and a possessive ('Ada Wolton and her team'): the
#: person named speaks for them (rule ``lead_and_team``)
TEAM_NOUNS = frozenset("team colleagues co-authors coauthors collaborators".split())
#: connectors inside an organisation's name ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
NAME_RUN_CONNECTORS = frozenset("of for".split())
#: words between a subject and its verb, or a verb and the quotation, that say nothing ('has also said', 'hat auch gesagt')
FILLERS = frozenset("has had have also then later previously once would will reportedly simply again further recently just earlier still even who".split())
#: words that end a noun phrase's title: what comes before them is another clause
CLAUSE_WORDS = frozenset("is was are were be been how that who which when where why what said says told as than if because".split())
#: words opening a noun phrase that names nobody ('a spokesperson', 'einige Teilnehmer', 'plusieurs élus')
NAMELESS_DETERMINERS = frozenset("a an one some another many several two three four few most other others his her their its this that these those".split())
#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows
OTHER_PREPOSITIONS = frozenset("on in to by about over under after before near".split())
#: words that may stand before a verb whose subject is left out ('Y añadió:', 'Und fügte hinzu:') (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
DROPPED_OPENERS = frozenset("and then".split())
#: "that" after a verb of saying (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
THAT_WORDS = frozenset("that".split())
#: "of", "for": a capitalised run they join that is no organisation is nobody ('District of X')
OF_FOR_WORDS = frozenset("of for".split())

#: a sentence saying whose words the quotation before are ('Those were the words of X', 'A frase é de X'): it
#: points back with no reporting verb, the name after it speaks (rules ``named_after_paragraph`` and
#: ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("those", "were", "the", "words", "of"), ("these", "were", "the", "words", "of"),
    ("those", "are", "the", "words", "of"), ("these", "are", "the", "words", "of"),
    ("the", "words", "are", "those", "of"), ("the", "words", "were", "those", "of"),
})
POINTS_BACK = QUOTE_OWNER_PHRASES
VERBLESS_POINTS_BACK = QUOTE_OWNER_PHRASES

#: possessives that open a subject before its noun and the name ('her colleague X nods', 'Ihr Kollege X'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("her his their".split())

#: role nouns naming the same office: a later one finds the person named with another ('Judge Ada Wolton ruled …
#: the magistrate wrote that "…"'): rule ``role_synonyms``
ROLE_SYNONYMS = (
    ("judge", "justice", "magistrate"),
    ("lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative", "assemblyman",
     "assemblywoman", "mp"),
    ("councilman", "councilwoman", "councillor", "councilor", "council member", "alderman", "alderwoman"),
    ("chief executive", "ceo"),
    ("vicar", "priest"),
)

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"a": None, "an": None, "one": None}
#: what a court hands down ("the ruling", "la sentencia", "der Beschluss", "l'ordonnance"), and the words a court's name
#: holds ("High Court", "Tribunal Superior", "Verwaltungsgericht", "tribunal administratif"): such a text, or the court
#: noun alone, speaks for the court named before, never for another organisation (rule ``court_document``)
COURT_DOCUMENTS = frozenset("ruling judgment judgement verdict".split())
COURT_NOUNS = frozenset("court tribunal".split())
#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES ('La Guardia
#: Civil detuvo … / El instituto armado explicó …'): rule ``org_anaphor``
ORG_ANAPHORS = frozenset(w for w in "".split("|") if w)
#: plural nouns after an organisation's name for unnamed people of it ("Police sources said"): rule ``org_sources_unnamed``
UNNAMED_AFTER_ORGANISATION = frozenset("sources insiders".split())
#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("company firm employer carrier airline brokerage bank".split())
NOT_COMPANY_WORDS = frozenset("union unions federation confederation association alliance coalition campaign movement network guild".split())

#: fixed phrases of the discourse that may stand between a reporting verb and its subject ('« … », estime pour sa
#: part l'intersyndicale'): rule ``aside_after_verb``
ASIDES_AFTER_VERB = frozenset({("for", "its", "part"), ("for", "his", "part"), ("for", "her", "part"), ("for", "their", "part"), ("in", "turn")})

#: nouns for somebody who speaks for an organisation: with nobody of that role named, an organisation's (rule
#: ``spokesperson_role_only``)
SPOKESPERSON_NOUNS = frozenset("spokesperson spokesman spokeswoman".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("among amongst".split())
PRESENTING_VERBS = frozenset("was is stood".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("also too even".split())
FIRST_PERSON_PLURAL = frozenset("we us our ours ourselves".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("one", "of", "them", "is"), ("one", "of", "them", "was"), ("also", "present", "was"), ("also", "there", "was"), ("also", "speaking", "was")})
