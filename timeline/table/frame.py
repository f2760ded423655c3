"""The events table: one pandas schema, built from events and checked at the boundary."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from ..errors import TimelineError
from ..models import Event, TimeMention

# The contract: these columns, in this order, first. More may follow.
REQUIRED = (
    "event_id", "doc_id", "title", "start", "end", "precision", "date_text", "place", "country_code",
    "lat", "lon", "itinerary_id", "stop_order", "traveller", "sentence", "char_start", "char_end",
)
EXTRA = (
    "place_role", "place_kind", "place_text", "geonameid", "place_char_start", "place_char_end",
    "date_char_start", "date_char_end", "timex_type", "timex_value", "mod", "inferred", "confidence",
    "shared_date", "event_type", "actors", "source_count", "date_conflict", "verified", "stay_start", "stay_end",
)
COLUMNS = REQUIRED + EXTRA
DTYPES: dict[str, str] = {
    **{c: "string" for c in COLUMNS},
    "lat": "Float64", "lon": "Float64", "stop_order": "Int64", "char_start": "Int64", "char_end": "Int64",
    "geonameid": "Int64", "place_char_start": "Int64", "place_char_end": "Int64", "date_char_start": "Int64",
    "date_char_end": "Int64", "inferred": "boolean", "confidence": "Float64", "shared_date": "boolean",
    "source_count": "Int64", "date_conflict": "boolean", "verified": "boolean",
}
# Rows of one event keep their order (primary place first): the sort is stable and does not look at places.
SORT = ["doc_id", "char_start", "date_char_start", "itinerary_id", "stop_order", "event_id"]


OPEN_START = frozenset({"BEFORE", "ON_OR_BEFORE"})
OPEN_END = frozenset({"AFTER", "ON_OR_AFTER"})


class SchemaError(TimelineError, ValueError):
    """A table does not follow the events schema."""


def _day(t: TimeMention | None, which: str) -> str | None:
    """One end of a date as an ISO day, or None."""
    d = getattr(t, which) if t is not None else None
    return d.isoformat() if d is not None else None


def _rows(event: Event) -> list[dict]:
    t, s = event.time, event.sentence
    dated = t is not None and t.start_date is not None
    base = {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "title": event.title,
        # an open end ("before 1250", "after 1612") is left empty, as TimeML's mod says
        "start": t.start_date.isoformat() if dated and t.mod not in OPEN_START else None,
        "end": (t.end_date or t.start_date).isoformat() if dated and t.mod not in OPEN_END else None,
        "precision": t.precision if t else None,
        "date_text": t.text if t else None,
        "itinerary_id": event.itinerary_id or None,
        "stop_order": event.stop_order,
        "traveller": event.traveller or None,
        "sentence": s.text,
        "char_start": s.start,
        "char_end": s.end,
        "date_char_start": t.start if t else None,
        "date_char_end": t.end if t else None,
        "timex_type": t.type if t else None,
        "timex_value": t.value if t else None,
        "mod": (t.mod or None) if t else None,
        "inferred": event.inferred,
        "shared_date": event.shared_date if event.itinerary_id else None,
        "event_type": event.event_type,
        "actors": "; ".join(event.actors) or None,
        "source_count": event.source_count,
        "date_conflict": event.date_conflict,
        "verified": False,  # set by a reader's correction (see `review`)
        "stay_start": _day(event.lasts, "start_date"),
        "stay_end": _day(event.lasts, "end_date"),
    }
    if not event.places:
        return [{**base, "confidence": 0.6 if event.inferred else 1.0}]
    order = [event.primary] + [i for i in range(len(event.places)) if i != event.primary]
    rows = []
    if event.primary is None:  # an event with no place of its own: a row without one, then the places it mentions
        order = order[1:]
        rows.append({**base, "confidence": 0.6 if event.inferred else 1.0})
    seen: set = set()
    for i in order:
        p = event.places[i]
        if p.place in seen:
            continue  # one row per place, however often the sentence names it
        seen.add(p.place)
        rows.append({
            **base,
            "place": p.place.name,
            "country_code": p.place.country_code or None,
            "lat": round(p.place.lat, 5),
            "lon": round(p.place.lon, 5),
            "place_role": ("stop" if event.itinerary_id else "primary") if i == event.primary else "mentioned",
            "place_kind": p.place.kind,
            "place_text": p.text,
            "geonameid": p.place.geonameid,
            "place_char_start": p.start,
            "place_char_end": p.end,
            "confidence": round(p.confidence * (0.6 if event.inferred else 1.0), 3),
        })
    return rows


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The events table: one row per event and place, primary place first."""
    rows = [r for e in events for r in _rows(e)]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    return conform(df)


def empty() -> pd.DataFrame:
    """An events table with no rows."""
    return conform(pd.DataFrame(columns=list(COLUMNS)))


def fingerprint(df: pd.DataFrame) -> int:
    """A number that changes when any cell, row or column of `df` does: what a view drawn from it is kept by."""
    return hash((tuple(df.columns), tuple(pd.util.hash_pandas_object(df, index=True).tolist())))


def conform(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with the schema's column order and dtypes, sorted in the canonical order."""
    for c in COLUMNS:
        if c not in df.columns:
            df[c] = pd.NA
    extra = [c for c in df.columns if c not in COLUMNS]
    df = df[list(COLUMNS) + extra].astype(DTYPES)
    return df.sort_values(SORT, kind="stable", na_position="first").reset_index(drop=True)


def validate(df: pd.DataFrame) -> pd.DataFrame:
    """`df` unchanged if it follows the schema; else SchemaError naming what is wrong."""
    cols = tuple(df.columns[: len(REQUIRED)])
    if cols != REQUIRED:
        missing = [c for c in REQUIRED if c not in df.columns]
        raise SchemaError(f"events table columns must start with {', '.join(REQUIRED)}; missing or out of order: {missing or cols}")
    wrong = {c: str(df[c].dtype) for c in COLUMNS if c in df.columns and str(df[c].dtype) != DTYPES[c]}
    if wrong:
        raise SchemaError(f"events table has wrong dtypes: {wrong}; expected {[DTYPES[c] for c in wrong]}")
    bad = df[df["start"].notna() & df["end"].notna() & (df["start"] > df["end"])]
    if len(bad):
        raise SchemaError(f"events end before they start: {list(bad['event_id'][:5])}")
    return df


def read_events(path: str | Path) -> pd.DataFrame:
    """An events table written by `export.write` as CSV or Parquet, with the schema's dtypes."""
    path = Path(path)
    if path.suffix == ".parquet":
        return conform(pd.read_parquet(path))
    if path.suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        for c in df.columns:
            # undo export's formula guard: "'=x" was written for "=x"
            df[c] = df[c].str.replace(r"^'(?=[=+\-@\t\r])", "", regex=True)
            kind = DTYPES.get(c, "string")
            if kind == "boolean":
                df[c] = df[c].map({"True": True, "False": False}).astype("boolean")
            elif kind != "string":
                df[c] = pd.to_numeric(df[c]).astype(kind)
        return conform(df)
    raise SchemaError(f"{path}: cannot read events from {path.suffix!r}; use .csv or .parquet")
