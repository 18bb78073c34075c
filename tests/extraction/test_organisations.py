"""Organisations: one rule per test, on sentences written for these tests."""

import time

import pytest

from rallycrawl.extraction.organisations import extract_organisations
from rallycrawl.items import Quote


def orgs(paragraphs, **kw):
    kw.setdefault("is_protest", True)
    return {o.name: o for o in extract_organisations(paragraphs, **kw)}


def _assert_organiser(text, lang, name):
    """``name`` is found in ``text`` (language ``lang``) as an organiser."""
    found = orgs([text], language=lang)
    assert name in found and found[name].role == "organiser", (lang, found)


def test_coordinated_list_introduced_as_groups():
    found = orgs(
        [
            "Tenants marched to city hall on Friday. The groups, which include Harbor Tenants United, "
            "Riverside Workers Center, HOPE and Green Streets Alliance, say rents doubled in five years."
        ]
    )
    for name in ("Harbor Tenants United", "Riverside Workers Center", "HOPE", "Green Streets Alliance"):
        assert found[name].role == "organiser", name


def test_groups_including_and_em_dash_list():
    found = orgs(["The coalition—whose members include Bread Not Bombs, Kinfolk Alliance and TENANTS NOW—rallied."])
    assert {"Bread Not Bombs", "Kinfolk Alliance", "TENANTS NOW"} <= set(found)


def test_apposition_before_the_name():
    found = orgs(["Jo Park, whose organization, BrightFuture, helped organize the march, spoke first."])
    assert "BrightFuture" in found


def test_a_group_called_a_name_in_four_languages():
    for text, lang in (
        ("The group, called Neighbors Against the Quarry, marched.", "en"),
        ("A coalition known as Neighbors Against the Quarry marched.", "en"),
        ("A new group, dubbed Neighbors Against the Quarry, marched.", "en"),
    ):
        assert orgs([text], language=lang)["Neighbors Against the Quarry"].evidence == ["called-name"], text
    assert "Mieter Ost" in orgs(["Eine Initiative namens Mieter Ost demonstrierte."], language="de")
    assert "Madres del Barrio" in orgs(["Una organización llamada Madres del Barrio marchó."], language="es")
    # a person or an event so called is no organisation
    assert not orgs(["A man called Rob Kell spoke."])
    assert not orgs(["The march, known as the Long Walk, began."])


def test_an_acronym_given_in_words_is_merged_with_its_name():
    found = orgs(["The Riverside Renters Alliance, known as RRA, marched. RRA says rents doubled."])
    assert set(found) == {"Riverside Renters Alliance"} and found["Riverside Renters Alliance"].acronym == "RRA"
    es = orgs(["La Coordinadora de Vecinos Unidos, conocida como CVU, marchó."], language="es")
    assert es["Coordinadora de Vecinos Unidos"].acronym == "CVU"
    assert not orgs(["Rob Kell, known as RK, spoke."])


def test_apposition_after_the_name_and_role_words():
    found = orgs(
        [
            "Lumen, a nonprofit advocacy group, joined the sit-in.",
            "\"We are not leaving,\" said Ana Ruiz, a spokesperson for Parents Rise.",
        ]
    )
    assert {"Lumen", "Parents Rise"} <= set(found)


def test_full_name_with_acronym_is_one_entry():
    found = orgs(
        [
            "The National Nurses Guild (NNG) called the strike.",
            "NNG members walked out at dawn, and NNG leaders spoke at noon.",
        ]
    )
    guild = found["National Nurses Guild"]
    assert guild.acronym == "NNG"
    assert guild.mentions == 3
    assert "NNG" not in found


def test_acronym_merged_by_initials_without_parentheses():
    found = orgs(["The Transit Workers Union said buses would stop.", "TWU President Dana Cole said talks failed."])
    assert found["Transit Workers Union"].acronym == "TWU"
    assert "TWU" not in found


def test_acronym_after_a_person_is_their_organisation():
    found = orgs(["Ana Ruiz (FTU) and Lou Bern (CGA) led the crowd through the square."])
    assert {"FTU", "CGA"} <= set(found)
    assert "Ana Ruiz" not in found


def test_organised_by_and_striking_name():
    found = orgs(
        [
            "The vigil was organised by Mothers Against Silence and FUTURE NOW.",
            "The striking Hospital Porters union held a picket line.",
        ]
    )
    assert found["Mothers Against Silence"].role == "organiser"
    assert found["FUTURE NOW"].role == "organiser"
    assert "Hospital Porters union" in found or "Hospital Porters" in found


def test_target_and_media_roles():
    found = orgs(
        [
            "Drivers went on strike against Metro Freight Corp. on Monday.",
            "Union members told Reuters the stoppage would last a week.",
        ],
        publisher="The Daily Ledger",
    )
    assert found["Metro Freight Corp."].role == "target"
    assert found["Reuters"].role == "media"


def test_speaker_organisation_from_quotes():
    quote = Quote(text="We will stay", paragraph=0, speaker="Lee Ames", organisation="Tidewater")
    found = orgs(["\"We will stay,\" said Lee Ames, who speaks for Tidewater."], quotes=[quote])
    assert found["Tidewater"].role == "organiser"


def test_quote_organisation_must_be_a_whole_name_in_the_text():
    quote = Quote(text="We will stay", paragraph=0, speaker="Lee Ames", organisation="Design")
    found = orgs(["\"We will stay,\" said Lee Ames of the Harbor School of Art & Design."], quotes=[quote])
    assert "Design" not in found


def test_a_one_word_name_the_speaker_comes_from_is_a_place():
    text = ["\"We will not move,\" said Dana Whitby, a teacher from Kestrelford."]
    quote = Quote(text="We will not move", paragraph=0, speaker="Dana Whitby",
                  speaker_title="a teacher from Kestrelford", organisation="Kestrelford")
    assert not orgs(text, quotes=[quote])
    # at a one-word name, or from an acronym, the speaker works there
    at = Quote(text="We will not move", paragraph=0, speaker="Dana Whitby",
               speaker_title="a professor at Kestrelford", organisation="Kestrelford")
    assert "Kestrelford" in orgs(["\"We will not move,\" said Dana Whitby, a professor at Kestrelford."], quotes=[at])
    acr = Quote(text="We will not move", paragraph=0, speaker="Dana Whitby",
                speaker_title="an organiser from KTU", organisation="KTU")
    assert "KTU" in orgs(["\"We will not move,\" said Dana Whitby, an organiser from KTU."], quotes=[acr])


def test_a_very_common_word_named_only_after_role_words_is_a_portfolio():
    assert not orgs(["El secretario de Trabajo recibió a los delegados."], language="es")
    assert not orgs(["Rob Kell, head of Communications at the firm, spoke."])
    # a name used on its own too, or a rarer word, is an organisation
    assert "Podemos" in orgs(["La portavoz de Podemos habló. Podemos apoya la huelga."], language="es")
    assert "Lumen" in orgs(["Rob Kell, a spokesman for Lumen, spoke."])


def test_organised_by_a_person_is_not_an_organisation():
    found = orgs(["The march was led by Jane Doe, a local teacher."])
    assert "Jane Doe" not in found


def test_people_places_and_policies_are_not_organisations():
    found = orgs(
        [
            "Marchers waited outside Governor Nadia Ellison's office in Sacramento, Calif., on Thursday.",
            "They want Title 8 repealed and TPS for Nepal, Honduras and Sri Lanka, and they chanted at Ellison.",
        ]
    )
    for name in ("Nadia Ellison", "Ellison", "Sacramento", "Title 8", "TPS", "Nepal", "Sri Lanka", "Thursday"):
        assert name not in found


def test_person_of_organisation_keeps_only_the_organisation():
    found = orgs(["Rosa Lind of the Coastal Research Institute said the march was peaceful."], is_protest=False)
    assert "Coastal Research Institute" in found
    assert not any("Rosa" in name for name in found)


def test_not_a_protest_only_strong_evidence_counts():
    found = orgs(
        [
            "The Ministry of Transport said the bridge would reopen. Bluebird, a nonprofit group, disagreed.",
        ],
        is_protest=False,
    )
    assert "Ministry of Transport" in found
    assert "Bluebird" not in found


def test_headline_words_are_not_organisations():
    found = orgs(["Crowds gathered on Sunday."], headline="Angry Crowds Demand Change From City Hall")
    assert found == {}


def test_spanish_and_german_organisation_words():
    found = orgs(
        [
            "La federación sindical (FTAC) reclama un aumento del 40 por ciento.",
            "Die Gewerkschaft der Lokführer rief zum Streik auf, sagte die Regierung.",
        ]
    )
    assert "FTAC" in found
    assert "Gewerkschaft der Lokführer" in found


def test_long_paragraph_without_punctuation_is_linear():
    text = " ".join(["Word"] * 100_000 + ["word"] * 100_000)
    start = time.perf_counter()
    extract_organisations([text], is_protest=True)
    assert time.perf_counter() - start < 5.0


def test_title_of_organisation_and_leading_article_of_a_place_name():
    found = orgs(
        [
            "The CEO of Harbor Freight Group spoke to the Los Angeles Times.",
            "Sen. Ann Roe (D-NY), president of the Senate, said the Smart TV ban would pass.",
        ],
        is_protest=False,
    )
    assert "Harbor Freight Group" in found
    assert "Los Angeles Times" in found and found["Los Angeles Times"].role == "media"
    assert "D-NY" not in found
    assert "Smart TV" not in found


def test_plural_possessive_and_acronym_keep_a_name_whole():
    found = orgs(
        [
            "The sit-in was organised by the Dock Street Tenants' Union.",
            "The Harbour and Canal Boatmen Union (HCBU) called the stoppage.",
        ]
    )
    assert "Dock Street Tenants' Union" in found
    assert found["Harbour and Canal Boatmen Union"].acronym == "HCBU"
    assert "Harbour" not in found


def test_head_first_names_and_plural_group_nouns():
    found = orgs(
        [
            "La marcha fue convocada con el apoyo de los sindicatos Unión Minera y Obreros Libres.",
            "Les syndicats CGT Cheminots et Rail Uni ont appelé à la grève.",
        ]
    )
    assert {"Unión Minera", "Obreros Libres", "CGT Cheminots", "Rail Uni"} <= set(found)


def test_ask_context_makes_a_target_and_short_form_joins_the_full_name():
    found = orgs(
        [
            "Tenants refused to leave the offices of landlord Heron Estates on Monday.",
            "They want Heron to repair the lifts, and they demand that Mossvale Council act.",
            "The union urged Governor Ada Lind to intervene. Lind declined.",
        ]
    )
    assert found["Heron Estates"].mentions == 2
    assert found["Heron Estates"].role == "target"
    assert "Heron" not in found
    assert "Ada Lind" not in found


def test_members_of_a_numbered_local():
    found = orgs(["Members of the Bakers Local 118 joined the picket line at noon."])
    assert "Bakers Local 118" in found


def test_french_union_names_with_et_and_elision():
    found = orgs(
        [
            "Les dockers ont bloqué le port à l'appel de l'intersyndicale SUD Quais et Grues – FO Levage.",
            "« Nous tiendrons », a lancé Paul Mercier, secrétaire général de la SUD Quais et Grues.",
        ]
    )
    assert {"SUD Quais et Grues", "FO Levage"} <= set(found)


def test_competitions_and_dates_are_not_part_of_organisations():
    found = orgs(
        ["The band plays the Larkfield Music Center on July 22. The UEFA Champions League final is sold out."],
        is_protest=False,
    )
    assert set(found) == {"Larkfield Music Center"}


# --- language layer, knowledge and named rules (issue 11) ------------------------------------


def test_media_names_match_outlets_at_the_start_of_a_list_line():
    found = orgs(["The strike was first reported by AP and CBS, and the Washington Post followed."])
    assert found["AP"].role == "media" and found["CBS"].role == "media"


def test_names_with_inner_connectors_stay_whole():
    found = orgs(
        [
            "Stagehands walked out against the Alliance of Stage Lighting and Concert Producers.",
            "A spokesperson for Avon and Somerset Police called the march calm.",
            "Convocó el Sindicato Único Ferroviario y Ramas Anexas.",
        ]
    )
    assert "Alliance of Stage Lighting and Concert Producers" in found
    assert "Avon and Somerset Police" in found and "Somerset Police" not in found
    assert "Sindicato Único Ferroviario y Ramas Anexas" in found


def test_coordinated_unions_stay_two():
    found = orgs(["Marcharon los sindicatos Unión Minera y Obreros Libres."], language="es")
    assert {"Unión Minera", "Obreros Libres"} <= set(found)


def test_a_month_after_a_possessive_kept_in_a_name_is_its_noun():
    found = orgs(["Rob Kell, an organizer of the Women's March, spoke."])
    assert "Women's March" in found and "Women's" not in found
    assert "Mothers' May" in orgs(["Rob Kell, an organizer of the Mothers' May, spoke."])
    # a person's possessive is cut off first: the month alone is no name
    found = orgs(["Rob Kell, a spokesman for Varga's March, spoke."])
    assert "Varga's March" not in found and "March" not in found


def test_a_capitalised_stop_word_after_a_connector_ends_the_name():
    assert "Transit Justice for All" in orgs(["The march was organised by Transit Justice for All on Saturday."])
    es = orgs(["La Central de Trabajadores del Sur y el Frente del Este convocaron la marcha."], language="es")
    assert {"Central de Trabajadores del Sur", "Frente del Este"} <= set(es)
    # a weekday or a month after the connector is a date
    assert set(orgs(["The strike was called by the Council of Europe on Monday."])) == {"Council of Europe"}


def test_possessives_and_descriptors_are_trimmed():
    found = orgs(
        [
            "Protesters criticised Xi's Communist Party for the crackdown.",
            "The Democrat-controlled Legislature passed it; the Koch-backed group objected.",
            "Workers cheered as SAG-AFTRA President Norma Delacourt spoke.",
        ]
    )
    assert "Communist Party" in found and not any("Xi" in name for name in found)
    assert "Legislature" in found and not any("controlled" in name or "Koch" in name for name in found)
    assert "SAG-AFTRA" in found and "SAG-AFTRA President" not in found


def test_german_role_compounds_and_noun_phrases():
    found = orgs(
        [
            "AfD-Bundessprecher Jörg Meuthen kritisierte die Demonstration.",
            "Das Vorgehen der Polizei wurde kritisiert, sagte der Bund der Steuerzahler.",
        ],
        language="de",
    )
    assert "AfD" in found and "AfD-Bundessprecher" not in found
    assert "Vorgehen der Polizei" not in found
    assert "Bund der Steuerzahler" in found


def test_foreign_article_opens_a_name_in_english():
    found = orgs(["Scientists at Los Alamos National Laboratory joined the rally."])
    assert "Los Alamos National Laboratory" in found


def test_common_words_places_and_people_are_rejected():
    found = orgs(
        [
            "Large crowds gathered. Rival groups including Kinfolk Alliance marched.",
            "Protesters in Plymouth urged Plymouth to act, and talks with Sololá stalled.",
            "Susan Bright members marched.",
        ]
    )
    assert "Large" not in found and "Rival" not in found and "Kinfolk Alliance" in found
    assert "Plymouth" not in found and "Sololá" not in found
    assert "Susan Bright" not in found


def test_common_word_with_strong_context_is_kept():
    assert "Lumen" in orgs(["Lumen, a nonprofit advocacy group, joined the sit-in."])


def test_an_organisation_noun_before_another_noun_does_not_head_the_apposition():
    for text in (
        "The crowd cheered Okafor, a coalition spokesman.",
        "Marchers met at Fairholm, a company town.",
        "Kestrelford, a union town, voted.",
    ):
        assert not orgs([text]), text
    assert "Okafor" not in orgs(["Okafor, a Labour party member, joined the march."])
    # a preposition, a participle, a relative or the end go on the apposition
    for text in (
        "Lumen, a group representing tenants, joined.",
        "Lumen, a group known for sit-ins, joined.",
        "Lumen, a coalition of tenants, joined.",
        "Lumen, a tenants union based in Eastfield, joined.",
        "Tenants joined Lumen, a nonprofit group.",
    ):
        assert "Lumen" in orgs([text]), text


def test_an_adverb_opening_a_sentence_before_its_subject_is_no_apposition():
    for text in (
        "Afterward, a group of nurses marched to the station.",
        "Separately, a coalition of tenants filed a complaint.",
        "Overnight, a group of farmers blocked the road.",
    ):
        assert not orgs([text]), text
    # a name opening its sentence with the apposition closed, or a name inside a sentence
    assert "Lumen" in orgs(["Lumen, a nonprofit group that sues landlords, joined the sit-in."])
    assert "Lumen" in orgs(["Tenants joined Lumen, a group that sues landlords."])


def test_a_name_that_is_no_persons_named_twice_in_a_protest_report():
    twice = ["On Sunday, Friends of the Old Heath marched to the quarry.", "Friends of the Old Heath says the dust poisons the creek."]
    assert orgs(twice)["Friends of the Old Heath"].evidence == ["repeated-name"]
    assert "Save Our Creek" in orgs(["Hundreds joined Save Our Creek on Saturday.", "Save Our Creek has marched every month."])
    fr = orgs(["Des militants des Amis de la Lande ont bloqué la route.", "Les Amis de la Lande demandent l'arrêt du chantier."], language="fr")
    assert "Amis de la Lande" in fr
    # once is not enough; nor outside a protest report
    assert not orgs(twice[:1])
    assert not orgs(twice, is_protest=False)
    # a place, or a feature or site of a place; a person's name with a connector
    assert not orgs(["Boats sailed into the Gulf of Mexico at dawn.", "Oil has reached the Gulf of Mexico before."])
    assert not orgs(["Fishers blocked the Port of Lisbon at dawn.", "The Port of Lisbon stayed shut."])
    assert not orgs(["Ana de la Cruz spoke first.", "Ana de la Cruz said she would return."])


def test_a_label_or_a_product_line_named_twice_is_no_organisation():
    for name in ("Group D", "Phase II", "Lumo Model 3", "Velmo TV", "KX Keys", "TRAVEL PASS"):
        text = [f"Marchers waited outside while {name} was announced.", f"Reporters asked about {name} again."]
        assert name not in orgs(text), name
        # (rule off: each is found but "Lumo Model 3", which another check keeps out too)
        assert (name in _without("repeated-name-label", text)) == (name != "Lumo Model 3"), name
    # a group's name of words with a stop word or a connector still counts, capitals or not
    for name in ("Keep Our Harbour", "STAND UP TO SMOG", "Tenants for Fair Rent"):
        text = [f"Marchers waited outside while {name} spoke.", f"Reporters asked {name} again."]
        assert name in orgs(text), name


def test_a_state_code_after_a_town_is_a_place():
    dates = ["June 2 -- Harbix Music Center, Millbrook, PA", "June 4 -- Lumen Arts Center, Dover Falls, OH"]
    found = orgs(dates)
    assert {"Harbix Music Center", "Lumen Arts Center"} <= set(found)
    assert "PA" not in found and "OH" not in found
    assert {"PA", "OH"} <= set(_without("reject-region-code", dates))
    # the same letters written elsewhere too are an acronym that may be an organisation's
    found = orgs(dates + ["Staff of PA walked out, and PA members joined the picket."])
    assert "PA" in found and "OH" not in found


def test_a_department_after_a_role_and_its_organisation_after_at():
    found = orgs(['"We will march again," said Dana Wolcott, director of Climate Campaigns at Kestrel Action.'])
    assert "Climate Campaigns" not in found and found["Kestrel Action"].evidence == ["role-for"]
    assert "Climate Campaigns" in _without(
        "role-for-department", ['"We will march again," said Dana Wolcott, director of Climate Campaigns at Kestrel Action.']
    )
    # an organisation's own name after the role stays, wherever it is
    found = orgs(['"We will march," said Dana Wolcott, director of the Harbour Tenants Union at Millbrook.'])
    assert "Harbour Tenants Union" in found
    fr = orgs(["« Nous reviendrons », a dit Lise Aubert, responsable des Campagnes Climat chez Action Kestrel."], language="fr")
    assert "Campagnes Climat" not in fr


def test_an_apposition_naming_a_role_in_an_organisation_is_a_persons():
    for text, lang in (
        ("Nayeli Sotomayor Quispe, a member of the group since May, told reporters.", "en"),
        ("Marchers gathered. Nayeli Sotomayor Quispe, a spokeswoman for the coalition, said they would return.", "en"),
        ("Marchaban. Nayeli Quispe, una portavoz de la plataforma, habló.", "es"),
    ):
        assert not orgs([text], language=lang), text
    assert "Nayeli Sotomayor Quispe" in _without(
        "apposition-role-of", ["Nayeli Sotomayor Quispe, a member of the group since May, told reporters."]
    )
    # the organisation noun heading the apposition still makes an organisation
    assert "Greenway" in orgs(["Greenway, a coalition of tenant groups, marched."])
    assert "Greenway" in orgs(["Greenway, a group of tenants, marched."])


def test_a_department_of_common_words_goes_on_over_and_services():
    for text in (
        "Officials of the Millbrook Department of Housing and Family Services met the strikers.",
        "Dana Wolcott of the Millbrook Department of Housing and Family Services says rents will rise.",
    ):
        found = orgs([text], is_protest=False)
        assert "Millbrook Department of Housing and Family Services" in found and "Family Services" not in found
        assert "Family Services" in _without("and-services-tail", [text], is_protest=False)
    # a company's own name after "and" is another organisation
    found = orgs(["The Department of Labor and Kestrel Cloud Services signed the deal."], is_protest=False)
    assert {"Department of Labor", "Kestrel Cloud Services"} <= set(found)


def test_a_head_of_name_goes_on_over_a_series_of_common_words():
    found = orgs(["Kestria's Ministry of Fisheries, Forestry and Tourism (MFFT) set new quotas."], is_protest=False)
    assert found["Ministry of Fisheries, Forestry and Tourism"].acronym == "MFFT"
    assert "Ministry of Fisheries" in _without(
        "comma-series-tail", ["Kestria's Ministry of Fisheries, Forestry and Tourism (MFFT) set new quotas."], is_protest=False
    )
    found = orgs(["Dana Roe, an analyst at the Harbix-based Council on Food, Soil and Air, said so."], is_protest=False)
    assert "Council on Food, Soil and Air" in found
    # organisation words in the series are organisations of their own; a capitalised word after
    # the "and" word means the series is no name's end
    assert "Ministry of Defence" in orgs(["The Ministry of Defence, Police and Army marched."], is_protest=False)
    found = orgs(["The Ministry of Health, Education and Labour Party officials met."], is_protest=False)
    assert "Ministry of Health" in found and "Labour Party" in found


def test_a_publisher_named_after_its_town_is_the_town_in_the_text():
    text = ["MILLBROOK, Ohio -- Marchers filled the square.", "Kestrel Millbrook reported it."]
    assert not orgs(text, is_protest=False, publisher="Millbrook")
    assert _without("publisher-place", text, is_protest=False, publisher="Millbrook")
    # a publisher of any other name is media where the text names it
    assert orgs(["Harbix Gazette reported it."], is_protest=False, publisher="Harbix Gazette")["Harbix Gazette"].role == "media"


def test_an_acronym_with_a_plural_s_is_no_organisation():
    found = orgs(["He is among the best CBs in the league, and NBC reported that MPs and NGOs agreed."])
    assert "NBC" in found and not {"CBs", "MPs", "NGOs"} & set(found)
    assert "CBs" in _without(
        "reject-plural-acronym", ["He is among the best CBs in the league, and NBC reported that MPs and NGOs agreed."]
    )


def test_a_title_alone_is_no_organisation():
    assert not orgs(["The campaign was led by Gov. Dana Wolcott of Millbrook."])
    assert "Gov" in _without("reject-title-word", ["The campaign was led by Gov. Dana Wolcott of Millbrook."])


def test_the_apostrophe_of_a_plural_possessive_is_no_part_of_the_name():
    assert "Kestrels" in orgs(["One member of the Kestrels' defense spoke."])
    assert "Kestrels'" in _without("plural-possessive", ["One member of the Kestrels' defense spoke."])


def test_an_acronym_spelt_from_the_name_before_it_is_that_names_own():
    found = orgs(["Harbix's Lumo Index (LUMO) fell, and Kestria Composite (KECOMP) rose."])
    assert not {"LUMO", "KECOMP"} & set(found)
    assert {"LUMO", "KECOMP"} <= set(
        _without("definition-own-acronym", ["Harbix's Lumo Index (LUMO) fell, and Kestria Composite (KECOMP) rose."])
    )
    # letters that are not the name's are the person's organisation
    assert "FTU" in orgs(["Ana Ruiz (FTU) spoke to the marchers."])


def test_a_name_read_from_its_acronym_that_names_a_thing_is_no_organisation():
    for text in (
        "The agency praised its Lunar Landing System (LLS) contract.",
        "Nurses of the Harbour Care Units (HCUs) walked out.",
        "Binge eating disorder (BED) is common.",
    ):
        assert not orgs([text]), text
    assert "Lunar Landing System" in _without(
        "definition-thing", ["The agency praised its Lunar Landing System (LLS) contract."]
    )
    assert "Tenants Against Evictions" in orgs(["Marchers from Tenants Against Evictions (TAE) rallied."])


def test_a_word_for_how_a_post_is_held_is_no_part_of_the_name_before_the_title():
    assert "KTA Police" in orgs(["Interim KTA Police Chief Dana Roe told reporters the station was closed."], is_protest=False)
    assert "Interim KTA Police" in _without(
        "sentence-opener-word", ["Interim KTA Police Chief Dana Roe told reporters the station was closed."], is_protest=False
    )
    assert "Harbour Board" in orgs(["Outgoing Harbour Board Chair Dana Roe spoke."], is_protest=False)


def test_generic_target_nominals_in_protest_reports():
    en = orgs(["Thousands marched against the Chinese government. Police said the interim government had left."])
    assert en["Chinese government"].role == "target" and "interim government" in en
    de = orgs(["Tausende demonstrierten gegen die Regierung."], language="de")
    assert de["Regierung"].role == "target"
    fr = orgs(["Ils manifestent contre le gouvernement."], language="fr")
    assert "gouvernement" in fr
    # a bare "the government" without a target cue, or outside a protest report, is no organisation
    assert "government" not in orgs(["The government said it would respond."])
    assert not orgs(["Thousands marched against the Chinese government."], is_protest=False)


def test_a_generic_target_named_by_its_leader_and_cued_in_its_own_sentence():
    found = orgs(["Thousands marched against the Varga administration on Sunday."])
    assert found["Varga administration"].role == "target" and "administration" not in found
    assert "Okafor government" in orgs(["Nurses urged the Okafor government to raise pay."])
    # a leader's name only after "the" and a cue; never a bare possessive
    assert not orgs(["They marched against President Varga's administration."])
    assert not orgs(["The Varga administration said it would respond."])
    # a cue in the sentence before counts for nothing
    assert not orgs(["They protested. Coalition government ministers left early."])
    assert "gouvernement" in orgs(["Ils ont manifesté. Puis ils ont protesté contre le gouvernement."], language="fr")


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "it", "pt", "nl", "no"])
def test_the_generic_target_window_finds_what_the_whole_paragraph_gives(code):
    from rallycrawl.extraction.organisations import _generic_needles, _generic_pattern, _generic_window

    pattern, needles = _generic_pattern(code), _generic_needles(code)
    frames = [
        "Early on Monday the Varga city {n} and later the U.S. federal {n} said so.",
        "{n}", "x{n}", "{n}s and {n}.", "Oda Brenn Tallow Fen interim {n} left", "the  {n}  nacional",
        "(la {N} centrale) und die neue {N}, sagte die lokale {n}.", "Wer? Die {n}", "la {n} chinoise y el {n} nacional", "the Oda {n} and the {n}al",
    ]
    for needle in needles:
        noun = needle if code in ("en", "de") else "g" + needle
        for frame in frames:
            text = frame.format(n=noun, N=noun[:1].upper() + noun[1:])
            if not any(map(text.__contains__, needles)):
                continue
            window = [(m.span(), m.groupdict()) for m in pattern.finditer(text, *_generic_window(text, needles, code))]
            assert window == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text


def test_a_bare_generic_target_is_the_one_the_article_names():
    found = orgs(["Thousands marched in Lisbon.", "The Portuguese government said it would listen.",
                  "Later they protested against the government again."])
    assert found["Portuguese government"].role == "target" and "government" not in found
    # before the named one too
    found = orgs(["They protested against the government.", "The Portuguese government said it would listen."])
    assert set(found) == {"Portuguese government"}
    # an English article that never says whose government: no organisation; Spanish, French, German
    # name the institution so
    assert not orgs(["They protested against the government."])
    assert "Gobierno" in orgs(["Marcharon contra el Gobierno."], language="es")
    assert "gouvernement" in orgs(["Ils manifestent contre le gouvernement."], language="fr")


def test_every_organisation_names_its_rules_and_each_rule_switches_off():
    from rallycrawl.extraction import organisations

    text = ["Marchers from Kinfolk Alliance rallied; the strike against Bluefin Terminals went on."]
    found = orgs(text)
    assert found["Kinfolk Alliance"].evidence == ["head"]
    assert "target-context" in found["Bluefin Terminals"].evidence
    assert set(found["Kinfolk Alliance"].evidence) <= set(organisations.RULES)
    try:
        organisations.switch_off("target-context")
        assert "Bluefin Terminals" not in orgs(text)
        organisations.switch_off("head", "role-for")  # ("Marchers from X" is role-for evidence too)
        assert "Kinfolk Alliance" not in orgs(text)
    finally:
        organisations.switch_off()
    assert "Bluefin Terminals" in orgs(text)


def test_unknown_rule_names_are_refused():
    import pytest

    from rallycrawl.extraction import organisations

    with pytest.raises(ValueError):
        organisations.switch_off("no-such-rule")


def test_a_dollar_amount_continues_a_name():
    assert "Fight for $15" in orgs(["The march was organised by Fight for $15 and local unions."])


def test_a_name_continues_over_to_and_in_but_not_into_a_place():
    found = orgs(
        [
            "The National Society for the Protection of Access to Libraries and the Project for "
            "Fairness in Broadcasting wrote to us. Students at the University of Oregon in Eugene marched."
        ]
    )
    assert "National Society for the Protection of Access to Libraries" in found
    assert "Project for Fairness in Broadcasting" in found
    assert "University of Oregon" in found and "Libraries" not in found


def test_french_elision_and_spanish_names_with_articles_inside():
    fr = orgs(["Les étudiants de l'Université Paris-8 sont en grève."], language="fr")
    assert "Université Paris-8" in fr
    es = orgs(["Según la Coordinadora Estudiantil por la Vivienda y la Dignidad, marcharon miles."], language="es")
    assert "Coordinadora Estudiantil por la Vivienda y la Dignidad" in es


def test_common_words_made_organisations_only_by_a_list_are_rejected():
    found = orgs(["El Consejo Nacional de Cámaras Pesqueras, Forestales, Mineras y Portuarias habló."])
    assert not {"Forestales", "Mineras", "Portuarias"} & set(found)


def test_german_prepositional_noun_phrases_are_cut_to_the_end():
    found = orgs(["Sie sprachen über Taktiken zur Organisation der Mitmieter und die Gewerkschaft Verdi."], language="de")
    assert not any("Taktiken" in name or "Organisation der" in name for name in found)


def test_a_german_noun_glued_before_a_foreign_name_is_dropped():
    found = orgs(
        ["Sie sprach für eine unter dem Namen Coordinadora Estudiantil por la Vivienda bekannte Bewegung."],
        language="de",
    )
    assert "Coordinadora Estudiantil por la Vivienda" in found


def test_a_stop_word_capitalised_inside_a_sentence_opens_the_name():
    from rallycrawl.extraction import organisations

    text = ["Activists from Just Stop Oil blocked the road.", "The march was led by the No Grand Dams committee."]
    found = orgs(text)
    assert "Just Stop Oil" in found and "No Grand Dams" in found
    assert "Stop Oil" not in found
    # at a sentence start the stop word is the sentence's, not the name's
    assert "Just Kinfolk Alliance" not in orgs(["Just Kinfolk Alliance members came."])
    try:
        organisations.switch_off("stop-word-opens-name")
        found = orgs(text)
        assert "Just Stop Oil" not in found and "Grand Dams" in found
    finally:
        organisations.switch_off()


def test_and_between_common_words_before_an_institution_head_is_one_name():
    from rallycrawl.extraction import organisations

    text = ["The Freedom and Justice Party won; the offices of the Peace and Prosperity party were stormed."]
    found = orgs(text)
    assert "Freedom and Justice Party" in found and "Peace and Prosperity party" in found
    # companies and people stay apart
    found = orgs(["Workers at Kinfolk and General Motors went on strike against General Motors."])
    assert "General Motors" in found and "Kinfolk and General Motors" not in found
    try:
        organisations.switch_off("and-common-words")
        assert "Freedom and Justice Party" not in orgs(text)
    finally:
        organisations.switch_off()


def test_italian_portuguese_and_dutch_organisation_words():
    found = orgs(
        ["Migliaia di persone hanno manifestato contro il governo italiano.",
         "Lo sciopero è stato indetto dalla Confederazione Generale Italiana del Lavoro."],
        language="it",
    )
    assert "Confederazione Generale Italiana del Lavoro" in found
    assert found["governo italiano"].role == "target"
    found = orgs(
        ["Milhares protestaram contra o governo brasileiro.",
         "O ato foi convocado pelo Movimento dos Trabalhadores Rurais Sem Terra."],
        language="pt",
    )
    assert "Movimento dos Trabalhadores Rurais Sem Terra" in found
    assert found["governo brasileiro"].role == "target"
    found = orgs(
        ["Duizenden mensen demonstreerden tegen het kabinet.",
         "De Federatie Nederlandse Vakbeweging (FNV) en de Partij van de Arbeid steunden de actie."],
        language="nl",
    )
    assert "Federatie Nederlandse Vakbeweging" in found and "Partij van de Arbeid" in found
    assert found["kabinet"].role == "target"


def test_a_sentence_case_name_is_read_back_from_its_acronym():
    found = orgs(
        ["La Fédération nationale des enseignants ruraux (FNER) a appelé à la grève."], language="fr"
    )
    assert found["Fédération nationale des enseignants ruraux"].acronym == "FNER"
    assert "FNER" not in found


def test_a_german_descriptor_before_a_name_is_dropped():
    found = orgs(
        [
            "Die Mietergewerkschaft Wohnwacht beteiligte sich an der Kundgebung.",
            "Die Gewerkschaft Erziehung und Wissenschaft hatte ebenfalls aufgerufen.",
        ],
        language="de",
    )
    assert "Wohnwacht" in found and "Mietergewerkschaft Wohnwacht" not in found
    assert "Gewerkschaft Erziehung und Wissenschaft" in found


def test_organiser_cues_in_french_spanish_and_german():
    assert "SUDR" in orgs(["Des milliers de personnes ont défilé à l'appel de la SUDR."], language="fr")
    assert "CTRV" in orgs(["Miles de personas marcharon a convocatoria de la CTRV."], language="es")
    assert "Wohnwende" in orgs(["Tausende demonstrierten auf Aufruf von Wohnwende."], language="de")


def test_italian_portuguese_and_dutch_cues_roles_and_actions_are_read_from_their_data():
    """lang/<code>/organisations.py ORGANISER_CUES, ROLE_NOUNS_BEFORE with ROLE_PREPOSITIONS, and
    ACTION_VERBS with ACTION_AUXILIARIES and ACTION_EVENTS."""
    for lang, text, name, rule in (
        ("it", "Migliaia a Ostravia: il corteo di ieri, organizzato dalla SNVQ, ha chiuso il ponte.", "SNVQ", "organised-by"),
        ("pt", "Milhares em Ostravia: a passeata de ontem, convocada pela SNVQ, fechou a ponte.", "SNVQ", "organised-by"),
        ("nl", "Duizenden in Ostravia. De betoging was op initiatief van de SNVQ.", "SNVQ", "organised-by"),
        ("it", "La portavoce della Marea Quieta ha parlato in piazza.", "Marea Quieta", "role-for"),
        ("pt", "O porta-voz da Maré Serena falou aos jornalistas.", "Maré Serena", "role-for"),
        ("nl", "De woordvoerder van Stille Golf sprak de menigte toe.", "Stille Golf", "role-for"),
        ("it", "Ieri la Marea Quieta ha indetto lo sciopero generale.", "Marea Quieta", "organised-action"),
        ("pt", "Ontem a Maré Serena convocou uma greve geral.", "Maré Serena", "organised-action"),
        ("nl", "Stille Golf organiseerde een staking in Ostravia.", "Stille Golf", "organised-action"),
    ):
        assert orgs([text], language=lang)[name].evidence == [rule], text


def test_spanish_and_french_role_words_before_an_organisation():
    assert "Vecinos Unidos" in orgs(["La vocera de Vecinos Unidos dijo que seguirán."], language="es")
    assert "Rues Libres" in orgs(["Une militante de Rues Libres a pris la parole."], language="fr")
    # plural role words
    es = orgs(["Los manifestantes, miembros de Madres por la Tierra, cortaron la ruta."], language="es")
    assert "Madres por la Tierra" in es
    fr = orgs(["Les militants de Soulèvements de la Vallée ont bloqué le chantier."], language="fr")
    assert "Soulèvements de la Vallée" in fr
    # not in German, whose nouns are capitalised: a noun phrase
    assert not orgs(["Vertreter der Bauernhöfe und Schulen sprachen."], language="de")


def test_list_introducers_in_spanish_french_and_german():
    for text, lang in (
        ("Marcharon organismos de derechos humanos como Madres del Río, Hijos Unidos y Vecinos Unidos.", "es"),
        ("Participaron varias agrupaciones, entre ellas Madres del Río, Hijos Unidos y Vecinos Unidos.", "es"),
        ("Los colectivos Madres del Río, Hijos Unidos y Vecinos Unidos encabezaron la marcha.", "es"),
    ):
        found = orgs([text], language=lang)
        assert found["Madres del Río"].role == "organiser" and "Vecinos Unidos" in found, text
    for text in (
        "Plusieurs syndicats, dont Rues Libres et Travail Digne, appellent à la grève.",
        "Des organisations, notamment Rues Libres et Travail Digne, ont manifesté.",
    ):
        assert {"Rues Libres", "Travail Digne"} <= set(orgs([text], language="fr")), text
    assert "Mieter Ost" in orgs(["Initiativen wie Mieter Ost hatten mobilisiert."], language="de")


def test_an_organisation_word_after_and_opens_a_second_name():
    found = orgs(["La marcha fue convocada por la Unión Obrera del Sur y Frente Gremial."], language="es")
    assert {"Unión Obrera del Sur", "Frente Gremial"} <= set(found)
    # a tail without an organisation word of its own stays in the name
    assert "Sindicato Único Ferroviario y Oficios Conexos" in orgs(["El Sindicato Único Ferroviario y Oficios Conexos convocó."], language="es")


def test_a_romance_verb_and_article_before_a_name_open_the_sentence():
    found = orgs(["Convocaron la Unión Obrera del Sur y Frente Gremial."], language="es")
    assert {"Unión Obrera del Sur", "Frente Gremial"} == set(found)
    assert set(orgs(["Soutiennent le Collectif des Sans Papiers."], language="fr")) == {"Collectif des Sans Papiers"}
    # a name opening with a common noun and "de" stays whole
    assert "Madres del Río" in orgs(["Madres del Río, un colectivo de vecinas, marchó."], language="es")


def test_only_the_article_language_and_cuts_a_name():
    found = orgs(["La portavoz de Vecinos en Lucha dijo que la marcha seguirá."], language="es")
    assert "Vecinos en Lucha" in found


def test_a_word_that_opens_sentences_is_no_part_of_a_name():
    assert orgs(["Laut Polizei kamen 300 Menschen. Seine Partei schwieg dazu."], language="de") == {}
    found = orgs(["Ante la Policía, los vecinos del Sindicato Minero se sentaron."], language="es")
    assert "Ante la Policía" not in found and "Sindicato Minero" in found
    found = orgs(["Devant la Préfecture, les grévistes ont chanté."], language="fr")
    assert not found


def test_streets_squares_and_stations_are_places():
    found = orgs(["Marchers left Union Station for Union Square, where the Bakers Union spoke."])
    assert set(found) == {"Bakers Union"}
    found = orgs(["La marcha llegó a la Plaza del Congreso."], language="es")
    assert "Plaza del Congreso" not in found


def test_lower_case_adjectives_continue_a_romance_name():
    found = orgs(
        [
            "Les élus de la Nouvelle Alliance populaire et sociale ont rejoint le Parti radical. "
            "L'Assemblée nationale vote mardi. Le Gouvernement explique la réforme.",
            "La Fédération générale du commerce, premier syndicat du secteur, appelle à la grève.",
        ],
        language="fr",
    )
    assert {"Nouvelle Alliance populaire et sociale", "Parti radical", "Assemblée nationale"} <= set(found)
    assert "Fédération générale du commerce" in found
    assert not any("explique" in name for name in found)
    # a genitive without a mark closing it: where the name ends is unknown, nothing is made of it
    found = orgs(["La Unión general de trabajadores convocó el paro."], language="es")
    assert "Unión general" not in found


def test_an_acronym_before_a_persons_job_is_her_organisation():
    for text in (
        '"The rover is fine," said KESA engineer Dana Wolcott.',
        "KESA planetary scientist Dana Wolcott said the probe was fine.",
        '"We are ready," said Dana Wolcott, a KESA engineer.',
    ):
        for protest in (True, False):  # strong enough outside protest reports too
            found = orgs([text], is_protest=protest)
            assert set(found) == {"KESA"}, (text, protest)
            assert found["KESA"].evidence == ["acronym-role"]
    assert orgs(["The KESA water plant closed on Monday."], is_protest=False) == {}
    assert orgs(["LGBT activist Dana Wolcott spoke first."]) == {}


def test_common_words_and_an_institution_word_after_a_country_mark_are_one_name():
    found = orgs(["The U.S. Pensions and Savings Commission fined Kestrel Corp on Monday."])
    assert "U.S. Pensions and Savings Commission" in found and "Savings Commission" not in found
    found = orgs(["Ana Roe, the Housing and Rural Services secretary, said the plan would wait."])
    assert "Housing and Rural Services" in found
    # a company's word joins one word each side only
    found = orgs(["Workers at Bright and Kestrel Cloud Services walked out."])
    assert "Kestrel Cloud Services" in found


def test_an_outlets_name_that_is_a_word_opening_sentences_is_no_outlet():
    for protest in (True, False):
        found = orgs(["Time is short, the organisers said. They had no time left to plan."], is_protest=protest)
        assert "Time" not in found
    assert "Time" in orgs(["A reporter for Time wrote that the march was large. They had no time left."])


def test_a_persons_name_after_and_is_no_tail_of_a_name():
    found = orgs(["The complaint went to the Department of Harbour Security and Dana Wolcott last week."], is_protest=False)
    assert set(found) == {"Department of Harbour Security"}
    found = orgs(["The Guild of Harbour Pilots and Deckhands struck."], is_protest=False)
    assert "Guild of Harbour Pilots and Deckhands" in found


def test_regions_are_places_not_organisations():
    found = orgs(["Officials from Kestrel Union said the talks with Catalonia and Bavaria would go on."])
    assert not {"Catalonia", "Bavaria"} & set(found)


@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("La protesta è stata organizzata dalla Kestrelcoop davanti al municipio.", "it", "Kestrelcoop"),
        ("La manifestazione, promossa da Ambientevivo, è finita in piazza.", "it", "Ambientevivo"),
        ("O protesto foi convocado pela Lumenfrente na avenida.", "pt", "Lumenfrente"),
        ("Het protest werd georganiseerd door Kestrelbond op het plein.", "nl", "Kestrelbond"),
    ],
)
def test_organiser_cues_in_italian_portuguese_and_dutch(text, lang, name):
    _assert_organiser(text, lang, name)


def test_initials_are_read_without_accents():
    found = orgs(["O ato foi convocado pela Central Única dos Faroleiros (CUF) na praia."], language="pt")
    assert found["Central Única dos Faroleiros"].acronym == "CUF"


def test_a_verb_before_a_number_is_no_adjective_of_a_name():
    found = orgs(["Secondo il Comitato erano 5.000 i manifestanti. Il Partito ecologista ha aderito."], language="it")
    assert not any("erano" in name for name in found) and "Partito ecologista" in found


def test_organisation_nouns_and_lists_in_italian_portuguese_and_dutch():
    found = orgs(["I sindacati Kestrelcoop e Lumenlavoro hanno proclamato lo sciopero."], language="it")
    assert {"Kestrelcoop", "Lumenlavoro"} <= set(found)
    assert "Lumenfrente" in orgs(["O coletivo Lumenfrente convocou o ato na praça."], language="pt")
    assert "Kestrelbond" in orgs(["De vakbond Kestrelbond eist hogere lonen."], language="nl")


def test_organiser_actions_in_italian_portuguese_and_dutch():
    for text, lang, name in (
        ("Lumenlavoro ha indetto un presidio davanti alla prefettura.", "it", "Lumenlavoro"),
        ("A Lumenfrente convocou uma greve geral na cidade.", "pt", "Lumenfrente"),
        ("Kestrelbond organiseerde een staking bij de haven.", "nl", "Kestrelbond"),
    ):
        found = orgs([text], language=lang)
        assert name in found and found[name].role == "organiser", (lang, found)


def test_role_words_in_italian_portuguese_and_dutch():
    for text, lang, name in (
        ("Lo ha detto Anna Bianchi, portavoce della Kestrelcoop, davanti alla prefettura.", "it", "Kestrelcoop"),
        ("Segundo Ana Souza, porta-voz do Lumenteto, o ato foi pacífico.", "pt", "Lumenteto"),
        ("Volgens Anna de Vries, woordvoerder van Kestrelbond, verliep alles rustig.", "nl", "Kestrelbond"),
    ):
        assert name in orgs([text], language=lang), lang


def test_a_name_written_only_inside_a_longer_one_is_part_of_it():
    text = "« On ne lâchera rien », a lancé Sophie Martin, secrétaire de la Fédération syndicale Kestrel (FSK)."
    found = orgs([text], language="fr")
    assert set(found) == {"Fédération syndicale Kestrel"} and found["Fédération syndicale Kestrel"].acronym == "FSK"
    # written alone elsewhere, the shorter name stays
    found = orgs(["The Kestrel Tenants Union marched. Kestrel Corp, a company, said nothing."])
    assert "Kestrel Corp" in found and "Kestrel Tenants Union" in found


def test_role_words_with_with_and_in_the_plural():
    assert "Lumen Health" in orgs(["Officials with Lumen Health, which owns the hospital, did not respond."])
    assert "Kestrel Tenants Together" in orgs(['"We are tired," said Ana Roe, an organizer with Kestrel Tenants Together.'])
    assert orgs(["A spokesperson with Dana Wolcott declined to comment."]) == {}


def test_protesters_from_a_group_not_from_a_town_or_a_person():
    assert "Harbor Youth for Climate" in orgs(["Protesters from Harbor Youth for Climate blocked the bridge."])
    assert "KTU" in orgs(["Supporters of KTU marched to the port."])
    assert orgs(["Protesters from Kestrelford blocked the bridge."]) == {}
    assert orgs(["Supporters of Dana Wolcott blocked the bridge."]) == {}


def test_an_office_named_by_its_holder_is_one_name():
    found = orgs(["The Kestrel County Sheriff’s Office said two people were arrested."])
    assert "Kestrel County Sheriff’s Office" in found
    assert orgs(["Sheriff Dana Wolcott said two people were arrested."]) == {}


def test_a_german_council_word_before_a_persons_name_is_her_title():
    assert orgs(["„Wir lassen uns das nicht gefallen“, sagte Betriebsrat Thomas Kessler."], language="de") == {}
    assert "Flüchtlingsrat Kestrelland" in orgs(["Der Flüchtlingsrat Kestrelland kritisierte die Abschiebung."], language="de")


@pytest.mark.parametrize(
    "text, lang, second",
    [
        ("Les salariés sont en grève depuis lundi à l’appel de la KGT et de Sud-Kestrel.", "fr", "Sud-Kestrel"),
        ("La marcha fue convocada por Kestrelcoop y por Vecinos en Lucha.", "es", "Vecinos en Lucha"),
        ("La manifestazione è stata organizzata dalla Kestrelcoop e dalla Lumenlavoro.", "it", "Lumenlavoro"),
    ],
)
def test_and_with_its_preposition_again_coordinates(text, lang, second):
    _assert_organiser(text, lang, second)


def test_an_organiser_cue_before_a_definition_gives_the_role():
    found = orgs(["La medida fue convocada por la Central de Trabajadores de Kestrel (CTK) el lunes."], language="es")
    assert found["Central de Trabajadores de Kestrel"].role == "organiser"


def test_police_and_prosecutors_open_names_in_spanish_portuguese_and_italian():
    for text, lang, name in (
        ("Según la Policía Kestrelense, hubo 3.000 personas.", "es", "Policía Kestrelense"),
        ("Segundo a Polícia Militar, o ato reuniu 3 mil pessoas.", "pt", "Polícia Militar"),
        ("La Procura di Kestrel ha aperto un fascicolo.", "it", "Procura di Kestrel"),
    ):
        assert name in orgs([text], language=lang), lang


def _without(rule, paragraphs, **kw):
    """orgs() with one rule switched off (what the rule's test would see without it)."""
    from rallycrawl.extraction import organisations

    try:
        organisations.switch_off(rule)
        return orgs(paragraphs, **kw)
    finally:
        organisations.switch_off()


def test_a_for_name_goes_on_over_in_a_country_or_continent():
    text = ["Observers from the Council for Fair Tides in Europe watched the march."]
    assert "Council for Fair Tides in Europe" in orgs(text)
    assert "Council for Fair Tides" in _without("for-in-place", text)
    # a town, or a national body's country, is where it stands
    assert "Kestrel Institute for Tidal Studies" in orgs(["On Monday, staff of the Kestrel Institute for Tidal Studies in Munich marched."])
    assert "National Office for Tidal Studies" in orgs(["On Monday, staff of the National Office for Tidal Studies in France marched."])
    # an "of" name: "in" says where it is
    assert "University of Kestrel" in orgs(["Students at the University of Kestrel in Europe marched."])


def test_two_words_ending_in_workers_name_people():
    text = ["Warehouse Workers walked out on Monday."]
    assert orgs(text) == {}
    assert "Warehouse Workers" in _without("head-people-two-words", text)
    assert "United Harbour Workers" in orgs(["The United Harbour Workers called the strike."])


def test_organised_by_common_words_that_open_with_no_first_name():
    text = ["The march was organised by Silent Harvest on Monday."]
    assert orgs(text)["Silent Harvest"].role == "organiser"
    assert "Silent Harvest" not in _without("organiser-common-words", text)
    assert orgs(["The march was organised by Dana Wolcott on Monday."]) == {}


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("es", "La marcha fue convocada por Cielo Abierto el lunes en Valdeluz.", "Cielo Abierto"),
        ("fr", "La manifestation a été organisée par Ciel Ouvert lundi à Verneuil.", "Ciel Ouvert"),
    ],
)
def test_organised_by_common_words_of_the_article_language(language, text, name):
    """Rule organiser-common-words reads the word frequencies of the article's language, not English's."""
    assert orgs([text], language=language)[name].role == "organiser"
    assert name not in _without("organiser-common-words", [text], language=language)


def test_a_post_and_the_person_who_holds_it_is_no_organisation():
    text = ["A spokesperson for Secretary of State Dana Wolcott said the march was peaceful."]
    assert "State Dana Wolcott" not in orgs(text)
    assert "State Dana Wolcott" in _without("reject-titled-person", text)
    assert "Stand Up To Kestrels" in orgs(["The march was organised by Stand Up To Kestrels."])


def test_a_capitalised_watch_after_capitalised_words_heads_the_name():
    from rallycrawl.extraction import organisations

    said = ["Kestrel Rights Watch said the march in Borgoverde was peaceful."]
    counted = ["The monitors of Harbour Watch counted the marchers in Borgoverde."]
    assert "Kestrel Rights Watch" in orgs(said) and "Kestrel Rights" not in orgs(said)
    assert "Harbour Watch" in orgs(counted)
    # a sentence-opening "Watch" and "Watch Video" stay page furniture
    assert not any("Watch" in name for name in orgs(["Watch: the march in Borgoverde drew thousands."]))
    assert "Kestrel Rights Watch" not in orgs(["Kestrel Rights Watch Video of the march in Borgoverde."])
    try:
        organisations.switch_off("furniture-head")
        assert "Kestrel Rights Watch" not in orgs(said)
        assert "Harbour Watch" not in orgs(counted)
    finally:
        organisations.switch_off()


def test_a_watch_name_outside_protest_reports_is_no_organisation_by_its_head():
    text = ["The Kestrel Rights Watch went on sale in Borgoverde on Monday."]  # a product's name
    assert "Kestrel Rights Watch" in orgs(text)
    assert "Kestrel Rights Watch" not in orgs(text, is_protest=False)


def test_a_name_opened_by_a_posts_title_is_the_post():
    text = ["The Inspector-General of Kestrel Police, Dana Roe, met the marchers.", "The Lumo Attorney for the Northern District of Kestria filed charges against the marchers."]
    found = orgs(text)
    assert "Inspector-General of Kestrel Police" not in found
    assert "Lumo Attorney for the Northern District of Kestria" not in found
    assert "Lumo Attorney for the Northern District of Kestria" in _without("reject-post", text)
    # a post that names an agency too is no post for the rule
    from rallycrawl.extraction.organisations import _opens_with_post

    assert _opens_with_post("Lumo Commissioner for Tides".split())
    assert not _opens_with_post("Lumo High Commissioner for Tides".split())


def test_a_department_for_its_company_after_a_role():
    text = ['"We are ready," says Mara Olsen, Head of Regional Sales for Kestrel Labs.']
    found = orgs(text)
    assert "Kestrel Labs" in found and "Regional Sales for Kestrel Labs" not in found
    assert "Regional Sales for Kestrel Labs" in _without("department-for", text)
    # a group whose name holds "for" stays whole, after "a spokeswoman for" or "director of"
    assert "Lawyers for Fair Rent" in orgs(["Dana Roe, director of Lawyers for Fair Rent, said the march was peaceful."])
    assert "Tenants for Fair Rent" in orgs(["Dana Roe, a spokeswoman for Tenants for Fair Rent, said the march was peaceful."])


def test_the_title_of_a_work_named_twice_is_no_organisation():
    texts = (
        ["She wrote her debut novel, Harbour of Glass, at twenty.", "Harbour of Glass sold well."],
        ["The band closed with \u201cSingin\u2019 Kestrels to the Sea,\u201d and fans sang Singin\u2019 Kestrels twice."],
        ["Tickets for <The Harbour: Song of Noor Ambel> sold out.", "Visitors came to see <The Harbour: Song of Noor Ambel> again."],
        ["She revised The Keepers of Tide and said The Keepers of Tide was her best."],
    )
    for text, title in zip(texts, ("Harbour of Glass", "Kestrels", "Noor Ambel", "Keepers of Tide")):
        assert not any(title in name for name in orgs(text)), text
    assert "Harbour of Glass" in _without("repeated-name-work", texts[0])
    # a group the report names twice stays
    assert "Save Our Creek" in orgs(["Marchers from Save Our Creek rallied.", "Save Our Creek said the creek must stay."])


def test_a_town_before_a_state_code_is_a_place():
    text = ["May 5 -- Kestrel Center, Millbrook, PA", "May 3 -- Lumen Harbour Hall Center, Tarrowby, NJ"]
    found = orgs(text)
    assert {"Kestrel Center", "Lumen Harbour Hall Center"} <= set(found) and "Tarrowby" not in found
    assert "Tarrowby" in _without("reject-town-before-code", text)


def test_a_copyright_lines_tail_is_no_organisation():
    text = ["\u00a9 2031 Kestrel Media & Partners, Inc. All Rights Reserved"]
    assert "Inc. All Rights Reserved" not in orgs(text)
    assert "Kestrel Media & Partners" in orgs(text)
    assert "Inc. All Rights Reserved" in _without("reject-suffix-opener", text)


def test_a_hyphenated_first_name_after_a_post():
    text = ["Deputy Director of Harbour Prosecution Ana-Lena Wolcott closed the case against the marchers."]
    assert "Harbour Prosecution Ana-Lena Wolcott" not in orgs(text)
    assert "Harbour Prosecution Ana-Lena Wolcott" in _without("titled-person-hyphen", text)


def test_a_german_body_is_read_with_german_data():
    # (a page that declares English but is written in German is settled as German before the
    # analysis: metadata.settled_language, rule body-over-declared-language)
    text = [
        "Die Leute treffen sich jeden Montag, und in der Stadt sind viele mit dabei, sei es im Handel, in der Industrie oder in der Pflege.",
    ]
    assert "Industrie" not in orgs(text, language="de")


def test_more_english_organisation_words_head_names():
    found = orgs(["Nurses at the Lumo Royal Infirmary and staff of the Kestrian Embassy joined Harbix Robotics and Tarrow Studios workers."])
    assert {"Lumo Royal Infirmary", "Kestrian Embassy", "Harbix Robotics"} <= set(found)


def test_a_capitalised_time_word_after_a_media_word_ends_the_media_name():
    text = ["\u00a9 2031 Kestrel News Now."]
    assert "Kestrel News Now" in orgs(text, is_protest=False)
    assert "Kestrel News" in _without("media-time-tail", text)


def test_a_portfolio_before_a_cabinet_title_is_no_organisation():
    text = ["HARBIX (AP) -- N.K. Defense Secretary Dana Roe told the marchers to go home."]
    assert "N.K. Defense" not in orgs(text)
    assert "N.K. Defense" in _without("members-after-portfolio", text)


def test_an_acronym_that_speaks_is_a_body():
    text = ["Thousands marched in Borgoverde. The KTA said the strike would go on, and the US said nothing.", "People with HCD reported pain."]
    found = orgs(text)
    assert "KTA" in found and "US" not in found and "HCD" not in found
    assert "KTA" not in _without("acronym-says", text)
    assert "KTA" not in orgs(text, is_protest=False)  # outside protest reports only strong evidence counts


def test_a_mottos_clause_is_no_organisation():
    text = ["The coins say In Harbour We Trust.", "The Lumo Trust marched."]
    found = orgs(text)
    assert "Lumo Trust" in found and not any("We Trust" in name for name in found)
    assert "In Harbour We Trust" in _without("reject-clause-name", text)


def test_a_name_with_middle_initials_is_a_persons():
    text = ["Staff of Kestrel Hospital and Tomas Brandt, Quillan RK Wolcott, and Mara Olsen of the Lumo Clinic marched on Friday."]
    assert "Quillan RK Wolcott" not in orgs(text) and "Lumo Clinic" in orgs(text)
    assert "Quillan RK Wolcott" in _without("reject-initials-person", text)


def test_an_acronym_that_acts_with_authority_is_a_body():
    text = [
        "Hundreds marched in Borgoverde. Later the KTA ruled on the permit, and the rally sued the LRDA.",
        "Two organisers were arrested by the NBIA on Friday.",
        "The US banned the march. People with HCD voted on it. The LLS failed.",
    ]
    found = orgs(text)
    assert "KTA" in found and "LRDA" in found and "NBIA" in found
    assert not {"US", "HCD", "LLS"} & set(found)
    assert "KTA" not in _without("acronym-body-verb", text) and "LRDA" not in _without("acronym-body-verb", text)
    assert "KTA" not in orgs(text, is_protest=False)  # outside protest reports only strong evidence counts


def test_two_names_joined_by_an_ampersand_are_a_firm():
    text = [
        "Hundreds marched past Kestrel & Varga on Friday, and Brandt & Sons closed early.",
        "Her poster read Salt & Pepper, and the band played Bread & Butter. Staff of Harbour & Lindqvist watched.",
    ]
    found = orgs(text)
    assert "Kestrel & Varga" in found and "Brandt & Sons" in found
    assert not any(n in found for n in ("Salt & Pepper", "Bread & Butter")) and not any("Staff" in n for n in found)
    assert "Kestrel & Varga" not in _without("ampersand-firm", text)
    assert "Kestrel & Varga" not in orgs(text, is_protest=False)


def test_an_acronym_given_as_a_source_is_a_body():
    text = [
        "Hundreds marched in Borgoverde, according to the KTA. Cases are rare, says KESA.",
        "According to the US, prices rose. He said the LLS launch slipped, according to the LLS schedule.",
    ]
    found = orgs(text)
    assert "KTA" in found and "KESA" in found
    assert "US" not in found and "LLS" not in found
    assert "KTA" not in _without("acronym-source", text)
    assert "KTA" not in orgs(text, is_protest=False)


def test_international_ends_an_organisations_name():
    found = orgs(["Kestrel International criticised the arrests of the marchers."])
    assert "Kestrel International" in found
    found = orgs(["A researcher at Harbourlight International said the law was unjust."])
    assert "Harbourlight International" in found


def test_a_citys_name_and_international_is_its_airport():
    text = ["Hundreds of protesters gathered at Denver International on Saturday."]
    assert "Denver International" not in orgs(text)
    assert "Denver International" in _without("reject-airport", text)


def test_organised_by_a_rare_word_and_common_words_is_a_group():
    text = ["Hundreds joined a march organised by Kestrel Action and Lumo Rising on Saturday."]
    assert "Kestrel Action" in orgs(text)
    assert "Kestrel Action" not in _without("organiser-common-last-words", text)
    # a first name, even a rare one, before a common word is a person's name
    assert "Ayesha Green" not in orgs(["The march was organised by Ayesha Green."])


@pytest.mark.parametrize(
    "language, text",
    [
        ("nl", "De demonstratie werd zaterdag georganiseerd door Silent Harvest."),
        ("es", "La marcha fue convocada por Silent Harvest el sábado en Valdeluz."),
        ("fr", "La marche a été organisée par Silent Harvest samedi à Verneuil."),
    ],
)
def test_organised_by_common_english_words_in_another_language(language, text):
    """Rule organiser-english-words: movements keep English names in every language's reports."""
    assert orgs([text], language=language)["Silent Harvest"].role == "organiser"
    assert "Silent Harvest" not in _without("organiser-english-words", [text], language=language)


def test_organised_by_a_person_stays_a_person_in_another_language():
    assert orgs(["De demonstratie werd georganiseerd door Dana Wolcott."], language="nl") == {}
    assert orgs(["La marcha fue convocada por Marta Rivers."], language="es") == {}


def test_norwegian_words_are_read_with_norwegian_frequencies():
    from rallycrawl.extraction.knowledge.words import zipf

    assert zipf("regjeringen", "no") > 4.5
    assert zipf("regjeringen", "en") == 0.0


def test_norwegian_organiser_cue_and_common_words():
    found = orgs(["Demonstrasjonen var organisert av Stille Høst lørdag."], language="no")
    assert found["Stille Høst"].role == "organiser"
    assert "Kestrelforbundet" in orgs(["Markeringen skjedde i regi av Kestrelforbundet."], language="no")


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Des milliers de personnes ont manifesté samedi. La FSKT a dénoncé la réforme."),
        ("fr", "Des milliers de personnes ont manifesté samedi. Selon la FSKT, ils étaient cinq mille."),
        ("es", "Miles de personas marcharon el sábado. La FSKT denunció la reforma."),
        ("es", "Miles de personas marcharon el sábado. Según la FSKT, eran cinco mil."),
        ("it", "Migliaia di persone hanno sfilato sabato. La FSKT ha detto che erano cinquemila."),
        ("it", "Migliaia di persone hanno sfilato sabato. Secondo la FSKT, erano cinquemila."),
        ("pt", "Milhares de pessoas protestaram no sábado. O FSKT afirmou que eram cinco mil."),
        ("pt", "Milhares de pessoas protestaram no sábado. Segundo o FSKT, eram cinco mil."),
        ("nl", "Duizenden mensen demonstreerden zaterdag. De FSKT zegt dat er vijfduizend waren."),
        ("de", "Tausende demonstrierten am Samstag. Die FSKT erklärte, es seien fünftausend gewesen."),
        ("de", "Tausende demonstrierten am Samstag. „Wir bleiben hier“, so die FSKT."),
        ("no", "Flere tusen demonstrerte lørdag. FSKT sier at tre tusen deltok."),
        ("no", "Flere tusen demonstrerte lørdag. Ifølge FSKT, deltok tre tusen."),
    ],
)
def test_an_acronym_that_speaks_or_informs_in_each_language(language, text):
    """Rules acronym-says and acronym-source read each language's speech verbs and source cues."""
    found = orgs([text], language=language)
    assert found["FSKT"].evidence[0] in ("acronym-says", "acronym-source")
    assert "FSKT" not in _without(found["FSKT"].evidence[0], [text], language=language)


def test_a_country_acronym_of_another_language_says_nothing_as_a_body():
    found = orgs(["Miles de personas marcharon. EEUU dijo que no intervendrá. La FSKT señaló su rechazo."], language="es")
    assert "EEUU" not in found and "FSKT" in found


def test_a_function_word_or_participle_after_an_organisation_noun_is_no_part_of_the_apposition():
    """Rule apposition-filler: 'an employer under X', 'the collective designed X' do not name the noun."""
    text = ["Staff can stay insured with their employer under KESTA for a year."]
    assert "KESTA" not in orgs(text)
    assert "KESTA" in _without("apposition-filler", text)
    text = ["For the festival, the artist collective designed Lantern over the Harbour, a huge net."]
    assert orgs(text) == {}
    assert "Lantern" in _without("apposition-filler", text)
    # a modifier of the noun, a connector or "and" still lead to the name
    assert "Harbour Pickets" in orgs(["Members of the union local Harbour Pickets marched."])
    assert "Kestrelia" in orgs(["Marcharon con la cámara patronal Kestrelia."], language="es")


def test_an_owner_or_a_person_before_an_organisation_noun_is_not_its_name():
    """Rule org-noun-owner: "X's company" is what X owns; "my annual Dana Wolcott party" a celebration."""
    text = ["Critics attacked Quillan Varga's company over the layoffs."]
    assert orgs(text) == {}
    assert "Quillan Varga" in _without("org-noun-owner", text)
    text = ["He wrote a play about my annual Dana Wolcott party."]
    assert orgs(text) == {}
    assert "Dana Wolcott party" in _without("org-noun-owner", text)
    assert "Copper Lantern party" in orgs(["The Copper Lantern party called the strike."])


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("it", "In piazza c'erano gli attivisti di Ultima Marea con i loro striscioni.", "Ultima Marea"),
        ("it", "Al presidio c'erano anche gli iscritti della FSKT.", "FSKT"),
        ("pt", "Participaram do ato ativistas da Frente Kestrel e membros do Coletivo Varga.", "Frente Kestrel"),
        ("nl", "Dat zegt een woordvoerder van de Kestrelbond.", "Kestrelbond"),
        ("nl", "Op het plein stonden activisten van Stille Herfst met spandoeken.", "Stille Herfst"),
        ("no", "– Vi gir oss ikke, sier Ingrid Varga, leder i Stille Høst.", "Stille Høst"),
    ],
)
def test_members_and_spokespeople_of_a_group_in_more_languages(language, text, name):
    """ROLE_NOUNS_BEFORE of it, pt, nl, no: the plural members ("attivisti di X") and Norwegian roles."""
    assert name in orgs([text], language=language)


def test_dutch_article_after_van_is_skipped_like_the():
    text = ["Dat zegt een woordvoerder van de Kestrelbond."]
    assert "Kestrelbond" not in _without("dutch-van-article", text, language="nl")


def test_one_word_after_crowd_members_is_where_they_come_from():
    """CROWD_NOUNS: 'gli attivisti di Torvalle' is a town as often as a group; a name of several common
    words is a group's (rule crowd-common-words)."""
    assert orgs(["In piazza c'erano gli attivisti di Torvalle."], language="it") == {}
    assert orgs(["C'erano anche gli attivisti di Marco Varga."], language="it") == {}
    text = ["Protesters from Silent Harvest blocked the road."]
    assert "Silent Harvest" in orgs(text)
    assert "Silent Harvest" not in _without("crowd-common-words", text)


@pytest.mark.parametrize(
    "language, text, first, second",
    [
        ("it", "Hanno aderito diverse associazioni, tra cui Ultima Marea e Potere Rosso.", "Ultima Marea", "Potere Rosso"),
        ("it", "Hanno aderito i sindacati, tra cui la FSKT e la CISK.", "FSKT", "CISK"),
        ("pt", "Participaram movimentos sociais, entre eles o FSKT e a UNEK.", "FSKT", "UNEK"),
        ("nl", "De acties worden gesteund door organisaties zoals Stille Herfst en Kestrel Natuur.", "Stille Herfst", "Kestrel Natuur"),
        ("nl", "De acties worden gesteund door vakbonden, waaronder FSKT en CNK.", "FSKT", "CNK"),
        ("no", "Flere organisasjoner, blant annet Stille Høst og Kestrel Natur, deltok.", "Stille Høst", "Kestrel Natur"),
    ],
)
def test_list_introducers_in_more_languages(language, text, first, second):
    """LIST_NOUNS / LIST_INTRODUCERS of it, pt, nl, no; rules list-article and and-of-language-list."""
    found = orgs([text], language=language)
    assert found[first].role == "organiser" and found[second].role == "organiser", found


def test_list_article_and_language_and_can_be_switched_off():
    text = ["Participaram movimentos sociais, entre eles o FSKT e a UNEK."]
    assert "FSKT" not in _without("list-article", text, language="pt")
    text = ["De acties worden gesteund door vakbonden, waaronder FSKT en CNK."]
    assert "CNK" not in _without("and-of-language-list", text, language="nl")
    # Dutch "en" coordinates only in Dutch: in Spanish it is "in"
    assert "Valdeluz" not in orgs(["Los sindicatos CCKO y UGK marcharon en Valdeluz."], language="es")


def test_a_plural_possessive_before_a_title_splits_the_name():
    """Rule plural-possessive-split: "Kestrel Works' Lanternfall" is the company and its product."""
    text = ["The launch title is indie developer Kestrel Works' Lanternfall, a moody game."]
    assert set(orgs(text)) == {"Kestrel Works"}
    assert "Kestrel Works' Lanternfall" in _without("plural-possessive-split", text)
    assert "Harbour Tenants' Union" in orgs(["The Harbour Tenants' Union called the strike."])
    assert "Office of Harbour Pilots' Affairs" in orgs(["Nurses from the Office of Harbour Pilots' Affairs walked out."])


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("nl", "Duizenden demonstreerden. De Kestrelbond zegt dat er vijfduizend mensen waren.", "Kestrelbond"),
        ("de", "Tausende demonstrierten. Der Kestrelverband erklärte, man sei zufrieden.", "Kestrelverband"),
        ("de", "Tausende demonstrierten. Laut Kestrelverband, der die Demo anmeldete, waren es fünftausend.", "Kestrelverband"),
    ],
)
def test_one_compound_organisation_word_speaks_as_an_acronym_does(language, text, name):
    """Rule compound-head-body: one word ending in an organisation compound's head, before a speech verb
    or after a source cue."""
    assert name in orgs([text], language=language)
    assert name not in _without("compound-head-body", [text], language=language)


def test_a_compound_head_alone_is_no_body():
    assert orgs(["Tausende demonstrierten. Der Verband erklärte, man sei zufrieden."], language="de") == {}


def test_german_call_with_the_protest_first():
    """Rule german-called-inverted: "Zu der Kundgebung hatte der X aufgerufen"."""
    text = ["Tausende demonstrierten. Zu der Kundgebung hatte der Kestrelverband aufgerufen."]
    assert orgs(text, language="de")["Kestrelverband"].role == "organiser"
    assert "Kestrelverband" not in _without("german-called-inverted", text, language="de")
    found = orgs(["Tausende kamen. Zum Warnstreik hatten Verdu und der Kestrelverband aufgerufen."], language="de")
    assert found["Verdu"].role == "organiser" and found["Kestrelverband"].role == "organiser"
    assert orgs(["Tausende kamen. Zu der Demo hatten Stille Ernte und andere aufgerufen."], language="de")["Stille Ernte"]
    assert orgs(["Tausende kamen. Zu der Demo hatte Anna Weber aufgerufen."], language="de") == {}


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("it", "Tra i manifestanti c'era anche la rete Stella Scura.", "Stella Scura"),
        ("pt", "Também participou a rede Estrela Escura.", "Estrela Escura"),
        ("no", "Også organisasjonen Stille Høst deltok i markeringen.", "Stille Høst"),
        ("no", "Også nettverket Svart Kestrel deltok i markeringen.", "Svart Kestrel"),
    ],
)
def test_organisation_nouns_before_a_name_in_more_languages(language, text, name):
    """ORG_NOUNS: Italian/Portuguese "rete"/"rede", Norwegian nouns with their suffixed article."""
    assert name in orgs([text], language=language)


def test_a_first_name_that_is_also_a_place_opens_a_person_before_a_surname():
    """Rule reject-person-place-name: "Marco Varga" (Marco is also a town) is a person; "Austin Energy" stays."""
    text = ["Migliaia in piazza. Marco Varga ha organizzato la manifestazione."]
    assert orgs(text, language="it") == {}
    assert "Marco Varga" in _without("reject-person-place-name", text, language="it")
    assert "Austin Energy" in orgs(["Thousands marched. Austin Energy organised the rally."])


def test_norwegian_action_verbs():
    found = orgs(["Tusenvis demonstrerte lørdag. Kestrelforbundet og LKO har varslet streik fra mandag."], language="no")
    assert found["LKO"].role == "organiser" and found["Kestrelforbundet"].role == "organiser"
    found = orgs(["Tusenvis demonstrerte lørdag. Stille Høst arrangerte demonstrasjonen."], language="no")
    assert found["Stille Høst"].role == "organiser"
    assert "Kari Varga" not in orgs(["Tusenvis demonstrerte lørdag. Kari Varga arrangerte demonstrasjonen."], language="no")


def test_a_speaker_from_a_town_of_a_region_gives_no_organisation():
    """Rule quote-origin-possessive: 'from Kestria's Lumeria' is where the speaker comes from."""
    from rallycrawl.extraction.quotes import extract_quotes

    text = ["“This was the third time I was sent back,” said Ravi Tallow, 31, from Kestria’s Lumeria."]
    quotes = extract_quotes(text, language="en").quotes
    assert orgs(text, quotes=quotes) == {}
    assert "Lumeria" in _without("quote-origin-possessive", text, quotes=quotes)


@pytest.mark.parametrize(
    "language, headline, paragraph, name",
    [
        ("fr", "Grève jeudi", "La KTU appelle à manifester jeudi contre la réforme.", "KTU"),
        ("fr", "Grève", "La KTU a appelé à la grève dans les transports.", "KTU"),
        ("es", "Paro nacional", "La KTU convocó un paro nacional para el jueves contra el ajuste.", "KTU"),
        ("es", "Huelga", "La KTU llamó a la huelga general en la provincia.", "KTU"),
        ("it", "Sciopero", "La KTU ha indetto uno sciopero di otto ore.", "KTU"),
        ("pt", "Greve", "A KTU convocou uma greve geral para sexta-feira.", "KTU"),
    ],
)
def test_an_acronym_that_calls_a_protest_organises_it(language, headline, paragraph, name):
    from rallycrawl.extraction.analysis import analyse_article

    found = analyse_article(headline, [paragraph], language=language).organisations
    assert [(o.name, o.role) for o in found] == [(name, "organiser")]


@pytest.mark.parametrize(
    "language, paragraph, name",
    [
        ("de", "Die Feldberg Logistik AG will 200 Stellen streichen. Dagegen streikten 300 Beschäftigte.", "Feldberg Logistik AG"),
        ("de", "Beschäftigte der Brandt Maschinenbau GmbH streikten am Montag gegen die Entlassungen.", "Brandt Maschinenbau GmbH"),
        ("it", "Presidio davanti ai cancelli della Brenta Meccanica Srl, dove 40 operai sono in sciopero.", "Brenta Meccanica Srl"),
    ],
)
def test_a_company_form_ends_an_organisation_name(language, paragraph, name):
    from rallycrawl.extraction.analysis import analyse_article

    assert name in [o.name for o in analyse_article("Streik", [paragraph], language=language).organisations]


def test_industry_heads_end_a_company_name():
    from rallycrawl.extraction.analysis import analyse_article

    paragraph = "Linemen at Kestrel Gas & Light Co. walked out on Monday, and Brantwood Rail said trains would run."
    names = [o.name for o in analyse_article("Strike", [paragraph], language="en").organisations]
    assert "Kestrel Gas & Light Co." in names and "Brantwood Rail" in names


@pytest.mark.parametrize(
    "language, paragraph, name",
    [
        ("pt", "A greve foi convocada pelo Sindicato dos Professores em Educação Básica, que pede reajuste.",
         "Sindicato dos Professores em Educação Básica"),
        ("pt", "O ato foi organizado pelo Movimento pela Moradia Digna e reuniu mil pessoas.", "Movimento pela Moradia Digna"),
        ("it", "Il corteo è stato organizzato dal Comitato per la Tutela del Borgo, che chiede lo stop ai lavori.",
         "Comitato per la Tutela del Borgo"),
        ("fr", "La marche a été organisée par le Collectif contre les Expulsions Locatives, qui réclame un moratoire.",
         "Collectif contre les Expulsions Locatives"),
        ("es", "La marcha fue convocada por la Coordinadora contra la Tala Urbana, que exige frenar las obras.",
         "Coordinadora contra la Tala Urbana"),
        ("de", "Zu der Kundgebung hatte das Bündnis gegen Mietwucher aufgerufen.", "Bündnis gegen Mietwucher"),
        ("nl", "De betoging werd georganiseerd door het Comité tegen Huisuitzetting.", "Comité tegen Huisuitzetting"),
    ],
)
def test_a_preposition_of_the_language_goes_on_inside_a_name(language, paragraph, name):
    from rallycrawl.extraction import organisations

    def names():
        return [o.name for o in extract_organisations([paragraph], headline="x", quotes=[], is_protest=True,
                                                      language=language)]

    assert name in names()
    try:
        # (sentence-case-genitive-chain reads a name closed by a mark or a verb over the same phrases)
        organisations.switch_off("inner-connector", "sentence-case-genitive-chain")
        assert name not in names()
    finally:
        organisations.switch_off()


@pytest.mark.parametrize(
    "language, paragraph, name",
    [
        # a place after the preposition is where the body stands, a first name opens a person's
        ("fr", "La marche a été organisée par le Collectif Vélo Libre sur Toulouse.", "Collectif Vélo Libre"),
        ("pt", "O ato foi convocado pelo Sindicato dos Bancários em Porto Alegre.", "Sindicato dos Bancários"),
        ("es", "La protesta fue organizada por la Plataforma Vecinal con Ana Robles como portavoz.", "Plataforma Vecinal"),
        # English reads its own prepositions only as before ("in" is no Italian connector for it)
        ("en", "The rally was organised by the Coalition for Clean Tides in Millbrook.", "Coalition for Clean Tides"),
    ],
)
def test_a_preposition_of_the_language_stops_before_a_place_or_a_person(language, paragraph, name):
    found = [o.name for o in extract_organisations([paragraph], headline="x", quotes=[], is_protest=True,
                                                   language=language)]
    assert name in found


@pytest.mark.parametrize(
    "language, paragraph",
    [
        ("en", "Students marched in the Republic of Moldova (RM) and in Kestria on Sunday, organisers said."),
        ("en", "Dockers in the Plurinational State of Bolivia (PSB) joined the strike, union leaders said."),
        # the name pattern sees only "Congo": the acronym ends in the place's initial, it is the country's
        ("fr", "Des milliers de personnes ont manifesté en République démocratique du Congo (RDC) contre le pouvoir."),
    ],
)
def test_a_country_defined_by_its_acronym_is_no_organisation(language, paragraph):
    from rallycrawl.extraction import organisations

    def names():
        return [o.name for o in extract_organisations([paragraph], headline="x", quotes=[], is_protest=True,
                                                      language=language)]

    assert names() == []
    try:
        organisations.switch_off("definition-place")
        assert names() != []
    finally:
        organisations.switch_off()
    # a person's or a town's acronym stays their organisation's
    found = extract_organisations(["The march was led by Dana Wolcott (KTU), a nurse."], headline="x", quotes=[],
                                  is_protest=True, language="en")
    assert "KTU" in [o.name for o in found]


def test_another_languages_organisation_word_that_is_an_english_word_heads_no_english_name():
    from rallycrawl.extraction import organisations

    def names(text):
        return [o.name for o in extract_organisations([text], headline="x", quotes=[], is_protest=True, language="en")]

    text = "Commuters poured out of Harbour Central as the march passed, and the band Lab Rat played a set."
    assert names(text) == []
    # names in the other language, or with an English organisation word, keep their head
    assert names("Delegates met the Central de Trabajadores Mineros on Monday.") == ["Central de Trabajadores Mineros"]
    assert names("The Harbour Central Labour Union marched on Friday.") == ["Harbour Central Labour Union"]
    try:
        organisations.switch_off("false-friend-head")
        assert names(text) == ["Harbour Central", "Lab Rat"]
    finally:
        organisations.switch_off()
    # other languages' articles are not read by the rule
    found = extract_organisations(["Die Kundgebung vor dem Harbour Central begann um zehn."], headline="x", quotes=[],
                                  is_protest=True, language="de")
    assert "Harbour Central" in [o.name for o in found]


@pytest.mark.parametrize(
    "paragraph, name",
    [
        ("Members of the Harbour Tenants and Workers Alliance marched on Friday.", "Harbour Tenants and Workers Alliance"),
        ("The Parents and Carers Association organised the vigil.", "Parents and Carers Association"),
        ("The Hotel and Restaurant Workers Union called the strike.", "Hotel and Restaurant Workers Union"),
    ],
)
def test_common_words_joined_by_and_before_a_union_word_are_one_name(paragraph, name):
    from rallycrawl.extraction import organisations

    def names():
        return [o.name for o in extract_organisations([paragraph], headline="x", quotes=[], is_protest=True, language="en")]

    assert names() == [name]
    try:
        organisations.switch_off("and-common-words")
        assert name not in names()
    finally:
        organisations.switch_off()
    # a name with a head of its own on the left, or a rare word, stays apart
    found = extract_organisations(["Greenpeace and the Climate Alliance organised the march; the Police and Fire Union "
                                   "stayed away."], headline="x", quotes=[], is_protest=True, language="en")
    assert {"Greenpeace", "Climate Alliance"} <= {o.name for o in found}


@pytest.mark.parametrize(
    "language, paragraph, name",
    [
        ("fr", "La grève a été lancée par la Fédération Syndicale de l'Éducation, qui réclame des postes.",
         "Fédération Syndicale de l'Éducation"),
        ("fr", "Selon le Collectif des Amis de l’Abbaye, 500 personnes étaient présentes.", "Collectif des Amis de l’Abbaye"),
        ("it", "Il ricorso è stato presentato dall'Associazione Amici dell'Ambiente, che chiede lo stop.",
         "Associazione Amici dell'Ambiente"),
        ("it", "Il Ministero dell'Interno ha vietato il corteo dei portuali.", "Ministero dell'Interno"),
    ],
)
def test_an_elided_preposition_goes_on_inside_a_name(language, paragraph, name):
    from rallycrawl.extraction import organisations

    def names():
        return [o.name for o in extract_organisations([paragraph], headline="x", quotes=[], is_protest=True,
                                                      language=language)]

    assert name in names()
    try:
        # (sentence-case-genitive-chain reads a name closed by a mark or a verb over the same phrases)
        organisations.switch_off("elided-connector", "sentence-case-genitive-chain")
        assert name not in names()
    finally:
        organisations.switch_off()


def test_an_elided_preposition_does_not_join_a_second_name_or_a_person():
    found = extract_organisations(["Le Syndicat Sud et l'Union Locale ont défilé avec Jeanne d'Arcy."], headline="x",
                                  quotes=[], is_protest=True, language="fr")
    assert "Union Locale" in [o.name for o in found]
    assert not any("Arcy" in o.name for o in found)


def test_a_speakers_department_for_a_company_gives_the_company():
    from rallycrawl.extraction import organisations
    from rallycrawl.extraction.analysis import analyse_article

    paragraphs = ["Hundreds of drivers walked out on Monday.",
                  '"We will not back down," said Dana Roe, head of Regional Sales for Kestrel Labs.']

    def names():
        return [o.name for o in analyse_article("Drivers strike", paragraphs, language="en").organisations]

    assert names() == ["Kestrel Labs"]
    try:
        organisations.switch_off("quote-department-for")
        assert names() == ["Regional Sales for Kestrel Labs"]
    finally:
        organisations.switch_off()



@pytest.mark.parametrize(
    "language, paragraph, name",
    [
        ("es", "Miembros de la Asociación de Padres de Alumnos protestaron el lunes frente al ministerio.",
         "Asociación de Padres de Alumnos"),
        ("es", "Afiliados del Sindicato Minero bloquearon la carretera.", "Sindicato Minero"),
        ("fr", "Militants de la Confédération Maraîchère ont bloqué le dépôt.", "Confédération Maraîchère"),
        ("pt", "Integrantes do Movimento dos Trabalhadores Rurais ocuparam a fazenda.", "Movimento dos Trabalhadores Rurais"),
        ("it", "Lavoratori della Federazione Metalmeccanici hanno scioperato ieri.", "Federazione Metalmeccanici"),
    ],
)
def test_members_of_a_body_opening_the_sentence_are_no_part_of_its_name(language, paragraph, name):
    from rallycrawl.extraction import organisations

    def names():
        return [o.name for o in extract_organisations([paragraph], headline="x", quotes=[], is_protest=True,
                                                      language=language)]

    assert names() == [name]
    try:
        organisations.switch_off("common-word-connector-head")
        assert names() != [name]
    finally:
        organisations.switch_off()
    # a name whose words after the preposition are no organisation word stays whole
    found = extract_organisations(["Amigos del Bosque Viejo convocó una marcha."], headline="x", quotes=[],
                                  is_protest=True, language="es")
    assert [o.name for o in found] == ["Amigos del Bosque Viejo"]


def test_a_crowd_at_a_place_gives_the_place_no_role():
    from rallycrawl.extraction import organisations

    text = ["Supporters at Kestrel Park cheered as protesters at Harbour Green chanted."]
    assert not ({"Kestrel Park", "Harbour Green"} & set(orgs(text)))
    try:
        organisations.switch_off("crowd-at")
        assert "Kestrel Park" in orgs(text)
    finally:
        organisations.switch_off()
    # a crowd from a group is still the group's
    assert "Harbour Tenants Action" in orgs(["Protesters from Harbour Tenants Action chanted outside."])


@pytest.mark.parametrize(
    "paragraph, name",
    [
        ("Workers at Kestrel Freight walked out on Monday.", "Kestrel Freight"),
        ("On Monday, employees of Brindle Haulage walked out.", "Brindle Haulage"),
        ("On Monday, drivers for Lumo Haulage struck for higher pay.", "Lumo Haulage"),
        ("Nurses at the KRMC walked out.", "KRMC"),
        ("Los trabajadores de Kestrel Fletes bloquearon la planta el lunes.", "Kestrel Fletes"),
        ("Os trabalhadores da Lumo Transportes cruzaram os braços.", "Lumo Transportes"),
        ("I lavoratori della Brenta Meccanica hanno scioperato.", "Brenta Meccanica"),
        ("Les salariés de la Lumo Distribution ont débrayé lundi.", "Lumo Distribution"),
    ],
)
def test_the_employer_of_workers_without_an_organisation_word(paragraph, name):
    from rallycrawl.extraction import organisations

    language = "en" if paragraph.startswith(("Workers", "On", "Nurses")) else None
    language = language or {"Los": "es", "Os": "pt", "I": "it", "Les": "fr"}[paragraph.split()[0]]
    assert name in orgs([paragraph], language=language)
    try:
        organisations.switch_off("workers-at")
        assert name not in orgs([paragraph], language=language)
    finally:
        organisations.switch_off()


def test_workers_at_a_town_or_a_persons_place_name_no_employer():
    assert not orgs(["Nurses at Westbrook walked out on Monday.", "Workers at Dana Wolcott's farm walked out."])
    assert not orgs(["Cientos de trabajadores de Villa María marcharon."], language="es")
    assert not orgs(["Workers at Kestrel Freight walked out."], is_protest=False)
