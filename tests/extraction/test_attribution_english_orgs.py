"""English speakers that are organisations (branch spk-en): names whose words a connector joins and
institutions named by a lower-case noun; invented sentences and names only."""

from rallycrawl.extraction.quotes import extract_quotes


def quotes(*paragraphs):
    return extract_quotes(list(paragraphs), language="en").quotes


def speakers(*paragraphs):
    return [q.speaker for q in quotes(*paragraphs)]


def test_connector_org_name_after_the_quotation(rule_off):
    assert speakers('"We will march again on Saturday," Fridays for Future said.') == ["Fridays for Future"]
    assert speakers('"We will march again," the Campaign for Quiet Skies said.') == ["Campaign for Quiet Skies"]
    assert speakers('"The river is dying," Friends of the Kestrel said in a statement.') == ["Friends of the Kestrel"]
    assert speakers('"The river is dying," Mothers for Clean Water said on Tuesday.') == ["Mothers for Clean Water"]
    assert speakers('"The river is dying," said Parents for Safe Streets.') == ["Parents for Safe Streets"]
    assert speakers('"No new runways," Parents against Noise told reporters.') == ["Parents against Noise"]
    assert speakers('"We will strike," Doctors for Fair Pay said.') == ["Doctors for Fair Pay"]
    rule_off("connector_org_name")
    assert speakers('"We will march again on Saturday," Fridays for Future said.') == ["Fridays"]
    assert speakers('"The river is dying," said Parents for Safe Streets.') == [None]


def test_connector_org_name_before_the_quotation(rule_off):
    assert speakers('Fridays for Future said on Monday that rents were "too high."') == ["Fridays for Future"]
    assert speakers('Friends of the Kestrel called the decision "a betrayal."') == ["Friends of the Kestrel"]
    assert speakers('"We are tired," said a spokesperson for Friends of the Kestrel.') == ["Friends of the Kestrel"]
    assert speakers('"We are tired," a spokesperson for Fridays for Future said.') == ["Fridays for Future"]
    organised = 'The vigil was organised by Wake Up for Harbourside. A spokesperson said: "Everyone is welcome."'
    assert speakers(organised) == ["Wake Up for Harbourside"]
    rule_off("connector_org_name")
    assert speakers('Fridays for Future said on Monday that rents were "too high."') == ["Fridays"]
    assert speakers(organised) == [None]


def test_connector_org_name_organisation_of_a_person(rule_off):
    [q] = quotes('"We are tired," said Lena Marsh of Fridays for Future.')
    assert (q.speaker, q.organisation) == ("Lena Marsh", "Fridays for Future")
    [q] = quotes('"We are tired," said Lena Marsh, a co-founder of Mothers for Clean Water.')
    assert (q.speaker, q.organisation) == ("Lena Marsh", "Mothers for Clean Water")
    [q] = quotes('Lena Marsh of Fridays for Future said: "We are tired."')
    assert (q.speaker, q.organisation) == ("Lena Marsh", "Fridays for Future")
    rule_off("connector_org_name")
    [q] = quotes('"We are tired," said Lena Marsh of Fridays for Future.')
    assert (q.speaker, q.organisation) == ("Lena Marsh", "Future")


def test_connector_org_name_leaves_people_and_places():
    # a person of an organisation, a title and its office, a surname named before, people of an organisation
    assert speakers('"We are tired," Lena Marsh of the Kestrel Tenants Union said.') == ["Lena Marsh"]
    assert speakers('"The road will reopen," Secretary of Transport Tom Brant said.') == ["Tom Brant"]
    assert speakers("Lena Marsh spoke first.", '"We are tired," Marsh of the Kestrel Tenants Union said.') == ["Lena Marsh"]
    group = ["Members of the Clean Rivers Coalition gathered at the dam.", '"This dam is killing the salmon," the group said.']
    assert speakers(*group) == ["Clean Rivers Coalition"]
    # a title of a work is no organisation a later "the group" means
    work = ["The Harbour Alliance met on Monday.", 'Wheel of Fortune was playing. "We will be back," the group said.']
    assert speakers(*work) == ["Harbour Alliance"]


def test_institution_noun(rule_off):
    # a public body named by a lower-case noun alone is that body (gold: "a person or an organisation")
    assert speakers('"Three people were arrested," police said.') == ["police"]
    assert speakers('"Three people were arrested," said police.') == ["police"]
    assert speakers('"Three people were arrested," the police said in a statement.') == ["police"]
    assert speakers('Police said the march was "largely peaceful."') == ["police"]
    assert speakers('"Three people were arrested," a police spokeswoman told reporters.') == ["police"]
    assert speakers('"Three people were arrested," Kestrel police said.') == ["Kestrel police"]
    # the police named before
    named = ["Kestrel Valley Police closed the road.", '"We are ready," the police said.', '"Go home," police said.']
    assert speakers(*named) == ["Kestrel Valley Police", "Kestrel Valley Police"]
    # somebody unnamed of the police is nobody
    assert speakers('"Three people were arrested," a police officer said.') == [None]
    rule_off("institution_noun")
    assert speakers('"Three people were arrested," police said.') == [None]
    assert speakers(*named) == [None, "Kestrel Valley Police"]  # ('the police': a role noun, nobody)


def test_spokesperson_names_org(rule_off):
    # the words between the article and the spokesperson word name an organisation, whatever they are
    assert speakers('"We are reviewing it," a Kestrel Shipping spokesperson said.') == ["Kestrel Shipping"]
    assert speakers('A Kestrel Shipping spokeswoman said: "We are reviewing it."') == ["Kestrel Shipping"]
    # a person's spokesman speaks for nobody named
    assert speakers('"We are reviewing it," a Tom Brant spokesman said.') == [None]
    assert speakers('"We are reviewing it," a Kestrel Brightwater spokesperson said.') == ["Kestrel Brightwater"]
    rule_off("spokesperson_names_org")
    # (no word of the name makes it an organisation's: "Shipping" would, ORG_WORDS)
    assert speakers('"We are reviewing it," a Kestrel Brightwater spokesperson said.') == [None]


def test_ranks_with_a_full_stop():
    assert speakers('"We will not negotiate," Det. Insp. Tom Brant said.') == ["Tom Brant"]
    assert speakers('"We will not negotiate," said Supt. Tom Brant.') == ["Tom Brant"]
    assert speakers('Det. Sgt. Ada Wolton said: "We will not negotiate."') == ["Ada Wolton"]


def test_reported_is_a_reporting_verb():
    assert speakers('"Newsrooms are half the size," Ada Wolton reported.') == ["Ada Wolton"]
    # an outlet that reports is still no speaker (rule outlet_not_speaker)
    assert speakers('"Newsrooms are half the size," Reuters reported.') == [None]


def test_connector_names_reach_the_organisations():
    # the organisation a speaker speaks for is read whole, so the organisation list gets the name, not its last word
    from rallycrawl.extraction.analysis import analyse_article

    paras = [
        "Hundreds of students marched through Kestrel on Friday to demand climate action.",
        "The march was organised by Fridays for Future.",
        '"We will march again on Saturday," Fridays for Future said in a statement.',
        '"The river is dying," said Lena Marsh of Friends of the Kestrel.',
    ]
    analysis = analyse_article("Students march for climate in Kestrel", paras, language="en")
    names = {o.name for o in analysis.organisations}
    assert {"Fridays for Future", "Friends of the Kestrel"} <= names
    assert "Kestrel" not in names and "Future" not in names
    assert [(q.speaker, q.organisation) for q in analysis.quotes] == [
        ("Fridays for Future", "Fridays for Future"), ("Lena Marsh", "Friends of the Kestrel"),
    ]


def test_a_firm_named_after_a_first_name_speaks_through_its_spokesperson():
    from rallycrawl.extraction.quotes import extract_quotes

    # "Martin", "Dana": first names; "Logistics", "Holdings": a company's last word (ORG_WORDS)
    for firm in ("Martin Logistics", "Dana Holdings", "Halvard Shipping"):
        found = extract_quotes([f"\u201cWe pay above the average,\u201d a spokesperson for {firm} said."], language="en")
        assert [(q.speaker, q.organisation) for q in found.quotes] == [(firm, firm)]
