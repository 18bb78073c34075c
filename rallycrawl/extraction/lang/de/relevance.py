"""German words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"proteste?n?|protestes|protestier(?:en|te|ten|t|end|ende|enden)|protestzug|protestzügen|protestaktion(?:en)?|protestmarsch|demonstrant(?:en|innen)?|"
    r"demonstrierende[nr]?|demonstration(?:en)?|demonstrierten|demonstrieren|demonstriert|"
    r"kundgebung(?:en)?|mahnwache(?:n)?|warnstreiks?|streik(?:s|e|en|ende|enden|t|ten)?|bestreikt|"
    r"massenprotest(?:e|en)?|sprechchöre?n?|menschenkette|sitzblockaden?|auf die straße|"
    r"gingen auf die straße|gehen auf die straße|arbeitsniederlegung(?:en)?|großdemo|gegendemo|"
    r"(?:stern|trauer|schweige|friedens|protest|oster)(?:marsch(?:es)?|märschen?)|menschenketten|"
    r"arbeit niedergelegt|(?:legen|legten|legt|legte) (?:[a-zäöüß]+ ){0,2}arbeit nieder|"
    # the cyclists' protest ride, by its name
    r"critical mass"
]
AMBIGUOUS_WORDS = [
    r"demos?|marsch|märsche|blockade|blockaden|besetzung|besetzten|besetzt|besetzen|besetzte|boykott\w*|aufmarsch|versammlung(?:en)?|"
    r"krawalle?n?|unruhen|aufstand|blockier(?:en|te|ten|t)|ausstand|ausstände|aktionstag(?:e|en)?|autokorsos?|"
    r"(?:klebten|kleben|klebte|klebt) sich (?:[a-zäöüß]+ ){0,4}fest|festgeklebt|"
    r"traktorkolonnen?|traktorkorsos?|umzug|umzüge[n]?|sternfahrt(?:en)?|trillerpfeifen|lichterketten?|spruchbänder|spruchbändern|"
    r"mit (?:transparenten|plakaten|schildern|fahnen und transparenten)|(?:selbst gemalte|selbstgemalte) (?:schilder|plakate)",
    # a crowd with a purpose in the same sentence ("Tausende Menschen ... für bezahlbare Mieten")
    r"(?:(?:zehntausende|tausende|hunderte|dutzende|mehrere (?:tausend|hundert|dutzend)|(?:rund|mehr als|etwa|über|knapp) \d[\d.]*) "
    r"[a-zäöüß]+)(?=[^.]{0,120}\b(?:fordern|forderten|fordert|für (?:mehr|bessere|höhere|bezahlbare|den erhalt)|"
    r"gegen (?:die|den|das) |mit (?:trillerpfeifen|transparenten|plakaten|schildern)))"
]
CONTEXT_WORDS = [
    r"gewerkschaft\w*|beschäftigte\w*|arbeitnehmer\w*|aktivist\w*|teilnehmer\w*|teilnehmende\w*|[a-zäöüß]*polizei|tausende|hunderte|"
    r"dutzende|gegen|forder\w*|transparent\w*|plakat\w*|innenstadt|straße|straßen|platz|vor dem|vor der|"
    r"protest\w*|demonstr\w*|aufgerufen|aufruf"
]
NON_EVENT_SENSES = [
    r"\bdemonstration (?:der|von|seiner|ihrer) (?:stärke|macht|überlegenheit|einheit|einigkeit|geschlossenheit|entschlossenheit|"
    r"souveränität|klasse)\b",
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
    r"\bdemo-?(?:version|versionen|band|bänder|tape|tapes|cd|song|songs|aufnahme|aufnahmen|modus|konto|account|video)\b|"
    r"\bdemos? (?:des|der|von|zum|zur) (?:neuen |kommenden |ersten )?[a-zäöüß]*(?:spiels?|spiele|albums?|software|app|games?)\b|"
    r"\bdemos? (?:[a-zäöüß]+ ){0,3}(?:herunterladen|herunterzuladen|anspielen|ausprobieren|downloaden)\b",
    # a machine that fails ("der Motor streikte", "die Server des Instituts streikten", "Kassensysteme streiken")
    r"\b[a-zäöüß-]*(?:motor|motoren|computer|server|drucker|laptop|handy|heizung|aufzug|aufzüge|akku|getriebe|automat|automaten|"
    r"rechner|kamera|kassensystem|kassensysteme|terminal|terminals)\b[^.]{0,40}?\bstreik(?:t|te|ten|en)\b|"
    r"\b(?:technik|bremsen|kreislauf|knie|magen)\b streik(?:t|te|ten|en)\b|"
    r"\bstreik(?:t|te|ten|en) (?:(?:plötzlich|wieder|erneut|auch|dann|nun|jetzt) )?(?:der|die|das|mein\w*|unser\w*|sein\w*|ihr\w*) "
    r"[a-zäöüß-]*(?:motor|motoren|computer|technik|server|drucker|laptop|handy|heizung|aufzug|akku|bremsen|getriebe|automat|automaten|"
    r"rechner|kamera|kreislauf|magen)\b",
    # showing a product or one's strength ("demonstriert neuen Akku", "demonstrierte, wie ...")
    r"\bdemonstrier\w* (?:den |die |das |einen |eine |ein |seinen |seine |sein |ihren |ihre |ihr )?(?:neue[nmrs]?|neuartige[nmrs]?)\b|"
    r"\bdemonstrier\w*,? (?:[a-zäöüß]+ ){0,3}(?:wie|dass|funktion\w*|fähigkeit\w*|können|entschlossenheit|souveränität)\b",
    # a government's protest ("Das Außenministerium hat ... protestiert", a Botschafter summoned); the singular verb
    # leaves out crowds that protest at a ministry
    r"(?<!gegen )(?<!gegen das )(?<!gegen die )(?<!vor dem )(?<!vor der )(?<!am )"
    r"\b(?:außenministerium|auswärtige amt|bundesregierung|regierung|außenministerin|außenminister)\b"
    r"[^.]{0,80}?\bprotestiert(?:e)?\b|\beinbestell\w*[^.]{0,60}\bprotestiert(?:e)?\b|\bprotestiert(?:e)?\b[^.]{0,60}\beinbestell\w*",
    # a hunger strike that is a goal drought ("Tor" alone is also a gate)
    r"\bhungerstreik\w*[^.]{0,40}\b(?:tore|toren|treffer|torflaute)\b|"
    r"\b(?:torjäger|stürmer|angriff|offensive|sturm)\w* (?:[a-zäöüß]+ ){0,2}(?:im|in den) hungerstreik",
    # a cast, a post or a seat filled ("die Besetzung des Krimis", "Stelle nicht besetzt", "wird neu besetzt")
    r"\b(?:neu|um|nach)?besetz(?:ung|ungen) (?:der|des|für den|für die|für das) (?:[a-zäöüß-]+ ){0,2}(?:rolle\w*|hauptroll\w*|film\w*|"
    r"krimi\w*|serie\w*|stelle|stellen|posten|position|vorstand\w*|jury|gremi\w*|lehrstuhl\w*|professur\w*|ämter)\b|"
    r"\b(?:rolle|hauptrolle|stelle|stellen|posten|position|lehrstuhl|professur|ämter|sitze)\b[^.]{0,60}"
    r"\b(?:ist|sind|wird|werden|wurde|wurden|bleibt|bleiben|war|waren|noch|nicht|neu|un)\s?(?:[a-zäöüß]+ ){0,2}besetzt\b",
    # the march of prices; the underdogs' uprising in a cup
    r"\bmarsch (?:der|des) (?:preise|inflation|zinsen|mieten|kurse|zeit|geschichte|technik)\b|"
    r"\baufstand (?:der|des) (?:kleinen|außenseiter\w*|zwerge|amateure|reservisten)\b",
    # players' protests at the referee's call ("nach heftigen Protesten gegen eine Elfmeterentscheidung")
    r"\bprotest\w* (?:[a-zäöüß]+ ){0,2}(?:gegen|über|wegen) (?:den |die |das |eine |einen |dessen )?(?:schiedsrichter\w*|schiri\w*|"
    r"[a-zäöüß]*entscheidung des schiedsrichters|elfmeter\w*|strafstoß\w*|platzverweis\w*|rote[n]? karte|gelb\w* karte|abseits\w*|"
    r"videobeweis|var-entscheidung|tor(?:entscheidung|aberkennung))\b|"
    r"\bprotest\w* (?:der|von den) (?:spieler|bank|gäste|mannschaft)\b[^.]{0,40}\b(?:schiedsrichter|elfmeter|abseits)\w*\b",
    # a removal or a move ("der Umzug der Behörde", "Umzug in die neue Wohnung") is no procession
    r"\bumzug (?:der|des|in|ins|nach|von der|aus) (?![a-zäöüß]*(?:demonstr|protest))\b|"
    # a carnival or a fair's procession
    r"\b(?:fasching|karneval|fastnacht|narren|schützen|kirmes|erntedank|volksfest|stadtfest|jubiläum|trachten)\w*\b[^.]{0,80}\bumz(?:ug|üge)\b|"
    r"\bumz(?:ug|üge)\b[^.]{0,80}\b(?:fasching|karneval|fastnacht|narren|kamelle|konfetti|festwagen|motivwagen|trachten)\w*",
]
NON_EVENT_KEYS = ("demo", "streik", "protest", "lichterkette", "aktionstag", "besetz", "marsch", "aufstand", "umzug")
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

# stop 31 (from the kinds of a fourth invented set): marches of mourning, a ring of lights, a convoy of tractors and
# a slow-down report a protest; leaflets handed out and tractors driven in do near a protest context; a share
# index's "Rally" is no event
EVENT_WORDS += [r"schweigemarsch|schweigemärsche|trauermarsch|trauermärsche|sternfahrt(?:en)?|traktorenkorsos?|treckerkorsos?|dienst nach vorschrift"]
AMBIGUOUS_WORDS += [
    r"(?:verteilten|verteilen|verteilt) (?:[a-zäöüß]+ ){0,2}(?:flugblätter|flyer|handzettel)|"
    r"mit (?:ihren |rund |etwa |hunderten |dutzenden )?(?:traktoren|treckern|schleppern)"
]
NON_EVENT_SENSES += [r"\b(?:dax|mdax|tecdax|börsen|kurs|aktien|jahresend|erholungs|bullen)-?rally\b"]
NON_EVENT_KEYS += ("rally",)
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"vor \d+ jahren", r"^umfrage:|umfrage (?:zeigt|ergibt)"]
HEADLINE_FESTIVITIES = [r"karneval|fasching|rosenmontag|festumzug|schützenfest|volksfest|marathon|prozession"]

# stop 31, from a fifth invented set: a horn concert and a banner unfurled report a protest near a protest context;
# a product shown, the right to demonstrate, an election campaign and a strike ballot with no protest word in the
# headline are no protest
AMBIGUOUS_WORDS += [r"hupkonzert(?:e|en)?|transparent (?:an|von|über) der \w*brücke|(?:entrollten|entrollt|hängten|befestigten) (?:[a-zäöüß]+ ){0,2}transparent"]
NON_EVENT_SENSES += [r"\bdemonstration (?:der|des|einer|eines) neuen\b", r"\bwahlkampf\w*[^.]{0,100}|[^.]{0,100}\bwahlkampf\w*"]
NON_EVENT_KEYS += ("wahlkampf",)
COMPOUND_NOT += ("demonstrationsrecht", "demonstrationsfreiheit", "schlusskundgebung", "wahlkundgebung", "wahlkampfkundgebung")
HEADLINE_FESTIVITIES += [r"urabstimmung"]
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('von', 'im', 'aus', 'in')
