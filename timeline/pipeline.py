"""The whole flow for one document and for many: text in, mentions, events and the events table out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

import pandas as pd

from . import events as events_mod
from .documents import dateline_span, make_document, sentences
from .errors import TimelineError
from .frame import empty, to_frame
from .models import Document, Event, Itinerary, PlaceMention, Settings, TimeMention
from .places import find_places, resolve_spans
from .temporal import find_dates, parse_date


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


def process(doc: Document, settings: Settings = Settings()) -> Extraction:
    """Dates, places, events and itineraries of one document."""
    times = find_dates(doc.text, doc.reference, settings.mode)
    span = dateline_span(doc)
    if span:
        times = [replace(t, function="CREATION_TIME") if (t.start, t.end) == span else t for t in times]
    places = find_places(doc.text)
    sents = sentences(doc.text)
    evs, its = events_mod.build(doc.doc_id, doc.text, sents, times, places)
    return Extraction(doc, tuple(times), tuple(places), tuple(evs), tuple(its))


def extract_documents(docs: Iterable[Document], settings: Settings = Settings()) -> Batch:
    """The events table of `docs`; a document that fails is reported and the rest go through."""
    done: list[Extraction] = []
    failures: list[Failure] = []
    for doc in docs:
        try:
            done.append(process(doc, settings))
        except TimelineError as exc:
            failures.append(Failure(doc.source or doc.doc_id, str(exc)))
    table = to_frame(e for x in done for e in x.events) if done else empty()
    return Batch(table, tuple(done), tuple(failures))


def extract(text: str, doc_id: str = "doc", reference: date | None = None, mode: str = "news") -> pd.DataFrame:
    """The events table of one text.

    >>> extract("Brussels 13.11.2024 Talks in Brussels today.").loc[0, ["place", "start"]].tolist()
    ['Brussels', '2024-11-13']
    """
    settings = Settings(reference=reference, mode=mode)
    return extract_documents([make_document(text, doc_id, settings)], settings).table


def _toponym(p: PlaceMention) -> dict:
    return {
        "start": p.start, "end": p.end, "text": p.text, "lat": p.place.lat, "lon": p.place.lon,
        "geonameid": p.place.geonameid, "country_code": p.place.country_code or None,
        "name": p.place.name, "kind": p.place.kind, "literal": p.literal, "confidence": p.confidence,
    }


def annotate_record(record: dict, settings: Settings = Settings(), demonyms_as_toponyms: bool = False) -> dict:
    """TIMEX3, toponym and demonym annotations of one `{"doc_id", "text", "dct"}` record.

    Demonyms ("Russian", "North Koreans") go under "demonyms", or also under "toponyms"
    when `demonyms_as_toponyms` is set (for gold data that counts them as places).
    """
    doc_id = str(record.get("doc_id", ""))
    text = record.get("text")
    if not isinstance(text, str):
        raise TimelineError(f"record {doc_id or '?'}: 'text' must be a string")
    dct = record.get("dct")
    reference = parse_date(dct[:10]) if isinstance(dct, str) and dct else None
    if isinstance(dct, str) and dct and reference is None:
        raise TimelineError(f"record {doc_id}: dct {dct!r} is not an ISO date (YYYY-MM-DD)")
    doc = make_document(text, doc_id, settings, dct=reference) if text.strip() else Document(doc_id, text, reference)
    times = find_dates(doc.text, doc.reference, settings.mode) if text.strip() else []
    places = find_places(doc.text) if text.strip() else []
    return {
        "doc_id": doc_id,
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            | ({"end_value": t.end_value} if t.end_value else {})
            | ({"mod": t.mod} if t.mod else {})
            for t in times
        ],
        "toponyms": [_toponym(p) for p in places if p.literal or demonyms_as_toponyms],
        "demonyms": [_toponym(p) for p in places if not p.literal],
    }


def resolve_record(record: dict, key: str = "toponyms") -> dict:
    """Toponyms for the spans a record already marks under `key`: resolution only, no recognition."""
    text = record.get("text")
    if not isinstance(text, str):
        raise TimelineError(f"record {record.get('doc_id', '?')}: 'text' must be a string")
    spans = [(int(t["start"]), int(t["end"])) for t in record.get(key, [])]
    return {"doc_id": str(record.get("doc_id", "")), key: [_toponym(p) for p in resolve_spans(text, spans)]}
