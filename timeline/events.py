"""From mentions to events: dated, located, traceable; and travellers' itineraries with ordered stops.

A sentence with a calendar date becomes an event at the places it names (the one nearest
the date is where it happens). A travel sentence ("X travels to A, then to B and C on
November 14-19") gives an itinerary: the traveller, and each place of the list as a stop
in the order written, sharing the sentence's date range. A sentence without a date that
names a stop and its traveller ("In Lima, Secretary Blinken will ...") inherits the
stop's dates, flagged as inferred.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .models import Event, Itinerary, PlaceMention, Sentence, Stop, TimeMention

_TRAVEL = re.compile(
    r"\b(?:will\s+(?:then\s+|also\s+|later\s+)?)?(?:travel(?:s|led|ed|ling|ing)?|visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing)\s+in|"
    r"head(?:s|ed)?\s+to|fl(?:y|ies|ew)\s+to|return(?:s|ed)?\s+to|go(?:es)?\s+to|went\s+to|depart(?:s|ed)?\s+for|"
    r"stop(?:s|ped)?\s+in|tour(?:s|ed)?|be\s+in|is\s+in|will\s+be\s+in|continu(?:e|es|ed)\s+(?:on\s+)?to)\b(?:\s+to\b)?",
    re.IGNORECASE,
)
# What may stand between two stops of one list: ", ", " and ", ", and then to ", " before ".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:then\s+)?(?:on\s+)?(?:to\s+)?|\s+and\s+(?:then\s+)?(?:on\s+)?(?:to\s+)?|\s+(?:then|before|after)\s+(?:going\s+|heading\s+|travell?ing\s+)?(?:to\s+|on\s+to\s+)?)")
_TITLE_WORDS = {
    "secretary", "of", "state", "president", "vice", "prime", "minister", "foreign", "defense", "defence",
    "first", "lady", "second", "gentleman", "chancellor", "general", "u.s.", "us", "the", "deputy", "trade",
    "representative", "ambassador", "senator", "governor", "mr.", "mrs.", "ms.", "dr.", "king", "queen",
    "pope", "envoy", "special", "nato", "un", "eu", "treasury", "homeland", "security", "attorney", "chief",
    "president-elect", "leader", "director", "commissioner", "high",
}
_PRONOUNS = {"he", "she", "they"}
_NAME_RUN = re.compile(r"((?:[A-Z][\w’'.-]*\.?)(?:\s+(?:[A-Z][\w’'.-]*\.?|of|the))*)\s*$")
_MAX_TITLE = 80


@dataclass(frozen=True, slots=True)
class _Trip:
    traveller: str
    places: tuple[PlaceMention, ...]
    time: TimeMention | None
    sentence: Sentence


def _event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def _dated(t: TimeMention) -> bool:
    return t.start_date is not None and t.type in ("DATE", "TIME") and t.function != "CREATION_TIME"


def _in(span_start: int, span_end: int, s: Sentence) -> bool:
    return s.start <= span_start and span_end <= s.end


def _clean_name(run: str) -> str:
    words = run.split()
    while words and words[0].lower().strip(",") in _TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _traveller_before(sentence: Sentence, verb_start: int, known: list[str]) -> str:
    """The person named right before the travel verb, matched to one already met by surname."""
    head = sentence.text[: verb_start - sentence.start]
    head = re.sub(r"\s+(?:will|would|also|then|is|are|to|plans\s+to|is\s+set\s+to|is\s+scheduled\s+to)\s*$", " ", head)
    head = re.sub(r"\s+(?:will|also|then)\s*$", " ", head).rstrip(" ,")
    if head.split() and head.split()[-1].lower() in _PRONOUNS:
        return known[-1] if known else ""
    m = _NAME_RUN.search(head)
    if not m:
        return known[-1] if known and re.search(r"\b(?:the\s+)?(?:Secretary|President|Minister|Chancellor)\s*$", head) else ""
    name = _clean_name(m.group(1))
    if not name:
        return known[-1] if known else ""
    surname = name.split()[-1]
    for k in reversed(known):
        if k.split()[-1] == surname:
            return k
    return name


def _stops_after(verb_end: int, places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The list of places right after a travel verb: 'to Lima, Peru, Manaus, Brazil, and Rio de Janeiro'."""
    after = [p for p in places if p.start >= verb_end and p.literal]
    if not after or not re.fullmatch(r"\s*(?:to\s+|in\s+|for\s+)?(?:the\s+)?", text[verb_end: after[0].start]):
        return []
    stops = [after[0]]
    for prev, cur in zip(after, after[1:]):
        gap = text[prev.end: cur.start]
        if not _LIST_GAP.fullmatch(gap):
            break
        if (
            re.fullmatch(r",\s*", gap)
            and cur.place.kind in ("country", "admin1")
            and stops[-1].place.country_code == cur.place.country_code
            and stops[-1].place.kind == "city"
        ):
            continue  # "Lima, Peru": the country qualifies the city, it is not a stop of its own
        stops.append(cur)
    return stops


def _trips(sentences: list[Sentence], times: list[TimeMention], places: list[PlaceMention], text: str) -> list[_Trip]:
    trips: list[_Trip] = []
    known: list[str] = []
    for s in sentences:
        s_places = [p for p in places if _in(p.start, p.end, s)]
        if not s_places:
            continue
        s_times = [t for t in times if _in(t.start, t.end, s) and _dated(t)]
        for m in _TRAVEL.finditer(text, s.start, s.end):
            stops = _stops_after(m.end(), s_places, text)
            if not stops:
                continue
            traveller = _traveller_before(s, m.start(), known)
            if not traveller:
                continue
            if traveller not in known:
                known.append(traveller)
            # The sentence's date: the one after the verb if any, else the nearest one.
            time = min(s_times, key=lambda t: (t.start < m.start(), abs(t.start - m.end())), default=None)
            trips.append(_Trip(traveller, tuple(stops), time, s))
    return trips


_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:which|who|while|whereas|but)\s+")


def _title(sentence: Sentence, time: TimeMention | None, dateline_end: int = 0) -> str:
    """A short title: the clause holding the date, without dateline, leading date or quote marks."""
    offset = max(0, dateline_end - sentence.start)
    body = sentence.text[offset:]
    t = body
    if time is not None and sentence.start + offset <= time.start:
        rel = time.start - sentence.start - offset
        cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(body)] + [len(body) + 1]
        begin = max(c for c in cuts if c <= rel)
        end = min((m.start() for m in _CLAUSE_BREAK.finditer(body) if m.start() >= rel + len(time.text)), default=len(body))
        clause = body[begin:end]
        if len(clause.split()) >= 4:
            t = clause
    t = t.strip("“”\"‘’ .")
    t = re.sub(r"^(?:Today|Yesterday|Tomorrow|On\s+\w+|In\s+\d{4}),?\s+", "", t)
    if time is not None and time.text:
        t = re.sub(rf"\s+(?:in|on|at|during|since)?\s*{re.escape(time.text)}$", "", t) or t
    if len(t) > _MAX_TITLE:
        t = t[: _MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;: ") + "…"
    return t[:1].upper() + t[1:]


_LOCATIVE = re.compile(r"\b(?:in|at|near|inside|outside|across|to|from|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _primary(places: list[PlaceMention], time: TimeMention, text: str) -> int | None:
    """Index of the place the event happens at.

    Preference: a place after a locative preposition ("in Brussels", "at Bucharest"), then a
    place used as a noun rather than a modifier ("U.S. Secretary"), then any; nearest the date.
    """
    if not places:
        return None

    def rank(i: int) -> tuple:
        p = places[i]
        locative = bool(_LOCATIVE.search(text[max(0, p.start - 12): p.start]))
        modifier = bool(re.match(r"\s+[A-Z][a-z]", text[p.end: p.end + 3]))
        distance = abs((p.start + p.end) / 2 - (time.start + time.end) / 2)
        return (not p.literal, not locative, modifier, distance)

    return min(range(len(places)), key=rank)


def build(
    doc_id: str,
    text: str,
    sentences: list[Sentence],
    times: list[TimeMention],
    places: list[PlaceMention],
) -> tuple[list[Event], list[Itinerary]]:
    """Events and itineraries of one document, in text order."""
    trips = _trips(sentences, times, places, text)
    dateline_end = max((t.end for t in times if t.function == "CREATION_TIME"), default=0)
    itineraries: list[Itinerary] = []
    by_traveller: dict[str, list[_Trip]] = {}
    for trip in trips:
        by_traveller.setdefault(trip.traveller, []).append(trip)
    stop_events: dict[int, list[Event]] = {}
    for n, (traveller, its_trips) in enumerate(by_traveller.items(), start=1):
        iid = f"{doc_id}#trip{n}"
        stops: list[Stop] = []
        for trip in its_trips:
            for p in trip.places:
                stops.append(Stop(p, len(stops) + 1, trip.time, trip.sentence))
        itineraries.append(Itinerary(iid, doc_id, traveller, tuple(stops)))
        for stop in stops:
            if stop.time is None:
                continue
            ev = Event(
                event_id=_event_id(doc_id, "stop", iid, stop.order),
                doc_id=doc_id,
                title=f"{traveller.split()[-1]} travels to {stop.place.place.name}",
                time=stop.time,
                sentence=stop.sentence,
                places=(stop.place,),
                primary=0,
                itinerary_id=iid,
                stop_order=stop.order,
                traveller=traveller,
            )
            stop_events.setdefault(stop.sentence.start, []).append(ev)

    events: list[Event] = []
    for s in sentences:
        if s.start in stop_events:
            events.extend(stop_events[s.start])
            continue
        s_places = [p for p in places if _in(p.start, p.end, s)]
        s_times = [t for t in times if _in(t.start, t.end, s) and _dated(t)]
        for t in s_times:
            events.append(
                Event(
                    event_id=_event_id(doc_id, t.start, t.end),
                    doc_id=doc_id,
                    title=_title(s, t, dateline_end),
                    time=t,
                    sentence=s,
                    places=tuple(s_places),
                    primary=_primary(s_places, t, text),
                )
            )
        if not s_times and s_places:
            events.extend(_inferred(doc_id, s, s_places, itineraries))
    return events, itineraries


def _inferred(doc_id: str, s: Sentence, s_places: list[PlaceMention], itineraries: list[Itinerary]) -> list[Event]:
    """An undated sentence naming a stop and its traveller happens during that stop."""
    out = []
    for it in itineraries:
        surname = it.traveller.split()[-1]
        if surname not in s.text:
            continue
        for stop in it.stops:
            here = [i for i, p in enumerate(s_places) if p.place == stop.place.place and p.literal]
            if here and stop.time is not None:
                out.append(
                    Event(
                        event_id=_event_id(doc_id, "inferred", s.start, stop.order),
                        doc_id=doc_id,
                        title=_title(s, None),
                        time=stop.time,
                        sentence=s,
                        places=tuple(s_places),
                        primary=here[0],
                        inferred=True,
                    )
                )
                return out
    return out
