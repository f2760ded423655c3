"""Property tests: the extractors never raise on arbitrary text, and what they return always points into it.

`make test` runs a few dozen examples each; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs thousands.
"""

from __future__ import annotations

import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pandas as pd

from timeline.errors import TimelineError
from timeline.table.frame import validate
from timeline.pipeline import extract
from timeline.language.places import find_places
from timeline.language.temporal import find_dates

settings.register_profile("default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# News-like pieces, so the fuzzer reaches the resolvers and not only the "nothing here" paths.
PIECES = [
    "on", "in", "from", "to", "until", "since", "the", "last", "next", "week", "year", "Monday", "November", "Nov.",
    "12-13", "14", "2024", "1999", "0", "31", "99999", "12/31/2023", "2024-02-30", "13.11.2024", "Q3", "spring",
    "Brussels", "Lima, Peru", "Georgia", "U.S.", "Rio de Janeiro", "Washington state", "Russian", "Mr.", "Smith",
    ",", ".", "\n", "–", "’s", "(", ")", "c.", "early", "late", "1990s", "four years", "ago", "later", "travel to",
]
newsy = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
texts = st.one_of(st.text(max_size=300), newsy, st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
references = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@given(texts, references, st.sampled_from(["news", "narrative", "auto"]))
def test_dates_point_into_the_text(text, reference, mode):
    for t in find_dates(text, reference, mode):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        if t.start_date is not None:
            assert t.end_date is not None and t.start_date <= t.end_date
            assert 1 <= t.start_date.year <= 9999 and 1 <= t.end_date.year <= 9999


@given(texts)
def test_places_point_into_the_text(text):
    for p in find_places(text):
        assert 0 <= p.start < p.end <= len(text) and text[p.start:p.end] == p.text
        assert -90 <= p.place.lat <= 90 and -180 <= p.place.lon <= 180


@given(texts, references)
def test_extract_gives_a_valid_table_or_a_clear_error(text, reference):
    try:
        table = extract(text, reference=reference)
    except TimelineError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    validate(table)
    for r in table.itertuples():
        assert text[r.char_start:r.char_end] == r.sentence
        if pd.notna(r.date_char_start):
            assert text[int(r.date_char_start):int(r.date_char_end)] == r.date_text


def _containers() -> dict[str, bytes]:
    """A good file of each container type, to be damaged."""
    from test_reading import make_docx, make_pdf

    text = "Talks in Lima on 12 November 2024 ended."
    return {
        "a.docx": make_docx(["Headline", text]),
        "a.pdf": make_pdf(text),
        "a.html": f"<html><head><title>t</title></head><body><nav>Menu</nav><p>{text}</p></body></html>".encode(),
    }


damage = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=0, max_size=8), st.integers(0, 8)),
                  min_size=1, max_size=6)


@given(st.sampled_from(["a.docx", "a.pdf", "a.html"]), damage, st.floats(0.05, 1))
def test_a_damaged_container_gives_its_text_or_one_line(name, edits, keep):
    """Bytes overwritten, inserted or cut anywhere in a DOCX, PDF or HTML file: text, or a DocumentError in one line."""
    from timeline.reading.documents import text_of
    from timeline.errors import DocumentError

    data = bytearray(_containers()[name])
    for where, new, cut in edits:
        at = int(where * len(data))
        data[at:at + cut] = new
    data = bytes(data[: max(1, int(len(data) * keep))])
    try:
        out = text_of(data, name)
    except DocumentError as exc:
        assert name in str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(out, str)
