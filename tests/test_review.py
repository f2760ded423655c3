"""Filters, the reader's corrections (kept by provenance, surviving re-extraction) and the marked-up source."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract
from timeline.review import (
    CorrectionError, Filters, apply_corrections, correction_key, dump_corrections, filter_events, highlight, load_corrections,
)


@pytest.fixture(scope="module")
def table(seed_text):
    return extract(seed_text, doc_id="seed")


@pytest.mark.parametrize(
    "filters,check",
    [
        (Filters(types=("travel",)), lambda t: set(t["event_type"]) == {"travel"} and len(t) == 4),
        (Filters(countries=("BR",)), lambda t: {"Manaus", "Rio de Janeiro"} <= set(t["place"])),
        (Filters(precisions=("year",)), lambda t: set(t["start"].str[:4]) == {"2008", "2014"}),
        (Filters(since=date(2024, 11, 14)), lambda t: t["end"].min() >= "2024-11-14"),
        (Filters(until=date(2015, 1, 1)), lambda t: t["start"].max() <= "2015-01-01"),
        (Filters(documents=("other",)), lambda t: t.empty),
    ],
)
def test_filters(table, filters, check):
    assert check(filter_events(table, filters))


def test_picked_events_keep_all_their_rows(table):
    eid = _summit(table)["event_id"]
    picked = filter_events(table, Filters(event_ids=(eid,)))
    assert set(picked["event_id"]) == {eid} and len(picked) == (table["event_id"] == eid).sum()


def _row(table, title):
    return table[table["title"] == title].iloc[0]


def _summit(table):
    """The 2008 Bucharest summit: its event's primary row."""
    return table[(table["date_text"] == "2008") & (table["place"] == "Bucharest")].iloc[0]


def test_corrections_survive_re_extraction(seed_text, table):
    lima = _row(table, "Blinken travels to Lima")
    fixes = [
        {**correction_key(lima), "set": {"title": "Blinken in Lima for APEC", "start": "2024-11-14", "end": "2024-11-16"}},
        {**correction_key(_summit(table)), "delete": True},
        {"add": {"doc_id": "seed", "title": "Blinken back in Washington", "start": "2024-11-20", "end": "2024-11-20",
                 "precision": "day", "place": "Washington", "country_code": "US", "lat": 38.9, "lon": -77.04}},
    ]
    again = extract(seed_text, doc_id="seed")  # a fresh run: same provenance, same keys
    fixed = apply_corrections(again, load_corrections(dump_corrections(fixes)))
    row = fixed[fixed["title"] == "Blinken in Lima for APEC"]
    assert len(row) == 1 and (row["start"].iloc[0], row["end"].iloc[0]) == ("2024-11-14", "2024-11-16")
    assert row["verified"].iloc[0] and not fixed.loc[fixed["title"] == "Blinken travels to Manaus", "verified"].iloc[0]
    assert _summit(table)["event_id"] not in set(fixed["event_id"])
    added = fixed[fixed["title"] == "Blinken back in Washington"]
    assert added["verified"].iloc[0] and added["place"].iloc[0] == "Washington"


def test_a_place_correction_moves_the_primary_row_only(table):
    summit = _summit(table)
    fixed = apply_corrections(table, [{**correction_key(summit), "set": {"place": "Brussels", "country_code": "BE", "lat": 50.85, "lon": 4.35}}])
    rows = fixed[fixed["event_id"] == summit["event_id"]]
    assert rows.iloc[0]["place"] == "Brussels" and "Brussels" not in set(rows.iloc[1:]["place"])


@pytest.mark.parametrize(
    "bad,message",
    [
        ('[{"char_start": 3}]', "needs doc_id"),
        ('[{"doc_id": "a", "char_start": 1, "set": {"sentence": "x"}}]', "cannot correct sentence"),
        ('[{"doc_id": "a", "char_start": 1, "set": {"start": "soon"}}]', "not a date"),
        ("not json at all", "not JSON"),
    ],
)
def test_bad_corrections_say_what_is_wrong(bad, message):
    with pytest.raises(CorrectionError, match=message):
        load_corrections(bad)


def test_highlight_marks_and_escapes():
    text = "In Lima <script>alert(1)</script> on May 2.\nNext line."
    out = highlight(text, dates=[(38, 43)], places=[(3, 7)], focus=(0, 44))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert 'title="place">' in out and 'title="date">' in out and 'class="focus"' in out and "<br>" in out
