"""The events table in the formats other tools open: TimelineJS3, GeoJSON, iCalendar and KML.

Pure functions from the table to text; no third-party library. Dates are never made finer than the
text gave them: a year-only event is `{"year": 2008}` for TimelineJS and a whole-year all-day span in
a calendar. Events without a date stay out of calendars and timelines but keep their place in
GeoJSON and KML when they are itinerary stops.
"""

from __future__ import annotations

import html
import json
import math
import re
from datetime import date, timedelta
from xml.sax.saxutils import escape as xml_escape

import pandas as pd

_PART = {"year": ("year",), "month": ("year", "month")}


def _primary(df: pd.DataFrame) -> pd.DataFrame:
    """One row per event (its primary place or stop), in table order."""
    return df.drop_duplicates("event_id", keep="first")


def _str(v) -> str | None:
    return None if v is None or pd.isna(v) else str(v)


def _num(v) -> float | int | None:
    if v is None or pd.isna(v):
        return None
    return int(v) if float(v).is_integer() and not isinstance(v, float) else float(v)


def _tl_date(iso: str, precision: str | None) -> dict:
    d = date.fromisoformat(iso)
    parts = _PART.get(precision or "", ("year", "month", "day"))
    if precision in ("century", "decade", "quarter", "season"):
        parts = ("year",) if precision in ("century", "decade") else ("year", "month")
    return {p: getattr(d, p) for p in parts}


def to_timelinejs(df: pd.DataFrame, title: str = "Timeline") -> str:
    """TimelineJS3 JSON: `events` with start/end date objects as precise as the text, `eras` for trips.

    >>> import pandas as pd
    >>> row = dict(event_id="e", doc_id="d", title="Summit", start="2008-01-01", end="2008-12-31", precision="year",
    ...            date_text="2008", sentence="In 2008 …", traveller=None, itinerary_id=None, place="Bucharest")
    >>> json.loads(to_timelinejs(pd.DataFrame([row])))["events"][0]["start_date"]
    {'year': 2008}
    """
    events = []
    for r in _primary(df).itertuples():
        if pd.isna(r.start):
            continue
        ev = {
            "unique_id": r.event_id,
            "start_date": _tl_date(r.start, _str(r.precision)),
            "display_date": _str(r.date_text) or r.start,
            "text": {
                "headline": html.escape(str(r.title)),
                "text": f"<p>{html.escape(str(r.sentence))}</p>"
                + (f"<p>{html.escape(str(r.place))}</p>" if _str(r.place) else "")
                + f"<p><small>{html.escape(str(r.doc_id))}</small></p>",
            },
            "group": _str(r.traveller) or str(r.doc_id),
        }
        end = _tl_date(r.end, _str(r.precision))
        if end != ev["start_date"]:
            ev["end_date"] = end
        events.append(ev)
    eras = []
    for iid, stops in df[df["itinerary_id"].notna() & df["start"].notna()].groupby("itinerary_id", sort=True):
        eras.append({
            "start_date": _tl_date(stops["start"].min(), "day"),
            "end_date": _tl_date(stops["end"].max(), "day"),
            "text": {"headline": html.escape(f"{stops['traveller'].iloc[0]}'s trip")},
        })
    doc = {"title": {"text": {"headline": html.escape(title)}}, "events": events}
    if eras:
        doc["eras"] = eras
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _great_circle(a: tuple[float, float], b: tuple[float, float], n: int = 24) -> list[list[float]]:
    """[lon, lat] points along the shortest path from a to b (given as lat, lon)."""
    (la1, lo1), (la2, lo2) = (map(math.radians, a)), (map(math.radians, b))
    p1 = (math.cos(la1) * math.cos(lo1), math.cos(la1) * math.sin(lo1), math.sin(la1))
    p2 = (math.cos(la2) * math.cos(lo2), math.cos(la2) * math.sin(lo2), math.sin(la2))
    omega = math.acos(max(-1.0, min(1.0, sum(x * y for x, y in zip(p1, p2)))))
    if omega < 1e-9:
        return [[round(math.degrees(lo1), 5), round(math.degrees(la1), 5)], [round(math.degrees(lo2), 5), round(math.degrees(la2), 5)]]
    out = []
    for i in range(n + 1):
        t = i / n
        k1, k2 = math.sin((1 - t) * omega) / math.sin(omega), math.sin(t * omega) / math.sin(omega)
        x, y, z = (k1 * u + k2 * v for u, v in zip(p1, p2))
        out.append([round(math.degrees(math.atan2(y, x)), 5), round(math.degrees(math.atan2(z, math.hypot(x, y))), 5)])
    return out


_PROPS = ("event_id", "doc_id", "title", "start", "end", "precision", "date_text", "place", "country_code",
          "event_type", "itinerary_id", "stop_order", "traveller", "sentence", "char_start", "char_end")


def _legs(df: pd.DataFrame):
    """Consecutive located stops of each itinerary: (itinerary id, traveller, from row, to row)."""
    stops = df[(df["place_role"] == "stop") & df["lat"].notna()].sort_values(["itinerary_id", "stop_order"])
    for iid, trip in stops.groupby("itinerary_id", sort=True):
        rows = list(trip.itertuples())
        for a, b in zip(rows, rows[1:]):
            yield iid, a, b


def to_geojson(df: pd.DataFrame) -> str:
    """A FeatureCollection: a Point per event at its place, a LineString per itinerary leg."""
    features = []
    for r in _primary(df).dropna(subset=["lat"]).itertuples():
        props = {k: (_num(getattr(r, k)) if k in ("stop_order", "char_start", "char_end") else _str(getattr(r, k))) for k in _PROPS}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [float(r.lon), float(r.lat)]}, "properties": props})
    for iid, a, b in _legs(df):
        features.append({
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": _great_circle((a.lat, a.lon), (b.lat, b.lon))},
            "properties": {
                "itinerary_id": iid, "traveller": _str(a.traveller), "from": _str(a.place), "to": _str(b.place),
                "from_stop": int(a.stop_order), "to_stop": int(b.stop_order),
                "departs_after": _str(a.end), "arrives_by": _str(b.start),
            },
        })
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


# Characters RFC 5545 TEXT and XML 1.0 cannot hold: C0 controls but tab (a line break is escaped apart), DEL, C1
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _ics_text(s: str) -> str:
    """RFC 5545 TEXT: backslash, ";" and "," escaped; every line break (CRLF, LF, a bare CR, Word's vertical tab) a
    literal "\\n"; other controls dropped, so no text can start a line of its own."""
    s = s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    s = re.sub(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]", "\\\\n", s)
    return _CONTROL.sub("", s)


def _xml(s: str) -> str:
    """XML 1.0 text: markup escaped, a vertical tab or form feed a space, other controls dropped."""
    return xml_escape(_CONTROL.sub("", re.sub(r"[\x0b\x0c]", " ", s)))


def _fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, continued with a leading space."""
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def to_ics(df: pd.DataFrame, stamp: str = "20000101T000000Z") -> str:
    """An iCalendar file: one all-day VEVENT per dated event, with LOCATION, GEO and the source sentence.

    `stamp` is DTSTAMP for every event; fixed so that the same table gives the same file.
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//events//EN", "CALSCALE:GREGORIAN"]
    for r in _primary(df).itertuples():
        if pd.isna(r.start):
            continue
        last = r.start if pd.isna(r.end) else r.end  # an open end ("after 1612") is drawn on its first day
        end = date.fromisoformat(last) + timedelta(days=1)  # DTEND of an all-day event is exclusive
        lines += [
            "BEGIN:VEVENT",
            f"UID:{r.event_id}@timeline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{r.start.replace('-', '')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(str(r.title))}",
            f"DESCRIPTION:{_ics_text(f'{r.sentence} [{r.doc_id}, characters {r.char_start}-{r.char_end}; date as written: {r.date_text}]')}",
        ]
        if _str(r.place):
            lines.append(f"LOCATION:{_ics_text(', '.join(x for x in (str(r.place), _str(r.country_code)) if x))}")
        if not pd.isna(r.lat):
            lines.append(f"GEO:{float(r.lat):.5f};{float(r.lon):.5f}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def to_kml(df: pd.DataFrame, title: str = "Timeline") -> str:
    """KML: a Placemark with a TimeSpan per located event, and a path per itinerary."""
    marks = []
    for r in _primary(df).dropna(subset=["lat"]).itertuples():
        when = f"<TimeSpan><begin>{r.start}</begin><end>{r.end}</end></TimeSpan>" if not pd.isna(r.start) else ""
        marks.append(
            f"<Placemark><name>{_xml(str(r.title))}</name>{when}"
            f"<description>{_xml(str(r.sentence))}</description>"
            f"<ExtendedData><Data name=\"event_id\"><value>{_xml(r.event_id)}</value></Data>"
            f"<Data name=\"doc_id\"><value>{_xml(str(r.doc_id))}</value></Data></ExtendedData>"
            f"<Point><coordinates>{float(r.lon):.5f},{float(r.lat):.5f}</coordinates></Point></Placemark>"
        )
    stops = df[(df["place_role"] == "stop") & df["lat"].notna()].sort_values(["itinerary_id", "stop_order"])
    for iid, trip in stops.groupby("itinerary_id", sort=True):
        coords = " ".join(f"{float(lo):.5f},{float(la):.5f}" for lo, la in zip(trip["lon"], trip["lat"]))
        marks.append(
            f"<Placemark><name>{_xml(str(trip['traveller'].iloc[0]))}'s trip</name>"
            f"<LineString><tessellate>1</tessellate><coordinates>{coords}</coordinates></LineString></Placemark>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        f"<name>{_xml(title)}</name>\n" + "\n".join(marks) + "\n</Document></kml>\n"
    )
