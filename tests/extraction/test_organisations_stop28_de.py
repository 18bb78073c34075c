"""German and Dutch organisation names (stop 28): one rule per test, on sentences written for these tests."""

import pytest

from rallycrawl.extraction import organisations
from rallycrawl.extraction.organisations import extract_organisations


def orgs(paragraphs, language="de", **kw):
    kw.setdefault("is_protest", True)
    return {o.name for o in extract_organisations(paragraphs, language=language, **kw)}


@pytest.fixture
def off():
    yield organisations.switch_off
    organisations.switch_off()


def test_inner_connector_takes_short_german_prepositions():
    found = orgs(["Aufgerufen hatte das Bündnis Bahnhof am Fluss, rund 300 Menschen kamen."])
    assert "Bündnis Bahnhof am Fluss" in found


def test_inner_connector_compound_head(off):
    text = ["Zum Protest hatte das Aktionsbündnis Schule vor Ort aufgerufen."]
    assert "Aktionsbündnis Schule vor Ort" in orgs(text)
    off("inner-connector-compound-head")
    assert "Aktionsbündnis Schule vor Ort" not in orgs(text)


def test_inner_connector_stops_at_and_article(off):
    text = ["Aufgerufen hatten das Netzwerk Wasser am Ufer und der Fischereiverband für Seen und Flüsse (FSF)."]
    found = orgs(text)
    assert "Netzwerk Wasser am Ufer" in found
    assert not any("und der" in name for name in found)
    off("inner-connector-and-article")
    assert "Netzwerk Wasser am Ufer" not in orgs(text)


def test_german_descriptor_motto(off):
    text = ["Zum Protest hatte das Aktionsbündnis Schule vor Ort aufgerufen."]
    off("german-descriptor-motto")
    assert "Schule vor Ort" in orgs(text)
    off()
    found = orgs(text)
    assert "Aktionsbündnis Schule vor Ort" in found and "Schule vor Ort" not in found


def test_german_descriptor_still_drops_before_a_rare_name():
    assert "Kestrelpeace" in orgs(["Die Umweltorganisation Kestrelpeace rief zum Protest auf."])


def test_german_comma_series_after_fuer(off):
    text = ["Die Forderungen gehen an das Ministerium für Bildung, Jugend und Sport des Landes."]
    assert "Ministerium für Bildung, Jugend und Sport" in orgs(text)
    off("comma-series-tail")
    assert "Ministerium für Bildung, Jugend und Sport" not in orgs(text)


def test_relation_descriptor_before_a_firm(off):
    text = ["Betroffen ist vor allem die Frachttochter Kestrel Gleis Logistik GmbH, sagte ein Sprecher."]
    found = orgs(text)
    assert "Kestrel Gleis Logistik GmbH" in found
    assert "Frachttochter Kestrel Gleis Logistik GmbH" not in found
    off("relation-descriptor")
    assert "Frachttochter Kestrel Gleis Logistik GmbH" in orgs(text)


def test_relation_descriptor_alone_and_in_dutch():
    found = orgs(["Konkurrent Lumora Shipping legt seine Zahlen vor."])
    assert "Lumora Shipping" in found and "Konkurrent Lumora Shipping" not in found
    found = orgs(["Concurrent Optilux Holdings staakte ook, zei de vakbond."], language="nl")
    assert "Optilux Holdings" in found and "Concurrent Optilux Holdings" not in found


def test_german_institution_heads():
    found = orgs(["Die Mieter fordern vom Senat von Lindau einen Mietendeckel; das Universitätsklinikum Lindau schweigt."])
    assert "Senat von Lindau" in found
    assert "Universitätsklinikum Lindau" in found


def test_dutch_comma_series_after_van():
    found = orgs(["Ook het Ministerie van Visserij, Natuur en Water moet ingrijpen, zei de vakbond."], language="nl")
    assert "Ministerie van Visserij, Natuur en Water" in found


def test_german_sports_clubs_open_with_fc_or_sv():
    found = orgs(["Der FC Lindenau hat gegen den SV Kestrel Hafen gewonnen."], is_protest=False)
    assert "FC Lindenau" in found and "SV Kestrel Hafen" in found


def test_dutch_lower_institution(off):
    text = ["De boeren eisen dat het ministerie van Visserij, Bossen en Water ingrijpt."]
    assert "ministerie van Visserij, Bossen en Water" in orgs(text, language="nl")
    off("dutch-lower-institution")
    assert "ministerie van Visserij, Bossen en Water" not in orgs(text, language="nl")


def test_german_descriptor_only(off):
    text = ["Organisiert hatte die Kundgebung der Verein Fischer für den Bodensee."]
    found = orgs(text)
    assert "Fischer für den Bodensee" in found and "Verein Fischer für den Bodensee" not in found
    off("german-descriptor-only")
    assert "Verein Fischer für den Bodensee" in orgs(text)


def test_german_descriptor_only_keeps_an_adjective_name():
    assert "Verein Deutscher Ingenieure" in orgs(["Der Verein Deutscher Ingenieure rief zum Streik auf."])


def test_german_descriptor_name(off):
    text = ["Aktivisten der Gruppe Stille Weide Lindau blockierten am Freitag eine Zufahrt."]
    assert "Stille Weide Lindau" in orgs(text)
    off("german-descriptor-name")
    assert "Stille Weide Lindau" not in orgs(text)
    off()
    assert not orgs(["Die Gruppe Schüler kam am Morgen zur Kundgebung."])
    assert "Housing Kestrel for All" in orgs(["Laut der Organisation Housing Kestrel for All kamen 400 Familien zum Protest."])


def test_german_genitive_head_opens_a_name():
    found = orgs(["Ebenso kritisch äußerte sich der Landesvorsitzende des Bundes für Wald und Heide."])
    assert "Bund für Wald und Heide" in found


def test_german_dative_article_opens_no_name():
    found = orgs(["Einem Streikaufruf der Gewerkschaft Kestrel Dienste sind Tausende gefolgt."])
    assert "Gewerkschaft Kestrel Dienste" in found
    assert not any(name.startswith("Einem") for name in found)


def test_german_administration_compound_head():
    assert "Stadtverwaltung Lindau" in orgs(["Die Stadtverwaltung Lindau sprach nach dem Protest von Chaos."])
