"""Time expressions as a corpus of cases: (expected value(s), reference date, surface forms)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract
from timeline.language.temporal import find_dates, joined, parse_date

REF = date(2024, 11, 13)  # a Wednesday

# (type, value, start, end, precision), reference, texts whose only time expression is that
CASES = [
    (("DATE", "2024-11-13", "2024-11-13", "2024-11-13", "day"), REF, ["13.11.2024", "2024-11-13", "November 13, 2024", "13 November 2024", "Nov. 13, 2024", "today", "Today"]),
    # dotted and two figures of year: the month first where the day cannot be a month (a diary's "11.25.04")
    (("DATE", "2004-11-25", "2004-11-25", "2004-11-25", "day"), REF, ["11.25.04", "25.11.04", "11/25/04"]),
    # two days in numbers with the year once, after the second: a span, day first where a day is over 12 or dots part them
    (("DATE", "2024-11-12", "2024-11-12", "2024-11-19", "day"), REF, ["12/11-19/11/2024", "12.11.-19.11.2024", "11/12-11/19/2024",
                                                                     "12/11 - 19/11/2024"]),
    (("DATE", "2023-12-30", "2023-12-30", "2024-01-02", "day"), REF, ["30/12-2/1/2024"]),
    # "the week of" a day is the seven days from it
    (("DATE", "2024-W47", "2024-11-18", "2024-11-24", "week"), REF, ["the week of November 18", "the week of 18 November 2024"]),
    # a day glued to its month by a typing slip
    (("DATE", "1988-12-13", "1988-12-13", "1988-12-13", "day"), REF, ["13December 1988"]),
    (("DATE", "2024-11-12", "2024-11-12", "2024-11-13", "day"), REF, ["November 12-13", "Nov 12–13", "12-13 November 2024", "November 12 to 13",
                                                                     "November 12 & 13", "12 & 13 November 2024"]),
    # days of a month listed: the span from the first to the last ("Sao Paulo (June 19, 20 and 21)")
    (("DATE", "2024-11-12", "2024-11-12", "2024-11-14", "day"), REF, ["November 12, 13 and 14", "November 12, 13, and 14"]),
    (("DATE", "2024-11-14", "2024-11-14", "2024-11-19", "day"), REF, ["November 14-19", "Nov 14–19, 2024",
                                                                     "the 14th to the 19th of November 2024",
                                                                     "the 14th through 19th November, 2024"]),
    (("DATE", "2025-03-25", "2025-03-25", "2025-04-02", "day"), date(2025, 3, 1), ["March 25 to April 2", "from March 25 to April 2"]),
    # ... the day first, a hyphen glued to both days ("in San Marino, 31 March-2 April")
    (("DATE", "2025-03-31", "2025-03-31", "2025-04-02", "day"), date(2025, 3, 1), ["31 March-2 April", "31 March-2 April 2025"]),
    # a span over New Year is of the year written after it, which is its end's
    (("DATE", "2012-12-31", "2012-12-31", "2013-01-02", "day"), REF, ["December 31-January 2, 2013", "31 December-2 January 2013"]),
    (("DATE", "2008", "2008-01-01", "2008-12-31", "year"), REF, ["in 2008", "2008"]),
    (("DATE", "2014", "2014-01-01", "2016-12-31", "year"), REF, ["2014-2016", "2014–16"]),
    (("DATE", "2024-11", "2024-11-01", "2024-11-30", "month"), REF, ["November 2024", "this month", "2024 (November)"]),
    # a chronology's year made finer in brackets
    (("DATE", "1960-10-01", "1960-10-01", "1960-10-01", "day"), REF, ["1960 (October 1)"]),
    (("DATE", "1961-02-11", "1961-02-11", "1961-02-12", "day"), REF, ["1961 (February 11 and 12)"]),
    # ... or after a comma, on a heading line of its own
    (("DATE", "1960-08-05", "1960-08-05", "1960-08-05", "day"), REF, ["1960, Aug. 5", "1960, August 5"]),
    (("DATE", "1966-01", "1966-01-01", "1966-01-31", "month"), REF, ["1966, Jan", "1966, January"]),
    # a weekday with its day of the month in brackets is that day, either side of the reference
    (("DATE", "2024-11-14", "2024-11-14", "2024-11-14", "day"), REF, ["Thursday (14)", "Thursday (14th)"]),
    (("DATE", "2024-11-07", "2024-11-07", "2024-11-07", "day"), REF, ["Thursday (7)"]),
    (("DATE", "2023", "2023-01-01", "2023-12-31", "year"), REF, ["last year", "a year ago"]),
    # a month of a year named by its place is that month of that year, one expression
    (("DATE", "2023-05", "2023-05-01", "2023-05-31", "month"), REF, ["May last year", "May of last year", "May of the previous year"]),
    (("DATE", "2025-03", "2025-03-01", "2025-03-31", "month"), REF, ["March next year", "March of the following year"]),
    (("DATE", "2024-03", "2024-03-01", "2024-03-31", "month"), REF, ["March this year"]),
    (("DATE", "2024-01-28", "2024-01-28", "2024-01-28", "day"), REF, ["28 January this year", "January 28 this year"]),
    (("DATE", "2024-11-12", "2024-11-12", "2024-11-12", "day"), REF, ["yesterday", "on Tuesday"]),
    (("DATE", "2024-W47", "2024-11-18", "2024-11-24", "week"), REF, ["next week"]),
    (("DATE", "2024-Q2", "2024-04-01", "2024-06-30", "quarter"), REF, ["the second quarter of 2024", "Q2 2024"]),
    # a month's week is its seven days: the first from the 1st, the last up to its end
    (("DATE", "2009-W13", "2009-03-25", "2009-03-31", "week"), date(2009, 4, 1), ["the last week of March 2009", "the last week of March"]),
    (("DATE", "2006-W31", "2006-08-01", "2006-08-07", "week"), date(2006, 8, 9), ["the first week of August 2006", "the first week of August"]),
    (("DATE", "2023-SU", "2023-06-01", "2023-08-31", "season"), REF, ["summer 2023", "the summer of 2023"]),
    (("DATE", "2024-FA", "2024-09-01", "2024-11-30", "season"), REF, ["the fall", "this fall"]),
    # a day of a month named by its place ("this", "next" month)
    (("DATE", "2024-11-23", "2024-11-23", "2024-11-24", "day"), REF, ["the 23rd to 24th of this month", "from the 23rd to the 24th of this month"]),
    (("DATE", "2024-12-05", "2024-12-05", "2024-12-05", "day"), REF, ["the 5th of next month"]),
    # "Mar" without its dot is March before a day's number ("mar" is also a verb)
    (("DATE", "1925-03-01", "1925-03-01", "1925-03-01", "day"), REF, ["Mar 1, 1925", "Mar. 1, 1925"]),
    (("DATE", "199", "1990-01-01", "1999-12-31", "decade"), REF, ["the 1990s"]),
    (("TIME", "2024-11-13TMO", "2024-11-13", "2024-11-13", "day"), REF, ["this morning"]),
    (("DURATION", "P4Y", None, None, None), REF, ["four years", "4 years"]),
    (("DURATION", "P2.5Y", None, None, None), REF, ["two and a half years"]),
    (("DURATION", "P2M", None, None, None), REF, ["two months"]),
    (("DURATION", "P4D", None, None, None), REF, ["a four day visit", "a four-day visit"]),  # "a" is the article here
    # older print's ordinals: "the 2d of January", "January 23d"
    (("DATE", "1510-01-02", "1510-01-02", "1510-01-02", "day"), REF, ["he arrived at Calicut on the 2d of January 1510"]),
    (("DATE", "1867-01-23", "1867-01-23", "1867-01-23", "day"), REF, ["He arrived January 23d, 1867."]),
    # "this September" is this year's, whatever the tense of the clause
    (("DATE", "2023-09", "2023-09-01", "2023-09-30", "month"), date(2023, 4, 5), ["The band has announced a tour this September."]),
    # ... and one set apart from its number
    (("DATE", "2024-10-19", "2024-10-19", "2024-10-19", "day"), REF, ["on Saturday 19 th October 2024", "on 19 th October 2024"]),
    (("DURATION", "PT3H", None, None, None), REF, ["three hours"]),
    (("DATE", "PRESENT_REF", None, None, None), REF, ["At present", "currently"]),
    # the weekend is its Saturday and Sunday; a report early in the week looks back to the one just gone
    (("DATE", "2024-W46-WE", "2024-11-16", "2024-11-17", "day"), REF, ["He will speak at the weekend.", "this weekend"]),
    (("DATE", "2024-W45-WE", "2024-11-09", "2024-11-10", "day"), date(2024, 11, 12), ["Talks were held over the weekend."]),
    # an announcement's weekday is the next one; the reference's own weekday is that day ("are to meet Saturday",
    # written on a Saturday) ...
    (("DATE", "2024-11-13", "2024-11-13", "2024-11-13", "day"), REF, ["He will travel to Lima on Wednesday."]),
    (("DATE", "2024-11-17", "2024-11-17", "2024-11-17", "day"), REF, ["On Sunday, while in Lima, the Secretary will attend a dinner."]),
    # a month without a year, by the tense of its clause (an article of 22 March 2013)
    (("DATE", "2012-08", "2012-08-01", "2012-08-31", "month"), date(2013, 3, 22), ["Prices fell in August."]),
    (("DATE", "2014-02", "2014-02-01", "2014-02-28", "month"), date(2013, 11, 5), ["The plant will open in February."]),
    # hedges keep the year; a year that opens a timeline line, before 1000 too
    (("DATE", "1040", "1040-01-01", "1040-12-31", "year"), REF, ["about 1040", "c. 1040", "around 1040"]),
    (("DATE", "0712", "0712-01-01", "0712-12-31", "year"), REF, ["712 - Samarkand is conquered."]),
    (("DATE", "0260", "0260-01-01", "0260-12-31", "year"), REF, ["260 CE - The Sassanians are in power."]),
    (("DATE", "0841", "0841-01-01", "0842-12-31", "year"), REF, ["841/842 - Two brothers are appointed."]),
    # ... with a bar after it, a hedge before it, or a span written short
    (("DATE", "0641", "0641-01-01", "0641-12-31", "year"), REF, ["641 | Buddhism comes to Tibet.", "About 641 | A king succeeds."]),
    (("DATE", "0821", "0821-01-01", "0822-12-31", "year"), REF, ["821-22 | A treaty is signed."]),
    # a year and the next written short ("1728/9"); a period that runs centuries ("existed in 1456-1731")
    (("DATE", "1728", "1728-01-01", "1729-12-31", "year"), REF, ["- 1728/9 - A Portuguese force held Mombasa."]),
    (("DATE", "1456", "1456-01-01", "1731-12-31", "year"), REF, ["a Kazakh state that existed in 1456-1731"]),
    # ... or with one digit after a dash ("1680-1", "the famine of 1845-9")
    (("DATE", "1680", "1680-01-01", "1681-12-31", "year"), REF, ["- 1680-1 – Akwamu sponsors a mutiny.", "in 1680-1 it fell"]),
    (("DATE", "1845", "1845-01-01", "1849-12-31", "year"), REF, ["The famine of 1845-9 killed many."]),
    # a one- or two-digit year heads a timeline's line only with its era; a decade heads one too
    (("DATE", "0057", "0057-01-01", "0057-12-31", "year"), REF, ["- 57 CE – Theatre built.", "57 AD: a theatre is built.",
                                                               "57 AD\n\nA theatre is built."]),  # (alone on its line with its era)
    (("DATE", "071", "0710-01-01", "0719-12-31", "decade"), REF, ["- 710s – Olisipo taken by Moors.", "710s: taken."]),
    (("DATE", "14", "1401-01-01", "1450-12-31", "century"), REF, ["in the first half of the 15th century"]),
    (("DATE", "11", "1151-01-01", "1200-12-31", "century"), REF, ["in the second half of the 12th century"]),
    (("DATE", "2024-11-13", "2024-11-13", "2024-11-13", "day"), REF, ["in the second half of the day"]),  # (half a day: that day)
    (("DATE", "11", "1101-01-01", "1300-12-31", "century"), REF, ["the 12th or 13th century", "the 12th and 13th centuries"]),
    # centuries further apart are one span only where the words make one ("to", a dash, "between ... and")
    (("DATE", "09", "0901-01-01", "1300-12-31", "century"), REF, ["between the 10th and 13th centuries",
                                                                 "10th-13th centuries - Samoans migrate.",
                                                                 "from the 10th to the late 13th century"]),
    (("DATE", "09", "0901-01-01", "1000-12-31", "century"), REF, ["rebuilt in the 10th and 13th centuries"]),
    # a decade written with an apostrophe after "the" ("the 1960's"), as a page typed it
    (("DATE", "196", "1960-01-01", "1969-12-31", "decade"), REF, ["During the 1960's the tunnels were built.",
                                                                "During the 1960’s the tunnels were built."]),
    # "circa" is said of dates only, so it makes a year of three digits or a year written close ("c.1299")
    (("DATE", "0517", "0517-01-01", "0517-12-31", "year"), REF, ["c. 517 - Officials take up residence.", "founded circa 517 by him", "(c. 517)"]),
    (("DATE", "1299", "1299-01-01", "1299-12-31", "year"), REF, ["It was built c.1299 by him.", "ca. 1299"]),
    # a century abbreviated on a timeline line; a century BC has no day in our calendar, so no start or end
    (("DATE", "03", "0301-01-01", "0400-12-31", "century"), REF, ["4th C. CE - The fortress is built.", "in the 4th c. it fell"]),
    (("DATE", "BC04", None, None, "century"), REF, ["the 5th century BC", "the 5th century BCE", "the 5th c. BC"]),
    # "This Wednesday" opening a sentence is the reference's own Wednesday, as "this Wednesday" is
    (("DATE", "2024-11-13", "2024-11-13", "2024-11-13", "day"), REF, ["This Wednesday, the minister will speak."]),
    # a day's name in brackets belongs to its date and keeps a range whole
    (("DATE", "2007-04-28", "2007-04-28", "2007-05-06", "day"), date(2007, 4, 27), ["from April 28 (Sat) to May 6 (Sun)"]),
    (("DATE", "2007-05-03", "2007-05-03", "2007-05-03", "day"), date(2007, 4, 27), ["May 3 (Thursday)"]),
    # the year first with dots or slashes, as East Asian pages write a day
    (("DATE", "2024-11-13", "2024-11-13", "2024-11-13", "day"), REF, ["2024.11.13 – Germany, Hamburg: Hafenklang", "on 2024/11/13"]),
    # a British hour with a dot is one hour, never its minutes read as an hour ("15am")
    (("TIME", "2024-11-13T08:15", "2024-11-13", "2024-11-13", "minute"), REF, ["We were there at 8.15am.", "at 8.15 a.m.", "8:15 am"]),
    # a diary's or a race's numbered day before its date is no range of days
    (("DATE", "2024-02-15", "2024-02-15", "2024-02-15", "day"), REF, ["Day 11 – 15th February 2024 – The train to Ella.",
                                                                    "Stage 3 - 15 February 2024: a mountain stage"]),
    # a year alone on a bullet line is a year, whatever its size
    (("DATE", "1194", "1194-01-01", "1194-12-31", "year"), REF, ["Timeline\n- 1194\n"]),
    # a day whose year follows its comma with no space, as pasted pages write it
    (("DATE", "2024-01-14", "2024-01-14", "2024-01-14", "day"), REF, ["Jan 14,2024.", "on January 14,2024 the refinery"]),
    # a weekday before a name that is also a month's ("On Tuesday, May will travel"): the weekday, not a month's day
    (("DATE", "2024-11-19", "2024-11-19", "2024-11-19", "day"), REF, ["On Tuesday, May will travel to Cape Town."]),
    # a month in capitals before its day, as a fixture list writes it (not a release's "23 MAY 2018:" stamp)
    (("DATE", "2024-06-03", "2024-06-03", "2024-06-03", "day"), REF, ["JUNE 3: TOUR MATCH V BARBARIANS (WHANGAREI)"]),
    # a weekday written short before a month's day, on both ends of a range, as a fixture list writes it
    (("DATE", "2025-01-15", "2025-01-15", "2025-01-18", "day"), REF, ["Tue Jan 15 - Fri Jan 18: Tour match, Barbados"]),
    # an anniversary: that day so many years (months) back, not the year before nor the day it is written
    (("DATE", "2023-11-13", "2023-11-13", "2023-11-13", "day"), REF, ["One year ago Wednesday, the plane exploded.",
                                                                    "It happened a year ago today."]),
    (("DATE", "2024-09-12", "2024-09-12", "2024-09-12", "day"), REF, ["Exactly two months ago yesterday, he left."]),
    # a count of years written with a thousands separator is the whole number
    (("DATE", "0824", "0824-01-01", "0824-12-31", "year"), REF, ["some 1,200 years ago"]),
    # a count of weeks from the story's day is a day, as MEANTIME's news gives "a week ago"
    (("DATE", "2024-11-06", "2024-11-06", "2024-11-06", "day"), REF, ["a week ago"]),
    (("DATE", "2024-10-30", "2024-10-30", "2024-10-30", "day"), REF, ["two weeks ago"]),
    # a year that opens an entry of annals or a table's row, or follows "Anno"
    (("DATE", "1041", "1041-01-01", "1041-12-31", "year"), REF, ["The annals.\n1041. King Henry entered Bohemia.", "Anno 1041. King Henry",
                                                                 "Chronology\n1041 | King Henry enters Bohemia. |"]),
]


@pytest.mark.parametrize(
    "expected,reference,text",
    [(e, r, t) for e, r, texts in CASES for t in texts],
)
def test_single_expression(expected, reference, text):
    found = find_dates(text, reference)
    assert len(found) == 1, f"{text!r} gave {found}"
    m = found[0]
    t, value, start, end, precision = expected
    got = (m.type, m.value, m.start_date and m.start_date.isoformat(), m.end_date and m.end_date.isoformat(), m.precision)
    assert got == (t, value, start, end, precision)
    assert text[m.start:m.end] == m.text


NEGATIVES = [
    "We will meet them.",
    "They may travel.",
    "Protesters march in the capital.",
    "Floods mar 2 towns and mar the view.",
    "the 33-d ally",
    "It cost $27 and 20% more.",
    "The score was 12-13.",
    "He is 45.",
    "Call 555-1234.",
    "Boeing 737 and Airbus A320 models",
    "the second time, one of them",
    "2000 troops were sent",
    "c. 300 men held the fort",
    "the 4th C. Battalion",
    "May Day",
    "- 57 – the number of dead.",  # a short number heads a line as a year only with its era
    "The list.\n1200 Troops left the fort.",
    "It opens at 15 pm.",  # no hour
    "made at least 45,500 years ago",  # before the calendar, and no "500 years ago"
    "version 2024.11.13.1",  # a version's numbers  # a number opening a line is no annal's year without its stop or dash
    "Call police on 131 444 or Crime Stoppers on 1800 333 000.",  # a telephone number's groups
    # a season's word that is no season: a collapse, a verb
    "After the fall of Constantinople, refugees fled west.",
    "It will spring back from the roots.",
    "They plan to winter in Nice.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_time_expression(text):
    assert [m.text for m in find_dates(text, REF)] == []


@pytest.mark.parametrize("text,values", [
    # a list's years written short after its full one are years of their own, each after the one before
    ("King previously won the race in 1993, '96 and '98.", ["1993", "1996", "1998"]),
    ("Swingley won titles in 1995, `99, 2000 and 2001.", ["1995", "1999", "2000", "2001"]),
    ("He took the title in 2014, ‘16 and ’17.", ["2014", "2016", "2017"]),
    ("It ran in 1998, '99 and '00.", ["1998", "1999", "2000"]),
    # ... but not a quote or a clock after a year
    ("In 2003, '99 Problems' was a hit.", ["2003"]),
    ("In 2010, '5 o'clock' was a song.", ["2010"]),
])
def test_a_list_of_years_written_short(text, values):
    found = find_dates(text, REF)
    assert [m.value for m in found] == values
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize("text,found", [
    ("Dates:\n\nNovember\n\n19 - Mexico City, Mexico", []),  # a month's heading over a list is not the first line's day
    ("on November\n19, 2024 the team", ["November\n19, 2024"]),  # a line wrapped inside a date keeps it whole
])
def test_a_date_never_runs_over_a_blank_line(text, found):
    assert [m.text for m in find_dates(text, REF)] == found


@pytest.mark.parametrize(
    "text,expected_span,mod",
    [
        ("in early December", "early December", "START"),
        ("for more than two and a half years", "more than two and a half years", "MORE_THAN"),
        ("at the end of 2025", "the end of 2025", "END"),
        # a hedge before the modifier bounds the date it names: "by 1513" ends in 1513, and so does this
        ("by the end of 2025", "the end of 2025", "ON_OR_BEFORE"),
        ("By the late 14th century", "late 14th century", "ON_OR_BEFORE"),
        ("in mid-2023", "mid-2023", "MID"),
    ],
)
def test_modifiers_join_the_span(text, expected_span, mod):
    (m,) = find_dates(text, REF)
    assert (m.text, m.mod) == (expected_span, mod)


def test_spans_leave_out_prepositions():
    assert [m.text for m in find_dates("It happened in 2014 and on November 12.", REF)] == ["2014", "November 12"]


def test_the_years_before_a_year_are_its_words_not_a_duration():
    assert [m.text for m in find_dates("It was built in the years 1755-1757 by the French.", REF)] == ["1755-1757"]
    assert [m.value for m in find_dates("Over the years the town grew.", REF)] == ["PXY"]


def test_a_weekday_after_its_date_and_a_dash_is_that_date():
    assert [m.value for m in find_dates("Day 19 (June 28 -Thursday):", date(2018, 7, 25))] == ["2018-06-28", "2018-06-28"]


def test_a_schedule_heading_in_capitals_holds_its_weekday():
    assert [m.text for m in find_dates("Schedule\n\nMONDAY, NOVEMBER 5, 2012\n\nIn the morning", REF)] == ["MONDAY, NOVEMBER 5, 2012"]


def test_without_reference_relative_dates_stay_unresolved():
    (m,) = find_dates("It happened yesterday.", None)
    assert (m.value, m.start_date, m.anchored) == ("XXXX-XX-XX", None, False)
    (y,) = find_dates("It happened in 2008.", None)
    assert y.value == "2008" and y.anchored


def test_narrative_mode_anchors_on_the_story():
    text = "The war began in June 1941. Two years later the tide turned. In December the army retreated."
    values = [m.value for m in find_dates(text, date(2009, 12, 19), mode="narrative")]
    assert values == ["1941-06", "1943", "1941-12"]


@pytest.mark.parametrize("text,expected", [
    # in news, "that evening" and "later the same day" are the day just told; "this morning" is the story's own
    ("On Thursday, 18 June, he spoke. Later the same day he left. That evening he flew. This morning he rested.",
     ["2020-06-18", "2020-06-18", "2020-06-18TEV", "2020-06-16TMO"]),
    # and with no day told before, "that evening" is no date
    ("That evening he flew.", []),
    # a clock time without its own day is on the day just told; with none told, on the story's own
    ("The assault took place on Monday afternoon. The incident occurred around 2:25pm.", ["2020-06-15TAF", "2020-06-15T14:25"]),
    ("The incident occurred around 2:25pm.", ["2020-06-16T14:25"]),
    # a 24-hour clock after any word of when ("before 08:00", "by 14:30"), and midday, as after "at"
    ("We set off before 08:00 and arrived by midday. The ferry left after 14:30.",
     ["2020-06-16T08:00", "2020-06-16T12:00", "2020-06-16T14:30"]),
    ("The score was 10:30 at half time.", []),  # (a score is no clock)
    ("Tomorrow morning at 11:45 we will have a briefing; on Thursday at noon, another.",
     ["2020-06-17TMO", "2020-06-17T11:45", "2020-06-18", "2020-06-18T12:00"]),
    # what begins on a bare weekday begins on the coming one
    ("He takes to the road for a bus tour, beginning Thursday in Tallahassee.", ["2020-06-18"]),
    # what was agreed or decided before a month is still to be done in it; an intention after a date is not its tense
    ("The two countries have agreed to hold a summit in late June.", ["2020-06"]),
    ("They have agreed to hold a summit in May.", ["2021-05"]),
    ("Fiat announced on Friday that it intends to buy a stake.", ["2020-06-12"]),
    # a span of weekdays ends after it begins, whatever the tense says of its end alone
    ("The tour spans from Tuesday to Friday.", ["2020-06-16", "2020-06-19"]),
    ("It was closed from Friday to Monday.", ["2020-06-12", "2020-06-15"]),
    # the story's own weekday, of what is to come, is that day -- unless the days the text told since went past it
    ("The minister will meet the President on Tuesday.", ["2020-06-16"]),
    ("The minister will begin a four day visit today. He will meet the President on Tuesday morning.",
     ["P4D", "2020-06-16", "2020-06-16TMO"]),
    ("The ministry today announced that he will travel on Tuesday.", ["2020-06-16", "2020-06-16"]),
    ("He will be in Oslo on Monday. He will fly home on Tuesday.", ["2020-06-22", "2020-06-23"]),
    # a sentence that looked forward further back looks forward at its weekdays too, unless a past tense came between
    ("The High Commissioner is due to visit Athens and the eastern Aegean island of Lesvos on Wednesday and Thursday.",
     ["2020-06-17", "2020-06-18"]),
    ("The High Commissioner is due to report that the eastern Aegean islands of Greece flooded on Wednesday.",
     ["2020-06-10"]),
    # "the Sunday" is that weekday among the days just told, not the reference's next one
    ("The tour runs from Sunday 5 July to Thursday 9 July. She will arrive on the Sunday and sail on the Monday.",
     ["2020-07-05", "2020-07-09", "2020-07-05", "2020-07-06"]),
    ("The fair opens on 1 July. Visitors can come on the Friday.", ["2020-07-01", "2020-07-03"]),
    # a text that wrote the reference's own date means that day by its weekday ("March 22 (IANS) ... departing on
    # Saturday evening"), unless the days it told since went past it
    ("DELHI, June 16 (IANS) The minister will leave for London on Tuesday evening.", ["2020-06-16", "2020-06-16TEV"]),
    ("June 16, 2020. The minister will be in Berlin on Monday and in Rome on Tuesday.",
     ["2020-06-16", "2020-06-22", "2020-06-23"]),
    # "the second day of the tour" is that day of the days last told, "the last day of their tour" the last of them
    ("The visit takes place between Saturday 20th June and Friday 26th June. On the second day of the tour they met "
     "the President, and on the last day of their tour they flew home.",
     ["2020-06-20", "2020-06-26", "2020-06-21", "2020-06-26"]),
    # a diary's "Day 2" heading its line is that day of the trip's days told last, the next numbered days after it;
    # not one whose line gives its own date, nor one with no trip's days told before it
    ("From June 14th to June 18th, 2020\nDay 1\nFlew in.\nDay 2\nA tour.\nDay 3: Into the hills\nA hike.\nDay 4 - June 17\nRest.",
     ["2020-06-14", "2020-06-14", "2020-06-15", "2020-06-16", "2020-06-17"]),
    ("Day 1\nWe flew in.", []),
    # "this morning", "tonight" under a diary's dated heading, before the page's day, are that entry's day
    ("Day 3 06/14/20\n\nThis morning we left Maseru. Tonight we sleep in the hills.\n\nDay 4 06/15/20\n\nWe ride this afternoon.",
     ["2020-06-14", "2020-06-14TMO", "2020-06-14TNI", "2020-06-15", "2020-06-15TAF"]),
    # ... and so are its hours, however far down the entry ("arrived at about 6 pm", "ate at noon")
    ("Day 27: Thursday, June 11, 2020\n\n" + "We drove on through the hills and the kids watched films. " * 8
     + "We arrived at the camp at about 6 pm. We ate at noon.", ["2020-06-11", "2020-06-11T18:00", "2020-06-11T12:00"]),
    # ... and so is that day's name, said under it, though its last namesake is nearer the page's day; the heading's
    # day may be set off from its date by a dash
    ("Sunday - 7 June\n\nLeft home early Sunday morning for Leeds.\n\nMonday - 8 June\n\nRested.",
     ["2020-06-07", "2020-06-07TMO", "2020-06-08"]),
    # ... but a news story's first line of its own day leaves its "today" the story's
    ("June 16, 2020\n\nThe minister said today that prices rose.", ["2020-06-16", "2020-06-16"]),
    # "the last day of the Pope’s visit" is none of the days before the story's ("the last day" alone would be)
    ("Monday 22 June\n\nThe last day of the Pope’s visit, he will inaugurate a charity center.", ["2020-06-22"]),
    ("Ford posted a profit for the last year of US$2.7 billion.", ["2019"]),  # ... but "the last year of" a sum is
    # ... and of the days a trip's count of them gives from the day it starts
    ("The President arrived on a four-day State Visit this afternoon. On the second day of the visit, he will meet "
     "the Prime Minister.", ["P4D", "2020-06-16TAF", "2020-06-17"]),
    # "last November" is the one before the story's month, "next March" the one after, whatever the tense
    ("This follows a tour to England last November.", ["2019-11"]),
    ("The team will tour England next March.", ["2021-03"]),
    # a weekday the text has written with its date, to come, is that date when named again alone
    ("She will visit the towns on Tuesday July 7 and Wednesday July 8. Her first stop will be the museum on Tuesday.",
     ["2020-07-07", "2020-07-08", "2020-07-07"]),
    # a day of a month said of what will be is the coming one, though last year's is nearer; of what was, the nearest
    ("The European leg of the tour will commence on January 10 in Lisbon.", ["2021-01-10"]),
    ("The European leg of the tour began on January 10 in Lisbon.", ["2020-01-10"]),
    # a weekday in a clause of no tense after a day told from today on goes forward when its sentence looks forward
    # further on; with no such word, or after a past day, it is the last one
    ("Still on Tuesday, she will meet the mayor. On Friday, the President of the republic moves to Porto, a city in the "
     "north of the country, where he will open a fair.", ["2020-06-16", "2020-06-19"]),
    ("Rescue goes on Tuesday. The quake struck on Monday, near the city.", ["2020-06-16", "2020-06-15"]),
    ("The talks began on Saturday. On Monday, the President of the republic moves to Porto, a city in the north of the "
     "country, where he will open a fair.", ["2020-06-13", "2020-06-15"]),
    # a weekday right after a date that falls on it names the same day ("December 17 Tuesday" in a diary of the past)
    ("December 17 Tuesday\nThe ship reached Sydney at 9 a.m.", ["2019-12-17", "2019-12-17", "2019-12-17T09:00"]),
    # days "later" or "earlier" count from the day just told, not from the story's; "ago" always from the story's
    ("The team plays in Brisbane on 13 October and in Cairns four days later.", ["2020-10-13", "2020-10-17"]),
    ("The ship sank on 2 June. Two days earlier it had left port. It was found three days ago.",
     ["2020-06-02", "2020-05-31", "2020-06-13"]),
    # "N days after" a time is a date counted from it; after an occurrence it is a length (the occurrence's day is not
    # the story's), and the trip's own days stay its dates
    ("From 5 to 12 June, she will travel to Beira, three months after Idai made landfall.", ["2020-06-05", "P3M"]),
    ("It came two days after soldiers inaugurated a bridge.", ["P2D"]),
    # a weekday alone on its line heads its paragraph and takes its tense; a schedule's day headings go forward; a
    # weekday above "May ..." across an empty line is no date "Wednesday May"
    ("Wednesday\n\nThe minister will fly into Cape Town.\n\nThursday\n\nMay intends to meet the President.",
     ["2020-06-17", "2020-06-18"]),
])
def test_news_days_told_again(text, expected):
    assert [m.value for m in find_dates(text, date(2020, 6, 16), mode="news")] == expected


@pytest.mark.parametrize("text,expected", [
    # a count after "than" is no year, and does not move the story's date
    ("He landed in 1201 with more than 1500 crusaders. He built a fort that same year.", ["1201", "1201"]),
    # "this time" is an age of the story whose length the text does not give; "the same time" is its moment
    ("The town is first named in 1474. During this time it was a seat of judges.", ["1474"]),
    ("The army crossed on 3 May 1805. At the same time the fleet sailed.", ["1805-05-03", "1805-05-03"]),
    # "the same century" is the century last told, a year's or a century's; "this century" alone is no date of the story
    ("In the 10th century the village grew. In the same century a school was founded.", ["09", "09"]),
    ("The church burned in 1925. In the same century the town was rebuilt. This century saw wars.", ["1925", "19"]),
    # years before 1000 in a history: after a preposition of time, before a clause's end or a word of time
    ("In July 751, the armies met. Their rule ended in 821 when power shifted. It was settled around 650 during a war.",
     ["0751-07", "0821", "0650"]),
    ("The abbey was founded in 657 by St. Hilda. It grew in 680 under Abbess Hilda.", ["0657", "0680"]),
    ("Prices rose from 200 to 300. In 300 cases it failed.", []),  # counts
    # early years of a span "between ... and ..."; a count after the second keeps both counts
    ("Between 1200 and 1700 the city operated. It was built between 1085 and 1154, to protect the manor.",
     ["1200", "1700", "1085", "1154"]),
    ("Between 1200 and 1500 troops were killed.", []),
    # ... or alone on its line in a chronology
    ("726\n\nAntwerp is mentioned for the first time.\n\n836\n\nAntwerp is devastated by the Normans.", ["0726", "0836"]),
    ("The team scored\n\n300\n\npoints in all.", []),  # a number alone on its line mid-sentence, in a text of no year
    # a chronology's typed dash ("--") before an entry's day
    ("1801. JEFFERSON inaugurated president,--March 4.\n\nACADEMY established at West Point,--March 10.",
     ["1801", "1801-03-04", "1801-03-10"]),
    # a day heading's date ends at its line: an almanac's year lines under it are years of their own, however early
    ("18 January\n\n1644 Pilgrims in Boston reported a sighting\n1419 French city of Rouen surrenders to Henry V\n",
     ["XXXX-01-18", "1644", "1419"]),
    ("Report\n1200 Troops arrived at dawn.\nThe rest stayed.", []),  # one such line is a count
    # or opening a sentence before a name; "early", "late" and "mid-" may stand between the preposition and the year
    ("In 948 Archbishop Adaldag consecrated Reginbrand. In 948 cases it failed.", ["0948"]),
    ("The siege took place in early 1258. He was warned in late 1257 and again in mid-1258.", ["1258", "1257", "1258"]),
    ("The castle had early 1258 stones.", []),
    # a year in words, as radio scripts write them, after a preposition of time; a count in words is no year
    ("Mubarak came to power in nineteen eighty-one. The war lasted from nineteen ninety-one to two thousand two.",
     ["1981", "1991", "2002"]),
    ("He was born in nineteen hundred and five, she in nineteen oh six.", ["1905", "1906"]),
    ("They sold it in two thousand villages. Nineteen eighty-one people came.", []),
    # an early year in brackets after a name is a year; a count before a noun is not
    ("The knights lost land at the Peace of Thorn (1411). The army had 1200 troops.", ["1411"]),
    # a year range does not run over a line's end; "1586 – 1586 Lima earthquake" is the line's year and a name
    ("- 1541\n  - 26 June: The governor assassinated.", ["1541", "1541-06-26"]),
    ("- 1586 – 1586 Lima earthquake.", ["1586"]),
    ("- 1506 – April: Pogrom of Jews.\n- 1511 – Palace built.", ["1506", "1506-04", "1511"]),  # the line's month, in its year
    ("The wars of 1914-1918 and 1939–45.", ["1914", "1939"]),
    # a habit is no date; a history's "today" is the writer's day, which it does not give
    ("By 1300 the fishermen that each summer sailed to Bergen traded there. Today, Bergen is a UNESCO site.",
     ["1300", "XXXX-XX-XX"]),
    # "the 1600s" is a century
    ("French explorers arrived in the 1600s.", ["16"]),
    # a day without a year shares the year of the dated day joined to it
    ("In December 1698 the fort fell. Ships arrived on September 15 and December 1697.", ["1698-12", "1697-09-15", "1697-12"]),
    ("They met on 3 March and 5 June 1990.", ["1990-03-03", "1990-06-05"]),
    # a day without a year takes the story's year
    ("In December 1698 the garrison was starving. The attack on December 13 captured the fort.", ["1698-12", "1698-12-13"]),
    # the story moves forward: a month more than two back is next year's, one a month back is not (a bare month as a day)
    ("On 10 October 1805 the fleet sailed. In January the army marched.", ["1805-10-10", "1806-01"]),
    ("On 16 February 1959 he took office. In January the rebels had entered Havana.", ["1959-02-16", "1959-01"]),
    # a page about one year (it names no other): its days stay in that year, though its lists start over
    ("Events of 1959 in Cuba.\n- President:\n  - January 3-July 18: Urrutia\n- Prime Minister:\n  - until January 1: Güell\n"
     "January\n- January 2 - Rebels entered Havana.", ["1959", "1959-01-03", "1959-01-01", "1959-01-02"]),
    # a table's year column run into its date is that date's year, and a year of the page like any other
    ("The fort fell in 1775.\n1789April 14 The ship departs.\nApril 28 The crew mutiny.\n1791March The frigate arrives.",
     ["1775", "1789-04-14", "1789-04-28", "1791-03"]),
    ("The model XR1999May sold out.", []),  # (a word glued on the left: a name, no date)
    # a full month's name with the dot of a chronology's abbreviations, between its day and year, is that day; a dot
    # that ends a sentence is not
    ("11 Sept. 1853 The monks met.\n6 March. 1857 The earth was ploughed.", ["1853-09-11", "1857-03-06"]),
    ("In 1850 the town grew. It ended in March. 1857 was calm.", ["1850", "1850-03", "1857"]),
    # a chronology's month between its line's year and its entry, dashes around it
    ("2006 – Civic groups warn of an outbreak in March.\n\n2007 – February – Supplies are blamed.", ["2006", "2006-03", "2007-02"]),
    # a timeline's day glued to its entry's first word, as a page that lost its layout gives it
    ("Timeline 1825\n\nMarch 19Lafayette arrives in Savannah.\nMarch 21Today is the Big Day.", ["1825", "1825-03-19", "1825-03-21"]),
    # ... or right after its year, a dash after it ("1966 July—Mwambutsa deposed"); not a month that runs on in prose
    ("1966 July—Mwambutsa deposed.\n\n1993 June - Ndadaye wins.\n\nIn 1966 July was hot.", ["1966-07", "1993-06", "1966"]),
    # ... after a colon or before a comma ("1952:  August - Freeborn flies", "1589 March, The ship sank"), or opening the
    # line under its year's own ("1589\nMarch, The ship sank"); not a month that opens a clause under a sentence
    ("1952:  August - Freeborn flies in.\n1589 March, The ship sank.\n1635\nJuly, A ship was wrecked.\n1964:\n\nMay - A survey.",
     ["1952-08", "1589-03", "1635", "1635-07", "1964", "1964-05"]),
    ("The town grew in 1860.\nMay, the month of rain, was wet.", ["1860"]),
    ("1890 – 3 May the court met.", ["1890", "1890-05-03"]),  # (a day after a year's dash: no span of years)
    # a month's name written small between its day and year is that day; "may" alone is no month
    ("The town was founded 02 july 1860. He may 1861 have left.", ["1860-07-02", "1861"]),
    # a chronology's "01/02 Fri.": two numbers are a day when a day's name follows, in the order the day's name fits
    ("1942 01/01 Thu. The admiral takes command. 01/02 Fri. Manila falls. 12/01 Tue. Talks end.",
     ["1942", "1942-01-01", "1942-01-02", "1942-12-01"]),
    ("1942 05/01 Mon. Ships sail.", ["1942", "1942-01-05"]),  # 1 May 1942 was a Friday, 5 January a Monday
    ("About 1/2 of votes were cast in 2/3 of the towns.", []),  # without a day's name, a fraction
    # days are counted from the story's last day, not from a year named in between; years from the year
    ("On November 17, 1800, the Senate met. Work had begun in 1796. Four days later it had a quorum. The following day "
     "the president arrived.", ["1800-11-17", "1796", "1800-11-21", "1800-11-22"]),
    ("In May 1941 the army crossed. In 1943 it returned. The previous year it had wintered there.", ["1941-05", "1943", "1942"]),
    # a story's "'62" closing a clause is in the century its own dates put it nearest
    ("The war ran from 1861 to 1865. Mason sailed for England, '62. Vicksburg fell, '63; a '64 rifle is no date.",
     ["1861", "1865", "1862", "1863"]),
    # with a second year named, the story is free to move on
    ("In 1958 the revolt spread. On 10 October 1958 the rebels advanced. In January they entered Havana.",
     ["1958", "1958-10-10", "1959-01"]),
    # a year, a comma and a month are one date on a heading's line, not where the month opens a clause
    ("1966, Jan\nThe army seized power.\n\n1970, Dec. 4\nElections were held. In 1974, May saw rains.",
     ["1966-01", "1970-12-04", "1974"]),
    # a date further back recalled inside a chronology's entry is not the chronology's next year; its next entry's is
    ("1991\nAugust 30 Parliament declared the restoration of independence from 1918.\n21 September Armenia voted.\n"
     "1992\nMay 8 Shusha fell.", ["1991", "1991-08-30", "1918", "1991-09-21", "1992", "1992-05-08"]),
])
def test_narrative_dates(text, expected):
    assert [m.value for m in find_dates(text, None, mode="narrative")] == expected


def test_a_story_without_a_reference_date_is_read_as_a_narrative():
    table = extract("In December 1698 the garrison was starving. The attack on December 13 captured the fort.")
    assert "1698-12-13" in table["start"].tolist()


def test_the_verb_right_after_a_day_sets_its_tense():
    """"Thursday left", in a story of that Thursday, is that day, though a "will" follows later in the sentence."""
    text = "Minister Jon Doe Thursday left for Cyprus, part of a tour that will also take him to Libya."
    assert [t.value for t in find_dates(text, date(2007, 5, 24))] == ["2007-05-24"]


@pytest.mark.parametrize("text,expected", [
    # a journey or a visit told in the present progressive is arranged: its weekday is the coming one
    ("Gov. Andy Beshear is visiting Paducah, Murray and Madisonville on Friday.", ["2021-07-09"]),
    ("The team is heading to Leeds on Saturday.", ["2021-07-10"]),
    # ... not what is being done about a day gone
    ("Police are investigating a shooting on Friday.", ["2021-07-02"]),
])
def test_a_visit_told_in_the_present_progressive_is_ahead(text, expected):
    assert [t.value for t in find_dates(text, date(2021, 7, 8))] == expected


@pytest.mark.parametrize("text,expected", [
    # a day, its month and its year joined by hyphens, as forms and itineraries write them
    ("1. 05-April-2014 Reach Gangtok", ["2014-04-05"]),
    ("Filed on 12-Jan-2020.", ["2020-01-12"]),
    # ... not with a number glued on after it
    ("Ref 12-May-2014-05", []),
])
def test_a_date_joined_by_hyphens(text, expected):
    assert [t.value for t in find_dates(text, date(2014, 4, 18))] == expected


@pytest.mark.parametrize("text,expected", [
    # a span of days of one month, each day with its name
    ("the weekend of Friday 12 to Sunday 14 September", [("2014-09-12", "2014-09-14")]),
    ("from Fri 12 to Sun 14 September 2014", [("2014-09-12", "2014-09-14")]),
])
def test_a_span_of_named_days_of_a_month(text, expected):
    assert [(t.value, t.end_value) for t in find_dates(text, date(2014, 9, 11))] == expected


@pytest.mark.parametrize("text,expected", [
    # a programme's line opens with its hour, written with a dot or a colon, alone or as a span
    ("1 August 2014: Igaliko\n\n09.40: Inspection of the Norse ruins.", ["2014-08-01", "2014-08-01T09:40"]),
    ("1 August 2014: Narsaq\n\n14.00-14.20: The couple arrives in Narsaq.", ["2014-08-01", "2014-08-01T14:00"]),
    # ... not a figure in prose
    ("1 August 2014: Narsaq\n\nPrices rose 09.40 percent.", ["2014-08-01"]),
    # four figures opening the lines under a weekday are clock times, not years
    ("Friday 1 August 2014 (local time)\n\n1105 Traditional welcome.\n\n1830 Dinner with leaders.",
     ["2014-08-01", "2014-08-01T11:05", "2014-08-01T18:30"]),
    # ... after them a dash, a time zone in brackets or a second time of a span: a diary's lines
    ("Sunday, August 3\n\n1930 - Stopped near Kent for dinner.\n\n2230(ADT) - Arrived.\n\n1730-1900 - Toured the museum.",
     ["2014-08-03", "2014-08-03T19:30", "2014-08-03T22:30", "2014-08-03T17:30"]),
    # ... under an almanac's day without a weekday, years
    ("1 August\n\n1644 Pilgrims reported a sighting.\n1919 The congress opened.", ["2014-08-01", "1644", "1919"]),
    ("1 August\n\n1644 - Pilgrims reported a sighting.\n1919 - The congress opened.", ["2014-08-01", "1644", "1919"]),
    # ... and an almanac's lines a paragraph each, years before 1500 too
    ("1004 The Danes sack the town\n\n1086 The town has 6,000 people\n\n1094 The bishop moves his seat",
     ["1004", "1086", "1094"]),
    # ... of three figures, or a span of them, too
    ("The Shaping of Ghent\n\n630 St Amand founds abbeys.\n\n879-83 The Normans camp near Ghent.\n\n1180 The count "
     "builds a castle.", ["0630", "0879", "1180"]),
    # ... but not a count opening a line of its own among prose, nor someone called June
    ("Reinforcements came.\n\n1200 Soldiers died in the battle.\n\nThe war went on.", []),
    ("Reinforcements came.\nJune Smith said the war went on.", []),
    ("Reinforcements came.\n\n250 Marines landed on the beach.\n\nThe war went on.", []),
    # ... and opening a history's paragraphs, years
    ("History\n\n1830 The town was founded.\n\n1846 Missionaries arrived.", ["1830", "1846"]),
    # a house number before a street's name is neither an hour nor a year, under a day or in a line of prose
    ("Friday 1 August 2014\n\n9:45 AM: Visit a school\n1303 Boudro Rd, Randolph Center, VT", ["2014-08-01", "2014-08-01T09:45"]),
    ("The dinner is at Stoweflake Resort, 1746 Mountain Rd, Stowe.", []),
    # ... but a year that a preposition governs stays one
    ("In 1862 Lincoln Road was laid out.", ["1862"]),
])
def test_a_programme_line_opens_with_its_hour(text, expected):
    assert [t.value for t in find_dates(text, date(2014, 7, 31))] == expected


@pytest.mark.parametrize("text,reference,expected", [
    # a weekday heading a programme whose lines open with their hours is the coming one, and its hours are on it
    ("Thursday\n\n11am The President returns to Malta.\n\nFriday\n\n7.30pm The President attends a reception.",
     date(2019, 10, 20), ["2019-10-24", "2019-10-24T11:00", "2019-10-25", "2019-10-25T19:30"]),
    ("Monday\n\n7.55am The President departs for London", date(2020, 3, 1), ["2020-03-02", "2020-03-02T07:55"]),
    # ... unless its lines tell what was done
    ("Thursday\n\n11am The President returned to Malta.", date(2019, 10, 20), ["2019-10-17", "2019-10-17T11:00"]),
    # a siege's hours under its day, each entry told at length, one with the hour in GMT: hours of that day, not years
    ("Wednesday 1 September\n\n0930 (0530GMT): Armed men burst into the school, " + "opening fire in the yard. " * 12
     + "\n\nChildren are forced into the gym.\n\n1125: Media report that 12 people have been killed.", date(2004, 9, 3),
     ["2004-09-01", "2004-09-01T09:30", "2004-09-01T05:30Z", "2004-09-01T11:25"]),
    # ... and a weekday before a day of the month is that date's, as before; only an hour stands apart from it, not a
    # date with dots nor a year
    ("Thursday 12 March the talks end.", date(2019, 10, 20), ["2020-03-12"]),
    ("Thursday 16.11.2017 late afternoon", date(2017, 6, 26), ["2017-11-16"]),
    ("on Sunday 1925", date(2017, 6, 26), ["1925"]),
])
def test_a_programme_s_weekday_headings_hold_its_hours(text, reference, expected):
    assert [t.value for t in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,reference,expected", [
    # a diary's entry dated in full, then its title on the line: its "yesterday" and "today" are of that day, and the
    # next entry's day and month alone ("10/13:") follow it
    ("10/12/2020: Next Stop – Taos, NM\nAfter a windy day yesterday we left early today.\n10/13: Taos Ski Area – A "
     "Hike\nWe skied today.", date(2020, 10, 19), ["2020-10-12", "2020-10-11", "2020-10-12", "2020-10-13", "2020-10-13"]),
    # ... not a tour's list of its dates, nor a day and month in prose
    ("Tour dates below.\n03/03: San Juan @ Sala Sinfónica\n03/13: Caracas, Venezuela @ Teatro", date(2015, 1, 30), []),
    ("10/12/2020: We left.\nOn 10/13 we skied.", date(2020, 10, 19), ["2020-10-12"]),
    # ... also with the day's route after a comma ("Day 1: 8th Feb 2008, Machame Gate – Machame Hut, 10.5km")
    ("Day 1: 8th Feb 2008, Machame Gate – Machame Hut, 1800m – 3000m, 10.5km\nThis morning we were picked up from the "
     "hotel.", date(2023, 6, 23), ["2008-02-08", "2008-02-08TMO"]),
])
def test_a_diary_s_entries_are_dated_by_their_headings(text, reference, expected):
    assert [t.value for t in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,reference,expected", [
    # a dated page's days told without a year are of the year its heading gives, whenever it was published
    ("October 2014\n\nOct 1:\nFighting on the border.\n\nOct 2:\nAir strikes pounded the town.", date(2016, 4, 25),
     ["2014-10", "2014-10-01", "2014-10-02"]),
    # ... not of a year the page names only in its prose
    ("The club was founded in 1990.\n\nOct 1:\nThe season opens.", date(2016, 4, 25), ["1990", "2016-10-01"]),
    # each of several year headings holds the lines under it, up to the next
    ("A timeline of the dispute:\n\n1998\n\nOct 1: Troops cross the border.\n\n1999\n\nFeb 1: Talks open in the capital.",
     date(2003, 5, 9), ["1998", "1998-10-01", "1999", "1999-02-01"]),
    # ... set off by rules too, over bulleted lines
    ("A timeline:\n\n-- 1998 --\n\n- Oct 1: Troops cross the border.\n\n-- 1999 --\n\n- Feb 1: Talks open in the capital.",
     date(2003, 5, 9), ["1998", "1998-10-01", "1999", "1999-02-01"]),
    # ... but not a day in the prose under them
    ("1998\n\nThe talks that opened on Oct 1 failed.", date(2003, 5, 9), ["1998", "2003-10-01"]),
    # the one year a page's title names holds the days that open its lines
    ("Timeline 1914\n\nJune 28th     Assassination of the Archduke\n\nAug 4th     Germany invades Belgium",
     date(2016, 2, 11), ["1914", "1914-06-28", "1914-08-04"]),
    # ... not a year its first sentence names, when that is no title
    ("The club was founded in 1990 by a group of local teachers and parents who wanted a ground of their own.\n\n"
     "Oct 1 The season opens.", date(2016, 4, 25), ["1990", "2016-10-01"]),
])
def test_a_page_s_heading_year_holds_its_lines(text, reference, expected):
    assert [t.value for t in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,reference,expected", [
    # a chronology's days without a year go on in the year of the full date heading the lines before them, into the
    # next once the months turn back (a page of 1832 about a journey of 1831)
    ("April 2, 1831\nThey leave Le Havre.\n\nMay 9\nArrive in Newport.\n\nJuly 18\nTravel to Buffalo.", date(1832, 2, 20),
     ["1831-04-02", "1831-05-09", "1831-07-18"]),
    ("November 28, 1830\nSet out.\n\nDecember 30\nSnowed in.\n\nJanuary 4\nThaw.", date(1832, 2, 20),
     ["1830-11-28", "1830-12-30", "1831-01-04"]),
    # ... and so do entries that open with their day and a dash, after one with its year
    ("Chronology:\nApril 2, 2004 – The aid chief speaks of a crisis.\nApril 8 – Rebels agree a ceasefire.\nNov 9 – Two "
     "peace deals are signed.\nMarch 16, 2005 – Staff withdraw.", date(2006, 4, 30),
     ["2004-04-02", "2004-04-08", "2004-11-09", "2005-03-16"]),
    # ... and entries of a bulleted list
    ("• Feb. 28, 1993: Agents raid the farm.\n\n• March 1: The bureau takes over the siege.", date(2018, 4, 15),
     ["1993-02-28", "1993-03-01"]),
    # ... never past the page's day: a live page's newest entry first
    ("October 5, 2024\nThe storm hit.\n\nSep 30\nWarnings issued.", date(2024, 10, 6), ["2024-10-05", "2024-09-30"]),
    # ... so the page's own date over its story changes nothing; nor does a day in prose
    ("June 3, 2024\nThe fair opens.\n\nMay 9\nTickets sold out.", date(2024, 6, 3), ["2024-06-03", "2024-05-09"]),
    ("April 2, 1831\nThey left Le Havre. On May 9 they reached Newport.", date(1832, 2, 20), ["1831-04-02", "1832-05-09"]),
    # ... and entries whose text follows their day with no mark, after one whose year is glued to its month
    ("1902October 1 The company begins mining.\nOctober 30 The first coal train arrives.\nMarch 6 A treaty is signed.",
     date(2020, 1, 1), ["1902-10-01", "1902-10-30", "1903-03-06"]),
])
def test_a_chronology_s_days_run_on_in_its_heading_s_year(text, reference, expected):
    assert [t.value for t in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,reference,expected", [
    # "the next morning" is of the day after the one just told, and what follows counts on from it
    ("We left Nasca on June 17. The next morning we drove to Chivay. The following day we hiked.", date(2019, 6, 19),
     ["2019-06-17", "2019-06-18TMO", "2019-06-19"]),
    # ... with no day told, nothing
    ("The next morning he left.", date(2019, 6, 19), []),
])
def test_the_next_morning_is_the_day_after_the_one_told(text, reference, expected):
    assert [t.value for t in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,reference,expected", [
    # a weekday told after a span of days is the day of that span, though the page is dated its last day and the clause
    # looks ahead
    ("Pope Jon visits Slovakia on September 12 - 15, 2021.\n\nAfter his arrival on Sunday, the Pope will spend the whole "
     "Monday in Bratislava.", date(2021, 9, 15), ["2021-09-12", "2021-09-12", "2021-09-13"]),
    # ... not where the clause's tense puts it on the other side of the telling: a summit's days to come, then an arrival
    # told in the past
    ("The summit is scheduled for February 24-25 in Bhopal.\n\nUpon his arrival in Tokyo on Tuesday, he received a warm "
     "welcome.", date(2025, 2, 1), ["2025-02-24", "2025-01-28"]),
])
def test_a_weekday_after_a_span_of_days_is_in_it(text, reference, expected):
    assert [t.value[:10] for t in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text,expected", [
    # a month's name opening a line of an almanac, among lines that open with years: that month of the year before
    ("1635 Oct 9 Jon Doe banished by the court.\n1636 Jon Doe flees Salem.\nJune Jon Doe founds a town.\n1637 The compact is signed.",
     ["1635", "1635-10-09", "1636", "1636-06", "1637"]),
    # ... not someone called June
    ("Reinforcements came.\nJune Smith said the war went on.", []),
])
def test_an_almanac_s_month_line_is_of_the_year_before(text, expected):
    assert [t.value for t in find_dates(text, None, "narrative")] == expected


@pytest.mark.parametrize("text,expected", [("2024-11-13", date(2024, 11, 13)), ("13.11.2024", date(2024, 11, 13)), ("next year", None), ("soon", None)])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_seed_expressions_all_come_out_right(seed_text):
    """Issue 3's list: every time expression of the seed, with its type and value, and nothing else."""
    found = [(m.text, m.type, m.value, m.end_value) for m in find_dates(seed_text, date(2024, 11, 13))]
    assert found == [
        ("13.11.2024", "DATE", "2024-11-13", ""),
        ("Today", "DATE", "2024-11-13", ""),
        ("2008", "DATE", "2008", ""),
        ("2014", "DATE", "2014", ""),
        ("At present", "DATE", "PRESENT_REF", ""),
        ("more than two and a half years", "DURATION", "P2.5Y", ""),
        ("the last four years", "DURATION", "P4Y", ""),
        ("the last couple of years", "DURATION", "P2Y", ""),
        ("this morning", "TIME", "2024-11-13TMO", ""),
        ("now", "DATE", "PRESENT_REF", ""),
        ("this morning", "TIME", "2024-11-13TMO", ""),
        ("now", "DATE", "PRESENT_REF", ""),
        ("four years", "DURATION", "P4Y", ""),
        ("the next two months", "DURATION", "P2M", ""),
        ("November 12-13", "DATE", "2024-11-12", "2024-11-13"),
        ("November 14-19", "DATE", "2024-11-14", "2024-11-19"),
    ]
    durations = [m for m in find_dates(seed_text, date(2024, 11, 13)) if m.text == "more than two and a half years"]
    assert durations[0].mod == "MORE_THAN"


@pytest.mark.parametrize(
    "text,start,end",
    [("the last four years", "2020-11-13", "2024-11-13"), ("the next two months", "2024-11-13", "2025-01-13"), ("the past week", "2024-11-06", "2024-11-13")],
)
def test_anchored_durations_know_their_interval(text, start, end):
    (m,) = find_dates(text, REF)
    assert (m.type, m.start_date.isoformat(), m.end_date.isoformat()) == ("DURATION", start, end)


@pytest.mark.parametrize("text,dct,reference", [
    # a dispatch filed the day before the paper printed it: its "this morning" is the day it was filed
    ("Louisville, Ky., May 17. – A cyclone passed over the county this morning.", date(1896, 5, 18), date(1896, 5, 17)),
    # a date line of the page is no dispatch's, and a dateline far from the paper's date is not read as one
    ("8 April 2018\n\nBotswana Daily News\n\nThe President left today.", date(2018, 4, 9), date(2018, 4, 9)),
    # under a headline, a date before a dash opens the story: it is its date, not the paper's
    ("Delegation to attend meeting\n\nMonday 16th April, 2018- The delegation left today.", None, date(2018, 4, 16)),
    ("Louisville, Ky., May 1. – A cyclone passed over the county this morning.", date(1896, 5, 18), date(1896, 5, 18)),
    # an old paper's dateline with a weekday and a full stop: the last such day up to the paper's
    ("CARTAGENA, Sunday. The steamer was wrecked yesterday evening.", date(1906, 8, 6), date(1906, 8, 5)),
    ("LONDON, Monday. The House rose early.", date(1906, 8, 6), date(1906, 8, 6)),
])
def test_a_dispatch_is_read_on_the_day_it_was_filed(text, dct, reference):
    from timeline.reading.documents import make_document

    assert make_document(text, "d", dct=dct).reference == reference


@pytest.mark.parametrize("text,expected", [
    ("from 1299 to 1398", [("1299-01-01", "1398-12-31")]),
    ("Hyperinflation in 2007 and 2008", [("2007-01-01", "2008-12-31")]),
    # two days with a dash and nothing else between are a span; two days apart joined by "and" are two
    ("While in Singapore Friday-Sunday, he will meet leaders.", [("2020-06-19", "2020-06-21")]),
    ("He will speak on Monday and Thursday.", [("2020-06-22", "2020-06-22"), ("2020-06-18", "2020-06-18")]),
    # a day told again in brackets is one mention of it, which a span may go on from
    ("She will visit from Tuesday (June 16) to Saturday.", [("2020-06-16", "2020-06-20")]),
    ("He will visit India this week (17 - 19 June).", [("2020-06-17", "2020-06-19")]),
    ("He met her on Tuesday (1 May 2019).", [("2020-06-16", "2020-06-16"), ("2019-05-01", "2019-05-01")]),  # not that day
])
def test_dates_of_one_span_are_joined(text, expected):
    spans = joined(find_dates(text, date(2020, 6, 16), mode="news"), text)
    assert [(str(t.start_date), str(t.end_date)) for t in spans] == expected


@pytest.mark.parametrize("text,expected", [
    # "on the 6th" after a day or month just told is a day of that month, or of the next when it would come before
    ("He arrives in Abidjan on April 4 and leaves for Accra on the 6th for a day's visit.", ["2018-04-04", "2018-04-06"]),
    ("He lands on April 28 and flies home on the 2nd.", ["2018-04-28", "2018-05-02"]),
    ("The talks open in May. On the 12th, the envoys met.", ["2018-05", "2018-05-12"]),
    # ... also with its part of the day, and after a clock time told on a day ("on the 8th morning at 9 a.m. and ...")
    ("The visit runs from May 7-11. The service will be on the 8th morning at 9 a.m. and the talk on the 9th morning.",
     ["2018-05-07", "2018-05-08", "2018-05-09"]),
    # with nothing told before it, or naming a thing, it is no date
    ("The office is on the 6th floor.", []),
    ("He left on the 6th.", []),
    ("They met on April 4 on the 6th floor.", ["2018-04-04"]),
    # two numbers with a day's name before them are a day, in the order the day's name fits, as a trip's programme
    # writes its days
    ("Saturday 31/3: Drive to Paris. Sun 1/4: Fly to Addis Ababa.", ["2018-03-31", "2018-04-01"]),
])
def test_a_day_of_the_month_just_told(text, expected):
    assert [t.value for t in find_dates(text, date(2018, 4, 1)) if t.type == "DATE"] == expected


@pytest.mark.parametrize("text,expected", [
    # a weekday with an ordinal day is that day of the month told last, or of one after it, where the weekday fits
    ("Day 0 - Tuesday, July 11th: arrival. Day 1 - Wednesday 12th: talks. Day 2 - Thursday, the 13th: departure.",
     ["2017-07-11", "2017-07-12", "2017-07-13"]),
    ("The tour opens in July. The last concert is on Saturday 2nd.", ["2017-07", "2017-09-02"]),
    # where none fits, it is no date; with its month after it, it is another rule's
    ("The talks open on July 11th. They end on Monday 12th.", ["2017-07-11"]),
    ("The talks end on Friday 14th July.", ["2017-07-14"]),
    # the weekday may be cut short, as a diary writes it
    ("Day 1 - Tues 11th July: arrival. Wed 12th - talks. Thurs 13th - departure.", ["2017-07-11", "2017-07-12", "2017-07-13"]),
])
def test_a_weekday_with_a_day_of_the_month(text, expected):
    assert [t.value for t in find_dates(text, date(2017, 6, 28)) if t.type == "DATE"] == expected


@pytest.mark.parametrize("text,expected", [
    # with nothing told, a news story's "the 20th" is of its own month, up to its own day; a day back from the day told
    # is of the same month; what a "since" starts is not told
    ("On the 20th, reports said he spoke on the afternoon of the 19th.", ["2025-01-20", "2025-01-19"]),
    ("It was his first visit since January of last year. He stopped in Shenzhen on the 15th.", ["2024-01", "2025-01-15"]),
    ("He left on the 25th.", []),
])
def test_a_day_of_the_story_s_month(text, expected):
    assert [t.value for t in find_dates(text, date(2025, 1, 20)) if t.type == "DATE"] == expected


@pytest.mark.parametrize("text,expected", [
    # a weekday followed by its date in brackets is that date, whatever the tense made of it; not another day's
    ("On Friday (April 14), he has a meeting in Beijing.", ["2023-04-14", "2023-04-14"]),
    ("He should arrive in Brazil on Sunday (April 16).", ["2023-04-16", "2023-04-16"]),
    ("On Friday (April 15), he has a meeting in Beijing.", ["2023-03-31", "2023-04-15"]),
])
def test_a_weekday_with_its_date_in_brackets(text, expected):
    assert [t.value for t in find_dates(text, date(2023, 4, 6))] == expected
