"""Italian, Portuguese and Dutch data sets that English, German, Spanish and French had and these three lacked
(stop 30), each on sentences and names invented for these tests."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


UNION_COMPANY = [
    (["Il sindacato Portuali Uniti ha proclamato lo sciopero. La società ha assicurato che lo sciopero è «ingiustificato»."], "it"),
    (["O sindicato Portuários Unidos convocou a greve. A empresa afirmou que a paralisação é «injustificada»."], "pt"),
]


def test_company_not_union(rule_off):
    # COMPANY_NOUNS / NOT_COMPANY_WORDS: "la società", "a empresa" never mean the union named before
    assert [speakers(*t, language=l) for t, l in UNION_COMPANY] == [[None], [None]]
    rule_off("company_not_union")
    assert [speakers(*t, language=l) for t, l in UNION_COMPANY] == [["Portuali Uniti"], ["Portuários Unidos"]]
