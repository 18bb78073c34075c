"""Russian words of page metadata (see lang/en/metadata.py): "Текст: Анна Листова", "Автор: …"."""

BYLINE_LEAD_INS = ()
BYLINE_LABELS = ("текст", "автор", "авторы")
AUTHOR_LABELS = ("автор", "текст")
AUTHOR_CONNECTORS = ("и",)
ROLE_WORDS = frozenset("""корреспондент корреспондентка журналист журналистка редакция обозреватель
    редактор""".split())
PERSON_ROLES = frozenset("""корреспондент журналист обозреватель редактор""".split())
NOT_NAME_WORDS = frozenset("""войти регистрация подписаться поделиться поиск""".split())
PUBLISHED_WORDS = ("опубликовано",)
#: Starts of words that announce the publication (опубликовано, публикация), read at a word start only.
PUBLISHED_WORD_STARTS = ("опубликов", "публикац")
UPDATED_WORDS = ("обновлено",)
ARTICLES = ()
INDEFINITE_ARTICLES = ()
DATE_PREPOSITIONS = ()
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("avtor", "avtory")
