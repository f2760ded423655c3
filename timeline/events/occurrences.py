"""Events from the clauses of a sentence: one per occurrence, at the place where it happens, under a headline.

The time expressions of one predicate ("attacked the convoy yesterday (Monday) at about 5 pm") are
one event, dated by the finest of them; a bare weekday or month is put on the side of the reference
date its clause's tense says. Its place is, in order: a locative of its own clause ("in Vienna"; "here"
under a dateline is the dateline's place; "the city", "this island" the story's place of that kind), a place
that names it ("the Bucharest summit", "the Treaty of Zaragoza, signed ..."), a trip's destination, a locative
of a clause under it (unless the story has a dateline), the thing acted on ("annexed Crimea"), the dateline's
place (news), the place a history text is about, the one country a news story's headline or lead names (not
for meetings, statements and trips, which happen where their people are, unless the text is a chronology of
that land; for an attack, disaster or election before a dateline abroad: "LOMÉ — Benin's presidential
vote"), a town that is its subject; never a topic, party, attacker or
owner ("talks on Iran's programme"), which stay as mentioned places. A learned model (`placing`) may overrule that
order where it scores another candidate (or no place) clearly higher. Its title is the clause's subject, verb and
complements; a reporting verb gives what it reports. A news lead told again later takes that
telling's date; one in the present perfect with no date (or, under a dated dateline, in the past) is the
story's news of its day. An occurrence told again by its time ("the siege lasted from 18 May to 8 September")
is the earlier telling's event, dated by the finer of the two. A verb coordinated with a dated one that goes elsewhere
on its date ("return to Auckland and proceed by rail to Rotorua") is an occurrence of its own.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..language import clauses
from ..language.placenames import NAMES_A_BODY, PLACE_NOUNS, RECORD_OF
from ..language.gazetteer import default_gazetteer
from ..language.syntax import Parse, Token
from ..language.temporal import MONTHS, WEEKDAYS, joined, last_span_told
from ..models import Event, PlaceMention, Sentence, TimeMention
from . import placing

MAX_TITLE = 80
_PRECISION_RANK = {p: i for i, p in enumerate(("century", "decade", "year", "quarter", "season", "month", "week", "day", "hour", "minute"))}
_KIND_RANK = placing.KIND_RANK
_ROLE_RANK = {"locative": 0, "names": 1, "destination": 2, "sublocative": 3, "clause": 4, "object": 5}


@dataclass(frozen=True, slots=True)
class Setting:
    """What the document says around its sentences: its dateline (place and end), the place a history text is
    about, and the reference date of a news story."""

    dateline: PlaceMention | None = None
    about: PlaceMention | None = None
    focus: PlaceMention | None = None  # the place a news story is about (`layout.focus`), with or without a dateline
    land: PlaceMention | None = None  # the country a news story names most (`layout.land`): what "this nation" is
    dateline_end: int = 0  # the dateline ("KABUL (Reuters) — ") is no part of a title
    reference: date | None = None  # the news story's own date: a lead in the present perfect happened then
    chronicle: bool = False  # a chronology of dated entries (`layout.chronicle`): what it lists happened where it is about
    town: PlaceMention | None = None  # the town or state a chronology that looks back is about (`layout.chronicle_town`)
    site: PlaceMention | None = None  # the town a story from the capital happens in (`layout.site`)


def _kind_in(parse: Parse, pred: int) -> str:
    """The kind its predicate names, unless its subject is a disaster ("the storm killed 12", "a fire destroyed");
    for a predicate of no kind, the kind a noun of its own clause names ("won Sunday's election", "took power in a
    coup")."""
    subj = clauses.subject(parse, pred)
    if subj is not None and parse.tokens[subj].tag in ("WDT", "WP") and parse.tokens[pred].dep == "relcl":
        subj = parse.tokens[pred].head  # "a storm that hit the country in 1970": the storm did
    by_subject = clauses.kind_of(parse.tokens[subj].lemma) if subj is not None else "other"
    kind = clauses.kind_of(parse.tokens[pred].lemma)
    if by_subject == "disaster" or (kind == "other" and by_subject != "other"):
        return by_subject
    if kind != "other":
        return kind
    kind = _noun_kind(parse, pred)
    teller = parse.tokens[pred].head
    if kind == "other" and parse.tokens[pred].dep == "ccomp" and parse.tokens[teller].lemma in clauses.REPORTING:
        kind = _noun_kind(parse, teller, skip=pred)  # "results from Ghana's election show Doe has won"
    return kind


def _noun_kind(parse: Parse, pred: int, skip: int = -1) -> str:
    """The kind the first noun of a kind names among a predicate's dependents, not crossing into another clause."""
    todo = list(parse.children(pred))
    while todo:
        i = todo.pop(0)
        t = parse.tokens[i]
        if t.dep in _OTHER_CLAUSE or i == skip:
            continue
        if t.tag.startswith("NN") and (kind := clauses.kind_of(t.lemma)) != "other":
            return kind
        todo.extend(parse.children(i))
    return "other"


_OTHER_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "conj"})


def event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def finest(times: list[TimeMention]) -> TimeMention:
    """The time expression with the finest precision (the first on a tie); a range beats a point of its precision.

    A clock time ("at 5 pm") is read on the reference day, so beside a day of its own ("yesterday") the day wins.
    """
    days = [t for t in times if t.type == "DATE" and t.precision == "day"]
    pool = days if days and any(t.type == "TIME" for t in times) else times
    return max(pool, key=lambda t: (_PRECISION_RANK.get(t.precision or "", -1), bool(t.end_value), -t.start))


def _fineness(p: PlaceMention) -> float:
    """How fine a place is, finest first; a region of no one country ("Central America") is coarser than a country
    ("shook Costa Rica and a wide swath of Central America": Costa Rica)."""
    if p.place.kind == "region" and not p.place.country_code:
        return _KIND_RANK["country"] + 0.5
    return _KIND_RANK.get(p.place.kind, 9)


def _within(fine: PlaceMention, coarse: PlaceMention) -> bool:
    a, b = fine.place, coarse.place
    if a.country_code != b.country_code or _KIND_RANK.get(a.kind, 9) >= _KIND_RANK.get(b.kind, 9):
        return False
    return b.kind == "country" or (b.kind == "admin1" and a.admin1 == b.admin1 and bool(a.admin1))


# Kinds of event that happen to a place (an election, a flood, an attack, a battle): a story's focus is their place
# when their clause names none. What people do (meet, say, travel, take office, die) happens where they are, which a
# story without a dateline does not say ("Biden met Zelenskyy of Ukraine", "Kabore took office in December").
_TO_A_PLACE = frozenset({"attack", "military", "disaster", "election", "annexation"})
_BEFALLS = _TO_A_PLACE | {"death"}  # (and deaths: where people die is where the attack or the flood was)


def _said_here(parse: Parse, pred: int) -> bool:
    """Whether the predicate (or the verb of its clause) says it happens "here"."""
    verb = clauses.clause_verb(parse, pred)
    return any(parse.tokens[c].text.lower() == "here" and parse.tokens[c].dep == "advmod"
               for v in {pred, verb} for c in parse.children(v))


def choose_place(roles: list[tuple[PlaceMention, str]], setting: Setting, kind: str = "other") -> PlaceMention | None:
    """The place where the event happens, from the roles its sentence's places play (see module doc)."""
    own = [(p, r) for p, r in roles if r in _ROLE_RANK and p.literal]
    if setting.dateline is not None and own and all(r == "sublocative" for _, r in own):
        own = []  # a place of a clause under the event's ("to consider the collision near Carey") gives way to the dateline
    # (a news page's chronology lists what happened in the land it is about, when it was filed from another: "JOHANNESBURG,
    # 5 December 2008 (IRIN) - ... a timeline of cholera in the country ... 1993 – The WHO reports 5,385 cases")
    elsewhere = setting.focus is not None and setting.dateline is not None \
        and setting.focus.place.country_code != setting.dateline.place.country_code
    # (and a chronology of a land's dated entries is that land's history: what it lists happened in it, GUIDE.md's "a
    # history text about one place"; not a programme's days, each at its own town)
    focus = setting.focus if kind in _TO_A_PLACE or (setting.chronicle and (elsewhere or setting.focus is not None
                                                                            and setting.focus.place.kind == "country")) else None
    # (what befalls a place, in the part of the land the lead told, is at the town of it the story names: "PRAGUE — ... a
    # shooting in a hospital in the eastern Czech Republic", then "... in the eastern city of Ostrava")
    site = setting.site if kind in _BEFALLS else None
    if own:
        best_rank = min(_ROLE_RANK[r] for _, r in own)
        tier = [p for p, r in own if _ROLE_RANK[r] == best_rank]
        pick = min(tier, key=_fineness)
        # as fine as the text allows: "in Ghana" under an "ACCRA —" dateline is Accra; not a visit's land by the town a
        # programme names most ("to visit Peru Jan. 15-21" over days in Lima and Cusco is a visit to Peru)
        about = setting.about if best_rank != _ROLE_RANK["destination"] else None
        for finer in (site, setting.dateline, about, focus if setting.dateline is None else None):
            if finer is not None and _within(finer, pick):
                return finer
        return pick
    abroad = focus is not None and elsewhere
    town = _town_it_struck(roles, setting) if kind in _TO_A_PLACE and not abroad else None
    if town is not None:
        return town
    # (an election or a flood of the land a story is about happens there, whatever town it was filed from: "LOMÉ —
    # Benin's President Talon has won re-election")
    for fallback in (focus, setting.dateline, setting.about) if abroad else (site, setting.dateline, setting.about, focus):
        if fallback is not None:
            return fallback
    # last, a town that does the thing ("Berlin hosted the fair"); a country or state that does it, when the sentence
    # names no other country, is where it happens ("Morocco worked Sunday to rescue survivors", "Ethiopia confirmed its
    # first case"); with another, it is a party ("Japan declares war on the Netherlands")
    doers = [p for p, r in roles if r == "subject" and p.literal and p.place.kind in ("city", "country", "admin1")]
    doer = min(doers, key=lambda p: p.place.kind != "city", default=None)
    if doer is None or doer.place.kind != "city" and any(q.place.country_code != doer.place.country_code for q, _ in roles if q.literal):
        # (or, in a chronology of one town, that town: "Koresh refuses to send any more children out")
        return _chronicles_land(setting) or setting.town
    return doer


def _town_it_struck(roles: list[tuple[PlaceMention, str]], setting: Setting) -> PlaceMention | None:
    """For what happens to a place, a town of the dateline's land that the sentence names in a clause of its own, over the
    dateline: "PRETORIA — Two miners were killed Monday when protesters attacked a bus near Rustenburg" is at
    Rustenburg, where a meeting "to consider the collision near Carey" stays at the dateline."""
    if setting.dateline is None:
        return None
    land = setting.dateline.place.country_code
    towns = [p for p, r in roles if r in ("sublocative", "clause", "elsewhere") and p.literal and p.place.kind in ("city", "admin2")
             and p.place.country_code == land and p.place != setting.dateline.place]
    return towns[0] if towns else None


def _chronicles_land(setting: Setting) -> PlaceMention | None:
    """The land a chronology is about, for an entry that names no place, when the story's focus is a town of the land it
    names most: its title names the land and its entries that town twice ("Key events in Syria's protest movement",
    Damascus, "- April 14: Assad's new prime minister announces a cabinet"), but what the entries tell is the land's."""
    focus, land = setting.focus, setting.land
    if setting.chronicle and focus is not None and land is not None and focus.place.kind != "country" \
            and land.place.country_code == focus.place.country_code:
        return land
    return None


_OF_ANOTHER = re.compile(r"\s+(?:capital|city|town|port|village|island|nation|country|state)\s+of\s+(?:the\s+)?")


def _kind_of_another(p: PlaceMention, places: list[PlaceMention], text: str) -> bool:
    """A name that only qualifies the place named after it: "the Inca capital of Cuzco" is in Cuzco, not in Inca."""
    m = _OF_ANOTHER.match(text, p.end)
    return m is not None and any(q.start == m.end() for q in places)


_KIND_OF_PLACE = re.compile(r"\b(?:capital|city|town|village|port)\s+$", re.IGNORECASE)


def _named_after_its_kind(parse: Parse, places: list[PlaceMention], pred: int, text: str) -> list[tuple[PlaceMention, str]]:
    """"signed in the Finnish capital Helsinki Monday": the name after a locative "capital" or "city" is where, however
    the parser joined it (here to "Monday")."""
    out = []
    for p in places:
        m = _KIND_OF_PLACE.search(text, max(parse.sentence.start, p.start - 12), p.start)
        if m and clauses.place_role(parse, m.start(), m.start() + len(m.group().strip()), pred) == "locative":
            out.append((p, "locative"))
    return out


def _its_name(parse: Parse, places: list[PlaceMention], pred: int) -> list[tuple[PlaceMention, str]]:
    """"By the Treaty of Malmö signed on 1 September 1524", "the Battle of Grunwald was fought": an occasion's name of
    the predicate's own kind says where, however the model hung the name in the sentence."""
    toks = parse.tokens
    kind = clauses.kind_of(toks[pred].lemma)
    if kind == "other":
        return []
    out = []
    for p in places:
        i = clauses.head_token(parse, p.start, p.end)
        if i is None or toks[i].dep != "pobj" or toks[toks[i].head].text != "of":
            continue
        noun = toks[toks[i].head].head
        if noun != pred and toks[noun].text[:1].isupper() and clauses.kind_of(toks[noun].lemma) == kind:
            out.append((p, "names"))
    return out


def _owner(p: PlaceMention, text: str) -> bool:
    """A country named before a body or a law of it owns it ("in 28 U.S. Statutes", "at the U.S. Embassy in Nairobi"),
    or the scope of a record of it ("America's first scientist"): it is not where anything happens."""
    return p.place.kind == "country" and bool(NAMES_A_BODY.match(text, p.end) or RECORD_OF.match(text, p.end))


def _owns_the_object(parse: Parse, p: PlaceMention, pred: int) -> bool:
    """A country named before the thing acted on owns it ("hit the U.S. and Israeli embassies"): it is not where it
    happens; what is done to a country's own "status", or to a place noun ("the Crimea peninsula"), is."""
    toks = parse.tokens
    i = clauses.head_token(parse, p.start, p.end)
    if p.place.kind != "country" or i is None or toks[i].dep not in ("compound", "amod", "nmod"):
        return False
    thing = toks[i].head
    return toks[thing].dep == "dobj" and toks[thing].head == pred and toks[thing].tag in ("NN", "NNS") \
        and toks[thing].lemma not in PLACE_NOUNS


def _beside_the_date(
    parse: Parse, roles: list[tuple[PlaceMention, str]], pred: int, times: list[TimeMention]
) -> list[tuple[PlaceMention, str]]:
    """"June 22, Kansas City, evening", "1861 – Fort Sumter": in a line with no verb, whose head is its date, the place
    set beside the date is where."""
    toks = parse.tokens
    if not any(t.start <= toks[pred].start < t.end for t in times):
        return []
    if any(clauses.is_verb(parse, j) for j in range(len(toks))):
        return []
    return [(p, "locative") for p, r in roles if r in ("other", "names")]


def _there(parse: Parse, places: list[PlaceMention], pred: int, told: PlaceMention | None = None) -> list[tuple[PlaceMention, str]]:
    """"The government in neighboring Thailand said floods there have killed 180": "there" in the event's clause is
    the place the sentence named before it, else the last place the sentence before named (`told`: "The king
    celebrated Christmas at Goslar. Ambassadors came to him there"); so is "where" right after a place ("will travel
    to St. Louis, where he will make his first speech")."""
    verb = clauses.clause_verb(parse, pred)
    for t in parse.tokens:
        word = t.text.lower()
        if word in ("there", "where") and t.dep == "advmod" and clauses.clause_verb(parse, t.head) == verb:
            before = [p for p in places if p.end <= t.start and p.literal]
            if word == "there" and not before and told is not None:
                return [(told, "locative")]
            if word == "where" and not (before and _RIGHT_BEFORE.fullmatch(parse.sentence.text, before[-1].end - parse.sentence.start,
                                                                              t.start - parse.sentence.start)):
                return []
            return [(before[-1], "locative")] if before else []
    return []


# what may stand between a place and its "where": nothing but a comma, or a time ("reached Kyoto in 1180, where",
# "events in Mali this year where"), or nearness ("a stretch of sand in Libreville not far from where a plane crashed")
_RIGHT_BEFORE = re.compile(r"[\s,]*(?:(?:in|on|at|during|by)\s+[\w .]{1,25}?,\s*|(?:this|last|next)\s+(?:year|month|week)\s*,?\s*)?"
                           r"(?:(?:not\s+far\s+from|near|close\s+to)\s+)?")


def _here(parse: Parse, pred: int, setting: Setting) -> list[tuple[PlaceMention, str]]:
    """Under a dateline, "here" in the event's clause is the dateline's place ("CHICAGO – Panetta met here")."""
    if setting.dateline is None:
        return []
    verb = clauses.clause_verb(parse, pred)
    here = any(t.text.lower() == "here" and t.dep == "advmod" and clauses.clause_verb(parse, t.head) == verb for t in parse.tokens)
    return [(setting.dateline, "locative")] if here else []


# the nouns by which a text refers back to the place its story is told from or about, and the kinds of place each can
# mean ("this 1,000-year-old city" under "DUBROVNIK —", "the Indian Ocean island", "the West Coast township")
_TOWN = frozenset({"city", "admin2"})
_DESCRIBES = {
    **dict.fromkeys(("city", "town", "township", "village", "capital", "port", "municipality"), _TOWN),
    **dict.fromkeys(("country", "nation", "kingdom", "republic"), frozenset({"country"})),
    **dict.fromkeys(("state", "province", "county"), frozenset({"admin1", "admin2"})),
    **dict.fromkeys(("region", "district"), frozenset({"admin1", "admin2", "region"})),
    **dict.fromkeys(("island", "islands", "archipelago", "atoll"), frozenset({"city", "admin2", "admin1", "country"})),
}
# the nouns by which a text refers back to a named feature, and the words one of the feature's names holds ("the
# mountain" after "Mount St. Helens", "the fortress" after "Hammershus Castle")
_FEATURES = {
    "mountain": ("mount", "mountain", "volcano"), "volcano": ("mount", "volcano"), "lake": ("lake", "loch"),
    "park": ("park",), "castle": ("castle",), "fortress": ("fort", "fortress", "castle", "citadel"), "fort": ("fort",),
    "mine": ("mine",), "river": ("river",), "falls": ("falls",), "bay": ("bay",), "beach": ("beach",),
    "valley": ("valley",), "canyon": ("canyon",), "cave": ("cave", "caves"), "glacier": ("glacier",),
}
_DEFINITE = frozenset({"the", "this", "that"})
_APPOSED = re.compile(r"[\s,]*")  # what stands between a place noun and the name set beside it ("the capital, Harare")


def _referent(noun: str, earlier: Sequence[PlaceMention], setting: Setting) -> PlaceMention | None:
    """What a definite place noun refers back to: the story's place of its kind (its dateline, the place a history is
    about, the place a news story is about, the land it names most), else the last place named before of that kind, or
    the last feature whose name holds the noun's word ("the park" after "Yellowstone National Park")."""
    kinds = _DESCRIBES.get(noun)
    if kinds is not None:
        story = next((q for q in (setting.dateline, setting.about, setting.focus, setting.land)
                      if q is not None and q.place.kind in kinds), None)
        return story or next((q for q in reversed(earlier) if q.place.kind in kinds), None)
    words = _FEATURES.get(noun, ())
    return next((q for q in reversed(earlier) if any(w in words for w in q.text.lower().split())), None)


def _the_capital(t: Token, setting: Setting) -> PlaceMention | None:
    """"bombings in the capital" under "IRBIL, Iraq —": the capital of the story's land, told by the noun (not the
    dateline's town, unless it is the capital)."""
    story = next((q for q in (setting.dateline, setting.about, setting.focus, setting.land) if q is not None), None)
    capital = default_gazetteer().capital(story.place.country_code) if story is not None and story.place.country_code else None
    if capital is None:
        return None
    return PlaceMention(t.start, t.end, t.text, capital, confidence=0.8)  # (the noun says where, as a name would)


def _described(parse: Parse, places: list[PlaceMention], pred: int, setting: Setting,
               roles: list[tuple[PlaceMention, str]], earlier: Sequence[PlaceMention] = ()) -> list[tuple[PlaceMention, str]]:
    """"resumed their shelling of this 1,000-year-old city" under "DUBROVNIK —", "the mountain erupted" after "Mount
    St. Helens": a definite place noun of the event's clause that names no place of its own is the place it refers
    back to (`_referent`; `earlier`, the places named before the sentence), in the part the noun plays."""
    out = []
    for i, t in enumerate(parse.tokens):
        noun = t.text.lower()
        if noun not in _DESCRIBES and noun not in _FEATURES or t.tag not in ("NN", "NNS") \
                or not any(parse.tokens[c].dep == "det" and parse.tokens[c].text.lower() in _DEFINITE for c in parse.children(i)):
            continue
        span = _subtree(parse, i)
        a, b = parse.tokens[span[0]].start, parse.tokens[span[-1]].end
        off = parse.sentence.start
        inside = [p for p in places
                  if a <= p.start and p.end <= b or _APPOSED.fullmatch(parse.sentence.text, t.end - off, p.start - off)]
        # (in news, "the capital" alone; not "the Sicilian capital", "the first capital", nor a history's capital of its day)
        alone = all(parse.tokens[c].dep in ("det", "prep") for c in parse.children(i))
        story = _the_capital(t, setting) if noun == "capital" and alone and setting.reference is not None else None
        story = story or _referent(noun, earlier, setting)
        if story is None or any(p.literal or p.place.country_code != story.place.country_code for p in inside):
            # "the island of Mauritius", "the capital, Harare" name their own; "the Danish island" under "OSLO —" is
            # another's
            continue
        role = clauses.place_role(parse, t.start, t.end, pred)
        if role == "subject" and (noun in _FEATURES or _DESCRIBES.get(noun) == _TOWN):
            role = "locative"  # "the mountain erupted", "the town was sacked": what befalls a site or a town is there
        if role in ("locative", "destination", "object", "subject") or role == "sublocative" and not any(
                q.literal and r in ("locative", "names", "destination", "object", "subject") for q, r in roles):
            # (a clause under the event's says where only when the event's own names no place: "blocking streets
            # throughout the city", not beside "Osh falls as protests sweep across the country's south")
            out.append((story, role))
    return out


def _subtree(parse: Parse, i: int) -> list[int]:
    """The indices of a token and all its dependents, in order."""
    todo, seen = [i], {i}
    while todo:
        for c in parse.children(todo.pop()):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return sorted(seen)


def clip(title: str) -> str:
    title = " ".join(title.split()).strip(" ,;:.*•·–—-\"“”‘’|")  # ("|" of a table's cells)
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;: ") + "…"
    return title[:1].upper() + title[1:]


_TIME_OPENER = re.compile(r"\s*(?:(?:(?:Later|Early|Late)\s+)?(?:in\s+the|that)\s+(?:morning|afternoon|evening|night)|Later|Afterwards?"
                          r"|(?:Day|Stage)\s+\d{1,3}(?=\s*[-–—:]))\s*,?",  # (a diary's numbered day: "Day 11 – 15th ...")
                          re.IGNORECASE)


def title(parse: Parse, pred: int, times: list[TimeMention], text: str, skip_before: int = 0) -> str:
    """A headline of at most 80 characters: who did what, without the dates (nor a dateline before `skip_before`)."""
    drop = {i for t in times for i in parse.covering(t.start, t.end)}
    opener = _TIME_OPENER.match(parse.sentence.text)  # "In the evening, ...", "Later, ...": when, said again
    skip = parse.sentence.start + opener.end() if opener else 0
    drop |= {i for i, t in enumerate(parse.tokens) if t.start < max(skip_before, skip) or (t.dep == "case" and t.head in drop)}
    idx = clauses.title_tokens(parse, pred, drop)
    if all(i == pred or parse.tokens[i].dep in _SUBJECT_WORDS for i in idx):
        # "Morocco worked Sunday to rescue survivors": a bare subject and verb, with what they did it for
        purpose = next((c for c in parse.children(pred) if parse.tokens[c].dep == "advcl" and c not in drop
                        and any(parse.tokens[k].text.lower() == "to" and parse.tokens[k].dep == "aux" for k in parse.children(c))), None)
        if purpose is not None:
            idx = sorted(set(idx) | set(clauses.title_tokens(parse, purpose, drop)))
    if parse.tokens[pred].dep == "xcomp" and not any(parse.tokens[i].dep in ("nsubj", "nsubjpass") for i in idx):
        # "The airport ... was expected to reopen later Saturday", "The Cabinet is due to meet on Monday": where the model
        # gave the verb no subject of its own, the words it completes, and who, not "To reopen" (one that has it keeps a
        # headline's way: "The Emperor and Empress to meet ...")
        chain, j = [], pred
        while parse.tokens[j].dep in ("xcomp", "acomp") and parse.tokens[j].head != j and len(chain) < 3:
            j = parse.tokens[j].head
            chain.append(j)
        words = {i for i in clauses.title_tokens(parse, j, drop) if parse.tokens[i].dep in _SUBJECT_WORDS}
        if clauses.subject(parse, j) is None and parse.tokens[j].dep == "conj":  # ("was closed Friday but was expected")
            words |= {i for i in clauses.title_tokens(parse, parse.tokens[j].head, drop) if parse.tokens[i].dep in _WHO_WORDS}
        fuller = sorted(set(idx) | set(chain) | words)
        if len(clauses.render(parse, fuller, text)) <= MAX_TITLE:  # (not where it would push the event's words out)
            idx = fuller
    verb = clauses.clause_verb(parse, pred)
    path = clauses.path_up(parse, pred, verb) if verb != pred else None
    # an event noun in its clause's subject or object ("the toll from Sunday's attack has risen") is told with the clause;
    # in an adjunct ("ahead of the NATO summit in Wales, the President ...") it is its own headline
    if path and len(path) <= 4 and parse.tokens[path[-2]].dep in ("nsubj", "nsubjpass", "dobj"):
        idx = sorted(set(idx) | set(path) | set(clauses.title_tokens(parse, verb, drop)))
    # (a noun with no word that says whose or what kind: "her state visit", not "McKinley's disaster declaration" nor
    # "Bloody uprising"; and a verb with no date of its own: not "will proclaim today, 11 days after the May 9 balloting")
    bare = len(idx) < 2 or all(i == pred or parse.tokens[i].dep in _NOUN_WORDS and parse.tokens[i].tag not in ("NNP", "NNPS")
                               for i in idx) and not any(clauses.predicate(parse, t.start, t.end) == verb for t in times)
    if bare and path:  # a bare noun ("arrested at Friday's demonstration", "entertained on her state visit"): with the
        # verb it hangs from
        idx = sorted(set(idx) | set(path) | set(clauses.title_tokens(parse, verb, drop)))
    idx = _with_its_conjunct(parse, pred, idx, drop, text)
    idx = _without_opener(parse, pred, idx, drop, text)
    if len(idx) < 2:  # a bare verb or noun says little: keep its whole clause, less the dates (and their "on")
        kids = parse.kids
        idx = [i for i in range(len(parse.tokens)) if i not in drop
               and not (parse.tokens[i].dep == "prep" and kids[i] and all(k in drop for k in kids[i]))]
    return clip(_without_orphans(clauses.render(parse, idx, text)))


def _without_opener(parse: Parse, pred: int, idx: list[int], drop: set[int], text: str) -> list[int]:
    """The headline's words less a phrase that opens the sentence before its subject ("After a protracted war in the
    north between the rebels and the army, elections were held"), where both would not fit: who did what comes first.
    Not one that holds a date (`drop`): "After the outbreak of the Revolution in 1917, ..." tells of the outbreak."""
    toks = parse.tokens
    subj = clauses.subject(parse, pred)
    if subj is None or len(clauses.render(parse, idx, text)) <= MAX_TITLE:
        return idx
    opening = {k for c in parse.children(pred) if c < subj and toks[c].dep in ("prep", "advcl") for k in _subtree(parse, c)}
    if not opening or max(opening) >= subj or toks[max(opening) + 1].text != "," or opening & drop:
        return idx
    return [i for i in idx if i not in opening and not (i < subj and toks[i].dep == "punct")]


def _with_its_conjunct(parse: Parse, pred: int, idx: list[int], drop: set[int], text: str) -> list[int]:
    """The headline's words and the verb joined to the event's with "and" by the same subject and no date of its own,
    where the headline still has room for that verb: "Denktash suspended talks and proclaimed the Turkish Republic of
    Northern Cyprus" (its words past the room are clipped, as any long headline's)."""
    toks = parse.tokens
    if not toks[pred].tag.startswith("VB"):
        return idx
    for c in parse.children(pred):
        if toks[c].dep != "conj" or not clauses.is_verb(parse, c) or c in drop:
            continue
        if any(toks[k].dep in ("nsubj", "nsubjpass") for k in parse.children(c)) or any(k in drop for k in _subtree(parse, c)):
            continue  # a clause of its own, or one with its own date: another event
        joint = [k for k in parse.children(pred) if toks[k].dep == "cc" and k < c]
        fuller = sorted(set(idx) | set(joint[-1:]) | set(clauses.title_tokens(parse, c, drop)))
        if len(clauses.render(parse, [i for i in fuller if i <= c], text)) <= MAX_TITLE - 2:
            return fuller
    return idx


_NOUN_WORDS = frozenset({"det", "poss", "compound", "nummod", "case"})  # a noun's own words, no clause of it
_SUBJECT_WORDS = frozenset({"nsubj", "nsubjpass", "det", "compound", "amod", "poss", "aux", "auxpass", "neg"})
_WHO_WORDS = frozenset({"nsubj", "nsubjpass", "det", "compound", "amod", "poss"})  # the subject's words alone


# what a date's "from" leaves behind once the date is cut out ("From 1725 onwards the fortifications ...")
_ORPHANED = re.compile(r"\b(?:from|since)\s+(?:on|onwards?)\b,?\s*|^[\s*•·–—-]*\(\s*\)\s*[:,]?\s*|\s*\(\s*\)"
                       r"|\s+(?:at\s+)?(?:about\s+|around\s+)?\(?local\s+time\)?", re.IGNORECASE)  # "( ): Independence"


def _without_orphans(title: str) -> str:
    """`title` without the words a cut date left alone: "From onwards the walls were built" -> "The walls were built",
    "( ): Independence" -> "Independence", "-- ( ) Arrival at the airport" -> "Arrival at the airport", "... touched
    down at Bagram Airfield at local time" -> "... touched down at Bagram Airfield"."""
    cut = _ORPHANED.sub("", title).strip()
    return cut[:1].upper() + cut[1:] if cut and cut != title else title


_BARE = re.compile(r"(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
                   r"|january|february|march|april|may|june|july|august|september|october|november|december)", re.IGNORECASE)


_THE_WEEKEND = re.compile(r"the\s+weekend", re.IGNORECASE)
_SIDE_SAID = re.compile(r"\b(?:last|next|this|coming|past)\s+$", re.IGNORECASE)
_FOR_A_DAY = re.compile(r"\bfor\s+(?:on\s+)?$", re.IGNORECASE)
_MONTH_DAY = re.compile(r"(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})")


def _shift_year(d: date, step: int) -> date | None:
    try:
        return d.replace(year=d.year + step)
    except ValueError:
        return None  # 29 February


_SAME_MONTHS = 30  # days either side of the reference: a month-day this near is in the story's year, whatever the tense


def _by_tense(t: TimeMention, parse: Parse, pred: int, reference: date) -> TimeMention:
    """A bare weekday or month on the wrong side of the reference for its clause's tense, moved a week or a year.

    The date rules guess the tense from nearby words; the parse knows it: "will meet ... ahead of talks in Vienna on
    Friday" is the coming Friday, however far the "will" stands from it.
    """
    bare = _BARE.fullmatch(t.text)
    if t.start_date is None or not (bare or _MONTH_DAY.fullmatch(t.text) or _THE_WEEKEND.fullmatch(t.text)):
        return t
    if t.end_value and not _THE_WEEKEND.fullmatch(t.text):
        return t
    if _SIDE_SAID.search(parse.sentence.text, 0, max(0, t.start - parse.sentence.start)):
        return t  # "a tour to England last November": the text says which side, whatever the clause's tense
    verb = clauses.clause_verb(parse, pred)
    tense = clauses.tense(parse, verb)
    # a doing in the simple present on a weekday is on the programme: "He visits Malawi on Tuesday then Zambia next Sunday"
    # (a report's "says on Tuesday" is not)
    scheduled = tense == "present" and bare is not None and pred == verb and parse.tokens[verb].tag in ("VBZ", "VBP") \
        and parse.tokens[verb].lemma not in clauses.REPORTING | {"be", "have"} \
        and not any(parse.tokens[c].dep in ("aux", "auxpass") for c in parse.children(verb))
    # (a month is ahead until it is over: "will tour in November" told on 5 November is this November)
    gone = (t.end_date or t.start_date) < reference if t.precision == "month" else t.start_date < reference
    step = 1 if (tense == "future" or scheduled) and gone \
        else -1 if tense == "past" and t.start_date > reference else 0
    set_for = _FOR_A_DAY.search(parse.sentence.text, 0, t.start - parse.sentence.start)
    # "agreed to hold a summit in late June", "remanded in custody to reappear on 26 August": what is to be done comes
    # after the telling, whatever its tense
    to_do = not (bare is not None and t.precision == "day") and any(
        parse.tokens[c].tag == "TO" for v in {pred, verb} for c in parse.children(v))
    if step < 0 and (parse.tokens[verb].lemma in clauses.LOOKS_AHEAD or set_for or to_do):
        # "has scheduled a board meeting for Sept. 15", "a decree summoning Parliament for March 25": the date is the
        # planned occasion's, ahead
        return t
    if not step:
        return t
    if t.value.endswith("-WE") and t.end_date is not None:  # "over the weekend ... seized": the one just gone
        a, b = t.start_date + timedelta(days=7 * step), t.end_date + timedelta(days=7 * step)
        year, week, _ = a.isocalendar()
        return replace(t, start_date=a, end_date=b, value=f"{year:04d}-W{week:02d}-WE")
    if t.precision == "day" and not bare:  # "the April 16 election" in a November story that tells of it
        if abs((t.start_date - reference).days) <= _SAME_MONTHS:
            # a day or two off is a time zone ("today (4:40 a.m., April 7, in Syria)"), and a few weeks off the occasion
            # just past or just ahead ("will proclaim the winners ... 11 days after the May 9 balloting"), not another year
            return t
        d = _shift_year(t.start_date, step)
        return replace(t, start_date=d, end_date=d, value=d.isoformat()) if d else t
    if t.precision == "day":
        d = t.start_date + timedelta(days=7 * step)
        return replace(t, start_date=d, end_date=d, value=d.isoformat() + t.value[10:])  # "2016-07-21TEV" keeps its evening
    if t.precision == "month":
        y = t.start_date.year + step
        last = (date(y + (t.start_date.month == 12), t.start_date.month % 12 + 1, 1) - timedelta(days=1))
        return replace(t, start_date=t.start_date.replace(year=y), end_date=last, value=f"{y:04d}-{t.start_date.month:02d}")
    return t


def tensed(times: list[TimeMention], parses: dict[int, Parse], sentences: list[Sentence], reference: date) -> list[TimeMention]:
    """`times` with each bare weekday or month put on its clause's side of the reference ("will speak at Princeton on
    Friday" is the coming Friday): the one reading that events and trips' stops both take."""
    starts = [s.start for s in sentences]
    out = []
    for t in times:
        i = bisect_right(starts, t.start) - 1
        parse = parses.get(starts[i]) if i >= 0 else None
        # (the day opens the heading, set off: "Tuesday: Mexico City", not a headline's "Tuesday's attack in Kabul")
        under = parses.get(starts[i + 1]) if parse is not None and i + 1 < len(starts) and t.start - starts[i] <= 2 \
            and _SET_OFF.match(sentences[i].text, t.end - starts[i]) and _heading(parse) else None
        if under is not None:
            out.append(_by_the_lines_under(t, under, reference))
            continue
        pred = clauses.predicate(parse, t.start, t.end) if parse is not None and t.end <= sentences[i].end else None
        out.append(t if pred is None or _within_a_span_told(t, out) else _by_tense(t, parse, pred, reference))
    return out


def _within_a_span_told(t: TimeMention, before: list[TimeMention]) -> bool:
    """Whether a day falls within the last span of days told before it (`temporal.last_span_told`): "visits Slovakia
    on September 12 - 15 ... will spend the whole Monday in Bratislava" is that Monday, whatever the telling's date."""
    span = last_span_told(before, t.start)
    return span is not None and t.start_date is not None and span.start_date <= t.start_date <= span.end_date


def _heading(parse: Parse) -> bool:
    """Whether a sentence is a schedule's heading: a line of a few words with no verb ("Tuesday: Mexico City")."""
    return len(parse.tokens) <= HEADING_WORDS and "\n" not in parse.sentence.text.strip() \
        and not any(clauses.is_verb(parse, j) for j in range(len(parse.tokens)))


HEADING_WORDS = 8
_SET_OFF = re.compile(r"[ \t]*(?:[:–—-]|$)")  # what follows a heading's day: a colon or a dash, or the line's end


def _by_the_lines_under(t: TimeMention, under: Parse, reference: date) -> TimeMention:
    """A bare weekday heading a schedule ("Tuesday: Mexico City") is on the side of the reference the sentence under it
    tells of: the coming one when that sentence looks ahead ("Harris will meet ...")."""
    verb = clauses.root(under)
    verb = clauses.reported(under, verb) if verb is not None else None  # "Harris will meet ..., her aides said"
    if verb is None or not _BARE.fullmatch(t.text) or t.precision != "day" or t.start_date is None or t.start_date >= reference:
        return t
    if clauses.tense(under, verb) != "future":
        return t
    d = t.start_date + timedelta(days=7)
    return replace(t, start_date=d, end_date=d, value=d.isoformat() + t.value[10:])


def needs_tense(t: TimeMention) -> bool:
    """Whether the side of the reference a date falls on depends on its clause's tense."""
    return t.start_date is not None and (bool(_THE_WEEKEND.fullmatch(t.text)) or (
        not t.end_value and bool(_BARE.fullmatch(t.text) or _MONTH_DAY.fullmatch(t.text))))


def _names_a_kind(parse: Parse, t: TimeMention, pred: int) -> bool:
    """A date that names a thing, not when something happens: a century, decade or season before a noun
    ("twenty-first century challenges", "winter storms"), the century of an age ("the challenges of the 21st century"),
    a year before a noun that names no event ("the 2011 Easter Egg Roll"; "the 2008 summit" is one), a number of
    things ("more than 1500 armed crusaders")."""
    head = clauses.head_token(parse, t.start, t.end)
    if head is None or clauses.opens_line(parse, t.start, t.end):
        return False
    tok, noun = parse.tokens[head], parse.tokens[pred]
    if t.precision == "year" and tok.dep == "nummod" and parse.tokens[tok.head].tag == "NNS" \
            and parse.tokens[tok.head].lemma.lower() not in _TIME_NOUNS:
        return True  # (not "in the years 1755-1757": the years are when)
    if t.precision in ("century", "decade") and tok.dep == "pobj" and parse.tokens[tok.head].lemma == "of":
        owner = parse.tokens[parse.tokens[tok.head].head]
        return owner.tag.startswith("NN") and clauses.kind_of(owner.lemma) == "other"
    if not noun.tag.startswith("NN"):
        return False
    if tok.head != pred or tok.dep not in ("compound", "amod", "nmod", "nummod"):
        return False
    first = min(parse.covering(t.start, t.end))
    if first > 0 and parse.tokens[first - 1].tag == "IN":
        return False  # "In 2019 Berlin hosted the fair", which the model reads as a "2019 Berlin"
    # a year names a thing after a determiner ("the 2011 Easter Egg Roll", "its 2015 plan", "a red 2007 Ford Fusion"),
    # not at a line's head ("1505 - Town sacked by ...")
    determined = (first > 0 and parse.tokens[first - 1].tag in ("DT", "PRP$", "POS")) or any(
        parse.tokens[c].dep in ("det", "poss") and c < first for c in parse.children(pred))
    return t.precision in ("century", "decade", "season") or (
        t.precision == "year" and determined and clauses.kind_of(noun.lemma) == "other" and noun.lemma.lower() not in _TIME_NOUNS
    )


def _many(parse: Parse, pred: int) -> bool:
    """Whether the predicate tells of "events" in the plural (itself, its subject, the noun its clause describes, or
    the object of a present tense: "the article covers the events"): the scope of a list, not one occurrence
    ("the city held events in 1994" is one)."""
    toks = parse.tokens
    roles = ("nsubj", "nsubjpass", "dobj") if clauses.tense(parse, pred) == "present" else ("nsubj", "nsubjpass")
    around = [pred, *parse.children(pred)] + ([toks[pred].head] if toks[pred].dep == "relcl" else [])
    # "Here is a look at events in Mali this year": what a page is about
    looks = [a for a in parse.children(pred) if toks[a].dep == "attr"] if toks[pred].lemma == "be" else \
        [pred] if toks[pred].tag in ("NN", "NNS") else []
    around += [o for a in looks for p in parse.children(a) if toks[p].dep == "prep" for o in parse.children(p) if toks[o].dep == "pobj"]
    roles += ("pobj",) if looks else ()
    return any(toks[i].lemma == "event" and toks[i].tag == "NNS" and (i == pred or toks[i].dep in roles or i == toks[pred].head)
               for i in around)


_OF_A_FIGURE = re.compile(r"[ \t]*\)[ \t]*,?[ \t]*\d")
# a title with no word of three letters says nothing ("In", "( ), 39,715"), nor one in capitals alone: a label ("WHEN:,
# (EDT)", "INDIANA TERRITORY")
_WORD = re.compile(r"[^\W\d_]{3,}")


# what stands between two tellings of one moment: "today at about 8:40 p.m. EDT (4:40 a.m., April 7, in Syria)"
_SAME_MOMENT = re.compile(r"(?:[\s,]|EDT|EST|GMT|UTC|local\s+time)*(?:\(\s*|at\s+(?:about\s+|around\s+)?|about\s+|around\s+|on\s+)?")
_NAMED_OF = re.compile(r"\b((?-i:[A-Z])[\w-]+)\s+of\s+$")  # "the War of", "the Revolution of" (not "May of")
_DASH = re.compile(r"\s*[–—-]\s*")
_LOCAL_TIME = re.compile(r"\s+local\s+time", re.IGNORECASE)  # a clock's words that the model may read as its noun
_LIFE_YEARS = range(20, 111)  # how many years a life in brackets after a name lasts


def _a_count(parse: Parse, head: int) -> bool:
    """Whether a clause only gives a count of people: its word is "population" or "inhabitants", or it has or numbers
    one ("has a population of 12,600", "numbered 4,000 inhabitants")."""
    toks = parse.tokens
    if toks[head].lemma.lower() in _COUNTED:
        return True
    if toks[head].tag == "CD":  # ("1932 – Population: 16,903": the model reads the year as the line's root, its label
        # a few words on; looked for there only, so that a long sentence of dates stays linear)
        return any(toks[k].lemma.lower() in _COUNTED and any(toks[c].tag == "CD" for c in parse.children(k))
                   for k in range(head + 1, min(len(toks), head + _LABEL_AFTER)))
    return toks[head].lemma in _HAVING and any(toks[c].lemma.lower() in _COUNTED and toks[c].dep in ("dobj", "attr", "nsubj")
                                               for c in parse.children(head))


def _only_when(parse: Parse, pred: int, times: list[TimeMention]) -> bool:
    """Whether a clause only says when, of nothing it names: its verb is "be" and its subject a pronoun, a time or none
    ("This was on the 1st February 1915", "The last day will be Friday, January 4"); not "Its last eruption was in 1904"."""
    toks = parse.tokens
    if toks[pred].lemma != "be":
        return False

    def timed(i: int) -> bool:
        return any(t.start <= toks[i].start < t.end for t in times)

    subj = clauses.subject(parse, pred)
    if subj is None and toks[pred].dep == "xcomp":
        subj = clauses.subject(parse, toks[pred].head)  # "Moshoeshoe's last war was to be in 1867": the war's
    if not (subj is None or timed(subj) or toks[subj].tag in ("PRP", "DT", "WDT", "EX") and not parse.children(subj)):
        return False
    # nothing else hangs from the verb but the time ("It was in 1344 that ...", "This is a major discussion", "They had
    # been out since 7:15" name what happened)
    return all(c == subj or timed(c) or toks[c].dep in _BARE_BE
               or toks[c].dep == "prep" and all(timed(k) for k in parse.children(c)) for c in parse.children(pred))


_BARE_BE = frozenset({"punct", "aux", "auxpass", "neg", "advmod", "cc"})  # the words of a "be" that says only when


_COUNTED = frozenset({"population", "inhabitant"})  # the nouns of a count of people
_HAVING = frozenset({"have", "be", "number", "count", "reach"})
_LABEL_AFTER = 5  # tokens: how far after a line's year its count's label stands ("1932 – Population: 16,903")


def _lifespan(t: TimeMention, text: str) -> bool:
    """Whether a span of years in brackets right after a name is that person's life ("Emperor Akbar (1542-1605)")."""
    if t.start_date is None or t.end_date is None or not text.endswith("(", 0, t.start):
        return False
    name = text[max(0, t.start - 40): t.start - 1].rstrip().rsplit(" ", 1)[-1]
    return name[:1].isupper() and text.startswith(")", t.end) and t.end_date.year - t.start_date.year in _LIFE_YEARS


_ALTERNATIVE = re.compile(r"\(\s*or\s+(?:in\s+|on\s+)?$")
_UNTIL = re.compile(r"\b(?:until|till)\s+$")
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "century", "decade", "era", "period", "time", "date", "season"})


def from_sentence(
    doc_id: str, text: str, parse: Parse, times: list[TimeMention], places: list[PlaceMention], setting: Setting,
    told: PlaceMention | None = None, earlier: Sequence[PlaceMention] = (),
) -> list[tuple[Event, str, bool]]:
    """The events of one sentence, each with its predicate's lemma and whether a date names it ("Sunday's attack").

    `times` are the sentence's dated mentions; `told`, the last place the sentence before it named; `earlier`, the
    places named before the sentence, the last last.
    """
    groups: dict[int, list[TimeMention]] = {}
    s = parse.sentence
    before: tuple[TimeMention, int] | None = None
    listed = _listed(times, text)
    # (a list's last two years are no span of their own: "in 1702, 1771, 1841 and 1842")
    spans = [u for t in joined(times, text)
             for u in ([v for v in times if t.start <= v.start and v.end <= t.end] if t.start in listed else [t])]
    for t in spans:
        if _ALTERNATIVE.search(text, max(0, t.start - 12), t.start):
            continue  # "founded in 1070 (or in 1062 according to some sources)": another reading of the same date
        if _lifespan(t, text) and any(u is not t and not _lifespan(u, text) for u in spans):
            continue  # "laid in 1566 during the reign of Emperor Akbar (1542-1605)": his life, not when it was laid
        if _OF_A_FIGURE.match(text, t.end) and text[max(0, t.start - 1):t.start] == "(":
            continue  # "Pop. (1900) 12,497": the date of a figure, not of an occurrence
        if text.startswith(("'s", "’s"), t.end) and any(u is not t and _nested(u, t) and _finer(u, t) for u in spans):
            continue  # "This year's award will be announced Tuesday": the year names the award; Tuesday dates it
        named = _NAMED_OF.search(text, max(0, t.start - 24), t.start)
        if named and any(u is not t for u in spans) and named.group(1).lower() not in MONTHS \
                and named.group(1).lower() not in WEEKDAYS:
            continue  # "1788 The Russo-Swedish War of 1788-1790 begins": the dates that name the war, not when it began
        # a heading's date ("June 25, 1950" on the line above) belongs to the sentence's main verb
        pred = clauses.predicate(parse, t.start, t.end) if s.start <= t.start < s.end else clauses.root(parse)
        pred = -1 if pred is None else pred
        if pred >= 0 and _LOCAL_TIME.fullmatch(text, t.end, parse.tokens[pred].end):
            pred = clauses.clause_verb(parse, pred)  # "touched down at about noon local time": the time is no occurrence
        if before is not None and not (before[0].start in listed and t.start in listed) \
                and (_SAME_MOMENT.fullmatch(text, before[0].end, t.start)
                                   or _DASH.fullmatch(text, before[0].end, t.start) and _nested(t, before[0])):
            # "yesterday (Monday) at about 5 pm (1400 GMT)": one moment told four ways, of the verb one of them is on;
            # "1887 – 9 June: A magnitude 7.3 earthquake": a year, then its day
            if pred >= 0 and before[1] != pred and clauses.is_verb(parse, pred) and not (before[1] >= 0 and clauses.is_verb(parse, before[1])):
                groups.setdefault(pred, []).extend(groups.pop(before[1], []))
            else:
                pred = before[1]
        before = (t, pred)
        groups.setdefault(pred, []).append(t)
    groups = _apart(groups, text, listed)
    out: list[tuple[Event, str, bool]] = []
    for key, ts in groups.items():
        pred = key[0] if isinstance(key, tuple) else key
        if pred >= 0 and clauses.negated(parse, pred) and not any(_UNTIL.search(text, max(0, t.start - 8), t.start) for t in ts):
            continue  # "the President has no public events on Saturday": nothing happens ("did not begin until 1050" does)
        if pred >= 0 and all(_names_a_kind(parse, t, pred) for t in ts):
            continue  # "twenty-first century challenges", "1990s-era tariffs": an age, not an occurrence
        if pred >= 0 and _many(parse, pred):
            continue  # "Events in the year 1905 in Norway", "lists events that happened during 1959": a page's scope
        if pred >= 0 and _a_count(parse, clauses.reported(parse, pred)):
            continue  # "Population: 16,903", "Coventry has a population of about 350": a figure, no occurrence
        if pred >= 0 and _only_when(parse, pred, times):
            continue  # "This was on the 1st February 1915", "It will be Friday": when, of nothing the clause names
        if pred >= 0 and parse.tokens[pred].lemma == "be" and not any(s.start <= t.start < s.end for t in ts) \
                and not any(parse.tokens[c].tag in ("VBN", "VBG") for c in parse.children(pred)):
            # under a diary's day: "The food and service were both excellent" describes, nothing happens ("Irala is
            # re-appointed governor", as the model may read it, does)
            continue
        time = finest(ts)
        if time.precision in _COARSE and any(_SO_FAR.search(text, max(s.start, t.start - 16), t.start) for t in ts):
            continue  # "brings to 125 the total number of deaths so far this year": a running count, no occurrence
        head = clauses.reported(parse, pred) if pred >= 0 else pred
        if pred >= 0:
            roles = [(p, "topic" if _owner(p, text) or _owns_the_object(parse, p, head) or _kind_of_another(p, places, text)
                      else clauses.place_role(parse, p.start, p.end, head))
                     for p in places]
            roles += _here(parse, head, setting)
            roles += _described(parse, places, head, setting, roles, earlier)
            roles += _beside_the_date(parse, roles, head, ts)
            roles += _named_after_its_kind(parse, places, head, text)
            roles += _its_name(parse, places, head)
            roles += _there(parse, places, head, told)
            named_by = parse.tokens[head].head if parse.tokens[head].dep == "acl" else None
            if named_by is not None and parse.tokens[named_by].tag != "NNP":
                named_by = None  # a name ("the Treaty of Zaragoza"), not any noun ("industries, enhanced by ...")
            if named_by is not None:  # "the Treaty of Zaragoza, signed on 22 April 1529": the name says where
                roles += [(p, "names") for p in places if clauses.place_role(parse, p.start, p.end, named_by) == "names"]
            # "officials in Accra said on Sunday that ...", "the toll from Sunday's attack at a hotel in Mogadishu has
            # risen": the clause that holds the reported event or the event noun may say where
            verb = clauses.clause_verb(parse, pred)
            for other in {pred, verb} - {head}:
                roles += [(p, "clause") for p in places if clauses.place_role(parse, p.start, p.end, other) == "locative"]
            roles += _scene_of_report(parse, verb, places)
            first = parse.tokens[verb].head if parse.tokens[verb].dep == "conj" else None
            if first is not None and first != head:
                # "After arriving in Baku, Gates visited Aliyev and met Abiyev today": what stands before the first
                # of coordinated verbs says where for each of them
                roles += [(p, "clause") for p in places if p.end <= parse.tokens[first].start
                          and clauses.place_role(parse, p.start, p.end, first) in ("locative", "sublocative")]
            name = title(parse, head, times, text, setting.dateline_end)  # no date of the sentence is any title's
        else:
            roles, name = [], clip(parse.sentence.text[max(0, setting.dateline_end - s.start):])
        if not _WORD.search(name) or name.isupper():
            continue  # a line of dates and labels ("Prior to 14th century", "( ) 1378"): nothing happens in it
        kind = _kind_in(parse, head) if head >= 0 else "other"
        where = placing.decide(roles, setting, kind, choose_place(roles, setting, kind),
                               placing.shapes(parse, places, head) if head >= 0 else None)
        if where is None and head >= 0 and _said_here(parse, head):
            where = setting.focus  # "arrived here this Tuesday": the town the story is told from
        ordered = list(places)
        if where is not None and where not in ordered:
            ordered.insert(0, where)
        named = pred >= 0 and parse.tokens[pred].tag.startswith("NN")
        out.append((
            Event(
                # a heading's date ("- 1535" over bullets) dates several sentences: each is its own event
                event_id=event_id(doc_id, time.start, time.end, *(() if s.start <= time.start < s.end else (s.start,))),
                doc_id=doc_id,
                title=name,
                time=time,
                sentence=parse.sentence,
                places=tuple(ordered),
                primary=ordered.index(where) if where is not None else None,
                event_type=kind,
            ),
            _occurrence(parse, head) if head >= 0 else "",
            named,
        ))
        if pred >= 0:
            out += _coordinated(doc_id, parse, head, time, times, places, where, setting, text, set(groups))
    return out


_OWN = ("locative", "destination")


def _scene_of_report(parse: Parse, verb: int, places: list[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    """The places set before the report a verb is told in ("In Vietnam, authorities say 18 people have died"): where
    the reported event happened, as a clause's locative."""
    teller = parse.tokens[verb].head
    if parse.tokens[verb].dep != "ccomp" or parse.tokens[teller].lemma not in clauses.REPORTING:
        return []
    return [(p, "clause") for p in places if p.end <= parse.tokens[verb].start
            and clauses.place_role(parse, p.start, p.end, teller) == "locative"]


def _coordinated(
    doc_id: str, parse: Parse, head: int, time: TimeMention, times: list[TimeMention], places: list[PlaceMention],
    where: PlaceMention | None, setting: Setting, text: str, dated: set,
) -> list[tuple[Event, str, bool]]:
    """The verbs coordinated with a dated one that go somewhere else on its date ("return to Auckland and proceed by
    rail to Rotorua"): an occurrence each, at its own place, unless a date of its own makes it one already (`dated`: the
    sentence's predicates that have dates; `times`: all its dates, none of which is part of a title)."""
    out: list[tuple[Event, str, bool]] = []
    todo, seen = [head], {head}
    while todo:
        i = todo.pop()
        for c in parse.children(i):
            if parse.tokens[c].dep != "conj" or c in seen or not clauses.is_verb(parse, c) or c in dated:
                continue
            seen.add(c)
            todo.append(c)
            roles = [(p, clauses.place_role(parse, p.start, p.end, c)) for p in places]
            own = [(p, r) for p, r in roles if r in _OWN and p.literal]
            if not own:
                continue
            kind = _kind_in(parse, c)
            there = choose_place(own, setting, kind)
            if there is None or (where is not None and there.place.name == where.place.name):
                continue
            name = title(parse, c, times, text, setting.dateline_end)
            if not name:
                continue
            ordered = [there] + [p for p in places if p is not there]
            out.append((
                Event(
                    event_id=event_id(doc_id, time.start, time.end, "and", parse.tokens[c].start),
                    doc_id=doc_id, title=name, time=time, sentence=parse.sentence, places=tuple(ordered),
                    primary=0, event_type=kind,
                ),
                _occurrence(parse, c),
                False,
            ))
    return out


def _apart(groups: dict[int, list[TimeMention]], text: str, listed: frozenset[int] = frozenset()
           ) -> dict[int | tuple[int, int], list[TimeMention]]:
    """Days of one predicate that do not meet, joined by "and", are occurrences of their own ("signed by Spain, 2 July
    1494, and by Portugal, 5 September 1494"), and so is each date of a list (`listed`, by their starts): keyed
    (predicate, k) after the first. A day and its hour, a day inside a month, or one moment told by two clocks are
    one."""
    out: dict[int | tuple[int, int], list[TimeMention]] = {}
    for pred, ts in groups.items():
        if pred >= 0 and sum(t.start in listed for t in ts) >= _LIST:
            # "Great fires ravaged the city in 1598, 1651, 1681 and 1708": a fire a year
            for k, t in enumerate(sorted(ts, key=lambda t: t.start)):
                out[pred if k == 0 else (pred, k)] = [t]
            continue
        days = [t for t in ts if t.precision == "day" and t.start_date is not None]
        if pred < 0 or len(days) < 2 or len(days) != len([t for t in ts if t.type == "DATE"]):
            out[pred] = ts
            continue
        runs: list[list[TimeMention]] = []
        for t in sorted(ts, key=lambda t: t.start):
            run = next((r for r in runs if any(_meet(t, u) for u in r)), None)
            if run is None and runs and not _AND.search(text, runs[-1][-1].end, t.start):
                run = runs[-1]  # "today at 8:40 p.m. EDT (4:40 a.m., April 7, in Syria)": one moment, two clocks
            if run is None:
                runs.append([t])
            else:
                run.append(t)
        if len(runs) == 1:
            out[pred] = ts
            continue
        for k, run in enumerate(runs):
            out[pred if k == 0 else (pred, k)] = run
    return out


_AND = re.compile(r"\band\b")
_SO_FAR = re.compile(r"\bso\s+far\s+(?:in\s+|this\s+|during\s+)?$", re.IGNORECASE)  # ("so far this year")
_COARSE = frozenset({"month", "quarter", "season", "year", "decade", "century"})
_LIST = 3  # dates, at least, that make a list of occurrences, not the ends of a span
# what stands between two dates of a list: ", ", ", and ", " and ", and perhaps how often ("1708, twice in 1717")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[a-z]+\s+in\s+)?")


def _listed(times: list[TimeMention], text: str) -> frozenset[int]:
    """The starts of the years that make a list of three or more ("in 1598, 1651, 1681, 1708, twice in 1717 and 1742");
    not days, which may be those a habit keeps ("fairs are still held on March 5, May 3, and September 18")."""
    out: set[int] = set()
    run: list[TimeMention] = []
    for t in sorted(times, key=lambda t: t.start) + [None]:
        if t is not None and run and t.precision == run[-1].precision and not t.end_value \
                and _LISTED.fullmatch(text, run[-1].end, t.start):
            run.append(t)
            continue
        if len(run) >= _LIST:
            out.update(u.start for u in run)
        run = [t] if t is not None and t.precision == "year" and not t.end_value else []
    return frozenset(out)


def _meet(a: TimeMention, b: TimeMention) -> bool:
    if a.start_date is None or b.start_date is None:
        return True
    return a.start_date <= (b.end_date or b.start_date) and b.start_date <= (a.end_date or a.start_date)


def _occurrence(parse: Parse, pred: int) -> str:
    """The word for what happens: the predicate's lemma, or, for a verb of its time, "~" and its subject's ("~siege")."""
    lemma = parse.tokens[pred].lemma
    subj = clauses.subject(parse, pred)
    if lemma in clauses.TIME_VERBS and subj is not None and parse.tokens[subj].tag.startswith("NN"):
        return "~" + parse.tokens[subj].lemma.lower()
    return lemma


def unparsed(doc_id: str, sentence: Sentence, times: list[TimeMention], places: list[PlaceMention], setting: Setting) -> tuple[Event, str, bool]:
    """One event for a sentence the model did not read (past the parse budget): its finest date, its text as title,
    the dateline's or the text's own place."""
    time = finest(times)
    where = choose_place([], setting)
    ordered = list(places)
    if where is not None and where not in ordered:
        ordered.insert(0, where)
    ev = Event(
        event_id=event_id(doc_id, time.start, time.end), doc_id=doc_id,
        title=clip(sentence.text[max(0, setting.dateline_end - sentence.start):]), time=time, sentence=sentence,
        places=tuple(ordered), primary=ordered.index(where) if where is not None else None,
    )
    return ev, "", False


_NOT_RETELLING = frozenset({"be", "have", "do", "get", "make", "take", "give"}) | clauses.REPORTING


_THE_DOER = re.compile(r"\b(?i:the)\s+(?:[\w.-]+\s+){0,2}?([a-z]+)\s+(?:has\s+|had\s+|was\s+)?[a-z]+ed\b")
# "The derailments occurred around midnight Tuesday": the noun of a lead's verb, told again with its time
_THE_OCCURRENCE = re.compile(
    r"\b(?i:the)\s+(?:[\w.-]+\s+){0,2}?([a-z]{4,})\s+(?:occurred|happened|took\s+place|unfolded|broke\s+out|erupted)\b")


def _noun_of(verb: str, noun: str) -> bool:
    """Whether `noun` names what `verb` does: derail/derailments, explode/explosion, collide/collision, attack/attack."""
    stem = len(os.path.commonprefix([verb.lower(), noun.lower()]))
    return stem >= min(5, len(verb)) and stem >= len(verb) - 2


def _in_the(parse: Parse, verb: int, noun: str) -> bool:
    """Whether the verb says where or how it happened with `noun`: "killed in a stampede", "died during the storm"."""
    return any(parse.tokens[c].dep == "prep" and any(parse.tokens[o].dep == "pobj" and parse.tokens[o].lemma.lower() == noun.lower()
                                                   for o in parse.children(c))
               for c in parse.children(verb))


_NEWS_DAYS = 14  # how long before a story's day its lead's news may lie


def _recent(ev: Event, reference: date | None) -> bool:
    """Whether a later telling's date can be a news lead's: within `_NEWS_DAYS` of the story's day, or either unknown."""
    t = ev.time
    if reference is None or t is None or t.start_date is None:
        return True
    if t.precision not in ("day", "hour", "minute", "week") and t.start_date < reference - timedelta(days=_NEWS_DAYS):
        return False  # "Storms dumped ... in July", in a story of 4 August: a month's storms, not the latest one's day
    return t.end_date is None or t.end_date >= reference - timedelta(days=_NEWS_DAYS)


def retold_lead(
    events: list[tuple[Event, str, bool]], lead: Parse, places: list[PlaceMention], text: str, setting: Setting
) -> list[tuple[Event, str, bool]]:
    """A lead's verb without a date that a later, dated sentence tells again ("Jammeh has won re-election" ... "officials
    announced Friday that Jammeh had won"), or opens with ("a dam collapsed" ... "The collapse on Monday night"), or a
    disaster or attack the lead names by a noun ("trapped by an earthquake" ... "The quake struck Sunday"): the event is
    the lead's, dated by the later telling, at the finer place. A lead dated only by its report ("crashed ..., officials
    said Friday") gives way to such a telling on or before the report's day.
    """
    # dated in the lead itself, unless only by its report ("A plane crashed ..., officials said Friday"): the story may
    # tell the occurrence again on its own day ("Thursday's crash")
    reported_on = {lemma: ev for ev, lemma, _ in events if ev.sentence.start == lead.sentence.start and _dated_by_report(lead, ev)}
    told = {lemma for ev, lemma, _ in events if ev.sentence.start == lead.sentence.start} - reported_on.keys()
    # (a lead dated in itself: "On Wednesday, Hurricane Beryl continued on its path" is not what "The hurricane barreled
    # through Grenada on Monday" tells again)
    dated_here = any(ev.sentence.start == lead.sentence.start and ev.time is not None
                     and lead.sentence.start <= ev.time.start < lead.sentence.end and not _dated_by_report(lead, ev)
                     for ev, _, _ in events)
    verbs = {}
    doers: dict[str, int] = {}  # "A powerful cyclone has battered Bangladesh": the occurrence its subject names
    nouns: dict[str, int] = {}  # "rescuers fought to save people trapped by an earthquake": one it names by a noun
    for i, t in enumerate(lead.tokens):
        if t.lemma in told:
            continue
        # a reporting verb that reports no clause is the occurrence itself: "the ministry has confirmed a case"
        news = t.lemma not in _NOT_RETELLING or (t.lemma in clauses.REPORTING and clauses.reported(lead, i) == i
                                                  and any(lead.tokens[c].dep == "dobj" for c in lead.children(i)))
        if clauses.is_verb(lead, i) and t.dep not in ("aux", "auxpass") and news and not clauses.negated(lead, i):
            verbs.setdefault(t.lemma, i)
            subj = clauses.subject(lead, i)
            if setting.reference is not None and subj is not None and lead.tokens[subj].tag.startswith("NN") \
                    and clauses.tense(lead, i) != "future":
                # (a storm by its name is its kind's: "after Cyclone Giovanna pounded Madagascar" ... "The storm struck")
                kinds = [subj] + [c for c in lead.children(subj) if lead.tokens[c].dep == "compound"] \
                    if lead.tokens[subj].tag == "NNP" and not dated_here else [subj]
                doer = next((k for k in kinds if clauses.kind_of(lead.tokens[k].lemma) != "other"), None)
                if doer is not None and (doer == subj or clauses.kind_of(lead.tokens[doer].lemma) in _STRUCK):
                    doers.setdefault(lead.tokens[doer].lemma.lower(), i)
        elif t.tag in ("NN", "NNS") and t.dep not in ("nsubj", "nsubjpass") and clauses.kind_of(t.lemma) in _STRUCK \
                and setting.reference is not None and lead.tokens[clauses.clause_verb(lead, i)].lemma not in told:
            # (not what a dated verb of the lead is about: "Florence intensified Sunday into the second hurricane")
            nouns.setdefault(t.lemma, i)
    out = []
    dropped: set[str] = set()
    for ev, lemma, named in events:
        if _programme_line(ev) or ev.sentence.start <= lead.sentence.start:
            out.append((ev, lemma, named))  # a programme's item is its own occurrence, not the lead's told again
            continue
        i = verbs.pop(lemma, None) if lemma and not ev.itinerary_id and not ev.inferred else None
        if i is None and doers and not named and not ev.itinerary_id and not ev.inferred:
            # "The cyclone crashed into the coast Thursday night": the same cyclone, told again with its day
            m = _THE_DOER.search(ev.sentence.text)
            i = doers.pop(m.group(1).lower(), None) if m else None
            if i is not None:
                verbs.pop(lead.tokens[i].lemma, None)
        if i is None and verbs and not named and not ev.itinerary_id and not ev.inferred \
                and (m := _THE_OCCURRENCE.search(ev.sentence.text)) is not None:
            i = next((verbs.pop(v) for v in list(verbs) if _noun_of(v, m.group(1))), None)
            if i is None:
                # "were killed in a stampede ... The stampede broke out on Sunday": the lead's verb the occurrence hangs from
                i = next((verbs.pop(v) for v in list(verbs) if _in_the(lead, verbs[v], m.group(1))), None)
            if i is None and m.group(1).lower() == "incident" and (root := clauses.root(lead)) is not None:
                # "Police arrested a man after an assault ... The incident occurred Monday": the lead's news, that day
                i = verbs.pop(lead.tokens[root].lemma, None)
        if i is None and (verbs or nouns or doers) and not named and not lemma.startswith("~") and not ev.itinerary_id \
                and not ev.inferred:
            # "The quake belted the island at 1:04 a.m. Sunday", "The collapse of the dam on Monday night was described
            # as an accident", "The fire that sped through the village July 23": a sentence opening with the occurrence
            # the lead named, told again with its day
            i = _opened_with(ev.sentence.text, verbs, nouns | doers)
            verbs = {k: v for k, v in verbs.items() if v != i}
            nouns = {k: v for k, v in nouns.items() if v != i}
            doers = {k: v for k, v in doers.items() if v != i}
        said = reported_on.get(lead.tokens[i].lemma) if i is not None else None
        if i is not None and (not _recent(ev, setting.reference) or said is not None and not _before(ev, said)):
            # "In September, 21 people died when a bus plunged": another occasion than the news
            (nouns if lead.tokens[i].tag in ("NN", "NNS") else verbs)[lead.tokens[i].lemma] = i
            i = None
        if i is None:
            out.append((ev, lemma, named))
            continue
        roles = [(p, clauses.place_role(lead, p.start, p.end, i)) for p in places]
        here = choose_place(roles, Setting())
        there = ev.places[ev.primary] if ev.primary is not None else None
        where = min((p for p in (here, there) if p is not None), key=lambda p: _KIND_RANK.get(p.place.kind, 9), default=None)
        ordered = [p for p in places if p is not where] + [p for p in ev.places if p not in places and p is not where]
        if where is not None:
            ordered.insert(0, where)
        moved = replace(
            ev, title=title(lead, i, [], text, setting.dateline_end), sentence=lead.sentence, event_type=clauses.kind_of(lemma),
            places=tuple(ordered), primary=0 if where is not None else None,
        )
        out.append((moved, lead.tokens[i].lemma, named))
        if said is not None:
            dropped.add(said.event_id)
    return [x for x in out if x[0].event_id not in dropped]


_STORMS = frozenset({"storm", "cyclone", "hurricane", "typhoon"})  # one kind of wind, told again by another of its words
_STRUCK = frozenset({"disaster", "attack", "military"})  # what befalls a place on its own day, not what people agree on
_OPENING_WORDS = re.compile(r"\s*(?:(?:The|This|That)\s+)((?:[\w-]+\s+){0,3}?[a-z]{4,})\b")


def _opened_with(sentence: str, verbs: dict[str, int], nouns: dict[str, int]) -> int | None:
    """The lead's token for the occurrence a later sentence opens with ("The quake ..." after "an earthquake", "The
    collapse ..." after "a dam collapsed"), or None."""
    m = _OPENING_WORDS.match(sentence)
    if m is None:
        return None
    word = m.group(1).split()[-1]
    for noun, i in nouns.items():
        said = noun.lower()  # ("earthquake" is told again as "The quake", "a wildfire" as "The fire", a cyclone as "The storm")
        if said == word or len(word) >= 4 and (said.endswith(word) or word.endswith(said)) or {said, word} <= _STORMS:
            return i
    return next((i for verb, i in verbs.items() if _noun_of(verb, word)), None)


def _dated_by_report(lead: Parse, ev: Event) -> bool:
    """Whether a lead's event has its date only from the verb that reports it ("crashed ..., officials said Friday")."""
    t = ev.time
    if t is None or not lead.sentence.start <= t.start < lead.sentence.end:
        return False
    pred = clauses.predicate(lead, t.start, t.end)
    return pred is not None and lead.tokens[pred].lemma in clauses.REPORTING and clauses.reported(lead, pred) != pred


def _before(ev: Event, said: Event) -> bool:
    """Whether a later telling's date is no later than the day the lead's report was made."""
    a, b = ev.time, said.time
    return a is None or b is None or a.start_date is None or b.end_date is None or a.start_date <= b.end_date


def lead_today(doc_id: str, lead: Parse, places: list[PlaceMention], text: str, setting: Setting, told: set[str]) -> list[tuple[Event, str, bool]]:
    """A news lead in the present perfect or progressive with no date ("Cyclone Favio has struck central Mozambique";
    "the ministry says Bongo has won"; "rebels have entered the capital and are battling the army"): the story's
    news, one event per such verb, dated by the story's own date and flagged as inferred."""
    if setting.reference is None:
        return []
    root = clauses.root(lead)
    if root is None:
        return []
    verb = clauses.reported(lead, root)
    # "has struck", "are rushing ... in Vanuatu", or under a dateline a past tense ("BRASILIA, April 24 – ... defense
    # leaders met") when the lead dates nothing else (in "detained 38 suspects and seized five caches March 27" the
    # day is the lead's); what is going on nowhere in particular ("the alliance is meeting the challenges") is no news
    fresh = clauses.present_perfect(lead, verb) or (clauses.present_progressive(lead, verb) and bool(places)) \
        or (setting.dateline is not None and lead.tokens[verb].tag == "VBD" and not told)
    if lead.tokens[verb].lemma in told or _occurrence(lead, verb) in told or not fresh:
        return []
    # a verb joined to it with a tense of its own tells news of its own ("have entered ... and are battling")
    joined = [c for c in lead.children(verb) if lead.tokens[c].dep == "conj" and lead.tokens[c].lemma not in told
              and (clauses.present_perfect(lead, c) or clauses.present_progressive(lead, c))]
    day = setting.reference
    out = []
    for k, v in enumerate([verb, *joined]):
        at = lead.tokens[v].start
        time = TimeMention(at, at, "", "DATE", day.isoformat(), "day", day, day)
        roles = [(p, clauses.place_role(lead, p.start, p.end, v)) for p in places] + _here(lead, v, setting)
        roles += _scene_of_report(lead, v, places)
        where = choose_place(roles, setting, _kind_in(lead, v))
        ordered = list(places)
        if where is not None and where not in ordered:
            ordered.insert(0, where)
        ev = Event(
            event_id=event_id(doc_id, "lead", lead.sentence.start, *((k,) if k else ())), doc_id=doc_id,
            title=title(lead, v, [], text, setting.dateline_end), time=time, sentence=lead.sentence,
            places=tuple(ordered), primary=ordered.index(where) if where is not None else None, inferred=True,
            event_type=clauses.kind_of(lead.tokens[v].lemma),
        )
        out.append((ev, lead.tokens[v].lemma, False))
    return out


_WILL = re.compile(r"\bwill\b|['’]ll\b", re.IGNORECASE)
_OPENS_WITH = re.compile(r"[\s*•·–—-]*")  # what may stand before a programme line's clock time


def _programme_line(ev: Event) -> bool:
    """Whether an event's sentence is a programme's line that opens with its clock time ("-- 9 a.m. Meeting with ...")."""
    t = ev.time
    at = t.start - ev.sentence.start if t is not None else -1
    return t is not None and t.precision in ("hour", "minute") and at >= 0 and bool(_OPENS_WITH.fullmatch(ev.sentence.text, 0, at))


def told_again(events: list[tuple[Event, str, bool]], titles: frozenset[int] = frozenset()) -> list[Event]:
    """Drop an event that retells an earlier one: same day and same predicate word, or a date-named noun
    ("Thursday's meeting", "today's decision") on a day an earlier event already holds. A headline's event retold in
    the story gives way to the story's telling, which says it in full (`titles`: the starts of headline sentences).

    Each item is (event, predicate lemma, whether the date names a noun).
    """
    kept: list[Event] = []
    seen_days: dict[tuple, int] = {}  # a day, or a day with a predicate word: where its first telling is in `kept`
    seen_words: dict[tuple, int] = {}
    spans: dict[str, int] = {}  # an occurrence told by its time ("the siege lasted ..."): where it is in `kept`
    for ev, lemma, named in events:
        if not lemma:  # itinerary stops and inferred events are never retellings
            kept.append(ev)
            continue
        if lemma.startswith("~") and ev.time is not None:
            k = spans.get(lemma)
            if k is not None and _nested(ev.time, kept[k].time):
                # "The Great Siege occurred in 1565 ... The siege lasted from 18 May to 8 September 1565": one, dated finer
                if _PRECISION_RANK.get(ev.time.precision, -1) >= _PRECISION_RANK.get(kept[k].time.precision, -1):
                    kept[k] = replace(kept[k], time=ev.time)
                continue
        t = ev.time
        day = (t.start_date, t.end_date) if t is not None and t.precision in ("day", "hour", "minute") else None
        # "Gates met the minister this morning ... Gates will also meet the president today": one day, two meetings
        ahead = bool(_WILL.search(ev.sentence.text))
        if day is not None:
            # (two hours of one day are two occurrences: a programme's "-- 9 a.m. Meeting with ..." and "-- 5:15 p.m.
            # Meeting with ...", a diary's "Meeting downstairs at 07:30" and "Bus departs at 08:30"; a later telling
            # without the clock is the first's)
            clock = (t.value,) if _programme_line(ev) or t.precision in ("hour", "minute") else ()
            first = seen_days.get(day + clock) if named else None
            first = first if first is not None else seen_words.get(day + clock + (lemma, ahead))
            if first is not None:
                if kept[first].sentence.start in titles and ev.sentence.start not in titles:
                    kept[first] = ev  # "Five held after Friday protest" / "... arrested at Friday's demonstration"
                continue
            seen_days.setdefault(day + clock, len(kept))
            seen_days.setdefault(day, len(kept))
            seen_words[day + clock + (lemma, ahead)] = len(kept)
            seen_words.setdefault(day + (lemma, ahead), len(kept))
        if lemma.startswith("~") and ev.time is not None:
            spans[lemma] = len(kept)  # (only an occurrence kept: a retelling dropped above is no span to date finer)
        kept.append(ev)
    return kept


def _finer(a: TimeMention, b: TimeMention) -> bool:
    """Whether `a` spans fewer days than `b`."""
    return None not in (a.start_date, a.end_date, b.start_date, b.end_date) and \
        (a.end_date - a.start_date) < (b.end_date - b.start_date)


def _nested(a: TimeMention, b: TimeMention | None) -> bool:
    """Whether one of two dated mentions lies within the other."""
    if b is None or None in (a.start_date, a.end_date, b.start_date, b.end_date):
        return False
    return (b.start_date <= a.start_date and a.end_date <= b.end_date) or (a.start_date <= b.start_date and b.end_date <= a.end_date)
