"""English attribution patterns found while reading unseen outlets' pages by hand (a reported clause's
subject after the verb, a name before a title without "of", a contrasting clause with its own subject,
a relative of somebody unnamed), each on paragraphs and names invented for these tests and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_reported_clause_subject(rule_off):
    # a name after "said" and before a finite verb is the subject of what was said, not the speaker
    text = [
        "Dorota Kalinske, who runs launches at Brimvale Aerospace, said cargo flights could begin next spring. "
        'She said they could be a "useful first step", but said Brimvale would fly the rocket "many times" first.'
    ]
    assert speakers(*text) == ["Dorota Kalinske", "Dorota Kalinske"]
    # the inverted speaker after the verb is still read
    assert speakers('"We will not stop," said Olek Tamsin, who has led the group since May.') == ["Olek Tamsin"]
    rule_off("reported_clause_subject")
    rule_off("participle_cue_fragment")  # (which gives a fragment in the clause to the sentence's subject too)
    assert speakers(*text) == ["Dorota Kalinske", "Brimvale Aerospace"]


def test_name_before_title(rule_off):
    # 'Name, Title Organisation, says': the person, not the organisation of the title
    text = ['Tomas Brevik, President Calloway Robotics Europe, says: "We are proud of this work with our friends."']
    assert speakers(*text) == ["Tomas Brevik"]
    # a role first, then the name between commas, is still the name
    role = ['The union\'s leader, Ada Wolton, said: "We are proud of this work."']
    assert speakers(*role) == ["Ada Wolton"]
    rule_off("name_before_title")
    assert speakers(*text) == ["Calloway Robotics Europe"]


def test_joined_clause_subject(rule_off):
    # after ", but" a clause with its own subject and reporting verb: that subject speaks
    text = [
        "Mayor Arlen Voss has been eager to close the old depot, but General Moira Stadtler, chief of the "
        'regional staff, told reporters this month that the guards are likely to stay "for several more years".'
    ]
    assert speakers(*text) == ["Moira Stadtler"]
    # a reporting verb before ", but <Name> … said" belongs to the first clause, not to the quotation
    agreed = ['Ada Wolton agreed with the plan, but Piet Marr said it was "a mistake".']
    assert speakers(*agreed) == ["Piet Marr"]
    rule_off("joined_clause_subject")
    assert speakers(*text) == ["Arlen Voss"]
    assert speakers(*agreed) == ["Ada Wolton"]


def test_possessed_kin(rule_off):
    # "the girl's father" is a relative of somebody unnamed: not the person named last
    text = [
        "Colonel Ivo Ranstad, head of the harbour guard, spoke to reporters on Monday.",
        '"He was the kindest man in town," the girl\'s father said.',
    ]
    assert speakers(*text) == [None]
    # the person the article named with that role speaks
    named = [
        "Lorna Vail, the boy's mother, spoke to reporters on Monday.",
        '"He was the light of our home," the boy\'s mother said.',
    ]
    assert speakers(*named) == ["Lorna Vail"]
    rule_off("possessed_kin")
    assert speakers(*text) == ["Ivo Ranstad"]


def test_coordinated_predicate(rule_off):
    # a verb joined by "and" after a quotation inside its clause reports for the clause's subject
    text = [
        "Larchmoor's transport ministry said it saw Brenton's plan as \"another step going against\" the basis "
        "for a deal and said it might slow the talks."
    ]
    assert speakers(*text) == ["Larchmoor's transport ministry"]
    # a quotation ending its clause keeps the speaker named after it
    assert speakers('"We will fight," said Ada Wolton, and left the hall.') == ["Ada Wolton"]
    rule_off("coordinated_predicate")
    assert speakers(*text) == [None]


def test_subordinate_cue(rule_off):
    # a reporting verb in a clause opened by "when"/"after" with a named subject, before the quotation, is its own
    text = [
        "Piet Marr chaired the council for years.",
        'He testified about a May meeting at the town hall when Wolton told visiting traders they would need to "pay up" first.',
    ]
    assert speakers(*text) == ["Wolton"]
    after = ['Piet Marr said the talks failed after Ada Wolton told the traders they would need to "pay up" first.']
    assert speakers(*after) == ["Ada Wolton"]
    rule_off("subordinate_cue")
    assert speakers(*text) == ["Piet Marr"]
    assert speakers(*after) == ["Piet Marr"]


def test_organisation_apposition(rule_off):
    # "The group, <Organisation>," opening a sentence: the organisation is its subject and owns its fragments
    text = [
        "The group, Harbour Workers Alliance, formed last month and sent a letter to the board on Monday "
        'stating that they "will not be silenced by the managers".'
    ]
    assert speakers(*text) == ["Harbour Workers Alliance"]
    rule_off("organisation_apposition")
    assert speakers(*text) == [None]
