"""Find place names and demonyms in text and resolve each to one gazetteer place.

Recognition (`placenames`) is a longest-match lookup of capitalised word runs in the gazetteer,
with filters for people and organisations; resolution, here, ranks each name's places by kind and
size, then by what else the document says (a country named right after a city, other places nearby).

>>> [(m.text, m.place.country_code) for m in find_places("He flew to Lima, Peru, then to Manaus.")]
[('Lima', 'PE'), ('Peru', 'PE'), ('Manaus', 'BR')]
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from .gazetteer import Gazetteer, default_gazetteer, normalise
from .models import Place, PlaceMention
from .placenames import (
    COMMA, LIST_JOINT, Candidate, at, dateline, name_candidates, own_names, qualifiers, span_candidates, town_in, within,
)


# Weights of population, of the share of the text's places in a country, of the same state nearby
# (a coarse grid on GeoVirus moved accuracy@161 by under 1 point across 0.45-0.7, 2-5 and 0-1.5), and
# of a city of a million over its namesakes abroad (1.5 left GeoVirus unchanged and took the small
# namesakes picked over a ten-times-bigger city in the MEANTIME and WikiWars texts from 38 to 9).
_W_POP, _W_SHARE, _W_REGION, _W_METRO = 0.45, 3.0, 0.5, 1.5
# What a qualified mention ("Athens, Greece") adds to the same name elsewhere in the text. As a bonus
# rather than an override, a list ("Oxford, Cambridge and Milton Keynes") or the story's own country can
# still outweigh an aside ("an office in Cambridge, Massachusetts"); 2 left GeoVirus, MEANTIME and
# WikiWars unchanged (an override had gained GeoVirus 0.3 and WikiWars 0.7 points over no anchors).
_W_ANCHOR = 2.0
_KIND_PRIOR = {"country": 4.0, "continent": 3.5, "region": 3.0, "admin1": 2.0, "admin2": 1.5, "city": 1.0}


@dataclass(frozen=True, slots=True)
class _Context:
    """Where the rest of the document is: its places per country and per (country, admin1).

    `without(p)` hides one mention's own place without copying the counts: every mention asks.
    """

    countries: Counter
    regions: Counter
    towns: Counter  # like regions, but only towns and counties: what backs a state's own name
    total: int
    hidden: Place | None = None

    @staticmethod
    def of(places: list[Place | None]) -> "_Context":
        countries: Counter = Counter(p.country_code for p in places if p is not None and p.country_code)
        regions: Counter = Counter(_region_of(p) for p in places if p is not None and _region_of(p))
        towns: Counter = Counter(_region_of(p) for p in places if p is not None and p.kind in ("city", "admin2") and _region_of(p))
        return _Context(countries, regions, towns, sum(countries.values()))

    def share(self, cc: str) -> float:
        """The part of the document's places that lie in country `cc`."""
        n, total = self.countries[cc], self.total
        if self.hidden is not None and self.hidden.country_code:
            total -= 1
            n -= self.hidden.country_code == cc
        return max(n, 0) / total if total > 0 else 0.0

    def region(self, cc: str, admin1: str) -> int:
        """How many of the document's places lie in state `admin1` of country `cc`."""
        n = self.regions[(cc, admin1)]
        if self.hidden is not None and _region_of(self.hidden) == (cc, admin1):
            n -= 1
        return max(n, 0)

    def towns_in(self, cc: str, admin1: str) -> int:
        """How many of the document's towns and counties lie in state `admin1` of country `cc`."""
        n = self.towns[(cc, admin1)]
        if self.hidden is not None and self.hidden.kind in ("city", "admin2") and _region_of(self.hidden) == (cc, admin1):
            n -= 1
        return max(n, 0)

    def without(self, p: Place | None) -> "_Context":
        """The context as the other mentions see it, not counting `p`'s own mention."""
        return self if p is None else _Context(self.countries, self.regions, self.towns, self.total, p)


def _region_of(p: Place) -> tuple[str, str] | None:
    return (p.country_code, p.admin1) if p.kind != "country" and p.admin1 else None


def _score(p: Place, c: Candidate, qualifier: Place | None, context: _Context, sibling_kinds: frozenset = frozenset()) -> float:
    # A region has no population figure; count it as large, or "Pacific" loses to Pacific, Missouri.
    size = p.population or (10_000_000 if p.kind == "region" else 1)
    s = _KIND_PRIOR.get(p.kind, 0.0) + _W_POP * math.log10(size)
    if p.kind == "city" and p.population >= 1_000_000 and any(o.country_code != p.country_code for o in c.places) and all(
        o.population * 5 <= p.population for o in c.places if o.kind == "city" and o.country_code != p.country_code
    ):
        s += _W_METRO  # "Paris", "Vienna", "Mecca": the world city, not its namesake in a story about America
        # (but Valencia in Venezuela is no bigger than Valencia in Spain by a factor that matters)
    if p.kind in sibling_kinds or f"{p.kind}:{p.country_code}" in sibling_kinds:
        s += 2.5  # "Oregon, Washington and Idaho": the items of a list are alike
    if qualifier is not None and qualifier.kind in ("country", "admin1") and within(p, qualifier):
        s += 6
    # The countries the rest of the text is about pull their candidates ("Georgia" beside "Atlanta",
    # "Victoria" in a story about Australia), and a state pulls its towns ("Kingston" beside "Ontario").
    if p.country_code:
        s += _W_SHARE * context.share(p.country_code)
        if p.kind in ("city", "admin2") and p.admin1:
            s += _W_REGION * min(context.region(p.country_code, p.admin1), 2)
    if p.kind in ("admin1", "admin2") and any(
        o.kind == "city" and (
            o.population * 10 >= p.population and (o.admin1 == p.admin1 or o.population >= 1_000_000)
            if o.country_code == p.country_code else o.population >= p.population
        ) and normalise(o.name).startswith(normalise(c.text))  # "New York" City, but not "Pará", an old name of Belém
        for o in c.places
    ) and not any(k == p.kind or k.startswith(f"{p.kind}:") for k in sibling_kinds):  # not "New York state", a list of states
        # "Lima", "New York", "Buenos Aires", "Santiago": the big city, not a province of that name, at home
        # or abroad; but "a conference in Wyoming" is the state: Wyoming, Michigan is neither in it nor big
        s -= 3
    if p.kind == "city" and p.population < _VILLAGE and any(o.kind in ("country", "admin1") and o.country_code == p.country_code for o in c.places):
        s -= 3  # "Florida": the state, not a village in New York named after it
    if p.kind == "city" and len(c.places) > 1:
        key = normalise(c.text)
        if key not in own_names(p.name) and any(key in own_names(o.name) for o in c.places):
            s -= 1.5  # "New Jersey" is the state, not a town that once had that name among its aliases
    return s


def _isolated_town(best: Place, c: Candidate, qualifier: Place | None, named_in: dict[str, set[str]]) -> bool:
    """A small town in a country the document never otherwise mentions is more likely a name than a place.

    `named_in`: the names that place the text in each country (`_names_by_country`).
    """
    if best.kind != "city" or best.population >= 100_000 or qualifier is not None:
        return False
    # other mentions of the same name do not count: "Cocoa farmers ... Cocoa farmers" makes no Florida town
    return not any(name != c.text for name in named_in.get(best.country_code, ()))


def _names_by_country(cands: list[Candidate], picks: list[Place]) -> dict[str, set[str]]:
    """For each country, the names whose mentions place the text there: a country, state or region, or a town only one
    country has (found once for all the mentions that ask)."""
    out: dict[str, set[str]] = {}
    for o, p in zip(cands, picks):
        if len({q.country_code for q in o.places}) == 1 or p.kind != "city":
            out.setdefault(p.country_code, set()).add(o.text)
    return out


def _container(c: Candidate, previous: Candidate | None, text: str) -> Place | None:
    """For 'Savannah, Georgia': the candidate of 'Georgia' that contains a candidate of 'Savannah'."""
    if previous is None or not COMMA.fullmatch(text, previous.end, c.start):
        return None
    for p in c.places:
        for q in previous.places:
            if q.kind == "city" and p.kind in ("country", "admin1") and within(q, p):
                return p
    return None


def _choose(
    c: Candidate, q: Place | None, context: _Context, sibling_kinds: frozenset = frozenset(), anchor: Place | None = None
) -> tuple[Place, float]:
    """The best place for a candidate and a confidence from its margin over the runner-up.

    `anchor` is the place the text gives this name where it qualifies it: a strong pull, not a rule.
    """
    scored = sorted(
        ((_score(p, c, q, context, sibling_kinds) + (_W_ANCHOR if p == anchor else 0.0), p) for p in c.places),
        key=lambda sp: -sp[0],
    )
    if len(scored) == 1:
        return scored[0][1], 1.0
    return scored[0][1], round(min(1.0, 0.5 + (scored[0][0] - scored[1][0]) / 8), 3)


def _remembered() -> Callable[..., tuple[Place, float]]:
    """`_choose`, remembering its answers for one text: a long text names the same places again and again, in the
    same company, and each answer depends only on what the key holds.

    The key holds the identities of the places (hashing them is most of the cost), which the caller keeps alive.
    """
    seen: dict = {}

    def chosen(c: Candidate, q: Place | None, context: _Context, sibling_kinds: frozenset = frozenset(),
               anchor: Place | None = None) -> tuple[Place, float]:
        key = (c.text, id(c.places), id(q), id(context.countries), id(context.hidden), sibling_kinds, id(anchor))
        if key not in seen:
            seen[key] = _choose(c, q, context, sibling_kinds, anchor)
        return seen[key]

    return chosen


def _list_neighbours(i: int, cands: list[Candidate], text: str) -> list[int]:
    """The candidates listed right beside candidate `i` ("A, B and C")."""
    out = []
    if i and LIST_JOINT.fullmatch(text[cands[i - 1].end: cands[i].start]):
        out.append(i - 1)
    if i + 1 < len(cands) and LIST_JOINT.fullmatch(text[cands[i].end: cands[i + 1].start]):
        out.append(i + 1)
    return out


def _sibling(p: Place) -> str:
    """What a list item passes to its neighbours: its kind, and its country below country level.

    "Melbourne and Victoria": a city in Australia makes Victoria neither a city nor in Texas.
    """
    return p.kind if p.kind in ("country", "continent", "region") else f"{p.kind}:{p.country_code}"


_STATE_AFTER = re.compile(r"\s+(?:state|State|province|Province|governor|Governor)\b(?!\s+(?:Department|Council|University|of))")
_STATE_BEFORE = re.compile(r"\b(?:[Ss]tate|[Pp]rovince) of\s+$")
# "the settlement of Quebec", "the siege of Quebec", "the city of Quebec": a town, not the province of that name
# an occasion named after a town says the name is a place, however small ("the Siege of Kinsale", "the Battle of Plassey")
_OCCASION_OF = re.compile(r"\b(?:[Bb]attle|[Ss]iege|[Tt]reaty|[Ss]ack|[Cc]apture|[Mm]assacre|[Rr]elief) of\s+(?:the\s+)?$")
_TOWN_BEFORE = re.compile(r"\b(?:city|town|settlement|siege|sieges|fortress|walls|port|village|mayor) of\s+(?:the\s+)?$", re.IGNORECASE)


def _kind_hint(c: Candidate, text: str) -> frozenset:
    """'Washington state', 'the state of New York', 'New York Governor': the state; a dateline: the city."""
    if _STATE_AFTER.match(text, c.end) or _STATE_BEFORE.search(text[max(0, c.start - 20): c.start]):
        return frozenset({"admin1"})
    if dateline(c, text) or _TOWN_BEFORE.search(text[max(0, c.start - 24): c.start]):
        return frozenset({"city"})  # "WASHINGTON (Reuters) -": a dateline names a city; so does "the siege of"
    return frozenset()


# Villages below this size are places only where the text backs them: "Blakely, Georgia", or Innisfail
# in a story that names Queensland. Alone, "Berry" or "Hope" is far more often a word or a name.
_VILLAGE = 5_000


def _backed_readings(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the readings the text does not back.

    A village needs a qualifier, its state, or a big city of its state in the text; another small
    town does not back it: "Innisfail" (a town in Alberta) makes no Alberta village of "Queensland".
    A province of a few thousand people (a parish of Jersey, "Gulf" in Papua New Guinea) counts as a
    village. After "the", a name that can be a country or a region is not a town.
    """
    quals = qualifiers(cands, text)
    # a state, or a big city the name cannot mistake for another country's ("Salamanca" is in Spain,
    # Mexico and Chile, so it backs no village of Guanajuato)
    backers = [
        c.places[0] if c.places[0].kind != "city" or (c.places[0].population >= 100_000 and len({p.country_code for p in c.places}) == 1)
        else None
        for c in cands
    ]
    towns = _Context.of(backers)
    out = []
    # the same readings with the same qualifier keep the same readings: worked out once per text (by the identities of
    # the places, which `cands`, `quals` and `backers` keep alive)
    seen: dict = {}
    for c, q, own in zip(cands, quals, backers):
        after_the = text.endswith("the ", 0, c.start)
        key = (id(c.places), id(q), id(own), after_the)
        if key not in seen:
            seen[key] = _backed(c, q, towns.without(own), after_the)
        places = seen[key]
        if places:
            out.append(c if len(places) == len(c.places) else Candidate(c.start, c.end, c.text, places, c.literal))
    return out


def _backed(c: Candidate, q: Place | None, others: _Context, after_the: bool) -> tuple[Place, ...]:
    """The readings of one candidate the rest of the text (`others`) or its qualifier backs."""
    places = tuple(
        p for p in c.places
        if (p.kind in ("country", "continent", "region") or (p.population >= _VILLAGE and not _in_shadow(p, c)))
        or others.region(p.country_code, p.admin1)
        or (q is not None and within(p, q))
    )
    if after_the and any(p.kind in ("country", "continent", "region") for p in places):
        places = tuple(p for p in places if p.kind != "city")  # "the Pacific", "the Gambia": not a town
    return places


def _unlisted_town(i: int, cands: list[Candidate], text: str) -> Candidate | None:
    """'Columbus, Kentucky' when the gazetteer knows no Columbus there: a town in Kentucky, not in Ohio.

    The town keeps the state's (or country's) point, and its name says so. Not in a list of places
    ("Denver, Kansas and Nebraska"), where the comma separates items rather than qualifying a town.
    """
    c, following, after = cands[i], at(cands, i + 1), at(cands, i + 2)
    if following is None or not c.literal or not COMMA.fullmatch(text, c.end, following.start):
        return None
    if any(p.kind not in ("city", "admin2") for p in c.places):
        return None
    if after is not None and LIST_JOINT.fullmatch(text[following.end: after.start]):
        return None
    if i and LIST_JOINT.fullmatch(text[cands[i - 1].end: c.start]):
        return None
    areas = [q for q in following.places if q.kind in ("country", "admin1")]
    if not areas or any(within(p, q) for q in areas for p in c.places):
        return None
    homes = {p.country_code for p in c.places}
    q = next((q for q in areas if q.country_code in homes), areas[0])  # "Smallville, Georgia": the state, for a US name
    return Candidate(c.start, c.end, c.text, (town_in(c.text, q),), True)


def _in_shadow(p: Place, c: Candidate) -> bool:
    """A town under 100,000 named like a city of a million abroad ten times its size: Moscow, Idaho.

    Like a village, it needs its state or a town of its state in the text to be meant.
    """
    return p.kind == "city" and p.population < 100_000 and any(
        o.kind == "city" and o.country_code != p.country_code and o.population >= max(200_000, 5 * p.population)
        for o in c.places
    )


def _resolve(text: str, cands: list[Candidate], drop_isolated: bool = True) -> list[PlaceMention]:
    """One place for each candidate, ranked by kind, size and what else the document names."""
    cands = [_unlisted_town(i, cands, text) or c for i, c in enumerate(cands)]
    if drop_isolated:
        cands = _backed_readings(text, cands)
    quals = qualifiers(cands, text)
    containers = [_container(c, cands[i - 1] if i else None, text) for i, c in enumerate(cands)]
    # First pass: only the mentions that can sit in one country give context; second pass: every
    # mention's first choice does, each mention seeing the others but not itself.
    sure = [c.places[0] if len({p.country_code for p in c.places}) == 1 else None for c in cands]
    first = _Context.of(sure)
    choose = _remembered()
    picks = [containers[i] or choose(c, quals[i], first.without(sure[i]))[0] for i, c in enumerate(cands)]
    second = _Context.of(picks)
    anchors = _anchors(cands, quals, second, choose)
    named_in = _names_by_country(cands, picks)
    sentences: list[int] | None = None  # each candidate's sentence, and the states each sentence names: built when needed
    states_in: dict[int, Counter] = {}
    out: list[PlaceMention] = []
    for i, c in enumerate(cands):
        if containers[i] is not None:
            out.append(PlaceMention(c.start, c.end, c.text, containers[i], c.literal, 0.9))
            continue
        siblings = frozenset(_sibling(picks[j]) for j in _list_neighbours(i, cands, text)) | _kind_hint(c, text)
        best, confidence = choose(c, quals[i], second.without(picks[i]), siblings)
        anchor = anchors.get(normalise(c.text)) if quals[i] is None else None
        if anchor is not None:
            best, confidence = choose(c, quals[i], second.without(picks[i]), siblings, anchor)
        elif best.kind == "admin1" and quals[i] is None and not any(k == "admin1" or k.startswith("admin1:") for k in siblings):
            if sentences is None:
                sentences, states_in = _sentences(text, cands, picks)
            nearby = states_in[sentences[i]].copy()
            if picks[i].kind == "admin1":
                nearby[(picks[i].country_code, picks[i].admin1)] -= 1
            best = _unbacked_state(best, c, second.without(picks[i]), {k for k, n in nearby.items() if n > 0})
        if anchor != best and drop_isolated and _isolated_town(best, c, quals[i], named_in) \
                and not _OCCASION_OF.search(text, max(0, c.start - 24), c.start):
            continue
        if not c.literal or (best.kind == "city" and best.geonameid is None):
            confidence = min(confidence, 0.7)  # a demonym, or a town we place only by its state
        out.append(PlaceMention(c.start, c.end, c.text, best, c.literal, confidence))
    return out


def _sentences(text: str, cands: list[Candidate], picks: list[Place]) -> tuple[list[int], dict[int, Counter]]:
    """Each candidate's sentence number, and how often each sentence names each state (country, admin1)."""
    ends = [m.start() for m in re.finditer(r"[.!?]\s", text)]
    ids = [bisect.bisect_left(ends, c.start) for c in cands]
    states: dict[int, Counter] = {k: Counter() for k in ids}
    for k, p in zip(ids, picks):
        if p.kind == "admin1":
            states[k][(p.country_code, p.admin1)] += 1
    return ids, states


def _unbacked_state(best: Place, c: Candidate, context: _Context, states: set[tuple[str, str]]) -> Place:
    """'Officials in Washington said': the city of half a million, not the state of that name, when
    nothing backs the state: no town of it in the text, no other state of its country in the sentence
    ("one in Alberta, one in New Brunswick and one in Quebec"), no "state", no list, no qualifier.
    """
    if best.kind != "admin1" or context.towns_in(best.country_code, best.admin1):
        return best
    if any(cc == best.country_code and a1 != best.admin1 for cc, a1 in states):
        return best
    cities = [o for o in c.places if o.kind == "city" and o.country_code == best.country_code and o.population >= 500_000]
    return cities[0] if cities else best


def _anchors(cands: list[Candidate], quals: list[Place | None], context: _Context,
             choose: Callable[..., tuple[Place, float]] = _choose) -> dict[str, Place]:
    """One sense per text: the place a name gets where the text qualifies it ("Athens, Greece").

    Every other mention of that name in the text leans to the same place (see `_W_ANCHOR`).
    """
    out: dict[str, Place] = {}
    for c, q in zip(cands, quals):
        if q is not None:
            best = choose(c, q, context)[0]
            if best.country_code == q.country_code:
                out.setdefault(normalise(c.text), best)
    return out


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Place names and demonyms in `text`, in order, each resolved to one place."""
    gaz = gazetteer or default_gazetteer()
    return _resolve(text, name_candidates(text, gaz))


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Resolve place names whose spans are already known (the gold toponyms of an evaluation).

    Spans the gazetteer has no entry for are left out.
    """
    gaz = gazetteer or default_gazetteer()
    return _resolve(text, span_candidates(text, spans, gaz), drop_isolated=False)
