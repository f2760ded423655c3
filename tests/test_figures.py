"""Figures are pure functions of the events table: what they draw, checked on the seed and small tables."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.views.figures import LANES, _label, _stack, detail_window, map_animation, map_figure, timeline_figure, waiting_map
from timeline.table.frame import empty
from timeline.pipeline import extract


@pytest.fixture(scope="module")
def table(seed_text):
    return extract(seed_text, doc_id="seed")


def _ids(fig) -> set[str]:
    return {i for t in fig.data for data in t.customdata for i in str(data).split(",")}


def _titles(fig) -> list[str]:
    return [text for t in fig.data if t.name == "titles" for text in t.text]


def test_timeline_has_an_overview_and_a_readable_detail_of_the_trip(table):
    fig = timeline_figure(table)
    over, detail = fig.layout.xaxis.range, fig.layout.xaxis2.range
    assert pd.Timestamp(over[0]).year <= 2008 and pd.Timestamp(over[1]).year >= 2024
    assert pd.Timestamp(detail[0]) <= pd.Timestamp("2024-11-12") and pd.Timestamp(detail[1]) >= pd.Timestamp("2024-11-20")
    assert (pd.Timestamp(detail[1]) - pd.Timestamp(detail[0])).days < 30
    year_bars = [t for t in fig.data if t.name.startswith("Approximate")]
    assert year_bars and all(t.marker.pattern.shape == "/" for t in year_bars)
    assert "2008 (year)" in " ".join(year_bars[0].hovertext)
    assert _ids(fig) == set(table.loc[table["start"].notna(), "event_id"])
    assert "Timeline of" in fig.layout.meta["alt"]


def test_the_chart_says_what_happened(table):
    titles = _titles(timeline_figure(table))
    assert any(t.startswith("Russia annexed the Crimea") for t in titles)
    assert "1. Brussels" in titles and all(len(t) <= 90 for t in titles)


def test_stops_sharing_one_range_read_as_one_trip(table):
    titles = _titles(timeline_figure(table))
    assert "2–4. Lima → Manaus → Rio de Janeiro" in titles
    assert not any(t.startswith(("2. Lima", "3. Manaus")) for t in titles)


@pytest.mark.parametrize(
    "starts,ends,depth,levels,labelled",
    [
        ([0, 1, 5], [4, 3, 6], 2, [0, 1, 0], [True, True, True]),  # the third fits again on the top row
        ([0, 0, 0], [9, 9, 9], 2, [0, 1, 0], [True, True, False]),  # no room left: drawn, not titled
        ([0, 10], [5, 12], 1, [0, 0], [True, True]),  # apart: one row
    ],
)
def test_items_are_stacked_so_titles_never_overlap(starts, ends, depth, levels, labelled):
    assert _stack(starts, ends, depth) == (levels, labelled)


def test_a_crowded_day_keeps_every_event_and_titles_what_fits():
    n = 14
    rows = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "doc_id": "d", "title": [f"Event number {i} of a busy day" for i in range(n)],
        "start": "2024-11-13", "end": "2024-11-13", "precision": "day", "date_text": "today", "mod": None,
        "place": "Brussels", "sentence": "…", "itinerary_id": None, "stop_order": pd.NA, "traveller": None,
        "shared_date": pd.NA, "event_type": "meeting",
    })
    fig = timeline_figure(rows)
    assert _ids(fig) == set(rows["event_id"])  # every event drawn, with its hover
    assert 1 <= len(_titles(fig)) < n  # titled where a row is free; the rest keep their title in the hover


def test_picked_events_are_highlighted_and_the_focus_outlined(table):
    eid = table.loc[table["place"] == "Lima", "event_id"].iloc[0]
    fig = timeline_figure(table, picked={eid}, focus=eid)
    chosen = [t for t in fig.data if t.selectedpoints is not None and len(t.selectedpoints)]
    assert chosen and all(eid in t.customdata[i] for t in chosen for i in t.selectedpoints)
    assert any(s.type == "rect" and s.line.width == 3 for s in fig.layout.shapes)
    assert timeline_figure(table).data[0].selectedpoints is None


@pytest.mark.parametrize("lane", LANES)
def test_every_lane_draws(table, lane):
    fig = timeline_figure(table, lane=lane, dark=True)
    assert fig.data and fig.layout.template.layout.paper_bgcolor  # dark theme applied


def test_lanes_of_one_document_split_kinds_and_trips(table):
    fig = timeline_figure(table)
    lanes = set(fig.layout.yaxis.ticktext) | set(fig.layout.yaxis2.ticktext)
    assert {"summit", "annexation", "Antony J. Blinken's trip"} <= lanes


@pytest.mark.parametrize(
    "mod,text,precision,label",
    [("APPROX", "2008", "year", "c. 2008 (year)"), ("AFTER", "2014", "year", "after 2014 (year)"), (None, "November 14-19", "day", "November 14-19")],
)
def test_labels_say_how_sure_the_date_is(mod, text, precision, label):
    assert _label(pd.Series({"mod": mod, "date_text": text, "precision": precision})) == label


@pytest.mark.parametrize(
    "starts,detail",
    [
        (["2024-11-12", "2024-11-20"], False),  # fits one view
        (["2008-04-02", "2024-11-12", "2024-11-14", "2024-11-17"], True),  # most events in one stretch
        (["2002-02-22", "2017-04-07", "2020-06-27", "2024-11-12", "2024-11-14"], False),  # no stretch holds most
    ],
)
def test_a_detail_panel_only_for_a_stretch_holding_most_events(starts, detail):
    rows = pd.DataFrame({"start": starts, "end": starts, "precision": "day"})
    assert (detail_window(rows) is not None) == detail


def test_map_draws_the_route_in_order_with_dates(table):
    fig = map_figure(table)
    (route,) = [t for t in fig.data if t.name.endswith("trip")]
    assert list(route.text) == ["1. Brussels · 12–13 Nov", "2. Lima · 14–19 Nov", "3. Manaus · 14–19 Nov", "4. Rio de Janeiro · 14–19 Nov"]
    assert round(route.lat[0]) == 51 and round(route.lat[-1]) == -23  # Brussels → … → Rio de Janeiro
    assert route.marker.symbol == "arrow" and "November 12-13" in route.hovertext[0]
    cities = next(t for t in fig.data if t.name == "Cities")
    assert cities.marker.colorscale and len(cities.marker.color) == len(cities.lat)


TRIP = "Brussels 13.11.2024 Blinken will travel to Lima on November 14 and to Quito on November 16. He met officials in Brussels today."


@pytest.fixture(scope="module")
def trip():
    return extract(TRIP)


def test_the_map_zooms_to_its_places(trip):
    geo = map_figure(trip).layout.geo
    assert geo.lonaxis.range[0] < -78.5 and geo.lonaxis.range[1] > 4.4  # Lima and Quito to Brussels
    assert geo.lonaxis.range[1] - geo.lonaxis.range[0] < 180 and geo.lataxis.range[1] < 85


def test_colour_ticks_name_distinct_dates_for_a_short_span(trip):
    cities = next(t for t in map_figure(trip).data if t.name == "Cities")
    ticks = list(cities.marker.colorbar.ticktext)
    assert ticks[0] == "13 Nov 2024" and ticks[-1] == "16 Nov 2024" and len(set(ticks)) == len(ticks)


def test_a_stop_picks_every_event_at_its_place(trip):
    fig = map_figure(trip)
    (route,) = [t for t in fig.data if t.name.endswith("trip")]
    cities = next(t for t in fig.data if t.name == "Cities")
    lima = cities.customdata[list(cities.lat).index(route.lat[0])]
    assert route.customdata[0] == lima


def test_the_map_highlights_picked_places_and_rings_the_chosen_event(trip):
    brussels = trip.loc[(trip["place"] == "Brussels") & trip["start"].notna(), "event_id"].iloc[0]
    fig = map_figure(trip, picked={brussels}, focus=brussels)
    cities = next(t for t in fig.data if t.name == "Cities")
    assert [cities.lat[i] for i in cities.selectedpoints] == [pytest.approx(50.85, abs=0.1)]
    assert any(t.name == "Chosen event" for t in fig.data)
    assert not any(t.name == "Chosen event" for t in map_figure(trip).data)


def test_undated_stops_say_so_on_the_map():
    from timeline.reading.documents import make_document
    from timeline.pipeline import extract_documents

    t = extract_documents([make_document("Kerry will travel to Cairo and then to Paris.", "d")]).table
    (route,) = [tr for tr in map_figure(t).data if tr.name.endswith("trip")]
    assert "date not given" in route.hovertext[-1]


def test_a_stop_after_a_dated_one_is_on_or_after_its_day_on_the_map():
    from timeline.reading.documents import make_document
    from timeline.pipeline import extract_documents

    t = extract_documents([make_document("Kerry will travel to Cairo on May 2, 2015. He will then travel to Paris.", "d")]).table
    (route,) = [tr for tr in map_figure(t).data if tr.name.endswith("trip")]
    assert "on or after 2015-05-02" in route.hovertext[-1] and "<NA>" not in route.hovertext[-1]
    assert route.text[-1] == "2. Paris · from 2 May"


def test_animation_adds_places_frame_by_frame(table):
    fig = map_animation(table)
    sizes = [len(f.data[0].lat) for f in fig.frames]
    assert sizes == sorted(sizes) and len(fig.frames) >= 3
    located = table.drop_duplicates("event_id")  # an event's first row: its own place, or none
    assert sizes[-1] == located[located["lat"].notna() & located["start"].notna()]["place"].nunique()


def test_markers_that_would_cover_each_other_are_drawn_apart():
    from timeline.pipeline import extract

    t = extract("Brussels 13.11.2024 Ministers met in Brussels today. Belgium hosted the talks on November 13, 2024.")
    located = t.dropna(subset=["lat"]).drop_duplicates("place")
    true = list(zip(located["lat"], located["lon"]))
    fig = map_figure(t)
    drawn = [(a, b) for tr in fig.data if tr.name in ("Cities", "Countries and regions") for a, b in zip(tr.lat, tr.lon)]

    def closest(points):
        return min(abs(a[0] - b[0]) + abs(a[1] - b[1]) for i, a in enumerate(points) for b in points[i + 1:])

    assert len(drawn) == len(true) >= 2 and closest(drawn) > 1.5 * closest(true)
    assert any("drawn a little apart" in h for tr in fig.data if tr.hovertext for h in tr.hovertext)


@pytest.mark.parametrize("text", [
    "Kaunas was sacked in 1262 by Lithuanians. The castle was rebuilt before 1250.",  # out of reach of nanoseconds
    "Brussels 13.11.2024 Talks in Brussels today. Blinken flew to Lima on November 14.",
])
def test_any_era_draws_titled(text):
    from timeline.pipeline import extract

    fig = timeline_figure(extract(text))
    assert _titles(fig) and map_figure(extract(text)).data


@pytest.mark.parametrize("dark,land", [(False, "#e8e4d8"), (True, "#3b3b3b")])
def test_the_waiting_map_is_the_map_with_no_places_saying_what_it_waits_for(dark, land):
    fig = waiting_map(dark, what="Reading 3 articles …")
    assert (len(fig.data), fig.layout.geo.showland, fig.layout.geo.landcolor, fig.layout.title.text) == (0, True, land, "Reading 3 articles …")
    assert fig.layout.geo.projection.type == map_figure(empty()).layout.geo.projection.type
