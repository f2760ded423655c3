"""The dashboard through Streamlit's AppTest: renders the seed, reacts to pasted text, filters, corrections, downloads."""

from __future__ import annotations

import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT

APP = str(ROOT / "streamlit_app.py")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    return at


def _table(app):
    return app.dataframe[0].value


def _metric(app, label):
    return next(m.value for m in app.metric if m.label == label)


def test_opens_on_the_seed_with_charts_table_and_source(app):
    assert not app.exception
    assert _metric(app, "Documents") == "1" and int(_metric(app, "Events")) >= 8
    assert len(app.get("plotly_chart")) == 2
    assert "Bucharest" in set(_table(app)["place"])
    (source,) = [h for h in app.get("html")]
    assert 'class="focus"' in source.proto.body and "<mark" in source.proto.body


def test_pasted_text_becomes_a_document(app):
    app.multiselect(key="seeds").set_value([]).run()
    app.text_area(key="pasted").set_value("Lisbon 02.03.2021 The minister arrived in Lisbon today.").run()
    assert not app.exception
    table = _table(app)
    assert set(table["place"].dropna()) == {"Lisbon"} and set(table["start"]) == {"2021-03-02"}
    assert set(table["doc_id"]) == {"pasted"}


def test_doubtful_events_are_shown_on_request(app):
    app.multiselect(key="seeds").set_value([]).run()
    app.text_area(key="pasted").set_value("In the summer of 2010 it was very hot. The museum was built in 1850 in Vienna.").run()
    assert list(_table(app)["title"]) == ["The museum was built in Vienna"]
    app.checkbox(key="all_events").check().run()
    assert not app.exception
    assert list(_table(app)["title"]) == ["It was very hot", "The museum was built in Vienna"]


@pytest.mark.parametrize(
    "key,value,check",
    [
        ("f_types", ["travel"], lambda t: set(t["title"].str.split().str[1]) == {"travels"}),
        ("f_countries", ["BR"], lambda t: {"Manaus", "Rio de Janeiro"} <= set(t["place"])),
        ("f_precisions", ["year"], lambda t: set(t["start"].str[:4]) == {"2008", "2014"}),
    ],
)
def test_filters_change_the_table_and_the_url(app, key, value, check):
    app.multiselect(key=key).set_value(value).run()
    assert not app.exception and check(_table(app))
    param = {"f_types": "type", "f_countries": "country", "f_precisions": "precision"}[key]
    assert app.query_params[param] in (value, value[0])


def test_filters_come_from_the_url():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["type"] = ["annexation"]
    at.run()
    assert not at.exception and set(at.dataframe[0].value["event_type"]) == {"annexation"}


def test_a_correction_sticks_across_reruns(app, seed_text):
    from timeline.pipeline import extract

    seed = extract(seed_text, doc_id="blinken-brussels-nato-2024-11-13")
    eid = seed.loc[(seed["date_text"] == "2008") & (seed["place"] == "Bucharest"), "event_id"].iloc[0]
    app.selectbox(key="focus_event").set_value(eid).run()
    app.text_input(key=f"c_title_{eid}").set_value("Bucharest summit promises membership")  # a form: sent on submit
    app.button(key="FormSubmitter:correct-Save correction").click().run()
    assert not app.exception and "Bucharest summit promises membership" in set(_table(app)["title"])
    app.selectbox(key="lane").set_value("country_code").run()  # any other rerun
    fixed = _table(app)
    rows = fixed[fixed["title"] == "Bucharest summit promises membership"]
    assert len(rows) and rows["verified"].all()


def test_downloads_are_offered(app):
    labels = [b.label for b in app.get("download_button")]
    assert {"Download CSV", "Download HTML report", "Download .timeline.json", "Download corrections"} <= set(labels)
    app.selectbox(key="other_format").set_value("Calendar (.ics)").run()
    assert not app.exception and "Download .ics" in [b.label for b in app.get("download_button")]


def test_a_rerun_that_changes_no_chart_draws_none(app, monkeypatch):
    """A format chosen for a download changes nothing the charts show: they are shown again, not drawn again."""
    from timeline.views import figures

    real, calls = figures.timeline_figure, []

    def timeline_figure(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(figures, "timeline_figure", timeline_figure)
    app.run()
    drawn = len(calls)
    app.selectbox(key="other_format").set_value("Calendar (.ics)").run()
    assert not app.exception and len(app.get("plotly_chart")) == 2
    assert len(calls) == drawn


@pytest.mark.parametrize("lane", ["event_type", "country_code", "actors"])
def test_lanes_can_be_chosen(app, lane):
    app.selectbox(key="lane").set_value(lane).run()
    assert not app.exception and len(app.get("plotly_chart")) == 2


def test_map_plays_through_time(app):
    app.toggle(key="animate").set_value(True).run()
    assert not app.exception and len(app.get("plotly_chart")) == 2


def test_app_runs_with_the_network_blocked(no_network):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception and len(at.get("plotly_chart")) == 2
    assert no_network == []


def test_an_event_can_be_added(app):
    app.text_input(key="a_title").set_value("Blinken returns to Washington")
    app.text_input(key="a_start").set_value("2024-11-20")
    app.text_input(key="a_place").set_value("Washington")
    app.button(key="FormSubmitter:add-Add event").click().run()
    assert not app.exception
    rows = _table(app)[_table(app)["title"] == "Blinken returns to Washington"]
    assert len(rows) == 1 and rows["verified"].all() and rows["start"].iloc[0] == "2024-11-20" and rows["country_code"].iloc[0] == "US"


def test_undated_trip_stops_keep_the_picker_source_and_downloads(app):
    """A trip statement without dates gives undated stops; the picker labels them instead of crashing."""
    app.multiselect(key="seeds").set_value([]).run()
    app.text_area(key="pasted").set_value(
        "WASHINGTON, Nov. 4, 2024 — Secretary of State Jane Doe will travel to Lima, Peru, and Quito, Ecuador.").run()
    assert not app.exception
    assert _table(app)["start"].isna().all() and len(_table(app)) == 2
    picker = app.selectbox(key="focus_event")
    assert [o.split(" · ")[1] for o in picker.options] == ["no date", "no date"]
    assert app.get("download_button")


def _correct(app, eid, **fields):
    for name, value in fields.items():
        app.text_input(key=f"c_{name}_{eid}").set_value(value)
    app.button(key="FormSubmitter:correct-Save correction").click().run()


def test_a_bad_date_is_refused_alone_and_typed_dates_are_read(app, seed_text):
    from timeline.pipeline import extract

    seed = extract(seed_text, doc_id="blinken-brussels-nato-2024-11-13")
    eid = seed.loc[(seed["date_text"] == "2008") & (seed["place"] == "Bucharest"), "event_id"].iloc[0]
    app.selectbox(key="focus_event").set_value(eid).run()
    _correct(app, eid, title="Bucharest summit promises membership")
    app.selectbox(key="focus_event_1").set_value(eid).run()
    _correct(app, eid, start="garbage")
    assert not app.exception
    assert any("Correction not saved: start 'garbage' is not a date" in e.value for e in app.error)
    assert "Bucharest summit promises membership" in set(_table(app)["title"])  # the good edit stays
    _correct(app, eid, start="3 Apr 2008")  # a date as a person types it
    assert not app.exception and not app.error
    row = _table(app)[_table(app)["title"] == "Bucharest summit promises membership"].iloc[0]
    assert row["start"] == "2008-04-03"


def test_an_added_event_with_a_bad_date_says_so_once(app):
    app.text_input(key="a_title").set_value("Blinken returns to Washington")
    app.text_input(key="a_start").set_value("18/13/2024")
    app.button(key="FormSubmitter:add-Add event").click().run()
    assert not app.exception
    (error,) = [e.value for e in app.error]
    assert error.count("18/13/2024") == 1 and "Event not added" in error
    assert "Blinken returns to Washington" not in set(_table(app)["title"])


def test_corrections_file_loads_what_it_can_and_says_what_it_refused(app):
    # AppTest cannot upload a file, so the reading is checked in test_review; here the download carries the session's fixes
    app.text_input(key="a_title").set_value("Blinken returns to Washington")
    app.text_input(key="a_start").set_value("20 Nov 2024")
    app.button(key="FormSubmitter:add-Add event").click().run()
    assert not app.exception
    rows = _table(app)[_table(app)["title"] == "Blinken returns to Washington"]
    assert list(rows["start"]) == ["2024-11-20"]


def test_a_document_without_a_reference_date_or_events_says_so(app):
    app.multiselect(key="seeds").set_value([]).run()
    app.text_area(key="pasted").set_value("Rivers burst their banks today and the town of Lismore flooded.").run()
    assert not app.exception
    warnings = [w.value for w in app.warning]
    assert any("pasted: no reference date found" in w and "Reference dates" in w for w in warnings), warnings
    assert any("1 of 1 document(s) gave no event" in w for w in warnings), warnings
    app.date_input(key="ref_pasted").set_value(date(2022, 2, 28)).run()
    assert not app.exception and not any("no reference date" in w.value for w in app.warning)
    assert set(_table(app)["start"]) == {"2022-02-28"}


def test_the_country_filter_shows_names(app):
    options = app.multiselect(key="f_countries").options
    assert "Brazil (BR)" in options and "Peru (PE)" in options


def test_an_empty_view_says_so_in_words(app):
    app.date_input(key="f_range").set_value((date(1900, 1, 1), date(1900, 1, 2))).run()
    assert not app.exception
    assert any("No event matches these filters" in i.value for i in app.info)
    assert len(app.get("plotly_chart")) == 0 and not any(c.value.startswith(".") for c in app.caption)


def _charted_ids(app, n: int) -> set[str]:
    """Event ids drawn on the n-th chart (the timeline is 0, the map 1)."""
    import json

    spec = json.loads(app.get("plotly_chart")[n].proto.spec)
    return {i for trace in spec["data"] for data in trace.get("customdata", []) for i in str(data).split(",")}


def _lima(seed_text) -> str:
    from timeline.pipeline import extract

    seed = extract(seed_text, doc_id="blinken-brussels-nato-2024-11-13")
    return seed.loc[seed["place"] == "Lima", "event_id"].iloc[0]


def test_a_pick_on_the_map_narrows_the_timeline_the_figures_and_the_table(app, seed_text):
    lima = _lima(seed_text)
    events, places = int(_metric(app, "Events")), int(_metric(app, "Places"))
    app.session_state["picks"] = {"map_chart": (lima,)}  # what a click on Lima leaves behind
    app.run()
    assert not app.exception
    assert set(_table(app)["place"]) == {"Lima"} and _metric(app, "Events") == "1" and int(_metric(app, "Places")) < places
    assert _charted_ids(app, 0) == {lima}  # the timeline shows the pick …
    assert len(_charted_ids(app, 1)) > 1  # … while the map keeps every place, Lima highlighted
    assert any("selected event(s) on the map" in i.value for i in app.info)
    import base64
    import json

    import numpy as np

    world = json.loads(app.get("plotly_chart")[1].proto.spec)
    (ring,) = [t for t in world["data"] if t.get("name") == "Chosen event"]
    lat = np.frombuffer(base64.b64decode(ring["lat"]["bdata"]), dtype=ring["lat"]["dtype"])  # plotly's typed array
    assert app.selectbox(key="focus_event").value == lima and round(lat[0]) == -12  # the picker's event, at Lima
    app.button(key="clear_picks").click().run()
    assert int(_metric(app, "Events")) == events and not any("selected event(s)" in i.value for i in app.info)


def test_a_pick_that_no_filter_leaves_is_dropped(app):
    app.session_state["picks"] = {"timeline_chart": ("no-such-event",)}
    app.run()
    assert not app.exception and int(_metric(app, "Events")) >= 8


def test_the_chosen_event_is_outlined_on_both_charts(app, seed_text):
    import json

    lima = _lima(seed_text)
    app.selectbox(key="focus_event").set_value(lima).run()
    timeline, world = (json.loads(c.proto.spec) for c in app.get("plotly_chart"))
    assert any(s.get("type") == "rect" and s["line"]["width"] == 3 for s in timeline["layout"].get("shapes", []))
    assert any(t.get("name") == "Chosen event" for t in world["data"])


def test_several_pasted_articles_each_with_its_name(app):
    app.multiselect(key="seeds").set_value([]).run()
    app.text_area(key="pasted").set_value("Lisbon 02.03.2021 The minister arrived in Lisbon today.")
    app.text_input(key="paste_name").set_value("lisbon visit").run()
    app.button(key="keep_paste").click().run()
    assert app.text_area(key="pasted").value == ""
    app.text_area(key="pasted").set_value("Quito 05.04.2022 Talks opened in Quito today.").run()
    assert not app.exception and set(_table(app)["doc_id"]) == {"lisbon visit", "pasted"}
    app.button(key="keep_paste").click().run()
    app.text_area(key="pasted").set_value("Lima 06.04.2022 Talks opened in Lima today.").run()
    assert set(_table(app)["doc_id"]) == {"lisbon visit", "pasted", "pasted-2"}
    app.multiselect(key="kept_names").set_value(["pasted"]).run()  # the Lisbon article closed
    assert set(_table(app)["doc_id"]) == {"pasted", "pasted-2"}


def test_a_link_naming_an_article_not_open_says_so():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["doc"] = ["my-upload"]
    at.run()
    assert not at.exception and any("my-upload, not open here" in w.value.replace("\\", "") for w in at.warning)


def test_an_added_event_at_an_unknown_place_is_refused_with_the_reason(app):
    app.text_input(key="a_title").set_value("Talks in a made-up town")
    app.text_input(key="a_start").set_value("2024-11-20")
    app.text_input(key="a_place").set_value("Xqzwvillezzz")
    app.button(key="FormSubmitter:add-Add event").click().run()
    assert not app.exception and "Talks in a made-up town" not in set(_table(app)["title"])
    assert any("'Xqzwvillezzz' is not a place the gazetteer knows" in e.value for e in app.error)


@pytest.mark.parametrize("name", ["![x](http://example.invalid/x.png)", ":red[alarm] **bold**", "<img src=x>"])
def test_names_are_shown_as_themselves_not_as_markdown(app, name):
    app.text_area(key="pasted").set_value("Lisbon 02.03.2021 The minister arrived in Lisbon today.")
    app.text_input(key="paste_name").set_value(name).run()
    assert not app.exception
    (label,) = [d.label for d in app.date_input if d.key.startswith("ref_") and "Lisbon" not in d.key and "blinken" not in d.key]
    assert re.search(r"(?<!\\)[\[\]()*<>:!]", label) is None  # every mark escaped
    assert label.replace("\\", "") == name.replace("/", "∕")


def test_a_long_article_is_read_once_with_a_progress_bar(monkeypatch):
    import timeline.pipeline

    calls: list[bool] = []
    real = timeline.pipeline.process

    def counted(doc, settings, progress=None):
        if len(doc.text) > 100_000:
            calls.append(progress is not None)  # the progress bar is told each step
        return real(doc, settings, progress)

    monkeypatch.setattr(timeline.pipeline, "process", counted)
    article = "Lisbon 02.03.2021 " + "The minister arrived in Lisbon today and met officials for talks. " * 1_700  # > 100,000 chars
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.multiselect(key="seeds").set_value([])
    at.text_area(key="pasted").set_value(article).run()
    assert not at.exception and int(_metric(at, "Events")) >= 1
    at.selectbox(key="lane").set_value("place").run()  # a rerun: the article is not read again
    assert not at.exception and calls == [True]


def test_an_article_past_the_deadline_is_named_and_shown_once_read(monkeypatch):
    import time

    import timeline.pipeline

    real = timeline.pipeline.process

    def slow(doc, settings, progress=None):
        if "slowly" in doc.text:
            time.sleep(3)
        return real(doc, settings, progress)

    monkeypatch.setattr(timeline.pipeline, "process", slow)
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["deadline"] = 1
    at.run()
    at.text_area(key="pasted").set_value(f"Lisbon 02.03.2021 Talks in Lisbon today, read slowly ({time.time()}).").run()
    assert not at.exception
    assert any("pasted: not read within 1 s" in e.value.replace("\\", "") for e in at.error)
    assert _metric(at, "Documents") == "1"  # the sample goes on without it
    time.sleep(3.5)  # the reading went on in the background
    at.run()
    assert not at.error and _metric(at, "Documents") == "2"
