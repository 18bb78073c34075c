from __future__ import annotations

import pytest

from rallycrawl.extraction.record_dates import date_columns, day_of, utc_moment


@pytest.mark.parametrize("iso, day", [
    ("2024-01-04", "2024-01-04"),
    ("2020-04-21T17:52:26", "2020-04-21"),
    ("2024-03-14T23:30:00-05:00", "2024-03-14"),  # the page's own day, not the UTC one
    (None, None), ("", None), ("2024-13-40", None), ("2024", None),
])
def test_day_of_is_the_day_as_written(iso, day):
    assert day_of(iso) == day


@pytest.mark.parametrize("iso, moment", [
    ("2024-03-14T23:30:00-05:00", "2024-03-15T04:30:00Z"),
    ("2024-03-14T09:15:00+00:00", "2024-03-14T09:15:00Z"),
    ("2024-03-14T09:15:00.123+02:00", "2024-03-14T07:15:00Z"),
    ("2024-03-14T09:15:00", None),  # no offset: not a known moment
    ("2024-03-14", None),
    (None, None), ("yesterday", None),
])
def test_utc_moment_only_when_the_offset_is_known(iso, moment):
    assert utc_moment(iso) == moment


def test_a_column_of_mixed_forms_loads_as_one_type():
    pd = pytest.importorskip("pandas")
    mixed = ["2024-01-04", "2020-04-21T17:52:26", "2024-03-14T23:30:00-05:00", None]
    rows = [date_columns(p, None) for p in mixed]
    days = pd.to_datetime(pd.Series([r["published_date"] for r in rows]), format="%Y-%m-%d")
    assert list(days.dt.day.dropna().astype(int)) == [4, 21, 14]
    utc = pd.to_datetime(pd.Series([r["published_utc"] for r in rows]))
    assert str(utc.dt.tz) == "UTC"
    assert utc.notna().sum() == 1
