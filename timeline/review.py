"""Reading and correcting the events table: filters, the reader's corrections, and the source text marked up.

Corrections are kept apart from the table, keyed by provenance (document and character offsets), so
they are applied again after every re-extraction and travel as a small JSON file:

    {"doc_id": "seed", "char_start": 0, "date_char_start": 20, "place_char_start": 123, "set": {"title": "Talks in Brussels"}}
    {"doc_id": "seed", "char_start": 0, "date_char_start": 20, "place_char_start": 123, "delete": true}
    {"add": {"doc_id": "seed", "title": "...", "start": "2024-11-20", "end": "2024-11-20", "place": "Paris", ...}}

Every row a correction touches or adds is marked `verified`.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass
from datetime import date

import pandas as pd

from .errors import TimelineError
from .frame import conform

# What a correction may change, and the fields a place brings with it.
EDITABLE = ("title", "start", "end", "precision", "event_type", "traveller")
PLACE_FIELDS = ("place", "country_code", "lat", "lon", "place_kind", "geonameid")


class CorrectionError(TimelineError, ValueError):
    """A corrections file or entry that cannot be applied as written."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What the reader narrowed the table to; empty means everything."""

    documents: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    travellers: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    event_ids: tuple[str, ...] = ()  # picked on a chart


def filter_events(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows of `df` the filters keep; an event is kept whole when any of its rows matches a place filter."""
    keep = pd.Series(True, index=df.index)
    for column, wanted in (("doc_id", f.documents), ("event_type", f.types), ("precision", f.precisions), ("traveller", f.travellers)):
        if wanted:
            keep &= df[column].isin(wanted)
    if f.countries:
        ids = set(df.loc[df["country_code"].isin(f.countries), "event_id"])
        keep &= df["event_id"].isin(ids)
    if f.since is not None:
        keep &= df["end"].isna() | (df["end"] >= f.since.isoformat())
    if f.until is not None:
        keep &= df["start"].isna() | (df["start"] <= f.until.isoformat())
    if f.event_ids:
        keep &= df["event_id"].isin(f.event_ids)
    return df[keep]


def _int(v) -> int | None:
    return None if v is None or pd.isna(v) else int(v)


def correction_key(row) -> dict:
    """The provenance a correction of this row's event is keyed by: its document, sentence, date and place offsets."""
    return {"doc_id": str(row["doc_id"]), "char_start": int(row["char_start"]),
            "date_char_start": _int(row["date_char_start"]), "place_char_start": _int(row["place_char_start"])}


def _matches(df: pd.DataFrame, c: dict) -> pd.Series:
    """The rows of the events whose primary row has the correction's provenance."""
    primary = df.drop_duplicates("event_id", keep="first")
    m = (primary["doc_id"] == c["doc_id"]) & (primary["char_start"] == c["char_start"])
    for col in ("date_char_start", "place_char_start"):
        v = c.get(col)
        m &= primary[col].isna() if v is None else (primary[col] == v)
    ids = set(primary.loc[m.fillna(False).astype(bool), "event_id"])
    return df["event_id"].isin(ids)


def _check(c: dict) -> dict:
    if not isinstance(c, dict):
        raise CorrectionError("each correction must be a JSON object")
    if "add" in c:
        row = c["add"]
        if not isinstance(row, dict) or not row.get("doc_id") or not row.get("title"):
            raise CorrectionError("an added event needs at least doc_id and title")
        return c
    missing = [k for k in ("doc_id", "char_start") if k not in c]
    if missing:
        raise CorrectionError(f"a correction needs {', '.join(missing)} to find its event; got {sorted(c)}")
    bad = [k for k in c.get("set", {}) if k not in EDITABLE + PLACE_FIELDS]
    if bad:
        raise CorrectionError(f"cannot correct {', '.join(bad)}; editable: {', '.join(EDITABLE + PLACE_FIELDS)}")
    for k in ("start", "end"):
        v = c.get("set", {}).get(k)
        if v is not None:
            try:
                date.fromisoformat(v)
            except (TypeError, ValueError):
                raise CorrectionError(f"{k} {v!r} is not a date; use YYYY-MM-DD") from None
    return c


def apply_corrections(df: pd.DataFrame, corrections: list[dict]) -> pd.DataFrame:
    """`df` with the reader's corrections applied, in order; touched and added rows marked verified."""
    out = df.copy()
    for c in map(_check, corrections):
        if "add" in c:
            row = {**c["add"], "verified": True}
            row.setdefault("event_id", hashlib.sha1(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()[:12])
            row.setdefault("inferred", False)
            out = pd.concat([out, pd.DataFrame([row])], ignore_index=True)
            continue
        m = _matches(out, c)
        if c.get("delete"):
            out = out[~m]
            continue
        changes = c.get("set", {})
        place_change = {k: v for k, v in changes.items() if k in PLACE_FIELDS}
        for k, v in changes.items():
            if k in PLACE_FIELDS:
                continue
            out.loc[m, k] = v
        if place_change:
            # the place belongs to the event's primary row
            target = m & (out["place_role"] != "mentioned")
            for k, v in place_change.items():
                out.loc[target, k] = v
        out.loc[m, "verified"] = True
    return conform(out)


def load_corrections(data: bytes | str) -> list[dict]:
    """Corrections from a JSON file: a list of objects, or one object a line."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    try:
        parsed = json.loads(text)
        items = parsed if isinstance(parsed, list) else [parsed]
    except json.JSONDecodeError:
        try:
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise CorrectionError(f"corrections file is not JSON (line {exc.lineno}): give what 'Download corrections' wrote") from None
    return [_check(c) for c in items]


def dump_corrections(corrections: list[dict]) -> str:
    """The corrections as a JSON file a reader can keep and upload again."""
    return json.dumps(corrections, ensure_ascii=False, indent=1, default=str)


# ---------------------------------------------------------------- the source text, marked up

COLOURS = {"date": "#fde68a", "place": "#bfdbfe", "event": "#bbf7d0"}


def highlight(text: str, dates: list[tuple[int, int]], places: list[tuple[int, int]], focus: tuple[int, int] | None = None) -> str:
    """HTML of `text` with dates and places marked and the sentence in `focus` outlined.

    Every character of the article is escaped: nothing in it can become markup or script.
    """
    marks: list[tuple[int, int, str]] = [(s, e, "date") for s, e in dates] + [(s, e, "place") for s, e in places]
    marks.sort()
    out, at = [], 0
    for s, e, kind in marks:
        if s < at:
            continue  # overlapping marks: the first wins
        out.append(_with_focus(text, at, s, focus))
        out.append(f'<mark style="background:{COLOURS[kind]}" title="{kind}">{_with_focus(text, s, e, focus)}</mark>')
        at = e
    out.append(_with_focus(text, at, len(text), focus))
    body = "".join(out).replace("\n", "<br>")
    return f'<div class="source" style="line-height:1.6">{body}</div>'


def _with_focus(text: str, a: int, b: int, focus: tuple[int, int] | None) -> str:
    """Escaped text[a:b], with the part inside `focus` underlined as the selected event's sentence."""
    if focus is None or b <= focus[0] or a >= focus[1]:
        return html.escape(text[a:b])
    fa, fb = max(a, focus[0]), min(b, focus[1])
    inner = f'<span class="focus" style="outline:2px solid {COLOURS["event"]};background:{COLOURS["event"]}">{html.escape(text[fa:fb])}</span>'
    return html.escape(text[a:fa]) + inner + html.escape(text[fb:b])


def place_choices(name: str, limit: int = 12) -> list[dict]:
    """The gazetteer's places called `name`, best-known first, as the fields a place correction sets.

    >>> [c["country_code"] for c in place_choices("Lima")][:2]
    ['PE', 'PE']
    """
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    places = list(gaz.lookup(name)) or ([gaz.demonym(name)] if gaz.demonym(name) else [])
    return [
        {"label": f"{p.name} — {p.kind}, {p.country_code or 'no country'}" + (f", {p.population:,} people" if p.population else ""),
         "place": p.name, "country_code": p.country_code or None, "lat": p.lat, "lon": p.lon, "place_kind": p.kind,
         "geonameid": p.geonameid}
        for p in places[:limit]
    ]
