"""The document analysis: paragraphs, sentences and tokens with offsets and per-word facts."""

from rallycrawl.extraction.document import Document, sentence_spans
from rallycrawl.extraction.lang import resources


def sentences(text, language="en"):
    return [text[a:b] for a, b in sentence_spans(text, resources(language, "sentences").ABBREVIATIONS)]


def test_sentences_end_at_a_stop_before_a_capital():
    assert sentences('The march began at noon. "We are here," said Mr. Lund. Dr. Ines Varga spoke last!') == [
        "The march began at noon.",
        '"We are here," said Mr. Lund.',
        "Dr. Ines Varga spoke last!",
    ]


def test_initials_and_lower_case_do_not_end_a_sentence_numbers_do():
    assert sentences("J. R. Halvorsen spoke. The crowd left.") == ["J. R. Halvorsen spoke.", "The crowd left."]
    assert sentences("It was e.g. cold. Then it rained.") == ["It was e.g. cold.", "Then it rained."]
    assert sentences("They marched in 2024. The police watched.") == ["They marched in 2024.", "The police watched."]


def test_a_french_quotation_with_a_space_inside_its_marks_opens_a_sentence():
    assert sentences("La mairie a saisi la justice. « La salle doit rouvrir », dit-elle.", "fr") == [
        "La mairie a saisi la justice.",
        "« La salle doit rouvrir », dit-elle.",
    ]
    assert sentences("Le collectif a manifesté.\u00a0«\u00a0Nous restons\u00a0», a-t-il dit.", "fr")[1].startswith("«")


def test_german_abbreviations_are_language_data():
    data = resources("de", "sentences")
    text = "Laut Prof. Brandt kamen am 3. Mai ca. 300 Menschen. Die Polizei sprach von 250."
    assert [text[a:b] for a, b in sentence_spans(text, data.ABBREVIATIONS, ordinal_stop=data.ORDINAL_STOP)] == [
        "Laut Prof. Brandt kamen am 3. Mai ca. 300 Menschen.", "Die Polizei sprach von 250."
    ]


def test_tokens_carry_offsets_and_word_facts():
    doc = Document(["Nurses from the RNA marched. They said: “Enough.”", "Koch-backed groups stayed away."],
                   headline="Nurses march", language="en")
    assert [s.text for s in doc.sentences] == [
        "Nurses from the RNA marched.", "They said: “Enough.”", "Koch-backed groups stayed away."
    ]
    for token in doc.tokens:
        assert doc.texts[token.paragraph][token.start : token.end] == token.text
        assert doc.tokens[token.index] is token
    words = {t.text: t for t in doc.tokens if t.is_word}
    assert words["Nurses"].is_sentence_start and words["Nurses"].is_paragraph_start
    assert words["They"].is_sentence_start and not words["They"].is_paragraph_start
    assert words["Enough"].is_capitalised and not words["Enough"].is_sentence_start
    assert words["RNA"].is_upper and words["RNA"].lower == "rna"
    assert words["Koch-backed"].is_sentence_start and words["Koch-backed"].paragraph == 1
    assert not words["said"].is_capitalised
    assert [t.text for t in doc.sentence_tokens(doc.sentences[1])] == ["They", "said", ":", "“", "Enough", ".", "”"]
    assert doc.paragraphs[1].offset == len(doc.texts[0]) + 2
    assert "Enough" in doc.capitalised_mid_sentence and "Nurses" not in doc.capitalised_mid_sentence
    columns = doc.columns
    for token in doc.tokens:
        i = token.index
        assert (columns.text[i], columns.lower[i], columns.sentence[i]) == (token.text, token.lower, token.sentence)
        assert columns.is_sentence_start[i] == token.is_sentence_start


def test_nothing_is_computed_before_it_is_read():
    doc = Document(["One paragraph."])
    assert "tokens" not in doc.__dict__ and "paragraphs" not in doc.__dict__
    assert doc.columns.text == ["One", "paragraph", "."]
    assert "is_upper" not in doc.columns.__dict__ and "tokens" not in doc.__dict__
    assert doc.paragraph_tokens(0)[0].text == "One"
    assert Document([]).tokens == []


def test_lower_case_is_made_once_per_paragraph_and_joined_as_the_whole_would_be():
    paragraphs = ["The Harbour Workers Alliance marched.", "ΟΔΟΣ ΠΑΝΟΣ said Mara Olsen.", "İlkay Dunmore spoke."]
    doc = Document(paragraphs)
    assert doc.lower_text(1) == paragraphs[1].lower()
    assert doc.lower(paragraphs[1], 1) is doc.lower_text(1)  # (kept, not made again)
    assert doc.lower(paragraphs[1][:8], 1) == paragraphs[1][:8].lower()  # a cut: made anew
    assert doc.lower(paragraphs[0], 1) == paragraphs[0].lower()  # not that paragraph: made anew
    for limit in range(0, 100):
        for first in (0, 1):
            texts = paragraphs[first:]
            assert doc.joined_lower(texts, first, limit) == "\n".join(texts)[:limit].lower()


def test_lowers_reads_the_kept_lower_case_of_whole_paragraphs():
    paragraphs = ["Lina Dorn of the Quay Tenants Union spoke.", "ΧΟΡΟΣ and İzel Marrow.", "A short one."]
    doc = Document(paragraphs)
    cuts = [paragraphs[0], paragraphs[1][:7], paragraphs[2]]
    assert doc.lowers(cuts) == [text.lower() for text in cuts]
    assert doc.lowers(cuts)[0] is doc.lower_text(0)
    assert doc.lowers(paragraphs[1:], 1) == [text.lower() for text in paragraphs[1:]]
