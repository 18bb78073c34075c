"""French words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

from .calendar import WEEKDAYS

REPORTING_VERBS = frozenset("""
dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute souligné souligne indiqué indique
estimé estime assuré assure précisé précise confié confie lancé martelé martèle insisté insiste
rappelé rappelle averti avertit reconnu reconnaît regretté regrette dénoncé dénonce répondu répond
poursuit résume raconte raconté témoigne témoigné écrit glisse glissé soupire soupiré juge jugé
tranche tranché déplore déploré s'indigne lâche lâché résumé observe observé commente commenté
note noté constate constaté conclut conclu prévient prévenu détaille détaillé annonce annoncé
nuance nuancé souffle soufflé sourit s'inquiète s'insurge s'emporte poursuivi
selon d'après
demande demandé s'interroge interroge questionne réagi réagit fustige fustigé s'exclame s'agace
s'étonne s'alarme ironise ironisé réclame réclamé exige exigé plaide plaidé défend défendu argue
argué avance avancé rétorque rétorqué réplique répliqué renchérit renchéri tempête fulmine assène
asséné reprend enchaîne enchaîné admet admis concède concédé considère considéré alerte alerté
accuse accusé critique critiqué salue salué confirme confirmé décrit
cite citait
félicité réjoui lance abonde avoue relate rapporte félicite réjouit désole grince plaisante signale
promet promis murmure tacle
exclamé exclamée indigné indignée insurgé insurgée emporté emportée inquiété inquiétée agacé agacée
étonné étonnée alarmé alarmée écrié écriée
d'ajouter d'expliquer d'insister d'affirmer d'estimer d'assurer d'avertir d'indiquer d'observer d'ironiser
balayé balaie taclé raillé raille tempêté pesté cinglé cingle
""".split())
#: ('« … », a fait savoir le syndicat': "lets it be known", as Italian "fa sapere")
TWO_WORD_CUES = frozenset({("fait", "savoir"), ("font", "savoir")})
SOURCE_CUES = frozenset({("selon",), ("d'après",)})
#: ("s'est" for the reflexive verbs: '« … », s'est exclamée X', '« … », s'est indigné X')
AUXILIARIES = frozenset("a ont avait s'est s’est".split())
SINGULAR_PRONOUNS = {"il": "m", "elle": "f"}
PLURAL_PRONOUNS = frozenset("ils elles nous".split())
TITLES = frozenset("""
m. mme madame monsieur ministre maire député députée porte-parole président présidente secrétaire
général générale directeur directrice sénateur sénatrice dirigeant dirigeante responsable délégué
déléguée
préfet préfète adjoint adjointe conseiller conseillère syndicaliste militant militante avocat avocate procureur procureure commissaire chef cheffe coordinateur coordinatrice fondateur fondatrice vice-président vice-présidente professeur professeure recteur rectrice élu élue
""".split())
GENDERED_TITLES = {"m.": "m", "mme": "f", "madame": "f", "monsieur": "m", "présidente": "f",
                   "directrice": "f", "députée": "f", "sénatrice": "f", "dirigeante": "f", "déléguée": "f",
                   "préfète": "f", "adjointe": "f", "conseillère": "f", "militante": "f", "avocate": "f",
                   "procureure": "f", "cheffe": "f", "coordinatrice": "f", "fondatrice": "f",
                   "vice-présidente": "f", "professeure": "f", "rectrice": "f", "élue": "f", "préfet": "m",
                   "adjoint": "m", "conseiller": "m", "militant": "m", "avocat": "m", "procureur": "m",
                   "coordinateur": "m", "fondateur": "m", "vice-président": "m", "recteur": "m", "élu": "m",
                   "directeur": "m", "sénateur": "m", "député": "m", "président": "m", "délégué": "m",
                   "dirigeant": "m"}
#: the attribution may stand inside the quotation marks: « …, affirme-t-elle. … »
INCISE_IN_QUOTES = True
#: a paragraph opening with a dash and a capital is a quotation, the dialogue dash of French copy ('— Nous
#: resterons, lance Marie Dupont.'); it ends before a reporting verb above after a comma (read by
#: rallycrawl.extraction.quote_marks)
DASH_QUOTES = True
#: ... but a dash paragraph with no reporting verb is no quotation: French copy opens list items with a
#: dash ('– Le retrait de la réforme.' after 'Leurs revendications :'): rule ``dash_needs_cue``
DASH_ALONE = False
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('Pour la CGT, « … »', 'Pour Jean Dupont, délégué syndical, « … »'): rule ``viewpoint_cue``
VIEWPOINT_BEFORE_NAME = frozenset({("pour",), ("aux", "yeux", "de"), ("aux", "yeux", "du"), ("à", "en", "croire"),
                                   ("a", "en", "croire"), ("selon", "les", "mots", "de"),
                                   # ('Du côté de la CGT, on estime que « … »')
                                   ("du", "côté", "de"), ("côté",)})
#: ... or to the person a pronoun or possessive means, with its gender (None: either)
VIEWPOINT_PHRASES = {
    ("pour", "lui"): "m", ("pour", "elle"): "f", ("à", "ses", "yeux"): None, ("a", "ses", "yeux"): None,
    ("à", "son", "avis"): None, ("a", "son", "avis"): None, ("selon", "ses", "mots"): None,
    ("à", "l'entendre"): None, ("à", "l’entendre"): None,
}
#: impersonal attributions right after a quotation: nobody is named, and nobody is borrowed
#: from around it ('« … », peut-on lire dans le communiqué'): rule ``impersonal_cue``
IMPERSONAL_CUES = frozenset({("peut-on",), ("lit-on",), ("entend-on",), ("dit-on",)})

#: role nouns that open a descriptor before a name, after an article ('la portavoz de la plataforma
#: Marta Ibarra'): rule ``descriptor_of_organisation``
ROLE_NOUNS = frozenset("""
syndicaliste militant militante porte-parole responsable dirigeant dirigeante secrétaire ministre président
présidente député députée maire élu élue manifestant manifestante étudiant étudiante enseignant enseignante
professeur professeure femme homme retraité retraitée infirmier infirmière salarié salariée ouvrier ouvrière
cheminot délégué déléguée mère père avocat avocate sénateur sénatrice directeur directrice proviseur
proviseure préfet préfète agriculteur agricultrice éleveur éleveuse habitant habitante lycéen lycéenne
chercheur chercheuse chef patron patronne conseiller conseillère adjoint adjointe gérant gérante
juge magistrat magistrate édile parlementaire eurodéputé eurodéputée vice-président vice-présidente procureur
procureure candidat candidate
curé prêtre abbé évêque pasteur pasteure aumônier
économiste sociologue politologue historien historienne expert experte journaliste photographe reporter
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"le": "m", "la": "f"}

#: plural sources, after a plural article an organisation's, not several people ('explicaron las
#: fuentes'): rule ``plural_speakers``
MEMBER_PLURALS = frozenset("sources".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("les".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("ans",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cite citait".split())
#: pronouns after a source word that name the person it means ('Selon lui, « … »', 'D'après elle');
#: None: several people, nobody: rule ``source_pronoun``
SOURCE_PRONOUNS = {"lui": "m", "elle": "f", "eux": None, "elles": None}

#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True

# --- person names (read by rallycrawl.extraction.people for every language at once)
#: words that make a name an organisation's, not a person's
ORG_WORDS = frozenset("""
syndicat syndicats parti gouvernement ministère fédération confédération collectif
""".split())
#: capitalised words that start sentences but are not names
NOT_NAMES = frozenset("""
le les une et mais nous il elle selon aussi ainsi cependant pourtant
plusieurs certains certaines beaucoup chaque
""".split())

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
DEFINITE_ARTICLES = ("le", "la", "les")
INDEFINITE_ARTICLES = ("un", "une")
#: the preposition that brings in the agent of a passive ('« … », réalisé par X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("par".split())

#: role nouns that, after a definite article, mean an organisation named before ('« … », a indiqué le syndicat', 'selon le collectif'):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
groupe organisation syndicat intersyndicale association fédération confédération coalition alliance
plateforme collectif coordination mouvement réseau front parti entreprise société compagnie comité
fondation
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("groupe organisation".split())

#: a phrase of time after the verb, before its subject ('« … », a déclaré mardi soir le préfet', 'a indiqué hier
#: la préfecture'): the words it may hold (TIME_WORDS) and the words it must end on (TIME_NAMES): rule
#: ``time_after_verb`` (no TIME_OPENERS: the English rule ``time_opener`` stays English)
TIME_NAMES = frozenset(WEEKDAYS) | frozenset(
    "hier aujourd'hui aujourd’hui avant-hier matin soir soirée après-midi midi dernier matinée".split()
)
TIME_WORDS = TIME_NAMES | frozenset("ce cette dans la en fin de".split())

#: phrases that name an interview between a verb and its subject, before the outlet ('« … », a déclaré au micro de
#: Radio Bocage le maire X'): rule ``interview_phrase``
INTERVIEW_PHRASES = (
    ("au", "micro", "de"), ("au", "micro", "d'"), ("sur", "l'antenne", "de"), ("sur", "le", "plateau", "de"),
    ("dans", "un", "entretien", "à"), ("dans", "un", "entretien", "au"), ("dans", "une", "interview", "à"),
    ("dans", "une", "interview", "au"), ("dans", "un", "entretien", "avec"),
    # ('« … », a confié auprès de France Bleu le délégué X', 'a indiqué auprès de l'AFP X': stop 31)
    ("auprès", "de"), ("auprès", "du"), ("auprès", "des"), ("auprès", "d'"),
)

#: nouns for a person by their age ('la sexagénaire', 'le quinquagénaire'), and the adjective that may stand
#: before a role noun ('la jeune militante'): rule ``epithet_anaphor``
AGE_NOUNS = frozenset("""
vingtenaire trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire
quadra quinqua sexa septua
""".split())
EPITHET_ADJECTIVES = frozenset("jeune".split())
#: the article that tells no gender before a vowel, and the endings of feminine role nouns that tell it
#: ('l'infirmière', 'l'étudiante'): rule ``elided_epithet``
ELIDED_ARTICLES = ("l'", "l\u2019")
FEMININE_ENDINGS = ("ière", "euse", "rice", "ienne", "enne", "ante", "ente", "ée", "esse", "ine", "ue", "ète", "ouse")

#: participles of asking that open a sentence before its subject: who asked is no speaker ('Interrogée par Radio
#: Vallée, la rectrice X a expliqué …', 'Contacté par notre rédaction, le maire a assuré …'): rule ``asked_opener``
ASKED_PARTICIPLES = frozenset("""
interrogé interrogée interrogés interrogées contacté contactée contactés contactées joint jointe joints jointes
sollicité sollicitée sollicités sollicitées questionné questionnée interviewé interviewée
""".split())

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: plural object pronouns after a point of view ('Pour eux', 'para ellos'): the source is plural
VIEWPOINT_PLURAL_PRONOUNS = frozenset("eux".split())
#: articles: a capitalised one opens a sentence, not a name ('A ministry spokeswoman said')
SENTENCE_ARTICLES = frozenset("le la les un une".split())
#: conjunctions and adverbs that may open a clause before its subject ('But Wolton said', 'Und sie sagte')
LEADING_CONJUNCTIONS = frozenset("et mais comme".split())
#: who or what speaks for an organisation without a name ('a spokesperson for', 'el portavoz de', 'le communiqué de')
GENERIC_SPOKESPEOPLE = frozenset("porte-parole communiqué direction".split())
#: prepositions that tie a speaker to an organisation ('a spokesperson for X', 'Sprecherin von X', 'portavoz de X')
SPEAKER_PREPOSITIONS = frozenset("de du".split())
#: indefinite articles opening an apposition after a name ('Ada Wolton, a nurse,')
APPOSITION_ARTICLES = frozenset("un une".split())
#: articles between a person's name and the organisation after a preposition ('von der', 'van de', 'de la')
JOINING_ARTICLES = frozenset("de la le les".split())
#: "of", joined with an article or not ('van', 'della', 'do', 'des')
OF_WORDS = frozenset("du des".split())
#: words that open a byline ('By Jane Roe')
BYLINE_WORDS = frozenset("par".split())
#: words joining the parts of a capitalised run: names ('Wolton and Marr') or an organisation ('Council for X')
NAME_CONNECTORS = frozenset("et".split())
#: words that start a clause, not a speaker, after a verb ('adding that ...')
NOT_SPEAKER_OPENERS = frozenset("que".split())
#: "and" and "or": no part of a descriptor before a name
AND_OR_WORDS = frozenset("et ou".split())
#: "to" before an indirect object ('dijo a', 'a déclaré à', 'disse ao')
TO_WORDS = frozenset("à au aux".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("et".split())
#: possessives opening a relation after "and" ('Ada Wolton and her husband Piet Marr')
COORDINATED_POSSESSIVES = frozenset("son sa ses".split())
#: connectors inside an organisation's name ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
NAME_RUN_CONNECTORS = frozenset("de du des".split())
#: words between a subject and its verb, or a verb and the quotation, that say nothing ('has also said', 'hat auch gesagt')
FILLERS = frozenset("a ont avait est s'est s’est ne".split())  # ("ne": 'X ne dit pas autre chose :')
#: words that end a noun phrase's title: what comes before them is another clause
CLAUSE_WORDS = frozenset("que est était".split())
#: words opening a noun phrase that names nobody ('a spokesperson', 'einige Teilnehmer', 'plusieurs élus')
NAMELESS_DETERMINERS = frozenset("un une des plusieurs".split())
#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows
OTHER_PREPOSITIONS = frozenset("avec pour sur dans chez après".split())
#: prepositions (and prepositions with an article) that open a phrase before a verb: rule ``phrase_dropped_subject``
OPENING_PREPOSITIONS = frozenset("en dans".split())
#: small words inside an outlet's name, besides the name particles ('Diário do X', 'Corriere della Y')
OUTLET_PARTICLES = frozenset("des".split())
#: subject pronouns after a verb and a hyphen ('dit-il', 'ajoute-t-elle'), in this order (a regex alternation)
INVERSION_PRONOUNS = ("il", "elle", "ils", "elles")
#: words that may stand before a verb whose subject is left out ('Y añadió:', 'Und fügte hinzu:') (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
DROPPED_OPENERS = frozenset("et puis ensuite aussi enfin".split())
#: "that" after a verb of saying (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
THAT_WORDS = frozenset("que qu'".split())
#: name particles that, after a common noun, open a person's name ('il sindacalista di X'): rule ``noun_before_particle``
PARTICLES_AFTER_NOUN = frozenset("de du".split())

#: a sentence saying whose words the quotation before are ('Those were the words of X', 'A frase é de X'): it
#: points back with no reporting verb, the name after it speaks (rules ``named_after_paragraph`` and
#: ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("ces", "mots", "sont", "ceux", "de"), ("ces", "mots", "étaient", "ceux", "de"),
    ("ces", "propos", "sont", "ceux", "de"), ("ces", "paroles", "sont", "celles", "de"), ("la", "phrase", "est", "de"),
})
POINTS_BACK = QUOTE_OWNER_PHRASES
VERBLESS_POINTS_BACK = QUOTE_OWNER_PHRASES
#: words after which a reporting verb before the quotation has its subject after it ('que résume la déléguée :', 'comme le raconte le délégué :'): rule
#: ``inverted_cue_before``
INVERSION_OPENERS = frozenset("que comme ainsi".split())

#: nouns for a member of an organisation: after an indefinite article and before "of" and the organisation's name,
#: somebody unnamed who speaks for it ('a déclaré un membre du collectif X', 'selon une responsable de la Fédération Y'): rule ``member_of_organisation``
MEMBER_NOUNS = frozenset("membre représentant représentante responsable source".split())

#: "of" words (and the articles after them) with which an organisation's name written in sentence case goes on
#: after its organisation word ('Sindicato de enfermería de Castilla', 'Syndicat des travailleurs du rail'):
#: rule ``sentence_case_org``
ORG_TAIL_CONNECTORS = frozenset("de du des".split())
ORG_TAIL_ARTICLES = frozenset("la le les".split())

#: words before an elided "de" and an infinitive of a reporting verb whose subject is the sentence's ('…, a affirmé
#: X, avant d'ajouter : « … »'): rule ``infinitive_cue``
INFINITIVE_LEADS = frozenset("avant".split())

#: conjunctions that open a clause right after a reporting verb whose subject is left out ('«…», cuenta mientras
#: sostiene un cartel'): rule ``conjunction_after_verb``
CONJUNCTIONS_AFTER_VERB = frozenset("tandis lorsque quand alors puis car parce pendant".split())

#: adjectives after a role noun, before "of" and its organisation ('el secretario general de la CGT'): rule
#: ``epithet_of_organisation``
EPITHET_POST_ADJECTIVES = frozenset("général générale adjoint adjointe syndical syndicale municipal municipale régional régionale départemental départementale écologiste socialiste étudiant étudiante".split())

#: adjectives right after an organisation word in a name written in sentence case, before "of" and more ('Syndicat
#: national des journalistes', 'Sindicato nacional de trabajadores del transporte'): rule ``org_name_adjective``
ORG_NAME_ADJECTIVES = frozenset("national nationale général générale unitaire départemental départementale régional régionale fédéral fédérale interprofessionnel interprofessionnelle".split())

#: lower-case nouns that name a public body by themselves, after the language's article ('a indiqué la préfecture',
#: 'informó la policía'): the one named before whose name holds the word, else the body as the article names it
#: (rules ``institution_noun``, ``article_institution``)
INSTITUTION_NOUNS = {"police": "police", "gendarmerie": "gendarmerie", "préfecture": "préfecture", "intersyndicale": "intersyndicale", "mairie": "mairie", "rectorat": "rectorat", "parquet": "parquet"}

#: possessives that open a subject before its noun and the name ('her colleague X nods', 'Ihr Kollege X'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("son sa leur".split())

#: role nouns naming the same office: a later one finds the person named with another ('La juge X a rejeté …
#: la magistrate estime que « … »'): rule ``role_synonyms``
ROLE_SYNONYMS = (
    ("juge", "magistrat", "magistrate"),
    ("maire", "édile"),
    ("député", "députée", "parlementaire", "élu", "élue"),
    ("président", "présidente", "chef de l'état"),
    ("porte-parole",),
    ("curé", "prêtre", "abbé"),
)

#: relative pronouns: after a comma they open a clause about the person just named ('X, qui …,'), no part
#: of the name (rules ``relative_aside``, ``relative_after_verb``)
RELATIVE_PRONOUNS = frozenset("qui dont lequel laquelle lesquels lesquelles".split())

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"un": "m", "une": "f"}
#: what a court hands down ("the ruling", "la sentencia", "der Beschluss", "l'ordonnance"), and the words a court's name
#: holds ("High Court", "Tribunal Superior", "Verwaltungsgericht", "tribunal administratif"): such a text, or the court
#: noun alone, speaks for the court named before, never for another organisation (rule ``court_document``)
COURT_DOCUMENTS = frozenset("jugement ordonnance arrêt décision".split())
COURT_NOUNS = frozenset("tribunal cour".split())
#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES ('La Guardia
#: Civil detuvo … / El instituto armado explicó …'): rule ``org_anaphor``
ORG_ANAPHORS = frozenset(w for w in "enseigne|institution".split("|") if w)
#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("entreprise société compagnie".split())
NOT_COMPANY_WORDS = frozenset("syndicat intersyndicale association fédération confédération coalition collectif coordination mouvement réseau front".split())

#: words joining a clause with its own subject after a comma, never the names of a list ('…, tandis que sa collègue X rappelle : « … »'; "que" after them is passed over): rules
#: ``joined_clause_subject``, ``join_determiner_subject``, ``contrast_clause_fragment``
CONTRAST_JOINS = frozenset("tandis alors".split())

#: fixed phrases of the discourse that may stand between a reporting verb and its subject ('« … », estime pour sa
#: part l'intersyndicale'): rule ``aside_after_verb``
ASIDES_AFTER_VERB = frozenset({("pour", "sa", "part"), ("pour", "leur", "part"), ("pour", "son", "compte"), ("de", "son", "côté"), ("de", "leur", "côté"), ("quant", "à", "lui"), ("quant", "à", "elle"), ("à", "son", "tour"), ("à", "leur", "tour")})

#: nouns for somebody who speaks for an organisation: with nobody of that role named, an organisation's (rule
#: ``spokesperson_role_only``)
SPOKESPERSON_NOUNS = frozenset("porte-parole".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("parmi".split())
PRESENTING_VERBS = frozenset("avait était trouvait figurait".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("aussi également notamment".split())
FIRST_PERSON_PLURAL = frozenset("nous notre nos".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("c'est", "le", "cas", "de"), ("c’est", "le", "cas", "de"), ("l'une", "d'elles", "est"), ("l'un", "d'eux", "est")})

#: nouns for what somebody says, and the words of "of" after them, in a clause before a colon and the quotation
#: ('La réponse de la CGT ne s'est pas fait attendre : « … »', 'Dura la replica della Cgil: «…»'): rule
#: ``speech_noun_of``
SPEECH_NOUNS = frozenset("réponse réplique réaction message avertissement constat critique position analyse verdict avis bilan".split())
SPEECH_OF_WORDS = frozenset("de du des d".split())  # ("d": "d'" as read)
#: the verb after a quotation before its speech noun ('«…», fue la respuesta de X'): rule ``speech_noun_of``
SPEECH_COPULAS = frozenset("fut est était".split())
#: stressed pronouns repeating the subject between commas ('La CGT, elle, dénonce « … »'): rule ``tonic_pronoun_aside``
TONIC_ASIDES = frozenset("lui elle eux elles".split())
