"""Portuguese words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
disse dizem diz afirmou afirma declarou declara explicou explica acrescentou acrescenta
destacou destaca ressaltou ressalta salientou salienta sublinhou sublinha defendeu defende
criticou critica denunciou denuncia contou conta lembrou lembra escreveu alertou alerta
garantiu garante segundo
""".split())
TWO_WORD_CUES = frozenset()
SOURCE_CUES = frozenset({("segundo",)})
AUXILIARIES = frozenset("tem têm".split())
SINGULAR_PRONOUNS = {"ele": "m", "ela": "f"}
PLURAL_PRONOUNS = frozenset("eles elas nós".split())
TITLES = frozenset("""
presidente ministro ministra prefeito prefeita secretário secretária porta-voz deputado deputada
senador senadora diretor diretora líder governador governadora coordenador coordenadora
""".split())
GENDERED_TITLES = {"ministra": "f", "prefeita": "f", "secretária": "f", "deputada": "f", "senadora": "f",
                   "diretora": "f", "governadora": "f", "coordenadora": "f"}
#: the attribution may stand inside the quotation marks: « …, affirme-t-elle. … »
INCISE_IN_QUOTES = True
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()
#: a paragraph opening with a dash and a capital is a quotation ('— Vamos continuar — disse ela.'); it ends
#: before a reporting verb above (read by rallycrawl.extraction.quote_marks)
DASH_QUOTES = True
