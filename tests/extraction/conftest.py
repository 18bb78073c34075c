"""Fixtures of the extraction tests."""

import pytest

from rallycrawl.extraction import attribution, people


def _clear_name_caches():
    # (name readings, and a first name's gender with them, are kept per text: a rule of name
    # reading needs them read again)
    people._read_name.cache_clear()
    attribution._names_in_run.cache_clear()
    attribution._subject_mention.cache_clear()


@pytest.fixture
def attribution_rule_off(monkeypatch):
    """``attribution_rule_off(name)`` switches one attribution rule off for the test."""
    def switch(name):
        assert name in attribution.RULES
        monkeypatch.setitem(attribution.RULES, name, False)
        _clear_name_caches()
    yield switch
    _clear_name_caches()
