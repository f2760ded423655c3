"""Figures are pure functions of the events table: what they draw, checked on the seed and small tables."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.figures import LANES, _label, detail_window, map_animation, map_figure, timeline_figure
from timeline.pipeline import extract


@pytest.fixture(scope="module")
def table(seed_text):
    return extract(seed_text, doc_id="seed")


def test_timeline_has_an_overview_and_a_readable_detail_of_the_trip(table):
    fig = timeline_figure(table)
    over, detail = fig.layout.xaxis.range, fig.layout.xaxis2.range
    assert pd.Timestamp(over[0]).year <= 2008 and pd.Timestamp(over[1]).year >= 2024
    assert pd.Timestamp(detail[0]) <= pd.Timestamp("2024-11-12") and pd.Timestamp(detail[1]) >= pd.Timestamp("2024-11-20")
    assert (pd.Timestamp(detail[1]) - pd.Timestamp(detail[0])).days < 30
    year_bars = [t for t in fig.data if t.name.startswith("Approximate")]
    assert year_bars and all(t.marker.pattern.shape == "/" for t in year_bars)
    assert "2008 (year)" in year_bars[0].text
    ids = {i for t in fig.data for i in t.customdata}
    assert ids == set(table.loc[table["start"].notna(), "event_id"])
    assert "Timeline of" in fig.layout.meta["alt"]


@pytest.mark.parametrize("lane", LANES)
def test_every_lane_draws(table, lane):
    fig = timeline_figure(table, lane=lane, dark=True)
    assert fig.data and fig.layout.template.layout.paper_bgcolor  # dark theme applied


def test_lanes_of_one_document_split_kinds_and_stops(table):
    lanes = {y for t in timeline_figure(table).data for y in t.y}
    assert {"summit", "annexation", "trip 1. Brussels", "trip 4. Rio de Janeiro"} <= lanes


@pytest.mark.parametrize(
    "mod,text,precision,label",
    [("APPROX", "2008", "year", "c. 2008 (year)"), ("AFTER", "2014", "year", "after 2014 (year)"), (None, "November 14-19", "day", "November 14-19")],
)
def test_labels_say_how_sure_the_date_is(mod, text, precision, label):
    assert _label(pd.Series({"mod": mod, "date_text": text, "precision": precision})) == label


def test_no_detail_panel_when_everything_fits():
    rows = pd.DataFrame({"start": ["2024-11-12", "2024-11-20"], "end": ["2024-11-13", "2024-11-20"], "precision": ["day", "day"]})
    assert detail_window(rows) is None


def test_map_draws_the_route_in_order_with_dates(table):
    fig = map_figure(table)
    (route,) = [t for t in fig.data if t.name.endswith("trip")]
    assert list(route.text) == ["1", "2", "3", "4"]
    assert round(route.lat[0]) == 51 and round(route.lat[-1]) == -23  # Brussels → … → Rio de Janeiro
    assert route.marker.symbol == "arrow" and "November 12-13" in route.hovertext[0]
    cities = next(t for t in fig.data if t.name == "Cities")
    assert cities.marker.colorscale and len(cities.marker.color) == len(cities.lat)


def test_undated_stops_say_so_on_the_map():
    from timeline.documents import make_document
    from timeline.pipeline import extract_documents

    t = extract_documents([make_document("Kerry will travel to Cairo on May 2, 2015. He will then travel to Paris.", "d")]).table
    (route,) = [tr for tr in map_figure(t).data if tr.name.endswith("trip")]
    assert "date not given" in route.hovertext[-1]


def test_animation_adds_places_frame_by_frame(table):
    fig = map_animation(table)
    sizes = [len(f.data[0].lat) for f in fig.frames]
    assert sizes == sorted(sizes) and len(fig.frames) >= 3
    located = table.drop_duplicates("event_id")  # an event's first row: its own place, or none
    assert sizes[-1] == located[located["lat"].notna() & located["start"].notna()]["place"].nunique()
