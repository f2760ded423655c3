"""Several articles about one event become one event with several sources; provenance stays per row."""

from __future__ import annotations

import pytest

from timeline.reading.documents import make_document
from timeline.pipeline import extract_documents


def _table(*texts: str):
    docs = [make_document(t, f"doc{i}") for i, t in enumerate(texts, start=1)]
    return extract_documents(docs).table


def test_two_articles_on_one_summit_give_one_event_with_two_sources():
    texts = {
        "doc1": "Brussels 14.06.2021 NATO leaders met at the Brussels summit on June 14, 2021 to agree on a new strategy.",
        "doc2": "Paris 15.06.2021 The summit in Brussels on June 14, 2021 ended with a communiqué.",
    }
    table = _table(*texts.values())
    summit = table[table["event_type"] == "summit"]
    assert summit["event_id"].nunique() == 1
    assert set(summit["doc_id"]) == {"doc1", "doc2"}
    assert set(summit["source_count"]) == {2} and not summit["date_conflict"].any()
    for row in summit.itertuples():  # every report keeps its own provenance
        text = texts[row.doc_id]
        assert text[row.char_start:row.char_end] == row.sentence
        assert text[row.date_char_start:row.date_char_end] == row.date_text


@pytest.mark.parametrize(
    "a,b,merged,conflict",
    [
        # overlapping but different dates: one event, flagged
        ("Leaders met at a summit in Lima from April 2 to April 4, 2024.", "Leaders met at a summit in Lima from April 3 to April 5, 2024.", True, True),
        # same place, different kinds of event: apart
        ("Leaders met at a summit in Lima on April 2, 2024.", "Missiles struck Lima on April 2, 2024.", False, False),
        # same kind, same place, dates apart: two events
        ("Leaders met at a summit in Lima on April 2, 2024.", "Leaders met at a summit in Lima on May 9, 2024.", False, False),
        # two travellers in one city on one day are two trips
        ("Blinken will travel to Lima on April 2, 2024.", "Austin will travel to Lima on April 2, 2024.", False, False),
    ],
)
def test_what_is_one_event(a, b, merged, conflict):
    table = _table(a, b)
    kinds = table[table["place"] == "Lima"]
    assert (kinds["event_id"].nunique() == 1) is merged
    assert bool(kinds["date_conflict"].any()) is conflict


def test_reports_in_one_document_are_not_merged():
    table = _table("Leaders met at a summit in Lima on April 2, 2024. The summit in Lima on April 2, 2024 ended.")
    assert table[table["event_type"] == "summit"]["event_id"].nunique() == 2
    assert set(table["source_count"]) == {1}
