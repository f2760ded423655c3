"""The dashboard through Streamlit's AppTest: renders the seed, reacts to pasted text, offers downloads."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT

APP = str(ROOT / "streamlit_app.py")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    return at


def test_opens_on_the_seed_with_charts_and_table(app):
    assert not app.exception
    assert int(app.metric[0].value) >= 8
    charts = app.get("plotly_chart")
    assert len(charts) == 2
    assert "Bucharest" in set(app.dataframe[0].value["place"])


def test_pasted_text_replaces_the_seed(app):
    app.radio(key="source").set_value("Paste text").run()
    app.text_area(key="pasted").set_value("Lisbon 02.03.2021 The minister arrived in Lisbon today.").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert set(table["place"].dropna()) == {"Lisbon"}
    assert set(table["start"]) == {"2021-03-02"}


@pytest.mark.parametrize("lane", ["event_type", "country_code", "actors"])
def test_lanes_can_be_chosen(app, lane):
    app.selectbox(key="lane").set_value(lane).run()
    assert not app.exception and len(app.get("plotly_chart")) == 2


def test_map_plays_through_time(app):
    app.toggle(key="animate").set_value(True).run()
    assert not app.exception and len(app.get("plotly_chart")) == 2


def test_downloads_are_offered(app):
    labels = [b.label for b in app.get("download_button")]
    assert labels == ["Download CSV", "Download HTML report", "Download .timeline.json"]
    app.selectbox(key="other_format").set_value("Calendar (.ics)").run()
    assert not app.exception
    assert [b.label for b in app.get("download_button")][-1] == "Download .ics"
