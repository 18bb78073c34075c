"""General English attribution rules (branch spk-en2): each on invented sentences and names, and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_spokesperson_phrase_for(rule_off):
    after = ['"We will not back down," said a press officer for Save Our Library.']
    before = ['A media officer for Save Our Library said: "We will not back down."']
    assert speakers(*after) == ["Save Our Library"]
    assert speakers(*before) == ["Save Our Library"]
    # a person's press officer is still nobody named
    assert speakers('"We will not back down," said a press officer for Mayor Tom Brant.') == [None]
    rule_off("spokesperson_phrase_for")
    assert speakers(*after) == [None]
    assert speakers(*before) == [None]


def test_unnamed_modifier_run(rule_off):
    # "Tory" is also a first name: after "one", with an acronym after it, it describes somebody unnamed
    after = ['"This is a shambles," said one Tory MP.']
    before = ['"This is a shambles," one Tory MP said.']
    assert speakers(*after) == [None]
    assert speakers(*before) == [None]
    assert speakers('"This is a shambles," one Labour councillor said.') == [None]
    # a full name after an adjective still speaks
    assert speakers('"This is a shambles," said a tearful Dara Quill.') == ["Dara Quill"]
    rule_off("unnamed_modifier_run")
    assert speakers(*after) == ["Tory MP"]


def test_so_says(rule_off):
    says = ['"We will keep marching until the library reopens." So says Dara Quill, a retired teacher.']
    said = ['"We will keep marching," so said the Harbour Union.']
    assert speakers(*says) == ["Dara Quill"]
    assert speakers(*said) == ["Harbour Union"]
    rule_off("so_says")
    assert speakers(*says) == [None]
    assert speakers(*said) == [None]


def test_reads_statement_from(rule_off):
    known = ['"The closure is a betrayal of every reader," reads a statement from the Harbour Union.']
    unknown = ['"The closure is a betrayal," read a statement from Save Our Library.']
    assert speakers(*known) == ["Harbour Union"]
    assert speakers(*unknown) == ["Save Our Library"]
    # a sign that reads is still a slogan, no quotation
    found = extract_quotes(['"Hands off our books," reads a sign by the gate.'], language="en")
    assert found.quotes == [] and found.slogans == ["Hands off our books"]
    rule_off("reads_statement_from")
    assert speakers(*known) == []
    assert speakers(*unknown) == []


def test_bare_gender_noun(rule_off):
    other = ["Mara Telling chaired the meeting.", '"We are tired of waiting," the woman said.']
    introduced = ["Mara Telling, a woman from the estate, spoke first.", '"We are tired of waiting," the woman said.']
    assert speakers(*other) == [None]
    assert speakers(*introduced) == ["Mara Telling"]
    # introduced with the noun after an age, or with a copula
    aged = ["Mara Telling, 34, a young woman from the estate, came with her son.", '"We are tired of waiting," the woman said.']
    assert speakers(*aged) == ["Mara Telling"]
    assert speakers("Tom Brant is a man who never gives up.", '"We are tired," the man said.') == ["Tom Brant"]
    # "the man" is no chairman
    assert speakers("Tom Brant, the chairman, opened the meeting.", '"We are tired," the man said.') == [None]
    rule_off("bare_gender_noun")
    assert speakers(*other) == ["Mara Telling"]


def test_nickname_in_name(rule_off):
    after = ['"We will not stop," said Dara "DJ" Quill.']
    curly = ["Dara \u201cThe Hammer\u201d Quill led the march.", '"We will not stop," Quill said.']
    assert speakers(*after) == ["Dara Quill"]
    assert speakers(*curly) == ["Dara Quill"]
    # a short quotation after a name that is not followed by another capitalised word is still a quotation
    assert [q.text for q in extract_quotes(['Dara Quill said "No" to the plan.'], language="en").quotes] == ["No"]
    rule_off("nickname_in_name")
    assert speakers(*after)[0] == "Dara"
