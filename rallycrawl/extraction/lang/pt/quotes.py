"""Portuguese words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
disse dizem diz afirmou afirma declarou declara explicou explica acrescentou acrescenta
destacou destaca ressaltou ressalta salientou salienta sublinhou sublinha defendeu defende
criticou critica denunciou denuncia contou conta lembrou lembra escreveu alertou alerta
garantiu garante segundo conforme
informou informa lamentou lamenta reforçou reforça completou completa pontuou pontua avaliou avalia
questionou questiona perguntou pergunta observou observa argumentou argumenta reclamou reclama
cobrou cobra relatou relata comentou comenta admitiu admite reconheceu reconhece confirmou confirma
anunciou anuncia assegurou assegura insistiu insiste concluiu conclui frisou frisa enfatizou
enfatiza desabafou desabafa respondeu responde rebateu rebate detalhou detalha esclareceu esclarece
sustentou ponderou pondera apontou aponta indicou indica exigiu exige pediu pede acusou acusa
resumiu resume afirmaram disseram declararam explicaram informaram
cita citou
adiantou adianta referiu refere considerou considera vincou vinca realçou realça assinalou assinala
reiterou reitera advertiu adverte prometeu promete reagiu reage apelou apela recordou recorda
""".split())
#: ('De acordo com Ana Martins, “…”': "de" stays before the cue)
TWO_WORD_CUES = frozenset({("acordo", "com")})
SOURCE_CUES = frozenset({("segundo",), ("conforme",), ("acordo", "com")})
AUXILIARIES = frozenset("tem têm".split())
SINGULAR_PRONOUNS = {"ele": "m", "ela": "f"}
PLURAL_PRONOUNS = frozenset("eles elas nós".split())
TITLES = frozenset("""
presidente ministro ministra prefeito prefeita secretário secretária porta-voz deputado deputada
senador senadora diretor diretora líder governador governadora coordenador coordenadora
""".split())
GENDERED_TITLES = {"ministra": "f", "prefeita": "f", "secretária": "f", "deputada": "f", "senadora": "f",
                   "diretora": "f", "governadora": "f", "coordenadora": "f"}
#: the attribution may stand inside the quotation marks: “…, afirmou a porta-voz. …”
INCISE_IN_QUOTES = True
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()
#: a paragraph opening with a dash and a capital is a quotation ('— Vamos continuar — disse ela.'); it ends
#: before a reporting verb above (read by rallycrawl.extraction.quote_marks)
DASH_QUOTES = True

#: role nouns that open a descriptor before a name, after an article ('la portavoz de la plataforma
#: Marta Ibarra'): rule ``descriptor_of_organisation``
ROLE_NOUNS = frozenset("""
sindicalista dirigente presidente presidenta ministro ministra porta-voz líder deputado deputada prefeito
prefeita manifestante ativista activista professor professora estudante mulher homem trabalhador trabalhadora
enfermeiro enfermeira mãe pai coordenador coordenadora secretário secretária vereador vereadora senador
senadora governador governadora diretor diretora morador moradora agricultor agricultora militante
representante dona aposentado aposentada operário operária motorista comerciante liderança vendedor vendedora
parlamentar magistrado magistrada juiz juíza autarca mandatário mandatária
padre sacerdote pároco bispo pastor pastora freira frei
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"o": "m", "a": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('“…” Foi o que disse Ana Martins.', 'É o que diz Ana Martins.'): rule ``named_after_paragraph``
#: a sentence saying whose words the quotation before are ('Those were the words of X', 'A frase é de X'): it
#: points back with no reporting verb, the name after it speaks (rules ``named_after_paragraph`` and
#: ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("a", "frase", "é", "de"), ("as", "palavras", "são", "de"), ("são", "palavras", "de"),
})
POINTS_BACK = frozenset({("foi", "o", "que"), ("é", "o", "que")}) | QUOTE_OWNER_PHRASES
VERBLESS_POINTS_BACK = QUOTE_OWNER_PHRASES

#: plural sources, after a plural article an organisation's, not several people ('explicaron las
#: fuentes'): rule ``plural_speakers``
MEMBER_PLURALS = frozenset("fontes".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("os as".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("anos",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cita citou".split())

#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True

#: capitalised words that start sentences but are not names ('O Sindicato dos Metroviários': the
#: organisation's name starts after the article)
NOT_NAMES = frozenset("o os as um uma e".split())  # ("E acrescentou:")

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
#: (not "a", the English indefinite article)
DEFINITE_ARTICLES = ("o", "os", "as")
INDEFINITE_ARTICLES = ("um", "uma")
#: the preposition that brings in the agent of a passive ('“…”, produzido pela X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("por pelo pela pelos pelas".split())

#: role nouns that, after a definite article, mean an organisation named before ('“…”, disse o sindicato'):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
grupo organização sindicato associação federação confederação coligação coalizão aliança plataforma
coletivo movimento rede frente partido empresa companhia comitê comité fundação
prefeitura
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("grupo organização".split())

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('Para a dirigente Rosa Amaral, “…”'): rule ``viewpoint_cue`` (the first words are no names at a sentence's
#: start in any language: not "na opinião de", since "Na" and "Nas" open names)
VIEWPOINT_BEFORE_NAME = frozenset({("para",)})
#: ... or to the person a pronoun means, with its gender
VIEWPOINT_PHRASES = {("para", "ele"): "m", ("para", "ela"): "f", ("segundo", "ele"): "m", ("segundo", "ela"): "f"}

#: participles of asking that open a sentence before its subject: who asked is no speaker ('Procurado pelo
#: Diário, o prefeito X disse …', 'Questionada pela reportagem, a ministra …'): rule ``asked_opener``
ASKED_PARTICIPLES = frozenset("""
procurado procurada procurados procuradas ouvido ouvida ouvidos ouvidas entrevistado entrevistada questionado
questionada contactado contactada contatado contatada consultado consultada interpelado interpelada
""".split())

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: "of", joined with an article or not ('van', 'della', 'do', 'des')
OF_WORDS = frozenset("do dos da".split())
#: "and" and "or": no part of a descriptor before a name
AND_OR_WORDS = frozenset("e ou".split())
#: "to" before an indirect object ('dijo a', 'a déclaré à', 'disse ao')
TO_WORDS = frozenset("a ao aos às".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("e".split())
#: connectors inside an organisation's name ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
NAME_RUN_CONNECTORS = frozenset("de do da".split())
#: connectors after which a name with an organisation word before goes on ('Unión Vecinal del Barrio Alto', 'Comitato della Valle')
ORG_RUN_CONNECTORS = frozenset("de do da".split())
#: prepositions (and prepositions with an article) that open a phrase before a verb: rule ``phrase_dropped_subject``
OPENING_PREPOSITIONS = frozenset("em com durante após na no ao".split())
#: small words inside an outlet's name, besides the name particles ('Diário do X', 'Corriere della Y')
OUTLET_PARTICLES = frozenset("do das".split())
#: words that may stand before a verb whose subject is left out ('Y añadió:', 'Und fügte hinzu:') (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
DROPPED_OPENERS = frozenset("depois ainda também posteriormente".split())
#: "that" after a verb of saying (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
THAT_WORDS = frozenset("que".split())
#: name particles that, after a common noun, open a person's name ('il sindacalista di X'): rule ``noun_before_particle``
PARTICLES_AFTER_NOUN = frozenset("de da".split())

#: words after which a reporting verb before the quotation has its subject after it ('como explica a dirigente:', 'que resume o delegado:'): rule
#: ``inverted_cue_before``
INVERSION_OPENERS = frozenset("que como assim".split())

#: nouns for a member of an organisation: after an indefinite article and before "of" and the organisation's name,
#: somebody unnamed who speaks for it ('disse um integrante do Movimento X'): rule ``member_of_organisation``
MEMBER_NOUNS = frozenset("integrante membro representante fonte".split())

#: "of" words (and the articles after them) with which an organisation's name written in sentence case goes on
#: after its organisation word ('Sindicato de enfermería de Castilla', 'Syndicat des travailleurs du rail'):
#: rule ``sentence_case_org``
ORG_TAIL_CONNECTORS = frozenset("de do da dos das".split())
ORG_TAIL_ARTICLES = frozenset("".split())

#: particles inside a person's name that other languages' names do not share as particles (German "das" is an
#: article): 'Maria das Dores', 'João do Rio': rule ``language_particles``
NAME_PARTICLES = frozenset("das do".split())

#: conjunctions that open a clause right after a reporting verb whose subject is left out ('«…», cuenta mientras
#: sostiene un cartel'): rule ``conjunction_after_verb``
CONJUNCTIONS_AFTER_VERB = frozenset("enquanto quando porque pois".split())

#: adjectives after a role noun, before "of" and its organisation ('el secretario general de la CGT'): rule
#: ``epithet_of_organisation``
EPITHET_POST_ADJECTIVES = frozenset("geral adjunto adjunta sindical municipal regional estadual".split())

#: adjectives right after an organisation word in a name written in sentence case, before "of" and more ('Syndicat
#: national des journalistes', 'Sindicato nacional de trabajadores del transporte'): rule ``org_name_adjective``
ORG_NAME_ADJECTIVES = frozenset("nacional geral único única estadual regional municipal federal".split())

#: lower-case nouns that name a public body by themselves, after the language's article ('a indiqué la préfecture',
#: 'informó la policía'): the one named before whose name holds the word, else the body as the article names it
#: (rules ``institution_noun``, ``article_institution``)
INSTITUTION_NOUNS = {"polícia": "polícia", "prefeitura": "prefeitura"}

#: possessives that open a subject before its noun and the name ('her colleague X nods', 'Ihr Kollege X'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("sua seu".split())

#: relative pronouns: after a comma they open a clause about the person just named ('X, que …,'), no part
#: of the name (rules ``relative_aside``, ``relative_after_verb``)
RELATIVE_PRONOUNS = frozenset("que quem cujo cuja".split())

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"um": "m", "uma": "f"}

#: conjunctions that may open a clause before its subject or a verb whose subject is left out ('E ha aggiunto:',
#: 'E acrescentou:'; read for every language at once)
LEADING_CONJUNCTIONS = frozenset("e mas".split())

#: the endings of gerunds, which after a reporting verb are no subject ('«…», cuenta riendo'): rule
#: ``gerund_after_verb``
GERUND_ENDINGS = ("ando", "endo", "indo")

#: words joining a clause with its own subject after a comma, never the names of a list ('…, enquanto a colega X lembra: “…”'): rules
#: ``joined_clause_subject``, ``join_determiner_subject``, ``contrast_clause_fragment``
CONTRAST_JOINS = frozenset("enquanto mas".split())

#: fixed phrases of the discourse that may stand between a reporting verb and its subject ('« … », estime pour sa
#: part l'intersyndicale'): rule ``aside_after_verb``
ASIDES_AFTER_VERB = frozenset({("por", "sua", "vez"), ("por", "seu", "lado"), ("por", "sua", "parte"), ("do", "seu", "lado"), ("da", "sua", "parte")})

#: nouns for somebody who speaks for an organisation: with nobody of that role named, an organisation's (rule
#: ``spokesperson_role_only``)
SPOKESPERSON_NOUNS = frozenset("porta-voz".split())

#: determiners before somebody the text does not name ('disse uma professora'): read for every language at once
NAMELESS_DETERMINERS = frozenset("um uma uns umas".split())

#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("empresa companhia".split())
NOT_COMPANY_WORDS = frozenset("sindicato sindicatos associação federação confederação coligação coalizão aliança plataforma coletivo movimento rede frente comitê comité".split())

from .calendar import WEEKDAYS as _WEEKDAYS

#: a phrase of time after the verb, before its subject ('“…”, disse nesta terça-feira o ministro', 'afirmou ontem à
#: noite a prefeita'): the words it may hold (TIME_WORDS) and the words it must end on (TIME_NAMES): rule
#: ``time_after_verb``
TIME_NAMES = frozenset(_WEEKDAYS) | frozenset("""
segunda terça quarta quinta sexta ontem hoje anteontem manhã tarde noite madrugada semana
""".split())
TIME_WORDS = TIME_NAMES | frozenset("neste nesta este esta nesse nessa passado passada último última à de pela fim".split())

#: phrases that name an interview between a verb and its subject, before the outlet ('“…”, disse em entrevista à
#: Rádio Serra o prefeito X'): rule ``interview_phrase``
INTERVIEW_PHRASES = (
    ("em", "entrevista", "à"), ("em", "entrevista", "ao"), ("em", "entrevista", "a"), ("em", "uma", "entrevista", "à"),
    ("em", "uma", "entrevista", "ao"), ("em", "declarações", "à"), ("em", "declarações", "ao"),
    ("em", "conversa", "com"), ("em", "entrevista", "concedida", "à"), ("em", "entrevista", "concedida", "ao"),
)

#: role nouns naming the same office: a later one finds the person named with another ('O prefeito X … o chefe do
#: executivo municipal'; 'A juíza X … a magistrada'): rule ``role_synonyms``
ROLE_SYNONYMS = (
    ("juiz", "juíza", "magistrado", "magistrada"),
    ("deputado", "deputada", "parlamentar"),
    ("presidente", "presidenta", "mandatário", "mandatária"),
    ("prefeito", "prefeita", "autarca"),
    # (clergy: the priest who leads a vigil or a march, named again by another word for his office)
    ("padre", "sacerdote", "pároco"),
)

#: what a court hands down ('a sentença', 'o acórdão') and the words a court's name holds ('Tribunal de Justiça'):
#: such a text, or the court noun alone, speaks for the court named before (rule ``court_document``)
COURT_DOCUMENTS = frozenset("sentença acórdão liminar".split())
COURT_NOUNS = frozenset("tribunal".split())

#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES ('A Polícia
#: Militar deteve … / A corporação informou …', 'O Sindicato X … / A entidade afirmou …'): rule ``org_anaphor``
ORG_ANAPHORS = frozenset("entidade|corporação|órgão|multinacional".split("|"))

#: who or what speaks for an organisation without a name ('o porta-voz do', 'a nota da'): read for every language at once
GENERIC_SPOKESPEOPLE = frozenset("porta-voz comunicado nota".split())

#: plural object pronouns after a point of view ('Para eles, «…»'): the source is plural; read for every language
VIEWPOINT_PLURAL_PRONOUNS = frozenset("eles elas".split())

#: indefinite articles opening an apposition after a name ('Ana Igreja, uma professora de biologia,'): read for every
#: language
APPOSITION_ARTICLES = frozenset("um uma".split())

#: possessives opening a relation after "and" ('Rui Bentes e sua mulher Ana Ramalho'): read for every language
COORDINATED_POSSESSIVES = frozenset("seu sua".split())

#: words between a subject and its verb, or a verb and the quotation, that say nothing ('também disse', 'tem
#: dito'): read for every language
FILLERS = frozenset("tem têm também ainda".split())

#: words that start a clause, not a speaker, after a verb ('acrescentou que …'): read for every language
NOT_SPEAKER_OPENERS = frozenset("que".split())

#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows; read for every
#: language (not "no", English and Spanish "no")
OTHER_PREPOSITIONS = frozenset("em com por para sobre na nas entre após".split())

#: words that end a noun phrase's title: what comes before them is another clause; read for every language
CLAUSE_WORDS = frozenset("que é foi".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("entre".split())
PRESENTING_VERBS = frozenset("estava está havia figurava".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("também".split())
FIRST_PERSON_PLURAL = frozenset("nós nosso nossa nossos nossas".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("é", "o", "caso", "de"), ("uma", "delas", "é"), ("um", "deles", "é")})

#: nouns for what somebody says, and the words of "of" after them, in a clause before a colon and the quotation
#: ('La réponse de la CGT ne s'est pas fait attendre : « … »', 'Dura la replica della Cgil: «…»'): rule
#: ``speech_noun_of``
SPEECH_NOUNS = frozenset("resposta réplica reação mensagem aviso crítica posição avaliação opinião balanço".split())
SPEECH_OF_WORDS = frozenset("de do da dos das".split())
#: the verb after a quotation before its speech noun ('«…», fue la respuesta de X'): rule ``speech_noun_of``
SPEECH_COPULAS = frozenset("foi é era".split())
#: a cleft presenting whom the words are of ('Quem fala é Ana X, professora.', 'Quien lo explica es X'): its opener and
#: its verbs (rule ``presented_person``)
CLEFT_OPENERS = frozenset("quem".split())
CLEFT_VERBS = frozenset("é foi".split())
