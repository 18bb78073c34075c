"""Does a report belong to a merged event?  A score, and the reasons behind it.

Blocking (cheap, decides which events are compared at all): the event's dates
lie within :data:`DAY_WINDOW` days of the report's date, and the two share a
place word (in the location, or one side's location named in the other's
headline or lead), a target word or an organiser.  Scoring, for the events that pass:

==========================  ==========================================
date                        same day +1.0, one day apart +0.5
place                       +1.5 × overlap of the place words; only
                            named in the other's headline/lead +0.75
target                      +1.0 × overlap of the target words
organisers                  a shared organiser +2.0; both name
                            organisers and none is shared −1.0
kind                        the same kind +0.5, the same family +0.25,
                            two families that exclude each other −2.0
headline and lead terms     +0.4 for each shared term (place and target
                            words left out), at most +2.0
==========================  ==========================================

A report joins the best-scoring event when the score reaches :data:`THRESHOLD`
*and* something beyond date, place and kind agrees (organisers, target or
terms bring at least :data:`MIN_CONTENT`): two different protests in one city
on one day are told apart by who organised them and what they were about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .report import Report
from .text import overlap

DAY_WINDOW = 2
THRESHOLD = 3.0
MIN_CONTENT = 1.0
TERM_WEIGHT, TERM_CAP = 0.4, 2.0

#: kinds that name the same sort of action; ``None`` family: says nothing (any kind is compatible)
KIND_FAMILIES = {
    "protest": None, "demonstration": None, "action": None, "gathering": None, "mobilisation": None,
    "mobilization": None, "counter-protest": None,
    "rally": "street", "march": "street", "parade": "street", "procession": "street",
    "vigil": "vigil", "memorial": "vigil",
    "strike": "strike", "walkout": "strike", "general strike": "strike", "work stoppage": "strike",
    "lockout": "strike",
    "hunger strike": "hunger strike",
    "blockade": "occupation", "sit-in": "occupation", "occupation": "occupation", "encampment": "occupation",
    "boycott": "boycott", "petition": "petition", "riot": "riot",
}
#: families that may well describe one event (a vigil that turns into a march, a strike with a rally)
COMPATIBLE_FAMILIES = {
    frozenset({"street", "vigil"}), frozenset({"street", "strike"}), frozenset({"street", "occupation"}),
    frozenset({"strike", "occupation"}), frozenset({"street", "riot"}), frozenset({"occupation", "riot"}),
}


@dataclass
class Features:
    """What a merged event is compared on: the union of its reports' words and keys."""

    first: date | None
    last: date | None
    kinds: set[str] = field(default_factory=set)
    place_terms: set[str] = field(default_factory=set)
    target_terms: set[str] = field(default_factory=set)
    organiser_keys: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)

    @classmethod
    def of_reports(cls, reports: list[Report]) -> Features:
        # the events' own dates; publication dates only while no report gives one
        days = [r.date for r in reports if r.date and r.date_basis == "event"]
        days = days or [r.date for r in reports if r.date]
        return cls(
            first=min(days) if days else None,
            last=max(days) if days else None,
            kinds={r.kind for r in reports if r.kind},
            place_terms=set().union(*(r.place_terms for r in reports)),
            target_terms=set().union(*(r.target_terms for r in reports)),
            organiser_keys=set().union(*(r.organiser_keys for r in reports)),
            terms=set().union(*(r.terms for r in reports)),
        )


@dataclass
class Match:
    score: float
    reasons: list[str]
    joined: bool

    def to_dict(self) -> dict:
        return {"score": round(self.score, 3), "reasons": list(self.reasons)}


def day_distance(day: date | None, event: Features) -> int | None:
    if day is None or event.first is None or event.last is None:
        return None
    if event.first <= day <= event.last:
        return 0
    return min(abs((day - event.first).days), abs((day - event.last).days))


def in_block(report: Report, event: Features) -> bool:
    """Blocking: near in time, and one place word, target word or organiser in common."""
    distance = day_distance(report.date, event)
    if distance is None or distance > DAY_WINDOW:
        return False
    place = report.place_set
    return bool(
        not place.isdisjoint(event.place_terms)
        or not place.isdisjoint(event.terms)
        or not report.term_set.isdisjoint(event.place_terms)
        or not report.target_set.isdisjoint(event.target_terms)
        or not report.organiser_set.isdisjoint(event.organiser_keys)
    )


def family(kind: str | None) -> str | None:
    if not kind:
        return None
    return KIND_FAMILIES.get(kind, kind)


def kind_agreement(kind: str | None, kinds: set[str]) -> tuple[float, str | None]:
    if not kind or not kinds:
        return 0.0, None
    if kind in kinds:
        return (0.5, f"same kind: {kind}") if family(kind) else (0.0, None)
    mine = family(kind)
    theirs = {family(k) for k in kinds} - {None}
    if mine is None or not theirs:
        return 0.0, None
    if mine in theirs:
        return 0.25, f"kinds of one family: {kind} ~ {', '.join(sorted(kinds))}"
    if any(frozenset({mine, t}) in COMPATIBLE_FAMILIES for t in theirs):
        return 0.0, None
    return -2.0, f"kinds differ: {kind} vs {', '.join(sorted(kinds))}"


def compare(report: Report, event: Features) -> Match:
    """Score ``report`` against a merged event's features (call :func:`in_block` first)."""
    reasons: list[str] = []
    score = content = 0.0
    distance = day_distance(report.date, event)
    if distance is not None and distance <= 1:
        score += 1.0 if distance == 0 else 0.5
    if distance is not None:
        basis = "event date" if report.date_basis == "event" else "publication date (no event date)"
        reasons.append(f"{distance} day(s) apart by {basis}")
    place = overlap(set(report.place_terms), event.place_terms)
    if place:
        score += 1.5 * place
        reasons.append(f"place: {', '.join(sorted(set(report.place_terms) & event.place_terms))}")
    else:  # the place one side gives is named in the other's headline or lead
        named = (set(report.place_terms) & event.terms) | (event.place_terms & set(report.terms))
        if named:
            score += 0.75
            reasons.append(f"place named in the other's headline/lead: {', '.join(sorted(named))}")
    target = overlap(set(report.target_terms), event.target_terms)
    if target:
        score += 1.0 * target
        content += 1.0 * target
        reasons.append(f"target: {', '.join(sorted(set(report.target_terms) & event.target_terms))}")
    shared_orgs = set(report.organiser_keys) & event.organiser_keys
    if shared_orgs:
        score += 2.0
        content += 2.0
        reasons.append(f"organiser: {', '.join(sorted(shared_orgs))}")
    elif report.organiser_keys and event.organiser_keys:
        score -= 1.0
        reasons.append("organisers named on both sides, none shared")
    points, why = kind_agreement(report.kind, event.kinds)
    score += points
    if why:
        reasons.append(why)
    # place and target words have had their say above
    shared_terms = (set(report.terms) & event.terms) - event.place_terms - event.target_terms
    if shared_terms:
        points = min(TERM_CAP, TERM_WEIGHT * len(shared_terms))
        score += points
        content += points
        reasons.append(f"headline/lead terms: {', '.join(sorted(shared_terms)[:8])}")
    joined = score >= THRESHOLD and content >= MIN_CONTENT
    return Match(score, reasons, joined)
