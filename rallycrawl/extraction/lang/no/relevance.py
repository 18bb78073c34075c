"""Norwegian words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"demonstrasjon(?:en|er|ene)?|demonstrant(?:en|er|ene)|demonstrerte|demonstrerer|demonstrere|"
    r"protest(?:en|er|ene)?|protesterte|protesterer|protestere|protestaksjon(?:en|er|ene)?|"
    r"streik(?:en|er|ene)?|streiket|streiker|streikende|streikevakt(?:en|er)?|generalstreik(?:en)?|"
    r"politisk streik|gikk (?:ut )?i streik|går (?:ut )?i streik|tok til gatene|gikk i tog|demonstrasjonstog(?:et)?|"
    r"fakkeltog(?:et)?|sittestreik(?:en)?|sultestreik(?:en)?|motdemonstrasjon(?:en|er)?|la ned arbeidet|legger ned arbeidet|legge ned arbeidet"
]
#: "markering" is also a marking or a celebration, "aksjon" a police or rescue operation,
#: "marsj" a walk: protests only near a protest context word
AMBIGUOUS_WORDS = [
    r"markering(?:en|er|ene)?|aksjon(?:en|er|ene)?|aksjonerte|aksjonister|marsj(?:en|er)?|marsjerte|"
    r"blokade(?:n|r)?|blokkade(?:n|r)?|blokkerte|okkuperte|okkupasjon(?:en)?|boikott(?:en)?|boikotter\w*|"
    r"opprør(?:et)?|demo(?:en|er)?|plakater|paroler"
]
CONTEXT_WORDS = [
    r"fagforening\w*|forbund(?:et)?|ansatte|arbeidere|arbeidstakere|aktivist\w*|tusenvis|hundrevis|"
    r"titusenvis|mot|krever|krevde|krav(?:et|ene)?|plakat\w*|banner\w*|parol\w*|politiet|gatene|plassen|"
    r"foran|utenfor|streik\w*|protest\w*|demonstr\w*|deltakere|oppmøte|bønder|traktor\w*|lærere|studenter|elever"
]
NON_EVENT_SENSES = [
    r"\bdemonstrasjon(?:en)? av (?:makt|styrke|produktet|hvordan)\b",
    r"\b(?:motoren|bilen|pc-en|datamaskinen|kroppen|magen|teknikken|skriveren|mobilen) streik\w*\b",
    r"\bmarkering(?:en)? av (?:\d|dagen|jubileet|nasjonaldagen|årsdagen|minnedagen|\w+dagen)\b",
    r"\b(?:politi|rednings|lete|vaksinasjons|innsamlings|bistands|tv-)aksjon\w*\b|\baksjonen (?:mot narkotika|for å redde)\b",
    # a machine that fails ("billettautomatene streiket")
    r"\b\w*(?:motoren|datamaskinen|skriveren|automaten|automatene|serveren|serverne|heisen|kameraet|terminalen|terminalene|maskinen|"
    r"maskinene|pumpen|pumpene)\b[^.]{0,30}?\bstreik\w*|"
    r"\b(?:bilen|pc-en|kroppen|magen|teknikken|mobilen|systemet|nettet|appen|anlegget)\b (?:[a-zæøå-]+ )?streik\w*",
    # a government's or a club's protest lodged ("la inn protest", "protesterer mot arrestasjonen" from the foreign ministry)
    r"\b(?:la|legger|lagt|levert|leverte|leverer|sendt|sendte) (?:inn )?(?:en )?(?:formell )?protest\b|"
    r"\bprotest mot (?:resultatet|kampen|kåringen)\b|"
    r"(?<!utenfor )(?<!foran )(?<!ved )\b(?:utenriksdepartementet|ud|utenriksministeren)\b (?:har )?(?:[a-zæøå]+ ){0,1}protest(?:erer|erte|ert)\b|"
    r"\bkalt? inn (?:[a-zæøå]+ )?ambassadør\w*[^.]{0,60}\bprotest\w*",
    # showing strength or a product
    r"\bdemonstrer\w* (?:sin |sitt |sine |hvor )?(?:styrke|makt|overlegenhet|evner|ferdigheter|form|klasse)\b|\bdemonstrer\w* hvordan\b|"
    r"\b(?:ga|gir|gi|gitt|holdt|holder|viste) (?:en )?demonstrasjon\b|\b(?:viste|vise|viser|vist) (?:frem|fram)\b[^.]{0,40}\bdemonstrasjon\w*|"
    r"\bdemonstrasjon(?:en)? av (?:den|det|de|sin|sitt|sine|produkt\w*|teknologi\w*|robot\w*)\b",
    # a hunger strike that is a goal drought
    r"\bsultestreik\w*[^.]{0,40}\b(?:foran mål|scoring|scoret)\b|\b(?:angrepet|spissen|spissene|angriperne)\b[^.]{0,40}\bsultestreik\w*",
    # an anniversary, a wartime occupation, a revolt in the dressing room, a walk over the hills
    r"\bmarkering(?:en)? av (?:\d+|\w*jubileet)|\bmarkering\w*\b[^.]{0,60}\b(?:jubileum|jubileet|fyrverkeri|konserter)\b|"
    r"\b(?:jubileum|jubileet|fyrverkeri|konserter)\b[^.]{0,60}\bmarkering\w*|"
    r"\bokkupasjon(?:en|stiden)?\b[^.]{0,40}\b(?:av norge|under (?:andre verdenskrig|krigen)|1940|1945)\b|\btysk\w* okkupasjon\w*|"
    r"\bopprør (?:i|blant) (?:garderoben|spillergruppen|troppen|laget|partiet|styret)\b|"
    r"\bmarsj\w*\b[^.]{0,60}\b(?:turen|en tur|fjellet|løypa)\b",
]
NON_EVENT_KEYS = ("demonstr", "streik", "markering", "aksjon", "protest", "okkupasjon", "opprør", "marsj")
#: stems found inside compound words ("lærerstreik", "klimaprotest", "klimademonstrasjon")
COMPOUND_STEMS = ("streik", "protest", "demonstrasjon", "demonstrant")
#: words that hold a stem and are no protest ("maktdemonstrasjon", "streikerett")
COMPOUND_NOT = (
    "maktdemonstr", "styrkedemonstr", "produktdemonstr", "protestant", "streikerett", "streikekasse",
    "demonstrasjonsrett", "streikefond",
)
FRAMES = [
    r"samlet seg (?:foran|utenfor|på|i|ved)|(?:demonstrerte|protesterte|markerte|aksjonerte) (?:mot|foran|utenfor|for|i|på)|"
    r"gikk (?:ut )?i streik|gikk til streik|tok til gatene|gikk i tog|i tog (?:for|mot)\b"
]
