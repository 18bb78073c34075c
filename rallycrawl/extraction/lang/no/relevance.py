"""Norwegian words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"demonstrasjon(?:en|er|ene)?|demonstrant(?:en|er|ene)|demonstrerte|demonstrerer|demonstrere|"
    r"protest(?:en|er|ene)?|protesterte|protesterer|protestere|protestaksjon(?:en|er|ene)?|"
    r"streik(?:en|er|ene)?|streiket|streiker|streikende|streikevakt(?:en|er)?|generalstreik(?:en)?|"
    r"politisk streik|gikk (?:ut )?i streik|går (?:ut )?i streik|tok til gatene|gikk i tog|demonstrasjonstog(?:et)?|"
    r"fakkeltog(?:et)?|sittestreik(?:en)?|sultestreik(?:en)?|motdemonstrasjon(?:en|er)?|la ned arbeidet"
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
    r"foran|utenfor|streik\w*|protest\w*|demonstr\w*|deltakere|oppmøte"
]
NON_EVENT_SENSES = [
    r"\bdemonstrasjon(?:en)? av (?:makt|styrke|produktet|hvordan)\b",
    r"\b(?:motoren|bilen|pc-en|datamaskinen|kroppen|magen|teknikken|skriveren|mobilen) streik\w*\b",
    r"\bmarkering(?:en)? av (?:\d|dagen|jubileet|nasjonaldagen|årsdagen|minnedagen|\w+dagen)\b",
    r"\b(?:politi|rednings|lete|vaksinasjons|innsamlings|bistands)aksjon\w*\b|\baksjonen (?:mot narkotika|for å redde)\b",
]
NON_EVENT_KEYS = ("demonstr", "streik", "markering", "aksjon")
#: stems found inside compound words ("lærerstreik", "klimaprotest", "klimademonstrasjon")
COMPOUND_STEMS = ("streik", "protest", "demonstrasjon", "demonstrant")
#: words that hold a stem and are no protest ("maktdemonstrasjon", "streikerett")
COMPOUND_NOT = (
    "maktdemonstr", "styrkedemonstr", "produktdemonstr", "protestant", "streikerett", "streikekasse",
    "demonstrasjonsrett", "streikefond",
)
FRAMES = [
    r"samlet seg (?:foran|utenfor|på|i|ved)|(?:demonstrerte|protesterte|markerte|aksjonerte) (?:mot|foran|utenfor|for|i|på)|"
    r"gikk (?:ut )?i streik|gikk til streik|tok til gatene|gikk i tog"
]
