"""Where an event happens, learned: the candidates, their features, the model's pick and the margin it must clear."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline.events import placing
from timeline.events.occurrences import Setting
from timeline.language.ranker import Ranker
from timeline.models import Place, PlaceMention
from timeline.pipeline import extract


def _at(name: str, kind: str = "city", cc: str = "AT", start: int = 0) -> PlaceMention:
    return PlaceMention(start, start + len(name), name, Place(name, kind, cc, 48.2, 16.4))


VIENNA, IRAN, KABUL = _at("Vienna", start=30), _at("Iran", "country", "IR", start=50), _at("Kabul", cc="AF", start=0)


@pytest.mark.parametrize("scores,rule,expected", [
    ([0.2, 1.0, 0.9], 0, 1),  # the best clears the margin over the rule's pick
    ([0.2, 1.0, 0.9], 2, 2),  # it does not: the rule's pick stays
    ([0.5, 0.5], 1, 1),  # a tie keeps the rule's
    ([3.0, 0.0, 1.0], 1, 0),
])
def test_the_model_overrules_the_rule_only_by_a_margin(scores, rule, expected):
    assert placing.pick(scores, rule) == expected


def test_candidates_are_the_sentence_s_own_places_then_the_document_s_then_none():
    roles = [(VIENNA, "locative"), (IRAN, "topic"), (KABUL, "elsewhere"), (VIENNA, "names")]
    got = placing.candidates(roles, Setting(dateline=KABUL))
    # a topic is never where it happens; a place of another clause only as the dateline, with no part in the sentence
    assert [(c.mention.text if c.mention else None, sorted(c.roles)) for c in got] == [
        ("Vienna", ["locative", "names"]), ("Kabul", []), (None, [])]


@pytest.mark.parametrize("weights,expected", [
    ({"none": 5.0}, None),  # the model says no place, far above the rule's
    ({"role_locative": 0.3}, "Kabul"),  # the locative scores above the rule's dateline, by less than the margin
    ({"role_locative": 2.0}, "Vienna"),
    ({"dateline": 2.0, "role_locative": 1.0}, "Kabul"),
    ({"rule": 9.0, "none": 5.0}, "Kabul"),
])
def test_decide_takes_the_best_scored_candidate(weights, expected):
    model = Ranker(tuple(weights), tuple(weights.values()))
    got = placing.decide([(VIENNA, "locative")], Setting(dateline=KABUL), "meeting", KABUL, model=model)
    assert (got.text if got else None) == expected


def test_features_say_what_a_candidate_is_and_cross_it_with_the_event_s_kind():
    setting = Setting(dateline=KABUL)
    cands = placing.candidates([(VIENNA, "locative")], setting)
    vienna, kabul, nothing = (placing.features(c, cands, setting, "attack", KABUL) for c in cands)
    assert vienna["role_locative"] == vienna["in_sentence"] == vienna["role_locative*attack"] == 1.0 and not vienna.get("rule")
    assert kabul["dateline"] == kabul["rule"] == kabul["rule*attack"] == 1.0 and not kabul.get("in_sentence")
    assert nothing["none"] == nothing["none*attack"] == nothing["none_has_dateline"] == 1.0


_KNOWN = re.compile(r"(?:none|rule|in_sentence|role_count|dateline|about|focus|dateline_abroad|coarser_than_another"
                    r"|first_in_sentence|before_predicate|shape_unparsed|path_none|none_\w+|context_\w+"
                    r"|(?:role|kind|dep|prep|path|same_country)_\w+)(?:\*\w+)?")


def test_the_shipped_model_weighs_only_features_the_code_makes():
    model = placing.default_model()
    assert len(model.features) > 50 and all(_KNOWN.fullmatch(f) for f in model.features), model.features
    crossed = {f.split("*")[1] for f in model.features if "*" in f}
    assert crossed <= set(placing.EVENT_KINDS)


def test_a_visit_s_day_with_no_place_of_its_own_is_where_the_story_s_visit_goes():
    """The rule alone leaves "The visit commences on March 3 with a welcome at the marae" with no place (the marae is
    no gazetteer place); the model, as the texts do, puts it where the visit goes."""
    table = extract("The Governor will visit Timaru this week.\n\nThe visit commences on March 3 with a welcome at the marae.",
                    reference=date(2017, 3, 1))
    rows = table[table["title"].str.contains("commences") & (table["place_role"] == "primary")]
    assert list(zip(rows["start"], rows["place"])) == [("2017-03-03", "Timaru")]


@pytest.mark.parametrize("named,score", [
    ({"a": 1.0, "b": 2.0}, 0.5 + 2 * -1.0),
    ({"b": 1.0, "unknown": 9.0}, -1.0),  # a name the ranker has no weight for counts nothing
    ({}, 0.0),
])
def test_a_ranker_weighs_named_feature_values(named, score):
    assert Ranker(("a", "b"), (0.5, -1.0)).weigh(named) == score
