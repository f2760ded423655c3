"""Find time expressions in English text and give them TIMEX3 types, values and calendar ranges.

Rules are regular expressions with small resolver functions; each candidate is resolved
against a reference date (the caller's or the document's) and, in narrative mode, against
the last absolute date mentioned before it. Nothing is ever resolved against today.

>>> [m.value for m in find_dates("The summit in 2008 and talks on November 12-13.", date(2024, 11, 13))]
['2008', '2024-11-12']
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterator

from ..models import TimeMention

# ---------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12,
}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "dozens of", "hundreds of", "a number of")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
TIME_UNITS = {"second", "minute", "hour"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
MODIFIERS = {
    "early": "START", "the beginning of": "START", "the start of": "START", "the first half of": "START",
    "the first week of": "START", "the second week of": "MID", "the third week of": "MID", "the fourth week of": "END",
    "the last week of": "END", "the final week of": "END", "the week of": "",
    "mid": "MID", "the middle of": "MID", "late": "END", "the end of": "END", "the second half of": "END",
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "circa": "APPROX", "c.": "APPROX", "ca.": "APPROX",
    # open-ended dates (TimeML): "before 1250" and "by 1513" end in that year, "after 1612" starts in it
    "before": "ON_OR_BEFORE", "prior to": "ON_OR_BEFORE", "by": "ON_OR_BEFORE", "after": "ON_OR_AFTER",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "up to": "LESS_THAN", "just under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "MORE_THAN", "well over": "MORE_THAN", "just over": "MORE_THAN",
}

# ---------------------------------------------------------------- regular expression parts

_MONTH = (
    # (a full name with the dot of a chronology's abbreviations, between its day and year: "6 March. 1857", beside "11
    # Sept. 1853"; not "in March. 1857 was")
    r"(?:(?<=\d[ \t])(?:January|February|March|April|May|June|July|August|September|October|November|December)\.(?=[ \t]+(?:1[0-9]\d\d|20\d\d)\b)"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    # (written small between its day and year: "founded 02 july 1860")
    r"|(?<=\d[ \t])(?:january|february|march|april|may|june|july|august|september|october|november|december)(?=,?[ \t]+(?:1[0-9]\d\d|20\d\d)\b)"
    r"|Jan\.?|Feb\.?|Mar(?:\.|(?=\s+\d))|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
    # (in capitals before its day, as a fixture list's lines write it: "JUNE 3: TOUR MATCH V ..."; not before a year, as a
    # release's stamp "23 MAY 2018:" has it, on which no trip or event is)
    r"|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?=[ \t]+[0-3]?\d(?!\d)))"
)
_MONTH_BARE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# what stands between a programme line's four-figure clock time and its entry: spaces, or a dash or colon, perhaps
# after the time zone in brackets ("1930(ADT) - Arrived"), or the same time in another zone ("0930 (0530GMT): Masked")
_CLOCK_LINE_GAP = r"(?:\([A-Z]{2,4}\)|[ \t]*\((?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:GMT|UTC)\))?(?:[ \t]*[-–—:][ \t]*|[ \t]+)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thurs\.|Fri\.)"
# "the 2d of January", in older print; "19 th October", its ordinal set apart
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|d(?![a-z])|[ \t](?:st|nd|rd|th)\b)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_LINE_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"  # spaces, or one line break: a date never runs on past an empty line
_DASH = r"\s*(?:-|–|—|to|through|until|till|thru)\s*"
_NUMWORD = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|a hundred|hundred|a couple of|a couple|couple of|a dozen|dozen|a|an)"
)
_NUM = rf"(?:{_NUMWORD}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: and a half)?|several|a few|few|many|dozens of|hundreds of|a number of)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century)"
_POINTMOD = r"(?:early|late|mid-?|(?:the )?(?:beginning|start|end|middle|first half|second half) of)"

_B = r"(?:(?<![\w$£€#/.-])|(?<=--))"  # no word, currency or number glued on the left (a typed dash "--" is a dash)
_E = r"(?![\w%]|[.,]\d|-\d)"  # nor on the right


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    reference: date | None
    anchor: date | None  # the date relative expressions are resolved against
    future: bool  # the sentence looks forward ("will", "next"), so bare weekdays go forward
    narrative: bool = False  # the anchor is the story's last date, and the story moves forward
    past: bool = False  # the clause reports what happened ("prices fell in August"), and says nothing of the future
    told: tuple[date, str] | None = None  # the day and precision of the date the text named just before (news mode)
    one_year: int | None = None  # the only year a page of dated lines names: its lines' days without a year stay in it
    # a clause of no tense after a day told from today on, in a sentence that looks forward further on and never back
    # ("Still on Thursday, ... On Friday, the President moves to Porto, ... where he will have ..."): its weekday goes
    # forward
    ahead: bool = False


@dataclass(frozen=True, slots=True)
class _Value:
    type: str
    value: str
    precision: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    end_value: str = ""
    anchored: bool = True


# ---------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1 <= y <= 9999 else None
    except ValueError:
        return None


def _year_value(y: int) -> _Value:
    return _Value("DATE", f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def _month_value(y: int, m: int) -> _Value:
    return _Value("DATE", f"{y:04d}-{m:02d}", "month", date(y, m, 1), _month_end(y, m))


def _day_value(d: date) -> _Value:
    return _Value("DATE", d.isoformat(), "day", d, d)


def _weekend_value(d: date) -> _Value:
    """The Saturday and Sunday of d's ISO week ("this weekend": days, not the whole week)."""
    iso = d.isocalendar()
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return _Value("DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", "day", saturday, saturday + timedelta(days=1))


def _week_value(d: date) -> _Value:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return _Value("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + timedelta(days=6))


def _quarter_value(y: int, q: int) -> _Value:
    first = 3 * (q - 1) + 1
    return _Value("DATE", f"{y:04d}-Q{q}", "quarter", date(y, first, 1), _month_end(y, first + 2))


def _season_value(y: int, code: str) -> _Value:
    a, b = SEASON_MONTHS[code]
    end_year = y + 1 if code == "WI" else y
    return _Value("DATE", f"{y:04d}-{code}", "season", date(y, a, 1), _month_end(end_year, b))


def _unresolved(value: str, type_: str = "DATE", precision: str | None = None) -> _Value:
    return _Value(type_, value, precision, None, None, anchored=False)


def _number(words: str) -> float | None:
    """'two and a half' -> 2.5, '24' -> 24.0, 'several' -> None (vague)."""
    w = words.lower().strip()
    half = w.endswith(" and a half")
    if half:
        w = w[: -len(" and a half")]
    if w in VAGUE_NUMBERS:
        return None
    try:
        n = float(w.replace(",", ""))  # ("1,200 years ago")
    except ValueError:
        parts = re.split(r"[- ]", w) if w not in NUMBERS else [w]
        if len(parts) > 1 and parts[0] in ("a", "an"):
            parts = parts[1:]  # "a four day visit": the article, not one more
        if w in NUMBERS:
            n = NUMBERS[w]
        elif all(p in NUMBERS for p in parts):
            n = sum(NUMBERS[p] for p in parts)
        else:
            return None
    return n + 0.5 if half else n


def _duration_value(num: str, unit: str) -> str:
    """TIMEX3 duration value: ('two and a half', 'years') -> 'P2.5Y'; vague numbers give 'PXY'."""
    u = unit.lower().rstrip("s") if unit.lower() != "centuries" else "century"
    code = UNIT_CODES[u]
    n = _number(num)
    if u == "fortnight" and n is not None:
        n *= 2
    if code in ("DE", "CE") and n is not None:
        n, code = n * (10 if code == "DE" else 100), "Y"  # "the past decade" is P10Y in TimeML practice
    amount = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    return f"PT{amount}{code}" if u in TIME_UNITS else f"P{amount}{code}"


# a day said of the future, this far or less before the story's, is still the nearest ("will proclaim the winners today,
# 11 days after the May 9 balloting"); further back, the coming one ("will commence on November 1", said in April)
_FUTURE_SLACK = timedelta(days=90)


def _closest_year(month: int, day: int, anchor: date) -> int:
    """The year that puts month/day nearest the anchor (news says 'November 12' for the nearest one)."""
    best = anchor.year
    best_gap = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _safe_date(y, month, min(day, 28) if month == 2 and day == 29 else day)
        if d is None:
            continue
        gap = abs((d - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


# ---------------------------------------------------------------- resolvers


def _g(m: re.Match, name: str) -> str:
    return m.group(name) or ""


def _month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


_DIGITS = re.compile(r"\d+")


def _day_num(s: str) -> int:
    return int(_DIGITS.match(s).group())


def _r_iso(m: re.Match, ctx: _Context) -> _Value | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day_value(d) if d else None


def _r_numeric(m: re.Match, ctx: _Context) -> _Value | None:
    """12.11.2024 (day first with dots), 11/12/2024 (month first with slashes) unless a part is > 12."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    dayfirst = m["sep"] in ".-"
    if a > 12:
        dayfirst = True
    elif b > 12:
        dayfirst = False
    d = _safe_date(y, b, a) if dayfirst else _safe_date(y, a, b)
    return _day_value(d) if d else None


def _r_numeric_range(m: re.Match, ctx: _Context) -> _Value | None:
    """'23/2-27/2/2009', '27.11.-29.11.2017': two days written in numbers, the year once, after the second; day first
    where either day is over 12 or dots part them, else month first, as `_r_numeric` reads one."""
    a1, b1, a2, b2, y = (int(m[k]) for k in ("a1", "b1", "a2", "b2", "y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    dayfirst = a1 > 12 or a2 > 12 or (m["sep"] == "." and b1 <= 12 and b2 <= 12)
    if b1 > 12 or b2 > 12:
        dayfirst = False
    start = _safe_date(y - (1 if (b1 > b2 if dayfirst else a1 > a2) else 0), b1, a1) if dayfirst \
        else _safe_date(y - (1 if a1 > a2 else 0), a1, b1)
    end = _safe_date(y, b2, a2) if dayfirst else _safe_date(y, a2, b2)
    if start is None or end is None or end <= start or (end - start).days > 366:
        return None
    return _Value("DATE", start.isoformat(), "day", start, end, end_value=end.isoformat())


_FULL_SLASH_LINE = re.compile(r"(?m)^[ \t]*[0-3]?\d/[0-3]?\d/(?:1[0-9]{3}|20[0-9]{2})\b")  # "10/12/2020: Next Stop ..."
_DIARY_BACK = 6000  # characters before an entry's "10/13:" where its diary's first full date may stand


def _r_slash_heading(m: re.Match, ctx: _Context) -> _Value | None:
    """'10/13:' opening an entry's line: month first, as slashes write it, unless only the other order fits; in the year
    the story is in."""
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if not ctx.anchor:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}", precision="day")
    d = _safe_date(_year_of(month, day, ctx), month, day)
    return _day_value(d) if d else None


_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _r_slash_day(m: re.Match, ctx: _Context) -> _Value | None:
    """'01/02 Fri.' in a chronology: a day and month without a year, in the order its day's name confirms (month
    first unless only the other order fits), in the year the story is in."""
    a, b = int(m["a"]), int(m["b"])
    weekday = _WEEKDAY_NUMBER[m["wd"][:3].lower()]
    readings = [(mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31]
    if not readings:
        return None
    if not ctx.anchor:
        month, day = readings[0]
        return _unresolved(f"XXXX-{month:02d}-{day:02d}", precision="day")
    dates = [d for mo, dy in readings if (d := _safe_date(_year_of(mo, dy, ctx), mo, dy)) is not None]
    chosen = next((d for d in dates if d.weekday() == weekday), dates[0] if dates else None)
    return _day_value(chosen) if chosen else None


def _year_of(month: int, day: int, ctx: _Context) -> int:
    """The year of a day told without one, in a story at `ctx.anchor`."""
    if ctx.narrative:
        return ctx.one_year or _forward_year(month, ctx.anchor, day)
    if ctx.one_year:
        return ctx.one_year  # a dated page's line under its year's heading
    year = _closest_year(month, day, ctx.anchor)
    if ctx.future and not ctx.past and (d := _safe_date(year, month, day)) is not None and d < ctx.anchor - _FUTURE_SLACK:
        return year + 1  # what will be is ahead: "will commence on November 1", said in April
    return year


def _r_month_day(m: re.Match, ctx: _Context) -> _Value | None:
    """'November 12', 'Nov 14–19, 2024', '12 November', '12-13 November 2024', 'March 25 to April 2'."""
    month = _month_num(m["mon"])
    day = _day_num(m["day"])
    month2 = _month_num(m["mon2"]) if m.groupdict().get("mon2") else month
    day2 = _day_num(m["day2"]) if m.groupdict().get("day2") else None
    if m["year"]:
        # (the year written after a span over New Year is its end's: "December 31-January 2, 2013" begins in 2012)
        year = int(m["year"]) - (1 if month2 < month else 0)
    elif ctx.anchor:
        year = _year_of(month, day, ctx)
    else:
        value = f"XXXX-{month:02d}-{day:02d}"
        end = f"XXXX-{month2:02d}-{day2:02d}" if day2 else ""
        return replace(_unresolved(value, precision="day"), end_value=end)
    start = _safe_date(year, month, day)
    if start is None:
        return None
    if day2 is None:
        return _day_value(start)
    end = _safe_date(year + (1 if month2 < month else 0), month2, day2)
    if end is None or end < start or (end - start).days > 366:
        return None
    return _Value("DATE", start.isoformat(), "day", start, end, end_value=end.isoformat())


def _r_year_then_month(m: re.Match, ctx: _Context) -> _Value | None:
    """'1965 (November)', '1960 (October 1)', '1961 (February 11 and 12)': a chronology's year, made finer in brackets."""
    if m["day"]:
        return _r_month_day(m, ctx)
    return _month_value(int(m["year"]), _month_num(m["mon"]))


def _r_day_of_month(m: re.Match, ctx: _Context) -> _Value | None:
    """'the 23rd of this month', 'from the 23rd to 24th of next month': days of a month named by its place."""
    if not ctx.anchor:
        return None
    step = {"next": 1, "last": -1, "previous": -1}.get(m["rel"].lower(), 0)
    y, mo = divmod(ctx.anchor.year * 12 + ctx.anchor.month - 1 + step, 12)
    start = _safe_date(y, mo + 1, int(m["day"]))
    end = _safe_date(y, mo + 1, int(m["day2"])) if m["day2"] else start
    if start is None or end is None or end < start:
        return None
    return _day_value(start) if end == start else _Value("DATE", start.isoformat(), "day", start, end, end_value=end.isoformat())


def _r_month_year(m: re.Match, ctx: _Context) -> _Value | None:
    month, year = _month_num(m["mon"]), int(m["year"])
    if m.groupdict().get("mon2"):
        month2 = _month_num(m["mon2"])
        if month2 < month:
            return None
        v = _month_value(year, month)
        return replace(v, end_date=_month_end(year, month2), end_value=f"{year:04d}-{month2:02d}")
    return _month_value(year, month)


def _r_month_rel_year(m: re.Match, ctx: _Context) -> _Value | None:
    """'May last year', 'March of next year', '28 January this year': the month (or day) in the year before, of or
    after the anchor's."""
    if not ctx.anchor:
        return None
    rel = m["rel"].split()[-1].lower()
    year = ctx.anchor.year + {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel, 0)
    day = m["day"] or m["day2"]
    if day is None:
        return _month_value(year, _month_num(m["mon"]))
    d = _safe_date(year, _month_num(m["mon"]), int(re.match(r"\d+", day).group()))
    return _day_value(d) if d else None


def _forward_year(month: int, anchor: date, day: int = 1) -> int:
    """The year of a month (and day) told without one in a story at `anchor`: the story moves forward, so a date more
    than two months earlier in the year is next year's; one a month or two back is the anchor's year (a story steps
    back a little: a list of office holders up to 16 February, then "January" and its events, on a year's page)."""
    return anchor.year + (1 if (month, day) < (anchor.month, anchor.day) and anchor.month - month > 2 else 0)


def _month_in_context(month: int, ctx: _Context) -> _Value:
    if not ctx.anchor:
        return _unresolved(f"XXXX-{month:02d}", precision="month")
    a = ctx.anchor
    year = a.year
    if ctx.narrative:
        return _month_value(ctx.one_year or _forward_year(month, a), month)
    # A bare month in news is the reference year's, unless the clause's tense says otherwise: "prices fell in
    # August" in a March article is last August, "will open in February" in November is next February.
    if ctx.past and month > a.month:
        return _month_value(year - 1, month)
    if ctx.future and month < a.month:
        return _month_value(year + 1, month)
    return _month_value(year, month)


def _r_month_alone(m: re.Match, ctx: _Context) -> _Value | None:
    month = _month_num(m["mon"])
    said = m.group()[: m.start("core") - m.start()].strip().lower()
    if ctx.anchor and said in ("last", "next") and not m.groupdict().get("mon2"):
        # "last November" in a September story is the one before; "next March" the one after, whatever the tense
        a = ctx.anchor
        year = a.year - (month >= a.month) if said == "last" else a.year + (month <= a.month)
        return _month_value(year, month)
    if ctx.anchor and said == "this" and not m.groupdict().get("mon2"):
        return _month_value(ctx.anchor.year, month)  # "a tour of Asia this September", told in April: this year's
    v = _month_in_context(month, ctx)
    if m.groupdict().get("mon2"):
        month2 = _month_num(m["mon2"])
        if not v.start_date:
            return replace(v, end_value=f"XXXX-{month2:02d}")
        y2 = v.start_date.year + (1 if month2 < month else 0)
        return replace(v, end_date=_month_end(y2, month2), end_value=f"{y2:04d}-{month2:02d}")
    return v


_YEAR_LINE_ABOVE = re.compile(r"(?:^|\n)[ \t]*[1-9]\d{2,3}[ \t]*:?[ \t]*\n\s*\Z")


def _r_month_under_year(m: re.Match, ctx: _Context) -> _Value | None:
    """A month opening a chronology's line under its year's own line."""
    return _r_month_alone(m, ctx) if _YEAR_LINE_ABOVE.search(m.string, max(0, m.start() - 24), m.start()) else None


def _r_year(m: re.Match, ctx: _Context) -> _Value | None:
    y = int(m["year"])
    if m.groupdict().get("year2"):
        y2 = m["year2"]
        y2i = int(y2) if len(y2) >= 3 else (y // 10 ** len(y2)) * 10 ** len(y2) + int(y2)
        # a period may run centuries ("a state that existed in 1456-1731"); two digits reach a century on at most
        if not (y < y2i <= y + (400 if len(y2) >= 3 else 100)):
            return None
        return _Value("DATE", f"{y:04d}", "year", date(y, 1, 1), date(y2i, 12, 31), end_value=f"{y2i:04d}")
    return _year_value(y)


def _r_early_year(m: re.Match, ctx: _Context) -> _Value | None:
    """A three-digit year, read only in a history (narrative mode): in news "in 300." is more often a count."""
    if not ctx.narrative:
        return None
    if m.groupdict().get("mon"):
        return _month_value(int(m["year"]), _month_num(m["mon"]))
    return _year_value(int(m["year"]))


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUE = {w: i for i, w in enumerate(("zero",) + _UNITS)} | {w: 10 + i for i, w in enumerate(_TEENS)} \
    | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_UNDER_100 = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|oh[ -](?:{'|'.join(_UNITS)}))"


def _words_value(words: str) -> int:
    """The number that words under a hundred say: "ninety-one" is 91, "oh five" is 5."""
    return sum(_WORD_VALUE.get(w, 0) for w in re.split(r"[ -]", words.lower()))


def _r_spelled_year(m: re.Match, ctx: _Context) -> _Value | None:
    """A year in words, as radio scripts write them: "nineteen eighty-one", "two thousand two", "nineteen hundred"."""
    if m["thousand"]:
        return _year_value(2000 + (_words_value(m["low2"]) if m["low2"] else 0))
    low = m["low"] or m["low3"]
    return _year_value(100 * _WORD_VALUE[m["high"].lower()] + (_words_value(low) if low else 0))


def _r_short_year(m: re.Match, ctx: _Context) -> _Value | None:
    yy = int(m["yy"])
    if ctx.narrative and ctx.anchor:
        # a story's "'62" is in the century its own dates put it nearest ("from 1860 to 1865 ... sailed for England, '62")
        return _year_value(min((c + yy for c in range(ctx.anchor.year // 100 * 100 - 100, ctx.anchor.year + 101, 100)),
                               key=lambda y: abs(y - ctx.anchor.year)))
    return _year_value(yy + (2000 if ctx.reference and 2000 + yy <= ctx.reference.year else 1900))


def _r_decade(m: re.Match, ctx: _Context) -> _Value | None:
    raw = m["dec"]
    if raw[0].isdigit() and len(raw) == 3:
        raw = "'" + raw
    if raw.startswith("'") or raw.startswith("’"):
        d = int(raw[1:3])
        base = 1900 if d > 25 else 2000
        y = base + d
    else:
        y = int(raw.rstrip("s").rstrip("'’"))  # "1990s", "the 1960's"; "710s" heading a timeline's line
    if y % 100 == 0 and raw[0].isdigit():  # "the 1600s": a century
        return _Value("DATE", f"{y // 100:02d}", "century", date(y, 1, 1), date(y + 99, 12, 31))
    return _Value("DATE", f"{y // 10:03d}", "decade", date(y, 1, 1), date(y + 9, 12, 31))


_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21,
}


_CENTURY_ORD = (
    r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first"
)


def _century_number(raw: str) -> int | None:
    raw = raw.lower()
    n = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else _ORDINAL_WORDS.get(raw)
    return n if n and n <= 22 else None


def _century_value(n: int) -> _Value:
    """The nth century AD: the 10th is 901..1000."""
    return _Value("DATE", f"{n - 1:02d}", "century", date((n - 1) * 100 + 1 if n > 1 else 1, 1, 1), date(n * 100, 12, 31))


def _r_century(m: re.Match, ctx: _Context) -> _Value | None:
    n = _century_number(m["cent"])
    if n is None:
        return None
    if m["bc"]:
        return _Value("DATE", f"BC{n - 1:02d}", "century")
    v = _century_value(n)
    n2 = _century_number(m["cent2"]) if m["cent2"] else None
    # two centuries next to each other are one span ("the 12th or 13th century"); further apart, only a span the words
    # make one: "the 11th-14th centuries", "from the 10th to the late 15th century", "between the 10th and 13th
    # centuries" (not "rebuilt in the 10th and 13th centuries", twice)
    spans = m["conn"] in ("to", "-", "–") or (m["conn"] == "and" and _BETWEEN.search(m.string, max(0, m.start() - 9), m.start()))
    if n2 is not None and (n2 == n + 1 or (n2 > n and spans)):
        return replace(v, end_date=date(n2 * 100, 12, 31), end_value=f"{n2 - 1:02d}")
    return v


_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _r_season(m: re.Match, ctx: _Context) -> _Value | None:
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return _season_value(int(m["year"]), code)
    rel = (m["rel"] or "").lower()
    if not ctx.anchor:
        return _unresolved(f"XXXX-{code}", precision="season")
    y = ctx.anchor.year
    if rel == "last":
        y -= 1
    elif rel == "next":
        y += 1
    return _season_value(y, code)


def _r_quarter(m: re.Match, ctx: _Context) -> _Value | None:
    """'the third quarter of 2024', 'Q2', 'last quarter' (the one before the reference's), 'the fourth quarter of last year'."""
    word = (m["qord"] or "").lower()
    if m["year"]:
        return _quarter_value(int(m["year"]), int(m["qn"]) if m["qn"] else ORDINALS[word])
    if not ctx.anchor:
        q = m["qn"] or str(ORDINALS.get(word, "X"))
        return _unresolved(f"XXXX-Q{q}", precision="quarter")
    current = (ctx.anchor.month - 1) // 3 + 1
    if word in ("last", "final") and not m["the"]:
        return _shift_unit(ctx.anchor, "quarter", -1)
    if word in ("last", "previous") and m["the"]:
        return _shift_unit(ctx.anchor, "quarter", -1)
    q = int(m["qn"]) if m["qn"] else ORDINALS[word]
    year = ctx.anchor.year
    rel = (m["yrel"] or "").lower()
    if rel:
        year += {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel.split()[-1], 0)
    elif q > current and not ctx.future:
        year -= 1  # "the fourth quarter", said in March, is last year's
    return _quarter_value(year, q)


_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _r_day_word(m: re.Match, ctx: _Context) -> _Value | None:
    word = m["word"].lower()
    part = (m["part"] or "").lower()
    if word == "tonight":
        part = "night"
    if not ctx.anchor or (ctx.narrative and ctx.reference is None and word in ("today", "tonight")):
        # a history's "Today, the old quayside is a World Heritage Site" is the writer's day, which it does not give
        return _unresolved("XXXX-XX-XX" + (f"T{PARTS_OF_DAY[part]}" if part else ""), "TIME" if part else "DATE", "day")
    d = ctx.anchor + timedelta(days=_DAY_WORDS[word])
    if part:
        return _Value("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "day", d, d)
    return _day_value(d)


def _r_this_part(m: re.Match, ctx: _Context) -> _Value | None:
    """'this morning', 'last night'."""
    part = m["part"].lower()
    shift = -1 if m["rel"].lower() == "last" else 0
    if not ctx.anchor:
        return _unresolved(f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", "TIME", "day")
    d = ctx.anchor + timedelta(days=shift)
    return _Value("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "day", d, d)


def _r_next_part(m: re.Match, ctx: _Context) -> _Value | None:
    """'the next morning', 'the following evening': of the day after the one just told ("We left Nasca on June 17 ...
    The next morning we drove to Chivay"); in a story, after its day."""
    part = m["part"].lower()
    if ctx.told and ctx.told[1] in ("day", "hour", "minute"):
        base = ctx.told[0]
    elif ctx.narrative and ctx.anchor:
        base = ctx.anchor
    else:
        return None
    d = base + timedelta(days=1)
    return _Value("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "day", d, d)


def _r_present(m: re.Match, ctx: _Context) -> _Value | None:
    word = m[0].lower()
    if word in ("recently", "previously", "formerly", "in the past", "the past", "once"):
        return _Value("DATE", "PAST_REF", None)
    if word in ("in the future", "the future", "soon", "in the coming years"):
        return _Value("DATE", "FUTURE_REF", None)
    return _Value("DATE", "PRESENT_REF", None)


def _shift_unit(d: date, unit: str, n: int) -> _Value:
    if unit == "day":
        return _day_value(d + timedelta(days=n))
    if unit == "weekend":
        return _weekend_value(d + timedelta(weeks=n))
    if unit == "week":
        return _week_value(d + timedelta(weeks=n))
    if unit == "month":
        x = _add_months(d, n)
        return _month_value(x.year, x.month)
    if unit == "quarter":
        x = _add_months(d, 3 * n)
        return _quarter_value(x.year, (x.month - 1) // 3 + 1)
    if unit == "year":
        return _year_value(d.year + n)
    if unit == "decade":
        y = (d.year // 10 + n) * 10
        return _Value("DATE", f"{y // 10:03d}", "decade", date(y, 1, 1), date(y + 9, 12, 31))
    raise ValueError(unit)


_UNIT_X = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX"}
_UNIT_PRECISION = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter", "year": "year", "decade": "decade"}


def _r_relative_unit(m: re.Match, ctx: _Context) -> _Value | None:
    """'last week', 'next month', 'this year', 'earlier this year', 'the previous year'."""
    rel = m["rel"].lower().split()[-1]
    unit = m["unit"].lower()
    n = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    anchor = ctx.anchor
    # "the next day", "the following year": a day after the one just told ("on 23 April, returning the next day");
    # "next week" without "the" counts from the reference
    if ctx.told and rel in ("next", "following", "previous") and m[0].lower().startswith("the") \
            and _FINER_OR_SAME.get(ctx.told[1], 9) <= _FINER_OR_SAME.get(unit, 0):
        anchor = ctx.told[0]
    if not anchor:
        return _unresolved(_UNIT_X[unit], precision=_UNIT_PRECISION[unit])
    return _shift_unit(anchor, unit, n)


_FINER_OR_SAME = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}
_TOLD_WITHIN = 400  # characters: a date named further back is not what "the next day" counts from


_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _r_relative_unit_this(m: re.Match, ctx: _Context) -> _Value | None:
    """'the beginning of the year': the reference's year (the modifier is added by the caller)."""
    if not _LEADING_MOD.search(ctx.text[max(0, m.start() - 24): m.start()]):
        return None
    unit = m["unit"].lower()
    if not ctx.anchor:
        return _unresolved(_UNIT_X[unit], precision=_UNIT_PRECISION[unit])
    return _shift_unit(ctx.anchor, unit, 0)


def _r_weekday(m: re.Match, ctx: _Context) -> _Value | None:
    wd = _WEEKDAY_INDEX[m["wd"].lower()[:3]]
    rel = (m["rel"] or "").lower()
    part = (m["part"] or "").lower()
    if not ctx.anchor:
        return _unresolved("XXXX-WXX-" + str(wd + 1) + (f"T{PARTS_OF_DAY[part]}" if part else ""), "TIME" if part else "DATE", "day")
    a = ctx.anchor
    if m["mday"]:
        # "Wednesday (9)": the day of that number and weekday nearest the reference, either way
        near = [a + timedelta(days=k) for k in sorted(range(-20, 21), key=abs)]
        d = next((d for d in near if d.weekday() == wd and d.day == int(m["mday"])), None)
        if d is not None:
            return _Value("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "day", d, d) if part else _day_value(d)
    forward = rel in ("next", "this", "coming") or (rel == "" and (ctx.future or ctx.ahead))
    # the reference's own weekday, said of the future, is that day ("The two leaders are to meet Saturday", written on a
    # Saturday), unless the days the text told since went past it: "Thursday ... Friday" in a week's schedule is a week on
    if forward:
        delta = (wd - a.weekday()) % 7
        if delta == 0 and (rel == "next" or (rel == "" and ctx.future and bool(ctx.told) and ctx.told[0] > a)):
            delta = 7
    else:
        delta = -((a.weekday() - wd) % 7)
        if rel == "last" and delta == 0:
            delta = -7
    d = a + timedelta(days=delta)
    if part:
        return _Value("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "day", d, d)
    return _day_value(d)


# what "two days after" counts from when it is a date of its own: a time ("after that", "after Christmas", "after May
# 3") or nothing; before an occurrence ("three months after Idai made landfall", "after soldiers inaugurated") it is a
# length, whose day is the occurrence's, not the story's
_OF_A_TIME = (r"(?=\s*(?:$|[.,;:)!?—–-]|\d|(?:that|this|then|it|now)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
              r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|christmas\b|easter\b|new\s+year))")


def _r_ago(m: re.Match, ctx: _Context) -> _Value | None:
    """'two years ago', 'three days later' (narrative), 'a week earlier'."""
    direction = (m["dir"] or m["dir2"]).lower()
    n = _number(m["num"])
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    if n is None or unit in TIME_UNITS or unit not in _UNIT_PRECISION:
        return _unresolved("PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF")
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    anchor = ctx.anchor
    # "in Brisbane on 13 October and in Cairns four days later": "later" and "earlier" count from the day just told (as
    # "the next day" does); "ago" from the story's own
    if ctx.told and direction in ("later", "earlier") and _FINER_OR_SAME.get(ctx.told[1], 9) <= _FINER_OR_SAME.get(unit, 0):
        anchor = ctx.told[0]
    if not anchor:
        return _unresolved(_UNIT_X[unit], precision=_UNIT_PRECISION[unit])
    if n != int(n):
        return _unresolved(_UNIT_X[unit], precision=_UNIT_PRECISION[unit])
    if unit == "week":
        return _day_value(anchor + timedelta(weeks=sign * int(n)))  # "a week ago" is that day, as MEANTIME reads it
    return _shift_unit(anchor, unit, sign * int(n))


def _r_ago_day(m: re.Match, ctx: _Context) -> _Value | None:
    """'one year ago Thursday', 'exactly 60 years ago today': that day (the weekday nearest the story's), so many years,
    months or weeks back; an anniversary's own day, not the year before nor the day it is written."""
    n = _number(m["num"])
    unit = m["unit"].lower().rstrip("s")
    if not ctx.anchor or n is None or n != int(n) or (ctx.narrative and ctx.reference is None):
        return _unresolved("XXXX-XX-XX", "DATE", "day")
    word = m["day"].lower()
    if word in _DAY_WORDS:
        d = ctx.anchor + timedelta(days=_DAY_WORDS[word])
    else:
        wd = _WEEKDAY_INDEX[word[:3]]
        d = next(ctx.anchor + timedelta(days=k) for k in sorted(range(-3, 4), key=abs)
                 if (ctx.anchor + timedelta(days=k)).weekday() == wd)
    return _day_value(d - timedelta(weeks=int(n)) if unit == "week" else _add_months(d, -int(n) * (12 if unit == "year" else 1)))


def _r_duration(m: re.Match, ctx: _Context) -> _Value | None:
    return _Value("DURATION", _duration_value(m["num"], m["unit"]), None)


def _r_last_n(m: re.Match, ctx: _Context) -> _Value | None:
    """'the last four years', 'the past week', 'the next two months': durations."""
    if m["num"] is None and not m["unit"].lower().endswith("s") and re.match(r"the\s+(?:next|following|previous|coming)", m[0], _I):
        return None  # "the next day" is a date (relative_unit), not a duration
    num = m["num"] or "one"
    value = _duration_value(num, m["unit"])
    n = _number(num)
    unit = m["unit"].lower().rstrip("s")
    if ctx.anchor is None or n is None or n != int(n) or unit not in ("day", "week", "month", "year", "decade"):
        return _Value("DURATION", value, None)
    # The interval the duration covers is known: it ends (or starts) at the reference.
    months = {"month": 1, "year": 12, "decade": 120}.get(unit)
    span = (lambda k: _add_months(ctx.anchor, k * months)) if months else (lambda k: ctx.anchor + timedelta(days=k * (7 if unit == "week" else 1)))
    ahead = bool(re.match(r"the\s+(?:next|coming|following)", m[0], _I))
    first, last = (ctx.anchor, span(int(n))) if ahead else (span(-int(n)), ctx.anchor)
    return _Value("DURATION", value, None, first, last)


def _r_adj_duration(m: re.Match, ctx: _Context) -> _Value | None:
    """'a 10-year plan', 'the 30-day deadline'."""
    return _Value("DURATION", _duration_value(m["num"], m["unit"]), None)


_SET_VALUES = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M"}


def _r_vague_duration(m: re.Match, ctx: _Context) -> _Value | None:
    unit = (m["unit"] or m["unit2"]).lower()
    return _Value("DURATION", _duration_value("several", unit))


def _r_the_day(m: re.Match, ctx: _Context) -> _Value | None:
    """'ended the day', 'for the day', 'the same day', 'during the weekend': the reference's day or weekend; "the same
    day" after a day just told ("On Monday, 18 March, ... On the same day, ...") is that day."""
    if ctx.told and ctx.told[1] == "day" and "same" in m[0].lower():
        return _day_value(ctx.told[0])
    if not ctx.anchor:
        return _unresolved("XXXX-XX-XX", precision="day")
    if m["unit"] == "weekend":
        # a report early in the week looks back to the weekend just gone; otherwise it is this week's
        back = ctx.past and not ctx.future and ctx.anchor.weekday() < 4
        return _weekend_value(ctx.anchor - timedelta(weeks=1) if back else ctx.anchor)
    return _day_value(ctx.anchor)


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "new year's day": (1, 1), "new year's eve": (12, 31)}


def _r_holiday(m: re.Match, ctx: _Context) -> _Value | None:
    month, day = _HOLIDAYS[m[0].lower()]
    if not ctx.anchor:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}", precision="day")
    d = _safe_date(ctx.anchor.year, month, day)
    return _day_value(d) if d else None


def _r_anaphoric(m: re.Match, ctx: _Context) -> _Value | None:
    """'that year', 'the same day', 'this period': the story's current date. In news, "that day", "the same day" and
    "that evening" are the day just told ("On Thursday, 18 June, ... Later that day, ...")."""
    unit = m["unit"].lower()
    if not ctx.narrative:
        if not (ctx.told and ctx.told[1] == "day") or unit not in _PARTS_OF_A_DAY or m[0].lower().startswith("this"):
            return None
        if m[0].lower().startswith("the ") and "same" not in m[0].lower():
            return None
        d = ctx.told[0]
        return _day_value(d) if unit == "day" else _Value("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[unit]}", "day", d, d)
    if unit == "century":
        # "In the 10th century Tatev had 1000 people. In the same century a school was founded": the century last told
        told = ctx.told[0] if ctx.told else ctx.anchor
        return _century_value((told.year - 1) // 100 + 1) if told and "same" in m[0].lower() else None
    if not ctx.anchor:
        return None
    if m[0].lower().startswith("the ") and "same" not in m[0].lower() and unit not in ("night",):
        return None  # "the year", "the time" alone are too often not times
    if unit in ("time", "period") and "same" not in m[0].lower():
        return None  # "during this time", "at that time": an age of the story, whose length the text does not give
    a = ctx.anchor
    if unit == "year":
        return _year_value(a.year)
    if unit == "month":
        return _month_value(a.year, a.month)
    if unit == "week":
        return _week_value(a)
    if unit == "night":
        return _Value("TIME", f"{a.isoformat()}TNI", "day", a, a)
    return _day_value(a)


_PARTS_OF_A_DAY = frozenset({"day", "night", "morning", "afternoon", "evening"})


def _r_set(m: re.Match, ctx: _Context) -> _Value | None:
    word = m[0].lower()
    if word in _SET_VALUES:
        return _Value("SET", _SET_VALUES[word])
    unit = (m["unit"] or "").lower()
    if unit in WEEKDAYS:
        return _Value("SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}")
    code = UNIT_CODES.get(unit, "D")
    return _Value("SET", f"PT1{code}" if unit in TIME_UNITS else f"P1{code}")


def _r_clock(m: re.Match, ctx: _Context) -> _Value | None:
    h = int(m["h"])
    mi = int(m["min"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm and h > 12:
        return None  # "15 pm" is no hour
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    if not ctx.anchor:
        return _unresolved(f"XXXX-XX-XXT{h:02d}:{mi:02d}", "TIME", "minute")
    d = _day_told(ctx)
    return _Value("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", "minute" if mi else "hour", d, d)


def _r_nth_day(m: re.Match, ctx: _Context) -> _Value | None:
    """"on the 6th" after "on April 4": that month's 6th, or the next month's when it would come well before the day
    told ("on March 30 ... on the 2nd"; "on the 20th ... on the 19th" is the day before); with no day or month told, in
    news, the reference's month up to its day ("newspapers reported on the 20th", on the 20th)."""
    if ctx.told and ctx.told[1] in ("day", "month", "hour", "minute"):  # (a clock's day too: "on the 8th at 9 a.m. and ... on the 9th")
        told, precision = ctx.told[0], "day" if ctx.told[1] != "month" else "month"
    elif ctx.anchor is not None and not ctx.narrative:
        if int(m["day"]) > ctx.anchor.day:
            return None  # "left on the 25th" in a story of the 20th: this month's, or last month's, the text does not say
        told, precision = ctx.anchor, "month"
    else:
        return None
    n = int(m["day"])
    d = _safe_date(told.year, told.month, n)
    if d is not None and precision == "day" and (told - d).days > _DAYS_BACK:
        nxt = (told.replace(day=1) + timedelta(days=31)).replace(day=1)
        d = _safe_date(nxt.year, nxt.month, n)
    return _day_value(d) if d else None


_DAYS_BACK = 14  # a day of the month this far before the day told is of that month, told back; further, the next month's


def _r_weekday_nth(m: re.Match, ctx: _Context) -> _Value | None:
    """"Wednesday 12th", "Friday the 14th": the 12th that is a Wednesday, in the month the text told last or one of the
    two after it (in news with no day told, from the reference's month); None when none of them fits."""
    if ctx.told and ctx.told[1] in ("day", "month", "hour", "minute"):
        base = ctx.told[0]
    elif ctx.anchor is not None and not ctx.narrative:
        base = ctx.anchor
    else:
        return None
    weekday, n = _WEEKDAY_NUMBER[m["wd"][:3].lower()], int(m["day"])
    month = base.replace(day=1)
    for _ in range(3):
        d = _safe_date(month.year, month.month, n)
        if d is not None and d.weekday() == weekday and (base - d).days <= _DAYS_BACK:
            return _day_value(d)
        month = (month + timedelta(days=31)).replace(day=1)
    return None


def _day_told(ctx: _Context) -> date:
    """The day a clock time without its own date is on: in news, the day just told ("the assault on Monday afternoon
    ... which occurred on Gilbert Street around 2:25pm"); else the anchor."""
    if ctx.told and ctx.told[1] in ("day", "hour", "minute") and not ctx.narrative:
        return ctx.told[0]
    return ctx.anchor


def _r_clock24(m: re.Match, ctx: _Context) -> _Value | None:
    h, mi = int(m["h"] or m["h2"] or m["h3"] or m["h4"]), int(m["min"] or m["min2"] or m["min3"] or m["min4"])
    zone = "Z" if (m["zone"] or "").upper() in ("UTC", "GMT") else ""
    if not ctx.anchor:
        return _unresolved(f"XXXX-XX-XXT{h:02d}:{mi:02d}{zone}", "TIME", "minute")
    d = _day_told(ctx)
    return _Value("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}{zone}", "minute", d, d)


def _r_noon(m: re.Match, ctx: _Context) -> _Value | None:
    hh = "24:00" if m[0].lower() == "midnight" else "12:00"
    if not ctx.anchor:
        return _unresolved(f"XXXX-XX-XXT{hh}", "TIME", "hour")
    d = _day_told(ctx)
    return _Value("TIME", f"{d.isoformat()}T{hh}", "hour", d, d)


# ---------------------------------------------------------------- rules

Resolver = Callable[[re.Match, _Context], "_Value | None"]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    absolute: bool  # carries its own year: narrative mode re-anchors on it
    trigger: re.Pattern | None = None  # a cheap word the pattern cannot match without; it runs only near one
    before: int = 0  # how far before a trigger a match may start
    needs: re.Pattern | None = None  # a piece every match holds: a window without one is not searched


def _rule(name: str, pattern: str, resolve: Resolver, absolute: bool = False, flags: int = 0) -> _Rule:
    return _Rule(name, re.compile(pattern, flags), resolve, absolute)


def _triggered(rule: _Rule, trigger: str, before: int) -> _Rule:
    # Triggers run on the lower-cased text, case-sensitively: re's first-character scan then applies.
    return replace(rule, trigger=re.compile(trigger), before=before)


_I = re.IGNORECASE
# ("Fri Jan 11: England Team arrive"; a schedule's heading in capitals: "MONDAY, NOVEMBER 5, 2012")
# (a diary's heading may set the day's name off with a dash: "Sunday - 26 Aug")
_WD_PREFIX = rf"(?:(?:{_WEEKDAY}|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)(?:,?[ \t]+|[ \t]+[-–—][ \t]+))?"
_WD_AFTER = r"(?:[ \t]*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?"  # "April 28 (Sat)": the day's name, in brackets
_RULES: tuple[_Rule, ...] = (
    _rule("iso", rf"{_B}(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:T\d\d:\d\d(?::\d\d)?)?{_E}", _r_iso, True),
    # the year first with dots or slashes, as East Asian pages write a day ("2022.08.03 – Germany, Hamburg")
    _rule("ymd", rf"{_B}(?P<y>{_YEAR})(?P<sep>[./])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![\w%]|[.,/-]\d)", _r_iso, True),
    # (a span first: its first day has no year of its own, "23/2-27/2/2009", "27.11.-29.11.2017")
    _rule("numeric_range", rf"{_B}(?P<a1>[0-3]?\d)(?P<sep>[./])(?P<b1>[0-3]?\d)\.?[ \t]*[-–][ \t]*(?P<a2>[0-3]?\d)(?P=sep)"
                           rf"(?P<b2>[0-3]?\d)(?P=sep)(?P<y>{_YEAR}|\d\d)(?![\w%]|[.,/-]\d)", _r_numeric_range, True),
    _rule("numeric", rf"{_B}(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR}|\d\d)(?![\w%]|[.,/-]\d)", _r_numeric, True),
    # "01/02 Fri." in a chronology: a day's name after it makes a date of two numbers
    _rule("slash_day", rf"{_B}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)[ \t]+(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?!\w)", _r_slash_day),
    # ... or before it: "Saturday 18/12: Drive from Brussels to Paris", "Sun 19/12"
    _rule("day_slash", r"\b(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\w/%]|[.,-]\d)",
          _r_slash_day),
    # a diary's entry heading its line with a day and month, then its title: "10/13: Taos Ski Area – Williams Lake Hike"
    _rule("slash_heading", r"(?m)^[ \t]*(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?=[ \t]*[:–—-][ \t]*[A-Z])", _r_slash_heading),
    _rule(
        "month_day_range_cross",
        rf"{_B}{_WD_PREFIX}(?P<mon>{_MONTH})\s+(?P<day>{_DAY}){_WD_AFTER}{_DASH}{_WD_PREFIX}(?P<mon2>{_MONTH})\s+(?P<day2>{_DAY}){_WD_AFTER}(?:,?{_LINE_GAP}(?P<year>{_YEAR}))?{_E}",
        _r_month_day, True,
    ),
    _rule(
        # "31 March-2 April": a span whose hyphen is glued to both days, which neither day may stand beside alone (spaced
        # or with an en dash, "31 March – 2 April", each day is read and the two are joined later)
        "day_month_range_cross",
        rf"{_B}(?P<day>{_DAY})\s+(?P<mon>{_MONTH})-(?P<day2>{_DAY})\s+(?P<mon2>{_MONTH})(?:,?{_LINE_GAP}(?P<year>{_YEAR}))?{_E}",
        _r_month_day, True,
    ),
    _rule(
        "month_day",
        rf"{_B}{_WD_PREFIX}(?P<mon>{_MONTH})\s+(?P<day>{_DAY}){_WD_AFTER}(?:(?:\s*,\s*{_DAY})*\s*(?:-|–|—|,?\s*and|&|to|through)\s*(?P<day2>{_DAY}){_WD_AFTER})?(?:(?:,?{_LINE_GAP}|,)(?P<year>{_YEAR}))?(?![\w%]|[.,:]\d|-\d)",
        _r_month_day, True,
    ),
    _rule(
        "day_month",
        # (not a diary's or a race's numbered day before its date: "Day 11 – 15th February 2024", "Stage 3 - 5 July")
        # (each day perhaps with its name: "Friday 12 to Sunday 14 September")
        rf"{_B}(?<!Day )(?<!DAY )(?<!day )(?<!Stage )(?<!stage ){_WD_PREFIX}(?:the\s+)?(?P<day>{_DAY})(?:\s*(?:-|–|—|and|&|to|through)\s*{_WD_PREFIX}(?:the\s+)?(?P<day2>{_DAY}))?(?:\s+(?:of\s+)?|(?<=\d)(?=[A-Z][a-z]))(?P<mon>{_MONTH})(?:,?{_LINE_GAP}(?P<year>{_YEAR}))?{_E}",
        _r_month_day, True,
    ),
    _rule(
        # "05-April-2014", "12-Jan-2020": a day, its month and its year joined by hyphens, as forms and tables write them
        "day_month_year_dashed",
        rf"{_B}(?P<day>[12]\d|3[01]|0?[1-9])-(?P<mon>{_MONTH})-(?P<year>{_YEAR}){_E}",
        _r_month_day, True,
    ),
    _rule(
        "day_of_month",
        r"\b(?:the\s+)?(?P<day>[1-3]?\d)(?:st|nd|rd|th)(?:\s*(?:-|–|to|and|through|until)\s*(?:the\s+)?(?P<day2>[1-3]?\d)(?:st|nd|rd|th))?"
        r"\s+of\s+(?:the\s+)?(?P<rel>this|next|last|previous|current|same)\s+month\b",
        _r_day_of_month, False, _I,
    ),
    _rule(
        "month_year",
        rf"{_B}(?P<mon>{_MONTH})(?:{_DASH}(?P<mon2>{_MONTH}))?,?{_LINE_GAP}(?:of\s+)?(?P<year>{_YEAR}){_E}",
        _r_month_year, True,
    ),
    _rule(
        "month_rel_year",
        # "in May last year", "March of next year", "on 28 January this year": a month (or a day) of a year named by its
        # place
        rf"{_B}(?:(?P<day>{_DAY})\s+(?:of\s+)?)?(?P<mon>{_MONTH})(?:\s+(?P<day2>{_DAY}),?)?\s+(?:of\s+)?"
        rf"(?P<rel>last|next|this|(?-i:the\s+)?(?:previous|following))\s+year\b",
        _r_month_rel_year,
    ),
    _rule(
        "year_then_month",
        rf"{_B}(?P<year>{_YEAR})\s*\((?P<mon>{_MONTH})(?:\s+(?P<day>{_DAY})(?:\s*(?:-|–|and|to)\s*(?P<day2>{_DAY}))?)?\)",
        _r_year_then_month, True,
    ),
    # a chronology's heading that writes its year first and ends its line: "1960, Aug. 5", "1966, Jan" (not "In 1974,
    # May saw rains", where the month opens a clause)
    _rule("year_comma_month", rf"{_B}(?P<year>{_YEAR}),[ \t]*(?P<mon>{_MONTH})(?:[ \t]+(?P<day>{_DAY}))?(?=[ \t]*(?:\n|$))",
          _r_year_then_month, True),
    # a table's year column run into its date ("1767June 21 Captain Wallis ...", "1791March HMS Pandora ...")
    _rule("year_glued", rf"{_B}(?P<year>{_YEAR})(?P<mon>{_MONTH})(?:\s+(?P<day>{_DAY}))?{_E}", _r_year_then_month, True),
    _rule(
        "month_alone",
        # A bare month only after a word that makes it a date: "in May", "early December", "since March".
        rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|end of|beginning of|start of|[Bb]efore|[Aa]fter|[Bb]etween)[\s-](?P<core>(?P<mon>{_MONTH_BARE}))(?:\s+(?:and|to|-|–|through)\s+(?P<mon2>{_MONTH_BARE}))?{_E}",
        _r_month_alone,
    ),
    # a month that opens a line of a timeline before a colon ("  - September: British occupation ends."), also after
    # the line's year ("- 1506 – April: Pogrom of Jews.")
    _rule("month_line", rf"(?m)^[ \t]*(?:[-*•·–][ \t]*)?(?:[1-9]\d{{2,3}}[ \t]*[-–—][ \t]*)?(?P<core>(?P<mon>{_MONTH_BARE}))(?=[ \t]*:)",
          _r_month_alone),
    # ... or before a comma or a dash under a line that holds only a year ("1589\nMarch, The Portuguese ship ...")
    _rule("month_under_year", rf"(?m)^[ \t]*(?P<core>(?P<mon>{_MONTH_BARE}))(?=[ \t]*(?:,|[-–—][ \t]))", _r_month_under_year),
    # ... or with no colon in an almanac whose neighbouring line opens with a year ("1636 Jan Roger Williams flees Salem"
    # over "June Roger Williams crosses the Seekonk")
    _rule("almanac_month", rf"(?m)^[ \t]*(?:[-*•·–][ \t]*)?(?P<core>(?P<mon>{_MONTH_BARE}))(?=[ \t]+[A-Z])", _r_month_alone),
    # a timeline's day glued to its entry's first word, as a page that lost its layout gives it ("March 19Lafayette arrives
    # in Savannah")
    _rule("glued_line_day", rf"(?m)^[ \t]*(?P<mon>{_MONTH_BARE})[ \t]+(?P<day>[12]\d|3[01]|0?[1-9])(?P<year>)(?=[A-Z][a-z])",
          _r_month_day, True),
    # ... or between the line's year and its entry, dashes around it ("2007 – February – Erratic water supplies ...") or
    # after it ("1966 July—Mwambutsa deposed"), after a colon or before a comma ("1952:  August - Tony Freeborn pilots ...",
    # "1589 March, The Portuguese ship ...")
    _rule("year_month_line", rf"(?m)^[ \t]*(?:[-*•·][ \t]*)?(?P<year>{_YEAR})(?:[ \t]*[-–—:][ \t]*|[ \t]+)(?P<mon>{_MONTH_BARE})"
          r"(?=[ \t]*(?:[–—,]|-[ \t]))",
          _r_month_year, True),
    _rule("decade", rf"(?:{_B}|(?<=\s))(?:the\s+)?(?P<dec>(?:1[0-9]|20)\d0s|(?<=the )(?:1[0-9]|20)\d0['’]s|['’]\d0s|(?<=the )[2-9]0s|(?<=and )[2-9]0s){_E}", _r_decade, True),
    # (after "since", "in", "of", or closing a clause: "sailed for England, '62.")
    _rule("short_year", r"(?:(?<=\bsince )|(?<=\bin )|(?<=\bof )|(?<=, )(?=['’]\d\d[.;]))['’](?P<yy>\d\d)\b(?!s)",
          _r_short_year, True),
    _rule(
        "century",
        # "the 12th or 13th century", "the 13th and 14th centuries" span both
        # ("4th C. CE", "6th c."); "the 5th century BC" is no year our calendar holds
        rf"\b(?:the\s+)?(?P<cent>{_CENTURY_ORD})(?:\s*(?P<conn>or|and|to|-|–|/)\s*(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<cent2>{_CENTURY_ORD}))?"
        r"(?:[ -]centur(?:y|ies)\b|\s+(?:c|cent)\.(?=\s*[–—:,;)-]|\s*$|\s+(?:CE|AD|A\.D\.|BC|BCE|B\.C\.)(?!\w)|\s+(?-i:[a-z])))(?:(?P<bc>\s*(?:BC|B\.C\.|BCE|B\.C\.E\.))|\s+(?:CE|AD|A\.D\.|C\.E\.))?(?!\w)",
        _r_century, True, _I,
    ),
    _rule(
        "year_range",
        # not "1890 – 31 May"; "1728/9" and "1680-1" are two years in a row, "1845-9" five
        rf"{_B}(?P<year>{_YEAR})[ \t]*(?:-|–|—|/)[ \t]*(?P<year2>{_YEAR}|\d\d?(?!\s+{_MONTH})){_E}",
        _r_year, True,
    ),
    # not a count: "more than 1500 armed crusaders", "fewer than 2000 votes"
    _rule("year", rf"(?:(?<=\bmid-)|{_B})(?<!\bthan\s)(?P<year>{_YEAR}){_E}", _r_year, True),
    # a year before 1000 in a history, after a preposition of time and before a clause's end or a word of time:
    # "in 821 when power shifted", "took power in 977.", "settled around 650 during ...", "founded in 657 by St. Hilda",
    # "In July 751, ...", or opening a sentence before a name ("In 948 Archbishop Adaldag consecrated ...")
    _rule(
        "early_year",
        r"(?:(?<=\b[Ii]n )|(?<=\bsince )|(?<=\buntil )|(?<=\bbefore )|(?<=\bafter )|(?<=\baround )|(?<=\babout )|(?<=\bcirca )|"
        rf"{_B}(?P<mon>{_MONTH})\s+)(?P<year>[1-9]\d{{2}})"
        r"(?=[.,;:]|\s+(?:when|and|during|AD|CE|A\.D\.|until|as|after|before)\b|(?<!\bcirca [1-9]\d\d)\s+(?:by|under)\b"
        r"|(?<=\bIn [1-9]\d\d)\s+[A-Z])",
        _r_early_year, True,
    ),
    # ... or alone on its line over its entry in a chronology ("726" over "Antwerp is mentioned for the first time ...")
    _rule("early_year_line", r"(?<![^\n])[ \t]*(?P<year>[1-9]\d{2})(?=[ \t]*\n\s*[A-Z])", _r_early_year, True),
    # a year in words after a preposition of time, at a clause's end or before a word that goes on with the date
    _rule(
        "spelled_year",
        r"(?:(?<=\bin )|(?<=\bto )|(?<=\bsince )|(?<=\buntil )|(?<=\bfrom ))(?:(?P<high>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
        rf"(?:[ -](?P<low>{_UNDER_100})|[ -]hundred(?:(?: and)? (?P<low3>{_UNDER_100}|{'|'.join(_UNITS)}))?)"
        rf"|(?P<thousand>two thousand)(?:(?: and)? (?P<low2>{_UNDER_100}|{'|'.join(_UNITS)}))?)"
        r"(?=[.,;:!?)]|\s+(?:to|until|and|when|after|before|during|as)\b|\s*$)",
        _r_spelled_year, True, _I,
    ),
    # "circa", "c." and "ca." are said of dates only: "c. 517 – officials take up residence", "founded c.1299 by him"
    _rule(
        "circa_year",
        r"(?:(?<=\bcirca )|(?<=\bc\. )|(?<=\bca\. )|(?<=\bc\.)|(?<=\bca\.))(?:(?P<year>[1-9]\d{3})|(?P<early>[1-9]\d{2})(?=\s*[.,;:)–—-]|\s*$|\s+(?:by|when|and|during|AD|CE|A\.D\.|until|as|after|before|in|at)\b))"
        r"(?![\d%])(?!\s*(?:BC|B\.C\.|BCE)\b)",
        lambda m, c: _year_value(int(m["year"] or m["early"])), True,
    ),
    # a year that opens a line of a timeline page ("712 - Arabs conquer the city", "1220 – Sacked by the Mongols",
    # "About 627 | Songtsan Gampo succeeds his father", "821-22 | Treaty between ...")
    # ("841/842 - ..." is either year; "260 CE - ...")
    _rule(
        "line_year",
        r"(?m)^[ \t]*(?:[*•·-][ \t]*)?(?:(?:About|Around|Circa|c\.|ca\.)[ \t]+)?"
        r"(?P<core>(?P<year>[1-9]\d{2,3}|[1-9]\d?(?=[ \t]+(?:CE|AD|A\.D\.)))(?:(?:/|[-–](?=\d{2,3}[ \t]*[|:]))(?P<year2>[1-9]?\d{2,3}))?"
        r"(?:[ \t]+(?:CE|AD|A\.D\.)(?=[ \t]*$)|(?:[ \t]+(?:CE|AD|A\.D\.))?(?=[ \t]*(?:[-–—:]|\|)(?:[ \t]|[ \t]*$))))",
        _r_year, True,
    ),
    # a year of three figures, or a span of them, that opens a line of an almanac, whose line before or after opens with a
    # year too: "630 St Amand founds abbeys on the River Leie", "879-83 The Normans erect their tents near Ghent"
    _rule(
        "almanac_year",
        r"(?m)^[ \t]*(?:[*•·-][ \t]*)?(?P<core>(?P<year>[1-9]\d{2})(?:[-–](?P<year2>\d{2,3}))?)(?=[ \t]+[A-Z\"“])",
        _r_year, True,
    ),
    # a decade that opens a line of a timeline page: "710s – Olisipo taken by Moors"
    _rule("line_decade", r"(?m)^[ \t]*(?:[*•·-][ \t]*)?(?P<core>(?P<dec>[1-9]\d{1,2}0s))(?=[ \t]*[-–—:](?:[ \t]|[ \t]*$))", _r_decade, True),
    _rule(
        "season",
        rf"\b(?<!each )(?<!every )(?:(?P<rel>this|last|next|that|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b",
        _r_season, False, _I,
    ),
    _rule(
        "quarter",
        rf"\b(?:(?P<the>the\s+)?(?P<qord>first|second|third|fourth|last|final|previous)[\s-]+(?:fiscal\s+|financial\s+)?quarter|Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?P<year>{_YEAR})|\s+of\s+(?P<yrel>last|this|next|the\s+previous|the\s+following)\s+year)?\b",
        _r_quarter, True,
    ),
    _rule("day_word", r"\b(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _r_day_word, False, _I),
    _rule("this_part", r"\b(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", _r_this_part, False, _I),
    _rule("next_part", r"\b(?:the\s+)(?P<rel>next|following)\s+(?P<part>morning|afternoon|evening|night)\b", _r_next_part, False, _I),
    _rule(
        "present",
        r"\b(?:at present|at the moment|currently|nowadays|now|recently|in the past|in the future|at this time)\b",
        _r_present, False, _I,
    ),
    _rule("the_year", r"(?<=\bof )the\s+(?P<unit>year|month|week)\b(?!\s+(?:of|before|after|ahead|previous|earlier))", lambda m, c: _r_relative_unit_this(m, c), False),
    _rule(
        "relative_unit",
        r"\b(?:(?:earlier|later)\s+)?(?:the\s+)?(?P<rel>this|last|next|coming|previous|following)\s+(?P<unit>day|week|weekend|month|quarter|year|decade)\b"
        r"(?!\s+of\s+(?:the|his|her|their|its|this|that)\b)",  # (not "the last day of the Pope’s visit", "the last year of
        # the war"; "a profit for the last year of US$2.7 billion" is)
        _r_relative_unit, False, _I,
    ),
    _rule(
        "weekday",
        rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(?P<wd>{_WEEKDAY})(?:\s*\((?P<mday>[0-3]?\d)(?:st|nd|rd|th)?\))?"
        # (not the weekday of a month's day, which that rule reads; "On Wednesday, May intends to meet" is Mrs May's)
        rf"(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w,]*{_LINE_GAP}{_MONTH}\b\.?,?\s*\d)"
        # (but a clock after it is the day's hour: "Thursday 11am", "Friday\n\n7.55am The President departs")
        r"(?!\s+(?!\d{1,2}(?:[.:]\d\d)?[ \t]*(?:[ap]\.?m\b|[ap]\.m\.)|\d{1,2}:\d\d\b)\d)",
        _r_weekday, False,
    ),
    _rule("ago_day", rf"\b(?P<num>{_NUM})\s+(?P<unit>years?|months?|weeks?)\s+ago\s+(?P<day>today|yesterday|tomorrow|{_WEEKDAY})\b",
          _r_ago_day, False, _I),
    _rule("ago", rf"\b(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+(?:(?P<dir>ago|earlier|later)\b|(?P<dir2>before|after)\b{_OF_A_TIME})", _r_ago, False, _I),
    _rule(
        "last_n",
        rf"\bthe\s+(?:last|past|next|coming|previous|following|first|final)\s+(?:(?P<num>{_NUM})\s+)?(?:(?:straight|consecutive|full|trading|working|business)\s+)?(?P<unit>{_UNIT})\b",
        _r_last_n, False, _I,
    ),
    _rule("adj_duration", rf"\b(?P<num>\d+|{_NUMWORD})-(?P<unit>second|minute|hour|day|week|month|year|decade)(?!-old)\b", _r_adj_duration, False, _I),
    _rule("duration", rf"\b(?P<num>{_NUM})\s+(?:(?:straight|consecutive|successive|full|more|additional|further|long|short|trading|working|business|calendar)\s+)?(?P<unit>{_UNIT})(?!-old|\s+old\b)\b", _r_duration, False, _I),
    _rule("vague_duration", r"\b(?:(?<=\bin )|(?<=\bfor )|(?<=\bwithin )|(?<=\bover )|(?<=\bjust ))(?:the\s+)?(?:recent\s+|coming\s+|past\s+)?(?P<unit>minutes|hours|days|weeks|months|years|decades)\b(?!\s+(?:1[0-9]\d\d|20\d\d)\b)|\b(?:recent|coming)\s+(?P<unit2>years|months|weeks|decades)\b", _r_vague_duration, False, _I),
    _rule("the_day", r"(?:(?<=\bend )|(?<=\bended )|(?<=\bending )|(?<=\bfinish )|(?<=\bfinished )|(?<=\b[Ff]or )|(?<=\b[Dd]uring )|(?<=\b[Oo]n )|(?<=\b[Ii]n )|(?<=\bof )|(?<=\b[Aa]t )|(?<=\b[Oo]ver ))the\s+(?:same\s+)?(?P<unit>day|weekend)\b", _r_the_day, False),
    _rule("bc_year", r"\b(?P<y>\d{1,4})\s*(?:BC|B\.C\.|BCE|B\.C\.E\.)(?!\w)", lambda m, c: _Value("DATE", f"BC{int(m['y']):04d}", "year"), True),
    _rule("christmas", r"\b(?:Christmas(?:\s+Day)?|New Year's Day|New Year's Eve)\b", _r_holiday, False),
    _rule("per_unit", r"\bper\s+(?P<unit>day|week|month|year)\b", _r_set, False, _I),
    _rule("anaphoric", r"\b(?:(?:that|this|the)\s+(?:same\s+)?|the\s+very\s+)(?P<unit>time|period|day|night|month|year|century|week|season|morning|afternoon|evening)\b(?!\s+(?:of|before|after|when)\b)", _r_anaphoric, False, _I),
    _rule("set", r"\b(?:daily|weekly|monthly|annually|yearly|hourly|quarterly|(?:every|each)\s+(?P<unit>day|week|month|year|hour|minute|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", _r_set, False, _I),
    # ("8.15am", a British hour; never the minutes alone: "15am")
    _rule("clock", r"(?<![\d.:])\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s+(?P<zone>UTC|GMT|[ECMP][SD]T|CET|CEST|BST)\b)?", _r_clock, False, _I),
    _rule("clock24", r"\b(?P<h>[01]\d|2[0-3]):?(?P<min>[0-5]\d)\s*(?P<zone>UTC|GMT|[ECMP][SD]T|CET|CEST|BST|hrs|hours\b)|(?:(?<=\bat )|(?<=\bby )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|(?<=\bfrom )|(?<=\baround )|(?<=\babout ))"
          r"(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))"
          # a programme line's hour ("09.40: Inspection of the Norse ruins", "14.00-14.20: The couple arrives")
          r"|(?<![^\n])(?P<h3>[01]\d|2[0-3])[.:](?P<min3>[0-5]\d)(?=(?:\s*[-–]\s*(?:[01]\d|2[0-3])[.:][0-5]\d)?:\s)"
          # ("1830 Dame Cindy will join ...", a day's programme's line: see `_programme_clock`)
          # ("1930 - Stopped at ...", "1930(ADT) - Arrived ...": a diary's, with a dash and its time zone)
          r"|(?<![^\n])(?P<h4>[01]\d|2[0-3])(?P<min4>[0-5]\d)(?=" + _CLOCK_LINE_GAP + r"[A-Z0-9‘'\"“])", _r_clock24, False),
    _rule("noon", r"\b(?:noon|midday|midnight)\b", _r_noon, False, _I),
    # "On the second day of the tour": a day of the trip whose days the text told last (read in `find_dates`)
    _rule("day_of_trip", r"\b(?:(?:on|during)\s+)?(?P<core>the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh|opening|final|"
                         r"last|closing)\s+day\s+of\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:tour|visit|trip|journey|mission))\b",
          lambda m, ctx: _unresolved("XXXX-XX-XX", precision="day"), False, _I),
    # "Day 2" heading a diary's line, perhaps with a title that names no day ("Day 3: Into the mountains"): that day of
    # the trip whose days the text told last, or after the numbered day before (read in `find_dates`)
    _rule("numbered_day", r"(?m)^[ \t]*(?P<core>Day[ \t]+(?P<n>[1-9]\d?))"
                          r"(?=[ \t]*(?:[:.–—-][ \t]*)?(?:\n|$)|[ \t]*[:.–—-][ \t]+[A-Z][^\n\d]*(?:\n|$))",
          lambda m, ctx: _unresolved("XXXX-XX-XX", precision="day"), False),
    # "Day 1 - Wednesday 12th", "on Friday the 14th": the day of the month told with its weekday (not "Wednesday 12th July")
    # ("Tues 4th - We had assurances": the day's name cut short, as diaries write it)
    _rule("weekday_nth", r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?,?\s+(?:the\s+)?"
                         r"(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b"
                         r"(?!\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
          _r_weekday_nth, False),
    # "arrives in Abidjan on April 4 and leaves for Accra on the 6th": a day of the month just told, where nothing after
    # the ordinal makes it name a thing ("on the 6th floor", "on the 6th of May" is another rule's)
    _rule("nth_day", r"(?:(?<=\b[Oo]n )|(?<=morning of )|(?<=afternoon of )|(?<=evening of )|(?<=night of ))"
                     r"the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b"
                     r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|and|to|at|in|when|where|with|as|before|after|until|while|but|he|she|they|it"
                     r"|morning|afternoon|evening|night)\b)",  # ("on the 8th morning at 9 a.m.")
          _r_nth_day, False),
)


# A unit always starts a word in these patterns: "Monday" and "midday" do not call for a duration.
_UNIT_TRIGGER = r"\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)"
_MONTH_TRIGGER = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_TRIGGERS = {
    "iso": (r"\d-\d", 8),
    "numeric": (r"\d[./-]\d", 4),
    "numeric_range": (r"\d[./]\d", 4),
    "slash_day": (r"\d/\d", 4),
    "slash_heading": (r"\d/\d", 4),
    "month_day_range_cross": (_MONTH_TRIGGER, 16),
    "month_day": (_MONTH_TRIGGER, 16),
    "day_month": (_MONTH_TRIGGER, 30),
    "day_month_year_dashed": (_MONTH_TRIGGER, 4),
    "day_of_month": (r"\bmonth\b", 40),
    "month_year": (_MONTH_TRIGGER, 2),
    "month_rel_year": (_MONTH_TRIGGER, 12),
    "month_alone": (_MONTH_TRIGGER, 20),
    "year_then_month": (r"\d\d\d\s*\(", 4),
    "year_glued": (r"\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", 4),
    "year_month_line": (_MONTH_TRIGGER, 12),
    "almanac_month": (_MONTH_TRIGGER, 4),
    "month_under_year": (_MONTH_TRIGGER, 4),
    "year_range": (r"[12]\d\d\d", 2),
    "year": (r"[12]\d\d\d", 2),
    "early_year": (r"[1-9]\d\d(?=[.,;:\s])", 24),  # a year of three digits, after a month's name at most
    "quarter": (r"quarter|q[1-4]", 30),
    "weekday": (r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\.|tues?\.|wed\.|thu(?:rs)?\.|fri\.)", 12),
    "ago": (_UNIT_TRIGGER, 60),
    "ago_day": (_UNIT_TRIGGER, 60),
    "duration": (_UNIT_TRIGGER, 60),
    "adj_duration": (_UNIT_TRIGGER, 30),
    "last_n": (_UNIT_TRIGGER, 60),
    "century": (r"centur|(?:st|nd|rd|th)\s+c(?:ent)?\.", 40),
    "circa_year": (r"\bc(?:irca|a)?\.?\s?[1-9]\d\d", 8),
    "spelled_year": (r"eleven|twelve|teen|thousand", 8),
    "decade": (r"0['’]?s\b", 12),
    "short_year": (r"['’]\d\d", 8),
    "season": (r"spring|summer|autumn|fall|winter", 12),
    "the_year": (r"the year|the month|the week", 4),
    "relative_unit": (r"\b(?:day|week|month|quarter|year|decade)", 40),
    "present": (r"present|moment|current|nowadays|now|recent|past|future|this time", 12),
    "vague_duration": (r"\b(?:minutes|hours|days|weeks|months|years|decades)", 30),
    "the_day": (r"the day|the same day|the weekend", 12),
    "bc_year": (r"b\.?c", 8),
    "christmas": (r"christmas|new year", 2),
    "per_unit": (r"per ", 2),
    "anaphoric": (r"\b(?:time|period|day|night|month|year|century|week|season|morning|afternoon|evening)", 16),
    "set": (r"daily|weekly|monthly|annually|yearly|hourly|quarterly|every|each", 2),
    "clock": (r"[ap]\.?m\b", 12),
    "clock24": (r"\d\d\s*(?:utc|gmt|[ecmp][sd]t|cet|cest|bst|hrs|hours)|(?:at|by|before|after|until|till|from|around|about) \d"
                r"|(?:^|\n)\d\d[.:]?\d\d", 8),
    "noon": (r"noon|midday|midnight", 2),
    "day_of_trip": (r"day of (?:the|his|her|their|its) ", 40),
    "nth_day": (r"\d(?:st|nd|rd|th)\b", 8),
    "weekday_nth": (r"\d(?:st|nd|rd|th)\b", 16),
    "day_word": (r"today|yesterday|tomorrow|tonight", 2),
    "this_part": (r"morning|afternoon|evening|night", 12),
    "next_part": (r"morning|afternoon|evening|night", 16),
}
_RULES = tuple(_triggered(r, *_TRIGGERS[r.name]) if r.name in _TRIGGERS else r for r in _RULES)
# Pieces that, unlike a trigger, need not open the match, read on the text itself with the rule's own flags: the
# word after the unit of "three days ago", the hyphen of "a two-day visit", the year of "in 821 when" (alone, with
# no digit glued before it). Where triggers come thick ("2024," is a trigger of early years) they spare a search.
_NEEDS = {
    "ago": (r"ago|earlier|later|before|after", _I),
    "adj_duration": (r"-(?:second|minute|hour|day|week|month|year|decade)", _I),
    "early_year": (r"(?<!\d)[1-9]\d\d(?=[.,;:]|\s)", 0),
}
_RULES = tuple(replace(r, needs=re.compile(*_NEEDS[r.name])) if r.name in _NEEDS else r for r in _RULES)
_RULE_RANK = {r.name: i for i, r in enumerate(_RULES)}

_LEADING_MOD = re.compile(r"(?:\b(?P<mod>early|late|the beginning of|the start of|the end of|the middle of|the first half of|the second half of|"
                          r"the (?:first|second|third|fourth|last|final) week of|the week of)\s+|\b(?P<mid>mid)-?\s*)$", _I)
# Hedges and open ends of a calendar date: "about 1040", "c. 1250", "before 1250", "prior to 1443", "by the 1680s", "after 1612".
_LEADING_HEDGE = re.compile(r"(?<![\w.])(?P<mod>about|around|circa|c\.|ca\.|before|prior to|by|after)\s*$", _I)
_LEADING_DURMOD = re.compile(r"\b(?P<mod>(?:well |just )?more than|(?:well |just )(?:over|under)|less than|nearly|almost|about|around|approximately|roughly|at least|up to)\s+$", _I)
# Past tense near a date: the common irregular verbs of news, and any word in "-ed".
_PAST = re.compile(r"\b(?:was|were|had|did|fell|rose|grew|began|won|lost|met|said|took|came|went|saw|made|left|held|sold|\w{3,}ed)\b", _I)
_VERB_RIGHT_AFTER = re.compile(r"[ \t]+(\w+)")
# (and a journey or a visit told in the present progressive is one arranged: "Gov. Beshear is visiting Paducah on Friday")
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|set to|scheduled|expected|due)|plans? to|upcoming|going to|to be held"
                     r"|(?:is|are)\s+(?:visiting|travell?ing|heading|flying|touring|hosting)"
                     r"|(?:beginning|starting)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|['’]ll\b", _I)
# What was agreed or decided before a date is still to be done on it: "have agreed to hold a summit in late June" (not
# "announced on Friday that it intends to buy": the intention comes after the date, which is the announcement's).
_INTENT_BEFORE = re.compile(r"\b(?:agreed|decided|voted|vowed|pledged|promised|planned)\s+to\s+[^.;]*$", _I)
# Pieces every match of _PAST and _FUTURE holds: where none stands near a date, the pattern is not tried there (in a
# text of dates alone, the windows around the dates overlap ten deep).
_PAST_HINT = re.compile(r"(?=was|were|had|did|fell|rose|grew|began|won|lost|met|said|took|came|went|saw|made|left|held|sold|ed)", _I)
_FUTURE_HINT = re.compile(r"(?=will|shall|to|scheduled|expected|due|upcoming|['’]ll|beginning|starting|visiting|travel|heading|flying|hosting)", _I)


def _hints(hint: re.Pattern, text: str) -> list[int]:
    """Where the pieces of `hint` start in `text`, in order (overlapping ones too)."""
    return [m.start() for m in hint.finditer(text)]


_LEAD_BACK = 200  # how far back in its sentence a date looks for the verb that looks forward


def _future_lead(text: str, start: int, near: int, at: int, future_hints: list[int] | None, past_hints: list[int] | None) -> bool:
    """Whether the sentence looked forward before the date's near words, and nothing in the past tense came between: "is
    due to visit Athens and the eastern Aegean island of Lesvos on Wednesday and Thursday"."""
    if near <= start or not _found(_FUTURE, future_hints, text, start, near):
        return False
    last = None
    for last in _FUTURE.finditer(text, start, near):
        pass
    return last is not None and not _found(_PAST, past_hints, text, last.end(), at)


def _found(pattern: re.Pattern, hints: list[int] | None, text: str, start: int, end: int) -> bool:
    """Whether `pattern` matches in text[start:end], tried only where one of its pieces (`hints`, if known) starts."""
    if hints is not None:
        i = bisect.bisect_left(hints, start)
        if i == len(hints) or hints[i] >= end:
            return False
    return pattern.search(text, start, end) is not None


_AGE = re.compile(r"\b(?:aged?|age of)\s+$", _I)
_PHONE_AFTER = re.compile(r"[ \t]\d{2,4}[ \t-]\d{3,4}\b")  # the rest of a telephone number after its first group
_NOT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|per cent|people|persons|troops|soldiers|cases|deaths|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds|units|votes|seats|pages|words|points|kg|mw|hp|cc|ml|residents|students|workers|employees|jobs|households|patients|children|men|women|index|series)\b",
    _I,
)
# a house number: the number before a street's name ("1746 Mountain Rd", "1303 Boudro Rd, Randolph Center"), unless a
# preposition makes it a year ("in 1862 Lincoln Road was laid out")
_STREET_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Drive|Dr|"
                           r"Way|Court|Ct|Pl|Place|Hwy|Highway|Pkwy|Parkway|Terrace|Circle|Square|Sq)\b")
_YEAR_PREPOSITION = re.compile(r"\b(?:in|by|since|until|till|from|of|to|during|before|after|around|circa|c\.)\s+$", _I)
_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|US\$|USD|EUR|No\.|no\.|#|number|page|pp?\.|Flight|flight|Route|route|Highway|highway)\s*$")


_STOPS = re.compile(r"[.?!] |\n")


def _sentence_bounds(stops: list[int], text_len: int, start: int, end: int) -> tuple[int, int]:
    """The rough sentence around a span, from the precomputed positions of full stops and newlines."""
    i = bisect.bisect_left(stops, start)
    left = stops[i - 1] + 1 if i else 0
    j = bisect.bisect_left(stops, end)
    right = stops[j] if j < len(stops) else text_len
    return left, right


def _opens_an_entry(text: str, start: int, end: int) -> bool:
    """Whether a date opens a chronology's entry: alone on its line over the entry ("April 2, 1831"), or before a dash, a
    colon or the entry's first capitalised word at the start of the entry's line ("April 8 – Government, SLA and JEM
    rebels agree ...", "October 30 The first coal train arrives")."""
    return bool(_ENTRY_HEAD.search(text, max(0, start - _NEAR_LINE), start)) \
        and bool(_LINE_HEAD_AFTER.match(text, end) or _ENTRY_MARK_AFTER.match(text, end))


_ENTRY_MARK_AFTER = re.compile(r"[ \t]*[:–—-][ \t]|[ \t]+(?=[A-Z])")


def _heads_a_line(text: str, start: int, end: int) -> bool:
    """Whether a date stands alone on its line, a heading over what follows ("Tuesday", then the day's paragraph).

    Only a few characters either side are read: a text of one long line costs no more per date."""
    return opens_line(text, start) and bool(_LINE_HEAD_AFTER.match(text, end))


def ends_line(text: str, at: int) -> bool:
    """Whether only spaces stand between `at` and the end of its line."""
    return bool(_LINE_ENDS.match(text, at))


def opens_line(text: str, at: int) -> bool:
    """Whether only spaces and a bullet stand between the start of `at`'s line and `at` (read from a few characters
    before it, so a text of one long line costs no more per date)."""
    return bool(_LINE_OPENS.search(text, max(0, at - _NEAR_LINE), at))


_NEAR_LINE = 24
# what may open a diary's line of its day's date: "Day 3 10/14/10", "Tuesday, 12 October"
_DAY_OPENER = r"(?:Day[ \t]+\d{1,2}[ \t:,.–—-]*)?(?:[A-Z][a-z]+day,?[ \t]+)?$"
_DIARY_HEAD = re.compile(r"(?:^|\n)[ \t]*" + _DAY_OPENER)
# ... and a chronology's entry, which may be a list's bullet too ("• March 1:")
_ENTRY_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?" + _DAY_OPENER)
_LINE_HEAD_AFTER = re.compile(r"[ \t:,.]{0,24}\n")
# or its entry's title after a colon, a dash or a comma, to the line's end ("10/12/2020: Next Stop – Taos, NM", "Day 1: 8th
# Feb 2008, Machame Gate – Machame Hut, 10.5km")
_ENTRY_TITLE_AFTER = re.compile(r"[ \t]*[:–—,-][ \t]*(?:[^\n.!?]|(?<=\d)\.(?=\d)){1,60}\n")
# the hour a programme's line opens with ("11am The President ...", "7.30pm", "09.00 Departure", "Noon")
_CLOCK_OPENS_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d\d|noon\b|midday\b)", re.IGNORECASE)


_NEXT_WORDS = re.compile(r"\n\s*(\S)")


def _next_line(text: str, end: int) -> tuple[int, int]:
    """The span of the first line with words after `end` (up to 200 characters of it)."""
    m = _NEXT_WORDS.search(text, end)
    if m is None:
        return end, end
    stop = text.find("\n", m.start(1))
    return m.start(1), min(stop if stop >= 0 else len(text), m.start(1) + 200)


_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·–][ \t]*)?$")
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
_ENTRY_AFTER = re.compile(r"(?:[.:]|[ \t]*[-–—|])[ \t]+[A-Z]")  # "1041. King Henry ...", "1403 | Envoys arrive ..."
# ... or opens a span to another year that opens it ("1460 to 1470 - Machu Picchu was built")
_SPAN_ENTRY_AFTER = re.compile(r"[ \t]+(?:to|until|till)[ \t]+1?\d{3}(?:[.:]|[ \t]*[-–—])[ \t]*[A-Z]")
_RELATIVE_AFTER = re.compile(r"\s+(?:earlier|before|ago|later)")
_COUNT_AFTER = re.compile(r"\s+(?:people|of|percent|%)", _I)
_BETWEEN = re.compile(r"\b[Bb]etween\s+$")
_BETWEEN_FIRST = re.compile(r"\b[Bb]etween\s+(?:1\d{3}|[1-9]\d{2})\s+and\s+$")
_AND_A_YEAR = re.compile(r"\s+and\s+(?:1\d{3}|[1-9]\d{2})\b")


def _years_between(text: str, start: int, end: int) -> bool:
    """"Between 1200 and 1700 the city operated": two years of a span, not a count ("between 1200 and 1500 troops")."""
    if _BETWEEN_FIRST.search(text, max(0, start - 24), start):
        return not _NOT_AFTER_YEAR.match(text, end)  # (the second of the two)
    if not _BETWEEN.search(text, max(0, start - 10), start):
        return False
    m = _AND_A_YEAR.match(text, end)
    return m is not None and not _NOT_AFTER_YEAR.match(text, m.end())


# what may stand before an early year: a preposition of time, with "early", "late" or "mid-" between ("in early 1258")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|until|by|from|to|year|anno|AD|BC|c\.|ca\.|circa|about|around|before|after)\s+(?:(?:early|late)\s+|mid-)?$", _I
)


_WORD_AFTER = re.compile(r"[ \t]+[A-Z\"“]")
_YEAR_LINE = re.compile(r"\n(?:[ \t]*\n){0,3}[ \t]*(?:[-*•·–][ \t]*)?\d{3,4}(?:[-–]\d{2,4})?[ \t]+[A-Z\"“]")  # ("879-83 The Normans")
_BLANK_RUN = 12  # characters of blank lines between two lines of an almanac, at most


def _almanac_line(text: str, start: int, end: int) -> bool:
    """A year opening a line of an almanac, whose line before or after opens with a year too ("1419 French city of Rouen
    surrenders ..." under "1644 Perplexed Pilgrims ...")."""
    if not _WORD_AFTER.match(text, end):
        return False
    line = text.rfind("\n", 0, start)  # the line break that opens the year's line (-1 on the first line)
    last = line
    while last > 0 and text[last - 1] in "\n \t" and line - last < _BLANK_RUN:
        last -= 1  # (back over blank lines: a page that sets its years a paragraph each)
    previous = text.rfind("\n", 0, last) if last > 0 else -1
    return any(k >= 0 and _YEAR_LINE.match(text, k) for k in (previous, text.find("\n", end)))


# a line of a day's programme that opens with its 24-hour clock time, or a span of two, no separator or a dash:
# "1830 Dame Cindy will join ...", "1930(ADT) - Arrived at ...", "1730-1900 - Toured the museum"
_HHMM_LINE = re.compile(r"[ \t]*(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d)?" + _CLOCK_LINE_GAP
                        + r"[A-Z0-9‘'\"“]")
# (a weekday in it: an almanac's "18 January" over "1644 Pilgrims reported ..." heads years, not clock times)
_DAY_HEADING = re.compile(rf"[^\n]{{0,12}}?{_WEEKDAY}\b[^\n]{{0,40}}$", re.IGNORECASE)
_PROGRAMME_LINES = 12  # lines looked back over for the day a programme's clock line is under
_PROGRAMME_LINE = 200  # characters: a longer line is prose, no programme's ...
_ENTRY_LINE = 1_000  # ... unless it opens with its clock time: an hour's entry may tell it at length


def _programme_clock(text: str, start: int) -> bool:
    """Whether a year at `start` is the clock time opening a line of a day's programme: a line that opens so, under a
    line that is only a day ("Friday 18 th October (Niue time)") a few short lines up, or under such a clock line
    ("Wednesday 1 September" / "0930 (0530GMT): Masked men ... [a long entry]" / "1125: Russian media report ...").
    Looks only near, and each line once: a long text of years stays linear."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at > 0 and text[at - 1] != "\n" or not _HHMM_LINE.match(text, at):
        return False
    known = _programme_lines(text)
    chain = []
    found: bool | int = at
    while not isinstance(found, bool):
        if found in known:
            found = known[found]
        else:
            chain.append(found)
            found = _programme_above(text, found)
    for line in chain:
        known[line] = found
    return found


@lru_cache(maxsize=2)
def _programme_lines(text: str) -> dict[int, bool]:
    """The clock lines of a text already judged (their starts): a cache, one text at a time."""
    return {}


def _programme_above(text: str, at: int) -> bool | int:
    """What the lines above the clock line at `at` say: True under a day's heading, False under prose, or the start
    of the clock line above, whose programme this line is in."""
    for _ in range(_PROGRAMME_LINES):
        if at == 0:
            return False
        prev = text.rfind("\n", max(0, at - 2 - _ENTRY_LINE), at - 1) + 1
        if prev == 0 and at - 1 > _ENTRY_LINE:
            return False
        line, at = text[prev: at - 1], prev
        if _DAY_HEADING.match(line):
            return True
        if _HHMM_LINE.match(line):
            return prev
        if len(line) > _PROGRAMME_LINE:
            return False  # (prose: a line longer than a programme's, "1830 The town was founded ...")
    return False


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NUMERALS = frozenset("0123456789")


def _plausible(rule: _Rule, m: re.Match, text: str) -> bool:
    """Drop matches that are numbers, not times ('$2008', '2000 troops', 'aged 20 years'), or a bigger number's tail, and
    those that run over a blank line: "November" over a tour's list is a heading, its "19" the first line's day."""
    at, end = m.span()
    if "\n" in text[at:end] and _BLANK_LINE.search(text, at, end):
        return False
    if at >= 2 and text[at] in _NUMERALS and text[at - 1] in ",." and text[at - 2] in _NUMERALS:
        return False  # the tail of a bigger number: "45,500 years ago" is no "500 years ago", "12.5 years" no "5 years"
    before = text[max(0, at - 12): at]
    if rule.name in ("year", "line_year", "almanac_year", "clock24") and _STREET_AFTER.match(text, m.end()) \
            and not _YEAR_PREPOSITION.search(before):
        return False
    if rule.name in ("year", "year_range", "numeric", "numeric_range", "decade"):
        if _MONEY_BEFORE.search(before):
            return False
        if rule.name == "year" and (_NOT_AFTER_YEAR.match(text, m.end()) or _PHONE_AFTER.match(text, m.end())):
            return False  # ("2000 troops"; "on 1800 333 000": a telephone number's first group)
        if rule.name in ("year", "year_range") and _programme_clock(text, m.start()):
            return False
        if rule.name == "year":
            y = int(m["year"])
            if y < 1500 and not _YEAR_BEFORE.search(text[max(0, m.start() - 24): m.start()]) \
                    and not _years_between(text, m.start(), m.end()) \
                    and not (opens_line(text, m.start()) and (_LINE_ENDS.match(text, m.end()) or _ENTRY_AFTER.match(text, m.end())
                                                            or _SPAN_ENTRY_AFTER.match(text, m.end())
                                                            or _almanac_line(text, m.start(), m.end()))) \
                    and not (before.endswith("(") and text.startswith(")", m.end())):
                # a count ("1200 troops"), unless the year is alone on its line ("- 1194" over bullets), opens an entry
                # of annals ("1041. King Henry entered Bohemia") or stands in brackets after a name ("the Peace of
                # Thorn (1411)")
                return False
    if rule.name == "almanac_month" and not _almanac_line(text, m.start("core"), m.end("core")):
        return False  # ("June Smith said ...": a name, unless the lines around it open with years)
    if rule.name == "almanac_year" and not _almanac_line(text, m.start("core"), m.end("core")):
        return False  # ("250 Marines landed": a count, unless the lines around it open with years too)
    if rule.name == "slash_heading" and not _FULL_SLASH_LINE.search(text, max(0, at - _DIARY_BACK), at):
        return False  # (only under a diary's entry dated in full before it: not a tour's list of "03/03: San Juan @ ...")
    if rule.name == "line_year" and _programme_clock(text, m.start("core")):
        return False  # ("1930 - Stopped at ...", under "Sunday, June 6": a diary's clock time)
    if rule.name == "clock24" and m["h4"] and not _programme_clock(text, m.start()):
        return False  # (a year opening a line: "1830 The town was founded")
    if rule.name in ("duration", "adj_duration") and _AGE.search(before):
        return False
    if rule.name == "duration":
        head = m["num"].lower()
        if m["unit"].lower() == "second" and head in ("a", "an", "one"):
            return False  # "a second A380": an ordinal, not a duration
        if head in ("a", "an") and m["unit"].lower() in ("day", "week", "month", "year") and _RELATIVE_AFTER.match(text, m.end()):
            return False
        if head in ("some", "many", "few") and m.start() == m.start("num"):
            return False  # "many years" alone is too vague to count
    if rule.name == "present" and m[0].lower() == "now":
        after = text[m.end(): m.end() + 12]
        if re.match(r"\s+(?:that|,)|-\w", after):
            return False
    if rule.name == "season" and not m["year"] and not _a_season(text, m):
        return False
    if rule.name == "month_day" and m["mon"] == "May" and not m["year"] and not m["day2"]:
        # "May 5" is a date; "May 5 people" is not, and neither is a sentence-initial modal.
        if _COUNT_AFTER.match(text, m.end()):
            return False
    return True


# what makes a season's word no time: a verb after its modal ("will spring back", "to winter in Nice"), a collapse
# ("the fall of Constantinople"); a season that names a thing stays one ("the Spring Offensive" is of that spring)
_SEASON_VERB_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|to)\s+$", _I)
_OF_AFTER = re.compile(r"\s+of\b")


def _a_season(text: str, m: re.Match) -> bool:
    """Whether a season's word without its year ("last summer", "the fall") is the season."""
    if _SEASON_VERB_BEFORE.search(text, max(0, m.start("season") - 10), m.start("season")):
        return False
    # "fall" is mostly a verb, and "the fall of X" a collapse
    return m["season"].lower() != "fall" or (bool(m["rel"]) and not _OF_AFTER.match(text, m.end()))


def _windows(trigger: re.Pattern | None, before: int, text: str, low: str) -> list[tuple[int, int]]:
    """Stretches of text where a rule with this trigger can match: all of it, or around each trigger word."""
    if trigger is None:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    size = len(text)
    lo, hi = 0, -size - before - 1  # before any trigger: no stretch yet, and the first one never joins it
    for t in trigger.finditer(low):  # where triggers come thick, this runs for each: clamped once per stretch, not each
        a = t.start() - before
        if a <= hi:
            hi = t.end() + 40
            continue
        if min(hi, size) > 0:
            out.append((lo, min(hi, size)))
        lo, hi = max(a, 0), t.end() + 40
    if min(hi, size) > 0:
        out.append((lo, min(hi, size)))
    return out


def _matches(rule: _Rule, windows: list[tuple[int, int]], text: str) -> Iterator[tuple[re.Match, int]]:
    """Each match of the rule, with the end of the window it was found in (windows are disjoint: no match twice)."""
    for lo, hi in windows:
        if rule.needs is not None and rule.needs.search(text, lo, hi) is None:
            continue
        for m in rule.pattern.finditer(text, lo, hi):
            yield m, hi


# A candidate: its span, its rule, and where the rule matched in which window (`_match` finds the match again). The
# match itself is not kept: in a text of dates alone, a million of them would hold hundreds of megabytes.
_Candidate = tuple[int, int, _Rule, int, int]


def _candidates(text: str, ctx: _Context) -> Iterator[_Candidate]:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"); keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # rules that share a trigger share its windows: the trigger runs once over the text
    windows: dict[tuple[re.Pattern | None, int], list[tuple[int, int]]] = {}
    for rule in _RULES:
        key = (rule.trigger, rule.before)
        if key not in windows:
            windows[key] = _windows(rule.trigger, rule.before, text, low)
        core = "core" in rule.pattern.groupindex
        for m, hi in _matches(rule, windows[key], text):
            at = m.start()
            start = m.start("core") if core else at
            if m.end() > start and _plausible(rule, m, text):
                yield start, m.end(), rule, at, hi


def _match(c: _Candidate, text: str) -> re.Match:
    """The candidate's match, found again where it was found (the same start and window end give the same match)."""
    return c[2].pattern.match(text, c[3], c[4])


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Longest match first, then rule order; no overlaps."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), _RULE_RANK[c[2].name], c[0]))
    # A new span overlaps a taken one exactly when one of its characters is taken: a byte per character of the text,
    # checked and set over the span only (a date is short), so the work stays linear however many dates there are.
    taken = bytearray(max((c[1] for c in cands), default=0))
    chosen = []
    for c in cands:
        if taken.find(1, c[0], c[1]) >= 0:
            continue
        taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _strip_determiner(text: str, start: int, end: int, rule: _Rule) -> tuple[int, int]:
    """TimeML keeps 'the' in 'the 1990s' and 'the last four years', but not in 'the 12th of May'."""
    if rule.name in ("day_month", "nth_day") and text[start:end].lower().startswith("the "):
        return start + 4, end
    return start, end


# After a date, a possessive or a plural noun makes it name a thing ("after Monday's talks", "by 2008 standards"): no hedge.
_NAMES_A_THING = re.compile(r"['’]s\b|\s+[a-z]{4,}s\b")


_THE_YEAR = re.compile(r"(?<![\w.])[Tt]he\s+year\s+$")


def _extend_modifier(text: str, start: int, value: _Value, end: int) -> tuple[int, str]:
    """Pull 'early', 'mid-', 'the end of' (dates) or 'more than', 'nearly' (durations) into the span."""
    before = text[max(0, start - 24): start]
    if value.type == "DURATION":
        m = _LEADING_DURMOD.search(before)
        if m:
            return start - (len(before) - m.start()), MODIFIERS[re.sub(r"\s+", " ", m["mod"].lower())]
        return start, ""
    m = _LEADING_MOD.search(before)
    if m:
        word = (m["mod"] or "mid").lower()
        start -= len(before) - m.start()
        # "by the end of 1893", "before the late 14th century": the hedge bounds it, whatever part of it is named
        the = _THE_BEFORE.search(text, max(0, start - 5), start)  # ("by the late 14th century": "the" is the century's)
        at = the.start() if the else start
        before = text[max(0, at - 24): at]
        hedge = _LEADING_HEDGE.search(before) if value.type == "DATE" and value.start_date is not None else None
        if hedge and MODIFIERS[hedge["mod"].lower()] == "ON_OR_BEFORE":
            return start, "ON_OR_BEFORE"  # (the span stays TimeML's, "the end of 1893", as "early December" is)
        return start, MODIFIERS[word]
    the_year = _THE_YEAR.search(before) if value.precision == "year" else None
    if the_year:  # "until the year 1277": the phrase is the date, so the clause reads it as one
        start -= len(before) - the_year.start()
        before = text[max(0, start - 24): start]
    m = _LEADING_HEDGE.search(before)
    if m and value.type == "DATE" and value.start_date is not None and not _NAMES_A_THING.match(text, end):
        return start - (len(before) - m.start()), MODIFIERS[m["mod"].lower()]
    return start, ""


_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
_FROM = re.compile(r"\bfrom\s+$", _I)
_ONWARDS = re.compile(r"\s+(?:onwards?|on(?=\s*,))\b", _I)  # "from 1725 onwards", "from 2001 on, prices rose"


_HALF = re.compile(r"the (first|second) half of", _I)


_WEEK_OF = re.compile(r"the (first|second|third|fourth|last|final) week of", _I)
_THE_WEEK_OF = re.compile(r"the week of\s", _I)
_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _halved(v: _Value, written: str) -> _Value:
    """'the first half of the 15th century' is 1401-1450: a half narrows the span, and so does a month's week ('the
    first week of August' is its days 1-7, 'the last week of May' its last seven); 'the week of' a day widens it to
    that day's seven; other modifiers never do."""
    if _THE_WEEK_OF.match(written) and v.precision == "day" and v.start_date is not None and v.start_date == v.end_date:
        # "the week of August 14": the seven days from that day
        year, week_no, _ = (v.start_date + timedelta(days=3)).isocalendar()
        return replace(v, value=f"{year:04d}-W{week_no:02d}", precision="week", end_date=v.start_date + timedelta(days=6))
    week = _WEEK_OF.match(written)
    if week and v.precision == "month" and v.start_date is not None and v.end_date is not None:
        nth = _NTH_WEEK.get(week[1].lower())
        first = v.end_date - timedelta(days=6) if nth is None else v.start_date + timedelta(days=7 * nth)
        middle = first + timedelta(days=3)
        year, week_no, _ = middle.isocalendar()
        return replace(v, value=f"{year:04d}-W{week_no:02d}", precision="week", start_date=first,
                       end_date=min(first + timedelta(days=6), v.end_date))
    half = _HALF.match(written)
    if not half or v.start_date is None or v.end_date is None or v.start_date == v.end_date:
        return v  # (half a day is still that day: "in the second half of the day")
    if v.precision in ("century", "decade"):  # by whole years: 1101-1150 and 1151-1200
        last_of_first = v.start_date.year + (v.end_date.year - v.start_date.year + 1) // 2 - 1
        if half[1].lower() == "first":
            return replace(v, end_date=date(last_of_first, 12, 31))
        return replace(v, start_date=date(last_of_first + 1, 1, 1))
    middle = v.start_date + (v.end_date - v.start_date) / 2
    return replace(v, end_date=middle) if half[1].lower() == "first" else replace(v, start_date=middle + timedelta(days=1))


def find_dates(text: str, reference: date | None = None, mode: str = "news") -> list[TimeMention]:
    """Every time expression in `text`, in order, resolved against `reference` (never against today).

    `mode="narrative"` resolves relative expressions against the last absolute date before
    them (history text); `mode="news"` against the reference date; `mode="auto"` picks.
    """
    if mode not in ("news", "narrative", "auto"):
        from ..errors import TimelineError

        raise TimelineError(f"unknown mode {mode!r}: use 'news', 'narrative' or 'auto'")
    if mode == "auto":
        mode = "narrative" if reference is None else "news"
    base = _Context(text, reference, reference, False)
    chosen = _select(list(_candidates(text, base)))
    out: list[TimeMention] = []
    anchor = reference
    # a story's last day, kept apart from its last date: "On November 17, 1800, ... in 1796 ... Four days later" counts
    # the days from the day, not from the year that came between
    day_anchor: date | None = None
    coarse = False  # the anchor is a year, a season or a month
    told: tuple[date, str, int] | None = None
    last_heading: date | None = None  # the day of the last weekday alone on its line
    numbered: tuple[int, date] | None = None  # the last diary's "Day 2" read, and its day
    entry_day: date | None = None  # the day a diary's last dated heading gives, before the reference: its "this morning"
    entry_end = -1  # where the last line that opens with a date ends
    line_day: date | None = None  # the day of the last date written out that opens a chronology's entry
    named: dict[int, date] = {}  # a weekday the text wrote with its date, to come ("on Tuesday April 8"): weekday -> date
    stops = [m.start() for m in _STOPS.finditer(text)] if chosen else []
    # where the windows around the dates overlap, the pieces are found once in the whole text; else not at all
    dense = len(chosen) * 160 > len(text)
    one_year = _one_year(text) if mode == "narrative" else _heading_year(text)
    # (a news page's chronology under several year headings: "1999" over "Oct 1: ...", then "2000" over "Feb 1: ...")
    headed_at, headed = _year_headings(text) if mode == "news" and one_year is None and chosen else ([], [])
    future_hints, past_hints = (_hints(_FUTURE_HINT, text), _hints(_PAST_HINT, text)) if dense else (None, None)
    for k, (start, end, rule, _, _) in enumerate(chosen):
        m = _match(chosen[k], text)
        s0, s1 = _sentence_bounds(stops, len(text), start, end)
        w0, w1 = start, end  # where the words that set the date's tense are looked for, around it
        if _heads_a_line(text, start, end):
            s0, s1 = _next_line(text, end)  # "Tuesday" over the day's paragraph: the paragraph's tense is the day's
            w0 = w1 = s0
        future = _found(_FUTURE, future_hints, text, max(s0, w0 - 60), min(s1, w1 + 60)) \
            or bool(_INTENT_BEFORE.search(text, max(s0, w0 - 60), w0)) \
            or _future_lead(text, max(s0, w0 - _LEAD_BACK), w0 - 60, w0, future_hints, past_hints)
        if future and (verb := _VERB_RIGHT_AFTER.match(text, end)) and _PAST.fullmatch(verb.group(1)):
            future = False  # "Mukherjee Thursday left for Cyprus, ... a tour that will also take him to Libya": the verb
            # right after the day is its own
        past = not future and _found(_PAST, past_hints, text, max(s0, w0 - 60), min(s1, w1 + 40))
        # a day heading a programme, whose lines open with their hours ("Thursday" over "11am The President returns to
        # Malta"), is the coming one, unless its lines tell what was done
        programme = rule.name == "weekday" and w0 == s0 != start and bool(_CLOCK_OPENS_LINE.match(text, s0))
        future = future or (programme and not past)
        ahead = not (future or past) and bool(told) and mode == "news" and reference is not None \
            and told[0] >= reference and start - told[2] <= _TOLD_WITHIN and _found(_FUTURE, future_hints, text, s0, s1) \
            and not _found(_PAST, past_hints, text, s0, s1)
        ctx = _Context(text, reference, anchor if mode == "narrative" else reference, future, mode == "narrative", past,
                       told[:2] if told and mode == "news" and start - told[2] <= _TOLD_WITHIN else None,
                       heading if (heading := one_year or _year_above(headed_at, headed, start))
                       and _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) else None,
                       ahead)
        if line_day is not None and ctx.one_year is None and rule.name in _DAYS and not m["year"] and _opens_an_entry(text, start, end):
            # "April 2, 1831" over its entry, then "May 9", "July 18" over theirs ("April 2, 2004 – U.N. aid chief ...",
            # then "April 8 – Government ..."): a chronology's days go on in its year (into the next once the months
            # turn back), whenever the page was published; never past that day (a live page's newest entry first: "Oct
            # 5", then "Sep 30")
            month, day = _month_num(m["mon"]), _day_num(m["day"])
            year = line_day.year + ((month, day) < (line_day.month, line_day.day))
            if (d := _safe_date(year, month, day)) is not None and d <= reference:
                ctx = replace(ctx, one_year=year)
        if rule.name == "anaphoric" and mode == "narrative" and told:
            ctx = replace(ctx, told=told[:2])  # "in the same century": the century last told, which anchors nothing else
        if rule.name in ("day_word", "this_part", "clock", "clock24", "noon") and entry_day is not None:
            # "Day 3 10/14/10 ... This morning after breakfast", "arrived at about 6 pm": that day's morning, that day's hour
            ctx = replace(ctx, anchor=entry_day)
        shared = _shared_year(chosen, k, text, m)
        if shared is not None:
            ctx = replace(ctx, anchor=date(shared, 1, 1), narrative=True)
        elif mode == "narrative" and coarse and day_anchor is not None and _counts_days(rule, m):
            ctx = replace(ctx, anchor=day_anchor)
        try:
            v = rule.resolve(m, ctx)
        except (ValueError, OverflowError):
            continue  # a date before year 1 or after 9999 ("Q2" against 1 January 1): not on the calendar
        if v is None and rule.name == "year_range":
            # "1586 – 1586 Lima–Callao earthquake": a timeline line's year, then a name with the same year
            v, end = _year_value(int(m["year"])), start + len(m["year"])
        if v is None:
            continue
        if rule.name == "weekday" and v.start_date and out and out[-1].precision == "day" and out[-1].start_date \
                and v.start_date <= out[-1].start_date and _WEEKDAY_TO.fullmatch(text, out[-1].end, start) \
                and _WEEKDAY_NAME.match(out[-1].text):
            # "from Tuesday to Friday": the span's end is after its start, whatever the tense said of the end alone
            d = v.start_date + timedelta(days=7 * ((out[-1].start_date - v.start_date).days // 7 + 1))
            v = replace(v, value=v.value.replace(v.start_date.isoformat(), d.isoformat()), start_date=d, end_date=d)
        if rule.name == "weekday" and v.start_date and out and out[-1].precision == "day" and out[-1].start_date \
                and out[-1].end_date == out[-1].start_date and out[-1].start_date.weekday() == v.start_date.weekday() \
                and _RESTATED_DAY.fullmatch(text, out[-1].end, start):
            # "December 17 Tuesday", "on 3 May (Friday)": the day just told, named again
            d = out[-1].start_date
            v = replace(v, value=v.value.replace(v.start_date.isoformat(), d.isoformat()), start_date=d, end_date=d)
        if rule.name == "day_of_trip":
            v = _day_of_the_trip(m["nth"].lower(), out, start, text)
            if v is None:
                continue  # (no trip's days told before it)
        if rule.name == "numbered_day":
            n = int(m["n"])
            if numbered is not None and n > numbered[0]:
                d = numbered[1] + timedelta(days=n - numbered[0])  # "Day 3" after "Day 2": the next day on
                v = _day_value(d)
            else:
                v = _day_of_the_trip(n, out, start, text)
            if v is None:
                continue  # (no trip's days told before it)
            numbered = (n, v.start_date)
        if rule.name == "weekday" and v.start_date and _THE_DAY_OF.search(text, max(0, start - 8), start):
            v = _of_the_days_told(v, out, start) or v
        elif rule.name == "weekday" and v.start_date and not m["rel"] and not m["mday"] \
                and (d := named.get(v.start_date.weekday())) is not None and d != v.start_date:
            # "on Tuesday April 8 and Wednesday April 9 ... Her first stop will be ... on Tuesday": the Tuesday it told
            v = replace(v, value=v.value.replace(v.start_date.isoformat(), d.isoformat()), start_date=d, end_date=d)
        elif rule.name == "weekday" and v.start_date and not m["rel"] and not m["mday"] and entry_day is not None \
                and entry_day.weekday() == v.start_date.weekday() and entry_day != v.start_date:
            # "Sunday - 26 Aug ... Left home early Sunday morning": under a diary's dated heading, that day's name is its day
            v = replace(v, value=v.value.replace(v.start_date.isoformat(), entry_day.isoformat()), start_date=entry_day,
                        end_date=entry_day)
        elif rule.name == "weekday" and v.start_date and not m["rel"] and not m["mday"] \
                and (d := _in_the_span_told(v.start_date.weekday(), out, start, reference, past, future)) is not None \
                and d != v.start_date:
            # "visits Slovakia on September 12 - 15 ... After his arrival on Sunday, ... the whole Monday": the weekday
            # within the span of days just told
            v = replace(v, value=v.value.replace(v.start_date.isoformat(), d.isoformat()), start_date=d, end_date=d)
        heading = rule.name == "weekday" and bool(v.start_date) and _heads_a_line(text, start, end)
        if heading and last_heading is not None and v.start_date <= last_heading:
            # a schedule's day headings ("Tuesday" ... "Wednesday" ... "Thursday") go forward from the one before
            d = v.start_date + timedelta(days=7 * ((last_heading - v.start_date).days // 7 + 1))
            v = replace(v, value=v.value.replace(v.start_date.isoformat(), d.isoformat()), start_date=d, end_date=d)
        if heading:
            last_heading = v.start_date
        if mode == "news" and reference is not None and v.type == "DATE" and v.precision == "day" and v.start_date \
                and v.start_date == v.end_date and _DIARY_HEAD.search(text, max(0, start - _NEAR_LINE), start) \
                and (_LINE_HEAD_AFTER.match(text, end) or _ENTRY_TITLE_AFTER.match(text, end)):
            # (a heading of the page's own day: its today; a programme's coming day anchors its hours too)
            entry_day = v.start_date if v.start_date < reference or programme and v.start_date > reference else None
        if mode == "news" and reference is not None and v.precision == "day" and v.start_date and v.start_date == v.end_date \
                and (rule.name in _DAYS or rule.name == "year_glued" or line_day is not None) and _opens_an_entry(text, start, end):
            line_day = v.start_date
        start, end = _strip_determiner(text, start, end, rule)
        start, mod = _extend_modifier(text, start, v, end) if rule.name != "last_n" else (start, "")
        onwards = _ONWARDS.match(text, end) if not mod and v.type == "DATE" and _FROM.search(text, max(0, start - 6), start) else None
        if onwards:  # "from 1725 onwards": begins then, with no end (the span stays the date's)
            mod = "ON_OR_AFTER"
        v = _halved(v, text[start:end])
        while out and out[-1].start >= start:
            out.pop()  # "the first week" of "the first week of August 2006": one date, not a length and a month
        out.append(
            TimeMention(
                start=start, end=end, text=text[start:end], type=v.type, value=v.value, precision=v.precision,
                start_date=v.start_date, end_date=v.end_date, mod=mod, anchored=v.anchored, end_value=v.end_value,
            )
        )
        wd = _WEEKDAY_NAME.match(text, start) if rule.name != "weekday" and v.precision == "day" and v.start_date else None
        if wd and reference and v.start_date >= reference and wd.group().lower().endswith(_WEEKDAY_NAMES[v.start_date.weekday()]):
            named[v.start_date.weekday()] = v.start_date  # (written with its own weekday, which it agrees with)
        if v.start_date and v.type in ("DATE", "TIME") and v.precision and not _SINCE_BEFORE.search(text, max(0, start - 7), start):
            told = (v.start_date, v.precision, end)  # ("since January of last year" starts a length: nothing is told then)
        line = text.rfind("\n", max(0, start - _NEAR_LINE), start) + 1  # (looked for near only: long lines stay linear)
        heads = (line > 0 or start <= _NEAR_LINE) and bool(_LINE_HEAD.fullmatch(text, line, start))
        if heads:  # a line that opens with a date: a chronology's entry, up to the line's end
            entry_end = text.find("\n", end)
            entry_end = entry_end if entry_end >= 0 else len(text)
        if mode == "narrative" and v.start_date and v.type in ("DATE", "TIME") and v.precision in ("day", "month", "year", "season", "quarter", "week") \
                and not (not heads and start < entry_end and anchor is not None and v.start_date < anchor):
            # (a date further back told inside an entry is what the entry recalls, not the chronology's next year: "August
            # 30 Parliament declared the restoration of independence from 1918-1920" / "21 September ...", in 1991)
            if rule.absolute or v.precision in ("day", "month", "week"):
                anchor, coarse = v.start_date, v.precision != "day"
                if v.precision == "day":
                    day_anchor = v.start_date
    return _listed_short_years(_bracketed_days(out, text), text)


_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")
# a year written short after a list's full year: "in 1993, '96 and '98", "in 2014, ‘16 and ’17", "1995, `99, 2000"
_SHORT_YEAR = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)['’‘`](\d\d)\b(?=[ \t]*(?:[,.;)]|and\b|$))")


def _listed_short_years(times: list[TimeMention], text: str) -> list[TimeMention]:
    """The years a list writes short after a full one ("won in 1993, '96 and '98"), each the first such year after the
    one before it."""
    out: list[TimeMention] = []
    for k, t in enumerate(times):
        out.append(t)
        if t.precision != "year" or t.start_date is None or not re.fullmatch(r"\d{4}", t.text):
            continue
        year, end = t.start_date.year, t.end
        nxt = times[k + 1].start if k + 1 < len(times) else len(text)
        while (m := _SHORT_YEAR.match(text, end)) is not None and m.end() <= nxt:
            year = year - year % 100 + int(m.group(1)) + (100 if int(m.group(1)) <= year % 100 else 0)
            at = m.start(1) - 1
            out.append(TimeMention(at, m.end(), text[at: m.end()], "DATE", f"{year:04d}", "year", date(year, 1, 1),
                                   date(year, 12, 31)))
            end = m.end()
    return out


def _bracketed_days(times: list[TimeMention], text: str) -> list[TimeMention]:
    """A weekday followed by its date in brackets ("On Friday (April 14)") is that date, whatever the tense made of it."""
    out = list(times)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        day = WEEKDAYS.get(a.text.lower())
        if day is None or a.precision != "day" or b.precision != "day" or b.start_date is None or b.start_date != b.end_date \
                or b.start_date.weekday() != day or not _BRACKET_OPENS.fullmatch(text, a.end, b.start):
            continue
        out[k] = replace(a, value=b.value, start_date=b.start_date, end_date=b.end_date)
    return out


_THE_DAY_OF = re.compile(r"\b[Tt]he\s+$")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_DAYS_TOLD_WITHIN = 600  # characters back to the days a "the Monday" is one of
_A_WEEK = 14  # days: two days told this near are a span ("from Sunday 24 June to Thursday 28 June")


def _of_the_days_told(v: _Value, out: list[TimeMention], start: int) -> _Value | None:
    """"William will arrive in Amman on the Sunday", after "from Sunday 24 June to Thursday 28 June": that weekday among
    the days just told (the span of the last two, or the week from the last), not the reference's next or last one."""
    days: list[date] = []
    for t in reversed(out):  # (from the last one back, and only as far as the window: a long text stays linear)
        if start - t.end > _DAYS_TOLD_WITHIN or len(days) == 2:
            break
        if t.precision == "day" and t.start_date:
            days.insert(0, t.start_date)
    if not days:
        return None
    if len(days) == 2 and 0 < (days[1] - days[0]).days <= _A_WEEK:
        first, last = days
    else:
        first, last = days[-1], days[-1] + timedelta(days=6)
    d = next((first + timedelta(days=k) for k in range((last - first).days + 1)
              if (first + timedelta(days=k)).weekday() == v.start_date.weekday()), None)
    if d is None:
        return None
    return replace(v, value=v.value.replace(v.start_date.isoformat(), d.isoformat()), start_date=d, end_date=d)


_SPAN_TOLD_WITHIN = 1200  # characters back to the span of days a weekday may fall in
_SPAN_LOOK_BACK = 24  # dates back, at most (a page dense with dates stays linear)


def last_span_told(before: list[TimeMention], start: int) -> TimeMention | None:
    """The last span of days (two to a week's) told in `before`, the dates found before `start`, within a window."""
    for n, t in enumerate(reversed(before)):
        if start - t.end > _SPAN_TOLD_WITHIN or n >= _SPAN_LOOK_BACK:
            return None
        if t.precision == "day" and t.start_date and t.end_date and 0 < (t.end_date - t.start_date).days <= _A_WEEK:
            return t
    return None


def _in_the_span_told(weekday: int, out: list[TimeMention], start: int, reference: date | None = None,
                      past: bool = False, future: bool = False) -> date | None:
    """The day of `weekday` within the last span of days told before `start` (`last_span_told`), if the span holds one
    and the clause's tense does not put it on the other side of the reference ("the summit on February 24-25 ... Upon
    his arrival in Tokyo on Tuesday", told on 1 February, is the Tuesday gone); else None."""
    t = last_span_told(out, start)
    if t is None or reference is not None and (past and t.start_date > reference or future and t.end_date < reference):
        return None
    return next((t.start_date + timedelta(days=k) for k in range((t.end_date - t.start_date).days + 1)
                 if (t.start_date + timedelta(days=k)).weekday() == weekday), None)


def _day_of_the_trip(nth: str | int, out: list[TimeMention], start: int, text: str) -> _Value | None:
    """"the second day of the tour": that day of the last range of days told before it ("1 to 8 July", "between Saturday
    19th March and Saturday 26th March"), within a window; None past its end or with no range told."""
    first = last = None
    for k in range(len(out) - 1, -1, -1):
        t = out[k]
        if start - t.end > _TRIP_TOLD_WITHIN:
            break
        counted = _DAYS_COUNT.fullmatch(t.value) if t.type == "DURATION" else None
        on = next((d for d in out[k + 1: k + 3] + out[max(0, k - 1): k] if d.start_date and d.precision == "day"
                   and max(d.start - t.end, t.start - d.end) <= _NEAR_COUNT), None) if counted else None
        if counted and on is not None:
            # "arrived on a four-day State Visit to Mauritius this afternoon": the four days from that day
            first, last = on.start_date, on.start_date + timedelta(days=int(counted.group(1)) - 1)
            break
        if t.precision != "day" or not t.start_date or not t.end_date:
            continue
        if t.start_date < t.end_date:
            first, last = t.start_date, t.end_date
            break
        b = out[k - 1] if k else None  # two days joined: "between ... and ...", "from ... to ..."
        if b is not None and b.precision == "day" and b.start_date and _RANGE_JOINT.fullmatch(text, b.end, t.start) \
                and b.start_date < t.start_date:
            first, last = b.start_date, t.end_date
            break
    if first is None or (last - first).days > _LONGEST_TRIP:
        return None
    number = nth if isinstance(nth, int) else _ORDINAL_WORDS.get(nth, 1)  # ("opening": 1)
    d = last if nth in ("final", "last", "closing") else first + timedelta(days=number - 1)
    return _day_value(d) if d <= last else None


_RANGE_JOINT = re.compile(r"\s*(?:,\s*)?(?:and|to|until|till|through|-|–)\s*")


_TRIP_TOLD_WITHIN = 3000  # characters
_DAYS_COUNT = re.compile(r"P(\d{1,2})D")
_NEAR_COUNT = 80  # characters between a trip's count of days and the day it starts
_LONGEST_TRIP = 60  # days


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RESTATED_DAY = re.compile(r"[ \t]*[,(–—-]?[ \t]*")  # between a date and its weekday told after it ("June 28 -Thursday")
_WEEKDAY_TO = re.compile(r"\s*(?:to|until|till|through|thru|-|–)\s*")
_WEEKDAY_NAME = re.compile(r"(?:[Oo]n\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day")


def _counts_days(rule: _Rule, m: re.Match) -> bool:
    """Whether the expression counts days or weeks from the story's day ("four days later", "the following day")."""
    if rule.name in ("ago", "relative_unit"):
        return m["unit"].lower().rstrip("s") in ("day", "week")
    return False


# (a year run into its month is a year too: "1789April 14")
_YEAR_LIKE = re.compile(rf"(?<![\w.,-])(1[0-9]{{3}}|20[0-9]{{2}})(?:(?![\w]|[.,]\d)|(?={_MONTH}))")


# what may stand before a date that heads its line: a bullet, "until", "starting"
_LINE_HEAD = re.compile(r"[ \t]*(?:[-*•–][ \t]*)?(?:(?i:until|till|from|starting|since|by)[ \t]+)?")


def _one_year(text: str) -> int | None:
    """The year a text names, when it names only one (a year's page: "events that happened during 1959 in Cuba"); a
    number that could be another year ("1500 people") makes it None. Only days that head their lines keep to it (a
    list of office holders, then the year's events, each list starting over); a story told in sentences moves on
    ("On 10 October 1805 … In January")."""
    years = set(_YEAR_LIKE.findall(text))
    return int(years.pop()) if len(years) == 1 else None


# a line that is only a month and a year, or a year: a page's heading ("October 2014" over "Oct 1: Fighting ..."), bare or
# set off by rules ("-- 2011 --")
_YEAR_HEADING = re.compile(rf"(?m)^[ \t]*(?:[-–—=*#]+[ \t]*)?(?:{_MONTH}[ \t]+)?(1[0-9]{{3}}|20[0-9]{{2}})[ \t:]*(?:[-–—=*#]+[ \t]*)?$")


def _heading_year(text: str) -> int | None:
    """The one year a dated page names, when it heads a line of its own or is in the page's title: the year of its lines'
    days told without one, whatever day the page was published ("October 2014", then "Oct 1:", "Oct 2:" on a page of
    2016; "Timeline 1914" over "June 28th   Assassination of ...")."""
    year = _one_year(text)
    if year is None:
        return None
    title = _TITLE_LINE.match(text)
    # (a title, not a date on the first line: "November 28, 1830" over its entry opens a chronology that moves on)
    return year if any(int(m.group(1)) == year for m in _YEAR_HEADING.finditer(text)) \
        or (title is not None and str(year) in title.group(1) and not _MONTH_WORD.search(title.group(1))) else None


_TITLE_LINE = re.compile(r"\s*([^\n]{0,79}[^\s.!?])[ \t]*\n")  # a page's first line, short and no sentence: its title
_MONTH_WORD = re.compile(rf"(?<![a-z]){_MONTH_BARE}")  # (also glued to its year: "1902October 1")


def _year_headings(text: str) -> tuple[list[int], list[int]]:
    """Where each line that is only a year (or a month and a year) stands, and its year."""
    found = [(m.start(), int(m.group(1))) for m in _YEAR_HEADING.finditer(text)]
    return [at for at, _ in found], [year for _, year in found]


def _year_above(headed_at: list[int], headed: list[int], start: int) -> int | None:
    """The year of the last year heading before `start`: the year of the days that open the lines under it."""
    i = bisect.bisect_right(headed_at, start) - 1
    return headed[i] if i >= 0 else None


_DAYS = frozenset({"month_day", "day_month"})
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|until|till|through|-|–)\s*")


def _shared_year(chosen: list[_Candidate], k: int, text: str, m: re.Match) -> int | None:
    """The year a day without one shares with the dated day after it: "on September 15 and December 1697",
    "between 3 March and 5 June 1990"."""
    _, end, rule, _, _ = chosen[k]
    if rule.name not in _DAYS or m["year"] or k + 1 >= len(chosen):
        return None
    start2, _, rule2, _, _ = chosen[k + 1]
    m2 = _match(chosen[k + 1], text)
    year = m2.groupdict().get("year")
    if rule2.name not in _DAYS | {"month_year"} or not year or not _JOINED.fullmatch(text, end, start2):
        return None
    return int(year) if _month_num(m["mon"]) <= _month_num(m2["mon"]) else None


_SPAN_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")
_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*|,\s*(?:to|until|till|through)\s+")  # ("from Tuesday, 18 February, to")


_AND = re.compile(r",?\s+(?:and|or)\s+")
_DASHED = re.compile(r"[-–]")  # "Friday-Sunday": two days with a dash between and nothing else are a span


def _in_a_row(a: TimeMention, b: TimeMention, text: str) -> bool:
    """Two days, years or decades in a row joined by "and" or "or": one span ("On Monday, August 2, and Tuesday,
    August 3", "in 2007 and 2008", "during the 1020s or 1030s"), as "the 12th or 13th century" is."""
    return a.precision == b.precision and a.precision in ("day", "year", "decade") and a.end_date is not None \
        and (b.start_date - a.end_date).days == 1 and bool(_AND.fullmatch(text, a.end, b.start))


def joined(times: list[TimeMention], text: str, opened: bool = True) -> list[TimeMention]:
    """Two dates of one span as one mention from the first to the second: "from 1299 to 1398", "between 1996 and 2000"
    (with `opened=False` also "Wednesday and Thursday"; always two days in a row: "on 12 and 13 March").

    `find_dates` keeps them apart, as TIMEX annotation does; an event or a trip's stop spans both.
    """
    out: list[TimeMention] = []
    ts = _restated(sorted(times, key=lambda t: t.start), text)
    i = 0
    while i < len(ts):
        a = ts[i]
        b = ts[i + 1] if i + 1 < len(ts) else None
        if (
            b is not None and a.start_date and b.start_date and b.end_date and a.start_date < b.start_date
            and not a.end_value and not b.end_value and (
                (_SPAN_TO.fullmatch(text, a.end, b.start)
                 and (not opened or _SPAN_FROM.search(text, max(0, a.start - 9), a.start) or _entry_span(a, b, text)))
                or _in_a_row(a, b, text) or (a.precision == b.precision == "day" and _DASHED.fullmatch(text, a.end, b.start))
            )
        ):
            out.append(replace(a, end=b.end, text=text[a.start:b.end], end_date=b.end_date, end_value=b.value))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_BRACKETED = re.compile(r"[ \t]*\([ \t]*")


def _restated(ts: list[TimeMention], text: str) -> list[TimeMention]:
    """`ts` (in order) with a date and the days it means in brackets after it (days that meet it) as one mention of
    those days: "Tuesday (Nov 20)", "this week (6 -10 December)"."""
    out: list[TimeMention] = []
    for t in ts:
        a = out[-1] if out else None
        if a is not None and a.start_date and t.start_date and a.end_date and t.end_date \
                and t.start_date <= a.end_date and a.start_date <= t.end_date \
                and _BRACKETED.fullmatch(text, a.end, t.start) and text.startswith(")", t.end):
            out[-1] = replace(t, start=a.start, end=t.end + 1, text=text[a.start: t.end + 1])
            continue
        out.append(t)
    return out


def _entry_span(a: TimeMention, b: TimeMention, text: str) -> bool:
    """Whether two years open an entry of a chronology as its span: "1460 to 1470 - Machu Picchu was built"."""
    return a.precision == b.precision == "year" and opens_line(text, a.start) and bool(_ENTRY_AFTER.match(text, b.end))


def parse_date(text: str) -> date | None:
    """The day a short string names, for reference dates given by users: '2024-11-13', '13.11.2024'."""
    ms = [m for m in find_dates(text.strip()) if m.precision == "day" and m.start_date]
    return ms[0].start_date if ms else None
