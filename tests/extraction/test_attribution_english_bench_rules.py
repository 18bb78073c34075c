"""English attribution rules read on the unlabelled bench pages (branch spk-en): each on invented
sentences and names, and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_descriptor_noun(rule_off):
    # a job noun that is no title word ends the descriptor after the verb: the full name speaks
    former = ['"We will not back down," said former Harbour Union adviser Dara Quill.']
    aide = ['"The vote is close," said Kestrel Council aide Tam Brodie.']
    assert speakers(*former) == ["Dara Quill"]
    assert speakers(*aide) == ["Tam Brodie"]
    # a title word there already did so; a name without a first name after the noun is left alone
    assert speakers('"We will not back down," said Harbour Union president Dara Quill.') == ["Dara Quill"]
    rule_off("descriptor_noun")
    assert speakers(*former) == ["Harbour Union"]
    assert speakers(*aide) == ["Kestrel Council"]


def test_lead_and_team(rule_off):
    # a person, "and", a possessive and a noun for those they work with: the person speaks
    wrote = ['"We found a second leak," Ada Wolton and her team wrote in the survey.']
    known = ["Tam Brodie led the count.", '"The river is lower," Brodie and his colleagues said.']
    assert speakers(*wrote) == ["Ada Wolton"]
    assert speakers(*known) == ["Tam Brodie"]
    # two people named are still nobody, and somebody unnamed with a team is nobody
    assert speakers('"We found it," Ada Wolton and Tam Brodie wrote.') == [None]
    assert speakers('"We found it," the mayor and his team said.') == [None]
    rule_off("lead_and_team")
    assert speakers(*wrote) == [None]
    assert speakers(*known) == [None]


def test_first_person_nobody(rule_off):
    # the writer's "I" after the quotation, or after a verb read as a cue, names nobody
    told = ['"We will not back down," I told the mayor.']
    ensures = ['One rule, "Put first things first", ensures I keep the list short.']
    assert speakers(*told) == [None]
    assert speakers(*ensures) == [None]
    # a named speaker in the same sentence still speaks
    assert speakers('"We will not back down," said Tam Brodie, I was told.') == ["Tam Brodie"]
    rule_off("first_person_nobody")
    assert speakers(*told) == ["I"]
