"""Italian words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
dice dicono detto disse dichiarato dichiara spiegato spiega spiegò affermato afferma affermò
aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò commentato commenta commentò
osservato osserva ribadito ribadisce ricordato ricorda racconta raccontato denuncia denunciato
scrive scritto avverte avvertito precisato precisa secondo
attacca tuona incalza conclude replica prosegue continua ribatte rilancia insiste accusa ammette
sostiene chiede domanda evidenzia rimarca annuncia assicura garantisce lamenta urla grida
esclama chiosa puntualizza chiesto sostenuto ammesso annunciato assicurato lamentato rimarcato
evidenziato attaccato replicato concluso proseguito insistito accusato chiarito chiarisce confermato
conferma dichiarò concluse rispose risponde risposto osservò ricordò raccontò precisò spiegano
raccontano chiedono denunciano sottolineano affermano
cita citava
""".split())
#: ('«…», fa sapere X', 'ha fatto sapere che …': "lets it be known")
TWO_WORD_CUES = frozenset({("fa", "sapere"), ("fatto", "sapere"), ("fanno", "sapere")})
SOURCE_CUES = frozenset({("secondo",)})
AUXILIARIES = frozenset("ha hanno aveva".split())
SINGULAR_PRONOUNS = {"lui": "m", "lei": "f"}
PLURAL_PRONOUNS = frozenset("loro noi".split())
TITLES = frozenset("""
presidente ministro ministra sindaco segretario segretaria portavoce deputato deputata senatore
senatrice direttore direttrice leader dottor dottoressa signor signora
""".split())
GENDERED_TITLES = {"signor": "m", "signora": "f", "ministra": "f", "deputata": "f", "senatrice": "f",
                   "direttrice": "f", "dottoressa": "f", "segretaria": "f"}
#: the attribution may stand inside the quotation marks: « …, ha spiegato la portavoce. … »
INCISE_IN_QUOTES = True
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()

#: role nouns that open a descriptor before a name, after an article ('la portavoz de la plataforma
#: Marta Ibarra'): rule ``descriptor_of_organisation``
ROLE_NOUNS = frozenset("""
sindacalista segretario segretaria ministro ministra presidente presidentessa portavoce leader deputato
deputata sindaco sindaca attivista manifestante studente studentessa donna uomo lavoratore lavoratrice operaio
operaia insegnante infermiere infermiera madre padre dirigente rappresentante esponente senatore senatrice
consigliere consigliera assessore direttore direttrice docente
parlamentare magistrato magistrata giudice responsabile coordinatore coordinatrice
parroco sacerdote prete vescovo pastore suora frate
questore prefetto
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"il": "m", "lo": "m", "la": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('«…» Lo ha detto Marco Ferrante.'): rule ``named_after_paragraph``
#: a sentence saying whose words the quotation before are ('Those were the words of X', 'A frase é de X'): it
#: points back with no reporting verb, the name after it speaks (rules ``named_after_paragraph`` and
#: ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("sono", "le", "parole", "di"), ("la", "frase", "è", "di"), ("queste", "le", "parole", "di"),
})
POINTS_BACK = frozenset({("lo",), ("così",), ("l'ha",)}) | QUOTE_OWNER_PHRASES
#: ... and with no verb after it: '«…». Così il sindaco Marco Ferrante in una nota.' (rule ``verbless_points_back``)
VERBLESS_POINTS_BACK = frozenset({("così",)}) | QUOTE_OWNER_PHRASES
#: '«…», le parole della segretaria Lucia Ferrante': the words are whose the phrase names (rule ``words_of``)
WORDS_OF = frozenset(("le", "parole", of) for of in "di del della dello dell dei degli delle".split())
#: prepositions with an article before whom a verb speaks to ('ha spiegato all'Ansa il coordinatore X', 'ha detto
#: al Tirreno'): the outlet is skipped, the speaker follows (rule ``indirect_object``)
TO_PREPOSITIONS = frozenset("al allo alla all ai agli alle".split())

#: plural sources, after a plural article an organisation's, not several people ('explicaron las
#: fuentes'): rule ``plural_speakers``
MEMBER_PLURALS = frozenset("fonti".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("i gli le".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("anni",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cita citava".split())

#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True

#: capitalised words that start sentences but are not names ('Il Sindacato Autonomo dei Ferrovieri': the
#: organisation's name starts after the article)
NOT_NAMES = frozenset("il lo gli un una e".split())  # (not "ma": "Ma Tao"; "E ha aggiunto:")

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
#: (not "i", the English "I" lower-cased; "le" is read with French)
DEFINITE_ARTICLES = ("il", "lo", "la", "gli")
INDEFINITE_ARTICLES = ("un", "una", "uno")
#: the preposition that brings in the agent of a passive ('“…”, prodotta da X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("da".split())

#: role nouns that, after a definite article, mean an organisation named before ('«…», ha detto il sindacato'):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
gruppo organizzazione sindacato associazione federazione confederazione coalizione alleanza
piattaforma collettivo coordinamento movimento rete fronte partito azienda società compagnia comitato
fondazione
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("gruppo organizzazione".split())

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('A giudizio di Luca Bassi, «…»'): rule ``viewpoint_cue`` (the first words are no names at a sentence's
#: start in any language: not "per", which is also a first name, "Per Olsen")
VIEWPOINT_BEFORE_NAME = frozenset({("a", "giudizio", "di"), ("a", "detta", "di"), ("secondo", "le", "parole", "di")})
#: ... or to the person a pronoun or possessive means, with its gender (None: either)
VIEWPOINT_PHRASES = {("a", "suo", "giudizio"): None, ("a", "suo", "dire"): None, ("secondo", "lui"): "m", ("secondo", "lei"): "f"}

#: articles and prepositions elided before a vowel, glued to the next word: before a capital they are
#: words of their own ("fa sapere l'Unione Tassisti Romani"): rule ``elided_article``
ELIDED_ARTICLES = ("l'", "dell'", "dall'", "nell'", "sull'", "all'", "coll'", "un'")

#: participles of asking that open a sentence before its subject: who asked is no speaker ('Intervistato dal
#: Tirreno, il sindaco X ha detto …', 'Contattata dalla nostra redazione, la ministra …'): rule ``asked_opener``
ASKED_PARTICIPLES = frozenset("""
intervistato intervistata intervistati intervistate contattato contattata contattati contattate interpellato
interpellata sentito sentita raggiunto raggiunta interrogato interrogata
""".split())

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: "of", joined with an article or not ('van', 'della', 'do', 'des')
OF_WORDS = frozenset("di della del dello da".split())
#: words that open a byline ('By Jane Roe')
BYLINE_WORDS = frozenset("di".split())
#: "and" and "or": no part of a descriptor before a name
AND_OR_WORDS = frozenset("e o".split())
#: "to" before an indirect object ('dijo a', 'a déclaré à', 'disse ao')
TO_WORDS = frozenset("a al".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("e".split())
#: connectors inside an organisation's name ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
NAME_RUN_CONNECTORS = frozenset("del della da".split())
#: connectors after which a name with an organisation word before goes on ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
ORG_RUN_CONNECTORS = frozenset("del della da".split())
#: prepositions (and prepositions with an article) that open a phrase before a verb: rule ``phrase_dropped_subject``
OPENING_PREPOSITIONS = frozenset("in con durante dopo nel nella nello al".split())
#: small words inside an outlet's name, besides the name particles ('Diário do X', 'Corriere della Y')
OUTLET_PARTICLES = frozenset("dei della delle degli dello dal".split())
#: words that may stand before a verb whose subject is left out ('Y añadió:', 'Und fügte hinzu:') (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
DROPPED_OPENERS = frozenset("poi inoltre infine quindi successivamente".split())
#: "that" after a verb of saying (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
THAT_WORDS = frozenset("che".split())
#: name particles that, after a common noun, open a person's name ('il sindacalista di X'): rule ``noun_before_particle``
PARTICLES_AFTER_NOUN = frozenset("di da".split())
#: prepositions that end the name after a verbless pointing word ('Così il sindaco X in una nota'): rule ``verbless_points_back``
VERBLESS_ENDS = frozenset("in a su dopo durante".split())

#: words after which a reporting verb before the quotation has its subject after it ('come spiega la portavoce:', 'che racconta la delegata:'): rule
#: ``inverted_cue_before``
INVERSION_OPENERS = frozenset("che come così".split())

#: nouns for a member of an organisation: after an indefinite article and before "of" and the organisation's name,
#: somebody unnamed who speaks for it ('ha detto un esponente della Rete X'): rule ``member_of_organisation``
MEMBER_NOUNS = frozenset("membro esponente rappresentante fonte".split())

#: "of" words (and the articles after them) with which an organisation's name written in sentence case goes on
#: after its organisation word ('Sindicato de enfermería de Castilla', 'Syndicat des travailleurs du rail'):
#: rule ``sentence_case_org``
ORG_TAIL_CONNECTORS = frozenset("di del della dei delle degli dello".split())
ORG_TAIL_ARTICLES = frozenset("".split())

#: conjunctions that open a clause right after a reporting verb whose subject is left out ('«…», cuenta mientras
#: sostiene un cartel'): rule ``conjunction_after_verb``
CONJUNCTIONS_AFTER_VERB = frozenset("mentre quando perché poiché".split())

#: adjectives after a role noun, before "of" and its organisation ('el secretario general de la CGT'): rule
#: ``epithet_of_organisation``
EPITHET_POST_ADJECTIVES = frozenset("generale aggiunto aggiunta sindacale comunale regionale provinciale".split())

#: adjectives right after an organisation word in a name written in sentence case, before "of" and more ('Syndicat
#: national des journalistes', 'Sindicato nacional de trabajadores del transporte'): rule ``org_name_adjective``
ORG_NAME_ADJECTIVES = frozenset("nazionale generale unitario unitaria provinciale regionale autonomo autonoma".split())

#: lower-case nouns that name a public body by themselves, after the language's article ('a indiqué la préfecture',
#: 'informó la policía'): the one named before whose name holds the word, else the body as the article names it
#: (rules ``institution_noun``, ``article_institution``)
INSTITUTION_NOUNS = {"polizia": "polizia", "questura": "questura", "prefettura": "prefettura", "carabinieri": "carabinieri"}

# --- person names (read by rallycrawl.extraction.people for every language at once)
#: words that make a name an organisation's, not a person's, besides HEADS_FIRST of organisations.py ('Rete degli
#: Studenti')
ORG_WORDS = frozenset("rete".split())

#: possessives that open a subject before its noun and the name ('her colleague X nods', 'Ihr Kollege X'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("suo sua".split())

#: relative pronouns: after a comma they open a clause about the person just named ('X, che …,'), no part
#: of the name (rules ``relative_aside``, ``relative_after_verb``)
RELATIVE_PRONOUNS = frozenset("che cui".split())

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"un": "m", "uno": "m", "una": "f", "un'": "f"}

#: conjunctions that may open a clause before its subject or a verb whose subject is left out ('E ha aggiunto:',
#: 'E acrescentou:'; read for every language at once)
LEADING_CONJUNCTIONS = frozenset("e".split())

#: the endings of gerunds, which after a reporting verb are no subject ('«…», cuenta riendo'): rule
#: ``gerund_after_verb``
GERUND_ENDINGS = ("ando", "endo")

#: words joining a clause with its own subject after a comma, never the names of a list ('…, mentre la collega X ricorda: «…»'): rules
#: ``joined_clause_subject``, ``join_determiner_subject``, ``contrast_clause_fragment``
CONTRAST_JOINS = frozenset("mentre ma".split())

#: fixed phrases of the discourse that may stand between a reporting verb and its subject ('« … », estime pour sa
#: part l'intersyndicale'): rule ``aside_after_verb``
ASIDES_AFTER_VERB = frozenset({("dal", "canto", "suo"), ("da", "parte", "sua"), ("a", "sua", "volta"), ("per", "parte", "sua"), ("dal", "suo", "canto")})

#: nouns for somebody who speaks for an organisation: with nobody of that role named, an organisation's (rule
#: ``spokesperson_role_only``)
SPOKESPERSON_NOUNS = frozenset("portavoce".split())

#: determiners before somebody the text does not name ('disse uma professora'): read for every language at once
NAMELESS_DETERMINERS = frozenset("un una uno alcuni alcune".split())

#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("azienda società compagnia".split())
NOT_COMPANY_WORDS = frozenset("sindacato sindacati associazione federazione confederazione coalizione alleanza piattaforma collettivo coordinamento movimento rete fronte comitato".split())

from .calendar import WEEKDAYS as _WEEKDAYS

#: a phrase of time after the verb, before its subject ('«…», ha detto ieri il sindaco', 'ha spiegato martedì sera
#: la portavoce'): the words it may hold (TIME_WORDS) and the words it must end on (TIME_NAMES): rule
#: ``time_after_verb``
TIME_NAMES = frozenset(_WEEKDAYS) | frozenset("""
ieri oggi stamattina stamani stasera stanotte mattina mattinata pomeriggio sera serata notte nottata settimana
""".split())
TIME_WORDS = TIME_NAMES | frozenset("questo questa scorso scorsa ultimo ultima in nel nella di fine".split())

#: phrases that name an interview between a verb and its subject, before the outlet ('«…», ha detto in un'intervista
#: a Radio Valle il sindaco X', 'ha spiegato ai microfoni di Rete Sud la portavoce'): rule ``interview_phrase``
INTERVIEW_PHRASES = (
    ("in", "un'intervista", "a"), ("in", "un'intervista", "al"), ("in", "un'intervista", "alla"),
    ("in", "un’intervista", "a"), ("in", "un’intervista", "al"), ("in", "un’intervista", "alla"),
    ("in", "una", "intervista", "a"), ("in", "una", "intervista", "al"), ("in", "una", "intervista", "alla"),
    ("ai", "microfoni", "di"), ("ai", "microfoni", "del"), ("ai", "microfoni", "della"),
    ("in", "collegamento", "con"), ("parlando", "con"),
)

#: role nouns naming the same office: a later one finds the person named with another ('Il sindaco X ha … il primo
#: cittadino ha detto che «…»'): rule ``role_synonyms``
ROLE_SYNONYMS = (
    ("sindaco", "sindaca", "primo cittadino", "prima cittadina"),
    ("giudice", "magistrato", "magistrata"),
    ("deputato", "deputata", "parlamentare"),
    ("presidente", "presidentessa"),
    ("parroco", "sacerdote", "prete"),
)

#: what a court hands down ('la sentenza', 'l'ordinanza') and the words a court's name holds ('Tribunale di X', 'Corte
#: d'appello'): such a text, or the court noun alone, speaks for the court named before (rule ``court_document``)
COURT_DOCUMENTS = frozenset("sentenza ordinanza pronuncia".split())
COURT_NOUNS = frozenset("tribunale corte".split())

#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES ('La Questura
#: di X ha vietato … / L'organismo ha spiegato …'): rule ``org_anaphor``
ORG_ANAPHORS = frozenset("ente|organismo|multinazionale".split("|"))

#: who or what speaks for an organisation without a name ('il portavoce di', 'il comunicato del'): read for every
#: "di", a particle of names: "Lorenzo di Bella")
GENERIC_SPOKESPEOPLE = frozenset("portavoce comunicato".split())

#: prepositions that tie a speaker to an organisation ('il portavoce della Rete X'): read for every language at once (not
#: "di", a particle of names: "Lorenzo di Bella")
SPEAKER_PREPOSITIONS = frozenset("del della dello dei degli delle".split())

#: plural object pronouns after a point of view ('Secondo loro, «…»'): the source is plural; read for every language
VIEWPOINT_PLURAL_PRONOUNS = frozenset("loro".split())

#: indefinite articles opening an apposition after a name ('Anna Chiesa, una docente di biologia,'): read for every language
APPOSITION_ARTICLES = frozenset("un una uno".split())

#: possessives opening a relation after "and" ('Marco Bassi e sua moglie Lucia Ferri'): read for every language
COORDINATED_POSSESSIVES = frozenset("suo sua".split())

#: words between a subject and its verb, or a verb and the quotation, that say nothing ('ha anche detto', 'ha poi
#: aggiunto'): read for every language
FILLERS = frozenset("ha hanno aveva anche poi".split())

#: words that start a clause, not a speaker, after a verb ('ha aggiunto che …'): read for every language
NOT_SPEAKER_OPENERS = frozenset("che".split())

#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows; read for every
#: language (not "su", the Spanish possessive, nor "per", a first name: "Per Olsen")
OTHER_PREPOSITIONS = frozenset("con tra fra nel nella sul sulla durante".split())

#: words that end a noun phrase's title: what comes before them is another clause; read for every language (not
#: "come" nor "era", English words)
CLAUSE_WORDS = frozenset("che è".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("tra fra".split())
PRESENTING_VERBS = frozenset("c'era c’era era c'è c’è".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("anche pure".split())
FIRST_PERSON_PLURAL = frozenset("noi nostro nostra nostri nostre".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("è", "il", "caso", "di"), ("una", "di", "loro", "è"), ("uno", "di", "loro", "è"), ("c'era", "anche"), ("c’era", "anche")})

#: nouns for what somebody says, and the words of "of" after them, in a clause before a colon and the quotation
#: ('La réponse de la CGT ne s'est pas fait attendre : « … »', 'Dura la replica della Cgil: «…»'): rule
#: ``speech_noun_of``
SPEECH_NOUNS = frozenset("risposta replica reazione messaggio avvertimento commento critica posizione valutazione giudizio bilancio".split())
SPEECH_OF_WORDS = frozenset("di del della dello dei degli delle dell".split())  # ("dell": "dell'" as read)
#: the verb after a quotation before its speech noun ('«…», fue la respuesta de X'): rule ``speech_noun_of``
SPEECH_COPULAS = frozenset("fu è era".split())
#: a cleft presenting whom the words are of: "a", an infinitive, "è" and the name ('A parlare è Luca X, delegato Fiom.',
#: 'A denunciarlo è X'): its opener and its verbs (rule ``presented_person``)
CLEFT_OPENERS = frozenset("a".split())
CLEFT_VERBS = frozenset("è era".split())
