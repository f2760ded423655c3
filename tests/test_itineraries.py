"""Itineraries as a table of cases: announcement text, its date, and the stops expected in order."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract, itinerary_record

CASES = [
    (
        "a day given for the town that refines a country narrows the range the country was told with ('a day given for one "
        "stop narrows it')",
        "President Jon Doe will visit Mauritius from January 30 to February 1. On February 1 he will travel to Chamarel.",
        date(2019, 1, 25),
        [("Chamarel", "2019-02-01", "2019-02-01")],
    ),
    (
        "the first town gone to on its country's first day, then others on later days inside the range: each from its day "
        "to the next one's",
        "Prince Jon Doe will visit Morocco from February 23 to 25. On Saturday, he will travel to Casablanca. On Sunday, he "
        "will travel to Asni. On Monday he will travel to Rabat.",
        date(2019, 2, 17),
        [("Casablanca", "2019-02-23", "2019-02-24"), ("Asni", "2019-02-24", "2019-02-25"), ("Rabat", "2019-02-25", "2019-02-25")],
    ),
    (
        "'the archbishop' is the archbishop the text named, as 'the president' is",
        "Archbishop Jon Doe stopped in Juba on Thursday during a tour of several African states. The archbishop will visit "
        "Tororo on Friday.",
        date(2014, 1, 30),
        [("Juba", "2014-01-30", "2014-01-30"), ("Tororo", "2014-01-31", "2014-01-31")],
    ),
    (
        "'the envoy' is the envoy the text named",
        "UN Special Envoy Jon Doe will travel to Aden on Monday. The envoy will then visit Taiz on Tuesday.",
        date(2024, 2, 5),
        [("Aden", "2024-02-05", "2024-02-05"), ("Taiz", "2024-02-06", "2024-02-06")],
    ),
    (
        "a day a later clause gives a town narrows the trip's range the town took from its country ('a day given for one "
        "stop narrows it')",
        "President Jon Doe is embarking on a trip to the Gulf on July 17. The three-day tour comes after his reelection. "
        "Doe is scheduled to arrive in Jeddah on Monday. He is expected to travel to Doha on Tuesday. Doe's last stop "
        "will be the United Arab Emirates. He is scheduled to meet President Jon Roe in Abu Dhabi on July 19.",
        date(2023, 7, 17),
        [("Jeddah", "2023-07-17", "2023-07-17"), ("Doha", "2023-07-18", "2023-07-18"), ("Abu Dhabi", "2023-07-19", "2023-07-19")],
    ),
    (
        "'proceed' tells of a trip to come, not of one made: its undated stops stay beside the return home",
        "President Jane Doe is tomorrow expected on the Copperbelt province for a three day working visit. The Secretary "
        "said the President will immediately proceed to Kitwe and Mufulira. President Doe will return to Lusaka on Sunday.",
        date(2022, 6, 9),
        [("Kitwe", None, None), ("Mufulira", None, None), ("Lusaka", "2022-06-12", "2022-06-12")],
    ),
    (
        "'moving onto China', written as one word, goes on to the next stops",
        "President Jane Doe will begin her tour of Asia with a stopover in Dubai, before moving onto China and Japan.",
        date(2017, 5, 10),
        [("Dubai", None, None), ("China", None, None), ("Japan", None, None)],
    ),
    (
        "which way a trip goes, before where, leaves the place a stop ('travel south to Glasgow')",
        "President Jane Doe will travel to Perth on Monday. She will then travel south to Glasgow.",
        date(2020, 6, 10),
        [("Perth", "2020-06-15", "2020-06-15"), ("Glasgow", None, None)],
    ),
    (
        "an airport the trip heads to near a town it stops at is part of that stop, not a stop of its own",
        "President Jon Doe will travel to Nairobi on Monday. On Tuesday he will head to Jomo Kenyatta International "
        "Airport to leave for Kigali.",
        date(2024, 5, 1),
        [("Nairobi", "2024-05-06", "2024-05-06"), ("Kigali", None, None)],
    ),
    (
        "a place named with its kind ('Kigoma Region') is that place, not the head of a longer name, and a four-day visit "
        "from a day holds four days; a county after a comma says where a town is",
        "President Jane Doe will begin a four-day working visit in Kigoma Region on 16 October. She will then travel to "
        "Folkestone, Kent on 20 October.",
        date(2022, 10, 11),
        [("Kigoma", "2022-10-16", "2022-10-19"), ("Folkestone", "2022-10-20", "2022-10-20")],
    ),
    (
        "'left Guyana today to attend the meeting in Kigali': leaving to attend goes where it is held; the first of a listed "
        "subject, named beside a style, is the traveller",
        "His Excellency Dr Jon Doe, First Lady Mrs Jane Doe, and a team of officials left Guyana today to attend the "
        "Commonwealth Heads of Government Meeting in Kigali, Rwanda.",
        date(2022, 6, 21),
        [("Kigali", "2022-06-21", "2022-06-21")],
    ),
    (
        "a visit that 'will take in the cities of' two towns goes to each, in the range given for the country",
        "From 17 to 19 January, President Jon Doe will be visiting Sweden. The three-day visit will take in the cities of "
        "Stockholm and Uppsala.",
        date(2018, 1, 11),
        [("Stockholm", "2018-01-17", "2018-01-19"), ("Uppsala", "2018-01-17", "2018-01-19")],
    ),
    (
        "'departs tomorrow for', 'will depart Abuja for': leaving for a place goes there, a day between or not",
        "The President, Mr Jon Doe, departs tomorrow for Brussels to attend the summit. Later, Jon Doe will depart "
        "Brussels for Lome on Sunday.",
        date(2022, 12, 12),
        [("Brussels", "2022-12-13", "2022-12-13"), ("Lomé", "2022-12-18", "2022-12-18")],
    ),
    (
        "a stop dated by the day of leaving lasts to the end of what the sentence says is done there in the next days",
        "The President is to leave this Tuesday for Sochi, Russia, to attend the summit that is scheduled to happen from "
        "the 23rd to 24th of this month.",
        date(2019, 10, 21),
        [("Sochi", "2019-10-22", "2019-10-24")],
    ),
    (
        "a stop the traveller goes to to attend something lasts through the days later sentences give for it; a move or "
        "a sentence naming another town does not extend it",
        "President Jon Doe will on Sunday depart Abuja for Lome to participate in two meetings. On Monday, he will attend "
        "the joint summit. On Tuesday, President Doe will join other leaders for the ordinary session.",
        date(2018, 7, 28),
        [("Lomé", "2018-07-29", "2018-07-31")],
    ),
    (
        "a dated return that names no place is a last stop at home (the dateline's place); 'has left the country today, "
        "Sunday, July 28, to participate in' goes where the meeting is",
        "FREETOWN, July 27, 2024 – President Jon Doe has left the country today, Sunday, July 28, to participate in the "
        "summit in Nairobi, Kenya. President Doe will be returning on Wednesday, July 31.",
        date(2024, 7, 28),
        [("Nairobi", "2024-07-28", "2024-07-28"), ("Freetown", "2024-07-31", "2024-07-31")],
    ),
    (
        "... a dateline in title case with its date says where home is too",
        "Rome, 5 November 2010 – Jon Doe, the President of the Fund, will arrive in Hanoi tomorrow to hold meetings. "
        "He will return on Tuesday, 9 November.",
        date(2010, 11, 5),
        [("Hanoi", "2010-11-06", "2010-11-06"), ("Rome", "2010-11-09", "2010-11-09")],
    ),
    (
        "... else at the country the text names most that no stop lies in",
        "President Jane Doe is traveling to the United States on Monday, where she will meet Estonian business leaders. "
        "President Doe is expected back in the country on Thursday, and Estonia will then host the summit.",
        date(2018, 3, 31),
        [("United States", "2018-04-02", "2018-04-02"), ("Estonia", "2018-04-05", "2018-04-05")],
    ),
    (
        "a trip noun inside the phrase ('for the first port visit') takes none of its dates: the arrival has them",
        "Sailors aboard the destroyer USS Jon Doe arrived in Hawaii for the first port visit during its scheduled "
        "deployment, Nov. 28.",
        date(2017, 12, 1),
        [("Hawaii", "2017-11-28", "2017-11-28")],
    ),
    (
        "a reported 'would' looks ahead of the report: 'He would arrive ... on Monday afternoon' is the coming Monday",
        "Chief Minister Jon Doe will visit the delta region, officials said. He would travel to Velankanni on "
        "Monday afternoon.",
        date(2022, 5, 29),
        [("Velankanni", "2022-05-30", "2022-05-30")],
    ),
    (
        "'will leave on April 10 for' goes there that day; a country named once ('the G-20 summit in Argentina') is no home",
        "President Jon Doe will leave on April 10 for Washington to hold a summit. The meeting comes after the G-20 "
        "summit in Argentina. President Doe will return home on April 12.",
        date(2019, 4, 9),
        [("Washington", "2019-04-10", "2019-04-10")],
    ),
    (
        "... but not through the day of a return",
        "President Jane Doe has departed the country for Accra, Ghana to participate in the inauguration scheduled for "
        "Saturday, January 7. President Doe returns on Sunday, January 8.",
        date(2017, 1, 6),
        [("Accra", "2017-01-07", "2017-01-07")],
    ),
    (
        "... nor when the traveller goes there for another reason",
        "President Jane Doe will travel to Accra on Saturday, January 7, to open an embassy. On Sunday, January 8, she "
        "will meet the President.",
        date(2017, 1, 6),
        [("Accra", "2017-01-07", "2017-01-07")],
    ),
    (
        "a public schedule: its person, each day's 'Location:' lines, 'Travel to' alone on a line",
        "Governor Jon Q. Doe’s Schedule\nTuesday, September 5\n8:30 a.m. Leadership Team\nLocation: Salt Lake City\n"
        "Wednesday, September 6\n8:15 a.m. Golf Tournament\nLocation: Highland\nTravel to Washington, D.C.\n"
        "Thursday, September 7\n9:00 a.m. Senate Hearing\nLocation: Dirksen Senate Office Building, Washington, D.C.",
        date(2017, 9, 4),
        [("Salt Lake City", "2017-09-05", "2017-09-05"), ("Highland", "2017-09-06", "2017-09-06"), ("Washington", "2017-09-07", "2017-09-07")],
    ),
    (
        "'The visit will take place from 1 to 8 July' dates the stops told without a date",
        "Cardinal Jon Doe will travel to Kinshasa and Juba. The visit will take place from 1 to 8 July 2022.",
        date(2022, 6, 27),
        [("Kinshasa", "2022-07-01", "2022-07-08"), ("Juba", "2022-07-01", "2022-07-08")],
    ),
    (
        "'will wrap up his working visit on Friday' ends the last stop then",
        "Prime Minister Jon Doe will travel to New York City on Sunday, September 23. On Monday, the Prime Minister will "
        "attend a plenary meeting. The Prime Minister will wrap up his working visit on Friday with a series of meetings.",
        date(2018, 9, 21),
        [("New York City", "2018-09-23", "2018-09-28")],
    ),
    (
        "'Her Excellency' is a style, the name beside it the traveller's; a paragraph 'In the afternoon' goes on with the day before",
        "Her Excellency the Right Honourable Jane Doe, Governor General of Canada, will undertake an official visit to "
        "Newfoundland and Labrador from September 20-21, 2018.\n\nOn September 20, Her Excellency will be welcomed in "
        "St. John's by the Premier.\n\nOn September 21, the Governor General will visit the base.\n\nIn the afternoon, "
        "Her Excellency will travel to North West River to meet community members.",
        date(2018, 9, 7),
        [("St. John's", "2018-09-20", "2018-09-20"), ("North West River", "2018-09-21", "2018-09-21")],
    ),
    (
        "the programme in a town of the country visited is a stop, whoever its subject; not a town 'outside' or a site 'in' it",
        "President Jon Doe will make a state visit to Estonia from 17 to 18 May 2016. Reception ceremonies will be held in "
        "Tallinn on Tuesday 17 May. He will also visit a school outside the capital Tallinn. On Wednesday 18 May, the "
        "presidents will visit Viljandi. President Roe will receive the guest for a lunch at the Kadriorg Palace in Tartu.",
        date(2016, 4, 25),
        [("Tallinn", "2016-05-17", "2016-05-17"), ("Viljandi", "2016-05-18", "2016-05-18"), ("Tartu", "2016-05-17", "2016-05-18")],
    ),
    (
        "a range over two months is one ('from 27 October to 1 November'), and the list goes on after it",
        "High Commissioner Jane Doe will review two field operations, visiting Colombia from 27 October to 1 November, "
        "and Haiti from 2 to 5 November.",
        date(2008, 10, 17),
        [("Colombia", "2008-10-27", "2008-11-01"), ("Haiti", "2008-11-02", "2008-11-05")],
    ),
    (
        "'for a three-day visit' to one place is that stop's stay",
        "The President of the Bank, Dr. Jon Doe, will travel to Mauritania on 12 September 2022 for a three-day visit.",
        date(2022, 9, 10),
        [("Mauritania", "2022-09-12", "2022-09-14")],
    ),
    (
        "'he’ll' (a curly apostrophe) looks ahead as 'will' does",
        "BILLINGS (AP) — Interior Secretary Jon Doe will visit Helena on Friday. On Tuesday he’ll visit field offices in "
        "Lewistown and Billings.",
        date(2017, 3, 9),
        [("Helena", "2017-03-10", "2017-03-10"), ("Lewistown", "2017-03-14", "2017-03-14"), ("Billings", "2017-03-14", "2017-03-14")],
    ),
    (
        "'the governor' is the one met before; 'travel between A, B and C' goes to each; 'then transfer to' travels",
        "Governor Jane Doe is traveling to Israel. The governor will travel between Tel Aviv and Jerusalem on Monday. She "
        "will then transfer to Amman on Wednesday.",
        date(2019, 11, 17),
        [("Tel Aviv", "2019-11-18", "2019-11-18"), ("Jerusalem", "2019-11-18", "2019-11-18"), ("Amman", "2019-11-20", "2019-11-20")],
    ),
    (
        "'will depart Canada on Thursday, February 17, and return on Tuesday, February 22': the trip's days for its stops",
        "OTTAWA, Canada – Minister Jane Doe has announced that she will travel to Germany and France. The minister will "
        "depart Canada on Thursday, February 17, and return on Tuesday, February 22.",
        date(2022, 2, 16),
        [("Germany", "2022-02-17", "2022-02-22"), ("France", "2022-02-17", "2022-02-22"), ("Ottawa", "2022-02-22", "2022-02-22")],
    ),
    (
        "a visit told in a 'where' clause of the stop dates that stop",
        "Minister Jon Doe will travel to Kigali, where he will make an official visit on 14 January.",
        date(2019, 1, 10),
        [("Kigali", "2019-01-14", "2019-01-14")],
    ),
    (
        "a dated return home that names no place is at the dateline's town, a weekday before the dateline's date too",
        "State House, Freetown, Monday 12 September 2022 – President Jon Doe has departed for Nairobi, Kenya, for the "
        "inauguration on Tuesday 13 September. United States President Joe Roe named a delegation. The US delegation "
        "will be led by Jane Poe. President Doe will be returning on Wednesday 14 September 2022.",
        date(2022, 9, 12),
        [("Nairobi", "2022-09-13", "2022-09-13"), ("Freetown", "2022-09-14", "2022-09-14")],
    ),
    (
        "'four countries in <region> – A, B, C –': the list the count opens is the stops",
        "If circumstances permit, I plan to visit four countries in Central America and the Caribbean – Guatemala, Panama, "
        "Cuba, and Jamaica – from July 15-21.",
        date(2021, 7, 9),
        [("Guatemala", "2021-07-15", "2021-07-21"), ("Panama", "2021-07-15", "2021-07-21"), ("Cuba", "2021-07-15", "2021-07-21"),
         ("Jamaica", "2021-07-15", "2021-07-21")],
    ),
    (
        "'three West African countries: A, B and C'",
        "Minister Jon Doe will visit three West African countries: Ghana, Togo and Benin, from July 15-21.",
        date(2021, 7, 9),
        [("Ghana", "2021-07-15", "2021-07-21"), ("Togo", "2021-07-15", "2021-07-21"), ("Benin", "2021-07-15", "2021-07-21")],
    ),
    (
        "'travel from X to Y': the place left is no stop",
        "Minister Jon Doe will travel from Paris to Rome and Naples on Monday.",
        date(2024, 5, 1),
        [("Rome", "2024-05-06", "2024-05-06"), ("Naples", "2024-05-06", "2024-05-06")],
    ),
    (
        "a paragraph opening 'Then,' goes on with the day of the one before",
        "On Thursday 23 January 2025, Minister Jon Doe presided at a meeting of the council.\n\nThen, the Minister hosted "
        "a morning tea for the staff.\n\nAfterwards, the Minister travelled from Canberra to Melbourne.",
        date(2025, 1, 23),
        [("Melbourne", "2025-01-23", "2025-01-23")],
    ),
    (
        "'on the five-day trip' after the day it began: each stop, and the country first told, has the trip's days",
        "Premier Jon Doe is flying to India today, leading a delegation. The Premier will visit New Delhi, Hyderabad and "
        "Mumbai on the five-day trip.",
        date(2025, 3, 23),
        [("New Delhi", "2025-03-23", "2025-03-27"), ("Hyderabad", "2025-03-23", "2025-03-27"), ("Mumbai", "2025-03-23", "2025-03-27")],
    ),
    (
        "'the tour will conclude with' a stop of the trip's traveller; 'visits to Commonwealth capitals' makes no one travel",
        "Secretary-General Jon Doe will travel for official visits to Botswana, Namibia and Swaziland between 29 July and "
        "4 August 2012. Mr Doe's visits to these three Commonwealth member states are part of his regular visits to "
        "Commonwealth capitals. He will then go on to Namibia from 31 July to 2 August. The tour will conclude with "
        "Swaziland, from 2 to 4 August.",
        date(2012, 7, 6),
        [("Botswana", "2012-07-29", "2012-08-04"), ("Namibia", "2012-07-31", "2012-08-02"), ("Eswatini", "2012-08-02", "2012-08-04")],
    ),
    (
        "a country's cities listed after 'to' are its stops, a province among them; a dateline with its agency is no traveller",
        "Red Cross President to visit Niger\n\nGeneva (ICRC) – Red Cross President Jon Doe will visit Niger from 7-10 February "
        "to see the humanitarian situation.\n\nField visits will take place to Tillaberi, Agadez and Diffa.",
        date(2022, 2, 4),
        [("Tillabéri", "2022-02-07", "2022-02-10"), ("Agadez", "2022-02-07", "2022-02-10"), ("Diffa", "2022-02-07", "2022-02-10")],
    ),
    (
        "'On the same day' is the day just told: the stops then follow their days",
        "From 17 to 19 March 2024, Secretary General Jon Doe will visit Armenia, Azerbaijan and Georgia.\n\nOn Sunday, "
        "17 March, the Secretary General will be in Baku.\n\nOn Monday, 18 March, Mr Doe will meet the Foreign Minister of Azerbaijan.\n\n"
        "On the same day, the Secretary General will travel to Tbilisi.\n\nOn Tuesday, 19 March, Mr Doe will be in Yerevan.",
        date(2024, 3, 15),
        [("Baku", "2024-03-17", "2024-03-18"), ("Tbilisi", "2024-03-18", "2024-03-18"), ("Yerevan", "2024-03-19", "2024-03-19")],
    ),
    (
        "a week ahead: a line that is only its day dates the lines under it",
        "Press Week Ahead\n\nMonday, October 17\nAmbassador Jon Doe will travel to Geneva.\n\nTuesday, October 18\n"
        "Ambassador Doe will travel to Islamabad.",
        date(2016, 10, 17),
        [("Geneva", "2016-10-17", "2016-10-17"), ("Islamabad", "2016-10-18", "2016-10-18")],
    ),
    (
        "a contraction is a pronoun; places before the traveller are no companion; an undated mention is the stop again",
        "Secretary Jon Doe will travel to China Jan. 9 to 12 and Japan Jan. 13 and 14. He'll also make a stop in "
        "South Korea on Jan. 14. The secretary's visit to China will matter. Following visits to China and Japan, the "
        "secretary will travel to Seoul on January 14.",
        date(2010, 12, 27),
        [("China", "2011-01-09", "2011-01-12"), ("Japan", "2011-01-13", "2011-01-14"), ("Seoul", "2011-01-14", "2011-01-14")],
    ),
    (
        "'In Japan, ... the summit in Ise-Shima': the finer place the sentence gives",
        "President Doe will travel to Vietnam and Japan May 21-28. In Hanoi, the President will speak. In Japan, the "
        "President will attend the G-7 Summit in Ise-Shima. Finally, the President will visit Hiroshima.",
        date(2016, 5, 14),
        [("Hanoi", "2016-05-21", "2016-05-28"), ("Ise", "2016-05-21", "2016-05-28"), ("Hiroshima", "2016-05-21", "2016-05-28")],
    ),
    (
        "an earlier occasion named in an announcement is no stop of the coming trip",
        "Vice President Jane Doe will travel to Accra, Ghana; and Lusaka, Zambia from March 25 to April 2.\n\nThe Vice "
        "President's visit will build on the recent Leaders Summit that President Roe hosted in Washington in December 2022.",
        date(2023, 3, 13),
        [("Accra", "2023-03-25", "2023-04-02"), ("Lusaka", "2023-03-25", "2023-04-02")],
    ),
    (
        "a headline's 'Washington' and the text's 'Washington DC' are one stop; 'for two days of talks' is its stay",
        "Foreign Secretary to visit Washington\n\nForeign Secretary Jon Doe will travel to Washington DC today (Sunday, 6 May) "
        "for two days of talks.",
        date(2018, 5, 6),
        [("District of Columbia", "2018-05-06", "2018-05-07")],
    ),
    (
        "a title in lower case is the traveller met before; a century is no trip's date",
        "Secretary of Defense Jon Doe will begin his tour in Minot on Wednesday, Sep. 13. On Thursday, Sept. 14, the secretary "
        "will travel to Omaha to discuss deterrence in the 21st century.",
        date(2017, 9, 12),
        [("Minot", "2017-09-13", "2017-09-13"), ("Omaha", "2017-09-14", "2017-09-14")],
    ),
    (
        "'On Tuesday in Tallinn, Estonia' gives that stop its day over the list's 'this week'; 'U.S. sailors' is no stop",
        "Secretary Doe will travel to Germany, Estonia and Belgium this week. On Monday morning in Berlin Doe will speak. "
        "On Tuesday in Tallinn, Estonia, Doe will meet leaders. While in Tallinn, Doe will visit U.S. sailors aboard a ship "
        "used in an exercise held annually since 1971. On Wednesday and Thursday in Brussels, Doe will attend a meeting.",
        date(2015, 6, 19),
        [("Berlin", "2015-06-22", "2015-06-22"), ("Tallinn", "2015-06-23", "2015-06-23"), ("Brussels", "2015-06-24", "2015-06-25")],
    ),
    (
        "one day for two stops and no departure: both stops that day",
        "Secretary Doe will travel to Tucson and Sedona, Arizona on May 3, 2024.",
        date(2024, 5, 1),
        [("Tucson", "2024-05-03", "2024-05-03"), ("Sedona", "2024-05-03", "2024-05-03")],
    ),
    (
        "one day for several stops is the day the trip starts; each stop's own day then replaces it",
        "Secretary Doe will travel to Japan, China, and Korea, departing Washington on May 20th. She will visit Tokyo on "
        "May 21st; Shanghai on May 21st and 22nd; Beijing, May 23rd through May 26th; and will conclude her travel in Seoul "
        "also on May 26th.",
        date(2010, 5, 18),
        [("Tokyo", "2010-05-21", "2010-05-21"), ("Shanghai", "2010-05-21", "2010-05-22"), ("Beijing", "2010-05-23", "2010-05-26"),
         ("Seoul", "2010-05-26", "2010-05-26")],
    ),
    (
        "a date that follows another stop is not this one's: 'following her visit to X' keeps X's own dates",
        "Secretary Doe will travel to Singapore and Australia July 20-28. In Singapore (July 22-24), she will attend a "
        "forum. Following her visit to Singapore, Secretary Doe will travel to Perth, Australia (July 24-25).",
        date(2008, 7, 17),
        [("Singapore", "2008-07-22", "2008-07-24"), ("Perth", "2008-07-24", "2008-07-25")],
    ),
    (
        "a range given to a region (no stop) goes to the stops named next",
        "President Bush will travel to Africa from February 15-21, 2008. He will visit Benin, Tanzania and Ghana.",
        date(2008, 1, 25),
        [("Benin", "2008-02-15", "2008-02-21"), ("Tanzania", "2008-02-15", "2008-02-21"), ("Ghana", "2008-02-15", "2008-02-21")],
    ),
    (
        "the stop is the finest place the text gives for it: the cities a country leg goes to",
        "Secretary Clinton will travel to Egypt and Belgium March 1-4. In Egypt, she will attend the conference in "
        "Sharm el-Sheikh. She will then meet NATO ministers in Brussels.",
        date(2009, 2, 27),
        [("Sharm el-Sheikh", "2009-03-01", "2009-03-04"), ("Brussels", "2009-03-01", "2009-03-04")],
    ),
    (
        "a paragraph that opens with its day is that day's schedule; 'then' within it is the same day",
        "On Tuesday, the President will meet the Prime Minister at the White House. In the evening, President Obama will "
        "travel to Denver.\n\nOn Wednesday, the President will attend an event. The President will then travel to Dallas.",
        date(2014, 7, 4),
        [("Denver", "2014-07-08", "2014-07-08"), ("Dallas", "2014-07-09", "2014-07-09")],
    ),
    (
        "a daily schedule: the surname after its title in the headline is whom 'the President' means; 'en route' names "
        "where he goes; the day on its own line holds for 'At night'",
        "Daily guidance and press schedule for President Doe\n\nNovember 4, 2012\n\nMONDAY, NOVEMBER 5, 2012\n\n"
        "In the morning, the President will "
        "deliver remarks at a campaign event in Madison, Wisconsin.\n\nIn the evening, the President will depart from "
        "Madison, Wisconsin en route Des Moines, Iowa.\n\nAt night, the President will deliver remarks at a rally in "
        "Waterloo, Iowa.",
        date(2012, 11, 4),
        [("Madison", "2012-11-05", "2012-11-05"), ("Des Moines", "2012-11-05", "2012-11-05"),
         ("Waterloo", "2012-11-05", "2012-11-05")],
    ),
    (
        "a year long behind the story, in a sentence of a trip to come, is not the trip's (a clause about the traveller)",
        "Queen Jane of Ruritania, who came to the throne in 2013, will tour Albany. She will visit Boston on June 13.",
        date(2024, 6, 3),
        [("Albany", None, None), ("Boston", "2024-06-13", "2024-06-13")],
    ),
    (
        "'a visit by X, to Y': whose visit, set off by commas, then where; its first day told starts its two days",
        "Today, Friday 9 March 2018, marked the first of a two-day visit by the Prime Minister of Ruritania, Jon Doe, "
        "to Luxembourg.",
        date(2018, 3, 9),
        [("Luxembourg", "2018-03-09", "2018-03-10")],
    ),
    (
        "a day given mid-paragraph to one stop is not the next stop's",
        "Secretary Clinton will travel to Tokyo on July 8. She then travels to Seoul.",
        date(2012, 7, 5),
        [("Tokyo", "2012-07-08", "2012-07-08"), ("Seoul", None, None)],
    ),
    (
        "a day after the travel verb, and a return home",
        "Secretary Kerry will travel May 21 to Muscat. On May 22, the Secretary will visit Amman. "
        "The Secretary will depart Amman and return to Washington on May 27.",
        date(2013, 5, 20),
        [("Muscat", "2013-05-21", "2013-05-21"), ("Amman", "2013-05-22", "2013-05-22"), ("Washington", "2013-05-27", "2013-05-27")],
    ),
    (
        "a range for the list goes to every stop; a day narrows one; a city replaces its country; the day it departs "
        "for the next ends it",
        "Secretary of State Hillary Rodham Clinton will travel to Vietnam, Cambodia and Australia October 27-November 8. "
        "Secretary Clinton will travel to Hanoi on October 29. On October 30, the Secretary will depart for Cambodia.",
        date(2010, 10, 22),
        [("Hanoi", "2010-10-29", "2010-10-30"), ("Cambodia", "2010-10-30", "2010-10-30"), ("Australia", "2010-10-27", "2010-11-08")],
    ),
    (
        "a trip that begins on a day: that day is the first stop's",
        "On July 6, Secretary of State Hillary Rodham Clinton begins a trip to France, Japan and Mongolia. "
        "Her first stop will be Tokyo, Japan, to attend the July 8 Conference on Afghanistan.",
        date(2012, 7, 5),
        [("France", "2012-07-06", "2012-07-06"), ("Tokyo", "2012-07-08", "2012-07-08"), ("Mongolia", None, None)],
    ),
    (
        "a headline with a bare title, then the person; 'In Laos, ...' dates a stop",
        "Secretary of Defense Travel to Australia, Philippines, Laos, and Fiji\n"
        "Secretary of Defense Lloyd J. Austin III will depart this week for a trip to Australia, the Philippines, Laos, and Fiji. "
        "In Laos, Secretary Austin will participate in the ASEAN meeting on November 21.",
        date(2024, 11, 12),
        [("Australia", "2024-11-11", "2024-11-17"), ("Philippines", None, None), ("Laos", "2024-11-21", "2024-11-21"), ("Fiji", None, None)],
    ),
    (
        "semicolons between 'City, Country' stops",
        "Deputy Secretary of State Wendy Sherman will travel April 10-14 to New Orleans, Louisiana; "
        "Santo Domingo, Dominican Republic; and Buenos Aires, Argentina.",
        date(2023, 4, 7),
        [("New Orleans", "2023-04-10", "2023-04-14"), ("Santo Domingo", "2023-04-10", "2023-04-14"), ("Buenos Aires", "2023-04-10", "2023-04-14")],
    ),
    (
        "an aside about an earlier trip, and a past trip, are not stops",
        "U.S. Secretary of State John Kerry will travel to Hanoi and Manila from Dec. 11-18, 2013. "
        "This trip will be his fourth (he also traveled to Sunnylands, Calif., in June). "
        "It follows the Secretary's recent travel to China.",
        date(2013, 12, 9),
        [("Hanoi", "2013-12-11", "2013-12-18"), ("Manila", "2013-12-11", "2013-12-18")],
    ),
    (
        "the Vice President named in one sentence travels in the next",
        "Vice President Cheney will travel abroad beginning September 2, 2008. "
        "President Bush has asked the Vice President to travel to Azerbaijan, Georgia and Ukraine.",
        date(2008, 8, 25),
        [("Azerbaijan", "2008-09-02", "2008-09-02"), ("Georgia", None, None), ("Ukraine", None, None)],
    ),
    (
        "each stop's own dates, and 'and then to' after them",
        "First Lady Jill Biden will travel to Tokyo, Japan on November 15-16 and then to Seoul on November 17.",
        date(2023, 11, 7),
        [("Tokyo", "2023-11-15", "2023-11-16"), ("Seoul", "2023-11-17", "2023-11-17")],
    ),
    (
        "a day's schedule without a travel verb: where the traveller does something that day is a stop",
        "Secretary Jon Doe will travel to Omaha on Friday, Nov. 14, for a five-day trip. On Saturday, Nov. 15, Secretary "
        "Doe will deliver the keynote address at a forum in Simi Valley, California. He will discuss the budget in "
        "his speech. On Monday, Nov. 17, he will meet soldiers in Denver, where he once served.",
        date(2014, 11, 12),
        [("Omaha", "2014-11-14", "2014-11-14"), ("Simi Valley", "2014-11-15", "2014-11-15"), ("Denver", "2014-11-17", "2014-11-17")],
    ),
    (
        "a second travel phrase has only the dates after it; 'lead the delegation to' sends; a stay goes in by its day",
        "Secretary Jon Doe will travel to Boston on Thursday, January 22, followed by travel to Paris and Kyiv. "
        "Secretary Doe will depart Boston on Thursday evening for the forum in Geneva, Switzerland. He will travel to "
        "Paris on Sunday, January 25. On Tuesday, January 27, Secretary Doe will lead the delegation to Kyiv, Ukraine.",
        date(2015, 1, 15),
        [("Boston", "2015-01-22", "2015-01-22"), ("Geneva", "2015-01-22", "2015-01-22"), ("Paris", "2015-01-25", "2015-01-25"),
         ("Kyiv", "2015-01-27", "2015-01-27")],
    ),
    (
        "'Mr Doe' is the Jon Doe named before; a stop named at a sentence's head is that traveller's, then",
        "The Minister, Jon Doe MP, will visit Vietnam and Laos. In Hanoi, Mr Doe will chair a meeting on 24 July. "
        "Mr Doe will also visit Vientiane on 25-26 July.",
        date(2009, 7, 20),
        [("Hanoi", "2009-07-24", "2009-07-24"), ("Vientiane", "2009-07-25", "2009-07-26")],
    ),
    (
        "'a tour of' a list; a state in brackets qualifies the stop before it; 'and in' goes on a list; 'The Honourable'",
        "The Honourable Jane Doe, Minister of Foreign Affairs, will be on a tour of Mumbai (Maharashtra), Pune and "
        "Chennai (Tamil Nadu) on January 28-29, 2024. She will be in Delhi on January 30 and in Agra on January 31.",
        date(2024, 1, 27),
        [("Mumbai", "2024-01-28", "2024-01-29"), ("Pune", "2024-01-28", "2024-01-29"), ("Chennai", "2024-01-28", "2024-01-29"),
         ("Delhi", "2024-01-30", "2024-01-30"), ("Agra", "2024-01-31", "2024-01-31")],
    ),
    (
        "travel words without a stop ('will tour the wing') leave the sentence's places to what happens there",
        "Today, Secretary Jon Doe departed Washington for a five-day trip. Today in Minot, North Dakota, Secretary Doe "
        "will tour the 91st Missile Wing. On Saturday, Nov. 15, he will speak in Simi Valley, California.",
        date(2014, 11, 14),
        [("Minot", "2014-11-14", "2014-11-14"), ("Simi Valley", "2014-11-15", "2014-11-15")],
    ),
    (
        "a trip's length from the day it begins is its stops' range; a state named for a known town is that stop; "
        "'Secretary Doe then will visit' names no 'Doe the'",
        "Secretary Doe Travels to Colorado Springs, Colorado, and Simi Valley, California\n\nSecretary Jon Doe embarks "
        "Friday, Nov. 30, on a two-day trip that includes stops in Colorado and California. In California, the "
        "secretary will speak at a forum. Secretary Doe then will visit Tokyo, Japan, on December 3.",
        date(2018, 11, 29),
        [("Colorado Springs", "2018-11-30", "2018-12-01"), ("Simi Valley", "2018-11-30", "2018-12-01"),
         ("Tokyo", "2018-12-03", "2018-12-03")],
    ),
    (
        "'before travelling to' shares the sentence's traveller; a trip begun yesterday gives its day to no later stop",
        "Secretary Jon Doe embarked yesterday on a trip to Asia. On Oct. 26, Doe will lead a delegation in Bangkok. "
        "The secretary concludes his trip with a visit to South Korea. Doe will travel to Japan on Nov. 2 to meet "
        "with Prime Minister Jon Roe, before travelling to Hong Kong.",
        date(2017, 10, 22),
        [("Bangkok", "2017-10-26", "2017-10-26"), ("South Korea", None, None), ("Japan", "2017-11-02", "2017-11-02"),
         ("Hong Kong", None, None)],
    ),
    (
        "a dateline's day dates no schedule",
        "May 28, 2008 - Admiral Jon Doe has begun a swing through the Pacific that will take him to Indonesia and "
        "Singapore. After a long flight, Admiral Doe will meet with Indonesian leaders in Jakarta.",
        date(2008, 5, 28),
        [("Jakarta", None, None), ("Singapore", None, None)],
    ),
    (
        "where the traveller welcomes someone is no stop of a trip",
        "The schedule for the week of April 25, 2011: On Tuesday, the President will welcome the Crown Prince to the "
        "White House. On Wednesday, the President will travel to Chicago.",
        date(2011, 4, 22),
        [("Chicago", "2011-04-27", "2011-04-27")],
    ),
    (
        "a city named beside a known one shares its country's range",
        "President Doe will travel to Vietnam May 21-28. During meetings in Hanoi and Ho Chi Minh City, the President "
        "will discuss the trade pact this year.",
        date(2016, 5, 10),
        [("Hanoi", "2016-05-21", "2016-05-28"), ("Ho Chi Minh City", "2016-05-21", "2016-05-28")],
    ),
    (
        "a region's range is the trip's: the countries named later share it, finer than 'this year'",
        "Secretary Jane Doe will visit four nations in West Africa early next week. Her first tour this year will take "
        "her to Liberia. She will then make stops in Togo and Ghana.",
        date(2012, 1, 13),
        [("Liberia", "2012-01-16", "2012-01-22"), ("Togo", "2012-01-16", "2012-01-22"), ("Ghana", "2012-01-16", "2012-01-22")],
    ),
    (
        "a travelling party's diary: 'we' is the party, 'en route to' a leg, 'the last stop of our visit' a stop",
        "I am with Secretary Jane Doe en route to Lima. On Tuesday morning, we'll depart Lima en route to Quito, Ecuador. "
        "We'll fly to Bogota, Colombia Tuesday evening. Wednesday morning, we'll meet the Colombian candidates. "
        "The last stop of our visit will be Barbados.",
        date(2010, 6, 7),
        [("Lima", None, None), ("Quito", "2010-06-08", "2010-06-08"), ("Bogotá", "2010-06-08", "2010-06-08"), ("Barbados", None, None)],
    ),
    (
        "a trip begun over a weekend dates its first stop; 'travel on to' a stop on a day, 'the following day' the next; "
        "'Mr. Ban' is Ban Ki-moon; a pronoun is the traveller, not a town named before it",
        "Secretary-General Ban Ki-moon will embark on a week-long trip this weekend that will take him to Trinidad and "
        "Tobago, Switzerland and Malta.\n\nFrom the Summit of the Americas in Port-au-Spain, Trinidad and Tobago, he will "
        "travel on to Geneva, Switzerland to attend a conference on 20 April.\n\nThe following day, Mr. Ban will head to "
        "Valletta, Malta.",
        date(2009, 4, 15),
        [("Port of Spain", "2009-04-18", "2009-04-19"), ("Geneva", "2009-04-20", "2009-04-20"), ("Valletta", "2009-04-21", "2009-04-21")],
    ),
    (
        "a start day and a return day in one sentence: the stops share the days between",
        "WHITE HOUSE – The First Lady announces her first trip.\n\nOn Friday, May 19, 2017, the First Lady will join her "
        "husband President John Q. Doe on an eight-day trek to "
        "Israel, Rome and Brussels, returning to Washington, DC, on Saturday, May 27, 2017.",
        date(2017, 5, 18),
        [("Israel", "2017-05-19", "2017-05-27"), ("Rome", "2017-05-19", "2017-05-27"), ("Brussels", "2017-05-19", "2017-05-27"),
         ("Washington", "2017-05-27", "2017-05-27")],
    ),
    (
        "a stop told before the dated ones without a date is in the trip's one range (not one told after them); a town "
        "opening an occasion's name is the stop",
        "Secretary Doe to travel to Japan, Vietnam and Germany\n\nSecretary Jane Doe will travel to Asia from April 21-27, leading the "
        "delegation to the G7 meeting in Niigata, "
        "Japan, and then traveling to Vietnam. Finally, Secretary Doe will attend the Munich Security Conference in Germany.",
        date(2016, 4, 20),
        [("Niigata", "2016-04-21", "2016-04-27"), ("Vietnam", "2016-04-21", "2016-04-27"), ("Munich", None, None)],
    ),
    (
        "the final stop goes last wherever it is told; a mention on a day the stop holds is that stop again",
        "FOR IMMEDIATE RELEASE\nFriday, February 11, 2011\nSecretary Jon Doe concluded today his visit in Mumbai, the "
        "final stop of his three-city trade mission to India. Doe traveled to New Delhi, Bangalore, and Mumbai.\n"
        "These visits will matter. Friday morning, Doe visited Mumbai's famous market.",
        date(2011, 2, 11),
        [("New Delhi", None, None), ("Bengaluru", None, None), ("Mumbai", "2011-02-11", "2011-02-11")],
    ),
    (
        "the person an announcement opens with is whom 'she' means; 'begin the week in' is a stop",
        "WASHINGTON – Secretary of the Interior Jane Q. Doe will take to the road this week.\n\nDoe will begin the week "
        "in Palm Springs, California. From there she’ll travel to Los Angeles. On Friday, Doe will visit Window Rock, Arizona.",
        date(2014, 9, 22),
        [("Palm Springs", None, None), ("Los Angeles", None, None), ("Window Rock", "2014-09-26", "2014-09-26")],
    ),
    (
        "a date after a run of stops joined by 'and' is the run's, past a country and its acronym; dates in brackets",
        "Special Envoy Jon Doe will travel to Stockholm, Sweden, on May 3-5, 2016, and to Goma and Kinshasa, Democratic "
        "Republic of the Congo (DRC), on May 6-10. Under Secretary Jane Roe will lead the trade missions to Istanbul, "
        "Türkiye (May 13-15), and Warsaw, Poland (May 16-17).",
        date(2016, 5, 3),
        [("Stockholm", "2016-05-03", "2016-05-05"), ("Goma", "2016-05-06", "2016-05-10"), ("Kinshasa", "2016-05-06", "2016-05-10")],
    ),
    (
        "a state's long name ('Democratic People’s Republic of Korea') is that state; a body is no traveller",
        "Envoy Jon Doe will visit the Democratic People’s Republic of Korea from 9 to 12 February 2010. Participating "
        "companies will also join the Commerce Department’s trade missions to Italy and Romania (May 9-10).",
        date(2010, 2, 1),
        [("North Korea", "2010-02-09", "2010-02-12")],
    ),
    (
        "a visit starting today for five days; 'the visit will include visiting' lists its towns, which share its days; "
        "a day 'ahead of' another occasion is not the stop's",
        "Minister Jon Doe is today (22 July) starting a five-day visit to China. The visit will include visiting "
        "Beijing, Chongqing and Shanghai. In Beijing, the Minister will discuss trade ahead of the Strategic Dialogue on "
        "30 July.",
        date(2018, 7, 22),
        [("Beijing", "2018-07-22", "2018-07-26"), ("Chongqing", "2018-07-22", "2018-07-26"), ("Shanghai", "2018-07-22", "2018-07-26")],
    ),
    (
        "a person's schedule titled with its days: under each day, the town that ends a venue's address line is where "
        "the person is (not a line of prose, nor 'Depart from X'); its blocks apart keep their day",
        "Governor Jon Doe’s Public Schedule: 2/25/17 – 3/3/17\n\nMonday, February 27\n\nAttend the Winter Meeting\n"
        "Washington, D.C.\n\nTuesday, February 28\n\n11:30 AM – 12:30 PM\nTree Tapping at the Farm\n"
        "1303 Boudro Rd, Randolph Center, VT\n\nWednesday, March 1\n\nDepart from Burlington\n\n9:00 – 10:00 AM\n"
        "Open Door Coffee with the Governor\nGovernor’s Ceremonial Office, Vermont State House, Montpelier, VT\n\n"
        "6:15 – 7:00 PM\nAttend the Chamber of Commerce Annual Dinner\nStoweflake Resort, 1746 Mountain Rd, Stowe, VT 05672\n",
        date(2017, 2, 26),
        [("Washington", "2017-02-27", "2017-02-27"), ("Montpelier", "2017-03-01", "2017-03-01"),
         ("Stowe", "2017-03-01", "2017-03-01")],
    ),
    (
        "a programme's timed items, however long, keep the day above them, and so does an address line of any length",
        "Governor Jon Doe will visit Southern Maryland beginning this Friday, February 26 through Saturday, February 27. "
        "The governor's public schedule is as follows:\n\nFriday, February 26, 2016\n\n9:45 AM: Visit with students "
        "at Cardinal Hickey Academy and its teachers\n1601 West Mt. Harmony Road, Owings, MD 20736\n\n5:00 PM: Visit "
        "the Winery\n23190 Newtowne Neck Road, Leonardtown, MD 20650\n\nSaturday, February 27, 2016\n\n12:15 PM: "
        "Site visit of the bridge\nIntersection of Stines Store Road and MD 234, Charlotte Hall, MD 20622\n\n"
        "1:15 PM: Task Force Announcement\nSouthern Maryland Higher Education Center\n44219 Airport Road, "
        "California, MD 20650\n",
        date(2016, 2, 26),
        [("Owings", "2016-02-26", "2016-02-26"), ("Leonardtown", "2016-02-26", "2016-02-26"),
         ("Charlotte Hall", "2016-02-27", "2016-02-27"), ("California", "2016-02-27", "2016-02-27")],
    ),
    (
        "a day 'before his departure' is the departure's, not the day of the stay the sentence opens with",
        "President Jon Doe will arrive in Kigali today. On Friday, 6 August 2021, President Doe will visit Musanze. While "
        "in Rwanda, President Doe will tour several conservation destinations before his departure on 8 August.",
        date(2021, 8, 5),
        [("Kigali", "2021-08-05", "2021-08-05"), ("Musanze", "2021-08-06", "2021-08-06")],
    ),
    (
        "the traveller is the subject of the travel verb, whatever else the name means; a stop listed without a day takes "
        "the day of a clause that happens there, read forward in an announcement",
        "Theresa May will visit Berlin and Paris to meet partners.\n\nTheresa May will travel to Berlin today for a working "
        "dinner followed by bilateral talks in Paris on Thursday evening.",
        date(2016, 7, 20),
        [("Berlin", "2016-07-20", "2016-07-20"), ("Paris", "2016-07-21", "2016-07-21")],
    ),
    (
        "an undated stop takes no day of another occasion there, weeks before the story",
        "The dialogue, an initiative established April 9 in Washington by the two presidents, met today. Minister Jon Doe "
        "accepted the invitation to visit Washington soon.",
        date(2012, 4, 24),
        [("Washington", None, None)],
    ),
    (
        "a day between 'arrive' and 'in' is the stop's",
        "Jane Roe, Under-Secretary-General for Humanitarian Affairs, is scheduled to arrive on Friday 6 February 2009 in "
        "Kinshasa, at the start of a four-day mission. She will then travel to Goma on 8 February.",
        date(2009, 2, 5),
        [("Kinshasa", "2009-02-06", "2009-02-06"), ("Goma", "2009-02-08", "2009-02-08")],
    ),
    (
        "an occasion before the announcement's day is no stop, and does not re-date the stop of its name",
        "Minister Jane Roe will make a working visit to Washington DC and New York from 4 to 8 June 2017.\n\nMinister Roe "
        "will host a reception for the scholarship announced during the Prime Minister's Official Visit to the US last year, "
        "and for the community living in the Washington DC area.",
        date(2017, 6, 3),
        [("Washington", "2017-06-04", "2017-06-08"), ("New York", "2017-06-04", "2017-06-08")],
    ),
    (
        "a region alone is no stop",
        "On the third stop of his week-long tour of Latin America, Secretary Jon Doe met this morning with the minister.",
        date(2007, 10, 4),
        [],
    ),
    (
        "the first person sent on a trip without a stop named is whom 'he' means; a word describing the place may stand "
        "before it; a doing in the simple present on a weekday is on the programme",
        "Minister Jon Doe will be the first from the administration to visit the east African country. He will also "
        "travel to neighbouring Malawi. He visits Malawi on Tuesday then Zambia next Sunday.",
        date(2014, 1, 19),
        [("Malawi", "2014-01-21", "2014-01-21"), ("Zambia", "2014-01-26", "2014-01-26")],
    ),
    (
        "a clock time in a sentence that gives its day is on that day, not the announcement's",
        "On Wednesday, 17th June, 2020, the President, Jon Doe, will depart Blantyre for Lilongwe and address people at "
        "12:00 O'clock.",
        date(2020, 6, 16),
        [("Lilongwe", "2020-06-17", "2020-06-17")],
    ),
    (
        "a country's name in a bare title ('the Malawi leader') is the one met; 'will be at' a town is a stop, 'later the "
        "same day' is the day just told",
        "President Jon Doe will travel to Mzimba on Thursday, 18 June 2020. Later the same day the Malawi leader will be "
        "at Chitipa.",
        date(2020, 6, 16),
        [("Mzimba", "2020-06-18", "2020-06-18"), ("Chitipa", "2020-06-18", "2020-06-18")],
    ),
    (
        "a schedule's line that opens with its travel words ('Visit farmers in Jinja.') is the schedule's person's, on "
        "the day above it",
        "President Jon Doe will tour the region next week. The schedule of the visit is as follows;\n\n"
        "Wednesday, January 22, 2025:\n\nVisit farmers in Jinja.\n\nThursday, January 23, 2025:\n\nVisit a factory in Kampala.",
        date(2025, 1, 15),
        [("Jinja", "2025-01-22", "2025-01-22"), ("Kampala", "2025-01-23", "2025-01-23")],
    ),
    (
        "a delegation travels with the one it is led by; a date that opens the story under its headline is its dateline; "
        "'from the 18th to the 20th of April' is one range",
        "Delegation to Attend Commonwealth Meeting\n\nMonday 16th April, 2018- A high-level delegation will attend the "
        "Commonwealth Heads of Government Meeting in London from the 18th to the 20th of April 2018.\n\nThe delegation "
        "will be led by the Honourable Jane Roe, Prime Minister.",
        date(2018, 4, 16),
        [("London", "2018-04-18", "2018-04-20")],
    ),
    (
        "a trip that leaves on one day and is set to wrap up on another gives each stop told without a date that range",
        "TORONTO — Premier Jane Roe leaves today for a business mission to Japan and South Korea. Roe and the delegation "
        "will travel to Tokyo, Nagoya and Seoul. The trip is set to wrap up on Friday.",
        date(2016, 11, 26),
        [("Tokyo", "2016-11-26", "2016-12-02"), ("Nagoya", "2016-11-26", "2016-12-02"), ("Seoul", "2016-11-26", "2016-12-02")],
    ),
    (
        "a sentence wrapped over two lines is one sentence: the name on the first line travels",
        "Agency Director General Jon Doe\nwill arrive in Amman tonight on an official visit to Jordan.",
        date(2003, 3, 24),
        [("Amman", "2003-03-24", "2003-03-24")],
    ),
    (
        "'she' before any trip named her is the official the text named under a title; a headline's words are no one",
        "Agency Chief Begins Three-State Tour Highlighting Clean Water Plan\n\nWASHINGTON – Today Agency Administrator "
        "Jane Roe will begin a three-day trip. On Thursday, she will travel to Ann Arbor, Mich. to speak to students.",
        date(2013, 9, 25),
        [("Ann Arbor", "2013-09-26", "2013-09-26")],
    ),
    (
        "a trip told after it was made has its stays in the past tense too",
        "Administrator Jon Doe traveled to Dyersburg on Monday to meet the mayor. On Tuesday, Doe joined state officials "
        "at a meeting in Nashville.",
        date(2010, 6, 23),
        [("Dyersburg", "2010-06-21", "2010-06-21"), ("Nashville", "2010-06-22", "2010-06-22")],
    ),
    (
        "two days in a row joined by 'and' are one span for the stop",
        "On Monday, August 2, and Tuesday, August 3, Secretary Jon Doe will travel to Georgia to highlight the plan.",
        date(2021, 8, 2),
        [("Georgia", "2021-08-02", "2021-08-03")],
    ),
    (
        "the dates of a trip between its travel word and its stops, set off by commas",
        "The report from Hon Jon Doe on his overseas travel, from 27 February to 1 March 2019, to Adelaide and Sydney, "
        "Australia, to attend the meeting.",
        date(2019, 9, 5),
        [("Adelaide", "2019-02-27", "2019-03-01"), ("Sydney", "2019-02-27", "2019-03-01")],
    ),
    (
        "the story's own year is no stop's date: it says when the conference is held, not when the traveller is there",
        "Acting Head Jane Roe will undertake a week-long official trip. Ms. Roe’s first stop will be the Conference "
        "hosted this year in Kuala Lumpur, Malaysia, where she will speak.",
        date(2013, 5, 27),
        [("Kuala Lumpur", None, None)],
    ),
    (
        "'X’s premier is heading to': the person the next sentence opens with; 'the trip begins' a day, for a length of "
        "days, dates the stops told by month",
        "VICTORIA — British Columbia’s premier is heading to China, South Korea and Japan later this month on a 10-day "
        "trade mission.\n\nJon Roe says the trip is aimed at expanding trade.\n\nThe trip begins Jan. 20.",
        date(2018, 1, 8),
        [("China", "2018-01-20", "2018-01-29"), ("South Korea", "2018-01-20", "2018-01-29"), ("Japan", "2018-01-20", "2018-01-29")],
    ),
    (
        "a trip's length and the day it sets out, in other sentences, date the stops told without days; 'in Japan' and "
        "'China’s' only say where the towns are",
        "Mayor Jon Roe is leading a group on a 10-day trip to Setagaya in Japan and China’s Jiaxing.\n\n"
        "The delegation flew out on Friday and will be busy.",
        date(2018, 5, 8),
        [("Setagaya", "2018-05-04", "2018-05-13"), ("Jiaxing", "2018-05-04", "2018-05-13")],
    ),
    (
        "'over ten days' after the day someone jets off; a length told before in that sentence is another's trip",
        "Minister Ann Doe began a four day trip earlier this week, and Jon Roe will follow by jetting eastwards on Thursday."
        "\n\nOver ten days, Roe will visit Hong Kong and Beijing.",
        date(2017, 2, 13),
        [("Hong Kong", "2017-02-16", "2017-02-25"), ("Beijing", "2017-02-16", "2017-02-25")],
    ),
    (
        "'the week-long trip' from the day of arrival; 'over the next two days' is a stay, not the trip",
        "Secretary Jane Roe arrived in Anchorage Apr. 19. She will engage with leaders there over the next two days. "
        "During the week-long trip she is expected to visit Fairbanks and Seward.",
        date(2022, 4, 19),
        [("Anchorage", "2022-04-19", "2022-04-19"), ("Fairbanks", "2022-04-19", "2022-04-25"), ("Seward", "2022-04-19", "2022-04-25")],
    ),
    (
        "'The trip, DATES,' dates the trip the text announced; 'Stops include' lists its stops",
        "Lt. Gov. Jon Roe will be leaving the state for a week to lead a trade mission to Germany.\n\n"
        "The trip, Sept. 22 to Sept. 30, is being sponsored by a foundation. Stops include Dresden, Leipzig and Berlin.",
        date(2012, 9, 7),
        [("Dresden", "2012-09-22", "2012-09-30"), ("Leipzig", "2012-09-22", "2012-09-30"), ("Berlin", "2012-09-22", "2012-09-30")],
    ),
    (
        "a trip that 'will last through Thursday' from the story's day, with the stops it 'will include'; earlier tours told "
        "as background are not this one's",
        "Secretary Jon Doe embarks on his fourth tour today. The tour will last through Thursday and include stops in New "
        "Mexico, Colorado and Wyoming. On his first tour in August of 2017, Secretary Doe toured Wisconsin and Iowa.",
        date(2018, 5, 14),
        [("New Mexico", "2018-05-14", "2018-05-17"), ("Colorado", "2018-05-14", "2018-05-17"), ("Wyoming", "2018-05-14", "2018-05-17")],
    ),
    (
        "a trip under way 'expected to last until Saturday': from the story's day",
        "Governor Jane Roe is on her first international trip. She is traveling to Israel.\n\nThe governor will travel between "
        "Tel Aviv, Jerusalem, and Bethlehem to meet leaders.\n\nThe Governor's trip is expected to last until Saturday.",
        date(2019, 11, 18),
        [("Tel Aviv", "2019-11-18", "2019-11-23"), ("Jerusalem", "2019-11-18", "2019-11-23"), ("Bethlehem", "2019-11-18", "2019-11-23")],
    ),
    (
        "'the provinces of X and Y' are its stops; 'as of Wednesday' is when the trip begins; 'Thursday (10)' is that day",
        "The President, Jon Doe, as of Wednesday, August 9, will carry out a working visit to the provinces of Huíla and "
        "Cunene.\n\nOn Thursday (10), the statesman is to leave for Cunene Province.",
        date(2023, 8, 8),
        [("Huíla", "2023-08-09", "2023-08-09"), ("Cunene", "2023-08-10", "2023-08-10")],
    ),
    (
        "'The official visit is from ... to ...': the days of its stops",
        "Prime Minister Jon Doe will visit the provinces of Jiangsu and Guangdong.\n\nThe official visit is from July 9th to "
        "15th July.",
        date(2023, 7, 8),
        [("Jiangsu", "2023-07-09", "2023-07-15"), ("Guangdong", "2023-07-09", "2023-07-15")],
    ),
    (
        "'leave July 21st and return the 28th': the trip's days; 'the trade delegation' is the one who leads it",
        "Governor Jon Doe will visit Brazil in late July.\n\nIn Brazil, the trade delegation will visit Sao Paulo and Porto "
        "Alegre.\n\nThe trade delegation will leave July 21st and return the 28th.",
        date(2012, 5, 1),
        [("São Paulo", "2012-07-21", "2012-07-28"), ("Porto Alegre", "2012-07-21", "2012-07-28")],
    ),
    (
        "a title in lower case before the name ('lord mayor Jon Roe') names whom 'the lord mayor' means later",
        "The City of London's lord mayor Jon Roe will follow the ministers by jetting eastwards on Thursday.\n\nOver ten "
        "days, the lord mayor will visit Hong Kong and Beijing.",
        date(2017, 2, 13),
        [("Hong Kong", "2017-02-16", "2017-02-25"), ("Beijing", "2017-02-16", "2017-02-25")],
    ),
    (
        "a later day of travel to a stop narrows the days its sentence gave the trip there",
        "On 23 and 24 May 2016, Federal Councillor Jon Doe will attend a summit and travel on to Lebanon. "
        "On 24 May Mr Doe will travel from Istanbul on to Lebanon to visit projects.",
        date(2016, 5, 19),
        [("Lebanon", "2016-05-24", "2016-05-24")],
    ),
    (
        "a trip 'headed up by' its traveller; one that 'has flown out' set out on the story's day; 'will take in' its stops",
        "A delegation from Queensland has flown out for a week-long trade tour of Asia.\n\nThe trip is headed up by Premier "
        "Jane Roe, who said it would boost jobs.\n\nThe tour will take in Japan, South Korea and Singapore.",
        date(2023, 7, 8),
        [("Japan", "2023-07-08", "2023-07-14"), ("South Korea", "2023-07-08", "2023-07-14"), ("Singapore", "2023-07-08", "2023-07-14")],
    ),
    (
        "the stops that hold the whole trip's range end the day before a later stop takes the rest of it; 'visiting both'",
        "Minister Jon Doe will make an official visit to New Zealand and Australia from 11 to 19 June 2010, visiting both "
        "Queenstown and Wellington. Following New Zealand, Minister Doe will visit Australia from 15 to 19 June 2010.",
        date(2010, 6, 11),
        [("Queenstown", "2010-06-11", "2010-06-14"), ("Wellington", "2010-06-11", "2010-06-14"), ("Australia", "2010-06-15", "2010-06-19")],
    ),
    (
        "stops in the order of their dates: the towns of a country visited later come after the first stop, though told first",
        "Prime Minister Jane Roe has announced a visit to Viet Nam. She will be in Viet Nam from 14-17 November.\n\n"
        "The Prime Minister will depart on Saturday 12 November for Phnom Penh.\n\nFrom Cambodia, Prime Minister Roe will "
        "lead a delegation to Viet Nam, visiting both Ha Noi and Ho Chi Minh City.",
        date(2022, 11, 10),
        [("Phnom Penh", "2022-11-12", "2022-11-12"), ("Hanoi", "2022-11-14", "2022-11-17"),
         ("Ho Chi Minh City", "2022-11-14", "2022-11-17")],
    ),
    (
        "a trip 'concluded today' after its length in days: counted back from today",
        "Minister Jon Doe today concluded a 10-day trade mission to Japan and China.\n\nWhile in Japan and China, the "
        "Minister assisted four delegations.\n\nIn Beijing, Minister Doe announced an agreement.",
        date(2009, 4, 16),
        [("Japan", "2009-04-07", "2009-04-16"), ("Beijing", "2009-04-07", "2009-04-16")],
    ),
    (
        "a premier who 'is heading to' Asia today and will 'return June 7'",
        "VICTORIA - Premier Jon Doe is heading to Asia on a trade mission that makes stops in Japan, Korea and Vietnam.\n\n"
        "The statement says Doe and his ministers return June 7.",
        date(2023, 5, 25),
        [("Japan", "2023-05-25", "2023-06-07"), ("South Korea", "2023-05-25", "2023-06-07"), ("Vietnam", "2023-05-25", "2023-06-07"),
         ("Victoria", "2023-06-07", "2023-06-07")],
    ),
    (
        "'fly into' a city; a year after 'since' is no stop's date",
        "Prime Minister Jane Roe will be visiting Africa for the first time since assuming office in 2016.\n\nTuesday\n\n"
        "Jane Roe will fly into Cape Town where she will meet young people.",
        date(2018, 8, 27),
        [("Cape Town", "2018-08-28", "2018-08-28")],
    ),
    (
        "an Indian wire's dateline ('New Delhi [India], November 2 :') is no traveller; 'the Australian leg' dates that country",
        "New Delhi [India], November 2 : External Affairs Minister Jon Doe set to visit Australia and Singapore from November 3 "
        "to November 8, 2024.\n\nThe Australian leg of Doe's visit will last from November 3 to November 7, 2024. During his "
        "visit, Doe will travel to Brisbane.\n\nFor the second leg of the visit, the Minister will travel to Singapore on "
        "November 8.",
        date(2024, 11, 2),
        [("Brisbane", "2024-11-03", "2024-11-07"), ("Singapore", "2024-11-08", "2024-11-08")],
    ),
    (
        "one who 'will tour the areas affected by' a storm on two days tours the places the tour names next on those days, "
        "'as well as the communities of' two more; the name the tour is called by ('the Coastal Bend tour'), a participle "
        "opening a sentence ('Joined by'), the office after a name and a parish named like him ('Michael') are no one",
        "The Most Reverend Michael Jon Roe, Presiding Bishop and Primate of the Episcopal Church, will tour the diocesan "
        "areas affected by Hurricane Harvey on Tuesday, Feb. 27 and Wednesday, Feb. 28.\n\nThe visit is coordinated by "
        "Jane Doe. Joined by clergy leaders, the Coastal Bend tour will include visits to a neighborhood in Corpus Christi, "
        "as well as the communities of Port Aransas and Rockport.\n\nThe diocese spans 60 counties in Central and South Texas.",
        date(2018, 2, 27),
        [("Corpus Christi", "2018-02-27", "2018-02-28"), ("Port Aransas", "2018-02-27", "2018-02-28"),
         ("Rockport", "2018-02-27", "2018-02-28")],
    ),
    (
        "the towns of a stay each take the day that follows them ('perform in Osaka on Nov. 4 and in Kawasaki on Nov. 5')",
        "The Jonestown Symphony Orchestra will tour Japan next month. The orchestra will perform in Osaka on Nov. 4 and in "
        "Kawasaki on Nov. 5 before a three-night appearance in Tokyo from Nov. 7-9.",
        date(2017, 10, 29),
        [("Osaka", "2017-11-04", "2017-11-04"), ("Kawasaki", "2017-11-05", "2017-11-05"), ("Tokyo", "2017-11-07", "2017-11-09")],
    ),
    (
        "... or the day right before them ('joined by Jon Doe on Thursday in El Paso and Jim Poe on Friday in San Antonio')",
        "Tomorrow, Administrator Jane Roe will travel to Texas. She will be joined by Representative Jon Doe on Thursday in "
        "El Paso and Representative Jim Poe on Friday in San Antonio for forums with students.",
        date(2011, 1, 26),
        [("El Paso", "2011-01-27", "2011-01-27"), ("San Antonio", "2011-01-28", "2011-01-28")],
    ),
    (
        "'the tour kicks off Nov. 3 in Nagoya', after another clause, opens the trip of the one whose tour it is",
        "The Jonestown Symphony Orchestra is prepping for its first Japan tour. The orchestra last visited Japan in 1999. "
        "The symphony leaves Tuesday and the tour kicks off Nov. 3 in Nagoya.",
        date(2017, 10, 29),
        [("Nagoya", "2017-11-03", "2017-11-03")],
    ),
    (
        "'England’s cricket team tour of Sri Lanka' is the team's; a day in a clause about the stop ('which was postponed "
        "in March 2020') is that clause's when the sentence tells another",
        "England’s cricket team tour of Sri Lanka, which was postponed in March 2020 due to COVID-19, has been rescheduled "
        "for January 2021.",
        date(2020, 12, 10),
        [("Sri Lanka", "2021-01-01", "2021-01-31")],
    ),
    (
        "'arrived ... on Sunday afternoon and spent ... yesterday': the part of a day that names its day dates the arrival",
        "His Majesty King Jon III arrived to a cultural welcome in Lesotho on Sunday afternoon and spent the better part of "
        "yesterday engaging with King Jim IV.",
        date(2016, 10, 4),
        [("Lesotho", "2016-10-02", "2016-10-03")],
    ),
    (
        "'has arrived in the capital of Equatorial Guinea, Malabo': the town the capital names, on the story's day",
        "Prime Minister Jon Doe has arrived in the capital of Equatorial Guinea, Malabo for a state visit.",
        date(2020, 1, 9),
        [("Malabo", "2020-01-09", "2020-01-09")],
    ),
    (
        "'has already returned to Bishkek', with no date in its sentence, is on the story's day",
        "President Jon Doe paid a state visit to Kazakhstan on March 2-3.\n\nJon Doe has already returned to Bishkek.",
        date(2021, 3, 3),
        [("Kazakhstan", "2021-03-02", "2021-03-03"), ("Bishkek", "2021-03-03", "2021-03-03")],
    ),
    (
        "a day told of another doing after the trip ('after being sworn in as king on January 31') is not the trip's",
        "This is the first visit of King Jon Doe to Sabah after being sworn in as king on January 31.\n\nKUALA LUMPUR, "
        "March 6 — King Jon Doe will begin a two-day visit to Sabah tomorrow.",
        date(2019, 3, 6),
        [("Sabah", "2019-03-07", "2019-03-08")],
    ),
    (
        "'will also travel to' a town of the country already a stop: another stop, not the country's finer name",
        "The humanitarian chief Jon Doe will visit Sudan from 22 to 24 November. He is also expected to travel to Kassala, "
        "eastern Sudan, to visit health facilities.",
        date(2019, 11, 21),
        [("Sudan", "2019-11-22", "2019-11-24"), ("Kassala", "2019-11-22", "2019-11-24")],
    ),
    (
        "'Doha, the State of Qatar': a country's styled name after a comma only says where the city is",
        "Minister Jane Roe will undertake a working visit to Doha, the State of Qatar and to Tehran, the Islamic Republic "
        "of Iran, on 15 and 16 October 2019.",
        date(2019, 10, 13),
        [("Doha", "2019-10-15", "2019-10-16"), ("Tehran", "2019-10-15", "2019-10-16")],
    ),
    (
        "'traveled with' a companion 'to' a place; a past readout of dated days",
        "On Monday, February 3, 2025, Administrator Jon Roe traveled with Vice President Ann Doe to East Palestine, Ohio, "
        "to mark the anniversary.\n\nOn Tuesday, February 4, 2025, Administrator Roe delivered an address at "
        "headquarters in Washington, DC.",
        date(2025, 2, 7),
        [("East Palestine", "2025-02-03", "2025-02-03"), ("Washington", "2025-02-04", "2025-02-04")],
    ),
    (
        "'departed for the Indonesian capital of Jakarta': the kind of place before its name",
        "MANILA — President Jon Roe left the country on Sunday for state visits to Indonesia and Singapore.\n\n"
        "Roe, along with Foreign Secretary Ann Doe, departed for the Indonesian capital of Jakarta at around 10 a.m.",
        date(2022, 9, 4),
        [("Jakarta", "2022-09-04", "2022-09-04"), ("Singapore", None, None)],
    ),
    (
        "a trip told ahead that arrived at its first stop the day before the story is under way, not another occasion",
        "Prime Minister Jon Doe arrived in Dhaka on Saturday afternoon for a two-week tour of Bangladesh.\n\nHe will travel "
        "to Sylhet on March 1.",
        date(2020, 2, 16),
        [("Dhaka", "2020-02-15", "2020-02-15"), ("Sylhet", "2020-03-01", "2020-03-01")],
    ),
    (
        "'flew in to Guernsey', 'will fly on to Paris': a flight in or on to a place goes there, as one into it does",
        "Prime Minister Jon Doe flew in to Guernsey on Monday and will fly on to Paris on Wednesday.",
        date(2024, 7, 15),
        [("Guernsey", "2024-07-15", "2024-07-15"), ("Paris", "2024-07-17", "2024-07-17")],
    ),
    (
        "a tour's list under a title naming its year is that year's, whenever the page was written",
        "Saturday 18 May 2013\n\nComplete list of The Does' Tour 1963\n\nIn 1963 the band went on a long tour.\n\n"
        "18 May Adelphi, Slough\n20 May Gaumont, Southampton\n22 May Gaumont, Ipswich",
        date(2013, 5, 18),
        [("Slough", "1963-05-18", "1963-05-18"), ("Southampton", "1963-05-20", "1963-05-20"),
         ("Ipswich", "1963-05-22", "1963-05-22")],
    ),
    (
        "... but a sentence that names a tour and a year is no title ('as we did in 2011')",
        "The 2014 Tour Schedule\n\nThe Doe Choir will tour the US this spring. We will be looking for volunteers to help "
        "cover the tour itself as we did in 2011.\n\nMarch 28 - Dana Point\nMarch 30 - Pasadena\nApril 4 - Charlotte",
        date(2014, 1, 1),
        [("Dana Point", "2014-03-28", "2014-03-28"), ("Pasadena", "2014-03-30", "2014-03-30"),
         ("Charlotte", "2014-04-04", "2014-04-04")],
    ),
    (
        "'this morning' names the story's day, as 'today' does: a flight then, before tomorrow's, is that day's stop",
        "Prime Minister Jon Doe flew into Guernsey this morning and will travel to Paris tomorrow.",
        date(2017, 5, 16),
        [("Guernsey", "2017-05-16", "2017-05-16"), ("Paris", "2017-05-17", "2017-05-17")],
    ),
    (
        "a trip told in a 'who' clause keeps the clause's day, not the day of what the sentence goes on to say",
        "King Jon Roe, who will leave for Maseru on Thursday, held talks with President Jon Doe on Monday.",
        date(2017, 5, 16),
        [("Maseru", "2017-05-18", "2017-05-18")],
    ),
    (
        "a trip told as postponed after its stops, and one only looked forward to, is none of this week's",
        "Governor Jon Doe’s trade mission to Israel and Greece has been postponed due to travel restrictions. “We look "
        "forward to traveling to Israel and Greece soon,” Doe said.\n\nOn Tuesday, November 30, Governor Doe will travel "
        "to Kansas City.",
        date(2021, 11, 29),
        [("Kansas City", "2021-11-30", "2021-11-30")],
    ),
    (
        "... but one postponed before and now rescheduled is still this one",
        "President Jon Doe will travel to Ghana on June 3, a visit that was postponed in March and has since been "
        "rescheduled.",
        date(2020, 5, 1),
        [("Ghana", "2020-06-03", "2020-06-03")],
    ),
    (
        "... and so is one that was at a stop the day before, going on from it today ('was in Jersey yesterday')",
        "King Jon was in Jersey yesterday afternoon and overnight, before flying to Guernsey this morning.",
        date(2024, 7, 16),
        [("Jersey", "2024-07-15", "2024-07-15"), ("Guernsey", "2024-07-16", "2024-07-16")],
    ),
    (
        "... but a trip that went somewhere days before the one announced is another",
        "Minister Jon Doe visited Britain for four days through Saturday, his first trip since the virus began spreading."
        "\n\nDoe will travel to Singapore on August 20.",
        date(2020, 8, 11),
        [("Singapore", "2020-08-20", "2020-08-20")],
    ),
    (
        "'a five-day visit to four African countries starting Monday Feb. 26': the trip's range, for each stop told later",
        "President Jon Doe is set to go on a five-day official visit to four African countries starting Monday Feb. 26.\n\n"
        "Doe will hold talks with his counterparts in Algeria, Mauritania, Senegal and Mali.",
        date(2018, 2, 25),
        [("Algeria", "2018-02-26", "2018-03-02"), ("Mauritania", "2018-02-26", "2018-03-02"), ("Senegal", "2018-02-26", "2018-03-02"),
         ("Mali", "2018-02-26", "2018-03-02")],
    ),
    (
        "a timed schedule's blocks, apart on the page, stay under the day above them ('Visit to Malta' over '17.00 Meeting')",
        "Weekly schedule of President Jon Doe\n\nTuesday 15 September 2020\nVisit to Greece\n\n12.45 Meeting with the Prime "
        "Minister\n\nWednesday 16 September 2020\nVisit to Cyprus\n\n09.00 Meeting with the President\n\nVisit to Malta\n"
        "17.00 Meeting with the Prime Minister",
        date(2020, 9, 11),
        [("Greece", "2020-09-15", "2020-09-15"), ("Cyprus", "2020-09-16", "2020-09-16"), ("Malta", "2020-09-16", "2020-09-16")],
    ),
    (
        "'travel to Peruvian capital Lima from November 14-16': the kind of place, without 'of', before its name",
        "The White House has announced that President Jon Doe will travel to Peru and Brazil next week.\n\nDoe will "
        "travel to Peruvian capital Lima from November 14-16, where he will meet with President Ann Roe, the White House "
        "said.\n\nWhile in Lima he will also attend the summit.\n\nDoe will then travel to Manaus from November 17-19.",
        date(2024, 11, 8),
        [("Lima", "2024-11-14", "2024-11-16"), ("Manaus", "2024-11-17", "2024-11-19")],
    ),
    (
        "a readout: the return home on the story's day, told twice, is one stop and leaves the trip's earlier stops",
        "Roe returns to Abuja after Saudi outing\n\nPresident Jon Roe on Thursday evening returned to Abuja after a "
        "seven-day outing in Saudi Arabia.\n\nOn Friday, in Riyadh, the President met investors.\n\nOn Wednesday "
        "evening, he departed Saudi Arabia for Bissau where he attended the anniversary.",
        date(2023, 11, 16),
        [("Riyadh", "2023-11-10", "2023-11-10"), ("Bissau", "2023-11-15", "2023-11-15"), ("Abuja", "2023-11-16", "2023-11-16")],
    ),
    (
        "a dated return home told first goes last, to the country it names, not to a city of it the text names as a venue",
        "New Delhi, Feb 1 (PTI) Chief Minister Jon Roe on Saturday returned to India after his four-day trip to Japan.\n\n"
        "The summit will be held in Bhopal in February.\n\nThe third day saw Roe visiting Kobe and Osaka.",
        date(2025, 2, 1),
        [("Kobe", None, None), ("Osaka", None, None), ("India", "2025-02-01", "2025-02-01")],
    ),
    (
        "where what the traveller attends is held, the traveller is",
        "On March 16, 2023, President Jane Roe will visit a ship in Kollam.\n\nOn March 17, 2023, she will attend a civic "
        "reception to be hosted in her honour in Thiruvananthapuram.",
        date(2023, 3, 15),
        [("Kollam", "2023-03-16", "2023-03-16"), ("Thiruvananthapuram", "2023-03-17", "2023-03-17")],
    ),
    (
        "a place joined to another name by a hyphen names a pair or a body ('the Florida-Caribbean Cruise Association'), "
        "not where",
        "Prime Minister Jane Roe will participate in the Florida-Caribbean Cruise Association’s Cruise Conference in Puerto "
        "Rico on November 5 and 6.",
        date(2018, 10, 29),
        [("Puerto Rico", "2018-11-05", "2018-11-06")],
    ),
    (
        "the day a trip was announced dates no stop; a trip of last year told as background is no stop of this one",
        "Chancellor Jon Roe is setting off next week on a trip to Africa, with visits to Ethiopia and Kenya planned, a "
        "spokesperson announced on Friday.\n\nThe chancellor traveled to Africa for the first time in May last year. At "
        "that time, he visited soldiers in Niger.",
        date(2023, 5, 1),
        [("Ethiopia", "2023-05-08", "2023-05-14"), ("Kenya", "2023-05-08", "2023-05-14")],
    ),
    (
        "a stop the sentence sets out for on one day and stays at until another lasts from the first to the second",
        "Pope Jon will visit Asia. Then, on 6 September, he will travel to Port Moresby to greet the faithful, where he "
        "will remain until 9 September.",
        date(2024, 7, 5),
        [("Port Moresby", "2024-09-06", "2024-09-09")],
    ),
    (
        "'the next day' of a trip is the day after its last stop's, not after a day told between; the day a schedule was "
        "released dates no stop; a day, not the year an occasion is named by; 'the New York City mayor' is the mayor",
        "Mayor Jon Roe is packing his bags for two visits this week.\n\nThe New York City mayor will take off Wednesday for "
        "an initial stop in Athens, Greece, where he will attend the 2022 Mayors Summit.\n\nTwo men were arrested last "
        "weekend in Manhattan.\n\nThe next day, the mayor travels to Qatar, his schedule released Friday said.",
        date(2022, 11, 27),
        [("Athens", "2022-11-30", "2022-11-30"), ("Qatar", "2022-12-01", "2022-12-01")],
    ),
    (
        "'was in X on Monday' is a stop that day, whoever the sentence goes on to name",
        "Florida Gov. Jon Roe was in Japan on Monday to meet with Japanese Prime Minister Jane Doe.",
        date(2023, 4, 24),
        [("Japan", "2023-04-24", "2023-04-24")],
    ),
    (
        "'moving to X' is travel; a landmark seen in a town the trip stops at is a sight of that stop, not a stop",
        "Crown Princess Jane will visit India from Sunday February 26 until Wednesday March 1. They will begin the tour in "
        "New Delhi and Chennai before moving to Agra, where they will visit the Taj Mahal.",
        date(2023, 2, 21),
        [("New Delhi", "2023-02-26", "2023-03-01"), ("Chennai", "2023-02-26", "2023-03-01"), ("Agra", "2023-02-26", "2023-03-01")],
    ),
    (
        "a trip's counted day is that day from the first day a stop was told on; a readout's mention of a summit ahead "
        "does not make it an announcement; 'upon his arrival in Tokyo on Tuesday' is a stop",
        "Chief Minister Jon Roe on Saturday returned to India after his four-day trip to Japan.\n\nThe visit will bring "
        "investment to the summit to be held in Bhopal on February 24-25.\n\nUpon his arrival in Tokyo on Tuesday, he "
        "met the Indian community.\n\nThe third day saw Roe visiting Kobe and Osaka.",
        date(2025, 2, 1),
        [("Tokyo", "2025-01-28", "2025-01-28"), ("Kobe", "2025-01-30", "2025-01-30"), ("Osaka", "2025-01-30", "2025-01-30"),
         ("India", "2025-02-01", "2025-02-01")],
    ),
    (
        "the days a text names for the trip's region replace the week it counted from the day it was announced",
        "Chancellor Jon Roe is setting off next week on a trip to Africa, with visits to Ethiopia and Kenya planned, a "
        "spokesperson announced on Friday.\n\nThe chancellor will be in Africa from May 4-6, she said.",
        date(2023, 5, 1),
        [("Ethiopia", "2023-05-04", "2023-05-06"), ("Kenya", "2023-05-04", "2023-05-06")],
    ),
    (
        "'departed the country today to Georgetown' is travel there; 'left Sydney to continue' is not travel to a place "
        "named 'continue'; a member's letters ('MHK') are no part of a name",
        "The Office of the Prime Minister informs that Hon. Jon Roe MHK departed the country today, May 17, to "
        "Georgetown, Guyana, to attend the Forum scheduled to be held from May 19 to 21, 2022.\n\nThe Prime Minister "
        "returns to Belize on May 22, 2022.",
        date(2022, 5, 17),
        [("Georgetown", "2022-05-17", "2022-05-21"), ("Belize", "2022-05-22", "2022-05-22")],
    ),
    (
        "'is in X' with no day told is the story's own day",
        "The Chief Minister Jon Roe MHK is in Jersey to discuss issues of mutual interest with Ministers.",
        date(2024, 5, 2),
        [("Jersey", "2024-05-02", "2024-05-02")],
    ),
    (
        "'was back in Beijing' is a return home; a place joined to others by hyphens ('the China-Japan-ROK summit') "
        "names a meeting, no stop",
        "Premier returns from ROK visit, China-Japan-ROK summit\n\nPremier Jon Roe was back in Beijing on the afternoon "
        "of Nov 2 after his stay in the Republic of Korea.\n\nThe Premier made an official visit to the ROK at the "
        "invitation of its President.\n\nPremier Roe also attended the trilateral summit meeting "
        "which resumed in Seoul on Nov 1.",
        date(2015, 11, 2),
        [("Seoul", "2015-11-01", "2015-11-01"), ("Beijing", "2015-11-02", "2015-11-02")],
    ),
    (
        "'Roe's trip, announced Thursday, also includes X, Y and Z': the trip's other stops",
        "Florida Gov. Jon Roe was in Japan on Monday to meet officials. Roe's trip, announced Thursday, also includes "
        "South Korea, Israel and the United Kingdom.",
        date(2023, 4, 24),
        [("Japan", "2023-04-24", "2023-04-24"), ("South Korea", None, None), ("Israel", None, None), ("United Kingdom", None, None)],
    ),
    (
        "stops dated only by the week a visit was announced for take the days a sentence about the traveller names",
        "Prime Minister Jane Doe has announced the Governor-General, Sir Jon Roe, will make a State visit to New Zealand "
        "next week.\n\nSir Jon will be accompanied by his wife while here from Wednesday 31 May to Saturday 3 June.\n\n"
        "The Governor-General’s visit will include engagements in Auckland and Wellington.",
        date(2017, 5, 24),
        [("Auckland", "2017-05-31", "2017-06-03"), ("Wellington", "2017-05-31", "2017-06-03")],
    ),
    (
        "a tour 'from' one day 'to' another dates the trip its season did; 'on the Monday' is the Monday of those days; "
        "'Kenya's capital city' is Nairobi; a stop taken up again the next day lasts to that day",
        "Princess Jane Doe will carry out a tour this autumn visiting Kenya and Tanzania. The Duchess of Edinburgh will "
        "undertake the four-day tour from Monday 8 October to Thursday 11 October. She will arrive in Nairobi on the "
        "Monday. She will tour Kenya's capital city on the Tuesday before travelling to Dodoma.",
        date(2018, 9, 20),
        [("Nairobi", "2018-10-08", "2018-10-09"), ("Dodoma", "2018-10-08", "2018-10-11")],
    ),
    (
        "'the Minister's itinerary includes engagements in X, Y and Z' lists the trip's towns, as 'the visit will include' does",
        "The Minister, Jon Doe, will make a working visit to the Middle East from 8 to 10 January.\n\nThe Minister’s itinerary "
        "includes a wide range of engagements in Amman, Jerusalem and Ramallah.",
        date(2018, 1, 5),
        [("Amman", "2018-01-08", "2018-01-10"), ("Jerusalem", "2018-01-08", "2018-01-10"), ("Ramallah", "2018-01-08", "2018-01-10")],
    ),
    (
        "a country's 'capital city, Hanoi' is the stop, not the country",
        "The Director-General, Jon Doe, will be on an official visit to Viet Nam’s capital city, Hanoi from 29 to 30 June.",
        date(2023, 6, 26),
        [("Hanoi", "2023-06-29", "2023-06-30")],
    ),
    (
        "'the September 2-5 trip': the trip's days, for the stops dated only by their month",
        "Pope Jon Doe will make a journey to Kenya and Uganda in September. He will spend ten hours flying during the "
        "September 2-5 trip.",
        date(2024, 7, 5),
        [("Kenya", "2024-09-02", "2024-09-05"), ("Uganda", "2024-09-02", "2024-09-05")],
    ),
    (
        "', landing in the capital, Nairobi' goes to Nairobi; 'a soft landing in the US' goes nowhere",
        "Departing from Rome on 2 September, Pope Jon Doe will first make his way to Kenya, landing in the capital, "
        "Nairobi. Growth depends on a soft landing in the US.",
        date(2024, 7, 5),
        [("Nairobi", "2024-09-02", "2024-09-02")],
    ),
    (
        "'the president' is the one met under that title; 'departing again on Nov. 20 to pay a four-day state visit to "
        "London' dates London from that day for four days, and the return home before it keeps its one day",
        "President Jon Roe will visit Paris next week. First lady Jane Poe will visit Rome on Friday. The president will "
        "then return to Seoul on Nov. 18 before departing again on Nov. 20 to pay a four-day state visit to London.",
        date(2023, 11, 8),
        [("Paris", "2023-11-13", "2023-11-19"), ("Seoul", "2023-11-18", "2023-11-18"), ("London", "2023-11-20", "2023-11-23")],
    ),
    (
        "an arrival on the story's day at the dateline's town, concluding visits, is the trip's return home: the stops "
        "before it stay, and it goes last",
        "Hanoi (VNA) – Prime Minister Jon Doe and his spouse arrived in Hanoi on May 29, concluding visits to Russia and "
        "Norway from May 20 – 28.\n\nWhile in Norway from May 24-26, the PM had talks.",
        date(2019, 5, 29),
        [("Russia", "2019-05-20", "2019-05-28"), ("Norway", "2019-05-24", "2019-05-26"), ("Hanoi", "2019-05-29", "2019-05-29")],
    ),
    (
        "'a State visit to the African countries of Ghana, Togo and Benin': the list the kind of place opens",
        "President Jon Doe on Saturday embarked on a three-nation State visit to the African countries of Ghana, Togo and "
        "Benin from April 7 to 12.",
        date(2018, 4, 7),
        [("Ghana", "2018-04-07", "2018-04-12"), ("Togo", "2018-04-07", "2018-04-12"), ("Benin", "2018-04-07", "2018-04-12")],
    ),
    (
        "a stop dated only by a season takes the trip's days within it",
        "Princess Jane Doe will make a tour of Kenya this autumn. She will undertake the four-day tour from Monday 8 "
        "October to Thursday 11 October.",
        date(2018, 9, 20),
        [("Kenya", "2018-10-08", "2018-10-11")],
    ),
    (
        "the stops' first days inside the trip's range: each lasts to the next one's, the last to the range's end",
        "President Jon Doe embarked on a State visit to Ghana, Togo and Zambia from April 7 to 12. He will arrive in Lome "
        "on April 9. President Doe would arrive in Lusaka in Zambia on April 10.",
        date(2018, 4, 7),
        [("Ghana", "2018-04-07", "2018-04-09"), ("Lomé", "2018-04-09", "2018-04-10"), ("Lusaka", "2018-04-10", "2018-04-12")],
    ),
    (
        "'start his visit in', 'move to', 'conclude in': each stop with its own day, inside the visit's three days",
        "CEO Jon Doe will begin a three-day visit to India on December 10. Doe will start his visit in Delhi on December 10, "
        "move to Bengaluru on December 11, and conclude in Mumbai on December 12.",
        date(2025, 11, 19),
        [("Delhi", "2025-12-10", "2025-12-11"), ("Bengaluru", "2025-12-11", "2025-12-12"), ("Mumbai", "2025-12-12", "2025-12-12")],
    ),
    (
        "a stay's day inside the trip's range is that day: where it ends is not told",
        "Minister Jane Doe will visit Belgium and France from October 19 to 24. On October 23, Minister Doe will hold a "
        "dialogue with her counterpart in Paris.",
        date(2017, 10, 17),
        [("Belgium", "2017-10-19", "2017-10-24"), ("Paris", "2017-10-23", "2017-10-23")],
    ),
    (
        "'leaves for Accra on the 6th': the day of the month just told, and the last of the stop it leaves",
        "President Jon Doe arrives in Abidjan on April 4 and leaves for Accra, Ghana on the 6th for a day's visit.",
        date(2018, 4, 4),
        [("Abidjan", "2018-04-04", "2018-04-06"), ("Accra", "2018-04-06", "2018-04-06")],
    ),
    (
        "a visit denied is none: 'has not visited Pyongyang since July 2000'",
        "President Jon Doe will pay a state visit to North Korea on June 18-19. Doe has not visited Pyongyang since July "
        "2000.",
        date(2024, 6, 17),
        [("North Korea", "2024-06-18", "2024-06-19")],
    ),
    (
        "'In London he will ...' on a trip to the United Kingdom: a stop after the country's last one told",
        "Pope Jon will make an apostolic trip to the United Kingdom from 16 to 19 September. The Holy Father will visit the "
        "Queen at the Palace in Edinburgh, and preside at the Mass in Bellahouston Park in Glasgow. In London he will meet "
        "representatives of business. Finally, he will preside at the beatification at Cofton Park, Birmingham.",
        date(2010, 7, 5),
        [("Edinburgh", "2010-09-16", "2010-09-19"), ("Glasgow", "2010-09-16", "2010-09-19"),
         ("London", "2010-09-16", "2010-09-19"), ("Birmingham", "2010-09-16", "2010-09-19")],
    ),
    (
        "a town a sentence opens with is no stop when a stop of the trip has its name: Nogales of Arizona is Nogales, Mexico",
        "Secretary Jon Doe will travel to Tucson, Arizona, and Nogales, Mexico, April 11–12. In Tucson, he will visit the "
        "passport centers. In Nogales, the Secretary will review consular operations.",
        date(2019, 4, 10),
        [("Tucson", "2019-04-11", "2019-04-12"), ("Nogales", "2019-04-11", "2019-04-12")],
    ),
    (
        "'the royal couple' is the first of the two the text named together; 'spend one day each in' is travel",
        "RIGA - Japanese Emperor Jon and Empress Jane will visit the three Baltic countries next week. The royal couple will "
        "spend one day each in Estonia, Latvia, and Lithuania. On May 24, in Tallinn, the royal couple will attend a "
        "luncheon.",
        date(2007, 5, 23),
        [("Tallinn", "2007-05-24", "2007-05-24"), ("Latvia", None, None), ("Lithuania", None, None)],
    ),
    (
        "'a state visit to the above-mentioned four countries from November 8th to 17th' dates the stops told before",
        "President Jon Doe to visit UK, Germany and Spain\n\nAt the invitation of the Queen, President Jon Doe will pay a "
        "state visit to the above-mentioned three countries from November 8th to 17th.",
        date(2005, 10, 25),
        [("United Kingdom", "2005-11-08", "2005-11-17"), ("Germany", "2005-11-08", "2005-11-17"),
         ("Spain", "2005-11-08", "2005-11-17")],
    ),
    (
        "'the couple' with no two named together is the one met last; 'the trip which will run from ... to ...' dates it",
        "The Governor Jane Doe will visit Tamworth during a four-day trip this month. Her partner John Roe will accompany "
        "her on the trip which will run from Wednesday, February 21 to Saturday, February 24. The couple will also visit "
        "Armidale, Uralla and Inverell while in the region.",
        date(2024, 2, 15),
        [("Tamworth", "2024-02-21", "2024-02-24"), ("Armidale", "2024-02-21", "2024-02-24"), ("Uralla", "2024-02-21", "2024-02-24"),
         ("Inverell", "2024-02-21", "2024-02-24")],
    ),
    (
        "'will begin their trip on September 23 in a Cape Town township': a day between the trip and where it begins",
        "Prince Jon and his wife will begin their trip on September 23 in a Cape Town township, the palace said.",
        date(2019, 9, 7),
        [("Cape Town", "2019-09-23", "2019-09-23")],
    ),
    (
        "'Hawaii, Tonga and two other Pacific Islands countries, Fiji, and Samoa': the count goes on with the list",
        "Deputy Secretary Jon Doe will visit Hawaii, Tonga and two other Pacific Islands countries, Fiji, and Samoa from "
        "February 22 to March 2, 2026.",
        date(2026, 2, 22),
        [("Hawaii", "2026-02-22", "2026-03-02"), ("Tonga", "2026-02-22", "2026-03-02"), ("Fiji", "2026-02-22", "2026-03-02"),
         ("Samoa", "2026-02-22", "2026-03-02")],
    ),
    (
        "the towns a country stop becomes are not the state after a town's comma: 'Derry, Northern Ireland' is Derry",
        "Pope Jon is visiting the UK and Latvia from Sep 9 to 25. He arrives in the UK on Sep 9 and will give a public talk "
        "on Compassion in Action in the Millennium Forum in Derry, Northern Ireland.",
        date(2017, 9, 9),
        [("Derry", "2017-09-09", "2017-09-09"), ("Latvia", "2017-09-09", "2017-09-25")],
    ),
    (
        "the places an announced traveller 'will meet' people in are the trip's stops, without days of their own",
        "Secretary of the Navy, the Honorable Carlos Del Toro, will depart on his first overseas trip Oct. 21 to visit "
        "sailors.\n\nSecretary Del Toro will meet with senior leaders in Hawaii, Japan and Guam to discuss partnerships.",
        date(2021, 10, 20),
        [("Hawaii", None, None), ("Japan", None, None), ("Guam", None, None)],
    ),
    (
        "... not where the traveller's people have done things ('We've seen this in Salisbury and Syria')",
        "Foreign Secretary Jon Doe will travel to Washington today (Sunday, 6 May). Speaking ahead of his visit, he said:"
        "\n\nWe’ve seen this recently with the response to the poisonings in Salisbury, our strong response to the use of "
        "chemical weapons in Syria, and the effort to de-nuclearise North Korea.",
        date(2018, 5, 6),
        [("Washington", "2018-05-06", "2018-05-06")],
    ),
    (
        "the towns a traveller 'will swing through' are stops",
        "Mrs. Doe will visit Iloilo on Tuesday. On Wednesday, the President will swing through Basey and Borongan. She "
        "will be back in Manila by Friday afternoon.",
        date(2003, 7, 13),
        [("Iloilo", "2003-07-15", "2003-07-15"), ("Basey", "2003-07-16", "2003-07-16"), ("Borongan", "2003-07-16", "2003-07-16"),
         ("Manila", "2003-07-18", "2003-07-18")],
    ),
    (
        "'ending his three-day state visit to Hanoi' on a day: the visit's days end then",
        "President Jon Doe headed for the United Arab Emirates Saturday, ending his three-day state visit to Hanoi. Doe was "
        "set to arrive in Abu Dhabi later in the day.",
        date(2018, 3, 24),
        [("Hanoi", "2018-03-22", "2018-03-24"), ("Abu Dhabi", "2018-03-24", "2018-03-24")],
    ),
    (
        "a tour's list of dates, a line each, is its stops, in the tour's year; a place on several dates is one stop",
        "The Blue Notes have announced a 2016 European tour.\nTour dates\nMay 03: Lisbon Coliseu, Portugal\nMay 07: Madrid "
        "Palacio Vistalegre, Spain\nMay 10: Madrid Palacio Vistalegre, Spain\nMay 14: Paris Olympia, France",
        date(2015, 11, 6),
        [("Lisbon", "2016-05-03", "2016-05-03"), ("Madrid", "2016-05-07", "2016-05-10"), ("Paris", "2016-05-14", "2016-05-14")],
    ),
    (
        "... not a timeline's dated lines",
        "Yellowstone National Park was created on March 1, 1872.\n- September 13, 1869 - Cook–Folsom–Peterson Expedition "
        "explores upper Yellowstone River and geyser basins.\n- August 26, 1870 - Washburn Expedition reaches the upper "
        "Yellowstone.\n- July 21, 1871 - Hayden Survey explores the park regions.",
        date(2015, 11, 6),
        [],
    ),
    (
        "'the last stop in Samarkand' is the trip's final stop, not an earlier trip's",
        "President Jon Doe will arrive in Tashkent on Thursday. He will wrap up his visit to Central Asia with last stop in "
        "Samarkand on Saturday, 15 Jun.",
        date(2024, 6, 8),
        [("Tashkent", "2024-06-13", "2024-06-13"), ("Samarkand", "2024-06-15", "2024-06-15")],
    ),
    (
        "'the visit of X to Japan': X travels, and the range is the visit's",
        "The visit of Prime Minister of Mongolia L.Oyun-Erdene to Japan which took place between July 21 and 25 wraps up "
        "today.",
        date(2021, 7, 26),
        [("Japan", "2021-07-21", "2021-07-25")],
    ),
    (
        "a paragraph's opening day is over once it gives another: 'Finally' is not on October 24",
        "Jon Doe will visit Kazakhstan, Kyrgyzstan, and Uzbekistan between October 24 and 29.\n\nOn October 24, Jon Doe "
        "will travel to Astana, Kazakhstan. In Bishkek, Kyrgyzstan, October 26–27, Jon Doe will meet officials. Finally, "
        "Jon Doe will travel to Tashkent and Samarkand, Uzbekistan.",
        date(2016, 10, 22),
        [("Astana", "2016-10-24", "2016-10-24"), ("Bishkek", "2016-10-26", "2016-10-27"),
         ("Tashkent", "2016-10-24", "2016-10-29"), ("Samarkand", "2016-10-24", "2016-10-29")],
    ),
    (
        "'the team' is the one met last; a departure day with its year starts the stop, and the day of what it does "
        "there ends it",
        "The Black Stars are set to depart Ghana today, for their friendlies against Japan and Iceland.\nThe team is "
        "expected to leave Ghana on Saturday, May 26, 2018, for Japan where they will play the Japanese national team "
        "on 30th May before moving to Iceland for the other clash on 7th June.",
        date(2018, 5, 26),
        [("Japan", "2018-05-26", "2018-05-30"), ("Iceland", "2018-06-07", "2018-06-07")],
    ),
    (
        "a day told between the flight and where to ('will fly on Wednesday 19th of December to Punta Arenas'), as "
        "between a departure and where to",
        "Jane Roe will fly on Wednesday 19th of December to Punta Arenas.",
        date(2012, 12, 18),
        [("Punta Arenas", "2012-12-19", "2012-12-19")],
    ),
    (
        "... and one made ('flew on Monday to Kyiv')",
        "Jon Doe flew on Monday to Kyiv.",
        date(2012, 12, 18),
        [("Kyiv", "2012-12-17", "2012-12-17")],
    ),
    (
        "a name's possessive without its s ('DeSantis' trip') is whose trip",
        "Florida Gov. Jon DeSantis was in Japan on Monday.\n\nDeSantis' trip, announced Thursday, also includes South "
        "Korea, Israel and the United Kingdom.",
        date(2023, 4, 24),
        [("Japan", "2023-04-24", "2023-04-24"), ("South Korea", None, None), ("Israel", None, None), ("United Kingdom", None, None)],
    ),
    (
        "a town the gazetteer does not know keeps the list going ('Lisbon, Alverca, Sintra and Cascais')",
        "Jon Doe will pay a state visit to Portugal from 10 to 12 October 2017. Doe will visit Lisbon, Alverca, Sintra "
        "and Cascais.",
        date(2017, 9, 21),
        [("Lisbon", "2017-10-10", "2017-10-12"), ("Sintra", "2017-10-10", "2017-10-12"), ("Cascais", "2017-10-10", "2017-10-12")],
    ),
    (
        "'and another two days in' goes on with a list",
        "Jon Doe will spend two days in Beijing and another two days in Shanghai before flying to Bali, Indonesia on "
        "December 10.",
        date(2007, 12, 5),
        [("Beijing", None, None), ("Shanghai", None, None), ("Bali", "2007-12-10", "2007-12-10")],
    ),
    (
        "'as well as Jerash' is another stop of the day",
        "Prince Jon Doe will tour Amman on Monday, as well as Jerash, before travelling to Tel Aviv.",
        date(2018, 6, 20),
        [("Amman", "2018-06-25", "2018-06-25"), ("Jarash", "2018-06-25", "2018-06-25"), ("Tel Aviv", None, None)],
    ),
    (
        "a departure from an airport with its code in brackets; 'and then on 1 November in Moscow' dates Moscow",
        "Jon Doe will depart Jose Marti International Airport (HAV) on 31 October 2018 to Paris, France and then on 1 "
        "November 2018 in Moscow, Russian Federation.",
        date(2018, 10, 25),
        [("Paris", "2018-10-31", "2018-10-31"), ("Moscow", "2018-11-01", "2018-11-01")],
    ),
    (
        "bare days in brackets after a stop are of the month of the sentence's date before them",
        "Jon Doe will arrive in Moscow on 1 November 2018, and then travel to Beijing (6-8) for talks.",
        date(2018, 10, 25),
        [("Moscow", "2018-11-01", "2018-11-01"), ("Beijing", "2018-11-06", "2018-11-08")],
    ),
    (
        "a stop's bracketed days may stand before its country, and the list goes on",
        "Jon Doe will arrive in Moscow on 1 November 2018, and then travel to Beijing (6-8), China; Hanoi (8-11), "
        "Vietnam; and Vientiane, Laos.",
        date(2018, 10, 25),
        [("Moscow", "2018-11-01", "2018-11-01"), ("Beijing", "2018-11-06", "2018-11-08"),
         ("Hanoi", "2018-11-08", "2018-11-11"), ("Vientiane", None, None)],
    ),
    (
        "the same stop told twice in a row is one",
        "Crown Prince Jon Doe is expected back in Oslo on Wednesday after his tour. The couple will return to Oslo via "
        "the royal train on Wednesday.",
        date(2001, 10, 2),
        [("Oslo", "2001-10-03", "2001-10-03")],
    ),
    (
        "'the tour' that includes a stop or begins somewhere is the one met last's, and so is 'it'; a record's 'first "
        "time returning to' is no stop",
        "The Jon Doe Youth Orchestra will tour through South Korea and Japan this spring.\n\nThe organisers say the tour "
        "includes a stop in Osaka on June 6.\n\nThe tour is set to begin May 29 in Busan, South Korea, before heading to "
        "Gumi the following day.\n\nIt will also perform in Seoul on May 31.\n\nThis is the orchestra's first time "
        "returning to Japan in 40 years.",
        date(2025, 1, 16),
        [("Busan", "2025-05-29", "2025-05-29"), ("Gumi", "2025-05-30", "2025-05-30"), ("Seoul", "2025-05-31", "2025-05-31"),
         ("Osaka", "2025-06-06", "2025-06-06")],
    ),
    (
        "the traveller's party goes where they go ('the group', 'the LDS leaders', 'Mormon leaders'), and 'two days "
        "later' is two days after the stop before",
        "Church President Jon Doe leaves April 10 on a global trip.\n\nThe group’s first stop will be April 12 in London.\n\n"
        "On April 14, Doe and his entourage will arrive in Jerusalem.\n\nTwo days later, the church leaders will be in "
        "Nairobi, Kenya.\n\nOn April 20, Mormon leaders will arrive in Bangkok to meet with members.",
        date(2018, 3, 23),
        [("London", "2018-04-12", "2018-04-12"), ("Jerusalem", "2018-04-14", "2018-04-14"), ("Nairobi", "2018-04-16", "2018-04-16"),
         ("Bangkok", "2018-04-20", "2018-04-20")],
    ),
    (
        "... but not 'our leaders' nor 'the G7 Leaders' meeting': the trip is still the traveller's own",
        "Minister Jane Roe will travel to Paris on June 1, 2021. This deepens the partnership which our leaders announced "
        "during President Doe's visit to Australia in May. It comes ahead of the G7 Leaders' meeting in London.",
        date(2021, 5, 28),
        [("Paris", "2021-06-01", "2021-06-01")],
    ),
    (
        "a trip made, told right under a dispatch's dateline with no day of its own, was made on the story's day; "
        "'arrived from Kazan to Moscow' arrives in Moscow",
        "Tashkent, OCT 6: President of Uzbekistan Jon Doe, making an official visit to the Russian Federation, arrived "
        "from Kazan to Moscow.\n\nAt the capital’s airport, the head of our state was met by officials.",
        date(2023, 10, 6),
        [("Moscow", "2023-10-06", "2023-10-06")],
    ),
    (
        "the stops a trip includes are not on the day its paragraph opens with, nor on its first day; 'for Venezuela to "
        "begin' does not make Venezuela the traveller",
        "On Monday, President Jon Doe left for Venezuela to begin his first tour of Latin America, which also includes "
        "visits to Cuba and Nicaragua.",
        date(2023, 6, 12),
        [("Venezuela", "2023-06-12", "2023-06-12"), ("Cuba", None, None), ("Nicaragua", None, None)],
    ),
    (
        "a range after the tour's name and a comma is the tour's, for its stops told without days",
        "WASHINGTON – Jane Roe will be celebrating with small businesses in five states during the Main Street Road Tour, "
        "July 4-8.\n\nThe tour will visit Arkansas, Tennessee and Mississippi.",
        date(2016, 7, 1),
        [("Arkansas", "2016-07-04", "2016-07-08"), ("Tennessee", "2016-07-04", "2016-07-08"),
         ("Mississippi", "2016-07-04", "2016-07-08")],
    ),
    (
        "a list goes on after a range and ', and'; a date after a run of stops listed since the last dated one is the run's",
        "Foreign Minister Jon Doe will visit Asian countries for talks.\n\nHe will visit Singapore and Malaysia between "
        "Wednesday and Saturday, and Papua New Guinea, Cambodia, Laos and Myanmar on Aug. 20-25.",
        date(2020, 8, 11),
        [("Singapore", "2020-08-12", "2020-08-15"), ("Malaysia", "2020-08-12", "2020-08-15"),
         ("Papua New Guinea", "2020-08-20", "2020-08-25"), ("Cambodia", "2020-08-20", "2020-08-25"),
         ("Laos", "2020-08-20", "2020-08-25"), ("Myanmar", "2020-08-20", "2020-08-25")],
    ),
    (
        "'the visit is taking place between ..., beginning in Belize': the visit's days, for each stop told without its own",
        "The Duke and Duchess of Cambridge are undertaking an official visit to Belize, Jamaica and The Bahamas.\n\nThe "
        "visit is taking place between Saturday 19th March and Saturday 26th March, beginning in Belize.\n\nThe Duke and "
        "Duchess will then travel to Jamaica.\n\nThe Duke and Duchess’ visit will end in The Bahamas.",
        date(2022, 3, 10),
        [("Belize", "2022-03-19", "2022-03-26"), ("Jamaica", "2022-03-19", "2022-03-26"), ("Bahamas", "2022-03-19", "2022-03-26")],
    ),
    (
        "a day written right after the name is no part of it ('Pranab Mukherjee Thursday left for Cyprus')",
        "New Delhi : External Affairs Minister Arun Roe Thursday left for Cyprus, part of his four-nation tour that will "
        "also take him to Libya, Germany and Belgium.",
        date(2007, 5, 24),
        [("Cyprus", "2007-05-24", "2007-05-24"), ("Libya", None, None), ("Germany", None, None), ("Belgium", None, None)],
    ),
    (
        "a day alone on its line (with its clock) dates the line under it, which names the venue and the town",
        "The Springfield Philharmonic will tour Europe next summer.\n\nThe complete tour schedule:\n"
        "Monday, June 2, 2025, at 7:30 p.m.\nTeatro Real | Madrid, Spain\nBRAHMS Symphony No. 1\n"
        "Wednesday, June 4, 2025, at 8:00 p.m.\nKonzerthaus | Vienna, Austria\nMAHLER Symphony No. 5\n"
        "Friday, June 6, 2025, at 8:00 p.m.\nPhilharmonie | Berlin, Germany\nDVORAK Symphony No. 9",
        date(2024, 11, 5),
        [("Madrid", "2025-06-02", "2025-06-02"), ("Vienna", "2025-06-04", "2025-06-04"), ("Berlin", "2025-06-06", "2025-06-06")],
    ),
    (
        "the day a trip was told of ('on Friday announced') is not the trip's",
        "The Nepal Cricket Board on Friday announced the itinerary for the Scotland women’s cricket team’s tour of Nepal.",
        date(2023, 1, 20),
        [("Nepal", None, None)],
    ),
    (
        "a country's short name in brackets right after it is no break in a list",
        "Jon Doe is set to visit the Democratic Republic of the Congo (DRC), Senegal and Guinea-Bissau on Feb. 20-23.",
        date(2022, 2, 18),
        [("Democratic Republic of the Congo", "2022-02-20", "2022-02-23"), ("Senegal", "2022-02-20", "2022-02-23"),
         ("Guinea-Bissau", "2022-02-20", "2022-02-23")],
    ),
    (
        "'the first visit from Turkey to the West African country': where a visit comes from is no stop",
        "Jon Doe will visit Senegal on Feb. 21. It will be the first presidential visit from Turkey to the West African "
        "country.",
        date(2022, 2, 18),
        [("Senegal", "2022-02-21", "2022-02-21")],
    ),
    (
        "'will begin their tour of Asia on July 22 in Beijing': the town the clause puts the start in, not the continent",
        "Jon Doe will begin his tour of Asia on July 22 in Beijing, where he will meet the President.",
        date(2017, 3, 16),
        [("Beijing", "2017-07-22", "2017-07-22")],
    ),
    (
        "leaving the last destination sets out on no trip: a tour's length is not counted from that day",
        "President Jon Doe will embark on a 31-day Asian tour. He will first arrive in Kuala Lumpur. The Maldives would "
        "be the last destination of his tour, and he will leave on March 27 for Jordan.",
        date(2017, 2, 23),
        [("Kuala Lumpur", None, None), ("Jordan", "2017-03-27", "2017-03-27")],
    ),
    (
        "a region and then, between dashes, its list: the list's places are the stops; a day the trip goes 'from' is its "
        "first stop's",
        "Jon Doe confirmed on Monday that he will travel to Central America – Guatemala, El Salvador, Honduras and Belize "
        "– and Cuba from May 5.",
        date(2022, 5, 2),
        [("Guatemala", "2022-05-05", "2022-05-05"), ("El Salvador", None, None), ("Honduras", None, None),
         ("Belize", None, None), ("Cuba", None, None)],
    ),
    (
        "the day an office 'said in a news release' is not the trip's; who is in the delegation with the subject does not "
        "lead it; a governor comes home to the state of their title, not to a country the text names twice",
        "Ohio Gov. Ralph Smith was set to depart for a trade mission to Europe on Saturday. Smith and a delegation that "
        "includes Secretary of Commerce Brian Ball will visit Germany and Greece on the week-long trip, the governor’s "
        "office said in a news release Friday. The U.S. Ambassador to Greece will meet him. The delegation is scheduled "
        "to return Friday. Smith will also meet the U.S. Embassy staff.",
        date(2021, 5, 15),
        [("Germany", "2021-05-15", "2021-05-21"), ("Greece", "2021-05-15", "2021-05-21"), ("Ohio", "2021-05-21", "2021-05-21")],
    ),
    (
        "'and three of the island's allies in the Caribbean, namely, ...': the list goes on past its count and its region",
        "Jon Doe will also visit Haiti and three of the island's diplomatic allies in the Caribbean, namely, St. Lucia, "
        "Grenada, and Dominica.",
        date(2013, 8, 11),
        [("Haiti", None, None), ("Saint Lucia", None, None), ("Grenada", None, None), ("Dominica", None, None)],
    ),
    (
        "a day of another doing the sentence goes on to ('before the family reunites ... on Wednesday October 2') does not "
        "date the stops before it",
        "Prince Jon will begin his tour on September 23 in Cape Town. He will leave his family behind for flying visits to "
        "Angola, Botswana and Malawi before the family reunites in Johannesburg on Wednesday October 2.",
        date(2019, 9, 7),
        [("Cape Town", "2019-09-23", "2019-09-23"), ("Angola", None, None), ("Botswana", None, None), ("Malawi", None, None)],
    ),
    (
        "'continue to support' is no way to a place",
        "President Jon Doe will continue to support Ukraine’s defense on Monday.",
        date(2024, 1, 5),
        [],
    ),
    (
        "a town of a list is no site of the next town, and the list's day before it is each town's ('from May 17 in "
        "Minneapolis, Chicago, and Boston'); 'the ballet' is the Jon Doe Ballet Theater met before",
        "The Jon Doe Ballet Theater will tour the U.S. in May and June.\n\nDancers will perform from May 11 to 13 in "
        "Denver, and from May 17 in Minneapolis, Chicago, and Boston. Then the ballet will travel to Miami on June 16.",
        date(2017, 5, 5),
        [("Denver", "2017-05-11", "2017-05-13"), ("Minneapolis", "2017-05-17", "2017-05-17"), ("Chicago", "2017-05-17", "2017-05-17"),
         ("Boston", "2017-05-17", "2017-05-17"), ("Miami", "2017-06-16", "2017-06-16")],
    ),
    (
        "a tour's lines that open with a day and month written with a slash: the list says which is the month (a "
        "number past 12 is the day); announced in November, the April days are the coming ones",
        "The Jon Does will spend April traveling the continent.\n\nHere are the full tour dates:\n\n04/11 Santiago, "
        "Chile @ Estadio Nacional\n\n04/14 Buenos Aires, Argentina @ Tecnopolis\n\n04/17 Lima, Peru @ Estadio Nacional\n",
        date(2017, 11, 29),
        [("Santiago", "2018-04-11", "2018-04-11"), ("Buenos Aires", "2018-04-14", "2018-04-14"), ("Lima", "2018-04-17", "2018-04-17")],
    ),
    (
        "the places an itinerary includes are the stops of the trip the text is about",
        "Mayor Jon Doe will travel to Asia from 8 to 12 October. The itinerary includes Beijing, Shanghai and Seoul.",
        date(2015, 9, 1),
        [("Beijing", "2015-10-08", "2015-10-12"), ("Shanghai", "2015-10-08", "2015-10-12"), ("Seoul", "2015-10-08", "2015-10-12")],
    ),
    (
        "a tour's list glued on one line, as a page that lost its breaks writes it, is read line by line; a day and "
        "month with a slash may be set apart by a dash, and a country's two letters qualify its town",
        "The Jon Does will spend April traveling the continent. Here are the full tour dates: 04/11 - Bogota, CO @ "
        "Estadio El Campin04/14 - Buenos Aires, AR @ Tecnopolis04/17 - Lima, PE @ Estadio Nacional\n",
        date(2017, 11, 29),
        [("Bogotá", "2018-04-11", "2018-04-11"), ("Buenos Aires", "2018-04-14", "2018-04-14"), ("Lima", "2018-04-17", "2018-04-17")],
    ),
    (
        "a tour's lines may set the day apart with a bar; with no name opening a sentence about the tour, the tour is "
        "the body that acts before the list",
        "Starting in Denver, the Chamber Choir criss-crossed three states in a week.\n\n11 September | St Mark's Church, "
        "Denver, Colorado\n13 September | Grace Church, Omaha, Nebraska\n16 September | Christ Church, Topeka, Kansas\n",
        date(2015, 10, 1),
        [("Denver", "2015-09-11", "2015-09-11"), ("Omaha", "2015-09-13", "2015-09-13"), ("Topeka", "2015-09-16", "2015-09-16")],
    ),
    (
        "a country's town named in a sentence of the past is no finer stop of a trip to come",
        "President Jon Doe will pay an official visit to the United Kingdom from 19 to 22 October. During the war, his "
        "country's government in exile had its seat in Wingrave, Buckinghamshire.",
        date(1998, 10, 6),
        [("United Kingdom", "1998-10-19", "1998-10-22")],
    ),
    (
        "'The orchestra' that travels is the orchestra the text names, though named only as what a person leads",
        "Maestro Jon Doe will lead the Springfield Symphony Orchestra on a European tour in August, the orchestra said "
        "Tuesday. The orchestra then travels to Lucerne for two performances on August 28 and 29. The orchestra will make "
        "its debut in Dresden on September 3.",
        date(2011, 6, 22),
        [("Lucerne", "2011-08-28", "2011-08-29"), ("Dresden", "2011-09-03", "2011-09-03")],
    ),
    (
        "a list of stops each with its days in brackets goes on past the brackets",
        "The Jon Doe Symphony will travel to Hong Kong (November 8 & 9), Taipei (November 10 & 11) and Tokyo "
        "(November 19).",
        date(2012, 11, 5),
        [("Hong Kong", "2012-11-08", "2012-11-09"), ("Taipei", "2012-11-10", "2012-11-11"), ("Tokyo", "2012-11-19", "2012-11-19")],
    ),
    (
        "a day told again in brackets opens the trip's span: 'from Tuesday (Nov 20) to Saturday'",
        "President Jane Roe will make a state visit to the Netherlands from Tuesday (Nov 20) to Saturday. Mdm Roe will "
        "visit Amsterdam and Rotterdam.",
        date(2018, 11, 19),
        [("Amsterdam", "2018-11-20", "2018-11-24"), ("Rotterdam", "2018-11-20", "2018-11-24")],
    ),
    (
        "a list of a tour's dates, each line a town and its venue and then its day, or a day's number alone that goes "
        "on with the month before; announced in March, the October days are the coming ones",
        "The Jon Does have announced a tour of the UK for October.\n\nThe Jon Does' tour dates are:\n\n"
        "  • Leamington Spa Assembly - October 5\n  • Edinburgh Queen's Hall - 6\n  • Manchester Academy - 8\n"
        "  • London Royal Albert Hall - 11\n",
        date(2011, 3, 31),
        [("Royal Leamington Spa", "2011-10-05", "2011-10-05"), ("Edinburgh", "2011-10-06", "2011-10-06"),
         ("Manchester", "2011-10-08", "2011-10-08"), ("London", "2011-10-11", "2011-10-11")],
    ),
    (
        "a table of a march's stops, each row its town, the miles to it and its day; the march named is what goes, and a "
        "rest between two rows keeps the marchers where they are",
        "Details of the Springfield Hunger March, 1 March 1932\n\nTo.  Miles.  Date of arrival.\n"
        "Darlington 16Wednesday, 7th March.\nThirsk 11Friday, 9th March.\nHarrogate 15½ Saturday, 10th March.\n"
        "(Sunday - rest)\nLeeds 9Monday, 12th March.\nLondon (Marble Arch) -Saturday, 17th March\n",
        date(1932, 3, 1),
        [("Darlington", "1932-03-07", "1932-03-07"), ("Thirsk", "1932-03-09", "1932-03-09"), ("Harrogate", "1932-03-10", "1932-03-11"),
         ("Leeds", "1932-03-12", "1932-03-12"), ("London", "1932-03-17", "1932-03-17")],
    ),
    (
        "a race's schedule, each line its day, its start time, its stage and the stage's towns joined by a hyphen, both "
        "of them stops on that day, start first (Ledu is Nianbo's other name); the race, named with its edition, is what "
        "travels",
        "Name: The 17th Tour of Springfield Lake 2018\nRace schedule:\nJuly 22nd   11:00   Stage 1     Ledu-Xining   162km\n"
        "July 29th    09:00   Stage 8    Qingshizui-Zhangye    237km\nJuly 30th   10:00    Stage 9    Menyuan-Lanzhou   175km\n",
        date(2018, 7, 19),
        [("Nianbo", "2018-07-22", "2018-07-22"), ("Xining", "2018-07-22", "2018-07-22"), ("Zhangye", "2018-07-29", "2018-07-29"),
         ("Lanzhou", "2018-07-30", "2018-07-30")],
    ),
    (
        "', and in South Korea from 11- 14 September': the next stop of a list with its own days; ', in China's "
        "Southwest' only says where the stop before is",
        "Minister Jon Doe will visit Japan and Korea next week.\nMinister Doe will be in Japan from 8-11 September, and in "
        "South Korea from 11- 14 September 2013.\nDoe will also visit the city of Chengdu, in China's Southwest, on "
        "September 15.",
        date(2013, 9, 6),
        [("Japan", "2013-09-08", "2013-09-11"), ("South Korea", "2013-09-11", "2013-09-14"), ("Chengdu", "2013-09-15", "2013-09-15")],
    ),
    (
        "a date years behind an announced day names what is remembered at the stop, not when the traveller is there",
        "Secretary-General Jon Doe will start a tour of Central Asia tomorrow.\n\nOn June 8, Mr. Doe will arrive in Astana, "
        "Kazakhstan.\n\nThen on Sunday, 11 June, the Secretary-General will be in Bishkek, Kyrgyzstan, to meet the President, "
        "where he will attend a commemoration of the June 2010 events.",
        date(2017, 6, 7),
        [("Astana", "2017-06-08", "2017-06-08"), ("Bishkek", "2017-06-11", "2017-06-11")],
    ),
    (
        "a list of states apart by semicolons, each under its state's form ('; to the Republic of Côte d'Ivoire, from "
        "October 26 to 28'); a state's form after a town's comma still only qualifies it ('Lome, Republic of Togo')",
        "Governor General Jon Doe will visit West Africa from October 23 to 30, 2018. She will undertake State visits to "
        "Burkina Faso, from October 23 to 26; to the Republic of Côte d'Ivoire, from October 26 to 28; and to the Federal "
        "Republic of Nigeria, from October 28 to 30.\n\nDoe will then depart for Lome, Republic of Togo, on October 31.",
        date(2018, 10, 16),
        [("Burkina Faso", "2018-10-23", "2018-10-26"), ("Ivory Coast", "2018-10-26", "2018-10-28"),
         ("Nigeria", "2018-10-28", "2018-10-30"), ("Lomé", "2018-10-31", "2018-10-31")],
    ),
    (
        "a tour's dates, each line a town, its state or its venue, then a full date; the tour is the one a headline in "
        "capitals names",
        "VIENNA BOYS CHOIR TO TOUR AUSTRALIA\n\nThe twenty-four choristers will perform an eclectic selection.\n\n"
        "Performance Dates\n\n• Brisbane September 09, 2012\n• Maryborough , QLD September 11, 2012\n"
        "• Melbourne - Monash Uni, VIC September 29, 2012\n• Hobart, TAS October 04, 2012\n",
        date(2012, 5, 30),
        [("Brisbane", "2012-09-09", "2012-09-09"), ("Maryborough", "2012-09-11", "2012-09-11"),
         ("Melbourne", "2012-09-29", "2012-09-29"), ("Hobart", "2012-10-04", "2012-10-04")],
    ),
    (
        "a schedule's WHAT/WHEN/WHERE blocks under their days: the town of each address, on the day above it ('Tour is "
        "open press' is no one)",
        "The second leg of Senator Jon Doe's bus tour through Iowa covers December 26 and 27.\n\nWednesday, December 26, 2007\n\nWHAT: Meet Jon Doe\n"
        "WHEN: 7:00 pm CT\nWHERE: The Windrow\n102 West Taylor Street\nCreston, IA\n\nThursday, December 27, 2007\n\n"
        "WHAT: Jon Doe Participates in a live in-studio radio interview with a host of the station\nWHEN: 10:05 am CT\n\n"
        "WHAT: Jon Doe Tours Downtown Chariton\nWHERE: Chariton Leader\n815 Braden Avenue\nChariton, Iowa 50049\n"
        "NOTE: Newspaper drop by is closed press. Tour is open press.\n\nWHAT: Meet Jon Doe\nWHEN: 6:30 pm CT\n"
        "WHERE: National Sprint Car Hall of Fame & Museum\n1 Sprint Capital Place\nKnoxville, IA\n",
        date(2007, 12, 22),
        [("Creston", "2007-12-26", "2007-12-26"), ("Chariton", "2007-12-27", "2007-12-27"),
         ("Knoxville", "2007-12-27", "2007-12-27")],
    ),
    (
        "a headline naming the one place and the days of a visit gives its stop the days after its arrival's",
        "Activities of Secretary-General in Geneva, 12-14 May\n\nOn Tuesday, 12 May, Secretary-General Jane Doe travelled "
        "to Geneva, where she met students.\n\nThe next morning she addressed the assembly.",
        date(2016, 5, 15),
        [("Geneva", "2016-05-12", "2016-05-14")],
    ),
    (
        "where the traveller does something before the travel words of the same sentence is a stop, on the day told before "
        "it or else after it ('will hold talks in Paris on Monday before travelling to Berlin')",
        "Foreign Minister Jane Doe will hold talks in Paris on Monday before travelling to Berlin on Tuesday. On 15 and 16 "
        "May, she will attend a meeting in Madrid, Spain, and on 18 May she will return to Brussels.",
        date(2024, 5, 1),
        [("Paris", "2024-05-06", "2024-05-06"), ("Berlin", "2024-05-07", "2024-05-07"), ("Madrid", "2024-05-15", "2024-05-16"),
         ("Brussels", "2024-05-18", "2024-05-18")],
    ),
    (
        "'the orchestra' is the traveller whose name ends in that word, in a clause joined to another verb ('will perform "
        "... and head to Vienna')",
        "The Chicago Symphony Orchestra will tour Europe this autumn. The orchestra will perform at a festival on "
        "September 3 and head to Vienna on September 5.",
        date(2011, 8, 20),
        [("Vienna", "2011-09-05", "2011-09-05")],
    ),
    (
        "a state after a town and a comma that the town is not in is a stop of its own ('Wellington, Hawke's Bay and "
        "Auckland')",
        "On 1 August, Prime Minister Jane Doe will go to Wellington, Hawke's Bay and Auckland.",
        date(2022, 7, 20),
        [("Wellington", "2022-08-01", "2022-08-01"), ("Hawke's Bay", "2022-08-01", "2022-08-01"),
         ("Auckland", "2022-08-01", "2022-08-01")],
    ),
    (
        "a list's stops each with its region told after it ('Baltimore, Maryland in the Mid-Atlantic region, Chicago'): "
        "the region is where the stop lies, and the list goes on",
        "The Working Group will visit the United States from 19 to 29 January. They will visit Baltimore, Maryland "
        "in the Mid-Atlantic region, Chicago, Illinois in the Midwest region, and Jackson, Mississippi in the South.",
        date(2016, 1, 10),
        [("Baltimore", "2016-01-19", "2016-01-29"), ("Chicago", "2016-01-19", "2016-01-29"),
         ("Jackson", "2016-01-19", "2016-01-29")],
    ),
    (
        "a week's schedule whose title names its person ('Governor Doe’s Week: ...'), blocks apart from their day's line: "
        "each address's town on the day of the 'WHEN:' above it",
        "Governor Doe’s Week: April 27, 2019 – May 3, 2019\n\n\nSaturday, April 27\n\nMilitary Ball\n\n"
        "This event is open to the press.\n\nWHAT: Governor Jon Doe will attend the Military Ball.\n\nWHO: Governor Jon Doe\n"
        "Members of the Guard\n\nWHEN: Saturday, April 27, 2019\n5:15 p.m.\n\nWHERE: Chase Center\n815 Justison Street\n"
        "Wilmington, DE 19801\n\n\nSunday, April 28\n\nGreet Riders\n\nWHAT: Governor Jon Doe will greet riders.\n\n"
        "WHEN: Sunday, April 28, 2019\n10:30 a.m.\n\nWHERE: Harker Laboratory\n221 Academy Street\nNewark, DE 19716\n",
        date(2019, 4, 26),
        [("Wilmington", "2019-04-27", "2019-04-27"), ("Newark", "2019-04-28", "2019-04-28")],
    ),
    (
        "a later sentence dates the visit to 'all the above-mentioned countries' after an opening word: each country's",
        "BAKU, March 3\n\nForeign Minister Jon Doe is paying a working visit to Georgia, Armenia and Moldova, the ministry "
        "said.\n\nIn general, the working visit to all the above-mentioned countries will take place from 2 through 5 March "
        "2021.",
        date(2021, 3, 3),
        [("Georgia", "2021-03-02", "2021-03-05"), ("Armenia", "2021-03-02", "2021-03-05"),
         ("Moldova", "2021-03-02", "2021-03-05")],
    ),
    (
        "'to arrive for the four day trip on June 3rd': the trip's days from its first, for the towns named after ('The "
        "State Visit' is no one)",
        "King Jon and Queen Jane to make State Visit to Norway\nKing Jon and Queen Jane are set to arrive for the four day "
        "trip on June 3rd 2024.\nThe State Visit will take them to Oslo and Bergen.",
        date(2024, 3, 1),
        [("Oslo", "2024-06-03", "2024-06-06"), ("Bergen", "2024-06-03", "2024-06-06")],
    ),
    (
        "a schedule's dated lines of items after semicolons: each item's town in turn, once; 'visiting with people' goes "
        "nowhere",
        "Gov. Jon Davis' campaign bus tour is coming soon.\n\n\"I enjoy visiting with people, and we're not tied down in "
        "Austin,\" Davis said.\n\nFollowing is a tentative schedule:\n\n► June 6: 6 p.m. rally with supporters in Waco;\n\n"
        "► June 7: 10 a.m. rally with supporters in Dallas; lunch in Dallas; afternoon in Denton;\n\n► June 8: 1 p.m. "
        "rally with supporters in Abilene; 4 p.m. rally with supporters in Lubbock;",
        date(2019, 6, 1),
        [("Waco", "2019-06-06", "2019-06-06"), ("Dallas", "2019-06-07", "2019-06-07"), ("Denton", "2019-06-07", "2019-06-07"),
         ("Abilene", "2019-06-08", "2019-06-08"), ("Lubbock", "2019-06-08", "2019-06-08")],
    ),
    (
        "a tour's lines of a venue with its day in brackets, unmarked: the town each opens with, on that day",
        "The Philharmonic Orchestra will embark on a tour to Europe in May.\n\nTour Dates\n\nBerlin Philharmonie (5 May "
        "2020)\n\nHamburg Laeiszhalle (7 May 2020)\n\nParis Philharmonie (9 May 2020)\n\nTickets go on sale in January.",
        date(2019, 12, 31),
        [("Berlin", "2020-05-05", "2020-05-05"), ("Hamburg", "2020-05-07", "2020-05-07"), ("Paris", "2020-05-09", "2020-05-09")],
    ),
    (
        "... a town before a venue's name it does not know, on such a line, is the town, not the head of a longer name",
        "The Chamber Orchestra will embark on a tour to Germany in May.\n\nTour Dates\n\nDresden Semperoper (5 May 2020)"
        "\n\nLeipzig Gewandhaus (7 May 2020)\n\nMunich Gasteig (9 May 2020)\n\nTickets go on sale in January.",
        date(2019, 12, 31),
        [("Dresden", "2020-05-05", "2020-05-05"), ("Leipzig", "2020-05-07", "2020-05-07"), ("Munich", "2020-05-09", "2020-05-09")],
    ),
    (
        "'will lead a delegation to Seoul': the one who leads it goes, in the range of the mission to the continent",
        "Governor Jon Doe will lead an economic development mission to Asia from Sept. 12-24.\n\nDoe will lead a "
        "delegation to Seoul for meetings with business leaders. Doe will also lead a delegation to Tokyo.",
        date(2022, 9, 10),
        [("Seoul", "2022-09-12", "2022-09-24"), ("Tokyo", "2022-09-12", "2022-09-24")],
    ),
    (
        "a later sentence of where the concerts take place, 'on the 5th at St. Mary's Church in Gdansk', gives the towns of "
        "the tour's list each its day",
        "The Youth Choir is going on tour again, giving free concerts from May 3 to 9: it will present its new program in "
        "Krakow, Gdansk, Poznan and Warsaw.\n\nThe concerts will take place on May 3rd at the old cathedral in Krakow, on "
        "the 5th at St. Mary's Church in Gdansk, and on the 7th at the parish church in Poznan. On May 9, the choir will "
        "perform in the Royal Castle in Warsaw.",
        date(2021, 4, 20),
        [("Kraków", "2021-05-03", "2021-05-03"), ("Gdańsk", "2021-05-05", "2021-05-05"), ("Poznań", "2021-05-07", "2021-05-07"),
         ("Warsaw", "2021-05-09", "2021-05-09")],
    ),
    (
        "'the queen' in lower case is the queen met before, as 'the president' is",
        "Spain's Queen Jane is set to visit Cambodia on February 19. She will complete her trip with a visit to Siem Reap. "
        "The queen is expected to return to Spain on February 22.",
        date(2008, 2, 16),
        [("Siem Reap", "2008-02-19", "2008-02-19"), ("Spain", "2008-02-22", "2008-02-22")],
    ),
    (
        "'following his move to Japan' is a player's past, no trip: 'the team' is still the squad's leader",
        "Jon Doe is set to lead a 36-man rugby squad on a tour to New Zealand and Fiji.\n\nHooker Jim Roe returns for "
        "international duty after a year-long hiatus following his move to Japan.\n\nThe touring schedule begins with a "
        "match against the Maori All Blacks in Whangarei on July 5. The team will then head to Suva to face Fiji on July 12.",
        date(2025, 6, 10),
        [("Whangarei", "2025-07-05", "2025-07-05"), ("Suva", "2025-07-12", "2025-07-12")],
    ),
    (
        "a trip made 'several times a month' is a habit, no stop",
        "Jon Doe will travel to Paris on 3 May 2024. Before the pandemic he would travel to London several times a month.",
        date(2024, 4, 20),
        [("Paris", "2024-05-03", "2024-05-03")],
    ),
    (
        "after a trip to a country is made one of its provinces, another province on another day is another stop",
        "President Jon Doe will visit Indonesia. He will continue visits to North Maluku on Friday (8/5). On Saturday (9/5), "
        "he will proceed to Papua.",
        date(2015, 5, 6),
        [("Maluku Utara", "2015-05-08", "2015-05-08"), ("Papua", "2015-05-09", "2015-05-09")],
    ),
    (
        "'will be stopping at' a place is travel there, on its own day before the next stop's",
        "Jon Doe will be stopping at Niue on Tuesday before heading to Fiji from 5-7 June.",
        date(2024, 6, 3),
        [("Niue", "2024-06-04", "2024-06-04"), ("Fiji", "2024-06-05", "2024-06-07")],
    ),
    (
        "a state's form before its name ('the Republic of Togo') leaves it the stop",
        "President Jon Doe is scheduled to visit the Republic of Togo on Friday.",
        date(2019, 12, 4),
        [("Togo", "2019-12-06", "2019-12-06")],
    ),
    (
        "a weekday of a trip announced ahead is after the stop told before it, whatever the tense near it",
        "President Jon Doe will visit Guinea today. The President departed from Cape Town on Tuesday to undertake working "
        "visits to the Republic of Guinea which gets underway today followed by a visit to Ghana on Thursday.",
        date(2019, 12, 4),
        [("Guinea", "2019-12-04", "2019-12-04"), ("Ghana", "2019-12-05", "2019-12-05")],
    ),
    (
        "the weekdays of a trip announced for next week are that week's, whatever day the text was written",
        "President Jon Doe is planning a two-day visit to the South Moravian Region next week. On Tuesday and Wednesday, Doe "
        "will hold talks with the regional authorities in Brno. On Wednesday afternoon, Doe will visit an archaeological "
        "site in Breclav.",
        date(2023, 9, 19),
        [("Brno", "2023-09-26", "2023-09-26"), ("Břeclav", "2023-09-27", "2023-09-27")],
    ),
    (
        "'will depart the country next Friday, the 24th of May, for Rome' goes to Rome that day",
        "Jon Doe will depart the country next Friday, the 24th of May, for Rome, Italy. On May 27th, he will have a meeting "
        "with the Italian President.",
        date(2024, 5, 21),
        [("Rome", "2024-05-24", "2024-05-24")],
    ),
    (
        "a tour's lines of a weekday and its day under a month alone on its line date their towns",
        "The Doe Quartet have announced a tour of Asia this September.\n\nThe tour dates are:\n\nSEPTEMBER\n\nTuesday 5 – "
        "Singapore, The Star Theatre\n\nThursday 7 – Kuala Lumpur, Malaysia, Zepp\n\nSunday 24 – Tokyo, Japan, Shibuya Duo",
        date(2023, 4, 5),
        [("Singapore", "2023-09-05", "2023-09-05"), ("Kuala Lumpur", "2023-09-07", "2023-09-07"), ("Tokyo", "2023-09-24", "2023-09-24")],
    ),
    (
        "... under a month with a colon, the day with its leading zero and the town in capitals, in the next year",
        "The Doe Quartet have shared details of a tour of the UK and Europe next year.\n\nThe Doe Quartet tour 2021:\n\n"
        "APRIL:\n\nThursday 08 – ABERDEEN Lemon Tree\n\nFriday 09 – GLASGOW SWG3\n\nSaturday 10 – MANCHESTER Gorilla",
        date(2020, 9, 16),
        [("Aberdeen", "2021-04-08", "2021-04-08"), ("Glasgow", "2021-04-09", "2021-04-09"), ("Manchester", "2021-04-10", "2021-04-10")],
    ),
    (
        "... and with no dash between the day and the town in capitals, its state after it ('Sept. 7 SOMERVILLE, MA.')",
        "Jon Doe & The Roes announce tour dates with Jim Poe\nThe band will play Somerville, Philadelphia and NYC.\n"
        "JON DOE / THE ROES - 2023 TOUR DATES\nSept. 7 SOMERVILLE, MA. at The Crystal Ballroom with Jim Poe\n"
        "Sept. 8 PHILADELPHIA, PA. at The First Unitarian Church\nSept 10 NEW YORK, NEW YORK at The Bowery Ballroom",
        date(2023, 6, 6),
        [("Somerville", "2023-09-07", "2023-09-07"), ("Philadelphia", "2023-09-08", "2023-09-08"), ("New York City", "2023-09-10", "2023-09-10")],
    ),
    (
        "... told as a title's itinerary, the traveller named by no name ('the President's itinerary')",
        "Formal announcement was made at the White House of the President's itinerary on his forthcoming trip.\n"
        "June 22, Kansas City, evening\nJune 23, Hutchinson, Kansas, afternoon\nJune 25, Denver, morning",
        date(1923, 6, 18),
        [("Kansas City", "1923-06-22", "1923-06-22"), ("Hutchinson", "1923-06-23", "1923-06-23"), ("Denver", "1923-06-25", "1923-06-25")],
    ),
    (
        "a race's stage lines give each stage's start and finish its day, the days before the story's too: the race is under way",
        "Organized by the federation, the Doe Cycling Tour of Turkey debuted in 1963.\nThis year, the six-day tour started in Konya on Oct. 9 and "
        "will end in Istanbul on Oct. 12.\nStage 1: Konya - Konya / Oct. 9 // 148.4 km\nStage 2: Alanya - Antalya / Oct. "
        "10 // 149.6 km\nStage 3: Fethiye - Marmaris / Oct. 11 // 132.7 km\nStage 4: Bursa - Istanbul / Oct. 12 // 164 km",
        date(2018, 10, 12),
        [("Konya", "2018-10-09", "2018-10-09"), ("Alanya", "2018-10-10", "2018-10-10"), ("Antalya", "2018-10-10", "2018-10-10"),
         ("Fethiye", "2018-10-11", "2018-10-11"), ("Marmaris", "2018-10-11", "2018-10-11"), ("Bursa", "2018-10-12", "2018-10-12"),
         ("Istanbul", "2018-10-12", "2018-10-12")],
    ),
    (
        "... also as other pages number the stages, one a line, perhaps a route's first town at the line's start",
        "The Doe Tour will be held from August 23rd to 27th.\n\nThe stage plan of the Doe Tour 2023\n\nPrologue (Wednesday, "
        "August 23): St. Wendel (2.2 km)\n\n1st stage (Thursday, August 24): St. Wendel – Merzig (178 km)\n\n2. Stage "
        "(Friday, August 25): Kassel – Winterberg (190 km)\n\n4th stage (Sunday, August 27): Hanover – Bremen (180 km)",
        date(2023, 4, 26),
        [("Sankt Wendel", "2023-08-23", "2023-08-24"), ("Merzig", "2023-08-24", "2023-08-24"), ("Kassel", "2023-08-25", "2023-08-25"),
         ("Winterberg", "2023-08-25", "2023-08-25"), ("Hannover", "2023-08-27", "2023-08-27"), ("Bremen", "2023-08-27", "2023-08-27")],
    ),
    (
        "... and in blocks of short lines, the stage's label alone on its line, then its route and its day: two stages make a race",
        "2016 Doe Tour of Croatia\n\nStage 1\n\nOsijek – Varaždin\nDate: 19.04.2016.\nStage Length: 230.4 km\nAn ideal "
        "introductory stage, flat and fast.\n\nStage 2\n\nZadar – Split\nDate: 20.04.2016.\nStage Length: 240 km",
        date(2016, 4, 18),
        [("Osijek", "2016-04-19", "2016-04-19"), ("Varaždin", "2016-04-19", "2016-04-19"), ("Zadar", "2016-04-20", "2016-04-20"),
         ("Split", "2016-04-20", "2016-04-20")],
    ),
    (
        "a journey told on its last day, most of its days behind, keeps them: it is reported, not announced",
        "Jon Doe's trip took him, among other places, through Indianapolis (February 11); Cincinnati (February 12); "
        "Pittsburgh (February 14); Baltimore and Washington (February 23).",
        date(1861, 2, 23),
        [("Indianapolis", "1861-02-11", "1861-02-11"), ("Cincinnati", "1861-02-12", "1861-02-12"), ("Pittsburgh", "1861-02-14", "1861-02-14"),
         ("Baltimore", "1861-02-23", "1861-02-23"), ("Washington", "1861-02-23", "1861-02-23")],
    ),
    (
        "... so does a report whose days are as many behind the story's as on it, every trip told as made",
        "Foreign Minister Jon Doe travelled to Paris on 15 May and to Lyon on 16 May.",
        date(2024, 5, 16),
        [("Paris", "2024-05-15", "2024-05-15"), ("Lyon", "2024-05-16", "2024-05-16")],
    ),
    (
        "... but not where a trip to come is told too",
        "Foreign Minister Jon Doe travelled to Paris on 15 May and will travel to Lyon on 16 May.",
        date(2024, 5, 16),
        [("Lyon", "2024-05-16", "2024-05-16")],
    ),
    (
        "... but an announcement for today that recalls earlier trips keeps only today's",
        "Secretary Jon Doe will visit Santa Fe today. Last August he toured Wisconsin, Minnesota and Iowa, and in "
        "September Connecticut and Maine.",
        date(2018, 5, 14),
        [("Santa Fe", "2018-05-14", "2018-05-14")],
    ),
    (
        "'went in a post chaise to' goes there, as 'went by coach to' does",
        "Jon Doe went in a post chaise to Oxford and Birmingham on 4 April.",
        date(1786, 4, 10),
        [("Oxford", "1786-04-04", "1786-04-04"), ("Birmingham", "1786-04-04", "1786-04-04")],
    ),
    (
        "where a race will overnight and where it will finish are its stops",
        "The Doe Rally will overnight in Perrysburg on Tuesday and will finish in Fargo on Sunday.",
        date(2022, 6, 20),
        [("Perrysburg", "2022-06-21", "2022-06-21"), ("Fargo", "2022-06-26", "2022-06-26")],
    ),
    (
        "towns a trip took someone through, listed with semicolons and each day in brackets, are its stops on those days",
        "Jon Doe left Springfield on February 11. Jon Doe's trip took him, among other places, through Indianapolis "
        "(February 11); Cincinnati (February 12); Columbus, Ohio (February 13); Pittsburgh (February 14).",
        date(1861, 2, 23),
        [("Indianapolis", "1861-02-11", "1861-02-11"), ("Cincinnati", "1861-02-12", "1861-02-12"), ("Columbus", "1861-02-13", "1861-02-13"),
         ("Pittsburgh", "1861-02-14", "1861-02-14")],
    ),
    (
        "a relay's stage lines that name a region and then, in brackets, its town stop at the town",
        "The Doe flame will arrive in Marseille on 8 May and cross France until 26 July.\n-\nStage 1: 9 May 2024, Marseille\n-\n"
        "Stage 2: 10 May 2024, Var (Stopover city: Toulon)\n-\nStage 3: 11 May 2024, Alpes-de-Haute-Provence (Manosque)\n-\n"
        "Stage 4: 12 May 2024, Gers (Auch)",
        date(2024, 5, 7),
        [("Marseille", "2024-05-08", "2024-05-09"), ("Toulon", "2024-05-10", "2024-05-10"), ("Manosque", "2024-05-11", "2024-05-11"),
         ("Auch", "2024-05-12", "2024-05-12")],
    ),
    (
        "a country's towns named in brackets after it, anywhere in the text, are the stops of a trip to it",
        "WHERE: Mozambique (Beira and Maputo) and Malawi (Chikwawa and Lilongwe)\n\nFrom 5 to 12 June, Jon Doe will travel "
        "on mission to Mozambique and Malawi to see the response to the cyclone.",
        date(2019, 6, 4),
        [("Beira", "2019-06-05", "2019-06-12"), ("Maputo", "2019-06-05", "2019-06-12"), ("Chikwawa", "2019-06-05", "2019-06-12"),
         ("Lilongwe", "2019-06-05", "2019-06-12")],
    ),
    (
        "a tour's lines of a day's number alone and a venue under a month alone on its line date their towns, months ahead",
        "The Doe Quartet have announced a tour of Europe this November.\n\nThe tour dates are:\n\nNOVEMBER\n\n1 Sagres "
        "Campo Pequeno, Lisbon, Portugal\n\n2 WiZink Center, Madrid, Spain\n\n4 Alcatraz, Milan, Italy",
        date(2024, 4, 26),
        [("Lisbon", "2024-11-01", "2024-11-01"), ("Madrid", "2024-11-02", "2024-11-02"), ("Milan", "2024-11-04", "2024-11-04")],
    ),
    (
        "the first day of a trip is its first stop's, not that of a stop told after one dated later",
        "Jon Doe begins her four-day trip to the Western Balkans on Wednesday.\n\nOn Friday morning, she will travel to "
        "Sarajevo, where she will meet the Presidency.\n\nLater, the President will travel to Belgrade to meet top officials.",
        date(2024, 10, 23),
        [("Sarajevo", "2024-10-25", "2024-10-25"), ("Belgrade", "2024-10-25", "2024-10-25")],
    ),
    (
        "of two named together the first leads: the trip's days they are set to arrive for are that one's",
        "King Jon Doe and Queen Ann Roe to make State Visit to Germany\nKing Jon Doe and Queen Ann Roe are set to arrive "
        "for the three day trip on December 5th 2023.\nThe State Visit will take them to Berlin and Dresden.",
        date(2023, 10, 30),
        [("Berlin", "2023-12-05", "2023-12-07"), ("Dresden", "2023-12-05", "2023-12-07")],
    ),
    (
        "'they' after two who left together is both of them: the first's trip ends at home too",
        "Emperor Jon Doe and Empress Ann Roe left for Britain on Saturday morning to attend the funeral. They will "
        "return to Japan on Tuesday afternoon.",
        date(2022, 9, 17),
        [("United Kingdom", "2022-09-17", "2022-09-17"), ("Japan", "2022-09-20", "2022-09-20")],
    ),
    (
        "'is to speak this Thursday in Lisbon': where what the traveller is to do happens, the traveller is",
        "President Jon Doe is to speak this Thursday in Lisbon, at the Assembly of the Republic.",
        date(2018, 11, 22),
        [("Lisbon", "2018-11-22", "2018-11-22")],
    ),
    (
        "'moves to Porto, a city north of Portugal' on a weekday after today's: the country is the town's, the day the "
        "coming one",
        "Still on Thursday, President Jon Doe will meet the mayor in Lisbon. On Friday, President Jon Doe moves to "
        "Porto, a city north of Portugal, where he will meet businesspeople.",
        date(2018, 11, 22),
        [("Lisbon", "2018-11-22", "2018-11-22"), ("Porto", "2018-11-23", "2018-11-23")],
    ),
    (
        "the towns a quoted title is about are no stops ('the exhibition \"... in Skopje and Bitola\"')",
        'Minister Jon Doe will visit Paris on Thursday. She will open the exhibition "Fifty Years of Friendship in '
        'Skopje and Bitola" at the embassy in Paris.',
        date(2005, 11, 16),
        [("Paris", "2005-11-17", "2005-11-17")],
    ),
    (
        "a town a stay names twice ('the National Theatre of Cuba, in Havana') is one stop, and leans the trip ahead once",
        "Prince Jon Doe arrived in Havana on Sunday afternoon. On Tuesday, he will attend a gala at the National Theatre "
        "of Cuba, in Havana. He started the tour on March 17 with a visit to St. Lucia.",
        date(2019, 3, 26),
        [("Saint Lucia", "2019-03-17", "2019-03-17"), ("Havana", "2019-03-24", "2019-03-26")],
    ),
    (
        "a weekday the text wrote with its date on the story's own day is that day, not a week on",
        "President Jon Doe's visit will run from Monday, May 20, to Thursday, May 23.\n\nOn Monday, Jon Doe will head "
        "to Atlanta, Georgia.\n\nOn Wednesday, Jon Doe will travel to Washington, DC.",
        date(2024, 5, 20),
        [("Atlanta", "2024-05-20", "2024-05-20"), ("Washington", "2024-05-22", "2024-05-22")],
    ),
    (
        "trips made, with no day, in the announcement of one to come are other occasions; a stop's day inside another's "
        "month keeps the order told",
        "President Jon Doe on Monday announced that next month he will embark on an official visit to France and Spain, "
        "with a stop in Paris on March 16. In his first months, Jon Doe traveled to the United States, Canada and "
        "Panama. This year he has traveled to Brazil and Mexico.",
        date(2015, 2, 10),
        [("Paris", "2015-03-16", "2015-03-16"), ("Spain", "2015-03-01", "2015-03-31")],
    ),
    (
        "'the President and Ms. Roe will tour': the first of the two, by the title the text gave him, travels",
        "His Excellency Jon Doe, President of Iceland, and Ms. Ann Roe will undertake a State visit to Canada from May 29 "
        "to June 1, 2023.\n\nWhile in Canada, the President and Ms. Roe will tour Ottawa, Halifax and Toronto.",
        date(2023, 5, 23),
        [("Ottawa", "2023-05-29", "2023-06-01"), ("Halifax", "2023-05-29", "2023-06-01"), ("Toronto", "2023-05-29", "2023-06-01")],
    ),
    (
        "a day in brackets after 'this afternoon' is the departure's; 'The visit, ..., will continue until' ends it; 'The "
        "visit will conclude with a trip to' goes on",
        "President Jon Doe departed Sri Lanka this afternoon (December 15) for India on his first official visit.\n\nThe "
        "visit, undertaken at the invitation of the Indian President, will continue until December 17, 2024.\n\nThe "
        "President will attend a business forum in New Delhi.\n\nThe visit will conclude with a trip to Bodh Gaya.",
        date(2024, 12, 15),
        [("New Delhi", "2024-12-15", "2024-12-17"), ("Bodh Gaya", "2024-12-15", "2024-12-17")],
    ),
    (
        "a handle ('@BattulgaKh') is the person one of whose names opens it, and the arrival that began the trip ahead is "
        "its first stop",
        'Mongolian President Jon Battulga on Thursday arrived in Delhi on a five-day visit to India.\n"President '
        '@BattulgaKh arrived in Delhi for a State visit," the spokesperson tweeted.\nDuring his stay, Battulga will visit '
        "Agra. He will go on to Karnataka, where he will attend a programme on September 23.",
        date(2019, 9, 19),
        [("Delhi", "2019-09-19", "2019-09-23"), ("Agra", "2019-09-19", "2019-09-23"), ("Karnataka", "2019-09-23", "2019-09-23")],
    ),
    (
        "a long surname with one letter dropped ('Matarella's program') is the traveller's",
        "President Jon Mattarella will visit Cyprus on Tuesday.\n\nAt noon the president will go to Limassol.\n\nThe last "
        "leg of Matarella's program includes a visit to Paphos.",
        date(2024, 2, 26),
        [("Limassol", "2024-02-27", "2024-02-27"), ("Paphos", None, None)],
    ),
    (
        "an adverb a sentence opens with ('Precisely, the group will be in') is no traveller",
        "Former president Jon Frei will head the delegation that will travel to China.\n\nThe mission will be in Beijing "
        "from August 29 to 31.\n\nPrecisely, the group will be in Guangzhou from September 3 to 5.",
        date(2017, 8, 15),
        [("Beijing", "2017-08-29", "2017-08-31"), ("Guangzhou", "2017-09-03", "2017-09-05")],
    ),
    (
        "a first stop the gazetteer lacks ('visit Niirala and Joensuu') leaves the next one a stop",
        "President of Finland Jon Doe and his spouse will visit Niirala and Joensuu on Wednesday 27 March 2024.",
        date(2024, 3, 22),
        [("Joensuu", "2024-03-27", "2024-03-27")],
    ),
    (
        "towns listed each with its days in brackets ('The cities he will be in are: Boston (July 9-11), ...') are stops of "
        "the country the trip flies to, each on its days (the first from the day it flies)",
        "On July 8, Bishop Jon Doe will fly to the United States. The cities he will be in are: Boston (July 9-11), "
        "Denver (July 12-15) and Seattle (July 16-20).",
        date(2019, 6, 26),
        [("Boston", "2019-07-08", "2019-07-11"), ("Denver", "2019-07-12", "2019-07-15"), ("Seattle", "2019-07-16", "2019-07-20")],
    ),
    (
        "a tour's lines of a day or days and a town after a space ('23-25 October Canberra workshops'), a town after a "
        "month no tail of a name",
        "The Jon Doe Circus has embarked on its first tour of Australia.\n\nTOUR DATES INCLUDE:\n\n23-25 October Canberra "
        "workshops & showcase\n\n26 October Sydney workshops & showcase\n\n8-10 November Melbourne showcase & workshops",
        date(2019, 10, 20),
        [("Canberra", "2019-10-23", "2019-10-25"), ("Sydney", "2019-10-26", "2019-10-26"), ("Melbourne", "2019-11-08", "2019-11-10")],
    ),
    (
        "where a tour leaves from ('departed for their European tour from Bengaluru') is no stop",
        "The Jon Doe Hockey Team departed for their European tour from Bengaluru on Wednesday.\n\nThe team will start their "
        "campaign in Limburg, where they will face China on 16 July 2023.",
        date(2023, 7, 12),
        [("Limburg", "2023-07-16", "2023-07-16")],
    ),
    (
        "where a tour 'will have performances' it goes; the days right after the tour's noun ('a North American tour between "
        "October 18th and November 4th') are its stops' when they have none of their own",
        "The Jon Doe Dance Ensemble will go on a North American tour between October 18th and November 4th.\n\nThe tour will "
        "have performances in Chicago, Toronto and Seattle.",
        date(2018, 10, 1),
        [("Chicago", "2018-10-18", "2018-11-04"), ("Toronto", "2018-10-18", "2018-11-04"), ("Seattle", "2018-10-18", "2018-11-04")],
    ),
    (
        "a bracket the text never closes ('Bengaluru, July 12 (IANS The team departed') is a slip, no aside that hides the "
        "trip; days and towns told apart 'respectively' pair in order",
        "Bengaluru, July 12 (IANS The Jon Doe Hockey Team departed for their European tour on Wednesday.\n\nThe team will "
        "start their campaign in Limburg, where they will face China on 16 July 2023. Thereafter, the team will be up "
        "against Germany on July 18 and July 19 in Wiesbaden and Mainz respectively.",
        date(2023, 7, 12),
        [("Limburg", "2023-07-16", "2023-07-16"), ("Wiesbaden", "2023-07-18", "2023-07-18"), ("Mainz", "2023-07-19", "2023-07-19")],
    ),
    (
        "how a traveller goes comes between the travel word and where ('went by yacht to', 'travelled by special train "
        "to')",
        "Emperor Jon Doe went by yacht to Haifa on 25 October. He travelled by special train to Damascus on 7 November.",
        date(1898, 11, 13),
        [("Haifa", "1898-10-25", "1898-10-25"), ("Damascus", "1898-11-07", "1898-11-07")],
    ),
    (
        "the day a trip sets out from home, told before any stop ('will leave via the RSS plane from Grenada, on Friday "
        "morning'), is the first stop's",
        "Prime Minister Jon Doe will leave via the RSS plane from Grenada, on Friday morning. Their first stop is Barbados, "
        "where they will meet the Premier.",
        date(2017, 9, 14),
        [("Barbados", "2017-09-15", "2017-09-15")],
    ),
    (
        "'On Wednesday, while in Denver' takes the stop on to the next day, for one known only by a title too",
        "On Tuesday, the President will welcome the Secretary General to the White House. In the evening, the President "
        "will travel to Denver, where he will remain overnight.\n\nOn Wednesday, while in Denver, the President will "
        "attend a fundraiser. The President will then travel to Dallas for a reception.",
        date(2014, 7, 4),
        [("Denver", "2014-07-08", "2014-07-09"), ("Dallas", "2014-07-09", "2014-07-09")],
    ),
    (
        "'while in Austin' opening a sentence is read before the return the sentence tells after it",
        "On Wednesday, the President will travel to Austin, where he will remain overnight.\n\nOn Thursday, while in "
        "Austin, the President will deliver remarks on the economy before returning to the White House.",
        date(2014, 7, 4),
        [("Austin", "2014-07-09", "2014-07-10"), ("White House", "2014-07-10", "2014-07-10")],
    ),
    (
        "a town may be named by the part of its land it lies in ('the southern city of')",
        "Emperor Jon Doe flew to the southern city of Chennai on Wednesday.",
        date(2013, 11, 30),
        [("Chennai", "2013-11-27", "2013-11-27")],
    ),
    (
        "a town may be named by what it is known for, in several words ('the creative and business hub of Mumbai')",
        "Jon Doe will begin his visit in the creative and business hub of Mumbai on 10 April.",
        date(2016, 4, 1),
        [("Mumbai", "2016-04-10", "2016-04-10")],
    ),
    (
        "a band plays dates in its towns, each with its day and venue in brackets; the stops go by their days",
        "The Jon Doe Band will also play dates in San Francisco (Jan. 19, Regency Ballroom) and Sacramento (Jan. 18, "
        "Ace of Spades).",
        date(2018, 11, 5),
        [("Sacramento", "2019-01-18", "2019-01-18"), ("San Francisco", "2019-01-19", "2019-01-19")],
    ),
    (
        "a side that plays in a town goes there; a match 'played at' a ground has no traveller",
        "The Jon Doe XI will play in Leeds on 3 May. The three Tests will be played in Manchester and Southampton in August.",
        date(2018, 4, 5),
        [("Leeds", "2018-05-03", "2018-05-03")],
    ),
    (
        "the day the traveller will leave the land it arrived in, told in a later sentence, ends the stay there",
        "Jon Doe is expected to arrive in Botswana on May 1. He will leave the country on May 4.",
        date(2017, 4, 3),
        [("Botswana", "2017-05-01", "2017-05-04")],
    ),
    (
        "a trip told by 'when' after a day ('ends on November 10 when I travel to Hanoi') goes on that day",
        "Jon Doe said: \"My visit to China ends on November 10 when I travel to Hanoi for the summit.\"",
        date(2006, 11, 1),
        [("China", "2006-11-10", "2006-11-10"), ("Hanoi", "2006-11-10", "2006-11-10")],
    ),
    (
        "a night spent at a hotel in a town ('overnighted at the Hotel Winneshiek in Decorah') is a stop in the town",
        "Jon Doe toured Iowa on August 15 by bus. Jon Doe overnighted at the Hotel Winneshiek in Decorah.",
        date(2011, 8, 16),
        [("Decorah", "2011-08-15", "2011-08-15")],
    ),
    (
        "a traveller goes by the verb of how they go: sailed, marched on, rode, set off for, took the train to",
        "On 1 March 1815 Jon Doe sailed to Antibes. On 3 March he marched on to Castellane. On 5 March he rode to Grasse. "
        "On 6 March he set off for Sisteron. On 8 March he took the train to Grenoble.",
        date(1815, 3, 20),
        [("Antibes", "1815-03-01", "1815-03-01"), ("Castellane", "1815-03-03", "1815-03-03"), ("Grasse", "1815-03-05", "1815-03-05"),
         ("Sisteron", "1815-03-06", "1815-03-06"), ("Grenoble", "1815-03-08", "1815-03-08")],
    ),
    (
        "a traveller comes in 'at' a town and spends the night or camps in one: each a stop",
        "Jon Doe landed at Antibes on 1 March 1815. On 2 March he spent the night in Cannes. On 3 March he camped at Castellane.",
        date(1815, 3, 20),
        [("Antibes", "1815-03-01", "1815-03-01"), ("Cannes", "1815-03-02", "1815-03-02"), ("Castellane", "1815-03-03", "1815-03-03")],
    ),
    (
        "the towns a traveller swings through, and 'and spend the night in' after them, are the one traveller's stops",
        "On Wednesday, the President Jon Doe will swing through Basey and Borongan and spend the night in Tacloban City.",
        date(2003, 7, 13),
        [("Basey", "2003-07-16", "2003-07-16"), ("Borongan", "2003-07-16", "2003-07-16"), ("Tacloban", "2003-07-16", "2003-07-16")],
    ),
    (
        "a country that plays games is its side, and travels: 'open against Brazil in Pennsylvania ... before facing'",
        "England open against Brazil in Pennsylvania on Wednesday, 27 February before facing the United States in "
        "Nashville on Saturday, 2 March.",
        date(2019, 2, 20),
        [("Pennsylvania", "2019-02-27", "2019-02-27"), ("Nashville", "2019-03-02", "2019-03-02")],
    ),
    (
        "a side's tests in a country are a stop there ('Scotland will play three tests in Argentina in July')",
        "Scotland will play three tests in Argentina in July.",
        date(2022, 2, 20),
        [("Argentina", "2022-07-01", "2022-07-31")],
    ),
    (
        "a town after 'the capital city of' or 'the community of' is the stop, and 'PM Doe' is the Jon Doe of the headline",
        "Prime Minister Jon Doe Arrives in Nicaragua\n\nPrime Minister Jon Doe arrived in the Nicaraguan capital city of "
        "Managua on Sunday, July 17.\n\nOn Monday, July 18, PM Doe will visit the Afro-Caribbean community of Bluefields.",
        date(2022, 7, 18),
        [("Managua", "2022-07-17", "2022-07-17"), ("Bluefields", "2022-07-18", "2022-07-18")],
    ),
    (
        "a list of stops each with its day goes on over a part of a land ('northern Nevada') and a town's suburbs",
        "Jane Roe will be in Phoenix on Saturday, Oct. 12, northern Nevada on Sunday, Detroit on Monday morning, and in "
        "the Philadelphia suburbs on Tuesday.",
        date(2024, 10, 11),
        [("Phoenix", "2024-10-12", "2024-10-12"), ("Nevada", "2024-10-13", "2024-10-13"), ("Detroit", "2024-10-14", "2024-10-14"),
         ("Philadelphia", "2024-10-15", "2024-10-15")],
    ),
    (
        "a place inside a quotation opened after the travel words is what the quoted words tell of, no stop",
        "Jon Doe arrived in Minneapolis on October 4. On October 5 he proceeded to the Hillstrom Museum “where an exhibition "
        "of Swedish art from 1862 onwards includes loans from the Nationalmuseum in Stockholm.”",
        date(2012, 10, 6),
        [("Minneapolis", "2012-10-04", "2012-10-04")],
    ),
    (
        "a tour's list goes on after 'followed by', each town with its own dates in brackets",
        "The Jon Doe Orchestra's summer tour will begin in Bath (July 17-20), followed by Cambridge (July 23-25), "
        "Cheltenham (August 2-3) and Windsor (August 9-10).",
        date(2024, 6, 27),
        [("Bath", "2024-07-17", "2024-07-20"), ("Cambridge", "2024-07-23", "2024-07-25"),
         ("Cheltenham", "2024-08-02", "2024-08-03"), ("Windsor", "2024-08-09", "2024-08-10")],
    ),
    (
        "a town after a tour line's day opens the line's name whatever venue follows ('Feb 20: Rio Estadio Do Maracana'); "
        "a town's two lines in a row are one stop",
        "The Jon Doe Band have announced a 2016 South American tour.\nFeb 16: Montevideo Estadio Centenario, Uruguay\n"
        "Feb 20: Rio Estadio Do Maracana, Brazil\nFeb 24: Sao Paulo Estadio Do Morumbi, Brazil\nFeb 27: Sao Paulo Estadio Do "
        "Morumbi, Brazil\nMar 02: Porto Alegre Estadio Beira-Rio, Brazil",
        date(2015, 11, 6),
        [("Montevideo", "2016-02-16", "2016-02-16"), ("Rio de Janeiro", "2016-02-20", "2016-02-20"),
         ("São Paulo", "2016-02-24", "2016-02-27"), ("Porto Alegre", "2016-03-02", "2016-03-02")],
    ),
    (
        "a tour's lines may give the day, a comma, then the town and the venue, with an aside in brackets; the tour is of "
        "the name it is called by ('the first Jondoe South American tour'), not of the page's 'we'",
        "We are delighted to announce the first Jondoe South American tour since 2016.\n"
        "Tuesday, April 7th 2026, Lima, Teatro Municipal, Peru (Tickets on sale Monday October 6th 11am)\n"
        "Wednesday, April 8th 2026, Quito, Teatro Sucre, Ecuador (Buy Tickets)\n"
        "Friday, April 10th 2026, Bogota, Teatro Colon, Colombia (Buy Tickets)",
        date(2025, 9, 29),
        [("Lima", "2026-04-07", "2026-04-07"), ("Quito", "2026-04-08", "2026-04-08"), ("Bogotá", "2026-04-10", "2026-04-10")],
    ),
    (
        "a tour's lines of a day's number, a dash and the town under a month's line date their towns, the first line too",
        "The Doe Band announces new tour dates.\n\nDates:\n\nNovember\n\n19 - Mexico City, Mexico - Foro Sol\n\n"
        "23 - Bogota, Colombia - Auditorio\n\n26 - Santiago, Chile - Arena\n\nDecember\n\n5 - Sao Paulo, Brazil - Fabrique",
        date(2024, 10, 28),
        [("Mexico City", "2024-11-19", "2024-11-19"), ("Bogotá", "2024-11-23", "2024-11-23"),
         ("Santiago", "2024-11-26", "2024-11-26"), ("São Paulo", "2024-12-05", "2024-12-05")],
    ),
    (
        "a sentence that goes on with a part of the day goes on with the day the one before told last; a day that opens "
        "a sentence and one told where the traveller arrives are the stop's first and last",
        "From Tuesday, 18 February, to Friday, 21 February 2014, Minister Jon Doe will visit the capitals of the Western "
        "Balkan countries.\n\nDoe will depart on Monday evening (17.2) for Belgrade, where he will be received on Tuesday, "
        "18 February, by the President.\n\nIn the afternoon, Doe will travel to Podgorica, where he will meet the Speaker."
        "\n\nLate Tuesday evening, Doe will fly to Sarajevo, where he will meet on Wednesday, 19 February, with the "
        "Foreign Minister.",
        date(2014, 2, 14),
        [("Belgrade", "2014-02-17", "2014-02-18"), ("Podgorica", "2014-02-18", "2014-02-18"),
         ("Sarajevo", "2014-02-18", "2014-02-19")],
    ),
    (
        "arriving 'here' is arriving at the dispatch's dateline; 'Delhi' after 'New Delhi' is the same stop",
        "TASHKENT, May 17 — Prime Minister Jon Doe arrived here on Friday for a visit to Uzbekistan. From Tashkent, he "
        "will travel to Samarkand on Saturday.",
        date(2024, 5, 17),
        [("Tashkent", "2024-05-17", "2024-05-17"), ("Samarkand", "2024-05-18", "2024-05-18")],
    ),
    (
        "'Delhi' after 'New Delhi' is the same stop",
        "NEW DELHI, Sept 19 — President Jon Doe on Thursday arrived here on a visit to India. Doe arrived in "
        "Delhi at noon, the ministry said. He will travel to Agra on Saturday.",
        date(2019, 9, 19),
        [("New Delhi", "2019-09-19", "2019-09-19"), ("Agra", "2019-09-21", "2019-09-21")],
    ),
    (
        "a fixture list in capitals dates its lines and names the town in brackets; the tour named in the heading "
        "makes the whole list, whoever the notes between its lines name",
        "Itinerary of the British and Irish Lions tour of New Zealand:\n\nJUNE 3: TOUR MATCH V BARBARIANS (WHANGAREI)\n"
        "The side is made up of provincial players, coached by Jon Doe.\nJUNE 7: TOUR MATCH V BLUES (AUCKLAND)\n"
        "Jane Roe has recovered from surgery, and her team mates travelled back from Samoa after facing Queensland in "
        "Apia on June 2.\nJUNE 10: TOUR MATCH V CRUSADERS (CHRISTCHURCH)\nThe last match before the tests.",
        date(2017, 5, 29),
        [("Whangarei", "2017-06-03", "2017-06-03"), ("Auckland", "2017-06-07", "2017-06-07"),
         ("Christchurch", "2017-06-10", "2017-06-10")],
    ),
    (
        "a tour's lines of a few days, a comma and a town's venue name the town; the same town on the next line goes on",
        "The Doe Ballet's tour schedule for the next six weeks:\n\nMay 21-22, Shenzhen Poly Grand Theater, Giselle;\n\n"
        "May 25-26, Chongqing Grand Theater, The Little Mermaid;\n\nMay 28-29, Chongqing Grand Theater, Giselle;\n\n"
        "June 1-2, Wuhan Qintai Grand Theater, The Little Mermaid;\n\nJune 8, Wenzhou Grand Theater, Giselle;",
        date(2014, 5, 13),
        [("Shenzhen", "2014-05-21", "2014-05-22"), ("Chongqing", "2014-05-25", "2014-05-29"), ("Wuhan", "2014-06-01", "2014-06-02"),
         ("Wenzhou", "2014-06-08", "2014-06-08")],
    ),
    (
        "a tour's lines of a month and days with a slash and a colon date their towns",
        "The Doe Orchestra will tour this spring. The full schedule of dates is below.\n02/27-28: Lima @ Teatro Municipal\n"
        "03/03: Quito @ Teatro Sucre\n03/07-08: Bogota @ Teatro Colon\n03/13: Caracas @ Teatro Teresa Carreño",
        date(2015, 1, 30),
        [("Lima", "2015-02-27", "2015-02-28"), ("Quito", "2015-03-03", "2015-03-03"), ("Bogotá", "2015-03-07", "2015-03-08"),
         ("Caracas", "2015-03-13", "2015-03-13")],
    ),
    (
        "a tour's lines of an abbreviated weekday, a month and its day, to another such day, date the island they end with",
        "The dates for England's tour of the Caribbean were confirmed on Friday.\nENGLAND IN THE CARIBBEAN 2019\n"
        "Fri Jan 11: England Team arrive, Barbados\nThu Jan 31 - Mon Feb 4: 2nd Test, Sir "
        "Vivian Richards Stadium, Antigua\nSat Feb 9 - Wed Feb 13: 3rd Test, Darren Sammy National Cricket Stadium, St Lucia\n"
        "Mon Feb 25: 3rd ODI, National Cricket Stadium, Grenada",
        date(2018, 8, 31),
        [("Barbados", "2019-01-11", "2019-01-11"), ("Antigua and Barbuda", "2019-01-31", "2019-02-04"),
         ("Saint Lucia", "2019-02-09", "2019-02-13"), ("Grenada", "2019-02-25", "2019-02-25")],
    ),
    (
        "a stop lasts until the day the traveller leaves it for the next, told in a sentence of its own",
        "Minister Jane Roe will arrive in Cairo on April 29. She leaves for Nairobi on May 1 to meet the President.",
        date(2023, 4, 20),
        [("Cairo", "2023-04-29", "2023-05-01"), ("Nairobi", "2023-05-01", "2023-05-01")],
    ),
    (
        "a town told by what kind of city it is goes as well ('the ancient city of Hue')",
        "Emperor Jon Doe will leave Tokyo for Hanoi on Feb 28. In Hanoi, he will attend a banquet, before visiting the "
        "ancient city of Hue in central Vietnam. He will then head to Bangkok on March 5.",
        date(2017, 1, 21),
        [("Hanoi", "2017-02-28", "2017-02-28"), ("Huế", None, None), ("Bangkok", "2017-03-05", "2017-03-05")],
    ),
    (
        "a side's fixtures are where it goes: whom it plays, faces or takes on, at or in a town",
        "The Pakistan hockey team will play Belgium in Antwerp on May 20 and face Germany in Krefeld on May 22.",
        date(2018, 6, 25),
        [("Antwerp", "2019-05-20", "2019-05-20"), ("Krefeld", "2019-05-22", "2019-05-22")],
    ),
    (
        "a team named by its people's adjective travels, and reaching a town is going there",
        "The Indian team will reach Colombo on August 3.",
        date(2015, 7, 9),
        [("Colombo", "2015-08-03", "2015-08-03")],
    ),
    (
        "the visit of a prime minister 'and his wife' is his: she is no traveller of the trip's first row",
        "On Friday, the visit of Prime Minister Jon Doe and his wife Jane Roe to Ghana began. On Saturday he will travel "
        "to Togo.",
        date(2024, 4, 12),
        [("Ghana", "2024-04-12", "2024-04-12"), ("Togo", "2024-04-13", "2024-04-13")],
    ),
    (
        "'The first stop' is the stop of the trip told last",
        "President Jon Doe will embark on a tour of Central Africa on March 1. The first stop will be in the capital of "
        "Gabon, Libreville, where he will attend a summit on March 1-2.",
        date(2023, 2, 23),
        [("Libreville", "2023-03-01", "2023-03-02")],
    ),
    (
        "where a trip 'started' (with no trip noun after the verb) or is 'beginning' is its first stop",
        "The tour of Prime Minister Jon Doe started in Tawau on Monday, where he met farmers.",
        date(2021, 1, 19),
        [("Tawau", "2021-01-18", "2021-01-18")],
    ),
    (
        "... told by a participle at the head of the sentence",
        "Beginning in Fiji today (12 August), Minister Heather Wheeler will be shown the impacts of climate change.",
        date(2019, 8, 12),
        [("Fiji", "2019-08-12", "2019-08-12")],
    ),
    (
        "a diary's stop with no date of its own is on the last day the diary told before it: its heading's ...",
        "Sunday 23 July 2017 – Departure from Moscow\nWe woke up at 5am for our great departure eastwards.\nIn Vladimir, "
        "a driver was waiting for us outside the station. We started with a quick visit of the cathedral in Vladimir.\nWe "
        "then drove 11 km to go to Bogolyubovo to see the church.",
        date(2017, 7, 25),
        [("Vladimir", "2017-07-23", "2017-07-23")],
    ),
    (
        "... or a sentence's",
        "We left Paramaribo on August 16. The bus was full. We arrived in Cayenne to find our hotel closed. We then drove "
        "to Kourou.",
        date(2016, 9, 1),
        [("Cayenne", "2016-08-16", "2016-08-16"), ("Kourou", "2016-08-16", "2016-08-16")],
    ),
    (
        "... but not a day long before the story's, told on the way",
        "We arrived in Cayenne on 12 May 1850 by the old road. We then drove to Kourou.",
        date(2016, 9, 1),
        [("Cayenne", "1850-05-12", "1850-05-12"), ("Kourou", None, None)],
    ),
    (
        "a day's itinerary by its title: each town line under it, its state or country written in full, is a stop on "
        "that day, of the one whose title its items open with",
        "Media Advisory - Itinerary for Thursday, August 15, 2019\n\nOTTAWA, Aug. 14, 2019 /CNW/ -\n\nNote: All times "
        "local\n\nFredericton, New Brunswick\n\n11:00 a.m.\n\nThe Prime Minister will meet with the Mayor to discuss "
        "flood relief.\n\nCarleton Street Armoury\n\nDieppe, New Brunswick\n\n5:00 p.m.\n\nThe Prime Minister will "
        "attend a ceremony.",
        date(2019, 8, 14),
        [("Fredericton", "2019-08-15", "2019-08-15"), ("Dieppe", "2019-08-15", "2019-08-15")],
    ),
    (
        "... or whose title names its owner",
        "Prime Minister's itinerary for Sunday, September 18, 2022\n\nNote: All times local\n\nLondon, United Kingdom\n\n"
        "9:00 a.m.\n\nThe Prime Minister will meet with the Prime Minister of Australia.",
        date(2022, 9, 17),
        [("London", "2022-09-18", "2022-09-18")],
    ),
]


@pytest.mark.parametrize("why,text,dct,expected", CASES, ids=[c[0] for c in CASES])
def test_stops_in_order_with_their_dates(why, text, dct, expected):
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": dct.isoformat()})
    assert [(s["name"], s["start"], s["end"]) for s in rec["stops"]] == expected


def test_a_town_named_again_in_apposition_is_one_stop():
    """"Podgorica, the Montenegrin capital": the capital its country's adjective names is the same town, no second stop."""
    text = ("Jane Roe begins her trip to the Western Balkans on Wednesday, October 23, in Tirana. The last stop on her "
            "journey is Podgorica, the Montenegrin capital.")
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2024-10-22"})
    assert [s["name"] for s in rec["stops"]].count("Podgorica") == 1


def test_stop_text_is_the_mention():
    text = "Blinken will travel to Brussels, Belgium, April 3-5."
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2023-03-31"})
    (stop,) = rec["stops"]
    assert (stop["text"], stop["name"], stop["country_code"]) == ("Brussels", "Brussels", "BE")


@pytest.mark.parametrize("text,who", [
    # a tour called by its maker's name, before the tour's region ("South American"), is the maker's
    ("We are delighted to announce the first Jondoe South American tour.\nTuesday, April 7th 2026, Lima, Teatro Municipal, "
     "Peru\nWednesday, April 8th 2026, Quito, Teatro Sucre, Ecuador\nFriday, April 10th 2026, Bogota, Teatro Colon, "
     "Colombia", {"Jondoe"}),
    # a style of address is no part of a name ("His Majesty", "Her Majesty"): each of two so styled travels
    ("His Majesty Sultan Jon Doe will undertake a state visit to Brunei tomorrow.", {"Sultan Jon Doe"}),
    # ... nor is a royal's style written short ("HRH", "T.R.H.s": Their Royal Highnesses)
    ("HRH Princess Jane will visit Ghent on Monday.", {"Princess Jane"}),
    ("On November 16, 2011, T.R.H.s Prince Jon and Princess Jane visited the province of Namur. In the afternoon, the "
     "prince travelled to the town of Dinant.", {"Prince Jon", "Princess Jane"}),
    ("His Majesty Sultan Jon Doe and Her Majesty Raja Jane Doe will undertake a state visit to Brunei tomorrow.",
     {"Sultan Jon Doe", "Raja Jane Doe"}),
    # a team named before any person is its own traveller
    ("The Pakistan cricket team will depart for England on June 25, 2021.", {"Pakistan cricket team"}),
    ("The Illinois men’s basketball team leaves for Italy on Sunday.", {"Illinois men’s basketball team"}),  # (named deeper)
    # a team's nickname under "the" is the team met before, as a title is its holder ("the Ministers" are not one)
    ("Chelsea have confirmed that they will visit Singapore this summer. The Blues will begin their tour of Asia on "
     "July 22 in Beijing.", {"Chelsea"}),
    # a style of something, then the title and the name: the name travels ("Custodian" is no one)
    ("Custodian of the Two Holy Mosques King Salman will embark on an Asian tour next week. The King will arrive in "
     "Kuala Lumpur first.", {"Salman"}),
    # a team whose tour it is travels, not the board that tells of it
    ("The Nepal Cricket Board on Friday announced the itinerary for the Scotland women’s cricket team’s tour of Nepal. "
     "The team will arrive in Kathmandu on 3 March.", {"Scotland women’s cricket team"}),
    # ... and a name in a relative clause about a subject is no traveller
    ("The Pakistan cricket team will depart for England on June 25, 2021. The remaining members, who are playing in the "
     "Pakistan Super League, will join the squad for the England tour from Abu Dhabi.", {"Pakistan cricket team"}),
    # a schedule's "Touring party" is the team the text is about
    ("England’s cricket team tour of Sri Lanka has been rescheduled for January 2021.\n\nSaturday, 2 January: Touring "
     "party departs from London to Hambantota", {"England’s cricket team"}),
    # who tells of a trip in the clause before it does not make it ("X said the royal couple were due to arrive")
    ("Crown Princess Jane will tour Australia this month. Sweden's ambassador to Australia, Jon Roe, said the royal "
     "couple were due to arrive in Canberra on February 12.", {"Crown Princess Jane"}),
    # a style, then a name that ends in its number: the name travels, not the other king named later
    ("Matsieng, Lesotho – His Majesty King Mswati III arrived to a cultural welcome in Lesotho on Sunday afternoon and "
     "spent the better part of yesterday engaging with King Letsie III.", {"Mswati"}),
    # a style, the name and the office after it: the whole name travels (a parish of the Isle of Man is called Michael)
    ("The Most Reverend Michael Jon Roe, Presiding Bishop and Primate of the Episcopal Church, will travel to Houston on "
     "Tuesday.", {"Michael Jon Roe"}),
    # a place the model read as the subject is no one: "Washington, DC — Administrator ... will travel"
    ("Washington, DC — Administrator Jane Power will travel to Kenya and Tanzania next week to reinforce the United "
     "States' longstanding and continued commitment to both countries.", {"Jane Power"}),
    # "the Chief Guest" is the visitor met before, no one called Guest
    ("The President of Seychelles, Mr Jon Doe, arrived on a State Visit to Mauritius this afternoon. On the second "
     "day of the visit, the Chief Guest will have a working session at the New Treasury Building in Port Louis.",
     {"Jon Doe"}),
    # a place the gazetteer lacks after "the city of" is no one
    ("Jon Doe and the Symphony Orchestra embarked on a tour of South America. The tour kicked off on Tuesday with a "
     "performance in the Brazilian city of Bahai, and future stops include Sao Paulo, Brazil (June 19, 20 and 21) and "
     "Montevideo, Uruguay (June 28).", {"Jon Doe", "Symphony Orchestra"}),
    # who gives a tour is the guide; those given it make it
    ("Prince Jon Doe arrived in Havana on Sunday. Ann Roe, a historian, gave them a tour of Old Havana on Monday. "
     "They continued the tour with a visit to Barbados.", {"Prince Jon Doe"}),
    # a month is no one: "They’ll spend April traveling"
    ("Radiohead have been teasing some 2018 tour dates for a while. They’ll spend April traveling the continent, "
     "beginning with an appearance in Santiago, Chile at Sue Festival on April 11.", {"Radiohead"}),
    # a quote's "I" is the one quoted, met before
    ("Pope Jon XX will visit Benin from Nov. 18 to 20. He said: “I hope to see you all as I prepare to go to Benin.” "
     "On Nov. 19 he will meet officials in Cotonou.", {"Jon XX"}),
    # a name runs on over "of the" to another capitalised word only: "Before the pandemic" is no one
    ("The Chief Minister travels to London today to host the reception. Mr Roe returns to the Rock this Thursday.\n\n"
     "The Chief Minister said: ‘I will be travelling to the United Kingdom today for the first time since last August. "
     "It has been thirteen months since I last visited the UK. Before the pandemic I would be travelling to the UK "
     "several times a month.’", {"Roe"}),
    # a couple known only by their style, or by its short form, is its own traveller
    ("Their Royal Highnesses will visit Dehradun, Mumbai and Pune from 6 to 14 November 2013.", {"Their Royal Highnesses"}),
    ("Their Majesties will arrive in Bandar Seri Begawan on 12 May 2024.", {"Their Majesties"}),
    ("TRH will be making a nine day visit to India from 6 to 14 November 2013.", {"TRH"}),
    # a preposition opening a sentence is no one's name ("Unlike most state visits, this trip will see ...")
    ("The President of Argentina will begin his tour with a stopover in Dubai. Unlike most state visits, this trip will "
     "see Macri sign agreements in China.", {"President of Argentina"}),
    # a royal's land after the name is no part of it; a rank's land is its title ("the Duke of Edinburgh")
    ("Grand Duke Jon and Princess Jane of Luxembourg are on a three-day State Visit to Japan, from November 27th-29th, "
     "2017.", {"Grand Duke Jon", "Princess Jane"}),
    # a band that announces its tour makes the list's trip, whoever it quotes; a people's adjective is its name's
    ("British Doe announces new tour dates. “We’re really excited,” says Jon Roe.\n\nDates:\n\n19 November 2024 - Lima, Peru\n\n"
     "23 November 2024 - Quito, Ecuador\n\n26 November 2024 - Santiago, Chile", {"British Doe"}),
    # a number opening a sentence is no one's name ("Thirty five euros to travel the three hours"): the writer's "we" travel
    ("We left Paramaribo on August 16. Thirty five euros to travel the three hours confirmed the rumours! We arrived "
     "in Cayenne to find our hotel closed.", {"we"}),
    # of two teams told together neither is the traveller of their shared trip's clause alone
    ("The Indian men's team and the Indian women's team embarked on a tour of Europe on Saturday. During the tour, the "
     "Indian men's team will compete against Belgium.", set()),
    # the visit "of" a prime minister "and his wife" is his
    ("On Friday, the visit of Prime Minister Jon Doe and his wife Jane Roe to Ghana began.", {"Jon Doe"}),
])
def test_who_travels(text, who):
    from timeline.reading.documents import make_document
    from timeline.pipeline import process

    assert {it.traveller for it in process(make_document(text, "t")).itineraries} == who


def test_a_programme_s_numbered_days_date_the_bulleted_lines_under_them():
    """"Day 0 - Tuesday, July 11th", then "Day 2 - Thursday 13th": each heads the lines bulleted under it, however long."""
    text = ("State Visit to the UK - Schedule\n\nDay 0 - Tuesday, July 11th\n  • King Jon and Queen Jane arrive in London in "
            "the afternoon and are met at the airport by the Lord-in-Waiting.\n\nDay 2 - Thursday 13th\n  • King Jon and "
            "Queen Jane travel to Oxford to open an exhibition of Spanish treasures at the Weston Library.")
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2017-06-28"})
    assert [(s["name"], s["start"]) for s in rec["stops"]] == [("London", "2017-07-11"), ("Oxford", "2017-07-13")]


def test_a_tour_s_dated_lines_may_name_the_match_before_the_town():
    text = ("The Pakistan cricket team will depart for England on June 25 on a chartered flight.\n\nTour itinerary:\n\n"
            "25 June – Departure for Manchester\n\n8 July - 1st ODI, Sophia Gardens, Cardiff\n\n10 July – 2nd ODI, Lord’s, "
            "London\n\n13 July – 3rd ODI, Edgbaston, Birmingham")
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2021-06-14"})
    assert [(s["name"], s["start"]) for s in rec["stops"]] == [
        ("Manchester", "2021-06-25"), ("Cardiff", "2021-07-08"), ("London", "2021-07-10"), ("Birmingham", "2021-07-13")]


def test_a_tour_s_venue_lines_may_stand_over_their_date_lines():
    text = ("Jane Doe has announced her first Australian tour, with dates in Perth, Sydney, Brisbane and Adelaide.\n\nThe "
            "singer posted a note on her Twitter account sharing her excitement.\n\nJANE DOE LIVE 2017\n\nPERTH – DOMAIN STADIUM\nTUESDAY "
            "FEBRUARY 28\n\nBRISBANE – THE GABBA\nSATURDAY MARCH 4\n\nSYDNEY – ANZ STADIUM\nFRIDAY MARCH 10\n\nADELAIDE – "
            "ADELAIDE OVAL\nMONDAY MARCH 13\n")
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2016-11-20"})
    assert [(s["name"], s["start"]) for s in rec["stops"]] == [
        ("Perth", "2017-02-28"), ("Brisbane", "2017-03-04"), ("Sydney", "2017-03-10"), ("Adelaide", "2017-03-13")]


@pytest.mark.parametrize(
    "text,traveller",
    [
        # the name on a line of its own above the list, over the list's lines that gave no town
        ("Our picks of the summer's outdoor shows:\nA Winter's Tale\nDoe Players\nThursday 16th June Trebah Gardens\n"
         "Friday 17th June Market Square, Leeds\nSaturday 18th June The Quay, Sheffield\nMonday 20th June Castle Green, Nottingham",
         "Doe Players"),
        # the name in the text's title
        ("The 2018 Doe Vintage Rally route.\nStage 1, September 8: Leeds\nStage 2, September 9: Sheffield\n"
         "Stage 3, September 10: Nottingham", "Doe Vintage Rally"),
        # neither: the list is still one trip
        ("The club will be on the road for a fortnight, and all of its games will be on the radio.\n\nROAD GAMES\n\n"
         "Friday, June 17 — Leeds, 7:07 p.m.\n\nSaturday, June 18 — Sheffield, 6:07 p.m.\n\nMonday, June 20 — Nottingham, 1:07 p.m.",
         "the tour"),
    ],
)
def test_a_tour_s_list_whose_owner_no_sentence_tells_is_one_trip_under_its_name(text, traveller):
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2016-06-01"})
    assert rec["traveller"] == traveller
    assert [(s["name"], s["start"]) for s in rec["stops"]] == [
        ("Leeds", "2016-06-17" if traveller != "Doe Vintage Rally" else "2016-09-08"),
        ("Sheffield", "2016-06-18" if traveller != "Doe Vintage Rally" else "2016-09-09"),
        ("Nottingham", "2016-06-20" if traveller != "Doe Vintage Rally" else "2016-09-10")]


@pytest.mark.parametrize(
    "text,travellers",
    [
        ("President Biden and Secretary Blinken will travel to Paris on June 5, 2024.", {"Biden": ["Paris"], "Blinken": ["Paris"]}),
        ("The Vice President and the Second Gentleman will travel to Accra on March 26, 2023.",
         {"Vice President": ["Accra"], "Second Gentleman": ["Accra"]}),
        ("Vice President Harris will travel to Paris on June 5, 2024. Second Gentleman Douglas Emhoff will travel to Rome on June 6, 2024.",
         {"Harris": ["Paris"], "Douglas Emhoff": ["Rome"]}),
        # a sentence's first word, a nationality and a headline's "To" are no part of the name
        ("Then Secretary Kerry will travel to Athens on December 4, 2015.", {"Kerry": ["Athens"]}),
        ("British Prime Minister Keir Starmer will travel to Dublin on September 7, 2024.", {"Keir Starmer": ["Dublin"]}),
        ("Her Excellency the Right Honourable Jane Doe will travel to Ottawa on September 7, 2024.", {"Jane Doe": ["Ottawa"]}),
        # the one whose mission it is travels; "Premier" and "Prof." are titles
        ("Premier Jane Roe’s mission to Arizona will run from May 3-6, 2018.", {"Jane Roe": ["Arizona"]}),
        ("Prof. Jon Doe will travel to Lilongwe on 17 June 2020.", {"Jon Doe": ["Lilongwe"]}),
        # a verb that opens the sentence is no one's name ("Promoting"), and the one named later travels
        ("Promoting the province's key sectors is job one on the trade mission, now leaving for Hong Kong. Premier Jon Doe "
         "leaves on 19 October 2005 for Tokyo.", {"Jon Doe": ["Tokyo"]}),
        # nor is a noun that opens it and that the text also writes in lower case; a team's name it never does is one
        ("Members of the royal family will visit Leicester on 11 February 2020. They will meet members of a choir.", {}),
        ("Tigers will travel to Leeds on 11 February 2020 for the final.", {"Tigers": ["Leeds"]}),
        # a style between "the" and the name makes it a name, not a title: the title is the appositive
        ("OTTAWA — The Honourable Jane Roe, Canada’s Minister of Natural Resources, will visit Toronto on October 29, 2018.",
         {"Jane Roe": ["Toronto"]}),
        # "leave X for Y" goes to Y; two who leave together go on together ("before travelling to"); a rank beside a
        # title is no name
        ("The Governor-General, Lt Gen Sir Jon Doe, is to visit Niue this week. The Governor-General and Lady Jane Roe "
         "will leave New Zealand for Niue on 18 October 2013 before travelling to the Cook Islands on 20 October.",
         {"Jon Doe": ["Niue", "Cook Islands"], "Jane Roe": ["Niue", "Cook Islands"]}),
        # "proceed to"; the name beside a title before "accompanied by" is the traveller, not the companion's
        ("The President of the Republic, Mr Jon Doe accompanied by the First Lady Mrs Jane Doe will attend the funeral in "
         "London on 19 September 2022. The President and the First Lady will then proceed to New York on 20 September.",
         {"Jon Doe": ["London", "New York"]}),
        # the one sent travels, not the sender; a trip's own name ("his Apostolic Journey") is no traveller
        ("Following the postponement of his Apostolic Journey to Kenya, His Holiness Pope Francis has decided to send the "
         "Secretary of State, Cardinal Jon Doe, to Kinshasa and Juba. The visit will take place from 1 to 8 July 2022.",
         {"Jon Doe": ["Kinshasa", "Juba"]}),
        # a title of hyphenated words, and a title whose name stands beside it, are whom "the Chair" means later
        ("OSCE Chair-in-Office Jon Doe will visit Montenegro on 12 November 2024. On 13 November, Chair-in-Office Doe "
         "will travel to Albania.", {"Jon Doe": ["Montenegro", "Albania"]}),
        ("The Chairperson of the Commission, Jon Roe Doe, will address the Parliament in Midrand, South Africa, on 7 May 2018. The "
         "Chairperson of the Commission will then travel to Windhoek on 8 May 2018.", {"Jon Roe Doe": ["Midrand", "Windhoek"]}),
        # one surname, two people: the given names tell them apart
        ("President Joseph R. Biden will travel to San Francisco on November 14, 2023. "
         "First Lady Jill Biden will travel to Tokyo on November 15, 2023.",
         {"Joseph R. Biden": ["San Francisco"], "Jill Biden": ["Tokyo"]}),
        # an organisation's acronym is no traveller; the First Family travels with the one it is the family of
        ("President Obama will travel to Denver on July 8, 2014. On July 9, the President will attend a DNC event "
         "before returning to Washington.", {"Obama": ["Denver", "Washington"]}),
        ("President Obama will travel to Chicago on April 27, 2011. On April 29, the First Family will travel to Miami.",
         {"Obama": ["Chicago", "Miami"]}),
        # the name follows the last title word, however long the title
        ("Foreign Affairs Minister Nanaia Mahuta will travel to Canberra on March 28, 2022.", {"Nanaia Mahuta": ["Canberra"]}),
        ("USAID Counselor Thomas H. Staal will travel to Nairobi on April 1, 2017. Counselor Staal will then travel to Juba.",
         {"Thomas H. Staal": ["Nairobi", "Juba"]}),
        # known only by a title, the President is still the one "the First Family" travels with
        ("On Wednesday, the President will travel to Chicago. On Friday, the First Family will travel to Cape Canaveral. "
         "The President will then travel to Miami.", {"President": ["Chicago", "Cape Canaveral", "Miami"]}),
        # a byline and a headline's verb are no part of a name; a name does not run over a line's end
        ("By Jane Q.\n\nPreviewing The President's Trip To Europe\n\nPresident Obama will travel to Warsaw on June 3, 2014.",
         {"Obama": ["Warsaw"]}),
        # "take him to" sends the one named before; an organisation's name is no traveller
        ("Admiral Jon Doe has begun a swing through the Pacific that will take him to Jakarta and Manila.",
         {"Jon Doe": ["Jakarta", "Manila"]}),
        ("The Joint Chiefs of Staff will travel to Jakarta on May 3, 2008.", {}),
        ("The Obama administration's top military official is in Baghdad on May 3, 2010.", {}),
        # the places "in" the rest of the sentence, with the lists they open
        ("Secretary Doe will embark on an overseas trip Saturday, April 10, to meet leaders in Israel, Germany, and the "
         "United Kingdom.", {"Doe": ["Israel", "Germany", "United Kingdom"]}),
        # a schedule's person under a title written short ("Gov.")
        ("Gov. Jon Q. Doe’s Schedule\nApril 24 – 28, 2023\nMonday, April 24 – Connecting Utah Tour\n7:30 a.m. Visit Syracuse High School\nLocation: Syracuse\n"
         "Tuesday, April 25\n8 a.m. Visit Green Canyon High School\nLocation: Logan", {"Jon Q. Doe": ["Syracuse", "Logan"]}),
        # a title's holder who "visits" goes there; "the State Visit to" is the trip's own name
        ("The King visits Lincolnshire\n\nToday, The King carried out engagements in Lincolnshire.", {"King": ["Lincolnshire"]}),
        ("The State Visit to Ruritania will take place in May.", {}),
        # ... and behind the kind of area it names ("communities in the Diocese of Bristol")
        ("Archbishop Jon Doe is set to visit churches, schools and communities in the Diocese of Bristol.",
         {"Jon Doe": ["Bristol"]}),
        # the subject of the travel verb: "he" over the nearer capitalised word, the one asked to travel over the asker
        ("Commissioner Jon Doe will visit Tirana on Wednesday. He will also address the Assembly and will then travel to "
         "Belgrade on Thursday.", {"Jon Doe": ["Tirana", "Belgrade"]}),
        ("President Jane Roe has asked Vice President Jon Doe to travel to Baku on September 2.", {"Jon Doe": ["Baku"]}),
        # a title with no name after it ("FCO Minister") is the one named under that title later
        ("FCO Minister for Asia, is today starting a visit to Beijing and Chengdu. During his trip, Minister Jon Doe will "
         "call on officials. He will also visit Nanjing.", {"Jon Doe": ["Beijing", "Chengdu", "Nanjing"]}),
        # a title as subject with the name beside it; a participle's subject is its main clause's ("Visiting Cairo, ...")
        # "he" in a clause of the sentence's own subject is that subject, not someone named since
        ("Jon Doe speaks with the Prime Minister of Ruritania, Ann Roe, as he flies to Indonesia for an official visit.",
         {"Jon Doe": ["Indonesia"]}),
        ("Minister for the Middle East, Lord Jon Doe of Wimbledon, visited Egypt.\n\nVisiting Cairo for two days, "
         "Lord Doe met officials.", {"Lord Jon Doe": ["Cairo"]}),
        # the name after a title's region ("for Latin America and the Caribbean"), which is no one's name; the trip's range
        ("Assistant Administrator for Latin America and the Caribbean Jane Doe will travel to Central America from "
         "August 22-September 1, 2016. On her visit to El Salvador and Honduras, she will meet officials.",
         {"Jane Doe": ["El Salvador", "Honduras"]}),
        # a proper noun under "the" is a title, whatever the title ("the Tánaiste"), and a name's "T.D." is no part of it
        ("The Tánaiste and Minister for Foreign Affairs, Jon Doe T.D., today begins a visit to Cairo.\n\nOn Thursday, "
         "the Tánaiste is expected to travel to Gaza.", {"Jon Doe": ["Cairo", "Gaza"]}),
        # "flying via X to Y", "flew north to Y": a flight's destination
        ("Secretary-General Jon Doe departed New York on 20 June, flying via Brussels to Entebbe, Uganda. Later that "
         "morning, Mr. Doe flew north to Arua to visit a settlement.", {"Jon Doe": ["Entebbe", "Arua"]}),
        # a title written short ("MoS", Minister of State) is the one the text is about, no one of its own
        ("Minister of State Jon Doe will pay a visit to Kenya from 20-23 November 2023. A delegation will accompany MoS "
         "for the visit.\n\nMoS will first visit Nairobi. Thereafter, he will travel to Mombasa.",
         {"Jon Doe": ["Nairobi", "Mombasa"]}),
        # "a trip that took me to": the writer's stops; "I’ve" is the writer, not a name
        ("I’ve just returned from a five day trip that took me to Israel, Egypt and Italy.",
         {"I": ["Israel", "Egypt", "Italy"]}),
        # a diary's "we" travel, the writer's party, where the text names no traveller ...
        ("On Monday we drove to Leeds. On Tuesday we went on to York.", {"we": ["Leeds", "York"]}),
        # ... but not where it names one: "we" in a quote is the traveller's party, told under their name
        ("President Jon Doe will travel to Paris on Monday. \"We will then go to Lyon,\" he said.",
         {"Jon Doe": ["Paris", "Lyon"]}),
        # a function word that opens the sentence is no name ("Upon his return"); the one met last returns
        ("Admiral Jon Doe flew to Rangoon on Monday. Upon his return to Bangkok, the admiral spoke.",
         {"Jon Doe": ["Rangoon", "Bangkok"]}),
        # a word the text writes after "the" is a title ("The Taoiseach is travelling"), not a traveller of its own:
        # its trips are the one person named under it, else the one person named under no title ...
        ("Tánaiste to visit Kenya\nThe Tánaiste, Jon Roe, will visit Nairobi on Tuesday.", {"Jon Roe": ["Nairobi"]}),
        ("Taoiseach begins trade mission\nMonday, 12 January 2009 16:26The Taoiseach is travelling to Japan for a trade "
         "mission.\nDuring the visit, Mr Roe and officials will visit Tokyo and Osaka.", {"Roe": ["Tokyo", "Osaka"]}),
        # the one a title under "the" stands beside travels, over the title's adjectives and hyphens, not who announced it
        ("Prime Minister Jon Doe has announced the Australian Governor-General, Sir Jon Roe, will make a State visit to "
         "New Zealand next week.", {"Jon Roe": ["New Zealand"]}),
        # a title beside a body's name, with a name beside the title in turn: that name travels
        ("United Nations (UN) Deputy Secretary-General, Jane Roe, has departed New York for Kigali, the capital of Rwanda.",
         {"Jane Roe": ["Kigali"]}),
        # the name "his wife, Jane Roe," is joined to travels, not the wife alone
        ("Crown Prince Jon Roe and his wife, Crown Princess Jane Roe, left Japan on Thursday for a tour of Poland.",
         {"Crown Prince Jon Roe": ["Poland"]}),
        # a delegation's trip is the one who "will lead the delegation"
        ("A business delegation will travel to China on Nov. 2-7. Premier Jon Roe will lead the delegation, which will "
         "include four premiers.", {"Jon Roe": ["China"]}),
        # a text's own title ("the Patriarch") is the one it names under it, not the last one named; a name keeps no rank
        ("Doe – Ecumenical Patriarch meeting set for September\nThe Ecumenical Patriarch Bartholomew is scheduled to meet "
         "with President Jon Doe at the White House on Tuesday, September 16. The Patriarch will visit Canada from "
         "September 15 to 25.", {"Bartholomew": ["Canada"]}),
        # the one a sentence's news is "according to" is no traveller; "the UN deputy chief" is the one met before
        ("Deputy Secretary-General Grace Okafor has departed New York for Kigali, the capital of Rwanda, to attend the "
         "summit.\n\nAccording to UN Spokesperson, Mr Stephane Dujarric, Okafor left New York on Tuesday evening to attend "
         "the meeting, holding between June 20 and June 26.\n\nThe spokesperson said after the summit, the UN deputy chief "
         "would proceed to Paris on Monday.\n\nOn June 30, she will then travel on to Lisbon.",
         {"Grace Okafor": ["Kigali", "Paris", "Lisbon"]}),
        # a title with a country's word is the one met with both ("the Japanese Prime Minister"), not the last minister
        ("Japanese Prime Minister Junichiro Doe will visit Addis Ababa on Saturday. Deputy Foreign Minister Osei Roe told "
         "reporters on Saturday ahead of the visit that Ghana hopes for more aid. The Japanese Prime Minister will travel "
         "to Accra on Monday.", {"Junichiro Doe": ["Addis Ababa", "Accra"]}),
        # the one a visit is "by" travels, not the subject of the clause it is told in; a full stop ends no name
        ("Officials are preparing for the visit to Peru on Monday by President Jon Doe.", {"Jon Doe": ["Peru"]}),
        ("The Senate welcomed the visit to Lima on Monday by President Jon Doe.", {"Jon Doe": ["Lima"]}),
        # an occasion's name is no one's: with nobody named, no trip
        ("The Boks will attend the gala World Rugby Awards ceremony in Paris on Sunday night before leaving France for "
         "South Africa on Monday morning.", {}),
        # a name the model split at its hyphen is whole
        ("Their Majesties King Willem-Alexander and Queen Máxima will pay a state visit to Denmark from 17 to 19 March.",
         {"Willem-Alexander": ["Denmark"]}),
        # a church's ranks are titles, written with or without spaces; a church is no one's name
        ("Archbishop of Canterbury Rt.Rev.Jon Doe, the spiritual head of the Anglican Church, will arrive in Sri Lanka "
         "today on a three-day visit. In the evening he will meet President Maithri Roe. On August 30, the Archbishop will "
         "travel to Kandy.", {"Jon Doe": ["Kandy"]}),
        # a name's plural word is part of it ("Arts")
        ("TORONTO — The National Arts Centre Orchestra will tour through Japan on June 6, 2025.",
         {"National Arts Centre Orchestra": ["Japan"]}),
        # a name known by no title, that the text opens with, is whom a later pronoun means; of two, the first; a word
        # the text also writes in lower case is no part of the name ("Pilots")
        ("Pilots Jon Roe and Jim Doe will begin their voyage in March, the pilots said. They'll stop in Muscat, Oman, "
         "and Mandalay, Myanmar.", {"Jon Roe": ["Muscat", "Mandalay"]}),
        ("Jon Roe spoke to reporters on Monday. He will stop in Muscat on Tuesday.", {"Jon Roe": ["Muscat"]}),
        # a county after a comma says where the town is: no stop of its own
        ("The puppet Jon Doe arrived in Folkestone, Kent on Wednesday.", {"Jon Doe": ["Folkestone"]}),
        # ... and with nobody named, the title travels
        ("The Defendant travelled to Leeds on 26 January 2002. He arrived at Leeds at 10pm.", {"Defendant": ["Leeds"]}),
        # one whose past visit a plaque commemorates is no traveller: the places after are the visitor's
        ("Prague, Sept 19 – President Jon Doe is planning a two-day visit to the South Moravian Region next week.\n\nOn "
         "Tuesday afternoon, Doe will attend the unveiling of a memorial plaque commemorating a visit by King Charles III. "
         "Another meeting with mayors is planned at the House of Nature, including a visit to a cave.\n\nOn Wednesday, Doe "
         "will start his program in the Breclav area. The program includes a meeting with citizens in the village of Hrusky.",
         {"Jon Doe": ["Breclav", "Hrusky"]}),
        # a body ("the Shanghai Cooperation Organization") is no traveller, and a capital that says something ("Beijing
        # said") no stop
        ('President Jon Doe will make state visits to Kazakhstan and Uzbekistan this week, Beijing said Monday.\n\nDoe will '
         'attend a summit of the Shanghai Cooperation Organization (SCO) in Samarkand, Uzbekistan, and "pay state visits to '
         'Kazakhstan and Uzbekistan" from Wednesday to Friday, the ministry said.', {"Jon Doe": ["Kazakhstan", "Samarkand"]}),
        # a country's president, named in the next sentence, travels
        ("Poland’s president is set to travel to Latvia on Tuesday for a three-day visit.\n\nJon Doe will be accompanied "
         "on the trip by his wife.", {"Jon Doe": ["Latvia"]}),
        # two who land together to begin a visit both make it; the name in brackets is the one they are called by later
        ("President Jon Doe (Jondo) and First Lady Ann Roe landed on Thursday 7 May 2015 to begin a visit to Indonesia. "
         "On Friday 8 May, President Jondo will travel to Singapore.",
         {"Jon Doe": ["Indonesia", "Singapore"], "Ann Roe": ["Indonesia"]}),
        # a stop a sentence opens with is of the one it names next, not of the one met last
        ("President Jon Doe and First Lady Ann Roe will visit Indonesia from 7 to 11 May 2015. In Ambon, President Jon Doe "
         "will open the meeting. In Jakarta, First Lady Ann Roe will open a school.",
         {"Jon Doe": ["Ambon"], "Ann Roe": ["Jakarta"]}),
        # of two named together the first leads, and a trip told as theirs is both's
        ("King Jon Doe and Queen Ann Roe to make State Visit to Germany\nKing Jon Doe and Queen Ann Roe are set to arrive "
         "for the three day trip on December 5th 2023.\nThe State Visit will take them to Berlin and Dresden.",
         {"Jon Doe": ["Berlin", "Dresden"], "Ann Roe": ["Berlin", "Dresden"]}),
        # ... also where their verb's words stand between them and the trip ("will pay a state visit"), after an opening
        # phrase that names another
        ("At the invitation of President Jon Roe, Their Majesties King Jon Doe and Queen Ann Doe will pay a state visit "
         "to Indonesia from Tuesday 10 March to Friday 13 March 2020.", {"Jon Doe": ["Indonesia"], "Ann Doe": ["Indonesia"]}),
        # ... but places joined by "and" before a clause of another subject are no pair of travellers
        ("The President of India, Smt. Jane Doe leaves New Delhi tomorrow on a five-day tour to Mumbai and Madhya Pradesh "
         "where she will visit Indore, Ujjain, Bhopal and Gwalior.",
         {"Jane Doe": ["Mumbai", "Indore", "Ujjain", "Bhopal", "Gwalior"]}),
        # the name set off by commas after a title's whole phrase travels, though the model hangs it from the phrase's
        # last noun: one traveller, not the title
        ("The UN Special Rapporteur on the rights of Indigenous Peoples, Jon Q Doe, will conduct an official visit to "
         "Botswana from 1 to 12 September 2025. Doe will visit Gaborone and Ghanzi.", {"Jon Q Doe": ["Gaborone", "Ghanzi"]}),
        # a band, side or ship the text calls only by that word travels where no one else does; not some of its people
        ("Fans are in for a treat this winter. The group will play dates in San Francisco and Sacramento.",
         {"The group": ["San Francisco", "Sacramento"]}),
        ("Jon Doe named his squad. Eight of the team play in France.", {}),
        # a chronology's lines of a day and a deed are no tour's dates, whatever places they name
        ("Timeline 1914\n\nJune 28th      Assassination of the Archduke at Sarajevo\n\nJuly 28th      Austria declares war "
         "on Serbia\n\nAug 1st      Germany declares war on Russia\n\nAug 4th      Germany invades Belgium", {}),
        ("Jon Doe named his squad. The team will travel to Leeds. Jane Roe will fly to York.", {"Jane Roe": ["York"]}),
        # names before "during the visit" are no one who travels with the traveller, and a later "he" is not them
        ("President Jon Doe will visit Frankfurt and Leipzig and attend events hosted by Enterprise Ireland, Bord Bia "
         "and Tourism Ireland during the visit. On Friday he will travel to Würzburg.",
         {"Jon Doe": ["Frankfurt", "Leipzig", "Würzburg"]}),
        # a schedule's dated items, which name no one, are of the one the schedule is of
        ("President Jon Doe will tour the region this week. His visit is as scheduled below:\n\nDecember 17, 2024 – "
         "visit Bududa.\n\nDecember 18, 2024 – visit Bulambuli.", {"Jon Doe": ["Bududa", "Bulambuli"]}),
    ],
)
def test_several_travellers(text, travellers):
    from timeline.reading.documents import make_document
    from timeline.pipeline import process

    found = {it.traveller: [s.place.text for s in it.stops] for it in process(make_document(text, "t")).itineraries}
    assert found == travellers


@pytest.mark.parametrize("text,order", [
    ("King Jon Doe and Queen Mary Roe will visit Berlin on 5 December 2023.", ["Jon Doe", "Mary Roe"]),
    ("Governor Jon Doe and First Lady Mary Roe will tour Kisumu on 30 May 2021.", ["Jon Doe", "Mary Roe"]),
    ("President Jon Doe and Secretary Mary Roe will travel to Lima on November 14, 2024.", ["Jon Doe", "Mary Roe"]),
])
def test_the_one_named_first_has_the_first_trip(text, order):
    from timeline.reading.documents import make_document
    from timeline.pipeline import process

    assert [it.traveller for it in process(make_document(text, "t")).itineraries] == order


def test_stop_scores_say_places_order_and_dates_apart():
    from timeline.evaluate import score_stops

    gold = [{"doc_id": "d", "stops": [{"names": ["Lima"], "start": "2024-11-14", "end": "2024-11-14"},
                                      {"names": ["Manaus"], "start": "2024-11-17", "end": "2024-11-17"}]}]
    pred = [{"doc_id": "d", "stops": [{"name": "Lima", "text": "Lima", "start": "2024-11-14", "end": "2024-11-14"},
                                      {"name": "Manaus", "text": "Manaus", "start": None, "end": None}]}]
    s = score_stops(gold, pred)
    assert (s["f1"], s["place_order_f1"], s["date_acc"]) == (0.5, 1.0, 0.5)


@pytest.mark.parametrize("gold,pred,right", [
    ("Antony Blinken", "Blinken", True),
    ("Recep Tayyip Erdogan", "Erdoğan", True),  # (any case or accents)
    ("Danko Jones", "Covid-19", False),
    ("Emperor Naruhito", "Empress Masako", False),  # the one who travels with the traveller is not the traveller
    ("Bill", "", False),
])
def test_the_trip_scores_say_whether_the_traveller_is_the_gold_one(gold, pred, right):
    from timeline.evaluate import score_stops

    stops = [{"names": ["Lima"], "start": None, "end": None}]
    found = [{"doc_id": "d", "traveller": pred, "stops": [{"name": "Lima", "text": "Lima", "start": None, "end": None}]},
             {"doc_id": "e", "traveller": "Ann Lee", "stops": []}]  # (no trip found: no traveller to judge)
    s = score_stops([{"doc_id": "d", "traveller": gold, "stops": stops}, {"doc_id": "e", "traveller": "Ann Lee", "stops": stops}], found)
    assert s["traveller_acc"] == (1.0 if right else 0.0)


@pytest.mark.parametrize(
    "run,name",
    [
        ("Then British Prime Minister Keir Starmer", "Keir Starmer"),
        # the country a nationality's word begins goes with it; a company's titles are titles
        ("President of the Russian Federation Vladimir Putin", "Vladimir Putin"),
        ("Microsoft Chairman and CEO Satya Nadella", "Satya Nadella"),
        ("Chief Executive Officer Jane Doe", "Jane Doe"),
        ("President of the Republic Sauli Niinistö", "Sauli Niinistö"),
        ("Dalai Lama(TibetanReview.net", "Dalai Lama"),  # a site's name glued on in brackets
        # a title's area before the name is no part of it; a first name that is also a place stays
        ("The Minister for the Middle East and North Africa Alistair Burt", "Alistair Burt"),
        ("Assistant Administrator for Latin America and the Caribbean Marcela Escobari", "Marcela Escobari"),
        ("Assistant Administrator for Latin America", ""),
        ("Acting Secretary of Homeland Security Chad F. Wolf", "Chad F. Wolf"),
        ("Prime Minister of Mongolia L.Oyun-Erdene", "L.Oyun-Erdene"),  # after "of", however short the name after it
        # the body a title is of is no part of the name after it
        ("Patriarch of Antioch and head of the Syrian Orthodox Church Ignatius Aphrem II", "Ignatius Aphrem"),
        ("External Affairs Minister Jon Mukherji Thursday", "Jon Mukherji"),
        ("Prime Minister Theresa May", "Theresa May"),
        ("Georgia Ann Smith", "Georgia Ann Smith"),
        ("United Nations High Commissioner for Refugees Filippo Grandi", "Filippo Grandi"),  # the plural the title is for
        ("Nonouti Island", ""),  # a place's last word: "the MV Butiraoi, which set off from Nonouti Island on a trip to"
        ("Malta International Airport", ""),  # a building's or a school's last word: no one travels
        ("Chinese National Defence University", ""),
        ("Anthony Lake", "Anthony Lake"),  # but a surname that is also a feature word stays a name
        # a title with no name after it
        ("FCO Minister", ""),
        # no name ends with "of" or "the" (a run of capitals runs on over them: "Jon Doe of the ...")
        ("Jon Doe of", "Jon Doe"),
        # a headline's capitalised words are no one's name
        ("EPA Chief Begins Three-State Tour Highlighting Climate Action Plan", ""),
        # a mayor's or governor's title, abbreviated or after the place they govern
        ("Wellington Mayor Jane Roe", "Jane Roe"),
        ("Michigan Gov. Jon Doe", "Jon Doe"),
        ("Lt. Gov. Jon P. Doe", "Jon P. Doe"),
        ("US Top Diplomat Doe", "Doe"),  # a headline's role before the surname
        ("lord mayor", ""),
        # the month of a date before the name ("On Friday 9th March Jon Doe will travel"); a surname that is a month stays
        ("March Jon Doe", "Jon Doe"),
        ("Theresa May", "Theresa May"),
        ("May", "May"),
        # a royal's land after the name; not a rank's ("Earl of Wessex"), nor a body's ("Bank of England")
        ("Princess Jane of Luxembourg", "Princess Jane"),
        ("Queen Jane of the Netherlands", "Jane"),
        ("Earl of Wessex", "Earl of Wessex"),
        ("Bank of England", "Bank of England"),
        # a headline's verb after the name; a prime minister written short
        ("Prime Minister Jon Doe Arrives", "Jon Doe"),
        ("PM Jon Doe", "Jon Doe"),
        # a run that went on past a full stop into the next sentence ("welcoming Archbishop Justin. We will show him")
        ("Archbishop Jon. We", "Jon"),
        ("President Jon Doe. The", "Jon Doe"),
        ("Jon Q. Doe", "Jon Q. Doe"),
    ],
)
def test_a_name_from_a_run_of_capitalised_words(run, name):
    from timeline.events.itineraries import clean_name

    assert clean_name(run) == name


def test_a_title_set_before_the_name_is_the_names():
    # "The Governor-General, Sir Jon Roe," holds the title: the bare title later is he, who leads the couple's trip
    text = ("Governor-General to visit Niue and the Cook Islands\n\n\n15 October 2013\n\nGovernor-General to visit Niue "
            "and the Cook Islands\n\nThe Governor-General, Lt Gen Rt Hon Sir Jon Roe, is to visit Niue and the Cook Islands "
            "later this week to reaffirm New Zealand’s close ties with the two South Pacific nations.\n\nThe Cook Islands "
            "and Niue are self-governing in free association with New Zealand and, along with the territory of Tokelau "
            "and the Ross Dependency, form part of the wider Realm of New Zealand.\n\nThe Governor-General and Lady Ann Roe "
            "will leave New Zealand for Niue on 18 October before travelling to the Cook Islands on 20 October, and "
            "returning to New Zealand on 24 October.")
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": "2013-10-15"})
    assert (rec["traveller"], [s["name"] for s in rec["stops"]]) == ("Jon Roe", ["Niue", "Cook Islands", "New Zealand"])


def test_a_record_scores_the_trip_of_the_traveller_it_names():
    # the gold record's traveller, named in full, picks that traveller's trip, not the longest one
    text = ("President Jon Roe will travel to Paris on June 5, 2024. Secretary Jane Doe will travel to Rome on June 6, 2024, "
            "Naples on June 7, 2024 and Milan on June 8, 2024.")
    picked = [itinerary_record({"doc_id": "t", "text": text, "dct": "2024-06-01", "traveller": who})["traveller"]
              for who in ("President Jon Roe", "Jane Doe", "")]
    assert picked == ["Jon Roe", "Jane Doe", "Jane Doe"]


@pytest.mark.parametrize("few", [32, 0])
def test_a_text_s_own_titles_are_the_words_it_writes_after_the_and_never_ends_a_name_with(monkeypatch, few):
    from timeline.events import itineraries

    monkeypatch.setattr(itineraries, "_FEW_WORDS", few)  # a few words looked for by name, or every run of capitals read
    text = "The Taoiseach is travelling. President Joe Biden met the Biden team. The Biden is. They loathe Emperor rule; the Emperor said."
    assert sorted(itineraries._styled_titles(text)) == ["Emperor", "Taoiseach"]
    # a run after "the" ("the Ecumenical Patriarch") is a longer title; a word that ends more titles than names is one
    text = "Doe – Ecumenical Patriarch meeting set\nThe Ecumenical Patriarch Bartholomew will meet Jon Doe. The Patriarch will visit."
    assert sorted(itineraries._styled_titles(text)) == ["Patriarch"]


@pytest.mark.parametrize(
    "text,going",
    [
        ("Upon his arrival in Tokyo on Tuesday, he met the community.", ["arrival in"]),
        ("After their arrival in Oslo, they rested.", ["arrival in"]),
        ("Another arrival in Tokyo was delayed.", []),  # "her" inside "another" is no one's arrival
    ],
)
def test_an_arrival_is_travel_only_when_it_is_someone_s(text, going):
    from timeline.events.itineraries import TRAVEL

    assert [m.group() for m in TRAVEL.finditer(text)] == going


def test_a_stop_row_keeps_the_text_s_date_and_gives_the_days_there_apart():
    text = ("President Jon Doe embarked on a State visit to Ghana, Togo and Zambia from April 7 to 12. He will arrive in "
            "Lome on April 9. President Doe would arrive in Lusaka in Zambia on April 10.")
    rows = extract(text, reference=date(2018, 4, 7))
    stops = rows[rows["stop_order"].notna()].drop_duplicates("event_id")
    got = [(r.place, r.start, r.end, r.stay_start, r.stay_end) for r in stops.itertuples()]
    assert got == [
        ("Ghana", "2018-04-07", "2018-04-12", "2018-04-07", "2018-04-09"),
        ("Lomé", "2018-04-09", "2018-04-09", "2018-04-09", "2018-04-10"),
        ("Lusaka", "2018-04-10", "2018-04-10", "2018-04-10", "2018-04-12"),
    ]


@pytest.mark.parametrize("text,dct,expected", [
    # the arrival's own day, though the sentence goes on to a later one: the stay is the trip's
    ("His Majesty King Jon Doe arrived to a cultural welcome in Lesotho on Sunday afternoon and spent the better part of "
     "yesterday engaging with King Letsie III.", date(2016, 10, 4),
     [("Lesotho", "2016-10-02", "2016-10-02", "2016-10-02", "2016-10-03")]),
    # ... or a visit's length: "tomorrow for a four-day state visit"
    ("The President of Tanzania, Jane Doe, will be arriving in New Delhi tomorrow for a four-day state visit.",
     date(2023, 10, 7), [("New Delhi", "2023-10-08", "2023-10-08", "2023-10-08", "2023-10-11")]),
    # but a stay whose end its own sentence tells is the stop's date
    ("On 6 September, Pope Jon will travel to Port Moresby, where he will remain until 9 September.", date(2024, 7, 5),
     [("Port Moresby", "2024-09-06", "2024-09-09", None, None)]),
])
def test_a_stop_row_is_dated_as_its_own_words_tell_it(text, dct, expected):
    rows = extract(text, reference=dct)
    stops = rows[rows["stop_order"].notna()].drop_duplicates("event_id")
    got = [(r.place, r.start, r.end, *(d if isinstance(d, str) else None for d in (r.stay_start, r.stay_end)))
           for r in stops.itertuples()]
    assert got == expected


def test_a_stay_taken_up_again_keeps_the_day_the_trip_went_there():
    """"On Wednesday, while in Denver" makes the stay last to Wednesday; the stop's event is still Tuesday's trip there."""
    from timeline.pipeline import extract

    text = ("On Tuesday, the President will welcome the Secretary General to the White House. In the evening, the President "
            "will travel to Denver, where he will remain overnight.\n\nOn Wednesday, while in Denver, the President will "
            "attend a fundraiser.")
    table = extract(text, reference=date(2014, 7, 4))
    row = table[(table["place"] == "Denver") & (table["place_role"] == "stop")].iloc[0]
    assert (str(row["start"]), str(row["end"]), str(row["stay_start"]), str(row["stay_end"])) == \
        ("2014-07-08", "2014-07-08", "2014-07-08", "2014-07-09")


@pytest.mark.parametrize("why,text,dct,expected", [
    (
        "a race's preview told stage by stage: the race is what travels, each stage's start and finish are stops on its "
        "day, counted one stage a day from the weekday it starts on (the coming one); a stage ending where the next starts "
        "is one stop over both days; 'on stage 4' names the stage of the words before it",
        "The Tour of the Lakes starts on Tuesday with stage 1 taking the riders from Keswick to Penrith. Stage 2 runs from "
        "Penrith to Kendal before the climb into Ambleside on stage 3. A Carlisle criterium brings the race to an end on "
        "stage 4.",
        date(2016, 1, 15),
        ("Tour of the Lakes", [("Keswick", "2016-01-19", "2016-01-19"), ("Penrith", "2016-01-19", "2016-01-20"),
                               ("Kendal", "2016-01-20", "2016-01-20"), ("Ambleside", "2016-01-21", "2016-01-21"),
                               ("Carlisle", "2016-01-22", "2016-01-22")]),
    ),
    (
        "the same race told after it ran: its weekday is the last one",
        "The Tour of the Lakes started on Tuesday with stage 1 taking the riders from Keswick to Penrith. Stage 2 to "
        "Kendal saw the first time gaps emerge.",
        date(2016, 1, 15),
        ("Tour of the Lakes", [("Keswick", "2016-01-12", "2016-01-12"), ("Penrith", "2016-01-12", "2016-01-12"),
                               ("Kendal", "2016-01-13", "2016-01-13")]),
    ),
    (
        "stages of something that is no race give no trip",
        "Stage 1 of the bypass opened near Leeds last year, and stage 2 will reach York in May.",
        date(2016, 1, 15),
        ("", []),
    ),
])
def test_a_race_told_stage_by_stage(why, text, dct, expected):
    rec = itinerary_record({"doc_id": "t", "text": text, "dct": dct.isoformat()})
    assert (rec["traveller"], [(s["name"], s["start"], s["end"]) for s in rec["stops"]]) == expected
