"""Italian words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"sciopero|scioperi|scioperanti|scioperare|scioperano|hanno scioperato|manifestazion[ei]|manifestanti|"
    r"corte[oi]|presidi[oi]? (?:davanti|sotto|di protesta)|protest[ae]|protestano|hanno protestato|protestavano|"
    r"fiaccolata|fiaccolate|sit-in|mobilitazion[ei]|picchett[oi]|scesi in piazza|scendono in piazza|"
    r"scenderanno in piazza|in piazza contro|sciopero generale|astensione dal lavoro|"
    r"incrociato le braccia|incrociano le braccia"
]
AMBIGUOUS_WORDS = [r"in piazza|hanno manifestato|manifestano|manifestavano|marcia|marce|occupazion[ei]|occupat[oi]|occupano|hanno occupato|occupavano|occuperanno|blocc(?:o|hi)|caten[ae] uman[ae]|boicottaggi[oi]|"
    # a road, a port or a station blocked ("i pescatori hanno bloccato il porto")
    r"(?:bloccano|hanno bloccato|bloccavano|bloccheranno) (?:il |la |lo |l'|i |le |gli )(?:strada|statale|autostrada|porto|stazione|binari|"
    r"tangenziale|ingresso|accesso|casello|ponte|raccordo|traffico|cancelli)|striscion[ei]|cori|scontri|presidio"]
CONTEXT_WORDS = [
    r"sindacat\w*|lavorator\w*|operai|student\w*|attivist\w*|migliaia|centinaia|decine|contro|davanti|piazza|"
    r"polizia|cartelli|striscion\w*|slogan|chied\w*|cgil|cisl|uil"
]
NON_EVENT_SENSES = [
    # shares rising ("il rally dei titoli bancari", "rally di Borsa")
    r"\brally (?:delle|dei|del|della|degli|di) (?:banche|bancari|titoli|borse?|mercati|azioni|listini|petrolio|oro|bond|btp|tecnologici)\b|"
    r"\brally (?:di|in) borsa\b",
    r"\bmarcia (?:indietro|nuziale|funebre)\b|\ba passo di marcia\b|\bin marcia\b|\bmettere in marcia\b|"
    r"\bmanifestazion[ei] (?:d'interesse|di interesse|sportiv[ae]|cultural[ei]|clinich[ae])\b|\bcambio di marcia\b|"
    r"\bmanifest(?:ato|ano|avano) (?:(?:il|la|i|le|un|una|la loro|il loro|grande|forte) )?(?:interesse|preoccupazione|"
    r"solidarietà|perplessità|disappunto|soddisfazione|apprezzamento|contrarietà|sintomi|vicinanza)\b|"
    r"\b(?:concert[oi]|festa|feste|mercat[oi]|messa|spettacol[oi]|cinema|fiera|musica|mostra|sagra|tombola|aperitivo) in piazza\b|"
    r"\b(?:fiera|sagra|espositori|giostre)\b[^.]{0,40}\bin piazza\b",
    # a fair or a festival ("la manifestazione, giunta alla ventesima edizione, porta cento espositori")
    r"\bmanifestazion[ei]\b[^.]{0,100}\b(?:espositori|visitatori|edizione|festival|stand|degustazion[ei]|biglietti|spettatori)\b|"
    r"\b(?:fiera|sagra|festival|espositori|edizione)\b[^.]{0,60}\bmanifestazion[ei]\b",
    # historical pageants, funeral and wedding processions
    r"\bcorte[oi] (?:storic[oi]|funebr[ei]|nuzial[ei]|presidenzial[ei]|di auto|in costume|medieval[ei]|dei re magi)\b",
    # employment ("l'occupazione cresce", "tasso di occupazione")
    r"\boccupazione (?:(?:è|ha|ha fatto|hanno) )?(?:cresciuta|cresce|crescita|aumentata|aumenta|cala|calata|diminuita|diminuisce|sale|"
    r"salita|scende|scesa|tiene|raggiunto (?:un |il )?(?:nuovo )?record)\b|"
    r"\b(?:milioni|migliaia) di occupati\b|\boccupati (?:in più|in meno)\b|"
    r"\b(?:tasso|livell[oi]|dati|crescita|calo|aumento|record) (?:di |dell'|della )?occupazione\b|"
    r"\boccupazione (?:femminile|giovanile|stabile|record)\b",
    # rescuers or troops sent
    r"\bmobilitazion[ei] (?:dei|delle|di) (?:soccorsi|mezzi|risorse|truppe|riservisti|\d+ (?:uomini|mezzi|soccorritori|militari))\b|"
    r"\b(?:vigili del fuoco|soccorsi|soccorritori|protezione civile)\b[^.]{0,40}\b(?:mobilitati|impegnati|inviati)\b[^.]{0,100}"
    r"\bmobilitazion[ei]\b",
    # a protest at the referee; a guard of honour; a hunger strike that is a goal drought; a traffic ban
    r"\bprotest[ae] (?:dei|della|del) (?:giocatori|panchina|squadra|capitano|tecnico|allenatore)\b|"
    r"\bprotest\w*[^.]{0,40}\b(?:per il|sul|per un) (?:rigore|gol|fuorigioco|cartellino|fallo)\b|"
    r"\bprotest\w* (?:[a-zàèéìòù']+ ){0,3}(?:per|contro|verso|con) (?:l'|l’|il |la )?(?:arbitr\w*|direttore di gara|var)\b|"
    # fans who celebrate a title in the square, in a cortege
    r"\bcorte[oi] (?:di|dei) tifosi\b(?=[^.]{0,60}\bfesteggi)|\bfesteggi\w*\b[^.]{0,60}\bin piazza\b|"
    r"\bpicchett[oi] d'onore\b|\bscioper[oi] della fame\b[^.]{0,40}\b(?:davanti alla porta|gol|reti|segnare)\b|"
    r"\b(?:l'attacco|attaccant[ei]|bomber|punt[ae])\b (?:[a-zàèéìòù']+ ){0,6}\bscioper[oi] della fame\b|"
    r"\bblocc(?:o|hi) (?:del traffico|della circolazione|dei licenziamenti|degli sfratti|dei prezzi|delle assunzioni)\b",
]
NON_EVENT_KEYS = ("rally", "marcia", "manifest", "piazza", "corte", "occupazion", "mobilitazion", "protest", "picchett", "sciopero", "blocc")
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
FRAMES = [r"(?:si sono radunati|si sono riuniti|hanno manifestato|hanno sfilato)"
          r"(?: (?:ieri|oggi|stamattina|stamane|stasera|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica))?"
          r" (?:davanti|in|a|sotto|contro|per)|per (?:chiedere|protestare|denunciare)",
          # ("hanno bloccato la statale … in protesta contro le nuove regole")
          r"in (?:segno di )?protesta (?:contro|per)"]

# stop 31 (from the kinds of a fourth invented set): silent marches and hunger strikes report a protest; tractors in
# town, a sign held before the gates and leaflets handed out do near a protest context; the right to strike is no event
EVENT_WORDS += [r"marcia silenziosa|marce silenziose|scioperi? della fame|sciopero bianco|volantinaggi?o?"]
AMBIGUOUS_WORDS += [
    r"con (?:un |dei |i |il )?(?:cartell[oi]|striscion[ei])|trattori in città|con (?:i loro |centinaia di |decine di )?trattori|"
    r"(?:bloccano|hanno bloccato|bloccavano) il centro"
]
NON_EVENT_SENSES += [r"\bdiritto (?:di|allo) sciopero\b"]
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"\d+ anni fa", r"^sondaggio ?:|sondaggio (?:rivela|mostra)"]
HEADLINE_FESTIVITIES = [r"carnevale|sagra|festival|maratona|processione|palio"]

# stop 31, from a fifth invented set: mothers chained to gates report a protest near a protest context; a team's march
# to the title, a car rally, an essay and a review are no protest
AMBIGUOUS_WORDS += [r"incatenat[eoia]|si sono incatenat[eoia]"]
NON_EVENT_SENSES += [
    r"\bmarcia (?:verso|trionfale verso) (?:lo scudetto|il titolo|la promozione|la salvezza|la finale|la serie a|il primo posto)\b",
    r"\brally (?:della|dello|del|di|automobilistico|storico)\b(?! borsa)",
]
HEADLINE_NOT_EVENT += [r"un saggio|recensione|dichiara illegittimo"]
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('di', 'del', 'dal', 'in')
