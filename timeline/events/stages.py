"""A race told stage by stage in prose: the race is the traveller, each stage's start and finish its stops, on the
stage's day ("The Tour Down Under starts on Tuesday with stage 1 taking the riders from Prospect to Lyndoch. Stage 2 to
Stirling ..."; "Stage 2, on January 31, will go from the Winter Park to Sharaan Nature Reserve").

The conventions of the held-out trip sets for a stage race (bench/data/itineraries_unseen_111.md, _115.md): a race
that moves is its own traveller; a stage's start and finish are stops on its day, start first; a town that ends one
stage and starts the next is one stop; a stage's day is the one its text gives, else counted one stage a day from the
last stage dated.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..language.temporal import NUMBERS, WEEKDAYS
from ..models import PlaceMention, Sentence, TimeMention

_ORDINAL = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
_NUMBER = r"\d{1,2}|" + "|".join(w for w, n in NUMBERS.items() if 1 <= n <= 12 and " " not in w and len(w) > 2)
# "stage 3", "Stage one", "the third stage" (not "the five-stage race", "stages")
_STAGE = re.compile(rf"\b[Ss]tage\s+(?P<n>{_NUMBER})\b|\b(?P<ord>{'|'.join(_ORDINAL)})\s+stage\b(?!s)", re.IGNORECASE)
# what names a race: "the Tour Down Under", "AlUla Tour 2024", "the Dakar Rally", "the Vuelta Ciclista del Uruguay"
_RACE = re.compile(r"\b(?:(?:[A-Z][\w’'-]*|of|de|del|du|la)\s+){0,3}(?:Tour|Rally|Vuelta|Giro|Race|Classic)"
                   r"(?:\s+(?:(?:of|de|del|du|la|the|Down|Under)\s+)*[A-Z][\w’'-]*)*")
_LEADING = re.compile(r"^(?:(?:The|the|of|de|del|du|la)\s+)+")
_COARSE = ("country", "admin1", "region", "continent")  # a stage starts and ends in a town or at a site, not in a land
_LEAST_STAGES = 2


@dataclass(frozen=True, slots=True)
class StageStop:
    """One stop of a race: where, on which day (None where the text gives none), and the sentence telling it."""

    place: PlaceMention
    time: TimeMention | None
    sentence: Sentence


def race_name(text: str) -> str | None:
    """The name of the race a text is about: the first name with "Tour", "Rally", "Race" ... in it, without its article
    or year ("The 2016 Tour Down Under" -> "Tour Down Under"), or None."""
    for m in _RACE.finditer(text):
        name = _LEADING.sub("", m.group()).strip()
        if len(name.split()) > 1:  # (not a bare "Tour" or "Race")
            return name
    return None


def stages(sentences: list[Sentence], times: list[TimeMention], places: list[PlaceMention], text: str,
           reference: date | None = None) -> tuple[str, list[StageStop]] | None:
    """The race a text tells stage by stage and its stops in order, or None (fewer than two stages with a place)."""
    name = race_name(text)
    anchors = _anchors(text)
    if name is None or len(anchors) < _LEAST_STAGES:
        return None
    starts = [s.start for s in sentences]

    def sentence_at(at: int) -> Sentence | None:
        i = bisect_right(starts, at) - 1
        return sentences[i] if i >= 0 and at < sentences[i].end else None

    days = [_ahead(t, reference, sentence_at(t.start)) for t in times
            if t.precision == "day" and t.start_date is not None and t.start_date == t.end_date]
    day_starts = [t.start for t in days]
    # (the race's own name is no stop: "The 2020 Dakar starts off in Jeddah")
    towns = [p for p in places if p.literal and p.place.kind not in _COARSE and p.text not in name.split()]
    town_starts = [p.start for p in towns]
    out: list[StageStop] = []
    taken: set[int] = set()  # the places a stage before took (their starts)
    staged = 0
    last: tuple[int, TimeMention] | None = None  # the last stage dated, and its day
    for k, (start, end, n, after) in enumerate(anchors):
        sentence = sentence_at(start)
        if sentence is None:
            continue
        lo, hi = _words_of(k, anchors, sentence, text)
        ends = [p for p in towns[bisect_left(town_starts, lo): bisect_left(town_starts, hi)] if p.start not in taken]
        nxt = anchors[k + 1] if k + 1 < len(anchors) else None
        if not after and nxt is not None and nxt[3] and len(ends) > 1 and ends[-1].start >= sentence.start:
            ends = ends[:-1]  # "Stage 4 takes the riders to Victor Harbor before the Willunga Hill queen stage ... on stage 5"
        ends = ends[:2]
        # its day is told in its sentence ("starts on Tuesday with stage 1"), or on the line it heads ("Stage 1 – January 5")
        line_end = text.find("\n", end) % (len(text) + 1) if text.rfind("\n", 0, start) + 1 == start else end
        near = days[bisect_left(day_starts, sentence.start): bisect_left(day_starts, max(sentence.end, line_end))]
        day = next((t for t in near if t.start < sentence.end or start <= t.start), None)
        if day is None and last is not None and n > last[0]:
            day = _counted(last[1], n - last[0], start, end, text)
        if day is not None:
            last = (n, day)
        if not ends:
            continue
        staged += 1
        taken.update(p.start for p in ends)
        for p in ends:
            if out and out[-1].place.place == p.place:
                # "Konya - Konya", or a stage ending where the next starts: one stop, over both days
                before = out[-1]
                if before.time is not None and day is not None and day.end_date > before.time.end_date:
                    out[-1] = StageStop(before.place, replace(before.time, end_date=day.end_date, end_value=day.value),
                                        before.sentence)
                continue
            out.append(StageStop(p, day, sentence_at(p.start) or sentence))
    return (name, out) if staged >= _LEAST_STAGES else None


# a stage named after what it holds: "the overall standings on stage 5", "the finish of the first stage"
_AFTER_ITS_WORDS = re.compile(r"\b(?:of|on|in|for|during|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _anchors(text: str) -> list[tuple[int, int, int, bool]]:
    """Each stage's first mention: its span, its number, and whether it comes after its words ("on stage 5")."""
    out, seen = [], set()
    for m in _STAGE.finditer(text):
        n = _number(m)
        if n not in seen:  # (a stage told again: "The third stage of the Tour ... is expected to be")
            seen.add(n)
            out.append((m.start(), m.end(), n, _AFTER_ITS_WORDS.search(text, max(0, m.start() - 12), m.start()) is not None))
    return out


def _words_of(k: int, anchors: list[tuple[int, int, int, bool]], sentence: Sentence, text: str) -> tuple[int, int]:
    """Where the words of the `k`th stage are: before it in its sentence when it comes after them, else from it to the
    next stage's (the last one's, to the end of its paragraph)."""
    start, end, _, after = anchors[k]
    if after:
        return sentence.start, start
    if k + 1 < len(anchors):
        return end, anchors[k + 1][0]
    para = text.find("\n\n", text.find("\n", end) + 1 if text.startswith("\n\n", end) else end)
    return end, para if para > end else len(text)


def _number(m: re.Match) -> int:
    if m["n"] is not None:
        return int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
    return _ORDINAL[m["ord"].lower()]


# a stage told as run already: "stage 1 took the riders", "the race began on Tuesday"
_PAST = re.compile(r"\b(?:started|began|kicked off|set off|took|won|finished|ended|was|were)\b")


def _ahead(t: TimeMention, reference: date | None, told: Sentence | None) -> TimeMention:
    """A bare weekday of a race's preview (`told` in that sentence), read before the text's day, is the next one: the
    race "starts on Tuesday"; not where the sentence tells it as run ("started on Tuesday")."""
    bare = t.text.lower().removeprefix("on ").strip() in WEEKDAYS
    if reference is None or t.start_date is None or t.start_date >= reference or not bare:
        return t
    if told is not None and _PAST.search(told.text):
        return t
    d = t.start_date + timedelta(days=7)
    return replace(t, value=d.isoformat(), start_date=d, end_date=d)


def _counted(day: TimeMention, ahead: int, start: int, end: int, text: str) -> TimeMention:
    """The day `ahead` stages after `day`, one stage a day, told by the stage's own words."""
    d = day.start_date + timedelta(days=ahead)
    return TimeMention(start, end, text[start:end], "DATE", d.isoformat(), "day", d, d)
