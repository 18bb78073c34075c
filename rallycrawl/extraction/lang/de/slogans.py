"""German chant and sign words ("skandierten", "Transparente mit der Aufschrift")."""

STEMS = ("sprechch", "skandier", "plakat", "transparent", "parole", "aufschrift", "banner", "banderole", "spruchb", "schriftzug")
WORDS = frozenset("schild schilder schildern motto sprüche sprüchen rufe losung losungen".split())
NOT_STEMS = ()
CROWD = frozenset("demonstranten teilnehmer teilnehmende demonstrierende".split())
SHOUTS = frozenset("riefen rufen skandierend sangen".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset("stand steht".split())
#: what a slogan is when written right after it with a hyphen ("„Nie wieder“-Rufe", "„No Nukes“-Plakat")
HYPHEN_SUFFIXES = ("rufe", "rufen", "plakat", "schild", "transparent", "banner", "sprechch", "parole")
