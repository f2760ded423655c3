"""The learned keep model: what it reads of an event, how its score decides, and what the shipped one leaves out."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from timeline.events import keeping
from timeline.events.occurrences import Setting
from timeline.language.gazetteer import assets_dir
from timeline.language.ranker import Ranker
from timeline.models import Event, Place, PlaceMention, Sentence, TimeMention
from timeline.pipeline import extract

TEXT = "Talks in Lima ended on 12 May 2024. We were tired."
LIMA = PlaceMention(9, 13, "Lima", Place("Lima", "city", "PE", -12.04, -77.03))
MAY_12 = TimeMention(23, 34, "12 May 2024", "DATE", "2024-05-12", "day", date(2024, 5, 12), date(2024, 5, 12))


def _event(title: str = "Talks ended", time: TimeMention | None = MAY_12, placed: bool = True, trip: str = "") -> Event:
    return Event("e-" + title, "doc", title, time, Sentence(0, 35, TEXT[:35]), (LIMA,) if placed else (),
                 0 if placed else None, itinerary_id=trip)


@pytest.mark.parametrize("event,setting,present,absent", [
    (_event(), Setting(), {"bias", "precision_day", "date_in_sentence", "placed", "place_kind_city", "place_in_sentence",
                           "place_after_in", "date_after_on"},
     {"undated", "news", "years_from_reference"}),
    (_event(time=None, placed=False), Setting(), {"bias", "undated"}, {"placed", "precision_day", "date_in_sentence"}),
    (_event(), Setting(reference=date(2020, 5, 13)), {"news", "years_from_reference", "after_reference"}, {"undated"}),
    (_event(), Setting(dateline=LIMA), {"dateline", "at_dateline"}, {"at_about"}),
])
def test_features_name_what_the_event_is(event, setting, present, absent):
    f = keeping.features(event, TEXT, setting, keeping.around([event], TEXT))
    assert present <= {k for k, v in f.items() if v}, f
    assert not absent & {k for k, v in f.items() if v}, f


def test_a_first_person_text_crosses_every_feature_with_its_voice():
    half = keeping.Around(Counter({0: 1}), Counter(), 1, 0.5)
    f = keeping.features(_event(), TEXT, Setting(), half)
    assert f["personal*bias"] == 0.5 and f["personal*placed"] == 0.5
    none = keeping.Around(Counter({0: 1}), Counter(), 1, 0.0)
    assert not any(k.startswith("personal*") for k in keeping.features(_event(), TEXT, Setting(), none))


@pytest.mark.parametrize("events,in_sentence,same_days", [
    ([_event("One")], 0.2, 0.0),
    ([_event("One"), _event("Two")], 0.4, 0.25),  # two of one sentence and one day
    ([_event("One"), _event("Two", time=None)], 0.4, 0.0),
])
def test_what_the_document_holds_around_an_event_is_counted(events, in_sentence, same_days):
    f = keeping.features(events[0], TEXT, Setting(), keeping.around(events, TEXT))
    assert (f["in_sentence"], f["same_days"]) == (in_sentence, same_days)


@pytest.mark.parametrize("text,at,word", [
    ("Talks in Lima", 9, "in"),
    ("They met at dawn In Lima", 19, "in"),
    ("Lima hosted", 0, "other"),
    ("The Peruvian Lima", 13, "other"),
])
def test_the_word_a_name_follows(text, at, word):
    assert keeping._word_before(text, at) == word


@pytest.mark.parametrize("text,share", [
    ("We left Lima at dawn and I slept.", 1.0),
    ("The minister left Lima at dawn.", 0.0),
    ("", 0.0),
    ("We met. " + "talks " * 38, 0.5),  # one first-person word in forty
])
def test_personal_share(text, share):
    assert keeping.personal(text) == share


def test_what_a_sentence_says_is_read_once_however_many_events_it_holds(monkeypatch):
    calls = []
    said = keeping._said
    monkeypatch.setattr(keeping, "_said", lambda text: calls.append(text) or said(text))
    events = [_event(f"Event {k}") for k in range(500)]  # one sentence
    doc = keeping.around(events, TEXT)
    for e in events:
        keeping.features(e, TEXT, Setting(), doc)
    assert len(calls) == 1


def test_kept_leaves_out_what_scores_below_zero_but_never_a_stop():
    placed_only = Ranker(("bias", "placed"), (-1.0, 2.0))
    events = [_event("Placed"), _event("Nowhere", placed=False), _event("Stop", placed=False, trip="doc#trip1")]
    assert [e.title for e in keeping.kept(events, TEXT, Setting(), placed_only)] == ["Placed", "Stop"]
    assert keeping.kept([], TEXT, Setting(), placed_only) == []


def test_the_shipped_model_carries_its_threshold_in_its_bias():
    data = json.loads((assets_dir() / keeping.MODEL_FILE).read_text(encoding="utf-8"))
    assert "bias" in data["features"] and len(data["features"]) == len(data["weights"])
    assert 0 < data["threshold"] < 0.5  # below a half: only what is more likely wrong than right goes
    chosen = data["cross_validation"][str(data["threshold"])]
    assert chosen["f1"] > data["cross_validation"]["all_kept"]["f1"]
    # no kind of text loses more than a tenth of a point (the training script's MAX_LOSS: one or two of its events)
    assert all(chosen["by_kind"][k] >= v - 0.001 for k, v in data["cross_validation"]["all_kept"]["by_kind"].items())


def test_a_background_state_is_left_out_unless_all_events_are_asked_for():
    text = "In the summer of 2010 it was very hot. The museum was built in 1850 in Vienna."
    assert list(extract(text).drop_duplicates("event_id").title) == ["The museum was built in Vienna"]
    assert list(extract(text, all_events=True).drop_duplicates("event_id").title) == ["It was very hot", "The museum was built in Vienna"]
