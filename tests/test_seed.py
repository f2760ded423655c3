"""The seed article end to end: the skeleton's acceptance checks, and a golden events file."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from timeline.table.frame import read_events, validate
from timeline.pipeline import extract

GOLDEN = Path(__file__).parent / "golden" / "seed_events.csv"


@pytest.fixture(scope="module")
def events(seed_text) -> pd.DataFrame:
    return extract(seed_text, doc_id="blinken-brussels-nato-2024-11-13")


def _at(events: pd.DataFrame, place: str) -> pd.DataFrame:
    return events[events["place"] == place]


def test_bucharest_summit_is_a_year_event(events):
    rows = _at(events, "Bucharest")
    assert ((rows["start"] == "2008-01-01") & (rows["end"] == "2008-12-31") & (rows["precision"] == "year")).any()


def test_crimea_annexation_is_a_year_event(events):
    rows = _at(events, "Crimea")
    assert ((rows["start"] == "2014-01-01") & (rows["precision"] == "year") & (rows["country_code"] == "UA")).any()


@pytest.mark.parametrize(
    "place,start,end",
    [("Brussels", "2024-11-12", "2024-11-13"), ("Lima", "2024-11-14", "2024-11-19"), ("Manaus", "2024-11-14", "2024-11-19"), ("Rio de Janeiro", "2024-11-14", "2024-11-19")],
)
def test_trip_stops_have_their_dates(events, place, start, end):
    rows = _at(events, place)
    assert ((rows["start"] >= start) & (rows["end"] <= end) & (rows["start"] <= rows["end"])).any()
    if place == "Brussels":
        assert ((rows["start"] == start) & (rows["end"] == end)).any()


def test_one_itinerary_in_order(events):
    stops = events[events["itinerary_id"].notna()].sort_values("stop_order")
    assert stops["itinerary_id"].nunique() == 1
    assert stops["place"].tolist() == ["Brussels", "Lima", "Manaus", "Rio de Janeiro"]
    assert stops["stop_order"].tolist() == [1, 2, 3, 4]
    assert set(stops["traveller"]) == {"Antony J. Blinken"}


def test_no_misread_years(events):
    years = set(events["start"].dropna().str[:4]) | set(events["end"].dropna().str[:4])
    assert not years & {"2013", "2019", "2028"}
    assert max(years) <= "2025"


@pytest.mark.parametrize(
    "place,country",
    [("Georgia", "GE"), ("Brussels", "BE"), ("Bucharest", "RO"), ("Crimea", "UA"), ("Lima", "PE"), ("Manaus", "BR"), ("Rio de Janeiro", "BR")],
)
def test_places_carry_their_country(events, place, country):
    rows = _at(events, place)
    assert len(rows) and set(rows["country_code"]) == {country}


def test_lima_apec_sentence_is_an_inferred_event(events):
    rows = events[events["inferred"] & (events["place"] == "Lima").fillna(False)]
    assert len(rows) == 1 and rows["sentence"].iloc[0].startswith("In Lima")


def test_provenance_points_into_the_text(events, seed_text):
    for r in events.itertuples():
        assert seed_text[r.char_start:r.char_end] == r.sentence
        assert seed_text[r.date_char_start:r.date_char_end] == r.date_text
        if pd.notna(r.place_char_start):
            assert seed_text[r.place_char_start:r.place_char_end] == r.place_text


def test_events_follow_the_schema(events):
    validate(events)


def test_matches_golden_file(events):
    """Regenerate with TIMELINE_UPDATE_GOLDEN=1 after an intended change, and review the diff."""
    if os.environ.get("TIMELINE_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        events.to_csv(GOLDEN, index=False)
    pd.testing.assert_frame_equal(events, read_events(GOLDEN))
