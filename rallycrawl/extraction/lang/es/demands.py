"""Spanish demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    r"(?:entre )?(?:las|sus) (?:exigencias|demandas|reivindicaciones|reclamos)(?: (?:[^.;:]|\.(?=\d)){0,120}?)? (?:se encuentran?|son|incluyen|están)|"
    r"debido (?:al|a la|a los|a las)(?= )|en protesta por|"
    r"el pedido de|la exigencia de|el reclamo (?:de|por)|(?:protestas?|marchas?|manifestaci(?:ón|ones)|huelgas?|paros?|"
    r"movilizaci(?:ón|ones)|concentraci(?:ón|ones)|bloqueos?) (?:contra|en contra de|en rechazo a|en repudio a|por)|"
    r"en (?:rechazo|repudio) (?:a|al|de)|apoyando el pedido de|queremos que|planteamos que|exigimos|reclamamos"
]
VERB_FINAL = None
IMPERATIVES = [r"no más|fuera|basta de|basta|abajo|que se vayan|justicia para|libertad para"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [
    r"(?:protestas?|marchas?|huelgas?|paros?|manifestaci(?:ón|ones)|movilizaci(?:ón|ones)|concentraci(?:ón|ones)|miles|cientos) "
    r"(?:contra|en contra de)|exigen|reclaman|piden"
]
