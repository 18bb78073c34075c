"""English attribution shapes of issue 11 found on the benchmark pages (round spk-none): a text and
its maker ('A study by the X Institute concluded'), each on sentences and names invented for these
tests and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_document_source(rule_off):
    study = 'A 2024 study by the Harbour Policy Institute, a think tank in Leeds, concluded that "rents rose faster than wages."'
    assert speakers(study) == ["Harbour Policy Institute"]
    found = 'A report by the Marlow Tenants Union found that "most repairs were never made."'
    assert speakers(found) == ["Marlow Tenants Union"]
    letter = 'A letter from Ada Wolton read: "Please come home."'
    assert speakers(letter) == ["Ada Wolton"]
    email = "An email from Tom Brant, the union's chair, read: \"We will strike on Monday.\""
    assert speakers(email) == ["Tom Brant"]
    after = '"Rents rose faster than wages," a report by the Harbour Policy Institute found.'
    assert speakers(after) == ["Harbour Policy Institute"]
    opened = 'In a blow to the council, a March 2021 survey by the Centre for Quiet Streets concluded that "noise doubled."'
    assert speakers(opened) == ["Centre for Quiet Streets"]
    brand = 'A statement from Lumenfield read: "We are cooperating with the inquiry."'
    assert speakers(brand) == ["Lumenfield"]
    rule_off("document_source")
    assert speakers(study) == [None]
    assert speakers(found) == [None]
    assert speakers(letter) == [None]
    assert speakers(after) == [None]


def test_document_source_leaves_others():
    # an outlet's report speaks for nobody; researchers named by a place are nobody named
    assert speakers('A report by Reuters said the talks had "stalled".') == [None]
    assert speakers('A study by researchers at the University of Greystone found that "sleep matters".') == [None]
    # a reporting verb of its own, and "found" with no text and maker before it
    assert speakers('Tom Brant said a report by the Marlow Tenants Union found that "most repairs were never made."') == ["Tom Brant"]
    assert speakers('Police found a letter from Ada Wolton in the car. It said "sorry".') == [None]
    assert speakers('The Marlow Tenants Union published a report on Monday. It found that "most repairs were never made."') == [None]


def test_first_name_alone(rule_off):
    # a first name alone opening a sentence, with an age, an apposition or a dash aside, or before its verb
    age = ["Maria, 34, lost her job in March.", '"We cannot pay the rent," she said.']
    apposition = ["Maria, a nurse, lost her job in March.", '"We cannot pay the rent," she said.']
    aside = ["Wendell — known on his street as the mayor — retired in 2015.", '"The pension barely covers the rent," he wrote.']
    verb = ["Wendell retired from the docks in 2015.", '"The pension barely covers the rent," he wrote.']
    # read only for names (three sentences before the quotation)
    far = ["Maria, 34, lost her job in March. It was a shock. Nobody came to help. The rent went up.", '"We cannot pay the rent," she said.']
    assert speakers(*age) == ["Maria"]
    assert speakers(*apposition) == ["Maria"]
    assert speakers(*aside) == ["Wendell"]
    assert speakers(*verb) == ["Wendell"]
    assert speakers(*far) == ["Maria"]
    # the pronoun must agree; a common word before its verb is no name ("Will", "Grace")
    assert speakers("Wendell retired from the docks in 2015.", '"The pension barely covers the rent," she wrote.') == [None]
    assert speakers("Grace lost her job in March.", '"We cannot pay the rent," she said.') == [None]
    rule_off("first_name_alone")
    assert speakers(*age) == [None]
    assert speakers(*apposition) == [None]
    assert speakers(*aside) == [None]
    assert speakers(*verb) == [None]
    assert speakers(*far) == [None]


def test_speech_noun_source(rule_off):
    # "the", a noun for what somebody says, "from"/"of" and who said it, before the colon or after the quotation
    before = 'The message from organiser Ada Wolton was clear: "We will be back."'
    of = 'The verdict of the Marlow Tenants Union was blunt: "This plan is reckless."'
    after = '"We are not going away," was the message from union leader Ada Wolton as the march ended.'
    view = '"Rates must rise" is the view of the Marlow Tenants Union.'
    assert speakers(before) == ["Ada Wolton"]
    assert speakers(of) == ["Marlow Tenants Union"]
    assert speakers(after) == ["Ada Wolton"]
    assert speakers(view) == ["Marlow Tenants Union"]
    # nobody named, a sign, somebody the words were sent to
    assert speakers('"We are not going away," was the message from the crowd.') == [None]
    assert speakers('"We are not going away," was the message on the banner.') == [None]
    assert speakers('"We are not going away," was the message from the crowd to Mayor Tom Brant.') == [None]
    assert speakers('The reaction from residents was swift: "We will fight this."') == [None]
    rule_off("speech_noun_source")
    assert speakers(before) == [None]
    assert speakers(of) == [None]
    assert speakers(after) == [None]


def test_article_institution(rule_off):
    # "the", capitalised words and a noun for a public body: that body as written; the nouns of armed forces too
    us = '"We are still looking into the accident," the Larchmoor military said.'
    town = '"Two people were arrested," the Kestrel police said.'
    assert speakers(us) == ["Larchmoor military"]
    assert speakers(town) == ["Kestrel police"]
    assert speakers('"The cause is under investigation," the army said.') == ["army"]
    statement = ["Two soldiers died in a crash, the Larchmoor navy said in a statement late on Friday.", '"The cause is under investigation," the statement said.']
    assert speakers(*statement) == ["Larchmoor navy"]
    # somebody of the army is nobody named; a name stays a name
    assert speakers('"We were ambushed," an army officer said.') == [None]
    assert speakers('"The cause is under investigation," army spokesman Tom Brant said.') == ["Tom Brant"]
    rule_off("article_institution")
    assert speakers(us) == [None]
    assert speakers(town) == [None]


def test_as_aside(rule_off):
    # an aside opening with "as" up to its comma: its verb is not the quotation's when the clause after has one
    noted = 'As Tom Brant noted, the Marlow Tenants Union said the plan was "reckless".'
    reported = 'As Tom Brant noted on Monday, Ada Wolton said the plan was "reckless".'
    assert speakers(noted) == ["Marlow Tenants Union"]
    assert speakers(reported) == ["Ada Wolton"]
    # with no reporting verb after the comma the aside's verb is the cue
    assert speakers('As Ada Wolton said, "We are not going away."') == ["Ada Wolton"]
    assert speakers('As Ada Wolton said, the plan is "reckless".') == ["Ada Wolton"]
    assert speakers('As the march ended, Ada Wolton said: "We are not going away."') == ["Ada Wolton"]
    # ('As we noted, a study by X concluded': the aside's "we" stops nothing)
    study = 'As we noted, a March 2021 survey by the Centre for Quiet Streets concluded that "noise doubled."'
    assert speakers(study) == ["Centre for Quiet Streets"]
    rule_off("as_aside")
    assert speakers(study) == [None]
    assert speakers(noted) == ["Tom Brant"]
    assert speakers(reported) == ["Tom Brant"]


def test_spokesperson_for_name(rule_off):
    # common words after "a spokesperson for" name the group the spokesperson speaks for
    after = '"We will block the road again," said a spokesperson for Save Our Library.'
    before = 'A spokeswoman for Hands Off Elm Park said: "We will be back."'
    assert speakers(after) == ["Save Our Library"]
    assert speakers(before) == ["Hands Off Elm Park"]
    # a person's spokesperson is nobody named; a known organisation and a place stay as they were
    assert speakers('"We will be back," said a spokesman for Tom Brant.') == [None]
    assert speakers('"We will be back," said a spokesman for Mayor Tom Brant.') == [None]
    assert speakers('"We will be back," said a spokesman for the Marlow Tenants Union.') == ["Marlow Tenants Union"]
    assert speakers('"We will be back," said a spokesman for the protesters.') == [None]
    rule_off("spokesperson_for_name")
    assert speakers(after) == [None]
