"""Portuguese words that tell a protest report (read by ``extraction/relevance.py``)."""

EVENT_WORDS = [
    r"greves?|grevistas?|manifestaç(?:ão|ões)|manifestantes?|protestos?|protestaram|protestam|passeatas?|"
    r"paralisaç(?:ão|ões)|piquetes?|ato público|atos públicos|mobilizaç(?:ão|ões)|foram às ruas|vão às ruas|"
    r"saíram às ruas|greve geral|paralisaram|paralisam|paralisou|entraram em greve|estão em greve|fizeram greve|cruz(?:aram|am|ou|ar|arão|ando) os braços|vigília|vigílias|panelaços?|acampamento de protesto|"
    # protests named by their noise or their vehicles ("buzinaço", "carreata", "tratoraço")
    r"buzinaços?|apitaços?|tratoraços?|carreatas?|motociatas?|bicicletaços?"
]
AMBIGUOUS_WORDS = [
    r"marchas? lentas?|marchas?|cordões humanos|cordão humano|correntes? humanas?|ocupaç(?:ão|ões)|ocuparam|ocupam|bloqueios?|bloquearam|boicotes?|concentraç(?:ão|ões)|ato|atos|cartazes|faixas|"
    # a protest camp ("acampam em frente ao Congresso", "montaram acampamento na Esplanada")
    r"acampam|acamparam|acampados|acampadas|(?:montaram|montam|montaram um|montam um) acampamento",
    # a crowd with a purpose in the same sentence ("Centenas de estudantes marcharam ... contra o aumento")
    r"(?:(?:dezenas de milhares|milhares|centenas|dezenas) de [a-zà-ú]+|"
    r"(?:mais de|cerca de|quase|perto de|aproximadamente) \d[\d.]*(?: mil)? [a-zà-ú]+)"
    r"(?=[^.]{0,120}\b(?:para (?:exigir|protestar|reivindicar|pedir|denunciar|contestar)|em (?:defesa|protesto|apoio)|exigindo|"
    r"reivindicando|contra (?:o|a|os|as) (?:aumento|fecho|fechamento|encerramento|corte|cortes|reforma|lei|projeto|privatização|"
    r"despejo|despedimentos?|demissões|governo|proposta)))"
]
CONTEXT_WORDS = [
    r"sindicat\w*|trabalhador\w*|professores|estudantes|ativistas|milhares|centenas|dezenas|contra|frente|"
    r"agricultores|taxistas|camionistas|tratores|motoristas|pescadores|"
    r"ruas?|praça|polícia|cartazes|faixas|palavras de ordem|exig\w*|reivindica\w*|cut|movimento|sem-terra|sem-teto|famílias|categoria"
]
NON_EVENT_SENSES = [
    # mobilising against a disease, a fire or prices is no protest
    r"\bse mobiliz\w* contr[ae] (?:o |a |os |as )?(?:vírus|dengue|inflação|incêndios?|fogo|pandemia|pragas?|seca|câncer|cancro|covid|gripe|desemprego|pobreza|fome|doenças?|epidemia|mosquitos?)\b",
    # an engine idling ("em marcha lenta", "a marcha lenta do motor"); a slow drive of tractors or lorries is a protest
    r"\bmarcha (?:à ré|a ré|nupcial|fúnebre)\b|\bem marcha(?! lenta)\b|\b(?:motor|carro|veículo|economia|crescimento|obras?|negociaç\w+|processo|vendas|mercados?|país|pib|reformas?|projeto|investimentos?|produção|setor|indústria)\w* (?:\w+ ){0,3}em marcha lenta\b|\bpôr em marcha\b|"
    r"\bmarcha lenta (?:do|de um|de uma|dos) (?:motor|carro|veículo|automóvel|ralenti)\w*\b|"
    r"\bmarcha d[ao]s? (?:inflação|preços|economia|juros|desemprego|vendas|mercados?|negócios)\b|"
    r"\bmanifestaç(?:ão|ões) (?:de interesse|clínicas?|cultura(?:l|is)|esportivas?)\b|\bconcentraç(?:ão|ões) de (?:renda|poder|mercado)\b",
    # a hunger strike that is a goal drought
    r"\bgreves? de fome\b[^.]{0,40}\b(?:baliza|gols?|golos?)\b|"
    r"\b(?:o ataque|avançados?|atacantes?|artilheiros?)\b (?:[a-zà-ú]+ ){0,6}\bgreves? de fome\b",
    # rescuers or troops sent
    r"\bmobilizaç(?:ão|ões) (?:de|dos|das) (?:recursos|meios|tropas|reservistas|fundos|"
    r"\d[\d.]* (?:bombeiros|homens|viaturas|meios|operacionais|militares|soldados))\b",
    # works, a match or traffic brought to a halt by something other than workers
    r"\bparalisaç(?:ão|ões) (?:das|dos|do|da) (?:obras?|jogo|partida|trânsito|tráfego|voos)\b|"
    r"\b(?:chuva|temporal|neve|apagão|pane|tempestade|enchente|nevoeiro|falha (?:elétrica|técnica|no sistema))\b[^.]{0,60}\bparalis\w*",
    # frozen assets and accounts, an economic blockade
    r"\bbloqueios? (?:de|dos|das) (?:bens|contas?|valores|recursos|verbas|orçamento|emendas|sites?|perfis?|cartões?)\b|"
    r"\bbloqueio (?:judicial|econômico|económico|comercial|naval|orçamentário)\b",
    # a religious vigil
    r"\bvigílias? (?:de páscoa|pascal|de natal|de oração|de pentecostes)\b",
    # players' protests at the referee
    r"\bprotest\w* (?:muito )?(?:contra o|com o|ao|do) árbitro\b|\bprotestos? (?:dos jogadores|do banco|do técnico|do treinador)\b|"
    r"\bprotest\w* (?:o|um) (?:pênalti|penálti|gol|golo|impedimento|cartão)\b|"
    r"\bprotest\w* (?:[a-zà-ú]+ ){0,2}contra (?:a |o )?(?:arbitragem|árbitro|var|videoárbitro)\b|"
    # a strike that is a joke about a team's defence ("greves de zelo da defesa")
    r"\bgreves? de (?:fome|zelo) d[ao]s? (?:defesa|ataque|equipa|time|avançados|atacantes|meio-campo)\b",
]
NON_EVENT_KEYS = (
    "mobiliz","marcha", "manifesta", "concentra", "greve", "mobiliza", "paralis", "bloqueio", "vigília", "protest")
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
FRAMES = [
    r"(?:se reuniram|se concentraram|protestaram|marcharam)"
    r"(?: (?:nesta |neste |na |no |esta |este )?(?:segunda|terça|quarta|quinta|sexta|sábado|domingo|ontem|hoje)(?:-feira)?)?"
    r" (?:em frente|diante|na|no|em|contra|pela|pelo)|para (?:exigir|protestar|reivindicar|pedir)|"
    # European Portuguese puts the pronoun after the verb ("concentraram-se junto à portaria")
    r"(?:concentraram-se|reuniram-se|manifestaram-se|juntaram-se|concentram-se|manifestam-se|concentrar-se-ão) "
    r"(?:junto (?:a|à|ao|às|aos|da|do|das|dos)|em frente|diante|frente|contra|à porta)|"
    # workers who stop production ("Trabalhadores da fábrica param produção")
    r"(?:trabalhadores|operários|funcionários|metalúrgicos|empregados|estivadores) (?:[\w-]+ ){0,3}"
    r"(?:param|pararam|vão parar|paralisam|paralisaram) (?:a )?(?:produção|fábrica|linha)|"
    r"em (?:sinal de )?protesto (?:contra|pel[oa]s?)|"
    # the present of headlines ("Agricultores se manifestam em frente ao ministério"), as the past above; "se
    # manifestam em" is also how symptoms show, so only before a place or an adversary; "se mobilizam contra" is
    # also what health services do against a disease (NON_EVENT_SENSES)
    r"se (?:manifestam|manifestaram|concentram) (?:em frente|diante|contra)|(?:se mobilizam|marcham) contra|"
    # a road shut by protesters ("fecharam a Avenida Brasil", "bloqueiam a BR-116", "interditaram a rodovia")
    r"(?:fecharam|fecham|bloquearam|bloqueiam|interditaram|interditam|trancaram|trancam) (?:(?:a|o|as|os|um|uma) )?"
    r"(?:avenida|rua|rodovia|estrada|ponte|br|via|pista|acesso|entrada|cruzamento|trânsito)"
]

# stop 31 (from the kinds of a fourth invented set): silent marches, hunger strikes and horn or tractor protests
# report a protest; tractors brought in and pamphlets handed out do near a protest context; the right to strike
# and a forward line "on strike" (no goals) are no event
EVENT_WORDS += [r"marchas? silenciosas?|caminhadas? silenciosas?|greves? de fome|buzinaços?|tratoraços?"]
AMBIGUOUS_WORDS += [r"com (?:os seus |seus |os |dezenas de |centenas de )?tratores|distribu(?:íram|em|indo) panfletos"]
NON_EVENT_SENSES += [r"\bdireito (?:à|de) greve\b", r"\b(?:ataque|atacantes?|avançados?|goleadores?)\b[^.]{0,30}\bem greve\b"]
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"há \d+ anos", r"^(?:sondagem|pesquisa|inquérito) ?:|(?:sondagem|pesquisa) (?:revela|mostra|aponta)"]
HEADLINE_FESTIVITIES = [r"carnaval|festival|maratona|procissão|romaria"]

# stop 31, from a fifth invented set: boats or trucks that close a port, a bridge or a road report a protest near a
# protest context; a court that declares a strike unlawful is no protest
AMBIGUOUS_WORDS += [r"(?:fecham|fecharam|bloqueiam|bloquearam) (?:a barra|o porto|a entrada do porto|a ponte|a estrada|o acesso)"]
HEADLINE_NOT_EVENT += [r"(?:considera|declara|declarou|considerou) ilega(?:l|is)|resenha"]
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('de', 'da', 'do', 'em', 'no', 'na')
