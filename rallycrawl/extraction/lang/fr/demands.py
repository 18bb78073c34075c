"""French demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    # a protest kept up until something is undone ("mobilisés jusqu'au retrait du plan"), the goal as a noun
    # ("leur objectif est d'empêcher ...")
    r"jusqu['’](?:au|à la|à l['’]|aux)(?= ?(?:retrait|abandon|annulation|réintégration|réouverture|suspension|abrogation|"
    r"satisfaction|libération)\b)|"
    r"objectif (?:est|était|reste) d(?:e |['’])(?=(?:empêcher|obtenir|sauver|stopper|"
    r"bloquer|faire|arrêter|maintenir|préserver|garantir)\b)|s['’]opposent au(?:x)?(?= )",
    # the demand noun before a colon or a copula ("Leur principale revendication : ...", "... est la gratuité")
    r"(?:revendications?|exigences?)(?: (?:principales?|centrales?))?(?= ?:)|"
    r"(?:principale|première|seule) (?:revendication|exigence) (?:est|était|reste|demeure)|"
    r"(?:revendications?|exigences?) (?:principales?|centrales?) (?:est|sont|était|étaient|reste|restent|demeure)",
    r"(?:luttent|lutter|luttaient|manifestent|manifester|manifesté|mobilisés?|mobilisation|grève|grèves|rassemblement|"
    r"défilé|défilent|protestent|protester) (?:à la fois )?(?:contre|pour (?=(?:la|le|les|l['’]|un|une|des|du|plus|moins)\b))|il s['’]agit d['’]obtenir|pour obtenir|"
    r"(?:leurs|les) revendications (?:sont|portent sur|concernent)|(?:le|la) retrait de|l['’]abandon de|"
    r"s['’]opposent à|s['’]oppose à|opposés? à|(?:refusent|contestent|rejettent) (?=(?:la|le|les|l['’]|un|une|ce|cette|ces|leur|leurs|tout|toute|toutes)\b)|dénonçant|pour protester contre|"
    r"pour (?:réclamer|demander|revendiquer|défendre|sauver)|"
    r"appel(?:lent|le|lait|laient|é|er) à (?=(?:la |le |l['’]|les |un |une |des )(?!grève|mobilisation|manifestation|rassemblement|marche|journée)\w)|"
    # "appellent au retrait de la réforme": "au"/"aux" before the asked-for noun (not "à la grève")
    r"appel(?:lent|le|lait|laient|é|er) (?:au|aux) (?=(?!grève|mobilisation|manifestation|rassemblement)\w)|"
    # "les manifestants veulent le retrait ...": wanting, said of the protesters
    r"(?:ils|elles|manifestants|syndicats|grévistes|salariés|habitants|agriculteurs|enseignants|étudiants|"
    r"opposants|militants|collectifs?|associations?) (?:veulent|voulaient|souhaitent)|"
    # the passé composé of asking ("ont exigé la libération ..."), the news' past tense
    r"(?:ont|avaient|a|avait|ayant) (?:exigé|réclamé|revendiqué|demandé)(?! (?:si|pourquoi|comment|quand|où)\b)|"
    r"(?:se )?(?:mobilisent|mobilisaient|mobilisées?|manifestaient|protestaient|défilaient) (?:contre|pour (?=(?:la|le|les|l['’]|un|une|des|du|plus|moins)\b))|"
    # "appelle le gouvernement à retirer son projet": the ask is the infinitive after "à"
    r"appel(?:le|lent|lait|laient|ant) (?:le|la|les|l['’])[\w'’\- ]{1,50}? à (?=\w+(?:er|ir|re)\b)|"
    # asking someone named by a pronoun ("lui demande de revenir sur sa décision")
    r"(?:lui|leur) (?:demande|demandent|demandait|demandaient|a demandé|ont demandé|réclame|réclament) d(?:e |['’])(?=\w+(?:er|ir|re)\b)|"
    # the singular of a body that asks someone ("le collectif demande au conseil l'abandon ..."), only before
    # whom it asks (rule addressee_split), and not the noun after a determiner ("la demande au ministère")
    r"(?<!la )(?<!une )(?<!sa )(?<!leur )(?<!cette )(?<!de )demande(?= (?:au|aux|à la|à l['’]) )"
]
VERB_FINAL = None
IMPERATIVES = [r"non à|stop|retrait|halte à|à bas|libérez|touche pas"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [
    r"(?:manifestations?|grèves?|rassemblements?|mobilisations?|marches?|manifestants|grévistes|milliers|centaines) contre"
    r"|réclament|exigent|demandent|dénoncent|s['’]opposent à|(?:contestent|refusent) (?=(?:la|le|les|l['’]|un|une|ce|cette|ces|leur|leurs)\b)|manifestent (?:contre|pour)|(?:manifestations?|grèves?|rassemblements?|mobilisations?|marches?) pour"
]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"doit|doivent|devrait|devraient|il faut"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [
    r"notre (?:revendication|demande) (?:est|c'est)",
    r"nous (?:voulons|exigeons|demandons|réclamons)|il faut|on (?:veut|exige|demande|réclame)",
]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"je|j['’]|nous"]

# (see lang/en/demands.py for what each list does and which rule reads it)
CLAUSE_END_PARTICIPLES = [r"estimant|affirmant|expliquant|jugeant|assurant|soulignant|rappelant|précisant|ajoutant|arguant"]
SUBORDINATORS = [r"si|s['’]|quand|lorsque|lorsqu['’]"]
REMARKS = [r"(?:dire|noter|souligner|rappeler|reconnaître|avouer|préciser|admettre) que\b"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "réclament également le maintien" (rule leading_adverb)
LEADING_ADVERBS = [r"surtout|notamment|avant tout|entre autres|en particulier|aussi|également|en outre|par ailleurs|à nouveau|de nouveau|encore"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "et dénoncent", "et ont dénoncé" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"et|et ont|et a"]
#: verbs of asking after which a second ask begins ("s'opposent à X et *exigent* Y": rule coordinated_verb_end)
COORDINATED_ASK_VERBS = ("demandent", "exigent", "réclament", "revendiquent", "demandaient", "exigeaient", "réclamaient")

# cues that are words of the ask itself: the ask starts at the cue, not after it ("veulent le retrait
# de la loi" asks for "le retrait de la loi", not "la loi"; rule nominal_cue)
NOMINAL_CUES = [r"(?:le|la) retrait de|l['’]abandon de"]
#: words that open an ask right after its cue and are no part of it ("and that ...", "y que ...");
#: read with English's (demands._leading_pattern)
LEADING_WORDS = ('et', 'que', "c['’]est", 'ce sont')  # "ce que nous demandons, c'est ..."
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('a déclaré', 'a dit', 'explique', 'expliquent', 'affirme', 'indique', 'précise', 'souligne', 'selon')
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"participants|manifestants|manifestantes|personnes|grévistes|marcheurs|militants"]
COUNT_APPROXIMATORS = [r"plus de|près de|environ|quelque|au moins|jusqu'à"]

#: rule addressee_split: the preposition before whom a cue asks ("demande au conseil départemental l'abandon
#: ..."), the words that open the ask after it, the words that are no addressee ("à nouveau", "au moins"), and
#: the connectors allowed inside the addressee before a capitalised word ("à la ministre de la Santé")
ADDRESSEE_PREPOSITIONS = [r"au|aux|à la|à l['’]"]
ASK_OPENERS = [r"le|la|les|l['’]|un|une|des|du|que|qu['’]|plus|davantage|de meilleurs?|de meilleures"]
NOT_ADDRESSEES = [r"moins|plus|nouveau|nom|fois|total|terme|travers|partir|final|contraire|lieu|sujet|et|ou|de|d['’]|en|pour|par|avec|sur"]
ADDRESSEE_CONNECTORS = [r"de|du|des|de la|de l['’]"]
