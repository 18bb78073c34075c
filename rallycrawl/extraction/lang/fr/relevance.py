"""French words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"manifestations?(?! of| d'intérêt| culturelles?| sportives?| artistiques?)|manifestants?|manifestantes?|"
    r"grèves?|grévistes?|rassemblements?(?! national)|cortèges?|mobilisations?|piquets? de grève|"
    r"ont manifesté|manifesteront|manifestaient|défilé contre|ont défilé|défilaient|défileront|sit-in|"
    r"blocages?|intersyndicale|en grève|préavis de grève|journée d'action|sont descendus dans la rue|"
    r"descendre dans la rue|ont débrayé|débrayage|(?:cesser|cesseront|cessent|ont cessé|cesseraient) le travail"
]
AMBIGUOUS_WORDS = [r"marches?|défilés?|occupations?|occupé|boycotts?|émeutes?|protestations?|manif|manifs|militante?s?|envahissement|ont envahi|"
    r"(?:ont bloqué|bloquent|bloquaient|bloqueront) (?:l'|la |le |les )(?:autoroute|route|rond-point|accès|périphérique|dépôt|raffinerie|port)|"
    r"pancartes? à la main|banderoles? à la main|sifflets",
    # a crowd with a purpose in the same sentence ("plusieurs milliers de personnes ... pour réclamer")
    r"(?:(?:des|plusieurs|quelques) (?:milliers|centaines|dizaines) d(?:e |')[a-zéèêàùç]+|(?:une centaine|un millier) d(?:e |')[a-zéèêàùç]+|"
    r"(?:plus de|près de|environ) \d[\d ]* [a-zéèêàùç]+)"
    r"(?=[^.]{0,120}\b(?:pour (?:réclamer|exiger|dénoncer|protester|demander|défendre|s'opposer)|pancartes|banderoles|"
    r"sifflets|contre (?:la|le|les|l')))"]
CONTEXT_WORDS = [
    r"syndica\w*|salariés|travailleurs|grévistes|manifestants|militants|milliers|centaines|dizaines|contre|"
    r"devant|rue|rues|place|police|pancartes?|banderoles?|slogans?|réclam\w*|exig\w*|appel|cgt|cfdt|fo|centaine|millier|agriculteurs|dénon\w*"
]
NON_EVENT_SENSES = [
    r"\brassemblement national\b|\bmarche (?:arrière|à suivre|des affaires|du monde|de manœuvre)\b|"
    r"\ben marche\b|\bmise en marche\b|\bla république en marche\b",
    r"\bdéfilés? (?:militaires?|du 14 juillet|du 14-juillet|de mode|de haute couture|aériens?|des troupes|de la fête nationale)\b|"
    r"\b(?:armée|troupes|forces) (?:[a-zéèàù]+ ){0,3}(?:ont envahi|envahissement)\b|"
    r"\brassemblement (?:de la gauche|de la droite|du centre|des gauches|de la majorité|des forces|républicain)\b|"
    r"\bmilitante?s? (?:du|de la|des|d'un|d'une|de son|de leur) (?:parti|formation|majorité)\b|"
    r"\bmilitante?s? (?:socialistes?|communistes?|écologistes?|insoumise?s?|républicaine?s?|lr|rn|ps|lfi)\b",
    r"\bmanifestations? (?:cliniques?|symptomatiques?|de la maladie|d'intérêt|culturelles?|sportives?|artistiques?)\b",
]
NON_EVENT_KEYS = ("rassemblement", "marche", "manifestation", "militant", "défilé", "envah")
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
FRAMES = [
    r"(?:se sont rassemblés|ont manifesté|ont défilé|se rassembleront) (?:devant|à|dans|place|contre|pour)",
    # "se réunir" is also a meeting ("les ministres se sont réunis à Bruxelles"): only before a building or "contre"
    r"(?:se sont rassemblés|se sont réunis|ont manifesté|ont défilé|se rassembleront) "
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|dans la matinée) )?(?:devant|contre)",
    r"pour (?:dénoncer|protester|exiger|réclamer)",
]
