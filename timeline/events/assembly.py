"""From mentions to events: dated, located, traceable.

Each clause with a calendar date is an event (see `occurrences`: one per occurrence, its place and
title from the sentence model). Each stop of an itinerary (see `itineraries`) is an event of its
own. A sentence without a date that names a stop and its traveller ("In Lima, Secretary Blinken
will ...") inherits the stop's dates, flagged as inferred.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..language import clauses, syntax
from ..language.placenames import within
from ..language.temporal import find_dates, opens_line
from ..models import Event, Itinerary, PlaceMention, Sentence, Stop, TimeMention
from ..reading.documents import by_sentence
from ..reading.layout import opens_item
from . import keeping, occurrences
from .itineraries import CAP_RUN, NOT_NAMES, PRONOUN_OR_TITLE, TITLE_ONLY, clean_name, dated, headline, own_line, travels, trips
from .occurrences import Setting, event_id

# how many places named before a sentence its "the city", "the mountain" may refer back to
_LOOK_BACK = 40


def build(
    doc_id: str,
    text: str,
    sentences: list[Sentence],
    times: list[TimeMention],
    places: list[PlaceMention],
    setting: Setting = Setting(),
    headings: tuple[TimeMention, ...] = (),
    keep_all: bool = False,
) -> tuple[list[Event], list[Itinerary]]:
    """Events and itineraries of one document, in text order; `headings` date the sentence after them. The events the
    keep model doubts are left out (`keeping.kept`), unless `keep_all`."""
    reader = syntax.Reader(syntax.PARSE_BUDGET)
    # The model reads a batch of sentences several times faster than the same sentences one call at a time: the
    # sentences that tenses, trips and events will most likely ask for are read together first.
    reader.parse(likely_asked(text, sentences, times, setting.reference is not None))
    if setting.reference is not None:
        times = _tensed(sentences, times, setting.reference, reader)
    planned = trips(sentences, times, places, text, setting.reference, reader)
    places_in, times_in = by_sentence(sentences, places), by_sentence(sentences, times)
    itineraries: list[Itinerary] = []
    stop_events: dict[int, list[Event]] = {}
    told_stops: set[tuple] = set()  # (sentence, place, dates) of the stops made into events so far
    for n, (traveller, slots) in enumerate(planned.items(), start=1):
        iid = f"{doc_id}#trip{n}"
        called = "We" if traveller == "we" else _called(traveller, text)  # (once per traveller: it reads the whole text)
        stops = [Stop(sl.place, i, sl.time, sl.sentence, sl.shared, sl.lasts) for i, sl in enumerate(slots, start=1)]
        itineraries.append(Itinerary(iid, doc_id, traveller, tuple(stops)))
        since: TimeMention | None = None  # the day the trip is last known to be at a stop
        for stop, sl in zip(stops, slots):
            if stop.time is not None and stop.time.start_date is not None:
                since = stop.time
            # two who travel together ("The Governor-General and Lady Mateparae will leave for Niue on 18 October") make
            # one occurrence: the first one's stop is the event, the other's trip keeps the stop
            seen = (stop.sentence.start, stop.place.place, stop.time and (stop.time.start_date, stop.time.end_date))
            if seen in told_stops:
                continue
            told_stops.add(seen)
            own_day = _the_day_told(stop.time, times_in[stop.sentence.start], text)
            # Undated stops stay in the table: the map still shows where the trip goes, and in what order.
            ev = Event(
                event_id=event_id(doc_id, "stop", iid, stop.order),
                doc_id=doc_id,
                # (a diary's "we" tell their own going: "We drove to Dijon", as its sentence's headline says)
                title=((sl.stay or traveller == "we") and _what_happens(stop.sentence, times_in[stop.sentence.start], text, setting, reader))
                or _done_there(stop, times_in[stop.sentence.start], text, setting, reader)
                or f"{called} {_agreeing(traveller, _going(stop, reader))} {stop.place.place.name}",
                # a stop told without a date after a dated one is on or after that day ("begins on July 6 a trip to
                # France, Japan, Laos ...")
                time=own_day or (since and replace(since, mod="ON_OR_AFTER")),
                sentence=stop.sentence,
                places=(stop.place,),
                primary=0,
                itinerary_id=iid,
                stop_order=stop.order,
                traveller=traveller,
                shared_date=stop.shared,
                lasts=stop.lasts or (stop.time if own_day is not stop.time else None),  # (the stay the trip infers)
            )
            stop_events.setdefault(stop.sentence.start, []).append(ev)

    events_in: list[tuple[Event, str, bool]] = []
    own_times = {s.start: [t for t in times_in[s.start] if dated(t)] for s in sentences}
    starts = [s.start for s in sentences]
    heading_starts = [h.start for h in headings]  # in text order, as `layout.lines` gives them
    for h in headings:  # a timeline page's "June 25, 1950" line dates the first sentence below it, and is no event
        at = sentences[bisect_right(starts, h.start) - 1]
        # (and the other dates of its line: "Day 19 (June 28 -Thursday):" names its day twice)
        line_end = text.find("\n", h.end)
        line_end = len(text) if line_end < 0 else line_end
        own_times[at.start] = [t for t in own_times[at.start] if not (h.start <= t.start < line_end or t is h)]
        i = bisect_left(starts, h.end)
        if i + 1 < len(sentences) and _title_line(text, sentences[i]) and not own_times[sentences[i].start]:
            i += 1  # "1950" / "The Schuman Declaration" / "French foreign minister Robert Schuman announced ...": the
            # heading dates the paragraph under the title
        while i + 1 < len(sentences) and _CLOCK_LINE.fullmatch(sentences[i].text) and not own_times[sentences[i].start]:
            i += 1  # "Visit at Harpa" / "11.30" / "The Queen visits ...": a programme item's hour, on a line of its own
        if i < len(sentences) and not own_times[sentences[i].start]:
            own_times[sentences[i].start] = [h]
        after = bisect_right(heading_starts, h.start)
        until = heading_starts[after] if after < len(headings) else len(text)
        weekday = _WEEKDAY.search(h.text) is not None
        if weekday or h.precision == "day":
            # "Saturday, 1 December" over a programme's items: each item's prose, up to the next day, is of that day;
            # under a day without its weekday, only the sentences that name a place of their own ("2010/10/30 Cape Town -
            # Antananarivo" over a diary's "So we arrive late at Antananarivo": its stops, not its asides)
            for j in range(i + 1, len(sentences)):
                s = sentences[j]
                if s.start >= until:
                    break
                if not own_times[s.start] and not _title_line(text, s) and not _CLOCK_LINE.fullmatch(s.text) \
                        and (weekday or any(p.literal for p in places_in[s.start])):
                    own_times[s.start] = [h]
        # "- 1535" over indented bullets: each bullet below it, up to the next heading, is of that date
        depth = _indent(text, h.start)
        for j in range(i + 1, len(sentences)):
            s = sentences[j]
            if _indent(text, s.start) <= depth or text.rfind("\n", 0, s.start) < h.end or s.start >= until:
                break
            if not own_times[s.start]:
                own_times[s.start] = [h]
        if h.precision in ("year", "month") and not opens_item(text, h.start):
            # "1910" / "Union Minière active." / "Émile Wangermée becomes vice governor-general.": a year's lines, one
            # item a line with no mark, up to the next heading or an empty line, are each of that year
            for j in range(i + 1, len(sentences)):
                s = sentences[j]
                if s.start >= until or "\n\n" in text[sentences[j - 1].end: s.start] or not opens_line(text, s.start):
                    break
                if not own_times[s.start] and not _FIGURE.match(s.text) and own_line(text, s):
                    own_times[s.start] = [h]
        if opens_item(text, h.start) and h.precision in ("year", "month"):
            # "- 1922" / "- Nasibu Emmanual becomes mayor." / "- Leprosy hospital built.": a list whose nesting the page
            # lost; each item after the year's is of that year, up to the next item that opens with a date of its own
            for j in range(i + 1, len(sentences)):
                s = sentences[j]
                if s.start >= until or not opens_line(text, s.start) or not opens_item(text, s.start) \
                        or any(t.start - s.start <= _ITEM_OPENS for t in own_times[s.start]):
                    break
                if not own_times[s.start] and not _FIGURE.match(s.text):  # ("- Population: 14,711": a figure, no occurrence)
                    own_times[s.start] = [h]
    _diary_day(text, sentences, times, own_times, places_in)
    items = _item_dates(text, sentences, starts, own_times)
    _running_years(text, sentences, own_times, times_in)
    next_items = _day_goes_on(text, sentences, own_times)
    _items_of_the_day(text, sentences, own_times)
    _date_labels(text, sentences, own_times)
    labelled, firsts = _schedule_labels(text, sentences, own_times, places_in, headings)
    for s in sentences:
        if any(t.start_date is None and t.value.startswith("BC") for t in times_in[s.start]):
            own_times[s.start] = []  # "- 415 BC – Carthaginians in power": a year the calendar cannot hold, not the heading's
    # the lead is parsed only when it can matter: a later dated telling, or a news story's own date
    lead = _lead(text, sentences, stop_events, own_times) if setting.reference is not None or any(own_times.values()) else None
    parses = reader.parse(s for s in sentences if (s.start not in stop_events and own_times[s.start]) or s is lead)
    if lead is not None and lead.start not in parses:
        lead = None
    for later, first in items.items():
        # "The site now preserves ..." after a dated item told in the past describes, it does not go on telling
        if later in parses and first in parses:
            tenses = (_tense_of(parses[later]), _tense_of(parses[first]))
            if None not in tenses and tenses[0] != tenses[1]:
                own_times[later] = []
    named = [p for s in sentences for p in places_in[s.start] if p.literal]  # each place named, in the text's order
    named_at = [p.start for p in named]
    entries = _entry_datelines(text, sentences, times_in, places_in) if setting.dateline is None else []
    told_at: list[tuple[Itinerary, list[int], list[Stop]]] | None = None  # each trip's dated stops, in the text's order
    entry_at = [at for at, _ in entries]
    for s in sentences:
        if entries and (k := bisect_right(entry_at, s.start)) and s.start not in stop_events:
            here = replace(setting, dateline=entries[k - 1][1])  # a diary's entry, under its heading's place
        elif entries and s.end in entry_at and s.start not in stop_events:
            continue  # the heading itself is the entry's dateline, no occurrence
        else:
            here = setting
        if s.start in stop_events:
            events_in.extend((e, "", False) for e in stop_events[s.start])
            events_in.extend(_besides_the_stops(doc_id, text, s, stop_events[s.start], own_times[s.start], places_in[s.start],
                                                setting, reader))
            continue
        s_places = places_in[s.start]
        if own_times[s.start]:
            if s.start in parses:
                k = bisect_left(named_at, s.start)
                # (a chronology's or a list's items, each on its line, refer to nothing before it)
                line = text.rfind("\n", 0, s.start) + 1 if setting.chronicle or opens_item(text, s.start) else 0
                events_in.extend(occurrences.from_sentence(doc_id, text, parses[s.start], own_times[s.start], s_places, here,
                                                           _last_place(text, sentences, places_in, bisect_left(starts, s.start)),
                                                           [p for p in named[max(0, k - _LOOK_BACK):k] if p.start >= line]))
            else:
                events_in.append(occurrences.unparsed(doc_id, s, own_times[s.start], s_places, here))
        else:
            found = _inferred(doc_id, s, s_places, itineraries) if s_places else []
            if not found and itineraries:
                if told_at is None:
                    told_at = _stops_in_text_order(itineraries)
                found = _programme_goes_on(doc_id, s, s_places, told_at, starts, own_times)
            events_in.extend((e, "", False) for e in found)
    if lead is not None:
        events_in = occurrences.retold_lead(events_in, parses[lead.start], places_in[lead.start], text, setting)
        told = {lemma for e, lemma, _ in events_in if e.sentence.start == lead.start}
        today = occurrences.lead_today(doc_id, parses[lead.start], places_in[lead.start], text, setting, told)
        if today:
            events_in.extend(today)
            events_in.sort(key=lambda x: x[0].sentence.start)
    titles = frozenset(s.start for s in sentences if headline(text, s))
    events_in = _where_the_programme_is(events_in, next_items, text)
    events = [_told_next(_during_stop(_under_label(e, labelled, firsts, text, setting.dateline), itineraries, setting.dateline),
                         text, sentences, starts, places_in, own_times)
              for e in occurrences.told_again(events_in, titles)]
    # the actors of a sentence are the same for each of its events: find them once per sentence
    cast = {s: actors(s, places_in.get(s.start, []), times_in.get(s.start, [])) for s in {e.sentence for e in events}}
    events = [_classified(e, cast[e.sentence]) for e in events]
    return (events if keep_all else keeping.kept(events, text, setting)), itineraries


# what a diary's entry heading holds besides its day and its places: "14 August 2009 - Palmyra, Syria", "Friday 1st
# February 2008 Gabonese Border, (near Nkolmeng-Boua), Gabon"
_HEADING_WORDS = re.compile(r"[\W\d_]*(?:(?:near|of|the|in|at|and|de|la|[A-Z][\w’'-]*)[\W\d_]*){0,4}")
_HEADING_LINE = 100  # characters, at most


def _entry_datelines(text: str, sentences: list[Sentence], times_in: dict, places_in: dict) -> list[tuple[int, PlaceMention]]:
    """The places of a diary's entry headings, each a line of its own that opens with its day and then names where the
    writer is and nothing more ("14 August 2009 - Palmyra, Syria"), with where each heading ends: what the entry under
    it tells happens there, as under a dateline, where its clause names no place. Two entries at least, or one with
    prose under it; not a list of a tour's dates (lines of a day and a place, one after another)."""
    out: list[tuple[int, PlaceMention]] = []
    prose = 0  # sentences under the headings that are no heading
    last = len(text.rstrip())  # where the text's last line ends
    for s in sentences:
        days = [t for t in times_in[s.start] if t.precision == "day" and t.start_date is not None]
        where = [p for p in places_in[s.start] if p.literal]
        if not days or not where or days[0].start - s.start > 2 or len(s.text) > _HEADING_LINE or not opens_line(text, s.start) \
                or "\n" not in text[s.end: s.end + 3] and s.end < last:
            prose += bool(out)
            continue
        rest = text[s.start: s.end]
        for m in sorted(days + where, key=lambda m: m.start, reverse=True):
            rest = rest[: m.start - s.start] + " " + rest[m.end - s.start:]
        if not _HEADING_WORDS.fullmatch(rest):
            prose += bool(out)
            continue
        if out and not prose:
            return []  # two headings in a row: a list of dates and places, each line its own
        out.append((s.end, min(where, key=lambda p: (p.place.kind != "city", p.start))))
        prose = 0
    return out if out and prose else []


def _where_the_programme_is(events_in: list[tuple[Event, str, bool]], next_items: set[int], text: str) -> list[tuple[Event, str, bool]]:
    """A programme's next item that names no place ("The royal couple will then lay a wreath") is where its paragraph's
    last item was ("The state visit will begin ... at the Monastery of Jerónimos in Belém")."""
    if not next_items:
        return events_in
    out, last, para = [], None, -1
    breaks = [m.start() for m in re.finditer("\n\n", text)]  # the paragraphs' ends, found once: a long text stays linear
    for e, lemma, named in events_in:
        here = bisect_left(breaks, e.sentence.start)
        if here != para:
            para, last = here, None
        if e.sentence.start in next_items and e.primary is None and last is not None:
            e = replace(e, places=(last,) + e.places, primary=0)
        if e.primary is not None:
            last = e.places[e.primary]
        out.append((e, lemma, named))
    return out


_LOCATIVE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:(?:capital|city|town|village)(?:\s+of)?,?\s+)?$")


def _told_next(e: Event, text: str, sentences: list[Sentence], starts: list[int], places_in: dict, own_times: dict) -> Event:
    """An event that names no place, whose story goes on in the next sentence, undated, at one town ("Supporters blocked
    streets around the country on Monday. In San Pedro Sula, police fired tear gas"): there, less certain."""
    if e.primary is not None or e.itinerary_id:
        return e
    i = bisect_left(starts, e.sentence.start) + 1
    if i >= len(sentences):
        return e
    nxt = sentences[i]
    if "\n" in text[e.sentence.end: nxt.start] or own_times[nxt.start]:
        return e
    towns = [p for p in places_in[nxt.start] if p.literal and p.place.kind == "city"
             and _LOCATIVE_BEFORE.search(text, max(nxt.start, p.start - 40), p.start)]
    if len(towns) != 1:
        return e
    return replace(e, places=(replace(towns[0], confidence=0.6),) + e.places, primary=0)


def _last_place(text: str, sentences: list[Sentence], places_in: dict[int, list[PlaceMention]], i: int) -> PlaceMention | None:
    """The last place the few sentences before sentence i name on its line ("... at Goslar, where the duke came to see
    him. He was kindly received. Ambassadors came to him there"), or None."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if "\n" in text[sentences[j].end: sentences[j + 1].start]:
            return None
        named = [p for p in places_in[sentences[j].start] if p.literal]
        if named:
            return named[-1]
    return None


def _item_dates(text: str, sentences: list[Sentence], starts: list[int], own_times: dict[int, list[TimeMention]]) -> dict[int, int]:
    """A dated item of a list ("- January 1 - Batista fled. Before leaving, he named Piedra.") dates each sentence of
    its line that has no date of its own (in place, in `own_times`); returns {such a sentence's start: its item's}."""
    items: dict[int, int] = {}
    breaks = [m.start() for m in re.finditer("\n", text)]  # line ends, found once: each lookup is a binary search
    for s in sentences:
        n = bisect_left(breaks, s.start)
        line = breaks[n - 1] + 1 if n else 0
        opening = next((t for t in own_times[s.start] if t.start == _INDENT.match(text, line).end() and _ITEM_AFTER.match(text, t.end)), None)
        if opening is None:
            continue
        k = bisect_left(breaks, s.end)
        end = breaks[k] if k < len(breaks) else len(text)
        for j in range(bisect_right(starts, s.start), len(sentences)):
            later = sentences[j]
            if later.start >= end:
                break
            if not own_times[later.start]:
                own_times[later.start] = [opening]
                items[later.start] = s.start
    return items


def _running_years(text: str, sentences: list[Sentence], own_times: dict[int, list[TimeMention]], times_in: dict) -> None:
    """In a chronology whose lines open with their years, a line with no date of its own, and no title, is of the year
    the last such line opened with, up to an empty line or a section's title ("1636 Jan Roger Williams flees Salem." /
    "Thomas Hooker and puritans found Hartford."; not the list under "Key Factors of Formation"): `own_times` is filled
    in place."""
    openings: dict[int, TimeMention] = {}  # each line that opens with its year: the year
    for s in sentences:
        if opens_line(text, s.start):
            line = text.rfind("\n", 0, s.start) + 1
            year = next((t for t in own_times[s.start] if t.precision == "year" and t.start == _INDENT.match(text, line).end()), None)
            if year is not None:
                openings[s.start] = year
    if len(openings) < _ALMANAC_LINES:
        return
    year: TimeMention | None = None
    prev_end = 0
    for s in sentences:
        if "\n\n" in text[prev_end: s.start]:
            year = None
        prev_end = s.end
        if s.start in openings:
            year = openings[s.start]
        elif year is not None and opens_line(text, s.start) and not own_times[s.start] and not times_in[s.start] and own_line(text, s) \
                and not _FIGURE.match(s.text):
            if _title_line(text, s):
                year = None  # a section's title ("20th century", "Modern Ages") opens what the years before do not hold
            else:
                own_times[s.start] = [year]


_ALMANAC_LINES = 3  # lines that open with their years, at least, that make a text a chronology


# what opens a sentence that goes on with the day of the one before: "In the evening, ...", "Later, ...", "Afterward, ..."
# (not "Then", which in a story's narration is its next step, on whatever day: "Then Stewart tried the same game")
_DAY_GOES_ON = re.compile(r"\s*(?:(?:(?:Later|Then|Early|Late)\s+)?(?:in\s+the|that|the\s+same)\s+(?:morning|afternoon|evening|night|day)\b"
                      r"|(?:Later|Afterwards?)\b)", re.IGNORECASE)
# a programme's next item, told ahead: "This will be followed by a trip to Vágar", "The queen will then be taken to ..."
_NEXT_ITEM = re.compile(r"\bwill\s+(?:then|later|afterwards?)\b|^(?:This|That|It)\s+will\s+be\s+followed\s+by\b")


def _items_of_the_day(text: str, sentences: list[Sentence], own_times: dict[int, list[TimeMention]]) -> None:
    """A line that opens with its day ("Sunday 14th: Drive to Bath", "Monday 15th: Bath") dates the list's items under it
    that have no date of their own ("- Drove to Lyndhurst", "- Visited the Roman Baths."), up to the next line that is
    no item: set in place, in `own_times`."""
    day: TimeMention | None = None
    breaks = [m.start() for m in re.finditer("\n", text)]  # line ends, found once: each line start is a binary search
    for s in sentences:
        n = bisect_left(breaks, s.start)
        line = breaks[n - 1] + 1 if n else 0
        item = opens_item(text, s.start, line)
        if not opens_line(text, s.start):
            if day is not None and item and not own_times[s.start]:
                own_times[s.start] = [day]  # (an item's second sentence: "- Saw deer. Went for a walk.")
            continue
        opening = next((t for t in own_times[s.start] if t.precision == "day" and t.start_date == t.end_date
                        and t.start - line <= _ITEM_OPENS), None)
        if not item:
            day = opening  # (a day's line; any other line ends the day's list)
        elif own_times[s.start]:
            day = None if opening is None else day
        elif day is not None:
            own_times[s.start] = [day]


def _day_goes_on(text: str, sentences: list[Sentence], own_times: dict[int, list[TimeMention]]) -> set[int]:
    """A sentence without a date of its own that opens by going on with the day its paragraph last gave ("On Sunday,
    Obama will travel to Hannover. ... In the evening, the president will deliver remarks") is of that day: set in
    place, in `own_times`. Returns the starts of those that tell a programme's next item ("The couple will then ...")."""
    day: TimeMention | None = None
    nexts: set[int] = set()
    for k, s in enumerate(sentences):
        if k and "\n" in text[sentences[k - 1].end: s.start]:
            day = None  # a new paragraph
        if own_times[s.start]:
            day = next((t for t in own_times[s.start] if t.precision == "day" and t.start_date == t.end_date), None)
        elif day is not None and _DAY_GOES_ON.match(text, s.start):
            own_times[s.start] = [day]
        elif day is not None and _NEXT_ITEM.search(s.text):
            own_times[s.start] = [day]
            nexts.add(s.start)
    return nexts


_DIARY_VOICE = 0.5  # `keeping.personal` at least this: a text told in the first person (one word in forty)


def _diary_day(text: str, sentences: list[Sentence], times: list[TimeMention], own_times: dict[int, list[TimeMention]],
               places_in: dict[int, list[PlaceMention]]) -> None:
    """A diary's entry under its day's header line ("Thursday 30th May 2019" / "Ed and I set off from Norfolk ..."): in a
    text told in the first person, each sentence that names a place of its own, up to the next day the text tells, is of
    that day (set in place, in `own_times`)."""
    if keeping.personal(text) < _DIARY_VOICE:
        return
    day = next((t for t in times if t.function == "CREATION_TIME" and t.precision == "day" and t.start_date is not None
                and opens_line(text, t.start)), None)
    if day is None:
        return
    for s in sentences:
        if s.end <= day.end:
            continue
        if any(t.precision == "day" and t.start_date != day.start_date for t in own_times[s.start]):
            return
        if not own_times[s.start] and any(p.literal for p in places_in[s.start]) and not headline(text, s):
            own_times[s.start] = [day]  # (not a title under the day: "Peaceful Palmyra", "Turpan, Xinjiang, China")


def _title_line(text: str, s: Sentence) -> bool:
    """Whether a sentence is a title on a line of its own: a few words, no closing stop, prose on the next line."""
    return headline(text, s, words=8) and not s.text.rstrip().endswith(":")


def _date_labels(text: str, sentences: list[Sentence], own_times: dict[int, list[TimeMention]]) -> None:
    """A chronology's sentences that are only a date ("01/02 Fri.", "7 August.") date the sentences after them on their
    line up to the next such label, and are no events themselves (in place, in `own_times`). Two labels at least make
    a chronology: one date alone may be a header."""
    labels = [k for k, s in enumerate(sentences) if any(s.start <= t.start < s.end for t in own_times[s.start])
              and _ONLY_DATES.fullmatch(_without_dates(s, own_times[s.start]))]
    if len(labels) < 2:
        return
    for n, k in enumerate(labels):
        label = sentences[k]
        date = occurrences.finest(own_times[label.start])  # "1942 01/01 Thu.": the day, not the year
        own_times[label.start] = []
        until = sentences[labels[n + 1]].start if n + 1 < len(labels) else len(text)
        line_end = text.find("\n", label.end)
        until = min(until, line_end if line_end >= 0 else len(text))
        for s in sentences[k + 1:]:
            if s.start >= until:
                break
            if all(not s.start <= t.start < s.end for t in own_times[s.start]):  # none of its own, or a heading's
                own_times[s.start] = [date]


_CLOCK_LINE = re.compile(r"\s*\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|h|hrs|hours))?\s*(?:[-–—]\s*\d{1,2}[.:]\d{2}\s*)?", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)


def _schedule_labels(text: str, sentences: list[Sentence], own_times: dict[int, list[TimeMention]],
                     places_in: dict[int, list[PlaceMention]], headings: tuple[TimeMention, ...] = ()
                     ) -> tuple[dict[int, PlaceMention], dict[int, int]]:
    """A schedule's lines that are only a day and a place ("Monday: Guatemala City", "Tuesday – Mexico City", "Tuesday,
    Jan. 16 (Santiago)") date the sentences under them up to the next such line, and say where they happen; they are no
    events themselves. Two such lines at least make a schedule; a line of a day and several places ("Monday, Jan. 15
    (Rome, Santiago)") is the day's route: its lines are at its first place until one names the next. Set in place in
    `own_times`; returns each sentence's labelled place, and for the sentence right under each label, where the label
    starts (the first item's words are told with their day and place)."""
    labels = []
    heads = sorted(headings, key=lambda h: h.start)
    at = [h.start for h in heads]  # (looked up by position: a page of many headings stays linear)
    for k, s in enumerate(sentences):
        # (the day of a line the page's layout took for a heading is no longer the line's own)
        ts = [t for t in own_times[s.start] if s.start <= t.start < s.end] \
            or heads[bisect_left(at, s.start): bisect_left(at, s.end)]
        ps = [p for p in places_in[s.start] if p.literal]
        if len(ts) != 1 or not headline(text, s, words=occurrences.HEADING_WORDS):
            continue
        if ps and all(ts[0].end <= p.start for p in ps):
            gaps = [text[a.end: b.start] for a, b in zip([ts[0]] + ps, ps)] + [text[ps[-1].end: s.end]]
            if _DAY_AND_PLACE.fullmatch(text[s.start: ts[0].start] + "#" + "@".join(gaps)):
                # (the town's country after it is no place of the route: "August 29th, 2019 - Shymkent, Kazakhstan")
                labels.append((k, ts[0], [p for j, p in enumerate(ps) if not (j and within(ps[j - 1].place, p.place)
                                                                                 and p.place.kind == "country")]))
        elif not ps and _DAY_AND_NAME.fullmatch(text, ts[0].end, s.end) and not text[s.start: ts[0].start].strip():
            labels.append((k, ts[0], []))  # "1 August 2014: Igaliko": a village the gazetteer does not know
    if len(labels) < 2:
        return {}, {}
    out: dict[int, PlaceMention] = {}
    firsts: dict[int, int] = {}
    for n, (k, day, route) in enumerate(labels):
        label = sentences[k]
        own_times[label.start] = []
        if k + 1 < len(sentences):
            firsts[sentences[k + 1].start] = label.start
        until = sentences[labels[n + 1][0]].start if n + 1 < len(labels) else len(text)
        at = 0  # the place of the day's route ("(Santiago, Temuco, Santiago)") the lines have reached
        here = route[0] if route else None
        for j in range(k + 1, len(sentences)):
            s = sentences[j]
            if s.start >= until or (headline(text, s) and not own_times[s.start]):
                break  # (a title of the text's next part ends the day's items)
            if not own_times[s.start]:
                own_times[s.start] = [day]
            # a line that names the route's next place goes on to it (as the line reads the name): "Arrival at Santiago
            # International Airport", "Departure by plane for Temuco" (a trip's place is where it goes: GUIDE), and the
            # lines after it
            named = next((p for p in places_in[s.start] if at + 1 < len(route) and p.literal
                          and p.place.name == route[at + 1].place.name), None)
            if named is not None:
                at, here = at + 1, named
            if here is not None:
                out[s.start] = here
    return out, firsts


_DAY_AND_NAME = re.compile(r"\s*[:–—-]\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s*")  # after the day, a name alone
# what stands between the day ("#") and the places ("@"), and nothing else
_DAY_AND_PLACE = re.compile(r"\s*#\s*(?:[:–—-]\s*@(?:\s*,\s*@)?|\(\s*@(?:\s*,\s*@)*\s*\))\s*")


def _under_label(e: Event, labelled: dict[int, PlaceMention], firsts: dict[int, int], text: str,
                 dateline: PlaceMention | None = None) -> Event:
    """An event under a schedule's day and place that names no place of its own, or only the country or state the
    place is in ("to discuss opportunities in Guatemala", under "Monday: Guatemala City"), happens at that place; so
    does one that had only the dateline's ("VATICAN CITY (CNS) --" over the Pope's programme in Chile). The first
    item under a label is told from the label on: "August 29th, 2019 - Shymkent, Kazakhstan / Venue: ..."."""
    start = e.sentence.start
    label = firsts.get(start)
    if label is not None:
        e = replace(e, sentence=Sentence(label, e.sentence.end, text[label: e.sentence.end]))
    where = labelled.get(start)
    if where is None:
        return e
    if dateline is not None and where.text == dateline.place.name:
        where = dateline  # "(Rome, Santiago)" under "ROME (CNS)": the dateline's Rome, not one the list's next name holds
    if e.primary is not None and e.places[e.primary] is not dateline:
        own = e.places[e.primary].place
        if own.kind not in ("country", "admin1") or not within(where.place, own):
            return e
    return replace(e, places=(where,) + tuple(p for p in e.places if p is not where), primary=0)


# (an era's word may stand before the year of an annal: "Anno 1040.", "A.D. 1041.")
_ONLY_DATES = re.compile(r"[\s\W]*(?:(?:Anno(?:\s+Domini)?|A\.D\.|AD)[\s\W]*)?")


def _the_day_told(t: TimeMention | None, times: list[TimeMention], text: str) -> TimeMention | None:
    """A stop's date as its own words tell it: the day of "arrived in Havana on Sunday afternoon" where the trip has
    made the stop a stay of several days (the stay is the row's `lasts`); a range the words give stays whole, and so
    does one whose sentence tells its end ("will travel to Port Moresby on 6 September, where he will remain until 9
    September")."""
    if t is None or t.precision != "day" or t.start_date is None or t.end_date is None or t.start_date == t.end_date:
        return t
    if any(u.start_date == t.end_date and _UNTIL.search(text, max(0, u.start - 12), u.start) for u in times):
        return t
    return replace(t, end_date=t.start_date, end_value="") if _one_day(t.text) else t


_UNTIL = re.compile(r"\b(?:until|till|through)\s+$")


@lru_cache(maxsize=4096)
def _one_day(words: str) -> bool:
    """Whether a date's words, read alone, name one day ("Sunday afternoon", "tomorrow", "Nov. 18"), not a span."""
    found = find_dates(words, date(2000, 1, 1))
    return len(found) == 1 and found[0].precision in ("day", "hour", "minute") and found[0].start_date is not None \
        and found[0].start_date == found[0].end_date


def _without_dates(s: Sentence, times: list[TimeMention]) -> str:
    rest = s.text
    for t in sorted((t for t in times if s.start <= t.start < s.end), key=lambda t: -t.start):
        rest = rest[: t.start - s.start] + rest[t.end - s.start:]
    return rest


def _tense_of(parse: syntax.Parse) -> str | None:
    """The tense of a sentence's main verb (past a heading's date the model may read as a root of its own)."""
    verbs = [i for i, t in enumerate(parse.tokens) if t.dep == "ROOT" and clauses.is_verb(parse, i)] \
        or [i for i, t in enumerate(parse.tokens) if t.tag in ("VBD", "VBZ", "VBP", "MD")]
    # ("3.14.05 - Woke up and had breakfast": a diary's line with no subject, its first verb read as a name; the verb
    # after it tells the tense; with no verb at all the tense is unknown)
    return clauses.tense(parse, verbs[0]) if verbs else None


_ITEM_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*[A-Z]")
_REGNAL = re.compile(r"[IVX]+")
# How a headline tells a stop, by the verb of going that tells it ("arrived in Riyadh", "returning to New Zealand").
_GOING = {
    "arrive": "arrives in", "return": "returns to", "visit": "visits", "fly": "flies to", "leave": "leaves for",
    "depart": "departs for", "tour": "tours", "sail": "sails to", "land": "lands in", "head": "heads to",
    "conclude": "concludes visit to", "end": "ends visit to", "begin": "begins visit to", "start": "starts visit to",
}


def _going(stop: Stop, reader: syntax.Reader) -> str:
    """The words of a stop's headline before its place: its sentence's verb of going, else "travels to"."""
    parse = reader.parse([stop.sentence]).get(stop.sentence.start)
    i = clauses.head_token(parse, stop.place.start, stop.place.end) if parse is not None else None
    if i is not None:
        verb = clauses.clause_verb(parse, i)
        # "has returned from a trip to Aruba": the stop is where the trip went, not where it returns to
        away = any(parse.tokens[j].lemma == "from" for j in clauses.path_up(parse, i, verb) or ())
        if clauses.is_verb(parse, verb) and parse.tokens[verb].lemma in _GOING and not away:
            return _GOING[parse.tokens[verb].lemma]
        if away:
            return "visits"
        # a word of going between its clause's verb and the place: "will spend Friday visiting school children in Moose
        # Jaw", "are to pay a state visit to Portugal", "the Pope's arrival in Rabat"
        between = (_GOING_NOUNS.get(parse.tokens[j].lemma, parse.tokens[j].lemma) for j in range(min(verb, i) + 1, max(verb, i)))
        going = next((g for g in between if g in ("visit", "arrive", "tour")), None)
        if going is not None:
            return _GOING[going]
    elif not stop.sentence.start <= stop.place.start < stop.sentence.end:
        if _RETURNS.search(stop.sentence.text):
            return "returns to"  # "will depart Canada on Thursday and return on Tuesday": home, named elsewhere
        # (the sentence's own verb of going, for a place named elsewhere: "arrived here Monday" under a dateline)
        going = next((t.lemma for k, t in enumerate(parse.tokens) if t.lemma in _GOING and clauses.is_verb(parse, k)), None) \
            if parse is not None else None
        if going is not None:
            return _GOING[going]
    return "travels to"


_GOING_NOUNS = {"arrival": "arrive"}  # (a visit, a tour: the noun is the verb's lemma)
_RETURNS = re.compile(r"\breturn(?:s|ed|ing)?\b", re.IGNORECASE)


# verbs that only tell the going ("will travel to", "is in"): the headline says where the traveller goes
_GOING_ONLY = frozenset(_GOING) | {"travel", "go", "proceed", "continue", "move", "stop", "be", "make", "pay", "begin", "start",
                                   "embark", "set", "undertake", "take", "lead", "accompany", "join", "include", "end", "conclude"}


_IN_PLACE_FIRST = re.compile(r"\s*(?:[Ww]hile\s+)?[Ii]n\s+[^,;.]{1,40},\s*")


def _done_there(stop: Stop, times: list[TimeMention], text: str, setting: Setting, reader: syntax.Reader) -> str:
    """The headline of a stop whose place belongs to a clause of what the traveller does there ("In Capri, Minister
    Joly will attend the G7 Foreign Ministers' Meeting"), from that clause; "" when its verb only tells the going."""
    parse = reader.parse([stop.sentence]).get(stop.sentence.start)
    i = clauses.head_token(parse, stop.place.start, stop.place.end) if parse is not None else None
    if i is None:
        return ""
    verb = clauses.clause_verb(parse, i)
    if not clauses.is_verb(parse, verb) or parse.tokens[verb].lemma in _GOING_ONLY:
        return ""
    # only where the place is the verb's own locative ("will attend the summit in Da Nang"), not a trip noun's ("the
    # measures secured during the Director's travels to Rwanda")
    path = clauses.path_up(parse, i, verb) or []
    if not path or any(parse.tokens[j].text.lower() not in ("in", "at") for j in path[1:-1]) or len(path) > 3:
        return ""
    lead = _IN_PLACE_FIRST.match(stop.sentence.text)  # "In Laos, Secretary Austin will ...": the stop is the event's place
    return occurrences.title(parse, verb, times, text, max(setting.dateline_end, stop.sentence.start + lead.end() if lead else 0))


def _agreeing(traveller: str, going: str) -> str:
    """The words of going in the person of the traveller: "I travel to", "we travel to", "Rutte travels to"."""
    if traveller not in ("I", "we"):
        return going
    verb, _, rest = going.partition(" ")
    verb = verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]
    return f"{verb} {rest}".strip()


def _called(traveller: str, text: str = "") -> str:
    """How a headline calls a traveller: the surname, or a monarch's name with its number; or the one word of the name
    the text calls them by alone, where that is not the last ("Yoon Suk Yeol ... Yoon will fly to Astana").

    >>> _called("Jane Q. Doe"), _called("Haakon VII"), _called("Yoon Suk Yeol", "Yoon Suk Yeol left. Yoon met him.")
    ('Doe', 'Haakon VII', 'Yoon')
    """
    words = traveller.split()
    if len(words) > 1 and _REGNAL.fullmatch(words[-1]):
        return " ".join(words[-2:])
    if len(words) > 1 and text:
        alone = Counter(m.group() for m in re.finditer(r"\b[A-Z][\w’'-]+\b", text.replace(traveller, " ")))
        said = max(words, key=lambda w: alone[w])
        if alone[said] > alone[words[-1]] and len(said) > 2:
            return said
    return words[-1]


def _what_happens(s: Sentence, times: list[TimeMention], text: str, setting: Setting, reader: syntax.Reader) -> str:
    """The headline of a stop whose sentence says what the traveller does there ("Hagel will deliver the keynote
    address at the forum"), from its main clause (the trip read it: a stay is found by the model)."""
    parse = reader.parse([s]).get(s.start)
    root = clauses.root(parse) if parse is not None else None
    return occurrences.title(parse, root, times, text, setting.dateline_end) if root is not None else ""


_FIGURE = re.compile(r"[\s\-*•·–]*[A-Z][\w ]{0,30}:\s*[\d.,]+")  # a label and its number: "Population: 14,711"
_ITEM_OPENS = 4  # characters before a date that opens its item ("- 2 November: ...")


def _indent(text: str, at: int) -> int:
    """How far the line holding `at` is indented, bullets counted as indent ("  - 26 June: ...")."""
    start = text.rfind("\n", 0, at) + 1
    return _INDENT.match(text, start).end() - start


_INDENT = re.compile(r"[ \t\-*•·–]*")


def _tensed(sentences: list[Sentence], times: list[TimeMention], reference, reader: syntax.Reader) -> list[TimeMention]:
    """`times` with bare weekdays and months read by the tense of their clause (only those sentences are parsed)."""
    asked = {start for start, ts in by_sentence(sentences, times).items() if any(map(occurrences.needs_tense, ts))}
    if not asked:
        return times
    # a schedule's heading ("Tuesday: Mexico City") is told in the tense of the sentence under it
    under = {b.start for a, b in zip(sentences, sentences[1:]) if a.start in asked and len(a.text.split()) <= occurrences.HEADING_WORDS}
    parses = reader.parse(s for s in sentences if s.start in asked or s.start in under)
    return occurrences.tensed(times, parses, sentences, reference)


def _besides_the_stops(doc_id: str, text: str, s: Sentence, stops: list[Event], times: list[TimeMention],
                       places: list[PlaceMention], setting: Setting, reader: syntax.Reader) -> list[tuple[Event, str, bool]]:
    """What a trip sentence tells happens at places that are none of its stops ("he will meet health staff at St
    John's Hospital, Livingston, see works in Fife, and visit IGS in Dundee"): occurrences of their own."""
    parse = reader.parse([s]).get(s.start) if times else None
    if parse is None:
        return []
    at_stops = {e.places[e.primary].place.name for e in stops if e.primary is not None}
    out = []
    for e, lemma, named in occurrences.from_sentence(doc_id, text, parse, times, places, setting):
        where = e.places[e.primary] if e.primary is not None else None
        # (a town of its own: a country or region of the sentence is the trip's, or a topic)
        if where is not None and s.start <= where.start < s.end and where.place.name not in at_stops \
                and where.place.kind in ("city", "admin2"):
            out.append((e, lemma, named))
    return out


def likely_asked(text: str, sentences: list[Sentence], times: list[TimeMention], tensed: bool) -> list[Sentence]:
    """The sentences the model will most likely be asked for: those with a date of their own (events) or a travel
    phrase (trips), a news story's lead and, with a reference date, those read by their tense."""
    dated_in = by_sentence(sentences, times)
    wanted = {start for start, ts in dated_in.items() if any(dated(t) or (tensed and occurrences.needs_tense(t)) for t in ts)}
    lead = _lead(text, sentences, {}, dated_in) if tensed or wanted else None
    return [s for s in sentences if s.start in wanted or s is lead or travels(s.text)]


def _lead(text: str, sentences: list[Sentence], stop_events: dict, own_times: dict[int, list[TimeMention]]) -> Sentence | None:
    """The story's lead: its first sentence of prose (header lines are too short, a headline has no closing stop),
    unless it is a trip's, an entry of a chronology ("1960 (October 1): Independence. Azikiwe becomes ...") or an item of a
    list ("- Drove to Bolderwood and saw deer": a diary's day, whose later items are other occurrences)."""
    for k, s in enumerate(sentences[:6]):
        if len(s.text.split()) >= 6 and not headline(text, s):
            line = text.rfind("\n", 0, s.start) + 1
            first = next((o for o in sentences[: k + 1] if o.start >= line), s)
            entry = any(t.start == _INDENT.match(text, line).end() for t in own_times.get(first.start, ()))
            return None if s.start in stop_events or entry or opens_item(text, s.start) else s
    return None


# Event types, most specific first: the first whose words the title (else the sentence) uses.
_TYPE_WORDS = (
    ("annexation", r"annex(?:ed|es|ing|ation)?"),
    ("election", r"elections?|elected|re-elected|votes?|voted|voting|ballot|referendum|inaugurat\w+|polls?"),
    ("military", r"attack\w*|strikes?|struck|airstrikes?|invad\w+|invasion|offensive|missiles?|drones?|shell(?:ing|ed)|"
                 r"bomb\w*|troops|forces|war|fighting|clash\w*|killed|shot down|mobiliz\w+|occup\w+"),
    ("summit", r"summits?"),
    ("agreement", r"agreements?|treaty|treaties|accords?|deal|signed|ceasefire|cease-fire|memorandum|pact|declaration"),
    ("meeting", r"meet\w*|met|talks|ministerial|conference|forum|consultations?|dialogue|session|gathering|hosts?|hosted"),
    ("travel", r"travel\w*|visit\w*|trip|arriv\w+|tour\w*|flew|fly|return\w*|depart\w*"),
    ("statement", r"said|says|announc\w+|statement|declared|warned|stated|told|remarks|urged|called on|pledged|promised"),
)
_TYPE_RES = tuple((kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _TYPE_WORDS)


def event_type(title: str, sentence: str, stop: bool = False) -> str:
    """What kind of event: a stop is travel; else the first type whose words the title, then the sentence, uses.

    >>> event_type("Russia annexed the Crimea peninsula", "Russia annexed the Crimea peninsula in 2014.")
    'annexation'
    """
    if stop:
        return "travel"
    return _kind_of(title) or _kind_of(sentence) or "other"


@lru_cache(maxsize=4096)
def _kind_of(text: str) -> str:
    """The first type whose words `text` uses, or ''. Cached: the events of one sentence share it."""
    return next((kind for kind, pattern in _TYPE_RES if pattern.search(text)), "")


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_ACTORS = {
    "week", "summit", "meeting", "forum", "conference", "ministerial", "dialogue", "day", "act", "treaty",
    "agreement", "accord", "accords", "declaration", "initiative", "games", "cup", "award", "prize", "war", "revolution",
    "session", "talks", "visit", "trip", "program", "programme", "plan", "strategy", "report", "law",
}


def actors(sentence: Sentence, places: list[PlaceMention], times: list[TimeMention]) -> tuple[str, ...]:
    """The people ("Antony Blinken", "Katherine Tai") and organisations ("NATO", "APEC") a sentence names.

    `places` and `times` are the mentions inside the sentence.
    """
    taken = sorted([(p.start, p.end) for p in places] + [(t.start, t.end) for t in times])
    starts = [a for a, _ in taken]
    out: list[str] = []
    for m in CAP_RUN.finditer(sentence.text):
        run, s = m.group(), sentence.start + m.start()
        # "U.S. Secretary of State Antony Blinken": the name is what follows the place
        trimmed = False
        # (only the mentions that start inside the run: found by halving, so a long sentence stays linear)
        for a, b in taken[bisect_left(starts, s): bisect_left(starts, s + len(run))]:
            if s <= a < s + len(run):
                run, s, trimmed = re.sub(r"^['’]s?\s*", "", run[b - s:].lstrip()), b, True
        name = clean_name(run.strip())
        words = name.split()
        titled = bool(TITLE_ONLY.search(run))
        if not words or re.sub(r"['’]s?$", "", words[-1].lower()) in _NOT_ACTORS or (trimmed and not titled):
            continue  # "G20 Leaders’ Summit" is an event; "Asia-Pacific Economic Cooperation" an organisation's name
        if all(w[:1].isupper() and w.lower() not in NOT_NAMES for w in words) and (len(words) >= 2 or titled):
            if not any(o.split()[-1] == words[-1] for o in out):
                out.append(name)
    for m in _ACRONYM.finditer(sentence.text):
        s = sentence.start + m.start()
        if not any(a <= s < b for a, b in taken) and m.group() not in out and m.group() not in {"AM", "PM"}:
            out.append(m.group())
    return tuple(out)


def _classified(e: Event, cast: tuple[str, ...]) -> Event:
    """Its kind from its predicate where that says one (see `clauses.PREDICATE_KINDS`), else from its words."""
    words = event_type(e.title, e.sentence.text, stop=bool(e.itinerary_id))
    kind = e.event_type if e.event_type != "other" and not e.itinerary_id else words
    if _REFINES.get(kind) == words:
        kind = words  # "leaders met at the summit": a meeting, and more precisely a summit
    return replace(e, event_type=kind, actors=cast)


_REFINES = {"meeting": "summit", "military": "annexation"}


def _during_stop(e: Event, itineraries: list[Itinerary], dateline: PlaceMention | None = None) -> Event:
    """An event of a trip's traveller that names no place ("On May 25, she will attend an event") happens at the stop
    the traveller is at on its day (after the day of arrival), when exactly one stop holds it; the place is marked less
    certain. The dateline's place, which such an event would otherwise take, is where the story was filed from
    ("Vatican City, Nov 15 ... He will visit the city's cathedral later that day" in Cotonou)."""
    at_dateline = e.primary is not None and dateline is not None and e.places[e.primary] == dateline
    if (e.primary is not None and not at_dateline) or e.itinerary_id or e.time is None or e.time.start_date is None or not itineraries:
        return e
    t = e.time
    if not PRONOUN_OR_TITLE.search(e.sentence.text) and not _WE.search(e.sentence.text) \
            and not any(_named(it.traveller, e.sentence.text) for it in itineraries):
        return e
    at = {
        (stop.place.place.name, stop.place.place.country_code): stop.place
        for it in itineraries for stop in it.stops
        if stop.time is not None and stop.time.start_date is not None and not stop.shared
        # after the day of arrival: that day the traveller may still be elsewhere ("will welcome X to the White House.
        # In the evening, the President will travel to Denver")
        and stop.time.start_date < t.start_date and (t.end_date or t.start_date) <= (stop.time.end_date or stop.time.start_date)
    }
    if len(at) != 1:
        told = _told_since(e, itineraries)
        if told is None:
            return e
        at = {None: told}
    where = replace(next(iter(at.values())), confidence=0.6)
    if at_dateline and where.place == dateline.place:
        return e  # the trip is where the story was filed: the dateline says so already
    return replace(e, places=(where,) + e.places, primary=0)


_WE = re.compile(r"\b(?:we|we['’]ll|our)\b", re.IGNORECASE)  # a traveller's own diary: "We'll meet the candidates"


def _named(traveller: str, sentence: str) -> bool:
    """Whether a sentence names the traveller by surname, or by first name after an honorific ("Dame Patsy")."""
    words = traveller.split()
    if not words:
        return False
    return words[-1] in sentence or (len(words) > 1 and re.search(rf"\b(?:{_HONORIFICS})\s+{re.escape(words[0])}\b", sentence) is not None)


_HONORIFICS = "Dame|Sir|Lady|Lord"  # before a first name alone ("Dame Patsy", "Sir David")


def _told_since(e: Event, itineraries: list[Itinerary]) -> PlaceMention | None:
    """The stop a schedule told last before the event's sentence ("We'll fly to Bogota ... We'll meet the candidates
    on June 9"), when its day is not after the event's and the next stop is told after the event."""
    stops = sorted((st for it in itineraries for st in it.stops), key=lambda st: st.sentence.start)
    before = [k for k, st in enumerate(stops) if st.sentence.start < e.sentence.start]
    if not before:
        return None
    k = before[-1]
    st, nxt = stops[k], stops[k + 1] if k + 1 < len(stops) else None
    day = e.time.start_date
    if st.time is None or st.time.start_date is None or st.time.start_date > day:
        return None
    if nxt is not None and nxt.time is not None and nxt.time.start_date is not None and nxt.time.start_date < day:
        return None  # the next stop has begun by then
    if len({(s.place.place.name, s.sentence.start) for s in stops if s.sentence.start == st.sentence.start}) > 1:
        return None  # "will travel to Lima, Quito and Bogota on June 7-10": which of them, the text does not say
    return st.place


_OPENING_PLACE = re.compile(r"^\s*(?:[Ww]hile\s+)?[Ii]n\s+[^,]{1,60},\s*")  # "In Lima, " says where, not what
_IN = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")  # "in Jerusalem": where the traveller is, not "linked to the Gulf"


_SAID = re.compile(r"\b(?:said|says|told|added|stressed|noted)\b")  # what someone says there is no event of the stop


# the traveller, by pronoun or title, or "then", before the verb of what a programme's next item will do
_WILL_DO = re.compile(r'^\W*(?:(?:Then|Later|Afterwards?|Next|There|Finally),?\s+)?(?P<who>[^;:"“”]{1,60}?)\s+will\s+(?:then\s+|also\s+|later\s+)?'
                      # (not what will be, "He will be the first foreign leader", nor what will be said, "He will make clear")
                      r"(?!be\b|make\s+clear|stress|underline|underscore|emphasi[sz]e|reiterate|reaffirm|express|highlight|say|tell|urge|"
                      r"call\s+for|discuss)[a-z]")
_GOES_ON_WITHIN = 1500  # characters between a stop's sentence and what its programme goes on to tell, at most


def _stops_in_text_order(itineraries: list[Itinerary]) -> list[tuple[Itinerary, list[int], list[Stop]]]:
    """Each trip with its dated stops in the order the text tells them, and where each is told."""
    out = []
    for it in itineraries:
        dated_stops = sorted((st for st in it.stops if st.time is not None and st.time.start_date is not None),
                             key=lambda st: st.sentence.start)
        out.append((it, [st.sentence.start for st in dated_stops], dated_stops))
    return out


def _programme_goes_on(doc_id: str, s: Sentence, s_places: list[PlaceMention], told_at: list[tuple[Itinerary, list[int], list[Stop]]],
                       starts: list[int], own_times: dict[int, list[TimeMention]]) -> list[Event]:
    """An undated sentence of what the traveller will do next ("Payette, Moe, and Molloy will take a walk around Wascana
    Park", "She will then visit the Saskatchewan War Memorial"), after the sentence that told a dated stop and before
    any other date, happens during that stop: on its days, at the place the sentence names, else at the stop.
    `told_at`: `_stops_in_text_order` of the text's trips."""
    m = _WILL_DO.match(s.text)
    if m is None or _SAID.search(s.text):
        return []
    who = m.group("who")
    for it, at, dated_stops in told_at:
        surname = it.traveller.split()[-1]
        if surname not in who and not (len(told_at) == 1 and PRONOUN_OR_TITLE.fullmatch(who.strip())):
            continue
        k = bisect_right(at, s.start)
        if not k:
            return []
        stop = dated_stops[k - 1]
        if s.start - stop.sentence.end > _GOES_ON_WITHIN:
            return []  # the text has gone on to another matter
        between = starts[bisect_right(starts, stop.sentence.start): bisect_left(starts, s.start)]
        if any(own_times[b] for b in between):
            return []  # the programme has moved on to another day
        # (a place of its own finer than the stop's land: "the Saskatchewan War Memorial" is at the stop in Regina)
        own = [i for i, p in enumerate(s_places) if p.literal and not within(stop.place.place, p.place)]
        places = tuple(s_places) if own else (stop.place,)
        return [Event(
            event_id=event_id(doc_id, "inferred", s.start, stop.order),
            doc_id=doc_id,
            title=occurrences.clip(s.text),
            time=stop.time,
            sentence=s,
            places=places,
            primary=own[0] if own else 0,
            inferred=True,
        )]
    return []


def _inferred(doc_id: str, s: Sentence, s_places: list[PlaceMention], itineraries: list[Itinerary]) -> list[Event]:
    """An undated sentence naming a stop and its traveller ("In Sudan, the Secretary will meet ...") happens during
    that stop."""
    out = []
    if _SAID.search(s.text):
        return out
    for it in itineraries:
        surname = it.traveller.split()[-1]
        # the traveller by name, or, with one traveller, by pronoun or title ("In Sudan, the Secretary will meet ...")
        named = surname in s.text
        if not named and not (len(itineraries) == 1 and PRONOUN_OR_TITLE.search(s.text)):
            continue
        for stop in it.stops:
            here = [i for i, p in enumerate(s_places) if p.place == stop.place.place and p.literal
                    and (named or _IN.search(s.text, 0, p.start - s.start) and p.place.kind not in ("region", "continent"))]
            if here and stop.time is not None:
                out.append(
                    Event(
                        event_id=event_id(doc_id, "inferred", s.start, stop.order),
                        doc_id=doc_id,
                        title=occurrences.clip(_OPENING_PLACE.sub("", s.text, count=1)),
                        time=stop.time,
                        sentence=s,
                        places=tuple(s_places),
                        primary=here[0],
                        inferred=True,
                    )
                )
                return out
    return out
