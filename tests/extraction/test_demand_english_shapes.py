"""English asks told without a verb of demanding: a protest kept up until something changes, the
protesters' effort to change or keep something, the goal as a noun, "the key ask", objecting,
pushing back, holding out for.  And the same words where they ask nothing: other actors' efforts,
a time clause.  Every sentence is invented for these tests."""

import pytest

from rallycrawl.extraction.analysis import analyse_article

HEADLINE = "Hundreds rally outside city hall"
LEAD = "Several hundred people gathered outside city hall in Brackwater on Saturday."

ASKS = [
    ("Activists vowed to continue until the pipeline is cancelled.", "the pipeline is cancelled"),
    ("Workers will strike until the plant is reopened.", "the plant is reopened"),
    ("They will continue until the mayor resigns.", "the mayor resigns"),
    ("The union is holding out for a 5 percent raise.", "a 5 percent raise"),
    ("The strikers' key ask is a four-day week.", "a four-day week"),
    ("They are fighting to save the library.", "save the library"),
    ("They are trying to stop the demolition of the old market.", "stop the demolition of the old market"),
    ("Their goal is to block the sale of the park.", "block the sale of the park"),
    ("Protesters object to the closure of the maternity ward.", "the closure of the maternity ward"),
    ("Demonstrators are pushing back against the new curfew.", "the new curfew"),
    ('"Our message is simple: stop the evictions," said Ann Lee.', "stop the evictions"),
    ('"Our message to the council is clear: fund the clinic," said Ann Lee.', "fund the clinic"),
]

NO_ASKS = [
    "Police kept the road closed until the march had passed.",
    "Police tried to stop the marchers at the bridge.",
    "Officers are working to keep the road open.",
    "The rally lasted until the rain started.",
    '"Our message was heard," said Ann Lee.',
]


@pytest.mark.parametrize("sentence, ask", ASKS)
def test_ask_without_a_verb_of_demanding(sentence, ask):
    result = analyse_article(HEADLINE, [LEAD, sentence], language="en")
    assert ask in [d.text for d in result.demands]


@pytest.mark.parametrize("sentence", NO_ASKS)
def test_same_words_asking_nothing(sentence):
    result = analyse_article(HEADLINE, [LEAD, sentence], language="en")
    assert result.demands == []
