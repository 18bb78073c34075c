"""The named rules of the event's location, target and size that can be switched off one by one.

Each rule is a small unit in ``event.py`` or ``crowd_size.py`` (its words are data in
``lang/<code>/event.py``); ``RALLYCRAWL_EVENT_RULES_OFF="rule,rule"`` switches rules off for a
run, and :data:`LAST` names the rule that gave each value of the event extracted last (tallied
right and wrong by ``bench/quality.py --in-process --verbose``).
"""

from __future__ import annotations

from .rule_switches import switched_off


RULES = {
    # --- size (crowd_size.py)
    # the size words, number words, qualifiers, people nouns and verbs of every language's
    # lang/<code>/event.py (CROWD_*): "migliaia di persone", "ruim 500 boeren", "von 10.000 Teilnehmern"
    "size_language_words": True,
    # "a crowd of about 5,000", "the turnout at 8,000", "drew 1,500", "ils étaient 3 000":
    # a bare count after a crowd cue (CROWD_COUNT_CUES)
    "size_crowd_cue": True,
    # "3 000 selon la police", "according to police, 3,000", "laut Polizei 3000": a bare count
    # next to who estimated it (CROWD_SOURCES)
    "size_estimate_source": True,
    # "1.2 million people", "3 millions de manifestants": a count in millions (CROWD_MILLIONS)
    "size_millions": True,
    # no crowd: "the union, which represents 45,000 workers" (CROWD_MEMBERSHIP_CUES), "20 percent
    # of workers", "on March 5 protesters", "3 million people" read as 3
    "size_not_a_crowd": True,
    # "des centaines d'enseignants", "un millier d'agriculteurs": the elided article that joins a size
    # or number word to its people noun (CROWD_SHARED_ELIDED_OF)
    "size_elided_of": True,
    # "500 Gewerkschaftsmitglieder", "Tausende Radfahrerinnen", "rund 200 Protestierende": a people noun
    # heading a compound, a feminine plural, a participle noun (CROWD_PEOPLE_COMPOUNDS)
    "size_people_compounds": True,
    # when no count of people is found, a count of the protest's vehicles or boats is its size (CROWD_VEHICLES):
    # "About 40 vessels took part", "more than 150 tractors", "tientallen kotters", "près de 150 tracteurs"
    "size_vehicles": True,
    # --- location (event.py)
    # a sentence that counts a crowd reports the event, its places are read: "Rund 500 Menschen kamen
    # auf dem Marktplatz in X zusammen", "Unas 2.000 personas recorrieron las calles de X"
    "location_crowd_sentence": True,
    # a language's articles after a place preposition, words inside a name, the preposition before
    # the town, place nouns and compounds (PLACE_DETERMINERS, PLACE_NAME_LINKS, PLACE_IN,
    # PLACE_NOUNS, PLACE_SUFFIXES): "davanti al Ministero dello Sviluppo", "vor dem Kanzleramt",
    # "bij het provinciehuis", "piazza Castello a Torino"
    "location_language_words": True,
    # a place noun in lower case before a name: "the town hall in Maple Falls", "piazza San
    # Giovanni", "place de la République", "avenida Paulista"
    "location_lower_venue": True,
    # (with location_lower_venue) three words before the place noun, so that a venue may be part of
    # another: "ante las puertas de la fábrica de X", "à l'entrée de l'usine de X"
    "location_venue_chain": True,
    # an adjective after a place's name that belongs to it (PLACE_ADJECTIVES): "l'Assemblée nationale"
    "location_trailing_adjective": True,
    # a country the event is placed in (mostly by the headline) with the place in it the lead
    # names: "Santiago, Chile"
    "location_headline_country": True,
    # the headline's place is a venue the lead names more precisely, with its town ("protest outside
    # parliament" / "outside the parliament in Brussels", "vor dem Landtag" / "vor dem Landtag in X"):
    # the lead's, when every word of the headline's is in it
    "location_headline_in_lead": True,
    # the headline's place made precise by the lead's when their words differ: the headline's venue
    # noun named again in the lead with its name ("outside Louisiana refinery" / "outside the main gate
    # of the Marwick refinery"), or the headline's town with the lead's venue that names no other town
    # ("Cacerolada en Ciudad de México" / "a la calzada Ermita" -> "la calzada Ermita, Ciudad de México")
    "location_headline_venue_in_lead": True,
    # a dateline with a date ("BERLIN, 3. März (Reuters) –", "(ANSA) - MILANO, 03 MAR -"), or a
    # known city and a full stop ("Hamburg. Tausende …")
    "location_dateline_date": True,
    # a dateline's city is a name: every word capitalised but the small words of names
    # ("Thousands marched on Thursday - the largest rally" opens no dateline)
    "location_dateline_names": True,
    # a dateline's city written in capitals at the lead's start, a place the gazetteer knows, whatever
    # follows it ("TOKIO taz | …", "LIMA.– …")
    "location_capitals_dateline": True,
    # a dateline whose town has its region or agency in brackets, with a hyphen or a slash
    # ("Saint-Dizier (Haute-Marne) – ", "Ploërmel (Morbihan) – ")
    "location_dateline_region": True,
    # with a dateline, a place a later sentence names is taken only when it names no other town
    # than the dateline's ("ROMA – … davanti al ministero … Cortei analoghi a Napoli": Roma, not Napoli);
    # the lead's first reporting sentence is read as it is ("Bilbao (EFE).- … la fábrica de Bermeo")
    "location_dateline_over_later": True,
    # a venue that names no town gets the town the report is datelined in (the lead's dateline or the
    # headline's, location_headline_dateline): "vor dem Rathaus" + "Dresden (dpa) -" -> "Rathaus, Dresden"
    "location_venue_town": True,
    # a venue with no name after a place preposition and an article, when no named place is read
    # ("bij het gemeentehuis actiegevoerd", "devant la préfecture", "in front of the town hall"), with
    # the dateline's town (location_venue_town); only with location_lower_venue, whose nouns it reads
    "location_bare_venue": True,
    # a headline that opens with a town the gazetteer knows, then a colon or a comma, is datelined
    # there ("Marseille : rassemblement contre …", "Bruxelles : les enseignants dans la rue")
    "location_headline_dateline": True,
    # "Agricoltori bloccano la statale a Piana di Sorno": a rare name after the town preposition closing the headline,
    # when nothing else names a place (event._headline_town_end)
    "location_headline_town_end": True,
    # --- target (event.named_employer, read in analysis.py)
    # "the company", "l'azienda", "la empresa" as the target: the company the article names (EMPLOYER_NOUNS)
    "target_named_employer": True,
    # the verbs whose object is the place the protest holds (PLACE_OBJECT_VERBS), read as place
    # prepositions: "activists block Harbour Bridge", "des parents occupent l'école X de Y",
    # "taxistas cortan la avenida de la Estación", "Studierende besetzen Hörsaal der Universität X"
    "location_object_verbs": True,
    # (with location_object_verbs) a time or a means between the verb and the place it takes as its object
    # (OBJECT_VERB_ADVERBIALS): "occupent depuis mardi l'amphithéâtre de X", "ocupan desde el lunes el rectorado de X",
    # "besetzten am Dienstag den Hörsaal der Universität X", "blokkeren sinds vanochtend de toegang tot X"
    "location_object_verb_adverbial": True,
    # in a language that capitalises its nouns (lang/<code>/event.py CAPITALISED_NOUNS), the object of a
    # verb-second clause after the town is no part of the place: "verteilten vor dem Rathaus in Kassel
    # Flugblätter" -> "Rathaus in Kassel" (the capitalised run cut after the longest town the gazetteer knows)
    "location_object_after_town": True,
    # (with location_venue_town) the one town the gazetteer knows anywhere in the headline is the town of a bare
    # venue the lead names, when no dateline gives one: "Bins pile up across Stockport …" + "outside the depot"
    # -> "the depot, Stockport"
    "location_headline_any_town": True,
    # (with location_lower_venue) in a language that puts adjectives after the noun, one adjective after the
    # place noun (lang/<code>/event.py VENUE_ADJECTIVES, by their endings): "le dépôt pétrolier de X", "el
    # hospital universitario de X", "lo stabilimento siderurgico di X", "o hospital universitário de X"
    "location_venue_adjective": True,
    # (with location_lower_venue) a street or square noun written with no article before its name (lang/<code>/event.py
    # ARTICLELESS_VENUES): Italian "in piazza Mameli", "in via Roma", "in corso Vittorio Emanuele"
    "location_articleless_venue": True,
    # a name no gazetteer knows is a town by its position: after the language's town preposition
    # (TOWN_PREPOSITIONS) and set off as an aside or closing the clause ("…, à Granvelle, pour",
    # "trabalhadores da X, em Vale de Cedros, cumprem", "rallied in Kellstadt on Friday")
    "location_town_by_position": True,
    # (with location_town_by_position) no comma needed when every capitalised word of the name is rare in the
    # language (wordfreq), as location_headline_town_end reads a headline's: "Bus drivers in Kellstown will walk
    # out", "se manifestaron en Valdemora convocadas por" ("in Harlow Holdings", "in Solidarity" hold common words)
    "location_rare_town": True,
    # (with location_town_by_position) no comma needed when the protest's cue or a day follows the
    # name at once (TOWN_FOLLOWERS): "se manifestaron en Valdemora contra", "à Vernac contre",
    # "walked out in Kellstadt on Monday", "demonstreerden in Dokkerveen tegen"
    "location_town_before_cue": True,
    # when nothing else places the event (a strike, a call to strike), the region, province or area the lead
    # names (REGION_NOUNS): "los sindicatos de la provincia de Castellar", "reizigers in de regio Dokkerveen"
    "location_named_region": True,
    # (after location_named_region) the town the lead names as the workplace's (an employer's or its site's),
    # closing its clause (WORKPLACE_TOWN_NOUNS, WORKPLACE_TOWN_LINKS): "l'azienda del trasporto pubblico di Borgoleone."
    "location_workplace_town": True,
    # (last) when nothing places the event, a place after a preposition in any sentence of the lead's first two
    # paragraphs, not only those that report it: "Die Gewerkschaft rechnet mit Ausfällen in Kellbach."
    "location_any_lead_sentence": True,
    # (before location_any_lead_sentence) when nothing places the event, the road the lead or the headline names by
    # its number after an article or a road noun, with the town it is blocked near (ROAD_NOUNS, ROAD_NEAR):
    # "blokkeren de A37 ter hoogte van Velsenhoek", "cortaron la autovía A-48 a la altura de Torrequemada", "block the M62"
    "location_road": True,
    # (after location_road) a road with no number and the town it is blocked at the height of (ROAD_AT): "la statale
    # all'altezza di Piana di Sorno", "de snelweg ter hoogte van Velsenhoek", "the motorway near Brackwell"
    "location_road_at_town": True,
    # the name whose streets a march goes through is a town, whether the gazetteer knows it or not
    # (STREETS_OF): "défilé dans les rues de Montreval pour", "marched through the streets of Ashcombe on"
    "location_streets_town": True,
    # (with location_town_by_position) no comma needed when the name closes the sentence or the headline (read
    # before the lead, as the headline's places are: "Sciopero dei rider a Borgoleone"), in a language that
    # writes a firm after its town preposition with an article (TOWN_CLOSES_SENTENCE): "une marche organisée
    # dimanche à Vernac.", "hanno sfilato ieri a Borgoleone.", not English "a strike in Harlow Holdings."
    "location_town_closing_sentence": True,
    # --- date (event.py)
    # a weekday in a sentence that announces the event (DATE_AHEAD_CUES: "will strike on Monday",
    # "wollen am Samstag demonstrieren", "convocan para el jueves") is the next such day, not the last
    "date_announced_ahead": True,
    # --- target (event.py)
    # a language's employer cues and the words that make "against X" a protest's target
    # (TARGET_EMPLOYER_CUES, PROTEST_WORDS): "i lavoratori della Acciaierie Lombarde",
    # "Beschäftigte des Konzerns X", "à défiler … contre la fermeture"
    "target_language_words": True,
    # the subject of a clause after "demand that" (TARGET_THAT_CUES): "demanding that the
    # university cut its ties" -> "the university", "exigen que el Ayuntamiento reabra …"
    "target_demand_that": True,
    # the house of an institution or a firm the protest stands at (INSTITUTION_HOUSES), when no cue
    # names a target: "outside the Ministry of Health", "to the headquarters of X", "devant
    # l'Assemblée nationale", "davanti al Ministero del Lavoro", "bij het ministerie van Landbouw"
    "target_institution_house": True,
    # a change noun keeps its "to/on/in" phrase (TARGET_PP_HEADS): "cuts to diesel subsidies"
    "target_change_noun_pp": True,
    # whom the protesters ask to act, named after a verb of asking (TARGET_ADDRESSEE_CUES, the words
    # that end the phrase TARGET_ADDRESSEE_ENDS): "instaron al Ayuntamiento a reabrir", "demandent au
    # ministre de", "verlangen vom Senat", "pedem ao governo", "eisen van de minister"
    "target_addressee": True,
    # what the protesters are named the opponents of (TARGET_OPPONENT_CUES), cut before the verb that
    # follows: "opponents of the planned incinerator rallied" -> "the planned incinerator", "Gegner der
    # Rentenreform", "opositores a la reforma", "opposants à la réforme", "tegenstanders van de snelweg"
    "target_opponents": True,
    # what the protest is about, after a protest verb or noun that takes it as its object
    # (TARGET_ABOUT_CUES): "en protesta por el cierre del hospital", "protestan por los precios", "para
    # denunciar los recortes", "protested the closure of the clinic", "to protest tuition hikes"
    "target_protest_about": True,
    # a name after a named cue that is a known place is where the protest is, not its target:
    # "huelga en Valencia", "a strike at Leeds" (the gazetteer; "a strike at Acme Logistics" stays)
    "target_named_not_place": True,
    # whom the lead names as asked to act or blamed (TARGET_PARTY_CUES) is the target when the first
    # frame names only a thing ("gegen die geplante Schulreform" ... "fordern von der Landesregierung";
    # "contre la fermeture d'une classe" ... "réclament au rectorat") or the house the protest stands at
    # ("in front of the X embassy" ... "called on the X government to")
    "target_party_over_issue": True,
    # whom the lead names as asked to act or blamed (TARGET_PARTY_CUES) is the target when no frame
    # names one: "pour réclamer à l'État une action", "pour exiger du gouvernement une revalorisation"
    "target_party_unframed": True,
    # a counter-protest: the group whose event the protest is against (TARGET_COUNTER_EVENTS): "to oppose
    # a march by the group X" -> "the group X", "gegen einen Aufmarsch der Partei X", "contre un rassemblement de X"
    "target_counter_protest": True,
    # a party the lead names after a cue that takes a name only (TARGET_PARTY_CUES_NAMED), read by the two
    # party rules: "exigent de Foyer Habitat un calendrier", "demanding from Velcor a"
    "target_party_named": True,
    # a thing the protest is against keeps the body whose it is, named after it (TARGET_AUTHOR_LINKS):
    # "new licensing rules drawn up by the city council", "de bezuinigingen van het kabinet"
    "target_issue_author": True,
    # "against X" is a protest's target when a protest word stands earlier in the same sentence, further
    # than the usual reach: "will hold a go-slow protest through the city centre on Friday against X"
    "target_against_in_sentence": True,
    # (with target_issue_author) the body joined to the thing by a participle and its agent a few words further on
    # (TARGET_AUTHOR_AGENTS): "i tagli alla sanità pubblica decisi dal governo", "la fin des nominations à titre
    # définitif voulue par la ministre", "die Kürzung der Agrardiesel-Rückvergütung durch die Bundesregierung"
    "target_issue_author_far": True,
    # (off: it moved only development sets, set3 half A target 27 -> 30, dev2 63 -> 67; every held-out count, tune
    # and validation unchanged) the firm the headline names by its workplace or its staff is the target when the target found names nobody
    # (a thing asked for or protested, a common noun) or none is found (WORKPLACE_FIRM): "riders protest outside
    # Zappo offices", "Greve na fábrica da Corvalho", "Fahrer von Flinkbote protestieren", "Actie bij distributiecentrum X"
    "target_workplace_firm": False,
}

#: RALLYCRAWL_EVENT_RULES_OFF="rule,rule" switches rules off for a run
for _name in switched_off("RALLYCRAWL_EVENT_RULES_OFF", RULES, "event"):
    RULES[_name] = False

#: the rule that gave each field of the event extracted last ({"size": "size_crowd_cue"}), read by
#: bench/quality.py --in-process to tally each rule's right and wrong values
LAST: dict[str, str] = {}


def on(rule: str) -> bool:
    """Whether ``rule`` is switched on."""
    return RULES[rule]


def note(field: str, rule: str | None) -> None:
    """Note that ``rule`` gave the value of ``field`` now held (None: no named rule did)."""
    if rule:
        LAST[field] = rule
    else:
        LAST.pop(field, None)
