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
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from ..errors import TimelineError
from ..language.temporal import parse_date
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


def apply_corrections(df: pd.DataFrame, corrections: list[dict]) -> pd.DataFrame:
    """`df` with the reader's corrections, as `check_correction` gives them, applied in order; touched and added rows
    marked verified."""
    out = df.copy()
    added = []
    for c in corrections:
        if "add" in c:
            row = {"precision": "day", "event_type": "other", "place_role": "primary", **c["add"], "verified": True}
            row.setdefault("end", row["start"])
            row.setdefault("event_id", hashlib.sha1(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()[:12])
            row.setdefault("inferred", False)
            added.append(row)
            continue
        m = _matches(out, c)
        if c.get("delete"):
            out = out[~m]
            continue
        changes = c.get("set", {})
        for k, v in changes.items():
            # the place belongs to the event's primary row
            target = m & (out["place_role"] != "mentioned") if k in PLACE_FIELDS else m
            out.loc[target, k] = v
        out.loc[m, "verified"] = True
    if added:  # one concat however many were added: a long corrections file stays linear
        out = pd.concat([out, pd.DataFrame(added)], ignore_index=True)
    return conform(out)


_NUMERIC_DAY = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+\d{{4}}|\b\d{{1,2}}\.\d{{1,2}}\.\d{{4}}")
_MONTH_DAY = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}")


def writes_day_first(text: str) -> bool:
    """Whether an article writes the day before the month ("17 November 2024", "17.11.2024"), as it is read when unsure."""
    return len(_DAY_MONTH.findall(text)) >= len(_MONTH_DAY.findall(text))


def typed_date(value: str, day_first: bool = True) -> str | None:
    """The ISO day a reader typed, or None: '2024-11-17', '17 Nov 2024', 'Nov 17, 2024', '17/11/2024'.

    A numeric day whose order the numbers do not settle ('5/6/2024') follows `day_first`.
    """
    if not isinstance(value, str) or len(value) > 40:
        return None
    m = _NUMERIC_DAY.fullmatch(value)
    if m and int(m[1]) <= 12 and int(m[2]) <= 12:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        try:
            return (date(y, b, a) if day_first else date(y, a, b)).isoformat()
        except ValueError:
            return None
    found = parse_date(value)
    return found.isoformat() if found else None


MAX_CORRECTIONS = 10_000
PRECISIONS = ("minute", "hour", "day", "week", "month", "season", "quarter", "year", "decade", "century")  # GUIDE.md's
_TEXT_FIELDS = ("title", "event_type", "traveller", "place", "doc_id", "place_text", "place_kind", "place_role")
_OFFSETS = ("char_start", "date_char_start", "place_char_start")


def check_correction(c: object, day_first: bool = True) -> dict:
    """The correction as it will be applied (typed dates made ISO), or CorrectionError saying what is wrong with it."""
    if not isinstance(c, dict):
        raise CorrectionError("each correction must be a JSON object")
    if "add" in c:
        row = c["add"]
        if not isinstance(row, dict) or not isinstance(row.get("doc_id"), str) or not isinstance(row.get("title"), str) \
                or not row["title"].strip():
            raise CorrectionError("an added event needs at least doc_id and title")
        return {"add": _fields(row, EDITABLE + PLACE_FIELDS + ("doc_id", "place_text", "place_role"), day_first, added=True)}
    missing = [k for k in ("doc_id", "char_start") if k not in c]
    if missing:
        raise CorrectionError(f"a correction needs {', '.join(missing)} to find its event; got {sorted(map(str, c))}")
    if not isinstance(c["doc_id"], str):
        raise CorrectionError(f"doc_id must be text; got {c['doc_id']!r}")
    for k in _OFFSETS:
        v = c.get(k)
        if (v is not None or k == "char_start") and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise CorrectionError(f"{k} must be a character offset (a whole number from 0); got {v!r}")
    if not isinstance(c.get("set", {}), dict):
        raise CorrectionError(f"set must be an object of field: value; got {type(c['set']).__name__}")
    key = {k: c[k] for k in ("doc_id", *_OFFSETS) if k in c}
    if c.get("delete") is True:
        return key | {"delete": True}
    return key | {"set": _fields(c.get("set", {}), EDITABLE + PLACE_FIELDS, day_first)}


def _fields(values: dict, allowed: tuple[str, ...], day_first: bool, added: bool = False) -> dict:
    """`values` checked field by field: dates made ISO, numbers in range, text as text."""
    bad = [str(k) for k in values if k not in allowed]
    if bad:
        raise CorrectionError(f"cannot correct {', '.join(bad)}; editable: {', '.join(allowed)}")
    out = dict(values)
    for k in ("start", "end"):
        v = out.get(k)
        if v is not None:
            iso = typed_date(v, day_first)
            if iso is None:
                raise CorrectionError(f"{k} {v!r} is not a date: type it as 2024-11-17, 17 Nov 2024 or 17/11/2024")
            out[k] = iso
    if added and not out.get("start"):
        raise CorrectionError("an added event needs a start date")
    if out.get("start") and out.get("end") and out["end"] < out["start"]:
        raise CorrectionError(f"end {out['end']} is before start {out['start']}")
    for k, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
        v = out.get(k)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi):
            raise CorrectionError(f"{k} must be a number from {lo} to {hi}; got {v!r}")
    for k in _TEXT_FIELDS:
        v = out.get(k)
        if v is not None and (not isinstance(v, str) or len(v) > 500):
            raise CorrectionError(f"{k} must be text of at most 500 characters")
    if out.get("precision") is not None and out["precision"] not in PRECISIONS:
        raise CorrectionError(f"precision {out['precision']!r} is not one of {', '.join(PRECISIONS)}")
    if out.get("country_code") is not None and not re.fullmatch(r"[A-Z]{2}", str(out["country_code"])):
        raise CorrectionError(f"country_code {out['country_code']!r} is not a two-letter code like BR")
    v = out.get("geonameid")
    if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
        raise CorrectionError(f"geonameid must be a whole number; got {v!r}")
    return out


def read_corrections(data: bytes | str, day_first: bool = True) -> tuple[list[dict], list[str]]:
    """The corrections in a JSON file (a list of objects, or one object a line) that can be applied, and one message
    for each that cannot; a file that cannot be read at all raises CorrectionError."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise CorrectionError("corrections file is not UTF-8 text: give what 'Download corrections' wrote") from None
    try:
        try:
            parsed = json.loads(text)
            items = parsed if isinstance(parsed, list) else [parsed]
        except json.JSONDecodeError:
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise CorrectionError(f"corrections file is not JSON (line {exc.lineno}): give what 'Download corrections' wrote") from None
    except RecursionError:
        raise CorrectionError("corrections file is nested too deeply to hold corrections") from None
    if len(items) > MAX_CORRECTIONS:
        raise CorrectionError(f"corrections file has {len(items):,} entries; at most {MAX_CORRECTIONS:,} are read")
    kept, refused = [], []
    for n, c in enumerate(items, 1):
        try:
            kept.append(check_correction(c, day_first))
        except CorrectionError as exc:
            refused.append(f"correction {n} not applied: {exc}")
    return kept, refused


def dump_corrections(corrections: list[dict]) -> str:
    """The corrections as a JSON file a reader can keep and upload again."""
    return json.dumps(corrections, ensure_ascii=False, indent=1, default=str)


# ---------------------------------------------------------------- the source text, marked up

COLOURS = {"date": "#fde68a", "place": "#bfdbfe", "event": "#bbf7d0"}


def highlight(text: str, dates: list[tuple[int, int]], places: list[tuple[int, int]], focus: tuple[int, int] | None = None) -> str:
    """HTML of `text` with dates and places marked and the sentence in `focus` outlined. The text before the focus's
    paragraph is folded away (a click opens it), so the outlined sentence is in sight wherever it is.

    Every character of the article is escaped: nothing in it can become markup or script.
    """
    marks: list[tuple[int, int, str]] = sorted([(s, e, "date") for s, e in dates] + [(s, e, "place") for s, e in places])
    cut = _paragraph_start(text, focus[0]) if focus else 0
    before = ""
    if cut > 0:
        before = (f"<details><summary>{cut:,} characters before this event's paragraph</summary>"
                  f"{_marked(text, 0, cut, marks, focus)}</details>")
    body = _marked(text, cut, len(text), marks, focus)
    return f'<div class="source" style="line-height:1.6">{before}{body}</div>'


def _paragraph_start(text: str, at: int, near: int = 600) -> int:
    """Where the paragraph holding `at` starts; in text without paragraphs, a word start `near` characters back."""
    start = text.rfind("\n", 0, at) + 1
    if at - start <= near * 2:
        return start
    space = text.find(" ", at - near, at)
    return space + 1 if space >= 0 else at


def _marked(text: str, a: int, b: int, marks: list[tuple[int, int, str]], focus: tuple[int, int] | None) -> str:
    """Escaped text[a:b] with its marks (clipped to the slice; overlapping marks: the first wins)."""
    out, at = [], a
    for s, e, kind in marks:
        s, e = max(s, a), min(e, b)
        if s < at or s >= e:
            continue
        out.append(_with_focus(text, at, s, focus))
        out.append(f'<mark style="background:{COLOURS[kind]}" title="{kind}">{_with_focus(text, s, e, focus)}</mark>')
        at = e
    out.append(_with_focus(text, at, b, focus))
    return "".join(out).replace("\n", "<br>")


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
    from ..language.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    places = list(gaz.lookup(name)) or ([gaz.demonym(name)] if gaz.demonym(name) else [])
    return [
        {"label": f"{p.name} — {p.kind}, {p.country_code or 'no country'}" + (f", {p.population:,} people" if p.population else ""),
         "place": p.name, "country_code": p.country_code or None, "lat": p.lat, "lon": p.lon, "place_kind": p.kind,
         "geonameid": p.geonameid}
        for p in places[:limit]
    ]
