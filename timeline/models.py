"""Frozen value objects that flow through one document's processing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PRECISIONS = ("century", "decade", "year", "quarter", "season", "month", "week", "day", "hour", "minute")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
PLACE_KINDS = ("country", "admin1", "admin2", "city", "region", "continent")
EVENT_TYPES = (
    "travel", "summit", "meeting", "military", "attack", "disaster", "annexation", "election", "agreement", "opening",
    "death", "founding", "statement", "other",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Options for one extraction run; passed explicitly, never global."""

    reference: date | None = None  # overrides the document's own reference date
    mode: str = "news"  # "news" anchors relative dates to the reference; "narrative" to the story so far
    max_chars: int = 5_000_000
    deadline: float = 0.0  # seconds one document of a batch may take (`scale`, the CLI's --deadline); 0: no limit
    all_events: bool = False  # keep the events the keep model doubts (`events.keeping`; the CLI's --all-events)


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with an id and, when known, the date it was written."""

    doc_id: str
    text: str
    reference: date | None = None
    reference_source: str = ""  # "caller", "dateline", "published", "dct" or ""
    source: str = ""  # file path or other origin, for messages
    unresolved: int = 0  # relative dates left unresolved for want of a reference date (set once processed)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression: its span in the text, TIMEX3 type and value, and the dates it covers.

    `start_date`/`end_date` are the first and last day covered (inclusive), None when the
    expression cannot be placed on the calendar (durations, unresolved relatives).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    precision: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    mod: str = ""
    anchored: bool = True  # False when a relative expression had no reference to resolve against
    function: str = ""  # "CREATION_TIME" for a dateline
    end_value: str = ""  # for a range ("November 12-13"): the TIMEX value of its last part


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    kind: str
    country_code: str
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    admin1: str = ""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name (or demonym) in the text and the place it was resolved to."""

    start: int
    end: int
    text: str
    place: Place
    literal: bool = True  # False for a demonym such as "Russian"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's span in its document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Stop:
    """One stop of an itinerary."""

    place: PlaceMention
    order: int
    time: TimeMention | None
    sentence: Sentence
    shared: bool = False  # the date is a range the text gives for several stops at once
    lasts: TimeMention | None = None  # the days there, where the text's dates make the stay longer than `time`


@dataclass(frozen=True, slots=True)
class Itinerary:
    """A traveller and the ordered stops of a trip described in one document."""

    itinerary_id: str
    doc_id: str
    traveller: str
    stops: tuple[Stop, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or will) at a time, with its places and provenance."""

    event_id: str
    doc_id: str
    title: str
    time: TimeMention | None  # None only for an itinerary stop the text gives no date for
    sentence: Sentence
    places: tuple[PlaceMention, ...] = ()
    primary: int | None = None  # index into places of the place where it happens
    itinerary_id: str = ""
    stop_order: int | None = None
    traveller: str = ""
    inferred: bool = False  # date taken from a neighbouring event, not from the sentence itself
    shared_date: bool = False  # a stop's date is a range the text gives for several stops at once
    lasts: TimeMention | None = None  # a stop's days there, where the text's dates make them more than `time`
    event_type: str = "other"  # one of EVENT_TYPES
    actors: tuple[str, ...] = ()  # people and organisations the sentence names
    source_count: int = 1  # documents that report this event (see `merge`)
    date_conflict: bool = False  # those documents give overlapping but different dates
