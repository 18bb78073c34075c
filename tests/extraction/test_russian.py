"""Russian (``lang/ru``): quotations and their speakers, dates and bylines (invented text and names)."""

import pytest

from rallycrawl.extraction import attribution, lang
from rallycrawl.extraction.dates import parse_date
from rallycrawl.extraction.metadata import extract_metadata
from rallycrawl.extraction.page import Page
from rallycrawl.extraction.quotes import extract_quotes


def quotes(paragraphs, language="ru"):
    return [(q.text, q.speaker) for q in extract_quotes(paragraphs, language=language).quotes]


def test_russian_has_its_own_profile():
    assert lang.has("ru", "quotes") and lang.has("ru", "calendar") and lang.has("ru", "metadata")
    profile = attribution.profile("ru")
    assert {"сказала", "заявил", "пожаловалась"} <= profile.cues
    # simplemma fills the forms the list leaves out ("сообщил" listed: "сообщал" too)
    assert "сообщал" in profile.paradigm


def test_verb_and_name_after_the_quotation():
    found = extract_quotes(["«Мы будем бастовать до конца», – заявил председатель профсоюза Олег Тарасов."], language="ru")
    q = found.quotes[0]
    assert (q.text, q.speaker, q.speaker_title) == ("Мы будем бастовать до конца", "Олег Тарасов", "председатель профсоюза")


def test_name_and_verb_before_the_quotation():
    assert quotes(["Олег Тарасов заявил: «Мы не уйдём с площади»."]) == [("Мы не уйдём с площади", "Олег Тарасов")]


def test_pronoun_after_the_verb_in_the_next_paragraph():
    paragraphs = ["Марина Светлова выступила на митинге у завода.", "«Нам нужны новые школы», – сказала она."]
    assert quotes(paragraphs) == [("Нам нужны новые школы", "Марина Светлова")]


def test_incise_inside_the_marks_with_a_name():
    paragraphs = ["«Петь каждый вечер – это тяжело. Так живут немногие, – призналась Марина Светлова. – Но я не сдамся»."]
    assert quotes(paragraphs)[0][1] == "Марина Светлова"


def test_incise_inside_the_marks_with_a_pronoun(monkeypatch):
    paragraphs = [
        "Марина Светлова выступила на митинге у завода.",
        "«Зарплаты не повышали три года, – сказала она. – Мы больше не можем ждать»."
    ]
    found = extract_quotes(paragraphs, language="ru").quotes[0]
    assert (found.speaker, found.rule, found.cue) == ("Марина Светлова", "incise_in_quote", "сказала")
    monkeypatch.setitem(attribution.RULES, "incise_pronoun_after", False)
    assert extract_quotes(paragraphs, language="ru").quotes[0].rule != "incise_in_quote"


def test_sentences_split_before_a_cyrillic_capital():
    # the speaker of a quotation standing alone is the subject of the paragraph's last sentence
    paragraphs = [
        "«Мне страшно выходить на сцену», – призналась Светлова.",
        "Врачи советуют ей отдых. Она почти не спит по ночам.",
        "«Я вижу, как другие притворяются спокойными».",
    ]
    assert quotes(paragraphs)[1] == ("Я вижу, как другие притворяются спокойными", "Светлова")


def test_sentence_after_points_back_at_the_quotation():
    paragraphs = ["«Зарплаты не повышали три года». Об этом заявил профсоюзный лидер Олег Тарасов."]
    assert quotes(paragraphs) == [("Зарплаты не повышали три года", "Олег Тарасов")]


def test_dash_quotation_with_the_verb_after_a_comma_and_a_dash():
    paragraphs = ["— Мы не уйдём отсюда, — сказал Олег Тарасов. — Завод должен работать."]
    assert quotes(paragraphs) == [("Мы не уйдём отсюда", "Олег Тарасов"), ("Завод должен работать.", "Олег Тарасов")]


def test_interview_answers_after_a_dash_are_no_quotations():
    paragraphs = [
        "Марина Светлова",
        "Почему вы решили стать поваром?",
        "— Я всегда любила готовить и угощать друзей своими блюдами.",
        "Ваше любимое блюдо на выходных дома.",
        "— Паста с томатами и сыром, это готовится за двадцать минут.",
    ]
    assert quotes(paragraphs) == []


@pytest.mark.parametrize("text, iso", [
    ("17 ноября 2020", "2020-11-17"),
    ("3 мая 2021 г.", "2021-05-03"),
    ("1 дек. 2019", "2019-12-01"),
])
def test_russian_month_names(text, iso):
    assert parse_date(text) == iso


def test_visible_byline_and_date_in_russian():
    body = (
        "<h1>Певица рассказала о своих страхах</h1>"
        '<div class="meta">Текст: Анна Листова · 17 ноября 2020</div>'
        "<p>" + "Певица дала большое интервью о своей жизни и работе на сцене. " * 6 + "</p>"
    )
    meta = extract_metadata(Page(f"<html lang=\"ru\"><head></head><body>{body}</body></html>", "https://zhurnal.example/ru/1"))
    assert meta.authors == ["Анна Листова"]
    assert (meta.published or "")[:10] == "2020-11-17"


@pytest.mark.parametrize("headline, paragraphs, protest", [
    ("Рабочие завода вышли на митинг", [
        "Несколько тысяч рабочих собрались у проходной завода, требуя выплатить долги по зарплате. "
        "Профсоюз объявил забастовку, участники митинга держали плакаты."], True),
    ("Новая версия программы вышла в срок", [
        "Инженеры протестировали новую версию программы и исправили ошибки. Обновление вышло во вторник, "
        "его уже скачали тысячи пользователей."], False),
])
def test_russian_relevance(headline, paragraphs, protest):
    from rallycrawl.extraction.relevance import score_protest

    assert score_protest(headline, paragraphs, "ru")[0] is protest
