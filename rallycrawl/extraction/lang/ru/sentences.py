"""Russian: abbreviations after which a full stop does not end a sentence (lower case, no stop)."""

ABBREVIATIONS = frozenset(
    """г гг т е д др пр ул им св проф акад тыс млн млрд руб янв февр апр авг сент окт нояб дек""".split()
)

#: Ordinals are not written with a full stop.
ORDINAL_STOP = False
