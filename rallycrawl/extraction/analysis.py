"""The protest analysis of one article: relevance, quotes, organisations,
demands and the event, in the order each step needs the others.

1. :func:`~.relevance.score_protest` decides ``is_protest`` cheaply, first;
2. :func:`~.quotes.extract_quotes` finds quotations, their speakers, and the
   chants and sign texts (slogans);
3. :func:`~.organisations.extract_organisations` names the organisations and
   their roles (speakers' organisations included);
4. each quote's ``organisation`` is mapped to the name used in ``organisations``;
5. for protest articles only, :func:`~.event.extract_event` and
   :func:`~.demands.extract_demands`.

One :class:`~.document.Document` (sentences, tokens, per-word facts) is made per
article and handed as ``document=`` to every step whose signature accepts it.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable

from ..record import Demand, Event, Organisation, Quote
from .attribution import complete_head_word_speakers
from .demands import extract_demands
from .document import Document
from .event import extract_event, find_cause, issue_of, named_employer, other_organisation, protest_about, workplace_firm
from .organisation_speakers import organisation_pronoun_speakers, organisation_subject_speakers
from .organisations import extract_organisations
from .quotes import extract_quotes
from .relevance import score_protest


@dataclass(slots=True)
class ProtestAnalysis:
    is_protest: bool = False
    protest_score: float = 0.0
    organisations: list[Organisation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    event: Event | None = None
    #: why the analysis failed (it is then empty), or ``None``
    error: str | None = None
    #: the analysis read only the first part of a very long text
    truncated: bool = False


_TAKES_DOCUMENT: dict[Any, bool] = {}


def _takes_document(step: Callable[..., Any]) -> bool:
    """Does ``step`` accept a ``document=`` keyword?  (Asked once per function.)"""
    known = _TAKES_DOCUMENT.get(step)
    if known is None:
        try:
            known = "document" in inspect.signature(step).parameters
        except (TypeError, ValueError):
            known = False
        _TAKES_DOCUMENT[step] = known
    return known


def _with_document(step: Callable[..., Any], document: Document, kwargs: dict[str, Any]) -> dict[str, Any]:
    if _takes_document(step):
        kwargs["document"] = document
    return kwargs


def _organisation_names(organisations: list[Organisation]) -> dict[str, str]:
    names: dict[str, str] = {}
    for org in organisations:
        for alias in (org.name, org.acronym):
            if alias:
                key = alias.lower().removeprefix("the ").strip()
                names.setdefault(key, org.name)
    return names


def link_quote_organisations(quotes: list[Quote], organisations: list[Organisation]) -> None:
    """Make each quote's ``organisation`` the name ``organisations`` uses for it."""
    names = _organisation_names(organisations)
    for quote in quotes:
        if quote.organisation:
            key = quote.organisation.lower().removeprefix("the ").strip()
            quote.organisation = names.get(key, quote.organisation)


def _event_target(demands: list[Demand], organisations: list[Organisation]) -> str | None:
    """Who the protest addresses when the lead does not say: a name the demands
    address, else an organisation in the target role, else whoever the demands address."""
    asked = [d.target for d in demands if d.target]
    named = [t for t in asked if any(w[:1].isupper() for w in t.split())]
    targeted = [o.name for o in organisations if o.role == "target"]
    return next(iter(named + targeted + asked), None)


def analyse_article(
    headline: str,
    paragraphs: list[str],
    *,
    published: str | None = None,
    language: str | None = None,
    publisher: str | None = None,
    document: Document | None = None,
) -> ProtestAnalysis:
    """Run every protest-analysis step over an article's body paragraphs.

    ``document`` is the article's :class:`~.document.Document` when the caller
    has one already; else one is made here.
    """
    if document is None:
        document = Document(paragraphs, headline=headline, language=language)
    is_protest, score = score_protest(
        headline, paragraphs, language, **_with_document(score_protest, document, {"published": published})
    )
    found = extract_quotes(paragraphs, **_with_document(extract_quotes, document, {"language": language}))
    organisations = extract_organisations(
        paragraphs,
        **_with_document(extract_organisations, document, {
            "headline": headline,
            "quotes": found.quotes,
            "is_protest": is_protest,
            "protest_score": score,
            "language": language,
            "publisher": publisher,
        }),
    )
    names = [o.name for o in organisations]
    complete_head_word_speakers(found.quotes, names, paragraphs)
    organisation_subject_speakers(found.quotes, names, paragraphs, language)
    organisation_pronoun_speakers(found.quotes, names, paragraphs, language)
    link_quote_organisations(found.quotes, organisations)
    event = None
    demands: list[Demand] = []
    if is_protest:
        event = extract_event(
            headline,
            paragraphs,
            **_with_document(extract_event, document, {
                "published": published, "slogans": found.slogans, "language": language,
            }),
        )
        demands = extract_demands(
            paragraphs,
            **_with_document(extract_demands, document, {
                "quotes": found.quotes,
                "slogans": found.slogans,
                "organisations": organisations,
                "language": language,
                "headline": headline,
            }),
        )
        if event is not None and event.target is None:
            event.target = (
                _event_target(demands, organisations)
                or protest_about(headline, paragraphs, language)
                or find_cause(headline, paragraphs, language, **_with_document(find_cause, document, {}))
                or issue_of(demands, language)
                or other_organisation(organisations)
            )
        if event is not None:
            event.target = named_employer(event.target, organisations, language) or event.target
            event.target = workplace_firm(event.target, headline, language, paragraphs[0] if paragraphs else "") or event.target
    return ProtestAnalysis(
        is_protest=is_protest,
        protest_score=score,
        organisations=organisations,
        quotes=found.quotes,
        demands=demands,
        event=event,
    )
