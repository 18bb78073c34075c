"""Quotation spans: marks of every kind, apostrophes, nesting, paragraphs, stray marks."""

import time

from rallycrawl.extraction.quote_marks import find_spans


def texts(*paragraphs):
    return [s.text for s in find_spans(list(paragraphs))]


def test_straight_and_curly_double_quotes():
    assert texts('"The bridge is closed," the engineer said.') == ["The bridge is closed"]
    assert texts("\u201cWe will rebuild it.\u201d") == ["We will rebuild it."]


def test_span_offsets_point_inside_the_marks():
    text = 'She said "not today" and left.'
    [span] = find_spans([text])
    assert text[span.start : span.end] == "not today"
    assert text[span.open_at : span.close_after] == '"not today"'


def test_mixed_opening_and_closing_marks_still_pair():
    # a curly opener closed by a straight mark, and two single marks used as a closer
    assert texts('\u201cThe roof held up," she said.') == ["The roof held up"]
    assert texts("\u201cNobody was hurt,\u2019\u2019 the chief said.") == ["Nobody was hurt"]


def test_apostrophes_are_not_quotation_marks():
    assert texts("The workers' union said it doesn't expect a deal at Ortiz' plant.") == []
    assert texts("\u2018We met at Morales\u2019 office,\u2019 he said, and it wasn\u2019t easy.") == [
        "We met at Morales\u2019 office"
    ]


def test_single_quotes_used_as_quotation_marks():
    assert texts("The mayor called it 'a fair offer' on Monday.") == ["a fair offer"]
    assert texts("\u2018This is our park,\u2019 one resident said.") == ["This is our park"]


def test_quote_inside_a_quote_stays_in_the_outer_text():
    assert texts('"They told us \'wait until spring\' and we waited," she said.') == [
        "They told us 'wait until spring' and we waited"
    ]


def test_german_french_spanish_marks():
    assert texts("\u201eWir bleiben hier\u201c, sagte die Sprecherin.") == ["Wir bleiben hier"]
    assert texts("\u00bbDas reicht nicht\u00ab, sagte er.") == ["Das reicht nicht"]
    assert texts("\u00ab\u00a0Nous resterons\u00a0\u00bb, a-t-elle dit.") == ["Nous resterons"]
    assert texts("\u00abNo nos vamos a ir\u00bb, dijo el delegado.") == ["No nos vamos a ir"]
    assert texts("\u201aSchon wieder\u2018, meinte sie.") == ["Schon wieder"]


def test_a_quotation_over_several_paragraphs_is_one_quote():
    spans = find_spans(
        [
            '"The first part runs on.',
            '"The second part ends here," the organiser said.',
            "Nothing quoted here.",
        ]
    )
    assert [(s.text, s.paragraph, s.end_paragraph) for s in spans] == [
        ("The first part runs on. The second part ends here", 0, 1)
    ]


def test_an_unclosed_mark_ends_with_its_paragraph():
    spans = find_spans(['He said "the plan is dead and', 'Later the "council" met.'])
    assert [(s.text, s.paragraph) for s in spans] == [("the plan is dead and", 0), ("council", 1)]


def test_a_stray_opening_mark_does_not_hide_the_next_quote():
    assert texts('The " mark is stray. She said "we are ready" and left.') == ["we are ready"]


def test_stray_closing_marks_and_inch_marks_are_ignored():
    assert texts('They wanted to "keep going" home.\u201d') == ["keep going"]
    assert texts('A 12" screen and a 5\'9" player.') == []


def test_many_marks_and_long_paragraphs_stay_fast():
    marks = '"a" ' * 5000 + "\u201c" * 5000 + "'" * 5000 + "\u00ab" * 5000
    words = "word " * 200_000  # a million characters, no punctuation
    started = time.process_time()
    spans = find_spans([marks, words, "x" * 1_000_000])
    assert time.process_time() - started < 5
    assert len(spans) >= 5000
