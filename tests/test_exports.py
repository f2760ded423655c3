"""Every export format written from the seed and read back with that format's own library or schema."""

from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET

import geojson
import icalendar
import pandas as pd
import pytest

from conftest import SEED
from timeline.cli import main
from timeline.views.export import FORMATS, format_of, to_bytes
from timeline.pipeline import extract

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def table(seed_text):
    return extract(seed_text, doc_id="seed")


def _dated_events(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["start"].notna()].drop_duplicates("event_id")


def _tl_date_ok(d: dict) -> bool:
    """A TimelineJS date object: integer year, then optional month (1-12) and day (1-31), nothing finer invented."""
    keys = list(d)
    return (
        keys in (["year"], ["year", "month"], ["year", "month", "day"])
        and all(isinstance(v, int) for v in d.values())
        and 1 <= d.get("month", 1) <= 12 and 1 <= d.get("day", 1) <= 31
    )


def test_timelinejs_shape(table):
    doc = json.loads(to_bytes(table, ".timeline.json"))
    assert set(doc) <= {"title", "events", "eras", "scale"} and doc["title"]["text"]["headline"]
    events = {e["unique_id"]: e for e in doc["events"]}
    assert len(events) == len(_dated_events(table))
    for e in events.values():
        assert _tl_date_ok(e["start_date"]) and e["text"]["headline"] and e["display_date"]
        assert "end_date" not in e or _tl_date_ok(e["end_date"])
    by_title = {e["text"]["headline"]: e for e in events.values()}
    bucharest = next(e for t, e in by_title.items() if "Bucharest NATO Summit" in t)
    assert bucharest["start_date"] == {"year": 2008} and "end_date" not in bucharest  # never an invented day
    brussels = by_title["Blinken travels to Brussels"]
    assert brussels["start_date"] == {"year": 2024, "month": 11, "day": 12}
    assert brussels["end_date"] == {"year": 2024, "month": 11, "day": 13}
    (era,) = doc["eras"]
    assert era["start_date"] == {"year": 2024, "month": 11, "day": 12} and era["end_date"]["day"] == 19


def test_geojson_is_valid_with_points_and_route(table):
    fc = geojson.loads(to_bytes(table, ".geojson").decode("utf-8"))
    assert fc.is_valid, fc.errors()
    kinds = [f["geometry"]["type"] for f in fc["features"]]
    assert kinds.count("LineString") == 3  # Brussels → Lima → Manaus → Rio de Janeiro
    first_leg = next(f for f in fc["features"] if f["geometry"]["type"] == "LineString")
    (lon0, lat0), (lon1, lat1) = first_leg["geometry"]["coordinates"][0], first_leg["geometry"]["coordinates"][-1]
    assert (round(lat0), round(lon0), round(lat1), round(lon1)) == (51, 4, -12, -77)
    assert first_leg["properties"]["from"] == "Brussels" and first_leg["properties"]["to"] == "Lima"
    point = next(f for f in fc["features"] if f["geometry"]["type"] == "Point")
    assert {"event_id", "doc_id", "start", "sentence", "char_start"} <= set(point["properties"])


def test_ics_parses_with_icalendar(table):
    cal = icalendar.Calendar.from_ical(to_bytes(table, ".ics"))
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert len(events) == _dated_events(table)["title"].nunique()
    brussels = events["Blinken travels to Brussels"]
    assert str(brussels.decoded("DTSTART")) == "2024-11-12" and str(brussels.decoded("DTEND")) == "2024-11-14"
    assert round(brussels["GEO"].latitude) == 51 and "Brussels" in str(brussels["LOCATION"])
    year = next(e for t, e in events.items() if "Bucharest NATO Summit" in t)
    assert (str(year.decoded("DTSTART")), str(year.decoded("DTEND"))) == ("2008-01-01", "2009-01-01")
    assert "Bucharest" in str(year["DESCRIPTION"])


def test_kml_parses_with_timespans_and_path(table):
    root = ET.fromstring(to_bytes(table, ".kml"))
    marks = root.findall(f".//{KML}Placemark")
    assert len(root.findall(f".//{KML}TimeSpan")) == len(_dated_events(table)[_dated_events(table)["lat"].notna()])
    (path,) = root.findall(f".//{KML}LineString/{KML}coordinates")
    assert len(path.text.split()) == 4 and len(marks) >= 5


@pytest.mark.parametrize("name,fmt", [("a.timeline.json", ".timeline.json"), ("a.json", ".json"), ("A.GeoJSON", ".geojson"), ("x.ics", ".ics")])
def test_format_follows_the_file_name(name, fmt):
    assert format_of(name) == fmt and fmt in FORMATS


@pytest.mark.parametrize("suffix", [".timeline.json", ".geojson", ".ics", ".kml"])
def test_cli_writes_each_format(tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    assert main(["extract", str(SEED), "--out", str(out)]) == 0
    assert out.read_bytes() == to_bytes(extract(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem), suffix)


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".map.svg", b"<svg")])
def test_images_are_drawn_offline(table, no_network, suffix, magic):
    if shutil.which("chromium") is None and not os.path.exists("/usr/bin/chromium"):
        pytest.fail("chromium is not installed: `apt-get install chromium` (the CI script does this)")
    data = to_bytes(table, suffix)
    assert magic in data[:400] and no_network == []
    if suffix.endswith(".svg"):
        root = ET.fromstring(data)
        assert root.tag.endswith("svg") and len(data) > 10_000


def test_images_without_kaleido_say_what_to_install(table, monkeypatch):
    import importlib.util

    from timeline.errors import ExportError

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "kaleido" else real(name, *a))
    with pytest.raises(ExportError, match="pip install 'timeline\\[images\\]'"):
        to_bytes(table, ".png")


HOSTILE_TEXT = "Talks\rBEGIN:VEVENT\rSUMMARY:injected\rEND:VEVENT\x0bline two\x01\x7f\u2028end"


@pytest.fixture(scope="module")
def hostile_table(table):
    t = table.copy()
    t["title"] = t["title"] + " " + HOSTILE_TEXT
    t["sentence"] = HOSTILE_TEXT
    return t


def test_ics_keeps_control_characters_inside_their_text(hostile_table):
    data = to_bytes(hostile_table, ".ics").decode("utf-8")
    unfolded = data.replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert sum(line == "BEGIN:VEVENT" for line in lines) == _dated_events(hostile_table)["event_id"].nunique()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", unfolded.replace("\r\n", ""))
    cal = icalendar.Calendar.from_ical(data)
    assert len(cal.walk("VEVENT")) == _dated_events(hostile_table)["event_id"].nunique()


def test_kml_with_control_characters_is_well_formed(hostile_table):
    root = ET.fromstring(to_bytes(hostile_table, ".kml"))  # a vertical tab is not XML 1.0
    assert all("\x0b" not in (d.text or "") for d in root.iter(f"{KML}description"))


def test_the_report_carries_only_the_plotly_parts_it_draws(table):
    page = to_bytes(table, ".html").decode("utf-8")
    assert len(page) < 2_500_000  # the full plotly.js alone is 4.8 MB
    assert "plotly.js v4.1.1" in page and "Licensed under the MIT license" in page  # the bundle keeps its notice
    assert page.count("var Plotly=(") == 1  # one library, inlined (the browser test proves it draws offline)
