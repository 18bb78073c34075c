"""German chant and sign words ("skandierten", "Transparente mit der Aufschrift")."""

STEMS = ("sprechch", "skandier", "plakat", "transparent", "parole", "aufschrift", "banner")
WORDS = frozenset("schild schilder schildern".split())
NOT_STEMS = ()
CROWD = frozenset("demonstranten teilnehmer teilnehmende demonstrierende".split())
SHOUTS = frozenset("riefen rufen skandierend sangen".split())
NOT_SIGNS = frozenset()
SIGN_READ = frozenset("stand steht".split())
