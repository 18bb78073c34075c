"""Quotes, their speakers, and slogans, on paragraphs written for these tests."""

import time

import pytest

from rallycrawl.extraction.quotes import extract_quotes


def quotes(*paragraphs, language="en"):
    return extract_quotes(list(paragraphs), language=language).quotes


def speakers(*paragraphs, language="en"):
    return [(q.text, q.speaker) for q in quotes(*paragraphs, language=language)]


# --- attribution patterns -------------------------------------------------------------

def test_name_then_said_after_the_quote():
    assert speakers('"The river rose overnight," Maria Lindqvist said.') == [
        ("The river rose overnight", "Maria Lindqvist")
    ]


def test_said_then_name_after_the_quote():
    [q] = quotes('"We stayed on the roof," said Tomas Berglund, a farmer from the valley.')
    assert q.speaker == "Tomas Berglund"
    assert q.cue == "said"
    assert q.speaker_title == "a farmer from the valley"


def test_told_an_outlet_is_the_cue():
    [q] = quotes('"The pumps failed twice," Oona Reyes told The Valley Courier.')
    assert (q.speaker, q.cue) == ("Oona Reyes", "told The Valley Courier")


def test_speaker_before_the_quote_with_a_colon_or_comma():
    assert speakers('Hamid Osei told reporters: "Nobody warned us."') == [("Nobody warned us.", "Hamid Osei")]
    assert speakers('Later, Priya Natarajan added, "We need boats."') == [("We need boats.", "Priya Natarajan")]


def test_according_to():
    assert speakers('According to Lena Fischbach, "the levee was never finished."') == [
        ("the levee was never finished.", "Lena Fischbach")
    ]


def test_said_in_a_statement():
    [q] = quotes('"Our crews are on site," Daniel Okafor said in a statement.')
    assert (q.speaker, q.cue) == ("Daniel Okafor", "said in a statement")


def test_apposition_gives_title_and_organisation():
    [q] = quotes(
        '"We will march again next week," Rosa Delgado, an organiser for Tenants United, told the Herald.'
    )
    assert q.speaker == "Rosa Delgado"
    assert q.speaker_title == "an organiser for Tenants United"
    assert q.organisation == "Tenants United"
    assert q.cue == "told the Herald"


def test_an_age_in_the_apposition_is_not_the_title():
    [q] = quotes('Lee Chang, 34, a welder, told the Gazette: "They cut our pay twice."')
    assert (q.speaker, q.speaker_title, q.cue) == ("Lee Chang", "a welder", "told the Gazette")


def test_title_before_the_name():
    [q] = quotes('"The budget is fair," Riverside Teachers Association President Carla Mendes said.')
    assert q.speaker == "Carla Mendes"
    assert q.organisation == "Riverside Teachers Association"
    [q] = quotes('"We are not moving," said housing organiser Felix Amadi of the Eastside Housing Alliance.')
    assert q.speaker == "Felix Amadi"
    assert q.organisation == "Eastside Housing Alliance"


def test_a_spokesperson_speaks_for_the_organisation():
    [q] = quotes('"The talks have stalled," a spokesperson for the Harbour Workers Union said.')
    assert q.speaker == "Harbour Workers Union"


def test_organisation_as_speaker():
    assert speakers('"Rents must be frozen," the Tenants Federation said in a statement.')[0][1] == "Tenants Federation"


def test_the_group_is_the_organisation_named_before():
    result = speakers(
        "Members of the Clean Rivers Coalition gathered at the dam on Friday.",
        '"This dam is killing the salmon," the group said.',
    )
    assert result == [("This dam is killing the salmon", "Clean Rivers Coalition")]


def test_the_union_is_the_organisation_whose_name_says_union():
    result = speakers(
        "The Coastal Nurses Union called the strike after talks with Bayview Health Trust failed.",
        'In a statement, the union said: "Our members cannot keep covering empty shifts."',
        '"We will pay what is fair," a trust spokesperson said.',
    )
    assert result == [
        ("Our members cannot keep covering empty shifts.", "Coastal Nurses Union"),
        ("We will pay what is fair", "Bayview Health Trust"),
    ]


def test_title_quoted_inside_the_attribution():
    result = speakers(
        "Dana Whitfield hosted the final show on Friday.",
        '"It was the best job I ever had," the "Night Shift" host said on air.',
    )
    assert result[0] == ("It was the best job I ever had", "Dana Whitfield")


def test_headline_in_capitals_is_not_a_person():
    result = speakers(
        "Lorna Beck finished the race in second place.",
        "RUNNERS REACT TO NEW COURSE",
        '"My legs are gone," she said.',
    )
    assert result == [("My legs are gone", "Lorna Beck")]


def test_a_sentence_opening_with_a_is_no_initial():
    result = speakers(
        "Officials at the Ministry of Transport did not answer calls.",
        'A ministry spokeswoman later said: "Talks will resume on Monday."',
    )
    assert result == [("Talks will resume on Monday.", "Ministry of Transport")]


def test_speaker_named_in_the_next_sentence():
    result = speakers('"We have waited ten years for this road." That was how Ruth Abara described the plan.')
    assert result == [("We have waited ten years for this road.", "Ruth Abara")]


def test_it_said_is_the_organisation():
    result = speakers(
        "The Northern Rail Company cancelled 40 trains on Friday.",
        '"Safety comes first," it said in a statement.',
    )
    assert result == [("Safety comes first", "Northern Rail Company")]


def test_nameless_speaker_is_none_not_a_guess():
    result = speakers(
        'Gina Albers spoke first. "We are tired," she said.',
        '"Nobody listens to us," one marcher from the suburbs said.',
    )
    assert result == [("We are tired", "Gina Albers"), ("Nobody listens to us", None)]


def test_no_attribution_at_all_is_none():
    assert speakers('The sign on the door said nothing. The word "closed" was missing.')[0][1] is None


# --- coreference ----------------------------------------------------------------------

def test_pronoun_resolves_to_the_person_introduced_before():
    result = speakers(
        "Ingrid Solberg, a nurse at the county hospital, joined the picket line on Monday.",
        '"We are short of staff every night," she said.',
    )
    assert result == [("We are short of staff every night", "Ingrid Solberg")]


def test_surname_resolves_to_the_full_name():
    result = speakers(
        "Councillor Abebe Tesfaye opened the meeting.",
        '"The vote is tonight," Tesfaye said.',
    )
    assert result == [("The vote is tonight", "Abebe Tesfaye")]


def test_role_noun_resolves_to_the_person_with_that_title():
    result = speakers(
        "Senator Marguerite Okonkwo visited the camp on Sunday.",
        '"These families deserve better," the senator said.',
    )
    assert result == [("These families deserve better", "Marguerite Okonkwo")]


def test_words_reported_by_someone_else_belong_to_who_said_them():
    result = speakers(
        "Rowan Pike, 41, was arrested on Friday.",
        "Pike faces two charges. A hearing is set for June. The court has not named a judge.",
        'During the call, he shouted at the clerk and said, "I will burn it down," the sheriff\'s office said.',
    )
    assert result == [("I will burn it down", "Rowan Pike")]


def test_said_in_a_statement_before_the_quote_wins_over_a_later_name():
    result = speakers(
        "Engineer Paul Dorsey was freed on Monday.",
        'Premier Lydia Okafor said in a statement, "We are relieved" at the news, adding that Dorsey\'s family was grateful.',
    )
    assert result == [("We are relieved", "Lydia Okafor")]


def test_pronoun_skips_a_person_of_the_other_gender():
    result = speakers(
        "Maria Santos met Thomas Keller at the depot on Monday.",
        "Keller signed the agreement.",
        '"It took two years," she said.',
    )
    assert result == [("It took two years", "Maria Santos")]


def test_a_possessive_opening_is_not_the_subject():
    result = speakers(
        "Tom's sister, Erin Walsh, read a poem at the service.",
        '"He loved this town," she said.',
    )
    assert result == [("He loved this town", "Erin Walsh")]


def test_a_gerund_opening_a_sentence_is_not_a_first_name():
    result = speakers(
        "Tim Okafor runs the shelter.",
        'Hosting Okafor at the gala "was an honour," Mayor Ines Ruiz said.',
        '"He never stops," Okafor said.',
    )
    assert result[-1] == ("He never stops", "Tim Okafor")


def test_pronoun_follows_the_subject_not_the_object():
    result = speakers(
        "Victor Lund, the union's lawyer, told the court that his clients had never met Karen Holt.",
        '"They acted within the law," he said.',
    )
    assert result[0][1] == "Victor Lund"


# --- split, standalone, multi-paragraph and nested quotes -----------------------------

def test_quote_split_by_its_attribution_gives_two_quotes_with_one_speaker():
    result = speakers('"The water came fast," Eli Navarro said. "We lost the car and the barn."')
    assert result == [("The water came fast", "Eli Navarro"), ("We lost the car and the barn.", "Eli Navarro")]


def test_quote_standing_alone_after_the_speakers_sentence():
    result = speakers(
        "Naomi Park said the repairs would take a year.",
        '"We have to start with the school."',
    )
    assert result == [("We have to start with the school.", "Naomi Park")]


def test_multi_paragraph_quote_is_one_quote_with_its_speaker():
    result = quotes(
        'Organiser Bruno Salas addressed the crowd: "We came from every district.',
        '"And we will come back until the council listens."',
        "The crowd cheered.",
    )
    assert len(result) == 1
    assert result[0].text == "We came from every district. And we will come back until the council listens."
    assert result[0].speaker == "Bruno Salas"
    assert result[0].paragraph == 0


def test_nested_quote_stays_inside():
    [q] = quotes('"The manager told us \'come back Monday\' and then closed the gate," Ada Moreau said.')
    assert q.text == "The manager told us 'come back Monday' and then closed the gate"
    assert q.speaker == "Ada Moreau"


def test_partial_quote_inside_the_reporters_sentence():
    [q] = quotes('Kwame Mensah said the new rules were "a slap in the face" for drivers.')
    assert (q.kind, q.speaker) == ("partial", "Kwame Mensah")
    [q] = quotes('"It is over," Kwame Mensah said.')
    assert q.kind == "direct"


def test_reading_order():
    result = quotes('"First," Ana Ruiz said.', '"Second," Ben Okoro said.', '"Third," Ana Ruiz said.')
    assert [q.text for q in result] == ["First", "Second", "Third"]
    assert [q.paragraph for q in result] == [0, 1, 2]


# --- slogans --------------------------------------------------------------------------

def test_chants_and_signs_are_slogans_not_quotes():
    found = extract_quotes(
        [
            'Marchers chanted "Homes not hotels" and carried signs reading "Rent is theft" and "Tax the towers."',
            '"We are here for our kids," said Mona Haddad, who led the march.',
            'One placard said "No more evictions", another "Fair rent now".',
        ],
        language="en",
    )
    assert found.slogans == ["Homes not hotels", "Rent is theft", "Tax the towers.", "No more evictions", "Fair rent now"]
    assert [(q.text, q.speaker) for q in found.quotes] == [("We are here for our kids", "Mona Haddad")]


def test_another_sign_said():
    found = extract_quotes(
        ['One sign read "Books not bans"; another, carried by a boy on his father\'s shoulders, said "Let me read."'],
        language="en",
    )
    assert found.slogans == ["Books not bans", "Let me read."]


def test_a_crowd_shouting_and_a_banner_that_said():
    found = extract_quotes(
        [
            'The marchers shouted "Hands off our pensions!" as the minister drove past.',
            'Under a banner that said "Pensions not profits", Ilse Brandt took the microphone.',
        ],
        language="en",
    )
    assert found.slogans == ["Hands off our pensions!", "Pensions not profits"]
    assert found.quotes == []


def test_slogan_after_the_chant_verb():
    found = extract_quotes(['"Save our library!" the crowd chanted outside the hall.'], language="en")
    assert found.slogans == ["Save our library!"]
    assert found.quotes == []


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("Die Demonstranten skandierten \u201eMieten runter\u201c vor dem Rathaus.", "de"),
        ("Los manifestantes coreaban \u00abMieten runter\u00bb frente al ayuntamiento.", "es"),
        ("Les manifestants scandaient \u00ab\u00a0Mieten runter\u00a0\u00bb devant la mairie.", "fr"),
    ],
)
def test_slogans_in_other_languages(paragraph, language):
    found = extract_quotes([paragraph], language=language)
    assert found.slogans == ["Mieten runter"]
    assert found.quotes == []


# --- German, Spanish, French ----------------------------------------------------------

def test_german_cues():
    result = speakers(
        "\u201eWir geben nicht auf\u201c, sagte Jana Krüger von der Mieterinitiative.",
        "\u201eDie Stadt muss handeln\u201c, so Krüger.",
        "Der Sprecher Tobias Wendt erklärte: \u201eDas ist erst der Anfang.\u201c",
        "\u201eWir prüfen den Antrag\u201c, sagte er auf Nachfrage.",
        language="de",
    )
    assert result == [
        ("Wir geben nicht auf", "Jana Krüger"),
        ("Die Stadt muss handeln", "Jana Krüger"),
        ("Das ist erst der Anfang.", "Tobias Wendt"),
        ("Wir prüfen den Antrag", "Tobias Wendt"),
    ]


def test_role_before_the_name_after_the_verb():
    [q] = quotes("\u201eWir streiken weiter\u201c, sagte die Vorsitzende der Gewerkschaft, Anna Weber.", language="de")
    assert (q.speaker, q.speaker_title) == ("Anna Weber", "die Vorsitzende der Gewerkschaft")
    [q] = quotes('"We want the truth," said the driver\'s brother, Samuel Otieno.')
    assert (q.speaker, q.speaker_title) == ("Samuel Otieno", "the driver's brother")


def test_cue_names_the_outlet_but_not_the_rest():
    [q] = quotes("Kiri Walters spoke on Tuesday.", '"We start again," she told The Harbour Gazette on Tuesday.')
    assert (q.speaker, q.cue) == ("Kiri Walters", "told The Harbour Gazette")


def test_german_compound_titles_and_role_nouns():
    result = quotes(
        "\u201eWir lassen uns nicht spalten\u201c, sagte Verdi-Sprecherin Lena Vogt.",
        "Lena Vogt sprach vor dem Rathaus. \u201eDas war erst der Anfang\u201c, meinte die Gewerkschafterin.",
        "\u201eEs blieb friedlich\u201c, so ein Polizeisprecher.",
        language="de",
    )
    assert [(q.speaker, q.speaker_title) for q in result] == [
        ("Lena Vogt", "Verdi-Sprecherin"),
        ("Lena Vogt", "Verdi-Sprecherin"),
        ("Polizei", None),  # (rule institution_spokesperson: the police, as "police said" is in English)
    ]


def test_a_verb_without_subject_keeps_the_speaker_before_and_its_own_cue():
    result = quotes(
        "\u00abNo vamos a ceder\u00bb, dijo Marta Ríos.",
        "\u00abSeguiremos en la calle\u00bb, añadió.",
        language="es",
    )
    assert [(q.speaker, q.cue) for q in result] == [("Marta Ríos", "dijo"), ("Marta Ríos", "añadió")]


def test_spanish_cues():
    result = speakers(
        "\u00abNo vamos a retroceder\u00bb, dijo Carmen Ibáñez, portavoz del sindicato.",
        "Según Ibáñez, \u00abel gobierno no escucha\u00bb.",
        language="es",
    )
    assert result == [("No vamos a retroceder", "Carmen Ibáñez"), ("el gobierno no escucha", "Carmen Ibáñez")]


def test_the_spokesperson_of_an_organisation_in_spanish():
    [q] = quotes("\u00abHubo dos detenidos\u00bb, señaló el portavoz de la Guardia Civil.", language="es")
    assert (q.speaker, q.cue) == ("Guardia Civil", "señaló")


def test_french_cues():
    result = speakers(
        "\u00ab\u00a0Nous ne céderons pas\u00a0\u00bb, a déclaré Hélène Marchand, secrétaire du syndicat.",
        "\u00ab\u00a0La réforme doit être retirée\u00a0\u00bb, a-t-elle ajouté.",
        "Selon Marchand, \u00ab\u00a0la mobilisation continue\u00a0\u00bb.",
        language="fr",
    )
    assert [s for _, s in result] == ["Hélène Marchand"] * 3
    assert [q.cue for q in quotes("Hélène Marchand a parlé.", "\u00ab\u00a0Non\u00a0\u00bb, a-t-elle martelé.", language="fr")] == [
        "a-t-elle martelé"
    ]


# --- robustness -----------------------------------------------------------------------

def test_unbalanced_marks_never_raise_nor_swallow_the_article():
    paragraphs = [
        'The chair said "we will see and then left the room.',
        "This paragraph has no quotation at all and must not be swallowed.",
        '"A clean quote," Ivo Petrov said.',
        "\u201d\u201c\u00bb\u00ab\u2019\u2018'\"",
    ]
    result = quotes(*paragraphs)
    assert all("must not be swallowed" not in q.text for q in result)
    assert ("A clean quote", "Ivo Petrov") in [(q.text, q.speaker) for q in result]


def test_empty_input():
    assert extract_quotes([], language=None).quotes == []
    assert extract_quotes(["", "   "], language=None).slogans == []


def test_long_input_stays_fast():
    paragraphs = [
        "word " * 200_000,  # a million characters, no punctuation
        "A" * 1_000_000,
        "Aa" * 500_000 + " Bb",
        "Name " * 100_000,
        '"' * 5000 + "\u201c" * 5000,
        ('"Quote," Anna Berg said. ' * 2000),
    ]
    started = time.process_time()
    result = extract_quotes(paragraphs, language="en")
    assert time.process_time() - started < 10
    assert len(result.quotes) >= 2000


def test_thousands_of_attributed_quotes_stay_linear():
    paragraphs = ['Ann Lee spoke. "Fine," the senator said.'] * 3000 + ['"Yes," she said.'] * 3000
    started = time.process_time()
    result = extract_quotes(paragraphs, language="en")
    assert time.process_time() - started < 10
    assert len(result.quotes) == 6000


# --- the reading machinery (shared word tokens, offsets worked out on demand) -----------

def _reference(frame, quote_ids, base):
    """Tokens (text, offset, quotation) as the word-by-word reading makes them."""
    from rallycrawl.extraction.attribution import _placed_words

    return _placed_words(frame, quote_ids, base)


@pytest.mark.parametrize(
    "frame",
    [
        "The crowd gathered at noon.",
        "She said \ue000, and left.",
        "He told reporters: \ue000. Then \ue000 he added.",
        "Organisers said \ue000(quoting the banner) was true.",
        "  Two  spaces\u00a0and a no-break space \ue000;",
        "A placeholder of the page's own text: x\ue000y \ue000.",
    ],
)
def test_tokens_and_offsets_match_the_word_by_word_reading(frame):
    from rallycrawl.extraction.attribution import PLACEHOLDER, Sentence

    quote_ids = {i + 7: n for n, i in enumerate(i for i, c in enumerate(frame) if c == PLACEHOLDER and frame[i - 1] == " ")}
    sentence = Sentence(0, 7, frame)
    sentence.read([(frame, 7)], quote_ids)
    expected = _reference(frame, quote_ids, 7)
    assert [(t.text, t.quote) for t in sentence.tokens] == [(text, quote) for text, _, quote in expected]
    assert [sentence.word_start(k) for k in range(len(sentence.tokens))] == [start for _, start, _ in expected]
    assert list(sentence.quote_positions) == [k for k, (_, _, quote) in enumerate(expected) if quote is not None]
    # a word's token is shared by all its occurrences and carries no offset
    assert all(t.start is None for t in sentence.tokens if t.quote is None)
