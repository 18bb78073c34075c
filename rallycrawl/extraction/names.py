"""Proper-name spans and the word lists that tell organisations from other names.

Shared by the organisation, event and demand steps.  Everything here is a
precompiled regular expression or a frozen set: finding the candidate names of
an article is one linear scan per paragraph.
"""

from __future__ import annotations

import re

from .lang import resources

# One capitalised token: initialisms (U.S., D.C.), company abbreviations, or a
# word starting with an upper-case letter (digits, &, hyphens and apostrophes inside).
_CAP = r"(?:(?:[A-Z]\.){2,4}|(?:Corp|Inc|Co|Ltd|Bros|St)\.|[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’\-]*)"
#: the languages with organisation data (lang/<code>/organisations.py)
ORGANISATION_LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "no")


def language_data(name: str) -> list[str]:
    """The items of list ``name`` of every language's ``lang/<code>/organisations.py``, in
    ORGANISATION_LANGUAGES order (a language without such words leaves the list out)."""
    return [item for code in ORGANISATION_LANGUAGES for item in getattr(resources(code, "organisations"), name, ())]


def _pooled(name: str) -> frozenset[str]:
    """language_data(name) as a set: a name is found before the article's language is known, and
    names cross languages."""
    return frozenset(language_data(name))


# Lower-case words that may sit inside a name ("Americans for Prosperity",
# "Friends of the Kestrel", "Federación de Trabajadores"): every language's
# NAME_CONNECTORS, each word once, in language order.  The order of the alternatives does not
# change a match: each is one word without spaces and must be followed by a space, so at most one
# of them matches at a place.
_CONNECTOR = "(?:" + "|".join(dict.fromkeys(language_data("NAME_CONNECTORS"))) + ")"
# A number may continue a name ("Teamsters Local 212", "Title 42": the latter is then a policy).
# For speed the pattern opens with a plain upper-case character class, so that the matcher
# skips lower-case text in one C loop; the look-behind then checks the character before that
# letter, and the rest of the first _CAP follows it: the same alternatives, in the same order.
# Look-aheads only spare the matcher work that would fail: the initialism and abbreviation
# alternatives are tried only before ".", "o", "n", "r" or "t" (the letter after their first),
# a following _CAP only at an upper-case letter (each of its alternatives opens with one), and
# a continuation only where a capital, a connector or a digit starts after the space.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CONNECTOR_INITIALS = re.escape(
    "".join(sorted({word[0] for word in _CONNECTOR.removeprefix("(?:").removesuffix(")").split("|")}))
)
_CAP_REST = (
    r"(?:(?=[.onrt])(?:(?<=[A-Z])\.(?:[A-Z]\.){1,3}"  # (?:[A-Z]\.){2,4}
    r"|(?<=C)orp\.|(?<=I)nc\.|(?<=C)o\.|(?<=L)td\.|(?<=B)ros\.|(?<=S)t\.)"  # (?:Corp|Inc|Co|Ltd|Bros|St)\.
    r"|[\w&'’\-]*)"
)
NAME = re.compile(
    # also after French and Italian l', d' and the Italian prepositions elided with the article
    # ("dall'Unione", "dell'Associazione", "all'", "nell'", "sull'", "coll'")
    rf"[{_UPPER}](?:(?<![\w&'’.\-].)|(?<=(?<!\w)[ldLD]['’].)|(?<=(?<!\w)[aA]ll['’].)"
    rf"|(?<=(?<!\w)(?:[dD]e|[dD]a|[nN]e|[sS]u|[cC]o)ll['’].)){_CAP_REST}"
    rf"(?: (?=[{_UPPER}{_CONNECTOR_INITIALS}\d])"
    rf"(?:(?:{_CONNECTOR} ){{0,2}}(?=[{_UPPER}]){_CAP}|\d{{1,5}}(?![\w.,]\d)|for \$\d{{1,3}}\b))*"  # "Fight for $15"
)

ACRONYM = re.compile(r"^(?:[A-Z][A-Z&\-]{1,9}|[A-Z]{2,}s?|[A-Z][a-z]?[A-Z]{2,}|[A-Z][a-z][A-Z])$")  # ... "AfD"

#: capitalised words that start sentences or are not names (every language's NAME_STOP_WORDS)
STOP_WORDS = _pooled("NAME_STOP_WORDS")

#: titles that come before a person's name: a name span is cut there (every language's TITLES_BEFORE_NAME)
TITLES = _pooled("TITLES_BEFORE_NAME")

#: the last (or any) word of a name that makes it an organisation (every language's HEADS)
ORG_HEADS = _pooled("HEADS")

#: organisation words that stand alone as a name ("the Legislature", "die Regierung"; every language's INSTITUTIONS)
SINGLE_WORD_INSTITUTIONS = _pooled("INSTITUTIONS")

#: lower-case nouns after or before a name that make it an organisation ("the CASA group")
ORG_NOUNS = (
    r"(?:group|groups|organi[sz]ation|organi[sz]ations|coalition|union|unions|movement|network|alliance|"
    r"association|federation|charity|nonprofit|non-profit|collective|party|company|firm|"
    r"automaker|carmaker|employer|institute|council|committee|agency|caucus|think tank|operator|landlord|"
    r"developer|contractor|retailer|carrier|airline|housing association|agence|agencia|autorité|ministère|"
    r"ministerio|plataforma|intersyndicale|"
    r"gewerkschaft|verband|partei|organisation|sindicato|gremio|federación|cámara|partido|"
    r"organización|agrupación|syndicat|fédération|collectif|association|parti|"
    # Spanish, French and German nouns of what an organisation is ("un colectivo de vecinas",
    # "la empresa X", "le mouvement X", "die Initiative X")
    r"colectivo|asociación|movimiento|coalición|fundación|empresa|compañía|"
    r"mouvement|entreprise|société|fondation|"
    r"initiative|gruppe|bewegung|bündnis|verein|netzwerk|"
    # Italian, Portuguese, Dutch ("il sindacato X", "o coletivo X", "de vakbond X")
    r"sindacato|partito|comitato|collettivo|associazione|coordinamento|federazione|movimento|"
    r"associação|coletivo|vakbond|partij|beweging|vereniging|stichting|actiegroep|organisatie|"
    # Italian and Portuguese "network" ("la rete X", "a rede X")
    r"rete|rede)"
)

#: news organisations and photo agencies: their names are media, whatever the context
MEDIA_NAMES = frozenset(
    """
    ap|associated press|reuters|afp|agence france-presse|getty images|getty|bloomberg|cnn|bbc|nbc|abc|
    cbs|fox news|msnbc|npr|pbs|newsweek|time|the new york times|new york times|the washington post|
    washington post|the wall street journal|wall street journal|the guardian|guardian|the times|
    financial times|the economist|politico|axios|the hill|usa today|los angeles times|
    associated press photo|epa|efe|dpa|ansa|xinhua|tass|ria novosti|al jazeera|sky news|itv|
    rtl|zdf|ard|le monde|el país|el pais|der spiegel|spiegel|tagesschau|france 24|afp photo|ap photo|
    shutterstock|alamy|pa media|press association|anadolu|kyodo|yonhap|the independent|daily mail|
    the telegraph|the sun|huffpost|buzzfeed news|vice news|vox|the atlantic|the new yorker|
    rolling stone|cnbc|abc news|cbs news|nbc news
    """.split("|")
)
MEDIA_NAMES = frozenset(name.strip() for name in MEDIA_NAMES)  # entries span lines: no indentation inside
#: words that head news outlets' names: one alone is an outlet (every language's MEDIA_HEADS)
MEDIA_HEADS = _pooled("MEDIA_HEADS")

#: names of places: countries, US states, large cities and regions (never organisations)
PLACES = frozenset(
    p.strip()
    for p in """
    afghanistan, albania, algeria, argentina, armenia, australia, austria, azerbaijan, bahrain,
    bangladesh, belarus, belgium, bolivia, bosnia, brazil, bulgaria, cambodia, cameroon, canada, chile,
    china, colombia, congo, croatia, cuba, cyprus, czechia, denmark, ecuador, egypt, el salvador,
    england, eritrea, estonia, ethiopia, europe, finland, france, georgia, germany, ghana, greece,
    guatemala, haiti, honduras, hong kong, hungary, iceland, india, indonesia, iran, iraq, ireland,
    israel, italy, jamaica, japan, jordan, kazakhstan, kenya, korea, kosovo, kuwait, laos, latvia,
    lebanon, libya, lithuania, luxembourg, luxemburg, malaysia, mali, mexico, moldova, mongolia,
    morocco, mozambique, myanmar, nepal, netherlands, new zealand, nicaragua, niger, nigeria,
    north korea, norway, oman, pakistan, palestine, panama, paraguay, peru, philippines, poland,
    portugal, qatar, romania, russia, rwanda, saudi arabia, scotland, senegal, serbia, singapore,
    slovakia, slovenia, somalia, south africa, south korea, spain, sri lanka, sudan, sweden,
    switzerland, syria, taiwan, tanzania, thailand, tibet, tunisia, turkey, uganda, ukraine,
    united kingdom, united states, uruguay, uzbekistan, venezuela, vietnam, wales, yemen, zambia,
    zimbabwe, america, africa, asia, latin america, middle east, gaza, west bank, xinjiang, crimea,
    u.s., us, usa, u.k., uk, eeuu, ee.uu., eua, britain, great britain, alabama, alaska, arizona, arkansas, california,
    colorado, connecticut, delaware, florida, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky,
    louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana,
    nebraska, nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota,
    ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas,
    utah, vermont, virginia, washington, west virginia, wisconsin, wyoming, washington d.c., d.c., dc,
    london, paris, berlin, madrid, rome, brussels, moscow, beijing, tokyo, seoul, delhi, new delhi,
    mumbai, sydney, toronto, montreal, ottawa, vancouver, chicago, boston, atlanta, detroit, seattle,
    los angeles, san francisco, miami, houston, dallas, philadelphia, baltimore, denver, phoenix,
    portland, nashville, indianapolis, jacksonville, minneapolis, buenos aires, santiago, lima, bogotá,
    bogota, caracas, mexico city, managua, havana, rio de janeiro, são paulo, sao paulo, brasília,
    cairo, tehran, baghdad, jerusalem, tel aviv, istanbul, ankara, athens, vienna, munich, hamburg,
    frankfurt, cologne, essen, geneva, zurich, stockholm, oslo, copenhagen, helsinki, dublin,
    edinburgh, manchester, liverpool, birmingham, hollywood, manhattan, brooklyn, bronx, queens,
    harlem, kathmandu, dubai, kyiv, kiev, minsk, warsaw, prague, budapest, lisbon, barcelona,
    marseille, lyon, toulouse, soviet union, oval office, district of columbia, capitol, statehouse, silicon valley, wall street, downtown
    """.split(",")
)

#: demonyms and party adjectives: never organisations on their own
ADJECTIVES = frozenset(
    """
    american americans british english french german germans spanish mexican chinese russian
    ukrainian european african asian latino latina latinx hispanic black white asian-american
    korean japanese indian irish italian israeli palestinian iranian iraqi syrian turkish swedish
    belgian dutch canadian australian brazilian argentine venezuelan cuban haitian christian muslim
    jewish catholic republican republicans democrat democrats democratic gop conservative conservatives
    liberal liberals progressive progressives labour tory tories
    """.split()
)

#: law and policy words: a name with one of them is a law, not an organisation
POLICY_WORDS = frozenset(
    """
    title act bill law amendment resolution order rule program programme policy plan status treaty
    accord agreement deal code article section clause directive regulation convention protocol
    initiative day week month year prize award awards cup games olympics championship champions series season
    festival show war
    """.split()
)

#: acronyms that are not organisations
ACRONYM_STOP = frozenset(
    """
    TPS DACA GDP CPI IPO CEO CFO COO CTO AM PM GMT UTC EST EDT PST PDT BST CET CEST TV OK ID II III IV
    COVID SARS HIV AIDS DNA RNA PCR LGBT LGBTQ LGBTQI BIPOC US USA UK EU? AI VIP VP MP MPs PR PhD MBA
    FAQ PDF URL HTML NYC LA DC PS AKA ET AP? NFT ESG CO2 UFO GPS SUV ATM IQ ICU ER IVF GP GPs MBE OBE CBE
    """.replace("?", "").split()
)


def initials(name: str) -> str:
    """Upper-case initials of the capitalised words of ``name`` ("Writers Guild of America" -> "WGA")."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())
