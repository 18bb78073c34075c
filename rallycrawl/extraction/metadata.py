"""Article metadata: headline, description, authors, dates, publisher, section,
language and canonical URL.

What the page declares comes first (JSON-LD, OpenGraph, ``article:*`` meta,
microdata); the visible page (``<h1>``, ``<title>``, byline elements, ``<time>``)
is the fallback.
"""

from __future__ import annotations

import html
from datetime import date
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cached_property
from itertools import chain, islice
from typing import Any, Iterator
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from lxml import etree

from ..utils.urls import registered_domain
from .dates import NUMERIC_DATE, calendar_words, date_in_path, month_day, parse_date, year_month_in_path
from .lang import has as has_resources
from .knowledge.first_names import is_first_name
from .knowledge.names import is_place
from .lang import canonical, languages, resources
from .language import detect_language, plainly_other_language
from .names import MEDIA_NAMES, STOP_WORDS
from .body import count_words
from .page import Page, clean_text
from .rule_switches import checked, switched_off
from .word_alternation import literal_alternation

#: The rules that read headline, authors and date from the visible page when it declares
#: none (pages without metadata).  Each can be switched off alone (:func:`switch_off`, or
#: ``RALLYCRAWL_METADATA_RULES_OFF=name,name`` read at import) to measure what it brings;
#: ``RULE_USES`` counts the pages each one gave a value (bench/quality.py --verbose, in process).
RULES: dict[str, str] = {
    "date-before-headline": "a short date line just above the headline ('News | 06 May 2031'), after those under it",
    "two-digit-year": "a date line with a two-digit year under or above the headline ('On 9/14/22 at 8:05 AM')",
    "updated-date": "an 'Updated'/'Mis à jour'/'Actualizado' date near the headline when no other date is found",
    "date-not-in-other-stories": "a date line near the headline inside a box of related stories is not the page's",
    "labelled-byline-line": "a line under the headline or opening the text that starts with a label and a lead-in ('Written by', 'Geschrieben von', 'Escrito por') is a byline, as one starting 'By'",
    "dateline-date": "the date of the dateline opening the story ('WASHINGTON, March 3, 2009 (Reuters) - ') when no date line is found near the headline",
    "dateline-year-from-copyright": "a dateline without a year ('WASHINGTON, March 3 (Reuters) - ') takes the year of the page's copyright notice",
    "name-line-byline": "a byline without 'By' under the headline: names with a role or outlet ('Tamsin Okafor, Reuters'), or alone above a role, outlet or date line",
    "no-article-name": "a name opening with an article of any language ('Le Courrier', 'El Diario', 'La Gaceta') is an outlet, not a person",
    "name-outlet-line": "a name line followed by an outlet after a bar ('Tamsin Okafor | Harbour Courier', 'Lucía Ferrer | Agencia Ejemplo')",
    "byline-after-date": "a date line that carries the byline after the date ('06.12.2031 | Von Jonas Brenner', 'Posted on 3/3/2031 by Tamsin Okafor')",
    "byline-label-forms": "a byline label with a colon ('Autor: ', 'Author: ', 'Auteur : ') or after an indefinite article ('Eine Analyse von', 'A report by') opens a byline",
    "byline-date-words": "a byline stops at a weekday before a date ('Montag, 6.', 'lunes 6') and leaves the preposition before its date ('Par Camille Rouault le 6 mars', 'Escrito por Lucía Ferrer el 6')",
    "desk-declared-visible-byline": "a page that declares only a desk or a role as author ('Staff', 'Redaktion') gives the people its visible byline names",
    "byline-not-in-other-stories": "a 'By ...' line under the headline inside a box of other stories ('related') is not the page's byline",
    "name-date-line": "a name line followed by its date on the same line ('Tamsin Okafor, 6 December 2031', 'Jonas Brenner | 06.12.2031') is a byline",
    "day-first-from-text": "on a page that declares no language, numeric dates are read day first when the text under the headline is not English ('Publié le 06/12/2031')",
    "day-first-from-dates": "on a page in English of no stated region, numeric dates are read day first when a date around the headline can only be day first ('Updated: 13/03/2024'), month first when one can only be month first ('3/13/2024')",
    "dateline-full-stop": "a dateline whose full date ends with a full stop ('Kestrelby, 6. Dezember 2031. ', 'Kestrelby, le 6 décembre 2031. ')",
    "name-place-line": "a name line with a city or country after a comma ('Jonas Brenner, Hamburg') is a byline, as one with a role or outlet",
    "published-and-updated-line": "a date line that gives both the publication and an update, in any language ('Veröffentlicht am 6.3.2031, aktualisiert am 7.3.2031', 'Aggiornato il 7 marzo 2031 - Pubblicato il 6 marzo 2031'), gives the date after its published word",
    "name-article-outlet": "a name line followed by an outlet that opens with an article of any language after a comma or a bar ('Tamsin Okafor, The Kestrel Courier', 'Jonas Brenner, Die Kestrelzeitung') is a byline",
    "heading-with-kicker": "the heading that shows the headline after a kicker ('<h1><span>Strike</span> Dock workers walk out</h1>') is where the byline and date are read, before the page's first <h1>",
    "share-link-date": "a page whose own address and canonical link spell no date takes the date in the path of the address its share links carry (Facebook, X, LinkedIn, Reddit, WhatsApp, e-mail: '...sharer.php?u=https://example.org/2031/12/06/story')",
    "author-link": "a name under the headline that links to an author's page ('/author/jane-doe', '/autor/', '/auteur/', '/profile/') is a byline, when no byline element or lead-in names anyone",
    "touching-pieces-apart": "in a byline element, two touching inline pieces where a lower-case letter meets a capital are two words ('<span>Tamsin Okafor</span><span>Staff Writer</span>' reads 'Tamsin Okafor Staff Writer', not 'OkaforStaff')",
    "byline-place-block-words": "the words that mark image captions, photo blocks and login widgets count in the name of a class only, not in a modifier or a state flag ('author-box--layout-image-right', 'no-image') nor in a container that also holds the headline",
    "outlet-from-address": "the site's name that its address gives ('harbourcourier' for harbourcourier.example) is the outlet, no author ('Tamsin Okafor, Harbour Courier' names one person), also when the page declares no site name",
    "repeated-name": "a byline name that repeats an earlier one, twice over ('Tamsin Okafor Tamsin Okafor', a copy for small screens) or after a word ('About Tamsin Okafor'), is that name once",
    "name-above-time-line": "a name alone under the headline above a line that is only a weekday and a time or a time ago ('Monday 6:30PM', '3 hours ago') is a byline",
    "initial-not-connector": "a capital letter with a full stop in a byline is an initial, not the one-letter 'e' or 'y' that joins two authors in Italian, Portuguese or Spanish ('Tamsin E. Okafor' is one person)",
    "story-h1": "when no heading shows the headline, the first <h1> inside an <article> or <main> is where the byline and date are read, before the page's first <h1> (a site header's copy of the story's title)",
    "desk-line-first": "a byline element whose first line names only a desk or a role ('Kestrel Sport', 'Staff') is read no further: the lines after it (topics to follow, other writers) are not its authors",
    "credit-after-last-author": "after the last 'and' of a byline, a part after a comma is the writers' outlet or role, not another author ('Tamsin Okafor and Jo Ng, Harbour Courier')",
    "newspaper-not-author": "a byline name that a newspaper word ends ('Tribune', 'Gazette', 'Today') and whose first word is no first name is the paper, not an author ('Dana Wolcott / Kestrel Tribune')",
    "body-over-declared-language": "a body plainly written in another language than the page declares (five times that language's function words, and 30 or more) is in the body's language: a German story whose page says English",
    "h1-over-title": "on a page that declares no title, the first <h1> of three words or more that is not the site's name ('site-title', a link to the home page, the <title>'s decoration) is the headline when no heading nor other text shows the <title> (a title written for search engines)",
    "h1-over-declared-title": "the first <h1> of three words or more that is not the site's name ('site-title', a link to the home page, the <title>'s decoration) is the headline when no heading nor other text shows the declared title (og:title, JSON-LD headline: a title written for search engines or social media)",
    "story-heading-over-copy": "when two <h1> show the headline, the one inside an <article> or <main> is where the byline and date are read, not a copy of the title in the site's header",
    "date-not-under-other-heading": "a date line above the headline in a block of its own with another story's linked heading (a teaser: '<h4><a>Ferry fares rise</a></h4> 11/12/21') is not the page's date",
    "h1-continues-cut-title": "a declared title that the <h1> starts with and goes on from (a title cut at a length: 'Ferry strike closes school trips for' under the <h1> 'Ferry strike closes school trips for a week') gives way to the <h1>, unless a part of the <h1> shows the title alone (a title and its subtitle)",
    "headline-in-text-element": "on a page without an <h1> nor a heading that shows the headline, the first element whose whole text is the headline ('<p class=\"titulo\">') is where the byline and date are read",
    "byline-after-date-piece": "a byline in the piece after a date line, behind a separator, with or without a label and a colon ('<b>05/10/2031</b> - Publicado por: Lia Moura - Categoria: ...')",
    "commenter-not-author": "a name in a block of readers' comments ('comment-author', 'comments-area', a sidebar's 'recentcomments') is a commenter, not the article's author",
    "first-line-headline": "on a page that shows no headline anywhere (no <title>, heading or declared title: a bare archive file), its first short line without an end stop, above the rest of the text, is the headline",
    "date-line-year": "a date line near the headline without a year ('Posted Dec 3, 9:12 PM') takes the year of the address ('/2031/12/', when its month agrees) or else of the page's one copyright notice",
}


_OFF: frozenset[str] = switched_off("RALLYCRAWL_METADATA_RULES_OFF", RULES, "metadata")
RULE_USES: Counter = Counter()


def switch_off(*names: str) -> None:
    """Switch the named rules off (none: all on again), for measuring what each brings."""
    global _OFF
    _OFF = checked(names, RULES, "metadata")


def _on(rule: str) -> bool:
    return rule not in _OFF


def _used(rule: str, value: Any) -> Any:
    """``value``, counted for ``rule`` when there is one."""
    if value:
        RULE_USES[rule] += 1
    return value


@dataclass(slots=True)
class Metadata:
    headline: str = ""
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    publisher: str | None = None
    section: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    og_type: str | None = None
    declared_article: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- small helpers ---------------------------------------------------------------

def _names(value: Any, depth: int = 0) -> list[str]:
    """Names from a JSON-LD author/publisher value (str, dict, list)."""
    if depth > 3 or value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out.extend(_names(v, depth + 1))
        return out
    return []


def _first_str(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_text(value) or None
    if isinstance(value, list):
        for v in value:
            s = _first_str(v)
            if s:
                return s
    if isinstance(value, dict):
        return _first_str(value.get("@id") or value.get("url") or value.get("name"))
    return None


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " : ", ": ")


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove a " - Site" / "Site | " decoration from a title."""
    title = clean_text(title)
    names = {clean_text(n).lower() for n in site_names if n and len(n) < 80}
    # "HarbourWatch" for harbourwatch.org, "The Korea Herald" for koreaherald
    squashed = {k for k in map(_squash, names) if len(k) >= 4}

    def is_site(segment: str) -> bool:
        segment = segment.strip().lower()
        return segment in names or _squash(segment) in squashed

    for sep in _SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head and is_site(tail):
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest and is_site(first):
            return rest.strip()
    return title


def _strip_by_heuristic(title: str) -> str:
    """Without a known site name, drop short trailing segments after " | " or " - "
    ("Headline | Top Stories | Local | Site": each short segment after the same separator)."""
    for sep in (" | ", " - ", " – ", " — "):
        if sep not in title:
            continue
        stripped = False
        while sep in title:
            head, _, tail = title.rpartition(sep)
            if len(tail.split()) > 4 or len(head.split()) < 3:
                break
            title, stripped = head.strip(), True
        if stripped:
            return title
    return title


#: A byline is short; longer text is read only this far.
_MAX_BYLINE = 300


def _language_words() -> dict[str, tuple[str, ...]]:
    """Every language's ``lang/<code>/metadata.py`` lists, merged: when the metadata is read
    the page's language is often not known yet."""
    merged: dict[str, list[str]] = {}
    for code in languages():
        if not has_resources(code, "metadata"):
            continue
        data = resources(code, "metadata")
        for name in ("BYLINE_LEAD_INS", "BYLINE_LABELS", "AUTHOR_LABELS", "AUTHOR_CONNECTORS", "ROLE_WORDS",
                     "PERSON_ROLES", "NOT_NAME_WORDS", "PUBLISHED_WORDS", "PUBLISHED_WORD_STARTS", "UPDATED_WORDS", "ARTICLES",
                     "INDEFINITE_ARTICLES", "DATE_PREPOSITIONS", "AUTHOR_PATHS", "NEWSPAPER_WORDS",
                     "NAME_NOT_FIRST", "NAME_PARTICLES"):
            merged.setdefault(name, []).extend(getattr(data, name, ()))
    return {name: tuple(dict.fromkeys(words)) for name, words in merged.items()}


def _alternation(words: tuple[str, ...]) -> str:
    return literal_alternation(words, r"\s+")


_LEXICON = _language_words()
# A byline's lead-in: "By", "Analysis by", "Von", "Por", "Par", "Di", "Door"; or a label and a colon ("Texto:").
_BY = re.compile(
    rf"^(?:(?:(?:{_alternation(_LEXICON['BYLINE_LABELS'])})\s+)?(?:{_alternation(_LEXICON['BYLINE_LEAD_INS'])})\b\s*:?\s*"
    rf"|(?:{_alternation(_LEXICON['BYLINE_LABELS'])})\s*:\s*)",
    re.I,
)
# E-mail addresses, handles and links inside a byline ("Mara Quist mara@example.org").
_CONTACT = re.compile(r"\S{0,80}@\S{0,80}|https?://\S{0,200}")
# Where a byline stops being names: a date or time, a separator, "Updated...".
_BYLINE_END = re.compile(
    r"\d|\||•|·|\(|\s[-–—]\s|(?-i:(?<=[a-z]{3}))\.\s|\b(?:"
    + _alternation(_LEXICON["PUBLISHED_WORDS"] + _LEXICON["UPDATED_WORDS"])
    + r"|last|on|am|at|view|more|read|follow|see|contact|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s\d",
    re.I,
)


# With ``byline-label-forms``: a label and a colon of any kind ("Autor:", "Author:"), and an
# indefinite article before a label ("Eine Analyse von").
_LABEL_WORDS = _alternation(tuple(
    w for w in _LEXICON["BYLINE_LABELS"] + _LEXICON["AUTHOR_LABELS"] if w not in _LEXICON["BYLINE_LEAD_INS"]
))
_BY_WIDE = re.compile(
    rf"^(?:(?:{_alternation(_LEXICON['INDEFINITE_ARTICLES'])})\s+(?:{_alternation(_LEXICON['BYLINE_LABELS'])})\s+"
    rf"(?:{_alternation(_LEXICON['BYLINE_LEAD_INS'])})\b\s*:?\s*|(?:{_LABEL_WORDS})\s*:\s*)",
    re.I,
)
# With ``byline-date-words``: a weekday of any language before a date ends a byline.
_BYLINE_WEEKDAY = re.compile(rf"\b(?:{_alternation(calendar_words('WEEKDAYS'))})\b(?=,?\s*\d)", re.I)
#: Words that put a date after a name ("le", "el", "am", "on"): left out at a byline's end.
_DATE_PREPOSITIONS = frozenset(_LEXICON["DATE_PREPOSITIONS"])

_SPLIT_AUTHORS = re.compile(
    rf"\s*(,|;|/|&|\b(?:{_alternation(_LEXICON['AUTHOR_CONNECTORS'])})\b)\s*", re.I
)
# With ``initial-not-connector``: a connector is never followed by a full stop ("Tamsin E. Okafor").
_SPLIT_AUTHORS_NOT_INITIAL = re.compile(
    rf"\s*(,|;|/|&|\b(?:{_alternation(_LEXICON['AUTHOR_CONNECTORS'])})\b(?!\.))\s*", re.I
)
# Words that say what someone is, not who: a name stops before them (and before "for The Times").
_ROLE_WORDS = frozenset(_LEXICON["ROLE_WORDS"]) | frozenset("for in of from the".split())
# Role words that make a generic byline ("Staff Reporter"): kept when nobody is named.
_PERSON_ROLES = frozenset(_LEXICON["PERSON_ROLES"])
# Words of login widgets and page furniture ("Sign in", "My account"): never part of a name.
_NOT_NAME_WORDS = frozenset(_LEXICON["NOT_NAME_WORDS"])
# Words that end newspapers' names ("Tribune", "Gazette", "Today"): after a word that is no first name, an outlet.
_NEWSPAPER_WORDS = frozenset(_LEXICON.get("NEWSPAPER_WORDS", ()))
# Words a person's full name does not start with ("The Newsroom", "Die Redaktion"): every language's.
_NOT_FIRST = frozenset(_LEXICON["NAME_NOT_FIRST"])
# Articles of every language ("Le Courrier", "El Diario", "La Gaceta"): no person's name opens with one.
_ARTICLES = frozenset(_LEXICON["ARTICLES"])
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
# Lower-case particles that belong inside names ("Ursula von der Leyen", "Luis de la Fuente"): every
# language's, and the Arabic ones met in names written in any of them (there is no lang/ar).
_PARTICLES = frozenset(_LEXICON["NAME_PARTICLES"]) | frozenset("bin ibn al el".split())
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][.]?|[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*[.]?)$")


def _is_role(tokens: list[str]) -> bool:
    return any(t.lower().strip(".,") in _ROLE_WORDS for t in tokens)


def _is_person_role(tokens: list[str]) -> bool:
    return any(t.lower().strip(".,") in _PERSON_ROLES for t in tokens)


def _name_tokens(part: str, strict: bool) -> list[str]:
    """The tokens of one byline part that make a person's name (empty when none).

    ``strict`` (visible bylines) cuts the part before the first role word, so
    that "Jill Lawless Associated Press" gives "Jill Lawless".
    """
    tokens = part.split()
    if any(t.lower().strip(".,:") in _NOT_NAME_WORDS for t in tokens):
        return []  # "Sign in", "My account": a login widget, not a byline
    if strict:
        for i, tok in enumerate(tokens):
            if tok.lower().strip(".,") in _ROLE_WORDS:
                if 0 < i == len(tokens) - 1:  # "European Space Agency", "AP Auto Writer": no name here
                    return []
                tokens = tokens[:i]
                break
            if i >= 2 and _ACRONYM.match(tok) and not all(t.isupper() for t in tokens[:i]):
                tokens = tokens[:i]  # "Colin McArdle USA TODAY", "Hal Brenner CNN Producer"
                break
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in _NOT_FIRST:
        return []
    if tokens[0].lower() in _ARTICLES and _on("no-article-name"):
        return []  # "Le Courrier", "El Diario"
    if any(_ACRONYM.match(t) for t in tokens) and not all(t.isupper() for t in tokens):
        return []  # "AP Auto", "CNN Business"
    for i, tok in enumerate(tokens):
        if not _NAME_TOKEN.match(tok):
            return []
        if not tok[0].isupper() and not (0 < i < len(tokens) - 1 and tok in _PARTICLES):
            return []
    return tokens


def _title_case(name: str) -> str:
    """ "JANE ROWE" -> "Jane Rowe"; mixed-case names are left alone."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return " ".join(
            w.upper() if len(w) <= 2 and w.endswith(".") else "-".join(p.capitalize() for p in w.split("-"))
            for w in name.lower().split()
        )
    return name


def byline_names(text: str, *, strict: bool = False) -> tuple[list[str], list[str]]:
    """Person names of one byline string, and its role-only parts ("Staff Reporter").

    "By JANE ROWE, AP Sports Writer" -> (["Jane Rowe"], ["AP Sports Writer"]).
    """
    text = clean_text(text[:_MAX_BYLINE] if isinstance(text, str) else text)
    if "&" in text:  # JSON-LD names carry HTML entities ("Zo&euml; Ng")
        text = html.unescape(text)
    if not text or text.startswith(("http://", "https://", "/", "@")):
        return [], []
    text = _CONTACT.sub(" ", text)
    if _on("byline-label-forms") and _BY_WIDE.match(text):
        text = _BY_WIDE.sub("", text)
    text = _BY.sub("", text).strip()
    weekday = _BYLINE_WEEKDAY.search(text) if _on("byline-date-words") else None
    if weekday and weekday.start() > 0:
        text = text[: weekday.start()]
    end = _BYLINE_END.search(text)
    if end and end.start() > 0:
        text = text[: end.start()]
    if _on("byline-date-words"):
        words = text.rstrip(" ,").split(" ")
        if len(words) > 2 and words[-1] in _DATE_PREPOSITIONS:  # "Camille Rouault le" (6 mars)
            text = " ".join(words[:-1])
    names: list[str] = []
    roles: list[str] = []
    splitter = _SPLIT_AUTHORS_NOT_INITIAL if _on("initial-not-connector") else _SPLIT_AUTHORS
    pieces = splitter.split(text)  # part, separator, part, separator, ...
    closed = False  # the list of authors has had its last "and": "A and B, Harbour Courier"
    for i in range(0, len(pieces), 2):
        separator = pieces[i - 1].lower() if i else ""
        if closed and separator == "," and names and _on("credit-after-last-author"):
            roles.append(_used("credit-after-last-author", pieces[i].strip()))
            continue
        closed = closed or separator not in ("", ",", ";", "/")
        part = _BY.sub("", pieces[i].strip(" ,-–—:|")).strip(" ,-–—:|")
        if part.endswith(".") and len(part.rsplit(" ", 1)[-1]) > 3:  # "Quist." but "King Jr."
            part = part[:-1]
        if not part:
            continue
        tokens = part.split()
        after_comma = i > 0 and pieces[i - 1] in (",", ";")
        if _is_role(tokens) and (not strict or (names and after_comma and _is_person_role(tokens))):
            name = [] if strict else _name_tokens(part, True)
            if name:  # a declared "Hal Brenner CNN Supreme Court Producer", "Jo Ng for The Sun"
                names.append(_title_case(" ".join(name)))
            roles.append(part)  # "Staff Reporter"; "Glen Faraday, AP National Political Writer"
            continue
        name = _name_tokens(part, strict)
        if name:
            names.append(_title_case(" ".join(name)))
        elif _is_role(tokens):
            roles.append(part)
    return names, roles


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _squash(name: str) -> str:
    """Letters only, without a leading article: "The Korea Herald" and "KoreaHerald" alike."""
    name = name.lower()
    for article in _NOT_FIRST:
        if name.startswith(article + " "):
            name = name[len(article) + 1 :]
            break
    return _NOT_LETTERS.sub("", name)


def _without_repeats(names: list[str]) -> list[str]:
    """``names`` with a name written twice over ("Tamsin Okafor Tamsin Okafor") read once, and
    without a name that only puts words before another of them ("About Tamsin Okafor")."""
    out = []
    for name in names:
        words = name.split()
        half = len(words) // 2
        if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
            name = _used("repeated-name", " ".join(words[:half]))
        elif any(name.lower().endswith(" " + other.lower()) for other in names if other != name):
            _used("repeated-name", name)
            continue
        out.append(name)
    return out


def _newspaper_name(name: str) -> bool:
    """"Kestrel Tribune", "Leamoor Today": a newspaper word ends it and its first word is no first
    name (gender-guesser), so it names a paper, not a person ("Jo Herald" stays)."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[-1].lower() in _NEWSPAPER_WORDS and not is_first_name(words[0])


def clean_authors(raw: list[str], *, strict: bool = False, not_names: list[str] | None = None) -> list[str]:
    """Byline strings -> person names: no "By", dates, roles, outlets or duplicates.

    A generic byline made of role words only ("Staff Reporter"; not "Editorial"
    or "KPX Staff") is kept when the page names nobody; a name that is the
    outlet's own (``not_names``) is dropped, and one that ends with it is cut.
    """
    outlets = {clean_text(n).lower() for n in not_names or [] if n}
    names: list[str] = []
    roles: list[str] = []
    for value in raw:
        found, role_parts = byline_names(value, strict=strict)
        names += found
        roles += role_parts
    out: list[str] = []
    seen: set[str] = set()
    generic = [r for r in roles if len(r.split()) > 1 and all(w.lower() in _PERSON_ROLES for w in r.split())]
    if _on("repeated-name"):
        names = _without_repeats(names)
    for name in names or generic[:1]:
        key = name.lower()
        for outlet in outlets:  # "Warren Pitkeathly Florida Today" -> "Warren Pitkeathly"
            if key.endswith(" " + outlet) and len(key.split()) - len(outlet.split()) >= 2:
                name = name[: len(name) - len(outlet) - 1]
                key = name.lower()
        if _on("newspaper-not-author") and _newspaper_name(name):
            _used("newspaper-not-author", name)
            continue  # "Dana Wolcott / Kestrel Tribune": the paper under the name, no author
        squashed = _squash(key)
        if key in seen or any(
            key == o or (len(key) > 4 and key in o) or squashed == _squash(o) for o in outlets
        ):
            continue
        seen.add(key)
        out.append(name)
    return out


def _abs(url: str | None, base: str) -> str | None:
    if not url:
        return None
    url = url.strip()
    absolute = urljoin(base, url)
    if urlsplit(absolute).scheme not in ("http", "https"):
        return None
    return absolute


# --- extraction --------------------------------------------------------------------

def _without_site_name(title: str, site_names: list[str]) -> str:
    stripped = strip_site_name(title, site_names)
    return stripped if stripped != clean_text(title) else _strip_by_heuristic(stripped)


_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...", "\u00a0": " ",
})


def _comparable(text: str) -> str:
    """Case, quote marks, dashes and ellipses made alike, to compare two forms of a headline."""
    return " ".join(text.translate(_TYPOGRAPHY).lower().split())


def _same_headline(h1: str, title: str) -> bool:
    """The <h1> is the title, most of it ("Headline" in "Headline: the kicker"), or one
    of its separated parts ("About us - Some Company"); both already ``_comparable``."""
    if h1 == title or (h1 in title and 2 * len(h1) >= len(title)):
        return True
    return any(title.startswith(h1 + sep) or title.endswith(sep + h1) for sep in _SEPARATORS)


_WORDS = re.compile(r"\w{3,}")


def _shares_words(h1: str, title: str) -> bool:
    """A headline-sized <h1> with half of its words in the title: the same story told in
    other words (not a logo, a section name or another article's headline)."""
    words = _WORDS.findall(h1.lower())
    if len(words) < 3 or 5 * len(h1) < 2 * len(title):
        return False
    in_title = set(_WORDS.findall(title.lower()))
    return 2 * sum(w in in_title for w in words) >= len(words)


_OPENING_QUOTE = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")


def _uncut(title: str, others: list[str]) -> str:
    """A declared title cut short by a quote mark left unescaped in its attribute
    (``content="Nurses chant "Enough" at rally"`` reads "Nurses chant"): the longer title
    of the page that continues it with a quote mark."""
    for other in others:
        if other and len(other) > len(title) and other.startswith(title):
            if other[len(title):].lstrip().startswith(_OPENING_QUOTE):
                return other
    return title


#: A heading that holds the site's name, not a story's ("site-title", "logo", "masthead").
_SITE_HEADING = re.compile(r"logo|brand|masthead|site[-_]?(?:title|name)|blog[-_]?(?:title|name)", re.I)


def _names_the_site(h1: Any, text: str, sites: set[str]) -> bool:
    """The <h1> is the site's name: a known one, the decoration cut from the <title>, a
    class that says so, or a link to the site's home page around the whole text."""
    if text.lower() in sites or _squash(text) in {_squash(s) for s in sites}:
        return True
    if any(_SITE_HEADING.search(el.get("class") or "") or _SITE_HEADING.search(el.get("id") or "")
           for el in h1.iter(etree.Element)):
        return True
    for link in h1.iter("a"):
        path = urlsplit(link.get("href") or "").path
        if path in ("", "/") and clean_text(link.text_content()) == text:
            return True
    return False


def _story_h1_over_titles(page: Page, raw: list[str], stripped: list[str], sites: set[str]) -> str:
    """The first headline-sized <h1> when neither it nor any other heading shows one of the
    titles (``raw``, and ``stripped`` of their decoration): a title written for search engines
    ("Kestrelby harbour strike: what changes" over the <h1> "Dock workers walk out"); "" when a heading shows
    a title or no <h1> is a story's headline (a site's name, a section's label)."""
    wanted = {_comparable(t) for t in stripped if t}
    decoration = {clean_text(part).lower() for title in raw for sep in _SEPARATORS if sep in title
                  for part in title.split(sep) if part.strip() and _comparable(part) not in wanted}
    sites = sites | decoration
    candidate = ""
    for el in _HEADINGS(page.tree)[:60]:
        text = clean_text(_short_text(el, 400))
        shown = _comparable(text)
        if not shown:
            continue
        if any(shown == w or _same_headline(shown, w) or w in shown for w in wanted):
            return ""  # a heading shows a title: it is the headline
        if (el.tag == "h1" and not candidate and len(text) <= 300 and count_words(text) >= 3
                and not _names_the_site(el, text, sites)):
            candidate = text
    if candidate and any(_comparable(t) in wanted for t in _BODY_TEXT(page.tree)):
        return ""  # the page shows a title as its own text ('<div class="headline">'), not in a heading
    return candidate


def _headline(page: Page, ld: dict[str, Any], site_names: list[str]) -> str:
    """The headline as readers see it: the <h1> that the declared titles carry, else the
    first declared title (og:title, twitter:title, JSON-LD), else <title>, without site names."""
    declared = [
        # JSON-LD and doubly escaped attributes carry HTML entities ("&#8217;"): decode them.
        html.unescape(t) if "&" in t else t
        for t in (page.meta_first("og:title"), page.meta_first("twitter:title"),
                  _first_str(ld.get("headline")) or _first_str(ld.get("name")))
        if t
    ]
    title_el = page.tree.find(".//title")
    title = clean_text(title_el.text_content()) if title_el is not None else ""
    declared = [_uncut(t, [title, *declared]) for t in declared]
    titles = [_without_site_name(t, site_names) for t in declared + ([title] if title else [])]
    sites = {clean_text(n).lower() for n in site_names}
    h1_elements = [(clean_text(h.text_content()), h) for h in page.tree.iterfind(".//h1")]
    h1_elements = [(h, el) for h, el in h1_elements if 3 <= len(h) <= 300 and h.lower() not in sites]
    h1s = [h for h, _ in h1_elements]
    # Declared titles as written too: the heuristic may cut a real " – 'quote'" ending.
    comparable = [(t, _comparable(t)) for t in dict.fromkeys(declared + titles) if t]
    for h, h1 in h1_elements:
        h_comparable = _comparable(h)
        for t, t_comparable in comparable:
            if _same_headline(h_comparable, t_comparable):
                return strip_site_name(h, site_names)
            if t_comparable in h_comparable:  # the <h1> adds a kicker ("Nationale Demo")
                if (_on("h1-continues-cut-title") and h_comparable.startswith(t_comparable)
                        and len(t_comparable.split()) >= 4 and len(h_comparable) > len(t_comparable) + 8
                        and not any(_comparable(part.text_content()) == t_comparable for part in h1.iterdescendants())):
                    # ... or the title was cut at a length: the <h1> tells it to the end (not
                    # a title and a subtitle in two parts of the <h1>)
                    return _used("h1-continues-cut-title", strip_site_name(h, site_names))
                return t
    # Readers see the <h1> that tells the declared story in other words (titles
    # written for search engines and social media differ from the page's own).
    best = next((t for t in titles if t), "")
    for h in h1s:
        if best and _shares_words(h, best):
            return strip_site_name(h, site_names)
    if declared and titles[0]:
        shown = _on("h1-over-declared-title") and _story_h1_over_titles(
            page, declared + ([title] if title else []), titles, sites)
        return _used("h1-over-declared-title", strip_site_name(shown, site_names)) if shown else titles[0]
    if title:
        stripped = titles[-1]
        shown = _on("h1-over-title") and _story_h1_over_titles(page, [title], [stripped], sites)
        if shown:
            return _used("h1-over-title", strip_site_name(shown, site_names))
        # A <title> that is only the site's name leaves the headline to the first <h1>.
        return h1s[0] if h1s and len(stripped.split()) < 4 else stripped
    return h1s[0] if h1s else ""


def _person_values(value: Any, page: Page, depth: int = 0, *, resolve: bool = False) -> list[str]:
    """Author names from a JSON-LD value, leaving out organisations ("Reuters").

    With ``resolve``, a reference (``{"@id": "#/schema/person/1"}``, as WordPress SEO
    plugins write it) is looked up among the page's other JSON-LD objects.
    """
    if depth > 3 or value is None:
        return []
    if isinstance(value, list):
        return [n for v in value[:20] for n in _person_values(v, page, depth + 1, resolve=resolve)]
    if isinstance(value, dict):
        if resolve and "name" not in value and isinstance(value.get("@id"), str):
            target = next((o for o in page.jsonld if o.get("@id") == value["@id"] and o is not value), None)
            if target is not None:
                return _person_values(target, page, depth + 1)
        kind = value.get("@type")
        kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
        if kinds and "person" not in kinds:
            return []
    return _names(value)


# Elements that hold bylines.  Walking the attribute axis ("//@class[...]/..") is
# about twice as fast as testing every element ("//*[contains(@class, ...)]").
_BYLINE_ELEMENTS = etree.XPath(
    '//@class[contains(., "uthor") or contains(., "yline") or contains(., "autor") or contains(., "auteur")]/..'
    ' | //@rel[. = "author"]/.. | //@itemprop[. = "author"]/.. | //@id[contains(., "yline")]/..'
)
# After a declared author's name in the HTML: more names follow ("A</a>, B", "A and B").
_MORE_NAMES = re.compile(
    r"\s{0,3}(?:<[^<>]{0,80}>\s{0,3}){0,6}(?:,|;|&amp;|&|"
    + "|".join(rf"{re.escape(w)}\b" for w in _LEXICON["AUTHOR_CONNECTORS"] if w not in ("with", "avec", "mit", "con", "com", "met"))
    + ")",
    re.I,
)


def _names_more_authors(html: str, name: str) -> bool:
    """Does the page write ``name`` followed by another name ("By A, B and C")?"""
    for variant in dict.fromkeys((name, name.upper())):
        pos = html.find(variant)
        for _ in range(20):
            if pos == -1:
                break
            if _MORE_NAMES.match(html, pos + len(variant)):
                return True
            pos = html.find(variant, pos + 1)
    return False


def _short_text(el: Any, limit: int) -> str:
    """The element's text with whitespace collapsed, or "" when it is longer than ``limit``
    (stops reading early: a container of the whole article costs no more than a byline)."""
    parts: list[str] = []
    raw = 0
    for piece in el.itertext():
        raw += len(piece)
        if raw > 10 * limit:
            return ""
        parts.append(piece)
    text = " ".join(" ".join(parts).split())
    return text if len(text) <= limit else ""


# A byline without markup: one of the elements after the headline, starting "By"/"Von"/"Por"/"Par",
# perhaps after a label ("Written by", "Geschrieben von", "Escrito por").
_PLAIN_LEAD_IN = re.compile(rf"(?:{_alternation(_LEXICON['BYLINE_LEAD_INS'])})\s", re.I)
_LABELLED_LEAD_IN = re.compile(
    rf"(?:{_alternation(_LEXICON['BYLINE_LABELS'])})\s+(?:{_alternation(_LEXICON['BYLINE_LEAD_INS'])})\s", re.I
)


def _lead_in(text: str) -> bool:
    """Does ``text`` open with a byline's lead-in ("By", "Von"; with ``labelled-byline-line``
    also after a label: "Written by", "Geschrieben von", "Escrito por"; with
    ``byline-label-forms`` a label and a colon, "Autor: ", or an article before the label,
    "Eine Analyse von")?"""
    if _PLAIN_LEAD_IN.match(text) or (_on("labelled-byline-line") and _LABELLED_LEAD_IN.match(text)):
        return True
    return _on("byline-label-forms") and bool(_BY_WIDE.match(text)) and bool(_BY_WIDE.sub("", text).strip())


def _labelled_names(text: str, names: list[str]) -> list[str]:
    """``names``, counted for ``labelled-byline-line`` when only its label made ``text`` a byline."""
    if names and not _PLAIN_LEAD_IN.match(text):
        RULE_USES["labelled-byline-line"] += 1
    return names


# Containers of other stories ("related-links", "recommended").
_OTHER_STORIES = re.compile(r"related|recommend", re.I)


def _in_other_stories(el: Any) -> bool:
    for parent in el.iterancestors():
        if _OTHER_STORIES.search(f"{parent.get('class') or ''} {parent.get('id') or ''}"[:300]):
            return True
    return False


def _is_other_stories(el: Any) -> bool:
    """``el`` is a box of other stories, or inside one."""
    return bool(_OTHER_STORIES.search(f"{el.get('class') or ''} {el.get('id') or ''}"[:300])) or _in_other_stories(el)


def _same_kind(el: Any, other: Any) -> bool:
    """Siblings of one tag and class (one byline element per author)."""
    return el.getparent() is other.getparent() and (el.tag, el.get("class")) == (other.tag, other.get("class"))


# A connector between two names of one line ("Tamsin Okafor and Jo Ng", "Jo Ng & Rui Paz").
_LAST_AND = re.compile(rf"\s(?:&|(?:{_alternation(_LEXICON['AUTHOR_CONNECTORS'])})(?!\.))\s", re.I)
#: Elements that end a line of a byline block ("By <span>A</span><br>AP Writer<div>May 3</div>").
_LINE_TAGS = frozenset(
    "br div p li ul ol dl dt dd section header footer aside time address figure table tr td th h1 h2 h3 h4 h5 h6".split()
)
# A line that only joins or opens names: "By", ",", "and", "·".
_JOINING_LINE = re.compile(
    rf"^[\W_]*(?:(?:{_alternation(_LEXICON['AUTHOR_CONNECTORS'] + _LEXICON['BYLINE_LEAD_INS'])})\b[\W_]*)?$", re.I
)


def _touching(before: str, after: str) -> bool:
    """Two pieces of text in touching elements that a reader sees as two words: a lower-case
    letter meets a capital ("Okafor" + "Staff Writer"; not "Okafor" + ", Reuters")."""
    return before[-1:].islower() and after[:1].isupper()


def _lines(el: Any, limit: int) -> list[str]:
    """The element's text as the lines a reader sees (block elements and ``<br>`` end
    one), or ``[]`` when it holds more than ``limit`` characters (stops reading early)."""
    pieces: list[str] = []
    raw = 0
    apart = _on("touching-pieces-apart")
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _LINE_TAGS:
                pieces.append("\n")
            text = node.text if tag not in ("script", "style") else None
        else:
            if tag in _LINE_TAGS:
                pieces.append("\n")
            text = node.tail if node is not el else None
        if text:
            if apart and pieces and _touching(pieces[-1], text):
                pieces.append(" ")  # "<span>Tamsin Okafor</span><span>Staff Writer</span>"
            pieces.append(text)
            raw += len(text)
        if raw > 10 * limit:
            return []
    lines = [clean_text(line) for line in "".join(pieces).split("\n")]
    lines = [line for line in lines if line]
    return lines if sum(len(line) for line in lines) <= limit else []


def _block_byline(el: Any) -> tuple[list[str], list[str]]:
    """Names and role parts of a byline element read line by line: the names of its first
    lines that name people ("By A" / "and B"), stopping at the first line that names
    nobody after them (the outlet, the date, "Follow")."""
    names: list[str] = []
    roles: list[str] = []
    closed = False  # a line of names had its last "and": "A and B" / "Harbour Courier"
    for line in _lines(el, 200):
        if _JOINING_LINE.match(line):
            closed = False  # "and" on a line of its own: more names follow
            continue
        if closed and _on("credit-after-last-author"):
            RULE_USES["credit-after-last-author"] += 1
            break
        found, role_parts = byline_names(line, strict=True)
        if found:
            names += found
            closed = len(found) > 1 and bool(_LAST_AND.search(line))
        elif names:
            break
        else:
            roles += role_parts
            if role_parts and _on("desk-line-first"):
                break  # "Harbour Sport" / "Follow" / "Topics: Dock Strike": a desk's byline
    return names, roles


# Containers that never hold the article's byline: image credits, login and account widgets.
_NOT_BYLINE_CONTAINER = re.compile(r"caption|photo|image|img|credit-img|authori[sz]|login|signin|account|user-menu", re.I)


# A class that says what an element has or how it is laid out, not what it is ("no-image",
# "has-caption"): with ``byline-place-block-words`` it names no container.
_STATE_CLASS = re.compile(r"(?:no|has|is|with)-", re.I)


def _block_names(node: Any) -> str:
    """The class names and id of ``node`` without modifiers ("author-box--layout-image-right"
    is an "author-box") and state flags ("no-image")."""
    kept = (c.split("--", 1)[0] for c in (node.get("class") or "").split() if not _STATE_CLASS.match(c))
    return f"{' '.join(c for c in kept if c)} {node.get('id') or ''}"


def _not_a_byline_place(el: Any, header: _Header | None = None) -> bool:
    """``el`` is in an image caption or credit, a photo block, a form, a menu or a login widget.
    With ``byline-place-block-words``, a container that also holds the headline (the story's
    own ``<header>``, an ASP.NET page's ``<form>``) is none of these, and the words count in
    the names of classes only (:func:`_block_names`)."""
    block = _on("byline-place-block-words")
    for node in header.below(el) if block and header is not None else (el, *el.iterancestors()):
        if node.tag in ("figure", "figcaption", "form", "nav"):
            return True
        names = _block_names(node) if block else f"{node.get('class') or ''} {node.get('id') or ''}"
        if _NOT_BYLINE_CONTAINER.search(names[:300]):
            return True
    return False


# A block of readers' comments or one comment's parts, by class or id: "comment-author",
# "comment-list", "comments-area", "recentcomments", "widget_recent_comments" (not an
# opinion page's "tone-comment").
_COMMENTS = re.compile(
    r"(?<![a-z])(?:recent)?comments(?![a-z])|comment[-_]?(?:author|list|meta|body|content|respond)|commentlist", re.I
)


def _in_comments(el: Any, header: _Header) -> bool:
    """``el`` is a commenter's name: it or a container of it is a comments block, below any
    container that also holds the headline."""
    return any(_COMMENTS.search(f"{node.get('class') or ''} {node.get('id') or ''}"[:300]) for node in header.below(el))


def _visible_bylines(page: Page, header: _Header) -> list[list[str]]:
    """Names of each byline element of the page, in document order (at most a few),
    leaving out those in containers of related stories, image captions and login widgets;
    else a "By ..." line among the first lines after the headline."""
    found: list[list[str]] = []
    first = None
    for el in _BYLINE_ELEMENTS(page.tree)[:12]:
        if _in_other_stories(el) or _not_a_byline_place(el, header):
            continue
        if _on("commenter-not-author") and _in_comments(el, header):
            RULE_USES["commenter-not-author"] += 1
            continue
        names, roles = _block_byline(el)
        if names and first is None:
            first = el
            found.append(names)
        elif names and _same_kind(el, first):
            found[0] = found[0] + names  # one element per author: "Par <span>A</span> et <span>B</span>"
        elif names:
            found.append(names)
        elif roles and not found:
            return []  # the first byline is a desk or an outlet ("Courier Sport"): nobody is named
    if not found and header.element is not None:
        for el in _FOLLOWING_ELEMENTS(header.element):
            text = _short_text(el, 200)
            if text and _lead_in(text) and not (_on("byline-not-in-other-stories") and _is_other_stories(el)):
                names, _ = byline_names(text, strict=True)
                if names:
                    return [_labelled_names(text, names)]
        if _on("byline-after-date-piece"):
            names = _byline_after_date_piece(header.after)
            if names:
                return [_used("byline-after-date-piece", names)]
        for text, owner in header.after:
            if _on("byline-after-date"):
                names = _byline_after_date(text)
                if names and not _in_other_stories(owner):
                    return [_used("byline-after-date", names)]
            if not _lead_in(text + " ") or (_on("byline-not-in-other-stories") and _is_other_stories(owner)):
                continue
            # "By <a>Jane Doe</a>": the piece's element, or the smallest one around it that
            # holds the names, read line by line.
            for el in (owner, *owner.iterancestors())[:4]:
                lines = [line for line in _lines(el, 200) if _lead_in(line)]
                names = next((n for n in (byline_names(line, strict=True)[0] for line in lines) if n), None)
                if names:
                    return [_labelled_names(text, names)]
        if _on("author-link"):
            names = _author_link_byline(header)
            if names:
                return [_used("author-link", names)]
        if _on("name-line-byline"):
            names = _name_line_byline(header)
            if names:
                return [_used("name-line-byline", names)]
    return found


# A lead-in after a date: "06.12.2031 | Von Jonas Brenner", "Posted on 3/3/2031 by Tamsin Okafor".
_LEAD_IN_INSIDE = re.compile(rf"(?:^|[\s|•·,;–—-])((?:{_alternation(_LEXICON['BYLINE_LEAD_INS'])})\s)", re.I)
#: A date line that carries a byline is short.
_MAX_DATED_BYLINE = 150


def _byline_after_date(text: str) -> list[str]:
    """The names after the lead-in of a short line that opens with a date
    ("06.12.2031 | Von Jonas Brenner"), else []."""
    if len(text) > _MAX_DATED_BYLINE or _lead_in(text + " "):
        return []
    for match in _LEAD_IN_INSIDE.finditer(text):
        before = text[: match.start(1)]
        if not parse_date(before, short_year=True):
            continue
        return byline_names(text[match.start(1):], strict=True)[0]
    return []


# A separator that opens the piece after a date: "05/10/2031 <b>- Publicado por: Lia Moura</b>".
_OPENING_SEPARATOR = re.compile(r"^[|•·–—-]\s*")
#: The date and its byline are among the first pieces under the headline.
_DATE_PIECES = 4


def _byline_after_date_piece(pieces: list[tuple[str, Any]]) -> list[str]:
    """The names of a byline that follows a date in the next piece, after a separator and a
    lead-in with or without a label and a colon ("<b>05/10/2031</b> - Publicado por: Lia
    Moura - Categoria: ..."), else []."""
    for (before, _), (text, owner) in zip(pieces[:_DATE_PIECES], pieces[1:_DATE_PIECES + 1]):
        separator = _OPENING_SEPARATOR.match(text)
        if not separator or len(before.split()) > _MAX_DATE_LINE_WORDS or not parse_date(before):
            continue
        rest = text[separator.end():]
        if len(rest) > _MAX_DATED_BYLINE or not _BY.match(rest) or _in_other_stories(owner):
            continue
        return byline_names(rest, strict=True)[0]
    return []


# A link to an author's page: "/author/jane-doe/", "/autor/jonas-brenner", "/profile/janedoe".
_AUTHOR_PATH = re.compile(rf"/(?:{_alternation(_LEXICON['AUTHOR_PATHS'])})/[^/?#\s]", re.I)
#: Pieces under the headline searched for links to authors' pages.
_AUTHOR_LINK_PIECES = 12


def _author_link(owner: Any) -> bool:
    """``owner`` is, or sits in, a link to an author's page."""
    for node in islice(chain((owner,), owner.iterancestors()), 3):  # (not every ancestor up to the root)
        if node.tag == "a":
            return bool(_AUTHOR_PATH.search(urlsplit(node.get("href") or "").path))
    return False


def _author_link_byline(header: _Header) -> list[str]:
    """The names of the links to authors' pages among the first pieces under the headline
    ("<a href="/author/jane-doe">Jane Doe</a> and <a ...>Jo Ng</a>"), read until a piece
    that is neither such a link nor a joining word; never in a caption, a menu or a box of
    other stories."""
    names: list[str] = []
    for text, owner in header.after[:_AUTHOR_LINK_PIECES]:
        if _author_link(owner) and not _in_other_stories(owner) and not _not_a_byline_place(owner, header):
            found = byline_names(text, strict=True)[0]
            if found:
                names += found
                continue
        if names and not _JOINING_LINE.match(text):
            break
    return names


#: A byline without a lead-in is short.
_MAX_NAME_LINE = 120
# Where the parts of a byline without a lead-in meet: "Tamsin Okafor, Reuters", "Jo Ng | dpa",
# "Ana Ruiz (EFE)", "Jo Ng and Rui Paz - Staff Writers".
_NAME_LINE_PARTS = re.compile(
    rf"\s*(?:[,;/|•·()]|\s[-–—]\s|\b(?:{_alternation(_LEXICON['AUTHOR_CONNECTORS'])})\b)\s*", re.I
)


#: A role or an outlet after a name is short ("AP Sports Writer", "Agencia EFE").
_MAX_CREDIT_WORDS = 5


def _is_credit(part: str) -> bool:
    """A role or an outlet after a name: "Staff Writer", "Reuters", "AFP", "Agencia EFE"."""
    part = part.strip(" .:")
    words = part.split()
    if not words or len(words) > _MAX_CREDIT_WORDS:
        return False
    return part.lower() in MEDIA_NAMES or all(
        _ACRONYM.match(w) or w.lower().strip(".,") in _ROLE_WORDS for w in words
    ) and not all(w.lower() in ("for", "in", "of", "from", "the") for w in words)


def _opens_with_first_name(tokens: list[str]) -> bool:
    """The first word is a first name gender-guesser knows, and no short function word of
    the languages (an article opens "Le Monde", "Die Zeit", "El Diario")."""
    first = tokens[0].lower()
    return is_first_name(first) and not (len(first) <= 3 and first in STOP_WORDS)


# The first bar or bullet of a line ("Tamsin Okafor | Harbour Courier").
_OUTLET_BAR = re.compile(r"\s[|•·]\s")


def _looks_like_outlet(text: str) -> bool:
    """A short run of capitalised words without digits ("Harbour Courier", "Agencia Ejemplo")."""
    words = text.strip(" .").split()
    return 1 <= len(words) <= 4 and not any(c.isdigit() for c in text) and all(
        w[0].isupper() or (0 < i < len(words) - 1 and w.lower() in STOP_WORDS) for i, w in enumerate(words)
    )


def _article_outlet(text: str) -> bool:
    """An outlet named with an article of any language: "The Kestrel Courier", "Die Kestrelzeitung",
    "Le Courrier de Kestrel" (a short run of capitalised words after the article)."""
    words = text.split()
    return (len(words) >= 2 and words[0].lower() in _ARTICLES and words[1][0].isupper()
            and _looks_like_outlet(text))


# Where a name line meets what follows it: "Tamsin Okafor, 6 December 2031", "Jo Ng | 06.12.2031".
_NAME_DATE_SEPARATOR = re.compile(r"\s*(?:[,|·•]|\s[-–—]\s)\s*")


def _names_before_date(text: str) -> list[str]:
    """The names of a line that is names and then a date ("Tamsin Okafor, 6 December 2031",
    "Jonas Brenner | 06.12.2031, 14:30 Uhr"), else []."""
    for cut in islice(_NAME_DATE_SEPARATOR.finditer(text), 6):
        tail = text[cut.end():]
        if not parse_date(tail):
            continue
        found = name_line(text[: cut.start()])
        return found[0] if found else []
    return []


def name_line(text: str) -> tuple[list[str], bool] | None:
    """The names of a line that holds only people's names (each opening with a first name
    that gender-guesser knows) and perhaps their role or outlet after them, and whether it
    holds that credit: "Tamsin Okafor, Reuters" -> (["Tamsin Okafor"], True),
    "Jo Ng and Rui Paz" -> (["Jo Ng", "Rui Paz"], False); anything else -> None."""
    text = clean_text(text)
    if not text or len(text) > _MAX_NAME_LINE or _lead_in(text + " "):
        return None
    if _on("name-date-line") and any(c.isdigit() for c in text):
        found = _names_before_date(text)
        if found:
            return _used("name-date-line", found), True
    if _on("name-outlet-line"):
        bar = _OUTLET_BAR.search(text)
        if bar and _looks_like_outlet(text[bar.end():]):
            found = name_line(text[: bar.start()])
            if found and not found[1]:
                return _used("name-outlet-line", found[0]), True
    names: list[str] = []
    credited = False
    for part in _NAME_LINE_PARTS.split(text):
        part = part.strip(" .:")
        if not part:
            continue
        words = part.split()
        tokens = _name_tokens(part, True) if not credited else []
        if tokens and _opens_with_first_name(tokens) and (
            len(tokens) == len(words) or _is_credit(" ".join(words[len(tokens):]))
        ):
            names.append(_title_case(" ".join(tokens)))
            credited = credited or len(tokens) < len(words)
        elif names and _is_credit(part):
            credited = True
        elif names and _on("name-article-outlet") and _article_outlet(part):
            credited = _used("name-article-outlet", True)
        elif names and _on("name-place-line") and is_place(part):
            credited = _used("name-place-line", True)
        else:
            return None
    return (names, credited) if names else None


# A line that is only a weekday and a time, or a time ago: "Monday 6:30PM", "Montag, 18:30", "3 hours ago".
_TIME_LINE = re.compile(
    rf"^(?:(?:{_alternation(calendar_words('WEEKDAYS'))})\.?,?\s*)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?$"
    r"|^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$",
    re.I,
)
#: Pieces under the headline searched for a byline without a lead-in.
_NAME_LINE_PIECES = 8


def _name_line_byline(header: _Header) -> list[str]:
    """A byline without a lead-in among the first pieces under the headline: names with their
    role or outlet ("Tamsin Okafor, Reuters"), or names alone on a line that a role, an
    outlet or a date line follows ("Tamsin Okafor" / "Staff Writer", "Jo Ng" / "March 3, 2009");
    never in a caption, a menu or a box of other stories."""
    pieces = header.after[: _NAME_LINE_PIECES + 1]
    for i, (text, owner) in enumerate(pieces[:_NAME_LINE_PIECES]):
        found = name_line(text)
        if not found or _in_other_stories(owner) or _not_a_byline_place(owner, header):
            continue
        names, credited = found
        if credited:
            return names
        following = next((t for t, _ in pieces[i + 1 :] if t.strip(" ,|·•-–—")), "")
        if following and (_is_credit(following.strip(" ,|·•-–—()")) or (
            len(following) <= _MAX_DATE_PIECE and parse_date(following, short_year=True)
        )):
            return names
        if following and _on("name-above-time-line") and _TIME_LINE.match(following.strip(" ,|·•-–—")):
            return _used("name-above-time-line", names)
    return []


#: Text read after the headline for a byline or a date: this many text pieces, this many characters.
_AFTER_HEADLINE_PIECES = 30
_AFTER_HEADLINE_CHARS = 1500
_FOLLOWING_TEXT = etree.XPath("following::text()[position() <= 60]")
#: Text read above the headline for a date: this many pieces, this many characters.
_BEFORE_HEADLINE_PIECES = 6
_BEFORE_HEADLINE_CHARS = 300
_PRECEDING_TEXT = etree.XPath(
    f"preceding::text()[normalize-space()][not(parent::script or parent::style)][position() <= {_BEFORE_HEADLINE_PIECES}]"
)
_FOLLOWING_ELEMENTS = etree.XPath("following::*[position() <= 12]")
_HEADINGS = etree.XPath("//h1 | //h2 | //h3")


def _headline_element(page: Page, headline: str) -> Any:
    """The element that shows the headline (an ``<h1>``, or an ``<h2>``/``<h3>`` on pages
    without one), else one that shows it after a kicker (``heading-with-kicker``), else the
    first ``<h1>`` (also when there is no headline: no heading shows an empty one)."""
    wanted = _comparable(headline) if headline else ""
    first_h1 = with_kicker = story_h1 = outside = None
    for el in _HEADINGS(page.tree)[:40]:
        if first_h1 is None and el.tag == "h1":
            first_h1 = el
        if story_h1 is None and el.tag == "h1" and _on("story-h1") and _in_story(el):
            story_h1 = el
        if not wanted:
            continue
        shown = _comparable(_short_text(el, 400))
        if shown == wanted:
            if outside is None:
                if not _on("story-heading-over-copy") or el.tag != "h1" or _in_story(el):
                    return el
                outside = el  # perhaps a copy in the site's header: a later <h1> in the story wins
            elif el.tag == "h1" and _in_story(el):
                RULE_USES["story-heading-over-copy"] += 1
                return el
        if with_kicker is None and wanted in shown and _on("heading-with-kicker"):
            with_kicker = el
    if outside is not None:
        return outside
    if with_kicker is None:
        if story_h1 is not None and story_h1 is not first_h1:
            RULE_USES["story-h1"] += 1
            return story_h1
        if first_h1 is None and wanted and _on("headline-in-text-element"):
            shown_in = _text_element_showing(page, wanted)
            if shown_in is not None:
                RULE_USES["headline-in-text-element"] += 1
                return shown_in
        return first_h1
    RULE_USES["heading-with-kicker"] += 1
    return with_kicker


# The body's text pieces (not scripts nor styles): where a page without headings may show its
# headline, and where ``h1-over-title`` looks for a title shown as the page's own text.
_BODY_TEXT = etree.XPath("//body//text()[string-length(normalize-space()) > 0][not(parent::script or parent::style)]")
#: Text pieces searched for a headline shown outside any heading.
_TEXT_ELEMENT_PIECES = 2000


def _text_element_showing(page: Page, wanted: str) -> Any:
    """The first element of the page, outside links and the ``<title>``, whose whole text is
    the headline (a ``<p class="titulo">`` or ``<div class="title">`` on a page without
    headings), else None."""
    for node in _BODY_TEXT(page.tree)[:_TEXT_ELEMENT_PIECES]:
        if _comparable(str(node)) != wanted:
            continue
        owner = _text_owner(node)
        if owner is None or owner.tag in ("a", "option", "title"):
            continue
        if _comparable(_short_text(owner, 400)) == wanted:
            return owner
    return None


def _in_story(el: Any) -> bool:
    """``el`` is inside an ``<article>`` or ``<main>`` element."""
    return any(node.tag in ("article", "main") for node in el.iterancestors())


def _text_owner(node: Any) -> Any:
    """The element that holds a text node (a tail's is its element's parent), or None."""
    owner = node.getparent()
    return owner.getparent() if owner is not None and node.is_tail else owner


def _after_headline(page: Page, headline_el: Any) -> list[tuple[str, Any]]:
    """The pieces of text that follow the headline on the page (where pages without
    metadata print the byline and the date), each with the element that holds it."""
    if headline_el is None:
        return []
    texts: list[tuple[str, Any]] = []
    size = 0
    for node in _FOLLOWING_TEXT(headline_el):
        owner = _text_owner(node)
        if owner is None or owner.tag in ("script", "style"):
            continue
        text = clean_text(str(node))
        if not text:
            continue
        texts.append((text, owner))
        size += len(text)
        if len(texts) >= _AFTER_HEADLINE_PIECES or size >= _AFTER_HEADLINE_CHARS:
            break
    return texts


class _Header:
    """The element that shows the headline and the pieces of text after it, read once per
    page: the byline, date, dateline and language rules all read the same pieces."""

    def __init__(self, page: Page, element: Any):
        self.page = page
        self.element = element

    @cached_property
    def after(self) -> list[tuple[str, Any]]:
        """:func:`_after_headline`, computed on first use."""
        return _after_headline(self.page, self.element)

    @cached_property
    def before(self) -> list[tuple[str, Any]]:
        """:func:`_before_headline`, computed on first use (the date rules read it twice)."""
        return _before_headline(self.page, self.element)

    @cached_property
    def holders(self) -> frozenset:
        """The elements that hold the headline (the story's ``<header>``, ``<article>``, ...)."""
        return frozenset(self.element.iterancestors()) if self.element is not None else frozenset()

    def below(self, el: Any) -> Iterator[Any]:
        """``el`` and its containers, up to the first that holds the headline (left out)."""
        holders = self.holders
        for node in (el, *el.iterancestors()):
            if node in holders:
                return  # (and so is every container above it)
            yield node

    @cached_property
    def copyright_year(self) -> int | None:
        """:func:`_copyright_year` of the page, searched once for the dateline and the date line."""
        return _copyright_year(self.page)


def _before_headline(page: Page, headline_el: Any) -> list[tuple[str, Any]]:
    """The short pieces of text just above the headline, the closest first (a kicker, a
    section name, a date line: "News feature | 06 May 2031"), each with its element."""
    if headline_el is None:
        return []
    texts: list[tuple[str, Any]] = []
    size = 0
    for node in reversed(_PRECEDING_TEXT(headline_el)):
        owner = _text_owner(node)
        if owner is None:
            continue
        text = clean_text(str(node))
        texts.append((text, owner))
        size += len(text)
        if len(texts) >= _BEFORE_HEADLINE_PIECES or size >= _BEFORE_HEADLINE_CHARS:
            break
    return texts


_AUTHOR_LABEL = re.compile(rf"^(?:{_alternation(_LEXICON['AUTHOR_LABELS'])})\s*:?$", re.I)


def _labelled_authors(page: Page) -> list[str]:
    """Authors that a page gives only as labelled data for link previews
    (``twitter:label1`` "Written by", ``twitter:data1`` "Jane Doe")."""
    found = []
    for n in range(1, 5):
        label, value = page.meta_first(f"twitter:label{n}"), page.meta_first(f"twitter:data{n}")
        if label and value and _AUTHOR_LABEL.match(label.strip()):
            found.append(value)
    return found


def _authors(page: Page, ld: dict[str, Any], outlets: list[str], header: _Header) -> list[str]:
    """What the page declares (JSON-LD persons, author meta, microdata), completed by the
    visible byline when that names the declared authors and more ("By A, B and C").

    A page that declares only a desk or a role ("KPX Staff") names no person of its own: with
    ``desk-declared-visible-byline`` its visible byline (not one in a box of other stories)
    gives the people, else nobody is named.
    """
    raw = _person_values(ld.get("author"), page) or _person_values(ld.get("creator"), page)
    if not raw:
        raw = [v for key in ("author", "article:author", "og:article:author", "dc.creator", "byl",
                             "sailthru.author", "parsely-author") for v in page.meta.get(key, [])]
    if not raw:
        raw = _labelled_authors(page)
    declared = clean_authors(raw, not_names=outlets)
    if not declared and any(byline_names(v)[1] for v in raw):
        if _on("desk-declared-visible-byline"):
            visible = _visible_bylines(page, header)
            if visible:
                return _used("desk-declared-visible-byline", clean_authors(visible[0], not_names=outlets))
        return []
    if not declared:
        visible = _visible_bylines(page, header)
        if visible:
            return clean_authors(visible[0], not_names=outlets)
        # Last: a JSON-LD reference to a person, often the account that posted the story
        # rather than its reporters, so the byline and author meta come first.
        return clean_authors(_person_values(ld.get("author"), page, resolve=True), not_names=outlets)
    if not _names_more_authors(page.html, declared[-1]):
        return declared
    wanted = {d.lower() for d in declared}
    for names in _visible_bylines(page, header):
        if wanted <= {n.lower() for n in names}:
            return clean_authors(declared + names, not_names=outlets)
    return declared


def _date(page: Page, ld: dict[str, Any], ld_keys: tuple[str, ...], meta_keys: tuple[str, ...],
          day_first: bool | None = None) -> str | None:
    for key in ld_keys:
        value = parse_date(_first_str(ld.get(key)))
        if value:
            return value
    for key in meta_keys:
        value = parse_date(page.meta_first(key), day_first=day_first)
        if value:
            return value
    return None


_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    "og:published_time", "cxenseparse:recs:publishtime", "dc.date.created",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod")
# Other names pages give the first-publication date ("web_publish_date", "pdate", "firstPub").
_PUBLISHED_NAME = re.compile(r"publi|pubdate|pdate|firstpub|issued|created", re.I)
_LATER_NAME = re.compile(r"modif|updat|expir|revis|edit|last", re.I)
_PUBLISHED_ATTR_ELEMENTS = etree.XPath(
    '//@itemprop[contains(., "datePublished")]/.. | //@class[contains(., "publish") or contains(., "pubdate")]/..'
    ' | //@id[contains(., "publish")]/.. | //@name[contains(., "publish")]/.. | //@pubdate/..'
)
# ``datePublished: "..."``, ``var firstPub = new Date('...')`` in scripts, JSON in JS strings included.
# Found by their distinctive middle first (cheap to scan for), then read around it.
_SCRIPT_DATE_KEY = re.compile(r"[Pp]ubli(?:sh|cation)|PUBLISH|[Ff]irst[Pp]ub|[Pp]ub[Dd]ate")
_SCRIPT_DATE_VALUE = re.compile(
    r"(?P<rest>\w{0,30})\\?[\"']?\s{0,3}[:=]\s{0,3}(?:new\s+Date\(\s{0,3})?"
    r"\\?[\"'](?P<value>[^\"'\\<>\n]{6,60})\\?[\"']"
)
_DATE_ELEMENTS = etree.XPath(
    '//@class[contains(., "date") or contains(., "Date") or contains(., "time") or contains(., "publish")'
    ' or contains(., "posted") or contains(., "byline") or contains(., "meta") or contains(., "fecha")'
    ' or contains(., "datum") or contains(., "data")]/.. | //@id[contains(., "date")]/..'
)
# Text that announces the publication date ("Published", "Publié le", "Veröffentlicht am").
def _contains_any(words: tuple[str, ...]) -> str:
    forms = dict.fromkeys(f for w in words for f in (w, w[:1].upper() + w[1:]))
    return " or ".join(f'contains(., "{f}")' for f in forms if '"' not in f)


_PUBLISHED_TEXT = etree.XPath(
    f'//text()[{_contains_any((*_LEXICON["PUBLISHED_WORD_STARTS"], "posted", *_LEXICON["PUBLISHED_WORDS"]))}]'
    '[not(parent::script) and not(parent::style)]/..'
)
_UPDATE_WORDS = re.compile(rf"updat|modifi|{_alternation(_LEXICON['UPDATED_WORDS'])}", re.I)
def _declared_locale(page: Page, ld: dict[str, Any]) -> str:
    """The language (and region) the page declares, lower case ("en-gb"), or ""."""
    lang = (_first_str(ld.get("inLanguage")) or page.tree.get("lang") or page.meta_first("og:locale") or "")
    return lang.strip().lower().replace("_", "-")


def _english_of_no_region(page: Page, ld: dict[str, Any]) -> bool:
    """Whether the page declares English without a region ("en"): US, British and other English
    write numeric dates in both orders."""
    return _declared_locale(page, ld) == "en"


def _day_first(page: Page, ld: dict[str, Any]) -> bool | None:
    """Whether the page writes 05/10/2018 day first: outside US English, it does."""
    lang = _declared_locale(page, ld)
    if not lang:
        return None
    return not (lang == "en" or lang.startswith(("en-us", "en-ca", "en-ph")))


def _day_first_from_dates(header: _Header) -> bool | None:
    """How the numeric dates around the headline are written, where one of them tells: a first
    number over 12 is a day ("13/03/2024"), a second one over 12 a day too ("3/13/2024"); None when
    none tells or they disagree."""
    orders = set()
    for text, _ in (*header.before, *header.after):
        for m in NUMERIC_DATE.finditer(text):
            a, b = int(m["a"]), int(m["b"] or m["b2"])
            if a > 12 >= b:
                orders.add(True)
            elif b > 12 >= a:
                orders.add(False)
    return orders.pop() if len(orders) == 1 else None


def _day_first_from_text(header: _Header) -> bool | None:
    """On a page that declares no language, numeric dates are day first when the text under
    the headline is in a language other than English ("Publié le 06/12/2031")."""
    text = " ".join(t for t, _ in header.after)
    language = detect_language(text) if text else None
    return True if language and language != "en" else None


_OFFSET = re.compile(r"[+-]\d\d:\d\d$")


def _with_offset(value: str, page: Page) -> str:
    """``value`` with the UTC offset that a meta tag gives the same moment, if it has none."""
    if "T" not in value or _OFFSET.search(value):
        return value
    for key in _PUBLISHED_META:
        other = parse_date(page.meta_first(key))
        if other and other[:16] == value[:16] and _OFFSET.search(other):
            return other
    return value


def _declared_published(page: Page, ld: dict[str, Any], day_first: bool | None) -> str | None:
    value = _date(page, ld, ("datePublished", "dateCreated"), _PUBLISHED_META, day_first)
    if value:
        return _with_offset(value, page)
    for obj in page.jsonld:  # a WebPage or a second article object
        value = parse_date(_first_str(obj.get("datePublished")))
        if value:
            return value
    for key, values in page.meta.items():
        if _PUBLISHED_NAME.search(key) and not _LATER_NAME.search(key):
            value = parse_date(values[0], day_first=day_first)
            if value:
                return value
    values = (el.get("datetime") or el.get("content") or el.get("value") for el in _PUBLISHED_ATTR_ELEMENTS(page.tree))
    for text, _ in zip((v for v in values if v), range(5)):
        value = parse_date(text)
        if value:
            return value
    return None


#: Script assignments read at most, so that a script repeating the key costs little.
_MAX_SCRIPT_DATES = 40


def _script_published(page: Page) -> str | None:
    tries = 0
    for script in page.tree.iterfind(".//script"):
        if "ld+json" in (script.get("type") or "").lower() or not script.text:
            continue
        text = script.text
        for key in _SCRIPT_DATE_KEY.finditer(text):
            assigned = _SCRIPT_DATE_VALUE.match(text, key.end())
            if not assigned:
                continue
            tries += 1
            if tries > _MAX_SCRIPT_DATES:
                return None
            start = key.start()
            while start > 0 and key.start() - start < 30 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                start -= 1
            if _LATER_NAME.search(text[start : key.end()] + assigned["rest"]):
                continue
            value = parse_date(assigned["value"])
            if value:
                return value
    return None


#: A date printed under the headline is a short piece of text of its own ("29 December, 2007").
_MAX_DATE_PIECE = 80


#: Pieces under the headline read before those above it (the block of byline and date).
_HEADER_PIECES = 8


# A word that announces the first publication, in any language ("Published", "Veröffentlicht", "Pubblicato").
# Their starts at a word's start ("Published", "Publicación", "Pubblicato", "publiziert"), never
# inside a word ("Republican", "Republik").
_PUBLISHED_START = re.compile(rf"\b(?:{_alternation(_LEXICON['PUBLISHED_WORD_STARTS'])})", re.I)
_PUBLISHED_WORD = re.compile(rf"{_PUBLISHED_START.pattern}|\b(?:{_alternation(_LEXICON['PUBLISHED_WORDS'])})\b", re.I)
#: A line that gives both dates is longer than a date line.
_MAX_TWO_DATES_PIECE = 2 * _MAX_DATE_PIECE


def _is_update(text: str) -> bool:
    """A date line that announces an update ("Updated", "Aktualisiert am") and no publication."""
    published = _PUBLISHED_WORD if _on("published-and-updated-line") else _PUBLISHED_START  # (the word holds the start)
    return bool(_UPDATE_WORDS.search(text)) and not published.search(text)


def _published_part(text: str) -> str:
    """A line that gives the publication and an update, from its published word on
    ("Aktualisiert am 7.3.2031 | Veröffentlicht am 6.3.2031" -> "Veröffentlicht am 6.3.2031");
    else ``text``."""
    if not _on("published-and-updated-line") or not _UPDATE_WORDS.search(text):
        return text
    word = _PUBLISHED_WORD.search(text)
    return text[word.start():] if word else text


_TEASER_HEADINGS = etree.XPath("descendant-or-self::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def _under_other_heading(owner: Any, header: _Header) -> bool:
    """A date line above the headline that sits in a block of its own (one that does not
    hold the headline) with another story's linked heading: a teaser's date ("<h4><a>Ferry
    fares rise again</a></h4> Jo Ng 11/12/21"), not the page's."""
    block = owner
    for block in header.below(owner):
        pass  # (the outermost container that does not hold the headline)
    for heading in islice(_TEASER_HEADINGS(block), 20):
        text = _short_text(heading, 300)
        linked = heading.find(".//a") is not None or any(a.tag == "a" for a in heading.iterancestors())
        if linked and len(text.split()) >= 3:
            return True
    return False


def _dates_near_headline(page: Page, header: _Header, day_first: bool | None) -> tuple[str | None, str | None]:
    """The date of the short text closest to the headline (pages without metadata): the
    first lines under it, then those just above it, then the rest under it; never one in
    a box of other stories.  Returns the publication date and, apart, the first date
    announced as an update ("Updated", "Mis à jour le", "Actualizado"), which stands in
    for it only when the page gives no other."""
    after = header.after
    before = header.before if _on("date-before-headline") else []
    pieces = [(t, o, False) for t, o in after[:_HEADER_PIECES]] + [(t, o, True) for t, o in before]
    pieces += [(t, o, False) for t, o in after[_HEADER_PIECES:]]
    updated = None
    for text, owner, above in pieces:
        if len(text) > _MAX_TWO_DATES_PIECE:
            continue
        part = _published_part(text)
        if len(text) > _MAX_DATE_PIECE and part == text:
            continue  # (a longer piece only when it gives both dates)
        if _on("date-not-in-other-stories") and _in_other_stories(owner):
            continue
        if above and _on("date-not-under-other-heading") and _under_other_heading(owner, header):
            RULE_USES["date-not-under-other-heading"] += 1
            continue
        rule = "published-and-updated-line" if part != text else None
        text = part
        value = parse_date(text, day_first=day_first)
        if not value and _on("two-digit-year"):
            value, rule = parse_date(text, day_first=day_first, short_year=True), rule or "two-digit-year"
        if not value:
            continue
        if _is_update(text):
            updated = updated or value
            continue
        if rule:
            _used(rule, value)
        if above:
            _used("date-before-headline", value)
        return value, updated
    return None, updated


# The place that opens a dateline and its comma ("WASHINGTON, ", "Kestrelby, ").
_DATELINE_PLACE = r"(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,3})\s*,\s*"
# The dateline that opens an agency story: "WASHINGTON, March 3 (Reuters) - ", "PARIS, 3 mars 2009
# (AFP) - ", "MADRID, 3 mar (EFE).- ", "BERLIN, 3. März (dpa) - ", "Oslo, 3. mars (NTB): ".
_DATELINE = re.compile(
    _DATELINE_PLACE
    + r"(?P<when>[^()\n,;:]{3,30}?(?:,\s*\d{4})?)\s*(?:\((?P<source>[^()\n]{1,40})\)\s*)?(?:[-–—]{1,2}|\.\s?[-–—]|:)\s"
)
# A dateline whose full date ends with a full stop: "Kestrelby, 6. Dezember 2031. ", "Kestrelby,
# le 6 décembre 2031. " (press releases and German and French local papers).
_DATELINE_FULL_STOP = re.compile(
    _DATELINE_PLACE
    + r"(?P<when>[^()\n,;:]{3,30}?(?:,\s*)?\d{4})\s*(?:\((?P<source>[^()\n]{1,40})\)\s*)?\.\s"
)
#: The dateline opens the text: it is read in this many characters of a piece.
_DATELINE_CHARS = 80
# "© 2009 Harbour Courier", "Copyright 2000-2009": the year the page was written, at the latest.
_COPYRIGHT_TEXT = etree.XPath(
    '//body//text()[contains(., "©") or contains(., "opyright") or contains(., "OPYRIGHT")]'
    '[not(parent::script or parent::style)]'
)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\D{0,30}?(?:(?:19|20)\d\d\s*[-–—]\s*)?((?:19|20)\d\d)(?!\d)", re.I)


def _copyright_year(page: Page) -> int | None:
    """The year of the page's copyright notice (the end of a range), when it gives one year only."""
    years = {int(m.group(1)) for node in _COPYRIGHT_TEXT(page.tree)[:10] for m in _COPYRIGHT_YEAR.finditer(str(node)[:300])}
    return years.pop() if len(years) == 1 else None


def _in_year(year: int | None, day: tuple[int, int]) -> str | None:
    """The ISO date of a (month, day) of :func:`.dates.month_day` in ``year``; None without a
    year or for a day the month does not have."""
    if not year:
        return None
    try:
        return date(year, *day).isoformat()
    except ValueError:
        return None


def _dateline_date(page: Page, header: _Header) -> str | None:
    """The date of the dateline that opens the story under the headline ("WASHINGTON,
    March 3, 2009 (Reuters) - "); a dateline without a year ("March 3") takes the year of
    the page's copyright notice (``dateline-year-from-copyright``)."""
    for text, owner in header.after:
        if _in_other_stories(owner) or _not_a_byline_place(owner, header):
            continue
        match = _DATELINE.match(text[:_DATELINE_CHARS])
        if not match and _on("dateline-full-stop"):
            match = _DATELINE_FULL_STOP.match(text[:_DATELINE_CHARS])
            if match and not parse_date(match["when"]):
                match = None  # "Berlin, 6. Dezember." is no dateline: the full stop needs a year
        if not match or not _looks_like_place(match["place"]):
            continue
        when = match["when"]
        value = parse_date(when)
        if value:
            return _used("dateline-date", value[:10])
        day = month_day(when)
        if day and _on("dateline-year-from-copyright"):
            return _used("dateline-year-from-copyright", _in_year(header.copyright_year, day))
        return None
    return None


def _looks_like_place(place: str) -> bool:
    """A dateline's place: capitalised words, no lead-in or label ("By Jo Ng, March 3 -" is no dateline)."""
    words = place.split()
    return bool(words) and len(words) <= 4 and all(w[0].isupper() for w in words) and not _lead_in(place + " ")


def _visible_published(page: Page, day_first: bool | None, header: _Header) -> tuple[str | None, str | None]:
    """The visible publication date, and an update date near the headline (see
    :func:`_dates_near_headline`)."""
    for el in page.tree.xpath("//time[@datetime]")[:3]:
        value = parse_date(el.get("datetime"))
        if value:
            return value, None
    value, updated = _dates_near_headline(page, header, day_first)
    if value:
        return value, updated
    if _on("dateline-date"):
        value = _dateline_date(page, header)
        if value:
            return value, updated
    candidates = _DATE_ELEMENTS(page.tree)[:40] + _PUBLISHED_TEXT(page.tree)[:10]
    for el in candidates:
        text = _short_text(el, 160)
        if not text:
            continue
        if _is_update(text):
            continue
        value = parse_date(_published_part(text), day_first=day_first)
        if value:
            return value, updated
    if _on("date-line-year"):
        return _used("date-line-year", _yearless_date_line(page, header)), updated
    return None, updated


#: A date line without a year is short ("Posted Dec 3, 9:12 PM", "Dec 4").
_MAX_YEARLESS_WORDS = 6


def _yearless_date_line(page: Page, header: _Header) -> str | None:
    """The date of a short line near the headline that gives month and day but no year ("Posted
    Dec 3, 9:12 PM"), in the year of the page's address when the address spells the same month
    ("/2031/12/"), else in the year of its one copyright notice; not an update line, not in a
    box of other stories."""
    after = header.after
    before = header.before if _on("date-before-headline") else []
    for text, owner in [*after[:_HEADER_PIECES], *before, *after[_HEADER_PIECES:]]:
        if len(text.split()) > _MAX_YEARLESS_WORDS or _is_update(text) or _in_other_stories(owner):
            continue
        day = month_day(text)
        if not day:
            continue
        spelt = year_month_in_path(urlsplit(page.url or "").path)
        return _in_year(spelt[0] if spelt and spelt[1] == day[0] else header.copyright_year, day)
    return None


# Links that share the page: the page's own address is in their query ("u=", "url=", "text=", "body=").
_SHARE_LINK = re.compile(
    r"facebook\.com/shar|twitter\.com/(?:intent|share)|x\.com/intent|linkedin\.com/share|reddit\.com/submit"
    r"|pinterest\.[a-z.]+/pin/create|whatsapp|wa\.me/|^mailto:|tumblr\.com/(?:share|widgets)|getpocket\.com/save"
    r"|flipboard\.com/bookmarklet|digg\.com/submit|stumbleupon\.com/submit|del\.icio\.us/post|t\.me/share",
    re.I,
)
_SHARE_PARAMS = ("u", "url", "text", "body", "link", "status")
_ADDRESS = re.compile(r"https?://[^\s\"'<>]{4,500}")
#: Share links read at most.
_MAX_SHARE_LINKS = 40


def _share_link_date(page: Page) -> str | None:
    """The date in the path of the address the page's share links carry, the one most of them
    give (pages without metadata whose own address is not known, as a saved page served again)."""
    dates: Counter = Counter()
    seen = 0
    for link in page.tree.iterfind(".//a[@href]"):
        href = link.get("href") or ""
        if not _SHARE_LINK.search(href[:200]):
            continue
        seen += 1
        if seen > _MAX_SHARE_LINKS:
            break
        query = parse_qs(urlsplit(href[:2000]).query)
        for key in _SHARE_PARAMS:
            for value in query.get(key, ())[:2]:
                for address in _ADDRESS.findall(unquote(value))[:3]:
                    found = date_in_path(urlsplit(address).path)
                    if found:
                        dates[found] += 1
    return dates.most_common(1)[0][0] if dates else None


def _url_date(*urls: str | None) -> str | None:
    for url in urls:
        found = date_in_path(urlsplit(url or "").path)
        if found:
            return found
    return None


def _published(page: Page, ld: dict[str, Any], canonical: str | None, header: _Header) -> str | None:
    """First publication: what the page declares; else what its scripts or visible
    text say, checked against a date in the URL ("/2021/04/07/"), which wins a conflict."""
    day_first = _day_first(page, ld)
    if day_first is None and _on("day-first-from-text"):
        day_first = _day_first_from_text(header)
    if (day_first is None or _english_of_no_region(page, ld)) and _on("day-first-from-dates"):
        told = _day_first_from_dates(header)
        if told is not None:
            day_first = _used("day-first-from-dates", told)
    declared = _declared_published(page, ld, day_first)
    if declared:
        return declared
    in_url = _url_date(canonical, page.url)
    if not in_url and _on("share-link-date"):
        in_url = _used("share-link-date", _share_link_date(page))
    found, updated = _script_published(page), None
    if not found:
        found, updated = _visible_published(page, day_first, header)
    if found and in_url and found[:10] != in_url:
        return in_url
    if not found and not in_url and updated and _on("updated-date"):
        return _used("updated-date", updated)
    return found or in_url


_LANG = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")


def _language(page: Page, ld: dict[str, Any]) -> str | None:
    for value in (
        _first_str(ld.get("inLanguage")),
        page.tree.get("lang"),
        page.meta_first("og:locale", "content-language", "language", "dc.language"),
    ):
        if value:
            value = value.strip()
            if _LANG.match(value):
                return canonical(value[:2])  # "nb" and "nn" are read as Norwegian, "no"
    return None


_GENERIC_SECOND_LEVEL = frozenset("co com org net gov ac edu or ne go".split())


def _domain_names(*urls: str | None) -> list[str]:
    """The name a site's address gives it ("harbourwatch" for www.harbourwatch.org), to recognise
    the site's name in a title that no declared name matches."""
    for url in urls:
        labels = registered_domain(url).split(".") if url else []
        if len(labels) < 2 or "".join(labels).isdigit():
            continue
        labels = labels[:-1]  # the top-level domain
        if len(labels) > 1 and labels[-1] in _GENERIC_SECOND_LEVEL:
            labels = labels[:-1]  # bbc.co.uk, abc.net.au
        return [labels[-1]]
    return []


def _without_address_outlet(authors: list[str], address_names: list[str]) -> list[str]:
    """``authors`` without the outlet that the site's address names ("Harbour Courier" for
    harbourcourier.example, or at its start: harbourcouriermag.example), also at a name's end ("Tamsin Okafor HarbourCourier"); a name that
    opens with a first name stays whole (a writer's own site, janedoe.example, is hers)."""
    outlets = {_squash(n) for n in address_names if len(_squash(n)) >= 4}
    if not outlets:
        return authors
    out = []
    for name in authors:
        words = name.split()
        squashed = _squash(name)
        if not _opens_with_first_name(words) and any(
            squashed == o or (len(squashed) >= 8 and o.startswith(squashed)) for o in outlets
        ):  # "Harbour Courier" for harbourcourier.example or harbourcouriermag.example
            _used("outlet-from-address", name)
            continue
        for cut in range(len(words) - 1, 1, -1):  # "Tamsin Okafor Harbour Courier": keep two words at least
            if _squash(" ".join(words[cut:])) in outlets:
                name = _used("outlet-from-address", " ".join(words[:cut]))
                break
        if name.lower() not in (n.lower() for n in out):
            out.append(name)
    return out


def extract_metadata(page: Page) -> Metadata:
    ld = page.article_jsonld
    site_names = [
        n
        for n in (
            page.meta_first("og:site_name", "application-name", "twitter:site"),
            *(_names(ld.get("publisher"))),
            *(n for o in page.jsonld_of_type("Organization", "NewsMediaOrganization", "WebSite") for n in _names(o)),
        )
        if n
    ]
    site_names += [n.lstrip("@") for n in site_names]
    publisher = next((clean_text(n) for n in _names(ld.get("publisher")) if clean_text(n)), None)
    publisher = publisher or page.meta_first("og:site_name", "application-name")

    canonical = (
        next(iter(page.links("canonical")), None)
        or page.meta_first("og:url")
        or _first_str(ld.get("mainEntityOfPage"))
        or _first_str(ld.get("url"))
    )
    og_type = page.meta_first("og:type")
    section = _first_str(ld.get("articleSection")) or page.meta_first("article:section", "section", "og:section")

    address_names = _domain_names(canonical, page.url)
    headline = _headline(page, ld, site_names + address_names)
    header = _Header(page, _headline_element(page, headline))
    published = _published(page, ld, _abs(canonical, page.url), header)
    modified = _date(page, ld, ("dateModified",), _MODIFIED_META)
    authors = _authors(page, ld, site_names, header)

    description = _first_str(ld.get("description")) or page.meta_first(
        "og:description", "description", "twitter:description"
    )
    return Metadata(
        headline=headline,
        description=description,
        authors=_without_address_outlet(authors, address_names) if _on("outlet-from-address") else authors,
        published=published,
        modified=modified,
        publisher=publisher,
        section=section,
        language=_language(page, ld),
        canonical_url=_abs(canonical, page.url),
        og_type=og_type.lower() if og_type else None,
        declared_article=bool(ld) or (og_type or "").lower() == "article",
    )


# --- the byline and date lines that open the body text ------------------------------------------

#: Lines read at the top of the body for a byline or a date.
_OPENING_LINES = 3
_MAX_BYLINE_LINE = 150
#: A date line is short ("Sun, 09 Apr 2017 12:06 PM", "November 20, 2019 - 11:28 AMT").
_MAX_DATE_LINE_WORDS = 8


def _is_date_line(text: str) -> str | None:
    """The date of a paragraph that is only a date line (no sentence), else ``None``."""
    if len(text.split()) > _MAX_DATE_LINE_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return None
    if _is_update(text):
        return None
    return parse_date(_published_part(text))


def settled_language(declared: str | None, body_text: str) -> str | None:
    """The article's language: the one its page declares, unless the body is plainly written in
    another language that rallycrawl reads (rule ``body-over-declared-language``: a German story
    whose page says English); the body's own when the page declares none."""
    if not declared:
        return detect_language(body_text)
    if _on("body-over-declared-language"):
        other = plainly_other_language(body_text, canonical(declared) or "")
        if other is not None and other in languages():
            return _used("body-over-declared-language", other)
    return declared


#: a headline line: 3 to 25 words, no longer than this, no end stop
_MAX_HEADLINE_LINE = 200


def _headline_line(paragraphs: list[str]) -> bool:
    """Rule ``first-line-headline``: the first paragraph reads as a headline: a short line of
    three to 25 words without a full stop at its end, no byline or date line, above at least two
    paragraphs of text."""
    if len(paragraphs) < 3:
        return False
    first = paragraphs[0].strip()
    words = first.split()
    return (
        3 <= len(words) <= 25 and len(first) <= _MAX_HEADLINE_LINE and not first.endswith((".", ":", ";", ","))
        and not _lead_in(first) and not _is_date_line(first)
        and sum(len(p.split()) for p in paragraphs[1:]) >= 2 * len(words)
    )


def opening_lines(paragraphs: list[str], metadata: Metadata) -> list[str]:
    """The body without the byline and date lines that open it ("By Jane Doe", "Von Jonas
    Becker", "November 20, 2019 - 11:28"), which fill ``metadata``'s authors and published
    date when the page declared none (pages without metadata print them only in the text)."""
    dropped: set[int] = set()
    if not metadata.headline and _on("first-line-headline") and _headline_line(paragraphs):
        metadata.headline = _used("first-line-headline", " ".join(paragraphs[0].split()))
        dropped.add(0)
    for i, text in enumerate(paragraphs[:_OPENING_LINES]):
        if i in dropped:
            continue
        if len(text) <= _MAX_BYLINE_LINE and _lead_in(text):
            names, _ = byline_names(text, strict=True)
            if names:
                dropped.add(i)
                if not metadata.authors:
                    metadata.authors = clean_authors(_labelled_names(text, names), not_names=[metadata.publisher or ""])
                continue
        found = name_line(text) if _on("name-line-byline") else None
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        credit = bool(found) and not found[1] and _is_credit(after)
        if found and (found[1] or credit or _is_date_line(after)):
            # "Tamsin Okafor, Reuters"; "Tamsin Okafor" above "Staff Writer" or "March 3, 2009"
            dropped.update((i, i + 1) if credit else (i,))
            if not metadata.authors:
                metadata.authors = _used("name-line-byline", clean_authors(found[0], not_names=[metadata.publisher or ""]))
            continue
        day = _is_date_line(text)
        if day:
            dropped.add(i)
            if not metadata.published:
                metadata.published = day
    if not dropped or len(dropped) == len(paragraphs):
        return paragraphs
    return [p for i, p in enumerate(paragraphs) if i not in dropped]

