"""A rally report in the shape of the seed page, written for this test: the whole analysis."""

from rallycrawl.extraction.analysis import analyse_article

HEADLINE = "Tenants Rally Outside Governor's Mansion, Demand He Act on Rents"
PARAGRAPHS = [
    "A coalition of tenant groups gathered in front of Governor Leo Marsh's mansion in Riverton, Ohio, "
    "Thursday to press him to use his emergency powers on housing.",
    'Chanting "Marsh, stand with us," and carrying homemade signs, dozens of renters and organizers '
    "marched along the avenue while a drum line played.",
    "The groups, which include Tenant Power Ohio, Eastside Neighbors United, HOUSE NOW and the Riverton "
    "Renters Federation (RRF), said rents in the city rose by a third in two years.",
    '"We need an emergency cap on rent increases this year," said Mara Quinn, an organizer with Tenant '
    "Power Ohio.",
    "Other demands include funding for legal aid in eviction court; ending no-fault evictions; and for "
    "the governor to release the frozen housing fund.",
    "The RRF urged lawmakers to pass a rent stabilisation bill before the summer recess.",
    "A spokesperson for the governor declined to comment.",
]


def test_rally_report_end_to_end():
    result = analyse_article(HEADLINE, PARAGRAPHS, published="2024-05-10T09:00:00-04:00", language="en")
    assert result.is_protest and result.protest_score >= 0.5

    orgs = {o.name: o for o in result.organisations}
    for name in ("Tenant Power Ohio", "Eastside Neighbors United", "HOUSE NOW", "Riverton Renters Federation"):
        assert orgs[name].role == "organiser", name
    assert orgs["Riverton Renters Federation"].acronym == "RRF"
    assert orgs["Riverton Renters Federation"].mentions == 2
    assert "Leo Marsh" not in orgs and "Riverton" not in orgs

    demands = " | ".join(d.text for d in result.demands).lower()
    for phrase in ("legal aid", "no-fault evictions", "housing fund", "rent stabilisation bill"):
        assert phrase in demands, phrase

    event = result.event
    assert event.kind == "rally"
    assert event.date == "2024-05-09"
    assert "mansion" in event.location and "Riverton" in event.location
    assert "Marsh" in event.target
    assert event.size_text.startswith("dozens of renters") and (event.size_min, event.size_max) == (24, 99)
    assert {"chanting", "signs", "marching", "drumming"} <= set(event.tactics)


def test_non_protest_article_has_no_event_and_few_organisations():
    result = analyse_article(
        "Council approves new budget",
        [
            "The Riverton City Council approved a budget of $2 billion on Tuesday, the Riverton Ledger reported.",
            "Mayor Ann Cole said the plan, backed by Green Valley, a nonprofit group, would cut bus fares.",
        ],
        published="2024-05-10",
    )
    assert not result.is_protest
    assert result.event is None and result.demands == []
    names = {o.name for o in result.organisations}
    assert "Riverton City Council" in names
    assert "Green Valley" not in names


def test_target_falls_back_on_the_issue_the_report_names():
    from rallycrawl.extraction.analysis import analyse_article

    result = analyse_article(
        "Residents rally to save the maternity ward",
        ["Hundreds of residents rallied on Saturday to protest the closure of the maternity ward at the town hospital."],
        published="2024-03-02",
        language="en",
    )
    assert result.is_protest
    assert result.event.target and "closure of the maternity ward" in result.event.target


def test_target_last_falls_back_on_an_organisation_that_is_neither_organiser_nor_medium():
    from rallycrawl.extraction.event import other_organisation
    from rallycrawl.items import Organisation

    organisations = [
        Organisation(name="Teamsters Local 7", role="organiser"),
        Organisation(name="Daily Wire", role="media"),
        Organisation(name="Kestrel Freight Lines", role="other"),
    ]
    assert other_organisation(organisations) == "Kestrel Freight Lines"
    assert other_organisation(organisations[:2]) is None
