"""English words that make a quotation a chant or a sign text (read by ``extraction/slogans.py``).

Every language's words are read together (a chant word is one in any language).
"""

#: word starts of chant and sign words ("chanted", "placards", "banners")
STEMS = ("chant", "slogan", "placard", "banner", "poster")
#: words that are chant or sign words as they are
WORDS = frozenset("sign signs signboard signboards t-shirt t-shirts motto cries chorus choruses refrain rallying-cry graffiti".split())
#: words that start like a stem and are no chant or sign ("scandal")
NOT_STEMS = ()
#: people who, when they shout, are chanting
CROWD = frozenset("crowd crowds protesters protestors demonstrators marchers activists students workers strikers "
                  "teachers supporters participants".split())
SHOUTS = frozenset("shouted shouting shout shouts yelled yelling screamed sang singing chorused".split())
#: "poster boy", "sign language": not signs
NOT_SIGNS = frozenset("boy boys girl child children language languages".split())
#: "a sign reading "…"", "one read "…""
SIGN_READ = frozenset("read reads reading said says saying stated".split())
