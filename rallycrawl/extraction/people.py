"""Names of people and organisations in running text, and who "she",
"DeMarsh" or "the senator" is.

Rule-based and linear: a name is a run of capitalised words (with initials,
particles such as "van der" and suffixes such as "Jr."); words that are
titles ("Vice President", "NASA Administrator") are split off the name, words
that mark an organisation ("Association", "Institute", "Gewerkschaft") make the
run an organisation.  :class:`Mentions` remembers, in reading order, every
person named and every person who was the subject of a sentence or a speaker,
so that a later surname, pronoun or role noun resolves to the full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .knowledge.first_names import COUNTRIES as _NAMES_BY_COUNTRY  # (languages whose first names are read by their country)
from .knowledge.names import SHORT_COMMON_ZIPF, first_name_gender, strict_first_name_gender
from .knowledge.words import zipf
from .rule_switches import switched_off

#: rules of name reading that can be switched off one by one; attribution.RULES is this
#: dict (its own rules added), so that tests and RALLYCRAWL_ATTRIBUTION_RULES_OFF reach both
RULES = {
    # 'Maria das Dores', 'João do Rio': the particles of the article's language that no other language's
    # names share as particles (German "das" is an article) join a first name to the rest of the name
    # (lang/<code>/quotes.py NAME_PARTICLES; read in attribution._cap_runs too)
    "language_particles": True,
    # a first name gives its bearer's gender from gender-guesser's names of many countries,
    # not from a short English-first list alone ('Hiltrud Wegener ... sagte er' skips her)
    "name_gender": True,
    # the gender of a first name as the article's language's country has it ("Andrea" is a man in
    # an Italian article, "Kari" a woman in a Norwegian one): gender-guesser's answer there
    "name_gender_by_country": True,
    # a subject pronoun opening a run is no name in its language only ("Ella" is Spanish "she" and a
    # Norwegian first name, "Han" Norwegian "he" and a Chinese surname)
    "pronouns_of_the_language": True,
    # 'Landwirtin Kerstin Ahlers', 'Krankenschwester Melanie Ostrowski': the capitalised words
    # before a first name are a descriptor, not the name (German nouns, English "Teamster")
    "first_name_starts_name": True,
    # 'Unión General de Trabajadores', 'Coordinadora Campesina del Valle', 'Confederación General del Trabajo':
    # a run opened by a word that opens organisations' names (every language's HEADS_FIRST in
    # lang/<code>/organisations.py) is that organisation when the words after its title words are no
    # person's (a connector or no first name), not the title "General"/"Coordinadora" and a person "de Trabajadores"
    "org_head_before_title": True,
    # 'Comité de Desarrollo Rural', 'Plataforma Vecinal', 'Mouvement des Jeunes': the words that open
    # organisations' names (every language's HEADS_FIRST in lang/<code>/organisations.py) make a run an
    # organisation, as ORG_WORDS do (those lists had drifted apart: "comité", "frente", "conseil" were missing);
    # title words among them ("coordinadora", "secretaria") stay titles
    "org_heads_first_words": True,
    # 'The crowd cheered when Ms Wolton reached the stage. / "…," she said': a surname with a title that
    # tells the gender (Mr, Ms, Mrs) counts for named_pronoun as a full name of that gender does
    "titled_pronoun": True,
    # 'sagte Heike Brandtner der Deutschen Presse-Agentur': a German article among the particles ("der", "den") is part
    # of a name only after another particle ('von der Leyen', 'van den Berg'); alone, the name ends before it (before,
    # the outlet was read into the name)
    "article_particle_ends_name": True,
    # 'Die Kellmann GmbH hat … / „…“, sagte das Unternehmen', 'Hostelmar S.L.', 'Ceramiche Valdarno SpA': a run whose
    # last word is a company's legal form (every language's LEGAL_FORMS in lang/<code>/organisations.py, as written)
    # is an organisation (before, a person "Kellmann GmbH", and the company noun found no organisation): stop 31
    "legal_form_org": True,
}
# (read here too: some of these rules shape tables made when this module loads)
for _name in switched_off("RALLYCRAWL_ATTRIBUTION_RULES_OFF") & RULES.keys():
    RULES[_name] = False


def _from_every_language(name: str, topic: str = "quotes"):
    """The union of the ``name`` constant of every language's ``topic`` resources."""
    from .lang import has, languages, resources

    modules = [resources(code, topic) for code in languages() if has(code, topic)]
    modules = [m for m in modules if hasattr(m, name)]  # (a language may have none)
    first = getattr(modules[0], name)
    if isinstance(first, dict):
        return {key: value for m in modules for key, value in getattr(m, name).items()}
    if isinstance(first, tuple):
        return tuple(dict.fromkeys(item for m in modules for item in getattr(m, name)))
    return frozenset().union(*(getattr(m, name) for m in modules))


#: words that are a person's title, not their name (every language's TITLES)
TITLE_WORDS = _from_every_language("TITLES")
#: words that turn a capitalised run into an organisation (every language's ORG_WORDS), and the
#: endings of compounds that do ("Bauernverband": ORG_WORD_ENDINGS)
ORG_WORDS = _from_every_language("ORG_WORDS")
_ORG_WORD_ENDINGS = _from_every_language("ORG_WORD_ENDINGS")

#: role nouns that, after "the", name a person introduced earlier ("the senator"): English data
#: (lang/en/quotes.py PERSON_ROLES; the other languages' role nouns are their ROLE_NOUNS)
PERSON_ROLES = _from_every_language("PERSON_ROLES")

#: capitalised words that start sentences but are not names (every language's NOT_NAMES)
NOT_NAMES = _from_every_language("NOT_NAMES")



PARTICLES = frozenset("van von der den de del della di da dos du la le bin al el ibn ter".split())
#: the German articles among the particles: in a name only after another particle ('von der Leyen', 'van den Berg');
#: alone they open a genitive or a dative ('Brandtner der Deutschen Presse-Agentur'). (Not "la", "le", "el": 'Sauvons
#: le Marais', 'Fatima el Amrani'.) Rule ``article_particle_ends_name``
_ARTICLE_PARTICLES = frozenset("der den".split())


def _pronouns_by_language() -> dict[str | None, frozenset[str]]:
    """Each language's subject pronouns ("ella", "lei", "han", "hun"), and every language's at
    once for an article in no known language (key None): capitalised at a sentence's start
    they are no name in their language, and a name in another ("Ella Marie Sara", "Han Zheng")."""
    from .lang import has, languages, resources

    found: dict[str | None, frozenset[str]] = {}
    for code in languages():
        if has(code, "quotes"):
            module = resources(code, "quotes")
            found[code] = frozenset(module.SINGULAR_PRONOUNS) | frozenset(module.PLURAL_PRONOUNS)
    found[None] = frozenset().union(*found.values()) - PARTICLES
    return found


_PRONOUNS = _pronouns_by_language()


def _words_of_every_language() -> frozenset[str]:
    """Source cues ("Según", "Secondo") and pronouns of every language with attribution
    data: capitalised at a sentence's start, they are no name."""
    from .lang import has, languages, resources

    words: set[str] = set()
    for code in languages():
        if has(code, "quotes"):
            module = resources(code, "quotes")
            words.update(cue[0] for cue in module.SOURCE_CUES if len(cue) == 1)
            # points of view ("Pour", "Para", "Für", "Seiner Ansicht nach"): "Pour Jean Dupont" is Jean Dupont
            words.update(cue[0] for cue in getattr(module, "VIEWPOINT_BEFORE_NAME", ()))
            words.update(cue[0] for cue in getattr(module, "VIEWPOINT_PHRASES", {}))
            words.update(getattr(module, "SOURCE_PREPOSITIONS", ()))
            # adverbials opening a sentence before its verb ("Im Interview sagte …", "Am Montag")
            words.update(getattr(module, "VERB_SECOND_OPENERS", ()))
            # words pointing back at a quotation ("Det sier …", "Das sagte …"; not a short one
            # such as "lo", also a surname)
            words.update(opener[0] for opener in getattr(module, "POINTS_BACK", ()) if len(opener[0]) > 2)
    if not RULES["pronouns_of_the_language"]:
        words.update(_PRONOUNS[None])
    # (a name particle stays a name word: Norwegian "de" is "they", and "De Blasio" a name)
    return frozenset(words) - PARTICLES


NOT_NAMES = NOT_NAMES | _words_of_every_language()


def is_pronoun_here(word: str, language: str | None) -> bool:
    """``word`` (lower case) is a subject pronoun of ``language`` (of any language when unknown)."""
    return word in _PRONOUNS.get(language, _PRONOUNS[None])

#: words that open a byline before a first name
_BYLINE_WORDS = frozenset("by von par por".split())

#: an article joined to a surname by a hyphen ("el-Masri", "al-Rashid", "ash-Shami")
_JOINED_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ad-d|ud|ul)-[A-Z\u00c0-\u00de]")
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

_GENDERED_TITLES = _from_every_language("GENDERED_TITLES")

#: common first names whose bearers are usually one gender, so that "she" skips a "Tom"
_FEMALE_NAMES = """
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia
kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
madison frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn danielle
beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori jenna julia claire
ellen eleanor nora ingrid monika petra sabine claudia ursula angelika birgit katrin julia anja jana
carmen lucia pilar dolores isabel elena rosa ana laura marta cristina mercedes sofia valentina camila
fatima aisha amina leila laila samira nadia yasmin priya anita sunita marie sophie camille chloe lea
manon juliette helene isabelle nathalie sylvie valerie celine amelie mia ella ava zoe lily ruby
""".split()
_MALE_NAMES = """
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence
dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
vincent ralph eugene russell bobby mason philip louis tom tim jim bill bob mike steve dan ben sam
hans klaus jürgen wolfgang stefan andreas thomas michael frank uwe peter jörg dieter günter horst
carlos luis miguel javier pedro manuel francisco antonio jorge alejandro diego pablo sergio fernando
pierre jacques philippe nicolas michel francois alain patrick olivier laurent christophe
mohammed muhammad ahmed ali omar hassan hussein ibrahim mustafa yusuf rahul raj amit vijay
""".split()
_FIRST_NAMES = {**{n: "m" for n in _MALE_NAMES}, **{n: "f" for n in _FEMALE_NAMES}}


def _first_name_gender(word: str, language: str | None = None) -> str | None:
    """'m' or 'f' for a first name borne by one gender: the short list above, else the
    names gender-guesser gives one gender only ("Hiltrud", "Dietmar", "Ragnhild"; not "Lee"), so that
    "sie" and "er" skip a person of the other gender in every language (rule ``name_gender``)."""
    by_country = language in _NAMES_BY_COUNTRY and RULES["name_gender_by_country"]
    gender = None if by_country else _FIRST_NAMES.get(word.lower())
    if gender is None and RULES["name_gender"]:
        gender = strict_first_name_gender(word, language if by_country else None)
    return gender


def _guessed_gender(name: str) -> str | None:
    """Rule ``name_gender``: 'm' or 'f' for a full name led by a first name that
    gender-guesser's 40,000 names give to one gender only (not "mostly": "Lee", "Kim"), so that "she" skips a
    "Bartholomew Grange" and "he" a "Yolanda Brisk" (the short list above misses them).  Read as
    :func:`_first_name_gender` reads it for the article's language (by country where it is), so
    that a name read before the language was known, or a person whose fuller name came later, agrees."""
    words = name.split()
    if len(words) < 2:
        return None
    return _first_name_gender(words[0], _LANGUAGE[0])


_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.?$")
#: the second characters of every match of _INITIAL (none: a capital alone)
_INITIAL_SECONDS = ("", ".")
_ACRONYM = re.compile(r"^[A-Z][A-Z&\-]{1,7}s?$")
_STRIP = "\"'“”„‘’«»‹›()[]{}"


#: what :func:`bare` strips from the ends of a word
WORD_EDGES = _STRIP + ".,;:!?…"


def bare(word: str) -> str:
    """A token without surrounding quotation marks, brackets and punctuation."""
    return word.strip(WORD_EDGES)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word)) and any(c.isalpha() for c in word)


#: companies' legal forms as written, without a final full stop ("GmbH", "S.A", "SpA"): rule ``legal_form_org``
_LEGAL_FORMS = frozenset(form.rstrip(".") for form in _from_every_language("LEGAL_FORMS", "organisations"))


def is_org_word(word: str) -> bool:
    w = word.lower()
    return w in ORG_WORDS or w.endswith(_ORG_WORD_ENDINGS) or (w in _HEAD_FIRST_ORG_WORDS and RULES["org_heads_first_words"])


#: German compounds that end in a title ("Polizeisprecher", "Verdi-Sprecherin", "Gewerkschaftschef")
_TITLE_ENDINGS = _from_every_language("TITLE_ENDINGS")


def title_word(word: str) -> bool:
    """Whether ``word`` is a title ("President", "Sprecherin", "co-chair"); not cached: see :func:`is_title_word`."""
    w = word.lower()
    return w in TITLE_WORDS or (len(w) > 6 and w.endswith(_TITLE_ENDINGS)) or ("-" in w and w.rsplit("-", 1)[1] in TITLE_WORDS)


#: :func:`title_word`, cached: asked of the same words again and again (in every run of names they stand in)
is_title_word = lru_cache(maxsize=8192)(title_word)


#: German nouns for people end so ("Aktivist", "Organisatorin", "Sprecher", "Teilnehmerin")
_PERSON_NOUN_ENDINGS = (
    "ist", "istin", "or", "orin", "er", "erin", "ent", "entin", "ant", "antin", "eur", "eurin", "at", "atin",
    "arzt", "ärztin", "mann", "frau", "ende", "ender",
)


def is_person_noun(word: str) -> bool:
    """A capitalised German noun that names a person by role ("Aktivist", "Sprecherin")."""
    w = word.lower().strip(",.;:")
    return is_title_word(w) or w in PERSON_ROLES or (len(w) > 5 and w.endswith(_PERSON_NOUN_ENDINGS))


@dataclass(slots=True)
class Name:
    """A capitalised run read as a person's or organisation's name."""

    text: str
    is_org: bool
    title: str = ""  # title words before the name ("NASA Administrator")
    organisation: str | None = None  # organisation in the title ("NASA")
    gender: str | None = None


@lru_cache(maxsize=8192)
def name_word(word: str) -> bool:
    """A word that can be part of a name."""
    w = word.strip(WORD_EDGES)
    if not w:
        return False
    # (an initial or a Roman numeral opens with a capital A-Z: a letter, so the capital test holds it)
    first = w[0]
    if first.isupper() and (first.isalpha() or any(c.isalpha() for c in w)):
        return True
    # "el-Masri", "al-Rashid": an Arabic article joined to the name
    return w.lower() in PARTICLES or bool(_JOINED_ARTICLE.match(w))


#: the language of the article being read (set by attribution.use_language): a first name's gender
_LANGUAGE: list[str | None] = [None]


@lru_cache(maxsize=None)
def language_particles(language: str | None) -> frozenset[str]:
    """Rule ``language_particles``: the name particles of ``language`` only (``NAME_PARTICLES``)."""
    from .lang import has, resources

    if language is None or not has(language, "quotes") or not RULES["language_particles"]:
        return frozenset()
    return frozenset(getattr(resources(language, "quotes"), "NAME_PARTICLES", ()))


def set_language(language: str | None) -> None:
    """Read names from now on as the article in ``language`` has them (its first names' genders)."""
    _LANGUAGE[0] = language


#: every language's words that open organisations' names (HEADS_FIRST of lang/<code>/organisations.py)
_HEADS_FIRST = frozenset(_from_every_language("HEADS_FIRST", "organisations"))
#: of them, those that are no title (rule ``org_heads_first_words``)
_HEAD_FIRST_ORG_WORDS = frozenset(w for w in _HEADS_FIRST if w not in TITLE_WORDS)


def _opens_organisation(first: str, after_titles: str) -> bool:
    """Rule ``org_head_before_title``: ``first`` opens an organisation's name ("Unión", "Coordinadora",
    "Confederación") and the word after the title words is a connector or no first name."""
    if first.lower() not in _HEADS_FIRST or not first[:1].isupper():
        return False
    return after_titles[:1].islower() or first_name_gender(after_titles) not in ("m", "f")


def read_name(words: list[str]) -> Name | None:
    """(The result is shared between calls: do not change it.)"""
    return _read_name(tuple(words), _LANGUAGE[0])


_LEADING_ARTICLES = frozenset(("the", "a", "an", "der", "die", "das", "el", "la", "le", "les", "los"))


@lru_cache(maxsize=4096)
def _read_name(words: tuple[str, ...], language: str | None = None) -> Name | None:
    """Read ``words`` (a noun phrase's capitalised run, titles included) as a name.

    "NASA Administrator Carl Wendover" -> Carl Wendover, title "NASA
    Administrator", organisation "NASA"; "Pallavan Institutional Equities" -> an
    organisation; "the UAW" -> an organisation.
    """
    letters = all(map(str.isalpha, words))
    if letters:
        words = list(words)  # (most runs: words of letters alone, their own bare forms)
    else:
        words = [b for w in words if (b := name_bare(w))]  # (a call from Python, not through map: quicker)
    article = False
    while words and words[0].lower() in _LEADING_ARTICLES:
        article = article or words[0].lower() in ("a", "an")
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and is_acronym(words[0]):
        return Name(text=words[0], is_org=True)
    # the name is what follows the last title word (and is more than a suffix: "Martin Luther King III")
    last_title = -1
    # (loops rather than any()/all() over generators, here and below: this runs for every new run of words)
    for i in range(len(words) - 1):
        if is_title_word(words[i]):
            for w in words[i + 1 :]:
                if w.lower() not in SUFFIXES:
                    last_title = i
                    break
    title_words = words[: last_title + 1]
    name_words = words[last_title + 1 :]
    if title_words and RULES["org_head_before_title"] and _opens_organisation(title_words[0], name_words[0]):
        return Name(text=_strip_possessive(" ".join(words)), is_org=True)
    # ('Kellmann GmbH', 'Hostelmar S.L.': rule legal_form_org)
    org = len(name_words) > 1 and RULES["legal_form_org"] and name_words[-1].rstrip(".,") in _LEGAL_FORMS
    for w in name_words if not org else ():
        if w[0].isupper() and is_org_word(w):
            org = True
            break
    else:
        org = org or all(
            # (or every word an initial; an initial's second character is a full stop, or it has none: "Smith" is
            # told at once)
            w[1:2] in _INITIAL_SECONDS and _INITIAL.match(w) for w in name_words
        )
    if org:
        text = " ".join(words)
        return Name(text=_strip_possessive(text), is_org=True)
    # "Lt Col Aldous Fenwright": drop leading title words again
    while name_words and is_title_word(name_words[0]) and len(name_words) > 1:
        title_words.append(name_words.pop(0))
    if RULES["article_particle_ends_name"] and len(name_words) > 2:
        for i in range(1, len(name_words) - 1):
            if name_words[i] in _ARTICLE_PARTICLES and name_words[i - 1].lower() not in PARTICLES:
                name_words = name_words[:i]  # ('Heike Brandenstein der Deutschen …': the name ends before "der")
                break
    while name_words and name_words[-1].lower() in PARTICLES:
        name_words.pop()
    if len(name_words) > 2 and RULES["first_name_starts_name"]:
        # "Landwirtin Kerstin Ahlers", "Krankenschwester Melanie Ostrowski": a descriptor before
        # the first name is the title, not part of the name
        name_words, descriptor = _from_first_name(name_words, language)
    else:
        descriptor = []
    if len(name_words) > 1 and name_words[0].islower() is False and name_words[0].lower().endswith("ing") and len(name_words[0]) > 5:
        name_words = name_words[1:]  # "Hosting Ashdown at …": a sentence opening with a gerund
    if not name_words or len(name_words) > 5:
        return None
    for w in name_words:
        # (name_word(w) of a word of letters alone: a capital first, or a particle)
        if not (w[0].isupper() or w.lower() in PARTICLES if letters else name_word(w)) and w.lower() not in language_particles(language):
            return None
    for w in name_words:
        if len(w) > 3 and w.isupper() and not _INITIAL.match(w):
            return None  # a headline or kicker in capitals, not a name
    if article:
        return None  # "a New York man": not a person
    if len(name_words) > 2 and name_words[0].lower() in _BYLINE_WORDS and first_name_gender(name_words[1]) in ("m", "f"):
        name_words = name_words[1:]  # "Von Konrad Aigner", "By Jane Roe": a byline
    if name_words[0].lower() in NOT_NAMES:
        return None
    for w in name_words:
        if _name_like(w):
            break
    else:
        return None
    if RULES["pronouns_of_the_language"] and is_pronoun_here(name_words[0].lower(), language):
        return None
    gender = _first_name_gender(name_words[0], language) if len(name_words) > 1 else None
    for w in title_words:
        gender = _GENDERED_TITLES.get(w.lower(), gender)
    if title_words:
        org_part = [w for w in title_words if not is_title_word(w) and w.lower() not in NOT_NAMES]
        organisation = " ".join(org_part) if org_part and any(is_capitalised(w) for w in org_part) else None
    else:
        organisation = None  # (most names: no title word, no organisation in it)
    return Name(
        text=_strip_possessive(" ".join(name_words)),
        is_org=False,
        title=" ".join(title_words + descriptor),
        organisation=_strip_possessive(organisation) if organisation else None,
        gender=gender,
    )


#: an initial or a suffix that keeps its full stop inside a name ("J.R.", "T.", "Jr.")
_DOTTED = re.compile(r"^(?:(?:[A-Z]\.)+|Jr\.|Sr\.)$")


def name_bare(word: str) -> str:
    """:func:`bare`, keeping the full stop of an initial or of "Jr." ("Harold T. Ridley")."""
    if word.isalpha():
        return word  # (most words of a name: nothing to strip, no full stop)
    stripped = word.strip(WORD_EDGES)  # (bare(word))
    if stripped and not stripped.endswith("."):
        dotted = word.strip(_STRIP + ",;:!?…")
        if dotted == stripped + "." and _DOTTED.match(dotted):
            return dotted
    return stripped


def _name_like(word: str) -> bool:
    """A word with lower-case letters after its capital, as a name has ("Lee"), not an
    acronym ("US"); a two-letter one only if it is no very common word ("Li", "Wu", "Ng", not "It")."""
    if len(word) > 2:
        return word[1:].lower() != word[1:].upper()
    if len(word) != 2 or not word[0].isupper() or not word[1].islower():
        return False
    return zipf(word, "en") < SHORT_COMMON_ZIPF


def _from_first_name(name_words: list[str], language: str | None = None) -> tuple[list[str], list[str]]:
    """Rule ``first_name_starts_name``: the words of a run that come before its first name
    (gender-guesser's names) and are neither first names nor particles nor sentence words
    are a descriptor ('Landwirtin Kerstin Ahlers', 'Teamster Bob Lane'): the name and
    the descriptor (shown with the title, never read as an organisation) when a surname
    follows the first name.  A run opening with a first name ("Anna Maria Weber",
    "Martin Luther King") is left as it is."""
    if first_name_gender(name_words[0]) is not None and not name_words[0].isupper():
        return name_words, []  # (an acronym is no first name: 'EFE Marta Ibarra')
    for i in range(1, len(name_words) - 1):
        word = name_words[i]
        if word.lower() in PARTICLES or word.lower() in NOT_NAMES:
            break
        if first_name_gender(word) is not None:
            if not all(_descriptor_word(w, language) for w in name_words[:i]):
                break
            return name_words[i:], name_words[:i]
    return name_words, []


def _descriptor_word(word: str, language: str | None) -> bool:
    """A word that may describe a person before their name: a title or a noun for a person
    ("Krankenschwester", "Teamster", "Landwirtin"), a word of the language or of English
    ("Britain"), an acronym ("EFE") or a compound ("Singer-guitarists"); not an initial ("J"),
    a particle, a sentence word or an unknown word that may be a name ("Yaftal Qadiri")."""
    lower = word.lower()
    if lower in NOT_NAMES or lower in PARTICLES or len(word.rstrip(".")) <= 1:
        return False
    if is_title_word(word) or is_person_noun(word) or "-" in word or word.isupper():
        return True
    if len(word) > 6 and lower.endswith("in") and language == "de":
        return True  # (a German noun for a woman: 'Landwirtin')
    return zipf(word, language or "en") >= _DESCRIPTOR_ZIPF or zipf(word, "en") >= _DESCRIPTOR_ZIPF


#: how common (wordfreq Zipf) a word is at least to describe a person before a name
_DESCRIPTOR_ZIPF = 3.0


def _strip_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text  # (both two characters long)


@dataclass(slots=True)
class Person:
    name: str
    title: str = ""
    organisation: str | None = None
    gender: str | None = None
    #: a role phrase the person was named in apposition to ('the manager of the depot, X'): read by a later
    #: role noun only, never given as the speaker's title (rule ``apposition_role_title`` of attribution)
    role: str = ""

    @property
    def surname(self) -> str:
        parts = [p for p in self.name.split() if p.lower() not in SUFFIXES]
        return parts[-1] if parts else self.name


def _holds_role(person: Person, role: str) -> bool:
    """Whether ``role`` is in the person's title, or in the role phrase they were named in apposition to."""
    return role in person.title.lower() or (bool(person.role) and role in person.role.lower())


def _holds_role_word(person: Person, role: str) -> bool:
    """Whether ``role`` is a word of the person's title or of the role phrase they were named in apposition to."""
    return role in person.title.lower().split() or role in person.role.lower().split()


_ORG_JOINS = re.compile(r" (?:and|&|y|und|et|e) ")

#: how far back (in mentions) a pronoun or role noun looks, so that a long article stays linear
_LOOKBACK = 60


@dataclass(slots=True)
class _Salient:
    at: tuple[int, int]
    person: Person
    #: named early in a sentence but not its subject: a pronoun may mean them, a role noun not
    weak: bool = False


def _titled_gender(person: Person) -> bool:
    """Rule ``titled_pronoun``: the person's title tells their gender ("Ms", "Mr", "Mrs"), and it is
    the gender known for them."""
    if not RULES["titled_pronoun"] or not person.title or person.gender is None:
        return False
    return _GENDERED_TITLES.get(person.title.split()[0].lower().rstrip(".")) == person.gender


def _agrees(person: Person, gender: str | None) -> bool:
    return not gender or not person.gender or person.gender == gender


@dataclass
class Mentions:
    """People and organisations named so far, in reading order."""

    people: list[Person] = field(default_factory=list)
    salient: list[_Salient] = field(default_factory=list)
    #: where each person was named (subject or not), in reading order, and whether an apposition
    #: followed the name (for :meth:`named_in_paragraph`, :meth:`latest_named`, :meth:`last_named`)
    named: list[tuple[tuple[int, int], Person, bool]] = field(default_factory=list)
    organisations: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    #: organisations named so by the words around them, where first (rule ``organisation_by_context``)
    by_context: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: the role noun an apposition gave an organisation ('Eastvale Rising, a coalition of …': coalition), so that
    #: "the coalition" means it (rule ``organisation_apposition_role`` of attribution)
    role_of: dict[str, str] = field(default_factory=dict)
    _by_name: dict[str, Person] = field(default_factory=dict)
    _by_word: dict[str, list[Person]] = field(default_factory=dict)

    def _index(self, person: Person) -> None:
        self._by_name[person.name] = person
        for word in set(person.name.split()):
            entries = self._by_word.setdefault(word, [])
            if person not in entries:
                entries.append(person)

    def person(self, name: Name) -> Person:
        """The known person ``name`` refers to, registering a new one if needed."""
        found = self._by_name.get(name.text)
        if found is None or found.name != name.text:  # (else the same name again)
            found = self.lookup(name.text)
        if found is None:
            found = Person(name.text, name.title, name.organisation, name.gender or _guessed_gender(name.text))
            self.people.append(found)
            self._index(found)
        else:
            if len(name.text.split()) > len(found.name.split()) and name.text.endswith(found.surname):
                found.name = name.text
                self._index(found)
            found.title = found.title or name.title
            found.organisation = found.organisation or name.organisation
            found.gender = found.gender or name.gender or _guessed_gender(found.name)
        return found

    def lookup(self, text: str) -> Person | None:
        """A known person whose name is ``text`` or ends with (or starts with) it."""
        parts = text.split()
        if not parts:
            return None
        exact = self._by_name.get(text)
        if exact is not None and exact.name == text:
            return exact
        if len(parts) == 1:
            candidates = self._by_word.get(parts[0])
            return candidates[-1] if candidates else None
        for person in reversed(self._by_word.get(parts[-1], ())):
            names = person.name.split()
            if parts[-1] == person.surname and (parts[0] in names or len(names) == 1):
                return person
        return None

    def mark_salient(self, at: tuple[int, int], person: Person, weak: bool = False) -> None:
        self.salient.append(_Salient(at, person, weak))

    def mark_named(self, at: tuple[int, int], person: Person, introduced: bool = False) -> None:
        self.named.append((at, person, introduced))

    def last_named(self, person: Person, at: tuple[int, int]) -> tuple[int, int] | None:
        """Where ``person`` was last named before ``at``."""
        for where, named, _ in reversed(self.named[-_LOOKBACK:]):
            if where < at and named is person:
                return where
        return None

    def named_in_paragraph(self, at: tuple[int, int], gender: str | None = None, since: int | None = None) -> Person | None:
        """The person last named before ``at`` in its paragraph (or from paragraph ``since``
        on), of ``gender`` when one is asked for (then the person's gender must be known and
        the same); with no gender, the last person named, only if an apposition introduced them."""
        first = at[0] if since is None else since
        for where, person, introduced in reversed(self.named[-_LOOKBACK:]):
            if where >= at:
                continue
            if where[0] < first:
                return None
            if gender is None:
                return person if introduced else None
            if person.gender != gender:
                continue
            return person
        return None

    def add_organisation(self, at: tuple[int, int], name: str) -> None:
        self.organisations.append((at, name))

    def latest(self, at: tuple[int, int], gender: str | None = None, strong: bool = False) -> Person | None:
        """The person most recently a subject or speaker before ``at`` (``strong``: not
        one only named early in a sentence, for a role noun)."""
        for entry in reversed(self.salient[-_LOOKBACK:]):
            if entry.at >= at or (strong and entry.weak):
                continue
            if gender and entry.person.gender and entry.person.gender != gender:
                continue
            return entry.person
        return None

    def last_at(self, person: Person) -> tuple[int, int] | None:
        """Where ``person`` was last a subject or speaker."""
        for entry in reversed(self.salient[-_LOOKBACK:]):
            if entry.person is person:
                return entry.at
        return None

    def latest_named(self, at: tuple[int, int], gender: str, since: int) -> Person | None:
        """Rule ``named_pronoun``: the person of ``gender`` (known, not guessed from the pronoun)
        named by a full name most recently before ``at``, in paragraph ``since`` or later."""
        for where, person, _ in reversed(self.named[-_LOOKBACK:]):
            if where >= at or (" " not in person.name and not _titled_gender(person)):
                continue
            if where[0] < since:
                return None
            if person.gender == gender:
                return person
        return None

    def latest_with_role(
        self, at: tuple[int, int], role: str, gender: str | None = None, whole_word: bool = False,
        synonyms: tuple[str, ...] = (),
    ) -> Person | None:
        """The person most recently salient (else named) whose title holds ``role`` (``whole_word``: as a word of
        its own, "man" not in "chairman") or one of its ``synonyms``, of ``gender`` when both are known."""
        single = _holds_role_word if whole_word else _holds_role
        holds = single if not synonyms else (lambda person, role: single(person, role) or any(
            single(person, other) for other in synonyms
        ))
        for entry in reversed(self.salient[-_LOOKBACK:]):
            if entry.at < at and holds(entry.person, role) and _agrees(entry.person, gender):
                return entry.person
        for person in reversed(self.people[-_LOOKBACK:]):
            if holds(person, role) and _agrees(person, gender):
                return person
        return None

    def latest_of_organisation(self, at: tuple[int, int], organisation: str, gender: str | None, same) -> Person | None:
        """The person most recently salient before ``at`` whose organisation (or title) is ``organisation``
        by ``same(known, named)``, of ``gender`` when both are known (rule ``epithet_of_organisation``)."""
        for entry in reversed(self.salient[-_LOOKBACK:]):
            person = entry.person
            if entry.at < at and _agrees(person, gender) and (
                (person.organisation and same(person.organisation, organisation))
                or (person.title and same(person.title, organisation))
            ):
                return person
        return None

    def organisation_called(self, word: str, at: tuple[int, int]) -> str | None:
        """An organisation named before ``at`` whose longer name starts with ``word``
        ("American" after "American Airlines", "Greenpeace" after "Greenpeace France")."""
        for where, name in reversed(self.organisations[-_LOOKBACK:]):
            if where >= at or word not in name:
                continue
            # ("American Airlines and United Airlines": either one)
            for part in _ORG_JOINS.split(name):
                if part != word and part.split(None, 1)[0] == word:
                    return part
        return None

    def organisation_named(self, name: str, at: tuple[int, int]) -> bool:
        """Whether ``name`` was named as an organisation by the words around it (rule ``organisation_by_context``)
        before ``at`` or in its paragraph ('"…," said the climate group Rising Tide' names it after the quotation)."""
        where = self.by_context.get(name)
        return where is not None and where[0] <= at[0]

    def latest_organisation(
        self, at: tuple[int, int], role: str = "", since: int = -1, strict: bool = False, fallback_since: int = -1,
        unlike: frozenset[str] = frozenset(),
    ) -> str | None:
        """The organisation named most recently before ``at`` (in paragraph ``since`` or
        later); for "the union", the most recent one whose name says union, if any (else,
        unless ``strict``, the most recent one, named in paragraph ``fallback_since`` or later,
        whose name has none of the words ``unlike``: "the group" is no council)."""
        fallback = None
        for where, name in reversed(self.organisations[-_LOOKBACK:]):
            if where >= at:
                continue
            if where[0] < since:
                break
            if not role or role in name.lower() or self.role_of.get(name) == role:
                return name
            if where[0] >= fallback_since and fallback is None:
                if unlike and not unlike.isdisjoint(name.lower().split()):
                    continue  # ('"…," the group said' after "Greenfield Council": no group)
                fallback = name
        return None if strict else fallback
