"""Which events to show, learned: each event the rules find is described by features the linear model of
`scripts/train_event_keep.py` weighs, and one it scores below zero is left out as more likely wrong than right.

The rules find an event for each dated clause; some of those are no occurrence a reader would put on a map (a
background state, a figure, a quoted plan), and some are put at the wrong place or date. Where the model, trained on
the gold of the events sets, gives an event less chance of being right than the right-event F1 gains by leaving it
out, it is left out. A trip's stops are always kept: the route needs each of them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..language.gazetteer import assets_dir
from ..language.ranker import Ranker, read_ranker

if TYPE_CHECKING:
    from ..models import Event, Sentence
    from .occurrences import Setting

MODEL_FILE = "event_keep.json"

# words whose presence in the sentence the model weighs (it learns how much each says; these only name them)
_SAYING = re.compile(r"\b(?:said|says|told|tells|according to|announced)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|would|shall|plans? to|expected to|due to)\b", re.IGNORECASE)
_BE = re.compile(r"\b(?:is|are|was|were|has been|have been|had been)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|no|never|n't)\b", re.IGNORECASE)
_FIGURES = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent|million|billion)|[$€£]\s*\d", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "these", "those"))


def personal(text: str) -> float:
    """How much a text speaks in the first person, from 0 to 1 (one word in twenty or more): a diary's or a blog's
    dated sentences are told differently from a report's.

    >>> personal("We left Lima at dawn and I slept."), personal("The minister left Lima.")
    (1.0, 0.0)
    """
    words = len(text.split())
    return min(1.0, 20 * len(_FIRST_PERSON.findall(text)) / words) if words else 0.0


@dataclass(frozen=True)
class Around:
    """What an event's document holds around it, counted once per document."""

    per_sentence: Counter  # events by their sentence's start
    per_day: Counter  # events by their first and last day
    events: int
    voice: float  # the text's `personal` share
    said: dict[Sentence, dict[str, float]] = field(default_factory=dict)  # `_said` of each sentence


def around(events: list[Event], text: str) -> Around:
    """The counts `features` reads for each event of one document."""
    # (what a sentence says is read once however many events it holds: one long line of dates stays linear)
    said: dict[Sentence, dict[str, float]] = {}
    for e in events:
        if e.sentence not in said:
            said[e.sentence] = _said(e.sentence.text)
    return Around(Counter(e.sentence.start for e in events), Counter(_days(e) for e in events if e.time is not None),
                  len(events), personal(text), said)


def _said(sentence: str) -> dict[str, float]:
    """How a sentence tells what it tells: quoting, reporting, asking, looking ahead, denying, with figures."""
    return {"quoted": float('"' in sentence or "\u201c" in sentence), "saying": float(bool(_SAYING.search(sentence))),
            "asking": float(sentence.rstrip().endswith("?")), "ahead": float(bool(_AHEAD.search(sentence))),
            "negated": float(bool(_NOT.search(sentence))), "figures": float(bool(_FIGURES.search(sentence)))}


def _days(e: Event) -> tuple:
    return (e.time.start_date, e.time.end_date) if e.time is not None else ()


# the words a place's or a date's name may follow that say how it hangs from the sentence (any other: "other")
_LINKS = frozenset(("in", "at", "on", "near", "to", "into", "from", "of", "for", "by", "since", "until", "after",
                    "before", "during", "between", "outside", "across"))


def _word_before(text: str, at: int) -> str:
    """The word just before `at` if it is one of `_LINKS`, else "other"."""
    w = text[max(0, at - 12): at].split()[-1:]
    word = w[0].lower() if w else ""
    return word if word in _LINKS else "other"


def features(e: Event, text: str, setting: Setting, doc: Around) -> dict[str, float]:
    """The named features of one event (absent features are 0); `doc` counts what its document holds."""
    s, t = e.sentence, e.time
    f = {"bias": 1.0, "type_" + e.event_type: 1.0}
    if t is None or t.start_date is None:
        f["undated"] = 1.0
    else:
        f["precision_" + (t.precision or "none")] = 1.0
        f["date_in_sentence"] = float(s.start <= t.start < s.end)
        f["date_opens"] = float(0 <= t.start - s.start < 3)
        if s.start <= t.start < s.end:
            f["date_after_" + _word_before(text, t.start)] = 1.0
        if setting.reference is not None:
            f["years_from_reference"] = min(abs(t.start_date.year - setting.reference.year), 50) / 10
            f["after_reference"] = float(t.start_date > setting.reference)
    if t is not None and t.mod:
        f["mod_" + t.mod] = 1.0
    f["inferred"] = float(e.inferred)
    if e.primary is not None:
        p = e.places[e.primary]
        f["placed"] = 1.0
        f["place_kind_" + p.place.kind] = 1.0
        f["place_confidence"] = p.confidence
        f["place_in_sentence"] = float(s.start <= p.start < s.end)
        f["place_after_" + _word_before(text, p.start)] = 1.0
        for name, q in (("at_dateline", setting.dateline), ("at_about", setting.about), ("at_focus", setting.focus)):
            if q is not None and q.place.name == p.place.name and q.place.country_code == p.place.country_code:
                f[name] = 1.0
    f["places"] = min(len(e.places), 6) / 6
    f["news"] = float(setting.reference is not None)
    f["chronicle"] = float(setting.chronicle)
    f["dateline"] = float(setting.dateline is not None)
    f["about"] = float(setting.about is not None)
    f["in_sentence"] = min(doc.per_sentence[s.start], 5) / 5
    f["in_document"] = math.log1p(doc.events) / 5
    if t is not None:
        f["same_days"] = min(doc.per_day[_days(e)] - 1, 4) / 4  # told again, or another of that day
    f["position"] = s.start / max(1, len(text))
    f["opens_line"] = float(s.start == 0 or text[s.start - 1] == "\n")
    f["sentence_length"] = math.log1p(len(s.text)) / 5
    words = e.title.split()
    f["title_words"] = min(len(words), 20) / 10
    f["title_pronoun"] = float(bool(words) and words[0].lower() in _PRONOUNS)
    f["title_lower"] = float(e.title[:1].islower())
    f.update(doc.said.get(s) or _said(s.text))
    f["be"] = float(bool(_BE.search(e.title)))
    f["sentence_index"] = math.log1p(s.start) / 10
    if doc.voice:
        f.update({"personal*" + k: v * doc.voice for k, v in f.items()})
    return f


@lru_cache(maxsize=1)
def default_model() -> Ranker:
    """The keep model of this installation (`scripts/train_event_keep.py` writes it), read on first use."""
    return read_ranker(assets_dir() / MODEL_FILE)


def scores(events: list[Event], text: str, setting: Setting, model: Ranker | None = None) -> list[float]:
    """The model's score of each event (its bias holds the threshold: below zero, the event is left out)."""
    model = model if model is not None else default_model()
    doc = around(events, text)
    return [model.weigh(features(e, text, setting, doc)) for e in events]


def kept(events: list[Event], text: str, setting: Setting, model: Ranker | None = None) -> list[Event]:
    """The events the model scores at zero or above, and every trip's stops, in their order."""
    if not events:
        return events
    return [e for e, score in zip(events, scores(events, text, setting, model)) if e.itinerary_id or score >= 0]
