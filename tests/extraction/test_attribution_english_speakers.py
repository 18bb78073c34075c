"""English attribution rules of issue 11 (pronouns, quotations standing alone, continuing
quotations), each on paragraphs and names invented for these tests and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_span_speaks_on(rule_off):
    # a quotation over two paragraphs (the first has no closing mark), then one standing alone
    told = [
        'Tom Bexley, a bus driver, told the crowd: "We have waited years for a raise.',
        '"We will be back every week."',
        '"And we will bring our families."',
    ]
    assert speakers(*told) == ["Tom Bexley", "Tom Bexley"]
    said = ['"We want a raise," said Ida Fenwick. "We will be back.', '"And we will bring our families."', '"Nothing will stop us."']
    assert speakers(*said) == ["Ida Fenwick", "Ida Fenwick", "Ida Fenwick"]
    rule_off("span_speaks_on")
    assert speakers(*told) == ["Tom Bexley", None]


def test_subject_where_it_stands(rule_off):
    # "she" before the verb means a woman named before it, not one named between the verb and the quotation
    text = ["Colm Brady chaired the meeting.", 'She said Vera Holloway "deserved better."']
    assert speakers(*text) == [None]
    before = ["Vera Holloway chaired the meeting.", "Then the rally began.", 'She said Colm Brady "deserved better."']
    assert speakers(*before) == ["Vera Holloway"]
    rule_off("subject_where_it_stands")
    assert speakers(*text) == ["Vera Holloway"]


def test_middle_name_subject(rule_off):
    # the name between an opening phrase and its apposition is the subject (a first name nobody knows)
    text = [
        "President Tom Reddy spoke on Monday.",
        'In a letter to the president in May, Zippo Dunwall, the president of the Northern Farm Bureau, said farmers faced "hardship".',
    ]
    assert speakers(*text) == ["Zippo Dunwall"]
    rule_off("middle_name_subject")
    assert speakers(*text) == ["Tom Reddy"]
