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


def test_statement_speaks(rule_off):
    # a statement speaks for whoever issued it: a sentence's subject, or a quotation's speaker "in a statement"
    issued = [
        "Two ferry workers were hurt in a fire at the depot, the Harbour Workers Alliance said in a statement on Tuesday.",
        '"Repairs to the quay will take a month," the statement said.',
    ]
    assert speakers(*issued) == ["Harbour Workers Alliance"]
    quoted = ['Tomas Varlow said in a statement: "We will not give in."', '"We have waited long enough," the statement added.']
    assert speakers(*quoted) == ["Tomas Varlow", "Tomas Varlow"]
    opened = [
        "On Monday, Brindle Shipping issued a statement about the dispute.",
        'The statement claimed that the two sides had agreed on "a fair wage for every shift".',
    ]
    assert speakers(*opened) == ["Brindle Shipping"]
    # nobody issued one within reach: nobody
    assert speakers("The weather was cold.", '"The strike has ended," the statement said.') == [None]
    far = ["Marlow Freight said in a written statement that its strike had ended.", "The workers went back.", "Trucks left.", "Rain fell."]
    assert speakers(*far, '"The strike has ended," the statement said.') == [None]
    rule_off("statement_speaks")
    assert speakers(*issued) == [None]
    assert speakers(*quoted) == ["Tomas Varlow", None]


def test_quoted_title(rule_off):
    # a fragment quoted in title case is a title or a name, nobody's words
    show = ["Ada Brenner has been voted off \u201cSinging on the Quay.\u201d"]
    song = ['Ivo Marsh opened with their single "Night Ferry To The Islands," then played "Black Harbour."']
    nickname = ['Ivo Marsh visited the old jail, dubbed the "Harbour Hotel" by the sailors held there.']
    assert speakers(*show) == [None]
    assert speakers(*song) == [None, None]
    assert speakers(*nickname) == [None]
    # a name used as a modifier, between an article and a noun
    modifier = ['Ivo Marsh said the "Ferry first, always" campaign had failed.']
    assert speakers(*modifier) == [None]
    assert speakers('Ivo Marsh praised the "brave" vote.') == ["Ivo Marsh"]
    # a fragment of speech keeps its speaker; so does a quotation opening with a capital after a verb
    assert speakers('Ivo Marsh called the plan "a Trojan horse for cuts."') == ["Ivo Marsh"]
    assert speakers('Ivo Marsh said: "We Will Win."') == ["Ivo Marsh"]
    rule_off("quoted_title")
    assert speakers(*show) == ["Ada Brenner"]
    assert speakers(*nickname) == ["Ivo Marsh"]
    assert speakers(*modifier) == ["Ivo Marsh"]


def test_clause_subject(rule_off):
    # the subject of a verb stands after the last word opening a clause before it, not at the sentence's start
    client = [
        '"Ferries must be safe first," said Dan Corliss, a harbour pilot, at the meeting. (Corliss\'s customers'
        " include Brixwell, a shipyard, although many say he favoured the yard long before.)",
        '"The yard needs new cranes," he added.',
    ]
    assert speakers(*client) == ["Dan Corliss", "Dan Corliss"]
    poet = [
        "Patience, care, and nerve are needed for these chapters, since the poet Ada Wolton warned readers."
        ' "Every page hides a door," she said.'
    ]
    assert speakers(*poet) == ["Ada Wolton"]
    # an opener followed by a comma before the verb is inside an aside: the name before it stays the subject
    nurse = ["Jane Dorrit, who is a nurse, said that the ward was full.", '"We cannot go on," she said.']
    assert speakers(*nurse) == ["Jane Dorrit"]
    rule_off("clause_subject")
    assert speakers(*client) == ["Dan Corliss", "Brixwell"]
    assert speakers(*poet) == ["Patience"]


def test_capitalised_cue(rule_off):
    # "States" written with a capital mid-sentence belongs to a name, it is no reporting verb
    pact = ['Despite news that the Federated States and Norvania had signed a "landmark" pact, little changed.']
    assert speakers(*pact) == [None]
    towns = ['Tom Brant has since said that the talks would be held in Federated States "harbour towns."']
    assert speakers(*towns) == ["Tom Brant"]
    rule_off("capitalised_cue")
    assert speakers(*pact) == ["Federated States"]
    assert speakers(*towns) == [None]


def test_title_of_office(rule_off):
    # a title, "of" and its office before a name are the person's title
    text = ['Secretary of Labor Tom Brant said the deal "gives the harbour a future."']
    assert speakers(*text) == ["Tom Brant"]
    assert [q.speaker_title for q in extract_quotes(text, language="en").quotes] == ["Secretary of Labor"]
    rule_off("title_of_office")
    assert speakers(*text) == [None]


def test_spokesperson_phrase(rule_off):
    # the phrase after a spokesperson (time, manner) is no part of who speaks
    monday = ['"The ferries will run on time," said a Harbour Workers Alliance spokesperson on Monday.']
    asked = ['"The ferries will run on time," said a Harbour Workers Alliance spokesperson when asked by the Gazette.']
    email = ['"The ferries will run on time," said a Harbour Workers Alliance spokesperson in an email.']
    for text in (monday, asked, email):
        assert speakers(*text) == ["Harbour Workers Alliance"]
    rule_off("spokesperson_phrase")
    for text in (monday, asked, email):
        assert speakers(*text) == [None]


def test_nameless_title(rule_off):
    # somebody unnamed whose only capitals are title words is nobody, not a person called "CEO"
    ceo = ["Mara Olsen runs a shipping line.", 'Owners want "calm seas and full decks," as one shipping CEO told me.']
    minister = ['"We are ready," said a Deputy Minister.']
    assert speakers(*ceo) == [None]
    assert speakers(*minister) == [None]
    # an organisation's spokesperson still speaks for it
    assert speakers('"We are ready," said a Harbour Union spokesperson.') == ["Harbour Union"]
    rule_off("nameless_title")
    assert speakers(*ceo) == ["CEO"]


# --- round attr10: more English patterns read on the unlabelled bench pages, each on invented sentences


def test_coordinated_speakers(rule_off):
    # two people joined by "and" speak together: nobody, never the one named last
    before = "Ada Wolton and Piet Marr run the harbour choir."
    replied = [before, 'Wolton and Marr replied that the council was "acting in bad faith."']
    after = [before, '"We are not going anywhere," Wolton and Marr said.']
    couple = ['Ada Wolton and her husband Piet Marr said: "We are not going anywhere."']
    assert speakers(*replied) == [None]
    assert speakers(*after) == [None]
    assert speakers(*couple) == [None]
    # one person and an organisation's name with "and" inside, or a name and a verb after "and", are left alone
    assert speakers('"We will stay," said Ada Wolton of the Harbour and Rail Union.') == ["Ada Wolton"]
    assert speakers('"We will stay," said Ada Wolton and added that the choir would sing on.') == ["Ada Wolton"]
    rule_off("coordinated_speakers")
    assert speakers(*replied) == ["Piet Marr"]
    assert speakers(*after) == ["Piet Marr"]


def test_time_opener(rule_off):
    # a phrase of time opening the sentence with no comma is no part of its subject
    monday = ["Tom Brant is the mayor.", 'On Monday Ada Wolton told reporters that the council was "acting in bad faith."']
    march = ["Tom Brant is the mayor.", "In March Ada Wolton spoke at the rally.", '"We are not going anywhere," she said.']
    yesterday = ['Yesterday Ada Wolton said: "We are not going anywhere."']
    assert speakers(*monday) == ["Ada Wolton"]
    assert speakers(*march) == ["Ada Wolton"]
    assert speakers(*yesterday) == ["Ada Wolton"]
    rule_off("time_opener")
    assert speakers(*monday) == [None]
    assert speakers(*march) == [None]
    assert speakers(*yesterday) == [None]


def test_fronted_clause_subject(rule_off):
    # the subject of a clause opening the sentence is in focus for a later pronoun
    text = [
        "Tom Lund chaired the meeting.",
        "Ada Wolton welcomed the candidate, Velan Brant.",
        "When Brant reached the stage, the volunteers cheered.",
        '"Keep your seats," he told them.',
    ]
    assert speakers(*text) == ["Velan Brant"]
    # the sentence's own subject, after the clause, comes first
    later = ["Ada Wolton met Tom Brant.", "When Brant reached the stage, Wolton stood up.", '"Sit down," she told them.']
    assert speakers(*later) == ["Ada Wolton"]
    rule_off("fronted_clause_subject")
    assert speakers(*text) == [None]


def test_statement_read(rule_off):
    # a statement or a letter "reads" somebody's words: a quotation, no sign's text
    statement = [
        "The Harbour Union said in a statement on Monday that it would appeal.",
        '"We will not be silenced," the statement read.',
    ]
    letter = ['"We will not be silenced," the letter reads.']
    assert speakers(*statement) == ["Harbour Union"]
    assert speakers(*letter) == [None]  # (a quotation, nobody named)
    # a placard or a sign still reads a slogan
    placard = extract_quotes(["Hundreds marched.", '"Hands off the harbour," one placard read.'], language="en")
    assert placard.quotes == [] and placard.slogans == ["Hands off the harbour"]
    rule_off("statement_read")
    assert speakers(*statement) == []
    assert speakers(*letter) == []


def test_organisation_statement(rule_off):
    # an organisation opening a sentence that names a statement issued it
    text = ["The Harbour Union issued a statement on Monday.", '"We will not be silenced," the statement said.']
    read = ["The Harbour Union issued a statement on Monday.", 'The statement read: "We will not be silenced."']
    assert speakers(*text) == ["Harbour Union"]
    assert speakers(*read) == ["Harbour Union"]
    rule_off("organisation_statement")
    assert speakers(*text) == [None]
    assert speakers(*read) == [None]


def test_quoted_heading(rule_off):
    # a paragraph that opens with a quotation and has no end of sentence is a heading: nobody is borrowed
    headline = ['"We will win," Ada Wolton said.', '"No Way Back": Harbour town votes on ferry cuts', "The vote is on Monday."]
    fragment = ['"We will win," Ada Wolton said.', '"… keep the ferry running for the island"', "The vote is on Monday."]
    assert speakers(*headline) == ["Ada Wolton", None]
    assert speakers(*fragment) == ["Ada Wolton", None]
    # a quotation standing alone that ends a sentence still goes on with the speaker before
    assert speakers('"We will win," Ada Wolton said.', '"We are ready."') == ["Ada Wolton", "Ada Wolton"]
    rule_off("quoted_heading")
    assert speakers(*headline) == ["Ada Wolton", "Ada Wolton"]


def test_colon_clause_subject(rule_off):
    # a quotation after the colon of a clause with a subject of its own is that subject's
    text = ['Ada Wolton signed a new contract, and Tom Brant had one question: "what did we do wrong?"']
    assert speakers(*text) == ["Tom Brant"]
    # a colon after the sentence's own clause: its subject, as before
    assert speakers('Ada Wolton has found one drawback: "They sing too well."') == ["Ada Wolton"]
    rule_off("colon_clause_subject")
    assert speakers(*text) == ["Ada Wolton"]


def test_gender_noun(rule_off):
    # a noun of one gender said of a named person gives them that gender, over a first name's guess
    copula = [
        "Dorn Kessel was arrested for the call to the office of Nikola Marwe.",
        "Marwe is one of the first women on the council.",
        '"I will come back," he said.',
    ]
    apposition = ["Dorn Kessel chaired the meeting.", "Nikola Marwe, 41, a mother of two, spoke next.", '"I will come back," he said.']
    assert speakers(*copula) == ["Dorn Kessel"]
    assert speakers(*apposition) == ["Dorn Kessel"]
    # a possessive or a noun after "of" is not what the person is
    group = ["Dorn Kessel chaired the meeting.", "Nikola Marwe is the head of a women's group.", '"I will come back," he said.']
    lawyer = ["Dorn Kessel chaired the meeting.", "Nikola Marwe is a lawyer for the widow.", '"I will come back," he said.']
    assert speakers(*group) == ["Nikola Marwe"]
    assert speakers(*lawyer) == ["Nikola Marwe"]
    rule_off("gender_noun")
    assert speakers(*copula) == ["Nikola Marwe"]


def test_inverted_aside(rule_off):
    # a reporting verb set off by commas mid-sentence has its subject after it, in focus for "he"
    def text(context):
        return ["Tom Varga runs the shop.", '"We sell the most," said Piet Lorne, head of sales.', context + ' "We have the biggest network," he says.']

    middle = text("The problem, says Varga, is money.")
    end = text("The problem is money, says Varga.")
    assert speakers(*middle) == ["Piet Lorne", "Tom Varga"]
    assert speakers(*end) == ["Piet Lorne", "Tom Varga"]
    rule_off("inverted_aside")
    assert speakers(*middle) == ["Piet Lorne", "Piet Lorne"]
