"""Italian words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"sciopero|scioperi|scioperanti|scioperare|scioperano|hanno scioperato|manifestazion[ei]|manifestanti|"
    r"corte[oi]|presidi[oi]? (?:davanti|sotto|di protesta)|protest[ae]|protestano|hanno protestato|protestavano|"
    r"fiaccolata|fiaccolate|sit-in|mobilitazion[ei]|picchett[oi]|scesi in piazza|scendono in piazza|"
    r"scenderanno in piazza|in piazza contro|sciopero generale|astensione dal lavoro|"
    r"incrociato le braccia|incrociano le braccia"
]
AMBIGUOUS_WORDS = [r"in piazza|hanno manifestato|manifestano|manifestavano|marcia|marce|occupazion[ei]|occupat[oi]|blocc(?:o|hi)|boicottaggi[oi]|striscion[ei]|cori|scontri|presidio"]
CONTEXT_WORDS = [
    r"sindacat\w*|lavorator\w*|operai|student\w*|attivist\w*|migliaia|centinaia|decine|contro|davanti|piazza|"
    r"polizia|cartelli|striscion\w*|slogan|chied\w*|cgil|cisl|uil"
]
NON_EVENT_SENSES = [
    r"\bmarcia (?:indietro|nuziale|funebre)\b|\ba passo di marcia\b|\bin marcia\b|\bmettere in marcia\b|"
    r"\bmanifestazion[ei] (?:d'interesse|di interesse|sportiv[ae]|cultural[ei]|clinich[ae])\b|\bcambio di marcia\b|"
    r"\bmanifest(?:ato|ano|avano) (?:(?:il|la|i|le|un|una|la loro|il loro|grande|forte) )?(?:interesse|preoccupazione|"
    r"solidarietà|perplessità|disappunto|soddisfazione|apprezzamento|contrarietà|sintomi|vicinanza)\b|"
    r"\b(?:concert[oi]|festa|feste|mercat[oi]|messa|spettacol[oi]|cinema|fiera|musica|mostra|sagra|tombola|aperitivo) in piazza\b"
]
NON_EVENT_KEYS = ("marcia", "manifest", "piazza")
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
FRAMES = [r"(?:si sono radunati|si sono riuniti|hanno manifestato|hanno sfilato)"
          r"(?: (?:ieri|oggi|stamattina|stamane|stasera|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica))?"
          r" (?:davanti|in|a|sotto|contro|per)|per (?:chiedere|protestare|denunciare)"]
