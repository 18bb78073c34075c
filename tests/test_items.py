import copy

import pytest

from rallycrawl.items import RECORD_FIELDS, Demand, Event, Organisation, Quote, RecordError, validate_record


def good_record():
    return {
        "url": "http://127.0.0.1/a", "canonical_url": None, "domain": "127.0.0.1",
        "fetched_at": "2024-01-01T00:00:00+00:00", "schema_version": 1, "headline": "H",
        "description": None, "authors": ["A B"], "published": None, "modified": None,
        "publisher": None, "section": None, "language": "en", "body": "text", "word_count": 1,
        "is_protest": True, "protest_score": 0.9,
        "organisations": [Organisation("Riverside Tenants Union", "RTU", "organiser", 2).to_dict()],
        "quotes": [Quote("We stay.", paragraph=0, speaker="Priya Castellanos", cue="said").to_dict()],
        "demands": [Demand("a rent freeze", source="report", target="the mayor").to_dict()],
        "event": Event("rally", size_text="hundreds", size_min=200, slogans=["Freeze the rent"]).to_dict(),
        "extractor_version": "0.1.0", "published_date": "2024-03-14", "published_utc": "2024-03-14T14:15:00Z",
        "modified_date": None, "modified_utc": None,
        "event_id": None,
    }


def test_good_record_passes_and_has_every_contract_key():
    record = good_record()
    validate_record(record)
    assert list(record) == list(RECORD_FIELDS)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda r: r.pop("headline"), "headline is missing"),
        (lambda r: r.update(word_count="12"), "word_count is str"),
        (lambda r: r.update(word_count=True), "word_count is a bool"),
        (lambda r: r.update(authors=[1]), "authors must be a list of strings"),
        (lambda r: r.update(protest_score=1.5), "protest_score"),
        (lambda r: r["organisations"][0].update(role="sponsor"), "role='sponsor'"),
        (lambda r: r["quotes"][0].pop("speaker"), "quotes[0].speaker is missing"),
        (lambda r: r["event"].update(slogans=[None]), "event.slogans"),
        (lambda r: r.update(is_protest=False), "event must be null"),
        (lambda r: r.update(url=None), "url is null"),
        (lambda r: r.update(published_date="2024-03-14T09:15:00"), "published_date="),
        (lambda r: r.update(published_utc="2024-03-14T09:15:00+00:00"), "published_utc="),
        (lambda r: r.pop("extractor_version"), "extractor_version is missing"),
    ],
)
def test_contract_violations_name_the_key(mutate, message):
    record = copy.deepcopy(good_record())
    mutate(record)
    with pytest.raises(RecordError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        validate_record(record)
