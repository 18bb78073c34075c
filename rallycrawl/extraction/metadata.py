"""Article metadata: headline, description, authors, dates, publisher, section,
language and canonical URL.

What the page declares comes first (JSON-LD, OpenGraph, ``article:*`` meta,
microdata); the visible page (``<h1>``, ``<title>``, byline elements, ``<time>``)
is the fallback.
"""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .dates import date_in_path, parse_date
from .page import Page, clean_text


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


_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", ": ")


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove a " - Site" / "Site | " decoration from a title."""
    title = clean_text(title)
    names = {clean_text(n).lower() for n in site_names if n and len(n) < 80}
    for sep in _SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head and tail.strip().lower() in names:
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest and first.strip().lower() in names:
            return rest.strip()
    return title


def _strip_by_heuristic(title: str) -> str:
    """Without a known site name, drop a short trailing segment after " | " or " - "."""
    for sep in (" | ", " - ", " – ", " — "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if len(tail.split()) <= 4 and len(head.split()) >= 3:
                return head.strip()
    return title


#: A byline is short; longer text is read only this far.
_MAX_BYLINE = 300
# A byline's lead-in: "By", "Analysis by", "Von", "Por", "Par".
_BY = re.compile(
    r"^(?:(?:analysis|story|text|words|reporting|written|commentary|opinion|interview|report|texto|texte)\s+)?"
    r"(?:by|von|por|par)\b\s*:?\s*",
    re.I,
)
# E-mail addresses, handles and links inside a byline ("Mara Quist mara@example.org").
_CONTACT = re.compile(r"\S{0,80}@\S{0,80}|https?://\S{0,200}")
# Where a byline stops being names: a date or time, a separator, "Updated...".
_BYLINE_END = re.compile(
    r"\d|\||•|·|\(|\s[-–—]\s|(?-i:(?<=[a-z]{3}))\.\s|\b(?:updated|published|posted|last|on|am|at|view|more|read|"
    r"publié|publiée|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|"
    r"follow|see|contact|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s\d",
    re.I,
)
_SPLIT_AUTHORS = re.compile(r"\s*(,|;|/|&|\band\b|\bund\b|\by\b|\bet\b|\bwith\b|\bmit\b|\bcon\b|\bavec\b)\s*", re.I)
# Words that say what someone is, not who: a name stops before them.
_ROLE_WORDS = frozenset(
    """writer writers reporter reporters editor editors correspondent correspondents columnist
    contributor contributing analyst producer staff photographer journalist editorial editor-at-large
    redakteur redakteurin redaktion korrespondent korrespondentin autor autorin redacción redaccion
    corresponsal periodista redactor redactora rédaction redaction journaliste envoyé envoyée
    news press associated agency agencies daily times post tv sport sports senior chief political
    special bureau desk service services wire online network magazine media for in of from the
    team newsroom contributors""".split()
)
# Role words that make a generic byline ("Staff Reporter"): kept when nobody is named.
_PERSON_ROLES = frozenset(
    """writer writers reporter reporters editor editors correspondent correspondents columnist
    contributor analyst producer staff photographer journalist redakteur redakteurin korrespondent
    korrespondentin corresponsal periodista redactor redactora journaliste""".split()
)
# Words a person's full name does not start with ("The Associated Press", "Die Redaktion").
_NOT_FIRST = frozenset("the die der das les los las".split())
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
# Lower-case particles that belong inside names ("Ursula von der Leyen", "Luis de la Fuente").
_PARTICLES = frozenset("de da del della der den di du dos das van von la le ter ten zu bin ibn al el y".split())
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
    if strict:
        for i, tok in enumerate(tokens):
            if tok.lower().strip(".,") in _ROLE_WORDS:
                if 0 < i == len(tokens) - 1:  # "European Space Agency", "AP Auto Writer": no name here
                    return []
                tokens = tokens[:i]
                break
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in _NOT_FIRST:
        return []
    if any(_ACRONYM.match(t) for t in tokens) and not all(t.isupper() for t in tokens):
        return []  # "AP Auto", "CNN Business"
    for i, tok in enumerate(tokens):
        if not _NAME_TOKEN.match(tok):
            return []
        if not tok[0].isupper() and not (0 < i < len(tokens) - 1 and tok in _PARTICLES):
            return []
    return tokens


def _title_case(name: str) -> str:
    """ "GREG BEACHAM" -> "Greg Beacham"; mixed-case names are left alone."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return " ".join(
            w if len(w) <= 2 and w.endswith(".") else "-".join(p.capitalize() for p in w.split("-"))
            for w in name.lower().split()
        )
    return name


def byline_names(text: str, *, strict: bool = False) -> tuple[list[str], list[str]]:
    """Person names of one byline string, and its role-only parts ("Staff Reporter").

    "By GREG BEACHAM, AP Sports Writer" -> (["Greg Beacham"], ["AP Sports Writer"]).
    """
    text = clean_text(text[:_MAX_BYLINE] if isinstance(text, str) else text)
    if "&" in text:  # JSON-LD names carry HTML entities ("Zo&euml; Ng")
        text = html.unescape(text)
    if not text or text.startswith(("http://", "https://", "/", "@")):
        return [], []
    text = _BY.sub("", _CONTACT.sub(" ", text)).strip()
    end = _BYLINE_END.search(text)
    if end and end.start() > 0:
        text = text[: end.start()]
    names: list[str] = []
    roles: list[str] = []
    pieces = _SPLIT_AUTHORS.split(text)  # part, separator, part, separator, ...
    for i in range(0, len(pieces), 2):
        part = _BY.sub("", pieces[i].strip(" ,-–—:|")).strip(" ,-–—:|")
        if part.endswith(".") and len(part.rsplit(" ", 1)[-1]) > 3:  # "Quist." but "King Jr."
            part = part[:-1]
        if not part:
            continue
        tokens = part.split()
        after_comma = i > 0 and pieces[i - 1] in (",", ";")
        if _is_role(tokens) and (not strict or (names and after_comma and _is_person_role(tokens))):
            roles.append(part)  # "Staff Reporter"; "Steve Peoples, AP National Political Writer"
            continue
        name = _name_tokens(part, strict)
        if name:
            names.append(_title_case(" ".join(name)))
        elif _is_role(tokens):
            roles.append(part)
    return names, roles


def clean_authors(raw: list[str], *, strict: bool = False, not_names: list[str] | None = None) -> list[str]:
    """Byline strings -> person names: no "By", dates, roles, outlets or duplicates.

    A generic byline made of role words only ("Staff Reporter"; not "Editorial"
    or "HNN Staff") is kept when the page names nobody; a name that is the
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
    for name in names or generic[:1]:
        key = name.lower()
        for outlet in outlets:  # "Elliot Brownstein Florida Today" -> "Elliot Brownstein"
            if key.endswith(" " + outlet) and len(key.split()) - len(outlet.split()) >= 2:
                name = name[: len(name) - len(outlet) - 1]
                key = name.lower()
        if key in seen or any(key == o or (len(key) > 4 and key in o) for o in outlets):
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
    titles = [_without_site_name(t, site_names) for t in declared + ([title] if title else [])]
    sites = {clean_text(n).lower() for n in site_names}
    h1s = [clean_text(h.text_content()) for h in page.tree.iterfind(".//h1")]
    h1s = [h for h in h1s if 3 <= len(h) <= 300 and h.lower() not in sites]
    # Declared titles as written too: the heuristic may cut a real " – 'quote'" ending.
    comparable = [(t, _comparable(t)) for t in dict.fromkeys(declared + titles) if t]
    for h in h1s:
        h_comparable = _comparable(h)
        for t, t_comparable in comparable:
            if _same_headline(h_comparable, t_comparable):
                return strip_site_name(h, site_names)
            if t_comparable in h_comparable:  # the <h1> adds a kicker ("Nationale Demo")
                return t
    # Readers see the <h1> that tells the declared story in other words (titles
    # written for search engines and social media differ from the page's own).
    best = next((t for t in titles if t), "")
    for h in h1s:
        if best and _shares_words(h, best):
            return strip_site_name(h, site_names)
    if declared and titles[0]:
        return titles[0]
    if title:
        stripped = titles[-1]
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
_MORE_NAMES = re.compile(r"\s{0,3}(?:<[^<>]{0,80}>\s{0,3}){0,3}(?:,|;|&amp;|&|and\b|und\b|y\b|et\b)", re.I)


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


# A byline without markup: one of the elements after the headline, starting "By"/"Von"/"Por"/"Par".
_AFTER_HEADLINE = etree.XPath("(//h1)[1]/following::*[position() <= 12]")
_LEAD_IN = re.compile(r"(?:by|von|por|par)\s", re.I)


# Containers of other stories ("related-links", "recommended").
_OTHER_STORIES = re.compile(r"related|recommend", re.I)


def _in_other_stories(el: Any) -> bool:
    for parent in el.iterancestors():
        if _OTHER_STORIES.search(f"{parent.get('class') or ''} {parent.get('id') or ''}"[:300]):
            return True
    return False


def _same_kind(el: Any, other: Any) -> bool:
    """Siblings of one tag and class (one byline element per author)."""
    return el.getparent() is other.getparent() and (el.tag, el.get("class")) == (other.tag, other.get("class"))


def _visible_bylines(page: Page) -> list[list[str]]:
    """Names of each byline element of the page, in document order (at most a few),
    leaving out those in containers of related stories."""
    found: list[list[str]] = []
    first = None
    for el in _BYLINE_ELEMENTS(page.tree)[:12]:
        text = _short_text(el, 200)
        if not text or _in_other_stories(el):
            continue
        names, roles = byline_names(text, strict=True)
        if names and first is None:
            first = el
            found.append(names)
        elif names and _same_kind(el, first):
            found[0] = found[0] + names  # one element per author: "Par <span>A</span> et <span>B</span>"
        elif names:
            found.append(names)
        elif roles and not found:
            return []  # the first byline is a desk or an outlet ("Courier Sport"): nobody is named
    if not found:
        for el in _AFTER_HEADLINE(page.tree):
            text = _short_text(el, 200)
            if text and _LEAD_IN.match(text):
                names, _ = byline_names(text, strict=True)
                if names:
                    return [names]
    return found


def _authors(page: Page, ld: dict[str, Any], outlets: list[str]) -> list[str]:
    """What the page declares (JSON-LD persons, author meta, microdata), completed by the
    visible byline when that names the declared authors and more ("By A, B and C").

    A page that declares only a desk or a role ("HNN Staff") names no person, and
    its visible bylines (often those of other articles) are not searched.
    """
    raw = _person_values(ld.get("author"), page) or _person_values(ld.get("creator"), page)
    if not raw:
        raw = [v for key in ("author", "article:author", "og:article:author", "dc.creator", "byl",
                             "sailthru.author", "parsely-author") for v in page.meta.get(key, [])]
    declared = clean_authors(raw, not_names=outlets)
    if not declared and any(byline_names(v)[1] for v in raw):
        return []
    if not declared:
        visible = _visible_bylines(page)
        if visible:
            return clean_authors(visible[0], not_names=outlets)
        # Last: a JSON-LD reference to a person, often the account that posted the story
        # rather than its reporters, so the byline and author meta come first.
        return clean_authors(_person_values(ld.get("author"), page, resolve=True), not_names=outlets)
    if not _names_more_authors(page.html, declared[-1]):
        return declared
    wanted = {d.lower() for d in declared}
    for names in _visible_bylines(page):
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
_PUBLISHED_TEXT = etree.XPath(
    '//text()[contains(., "Publi") or contains(., "publi") or contains(., "Posted")'
    ' or contains(., "Veröffentlicht") or contains(., "Erschienen")][not(parent::script) and not(parent::style)]/..'
)
_UPDATE_WORDS = re.compile(r"updat|modifi|aktualisiert|actualiza|mis à jour|mise à jour", re.I)
def _day_first(page: Page, ld: dict[str, Any]) -> bool | None:
    """Whether the page writes 05/10/2018 day first: outside US English, it does."""
    lang = (_first_str(ld.get("inLanguage")) or page.tree.get("lang") or page.meta_first("og:locale") or "")
    lang = lang.strip().lower().replace("_", "-")
    if not lang:
        return None
    return not (lang == "en" or lang.startswith(("en-us", "en-ca", "en-ph")))


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


def _visible_published(page: Page, day_first: bool | None) -> str | None:
    for el in page.tree.xpath("//time[@datetime]")[:3]:
        value = parse_date(el.get("datetime"))
        if value:
            return value
    candidates = _DATE_ELEMENTS(page.tree)[:40] + _PUBLISHED_TEXT(page.tree)[:10]
    for el in candidates:
        text = _short_text(el, 160)
        if not text:
            continue
        if _UPDATE_WORDS.search(text) and "publi" not in text.lower():
            continue
        value = parse_date(text, day_first=day_first)
        if value:
            return value
    return None


def _url_date(*urls: str | None) -> str | None:
    for url in urls:
        found = date_in_path(urlsplit(url or "").path)
        if found:
            return found
    return None


def _published(page: Page, ld: dict[str, Any], canonical: str | None) -> str | None:
    """First publication: what the page declares; else what its scripts or visible
    text say, checked against a date in the URL ("/2021/04/07/"), which wins a conflict."""
    day_first = _day_first(page, ld)
    declared = _declared_published(page, ld, day_first)
    if declared:
        return declared
    in_url = _url_date(canonical, page.url)
    found = _script_published(page) or _visible_published(page, day_first)
    if found and in_url and found[:10] != in_url:
        return in_url
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
                return value[:2].lower()
    return None


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

    published = _published(page, ld, _abs(canonical, page.url))
    modified = _date(page, ld, ("dateModified",), _MODIFIED_META)

    description = _first_str(ld.get("description")) or page.meta_first(
        "og:description", "description", "twitter:description"
    )
    return Metadata(
        headline=_headline(page, ld, site_names),
        description=description,
        authors=_authors(page, ld, site_names),
        published=published,
        modified=modified,
        publisher=publisher,
        section=section,
        language=_language(page, ld),
        canonical_url=_abs(canonical, page.url),
        og_type=og_type.lower() if og_type else None,
        declared_article=bool(ld) or (og_type or "").lower() == "article",
    )
