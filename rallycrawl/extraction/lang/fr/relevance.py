"""French words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"manifestations?(?! of| d'intérêt| culturelles?| sportives?| artistiques?)|manifestants?|manifestantes?|"
    r"grèves?|grévistes?|rassemblements?(?! national)|cortèges?|mobilisations?|piquets? de grève|"
    r"ont manifesté|manifesteront|manifestaient|défilé contre|ont défilé|défilaient|défileront|sit-in|"
    r"blocages?|intersyndicale|en grève|préavis de grève|journée d'action|sont descendus dans la rue|"
    r"descendre dans la rue|opérations? escargot|ont débrayé|débrayent|débraient|débrayeront|débrayage|(?:cesser|cesseront|cessent|ont cessé|cesseraient) le travail"
]
AMBIGUOUS_WORDS = [r"marches?|défilés?|chaînes? humaines?|occupations?|occupé|occupent|occupaient|occuperont|ont occupé|boycotts?|émeutes?|protestations?|manif|manifs|militante?s?|envahissement|ont envahi|"
    r"(?:ont bloqué|bloquent|bloquaient|bloqueront|bloquer) (?:l'|la |le |les )(?:autoroute|route|rond-point|accès|périphérique|dépôt|raffinerie|port|"
    r"préfecture|sous-préfecture|mairie|ministère|rocade|pont|gare|aéroport|entrée|centre-ville|site|usine|siège)|"
    # farmers' dumping before a public building; a call by a union ("à l'appel de la CGT")
    r"(?:ont )?dévers\w* (?:du|des|de la) (?:fumier|lisier|pneus|déchets|pommes de terre|légumes|fruits|paille)|à l'appel d(?:e|u|es)\b|"
    r"pancartes? à la main|banderoles? à la main|sifflets",
    # a crowd with a purpose in the same sentence ("plusieurs milliers de personnes ... pour réclamer")
    r"(?:(?:des|plusieurs|quelques) (?:milliers|centaines|dizaines) d(?:e |')[a-zéèêàùç]+|(?:une centaine|un millier) d(?:e |')[a-zéèêàùç]+|"
    r"(?:plus de|près de|environ) \d[\d ]* [a-zéèêàùç]+)"
    r"(?=[^.]{0,120}\b(?:pour (?:réclamer|exiger|dénoncer|protester|demander|défendre|s'opposer)|pancartes|banderoles|"
    r"sifflets|contre (?:la|le|les|l')))"]
CONTEXT_WORDS = [
    r"syndica\w*|salariés|travailleurs|grévistes|manifestants|militants|milliers|centaines|dizaines|contre|"
    r"devant|rue|rues|place|police|pancartes?|banderoles?|slogans?|réclam\w*|exig\w*|appel|cgt|cfdt|fo|centaine|millier|agriculteurs|dénon\w*|"
    r"éleveurs|coordination rurale|fnsea|confédération paysanne|intersyndicale|enseignants|chauffeurs|taxis|cheminots|soignants"
]
NON_EVENT_SENSES = [
    # mobilising against a disease, a fire or prices is no protest
    r"\bse mobilis\w* contr[ae] (?:l['’]|la |le |les )?(?:inflation|virus|épidémie|pandémie|incendies?|feux?|cancer|sécheresse|crues?|inondations?|paludisme|dengue|covid|grippe|canicule|chômage|pauvreté|faim|maladie\w*|moustiques?)\b",
    r"\brassemblement national\b|\bmarche (?:arrière|à suivre|des affaires|du monde|de manœuvre)\b|"
    r"\ben marche\b|\bmise en marche\b|\bla république en marche\b",
    # a festival, a fair, a sports meeting ("la manifestation culturelle phare de l'automne")
    r"\bmanifestations? (?:culturelles?|sportives?|festives?|artistiques?|commerciales?|gastronomiques?|musicales?|touristiques?|"
    r"scientifiques?|nautiques?|équestres?)\b",
    r"\bdéfilés? (?:militaires?|du 14 juillet|du 14-juillet|de mode|de haute couture|aériens?|des troupes|de la fête nationale)\b|"
    r"\b(?:armée|troupes|forces) (?:[a-zéèàù]+ ){0,3}(?:ont envahi|envahissement)\b|"
    r"\brassemblement (?:de la gauche|de la droite|du centre|des gauches|de la majorité|des forces|républicain)\b|"
    r"\bmilitante?s? (?:du|de la|des|d'un|d'une|de son|de leur) (?:parti|formation|majorité)\b|"
    r"\bmilitante?s? (?:socialistes?|communistes?|écologistes?|insoumise?s?|républicaine?s?|lr|rn|ps|lfi)\b",
    r"\bmanifestations? (?:cliniques?|symptomatiques?|de la maladie|d'intérêt|culturelles?|sportives?|artistiques?)\b",
    # a fair or a festival ("la manifestation accueille 150 exposants")
    r"\bmanifestations?\b[^.]{0,100}\b(?:exposants|visiteurs|édition|festival|stands|dégustations?|billetterie|spectateurs|auteurs et)\b|"
    r"\b(?:salon|festival|foire|exposants|édition)\b[^.]{0,60}\bmanifestations?\b",
    # rescuers or troops sent
    r"\bmobilisations? (?:des|de|du) (?:secours|moyens|forces de l'ordre|ressources|fonds|réservistes|troupes|"
    r"\d[\d ]* (?:pompiers|sapeurs-pompiers|gendarmes|policiers|militaires|soldats|sauveteurs|engins))\b|"
    r"\b(?:pompiers|sapeurs-pompiers|secours|sauveteurs)\b (?:[a-zéèàù]+ ){0,3}(?:engagés|déployés|dépêchés)\b[^.]{0,80}\bmobilisations?\b|"
    r"\b(?:tempête|incendies?|inondations?|crues?|séisme|orages?|intempéries)\b[^.]{0,30}\bmobilisations? (?:des|de) (?:pompiers|sapeurs-pompiers)\b",
    # a stalled negotiation, a freeze on rents or prices
    r"\bblocages? (?:des |du |de la |de l')?(?:négociations?|discussions|pourparlers|loyers|prix|salaires|comptes?|carte|budget|"
    r"institutions?|articulations?|genou|dos)\b|\b(?:négociations?|discussions|pourparlers)\b[^.]{0,40}\bblocages?\b|"
    r"\bblocages? (?:persiste|persistent|demeure|subsiste)\b[^.]{0,30}\b(?:négociations?|discussions|pourparlers)\b",
    # a team's gathering
    r"\brassemblements? (?:des bleus|des bleues|de l'équipe|de la sélection|des sélectionnés)\b|"
    r"\b(?:sélectionneur|sélectionneuse|internationaux)\b[^.]{0,80}\brassemblements?\b",
    # funeral, wedding and official processions
    r"\bcortèges? (?:funèbres?|nuptial|nuptiaux|officiels?|présidentiels?|royal|historique|de mariage|du mariage)\b",
    # a government's formal protest; a hunger strike that is a goal drought; the top step of the podium
    r"\bprotestations? (?:officielles?|formelles?|diplomatiques?)\b|\b(?:adress|élev|émis|émet|transm)\w* (?:une |sa |leur )?protestation\b|"
    r"\bgrèves? de la faim\b[^.]{0,40}\b(?:devant le but|devant les buts|cage|filets)\b|"
    r"\b(?:attaquants?|buteurs?|avants)\b[^.]{0,40}\bgrèves? de la faim\b|\bmarches? du podium\b|"
    # a rank or a post held ("occupent la première place")
    r"\boccup\w* (?:la|le) (?:\w+ième|première|dernière|tête) (?:place|position|rang)\b|\boccup\w* (?:le|un|les|des) (?:postes?|fonctions)\b",
]
NON_EVENT_KEYS = (
    "mobilis",
    "rassemblement", "marche", "manifestation", "militant", "défilé", "envah", "mobilisation", "blocage", "cortège", "protestation",
    "grève", "occup",
)
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
FRAMES = [
    r"(?:se sont rassemblés|ont manifesté|ont défilé|se rassembleront) (?:devant|à|dans|place|contre|pour)",
    # "se réunir" is also a meeting ("les ministres se sont réunis à Bruxelles"): only before a building or "contre"
    r"(?:se sont rassemblés|se sont réunis|ont manifesté|ont défilé|se rassembleront) "
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|dans la matinée) )?(?:devant|contre)",
    r"pour (?:dénoncer|protester|exiger|réclamer)",
    # the present of headlines ("Les agriculteurs se rassemblent devant la préfecture"), as the past above;
    # "défiler devant" is also a parade's; "se mobiliser contre" also what markets and health services do
    # ("contre l'inflation", "contre le virus": NON_EVENT_SENSES)
    r"(?:se rassemblent|se rassembler|manifestent|manifester) (?:devant|contre)|(?:défilent|se mobilisent) contre",
    # a trade or a crowd in the street ("les enseignants dans la rue", "les agriculteurs de retour dans la rue")
    r"(?:enseignants|professeurs|agriculteurs|éleveurs|étudiants|lycéens|cheminots|soignants|infirmiers|infirmières|médecins|"
    r"retraités|salariés|fonctionnaires|taxis|chauffeurs|avocats|policiers|pompiers|syndicats|travailleurs|ouvriers|parents|"
    r"habitants|pêcheurs|routiers|agents|femmes) (?:[a-zéèêàùç-]+ )?(?:(?:sont|seront|étaient|de nouveau|à nouveau|encore|de retour|"
    r"toujours) )?dans la rue\b",
]

# stop 31 (from the kinds of a fourth invented set): white and silent marches, slow-downs and a hunger strike report a
# protest; tractors brought in, placards brandished and tracts handed out do near a protest context; the right to
# strike and a carnival are no event
EVENT_WORDS += [r"marches? blanches?|marches? silencieuses?|opérations? escargot|grève du zèle|grèves? de la faim|grève perlée"]
AMBIGUOUS_WORDS += [
    r"(?:avec|au volant de) (?:leurs |des |plusieurs dizaines de |centaines de )?tracteurs|convois? de tracteurs|"
    r"distribu(?:ent|é|aient|ant) des tracts|brandissant des pancartes"
]
NON_EVENT_SENSES += [r"\bdroit de grève\b", r"\bcarnaval\b[^.]{0,120}"]
NON_EVENT_KEYS += ("carnaval",)
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"il y a \d+ ans", r"^sondage ?:|sondage (?:montre|révèle)"]
HEADLINE_FESTIVITIES = [r"carnaval|corso|festival|marathon|procession"]

# stop 31, from a fifth invented set: a protest camp ("campement", "ZAD") near a protest context; a court that
# declares a strike unlawful and a review are no protest
AMBIGUOUS_WORDS += [r"campements?|zad|zadistes|(?:ont )?(?:déployé|déploient) une (?:immense |grande |gigantesque )?banderole"]
HEADLINE_NOT_EVENT += [r"(?:déclare|juge|jugée?|déclarée?) (?:illicite|illégale?)|critique littéraire"]
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('de', 'du', 'des', 'en')
