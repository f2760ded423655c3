"""Annotations in the JSONL shapes of the evaluation sets: TIMEX3 dates, toponyms, demonyms and places named by role.

No pandas here: `timeline annotate` starts fast because it never builds a table.
"""

from __future__ import annotations

from .errors import TimelineError
from .language.gazetteer import default_gazetteer
from .language.placenames import by_role
from .language.places import find_places, resolve_spans
from .language.temporal import find_dates, parse_date
from .models import Document, PlaceMention, Settings
from .reading.documents import make_document


def _named(p: PlaceMention) -> bool:
    """Whether the mention writes the place's name: not a demonym, though one that names the land ("in Moroccan
    waters") stands for the place in events."""
    return p.literal and default_gazetteer().demonym(p.text) is None


def _toponym(p: PlaceMention) -> dict:
    return {
        "start": p.start, "end": p.end, "text": p.text, "lat": p.place.lat, "lon": p.place.lon,
        "geonameid": p.place.geonameid, "country_code": p.place.country_code or None,
        "name": p.place.name, "kind": p.place.kind, "literal": _named(p), "confidence": p.confidence,
    }


def annotate_record(record: dict, settings: Settings = Settings(), demonyms_as_toponyms: bool = False) -> dict:
    """TIMEX3, toponym and demonym annotations of one `{"doc_id", "text", "dct"}` record.

    Demonyms ("Russian", "North Koreans") go under "demonyms", or also under "toponyms"
    when `demonyms_as_toponyms` is set (for gold data that counts them as places); a place named by its role, not its
    name ("the Chinese capital"), under "by_role".
    """
    doc_id = str(record.get("doc_id", ""))
    text = record.get("text")
    if not isinstance(text, str):
        raise TimelineError(f"record {doc_id or '?'}: 'text' must be a string")
    dct = record.get("dct")
    if dct is not None and not isinstance(dct, str):
        raise TimelineError(f"record {doc_id or '?'}: dct must be an ISO date string (YYYY-MM-DD) or absent, "
                            f"not a {type(dct).__name__}")
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
        "toponyms": [_toponym(p) for p in places if (_named(p) or demonyms_as_toponyms) and not by_role(p)],
        "demonyms": [_toponym(p) for p in places if not _named(p)],
        "by_role": [_toponym(p) for p in places if by_role(p)],
    }


def resolve_record(record: dict, key: str = "toponyms") -> dict:
    """Toponyms for the spans a record already marks under `key`: resolution only, no recognition."""
    text = record.get("text")
    if not isinstance(text, str):
        raise TimelineError(f"record {record.get('doc_id', '?')}: 'text' must be a string")
    spans = [(int(t["start"]), int(t["end"])) for t in record.get(key, [])]
    return {"doc_id": str(record.get("doc_id", "")), key: [_toponym(p) for p in resolve_spans(text, spans)]}
