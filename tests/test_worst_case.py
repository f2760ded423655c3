"""Worst cases stay linear: what grows with a hostile text is bounded or counted here, never timed (the seconds are
measured in bench/worst_case.py)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import itineraries

from timeline.language import places, syntax
from timeline.pipeline import extract

DATES = "12 May 2024, 3 June 2021, 1999, Monday, November 12-13, 2008, 14.11.2024, last week, the 1990s, Q2 2023, "
TRIP = "Brussels 13.11.2024 Secretary Blinken will travel to Lima, Paris and Manaus on November 14. "
STAY = "On Monday, Secretary Blinken will deliver remarks at a forum in Lima. "
PLACES = "Lima, Paris, Brussels, Manaus, Vienna, Seoul, "


@pytest.fixture
def model_reads(monkeypatch):
    """The texts the sentence model is given, batch by batch."""
    batches: list[list[str]] = []
    real = syntax._nlp()

    class Counting:
        def pipe(self, texts, batch_size=64):
            batch = list(texts)
            batches.append(batch)
            return real.pipe(batch, batch_size=batch_size)

    monkeypatch.setattr(syntax, "_nlp", lambda: Counting())
    monkeypatch.setattr(syntax, "_RECENT", type(syntax._RECENT)())  # nothing read before counts
    return batches


@pytest.mark.parametrize(
    "text,reference",
    [
        (TRIP + STAY * 300, None),  # a traveller's stays: each once read by the model for the trip, then for its event
        (DATES * 200, date(2024, 11, 13)),  # dates alone: every sentence asks for its tense and its event
        ("Talks in Lima ended on Monday. " * 400, date(2024, 11, 13)),
    ],
)
def test_the_model_reads_at_most_its_budget_of_a_document(model_reads, monkeypatch, text, reference):
    monkeypatch.setattr(syntax, "PARSE_BUDGET", 400)
    extract(text, reference=reference)
    read = [t for batch in model_reads for t in batch]
    assert sum(map(syntax.tokens, read)) <= 400  # each sentence charged once, whoever asks (trips, tenses, events)


def test_the_model_reads_in_batches_of_bounded_size(model_reads):
    extract(DATES * 2_000, reference=date(2024, 11, 13))  # 1,000-character "sentences": no full stop among the dates
    assert model_reads and max(sum(map(len, batch)) for batch in model_reads) <= syntax._BATCH_CHARS


@pytest.mark.parametrize(
    "runs,title",
    [
        (["Secretary Blinken"] * 2_000, "Secretary"),
        (["Secretary of State Antony Blinken", "Secretary Blinken", "Blinken"] * 700, "Secretary"),
        (["President Biden", "Princess Anne"] * 1_000, "Prince"),  # "Princess" holds "Prince", as the text of runs did
    ],
)
def test_a_traveller_met_again_and_again_keeps_a_bounded_record_of_titles(runs, title):
    people = itineraries._Travellers()
    for run in runs:
        people.add(itineraries.clean_name(run), run)
    assert all(len(titles) <= len(itineraries._TITLES) for titles in people.titles.values())
    assert people.holds(people.canonical(itineraries.clean_name(runs[-1])), title)


@pytest.mark.parametrize("repeats", [50, 500])
def test_a_stop_named_again_and_again_keeps_a_bounded_list_of_names(monkeypatch, repeats):
    longest = [0]
    real = itineraries._covers

    def covers(slot, p, *rest):
        longest[0] = max(longest[0], len(slot.names))
        return real(slot, p, *rest)

    monkeypatch.setattr(itineraries, "_covers", covers)
    got = extract(TRIP * repeats)
    assert longest[0] <= 3 and set(got.loc[got["itinerary_id"] != "", "place"].dropna()) >= {"Lima", "Paris", "Manaus"}


@pytest.mark.parametrize("repeats", [100, 1_000])
def test_a_place_named_again_in_the_same_company_is_resolved_once(monkeypatch, repeats):
    calls = [0]
    real = places._choose

    def choose(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(places, "_choose", choose)
    found = places.find_places("Talks on 12 May 2024 in " + PLACES * repeats)
    assert len(found) >= 6 * repeats and calls[0] <= 100  # as many for 6,000 mentions as for 600


class _Watched(str):
    """A text that records the spans searched back over."""

    spans: list[tuple[int, int]] = []

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        _Watched.spans.append((start or 0, len(self) if end is None else end))
        return super().rfind(sub, start, end)


@pytest.mark.parametrize("before", ["a" * 100_000 + "\n", "1999 " * 20_000 + "\n" + "x\n" * 20])
def test_a_year_opening_a_line_looks_back_only_a_few_short_lines_for_a_programme_s_day(before):
    """"1830 Dinner" is a clock time only under a weekday a few lines up (short ones, or an hour's entry however long): the
    check reads near, at most an entry's length a line, whatever came before."""
    from timeline.language.temporal import _ENTRY_LINE, _programme_clock

    _Watched.spans = []
    text = _Watched(before + "1830 Dinner with the leaders.")
    assert not _programme_clock(text, len(before))
    assert _Watched.spans and all(end - start <= _ENTRY_LINE + 2 for start, end in _Watched.spans)
    assert _ENTRY_LINE <= 1_000 and sum(end - start for start, end in _Watched.spans) <= 12 * (_ENTRY_LINE + 2)


class _CountedHeadings(tuple):
    """Headings that count how often they are walked through."""

    walks = 0

    def __iter__(self):
        _CountedHeadings.walks += 1
        return super().__iter__()


@pytest.mark.parametrize("lines", [50, 400])
def test_a_page_of_headings_is_walked_through_once_whatever_its_length(lines):
    """A schedule's lines look up the page's headings by position: walking them for each sentence was quadratic."""
    from timeline.events.assembly import _schedule_labels
    from timeline.language.temporal import find_dates
    from timeline.models import Sentence

    text = "".join(f"Talks went on.\n{k % 28 + 1} May 2024\n" for k in range(lines))
    sentences, at = [], 0
    for line in text.splitlines(keepends=True):
        sentences.append(Sentence(at, at + len(line) - 1, line[:-1]))
        at += len(line)
    headings = _CountedHeadings(t for t in find_dates(text, None) if t.precision == "day")
    _CountedHeadings.walks = 0
    _schedule_labels(text, sentences, {s.start: [] for s in sentences}, {s.start: [] for s in sentences}, headings)
    assert len(headings) == lines and _CountedHeadings.walks <= 2


class _WindowedMatch:
    """A pattern that records the stretch of text each match is asked to look at."""

    def __init__(self, pattern):
        self.pattern, self.widths = pattern, []

    def match(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.widths.append(endpos - pos)
        return self.pattern.match(text, pos, endpos)


@pytest.mark.parametrize("stops", [50, 200])
def test_a_long_sentence_of_trips_looks_for_a_postponement_only_near_each(monkeypatch, stops):
    """Whether a trip is told as postponed is looked for after its words, near them: to the sentence's end it was
    quadratic in a sentence of many trips."""
    counted = _WindowedMatch(itineraries._CALLED_OFF_AFTER)
    monkeypatch.setattr(itineraries, "_CALLED_OFF_AFTER", counted)
    text = "Secretary Jon Doe will travel to Lima on Monday" + ", then will travel to Paris on Tuesday" * stops + "."
    extract(text, reference=date(2024, 11, 13))
    assert len(counted.widths) >= stops and max(counted.widths) <= itineraries._CALLED_OFF_NEAR
