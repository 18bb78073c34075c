"""Spanish words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

from .calendar import WEEKDAYS

REPORTING_VERBS = frozenset("""
dijo dice dicen dijeron afirmó afirma aseguró asegura explicó explica señaló señala indicó indica
sostuvo sostiene agregó agrega añadió añade manifestó manifiesta declaró declara expresó expresa
advirtió advierte comentó comenta remarcó subrayó subraya destacó destaca insistió insiste apuntó
planteó reclamó reclama denunció denuncia criticó critica precisó contó cuenta relató escribió
tuiteó respondió concluyó sentenció expuso expone según sostuvieron afirmaron aseguraron explicaron señalaron
indicaron agregaron expresaron advirtieron denunciaron reclamaron manifestaron declararon
enfatizó enfatiza lamentó lamenta reconoció reconoce admitió admite recordó recuerda relata
opinó opina consideró considera aclaró aclara resaltó resalta insistieron detalló detalla
cuestionó cuestiona completó puntualizó resumió reflexionó graficó ironizó disparó sumó
remarcaron subrayaron destacaron apuntaron plantearon criticaron precisaron aclararon detallaron
consideraron comunicaron informaron sostienen aseguran afirman explican señalan indican advierten
exigió exige pidió pide recalcó recalca alertó alerta anunció anuncia contestó contesta preguntó
pregunta confesó confiesa aseveró asevera acotó acota mencionó menciona valoró valora celebró
celebra argumentó argumenta justificó defendió defiende aseguraba decía explicaba contaba relataba
señalaba agregaba narró narra remató bromeó cerró evaluó estimó estima ratificó reiteró reitera
prosiguió continuó gritó grita gritaba clamó anticipó adelantó exigieron pidieron anunciaron
preguntaron añadieron alertaron
informó informa comunicó publicó lanzó replicó deslizó
cita citó
reveló confió confirmó negó agradeció prometió describió analizó sintetizó definió calificó retrucó
reprochó fustigó avisó amenazó finalizó vaticinó aventuró quejó sinceró jactó interpeló rememoró
evocó arengó desafió pronosticó explicitó consignó enumeró
zanjó zanja espetó espeta remachó remacha apostilló apostilla matizó matiza exclamó exclama replica responde resume reprocha desliza ironiza lamentaba insistía
""".split())
#: ('De acuerdo con Marta Ibarra, «…»': "de" stays before the cue)
TWO_WORD_CUES = frozenset({("acuerdo", "con"), ("acuerdo", "a")})
SOURCE_CUES = frozenset({("según",), ("acuerdo", "con"), ("acuerdo", "a")})
AUXILIARIES = frozenset("ha han había habían".split())
SINGULAR_PRONOUNS = {"él": "m", "ella": "f"}
PLURAL_PRONOUNS = frozenset("ellos ellas nosotros nosotras ambos ambas".split())  # ('«…», dijeron ambos')
TITLES = frozenset("""
señor señora sr. sra. presidente presidenta ministro ministra secretario secretaria diputado diputada
alcalde alcaldesa líder portavoz vocero vocera senador senadora gobernador gobernadora dirigente
director directora titular jefe jefa coordinador coordinadora delegado delegada referente
fiscal fiscala abogado abogada activista concejal concejala rector rectora intendente defensor defensora fundador fundadora vicepresidente vicepresidenta procurador procuradora comisario comisaria
""".split())
GENDERED_TITLES = {"señor": "m", "señora": "f", "sr.": "m", "sra.": "f", "presidenta": "f", "ministra": "f",
                   "diputada": "f", "alcaldesa": "f", "senadora": "f", "directora": "f", "secretaria": "f",
                   "fiscala": "f", "abogada": "f", "concejala": "f", "rectora": "f", "defensora": "f",
                   "fundadora": "f", "vicepresidenta": "f", "procuradora": "f", "comisaria": "f",
                   "gobernadora": "f", "vocera": "f", "jefa": "f", "coordinadora": "f", "delegada": "f",
                   "abogado": "m", "rector": "m", "defensor": "m", "fundador": "m", "procurador": "m",
                   "comisario": "m", "ministro": "m", "secretario": "m", "diputado": "m", "alcalde": "m",
                   "senador": "m", "gobernador": "m", "director": "m", "jefe": "m", "coordinador": "m",
                   "delegado": "m", "vocero": "m"}
#: the attribution may stand inside the quotation marks: « …, afirmó la portavoz. … »
INCISE_IN_QUOTES = True
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('Para la dirigente, «…»', 'A juicio de Ana Gómez, «…»'): rule ``viewpoint_cue``
VIEWPOINT_BEFORE_NAME = frozenset({("para",), ("a", "juicio", "de"), ("en", "opinión", "de"), ("en", "palabras", "de"),
                                   ("a", "criterio", "de"), ("en", "la", "visión", "de")})
#: ... or to the person a pronoun or possessive means, with its gender (None: either)
VIEWPOINT_PHRASES = {
    ("para", "él"): "m", ("para", "ella"): "f", ("a", "su", "juicio"): None, ("en", "su", "opinión"): None,
    ("a", "su", "entender"): None, ("a", "su", "criterio"): None, ("en", "sus", "palabras"): None,
    ("según", "sus", "palabras"): None, ("a", "su", "parecer"): None,
}
#: a preposition that names the source in place of a subject: 'Desde la CGT advirtieron que
#: «…»', '«…», remarcaron desde el sindicato' (rule ``source_preposition``)
SOURCE_PREPOSITIONS = frozenset({"desde"})
#: impersonal attributions right after a quotation: nobody is named, and nobody is borrowed
#: from around it ('«…», se lee en el comunicado'): rule ``impersonal_cue``
IMPERSONAL_CUES = frozenset({("se", "lee"), ("se", "leía"), ("se", "escuchó"), ("se", "oía")})
#: subject pronouns are usually left out ('«…», agregó.'; a quotation standing alone continues
#: the person a pronoun would mean): rule ``pro_drop_standalone``
PRO_DROP = True
#: object pronouns that stand before a verb ('«…», nos dijo.', '«…», le dijo a este medio.'): rule
#: ``dropped_subject_object``
OBJECT_CLITICS = frozenset("me te le les nos os se lo la".split())
#: endings of past participles with the gender they agree in ("p": plural): a phrase they open before a
#: verb without subject tells its gender ('Consultada sobre el tema, sostuvo:'): rule ``participle_opener``
PARTICIPLE_GENDERS = {"ado": "m", "ido": "m", "ada": "f", "ida": "f", "ados": "p", "idos": "p", "adas": "p", "idas": "p"}
#: a paragraph opening with a dash and a capital is a quotation ('—No nos vamos —dijo ella—. …'); it ends
#: before a reporting verb above (read by rallycrawl.extraction.quote_marks)
DASH_QUOTES = True

#: role nouns that open a descriptor before a name, after an article ('la portavoz de la plataforma
#: Marta Ibarra'): rule ``descriptor_of_organisation``
ROLE_NOUNS = frozenset("""
dirigente dirigenta sindicalista gremialista portavoz vocero vocera activista referente militante trabajador
trabajadora manifestante funcionario funcionaria ministro ministra presidente presidenta secretario secretaria
diputado diputada legislador legisladora senador senadora delegado delegada vecino vecina mujer hombre joven
docente maestro maestra profesor profesora estudiante médico médica enfermero enfermera abogado abogada líder
titular jefe jefa intendente intendenta alcalde alcaldesa gobernador gobernadora concejal concejala
coordinador coordinadora madre padre jubilado jubilada productor productora agricultor agricultora campesino
campesina empresario empresaria mandatario mandataria gerente director directora consejero consejera
rector rectora fiscal juez jueza magistrado magistrada regidor regidora edil edila
sacerdote párroco cura obispo pastor pastora monja
parlamentario parlamentaria eurodiputado eurodiputada vicepresidente vicepresidenta candidato candidata
catedrático catedrática investigador investigadora experto experta economista sociólogo socióloga
periodista fotógrafo fotógrafa reportero reportera
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"el": "m", "la": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('«…» Así lo explicó Marta Ibarra.', 'Lo dijo Marta Ibarra.'): rule ``named_after_paragraph``
#: a sentence saying whose words the quotation before are ('Those were the words of X', 'A frase é de X'): it
#: points back with no reporting verb, the name after it speaks (rules ``named_after_paragraph`` and
#: ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("la", "frase", "es", "de"), ("las", "palabras", "son", "de"), ("son", "palabras", "de"),
    ("la", "frase", "pertenece", "a"),
})
POINTS_BACK = frozenset({("así", "lo"), ("lo",)}) | QUOTE_OWNER_PHRASES
VERBLESS_POINTS_BACK = QUOTE_OWNER_PHRASES

#: plural sources, after a plural article an organisation's, not several people ('explicaron las
#: fuentes'): rule ``plural_speakers``
MEMBER_PLURALS = frozenset("fuentes voceros portavoces integrantes representantes".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("los las".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("años",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cita citó".split())

#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True

# --- person names (read by rallycrawl.extraction.people for every language at once)
#: words that make a name an organisation's, not a person's
ORG_WORDS = frozenset("""
sindicato sindicatos partido gobierno ministerio federación confederación asociación cámara central
unión policía ejecutivo
""".split())
#: capitalised words that start sentences but are not names
NOT_NAMES = frozenset("""
el la los las un una y pero como nosotros según también además hoy ayer ahora
muchos muchas algunos algunas varios varias otros otras cada
""".split())

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
DEFINITE_ARTICLES = ("el", "la", "los", "las")
INDEFINITE_ARTICLES = ("un", "una", "uno")
#: the preposition that brings in the agent of a passive ('«…», dirigida por X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("por".split())

#: role nouns that, after a definite article, mean an organisation named before ('«…», dijo el sindicato', 'afirmó la organización'):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
grupo organización sindicato gremio agrupación asociación federación confederación coalición alianza
plataforma colectivo coordinadora movimiento red frente partido empresa compañía comité fundación patronal
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("grupo organización".split())

#: a phrase of time after the verb, before its subject ('«…», dijo este martes la dirigente', 'afirmó ayer por la
#: tarde el ministro'): the words it may hold (TIME_WORDS) and the words it must end on (TIME_NAMES): rule
#: ``time_after_verb`` (no TIME_OPENERS: the English rule ``time_opener`` stays English)
TIME_NAMES = frozenset(WEEKDAYS) | frozenset("ayer hoy anoche anteayer mañana tarde noche madrugada mediodía semana".split())
TIME_WORDS = TIME_NAMES | frozenset("el este esta pasado último por la en a de fin".split())

#: phrases that name an interview between a verb and its subject, before the outlet ('«…», señaló en diálogo con
#: Radio Sur el diputado X'): rule ``interview_phrase``
INTERVIEW_PHRASES = (
    ("en", "diálogo", "con"), ("en", "declaraciones", "a"), ("en", "declaraciones", "al"), ("en", "conversación", "con"),
    ("en", "entrevista", "con"), ("en", "una", "entrevista", "con"), ("en", "entrevista", "a"),
    ("en", "una", "entrevista", "a"), ("en", "una", "entrevista", "concedida", "a"), ("en", "contacto", "con"),
)

#: nouns for a person by their age ('el cincuentón', 'la sexagenaria'): rule ``epithet_anaphor``
AGE_NOUNS = frozenset("""
veinteañero veinteañera treintañero treintañera cuarentón cuarentona cincuentón cincuentona sesentón sesentona
setentón setentona cuadragenario cuadragenaria quincuagenario quincuagenaria sexagenario sexagenaria
septuagenario septuagenaria octogenario octogenaria nonagenario nonagenaria
""".split())

#: participles of asking that open a sentence before its subject: who asked is no speaker ('Consultado por Radio
#: Sur, el concejal X dijo …', 'Entrevistada por este diario, la ministra …'): rule ``asked_opener``
ASKED_PARTICIPLES = frozenset("""
consultado consultada consultados consultadas entrevistado entrevistada entrevistados entrevistadas contactado
contactada contactados contactadas interrogado interrogada preguntado preguntada requerido requerida
""".split())

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: plural object pronouns after a point of view ('Pour eux', 'para ellos'): the source is plural
VIEWPOINT_PLURAL_PRONOUNS = frozenset("ellos ellas".split())
#: articles: a capitalised one opens a sentence, not a name ('A ministry spokeswoman said')
SENTENCE_ARTICLES = frozenset("el la los las un una".split())
#: conjunctions and adverbs that may open a clause before its subject ('But Wolton said', 'Und sie sagte')
LEADING_CONJUNCTIONS = frozenset("y pero como".split())
#: who or what speaks for an organisation without a name ('a spokesperson for', 'el portavoz de', 'le communiqué de')
GENERIC_SPOKESPEOPLE = frozenset("portavoz vocero vocera comunicado dirección".split())
#: prepositions that tie a speaker to an organisation ('a spokesperson for X', 'Sprecherin von X', 'portavoz de X')
SPEAKER_PREPOSITIONS = frozenset("de del".split())
#: indefinite articles opening an apposition after a name ('Ada Wolton, a nurse,')
APPOSITION_ARTICLES = frozenset("un una".split())
#: articles between a person's name and the organisation after a preposition ('von der', 'van de', 'de la')
JOINING_ARTICLES = frozenset("el la los las".split())
#: "of", joined with an article or not ('van', 'della', 'do', 'des')
OF_WORDS = frozenset("del".split())
#: words that open a byline ('By Jane Roe')
BYLINE_WORDS = frozenset("por".split())
#: words joining the parts of a capitalised run: names ('Wolton and Marr') or an organisation ('Council for X')
NAME_CONNECTORS = frozenset("y".split())
#: words that start a clause, not a speaker, after a verb ('adding that ...')
NOT_SPEAKER_OPENERS = frozenset("que".split())
#: "and" and "or": no part of a descriptor before a name
AND_OR_WORDS = frozenset("y o".split())
#: "to" before an indirect object ('dijo a', 'a déclaré à', 'disse ao')
TO_WORDS = frozenset("a al".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("y e".split())
#: possessives opening a relation after "and" ('Ada Wolton and her husband Piet Marr')
COORDINATED_POSSESSIVES = frozenset("su sus".split())
#: connectors inside an organisation's name ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
NAME_RUN_CONNECTORS = frozenset("de del".split())
#: connectors after which a name with an organisation word before goes on ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
ORG_RUN_CONNECTORS = frozenset("de del".split())
#: words between a subject and its verb, or a verb and the quotation, that say nothing ('has also said', 'hat auch gesagt')
FILLERS = frozenset("ha había".split())
#: words that end a noun phrase's title: what comes before them is another clause
CLAUSE_WORDS = frozenset("que como es fue".split())
#: words opening a noun phrase that names nobody ('a spokesperson', 'einige Teilnehmer', 'plusieurs élus')
NAMELESS_DETERMINERS = frozenset("un una uno unos unas".split())
#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows
OTHER_PREPOSITIONS = frozenset("en con por para sobre tras".split())
#: prepositions (and prepositions with an article) that open a phrase before a verb: rule ``phrase_dropped_subject``
OPENING_PREPOSITIONS = frozenset("en con durante tras al ante".split())
#: words that may stand before a verb whose subject is left out ('Y añadió:', 'Und fügte hinzu:') (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
DROPPED_OPENERS = frozenset("y e además luego después asimismo también finalmente incluso".split())
#: "that" after a verb of saying (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
THAT_WORDS = frozenset("que".split())
#: name particles that, after a common noun, open a person's name ('il sindacalista di X'): rule ``noun_before_particle``
PARTICLES_AFTER_NOUN = frozenset("de".split())

#: words after which a reporting verb before the quotation has its subject after it ('que resume la dirigente:', 'como explica la portavoz:'): rule
#: ``inverted_cue_before``
INVERSION_OPENERS = frozenset("que como así".split())

#: nouns for a member of an organisation: after an indefinite article and before "of" and the organisation's name,
#: somebody unnamed who speaks for it ('afirmó un integrante del Sindicato X', 'según un miembro de la Federación Y'): rule ``member_of_organisation``
MEMBER_NOUNS = frozenset("integrante miembro representante fuente".split())

#: "of" words (and the articles after them) with which an organisation's name written in sentence case goes on
#: after its organisation word ('Sindicato de enfermería de Castilla', 'Syndicat des travailleurs du rail'):
#: rule ``sentence_case_org``
ORG_TAIL_CONNECTORS = frozenset("de del".split())
ORG_TAIL_ARTICLES = frozenset("el la los las".split())

#: conjunctions that open a clause right after a reporting verb whose subject is left out ('«…», cuenta mientras
#: sostiene un cartel'): rule ``conjunction_after_verb``
CONJUNCTIONS_AFTER_VERB = frozenset("mientras cuando porque aunque pues".split())

#: particles inside a person's name after a first name and "de" that other languages' names do not share
#: ('María de los Ángeles Quiroga', 'José de las Heras'): rule ``language_particles``
NAME_PARTICLES = frozenset("los las".split())

#: adjectives after a role noun, before "of" and its organisation ('el secretario general de la CGT'): rule
#: ``epithet_of_organisation``
EPITHET_POST_ADJECTIVES = frozenset("general adjunto adjunta sindical vecinal estudiantil municipal regional provincial autonómico autonómica socialista campesino campesina".split())

#: adjectives right after an organisation word in a name written in sentence case, before "of" and more ('Syndicat
#: national des journalistes', 'Sindicato nacional de trabajadores del transporte'): rule ``org_name_adjective``
ORG_NAME_ADJECTIVES = frozenset("nacional general único única provincial regional departamental municipal federal".split())

#: lower-case nouns that name a public body by themselves, after the language's article ('a indiqué la préfecture',
#: 'informó la policía'): the one named before whose name holds the word, else the body as the article names it
#: (rules ``institution_noun``, ``article_institution``)
INSTITUTION_NOUNS = {"policía": "policía", "gendarmería": "gendarmería", "municipalidad": "municipalidad", "intendencia": "intendencia", "gobernación": "gobernación", "alcaldía": "alcaldía"}

#: words after a quotation and its comma that give it to whom they name next ('«…», en palabras de la dirigente X'):
#: rule ``words_of``
WORDS_OF = frozenset({("en", "palabras", "de"), ("en", "palabras", "del")})

#: possessives that open a subject before its noun and the name ('her colleague X nods', 'Ihr Kollege X'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("su".split())

#: role nouns naming the same office: a later one finds the person named with another ('La jueza X rechazó …
#: la magistrada argumenta que «…»'): rule ``role_synonyms``
ROLE_SYNONYMS = (
    ("juez", "jueza", "magistrado", "magistrada"),
    ("alcalde", "alcaldesa", "regidor", "regidora", "edil", "edila", "primer edil", "primera edil"),
    ("presidente", "presidenta", "mandatario", "mandataria"),
    ("portavoz", "vocero", "vocera"),
    ("diputado", "diputada", "parlamentario", "parlamentaria", "legislador", "legisladora"),
    ("fiscal", "fiscala"),
    ("sacerdote", "párroco", "cura"),
)

#: relative pronouns: after a comma they open a clause about the person just named ('X, que …,'), no part
#: of the name (rules ``relative_aside``, ``relative_after_verb``)
RELATIVE_PRONOUNS = frozenset("que quien quienes cuyo cuya cuyos cuyas".split())

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"un": "m", "una": "f"}
#: what a court hands down ("the ruling", "la sentencia", "der Beschluss", "l'ordonnance"), and the words a court's name
#: holds ("High Court", "Tribunal Superior", "Verwaltungsgericht", "tribunal administratif"): such a text, or the court
#: noun alone, speaks for the court named before, never for another organisation (rule ``court_document``)
COURT_DOCUMENTS = frozenset("sentencia fallo auto resolución".split())
COURT_NOUNS = frozenset("tribunal juzgado audiencia".split())
#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES ('La Guardia
#: Civil detuvo … / El instituto armado explicó …'): rule ``org_anaphor``
ORG_ANAPHORS = frozenset(w for w in "departamento|instituto armado|benemérita|consistorio|organismo|multinacional".split("|") if w)
#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("empresa compañía firma multinacional".split())
NOT_COMPANY_WORDS = frozenset("sindicato sindicatos gremio federación confederación asociación plataforma colectivo coordinadora movimiento frente comité".split())

#: the endings of gerunds, which after a reporting verb are no subject ('«…», cuenta riendo'): rule
#: ``gerund_after_verb``
GERUND_ENDINGS = ("ando", "iendo", "yendo")

#: words joining a clause with its own subject after a comma, never the names of a list ('…, mientras su compañera X recuerda: «…»'): rules
#: ``joined_clause_subject``, ``join_determiner_subject``, ``contrast_clause_fragment``
CONTRAST_JOINS = frozenset("mientras pero".split())

#: fixed phrases of the discourse that may stand between a reporting verb and its subject ('« … », estime pour sa
#: part l'intersyndicale'): rule ``aside_after_verb``
ASIDES_AFTER_VERB = frozenset({("por", "su", "parte"), ("a", "su", "vez"), ("por", "otro", "lado"), ("por", "otra", "parte"), ("por", "su", "lado")})

#: nouns for somebody who speaks for an organisation: with nobody of that role named, an organisation's (rule
#: ``spokesperson_role_only``)
SPOKESPERSON_NOUNS = frozenset("portavoz vocero vocera".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("entre".split())
PRESENTING_VERBS = frozenset("estaba está había hay figuraba".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("también".split())
FIRST_PERSON_PLURAL = frozenset("nosotros nosotras nuestro nuestra nuestros nuestras".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("una", "de", "ellas", "es"), ("uno", "de", "ellos", "es"), ("es", "el", "caso", "de"), ("también", "estaba")})

#: nouns for what somebody says, and the words of "of" after them, in a clause before a colon and the quotation
#: ('La réponse de la CGT ne s'est pas fait attendre : « … »', 'Dura la replica della Cgil: «…»'): rule
#: ``speech_noun_of``
SPEECH_NOUNS = frozenset("respuesta réplica reacción mensaje advertencia valoración crítica postura posición conclusión queja denuncia opinión balance".split())
SPEECH_OF_WORDS = frozenset("de del".split())
#: the verb after a quotation before its speech noun ('«…», fue la respuesta de X'): rule ``speech_noun_of``
SPEECH_COPULAS = frozenset("fue es era".split())
#: a cleft presenting whom the words are of ('Quem fala é Ana X, professora.', 'Quien lo explica es X'): its opener and
#: its verbs (rule ``presented_person``)
CLEFT_OPENERS = frozenset("quien".split())
CLEFT_VERBS = frozenset("es fue".split())
