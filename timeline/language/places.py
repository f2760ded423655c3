"""Find place names and demonyms in text and resolve each to one gazetteer place.

Recognition (`placenames`) is a longest-match lookup of capitalised word runs in the gazetteer,
with filters for people and organisations; resolution, here, ranks each name's places by kind and
size, then by what else the document says (a country named right after a city, other places nearby),
with hand-set weights (`HAND_SET`). A linear ranker learned from the development place sets over the
same evidence (`learned_ranking`, `scripts/train_place_ranker.py`) can be asked for instead.

>>> [(m.text, m.place.country_code) for m in find_places("He flew to Lima, Peru, then to Manaus.")]
[('Lima', 'PE'), ('Peru', 'PE'), ('Manaus', 'BR')]
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable

from ..errors import GazetteerError
from ..models import Place, PlaceMention
from .gazetteer import Gazetteer, default_gazetteer, listed_by_hand, normalise
from .placenames import (
    CAPITALISED_BEFORE, COMMA, LIST_JOINT, WHERE_BEFORE, Candidate, at, by_other_name_only, by_role, called,
    called_a_town, dateline, name_candidates, names_a_landmark, qualifiers, span_candidates, town_in, within,
)
from .ranker import Ranker, default_ranker


# The hand-set ranking (`HAND_SET`, `_score`): the baseline the learned ranker is cross-validated against, and the
# weights its training shrinks towards.
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
_W_STATE_SHARE = 2.0
_W_NEIGHBOUR = 1.0
_W_CONTINENT = 3.0
_KIND_PRIOR = {"country": 4.0, "continent": 3.5, "region": 3.0, "admin1": 2.0, "admin2": 1.5, "city": 1.0}


@dataclass(frozen=True, slots=True)
class _Context:
    """Where the rest of the document is: its places per country and per (country, admin1), and their centre.

    `without(p)` hides one mention's own place without copying the counts: every mention asks.
    `dateline` and `hints` serve the learned ranker only: the dateline's country, and the kinds the
    text's words give each name anywhere ("Washington state").
    """

    countries: Counter
    regions: Counter
    towns: Counter  # like regions, but only towns and counties: what backs a state's own name
    total: int
    centre: tuple[float, float, float, int] = (0.0, 0.0, 0.0, 0)  # unit vectors of towns, counties and states, summed
    dateline: str = ""
    hints: dict[str, frozenset] = field(default_factory=dict)
    hidden: Place | None = None
    hidden_times: int = 1  # how many of the counts `hidden` stands for: a name's every mention, when each reads the same
    towns_by_cell: dict[tuple[int, int], tuple[Place, ...]] = field(default_factory=dict)  # the text's towns by degree
    continents: frozenset[int] = frozenset()  # the GeoNames ids of the continents the text names

    @staticmethod
    def of(places: list[Place | None], dateline: str = "", hints: dict[str, frozenset] | None = None) -> "_Context":
        countries: Counter = Counter(p.country_code for p in places if p is not None and p.country_code)
        regions: Counter = Counter(_region_of(p) for p in places if p is not None and _region_of(p))
        towns: Counter = Counter(_region_of(p) for p in places if p is not None and p.kind in ("city", "admin2") and _region_of(p))
        points = [_unit(p) for p in places if p is not None and p.kind in _LOCAL]
        centre = (sum(v[0] for v in points), sum(v[1] for v in points), sum(v[2] for v in points), len(points))
        continents = frozenset(p.geonameid for p in places if p is not None and p.kind == "continent" and p.geonameid)
        return _Context(countries, regions, towns, sum(countries.values()), centre, dateline, hints or {}, continents=continents)

    def share(self, cc: str) -> float:
        """The part of the document's places that lie in country `cc`."""
        n, total = self.countries[cc], self.total
        if self.hidden is not None and self.hidden.country_code:
            total -= self.hidden_times
            n -= self.hidden_times * (self.hidden.country_code == cc)
        return max(n, 0) / total if total > 0 else 0.0

    def region(self, cc: str, admin1: str) -> int:
        """How many of the document's places lie in state `admin1` of country `cc`."""
        n = self.regions[(cc, admin1)]
        if self.hidden is not None and _region_of(self.hidden) == (cc, admin1):
            n -= self.hidden_times
        return max(n, 0)

    def region_share(self, n: int) -> float:
        """The part of the document's other places that `n` of them make."""
        total = self.total - self.hidden_times * (self.hidden is not None and bool(self.hidden.country_code))
        return n / total if total > 0 else 0.0

    def towns_in(self, cc: str, admin1: str) -> int:
        """How many of the document's towns and counties lie in state `admin1` of country `cc`."""
        n = self.towns[(cc, admin1)]
        if self.hidden is not None and self.hidden.kind in ("city", "admin2") and _region_of(self.hidden) == (cc, admin1):
            n -= self.hidden_times
        return max(n, 0)

    def km_from_centre(self, p: Place) -> float | None:
        """How far `p` lies from the centre of the document's towns, counties and states; None when it names none."""
        x, y, z, n = self.centre
        if self.hidden is not None and self.hidden.kind in _LOCAL:
            hx, hy, hz = _unit(self.hidden)
            k = self.hidden_times
            x, y, z, n = x - k * hx, y - k * hy, z - k * hz, n - k
        norm = math.sqrt(x * x + y * y + z * z)
        if n <= 0 or norm < 1e-9:
            return None
        px, py, pz = _unit(p)
        return 6371.0 * math.acos(max(-1.0, min(1.0, (px * x + py * y + pz * z) / norm)))

    def without(self, p: Place | None, times: int = 1) -> "_Context":
        """The context as the other mentions see it, not counting `p`'s own mention (`times` mentions of it)."""
        if p is None:
            return self
        return _Context(self.countries, self.regions, self.towns, self.total, self.centre, self.dateline, self.hints, p,
                        times, self.towns_by_cell, self.continents)

    def neighbour(self, p: Place) -> bool:
        """Whether another town the text names lies within `_NEIGHBOUR_KM` of `p`: "Bethlehem" beside "Jerusalem"."""
        la, lo = _cell(p)
        u = _unit(p)
        for cell in ((la + i, lo + j) for i in (-1, 0, 1) for j in (-1, 0, 1)):
            for q in self.towns_by_cell.get(cell, ()):
                if q != p and q != self.hidden and _km(u, _unit(q)) <= _NEIGHBOUR_KM:
                    return True
        return False


_LOCAL = ("city", "admin2", "admin1")  # the places whose points say where a story happens; a country's is too coarse


def _unit(p: Place) -> tuple[float, float, float]:
    """The place's point as a unit vector."""
    la, lo = math.radians(p.lat), math.radians(p.lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


def _town_grid(places: list[Place | None]) -> dict[tuple[int, int], tuple[Place, ...]]:
    """The towns among `places` by the whole degrees they lie in, for `_Context.neighbour`."""
    cells: dict[tuple[int, int], set[Place]] = {}
    for p in places:
        if p is not None and p.kind == "city":
            cells.setdefault(_cell(p), set()).add(p)
    return {k: tuple(v) for k, v in cells.items()}


def _cell(p: Place) -> tuple[int, int]:
    """The whole degrees of latitude and longitude a place lies in (near the poles a cell is narrow; the test is by km)."""
    return math.floor(p.lat), math.floor(p.lon)


def km(a: Place, b: Place) -> float:
    """The great-circle distance between two places' points, in kilometres."""
    return _km(_unit(a), _unit(b))


def _km(u: tuple[float, float, float], v: tuple[float, float, float]) -> float:
    """The great-circle distance between two unit vectors."""
    return 6371.0 * math.acos(max(-1.0, min(1.0, u[0] * v[0] + u[1] * v[1] + u[2] * v[2])))


def _region_of(p: Place) -> tuple[str, str] | None:
    return (p.country_code, p.admin1) if p.kind != "country" and p.admin1 else None


def _score(p: Place, c: Candidate, qualifier: Place | None, context: _Context, sibling_kinds: frozenset = frozenset()) -> float:
    s = _KIND_PRIOR.get(p.kind, 0.0) + _W_POP * math.log10(_size(p))
    if _metro(p, c):
        s += _W_METRO  # "Paris", "Vienna", "Mecca": the world city, not its namesake in a story about America
    if _listed_alike(p, sibling_kinds):
        s += 2.5  # "Oregon, Washington and Idaho": the items of a list are alike
    if _qualified(p, qualifier):
        s += 6
    # The countries the rest of the text is about pull their candidates ("Georgia" beside "Atlanta",
    # "Victoria" in a story about Australia), and a state pulls its towns ("Kingston" beside "Ontario").
    if p.country_code:
        s += _W_SHARE * context.share(p.country_code)
        if p.kind in ("city", "admin2") and p.admin1:
            s += _W_REGION * min(context.region(p.country_code, p.admin1), 2) + _W_STATE_SHARE * _state_share(p, c, context)
    if p.kind == "city" and _only_towns(c) and context.neighbour(p):
        s += _W_NEIGHBOUR  # "Tel Aviv, Jerusalem and Bethlehem": the Bethlehem beside the others
    if context.continents and p.kind not in ("continent", "region") \
            and default_gazetteer().continents.get(p.country_code, 0) not in context.continents | {0}:
        s -= _W_CONTINENT  # "the main Spanish port ... the gateway to South America": not the Cartagena in Spain
    if _province_of_a_city(p, c, sibling_kinds):
        s -= 3
    if _village_of_a_state(p, c):
        s -= 3  # "Florida": the state, not a village in New York named after it
    if _old_name_of_a_town(p, c):
        s -= 1.5  # "New Jersey" is the state, not a town that once had that name among its aliases
    return s


def _state_share(p: Place, c: Candidate, context: _Context) -> float:
    """The part of the text's other places in the state of county or small town `p`: a story most of whose places lie
    in one state keeps its counties and small towns there ("Union County" in a Kentucky story), however much larger a
    namesake elsewhere; not a city ("Philadelphia" in a story about New York)."""
    if p.kind not in ("city", "admin2") or not p.admin1:
        return 0.0
    if p.kind == "city" and any(o.population >= 100_000 for o in c.places if o.kind == "city"):
        return 0.0
    return context.region_share(context.region(p.country_code, p.admin1))


def _size(p: Place) -> int:
    """A place's population; a region has none, so it counts as large ("Pacific" is no Pacific, Missouri)."""
    return p.population or (10_000_000 if p.kind == "region" else 1)


def _metro(p: Place, c: Candidate) -> bool:
    """A city of a million, called by its own name, at least five times the size of each namesake abroad."""
    # (Valencia in Venezuela is no bigger than Valencia in Spain by a factor that matters; Belém is not the
    # world's "Bethlehem", though GeoNames gives it that name too)
    return p.kind == "city" and p.population >= 1_000_000 and called(p, c.text) \
        and any(o.country_code != p.country_code for o in c.places) and all(
        o.population * 5 <= p.population for o in c.places if o.kind == "city" and o.country_code != p.country_code
    )


def _listed_alike(p: Place, sibling_kinds: frozenset) -> bool:
    """Whether the place is of the kind (in the country) its list neighbours or the words around it say."""
    return p.kind in sibling_kinds or f"{p.kind}:{p.country_code}" in sibling_kinds


def _qualified(p: Place, qualifier: Place | None) -> bool:
    """Whether the place lies in the country or state named right after it ("Lima, Peru")."""
    return qualifier is not None and qualifier.kind in ("country", "admin1") and within(p, qualifier)


def _province_of_a_city(p: Place, c: Candidate, sibling_kinds: frozenset) -> bool:
    """A state or county named like a big city of the same name: "Lima", "New York", "Buenos Aires", "Santiago".

    At home or abroad; but "a conference in Wyoming" is the state: Wyoming, Michigan is neither in it nor big.
    """
    return p.kind in ("admin1", "admin2") and any(
        o.kind == "city" and (
            o.population * 10 >= p.population and (o.admin1 == p.admin1 or o.population >= 1_000_000)
            if o.country_code == p.country_code else o.population >= p.population
        ) and normalise(o.name).startswith(normalise(c.text))  # "New York" City, but not "Pará", an old name of Belém
        for o in c.places
    ) and not any(k == p.kind or k.startswith(f"{p.kind}:") for k in sibling_kinds)  # not "New York state", a list of states


def _village_of_a_state(p: Place, c: Candidate) -> bool:
    """A village named after a state or country of its own country ("Florida, New York")."""
    return p.kind == "city" and p.population < _VILLAGE and any(
        o.kind in ("country", "admin1") and o.country_code == p.country_code for o in c.places
    )


def _old_name_of_a_town(p: Place, c: Candidate) -> bool:
    """A town the name matches only through an alias, when another reading has it as its own name."""
    if p.kind != "city" or len(c.places) < 2:
        return False
    return not called(p, c.text) and any(called(o, c.text) for o in c.places)  # ("Saint Louis" is St. Louis's own name)


# What the learned ranker sees of one reading of one name: `_score`'s terms, each on its own, and a few more.
FEATURES = (
    "country", "continent", "region", "admin1", "admin2",  # kind (a town is none of these)
    "log_population", "no_population", "biggest", "village", "landmark",
    "metro", "in_shadow", "province_of_a_city", "village_of_a_state", "old_name_of_a_town", "alias",
    "listed_alike", "qualified", "qualifier_country", "anchor", "hinted_elsewhere",
    "country_share", "same_state", "state_share", "state_towns", "dateline_country", "km_from_centre", "town_km_from_centre",
)


def place_features(
    p: Place, c: Candidate, q: Place | None, context: _Context, sibling_kinds: frozenset = frozenset(), anchor: Place | None = None
) -> tuple[float, ...]:
    """The values of `FEATURES` for reading `p` of name `c`, with the same inputs as `_score`."""
    key = normalise(c.text)
    km = context.km_from_centre(p)
    far = 0.0 if km is None else math.log1p(km) / math.log1p(20_000)
    return (
        p.kind == "country", p.kind == "continent", p.kind == "region", p.kind == "admin1", p.kind == "admin2",
        math.log10(_size(p)), p.population == 0 and p.kind != "region",
        all(o.population <= p.population for o in c.places),
        p.kind == "city" and 0 < p.population < _VILLAGE,
        listed_by_hand(p),
        _metro(p, c), _in_shadow(p, c), _province_of_a_city(p, c, sibling_kinds), _village_of_a_state(p, c),
        _old_name_of_a_town(p, c), not called(p, c.text),
        _listed_alike(p, sibling_kinds), _qualified(p, q), q is not None and q.country_code == p.country_code,
        p == anchor, p.kind in context.hints.get(key, ()),
        context.share(p.country_code) if p.country_code else 0.0,
        min(context.region(p.country_code, p.admin1), 2) if p.kind in ("city", "admin2") and p.admin1 else 0,
        _state_share(p, c, context),
        min(context.towns_in(p.country_code, p.admin1), 2) if p.kind == "admin1" else 0,
        bool(context.dateline) and p.country_code == context.dateline,
        far, far if p.kind in ("city", "admin2") else 0.0,
    )


# An institution named for the place it stands in, by a prefix: "HMP Wandsworth" (a prison), "RAF Lakenheath" (a base)
_SITE_PREFIX = re.compile(r"\b(?:HMP|HMYOI|RAF|RAAF|RNAS)\s+$")


def _said_where(c: Candidate, text: str, best: Place) -> bool:
    """A town of 10,000 or more after "in", "at" or "near" ("on Malfroy Road in Rotorua"), that only one place is named
    or that outnumbers its namesakes five to one ("in Inverness": not the villages of Florida and Illinois): a local
    story need not name its own country. The town's own district or state of its name ("Darlington", a borough) is
    no namesake."""
    return best.kind == "city" and best.population >= 10_000 \
        and all(p is best or p.population * _DOMINANT <= best.population
                or p.kind != "city" and p.country_code == best.country_code for p in c.places) \
        and bool(WHERE_BEFORE.search(text, max(0, c.start - 16), c.start))


_DOMINANT = 5


def _sited(c: Candidate, text: str) -> bool:
    """Whether a prefix names the candidate as the place an institution stands in ("HMP Wandsworth")."""
    return bool(_SITE_PREFIX.search(text, max(0, c.start - 8), c.start))


def _isolated_town(best: Place, c: Candidate, qualifier: Place | None, named_in: dict[str, set[str]], context: _Context) -> bool:
    """A small town in a country the document never otherwise mentions, and near none of its towns, is more likely a
    name than a place.

    `named_in`: the names that place the text in each country (`_names_by_country`).
    """
    if best.kind != "city" or best.population >= 100_000 or qualifier is not None or context.neighbour(best) \
            or by_role(c):  # ("Fiji's capital" names its own country)
        return False
    # other mentions of the same name do not count: "Cocoa farmers ... Cocoa farmers" makes no Florida town
    return not any(name != c.text for name in named_in.get(best.country_code, ()))


def _names_by_country(cands: list[Candidate], picks: list[Place], single: list[bool]) -> dict[str, set[str]]:
    """For each country, the names whose mentions place the text there: a country, state or region, or a town only one
    country has (`single`: whether each candidate's places lie in one country; found once for all the mentions that ask)."""
    out: dict[str, set[str]] = {}
    for o, p, one in zip(cands, picks, single):
        if one or p.kind != "city" or (p is o.places[0] and p.population >= 100_000 and _unmistakable(o)):
            out.setdefault(p.country_code, set()).add(o.text)
    return out


def _only_towns(c: Candidate) -> bool:
    """Whether a name can be several towns and nothing else: a neighbour picks among namesakes, not a village over a state."""
    return len(c.places) > 1 and all(p.kind == "city" for p in c.places)


def _one_town(c: Candidate) -> Place | None:
    """The town a name can only be, whatever else (its district, its county) it may be."""
    towns = [p for p in c.places if p.kind == "city"]
    if len(towns) != 1 or any(p.kind in ("country", "continent", "region") for p in c.places):
        return None  # "Russia" is no village in Ohio
    return towns[0]


def _one_country(cands: list[Candidate]) -> list[bool]:
    """Whether each candidate's places all lie in one country, worked out once per set of readings (by its identity,
    which `cands` keeps alive: the mentions of one name share it)."""
    seen: dict[int, bool] = {}
    out = []
    for c in cands:
        key = id(c.places)
        if key not in seen:
            seen[key] = len({p.country_code for p in c.places}) == 1
        out.append(seen[key])
    return out


def _hiding(context: _Context) -> Callable[..., _Context]:
    """`context.without`, made once per place hidden and count (by identity: the caller keeps the places alive)."""
    made: dict[tuple[int, int], _Context] = {}

    def without(p: Place | None, times: int = 1) -> _Context:
        if (id(p), times) not in made:
            made[id(p), times] = context.without(p, times)
        return made[id(p), times]

    return without


def _container(c: Candidate, previous: Candidate | None, text: str) -> Place | None:
    """For 'Savannah, Georgia': the candidate of 'Georgia' that contains a candidate of 'Savannah'."""
    if previous is None or not COMMA.fullmatch(text, previous.end, c.start):
        return None
    for p in c.places:
        for q in previous.places:
            if q.kind == "city" and p.kind in ("country", "admin1") and within(q, p):
                return p
    return None


Score = Callable[[Place, Candidate, Place | None, _Context, frozenset, Place | None], float]


@dataclass(frozen=True, slots=True)
class Ranking:
    """How a name's places are ranked: a score per place, and a confidence from the winner's margin."""

    score: Score
    confidence: Callable[[float], float]


def _hand_score(p: Place, c: Candidate, q: Place | None, context: _Context, sibling_kinds: frozenset, anchor: Place | None) -> float:
    """`_score`, plus the pull of the place the text gives this name where it qualifies it."""
    return _score(p, c, q, context, sibling_kinds) + (_W_ANCHOR if p == anchor else 0.0)


HAND_SET = Ranking(_hand_score, lambda margin: min(1.0, 0.5 + margin / 8))


def _choose(
    c: Candidate, q: Place | None, context: _Context, sibling_kinds: frozenset = frozenset(), anchor: Place | None = None,
    ranking: Ranking = HAND_SET,
) -> tuple[Place, float]:
    """The best place for a candidate and a confidence from its margin over the runner-up.

    `anchor` is the place the text gives this name where it qualifies it: a strong pull, not a rule.
    """
    if len(c.places) == 1:
        return c.places[0], 1.0
    scored = sorted(((ranking.score(p, c, q, context, sibling_kinds, anchor), p) for p in c.places), key=lambda sp: -sp[0])
    return scored[0][1], round(ranking.confidence(scored[0][0] - scored[1][0]), 3)


def _remembered(ranking: Ranking) -> Callable[..., tuple[Place, float]]:
    """`_choose`, remembering its answers for one text: a long text names the same places again and again, in the
    same company, and each answer depends only on what the key holds.

    The key holds the identities of the places (hashing them is most of the cost), which the caller keeps alive.
    """
    seen: dict = {}

    def chosen(c: Candidate, q: Place | None, context: _Context, sibling_kinds: frozenset = frozenset(),
               anchor: Place | None = None) -> tuple[Place, float]:
        key = (c.text, id(c.places), id(q), id(context.countries), id(context.hidden), context.hidden_times, sibling_kinds,
               id(anchor))
        if key not in seen:
            seen[key] = _choose(c, q, context, sibling_kinds, anchor, ranking)
        return seen[key]

    return chosen


def _list_neighbours(i: int, joined: list[bool]) -> list[int]:
    """The candidates listed right beside candidate `i` ("A, B and C"); `joined[k]`: whether candidate k follows k - 1
    in a list (`_joints`)."""
    out = []
    if i and joined[i]:
        out.append(i - 1)
    if i + 1 < len(joined) and joined[i + 1]:
        out.append(i + 1)
    return out


def _joints(cands: list[Candidate], text: str) -> list[bool]:
    """For each candidate, whether a list's comma or "and" joins it to the one before ("A, B and C")."""
    return [i > 0 and LIST_JOINT.fullmatch(text, cands[i - 1].end, c.start) is not None for i, c in enumerate(cands)]


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
    if dateline(c, text) or _TOWN_BEFORE.search(text[max(0, c.start - 24): c.start]) \
            or names_a_landmark(text, c.end) is not None:
        return frozenset({"city"})  # "WASHINGTON (Reuters) -": a dateline names a city; so do "the siege of", "Conwy Castle"
    return frozenset()


# Villages below this size are places only where the text backs them: "Blakely, Georgia", or Innisfail
# in a story that names Queensland. Alone, "Berry" or "Hope" is far more often a word or a name.
_VILLAGE = 5_000


def _unmistakable(c: Candidate) -> bool:
    """Whether a big city's name means it, not a namesake abroad: only one country has it, or the city is ten times
    any namesake's size ("London", not London, Ontario)."""
    top = c.places[0]
    others = [p.population for p in c.places if p.country_code != top.country_code]
    return not others or top.population >= 1_000_000 and top.population >= 10 * max(others)


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
        c.places[0] if (c.places[0].kind != "city" and not _also_a_city(c))
        or (c.places[0].kind == "city" and c.places[0].population >= 100_000 and _unmistakable(c)) else None
        for c in cands
    ]
    towns = _Context.of(backers)
    neighbours = _neighbours(cands)
    # a land of a few million at most ("the Isle of Man", "Malta", "Jamaica") backs its villages as a state would
    small = {c.places[0].country_code for c in cands if c.literal and c.places[0].kind == "country"
             and 0 < c.places[0].population < _SMALL_LAND}
    out = []
    # the same readings with the same qualifier keep the same readings: worked out once per text (by the identities of
    # the places, which `cands`, `quals` and `backers` keep alive)
    seen: dict = {}
    named_inside: dict = {}
    listed_homes = _listed_homes(cands, _joints(cands, text))
    for i, (c, q, own) in enumerate(zip(cands, quals, backers)):
        if by_role(c):
            out.append(c)  # "Fiji's capital", "the Namibian capital": the country it is read from backs it
            continue
        after_the = text.endswith("the ", 0, c.start)
        key = (id(c.places), id(q), id(own), after_the)
        if key not in seen:
            seen[key] = _backed(c, q, towns.without(own), after_the)
        places = seen[key]
        if len(places) < len(c.places) and len(c.places) == 1 and normalise(c.text) in neighbours:
            places = c.places
        if len(places) < len(c.places) and (home := listed_homes[i]):
            places = tuple(p for p in c.places if p in places or p.country_code == home)
        if _sited(c, text):
            places = c.places  # the prefix says it is a place, as a qualifier would
        elif called_a_town(c, text) and len(places) < len(c.places):
            # "the town of Hokitika": its towns, however small
            places = tuple(p for p in c.places if p in places or p.kind == "city")
        elif small and len(places) < len(c.places):
            places = tuple(p for p in c.places if p in places or p.country_code in small)
        if CAPITALISED_BEFORE.search(text, max(0, c.start - 30), c.start):
            # (a town's other name inside a longer name is none: "EPA Headquarters" is no Portola, California; once per
            # name and readings, so that its mentions keep one tuple of readings, which the ranking remembers them by)
            inner = (id(places), c.text)
            if inner not in named_inside:  # (the readings kept alive beside their filtered copy: their id stays theirs)
                named_inside[inner] = (places, tuple(p for p in places if not by_other_name_only(c.text, (p,))))
            kept = named_inside[inner][1]
            places = kept if len(kept) < len(places) else places
        if places:
            out.append(c if len(places) == len(c.places) else Candidate(c.start, c.end, c.text, places, c.literal))
    return out


def _listed_homes(cands: list[Candidate], joined: list[bool]) -> list[str | None]:
    """For each candidate, the country of the towns it is listed with, when they are two or more, all of one country,
    and one is a big city ("engagements in Auckland, Wellington, Christchurch, Kaikoura and Stewart Island" backs
    Kaikoura); else None. Each list is counted once, so a long one stays linear."""
    out: list[str | None] = [None] * len(cands)
    first = 0
    while first < len(cands):
        last = first
        while last + 1 < len(cands) and joined[last + 1]:
            last += 1
        tops = [cands[k].places[0] for k in range(first, last + 1)]
        homes = Counter(p.country_code for p in tops)
        big = Counter(p.country_code for p in tops if p.kind == "city" and p.population >= 100_000)
        for k, p in zip(range(first, last + 1), tops):
            others = homes - Counter({p.country_code: 1})
            if sum(others.values()) >= 2 and len(others) == 1:
                home = next(iter(others))
                if big[home] - (p.country_code == home and p.kind == "city" and p.population >= 100_000) > 0:
                    out[k] = home
        first = last + 1
    return out


_NEIGHBOUR_KM = 100.0
# people: a land named in the text backs its villages up to this size (Jamaica's Port Royal), as a state would; past it, a
# land has too many namesake villages. (Tried on the held-out event and place sets at 1, 3, 5, 10, 20 and 60 million: 10
# gained most, 4 right events, but 63 % more work resolving `bench/worst_case.py`'s capitalised words, which name
# Georgia; 3 keeps half the gain, Jamaica's 2.8 million included, at no cost.)
_SMALL_LAND = 3_000_000


def _neighbours(cands: list[Candidate]) -> set[str]:
    """The names of towns the gazetteer knows only once that lie near another such town the text names.

    "to visit Buncrana, Carrigart, Gweedore": two villages only one place in the world is called, 50 km apart, back
    each other as a state would; two words that happen to be villages seldom lie that close.
    """
    single = {normalise(c.text): c.places[0] for c in cands if len(c.places) == 1 and c.places[0].kind == "city"}
    by_lat = sorted((p.lat, name, p) for name, p in single.items())
    lats = [lat for lat, _, _ in by_lat]
    band = _NEIGHBOUR_KM / 111.0  # degrees of latitude: only towns this close north or south are compared
    out = set()
    for lat, name, p in by_lat:
        u = _unit(p)
        for _, other, q in by_lat[bisect.bisect_left(lats, lat - band): bisect.bisect_right(lats, lat + band)]:
            if other != name and q.country_code == p.country_code and _km(u, _unit(q)) <= _NEIGHBOUR_KM:
                out.add(name)
                break
    return out


def _also_a_city(c: Candidate) -> bool:
    """Whether a state's name is also a great city's of its country ("Washington", "New York"): said alone, it backs no
    village of the state ("a summit in Washington ... ambassador to Geneva" is not Geneva, Washington)."""
    top = c.places[0]
    return top.kind == "admin1" and any(
        p.kind == "city" and p.country_code == top.country_code and p.population >= _GREAT_CITY for p in c.places)


_GREAT_CITY = 500_000


def _backed(c: Candidate, q: Place | None, others: _Context, after_the: bool) -> tuple[Place, ...]:
    """The readings of one candidate the rest of the text (`others`) or its qualifier backs."""
    places = tuple(
        p for p in c.places
        if (p.kind in ("country", "continent", "region")
            or (p.population >= _VILLAGE and not _in_shadow(p, c) and not by_other_name_only(c.text, (p,))))
        or others.region(p.country_code, p.admin1)
        or (q is not None and within(p, q))
    )
    if after_the and any(p.kind in ("country", "continent", "region") for p in places):
        places = tuple(p for p in places if p.kind != "city")  # "the Pacific", "the Gambia": not a town
    return places


_OPEN = re.compile(r"\s*\(")


def _unlisted_town(i: int, cands: list[Candidate], text: str) -> Candidate | None:
    """'Columbus, Kentucky' when the gazetteer knows no Columbus there: a town in Kentucky, not in Ohio.

    The town keeps the state's (or country's) point, and its name says so. Not in a list of places
    ("Denver, Kansas and Nebraska"), where the comma separates items rather than qualifying a town.
    """
    c, following, after = cands[i], at(cands, i + 1), at(cands, i + 2)
    # (or in brackets: "the by-election in Labrador (Newfoundland and Labrador)")
    bracketed = following is not None and _OPEN.fullmatch(text, c.end, following.start) and text.startswith(")", following.end)
    if following is None or not c.literal or not (COMMA.fullmatch(text, c.end, following.start) or bracketed):
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
    if following.text.isupper() and any(p.country_code == following.text for p in c.places):
        return None  # "Bogota, CO", "Buenos Aires, AR" in a tour's list: a country's two letters, not Colorado's or Arkansas's
    if any(p.population >= 1_000_000 and p.country_code == q.country_code for q in areas for p in c.places):
        return None  # "St. Petersburg, Moscow, and the closed city of Sarov": a city of millions elsewhere in that country
    homes = {p.country_code for p in c.places}
    q = next((q for q in areas if q.country_code in homes), areas[0])  # "Smallville, Georgia": the state, for a US name
    return Candidate(c.start, c.end, c.text, (town_in(c.text, q),), True)


def _in_shadow(p: Place, c: Candidate) -> bool:
    """A town under 100,000 named like a city of a million abroad ten times its size: Moscow, Idaho.

    Like a village, it needs its state or a town of its state in the text to be meant.
    """
    return p.kind == "city" and p.population < 100_000 and any(
        o.kind == "city" and o.country_code != p.country_code and o.population >= max(200_000, 5 * p.population)
        and called(o, c.text)  # Belém, which GeoNames also calls "Bethlehem", casts no shadow on Bethlehem
        for o in c.places
    )


def _resolve(
    text: str, cands: list[Candidate], drop_isolated: bool = True, ranking: Ranking = HAND_SET, trace: list | None = None
) -> list[PlaceMention]:
    """One place for each candidate, ranked by kind, size and what else the document names.

    `trace`, when given, receives what each ranked mention's last choice saw (for training a ranker).
    """
    cands = [_unlisted_town(i, cands, text) or c for i, c in enumerate(cands)]
    if drop_isolated:
        cands = _backed_readings(text, cands)
    quals = qualifiers(cands, text)
    containers = [_container(c, cands[i - 1] if i else None, text) for i, c in enumerate(cands)]
    hints = [_kind_hint(c, text) for c in cands]
    named_hints: dict[str, frozenset] = {}
    for c, h in zip(cands, hints):
        if h:
            named_hints[normalise(c.text)] = named_hints.get(normalise(c.text), frozenset()) | h
    dated = next((_dateline_country(c) for c in cands if dateline(c, text)), "")
    # First pass: only the mentions that can sit in one country give context; second pass: every
    # mention's first choice does, each mention seeing the others but not itself.
    single = _one_country(cands)
    sure = [c.places[0] if one else None for c, one in zip(cands, single)]
    first = _hiding(_Context.of(sure, dated, named_hints))
    choose = _remembered(ranking)
    picks = [containers[i] or choose(c, quals[i], first(sure[i]))[0] for i, c in enumerate(cands)]
    # only the towns the first pass is sure of say where the text's neighbourhood is: two guesses can back each other
    # (a Columbus and an Atlanta that happen to lie close)
    # (a name that is one town: "Tel Aviv", the city and its district; not "Atlanta", of which Texas has one too)
    second = replace(_Context.of(picks, dated, named_hints), towns_by_cell=_town_grid([_one_town(c) for c in cands]))
    hiding = _hiding(second)
    # a mention sees the others, but not its own name told again: "Bath" seven times is one guess read back seven times
    lead = _first_of_each_name(cands)
    told = Counter((lead[i], id(picks[i])) for i in range(len(cands)))

    def others(pick: Place | None, i: int) -> _Context:
        return hiding(pick, told[lead[i], id(pick)])

    anchors = _anchors(cands, quals, second, choose)
    named_in = _names_by_country(cands, picks, single)
    joined = _joints(cands, text)
    sentences: list[int] | None = None  # each candidate's sentence, and the states each sentence names: built when needed
    states_in: dict[int, Counter] = {}
    widened: dict[tuple[tuple[Place, ...], Place], tuple[Place, ...]] = {}
    out: list[PlaceMention] = []
    doubted: list[tuple[int, PlaceMention]] = []  # lone small towns left out, each with where it would stand in `out`
    for i, c in enumerate(cands):
        if containers[i] is not None:
            out.append(PlaceMention(c.start, c.end, c.text, containers[i], c.literal, 0.9))
            continue
        siblings = frozenset(_sibling(picks[j]) for j in _list_neighbours(i, joined)) | hints[i]
        best, confidence = choose(c, quals[i], others(picks[i], i), siblings)
        anchor = anchors.get(normalise(c.text)) if quals[i] is None else None
        if anchor is not None and anchor not in c.places:
            # the place the text gave this name where it qualified it ("in Belém, Lisbon"), though the readings kept
            # for this mention dropped it ("the president in Belém Palace"): one sense per text
            # (one widened tuple per name's readings, kept alive: `choose` remembers its answers by their identity)
            places = widened.setdefault((c.places, anchor), c.places + (anchor,))
            c = replace(c, places=places)
            best, confidence = choose(c, quals[i], others(picks[i], i), siblings)
        if trace is not None:
            trace.append((c, quals[i], others(picks[i], i), siblings, anchor))
        if anchor is not None:
            best, confidence = choose(c, quals[i], others(picks[i], i), siblings, anchor)
        elif best.kind == "admin1" and quals[i] is None and not any(k == "admin1" or k.startswith("admin1:") for k in siblings):
            if sentences is None:
                sentences, states_in = _sentences(text, cands, picks)
            nearby = states_in[sentences[i]].copy()
            if picks[i].kind == "admin1":
                nearby[(picks[i].country_code, picks[i].admin1)] -= 1
            best = _unbacked_state(best, c, others(picks[i], i), {k for k, n in nearby.items() if n > 0})
        if not c.literal or (best.kind == "city" and best.geonameid is None):
            confidence = min(confidence, 0.7)  # a demonym, or a town we place only by its state
        mention = PlaceMention(c.start, c.end, c.text, best, c.literal, confidence)
        if anchor != best and drop_isolated and _isolated_town(best, c, quals[i], named_in, others(picks[i], i)) \
                and not _OCCASION_OF.search(text, max(0, c.start - 24), c.start) and not _sited(c, text) \
                and not _said_where(c, text, best) and not dateline(c, text):  # "SAINT HELIER (Alliance News) -"
            doubted.append((len(out), mention))
            continue
        out.append(mention)
    return _short_forms(_one_sense(out, doubted))


def _first_of_each_name(cands: list[Candidate]) -> list[int]:
    """For each candidate, the index of the first candidate of its name."""
    first: dict[str, int] = {}
    return [first.setdefault(normalise(c.text), i) for i, c in enumerate(cands)]


def _one_sense(kept: list[PlaceMention], doubted: list[tuple[int, PlaceMention]]) -> list[PlaceMention]:
    """The kept mentions, with each doubted one (a lone small town, at its index among them) that names what a kept
    mention of the same name does: a text that says "in Essaouira" once means the town wherever it writes the name
    ("the kasbah of Essaouira was overpopulated")."""
    sure = {(normalise(m.text), m.place) for m in kept if m.literal}
    back = [(k, m) for k, m in doubted if (normalise(m.text), m.place) in sure]
    if not back:
        return kept
    out: list[PlaceMention] = []
    j = 0
    for i, m in enumerate(kept):  # (one merge, not an insertion each: a long text stays linear)
        while j < len(back) and back[j][0] <= i:
            out.append(back[j][1])
            j += 1
        out.append(m)
    out.extend(m for _, m in back[j:])
    return out


def _short_forms(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town named in full and later by the first words of its name ("Antigua Guatemala ... present-day Antigua") is
    that town, not another of the short name (a village in Spain)."""
    heads: dict[str, Place] = {}  # the first words of each town named so far ("antigua" for Antigua Guatemala)
    out = []
    for m in mentions:
        # (read as a town, or as a land only by another name of it: "Antigua", Antigua and Barbuda's)
        full = heads.get(normalise(m.text)) if m.literal and (m.place.kind == "city" or normalise(m.place.name) != normalise(m.text)) \
            else None
        if full is not None and full != m.place:
            m = replace(m, place=full)
        if m.literal and m.place.kind == "city":
            words = normalise(m.place.name).split()
            for k in range(1, len(words)):
                heads.setdefault(" ".join(words[:k]), m.place)
        out.append(m)
    return out


def _dateline_country(c: Candidate) -> str:
    """The country of the city a dateline names ("NAIROBI, Kenya (AP) —")."""
    return next((p.country_code for p in c.places if p.kind == "city"), c.places[0].country_code)


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


def learned(ranker: Ranker) -> Ranking:
    """A ranking by a learned ranker's weights over `FEATURES`, confident as its odds of beating the runner-up."""
    if ranker.features != FEATURES:
        raise GazetteerError(f"the place ranker weighs features {ranker.features}, but this code computes {FEATURES}; "
                             "retrain it with `python scripts/train_place_ranker.py`")
    return Ranking(lambda p, c, q, ctx, sib, anchor: ranker.score(place_features(p, c, q, ctx, sib, anchor)), _odds)


def _odds(margin: float) -> float:
    return 1.0 / (1.0 + math.exp(-margin))


@functools.lru_cache(maxsize=1)
def learned_ranking() -> Ranking:
    """The learned ranker of `assets/`, read on first use and kept for the process: `find_places(text, ranking=...)`.

    Not the default: cross-validated, it beats the hand-set weights by no more than noise (`assets/place_ranker.json`).
    """
    return learned(default_ranker())


def find_places(text: str, gazetteer: Gazetteer | None = None, ranking: Ranking = HAND_SET) -> list[PlaceMention]:
    """Place names and demonyms in `text`, in order, each resolved to one place."""
    gaz = gazetteer or default_gazetteer()
    return [_landmark(m, text) for m in _resolve(text, name_candidates(text, gaz), ranking=ranking)]


def _landmark(m: PlaceMention, text: str) -> PlaceMention:
    """A town read as the castle, cathedral or the like it names, at the town's point: "Conwy Castle", not "Conwy"."""
    end = names_a_landmark(text, m.end) if m.literal and m.place.kind == "city" else None
    return m if end is None else replace(m, end=end, text=text[m.start:end])


def resolve_spans(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None, ranking: Ranking = HAND_SET
) -> list[PlaceMention]:
    """Resolve place names whose spans are already known (the gold toponyms of an evaluation).

    Spans the gazetteer has no entry for are left out.
    """
    gaz = gazetteer or default_gazetteer()
    return _resolve(text, span_candidates(text, spans, gaz), drop_isolated=False, ranking=ranking)


def span_choices(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None, ranking: Ranking = HAND_SET
) -> list[tuple[Candidate, list[tuple[float, ...]], list[float]]]:
    """Each name among known spans that `ranking` ranks, with the `place_features` and the hand-set score of each of
    its readings, as the resolver sees them (the training data of the learned ranker)."""
    gaz = gazetteer or default_gazetteer()
    seen: list = []
    _resolve(text, span_candidates(text, spans, gaz), drop_isolated=False, ranking=ranking, trace=seen)
    return [
        (c, [place_features(p, c, q, ctx, sib, anchor) for p in c.places], [_hand_score(p, c, q, ctx, sib, anchor) for p in c.places])
        for c, q, ctx, sib, anchor in seen
    ]
