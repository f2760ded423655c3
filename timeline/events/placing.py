"""Where an event happens, learned: the candidates an event's sentence and document offer, each described by features
the linear model of `scripts/train_event_places.py` weighs, and the candidate it scores highest.

The candidates are the places of the event's sentence (with the part each plays for the event), the dateline's place,
the place a history text is about, the place a news story is about, and no place at all. The hand-ordered rule of
`occurrences.choose_place` is one feature among them: the model learns where the texts overrule it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..language import clauses
from ..language.gazetteer import assets_dir
from ..language.ranker import Ranker, read_ranker
from ..models import EVENT_TYPES, PLACE_KINDS

if TYPE_CHECKING:
    from ..language.syntax import Parse
    from ..models import PlaceMention
    from .occurrences import Setting

MODEL_FILE = "event_place_ranker.json"
# How far the model's best must score above the rule's pick to overrule it. The rule encodes GUIDE.md's cases one by
# one, the model the average of the gold texts: with no margin it gained more in cross-validation over sets (43 right
# events against 15) by overruling the guide's own cases (a meeting put at the story's town, an almanac's line at the
# town of the line above, a programme's venue at another day's town).
MARGIN = 0.5

ROLES = ("locative", "names", "destination", "sublocative", "clause", "object", "subject", "topic", "other", "elsewhere")
EVENT_KINDS = tuple(k for k in EVENT_TYPES if k != "other")
# kinds of place, finest first (a place of no kind here, a site, counts as finest)
KIND_RANK = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
# what a candidate is, crossed with the event's kind: a story's focus is where a flood happens, not where people meet
_CROSSED = ("none", "rule", "dateline", "about", "focus", "role_locative", "role_subject", "role_object", "role_other",
            "kind_country")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of where an event happens: a place (None for no place) and the parts it plays in the sentence."""

    mention: PlaceMention | None
    roles: frozenset[str]


# the closed classes a place's link to its event is read by (any other word or label counts as "other")
_PREPOSITIONS = ("in", "at", "on", "near", "to", "into", "from", "of", "for", "by", "with", "between", "across", "through",
                 "outside", "off", "over", "around", "against", "toward", "towards", "after", "before", "during")
_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "poss", "appos", "conj", "npadvmod", "amod", "nmod", "attr")


def shape(parse: Parse, start: int, end: int, pred: int) -> dict[str, float]:
    """How a place's name hangs from the event's predicate: its own label, the first preposition on the way up, how far,
    and on which side."""
    i = clauses.head_token(parse, start, end)
    if i is None or pred < 0:
        return {"shape_unparsed": 1.0}
    toks = parse.tokens
    f = {"dep_" + (toks[i].dep if toks[i].dep in _DEPS else "other"): 1.0}
    path = clauses.path_up(parse, i, pred)
    if path is None:
        f["path_none"] = 1.0
    else:
        prep = next((toks[j].text.lower() for j in path[1:] if toks[j].dep in ("prep", "agent")), None)
        if prep is not None:
            f["prep_" + (prep if prep in _PREPOSITIONS else "other")] = 1.0
        f["path_" + ("short" if len(path) <= 3 else "mid" if len(path) <= 5 else "long")] = 1.0
    f["before_predicate"] = float(end <= toks[pred].start)
    return f


def shapes(parse: Parse, places: list[PlaceMention], pred: int) -> dict[tuple[str, str, str], dict[str, float]]:
    """`shape` of each place of a sentence (its first name there)."""
    out: dict[tuple[str, str, str], dict[str, float]] = {}
    for p in places:
        out.setdefault(_key(p), shape(parse, p.start, p.end, pred))
    return out


# a topic, party, attacker or owner, or a place of another clause of the sentence, is never where the event happens
# (GUIDE.md, "Place"): such a name is a candidate only as the document's dateline, subject or focus
_NEVER_ITS_OWN = frozenset({"topic", "elsewhere"})


def candidates(roles: list[tuple[PlaceMention, str]], setting: Setting, rule: PlaceMention | None = None) -> list[Candidate]:
    """Each place of the sentence (literal names only) with all its roles, then the document's places and the rule's
    pick, then no place."""
    by_place: dict = {}
    for p, r in roles:
        if not p.literal or r in _NEVER_ITS_OWN:
            continue
        key = _key(p)
        first, seen = by_place.get(key, (p, frozenset()))
        by_place[key] = (first, seen | {r})
    for p in (setting.dateline, setting.about, setting.focus, rule):
        if p is not None and _key(p) not in by_place:
            by_place[_key(p)] = (p, frozenset())
    return [Candidate(p, rs) for p, rs in by_place.values()] + [Candidate(None, frozenset())]


def _key(p: PlaceMention) -> tuple[str, str, str]:
    return (p.place.name, p.place.country_code, p.place.kind)


def features(c: Candidate, all_: list[Candidate], setting: Setting, kind: str, rule: PlaceMention | None,
             shaped: dict | None = None) -> dict[str, float]:
    """The named features of one candidate (absent features are 0)."""
    f: dict[str, float] = {}
    if c.mention is not None and c.roles and shaped:
        f.update(shaped.get(_key(c.mention), {}))
    own = [x for x in all_ if x.roles and x.mention is not None]
    f["context_no_own_place"] = float(not own)
    f["context_chronicle"] = float(setting.chronicle)
    f["context_news"] = float(setting.reference is not None)
    abroad = setting.focus is not None and setting.dateline is not None \
        and setting.focus.place.country_code != setting.dateline.place.country_code
    if c.mention is None:
        f["none"] = 1.0
        f["rule"] = float(rule is None)
        f["none_no_own"] = float(not own)
        f["none_has_dateline"] = float(setting.dateline is not None)
        f["none_has_about"] = float(setting.about is not None)
        f["none_has_focus"] = float(setting.focus is not None)
    else:
        p = c.mention
        f["rule"] = float(rule is not None and _key(rule) == _key(p))
        for r in c.roles:
            if r in ROLES:
                f["role_" + r] = 1.0
        f["role_count"] = float(len(c.roles))
        f["in_sentence"] = float(bool(c.roles))
        f["kind_" + (p.place.kind if p.place.kind in PLACE_KINDS else "site")] = 1.0
        for name, q in (("dateline", setting.dateline), ("about", setting.about), ("focus", setting.focus)):
            if q is not None and _key(q) == _key(p):
                f[name] = 1.0
            if q is not None and q.place.country_code and q.place.country_code == p.place.country_code:
                f["same_country_" + name] = 1.0
        f["dateline_abroad"] = float(abroad)
        # the finest of its country in the sentence: "in Ghana" beside "Accra" says where Accra is
        if c.roles and any(x.mention.place.country_code == p.place.country_code and _rank(x.mention) < _rank(p) for x in own):
            f["coarser_than_another"] = 1.0
        if c.roles and own and min(own, key=lambda x: x.mention.start).mention is p:
            f["first_in_sentence"] = 1.0
    if kind in EVENT_KINDS:
        for name in _CROSSED:
            if f.get(name):
                f[f"{name}*{kind}"] = 1.0
    return f


def _rank(p: PlaceMention) -> int:
    return KIND_RANK.get(p.place.kind, 0)


@lru_cache(maxsize=1)
def default_model() -> Ranker:
    """The event-place model of this installation (`scripts/train_event_places.py` writes it), read on first use."""
    return read_ranker(assets_dir() / MODEL_FILE)


def decide(roles: list[tuple[PlaceMention, str]], setting: Setting, kind: str, rule: PlaceMention | None,
           shaped: dict | None = None, model: Ranker | None = None) -> PlaceMention | None:
    """The candidate the model scores highest (the rule's pick on a tie)."""
    model = model if model is not None else default_model()
    cands = candidates(roles, setting, rule)
    scores = [model.weigh(features(c, cands, setting, kind, rule, shaped)) for c in cands]
    k = pick(scores, next(k for k, c in enumerate(cands) if _same(c.mention, rule)))
    return rule if _same(cands[k].mention, rule) else cands[k].mention


def pick(scores: list[float], rule: int) -> int:
    """The index of the best score, unless it beats the rule's (at `rule`) by less than `MARGIN`.

    >>> pick([0.2, 1.0, 0.9], 0), pick([0.2, 1.0, 0.9], 2)
    (1, 2)
    """
    best = max(range(len(scores)), key=lambda k: (scores[k], k == rule))
    return best if scores[best] - scores[rule] >= MARGIN else rule


def _same(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and _key(a) == _key(b))
