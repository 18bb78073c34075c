"""Portuguese words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("por",)
BYLINE_LABELS = ("publicado", "publicada", "texto", "redação", "reportagem", "entrevista", "análise", "escrito")
AUTHOR_LABELS = ("escrito por", "autor", "autora", "por")
AUTHOR_CONNECTORS = ("e", "com")
ROLE_WORDS = frozenset("""redação redacao jornalista correspondente enviado enviada repórter redator
    redatora agência""".split())
PERSON_ROLES = frozenset("""jornalista correspondente repórter redator redatora""".split())
NOT_NAME_WORDS = frozenset("""entrar cadastre cadastro conta perfil assine assinatura compartilhar
    partilhar seguir buscar pesquisar""".split())
PUBLISHED_WORDS = ("publicado", "publicada")
#: Starts of words that announce the publication (publicado, publicada, publicação), read at a word start only.
PUBLISHED_WORD_STARTS = ("publicad", "publicaç")
UPDATED_WORDS = ("atualizado", "atualizada", "actualizado", "actualizada")
ARTICLES = ("os", "as")
INDEFINITE_ARTICLES = ("um", "uma")
DATE_PREPOSITIONS = ("em",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("autor", "autores", "autora", "jornalista", "jornalistas", "colunista", "colunistas", "perfil")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ()
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ("de", "da", "dos", "das")
