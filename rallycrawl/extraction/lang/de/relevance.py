"""German words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"proteste?n?|protestes|protestier(?:en|te|ten|t|end|ende|enden)|protestzug|protestzügen|protestaktion(?:en)?|protestmarsch|demonstrant(?:en|innen)?|"
    r"demonstrierende[nr]?|demonstration(?:en)?|demonstrierten|demonstrieren|demonstriert|"
    r"kundgebung(?:en)?|mahnwache(?:n)?|warnstreiks?|streik(?:s|e|en|ende|enden|t|ten)?|bestreikt|"
    r"massenprotest(?:e|en)?|sprechchöre?n?|menschenkette|sitzblockaden?|auf die straße|"
    r"gingen auf die straße|gehen auf die straße|arbeitsniederlegung(?:en)?|großdemo|gegendemo|"
    r"(?:stern|trauer|schweige|friedens|protest|oster)(?:marsch(?:es)?|märschen?)|menschenketten|"
    r"arbeit niedergelegt|(?:legen|legten|legt|legte) (?:[a-zäöüß]+ ){0,2}arbeit nieder"
]
AMBIGUOUS_WORDS = [
    r"demos?|marsch|märsche|blockade|blockaden|besetzung|besetzten|besetzt|besetzen|besetzte|boykott\w*|aufmarsch|versammlung(?:en)?|"
    r"krawalle?n?|unruhen|aufstand|blockier(?:en|te|ten|t)|ausstand|ausstände|aktionstag(?:e|en)?|autokorsos?|"
    r"(?:klebten|kleben|klebte|klebt) sich (?:[a-zäöüß]+ ){0,4}fest|festgeklebt|"
    r"traktorkolonnen?|traktorkorsos?|sternfahrt(?:en)?|trillerpfeifen|lichterketten?|spruchbänder|spruchbändern|"
    r"mit (?:transparenten|plakaten|schildern|fahnen und transparenten)|(?:selbst gemalte|selbstgemalte) (?:schilder|plakate)",
    # a crowd with a purpose in the same sentence ("Tausende Menschen ... für bezahlbare Mieten")
    r"(?:(?:zehntausende|tausende|hunderte|dutzende|mehrere (?:tausend|hundert|dutzend)|(?:rund|mehr als|etwa|über|knapp) \d[\d.]*) "
    r"[a-zäöüß]+)(?=[^.]{0,120}\b(?:fordern|forderten|fordert|für (?:mehr|bessere|höhere|bezahlbare|den erhalt)|"
    r"gegen (?:die|den|das) |mit (?:trillerpfeifen|transparenten|plakaten|schildern)))"
]
CONTEXT_WORDS = [
    r"gewerkschaft\w*|beschäftigte\w*|arbeitnehmer\w*|aktivist\w*|teilnehmer\w*|polizei|tausende|hunderte|"
    r"dutzende|gegen|forder\w*|transparent\w*|plakat\w*|innenstadt|straße|straßen|platz|vor dem|vor der|"
    r"protest\w*|demonstr\w*|aufgerufen|aufruf"
]
NON_EVENT_SENSES = [
    r"\bdemonstration (?:der|von|seiner|ihrer) (?:stärke|macht|überlegenheit|einheit|klasse)\b",
    r"\b(?:motor|computer|technik|server|knie|magen|drucker) streikt\b",
    r"\bstreik(?:t|te) (?:der|die|das|mein|meine|unser|unsere|sein|ihr) (?:motor|computer|technik|server|drucker|laptop|"
    r"handy|heizung|aufzug|magen|kreislauf|akku|auto|wagen)\b",
    r"\bdemonstrier(?:t|te|ten|en) (?:stärke|macht|einheit|geschlossenheit|überlegenheit)\b",
    # a protest lodged against a match result or by a government is no street protest
    r"\bprotest (?:eingelegt|einlegen|einlegt)\b|\blegt\w* (?:[a-zäöüß]+ ){0,3}protest (?:[a-zäöüß ]{0,30})?ein\b|"
    r"\bprotest gegen die (?:spiel)?wertung\b|"
    # fairy lights, and awareness days of medicine
    r"\blichterketten? (?:am|an|im|des|der|auf dem|für den) (?:[a-zäöüß]+ )?[a-zäöüß]*(?:baum|bäume|balkon|fenster|haus|fassade|markt)\b|"
    r"\baktionstag(?:e|en)? (?:gegen|zum|zur|für|des|der) [a-zäöüß]*(?:krebs|diabetes|schlaganfall|herz\w*|organspende|vorsorge|"
    r"gesundheit|demenz|sucht|hiv|aids|impf\w*|blutspende|rauchen|alkohol)\b|\b(?:formellen|offiziellen|diplomatischen) protest\b",
    # a demo recording or trial version
    r"\bdemo-?(?:version|versionen|band|bänder|tape|tapes|cd|song|songs|aufnahme|aufnahmen|modus|konto|account|video)\b",
]
NON_EVENT_KEYS = ("demo", "streik", "protest", "lichterkette", "aktionstag")
#: stems found inside compound words ("Mietenstreik", "Klimademo", "Protestcamp", "Großkundgebung")
COMPOUND_STEMS = ("streik", "kundgebung", "protest", "demonstration", "mahnwache", "demo")
#: words that hold a stem and are no protest ("Demokratie", "Machtdemonstration")
COMPOUND_NOT = (
    "demokr", "demograf", "demograph", "demontag", "demoskop", "demon", "demot", "machtdemonstr", "kraftdemonstr",
    "stärkedemonstr", "streikrecht", "streikkasse", "protestant", "protestnote", "demolier", "epidemo", "akademo", "pandemo",
)
FRAMES = [
    r"(?:versammelten|versammeln) sich|(?:zogen|ziehen) (?:durch|vor)|(?:protestierten|demonstrierten) (?:vor|gegen|in|am|für)|"
    r"(?:zogen|ziehen|zog) (?:[\wäöüß.]+ ){0,6}durch die (?:innenstadt|straßen|stadt|city)|"
    r"(?:haben|hatten) sich (?:am [a-z]+ )?(?:rund |etwa |mehr als )?\d[\d.]* [a-zäöüß]+ (?:vor|auf|an) [^.]{0,50}versammelt|"
    r"zum streik aufgerufen|zu (?:einer|der) (?:demo|demonstration|kundgebung) aufgerufen",
    # a call to strike or protest, made or reported ("hat die Beschäftigten zu einem Warnstreik aufgerufen",
    # "ruft für Donnerstag zum Ausstand auf")
    r"(?:zum|zur|zu (?:einem|einer|der|dem|den)|zu) (?:[a-zäöüß\-]+ )?(?:warnstreik|streik|ausstand|protest|protesten|"
    r"demonstration|demo|kundgebung|mahnwache|aktionstag|menschenkette|sternfahrt|blockade)s? "
    r"(?:[\wäöüß.\-]+ ){0,4}?(?:aufgerufen|auf(?=[.,;]| und| an))"
]
