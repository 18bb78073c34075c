"""Organisation rules of stop 30 (how each language's news names bodies: German compounds and public bodies).
Every sentence and name is written for these tests."""

from rallycrawl.extraction.analysis import analyse_article


def names(paragraphs, language, headline="Protest vor dem Rathaus"):
    return [o.name for o in analyse_article(headline, paragraphs, language=language).organisations]


# --- German public bodies (lang/de HEADS, HEADS_FIRST, COMPOUND_HEADS, INSTITUTIONS) ----------------------

def test_german_courts_universities_and_youth_wings_are_bodies():
    found = names(["Das Amtsgericht Kesselbrunn wies die Klage der Anwohner ab.",
                   "Forscher der Hochschule Lindenau hatten die Messungen geprüft.",
                   "Auch die Gewerkschaftsjugend Oberland rief zum Protest auf."], "de")
    assert "Amtsgericht Kesselbrunn" in found
    assert "Hochschule Lindenau" in found
    assert "Gewerkschaftsjugend Oberland" in found


def test_the_state_government_alone_is_a_body():
    found = names(["Rund 900 Menschen protestierten gegen das Kraftwerk.",
                   "Die Landesregierung verteidigte das Projekt am Montag."], "de")
    assert "Landesregierung" in found


# --- german-descriptor-name-compound -----------------------------------------------------------------------

CITIZENS = ["Rund 600 Menschen protestierten am Samstag gegen die Deponie.",
            "Aufgerufen hatte die Bürgerinitiative Sauberes Mühltal, die seit Jahren gegen das Projekt kämpft."]


def test_a_local_body_compound_opens_its_name():
    assert "Bürgerinitiative Sauberes Mühltal" in names(CITIZENS, "de")
    found = names(["Auch der Wasserverband Obere Kessel warnte vor dem Projekt."], "de")
    assert "Wasserverband Obere Kessel" in found


def test_other_compounds_stay_descriptors():
    found = names(["Rund 600 Menschen protestierten am Samstag gegen die Deponie.",
                   "Aufgerufen hatte die Mietergewerkschaft Kesselwacht Nord."], "de")
    assert "Kesselwacht Nord" in found


def test_german_descriptor_name_compound_switched_off(organisation_rule_off):
    organisation_rule_off("german-descriptor-name-compound")
    found = names(CITIZENS, "de")
    assert "Bürgerinitiative Sauberes Mühltal" not in found


# --- suspended-compound --------------------------------------------------------------------------------------

INSTITUTE = ["Das Institut für Fluss- und Auenkunde der Universität Kesselbrunn hat neue Messwerte veröffentlicht."]


def test_a_hyphen_before_and_keeps_one_name():
    assert "Institut für Fluss- und Auenkunde" in names(INSTITUTE, "de")


def test_suspended_compound_switched_off(organisation_rule_off):
    organisation_rule_off("suspended-compound")
    assert "Institut für Fluss- und Auenkunde" not in names(INSTITUTE, "de")


# --- german-parent-body ----------------------------------------------------------------------------------------

PARENT = ["Das Institut für Moorkunde der Universität Kesselbrunn hat eine neue Studie vorgelegt."]


def test_a_body_and_the_university_it_belongs_to_are_two_names():
    found = names(PARENT, "de")
    assert "Institut für Moorkunde" in found
    assert "Universität Kesselbrunn" in found


def test_a_genitive_of_no_parent_body_stays_one_name():
    found = names(["Die Gewerkschaft der Lokführer Süd rief zum Streik auf."], "de")
    assert not any(n == "Lokführer Süd" for n in found)


def test_german_parent_body_switched_off(organisation_rule_off):
    organisation_rule_off("german-parent-body")
    assert "Institut für Moorkunde" not in names(PARENT, "de")


# --- Dutch: Bond opens names, compound organisation nouns, connectors inside names -------------------------

def test_dutch_bond_and_woonstichting_open_names():
    found = names(["De betoging was georganiseerd door Woonstichting Kwartelhof en de Bond Stille Polders.",
                   "Honderden huurders liepen mee."], "nl", headline="Huurders protesteren")
    assert "Woonstichting Kwartelhof" in found
    assert "Bond Stille Polders" in found


# the town named alone too: the three words have a person's shape (first, middle, last name)
MOVEMENT = ["Ruim duizend mensen hebben zondag in Kwartelveen betoogd tegen de vervuiling.",
            "De mars werd georganiseerd door burgerbeweging Helder Water Kwartelveen, samen met de buren."]


def test_a_person_shaped_name_after_a_dutch_compound_noun_is_the_group():
    assert "Helder Water Kwartelveen" in names(MOVEMENT, "nl", headline="Betoging tegen vervuiling")


def test_compound_org_noun_shape_switched_off(organisation_rule_off):
    organisation_rule_off("compound-org-noun-shape")
    assert "Helder Water Kwartelveen" not in names(MOVEMENT, "nl", headline="Betoging tegen vervuiling")


SOCIETY = ["Het protest was georganiseerd door de Vereniging tot Behoud van het Kwartelse Dorpsgezicht.",
           "Honderden inwoners liepen mee."]


def test_dutch_connectors_go_on_inside_a_name():
    found = names(SOCIETY, "nl", headline="Protest tegen sloop")
    assert "Vereniging tot Behoud van het Kwartelse Dorpsgezicht" in found


def test_inner_connector_again_switched_off(organisation_rule_off):
    organisation_rule_off("inner-connector-again")
    found = names(SOCIETY, "nl", headline="Protest tegen sloop")
    assert "Vereniging tot Behoud van het Kwartelse Dorpsgezicht" not in found
    assert "Vereniging tot Behoud" in found


# --- legal-form-comma ----------------------------------------------------------------------------------------

FIRMS = ["Los vecinos protestaron frente a la sede de Kestrel Inmuebles, S.A., dueña de 900 pisos.",
         "La asociación Voces del Barrio, A.C. también se sumó a la marcha."]


def test_a_legal_form_after_a_comma_goes_on_the_name():
    found = names(FIRMS, "es", headline="Protesta contra los desalojos")
    assert "Kestrel Inmuebles, S.A." in found
    found = names(["Os moradores acusam a Lumo Energia, SGPS, S.A. de despejos."], "pt",
                  headline="Moradores protestam contra despejos")
    assert "Lumo Energia, SGPS, S.A." in found


def test_a_comma_legal_form_is_read_only_in_romance_articles():
    found = names(["Workers rallied outside Kestrel Holdings, Inc. on Monday."], "en", headline="Workers rally")
    assert "Kestrel Holdings, Inc." not in found


def test_legal_form_comma_switched_off(organisation_rule_off):
    organisation_rule_off("legal-form-comma")
    assert "Kestrel Inmuebles, S.A." not in names(FIRMS, "es", headline="Protesta contra los desalojos")


# --- Italian organiser cues (lang/it ORGANISER_CUES): proclamato da, sostenuto da, su iniziativa di ----------

STRIKE = ["Metro ferma a Lucerna per lo sciopero di otto ore proclamato da Filt-Kestra, Fit-Lumo e Trasporti Uniti.",
          "Il corteo degli autisti ha attraversato il centro."]


def test_a_strike_proclaimed_by_names_its_unions():
    found = names(STRIKE, "it", headline="Sciopero dei trasporti, corteo degli autisti")
    assert "Filt-Kestra" in found
    assert "Fit-Lumo" in found


def test_a_protest_supported_by_names_its_organiser():
    found = names(["La protesta dei pastori, organizzata dal Comitato dei pastori, è sostenuta da Kestrel Sardegna."],
                  "it", headline="Protesta dei pastori")
    assert "Kestrel Sardegna" in found


def test_organised_by_switched_off_leaves_the_italian_cues(organisation_rule_off):
    organisation_rule_off("organised-by")
    found = names(STRIKE, "it", headline="Sciopero dei trasporti, corteo degli autisti")
    assert "Filt-Kestra" not in found
