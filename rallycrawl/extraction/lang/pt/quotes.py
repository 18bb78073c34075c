"""Portuguese words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
disse dizem diz afirmou afirma declarou declara explicou explica acrescentou acrescenta
destacou destaca ressaltou ressalta salientou salienta sublinhou sublinha defendeu defende
criticou critica denunciou denuncia contou conta lembrou lembra escreveu alertou alerta
garantiu garante segundo conforme
informou informa lamentou lamenta reforçou reforça completou completa pontuou pontua avaliou avalia
questionou questiona perguntou pergunta observou observa argumentou argumenta reclamou reclama
cobrou cobra relatou relata comentou comenta admitiu admite reconheceu reconhece confirmou confirma
anunciou anuncia assegurou assegura insistiu insiste concluiu conclui frisou frisa enfatizou
enfatiza desabafou desabafa respondeu responde rebateu rebate detalhou detalha esclareceu esclarece
sustentou ponderou pondera apontou aponta indicou indica exigiu exige pediu pede acusou acusa
resumiu resume afirmaram disseram declararam explicaram informaram
cita citou
""".split())
#: ('De acordo com Ana Martins, “…”': "de" stays before the cue)
TWO_WORD_CUES = frozenset({("acordo", "com")})
SOURCE_CUES = frozenset({("segundo",), ("conforme",), ("acordo", "com")})
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

#: role nouns that, after "o"/"a", name a person the article introduced ('acrescentou o dirigente sindical'),
#: with the gender they tell (None: the article tells it): rule ``language_roles``
ROLE_NOUNS = {
    "sindicalista": None, "dirigente": None, "presidente": None, "presidenta": "f", "ministro": "m",
    "ministra": "f", "porta-voz": None, "líder": None, "deputado": "m", "deputada": "f", "prefeito": "m",
    "prefeita": "f", "manifestante": None, "ativista": None, "activista": None, "professor": "m",
    "professora": "f", "estudante": None, "mulher": "f", "homem": "m", "trabalhador": "m", "trabalhadora": "f",
    "enfermeiro": "m", "enfermeira": "f", "mãe": "f", "pai": "m", "coordenador": "m", "coordenadora": "f",
    "secretário": "m", "secretária": "f", "vereador": "m", "vereadora": "f", "senador": "m", "senadora": "f",
    "governador": "m", "governadora": "f", "diretor": "m", "diretora": "f", "morador": "m", "moradora": "f",
    "agricultor": "m", "agricultora": "f", "militante": None, "representante": None,
}
#: nouns that, after "o"/"a", name an organisation the article introduced ('informou a empresa')
ORG_ROLE_NOUNS = frozenset("""
sindicato empresa governo ministério prefeitura secretaria associação movimento partido entidade organização
coletivo federação confederação central
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"o": "m", "a": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('“…” Foi o que disse Ana Martins.', 'É o que diz Ana Martins.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("foi", "o", "que"), ("é", "o", "que")})

#: nouns for somebody unnamed who speaks for an organisation ('disse um porta-voz da Polícia'):
#: with an organisation after them the organisation speaks, else nobody (rule ``unnamed_member``)
MEMBER_NOUNS = frozenset("porta-voz membro integrante fonte fontes representante dirigente".split())
MEMBER_LINKS = frozenset("de da do das dos".split())
MEMBER_PLURALS = frozenset("fontes".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("os as".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("anos",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cita citou".split())
