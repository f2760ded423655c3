"""Several articles, one event: the same kind of event, at the same place, at overlapping times.

Each document's events are built on their own; across documents, events of one kind (a summit, a
meeting, a stop of the same traveller ...) at the same primary place whose dates overlap are one
event reported several times. They share the event_id of the earliest report and a source count;
every report keeps its own row, document and offsets, so no provenance is lost. Reports whose
dates overlap without one containing the other (April 2-4 against April 3-5) are flagged as a date
conflict rather than reconciled.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from ..models import Event

# Kinds too vague to say that two reports are of one event.
_UNMERGED = {"other", "statement"}
_FINE = {"day", "week", "month", "hour", "minute"}
_WORD = re.compile(r"[a-z][a-z-]{3,}")
_STOP = {"will", "with", "from", "that", "this", "their", "were", "have", "been", "after", "before", "during", "into"}


def _span(e: Event) -> tuple:
    return e.time.start_date, e.time.end_date or e.time.start_date


def _words(e: Event) -> set[str]:
    return set(_WORD.findall(e.title.lower())) - _STOP


def _key(e: Event) -> tuple | None:
    if e.time is None or e.time.start_date is None or e.primary is None or e.event_type in _UNMERGED:
        return None
    p = e.places[e.primary].place
    who = e.traveller.split()[-1] if e.traveller else ""
    return e.event_type, p.geonameid or (p.name, p.country_code), who


def _same(a: Event, b: Event) -> bool:
    (s1, e1), (s2, e2) = _span(a), _span(b)
    if a.doc_id == b.doc_id or e1 < s2 or e2 < s1:
        return False
    if a.time.precision in _FINE and b.time.precision in _FINE:
        return True
    # A year against a day says little by itself: the titles must say the same thing too.
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.3


def _conflict(a: Event, b: Event) -> bool:
    (s1, e1), (s2, e2) = _span(a), _span(b)
    nested = (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)
    return a.doc_id != b.doc_id and not nested


def merge_sources(events: list[Event]) -> list[Event]:
    """`events` of many documents with the reports of one event joined under one id.

    >>> from timeline.pipeline import extract_documents
    >>> from timeline.reading.documents import make_document
    >>> a = make_document("Leaders met at a summit in Brussels on June 14, 2021.", "a")
    >>> b = make_document("The Brussels summit of June 14, 2021 ended.", "b")
    >>> extract_documents([a, b]).table["source_count"].tolist()
    [2, 2]
    """
    groups: dict[tuple, list[int]] = {}
    for i, e in enumerate(events):
        k = _key(e)
        if k is not None:
            groups.setdefault(k, []).append(i)
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in groups.values():
        if len({events[i].doc_id for i in members}) < 2:
            continue  # reports are joined across documents only
        # a sweep along time: each report is compared with the reports whose span is still open
        members.sort(key=lambda i: _span(events[i]))
        open_: list[int] = []
        for i in members:
            start = _span(events[i])[0]
            open_ = [j for j in open_ if _span(events[j])[1] >= start]
            for j in open_:
                if _same(events[i], events[j]):
                    parent[find(i)] = find(j)
            open_.append(i)
    clusters: dict[int, list[int]] = {}
    for i in range(len(events)):
        clusters.setdefault(find(i), []).append(i)
    out = list(events)
    for members in clusters.values():
        docs = {events[i].doc_id for i in members}
        if len(docs) < 2:
            continue
        first = min((events[i] for i in members), key=lambda e: (e.doc_id, e.sentence.start, e.event_id))
        conflict = any(_conflict(events[i], events[j]) for i, j in combinations(members, 2))
        for i in members:
            out[i] = replace(events[i], event_id=first.event_id, source_count=len(docs), date_conflict=conflict)
    return out
