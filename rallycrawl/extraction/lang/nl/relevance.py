"""Dutch words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"staking(?:en)?|stakers|staken|staakten|gestaakt|demonstratie(?:s)?|demonstranten|demonstreerden|"
    r"betoging(?:en)?|betogers|betoogden|protest(?:en)?|protesteerden|protesteren|actievoerders|"
    r"manifestatie(?:s)?|sit-in|de straat op|blokkade(?:s)?|bezetting|bezetters|werkonderbreking(?:en)?|"
    r"prikacties?|estafettestaking(?:en)?|"
    # the present of headlines, and the work laid down ("Leraren leggen het werk neer")
    r"demonstreren|demonstreert|protesteert|(?:leggen|legden|legt|legde) (?:het|hun) werk neer|het werk neergelegd|"
    # the present and the perfect ("Studenten betogen", "hebben gedemonstreerd")
    r"betogen|betoogt|betoogd|gedemonstreerd|geprotesteerd|demonstrerende|actiedag(?:en)?|"
    r"stakingsdag(?:en)?|staakt|staakte"
]
AMBIGUOUS_WORDS = [
    r"wake|mars|optocht|mensenketting(?:en)?|bezet|boycot|spandoeken|rellen|acties?|stoet|blokkeren|blokkeerden|blokkeert|geblokkeerd|bezetten|bezetten|"
    r"bezetting|bezet gehouden",
    # a crowd with a purpose in the same sentence ("Duizenden zorgmedewerkers ... tegen de bezuinigingen")
    r"(?:(?:tienduizenden|duizenden|honderden|tientallen) [a-z]+|(?:zo'n|ruim|meer dan|bijna|circa|ongeveer|enkele) "
    r"(?:\d[\d.]*|duizend|honderd) [a-z]+)"
    r"(?=[^.]{0,120}\b(?:tegen (?:de |het |een )?[a-z]*(?:bezuiniging|verhoging|sluiting|plannen|komst|verbod|hervorming|beleid|"
    r"afschaffing|kap|bouw|oorlog|racisme)\w*|voor (?:meer|betere|hogere|het behoud)|om te (?:protesteren|eisen)|eisen|eisten))"
]
#: "actie voeren" is also what a firm or the police do ("voert actie tegen namaak"): left out
CONTEXT_WORDS = [
    r"vakbond\w*|fnv|cnv|werknemers|personeel|leraren|studenten|\w*activisten|actiegroep\w*|duizenden|honderden|tientallen|"
    r"tegen|voor het|politie|spandoek\w*|borden|eis\w*|straat|plein|boeren|trekkers|provinciehuis|stadhuis|ministerie"
]
NON_EVENT_SENSES = [
    r"\bdemonstratie van (?:kracht|macht|kunnen|vertrouwen|eenheid)\b|\bmanifestatie(?:s)? van\b|\bmars (?:rover|missie|planeet)\b|\bnaar mars\b",
    # an index or a price that climbs ("AEX zet mars omhoog voort")
    r"\bmars (?:omhoog|omlaag|naar (?:boven|beneden)|hoger|lager)\b|\b(?:opmars|koersmars) (?:van|voort)\b",
    # a road blocked by an accident, a vehicle or snow; an account blocked
    r"\b(?:ongeluk|ongeval|vrachtwagen|pechgeval|sneeuw|storing|brand)\b[^.]{0,60}\b(?:blokkeert|blokkeerde|geblokkeerd)\b|"
    r"\b(?:rekening|account|kaart|pas|website)\w* (?:[a-z]+ ){0,2}geblokkeerd\b",
]
NON_EVENT_KEYS = ("demonstratie", "manifestatie", "mars", "blokkee")
#: Dutch compounds: "Klimaatprotest", "Lerarenstaking", "Boerenprotest"
COMPOUND_STEMS = ("staking", "protest", "betoging", "demonstratie")
COMPOUND_NOT = ("protestant", "stakingsrecht")
FRAMES = [r"(?:verzamelden zich|kwamen bijeen|liepen mee|demonstreerden|protesteerden) (?:voor|bij|op|in|tegen)"]

# stop 31 (from the kinds of a fourth invented set): silent marches and hunger strikes report a protest; tractors
# driven to a building and flyers handed out do near a protest context; the right to strike is no event
EVENT_WORDS += [r"stille tocht(?:en)?|witte mars(?:en)?|hongerstaking(?:en)?"]
AMBIGUOUS_WORDS += [
    r"(?:trekkers|tractoren) (?:rijden|reden|trokken|blokkeren|blokkeerden) (?:naar|door|richting|in|op|de)|"
    r"met (?:hun |honderden |tientallen )?(?:trekkers|tractoren)|(?:delen|deelden) (?:[a-z]+ )?(?:folders|flyers|pamfletten) uit"
]
NON_EVENT_SENSES += [r"\brecht (?:om )?te staken\b"]
NON_EVENT_KEYS += ("staken",)
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"\d+ jaar geleden", r"^(?:peiling|enquête|onderzoek) ?:|(?:peiling|enquête) (?:toont|laat zien)"]
HEADLINE_FESTIVITIES = [r"carnaval|festival|marathon|processie|kermis"]

# stop 31, from a fifth invented set: a demonstration given with a tool or product and the right to demonstrate are no
# protest
NON_EVENT_SENSES += [
    r"\b(?:geeft|gaf|gaven|geven|gegeven) (?:[a-z]+ ){0,3}demonstratie\b|\bdemonstratie (?:[a-z]+ ){0,2}gegeven\b|"
    r"\bdemonstratie met (?:een|de|het) \b",
]
COMPOUND_NOT += ("demonstratierecht", "demonstratievrijheid")
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('van', 'in')
