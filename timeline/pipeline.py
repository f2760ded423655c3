"""The whole flow for one document and for many: text in, mentions, events and the events table out."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Iterable, Iterator

import pandas as pd

from .annotate import annotate_record  # re-exported: scripts call pipeline.annotate_record
from .errors import TimelineError
from .events import assembly as events_mod
from .events.merge import merge_sources
from .events.occurrences import Setting
from .language import syntax
from .language.places import find_places
from .language.temporal import find_dates, parse_date
from .models import Document, Event, Itinerary, PlaceMention, Sentence, Settings, TimeMention
from .reading import layout
from .reading.documents import dateline_span, make_document, sentences
from .table.frame import empty, to_frame


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one document."""

    document: Document
    times: tuple[TimeMention, ...]
    places: tuple[PlaceMention, ...]
    events: tuple[Event, ...]
    itineraries: tuple[Itinerary, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed, and why, in one line."""

    source: str
    message: str


@dataclass(frozen=True, slots=True)
class Batch:
    """The events table of many documents, plus the ones that failed."""

    table: pd.DataFrame
    extractions: tuple[Extraction, ...] = ()
    failures: tuple[Failure, ...] = field(default_factory=tuple)


Progress = Callable[[float, str], None]


def _quiet(done: float, what: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class _Read:
    """A document's dates, places and sentences, and what it says around them: all that its events are built from."""

    document: Document
    times: list[TimeMention]
    places: list[PlaceMention]
    sentences: list[Sentence]
    setting: Setting
    headings: tuple[TimeMention, ...]
    parts: tuple[_Read, ...] = ()  # a roundup's dispatches, each read on its own (`layout.roundup`)
    all_events: bool = False  # keep the events the keep model doubts (`Settings.all_events`)


def _outside(places: list[PlaceMention], times: list[TimeMention]) -> list[PlaceMention]:
    """The places that are no part of a date: "Mon" of "Mon Feb 25" is Monday, not Myanmar's Mon State."""
    spans = sorted((t.start, t.end) for t in times)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of the dates starting at or before
    out = []
    for p in places:
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 0 or reach[k] < p.end:
            out.append(p)
    return out


def process(doc: Document, settings: Settings = Settings(), progress: Progress | None = None) -> Extraction:
    """Dates, places, events and itineraries of one document; `progress(share done, what next)` is told
    each step (a dashboard's progress bar on a long article)."""
    progress = progress or _quiet
    found = _read(doc, settings, progress)
    progress(0.5, "reading sentences and their events")
    x = _built(found)
    progress(1.0, "done")
    return x


def _read(doc: Document, settings: Settings, progress: Progress = _quiet) -> _Read:
    marks = layout.roundup(doc.text) if doc.reference is not None and settings.mode != "narrative" else []
    if not marks or len(marks) > _MAX_DISPATCHES or len(doc.text) > _MAX_ROUNDUP:
        return _read_one(doc, settings, progress)  # (each dispatch reads the whole length of the text: kept few and short)
    # a roundup of dispatches ("LONDON, January 18. ... PARIS, January 18. ..."): each is read alone, on a copy of the
    # text with the others blanked (offsets stay the document's), against its own dateline's date and place
    ends = [a for a, _, _ in marks[1:]] + [len(doc.text)]
    parts = []
    for k, ((a, b, name_end), end) in enumerate(zip(marks, ends)):
        filed = next((t.start_date for t in find_dates(doc.text[a:b], doc.reference)
                      if t.start_date and t.precision == "day"), None)
        alone = replace(doc, text=_only(doc.text, 0 if k == 0 else a, end), reference=filed or doc.reference)
        parts.append(_read_one(alone, settings, progress, dispatch=(a, b, name_end)))
    return _Read(doc, [t for r in parts for t in r.times], [p for r in parts for p in r.places],
                 [s for r in parts for s in r.sentences], parts[0].setting, (), tuple(parts), settings.all_events)


_MAX_DISPATCHES = 40  # a page of cables; more datelines than this are read as one story
_MAX_ROUNDUP = 200_000  # characters


def _only(text: str, start: int, end: int) -> str:
    """`text` with all but start..end blanked (line ends kept), so that offsets stay the same."""
    return _blank(text[:start]) + text[start:end] + _blank(text[end:])


def _blank(part: str) -> str:
    return "".join(c if c == "\n" else " " for c in part)


def _read_one(doc: Document, settings: Settings, progress: Progress = _quiet,
              dispatch: tuple[int, int, int] | None = None) -> _Read:
    """What `_read` finds; for a roundup's dispatch, its dateline is at `dispatch` (start, end, end of its place)."""
    progress(0.0, "finding dates")
    # without a reference date, relative dates can only be read against the story's own dates ("in December 1698 ...
    # the attack on December 13"): news mode has nothing to anchor them to
    mode = "narrative" if doc.reference is None and settings.mode == "news" else settings.mode
    times = find_dates(doc.text, doc.reference, mode)
    page = layout.lines(doc.text, times)
    times = layout.calendar_days(doc.text, layout.on_this_day(doc.text, times, page.headings))
    times = layout.month_day_lines(doc.text, times, doc.reference)
    span = dateline_span(doc) if dispatch is None else dispatch[:2]
    header = {(t.start, t.end) for t in page.header} | {span}
    times = [replace(t, function="CREATION_TIME") if (t.start, t.end) in header
             or (dispatch is not None and dispatch[0] <= t.start < dispatch[1]) else t for t in times]
    progress(0.25, "finding places")
    places = _outside(find_places(doc.text), times)
    # the story starts after its dateline: "KABUL (Reuters) — ", or a place and date opening it ("Brussels 13.11.2024 ")
    opening = span[1] if span and (span[0] < 40 or span[0] == layout.first_body_line(doc.text) or dispatch) else 0
    story = max(layout.dateline_end(doc.text) if dispatch is None else 0, opening)
    sents = [Sentence(story, s.end, doc.text[story:s.end]) if s.start < story < s.end else s for s in sentences(doc.text)]
    if dispatch is not None:
        dateline = next((p for p in places if dispatch[0] <= p.start and p.end <= dispatch[2] and p.literal), None)
    else:
        dateline = layout.dateline(doc.text, places) or next((p for p in places if p.end <= opening and p.literal), None)
    chronicle = layout.chronicle(doc.text, times)
    news = doc.reference is not None and not layout.history(times, doc.reference)
    focus = layout.focus(doc.text, places, _lead(sents)) if news else None
    setting = Setting(
        dateline=dateline,
        about=layout.about(places, doc.text) if not news or page.headings else None,
        focus=focus,
        land=layout.land(places) if news else None,
        dateline_end=story,
        reference=doc.reference if settings.mode != "narrative" and news else None,
        chronicle=chronicle,
        town=layout.chronicle_town(doc.text, focus, places, times, doc.reference) if chronicle else None,
        site=layout.site(doc.text, places, dateline, _lead(sents)) if news else None,
    )
    return _Read(doc, times, places, sents, setting, page.headings, all_events=settings.all_events)


def _built(r: _Read) -> Extraction:
    doc = r.document
    if not r.parts:
        evs, its = events_mod.build(doc.doc_id, doc.text, r.sentences, r.times, r.places, r.setting, r.headings,
                                    keep_all=r.all_events)
        return Extraction(doc, tuple(r.times), tuple(r.places), tuple(evs), tuple(its))
    evs, its = [], []
    for k, part in enumerate(r.parts):
        e, i = events_mod.build(doc.doc_id, part.document.text, part.sentences, part.times, part.places, part.setting,
                                part.headings, keep_all=r.all_events)
        if k:  # each dispatch numbers its trips from one: keep their ids apart
            own = {it.itinerary_id: f"{doc.doc_id}#{k + 1}.{it.itinerary_id.rsplit('#', 1)[-1]}" for it in i}
            i = [replace(it, itinerary_id=own[it.itinerary_id]) for it in i]
            e = [replace(ev, itinerary_id=own[ev.itinerary_id]) if ev.itinerary_id in own else ev for ev in e]
        evs += e
        its += i
    return Extraction(doc, tuple(r.times), tuple(r.places), tuple(evs), tuple(its))


# How many sentences the model is given at once from several short documents: it reads a batch of sentences several
# times faster than one document's one or two sentences at a time. Below the model's cache of recent sentences, so
# that none is forgotten before its document asks for it.
_GROUP_SENTENCES = syntax.KEEP // 2
_GROUP_CHARS = 2_000_000  # and the texts a group holds at once: documents with no date add no sentence, yet take memory


def process_each(docs: Iterable[Document | TimelineError], settings: Settings = Settings()) -> Iterator[Extraction | TimelineError]:
    """`process` of each document, in order; a document that fails (or an error given in its place, as for a file
    that could not be read) gives its error in its place, and the rest go on.

    The documents are read in groups, and the sentences of a group that the events will ask the sentence model for
    are read in one go first.
    """
    group: list[_Read | TimelineError] = []
    wanted: list[Sentence] = []
    held = 0  # characters of the group's texts
    for doc in docs:
        try:
            if isinstance(doc, TimelineError):
                raise doc
            found = _read(doc, settings)
        except TimelineError as exc:
            group.append(exc)
            continue
        likely = events_mod.likely_asked(doc.text, found.sentences, found.times, found.setting.reference is not None)
        asked = syntax.within(likely, syntax.PARSE_BUDGET)
        if group and (len(wanted) + len(asked) > _GROUP_SENTENCES or held + len(doc.text) > _GROUP_CHARS):
            yield from _built_all(group, wanted)
            group, wanted, held = [], [], 0
        group.append(found)
        wanted.extend(asked)
        held += len(doc.text)
    yield from _built_all(group, wanted)


def _built_all(group: list[_Read | TimelineError], wanted: list[Sentence]) -> Iterator[Extraction | TimelineError]:
    """The extractions of a group of documents read alike, after the model has read the sentences they will ask for."""
    if len(wanted) <= _GROUP_SENTENCES:  # a long document alone is read by its own `build`, within its budget
        syntax.parse(wanted)
    for found in group:
        if isinstance(found, TimelineError):
            yield found
            continue
        try:
            yield _built(found)
        except TimelineError as exc:
            yield exc


def _lead(sents: list[Sentence]) -> tuple[int, int]:
    """The span of a story's first sentence of prose (header lines are shorter)."""
    s = next((s for s in sents if len(s.text.split()) >= 6), None)
    return (s.start, s.end) if s else (0, 0)


def extract_documents(docs: Iterable[Document], settings: Settings = Settings()) -> Batch:
    """The events table of `docs`; a document that fails is reported and the rest go through."""
    done: list[Extraction] = []
    failures: list[Failure] = []
    docs = list(docs)
    for doc, x in zip(docs, process_each(docs, settings)):
        if isinstance(x, TimelineError):
            failures.append(Failure(doc.source or doc.doc_id, str(x)))
        else:
            done.append(x)
    table = to_frame(merge_sources([e for x in done for e in x.events])) if done else empty()
    return Batch(table, tuple(done), tuple(failures))


def extract(text: str, doc_id: str = "doc", reference: date | None = None, mode: str = "news",
            all_events: bool = False) -> pd.DataFrame:
    """The events table of one text (`all_events`: keep the events the keep model doubts too).

    >>> extract("Brussels 13.11.2024 Talks in Brussels today.").loc[0, ["place", "start"]].tolist()
    ['Brussels', '2024-11-13']
    """
    settings = Settings(reference=reference, mode=mode, all_events=all_events)
    return extract_documents([make_document(text, doc_id, settings)], settings).table


__all__ = ["Batch", "Extraction", "Failure", "annotate_record", "extract", "extract_documents", "process"]


def itinerary_record(record: dict, settings: Settings = Settings()) -> dict:
    """The stops of the trip a `{"doc_id", "text", "dct", "traveller"?}` record describes.

    With several travellers, the one whose surname `traveller` names, else the longest trip.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise TimelineError(f"record {record.get('doc_id', '?')}: 'text' must be a string")
    dct = parse_date(str(record["dct"])[:10]) if record.get("dct") else None
    doc_id = str(record.get("doc_id", ""))
    its = process(make_document(text, doc_id, settings, dct=dct), settings).itineraries
    who = str(record.get("traveller") or "").split()[-1:]  # a full name ("Sir Peter Cosgrove") names its surname
    chosen = max(its, key=lambda it: (bool(who) and it.traveller.split()[-1:] == who, len(it.stops)), default=None)
    stops = chosen.stops if chosen else ()
    return {
        "doc_id": doc_id,
        "traveller": chosen.traveller if chosen else "",
        "stops": [
            {
                "order": s.order, "text": s.place.text, "name": s.place.place.name, "country_code": s.place.place.country_code,
                "start": t.start_date.isoformat() if t and t.start_date else None,
                "end": t.end_date.isoformat() if t and t.end_date else None,
            }
            for s, t in ((s, s.lasts or s.time) for s in stops)
        ],
    }
