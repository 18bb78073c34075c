"""Dates as pages write them -> ISO 8601 (offsets kept, placeholders refused)."""

import time

import pytest

from rallycrawl.extraction.dates import date_in_path, month_day, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-04-07T17:32:11-04:00", "2021-04-07T17:32:11-04:00"),
        ("2021-04-07T17:32:11+0530", "2021-04-07T17:32:11+05:30"),
        ("2021-04-07T21:32:11Z", "2021-04-07T21:32:11+00:00"),
        ("2021-04-07T21:32:11.123456Z", "2021-04-07T21:32:11+00:00"),
        ("2021-04-07 17:32", "2021-04-07T17:32:00"),
        ("2021-04-07", "2021-04-07"),
        ("20210407", "2021-04-07"),
        ("20210407T173211+0200", "2021-04-07T17:32:11+02:00"),
    ],
)
def test_iso_and_compact_dates_keep_their_offset(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 07 Apr 2021 17:32:11 -0400", "2021-04-07T17:32:11-04:00"),
        ("Wed Apr 7 17:32:11 EDT 2021", "2021-04-07T17:32:11-04:00"),
        ("Published 5:32 PM EDT Apr 7, 2021", "2021-04-07T17:32:00-04:00"),
        ("Sat, 10 Apr 2021 01:06 PM", "2021-04-10T13:06:00"),
        ("First published on April 7th, 2021 at 9:05 am", "2021-04-07T09:05:00"),
        ("7 April 2021", "2021-04-07"),
        ("7. April 2021, 17:30 Uhr", "2021-04-07T17:30:00"),
        ("7. März 2021", "2021-03-07"),
        ("7 de abril de 2021", "2021-04-07"),
        ("le 7 avril 2021 à 17h30", "2021-04-07T17:30:00"),
        ("7 févr. 2021 18:00 CET", "2021-02-07T18:00:00+01:00"),
        ("Updated 1909 GMT (0309 HKT) April 7, 2021", "2021-04-07"),
        ("Sept. 17, 2023", "2023-09-17"),
        ("1er mai 2024", "2024-05-01"),
        ("1º de mayo de 2024", "2024-05-01"),
        ("Mi., 3. April 2024, 08:15 Uhr", "2024-04-03T08:15:00"),
        ("Publicado el 12 de diciembre de 2023 - 10:32", "2023-12-12T10:32:00"),
    ],
)
def test_written_dates_in_four_languages(text, expected):
    assert parse_date(text) == expected


def test_numeric_dates_month_first_with_slashes_day_first_with_dots():
    assert parse_date("04/07/2021") == "2021-04-07"
    assert parse_date("07.04.2021") == "2021-04-07"
    assert parse_date("25/04/2021") == "2021-04-25"  # no 25th month: day first
    assert parse_date("04/07/2021", day_first=True) == "2021-07-04"


def test_numeric_dates_spaced_after_the_dots_as_german_print_writes_them():
    assert parse_date("7. 4. 2021, 18:33 Uhr") == "2021-04-07T18:33:00"
    assert parse_date("7.\u202f4.\u202f2021") == "2021-04-07"  # narrow no-break spaces
    assert parse_date("Seite 7. 4.") is None


def test_an_unknown_zone_abbreviation_leaves_the_time_without_offset():
    assert parse_date("Apr 7, 2021 01:41 PM IST") == "2021-04-07T13:41:00"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "not a date", "0001-01-01T00:00:00Z", "2021-13-45", "31/02/2021", "2021-02-30", "Tuesday", None, 20210407],
)
def test_malformed_dates_and_placeholders_are_refused(text):
    assert parse_date(text) is None


def test_long_input_is_read_in_bounded_time():
    start = time.perf_counter()
    assert parse_date("1" * 1_000_000) is None
    assert parse_date("a " * 500_000) is None
    assert parse_date("April " * 200_000 + "7, 2021") is None  # past the first characters
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/news/2021/04/07/rally-outside-residence/", "2021-04-07"),
        ("/world/2021/apr/07/rally", "2021-04-07"),
        ("/story/2021-04-07-rally.html", "2021-04-07"),
        ("/archive/20210407/rally", "2021-04-07"),
        ("/news/12345/rally", None),
        ("/2021/02/30/impossible", None),
    ],
)
def test_date_in_path(path, expected):
    assert date_in_path(path) == expected


def test_month_day_without_a_year():
    from rallycrawl.extraction.dates import month_day

    assert month_day("March 3") == (3, 3)
    assert month_day("3. März") == (3, 3)
    assert month_day("3 de marzo") == (3, 3)
    assert month_day("Mar. 3") == (3, 3)
    assert month_day("29 February") == (2, 29)
    assert month_day("February 30") is None
    assert month_day("Tuesday") is None
    assert month_day(None) is None


@pytest.mark.parametrize("text, expected", [
    ("2021/04/07 17:32", "2021-04-07T17:32:00"),  # year first: always month, then day
    ("2021.4.7", "2021-04-07"),
    ("7-Apr-2021", "2021-04-07"),
    ("07-APR-2021", "2021-04-07"),
    ("7th of April 2021", "2021-04-07"),
    ("7. Mrz. 2021", "2021-03-07"),
    ("7. des. 2021", "2021-12-07"),
])
def test_more_written_and_numeric_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2021.13.07", "version 2021.04.07.1", "2021/04/32"])
def test_year_first_numbers_that_are_no_date(text):
    assert parse_date(text) is None


def test_the_words_between_day_month_and_year_are_the_languages_data():
    # lang/<code>/calendar.py MONTH_LINKS ("de", "of") and YEAR_LINKS ("de", "del"), read for every language
    assert parse_date("7 de abril del 2021") == "2021-04-07"
    assert parse_date("7 de abril de 2021") == "2021-04-07"
    assert month_day("3 de marzo") == (3, 3)
    assert month_day("3rd of March") == (3, 3)
