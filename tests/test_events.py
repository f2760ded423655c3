"""Events a reader accepts (GUIDE.md), as a table of cases: sentence and reference date -> title words, dates, place.

Each case is made up in the shape of a pattern that went wrong on real texts; none is a development text.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from timeline.pipeline import extract

NO_PLACE = None

# (text, reference date, [(a word of the title, start, end, place or NO_PLACE)], one per event, in text order)
CASES = [
    # an old paper's dateline without a year ("Auckland, November 11.") is read against the paper's date: no event of its
    # own; a minus sign is a dateline's dash too
    ("Auckland, November 11. The Governor has approved the itinerary. The Duke will arrive in Wellington on February 24.",
     date(1926, 11, 12), [("approved", "1926-11-12", "1926-11-12", "Auckland"), ("wellington", "1927-02-24", "1927-02-24", "Wellington")]),
    ("SAVANNAH, Ga.− Coast Guard aircrews rescued 7 people Tuesday.", date(2020, 11, 10),
     [("rescued", "2020-11-10", "2020-11-10", "Savannah")]),
    # "Today, ..." opening a statement is no dateline, whatever the date it is read against
    ("Today, President Jon Doe declared that a major disaster exists in the Commonwealth of Kentucky.", date(2021, 3, 31),
     [("declared", "2021-03-31", "2021-03-31", "Kentucky")]),
    # a past-tense lead under a dateline is the story's day only when the lead dates nothing else
    ("MAHMUDIYAH, Iraq — Iraqi forces detained 38 suspected terrorists and seized five weapons caches south of Baghdad "
     "March 27.", date(2007, 4, 21), [("caches", "2007-03-27", "2007-03-27", "Baghdad")]),
    # a timeline page's first entry "DATE: text" is an event, not the page's dateline; its date is no part of the headline
    ("May 20, 1926: President Jon Doe signed the Air Commerce Act into law.\nMay 23, 1926: The airline began regular "
     "passenger service.", None, [("signed", "1926-05-20", "1926-05-20", NO_PLACE), ("began", "1926-05-23", "1926-05-23", NO_PLACE)]),
    # a country named before a body or a law of it ("U.S. Statutes") is no land a history is about: its items have no place
    ("The USGS has been called the mother of bureaus.\nReclamation\n1894 Congress begins funding of investigations by the "
     "USGS in 28 U.S. Statutes at Large.\n1902 Congress establishes a fund in the U.S. Statutes.", None,
     [("begins", "1894-01-01", "1894-12-31", NO_PLACE), ("establishes", "1902-01-01", "1902-12-31", NO_PLACE)]),
    # ... nor is a country whose record a text tells ("America's first science agency")
    ("1807 - The Survey was established; it was to become America's first physical science agency.\n1843 - Hassler, "
     "America's first professional full-time scientist, passes away.", None,
     [("established", "1807-01-01", "1807-12-31", NO_PLACE), ("passes", "1843-01-01", "1843-12-31", NO_PLACE)]),
    # a schedule's line with no verb: the place beside the line's date is where, not the trip's first stop
    ("He will travel to St. Louis on June 20. His stops:\nJune 22, Kansas City, evening\nJune 29, Butte, morning",
     date(1923, 6, 18), [("travel", "1923-06-20", "1923-06-20", "St. Louis"), ("kansas city", "1923-06-22", "1923-06-22", "Kansas City"),
                         ("butte", "1923-06-29", "1923-06-29", "Butte")]),
    # a dateline's state abbreviation with spaced letters, and a court named for its town
    ("ROME, N. Y., May 8.—Jon Doe was declared guilty this morning. He will appear in the Toowoomba Magistrates Court on "
     "August 20.", date(1896, 5, 8), [("declared", "1896-05-08", "1896-05-08", "Rome"), ("appear", "1896-08-20", "1896-08-20", "Toowoomba")]),
    # a place and a date in brackets before a dash is the dateline, and its date no event's
    ("(Washington, D.C., March 28, 2018) – The Secretary will open the new laboratory on Tuesday, April 3rd.",
     date(2018, 3, 28), [("open", "2018-04-03", "2018-04-03", "Washington")]),
    # a site's stamp on the first line that ends with the place it was filed from is the dateline
    ("Agenda.ge, 18 Jan 2019 - 13:35, Tbilisi,Georgia\n\nThe vaccination will be free of charge for all citizens of "
     "Georgia starting from this evening, announced the Health Minister.", date(2019, 1, 18),
     [("vaccination", "2019-01-18", "2019-01-18", "Tbilisi")]),
    # a chronology of one land's dated entries is that land's history: an entry naming no place happened in it
    ("February 22, 2002: A ceasefire comes into force in Sri Lanka.\n\nSeptember 5, 2002: Government lifts the ban on "
     "the rebels.\n\nOctober 31, 2002: Second session of talks.", date(2006, 7, 14),
     [("ceasefire", "2002-02-22", "2002-02-22", "Sri Lanka"), ("ban", "2002-09-05", "2002-09-05", "Sri Lanka"),
      ("talks", "2002-10-31", "2002-10-31", "Sri Lanka")]),
    # a definite place noun that names no place is the story's place of that kind: its town, its island
    ("La Paz was calm on Sunday. On Monday, bus drivers staged a protest by blocking streets throughout the city.",
     date(2012, 5, 9), [("calm", "2012-05-06", "2012-05-06", "La Paz"), ("protest", "2012-05-07", "2012-05-07", "La Paz")]),
    ("Mauritius declared an emergency on Friday. On Saturday, volunteers cleaned beaches across the island.",
     date(2020, 8, 9), [("declared", "2020-08-07", "2020-08-07", "Mauritius"), ("cleaned", "2020-08-08", "2020-08-08", "Mauritius")]),
    # ... and "the region", "the district": the story's region, county or district
    ("Snow fell across Cumbria on Sunday. On Monday, roads were blocked after more snow fell across the region.",
     date(2019, 3, 5), [("fell", "2019-03-03", "2019-03-03", "Cumbria"), ("blocked", "2019-03-04", "2019-03-04", "Cumbria")]),
    # ... and "the country", where the lead names none, is the country the story names most, by name or adjective
    ("Torrential rains hit the country on Sunday. The Mozambican government asked Mozambique's neighbours for help.",
     date(2000, 2, 29), [("hit", "2000-02-27", "2000-02-27", "Mozambique")]),
    # an agency's wire of the 1990s, in ASCII, writes the dateline's dash as an underscore
    ("DUBROVNIK, Croatia (AP) _ Serbian forces resumed their shelling last week.", date(1992, 6, 1),
     [("resumed", "1992-05-25", "1992-05-31", "Dubrovnik")]),
    # a wire's dateline with a day and the wire's name between slashes is no part of the story's first sentence
    ("WASHINGTON, Aug. 17 /Standard Newswire/ -- The agency announced today that it will send relief supplies.",
     date(2007, 8, 17), [("send", "2007-08-17", "2007-08-17", "Washington")]),
    # a preposition the model reads as part of a name at a list item's start still says where
    ("SOUTHWEST ASIA, Aug. 9, 2017 — Coalition forces conducted 25 strikes against ISIS in Syria yesterday.\n-- Near "
     "Raqqa, an Aug. 6 strike destroyed 10 fighting positions.", date(2017, 8, 9),
     [("strikes", "2017-08-08", "2017-08-08", "Syria"), ("strike", "2017-08-06", "2017-08-06", "Ar Raqqah")]),
    # a place a passive tells was acted on is where; a history of a park is at the park
    ("Yellowstone National Park was created on March 1, 1872. This is a Timeline of Yellowstone history.\n- 1877 U.S. "
     "Army pursues a band of Nez Perce through Yellowstone.", None,
     [("created", "1872-03-01", "1872-03-01", "Yellowstone"), ("pursues", "1877-01-01", "1877-12-31", "Yellowstone")]),
    ("Mosul was captured by the army on 10 July 2017.", None, [("captured", "2017-07-10", "2017-07-10", "Mosul")]),
    # what goes through a place happens there
    ("On Wednesday, Hurricane Beryl headed toward Jamaica and the Cayman Islands. The hurricane barreled through Grenada "
     "on Monday.", date(2024, 7, 3),
     [("headed", "2024-07-03", "2024-07-03", NO_PLACE), ("barreled", "2024-07-01", "2024-07-01", "Grenada")]),
    # a schedule's lines of a day and a place date the sentences under them and say where they happen, on the side of
    # the reference those sentences tell of; the lines themselves are no events
    ("Here is the Vice President's agenda:\n\nMonday: Guatemala City\n\nJane Doe will meet with President Jon Roe to "
     "discuss opportunities in Guatemala, her aides told reporters.\n\nTuesday: Mexico City\n\nDoe will meet with "
     "President Jon Poe, her aides said.", date(2021, 6, 7),
     [("meet", "2021-06-07", "2021-06-07", "Guatemala City"), ("meet", "2021-06-08", "2021-06-08", "Mexico City")]),
    # a day's heading with its weekday over a programme dates each item's prose up to the next day, past the item's
    # title and hour
    ("HM The Queen visits Iceland's capital Reykjavik on 1 December 2018.\n\nSaturday, 1 December\n\nVisit to the "
     "National Museum\n11.30\n\nThe Queen opens an exhibition at the National Museum in Reykjavik.\n\nLuncheon in "
     "Hafnarfjordur\n12.45\n\nThe President hosts a luncheon in honour of The Queen in Hafnarfjordur.\n\nSunday, 2 "
     "December\n\nVisit to Akureyri\n10.00\n\nThe Queen opens a school in Akureyri.", date(2018, 11, 28),
     [("visits", "2018-12-01", "2018-12-01", "Reykjavík"), ("opens", "2018-12-01", "2018-12-01", "Reykjavík"),
      ("hosts", "2018-12-01", "2018-12-01", "Hafnarfjörður"), ("opens", "2018-12-02", "2018-12-02", "Akureyri")]),
    # a diary's date line without its weekday dates the sentences under it that name a place of their own, up to the
    # next date line; a sentence with none ("It is an old train ...") tells no dated event
    ("Portugal is a wonderful country to discover, and this long-due trip report will please friends who wish to visit "
     "it.\n2014/05/12 Lisbon - Porto\nGood train out of Lisbon with the national railway, the staff were so kind!\nMaria "
     "joins us in Coimbra, where the train stops for ten minutes.\nIt is an old train but a direct one which takes less "
     "than three hours.\nSo we arrive late at the main station in Porto, and the taxi queue is long.\n2014/05/13 Porto\nWe "
     "take a late breakfast at the hotel and walk along the river.", date(2014, 5, 14),
     [("joins", "2014-05-12", "2014-05-12", "Coimbra"), ("arrive", "2014-05-12", "2014-05-12", "Porto"),
      ("breakfast", "2014-05-13", "2014-05-13", "Porto")]),
    # a diary's entry under its day's header line: each sentence told in the first person that names a place is of that
    # day, up to the next day the text tells ("On Saturday"); a report in the third person is no diary
    ("Thursday 30th May 2019\nToday was a long day.\nWe had a late breakfast and then lunch at a taverna in Chania. The "
     "sunset was lovely.\nWe watched the fireworks in Rethymno with friends. Then we slept.\nOn Saturday we rested. We had "
     "dinner in Athens.", date(2019, 5, 30),
     [("long day", "2019-05-30", "2019-05-30", NO_PLACE), ("lunch", "2019-05-30", "2019-05-30", "Chaniá"),
      ("fireworks", "2019-05-30", "2019-05-30", "Rethymno"), ("rested", "2019-05-25", "2019-05-25", "Athens")]),
    ("Thursday 30th May 2019\nToday was a long day for the council.\nThe mayor had lunch at a taverna in Chania. The "
     "sunset was lovely.\nHe watched the fireworks in Rethymno with friends.", date(2019, 5, 30),
     [("long day", "2019-05-30", "2019-05-30", NO_PLACE)]),
    # ... but a headline's weekday is its own clause's, whatever the sentence under it tells of
    ("Tuesday's bombing in Kabul\n\nThe UN will hold an emergency meeting on Friday.", date(2024, 1, 12),
     [("bombing", "2024-01-09", "2024-01-09", "Kabul"), ("meeting", "2024-01-12", "2024-01-12", NO_PLACE)]),
    # a list of three years or more given to one verb is that many occurrences of it, one a year (each flood its own);
    # two years alone stay one span ("in 2007 and 2008")
    ("Floods hit the town in 1910, 1927, twice in 1936 and 1955. The bridge was built in 2007 and 2008.", None,
     [("floods", "1910-01-01", "1910-12-31", NO_PLACE), ("floods", "1927-01-01", "1927-12-31", NO_PLACE),
      ("floods", "1936-01-01", "1936-12-31", NO_PLACE), ("floods", "1955-01-01", "1955-12-31", NO_PLACE),
      ("built", "2007-01-01", "2008-12-31", NO_PLACE)]),
    ("Great fires ravaged Bergen in 1702, 1771, 1841 and 1842.", None,
     [("fires", "1702-01-01", "1702-12-31", "Bergen"), ("fires", "1771-01-01", "1771-12-31", "Bergen"),
      ("fires", "1841-01-01", "1841-12-31", "Bergen"), ("fires", "1842-01-01", "1842-12-31", "Bergen")]),
    # an opening phrase before the subject gives way where the headline has no room for both: who did what
    ("After a protracted war in the north between the rebels and the army of the old regime, elections were held in "
     "November 1989.", None, [("elections were held", "1989-11-01", "1989-11-30", NO_PLACE)]),
    # a running count of a year or a month ("so far this year") is no occurrence
    ("A man died in a crash near Inver on Saturday. The death brings to 11 the number of people killed on the county's "
     "roads so far in 2024. It also brings to 125 the total number of deaths so far this year.", date(2024, 8, 26),
     [("died", "2024-08-24", "2024-08-24", NO_PLACE)]),
    # a year alone on a list's line dates each item of the list after it, up to the next line that opens with a date
    ("Timeline of Addis Ababa\n- 1917 — The railway begins operating.\n- 1922\n- Nasibu Emmanual becomes mayor.\n- Leprosy "
     "hospital built.\n- 1924 — Medhane Alem school established.\n- 1930\n- 2 November: Haile Selassie crowned.\n- Guenete "
     "Leul Palace built.\n- Population: 80,000 (estimate).", None,
     [("railway begins", "1917-01-01", "1917-12-31", "Addis Ababa"),
      ("becomes mayor", "1922-01-01", "1922-12-31", "Addis Ababa"), ("hospital built", "1922-01-01", "1922-12-31", "Addis Ababa"),
      ("school established", "1924-01-01", "1924-12-31", "Addis Ababa"), ("crowned", "1930-11-02", "1930-11-02", "Addis Ababa"),
      ("palace built", "1930-01-01", "1930-12-31", "Addis Ababa")]),
    # an occurrence told by a verb of its time ("took place", "began") happens at the place it is "of"
    ("The founding of Perth took place on 12 August 1829.", None, [("founding", "1829-08-12", "1829-08-12", "Perth")]),
    ("The siege of Rhodes began in June 1522.", None, [("siege", "1522-06-01", "1522-06-30", "Rhodes")]),
    # a bare subject and verb are told with what they did it for
    ("The army worked on Sunday to rescue survivors.", date(2023, 9, 10), [("rescue", "2023-09-10", "2023-09-10", NO_PLACE)]),
    # two years that open a chronology's entry are its span, whatever their century
    ("1460 to 1470 - Machu Picchu was built by the Inca Emperor.\n\n1526 to 1527- Two thirds of the population died from "
     "smallpox.", None,
     [("built", "1460-01-01", "1470-12-31", "Machu Picchu"), ("died", "1526-01-01", "1527-12-31", NO_PLACE)]),
    # ... not what a thing runs through
    ("In 1902 the Senate voted for Panama as the site for a canal through Central America.", None,
     [("voted", "1902-01-01", "1902-12-31", NO_PLACE)]),
    # a firm's home in the lead ("Silicon Valley-based") is not where the story happens
    ("The Securities and Exchange Commission announced today that Jon Doe, CEO of Silicon Valley-based Acme, has agreed "
     "to settle the charge.", date(2018, 9, 29), [("agreed", "2018-09-29", "2018-09-29", NO_PLACE)]),
    # a bullet the model reads as the sentence's root is no predicate: the verb after it is, with its places
    ("1790\n  • The cutters were placed under the Treasury Department.\n1791\n  • The cutter, Massachusetts, was "
     "commissioned at Newburyport, Massachusetts.", None,
     [("placed", "1790-01-01", "1790-12-31", "Massachusetts"), ("commissioned", "1791-01-01", "1791-12-31", "Newburyport")]),
    # two who travel together make one event of each stop
    ("The Governor-General and Lady Jane Roe will leave New Zealand for Niue on 18 October before travelling to the "
     "Cook Islands on 20 October.", date(2013, 10, 15),
     [("niue", "2013-10-18", "2013-10-18", "Niue"), ("cook islands", "2013-10-20", "2013-10-20", "Cook Islands")]),
    # a timeline page is a history: with its places in one country, an item that names none is there
    ("May 19, 2000\nMay 20, 2000\n  • The military and police pledge loyalty to the President.\nMay 26, 2000\n  • Fifteen "
     "soldiers defect to the coup in Suva.\nMay 27, 2000\n  • Gunfire is exchanged in Suva and Levuka.", None,
     [("pledge", "2000-05-20", "2000-05-20", "Suva"), ("defect", "2000-05-26", "2000-05-26", "Suva"),
      ("exchanged", "2000-05-27", "2000-05-27", "Suva")]),
    # a chronology of a land whose title names it and whose entries name its capital twice: an entry that names no place
    # happened in the land, not nowhere (the story's focus is the capital, what its entries tell is the land's)
    ("Key moments in Kenya's election dispute:\n\n- Dec. 30: Protesters march in Nairobi after the results.\n\n- Jan. 3: "
     "The cabinet announces new security measures.\n\n- Jan. 5: Kenya's electoral commission defends the count.\n\n- Jan. 8: "
     "Students rally in Nairobi.", date(2008, 1, 10),
     [("march", "2007-12-30", "2007-12-30", "Nairobi"), ("announces", "2008-01-03", "2008-01-03", "Kenya"),
      ("defends", "2008-01-05", "2008-01-05", "Kenya"), ("rally", "2008-01-08", "2008-01-08", "Nairobi")]),
    # a line that opens with its day dates the list's items under it, each its own occurrence (no item is a story's
    # lead that a later item retells), and an abbreviation ending an item ends its sentence
    ("Our week in England\nSunday 14th: Drive to Bath\n- Drove to Lyndhurst and walked the main street.\n- Checked into "
     "our hotel in Bath.\nTuesday 16th: Beyond Bath\n- Had dinner at Burger Co.\n- Drove to Cirencester.", date(2017, 5, 20),
     [("lyndhurst", "2017-05-14", "2017-05-14", "Lyndhurst"), ("checked", "2017-05-14", "2017-05-14", "Bath"),
      ("dinner", "2017-05-16", "2017-05-16", "Bath"), ("cirencester", "2017-05-16", "2017-05-16", "Cirencester")]),
    # a past participle opening a sentence with its own date is an occurrence of its own, not the main verb's date
    ("Destroyed by the Prussians in 1262, the castle was restored in 1299.", None,
     [("destroyed", "1262-01-01", "1262-12-31", NO_PLACE), ("restored", "1299-01-01", "1299-12-31", NO_PLACE)]),
    # a chronology's sentences that are only a date label the sentences after them, and are no events themselves
    ("1942 01/01 Thu. The admiral takes command of the fleet. 01/02 Fri. Manila falls to the Japanese.", None,
     [("takes", "1942-01-01", "1942-01-01", NO_PLACE), ("falls", "1942-01-02", "1942-01-02", "Manila")]),
    ("1789\n  • 7 August. An Act of Congress created the Lighthouse Establishment.\n1790\n  • 4 August. Congress authorized "
     "ten cutters.", None,
     [("created", "1789-08-07", "1789-08-07", NO_PLACE), ("authorized", "1790-08-04", "1790-08-04", NO_PLACE)]),
    # the dateline is the place; the topic ("Pakistan's border dispute") is only mentioned
    ("KABUL — Envoys resumed talks on Pakistan's border dispute on Friday.", date(2022, 4, 27),
     [("resumed", "2022-04-22", "2022-04-22", "Kabul")]),
    # a story that goes on, undated, at a town in the next sentence happened there; a next sentence with a day of its
    # own tells another event
    ("Supporters of the candidate blocked streets around the country on Monday. In San Pedro Sula, police fired tear gas "
     "at protesters.", date(2017, 12, 19), [("blocked", "2017-12-18", "2017-12-18", "San Pedro Sula")]),
    ("Supporters of the candidate blocked streets around the country on Monday. On Tuesday, police in San Pedro Sula "
     "fired tear gas at protesters.", date(2017, 12, 20),
     [("blocked", "2017-12-18", "2017-12-18", NO_PLACE), ("fired", "2017-12-19", "2017-12-19", "San Pedro Sula")]),
    # a traveller is called by the word of the name the text calls them by alone (a family name written first)
    ("South Korean President Yoon Suk Yeol will fly to Astana on Tuesday. Yoon will meet leaders there.", date(2024, 6, 8),
     [("yoon flies", "2024-06-11", "2024-06-11", "Astana")]),
    # an attacker is not the place
    ("The fort was sacked in 1262 by Lithuanians.", None, [("sacked", "1262-01-01", "1262-12-31", NO_PLACE)]),
    # nor the country that owns the target ("the U.S. embassies"); what is done to a country's own "status" is done to it
    ("TASHKENT, Uzbekistan — Suicide bombers hit the U.S. and Israeli embassies on Friday.", date(2004, 7, 31),
     [("hit", "2004-07-30", "2004-07-30", "Tashkent")]),
    ("In 1951 Portugal changed Cape Verde's status from a colony to an overseas province.", None,
     [("changed", "1951-01-01", "1951-12-31", "Cabo Verde")]),
    # a reduced clause ("followed by", "and attack") looks ahead with the clause it hangs from, evening and all
    ("The minister will host a working dinner with Chancellor Merkel and her ministers followed by bilateral talks in Paris "
     "on Thursday evening.", date(2016, 7, 20),
     [("talks", "2016-07-21", "2016-07-21", "Paris")]),
    ("The rebels will land at dawn near the old northern harbour and attack the port on Friday.", date(2016, 7, 20),
     [("attack", "2016-07-22", "2016-07-22", NO_PLACE)]),
    # the time expressions of one clause are one event, dated by its day (the clock times are on the reference day)
    ("Gunmen attacked the convoy yesterday (Monday) at about 5 pm (1400 GMT).", date(2011, 1, 11),
     [("attacked", "2011-01-10", "2011-01-10", NO_PLACE)]),
    # one moment told in two time zones is one event, on the reference day: not another on the next, nor a year back
    ("U.S. forces conducted a missile strike against an airfield today at about 8:40 p.m. EDT (4:40 a.m., April 7, "
     "in Syria).", date(2017, 4, 6), [("conducted", "2017-04-06", "2017-04-06", "Syria")]),
    # "the next day" counts from the day just told, not from the reference
    ("The minister arrived in Quito on 20 April and met the president the next day.", date(2009, 4, 25),
     [("arrived", "2009-04-20", "2009-04-20", "Quito"), ("met", "2009-04-21", "2009-04-21", NO_PLACE)]),
    # ... and "On the same day" is the day just told
    ("On Monday, 18 March, the envoy will meet the minister. On the same day, the envoy will hold talks in Tbilisi.",
     date(2024, 3, 15), [("meet", "2024-03-18", "2024-03-18", NO_PLACE), ("talks", "2024-03-18", "2024-03-18", "Tbilisi")]),
    # "is scheduled to travel": an announcement looks forward, so "Friday" is the coming one
    ("The envoy is scheduled to meet the leaders of the three main rebel factions and several tribal elders on Friday.",
     date(2017, 8, 16), [("meet", "2017-08-18", "2017-08-18", NO_PLACE)]),
    # what stands before the first of coordinated verbs says where for each of them
    ("After arriving in Baku yesterday, the secretary visited the president, and met today with the defence minister.",
     date(2010, 6, 7), [("arriving", "2010-06-06", "2010-06-06", "Baku"), ("met", "2010-06-07", "2010-06-07", "Baku")]),
    # a history of an occasion named after a place ("the Treaty of Guadalupe Hidalgo") is not about that place: an
    # event whose clause names no place but its parties has none
    ("The Treaty of Guadalupe Hidalgo ended the war. Guadalupe Hidalgo lies north of the capital.\n\nThe United "
     "States ratified the treaty on 10 March 1848 and Mexico on 19 May.", None,
     [("ratified", "1848-03-10", "1848-03-10", NO_PLACE), ("ratified", "1848-05-19", "1848-05-19", NO_PLACE)]),
    # a lead dated only by its report ("crashed ..., officials said Friday") is told again on its own day: one event,
    # the lead's, on that day
    ("LAE, Papua New Guinea (AP) - A plane crashed in stormy weather in the remote forests, killing 28 people, officials "
     "said Friday.\n\nThe plane crashed on Thursday near Madang, the airline said.", date(2011, 10, 14),
     [("crashed", "2011-10-13", "2011-10-13", "Madang")]),
    # an occurrence the lead names by a noun ("trapped by a major earthquake") is the one a later sentence opens with
    # ("The quake belted the island ... Sunday"): the lead's, on the day the later one gives
    ("OKHA, Russia (AP) _ Rescue teams fought on Monday to save some of the 3,000 people trapped by a major earthquake."
     "\n\nThe quake belted the island at 1:04 a.m. Sunday.", date(1995, 5, 29),
     [("fought", "1995-05-29", "1995-05-29", "Okha"), ("earthquake", "1995-05-28", "1995-05-28", "Okha")]),
    # ... and so is the subject of one of its verbs ("when a wildfire swept": "The fire that sped ... July 23")
    ("ATHENS, Greece (AP) -- Hundreds of mourners attended a memorial service Sunday for the people who perished when a "
     "wildfire swept through a coastal village.\n\nThe fire that sped through the village without warning July 23 was the "
     "deadliest in decades.", date(2018, 7, 29),
     [("attended", "2018-07-29", "2018-07-29", "Athens"), ("swept", "2018-07-23", "2018-07-23", "Athens")]),
    # two doings at two hours of one day are two events, however the model reads the second ("Bus departs" as a noun)
    ("MONDAY 17th Cusco to Puno\nMeeting downstairs at 07:30 to transfer to the bus station.\nBus departs at 08:30.",
     date(2017, 7, 17), [("meeting", "2017-07-17", "2017-07-17", NO_PLACE), ("departs", "2017-07-17", "2017-07-17", "Cusco")]),
    # a line with a year the calendar cannot hold ("415 BC") takes no date from the heading above it
    ("The following is a timeline of the history of the city of Palermo, Sicily, Italy.\n\nPrior to 19th century\n\n"
     "- 415 BC – Carthaginians in power.\n- 276 BC – Conquered by Pyrrhus of Epirus.\n- 440 – Vandal siege and conquest of "
     "Panormus.\n- 1282 –\n  - 30 March: Sicilian Vespers uprising against Anjou rule.\n  - 4 September: Peter III of Aragon "
     "crowned as king of Sicily in Palermo Cathedral.", None,
     [("siege", "0440-01-01", "0440-12-31", "Palermo"), ("uprising", "1282-03-30", "1282-03-30", "Palermo"),
      ("crowned", "1282-09-04", "1282-09-04", "Palermo")]),
    # ... but a siege or a fall is of the town it names: what the page tells without a place happens there
    ("The Siege of Varna was fought in 1828. Varna was a strong fortress on the Black Sea.\n\nVarna held out for months. "
     "The approach was first attempted on 28 June 1828.", None, [("fought", "1828-01-01", "1828-12-31", "Varna"),
                                                              ("attempted", "1828-06-28", "1828-06-28", "Varna")]),
    # a page's opening is its first prose, not the short heading over it
    ("From the Viking Age to the Middle Ages\n\nThere were settlements on Gotland and in the area where Visby is today."
     "\n\nGotland traded with Russia. Gotland grew rich. A trading town began to emerge in Visby. The walls of Visby were "
     "built later. The cathedral was consecrated in 1225.", None, [("consecrated", "1225-01-01", "1225-12-31", "Visby")]),
    # an encyclopaedia's entry is about the town it opens with, though it names the town's province oftener
    ("SCHWEDT, a town of Germany, in the province of Brandenburg. Schwedt became a town in 1265. Towards 1500 it "
     "passed to Brandenburg. In 1689 Brandenburg gave it to Philip William.", None,
     [("became a town", "1265-01-01", "1265-12-31", "Schwedt (Oder)"), ("passed", "1500-01-01", "1500-12-31", "Schwedt (Oder)"),
      ("gave", "1689-01-01", "1689-12-31", "Schwedt (Oder)")]),
    # ... also where the page has its own date, far after the history it tells (a page of 2020 about Schwedt)
    ("SCHWEDT, a town of Germany, in the province of Brandenburg. Schwedt became a town in 1265. Towards 1500 it "
     "passed to Brandenburg. In 1689 Brandenburg gave it to Philip William.", date(2020, 1, 1),
     [("became a town", "1265-01-01", "1265-12-31", "Schwedt (Oder)"), ("passed", "1500-01-01", "1500-12-31", "Schwedt (Oder)"),
      ("gave", "1689-01-01", "1689-12-31", "Schwedt (Oder)")]),
    # ... and so is an entry under its headword alone, though it names another town twice; a land too small for states
    # (the Isle of Man) backs its villages as a state would
    ("Castletown\n(Manx, Bully Cashtel), a town of the Isle of Man, 10 m. S.W. of Douglas. The council chamber was built "
     "in 1644. The seat of government moved to Douglas in 1869.", None,
     [("built", "1644-01-01", "1644-12-31", "Castletown"), ("moved", "1869-01-01", "1869-12-31", "Douglas")]),
    # a page whose title names a site we lack ("Fort Doe"), with a line under it that gives only its town and state, is
    # about that town: what the page tells with no place of its own happens there
    ("Fort Doe\nTiconderoga, New York\nFort Doe was built in the years 1755-1757 by the French to protect themselves "
     "against the British. In 1759, General Jon Roe captured the fort from the French.", None,
     [("built", "1755-01-01", "1757-12-31", "Ticonderoga"), ("captured", "1759-01-01", "1759-12-31", "Ticonderoga")]),
    # ... and one that opens with a site named after a town the text names again ("The Brooklyn Bridge's span")
    ("The Brooklyn Bridge's main span was once the longest in the world.\n1867 The bridge company is incorporated.\n"
     "1870 Work begins.\n1872 The engineer watches the works from his house in Brooklyn.\n1883 The bridge opens.", None,
     [("incorporated", "1867-01-01", "1867-12-31", "Brooklyn"), ("begins", "1870-01-01", "1870-12-31", "Brooklyn"),
      ("watches", "1872-01-01", "1872-12-31", "Brooklyn"), ("opens", "1883-01-01", "1883-12-31", "Brooklyn")]),
    # a diary's day lines, its count of days before the date and the date's weekday after it ("Day 19 (June 28
    # -Thursday):"), date the items under them and are no events
    ("My trip to Sao Tome\n\nDay 19 (June 28 -Thursday):\n\n  • I got in almost 9pm at the hotel in Sao Tome.\n\n"
     "Day 20 (June 29, Friday): South Route\n\n  • We explored the south of Sao Tome.", date(2018, 7, 25),
     [("got in", "2018-06-28", "2018-06-28", "São Tomé"), ("explored", "2018-06-29", "2018-06-29", "São Tomé")]),
    # ... and a site named once in full and then as "the Castle" (its name's last word) is named twice too
    ("Barnard Castle has been a Norman fortress and a market town in ten centuries of history in County Durham, England."
     "\n\nIn 1095 work on the Castle was started by Guy de Balliol. In 1630 it was sold to Sir Henry Vane.", None,
     [("started", "1095-01-01", "1095-12-31", "Barnard Castle"), ("sold", "1630-01-01", "1630-12-31", "Barnard Castle")]),
    # a history counts "Zamboanga City" (its district) and "Zamboanga" (its town) as one place, named twice
    ("Fort Pilar is a fortress built in Zamboanga City on Mindanao Island in the Philippines. The sultans of Mindanao "
     "raided it. The cornerstone was laid in 1635. Zamboanga grew around it. It was attacked by the Dutch in 1646.", None,
     [("laid", "1635-01-01", "1635-12-31", "Zamboanga City"), ("attacked", "1646-01-01", "1646-12-31", "Zamboanga City")]),
    # a page whose title says it is of a place ("Cuzco Timeline") is about that place, wherever the text first names it;
    # a name that only qualifies the place after it ("the Inca capital of Cuzco") is not where
    ("Cuzco Timeline\n\n1438\nThe Inca leader Pachacuti defeats the Chancas.\n\n1450\nPachacuti begins a rebuilding "
     "programme in the Inca capital of Cuzco.", None,
     [("defeats", "1438-01-01", "1438-12-31", "Cusco"), ("rebuilding", "1450-01-01", "1450-12-31", "Cusco")]),
    # a sentence that goes on with its paragraph's day ("In the evening", "Later") is of that day, told without its opener;
    # a new paragraph's does not
    ("On Sunday, the president will hold talks with business leaders. In the evening, the president will deliver remarks "
     "at the trade fair. Later, Obama will have dinner with the chancellor.\n\nIn the evening, the team will fly home.",
     date(2016, 4, 18), [("hold talks", "2016-04-24", "2016-04-24", NO_PLACE), ("deliver remarks", "2016-04-24", "2016-04-24", NO_PLACE),
                         ("have dinner", "2016-04-24", "2016-04-24", NO_PLACE)]),
    # a programme's next item told ahead ("will then", "This will be followed by") is of that day, where the item before it
    # was; a sentence that merely says "then" in a report is not
    ("On Friday, the King will open the new bridge in Tromsø. The King will then lay a wreath at the memorial. This will "
     "be followed by a lunch with the mayor.", date(2019, 5, 1),
     [("open", "2019-05-03", "2019-05-03", "Tromsø"), ("lay a wreath", "2019-05-03", "2019-05-03", "Tromsø"),
      ("lunch", "2019-05-03", "2019-05-03", "Tromsø")]),
    ("On Friday, the King opened the new bridge in Tromsø. Then the crowd cheered a wreath at the memorial.", date(2019, 5, 4),
     [("opened", "2019-05-03", "2019-05-03", "Tromsø")]),
    # "the South Pacific nation of Vanuatu": the nation, not the region that only qualifies it
    ("Residents of a town in the South Pacific nation of Vanuatu ran into the streets on Friday as an earthquake shook "
     "the area.", date(2010, 5, 29), [("ran", "2010-05-28", "2010-05-28", "Vanuatu")]),
    # an election of the land a story is about happens there, though the story was filed from a town abroad
    ("LOME, Togo (AP) — Benin's electoral commission said the presidential vote on Sunday was calm.", date(2021, 4, 13),
     [("vote", "2021-04-11", "2021-04-11", "Benin")]),
    # what is built and named a place is that place; what is named after one is not there
    ("A fort was built on the riverbank in 1537 and named Asunción.", None, [("built", "1537-01-01", "1537-12-31", "Asunción")]),
    ("A ship was built in 1537 and named after Asunción.", None, [("built", "1537-01-01", "1537-12-31", NO_PLACE)]),
    # a line of a day and a place ("Sunday 14 July – Aruba") heads the paragraph under it; it is no event of its own
    ("Rutte has returned from a trip to the islands of the Kingdom.\nSunday 14 July – Aruba\nPrime Minister Rutte began "
     "his day with a call on the coast guard in Oranjestad.\nMonday 15 July – Curaçao\nThe prime minister addressed the "
     "parliament in Willemstad.", date(2013, 7, 20),
     [("returned", "2013-07-20", "2013-07-20", NO_PLACE), ("began", "2013-07-14", "2013-07-14", "Oranjestad"),
      ("addressed", "2013-07-15", "2013-07-15", "Willemstad")]),
    # ... and so does a date line that only counts the days of a mission ("Jan. 17, 2003: Day 1")
    ("Jan. 17, 2003: Day 1\n\nAstronauts spend their first full day in space conducting experiments.\n\nJan. 18, 2003: "
     "Day 2\n\nCrew members collect their own blood for experiments.", date(2003, 2, 2),
     [("spend", "2003-01-17", "2003-01-17", NO_PLACE), ("collect", "2003-01-18", "2003-01-18", NO_PLACE)]),
    # a month-day a few weeks from the story's date is in its year, whatever the tense of the clause that names it
    ("The Commission on Elections will proclaim the winners of the senatorial race today, 11 days after the May 9 "
     "balloting.", date(2016, 5, 19),
     [("proclaim", "2016-05-19", "2016-05-19", NO_PLACE), ("balloting", "2016-05-09", "2016-05-09", NO_PLACE)]),
    # "here" is the town the story is told from
    ("Rensselaer, Indiana expects a new factory.\n\nTwo directors of the company arrived here on Tuesday morning.",
     date(1911, 6, 29), [("arrived", "1911-06-27", "1911-06-27", "Rensselaer")]),
    # a place in what the subject is ("a former mayor of a town in Rwanda's south") is no locative beside the clause's
    # own ("in Congo"), whatever word the model hangs that on; alone, it is where the thing it describes is
    ("KIGALI, Rwanda (AP) — A court convicted a man on Thursday.\nJon Doe, a former mayor of Nyakizu in Rwanda’s south, "
     "was arrested by agents of Interpol in Congo in 2015.", date(2020, 5, 28),
     [("convicted", "2020-05-28", "2020-05-28", "Kigali"), ("arrested", "2015-01-01", "2015-12-31", "Democratic Republic of the Congo")]),
    ("The famed Azure Window, a natural rock formation on the Maltese island of Gozo, collapsed on March 8, 2017.", None,
     [("collapsed", "2017-03-08", "2017-03-08", "Gozo")]),
    # a court named for its town stands there, wherever the sentence puts it
    ("Queensland police arrested the 66-year-old Cooktown man today. He faced Cooktown Circuit Court today and was "
     "granted bail.", date(2022, 6, 7), [("arrested", "2022-06-07", "2022-06-07", "Cooktown"), ("faced", "2022-06-07", "2022-06-07", "Cooktown")]),
    # a name's possessive before a feature word is part of a longer name, not a town; nor is a vessel a place
    ("No. 3 Column crossed into Zulu territory across Rorke's Drift on 11 January 1879.", None,
     [("crossed", "1879-01-11", "1879-01-11", NO_PLACE)]),
    # the name after a locative "capital" is where, however the parser joined it
    ("The government and rebels from the Free Aceh Movement signed a historic peace deal in the Finnish capital Helsinki "
     "Monday to officially end a nearly three-decade old conflict.", date(2005, 8, 15),
     [("signed", "2005-08-15", "2005-08-15", "Helsinki")]),
    # a lead's occurrence told again by its subject ("the cyclone crashed ... Thursday night") is one event: the lead's,
    # dated by the retelling
    ("A powerful cyclone has battered Bangladesh, causing the evacuation of hundreds of thousands.\nOfficials say the "
     "cyclone crashed into the country's southern coast Thursday night with strong winds.", date(2007, 11, 16),
     [("battered", "2007-11-15", "2007-11-15", "Bangladesh")]),
    # ... or by the noun of its verb: "derailed" ... "The derailments occurred around midnight Tuesday"
    ("Two passenger trains derailed during a flash flood in central India, killing at least 24 people.\nThe derailments "
     "occurred around midnight Tuesday when the trains were crossing a bridge in Madhya Pradesh state.", date(2015, 8, 5),
     [("derailed", "2015-08-04", "2015-08-04", "Madhya Pradesh")]),
    # ... but not by an occasion months before the story's day ("In September, ... a bus plunged"): that is another
    ("At least two dozen people died when a bus plunged into a ravine on the island of Sumatra, police said.\nIn "
     "September, at least 21 people died when a bus plunged into a ravine in Sukabumi.", date(2019, 12, 24),
     [("21 people died", "2019-09-01", "2019-09-30", "Sukabumi")]),
    # a distance and a compass point from a place say the event is near it, not at the dateline
    ("WASHINGTON — An earthquake struck 30 kilometres north of Kabul on Monday.", date(2007, 8, 15),
     [("struck", "2007-08-13", "2007-08-13", "Kabul")]),
    # "from 1725 onwards" begins then and has no end; the title keeps neither "from" nor "onwards"
    ("From 1725 onwards the fortifications were greatly strengthened.", None,
     [("the fortifications were greatly strengthened", "1725-01-01", None, NO_PLACE)]),
    # "into" after any verb says where it went; not after a noun ("an inquiry into Iraq")
    ("Castro's rebel forces rolled into Havana on 2 January 1959, ending the revolution in Cuba.", None,
     [("rolled", "1959-01-02", "1959-01-02", "Havana")]),
    # a date on a named occasion is that occasion's, at the place that names it
    ("Nothing could stop their conquests into Europe, which went on until after the Battle of Vienna in 1683.", None,
     [("battle", "1683-01-01", "1683-12-31", "Vienna")]),
    # a reporting clause gives the reported event
    ("Officials said on Thursday that the rebels captured Goma.", date(2012, 11, 23),
     [("captured", "2012-11-22", "2012-11-22", "Goma")]),
    # the locative of the event's own clause, not a place of another clause
    ("Leaders met in Vienna on March 3, 2024, after talks in Geneva.", None, [("met", "2024-03-03", "2024-03-03", "Vienna")]),
    ("Russia annexed Crimea in 2014.", None, [("annexed", "2014-01-01", "2014-12-31", "Crimea")]),
    # a place that names the event
    ("The allies promised membership at the Bucharest NATO Summit in 2008.", None,
     [("promised", "2008-01-01", "2008-12-31", "Bucharest")]),
    # a name says where: "the Treaty of Zaragoza, signed on ..." (and no "on" is left dangling in the title)
    ("Historians praise the Treaty of Zaragoza, signed on 22 April 1529.", None,
     [("signed", "1529-04-22", "1529-04-22", "Zaragoza")]),
    # two years or decades in a row joined by "and" or "or" are one span, as "the 12th or 13th century" is
    ("Hyperinflation in 2007 and 2008 made the currency worthless. A trading settlement was established during the "
     "1020s or 1030s.", None,
     [("hyperinflation", "2007-01-01", "2008-12-31", NO_PLACE), ("established", "1020-01-01", "1039-12-31", NO_PLACE)]),
    # two days of one verb joined by "and" are two occurrences; one moment told by two clocks is one
    ("The treaty was signed by Spain, 2 July 1494, and by Portugal, 5 September 1494.", None,
     [("signed", "1494-07-02", "1494-07-02", NO_PLACE), ("signed", "1494-09-05", "1494-09-05", NO_PLACE)]),
    # a history whose places all lie in one country happens there when a line names no place
    ("Timeline of the coup\n\n1802 - Rebels gathered in Suva.\n1803 - Rebels took Levuka.\n1804 - The governor resigned.", None,
     [("gathered", "1802-01-01", "1802-12-31", "Suva"), ("took", "1803-01-01", "1803-12-31", "Levuka"),
      ("resigned", "1804-01-01", "1804-12-31", "Suva")]),
    # a date "of" an event noun is that occurrence's: two sieges told in one sentence are two events
    ("The town saw the great siege of 1759 and the siege of 1760 before peace came.", None,
     [("siege", "1759-01-01", "1759-12-31", NO_PLACE), ("siege", "1760-01-01", "1760-12-31", NO_PLACE)]),
    # an occasion's name of the predicate's own kind says where, however the model hung it ("By the Treaty of X signed")
    ("By the Treaty of Malmö signed on 1 September 1524, Sweden seceded from the Kalmar Union.", None,
     [("signed", "1524-09-01", "1524-09-01", "Malmö")]),
    # a timeline page: a date on its own line heads the sentence below it and is no event itself
    ("June 25, 1950\nNorth Korean troops crossed the 38th parallel into South Korea.\n\n"
     "June 27, 1950\nThe UN Security Council passed a resolution in New York.", None,
     [("crossed", "1950-06-25", "1950-06-25", NO_PLACE), ("passed", "1950-06-27", "1950-06-27", "New York City")]),
    # an almanac: under a day with no year ("18 January"), each line's year is that day of that year
    ("On this day\n\n18 January\n\n1644 Pilgrims in Boston reported a sighting\n"
     "1919 Peace Congress opens in Versailles, France\n\n19 January\n\n1419 Two kings sign a truce after a long war\n"
     "1825 Two merchants patent food storage in tin cans\n", date(2006, 1, 17),
     [("reported", "1644-01-18", "1644-01-18", "Boston"), ("opens", "1919-01-18", "1919-01-18", "Versailles"),
      ("sign", "1419-01-19", "1419-01-19", NO_PLACE), ("patent", "1825-01-19", "1825-01-19", NO_PLACE)]),
    # "where" right after a place says the relative clause's event is there, and is no part of its headline
    ("The army reached Kyoto in 1180, where the emperor was crowned in 1181.", None,
     [("reached", "1180-01-01", "1180-12-31", "Kyoto"), ("the emperor was crowned", "1181-01-01", "1181-12-31", "Kyoto")]),
    # ... and below a title of its own, the paragraph under the title
    ("1950\nThe Schuman Declaration\nThe French foreign minister announced the plan in Paris.\n"
     "1952\nThe Treaty\nThe treaty establishes the European Coal and Steel Community in Luxembourg.", None,
     [("announced", "1950-01-01", "1950-12-31", "Paris"), ("establishes", "1952-01-01", "1952-12-31", "Luxembourg")]),
    # annals: "1041." opens each year's entry, "Anno 1040." too, and is no event
    ("From the annals.\nAnno 1040. King Henry led an army into Hungary.\n1041. King Henry entered Poland a second time.", None,
     [("led", "1040-01-01", "1040-12-31", "Hungary"), ("entered", "1041-01-01", "1041-12-31", "Poland")]),
    # timeline lines: "DATE: what happened", a year before a dash (before 1000 too), bullets
    ("Timeline\n\nJune 25, 1950: North Korean troops cross the border.\nJune 28, 1950: Seoul falls to the North.", None,
     [("cross", "1950-06-25", "1950-06-25", NO_PLACE), ("falls", "1950-06-28", "1950-06-28", "Seoul")]),
    ("712 - Samarkand is conquered by the Arabs.\n1370 - Timur makes Samarkand his capital.", None,
     [("conquered", "0712-01-01", "0712-12-31", "Samarkand"), ("capital", "1370-01-01", "1370-12-31", "Samarkand")]),
    ("* 15 February 1898 — The USS Maine explodes in Havana harbor.", None, [("explodes", "1898-02-15", "1898-02-15", "Havana")]),
    ("Timeline\n\n- 1331 - Ibn Battuta, a Moroccan traveler, visits Mombasa.\n- 1505 - Town sacked by Portuguese forces.", None,
     [("mombasa", "1331-01-01", "1331-12-31", "Mombasa"), ("sacked", "1505-01-01", "1505-12-31", NO_PLACE)]),
    # a dated item dates each sentence of its line that goes on telling (in its tense), not one that describes
    ("Events\n- January 1, 1959 - The president fled to Spain. Before leaving, he named Jon Doe as his successor.\n"
     "- January 2, 1959 - Rebels rolled into Havana.", None,
     [("fled", "1959-01-01", "1959-01-01", "Spain"), ("named", "1959-01-01", "1959-01-01", NO_PLACE),
      ("rolled", "1959-01-02", "1959-01-02", "Havana")]),
    # a "be" that only says when, of a pronoun ("This was on ..."), is no occurrence; a cleft's ("It was in 1344 that
    # ...") is its clause's
    ("It will be Friday, 4 January 2019. This was on 1 February 1915. The company was founded in 1781 in Dublin.", None,
     [("founded", "1781-01-01", "1781-12-31", "Dublin")]),
    ("It was in 1344 that the traveller stopped in Galle.", None, [("stopped", "1344-01-01", "1344-12-31", "Galle")]),
    # ... a diary's line too, whose first verb, with no subject, the model may read as a name
    # (the first entry's day is no dateline: the next line opens with another)
    ("3.14.05 - Woke up and had breakfast. We walked to the cathedral in Lyon.\n\n3.15.05 - We drove to Dijon.",
     date(2005, 3, 20), [("woke", "2005-03-14", "2005-03-14", NO_PLACE), ("walked", "2005-03-14", "2005-03-14", "Lyon"),
                         ("drove", "2005-03-15", "2005-03-15", "Dijon")]),
    ("Park dates\nJanuary 3 1863: Jon Doe filed a claim at the land office in Brownsville, Nebraska. The park now preserves his "
     "homestead.\nJanuary 4 1935: The president proclaimed the waters off the Florida Keys a monument.", None,
     [("filed", "1863-01-03", "1863-01-03", "Brownsville, Nebraska"), ("proclaimed", "1935-01-04", "1935-01-04", "Florida Keys")]),
    # a year over indented bullets dates each bullet; a bullet's own day takes the year; "YEAR – YEAR name" is the line's
    ("Timeline of Quito\n- 1535\n  - The city founded by settlers.\n  - The cathedral construction begins.\n- 1541\n"
     "  - 26 June: The governor assassinated.\n- 1587 – 1587 Quito earthquake.\n", None,
     [("founded", "1535-01-01", "1535-12-31", "Quito"), ("cathedral", "1535-01-01", "1535-12-31", "Quito"),
      ("assassinated", "1541-06-26", "1541-06-26", "Quito"), ("earthquake", "1587-01-01", "1587-12-31", "Quito")]),
    # a century heading over year headings: each bullet takes the nearest heading above it; "September:" opens a line
    ("Timeline of Quito\n19th century\n- 1807\n  - 3 February: The city besieged by British forces.\n"
     "  - Printing press in operation.\n  - September: British occupation ends.\n- 1812\n  - Quito cabildo rebuilt.\n",
     None, [("besieged", "1807-02-03", "1807-02-03", "Quito"), ("printing", "1807-01-01", "1807-12-31", "Quito"),
            ("ends", "1807-09-01", "1807-09-30", "Quito"), ("rebuilt", "1812-01-01", "1812-12-31", "Quito")]),
    # a bullet under a century heading is an item, never a header date; "2nd C. CE" is a century, "809 -" heads bullets;
    # the page's title says where its items are
    ("Timeline of Sofia\n19th century\n- 1818 – Earthquake.\n- 1829 – Town occupied by Russian forces.\n", None,
     [("earthquake", "1818-01-01", "1818-12-31", "Sofia"), ("occupied", "1829-01-01", "1829-12-31", "Sofia")]),
    # a day under its line's year ("- 1890 – 31 May:") is that year's day, not a range "1890-31"
    ("Timeline\n- 1888 – Mayor elected.\n- 1890 – 31 May: Destructive thunderstorm.\n", None,
     [("elected", "1888-01-01", "1888-12-31", NO_PLACE), ("thunderstorm", "1890-05-31", "1890-05-31", NO_PLACE)]),
    # "- YEAR – Word." items are no date headings, however short their text; a year alone on its line heads bullets
    ("Timeline\n- 1194\n  - Town becomes part of Byzantium.\n- 1818 – Earthquake.\n- 1858 – Earthquake.\n"
     "- 1879\n  - Capital relocated to the town.\n", None,
     [("becomes part", "1194-01-01", "1194-12-31", NO_PLACE), ("earthquake", "1818-01-01", "1818-12-31", NO_PLACE),
      ("earthquake", "1858-01-01", "1858-12-31", NO_PLACE), ("relocated", "1879-01-01", "1879-12-31", NO_PLACE)]),
    ("Timeline of Sofia\nPrior to 14th century\n- 2nd C. CE – Serdica founded by Trajan.\n- 809 -\n"
     "  - Town becomes part of Bulgarian Empire.\n", None,
     [("founded", "0101-01-01", "0200-12-31", "Sofia"), ("becomes part", "0809-01-01", "0809-12-31", "Sofia")]),
    # a bulleted "YEAR CE - " line: the line's participle and its noun; "(or in 1062 ...)" is another reading, no event
    ("Timeline of Marrakesh\n- 1070 CE - Marrakesh founded by Abu Bakr ibn Umar (or in 1062 according to some sources)\n"
     "- 1117 - Almoravid Koubba built.\n",
     None, [("marrakesh founded", "1070-01-01", "1070-12-31", "Marrakesh"), ("koubba", "1117-01-01", "1117-12-31", "Marrakesh")]),
    # a line's date belongs to the line's main verb, not the name it stands before; a titled person's country is a party
    ("1203 - Hasan ibn Ali, Nasr's brother, moves the capital to Bukhara.", None, [("moves", "1203-01-01", "1203-12-31", "Bukhara")]),
    ("Timeline\n\nMarch 2, 1898: U.S. President Jon Doe sends the cruiser to Havana.\nMarch 5, 1898: The cruiser arrives.", None,
     [("sends", "1898-03-02", "1898-03-02", "Havana"), ("arrives", "1898-03-05", "1898-03-05", NO_PLACE)]),
    # a stop told by the visit its traveller concludes is told so
    ("The Prime Minister, Jon Doe, today concluded his visit to Hanoi, Vietnam, and will now travel to Da Nang, Vietnam, "
     "to attend the summit on November 10 and 11.", date(2017, 11, 9),
     [("concludes visit to hanoi", "2017-11-09", "2017-11-09", "Hanoi"), ("travels to da nang", "2017-11-10", "2017-11-11", "Da Nang")]),
    # "make a visit to Ujjain": where the visit goes is where it happens, not a place of the clause after it
    ("The President will make a brief visit to Ujjain on June 28th after which she will address the conference in Indore.",
     date(2008, 6, 25), [("ujjain", "2008-06-28", "2008-06-28", "Ujjain")]),
    # a return home the sentence names only by "return" is told as one ("Doe returns to Ottawa")
    ("OTTAWA, Canada – Jane Doe, minister of foreign affairs, has announced that she will travel to Germany.\n\n"
     "The minister will depart Canada on Thursday, February 17, and return on Tuesday, February 22.", date(2022, 2, 14),
     [("travels to germany", "2022-02-17", "2022-02-22", "Germany"), ("returns to ottawa", "2022-02-22", "2022-02-22", "Ottawa")]),
    # a header date under a headline is the reference date, not an event
    ("Talks resume\nApril 27, 2022\nThe ministers met in Oslo on Monday.", None, [("met", "2022-04-25", "2022-04-25", "Oslo")]),
    # a date in brackets before a figure dates the figure ("Pop. (1900) 12,497"), not an occurrence
    ("BRAUNSBERG, a town of Prussia. Pop. (1900) 12,497. The castle was built in 1241.", None,
     [("built", "1241-01-01", "1241-12-31", NO_PLACE)]),
    ("Population (1901), 39,715. The governor revolted in 1346.", None, [("revolted", "1346-01-01", "1346-12-31", NO_PLACE)]),
    # a heading "In the 1970s" over dated bullets says nothing that happens: no event titled "In"
    ("Agencies were born in 1970 - a time when rivers caught fire. We made progress since then.\n\nIn the 1970s\n\n"
     "  • 1970: Twenty million people celebrate the first Earth Day.\n", None,
     [("born", "1970-01-01", "1970-12-31", NO_PLACE), ("celebrate", "1970-01-01", "1970-12-31", NO_PLACE)]),
    # a label line in capitals ("WHEN: ... (EDT)") tells a date, not an occurrence
    ("The board will meet to consider the collision near Carey, Ohio.\nWHEN: Tuesday, September 15, 2020, 9:30 a.m. (EDT)\n"
     "The board will vote on the report on Tuesday.", date(2020, 9, 10), [("vote", "2020-09-15", "2020-09-15", "Carey")]),
    # a calendar: a month alone on its line, then a line per day, each occurrence closed by its year ("'62")
    ("CALENDAR OF THE WAR, 1861 TO 1865.\n\nJANUARY.\n1. — The envoys sailed for England, '62.\n"
     "2. — Gov. Doe seized the arsenal, '61. Bragg abandoned Murfreesboro, '63.\n", None,
     [("sailed", "1862-01-01", "1862-01-01", "England"), ("seized", "1861-01-02", "1861-01-02", NO_PLACE),
      ("abandoned", "1863-01-02", "1863-01-02", "Murfreesboro")]),
    # hedges keep the year; open ends stay open
    ("The mosque was built about 1040.", None, [("built", "1040-01-01", "1040-12-31", NO_PLACE)]),
    ("The tower was built c. 517 by the king.", None, [("built", "0517-01-01", "0517-12-31", NO_PLACE)]),
    # "the year 1277" is one date: its clause's verb is the event, not the noun "year"
    ("His family ruled the sultanate until the year 1277.", None, [("ruled", "1277-01-01", "1277-12-31", NO_PLACE)]),
    ("The fort was built before 1250.", None, [("built", None, "1250-12-31", NO_PLACE)]),
    ("The town became independent after 1612.", None, [("became", "1612-01-01", None, NO_PLACE)]),
    ("In the first half of the 15th century the Tuareg took control of the city.", None,
     [("took", "1401-01-01", "1450-12-31", NO_PLACE)]),
    # a history of a whole land: its country, named twice in the opening, is where its events happen
    ("Norway was a poor land of farmers. In 1905 Norway dissolved its union with Sweden. The new king was crowned in 1906.",
     None, [("dissolved", "1905-01-01", "1905-12-31", "Norway"), ("crowned", "1906-01-01", "1906-12-31", "Norway")]),
    # the same occurrence told twice is one event
    ("Talks restarted in Oslo on Thursday. Diplomats praised Thursday's meeting.", date(2023, 3, 10),
     [("restarted", "2023-03-09", "2023-03-09", "Oslo")]),
    ("The town, which after 1612 became independent, prospered.", None, [("became", "1612-01-01", None, NO_PLACE)]),
    # an occurrence told again by its time ("the siege lasted ...") is one event, dated by the finer telling
    ("The Great Siege of Vienna occurred in 1529. The siege lasted from 27 September to 15 October 1529.", None,
     [("siege", "1529-09-27", "1529-10-15", "Vienna")]),
    # ... but another siege of another year is another event
    ("The Great Siege of Vienna occurred in 1529. The siege began again in 1683.", None,
     [("siege", "1529-01-01", "1529-12-31", "Vienna"), ("siege", "1683-01-01", "1683-12-31", NO_PLACE)]),
    # a clock in local time, then its day: one moment ("noon local time on Tuesday"), not a second event on today
    ("The plane touched down at Bagram at about noon local time on Tuesday.", date(2010, 12, 8),
     [("touched down", "2010-12-07", "2010-12-07", NO_PLACE)]),
    # ... or alone: the clock's "local time" is no occurrence of its own
    ("The plane touched down at Bagram at about noon local time, and the party flew on.", date(2010, 12, 7),
     [("touched down", "2010-12-07", "2010-12-07", NO_PLACE)]),
    # ... whose headline keeps no "local time" the clock left behind
    ("The polls closed at 6 pm local time (2100 GMT) on Sunday in Lima.", date(2017, 11, 3),
     [("the polls closed in lima", "2017-10-29", "2017-10-29", "Lima")]),
    # ... but a headline about local time itself keeps it
    ("Local time in Peru was put back an hour on Sunday.", date(2017, 11, 3),
     [("local time was put back", "2017-10-29", "2017-10-29", "Peru")]),
    # ... and a retelling dropped is no span a later telling folds into (it once raised an IndexError)
    ("The siege lasted from 1 May to 3 May 1565. The war lasted from 5 June to 9 June 1565. The siege lasted from 5 June "
     "to 9 June 1565. The siege lasted from 1 May to 3 May 1565. The siege lasted until 2 May 1565.", None,
     [("siege", "1565-05-01", "1565-05-03", NO_PLACE), ("war", "1565-06-05", "1565-06-09", NO_PLACE),
      ("siege", "1565-06-05", "1565-06-09", NO_PLACE), ("siege", "1565-05-02", "1565-05-02", NO_PLACE)]),
    # ... but a meeting done and a meeting to come on one day are two
    ("SANTIAGO, Chile, Oct. 4, 2007 – Doe met this morning with the defense minister. Doe also will meet with the "
     "president today.", None, [("met", "2007-10-04", "2007-10-04", "Santiago"), ("meet", "2007-10-04", "2007-10-04", "Santiago")]),
    # the two ends of one span are one event
    ("The kingdom ruled the island from 1299 to 1398.", None, [("ruled", "1299-01-01", "1398-12-31", NO_PLACE)]),
    ("He taught at the camp between 1996 and 2000.", None, [("taught", "1996-01-01", "2000-12-31", NO_PLACE)]),
    # a participle before the main clause sets its time: one event
    ("Starting at noon on Monday, the armed groups ceased fighting in Goma.", date(2023, 12, 13),
     [("ceased", "2023-12-11", "2023-12-11", "Goma")]),
    # the clause's tense, however far its verb stands from the weekday
    ("The Foreign Secretary will meet the leaders of Saudi Arabia, Qatar and the United Arab Emirates ahead of talks "
     "in Vienna on Friday.", date(2015, 10, 28), [("meet", "2015-10-30", "2015-10-30", "Vienna")]),
    # a doing in the simple present on a weekday is on the programme; a weekday that names the subject is not its time
    ("The minister visits Lusaka on Tuesday.", date(2014, 1, 19), [("visits", "2014-01-21", "2014-01-21", "Lusaka")]),
    ("Sunday's election in Bishkek comes a year after the protests.", date(2011, 10, 31),
     [("election", "2011-10-30", "2011-10-30", "Bishkek")]),
    # "did not begin until 1050": it began then
    ("Mound building did not begin there until about 1050.", None, [("begin", "1050-01-01", "1050-12-31", NO_PLACE)]),
    # "events" in the plural are a list's scope, not an occurrence; "held events" is one
    ("The following lists events that happened during 1959 in Cuba.", None, []),
    ("The article covers the events of 1905 in Norway.", None, []),
    ("The city held various events in Kyoto in 1994.", None, [("held", "1994-01-01", "1994-12-31", "Kyoto")]),
    # nothing happens
    ("The President has no public events on Saturday.", date(2014, 7, 4), []),
    # ... in a count of people, however it is told; their coming is an occurrence
    ("In 1086 Coventry had a population of about 350.", None, []),
    ("Timeline\n- 1916 – Population: 4,003\n- 1932 – Population: 16,903", None, []),
    ("In 1960 the town had 4,701 inhabitants.", None, []),
    ("In 1100 a permanent population began to emerge.", None, [("emerge", "1100-01-01", "1100-12-31", NO_PLACE)]),
    ("Timeline\n- 1847 – A terrible epidemic of cholera strikes, decimating the population of the town.", None,
     [("epidemic", "1847-01-01", "1847-12-31", NO_PLACE)]),
    ("The alliance will meet twenty-first century challenges.", date(2022, 4, 22), []),  # an age names a kind of thing
    ("Severe winter storms hit Kentucky.", date(2021, 3, 31), []),  # so does a season
    ("The alliance is meeting the challenges of the 21st century.", date(2022, 4, 22), []),  # and the century of an age
    # a year before a noun that names no event is a name; a number of things is no year
    ("On Monday, the President will host the 2011 Easter Egg Roll.", date(2011, 4, 22), [("host", "2011-04-25", "2011-04-25", NO_PLACE)]),
    ("In 2019 Berlin hosted the fair.", None, [("hosted", "2019-01-01", "2019-12-31", "Berlin")]),
    # a country that does the thing, in a sentence that names no other, is where it happens; with another, a party
    ("Morocco worked Sunday to rescue survivors.", date(2023, 9, 11), [("worked", "2023-09-10", "2023-09-10", "Morocco")]),
    ("In 1942 Japan declared war on the Netherlands.", None, [("declared", "1942-01-01", "1942-12-31", NO_PLACE)]),
    # (another country's adjective is no party: "a British protectorate")
    ("In 1900 Tonga became a British protectorate.", None, [("became", "1900-01-01", "1900-12-31", "Tonga")]),
    # the end of a name ("Tour de France") is no place of the event
    ('In 1903 the race "Tour de France" was announced.', None, [("announced", "1903-01-01", "1903-12-31", NO_PLACE)]),
    ("He landed in Riga in 1201 with more than 1500 armed crusaders.", None, [("landed", "1201-01-01", "1201-12-31", "Riga")]),
    # "U.S.S." ends no sentence, and the ship is no state
    ("An explosion sinks the U.S.S. Maine in Havana harbor on February 15, 1898.", None,
     [("explosion", "1898-02-15", "1898-02-15", "Havana")]),
    # a dropped date leaves no dangling preposition in the title
    ("On Friday (30 October 2015) the Foreign Secretary will attend talks in Vienna.", date(2015, 10, 28),
     [("attend", "2015-10-30", "2015-10-30", "Vienna")]),
    # a month without a year, read by the clause's tense in an article of March 2013
    ("Prices fell in August, the ministry said.", date(2013, 3, 22), [("fell", "2012-08-01", "2012-08-31", NO_PLACE)]),
    # ... and the month the text is written in is ahead until it is over
    ("The plant will open in March, the ministry said.", date(2013, 3, 22), [("open", "2013-03-01", "2013-03-31", NO_PLACE)]),
    # a day without a year, read by its clause's tense: a November story telling of "the April 16 election"
    ("Mr. Doe was declared the winner of the April 16 election.", date(2011, 11, 1),
     [("election", "2011-04-16", "2011-04-16", NO_PLACE)]),
    # a story without a dateline happens in the one country its lead names, at its town named twice
    ("Gambian President Jon Doe has won re-election in a poll. Doe took power in a coup in 1994.", date(2011, 11, 25),
     [("won", "2011-11-25", "2011-11-25", "Gambia"), ("coup", "1994-01-01", "1994-12-31", "Gambia")]),
    ("A bomb exploded at a hotel in Somalia on Sunday. Mogadishu police said the blast shook Mogadishu.", date(2020, 8, 17),
     [("exploded", "2020-08-16", "2020-08-16", "Mogadishu")]),
    # a trip's stop is headed by the word of going the text puts between its verb and the place ("will spend Friday
    # visiting school children ... in Moose Jaw": visits), not "travels to"
    ("Governor General Jane Doe will arrive in Regina on Oct. 18. Doe will spend Friday visiting school children at "
     "Ecole Ducharme in Moose Jaw.", date(2018, 10, 17),
     [("arrives in regina", "2018-10-18", "2018-10-18", "Regina"), ("visits moose jaw", "2018-10-19", "2018-10-19", "Moose Jaw")]),
    # a dated infinitive is titled with the words it completes and who, not "To reopen"
    ("The airport in Longyearbyen was closed Friday but was expected to reopen later Saturday. The Cabinet is due to "
     "meet on Monday.", date(2015, 12, 19),
     [("was closed", "2015-12-18", "2015-12-18", NO_PLACE), ("airport was expected to reopen", "2015-12-19", "2015-12-19", NO_PLACE),
      ("cabinet is due to meet", "2015-12-21", "2015-12-21", NO_PLACE)]),
    # a year that names the thing ("This year's award") gives way to the day the clause is dated by
    ("The Nobel Prize for physics honors researchers.\n\nThis year's award will be announced Tuesday.", date(2018, 10, 1),
     [("announced", "2018-10-02", "2018-10-02", NO_PLACE)]),
    # a timeline's year, then a day of it after a dash, is one date: the day ("1887 – 9 June: ..."); the years that name
    # a war ("the Russo-Swedish War of 1788-1790") are no date of the line's event
    ("Timeline of the town\n- 1884 – Synagogue established.\n- 1887 – 9 June: A magnitude 7.3 earthquake destroyed the "
     "fort.\n- 1788 – The Russo-Swedish War of 1788-1790 begins.", None,
     [("established", "1884-01-01", "1884-12-31", NO_PLACE), ("earthquake", "1887-06-09", "1887-06-09", NO_PLACE),
      ("begins", "1788-01-01", "1788-12-31", NO_PLACE)]),
    # a timeline of a land named far oftener than any other is about that land, not about a town of another land its
    # opening names twice
    ("8th century - Arab invaders introduce Islam.\n9th century - The Samanid dynasty develops Bukhara as a centre of "
     "culture.\n13th century - Genghis Khan conquers Kyrgyzstan.\n1860 - Kyrgyzstan divided, the south annexed by the "
     "Emirate of Bukhara.\n1924 - Kyrgyzstan becomes an autonomous region.\n1991 - Kyrgyzstan declares independence.", None,
     [("introduce", "0701-01-01", "0800-12-31", "Kyrgyzstan"), ("develops", "0801-01-01", "0900-12-31", "Bukhara"),
      ("conquers", "1201-01-01", "1300-12-31", "Kyrgyzstan"), ("divided", "1860-01-01", "1860-12-31", "Kyrgyzstan"),
      ("becomes", "1924-01-01", "1924-12-31", "Kyrgyzstan"), ("declares", "1991-01-01", "1991-12-31", "Kyrgyzstan")]),
    # ... not a people's country ("Uzbeks"); a story whose lead names no country is in the one it names far oftener
    # than any other
    ("June 4, 1990 Police fought to contain tension between Uzbeks and the majority.\n\nAugust 31, 1991 Kyrgyzstan "
     "declares independence.\n\nOctober 13, 1991 Jon Doe is elected in Kyrgyzstan's first presidential election.\n\n"
     "February 27, 2005 Kyrgyzstan holds elections.\n\nMarch 28, 2005 Kyrgyzstan elects a new parliament.", date(2010, 4, 8),
     [("declares", "1991-08-31", "1991-08-31", "Kyrgyzstan"), ("elected", "1991-10-13", "1991-10-13", "Kyrgyzstan"),
      ("holds", "2005-02-27", "2005-02-27", "Kyrgyzstan"), ("elects", "2005-03-28", "2005-03-28", "Kyrgyzstan")]),
    ("Police fought to contain tension between Uzbeks and the majority on Monday. Jon Doe was elected president on "
     "Tuesday.", date(1990, 6, 6),
     [("contain", "1990-06-04", "1990-06-04", NO_PLACE), ("elected", "1990-06-05", "1990-06-05", NO_PLACE)]),
    # a chronology of one town its lead names: an entry that names no place happened in it
    ("On Aug. 1, 2007, the bridge in Minneapolis collapsed into the river, killing 13 people.\nAugust 2, 2007 - Divers "
     "search the river for the missing.\nAugust 3, 2007 - Officials close the nearby roads.\nAugust 6, 2007 - Divers "
     "recover two more bodies.", date(2007, 8, 7),
     [("collapsed", "2007-08-01", "2007-08-01", "Minneapolis"), ("search", "2007-08-02", "2007-08-02", "Minneapolis"),
      ("close", "2007-08-03", "2007-08-03", "Minneapolis"), ("recover", "2007-08-06", "2007-08-06", "Minneapolis")]),
    # ... not a town only one entry names, and not before a land that does the thing
    ("February 6, 1820: The ship sails from New York to the west coast of Africa.\nDecember 11, 1821: Agents begin "
     "negotiations with local kings.\nNovember 11, 1822: The settlers plant crops.\nJuly 26, 1847: Liberia "
     "becomes independent.", date(2002, 1, 1),
     [("sails", "1820-02-06", "1820-02-06", "Africa"), ("negotiations", "1821-12-11", "1821-12-11", NO_PLACE),
      ("plant", "1822-11-11", "1822-11-11", NO_PLACE), ("independent", "1847-07-26", "1847-07-26", "Liberia")]),
    # a programme's lines under a day and its place: each clock time its own occurrence, at the day's place rather than
    # the dateline's, titled without the clock times' brackets; a line's clock times are no predicate of its own
    ("ROME (CNS) -- The Pope will visit Chile on Jan. 15-21.\n\nMonday, Jan. 15 (Rome, Santiago)\n\n-- 8 a.m. (2 a.m.) "
     "Departure from the airport.\n\n-- 8:10 p.m. (6:10 p.m.) Arrival at Santiago International Airport.\n\nTuesday, Jan. 16 (Santiago)\n\n-- 9 a.m. (7 a.m.) Meeting with the president at the "
     "palace.\n\n-- 5:15 p.m. (3:15 p.m.) Meeting with priests at the cathedral.", date(2018, 1, 5),
     [("visits santiago", "2018-01-15", "2018-01-21", "Santiago"),
      ("departure from the airport", "2018-01-15", "2018-01-15", "Rome"),
      ("arrival at santiago", "2018-01-15", "2018-01-15", "Santiago"),
      ("meeting with the president", "2018-01-16", "2018-01-16", "Santiago"),
      ("meeting with priests", "2018-01-16", "2018-01-16", "Santiago")]),
    # "where" after a place and its nearness ("in Libreville not far from where") is there
    ("Last week, the players laid flowers in Libreville not far from where a Zambian military plane crashed into the "
     "ocean in 1993.", date(2012, 2, 13),
     [("laid", "2012-02-06", "2012-02-12", "Libreville"), ("crashed", "1993-01-01", "1993-12-31", "Libreville")]),
    # a span of years in brackets after a name is that person's life, not the event's date, where the sentence gives one
    ("The foundations of the fort were laid in 1566 during the reign of Emperor Akbar (1542-1605). The war (1939-1945) "
     "ended.", None,
     [("laid", "1566-01-01", "1566-12-31", NO_PLACE), ("ended", "1939-01-01", "1945-12-31", NO_PLACE)]),
    # a programme's day lines, with a village the gazetteer does not know or a town it does, date and place the items
    # under them; each item is its own occurrence, not the lead's visit told again
    ("The royal couple will visit Greenland.\n\n1 August 2014: Igaliko\n\n09.40: Inspection of the Norse ruins.\n\n"
     "2 August 2014: Nuuk\n\n15.10: Visit to the art workshop.\n16.40: Visit to the retirement home.", date(2014, 7, 31),
     [("inspection", "2014-08-01", "2014-08-01", NO_PLACE), ("art workshop", "2014-08-02", "2014-08-02", "Nuuk"),
      ("retirement home", "2014-08-02", "2014-08-02", "Nuuk")]),
    # a country that says where the subject town is ("Osh, Kyrgyzstan's second city") does not name the event
    ("Osh, Kyrgyzstan's second biggest city, fell to opposition control on March 21, 2005.", date(2010, 4, 8),
     [("fell", "2005-03-21", "2005-03-21", "Osh")]),
    # ... or at the one town of that country it names
    ("A strong earthquake struck Taiwan on Tuesday. It hit near the coastal city of Hualien.", date(2018, 2, 7),
     [("struck", "2018-02-06", "2018-02-06", "Hualien City")]),
    # ... but a meeting or a statement happens where its people are, not in the country the story is about
    ("President Doe met President Roe of Ukraine on Tuesday to discuss the war.", date(2023, 12, 13),
     [("met", "2023-12-12", "2023-12-12", NO_PLACE)]),
    # a rank before a name makes the name a person's: "U.S. Admiral Jon Doe" is a party, not the place
    ("U.S. Admiral Mike Doe met with Iraqi Prime Minister Nouri al-Roe on Monday.", date(2010, 12, 13),
     [("met", "2010-12-13", "2010-12-13", NO_PLACE)]),
    ("U.S. Secretary of State Jon Doe met with his Russian counterpart on Sunday.", date(2016, 9, 5),
     [("met", "2016-09-04", "2016-09-04", NO_PLACE)]),
    # a title of nobility or of a church names a person by a place: not where the person acts
    ("In 1644 the Earl of Essex took Abingdon.", None, [("took", "1644-01-01", "1644-12-31", "Abingdon")]),
    ("In 1523 the Duke of Norfolk entered Carlisle.", None, [("entered", "1523-01-01", "1523-12-31", "Carlisle")]),
    # the two countries of a pair are its parties
    ("The two nations signed the U.S.-Brazil Defense Cooperation Agreement in April 2010.", None,
     [("signed", "2010-04-01", "2010-04-30", NO_PLACE)]),
    # a lead naming two countries has no focus
    ("U.S. forces and the United Kingdom struck targets on Thursday.", date(2024, 1, 12),
     [("struck", "2024-01-11", "2024-01-11", NO_PLACE)]),
    # "there" in the event's clause is the place the sentence named before it
    ("In Vietnam, authorities say at least 18 people have died in the past 10 days. The government in neighboring "
     "Thailand said floods there have killed more than 180 people since August.", date(2011, 10, 3),
     [("died", "2011-10-03", "2011-10-03", "Vietnam"), ("killed", "2011-08-01", "2011-08-31", "Thailand")]),
    # a trip's stop is headlined by what the traveller does there when the place is that clause's own ("In Laos, ...
    # will participate in"), else by the going
    ("Secretary Jon Roe will travel to Australia, Laos and Fiji from November 17 to 24. In Laos, Secretary Roe will "
     "participate in the ASEAN Defense Ministers' Meeting on November 21.", date(2024, 11, 15),
     [("travels to australia", "2024-11-17", "2024-11-24", "Australia"), ("travels to fiji", "2024-11-17", "2024-11-24", "Fiji"),
      ("will participate in the asean", "2024-11-21", "2024-11-21", "Laos")]),
    # a place's name alone on the first line, over a blank line, is the dateline; a headline that names a place is not
    ("Vienna\n\nOil producers agreed on Friday to cut output by 1.2 million barrels a day, ministers said.", date(2018, 12, 8),
     [("agreed", "2018-12-07", "2018-12-07", "Vienna")]),
    ("Paris Talks Collapse\n\nNegotiators walked out of the talks on Friday, officials said.", date(2018, 12, 8),
     [("walked out", "2018-12-07", "2018-12-07", NO_PLACE)]),
    # a chronology is about the place it names far oftener than any other, wherever it first names it (a city state is
    # a town); a table's "|" is no part of a title
    ("1786 | British establish a trading post in Penang |\n1819 | Raffles arrives in Singapore. |\n1820 | Singapore "
     "produces revenue for the Company. |\n1823 | Its profits surpass those of Penang. |\n1832 | Singapore becomes the "
     "centre of government. |\n1840 | Singapore grows quickly. |\n1841 | A treaty is signed with the Sultan. |", None,
     [("british establish", "1786-01-01", "1786-12-31", "Penang"), ("raffles", "1819-01-01", "1819-12-31", "Singapore"),
      ("revenue", "1820-01-01", "1820-12-31", "Singapore"), ("surpass", "1823-01-01", "1823-12-31", "Singapore"),
      ("centre", "1832-01-01", "1832-12-31", "Singapore"), ("grows", "1840-01-01", "1840-12-31", "Singapore"),
      ("treaty", "1841-01-01", "1841-12-31", "Singapore")]),
    # a first sentence that opens with its date tells an event on that day; it is no dateline
    ("On June 4, 2012, Secretary of State Jon Doe traveled to Yerevan, Armenia, where she met the President.",
     date(2012, 6, 5), [("travel", "2012-06-04", "2012-06-04", "Yerevan")]),
    # datelines with a date, and in title case with a long dash ("filed from / about")
    ("HANOI, Vietnam, Oct. 11, 2010 — The minister signed the accord today.", None,
     [("signed", "2010-10-11", "2010-10-11", "Hanoi")]),
    ("Washington/Mogadishu — A bomb exploded on Tuesday, police said.", date(2021, 9, 15),
     [("exploded", "2021-09-14", "2021-09-14", "Mogadishu")]),
    # ... or a spaced hyphen, as some wires write it
    ("Copenhagen/Nuuk, Greenland - Voters on Greenland went to the polls Tuesday to elect a new parliament.",
     date(2009, 6, 2), [("went", "2009-06-02", "2009-06-02", "Nuuk")]),
    # an old paper's dateline ends with a full stop; a South Asian paper's with a colon; a time of day said twice is
    # the verb's
    ("CARTAGENA, Sunday. The steamer Sirio was wrecked off Cape Palos at five o'clock yesterday evening.", date(1906, 8, 5),
     [("wrecked", "1906-08-04", "1906-08-04", "Cartagena")]),
    ("Dhaka: Police released 21 protesters from custody yesterday, one of them said.", date(2009, 6, 23),
     [("released", "2009-06-22", "2009-06-22", "Dhaka")]),
    # "there" with no place before it in its sentence is the place the sentences just before on its line named
    ("1043. The king celebrated Christmas at Goslar. He was kindly received. Ambassadors came to him there in 1043.\n"
     "1044. There were floods in 1044.", None,
     [("celebrated", "1043-12-25", "1043-12-25", "Goslar"), ("received", "1043-01-01", "1043-12-31", NO_PLACE),
      ("ambassadors came", "1043-01-01", "1043-12-31", "Goslar"),
      ("floods", "1044-01-01", "1044-12-31", NO_PLACE)]),
    # a lead's "has confirmed a case" is the occurrence a later sentence dates, not a report of another
    ("The ministry has confirmed a virus case in Nairobi.\n\nThe case, which was confirmed on March 12, 2020, is the "
     "first in Kenya.", date(2020, 3, 13), [("confirmed", "2020-03-12", "2020-03-12", "Nairobi")]),
    # a headline is no lead: the story's own first sentence is; an agency alone before a dash is no part of a title
    ("Bank hikes interest rates after inflation shock\n\nMarch 23, 2023\n\n(CNN) — The Bank of England hiked interest "
     "rates by a quarter of a point Thursday, extending its fight against inflation.", date(2023, 3, 23),
     [("the bank hiked", "2023-03-23", "2023-03-23", NO_PLACE)]),
    # ... and so does the occurrence the lead's verb hangs from: "killed in a stampede ... The stampede broke out Sunday"
    ("Dozens of fans were killed in a stampede at a stadium in Labé.\n\nThe stampede broke out on Sunday afternoon during "
     "the final of a local tournament.", date(2024, 12, 2), [("killed", "2024-12-01", "2024-12-01", "Labé")]),
    # "the incident occurred Monday" dates the lead's news, told without a date
    ("Police in Summerside, P.E.I., arrested a local man following an alleged assault.\nPolice said the incident occurred "
     "Monday, shortly after 10 a.m.", date(2017, 7, 11), [("arrested", "2017-07-10", "2017-07-10", "Summerside")]),
    # a roundup of cables: each dispatch's dates read from its own dateline, and it happens there unless it says where
    ("BRITISH PARLIAMENT. LONDON, January 18. A decree has been issued summoning Parliament for March 25. FLOODS. "
     "PARIS, January 19. The Seine rose a metre this morning. MINERS GASSED. LONDON, January 20. Five miners were gassed "
     "at a colliery near Glasgow yesterday.", date(1925, 1, 27),
     [("decree", "1925-01-18", "1925-01-18", "London"), ("summoning", "1925-03-25", "1925-03-25", "London"),
      ("seine rose", "1925-01-19", "1925-01-19", "Paris"), ("gassed", "1925-01-19", "1925-01-19", "Glasgow")]),
    # a headline's event told again in the story is the story's telling; a date line with the time it was posted is
    # no event
    ("Five held after Friday protest\n18 Mar 2018 | Sun 16:44\n\nPolice said on Sunday that five protesters are still "
     "held after being arrested at Friday's demonstration.", date(2018, 3, 18),
     [("five protesters are still held", "2018-03-18", "2018-03-18", NO_PLACE), ("demonstration", "2018-03-16", "2018-03-16", NO_PLACE)]),
    # a stop's headline tells it by its own verb of going
    ("Secretary Jon Doe will travel to Tokyo on May 21. She will return to Washington on May 23.", date(2010, 5, 18),
     [("travels to tokyo", "2010-05-21", "2010-05-21", "Tokyo"), ("returns to washington", "2010-05-23", "2010-05-23", "Washington")]),
    # a stop's headline speaks in its traveller's person
    ("I will travel to Lima on May 3, 2024.", date(2024, 4, 20), [("i travel to lima", "2024-05-03", "2024-05-03", "Lima")]),
    # what a trip sentence tells happens in another town is an occurrence of its own
    ("EDINBURGH — Later today First Minister Jon Doe will meet health staff at the hospital in Livingston, and visit a "
     "farm company in Dundee.", date(2024, 5, 10),
     [("meet health staff", "2024-05-10", "2024-05-10", "Livingston"), ("visits dundee", "2024-05-10", "2024-05-10", "Dundee")]),
    # ... and a place the trip came back from was visited
    ("Secretary Jon Doe returned on May 21 from a trip to Tokyo.", date(2010, 5, 22),
     [("visits tokyo", "2010-05-21", "2010-05-21", "Tokyo")]),
    # a traveller's event that names no place happens at the stop they are at that day (not on the day they arrive)
    ("Secretary Doe will visit Tokyo on May 21 and Beijing, May 23 through May 26. On May 25, she will attend an event.",
     date(2010, 5, 18), [("tokyo", "2010-05-21", "2010-05-21", "Tokyo"), ("beijing", "2010-05-23", "2010-05-26", "Beijing"),
                         ("attend", "2010-05-25", "2010-05-25", "Beijing")]),
    # ... also where the sentence names the traveller by first name after an honorific ("Dame Ann")
    ("Governor-General Dame Ann Roe will visit Nelson, New Zealand, from February 22 to February 24. On February 23, "
     "Dame Ann and Sir Jon will have dinner with community leaders.", date(2017, 2, 20),
     [("nelson", "2017-02-22", "2017-02-24", "Nelson"), ("dinner", "2017-02-23", "2017-02-23", "Nelson")]),
    ("On Tuesday, the President will welcome the Mayor. In the evening, President Doe will travel to Denver.", date(2014, 7, 4),
     [("welcome", "2014-07-08", "2014-07-08", NO_PLACE), ("denver", "2014-07-08", "2014-07-08", "Denver")]),
    # a lead in the present progressive is the day's news too; verbs joined to it with their own tense are news of
    # their own, and the title of the first leaves no "and" dangling
    # (the deaths are told where no place is: a story's focus is the place of what happens to a place, see below)
    ("Relief workers are rushing emergency supplies to remote areas of Vanuatu. The U.N. said on Wednesday that 11 "
     "people died.", date(2015, 3, 18), [("rushing", "2015-03-18", "2015-03-18", "Vanuatu"), ("died", "2015-03-18", "2015-03-18", NO_PLACE)]),
    # a story without a dateline is about its lead's country: an election, a storm, an attack or a coup told without a
    # place happens there; what its people do (take office, resign, die) happens where they are, which it does not say
    ("Peru's Jane Roe has conceded defeat in Sunday's runoff election. Her rival took office in July. A storm that hit "
     "the country in 1970 killed thousands. Roe led a coup in 2000.", date(2011, 6, 6),
     [("conceded", "2011-06-06", "2011-06-06", "Peru"), ("election", "2011-06-05", "2011-06-05", "Peru"),
      ("took office", "2010-07-01", "2010-07-31", NO_PLACE),
      ("hit the country", "1970-01-01", "1970-12-31", "Peru"), ("coup", "2000-01-01", "2000-12-31", "Peru")]),
    ("Chadian rebels have entered the capital N'Djamena and are battling army units near the palace.", date(2008, 2, 2),
     [("entered the capital", "2008-02-02", "2008-02-02", "N'Djamena"), ("battling", "2008-02-02", "2008-02-02", "N'Djamena")]),
    # "Ghana's election Monday show ..." (read by the model as a "Monday show"): the day is the election's; the lead's
    # present perfect, reported by "show", is the story's news of its day
    ("Official results from Ghana's election Monday show incumbent President Jon Doe has won a second term.",
     date(2020, 12, 9), [("election", "2020-12-07", "2020-12-07", "Ghana"), ("won", "2020-12-09", "2020-12-09", "Ghana")]),
    # "Honiara, Solomon Islands": the country only says where the town is
    ("On April 22, a high-level delegation visited Honiara, Solomon Islands.", date(2022, 4, 25),
     [("visited", "2022-04-22", "2022-04-22", "Honiara")]),
    # a welcome happens where the guest is welcomed; a landmark is a place
    ("The President will welcome the Prime Minister to the White House on Tuesday.", date(2014, 7, 4),
     [("welcome", "2014-07-08", "2014-07-08", "White House")]),
    # "in support of", "in the wake of": a phrase, not a locative; the dateline says where the call was made
    ("OSLO, May 3, 2021 – The minister spoke by phone this evening with the general to discuss relief operations in support of "
     "the government of Peru.", None, [("spoke", "2021-05-03", "2021-05-03", "Oslo")]),
    # ... but "in the north of Peru" is in Peru
    ("Floods struck villages in the north of Peru on Monday.", date(2021, 5, 5), [("struck", "2021-05-03", "2021-05-03", "Peru")]),
    # a sentence that puts the traveller, by pronoun or title, at a stop of the trip happens during that stop
    ("Secretary Doe will travel to Israel and Sudan May 3-5. In Sudan, the Secretary will meet the Prime Minister. "
     "He will make clear that security is linked to Sudan.", date(2020, 5, 1),
     [("israel", "2020-05-03", "2020-05-05", "Israel"), ("sudan", "2020-05-03", "2020-05-05", "Sudan"),
      ("meet", "2020-05-03", "2020-05-05", "Sudan")]),
    # ... but what the traveller says of it is no event of the stop
    ("Secretary Doe will travel to Israel and Sudan May 3-5. The Secretary said the ministry is organising a conference "
     "in Sudan.", date(2020, 5, 1),
     [("israel", "2020-05-03", "2020-05-05", "Israel"), ("sudan", "2020-05-03", "2020-05-05", "Sudan")]),
    # a stop where the traveller does something, with no travel verb, is told by what they do
    ("Secretary Doe will travel to Omaha on Friday, Nov. 14. On Saturday, Nov. 15, Secretary Doe will deliver the "
     "keynote address at a forum in Simi Valley, California.", date(2014, 11, 12),
     [("omaha", "2014-11-14", "2014-11-14", "Omaha"), ("keynote", "2014-11-15", "2014-11-15", "Simi Valley")]),
    # under a dated dateline a lead in the past tense is the day's news; "here" is the dateline's place
    ("OSLO, Norway, May 3, 2021 – Here in the capital of the largest country in Scandinavia, Danish and Swedish "
     "leaders met for the first time under a new agreement.", None, [("met", "2021-05-03", "2021-05-03", "Oslo")]),
    # verbs coordinated with a dated one that go elsewhere on its date are occurrences of their own, in text order
    ("The gathering took place at Rotorua on February 28, 1927 and the crowd then marched to Taupo.", None,
     [("gathering", "1927-02-28", "1927-02-28", "Rotorua"), ("marched", "1927-02-28", "1927-02-28", "Taupo")]),
    # a year after a determiner names a thing ("a red 2007 Ford Fusion"), not when something happens
    ("On May 13, officers intercepted a man driving a red 2007 Ford Fusion.", date(2011, 5, 17),
     [("intercepted", "2011-05-13", "2011-05-13", None)]),
    # "over the weekend" in a report is the weekend just gone, however far its verb stands ("officers working ... seized")
    ("Over the weekend, customs officers and border agents working outbound operations at the bridge seized five rifles.",
     date(2011, 5, 17), [("seized", "2011-05-14", "2011-05-15", None)]),
    # a trip that begins on a day: its first stop is that day, the stops told without a date on or after it
    ("On July 6, Secretary Jon Doe begins a three-nation trip to France, Japan and Laos.", date(2012, 7, 5),
     [("france", "2012-07-06", "2012-07-06", "France"), ("japan", "2012-07-06", None, "Japan"),
      ("laos", "2012-07-06", None, "Laos")]),
    # under a dateline, a place of a clause below the event's ("to consider the collision near Carey") is not where it is
    ("WASHINGTON (August 6, 2020) — The Board has scheduled a board meeting for Sept. 15 to consider the collision near "
     "Carey, Ohio.", date(2020, 8, 6), [("scheduled", "2020-09-15", "2020-09-15", "Washington")]),
    # ... but what happens to a place (an attack, a flood) happens at the town its clause names in the dateline's land
    ("PRETORIA, South Africa — Two miners were killed on Monday when protesters attacked a bus at a mine near Rustenburg, "
     "police said.", date(2024, 3, 12), [("killed", "2024-03-11", "2024-03-11", "Rustenburg")]),
    # ... and so does what befalls a part of the land the lead tells, under the capital's dateline: at the town of that
    # part the story names after (not at one of another part: Kandahar is no town of eastern Afghanistan)
    ("PRAGUE — Six people were killed in a shooting at a hospital in the eastern Czech Republic on Tuesday, officials "
     "said.\n\nThe gunman opened fire in a waiting room of the University Hospital in the eastern city of Ostrava, police "
     "said.", date(2019, 12, 10), [("killed", "2019-12-10", "2019-12-10", "Ostrava")]),
    ("KABUL, Afghanistan — A car bomb exploded on Sunday in eastern Afghanistan, killing nine people, officials said.\n\n"
     "Meanwhile, a police station in Kandahar was attacked.", date(2019, 12, 10),
     [("exploded", "2019-12-08", "2019-12-08", "Kabul")]),
    # what is scheduled for a day lies ahead, whatever the tense of the scheduling ("has scheduled a meeting for Sept. 15")
    ("The Board has scheduled a board meeting for Sept. 15 to consider the crash.", date(2020, 8, 6),
     [("scheduled", "2020-09-15", "2020-09-15", None)]),
    # an announcement looks forward
    ("The minister will travel to Lima on Sunday.", date(2024, 11, 13), [("lima", "2024-11-17", "2024-11-17", "Lima")]),
    # a date that says how long a state held belongs to the "when" clause after it ...
    ("It was the deadliest shooting in Finland since November 2007, when eight people were killed at a school in Jokela.",
     date(2008, 9, 23), [("killed", "2007-11-01", "2007-11-30", "Jokela")]),
    ("The matter was not settled until 1872, when the castle was assigned to the state.", None,
     [("assigned", "1872-01-01", "1872-12-31", None)]),
    # ... but a date of its own verb stays with it
    ("The Great Siege of Malta occurred in 1565, when the Ottoman Empire attempted to conquer the island.", None,
     [("siege", "1565-01-01", "1565-12-31", "Malta")]),
    # a page's scope is no event ("a look at events in Mali"); "where" after its place and a time is that place
    ("April 12 Here is a look at events in Mali this year where a new president was sworn in on Thursday.",
     date(2012, 4, 12), [("sworn", "2012-04-12", "2012-04-12", "Mali")]),
    # where the clause under the event arrives ("as he made his entry into Havana") is where it happens
    ("On January 8, 1959, Fidel Castro was greeted by cheering crowds as he made a triumphant entry into Havana.", None,
     [("greeted", "1959-01-08", "1959-01-08", "Havana")]),
    # the town that names what is signed is where, not the parties that sign it
    ("On 23 September 1905, Norway and Sweden signed the Karlstad treaty.", None,
     [("karlstad", "1905-09-23", "1905-09-23", "Karlstad")]),
    # a year straight before a chronology line's words dates the line's verb, and its locative is where
    ("1962 US begins spraying foliage in Vietnam to reveal Viet Cong guerrillas", None,
     [("spraying", "1962-01-01", "1962-12-31", "Vietnam")]),
    # where people are evacuated to is where the evacuation goes
    ("Four catamarans evacuated more than 500 tourists to Nadi on Sunday.", date(2012, 12, 17),
     [("evacuated", "2012-12-16", "2012-12-16", "Nadi")]),
    # a place that is the subject of a verb is the subject of the verb joined to it with "and" as well
    ("Tonga became a British protectorate in 1900 and obtained independence in 1970.", None,
     [("protectorate", "1900-01-01", "1900-12-31", "Tonga"), ("independence", "1970-01-01", "1970-12-31", "Tonga")]),
    # ... and a demonym before the land's own noun ("in Moroccan waters") says where, as the land's name would
    ("MADRID — Fifteen migrants drowned in Moroccan waters on 6 February 2014.", date(2014, 2, 10),
     [("drowned", "2014-02-06", "2014-02-06", "Morocco")]),
    # ... and where one gets to
    ("We got to Uyuni at 4 PM on 15 December 2001.", None, [("got", "2001-12-15", "2001-12-15", "Uyuni")]),
    # ... and so is where one is sent away to, in a chronology of another place
    ("History of Cyprus\n1955 - The campaign began in Cyprus.\n1956 - Archbishop Jon Doe was deported to the Seychelles.",
     None, [("began", "1955-01-01", "1955-12-31", "Cyprus"), ("deported", "1956-01-01", "1956-12-31", "Seychelles")]),
    # a programme's day with a route in brackets: its lines are at the route's first place until one names the next; the
    # visit is where it goes, a date after the country's name no body of it ("Peru Jan. 15-21" is no "U.S. Statutes")
    ("VATICAN CITY (CNS) -- The pope is scheduled to visit Peru Jan. 15-21.\n\nMonday, Jan. 15 (Lima, Cusco)\n\n"
     "-- 8 a.m. (6 a.m.) Departure by plane for Cusco.\n\n-- 11 a.m. (9 a.m.) Meeting with the bishops at the seminary.\n\n"
     "Tuesday, Jan. 16 (Cusco)\n\n-- 9 a.m. (7 a.m.) Mass at the cathedral.", date(2018, 1, 5),
     [("visit", "2018-01-15", "2018-01-21", "Peru"), ("departure", "2018-01-15", "2018-01-15", "Cusco"),
      ("meeting", "2018-01-15", "2018-01-15", "Cusco"), ("mass", "2018-01-16", "2018-01-16", "Cusco")]),
    # a programme's lines under a weekday open with the clock time, four figures: each an occurrence of that day, at the
    # place the programme is about; its day line, a label of local time beside it, is none
    ("Dame Ann Roe will travel to Niue on Saturday 19 October to mark 50 years of Niue's self-government.\n\nProgramme:\n\n"
     "Friday 18 October (Niue time)\n\n1105 Traditional welcome on arrival at Hanan International Airport.\n\n1830 Realm "
     "family dinner hosted by the Premier.\n\nSaturday 19 October\n\n1010 Flag-raising Ceremony, Hanan International Airport.",
     date(2024, 10, 17), [("travels", "2024-10-19", "2024-10-19", "Niue"), ("welcome", "2024-10-18", "2024-10-18", "Niue"),
                          ("dinner", "2024-10-18", "2024-10-18", "Niue"), ("flag", "2024-10-19", "2024-10-19", "Niue")]),
    # the place of an occasion an event is dated by ("two days before the declaration in Vlorë") is that occasion's; one
    # stands before a court where the court is
    ("The flag was raised on 26 November 1912, two days before the declaration in Vlorë.", None,
     [("raised", "1912-11-26", "1912-11-26", None)]),
    ("He appeared on 3 May 2010 before the court in Lahore.", None, [("appeared", "2010-05-03", "2010-05-03", "Lahore")]),
    # of things acted on, joined by "and", the finest is where it happens, and a region of no one country is coarser
    # than a country; of parties joined so, none is
    ("CANGREJAL, Costa Rica (AP) — A powerful magnitude-7.6 earthquake shook Costa Rica and a wide swath of Central "
     "America on Wednesday.", date(2012, 9, 5), [("shook", "2012-09-05", "2012-09-05", "Costa Rica")]),
    ("The storm struck Central America and Honduras on 3 May 2010.", None, [("struck", "2010-05-03", "2010-05-03", "Honduras")]),
    ("Timeline\n1972 – The United States and Canada agree to clean up the Great Lakes.", None,
     [("agree", "1972-01-01", "1972-12-31", None)]),
    # a news page's chronology tells what happened in the land it is about, though filed from another
    ("JOHANNESBURG, 5 December 2008 (IRIN) - The UN is calling it an unprecedented cholera outbreak in Zimbabwe. This "
     "is a timeline of cholera in the country.\n\n1993 – The WHO reports 5,385 cases.\n\n1998 – 335 cases are "
     "recorded.\n\n2002 – 3,125 cases and 192 deaths recorded.", date(2008, 12, 5),
     [("calling", "2008-12-05", "2008-12-05", "Zimbabwe"), ("reports", "1993-01-01", "1993-12-31", "Zimbabwe"),
      ("recorded", "1998-01-01", "1998-12-31", "Zimbabwe"), ("recorded", "2002-01-01", "2002-12-31", "Zimbabwe")]),
    # "the settlement of Rawson", "the town of Kut": the place is the noun it names, and plays its part ("becomes a
    # province of Nigeria", below, does not)
    ("The settlers came from Wales. The first permanent settlement of Rawson was established at the end of 1865.", None,
     [("settlement", "1865-01-01", "1865-12-31", "Rawson")]),
    # "last November" is the one before the story, whatever tense its clause is in
    ("The win follows a defeat in Cardiff last November.", date(2018, 9, 20),
     [("defeat", "2017-11-01", "2017-11-30", "Cardiff")]),
    # a chronology's entry: the day in brackets dates each sentence of its line, and an entry is no news lead whose verb
    # a later entry tells again; its title keeps no empty brackets
    ("1960 (October 1): Independence. Nnamdi Azikiwe becomes the first Governor General.\n\n"
     "1961 (June 1): Northern Cameroon becomes a province of Nigeria.", None,
     [("independence", "1960-10-01", "1960-10-01", None), ("azikiwe", "1960-10-01", "1960-10-01", None),
      ("cameroon", "1961-06-01", "1961-06-01", None)]),
    # a chronology's line of a date and a noun phrase: the phrase is the event, and its "in" says where
    # (the model reads this line as two roots: the date, and the phrase)
    ("June 15-17, 2005: First session of talks in Ghana.", None,
     [("talks", "2005-06-15", "2005-06-17", "Ghana")]),
    # where a leaving goes, told by the participle after it ("heading for", "bound for"), is its place; not "hoping for"
    ("We left Quebec City on Saturday heading for Les Escoumins.", date(2018, 7, 29),
     [("left", "2018-07-28", "2018-07-28", "Les Escoumins")]),
    ("The convoy left Kabul on Monday, bound for Kandahar.", date(2018, 7, 29), [("left", "2018-07-23", "2018-07-23", "Kandahār")]),
    ("We left Quebec City on Saturday, hoping for sun.", date(2018, 7, 29), [("left", "2018-07-28", "2018-07-28", "Québec")]),
    # where a ride goes is a destination, whatever the verb: "took the ferry to X"
    ("On Monday we took the ferry to Split.", date(2019, 6, 5), [("ferry", "2019-06-03", "2019-06-03", "Split")]),
    # a storm the lead names by its name is the storm a later sentence tells again with its day; not when the lead
    # dates its own doing
    ("At least 16 people were killed after Cyclone Jon pounded Madagascar, the bureau said on Wednesday. The storm "
     "struck in the early hours of Tuesday, lashing the town of Toamasina.", date(2012, 2, 16),
     [("killed", "2012-02-15", "2012-02-15", "Toamasina"), ("pounded", "2012-02-14", "2012-02-14", "Toamasina")]),
    ("On Wednesday, Hurricane Jon continued on its path toward Jamaica. The hurricane barreled through Grenada on "
     "Monday.", date(2012, 2, 16),
     [("continued", "2012-02-15", "2012-02-15", "Jamaica"), ("barreled", "2012-02-13", "2012-02-13", "Grenada")]),
    # a word of a date is no place, whatever the gazetteer holds ("Mon" of "Mon Feb 25" is no state of Myanmar)
    ("Mon Feb 25: England play the 3rd ODI at the National Cricket Stadium, Grenada.", date(2018, 8, 31),
     [("3rd odi", "2019-02-25", "2019-02-25", "Grenada")]),
    # an agency's dateline may qualify its town by a hyphenated land and end with "_"
    ("BELGRADE, Serbia-Montenegro (AP) _ Prime Minister Jon Doe was assassinated Wednesday by gunmen.", date(2003, 3, 12),
     [("assassinated", "2003-03-12", "2003-03-12", "Belgrade")]),
    # a country the lead names as a party ("a dispute with Syria") is not where the story is
    ("Jon Doe, who resigned as prime minister last fall after a sharp dispute with Syria, was killed Monday in a bomb "
     "explosion.", date(2005, 2, 14), [("resigned", "2004-09-01", "2004-11-30", NO_PLACE), ("killed", "2005-02-14", "2005-02-14", NO_PLACE)]),
    # a definite place noun refers back to the last place named of its kind when the story has none of it: the town a
    # text about a land named, the feature whose name holds the noun's word; what befalls it happens there
    ("Trade made Cyprus rich. Its merchants settled in Limassol. In 1755 the town was taken by pirates.", None,
     [("taken", "1755-01-01", "1755-12-31", "Limassol")]),
    ("Mount Etna is Europe's most active volcano. Farmers grow grapes on its slopes. On 4 May 2019 the mountain erupted "
     "again.", None, [("erupted", "2019-05-04", "2019-05-04", "Mount Etna")]),
    # who "arrived here" under a dateline arrives at its town, and the headline says so
    ("SEOUL - The two countries agreed to hold a summit, the Blue House said Tuesday. Jon Doe, who leads a US delegation, "
     "arrived here Monday evening.", date(2017, 5, 16),
     [("agreed", "2017-05-16", "2017-05-16", "Seoul"), ("arrives in seoul", "2017-05-15", "2017-05-15", "Seoul")]),
    # a diary's entry heading, its day and where the writer is, is the entry's dateline, no event of its own: what the
    # entry tells with no place of its clause happens there; "off to Aleppo" is where the writer goes
    ("Quiet days\n\n14 August 2009 - Palmyra, Syria\n\nUp at 4:30am today to see the ruins at sunrise. We're off to "
     "Aleppo tomorrow.", date(2009, 8, 14),
     [("see the ruins", "2009-08-14", "2009-08-14", "Tadmur"), ("aleppo", "2009-08-15", "2009-08-15", "Aleppo")]),
    # a year alone on its line heads the lines under it, one item a line with no mark, up to an empty line
    ("Timeline of the mine\n1910\nThe Union Mining Company opened its first shaft.\nPopulation: 360.\nJon Doe becomes "
     "vice governor.\n1911\nThe newspaper begins publication.\n\nThe town grew fast.", None,
     [("opened", "1910-01-01", "1910-12-31", NO_PLACE), ("becomes vice governor", "1910-01-01", "1910-12-31", NO_PLACE),
      ("begins publication", "1911-01-01", "1911-12-31", NO_PLACE)]),
    # a chronology's line with no date of its own is of the year the last line opened with, up to an empty line; not a
    # section's title
    ("1630 Puritans settle the bay.\n1635 Oct 9 Jon Doe banished by the court.\n1636 Jan Jon Doe flees the colony.\n"
     "Thomas Hooker and his followers found a new town.\n19th century\n\nThe colony grew.", None,
     [("settle", "1630-01-01", "1630-12-31", NO_PLACE), ("banished", "1635-10-09", "1635-10-09", NO_PLACE),
      ("flees", "1636-01-01", "1636-12-31", NO_PLACE), ("found a new town", "1636-01-01", "1636-12-31", NO_PLACE)]),
    # ... nor past a section's title: the list under it is not of those years
    ("- 1630: Puritans settle the bay.\n- 1635: Jon Doe is banished by the court.\n- 1636: Jon Doe flees the colony.\n"
     "Key Factors of Growth\n- Trade: The harbour drew merchants from far away.", None,
     [("settle", "1630-01-01", "1630-12-31", NO_PLACE), ("banished", "1635-01-01", "1635-12-31", NO_PLACE),
      ("flees", "1636-01-01", "1636-12-31", NO_PLACE)]),
    # what a programme says the traveller will do next, undated, happens at the stop told last, on its day; not what
    # will be
    ("Governor General Jane Roe will arrive in Regina on Oct. 18.\n\n\"We are pleased,\" the premier said.\n\nRoe and the "
     "premier will take a walk around Wascana Park. She will then visit the Saskatchewan War Memorial. Details will be "
     "released later.", date(2018, 10, 17),
     [("regina", "2018-10-18", "2018-10-18", "Regina"), ("walk", "2018-10-18", "2018-10-18", "Regina"),
      ("memorial", "2018-10-18", "2018-10-18", "Regina")]),
    # ... and each entry is at its own heading's place
    ("Diary\n\n14 August 2009 - Palmyra, Syria\n\nWe saw the ruins on 14 August.\n\n15 August 2009 - Aleppo, Syria\n\n"
     "We climbed to the citadel on 15 August.", date(2009, 8, 15),
     [("saw the ruins", "2009-08-14", "2009-08-14", "Tadmur"), ("climbed", "2009-08-15", "2009-08-15", "Aleppo")]),
    # a later sentence's month weeks before the story's day tells another occasion, not the undated lead's day
    ("MIDDLEBURY, Vt. (AP) — A storm dumped a month's worth of rain on the town, and more rain was in the forecast "
     "Friday.\n\nStorms dumped two months' worth of rain over a couple of days in Vermont in July.", date(2023, 8, 4),
     [("forecast", "2023-08-04", "2023-08-04", "MIDDLEBURY, Vermont"),
      ("storms dumped", "2023-07-01", "2023-07-31", "MIDDLEBURY, Vermont")]),
    # under a diary's day, a sentence that only says what something was ("It was windy") tells nothing that happened
    ("Diary\n\nFriday, 17 July 2009\n\nThe food and service were both excellent. We visited the aquarium.\n\n"
     "Thursday, 16 July 2009\n\nIt was windy. We drove along the coast.", date(2009, 7, 17),
     [("visited", "2009-07-17", "2009-07-17", NO_PLACE), ("drove", "2009-07-16", "2009-07-16", NO_PLACE)]),
    # "the capital" alone, in news, is the capital of the story's land, not the dateline's town; a capital named by its
    # adjective is that land's ("the Sicilian capital"), which this does not guess
    ("IRBIL, Iraq (AP) — A wave of bombings in the capital on Thursday killed 12 people.", date(2009, 7, 10),
     [("killed", "2009-07-09", "2009-07-09", "Baghdad")]),
    ("IRBIL, Iraq (AP) — A wave of bombings in the northern capital on Thursday killed 12 people.", date(2009, 7, 10),
     [("killed", "2009-07-09", "2009-07-09", "Erbil")]),
    # who "made it to" a place arrived there
    ("Diary\n\nMonday, 2 March 2015\n\nAfter a long drive we finally made it to Albany.\n\nTuesday, 3 March 2015\n\n"
     "It rained all day.", date(2015, 3, 5),
     [("made it to albany", "2015-03-02", "2015-03-02", "Albany"), ("rained", "2015-03-03", "2015-03-03", NO_PLACE)]),
    # ... but a participle after "is" tells what was done ("Jon Doe is re-appointed governor")
    ("Timeline\n\n1542\nJon Doe is re-appointed governor.\n1543\nThe colony is poor.", None,
     [("re-appointed", "1542-01-01", "1542-12-31", NO_PLACE)]),
    # a sentence a page wrapped at its width is read as if it ran on one line
    ("British Columbia joined the\nunion, July 20, 1871.", None, [("joined", "1871-07-20", "1871-07-20", "British Columbia")]),
]


def _events(text: str, reference: date | None) -> pd.DataFrame:
    # the rules' events, all of them: which of them the learned keep model shows is measured over the gold sets
    # (`make eval`), and its mechanism tested in test_keeping.py
    table = extract(text, reference=reference, all_events=True)
    return table.drop_duplicates("event_id", keep="first")  # an event's first row is its primary place, or none


def _value(v):
    return None if pd.isna(v) else v


@pytest.mark.parametrize("text,reference,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_events_a_reader_accepts(text, reference, expected):
    events = _events(text, reference)
    got = [(r.title, _value(r.start), _value(r.end), _value(r.place) if _value(r.place_role) in ("primary", "stop") else None)
           for r in events.itertuples()]
    assert len(got) == len(expected), got
    for (title, start, end, place), (word, want_start, want_end, want_place) in zip(got, expected):
        assert word in title.lower(), title
        assert (start, end, place) == (want_start, want_end, want_place), title
        assert len(title) <= 80 and not title.lower().startswith(("on ", "in ", "kabul", "|"))


def test_mentioned_places_stay_in_the_table():
    table = extract("KABUL — Envoys resumed talks on Pakistan's border dispute on Friday.", reference=date(2022, 4, 27))
    assert table[table["place"] == "Pakistan"]["place_role"].tolist() == ["mentioned"]


def test_open_ends_are_drawn_and_exported(tmp_path):
    from timeline.views.export import write

    table = extract("The fort was built before 1250. The town became independent after 1612.")
    for suffix in (".csv", ".html", ".ics", ".kml", ".geojson"):
        write(table, tmp_path / f"events{suffix}")
        assert (tmp_path / f"events{suffix}").stat().st_size > 0


@pytest.mark.parametrize(
    "text,kind",
    [
        ("A fire destroyed a house in Leeds on Sunday.", "disaster"),  # not travel, whatever the sentence's other words
        ("The storm killed 12 people on Friday.", "disaster"),
        ("Gunmen attacked the convoy on Monday.", "attack"),
        ("Leaders met in Vienna on Monday.", "meeting"),
        ("The king died on Monday.", "death"),
        ("The mosque was built in 1040.", "founding"),
        ("Voters went to the polls on Sunday to elect a president.", "election"),
        ("Two trains collided near Leeds on Sunday.", "disaster"),
    ],
)
def test_kind_of_event_from_its_predicate(text, kind):
    assert _events(text, date(2024, 11, 13))["event_type"].iloc[0] == kind


def test_past_the_parse_budget_every_dated_sentence_still_gives_its_event(monkeypatch):
    from timeline.language import syntax

    monkeypatch.setattr(syntax, "PARSE_BUDGET", 10)  # the first sentence (7 tokens) only is read by the model
    text = "Talks restarted in Oslo on Thursday. Leaders met in Rome on Friday. Ministers met in Paris on Saturday."
    got = _events(text, date(2023, 3, 11))
    assert got["start"].tolist() == ["2023-03-09", "2023-03-10", "2023-03-11"]
    assert got["title"].tolist()[0] == "Talks restarted in Oslo"
    assert got["title"].tolist()[2] == "Ministers met in Paris on Saturday"  # not read: the sentence is the title


def test_recent_parses_are_kept_and_the_cache_stays_bounded():
    from timeline.language import syntax
    from timeline.models import Sentence

    first = Sentence(0, 20, "The army left Vienna.")
    a = syntax.parse([first])[0]
    assert syntax.parse([first])[0] is a  # asked twice (trips, then events): parsed once
    for n in range(syntax.KEEP + 1):
        syntax.parse([Sentence(n + 100, n + 120, f"Troops crossed river {n}.")])
    assert len(syntax._RECENT) <= syntax.KEEP
    assert syntax.parse([first])[0] is not a and syntax.parse([first])[0] == a  # pushed out, parsed again alike


def test_the_lemmatizer_looks_its_known_words_up_in_sets_and_lemmas_stay_the_rules():
    from timeline.language import syntax
    from timeline.models import Sentence

    index = syntax._nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for _, words in index.items())  # not lists scanned for each new word
    text = "The geese were flying over villages and the troops left burning houses."
    lemmas = {t.text: t.lemma for t in syntax.parse([Sentence(0, len(text), text)])[0].tokens}
    assert {w: lemmas[w] for w in ("geese", "were", "flying", "villages", "troops", "left")} == {
        "geese": "goose", "were": "be", "flying": "fly", "villages": "village", "troops": "troop", "left": "leave"}


@pytest.mark.parametrize(
    "text,title",
    [
        # a relative clause's "which" or "who" is the noun it hangs from
        ("They had been aboard the MV Butiraoi, which set off from Nonouti Island on January 18, 2018.",
         "The MV Butiraoi set off from Nonouti Island"),
        ("The war ended with the Treaty of Paris, which was signed on 3 September 1783.", "The Treaty of Paris was signed"),
        ("Rice met the envoy, who arrived on 3 May 2007.", "The envoy arrived"),
        # ... and what happened, when the noun it hangs from names no event but the phrase's head does
        ("The wreck of train No. 5 on the Baltimore and Ohio railroad, which occurred on 4 September 1909, was caused "
         "by robbers.", "The wreck of train No. 5 occurred"),
        # ... with the words of its modifiers, hyphens kept
        ("A 37-year-old man who was arrested in 2019 was charged in court.", "A 37-year-old man was arrested"),
        # a participle in brackets after a name tells of the name
        ("It is part of Natural and Culturo-Historical Region of Kotor (inscribed in 1979) and Venetian Works of Defence "
         "(inscribed 2017).", "Natural and Culturo-Historical Region of Kotor inscribed"),
    ],
)
def test_a_relative_clause_is_titled_by_the_noun_it_tells_of(text, title):
    assert extract(text)["title"].iloc[0] == title


@pytest.mark.parametrize(
    "text,title",
    [
        # a dated noun that says nothing of whose or what kind is told with the verb it hangs from
        ("The Queen was entertained to a feast here on her 1997 state visit.",
         "The Queen was entertained to a feast here on her state visit"),
    ],
)
def test_a_dated_bare_noun_is_titled_with_its_verb(text, title):
    assert extract(text)["title"].iloc[0] == title


@pytest.mark.parametrize(
    "text,title",
    [
        # a verb joined to the event's by "and", with its subject and no date of its own, is told with it where it fits
        ("1983 - Jon Doe suspended talks and proclaimed the Republic of Ruritania.",
         "Jon Doe suspended talks and proclaimed the Republic of Ruritania"),
        ("1403 - Stefan sails off and discovers the island.", "Stefan sails off and discovers the island"),
        # ... its words past the headline's room clipped; not one with a subject of its own, nor one with no room left
        ("In 1403 he accepted the vassalage and established the new capital of the despotate in the fortified city on the "
         "confluence of the two great rivers.", "He accepted the vassalage and established the new capital of the despotate in…"),
        ("In 1983 Jon Doe suspended talks and the army proclaimed a republic.", "Jon Doe suspended talks"),
        ("In 1403 the long-reigning despot of the northern lands accepted the Hungarian crown and its heavy vassalage and "
         "established a capital.", "The long-reigning despot accepted the Hungarian crown and its heavy vassalage"),
    ],
)
def test_a_verb_joined_with_and_is_part_of_the_headline(text, title):
    assert extract(text)["title"].iloc[0] == title


@pytest.mark.parametrize(
    "text,title",
    [
        # a headline opens with neither "And" nor "But", and ends on no word whose other side was left out
        ("But Mr. Doe overtook him on Sunday, 12 June 2011.", "Mr. Doe overtook him"),
        ("Saturday 15 December 2001. We got to Uyuni just after 4 PM.", "We got to Uyuni"),  # not "... Uyuni just"
        # a diary's numbered day before its date is no headline ("Day 11")
        ("Day 11 – 15th February 2024 – The train from Kandy to Ella.", "The train from Kandy to Ella"),
        # a line's date the parser reads as the noun a participle tells of is still a date, not a word of the headline
        ("May 20, 1926: President Jon Doe signed the act into law.", "President Jon Doe signed the act into law"),
        ("Suleiman accepted Zápolya as his vassal in 1529.", "Suleiman accepted Zápolya as his vassal"),
        ("After the capture of Stockholm in June 1523, the rebels controlled Sweden and elected a king on 6 June.",
         "After the capture of Stockholm the rebels controlled Sweden"),
        # a subject that is a number or an ordinal keeps what it counts: "the first of these floods", "one of the ships"
        ("The first of these floods occurred in 1805.", "The first of these floods occurred"),
        ("One of the ships sank in 1942.", "One of the ships sank"),
        # a verb that completes another takes its subject: who is scheduled to meet is who meets
        ("The Emperor and Empress are scheduled to meet President Jon Doe and his wife on June 19, 2023.",
         "The Emperor and Empress to meet President Jon Doe and his wife"),
        # a date and a bracket the model reads as a sentence of their own before the verb leave the verb the headline's
        ("On 19 October 2024 (Niue time) Dame Ann Roe will join the people of Niue in celebrating Constitution Day.",
         "Dame Ann Roe will join the people of Niue in celebrating Constitution Day"),
        # ... not a date after it ("by James II. in 1688."), which stays its own occurrence's
        ("This was confirmed by James I. in 1617 and by James II. in 1688.", "This was confirmed by James I. and by James II"),
        # no date of the line is part of a headline, whichever it reads as the occurrence's ("1870 - 23 March: Fire")
        ("Timeline\n  • 1852 - September: Earthquake.\n  • 1870 - 23 March: Fire in Binondo.", "Earthquake"),
    ],
)
def test_a_headline_has_no_loose_ends(text, title):
    assert extract(text)["title"].iloc[0] == title


def test_a_sentence_that_goes_on_with_the_day_is_titled_without_its_opener():
    text = "On Sunday, Jon Doe will speak. In the evening, the president will deliver remarks. Later, Doe will dine with Roe."
    assert extract(text, reference=date(2016, 4, 18))["title"].tolist() == [
        "Jon Doe will speak", "The president will deliver remarks", "Doe will dine with Roe"]


def test_a_page_of_many_datelines_is_read_as_one_story():
    """Each dispatch of a roundup reads the whole length of its text: past 40 of them the page is read once."""
    text = "".join(f"NEWS. LONDON, January {1 + k % 20}. A fire broke out in Leeds on Monday. " for k in range(60))
    table = extract(text, reference=date(1925, 1, 27))
    assert len(table) > 0 and set(table["doc_id"]) == {"doc"}


@pytest.mark.parametrize("text", [
    "KABUL, APR 29 - Envoys resumed talks on Pakistan's border dispute on Friday.",
    "Kabul, APR 29: Envoys resumed talks on Pakistan's border dispute on Friday.",
    # an Indian wire's: its name in brackets ends it, and a reseller's may open it
    "(MENAFN- IANS) Kabul, April 29 (IANS) Envoys resumed talks on Pakistan's border dispute on Friday.",
    # a town and its country in title case before a dash
    "Kabul, Afghanistan – Envoys resumed talks on Pakistan's border dispute on Friday.",
    # a wire's name in brackets, then a full stop and a hyphen
    "KABUL, Afghanistan, APRIL 29, 2022 (Zenit.org).- Envoys resumed talks on Pakistan's border dispute on Friday.",
    # a place written with the capitals and small letters of any Latin alphabet
    "BOGOTÁ, Colombia (AP) — Envoys resumed talks on Pakistan's border dispute on Friday.",
    "Asunción, April 29 – Envoys resumed talks on Pakistan's border dispute on Friday.",
])
def test_a_dateline_with_its_date_in_capitals_is_no_part_of_the_title(text):
    """"ROME, JUL 5 - ", "Tashkent, OCT 6: ": the agency writes the month as it writes the place, or in capitals alone."""
    table = extract(text, reference=date(2022, 4, 29))
    assert table.drop_duplicates("event_id")["title"].tolist() == ["Envoys resumed talks on Pakistan's border dispute"]


def test_a_date_s_preposition_goes_with_it_though_the_model_hung_a_word_on_it():
    """"he will on Monday, inspect": the model reads "will" as the "on"'s; the title keeps "will", not "on"."""
    table = extract("President Jon Doe will begin his tour with a 2-day visit to the region, where, he will on Monday, inspect "
                    "and commission the Wa Water Supply Project.", reference=date(2017, 10, 1))
    assert "He will inspect and commission the Wa Water Supply Project" in table.drop_duplicates("event_id")["title"].tolist()


def test_the_last_time_something_happened_dates_that_happening():
    """"The last time the Queen visited Iceland was in 2013": the date is the visit's, not the "was"'s."""
    from timeline.language import clauses, syntax
    from timeline.models import Sentence

    text = "The last time the Queen visited Iceland was in 2013 in connection with the anniversary."
    parse = syntax.parse([Sentence(0, len(text), text)])[0]
    at = text.index("2013")
    assert parse.tokens[clauses.predicate(parse, at, at + 4)].text == "visited"


def test_a_trip_s_event_with_no_place_of_its_own_is_at_the_trip_s_stop_not_the_dateline():
    """"VATICAN CITY —" is where the story was filed; "On Nov. 20 he will celebrate a Mass" happens where the trip is."""
    text = ("VATICAN CITY, Nov 15 — Pope Jon Doe will visit Benin from Nov. 18 to 20. The Pope is scheduled to arrive at the "
            "airport in Benin’s largest city, Cotonou, at 3 p.m. on Nov. 18.\n\nOn Nov. 19 he will meet with government "
            "officials in Ouidah. On Nov. 20 he will celebrate a Mass with the faithful.")
    table = extract(text, reference=date(2011, 11, 15))
    mass = table[(table["title"].str.contains("Mass")) & (table["place_role"] == "primary")]
    assert mass["place"].tolist() == ["Ouidah"]


def test_a_programme_s_day_lines_with_a_town_and_its_country_place_the_lines_under_them():
    """"August 29th, 2019 - Shymkent, Kazakhstan" over "Venue: ... - Time: 04:00 p.m.": the venue's line is in Shymkent,
    the country is no further stop of the day's route."""
    text = ("CALENDAR OF THE TOUR\nAugust 27th, 2019 - Turkistan, Kazakhstan\nVenue: Akhmet Yassawi University - Concert Hall - "
            "Time: 05.00 p.m.\nAugust 29th, 2019 - Shymkent, Kazakhstan\nVenue: Turkistan Sarai Concert Hall - Time: 04:00 p.m.")
    table = extract(text, reference=date(2019, 8, 22))
    rows = table[table["title"].str.contains("Concert Hall") & (table["place_role"] == "primary")]
    assert list(zip(rows["start"], rows["place"])) == [("2019-08-27", "Turkistan"), ("2019-08-29", "Shymkent")]
    # each item's words are told from its label on: the day and the town are where its source starts
    assert [text[a:b].split("\n")[0] for a, b in zip(rows["char_start"], rows["char_end"])] == [
        "August 27th, 2019 - Turkistan, Kazakhstan", "August 29th, 2019 - Shymkent, Kazakhstan"]


@pytest.mark.parametrize("text,news", [
    # a page of today that tells only of a past long gone is a history: it has no news day, and it is about its place
    ("Schwedt became a town in 1265. Towards 1500 it passed to Brandenburg. In 1689 it was given away.", False),
    # ... but a story of today that names one year of its background is news
    ("Gambian President Jon Doe has won re-election in a poll. Doe took power in a coup in 1994.", True),
    ("The council met on Monday. It had last met in 1998, in 2001 and in 2005.", True),
])
def test_a_dated_page_of_the_past_long_gone_is_read_as_a_history(text, news):
    from timeline.pipeline import _read_one
    from timeline.reading.documents import make_document

    from timeline.models import Settings

    setting = _read_one(make_document(text, "t", dct=date(2020, 1, 1)), Settings()).setting
    assert (setting.reference is not None) == news
