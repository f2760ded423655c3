"""Filters, the reader's corrections (kept by provenance, surviving re-extraction) and the marked-up source."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract
from timeline.table.review import (
    CorrectionError, Filters, apply_corrections, correction_key, dump_corrections, filter_events, highlight, read_corrections,
    typed_date, writes_day_first,
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
    kept, refused = read_corrections(dump_corrections(fixes))
    assert refused == [] and len(kept) == 3
    fixed = apply_corrections(again, kept)
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
        ('[{"doc_id": "a", "char_start": 1, "set": {"start": "soon"}}]', "'soon' is not a date"),
        ('[{"doc_id": "a", "char_start": 1, "set": ["title", "x"]}]', "set must be an object"),
        ('[{"doc_id": "a", "char_start": "1"}]', "char_start must be a character offset"),
        ('[{"add": {"doc_id": "a", "title": "x", "start": "garbage"}}]', "'garbage' is not a date"),
        ('[{"add": {"doc_id": "a", "title": "x", "start": "0000-01-01"}}]', "'0000-01-01' is not a date"),
        ('[{"add": {"doc_id": "a", "title": "x", "start": "2024-11-17", "lat": "abc"}}]', "lat must be a number"),
        ('[{"add": {"doc_id": "a", "title": "x", "start": "2024-11-17", "lon": 500}}]', "lon must be a number"),
        ('[{"add": {"doc_id": "a", "title": "x", "start": "2024-11-18", "end": "2024-11-17"}}]', "before start"),
        ('[{"add": {"doc_id": "a", "title": "x"}}]', "needs a start date"),
        ('[{"doc_id": "a", "char_start": 1, "set": {"precision": "moment"}}]', "precision 'moment'"),
        ('[{"doc_id": "a", "char_start": 1, "set": {"country_code": "Brazil"}}]', "two-letter code"),
        ('[17]', "must be a JSON object"),
    ],
)
def test_a_bad_correction_is_refused_alone_with_its_reason(bad, message):
    good = '{"doc_id": "a", "char_start": 1, "set": {"title": "kept"}}'
    kept, refused = read_corrections(f"[{good}, {bad[1:-1]}, {good}]")
    assert len(kept) == 2 and all(c["set"] == {"title": "kept"} for c in kept)
    assert len(refused) == 1 and refused[0].startswith("correction 2 not applied") and message in refused[0], refused


@pytest.mark.parametrize(
    "data,message",
    [
        ("not json at all", "not JSON"),
        (b'[{"doc_id": "a\xff"}]', "not UTF-8"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_an_unreadable_corrections_file_says_why(data, message):
    with pytest.raises(CorrectionError, match=message):
        read_corrections(data)


@pytest.mark.parametrize(
    "typed,day_first,iso",
    [
        ("2024-11-17", True, "2024-11-17"),
        ("17 Nov 2024", True, "2024-11-17"),
        ("Nov 17, 2024", False, "2024-11-17"),
        ("17/11/2024", False, "2024-11-17"),  # the numbers settle it
        ("5/6/2024", True, "2024-06-05"),
        ("5/6/2024", False, "2024-05-06"),
        ("17.11.2024", True, "2024-11-17"),
        ("31/02/2024", True, None),
        ("garbage", True, None),
        ("0000-01-01", True, None),
    ],
)
def test_typed_dates(typed, day_first, iso):
    assert typed_date(typed, day_first) == iso


@pytest.mark.parametrize(
    "text,day_first",
    [
        ("Brussels, 13 November 2024 — talks began on 12 November 2024.", True),
        ("WASHINGTON, Nov. 13, 2024 — talks began on November 12, 2024.", False),
        ("Kyiv 02.03.2022 Russian forces shelled Kharkiv.", True),
    ],
)
def test_an_articles_day_order(text, day_first):
    assert writes_day_first(text) is day_first


def test_typed_dates_in_corrections_become_iso(table):
    kept, refused = read_corrections('[{"doc_id": "seed", "char_start": 0, "set": {"start": "17 Nov 2024", "end": "18/11/2024"}}]')
    assert refused == [] and kept[0]["set"] == {"start": "2024-11-17", "end": "2024-11-18"}


def test_added_events_are_joined_to_the_table_at_once(table, monkeypatch):
    """Adding n events costs one concat, not n (a long corrections file once took minutes)."""
    import timeline.table.review as review

    calls = []
    real = review.pd.concat
    monkeypatch.setattr(review.pd, "concat", lambda *a, **k: calls.append(1) or real(*a, **k))
    adds = [{"add": {"doc_id": "seed", "title": f"added {n}", "start": "2024-11-20"}} for n in range(300)]
    kept, _ = read_corrections(dump_corrections(adds))
    fixed = apply_corrections(table, kept)
    assert len(fixed) == len(table) + 300 and len(calls) == 1
    assert fixed[fixed["title"].str.startswith("added")]["verified"].all()


def test_highlight_marks_and_escapes():
    text = "In Lima <script>alert(1)</script> on May 2.\nNext line."
    out = highlight(text, dates=[(38, 43)], places=[(3, 7)], focus=(0, 44))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert 'title="place">' in out and 'title="date">' in out and 'class="focus"' in out and "<br>" in out


@pytest.mark.parametrize(
    "text,focus,folded",
    [
        ("First paragraph, in Lima.\nSecond, in Quito on May 2.", (26, 52), 26),  # the paragraph before is folded
        ("Only one paragraph, in Quito on May 2.", (0, 38), 0),  # nothing before: nothing folded
        ("word " * 400 + "Talks in Quito on May 2.", (2000, 2024), 1405),  # no paragraphs: from a word 600 back
    ],
)
def test_the_source_opens_at_the_event(text, focus, folded):
    out = highlight(text, dates=[], places=[], focus=focus)
    assert ("<details>" in out) == (folded > 0)
    if folded:
        assert f"{folded:,} characters before" in out
    shown = out.split("</details>")[-1]
    assert 'class="focus"' in shown and text[focus[0]:focus[1]].split()[0] in shown


def test_a_mark_across_the_fold_is_kept_on_both_sides():
    text = "A long opening line about Rio\nde Janeiro talks on May 2."
    out = highlight(text, dates=[], places=[(26, 41)], focus=(31, 57))
    assert out.count('title="place"') == 2
