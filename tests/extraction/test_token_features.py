"""The short paths of attribution._token_features (plain lower-case and capitalised words)
give what the general reading gives (invented words)."""

import pytest

from rallycrawl.extraction import attribution
from rallycrawl.extraction.attribution import _FEATURES, _token_features


def _long_way(text: str) -> tuple:
    """The general reading, made to skip the short paths by a closing bracket that it strips."""
    features = dict(zip(_FEATURES, _token_features(text + ")")))
    return tuple(features[name] for name in _FEATURES)


@pytest.mark.parametrize("text", ["marched", "quickly", "van", "de", "spokesman", "said", "ß", "Union", "The", "Der", "Marta", "Sprecherin"])
def test_short_path_matches_long_way(text):
    features = dict(zip(_FEATURES, _token_features(text)))
    expected = dict(zip(_FEATURES, _long_way(text)))
    # (the bracket makes no difference to any feature of a word of letters alone)
    assert features == expected


def test_short_path_values():
    quickly = dict(zip(_FEATURES, _token_features("quickly")))
    assert quickly["adverb"] and not quickly["capitalised"] and not quickly["name_word"]
    assert dict(zip(_FEATURES, _token_features("van")))["name_word"]
    union = dict(zip(_FEATURES, _token_features("Union")))
    assert union["capitalised"] and union["opens_run"] and union["subject_word"] and not union["ends_run"]
    assert not dict(zip(_FEATURES, _token_features("The")))["opens_run"]
    assert attribution.word_token("Union").opens_run


def test_word_tokens_outlive_a_change_of_generation(monkeypatch):
    """A word met again after the cache filled keeps its token (moved back to the newer
    generation), the words met in neither generation since are let go, and the bound holds."""
    monkeypatch.setattr(attribution, "_MAX_WORD_TOKENS", 4)
    monkeypatch.setattr(attribution, "_WORD_TOKENS", {})
    monkeypatch.setattr(attribution, "_OLDER_WORD_TOKENS", {})
    kept = attribution.word_token("marched")
    for word in ("Brindlecart", "Velloran", "quietly"):
        attribution.word_token(word)
    attribution.word_token("Ostrovane")  # (the newer generation is full: it becomes the older one)
    assert attribution.word_token("marched") is kept
    for word in ("Tessaly", "Quorvin", "Amberleigh"):
        attribution.word_token(word)  # (full again: "Brindlecart", met only before, is let go)
    assert "Brindlecart" not in attribution._WORD_TOKENS and "Brindlecart" not in attribution._OLDER_WORD_TOKENS
    assert attribution.word_token("marched") is kept
    assert len(attribution._WORD_TOKENS) <= 4 and len(attribution._OLDER_WORD_TOKENS) <= 4
    assert attribution._word_tokens("marched Tessaly") == [kept, attribution.word_token("Tessaly")]
