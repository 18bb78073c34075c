"""Spanish words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"protestas?|protestaron|protestan|protestando|manifestaci(?:ón|ones)|manifestantes?|huelgas?|huelguistas?|"
    r"movilizaci(?:ón|ones)|movilizaron|movilizarán|piquetes?|piqueteros?|bloqueos?|medidas de fuerza|"
    r"tractoradas?|marchas? lentas?|bocinazos?|(?:hicieron|hacen|haciendo) sonar (?:sus |las )?(?:bocinas|cláxones|pitos|silbatos)|"
    r"marcharon|marcharán|cacerolazos?|caceroladas?|(?:salieron|salen|saldrán) con (?:sus |las )?cacerolas|plantón|plantones|paro general|paro nacional|paro de \d+|"
    r"paros? (?:total|parcial|por tiempo|de actividades|de brazos caídos)|salieron a las calles|"
    r"tomaron las calles|sentadas?|concentraciones|se concentraron|se congregaron|se congregarán|"
    r"se manifestaron|se manifestarán|huelga general|escraches?|(?:golpear|golpeando|golpearon|hicieron sonar) (?:las )?cacerolas|"
    r"(?:tomas?|tomaron|ocupación|ocuparon|ocupan|ocupaban) (?:de |del |desde [a-záéíóúñ ]{3,30} )?(?:la |el )?(?:facultad|universidad|colegio|liceo|escuela|rectorado|"
    r"fábrica|planta|predio|edificio|sede)|convocatoria a (?:la|una) (?:marcha|movilización|concentración)"
]
AMBIGUOUS_WORDS = [
    r"paros?|marchas?|marchan|concentración|vigilias?|cadenas? humanas?|acampadas?|acampan|acamparon|encierros?|(?:se )?encerr(?:aron|aban|arán|ados|adas)|se encierran|ocupaci(?:ón|ones)|boicots?|corte de ruta|cortes de ruta|"
    r"disturbios|estallido|gremio|gremios|sindicato|sindicatos|consignas|okupaci(?:ón|ones)|okupad[oa]s?|okupas?|"
    r"tractores|con (?:pancartas|carteles|pañuelos [a-z]+|silbatos)|corearon|coreando",
    # a crowd with a purpose in the same sentence ("Decenas de miles de mujeres ... contra la violencia")
    r"(?:(?:decenas de miles|miles|cientos|centenares|decenas|millares) de [a-záéíóúñ]+|"
    r"(?:más de|unas|unos|cerca de|alrededor de) \d[\d.]* [a-záéíóúñ]+|(?:(?:más de|cerca de|casi) )?(?:un|una) (?:centenar|millar|veintena|treintena|cincuentena) de [a-záéíóúñ]+)"
    r"(?=[^.]{0,120}\b(?:para (?:reclamar|exigir|pedir|denunciar|protestar|rechazar)|en (?:defensa|contra|apoyo) de|exigiendo|"
    r"exigieron|reclamaron|exigen|reclaman|"
    r"reclamando|con (?:pancartas|carteles|silbatos)|corearon|coreando|contra (?:el|la|los|las) (?:cierre|recorte|reforma|"
    r"ley|subida|aumento|violencia|despidos?|desalojo|guerra|gobierno)))"
]
CONTEXT_WORDS = [
    r"sindicat\w*|gremi\w*|trabajador\w*|obrer\w*|docentes|estudiantes|manifestantes|activistas|miles|cientos|"
    r"decenas|contra|frente a|exig\w*|reclam\w*|calles?|plaza|policía|convoca\w*|carteles|pancartas|consignas|"
    r"medidas|salari\w*|despidos"
]
NON_EVENT_SENSES = [
    # mobilising against a disease, a fire or prices is no protest
    r"\bse moviliz\w* contr[ae] (?:el |la |los |las )?(?:virus|dengue|inflación|incendios?|fuego|pandemia|plagas?|sequía|cáncer|covid|gripe|paro|pobreza|hambre|enfermedad\w*|epidemia|ola de calor|mosquito\w*)\b",
    r"\b(?:tasa|datos|cifras|subsidio|prestación|oficinas?|seguro|cobro|registro) (?:de|del) paro\b|"
    r"\bparo (?:registrado|juvenil|cardíaco|cardiaco|respiratorio|cardiorrespiratorio)\b|"
    r"\b(?:cola|colas|lista|listas) del paro\b|\b(?:cobrar|cobra|cobran|cobraba) el paro\b",
    r"\b(?:buena|en|puesta en|poner en|pone en|ponen en) marcha\b|\bmarcha atrás\b|\bmarcha cicloturista\b|"
    r"\ba toda marcha\b|\bmarcha (?:nupcial|fúnebre)\b|\bsobre la marcha\b|\ba marchas forzadas\b|"
    r"\bmarcha de la (?:economía|empresa|negociación|temporada|campaña|liga|inflación|bolsa|obra)\b|"
    r"\bmarcha de (?:los|las) (?:precios|mercados|negocios|salarios|tipos|obras|cuentas)\b",
    r"\bhuelga (?:decir|añadir)\b",
    r"\bmanifestaci(?:ón|ones) de (?:voluntad|interés|afecto|cariño|intenciones|principios)\b",
    # symptoms showing
    r"\bmanifestaci(?:ón|ones) (?:de (?:los |las )?(?:primeros |primeras )?(?:síntomas?|signos|la enfermedad)|clínicas?)\b",
    r"\bprotest(?:a|as|aron|ó|an|aba|aban) (?:al|del|contra el|ante el) árbitro\b",
    r"\bprotestas? (?:formal|formales|oficial|oficiales|diplomáticas?)\b|\b(?:present|interpus|formul)\w* (?:una |la )?protesta\b",
    r"\bconcentración (?:de|del) (?:poder|riqueza|mercado|capital|tierras|ozono|co2|personas en)\b",
    # unemployment going up or down ("el paro baja", "la caída del paro")
    r"\bparo (?:baja|bajó|sube|subió|cae|cayó|crece|creció|aumenta|aumentó|se reduce|se redujo|desciende|descendió|repunta|repuntó|"
    r"de larga duración|femenino|estimado)\b|\b(?:baja|bajada|subida|caída|aumento|descenso|reducción|repunte) del paro\b",
    # a team's training camp
    r"\b(?:inicia|inició|comienza|comenzó|arranca|arrancó|cierra|cerró|abre|abrió) (?:[a-záéíóúñ]+ ){0,2}(?:la |su )?concentración"
    r"(?! frente| ante| contra| de protesta| en protesta| para (?:exigir|reclamar|protestar|denunciar))\b|"
    r"\bconcentración (?:de|del|en) (?:la selección|el equipo|la plantilla|pretemporada|altura)\b",
    # a stalled negotiation or institution, a frozen account, a blockade of a country
    r"\bbloqueos? (?:de la |del |de las |de los |de )?(?:negociaci\w*|renovaci\w*|presupuestos?|investidura|convenio|acuerdo|ley|reforma|"
    r"órgano|consejo|instituciones?|cuentas?|tarjetas?|bienes|fondos|pagos|articulaci\w*)\b|"
    r"\bbloqueo (?:político|institucional|parlamentario|económico|comercial|naval|militar|informativo)\b|"
    r"\b(?:negociaci\w*|convenio|renovaci\w*|presupuestos|investidura)\b[^.]{0,30}\bbloqueos?\b",
    # resources or troops sent
    r"\bmovilizaci(?:ón|ones) (?:de|del) (?:recursos|medios|efectivos|tropas|reservistas|fondos|capital|ahorro|la reserva|"
    r"(?:\d[\d.]*|dos|tres|cuatro|cinco|seis|varios|varias) (?:agentes|efectivos|bomberos|militares|soldados|policías|guardias|"
    r"medios|hidroaviones|aviones|helicópteros))\b",
    # a protest against the referee's call, and a government's protest to an ambassador
    r"\bprotest\w* (?:el|un|la) (?:penalti|penal|gol|fuera de juego|tarjeta|expulsión|decisión arbitral|arbitraje)\b|"
    r"\bprotestas? (?:de los jugadores|del banquillo)\b|"
    r"\b(?:traslad|transmit)\w*le (?:su|la|una) (?:[a-záéíóúñ]+ )?protesta\b|"
    r"\b(?:traslad|transmit)\w* (?:su|la|una) (?:[a-záéíóúñ]+ )?protesta (?:al|ante el) (?:embajador|encargado de negocios)\b|\bformul\w* (?:su |una |la )?(?:[a-záéíóúñ]+ )?protesta\b|"
    r"\b(?:convoc|llam)\w* (?:[a-záéíóúñ]+ ){0,2}al embajador\b[^.]{0,100}\bprotesta\b",
    # a hunger strike that is a goal drought; "de una sentada" (in one sitting); guards of honour
    r"\bhuelgas? de hambre\b[^.]{0,40}\b(?:gol|goles|goleador\w*|portería|marcar)\b|"
    r"\b(?:delantera|delanteros?|atacantes?|goleador\w*)\b[^.]{0,40}\bhuelgas? de hambre\b|\b(?:de|en) una (?:sola )?sentada\b|"
    r"\bpiquetes? de (?:honor|honores|ejecución)\b",
    # a market that rises ("una fuerte manifestación alcista", "la marcha alcista del selectivo")
    r"\b(?:manifestaci(?:ón|ones)|marchas?|movimientos?) (?:alcistas?|bajistas?)\b",
]
#: every non-event phrase holds one of these (a substring test skips most windows)
NON_EVENT_KEYS = (
    "moviliz",
    "paro", "marcha", "huelga", "concentraci", "árbitro", "voluntad", "interés", "afecto", "cariño", "intenciones",
    "principios", "protesta", "bloqueo", "movilizaci", "sentada", "piquete", "manifestaci",
)
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
FRAMES = [
    r"(?:se (?:congregaron|congregarán|concentraron|concentrarán|reunieron|movilizaron|manifestaron)|marcharon|"
    r"protestaron) (?:frente|ante|en|hasta|por|contra|hacia|este|el)",
    # the present of headlines ("Los agricultores se concentran ante la consejería"), as the past above; "se
    # manifiestan en" is also how symptoms show, so only before a place or an adversary, and "se movilizan"
    # is also what firefighters do ("ante el incendio"): only against something, not a plague or a fire
    # (NON_EVENT_SENSES)
    r"se (?:congregan|concentran|manifiestan) (?:frente a|ante|contra)|(?:se movilizan|marchan) contra",
    r"para (?:reclamar|exigir|protestar|repudiar|rechazar)",
    # ("ocupan el vestíbulo … en protesta por la subida de las tasas")
    r"en (?:señal de )?protesta (?:por|contra|ante)",
    r"en reclamo (?:de|por)|en repudio (?:a|al|de|del)|"
    r"(?:cortaron|cortan|cortarán|bloquearon|bloquean) (?:[a-záéíóúñ]+ ){0,5}(?:el|la|los|las|varias|varios|dos|tres) "
    r"(?:acceso|accesos|ruta|rutas|calle|calles|puente|autopista|avenida|vía|vías|paso|carretera|ronda|autovía|circunvalación|"
    r"glorieta|rotonda|tráfico|circulación)\b",
]

# stop 31 (from the kinds of a fourth invented set): silent marches and hunger strikes report a protest; tractors
# brought in and whistles and placards do near a protest context; the right to strike is no event
EVENT_WORDS += [r"marchas? silenciosas?|huelgas? de hambre|huelga de celo|caceroladas?|cacerolazos?|pitadas?"]
AMBIGUOUS_WORDS += [r"(?:con|en) sus tractores|caravanas? de tractores|(?:entre|con) pitos y pancartas|abucheos?"]
NON_EVENT_SENSES += [r"\bderecho (?:a|de) (?:la )?huelga\b"]
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"hace \d+ años", r"^(?:encuesta|sondeo) ?:|(?:encuesta|sondeo) (?:revela|muestra)"]
HEADLINE_FESTIVITIES = [r"carnaval|festival|maratón|procesión|romería|cabalgata"]

# stop 31, from a fifth invented set: shouts and placards that interrupt a meeting report a protest; unions meeting a
# minister or an employer, and a court that declares a strike unlawful, are no protest
AMBIGUOUS_WORDS += [r"gritos y pancartas|pancartas y gritos|(?:interrump|irrump)\w+ (?:en )?(?:la|el) (?:junta|pleno|acto|discurso|asamblea)"]
NON_EVENT_SENSES += [
    r"\bse reunieron\b[^.]{0,60}\bcon (?:la|el|los|las) (?:ministr|president|secretari|alcald|director|gerent|patronal|empresa|gobierno)\w*",
    r"\bsindicatos?\b[^.]{0,60}\b(?:reuni[oó]n|reuniones|negociaci[oó]n|mesa|calendario|acuerdo|diálogo)\b",
]
NON_EVENT_KEYS += ("reuni", "sindicato")
HEADLINE_NOT_EVENT += [r"declara ilegal|reseña"]
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('de', 'del', 'en')
