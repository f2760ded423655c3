"""The events table: schema, round trips, deterministic ids."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.table.frame import REQUIRED, SchemaError, empty, fingerprint, read_events, validate
from timeline.pipeline import extract


@pytest.fixture(scope="module")
def table(seed_text):
    return extract(seed_text, doc_id="seed")


def test_required_columns_come_first_in_order(table):
    assert tuple(table.columns[: len(REQUIRED)]) == REQUIRED


@pytest.fixture(scope="module")
def batch_table():
    """Two documents: an undated stop, a shared range, and one summit reported twice."""
    from timeline.reading.documents import make_document
    from timeline.pipeline import extract_documents

    docs = [
        make_document("Kerry will travel to Cairo and Riyadh from May 2 to May 6, 2015. He will then travel to Paris. "
                      "Leaders met at a summit in Cairo on May 3, 2015.", "a"),
        make_document("The summit in Cairo on May 3, 2015 ended. Secretary Jon Doe will travel to Lima.", "b"),
    ]
    return extract_documents(docs).table


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
@pytest.mark.parametrize("which", ["table", "batch_table"])
def test_round_trip(which, request, tmp_path, suffix):
    from timeline.views.export import write

    df = request.getfixturevalue(which)
    path = tmp_path / f"events{suffix}"
    write(df, path)
    pd.testing.assert_frame_equal(read_events(path), df)


def test_batch_table_has_what_the_round_trip_must_carry(batch_table):
    assert batch_table["start"].isna().any() and batch_table["shared_date"].any()
    assert batch_table["source_count"].max() == 2


def test_event_ids_are_deterministic(seed_text, table):
    assert extract(seed_text, doc_id="seed")["event_id"].tolist() == table["event_id"].tolist()


def test_empty_table_has_the_schema():
    validate(empty())


def test_validate_names_missing_columns(table):
    with pytest.raises(SchemaError, match="place"):
        validate(table.drop(columns=["place"]))


def test_year_event_is_never_given_a_day(table):
    years = table[table["precision"] == "year"]
    assert (years["start"].str[5:] == "01-01").all() and (years["end"].str[5:] == "12-31").all()


def test_csv_is_formula_safe_and_still_round_trips(table, tmp_path):
    from timeline.views.export import to_csv, write

    risky = table.copy()
    risky.loc[0, "title"] = "=HYPERLINK(\"http://x\")"
    risky.loc[1, "title"] = "-5 degrees"
    text = to_csv(risky)
    assert "'=HYPERLINK" in text and "'-5 degrees" in text
    assert ",-5 degrees" not in text
    path = tmp_path / "risky.csv"
    write(risky, path)
    pd.testing.assert_frame_equal(read_events(path), risky)


@pytest.mark.parametrize("change", [
    lambda t: t.assign(title=t["title"].where(t.index != t.index[0], "Another title")),  # one cell
    lambda t: t.iloc[1:],  # a row fewer
    lambda t: t.iloc[::-1],  # the rows in another order
    lambda t: t.drop(columns=["actors"]),  # a column fewer
], ids=["a cell", "a row", "the order", "a column"])
def test_a_fingerprint_changes_with_what_a_view_shows(table, change):
    assert fingerprint(table) == fingerprint(table.copy())
    assert fingerprint(change(table)) != fingerprint(table)
