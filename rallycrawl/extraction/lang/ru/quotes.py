"""Russian words that attribute a quotation (read by rallycrawl.extraction.attribution).

Russian news sets quotations in «ёлочки» (inner ones in „лапки“), and puts the attribution
inside the marks after a comma and a dash ("«…, – сказала она. – …»") or after the quotation
("«…», – заявил Иванов."). The verbs are listed in the past tense the news writes (masculine,
feminine and plural differ: "сказал", "сказала", "сказали"); simplemma fills the slots of the
paradigm the list leaves out (``PARADIGM_FORMS``). "По словам X" is left out: the name after it
is in the genitive ("по словам Ивановой"), not the speaker's own form.
"""

REPORTING_VERBS = frozenset("""
сказал сказала сказали говорит говорил говорила говорили говорят
заявил заявила заявили заявляет отметил отметила отметили отмечает подчеркнул подчеркнула
подчеркнули подчеркивает подчёркивает добавил добавила добавили добавляет пояснил пояснила
пояснили объяснил объяснила объяснили рассказал рассказала рассказали рассказывает сообщил
сообщила сообщили сообщает уточнил уточнила уточнили ответил ответила ответили заметил
заметила заметили написал написала написали пишет заверил заверила заверили предупредил
предупредила предупредили напомнил напомнила напомнили признался призналась признались
признается признаётся пожаловался пожаловалась пожаловались поделился поделилась поделились
возмутился возмутилась возмутились настаивает настаивал настаивала считает считают
уверяет уверял уверяла продолжил продолжила спросил спросила спросили воскликнул воскликнула
процитировал процитировала цитирует
""".split())
TWO_WORD_CUES = frozenset()
SOURCE_CUES = frozenset()
#: (the Russian past has no auxiliary)
AUXILIARIES = frozenset()
SINGULAR_PRONOUNS = {"он": "m", "она": "f"}
PLURAL_PRONOUNS = frozenset("они мы".split())
TITLES = frozenset("""
президент премьер-министр вице-премьер министр замминистра глава председатель губернатор мэр
депутат сенатор директор гендиректор пресс-секретарь представитель спикер генерал профессор
лидер руководитель посол прокурор судья канцлер профсоюзный активист
""".split())
GENDERED_TITLES = {}
#: the attribution may stand inside the quotation marks: «…, – сказала она. – …»
INCISE_IN_QUOTES = True
TITLE_ENDINGS = ()
#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True
#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('«…»' / 'Об этом заявила Анна Листова.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("об", "этом"), ("так",)})
#: (Russian has no articles)
ARTICLE_GENDERS = {}
#: verbs whose object, not their subject, is the speaker ('Агентство цитирует X: «…»'): rule
#: ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("процитировал процитировала цитирует".split())
#: a paragraph opening with a dash and a capital is a quotation ('— Мы не уйдём, — сказал он.'); it ends
#: before a reporting verb above (read by rallycrawl.extraction.quote_marks)
DASH_QUOTES = True
#: ... but a dash paragraph with no reporting verb is no quotation after mere running text: interviews
#: set each answer after a dash below its question (rule ``dash_after_prose`` is not read here)
DASH_AFTER_PROSE = False
