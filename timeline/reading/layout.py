"""The parts of a page around its story: header date lines, the dateline, date headings, the place a text is about.

Header lines ("Washington, DC" / "October 22, 2010", "Published 3 March 2019", a browser's print
header "12/2/26, 4:34 PM") and the dateline ("KABUL (Reuters) —") give the reference date and the
default place and are never events. A date alone on its line in a page with several of them (a
timeline page) is a heading: it dates the sentence that follows it. Under a day with no year ("18 January"), an
almanac's lines that open with a year ("1644 Pilgrims in Boston reported ...") are that day of that year.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..language.clauses import HOME_OF
from ..language.placenames import NAMES_A_BODY, RECORD_OF
from ..language.temporal import MONTHS, WEEKDAYS, opens_line
from ..models import Place, PlaceMention, TimeMention

HEADER_LINES = 8  # a header lies in the first lines of a page, before its story
# What else a header date line may hold beside its dates: labels, a place name, a clock time, separators.
_LABEL_WORDS = frozenset(
    "published posted updated last date dated released issued on at press statement release media note for "
    "immediate office of the spokesperson gmt utc am pm a.m p.m local time".split()  # ("(Niue time)")
)
_SEPARATORS = re.compile(r"[|/•·,:;()\-–—]+|\.(?=\s|$)")


def _labels_only(rest: str) -> bool:
    """Whether what a line holds besides its dates is labels and capitalised names only ("Washington, DC |")."""
    words = _SEPARATORS.sub(" ", _CLOCK.sub(" ", _DAY_COUNT.sub(" ", rest))).split()
    return len(words) <= 6 and all(w.lower().rstrip(".") in _LABEL_WORDS or w[:1].isupper() for w in words)


_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d\d\b")  # "18 Mar 2018 | Sun 16:44": the time it was posted
_DAY_COUNT = re.compile(r"\b(?:Day|DAY|Stage|STAGE)[ \t]+\d{1,3}\b")  # a diary's count of its days: "Day 19 (June 28 -Thursday):"


# "KABUL —", "PESCARA DEL TRONTO, Italy (Reuters) -", "ACCRA, Ghana —": capitals, an optional qualifier and agency, a dash.
# (A hyphen only separates words of the name, so that a run like "A-A-A-..." has one reading, not exponentially many.)
# A date may follow ("HANOI, Vietnam, Oct. 11, 2010 —", and in old papers "ROME, N. Y., May 8.—The jury"), and a
# wire's name between slashes ("WASHINGTON, Aug. 17 /Standard Newswire/ --").
# (capitals and small letters of any Latin alphabet: "BOGOTÁ, Colombia (AP) —", "Asunción, May 3 –")
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOW = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_DATELINE = re.compile(
    rf"^(?P<name>[{_UP}][{_UP}.’']*(?:[ \-][{_UP}][{_UP}.’']*)*)"
    r"(?:,\s*(?P<qual>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*))?"  # ("BELGRADE, Serbia-Montenegro (AP) _ ")
    r"(?:,\s*[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?:,\s+\d{4})?\.?)?"  # ("ROME, JUL 5 - ")
    # ("(Zenit.org).- John Paul II"; an agency's wire of the 1990s, in ASCII, wrote its dash "_": "MORONI, Comoros (AP) _ ")
    r"\s*(?:(?:\([^)\n]{1,40}\)\.?|/[^/\n]{1,40}/)\s*)?(?:[—–−]\s?|(?:-{1,2}|:)\s|(?<=\)\s)_\s)",
    re.MULTILINE,
)
# In old papers a date or a weekday and a full stop end it: "CARTEGENA, Sunday. The Italian steamer", "HOQUIAM, Wash.,
# Jan. 30. (Special.) One man was killed".
_STOPPED_DATELINE = re.compile(
    rf"(?P<name>[{_UP}][{_UP}’']*(?:[ \-][{_UP}][{_UP}’']*)*)"
    r"(?:,\s*(?P<qual>[A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?)?))?"
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.\s+"
    r"(?:\([^)\n]{1,40}\)\s*)?(?=[A-Z\"“])"
)
# An agency alone before a dash opens the story, with no place: "(CNN) — The Bank of England hiked ..."
_AGENCY_DATELINE = re.compile(r"\s*(?P<name>)\([A-Z][\w.&]{1,15}\)\s*(?:[—–]|-{1,2})\s")
# A place and a date in brackets before a dash: "(Washington, D.C., March 28, 2018) – U.S. Secretary of Agriculture ..."
_BRACKETED_DATELINE = re.compile(
    r"\s*\((?P<name>[A-Z][\w.’']*(?:[ /][A-Z][\w.’']*){0,3})(?:,\s*(?P<qual>[A-Z][\w.’']*(?:\s[A-Z][\w.’']*){0,2}))?"
    r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\)\s*(?:[—–]|-{1,2})\s"
)
# A story's first words in title case before a long dash: "Washington/Mogadishu — An explosion ...", "Geneva (ICRC) – ";
# or before a colon, as papers of South Asia write it: "Dhaka: Bangladeshi police released ..."; with its country before
# the dash: "Matsieng, Lesotho – His Majesty ...".
_OPENING_DATELINE = re.compile(rf"\s*(?P<name>[{_UP}][{_LOW}]+(?:[ /][{_UP}][{_LOW}]+){{0,3}})"
                               rf"(?:,\s*(?P<qual>[{_UP}][{_LOW}]+(?:\s[{_UP}][{_LOW}]+){{0,2}})(?=\s+(?:[—–]|--?\s)))?"
                               r"(?:\s+(?:\([^)\n]{1,40}\)\s*)?(?:[—–]|--?(?=\s))|:)\s")
# In title case, its date says it is a dateline: "New Castle, Pa., Sept. 4. (AP) -- The wreck", "Rome, 5 November 2010 – ",
# "State House, Freetown, Monday 12 September 2022 – ", and as Indian wires write it, "New Delhi [India], November 2 : ",
# "(MENAFN- IANS) Bengaluru, May 18 (IANS) The team ..." (a wire's name in brackets may end it, and one may open it)
_DATED_DATELINE = re.compile(
    r"\s*(?:\([A-Z]{2,}[\w.&\- ]{0,20}\)\s+)?" rf"(?P<name>[{_UP}][{_LOW}]+(?:[ \-][{_UP}][{_LOW}]+){{0,3}})" r"(?:\s*\[[A-Z][\w .’']{1,30}\])?(?:,\s*(?P<qual>[A-Z][\w.’']*(?:\s[A-Z][\w.’']*){0,2}))?"
    r",\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\.?\s*"
    r"(?:(?:\([^)\n]{1,40}\)\s*)?(?:[—–−]\s?|-{1,2}\s|:\s)|\([A-Z]{2,}[\w.&\- ]{0,20}\)\s+(?=[A-Z]))"
)


# A place's name alone on the text's first line, over a blank line: "Vienna", "Fairhope, Alabama" (it is a dateline only
# where the whole name is a place)
_LINE_DATELINE = re.compile(r"[ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,2})(?:,[ \t]*(?P<qual>[A-Z][\w.’']*(?:[ \t][A-Z][\w.’']*){0,2}))?"
                            r"[ \t]*\n[ \t]*\n")


# A site's stamp on the text's first line that ends with the place it was filed from: "Agenda.ge, 18 Jan 2019 - 13:35,
# Tbilisi,Georgia"
# (the place straight after the stamp's clock time or full date, not after any year a headline names)
_STAMPED_DATELINE = re.compile(r"[^\n]{0,60}?(?:\b\d{1,2}:\d{2}|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})[ \t]*(?:[AaPp]\.?[Mm]\.?)?"
                               r",[ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,2})"
                               r"(?:,[ \t]*(?P<qual>[A-Z][\w.’']*(?:[ \t][A-Z][\w.’']*){0,2}))?[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Lines:
    """Where a text's header dates and date headings are."""

    header: tuple[TimeMention, ...] = ()  # dates of header lines: never events
    headings: tuple[TimeMention, ...] = ()  # dates alone on their line in a timeline page


DATE_LINE = 90  # characters at most in a line of dates ("Washington, DC / October 22, 2010"; "12/2/26, 4:34 PM")


def _date_only_lines(text: str, times: list[TimeMention]) -> list[tuple[int, int, list[TimeMention]]]:
    """(line start, line end, its dates) for each line that holds dates and nothing that reads as a sentence."""
    out = []
    by_line: dict[int, list[TimeMention]] = {}
    breaks = [m.start() for m in re.finditer("\n", text)]  # each date's line start by a binary search, not a rescan
    for t in times:
        n = bisect_left(breaks, t.start)
        by_line.setdefault(breaks[n - 1] + 1 if n else 0, []).append(t)
    for k, ts in by_line.items():
        end = text.find("\n", k)
        end = len(text) if end < 0 else end
        line = text[k:end]
        if len(line) > DATE_LINE:
            continue
        last = max(t.end for t in ts)
        if _ITEM_AFTER.match(text, last, end) and not (_NAME_AFTER.fullmatch(text, last, end) and not _BULLET.match(text, k)) \
                and not _COUNT_AFTER.fullmatch(text, last, end):
            # "- 1818 – Earthquake.": a dated item of a list, not a line of dates (but "Sunday 14 July – Aruba" heads
            # the paragraph under it with its day and where it is spent, and "Jan. 17, 2003: Day 1" with its day)
            continue
        rest = line
        for t in sorted(ts, key=lambda t: -t.start):
            rest = rest[: t.start - k] + " " * (t.end - t.start) + rest[t.end - k:]
        if _labels_only(rest):
            out.append((k, end, ts))
    return sorted(out)


def lines(text: str, times: list[TimeMention]) -> Lines:
    """Header dates and date headings of a text."""
    # a clock time the reference date would place ("12/2/26, 4:34 PM") belongs to the line too
    found = [(k, end, [t for t in ts if t.start_date is not None]) for k, end, ts in _date_only_lines(text, times)]
    found = [(k, end, ts) for k, end, ts in found if ts]
    # a date line followed by a line of prose heads it; two such lines make a timeline page
    heads = [(k, ts) for k, end, ts in found if not _LABELLED.search(text[k:end]) and _prose_follows(text, end)]
    headings = tuple(ts[0] for _, ts in heads) if len(heads) >= 2 else ()
    taken = {k for k, _ in heads} if headings else set()
    top = min(first_body_line(text), _after_lines(text, HEADER_LINES))
    # an item of a list ("- 1818 – Earthquake.") is the page's content, never its header
    header = tuple(t for k, _, ts in found if k not in taken and k <= top and not _BULLET.match(text, k) for t in ts)
    return Lines(header, headings)


_ITEM_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*[A-Za-z]")
_COUNT_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*(?:Day|DAY|Stage|STAGE)[ \t]+\d{1,3}[ \t:.]*")
_NAME_AFTER = re.compile(r"[ \t]*[-–—][ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}[ \t]*")
_BULLET = re.compile(r"[ \t]*[-*•·–][ \t]")


def opens_item(text: str, at: int, line: int | None = None) -> bool:
    """Whether the line holding `at` opens as a list's item ("- 1922", "• Leprosy hospital built."); `line`, where the
    caller already knows that line starts (a long text's many asks stay linear)."""
    return bool(_BULLET.match(text, text.rfind("\n", 0, at) + 1 if line is None else line))


_CHRONICLE_ITEMS = 3  # lines that open with a date and go on with their entry: a chronology
_ENTRY_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*\w")  # ("1999 – 700 cases and 88 deaths")
_ENTRY_INDENT = 8  # characters at most before an entry's date on its line (a bullet, spaces)


_HISTORY_YEARS = 10  # a text whose every date is this many years before its reference date tells a history
_HISTORY_DATES = 3  # dates at least: a story of today may name one year of its background and no day of its own


def history(times: list[TimeMention], reference: date) -> bool:
    """Whether a dated text tells only of the past long gone: a history page, published today about the 1200s."""
    days = [t.end_date for t in times if t.type == "DATE" and t.end_date is not None and t.function != "CREATION_TIME"]
    return len(days) >= _HISTORY_DATES and max(days).year <= reference.year - _HISTORY_YEARS


def chronicle(text: str, times: list[TimeMention]) -> bool:
    """Whether `text` is a chronology of dated entries, each a line that opens with its date ("1993 – The WHO reports
    5,385 cases", "2007 – February – ...")."""
    found = 0
    breaks = [m.start() for m in re.finditer("\n", text)]  # each date's line start by a binary search, not a rescan
    for t in times:
        n = bisect_left(breaks, t.start)
        found += _opens_an_entry(text, breaks[n - 1] + 1 if n else 0, t)
        if found >= _CHRONICLE_ITEMS:
            return True
    return False


def _opens_an_entry(text: str, line: int, t: TimeMention) -> bool:
    """Whether the date `t` opens an entry on the line that starts at `line` ("• 1993 – The WHO reports ...")."""
    return t.start - line <= _ENTRY_INDENT and bool(_BULLET.fullmatch(text, line, t.start) or not text[line:t.start].strip()) \
        and bool(_ENTRY_AFTER.match(text, t.end))


def chronicle_town(text: str, focus: PlaceMention | None, places: list[PlaceMention], times: list[TimeMention],
                   reference: date | None) -> PlaceMention | None:
    """The town (or state) a chronology is about, or None: its focus, when its headline or lead names it, or the text
    names twice or more (not one entry's: "February 6, 1820: The Elizabeth sails from New York" opens a timeline of
    Liberia), and its dates lie before its reference date more often than after (a chronology tells what happened; a
    programme what will, each day at its own town)."""
    if focus is None or focus.place.kind not in ("city", "admin2", "admin1"):
        return None
    line = text.rfind("\n", 0, focus.start) + 1
    if any(line <= t.start < focus.start and _opens_an_entry(text, line, t) for t in times) \
            and sum(p.literal and p.place == focus.place for p in places) < 2:
        return None
    if reference is not None:
        before = sum(1 for t in times if t.end_date is not None and t.end_date < reference)
        if before <= sum(1 for t in times if t.start_date is not None and t.start_date > reference):
            return None
    return focus


_LABELLED = re.compile(r"published|posted|updated|released|issued|dated|\d:\d\d", re.IGNORECASE)


def _prose_follows(text: str, end: int, titles: int = 1) -> bool:
    """Whether the line after `end` reads as prose: five words, or three with one in lower case ("- 1687 Peru
    earthquake."); or, after a title of its own ("1952" / "The Paris Treaty" / "The Paris Treaty establishes ..."),
    the line after that."""
    nxt = re.match(r"\n+([^\n]*)", text[end:end + 400])
    words = nxt.group(1).split() if nxt else []
    if len(words) >= 5 or (len(words) >= 3 and any(w[:1].islower() for w in words)):
        return True
    return bool(titles and words and not nxt.group(1).rstrip().endswith((".", "!", "?", ":", ";", ","))) \
        and _prose_follows(text, end + nxt.end(), titles - 1)


def _after_lines(text: str, n: int) -> int:
    """The offset where line n (counting from 0) starts, or the text's end."""
    at = -1
    for _ in range(n):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at + 1


@lru_cache(maxsize=2)  # asked several times of the same text (dateline, reference date, header); the text is hashed once
def first_body_line(text: str) -> int:
    """Offset of the first line that reads as prose (long, or ending in a full stop)."""
    for m in re.finditer(r"^.*$", text, re.MULTILINE):
        line = m.group().strip()
        if len(line) > 100 or (len(line.split()) >= 8 and line.endswith((".", "”", '"'))):
            return m.start()
    return len(text)


def dateline_end(text: str) -> int:
    """Where the story's dateline ("KABUL (Reuters) — ") ends, or 0 when it has none."""
    m = _dateline_match(text)
    return m.end() if m else 0


def _dateline_match(text: str) -> re.Match | None:
    limit = first_body_line(text) + 200
    for m in _DATELINE.finditer(text, 0, min(len(text), limit)):
        name = m.group("name")
        if any(c.isalpha() for c in name) and name.replace(" ", "").replace(".", "").replace("-", "").isupper():
            return m
    for start in (0, first_body_line(text)):
        m = _STOPPED_DATELINE.match(text, start)
        if m:
            return m
    return _OPENING_DATELINE.match(text) or _OPENING_DATELINE.match(text, first_body_line(text)) \
        or _AGENCY_DATELINE.match(text) or _AGENCY_DATELINE.match(text, first_body_line(text)) \
        or _BRACKETED_DATELINE.match(text) or _BRACKETED_DATELINE.match(text, first_body_line(text)) \
        or _DATED_DATELINE.match(text) or _DATED_DATELINE.match(text, first_body_line(text)) or _LINE_DATELINE.match(text) \
        or _STAMPED_DATELINE.match(text)


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")

# A roundup of cables or wires: several datelines of their own in one text, each opening a line or following a full
# stop ("... gassed. LONDON, January 22. Advices from Berne ...", "BERLIN, June 29.— Gustav Unger ...").
_ROUNDUP_DATELINE = re.compile(
    r"(?:(?<=\A)|(?<=\n)|(?<=[.!?] ))(?P<name>[A-Z][A-Z’']+(?:[ \-][A-Z][A-Z’']+)*),\s*(?:[A-Z][a-z]*\.?,\s*)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]?"
    r"(?:\.\s*(?:[—–]|-{1,2})?|\s*(?:[—–]|-{1,2}))\s*(?=[A-Z\"“])"
)


def roundup(text: str) -> list[tuple[int, int, int]]:
    """The datelines of a roundup of dispatches, as (start, end, end of its place's name), when a text has two or
    more of them; else []. Each dispatch's dates read from its own dateline, and its place is its dateline's."""
    marks = [(m.start(), m.end(), m.end("name")) for m in _ROUNDUP_DATELINE.finditer(text)]
    return marks if len(marks) >= 2 else []


def dateline_weekday(text: str) -> int | None:
    """The weekday an old paper's dateline gives for its date ("CARTEGENA, Sunday."): 0 for Monday, or None."""
    m = _dateline_match(text)
    if m is None or m.re is not _STOPPED_DATELINE:
        return None
    word = re.search(r"\b(\w+)day\.\s", m.group(0))
    return _WEEKDAYS.index(word.group(1).lower()) if word and word.group(1).lower() in _WEEKDAYS else None


def dateline(text: str, places: list[PlaceMention]) -> PlaceMention | None:
    """The place of the story's dateline ("ACCRA —", "PESCARA DEL TRONTO, Italy (Reuters) -"), if it has one."""
    m = _dateline_match(text)
    if m is None:
        return None
    inside = [p for p in places if m.start("name") <= p.start and p.end <= m.end("name") and p.literal]
    if "/" in m.group("name"):
        return inside[-1] if inside else None  # "Washington/Mogadishu —": filed from the first, about the last
    whole = [p for p in inside if p.start == m.start("name") and p.end == m.end("name")]
    if whole:
        return whole[0]
    if m.re is _LINE_DATELINE:
        return None  # "Paris Talks Collapse" over its story: a headline naming a place, no dateline
    has_qual = "qual" in m.re.groupindex and m.start("qual") >= 0
    qual = [p for p in places if has_qual and m.start("qual") <= p.start and p.end <= m.end("qual")]
    if len(m.group("name").split()) > 1 and inside and qual:
        return qual[0]  # a village we lack ("PESCARA DEL TRONTO, Italy"): its country, not a namesake of a part
    return (inside or qual or [None])[0]


_LOCAL = ("city", "admin2", "admin1")  # towns, districts and regions, finest first
_LOCAL_RANK = {kind: i for i, kind in enumerate(_LOCAL)}


_OCCASION_OF = re.compile(r"\b(?:Battle|Treaty|Peace|Congress|Conference|Massacre|Convention)\s+of\s+(?:the\s+)?$")


_HEADING = 80  # characters: a first paragraph this short is a heading
_DOMINANT = 2  # times as often as the next place, and twice that in all


# what a page's title says it is of a place: "Cuzco Timeline", "Timeline of Monrovia", "History of Tatev"
_PAGE_OF = re.compile(r"^(?:(?:A\s+|The\s+)?(?:Timeline|History|Chronology)\s+of\s+)|\s+(?:Timeline|History|Chronology)$", re.IGNORECASE)


def about(places: list[PlaceMention], text: str) -> PlaceMention | None:
    """The place a history text is about: its most named town, site or region, named at least twice and in its opening;
    else, when all the places it names lie in one country, the most named of them."""
    paragraphs = text.split("\n\n", 2)
    opening = len(paragraphs[0][:300])
    if opening < _HEADING and len(paragraphs) > 1:
        # "From the Viking Age to the Middle Ages" heads the opening, it is not it: the first line under it is
        opening += 2 + len(paragraphs[1].split("\n", 1)[0][:300])
    first_line = text.split("\n", 1)[0].strip()
    title = _PAGE_OF.sub("", first_line)
    # (a title that says it is a page of a place names it wherever the text names it first: "Cuzco Timeline")
    pool = places if title != first_line else places[:1]
    headword = next((p for p in pool if p.literal and p.text == title and p.place.kind != "country"), None)
    if headword is not None:
        return headword  # a page under a place's name alone ("Castletown" over a gazetteer's entry) is about that place
    located = _located_under_title(places, text)
    if located is not None:
        return located  # "Fort Ticonderoga" over "Ticonderoga, New York": where the page's subject is
    site = _SITE_OPENS.match(text)
    town = site and next((p for p in places if p.literal and p.text == site.group(1) and p.place.kind == "city"), None)
    if town is not None:
        return town  # "The Brooklyn Bridge's main span ...", with Brooklyn named later: a site of that town is the subject
    # a town, district or region; else, for a history of a whole land ("the Swedish War of Liberation", "Siam"), its
    # country
    # a place a treaty, a congress or a battle is named after ("the Treaty of Guadalupe Hidalgo", "the Battle of Talas")
    # makes the text about the occasion, not the place: its other events are not there (a siege's or a fall's are: the
    # town is what the page tells of, "the Siege of Varna")
    if any(_OCCASION_OF.search(text, max(0, p.start - 24), p.start) for p in places[:3] if p.start < 300):
        return None
    # a land named far oftener than any other, and than a place outside it, keeps the text in it: a timeline of
    # Tajikistan that names Bukhara twice in its opening is about Tajikistan, not about a town of Uzbekistan
    land = _dominant_country(places)
    times_named = Counter(p.place for p in places if p.literal)
    for kinds in (_LOCAL + ("region",), ("country",)):
        # (a region of one country is local too: "Yellowstone"; "the Middle East" has no country; and a city state is
        # a town: "Singapore")
        local = [p for p in places if p.literal and (p.place.kind in kinds or "city" in kinds and _city_state(p.place))
                 and (p.place.kind != "region" or p.place.country_code)
                 and not (p.place.kind == "country" and (NAMES_A_BODY.match(text, p.end) or RECORD_OF.match(text, p.end)))
                 and (land is None or "country" in kinds or p.place.country_code == land.country_code
                      or times_named[p.place] >= times_named[land])]
        counts = Counter(_town_key(p) for p in local)
        # (a site named once in full and then by its last word: "Corfe Castle has been a Saxon stronghold ... Work on
        # the Castle was started in 1080")
        site = local[0] if local and local[0].start < opening else None
        if site is not None and (head := _SITE_HEAD.search(site.text)) and counts[_town_key(site)] == 1:
            counts[_town_key(site)] += len(re.findall(rf"\bthe\s+{head.group()}\b", text[site.end:], re.IGNORECASE))
        # the most named first; on a tie, the finer ("Richmond" before "Virginia")
        rank = {_town_key(p): kinds.index(p.place.kind) if p.place.kind in kinds else 0 for p in local}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], rank[kv[0]]))
        # (a place named far oftener than any other is the topic wherever it is first named: a chronology of Singapore
        # that opens with Penang's trading post)
        dominant = len(ranked) > 1 and ranked[0][1] >= _DOMINANT * max(ranked[1][1], 1) and ranked[0][1] >= 2 * _DOMINANT
        for key, n in ranked:
            first = next(p for p in local if _town_key(p) == key)
            if n >= 2 and (first.start < opening or dominant and key == ranked[0][0]):
                # a town of the region named twice, and first, is what the page is about: "SCHWEDT, a town ... in the
                # province of Brandenburg" names Brandenburg oftener, as the land the town passed to
                town = next((q for q in local if q.start < first.start and q.place.kind == "city"
                             and counts[_town_key(q)] >= 2 and _within_region(q, first)), None)
                return town or first
    # a history whose places all lie in one country ("Suva", "Levuka"; "Cap-Haïtien" twice) is about that country, at
    # its most named town; one that names the country and no town oftener is about a topic of it ("U.S. Statutes")
    named = [p for p in places if p.literal and p.place.country_code and p.place.kind in _LOCAL + ("country",)]
    if len(named) >= 2 and len({p.place.country_code for p in named}) == 1:
        counts = Counter((p.place.name, p.place.kind) for p in named)
        top = max(counts.values())
        best = min((p for p in named if counts[(p.place.name, p.place.kind)] == top),
                   key=lambda p: (_LOCAL_RANK.get(p.place.kind, len(_LOCAL)), p.start))
        return None if best.place.kind == "country" else best
    return None


_TITLE_LINES = 3  # lines of a page's title block, above its first paragraph
_ONLY_JOINTS = re.compile(r"[\s,]*")


def _located_under_title(places: list[PlaceMention], text: str) -> PlaceMention | None:
    """A town that a short line of the page's title block gives alone, with its region perhaps ("Ticonderoga, New York"
    under "Fort Ticonderoga"): where the page's subject is."""
    at = 0
    for _ in range(_TITLE_LINES):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - at > _HEADING:
            return None  # the first paragraph of prose: the title block is over
        here = [p for p in places if at <= p.start and p.end <= end]
        if here and here[0].literal and here[0].place.kind in _LOCAL and _ONLY_JOINTS.fullmatch(_between(text, at, end, here)):
            return here[0]
        if end >= len(text):
            return None
        at = end + 1
    return None


def _between(text: str, start: int, end: int, spans: list[PlaceMention]) -> str:
    """The text of a line outside the place names in it."""
    out, at = [], start
    for p in spans:
        out.append(text[at: p.start])
        at = p.end
    out.append(text[at: end])
    return "".join(out)


# a page that opens with a site named after its town ("The Brooklyn Bridge's 486-meter main span", "Ludlow Castle was")
_SITE_OPENS = re.compile(r"\s*(?:The\s+)?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:Bridge|Castle|Abbey|Cathedral|Priory|Minster|"
                         r"Fort|Tower|Palace|Dam|Canal|Lighthouse|Pier|Gaol|Jail|Prison|Monastery)\b")
_SITE_HEAD = re.compile(r"(?<=\s)[A-Z][a-z]{3,}$")  # the last word of a name of several ("Corfe Castle")


def _town_key(p: PlaceMention) -> tuple[str, str]:
    """A place as a history counts its mentions: "Zamboanga City" (its district) and "Zamboanga" (its town) are one."""
    return re.sub(r"\s+City$", "", p.place.name), p.place.country_code


def _city_state(place: Place) -> bool:
    """A country that is one town ("Singapore", "Monaco"): its capital has its name."""
    from ..language.gazetteer import default_gazetteer

    capital = default_gazetteer().capital(place.country_code) if place.kind == "country" and place.country_code else None
    return capital is not None and capital.name == place.name


def _within_region(town: PlaceMention, region: PlaceMention) -> bool:
    a, b = town.place, region.place
    return b.kind in ("admin1", "admin2") and a.country_code == b.country_code and bool(a.admin1) and a.admin1 == b.admin1


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)")


# a party to what the lead tells, not where it is: "after a sharp dispute with Syria", "a war against Iraq"
_PARTY_BEFORE = re.compile(r"\b(?:with|against)\s+(?:the\s+)?$")


def focus(text: str, places: list[PlaceMention], lead: tuple[int, int]) -> PlaceMention | None:
    """The place a news story without a dateline is about, or None.

    Its headline's places, else its lead's (the span of its first sentence of prose), when they lie in one country
    ("Gambian President Jammeh has won"): the finest of them, or, when the headline or lead names no town, that
    country's town the story names twice, or the one town of it the story names. When neither names a place, the
    country the story names far oftener than any other.
    """
    first = text.split("\n", 1)[0]
    headline = (0, len(first)) if "\n" in text and len(first.split()) <= 15 and not _SENTENCE_END.search(first) else None
    for a, b in (headline, lead) if headline else (lead,):
        inside = [p for p in places if a <= p.start and p.end <= b and p.place.country_code and not HOME_OF.match(text, p.end)
                  and not _a_people(p) and not _PARTY_BEFORE.search(text, max(a, p.start - 12), p.start)]
        countries = {p.place.country_code for p in inside}
        if len(countries) > 1:
            return None
        if countries:
            return _finest_in(inside, places)
    # (else a country the story names far oftener than any other: a chronology of Kyrgyzstan whose lead names none)
    land = _dominant_country(places)
    return next(p for p in places if p.literal and p.place == land) if land is not None else None


def _dominant_country(places: list[PlaceMention]) -> Place | None:
    """The country a text names far oftener than any other (`_DOMINANT` times as often, and twice that in all), or None."""
    counts = Counter(p.place for p in places if p.literal and p.place.kind == "country")
    ranked = counts.most_common(2) + [(None, 0)]
    if ranked[0][1] >= 2 * _DOMINANT and ranked[0][1] >= _DOMINANT * ranked[1][1]:
        return ranked[0][0]
    return None


def land(places: list[PlaceMention]) -> PlaceMention | None:
    """The country a story names most, by name or adjective, at least twice and more often than any other, or None:
    what "this impoverished southeast African nation" is in a story naming Mozambique and the Mozambican government."""
    counts = Counter(p.place for p in places if p.place.kind == "country" and not _a_people(p))
    ranked = counts.most_common(2) + [(None, 0)]
    if ranked[0][0] is None or ranked[0][1] < 2 or ranked[0][1] == ranked[1][1]:
        return None
    named = [p for p in places if p.place == ranked[0][0]]
    return next((p for p in named if p.literal), named[0])


# a part of a land: "in the eastern Czech Republic", "the western part of Sudan", "southwest China's"
_PART = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)"
_COMPASS_WORD = re.compile(rf"\b{_PART}\s+(?:part\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_LAND_S_COMPASS = re.compile(rf"['’]s\s+{_PART}\b", re.IGNORECASE)
_SITE_NEAR = 2_000  # characters of a story looked at for the town its lead's part of the land is


def site(text: str, places: list[PlaceMention], dateline: PlaceMention | None, lead: tuple[int, int]) -> PlaceMention | None:
    """The town a story filed from its land's capital happens in, when its lead puts it in a part of the land ("PRAGUE —
    ... a shooting in a hospital in the eastern Czech Republic"): the first other town of that part the story names
    after ("... the University hospital in the eastern city of Ostrava"), or None."""
    from ..language.gazetteer import default_gazetteer

    if dateline is None or dateline.place.kind != "city" or lead == (0, 0):
        return None
    land = dateline.place.country_code
    capital = default_gazetteer().capital(land)
    if capital is None or capital.name != dateline.place.name:
        return None
    a, b = lead
    parted = part = None
    for p in places:
        if a <= p.start < b and p.place.country_code == land and p.place.kind in ("country", "admin1"):
            m = _COMPASS_WORD.search(text, max(a, p.start - 24), p.start) or _LAND_S_COMPASS.match(text, p.end)
            if m:
                parted, part = p, m.group().lower()
                break
    if parted is None:
        return None
    lat, lon = parted.place.lat, parted.place.lon

    def in_part(q: Place) -> bool:  # (north of the land's point for "northern", east of it for "eastern" ...)
        return ("north" not in part or q.lat > lat) and ("south" not in part or q.lat < lat) \
            and ("east" not in part or q.lon > lon) and ("west" not in part or q.lon < lon)

    return next((p for p in places if p.start > parted.start and p.start < a + _SITE_NEAR and p.literal
                 and p.place.country_code == land and p.place.kind in ("city", "admin2") and p.place != parted.place
                 and p.place.name != dateline.place.name and in_part(p.place)), None)


def _a_people(p: PlaceMention) -> bool:
    """A demonym in the plural names a people, not where a story is ("ethnic tension between Uzbeks and the majority
    Kirghiz"); the adjective does ("Gambian President Jammeh has won")."""
    from ..language.gazetteer import default_gazetteer

    return not p.literal and p.text.endswith("s") and default_gazetteer().demonym(p.text[:-1]) == p.place


def _finest_in(inside: list[PlaceMention], places: list[PlaceMention]) -> PlaceMention:
    best = min(inside, key=lambda p: (_LOCAL_RANK.get(p.place.kind, len(_LOCAL)), not p.literal))
    if best.place.kind == "city":
        return best
    country = best.place.country_code
    towns = Counter((p.place.name, p.place.kind) for p in places if p.literal and p.place.country_code == country
                    and p.place.kind in _LOCAL)
    for (name, kind), n in towns.most_common(1):
        # named twice, or the one town a story about a country names ("struck Taiwan ... near the city of Hualien")
        if n >= 2 or (len(towns) == 1 and best.place.kind == "country"):
            return next(p for p in places if p.literal and (p.place.name, p.place.kind) == (name, kind))
    return best


_HAS_YEAR = re.compile(r"\d{3,4}")
# a calendar's month alone on its line ("JANUARY.", "APRIL:"), and a day's line under it ("1. — Mason and Slidell
# sailed ..., '62.")
_MONTH_LINE = re.compile(r"(?im)^[ \t]*(" + "|".join(m for m in MONTHS if len(m) > 3 or m == "may") + r")[.:]?[ \t]*$")
_DAY_LINE = re.compile(r"(?m)^[ \t]*([12]?\d|3[01])\.?[ \t]*[—–-]")


def calendar_days(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """`times`, with each year told on a calendar's line of a day under a month alone on its line taken as that day:
    "'62" in "1. — Mason and Slidell sailed for England, '62." under "JANUARY." is 1 January 1862."""
    months = [(m.start(), MONTHS[m.group(1).lower()]) for m in _MONTH_LINE.finditer(text)]
    if not months:
        return times
    starts = [k for k, _ in months]
    out = []
    for t in times:
        i = bisect_right(starts, t.start) - 1
        line = text.rfind("\n", 0, t.start) + 1
        day = _DAY_LINE.match(text, line) if i >= 0 and t.precision == "year" and t.start_date and not t.end_value else None
        if day is not None and day.end() <= t.start:
            try:
                d = date(t.start_date.year, months[i][1], int(day.group(1)))
            except ValueError:
                d = None
            if d is not None:
                t = replace(t, value=d.isoformat(), precision="day", start_date=d, end_date=d)
        out.append(t)
    return out


# a tour's line of a weekday and its day of the month under a month alone on its line: "Tuesday 5 – Singapore, The Star
# Theatre" under "SEPTEMBER"
_WEEKDAY_DAY_LINE = re.compile(r"(?im)^[ \t]*(?P<wd>" + "|".join(WEEKDAYS) + r"),?[ \t]+(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]*[—–:-]")
_YEARS_AROUND = (0, 1, -1)  # years, from the reference's, a weekday and its day are looked for in
# a tour's line of a day of the month alone and its venue, perhaps after a dash: "1 Sagres Campo Pequeno, Lisbon, Portugal"
# under "NOVEMBER", "19 - Mexico City, Mexico - Foro Puebla"
_BARE_DAY_LINE = re.compile(r"(?m)^[ \t]*(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?(?:[ \t]*[—–:-])?[ \t]+(?=[A-Z])")
_BARE_DAY_LINES = 3  # such lines, at least, that make a tour's dates (not a numbered list under a month's name)
_TOUR_BACK = timedelta(days=31)  # a tour's day this far before the story's is still this year's, further the next year's


def month_day_lines(text: str, times: list[TimeMention], reference: date | None) -> list[TimeMention]:
    """`times`, with the day of each line under a month alone on its line that opens with a weekday and a day of the
    month ("Tuesday 5 – Singapore" under "SEPTEMBER"): in the year, of the reference's and those beside it, whose day
    of the month falls on that weekday; and, in a tour's list of three or more, of each line that opens with the day
    alone ("1 Sagres Campo Pequeno, Lisbon, Portugal"): the next such day from a month before the reference."""
    months = [(m.start(), MONTHS[m.group(1).lower()]) for m in _MONTH_LINE.finditer(text)]
    if not months or reference is None:
        return times
    starts = [k for k, _ in months]
    spans = sorted((t.start, t.end) for t in times)
    reach = [0] * len(spans)  # the furthest end of the times that start at or before each: a line's day is not told twice
    for k, (_, end) in enumerate(spans):
        reach[k] = max(end, reach[k - 1] if k else 0)
    added = []
    for m in _WEEKDAY_DAY_LINE.finditer(text, months[0][0]):
        month = months[bisect_right(starts, m.start()) - 1][1]
        k = bisect_right(spans, (m.start("wd"), len(text) + 1)) - 1
        if k >= 0 and reach[k] > m.start("wd"):
            continue
        for step in _YEARS_AROUND:
            try:
                d = date(reference.year + step, month, int(m["day"]))
            except ValueError:
                break
            if d.weekday() == WEEKDAYS[m["wd"].lower()]:
                added.append(TimeMention(m.start("wd"), m.end("day"), text[m.start("wd"): m.end("day")], "DATE", d.isoformat(),
                                         "day", d, d))
                break
    def told(at: int) -> bool:  # whether a date already found runs over `at`
        k = bisect_right(spans, (at, len(text) + 1)) - 1
        return k >= 0 and reach[k] > at

    bare = [m for m in _BARE_DAY_LINE.finditer(text, months[0][0]) if not told(m.start("day"))]
    for m in bare if len(bare) >= _BARE_DAY_LINES else ():
        month = months[bisect_right(starts, m.start()) - 1][1]
        try:
            d = date(reference.year, month, int(m["day"]))
            d = d if d >= reference - _TOUR_BACK else date(reference.year + 1, month, int(m["day"]))
        except ValueError:
            continue
        added.append(TimeMention(m.start("day"), m.end("day"), m["day"], "DATE", d.isoformat(), "day", d, d))
    return sorted(times + added, key=lambda t: t.start) if added else times


def on_this_day(text: str, times: list[TimeMention], headings: tuple[TimeMention, ...]) -> list[TimeMention]:
    """`times`, with each year that opens a line under a heading of a day without its year taken as that day: "1644"
    under "18 January" is 18 January 1644."""
    starts = [h.start for h in headings]
    out = []
    for t in times:
        i = bisect_right(starts, t.start) - 1
        h = headings[i] if i >= 0 and headings[i].end <= t.start else None
        if h is not None and h.precision == "day" and h.start_date and not _HAS_YEAR.search(h.text) and t.precision == "year" \
                and t.start_date and opens_line(text, t.start):
            try:
                day = date(t.start_date.year, h.start_date.month, h.start_date.day)
            except ValueError:  # 29 February of a year that has none
                day = None
            if day is not None:
                t = replace(t, value=day.isoformat(), precision="day", start_date=day, end_date=day)
        out.append(t)
    return out

