"""Spanish words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

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
cita citó
""".split())
#: ('De acuerdo con Marta Ibarra, «…»': "de" stays before the cue)
TWO_WORD_CUES = frozenset({("acuerdo", "con")})
SOURCE_CUES = frozenset({("según",), ("acuerdo", "con")})
AUXILIARIES = frozenset("ha han había habían".split())
SINGULAR_PRONOUNS = {"él": "m", "ella": "f"}
PLURAL_PRONOUNS = frozenset("ellos ellas nosotros nosotras".split())
TITLES = frozenset("""
señor señora sr. sra. presidente presidenta ministro ministra secretario secretaria diputado diputada
alcalde alcaldesa líder portavoz vocero vocera senador senadora gobernador gobernadora dirigente
director directora titular jefe jefa coordinador coordinadora delegado delegada referente
""".split())
GENDERED_TITLES = {"señor": "m", "señora": "f", "sr.": "m", "sra.": "f", "presidenta": "f", "ministra": "f",
                   "diputada": "f", "alcaldesa": "f", "senadora": "f", "directora": "f", "secretaria": "f"}
#: the attribution may stand inside the quotation marks: « …, affirme-t-elle. … »
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
#: a paragraph opening with a dash and a capital is a quotation ('—No nos vamos —dijo ella—. …'); it ends
#: before a reporting verb above (read by rallycrawl.extraction.quote_marks)
DASH_QUOTES = True

#: role nouns that, after "el"/"la", name a person the article introduced ('sostuvo la dirigente',
#: 'El gremialista aseguró'), with the gender they tell (None: the article tells it): rule ``language_roles``
ROLE_NOUNS = {
    "dirigente": None, "dirigenta": "f", "sindicalista": None, "gremialista": None, "portavoz": None, "vocero": "m",
    "vocera": "f", "activista": None, "referente": None, "militante": None, "trabajador": "m", "trabajadora": "f",
    "manifestante": None, "funcionario": "m", "funcionaria": "f", "ministro": "m", "ministra": "f",
    "presidente": "m", "presidenta": "f", "secretario": "m", "secretaria": "f", "diputado": "m", "diputada": "f",
    "legislador": "m", "legisladora": "f", "senador": "m", "senadora": "f", "delegado": "m", "delegada": "f",
    "vecino": "m", "vecina": "f", "mujer": "f", "hombre": "m", "joven": None, "docente": None, "maestro": "m",
    "maestra": "f", "profesor": "m", "profesora": "f", "estudiante": None, "médico": "m", "médica": "f",
    "enfermero": "m", "enfermera": "f", "abogado": "m", "abogada": "f", "líder": None, "titular": None,
    "jefe": "m", "jefa": "f", "intendente": None, "intendenta": "f", "alcalde": "m", "alcaldesa": "f",
    "gobernador": "m", "gobernadora": "f", "concejal": None, "concejala": "f", "coordinador": "m",
    "coordinadora": "f", "madre": "f", "padre": "m", "jubilado": "m", "jubilada": "f", "productor": "m",
    "productora": "f", "agricultor": "m", "agricultora": "f", "campesino": "m", "campesina": "f",
    "empresario": "m", "empresaria": "f", "mandatario": "m", "mandataria": "f",
}
#: nouns that, after "el"/"la", name an organisation the article introduced ('explicó el sindicato')
ORG_ROLE_NOUNS = frozenset("""
sindicato gremio empresa compañía organización gobierno ministerio central federación confederación asociación
agrupación colectivo plataforma partido movimiento coordinadora cartera
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"el": "m", "la": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('«…» Así lo explicó Marta Ibarra.', 'Lo dijo Marta Ibarra.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("así", "lo"), ("lo",)})

#: nouns for somebody unnamed who speaks for an organisation ('señaló un miembro de la Junta Vecinal',
#: 'fuentes de la empresa'): with an organisation after them the organisation speaks, else nobody
#: (rule ``unnamed_member``); the words that join them to it; plural sources said without an article
MEMBER_NOUNS = frozenset("""
integrante miembro portavoz vocero vocera fuente fuentes representante responsable funcionario funcionaria
delegado delegada directivo directiva dirigente
""".split())
MEMBER_LINKS = frozenset("de del".split())
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
