"""Travellers and their itineraries: who goes where, in what order, when.

Each sentence may say something about a trip: a travel verb or trip noun with a list of places
("will travel to Vienna, Seoul, and Manila, from March 14 to 20"), a place at its head ("In Laos,
Secretary Austin will ... on November 21"), the traveller doing something somewhere with no travel verb, read
from the sentence model ("On Saturday, Secretary Hagel will deliver the keynote address at the forum in Simi
Valley"), or a later day at the current stop. The statements are
put together in text order into one list of stops per traveller: a later statement refines a stop
already listed (a city for its country, a day for a range given for the whole list) rather than
adding it twice, "return to" always adds a stop, and a trip that "begins" on a day gives that day
to its first stop only (all of them when it says how many days: "embarks Friday on a two-day trip").
A dated return that names no place ("returns on Sunday, January 8") ends the trip at home.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta

from ..language import clauses, syntax
from ..language.gazetteer import airport, default_gazetteer, landmark, normalise
from ..language.places import km
from ..language.placenames import NAME_PARTICLES, PLACE_NOUNS, ROW_COLUMNS, lower_words, names_an_occasion, within
from ..language.temporal import NUMBERS, WEEKDAYS, ends_line, joined, opens_line
from ..models import Place, PlaceMention, Sentence, TimeMention
from ..reading.documents import by_sentence, glued_items
from ..reading.layout import dateline, dateline_end
from .stages import stages

# How a traveller goes ("went by yacht to Haifa", "travelled by special train to"): between the travel word and where.
_MEANS = ("yacht|boat|ship|steamer|sea|air|plane|jet|train|rail|road|car|bus|coach|helicopter|ferry|motorcade|land|carriage"
          "|chaise|taxi")
# How else a traveller goes somewhere, by some means or on foot ("sailed to Malta", "marched on to Grenoble"): the verb
# before "to" or "into".
_GOING = ("sail(?:s|ed|ing)?|march(?:es|ed|ing)|r(?:ide|ides|ode|iding)|dr(?:ive|ives|ove|iving)|walk(?:s|ed|ing)?"
          "|cycl(?:e|es|ed|ing)|steam(?:s|ed|ing)?|hik(?:e|es|ed|ing)|trek(?:s|ked|king)?|journey(?:s|ed|ing)?"
          "|motor(?:s|ed|ing)?|row(?:s|ed|ing)?|paddl(?:e|es|ed|ing)|cross(?:es|ed|ing)|(?:push|press)(?:es|ed|ing)?\\s+on"
          "|(?:go|goes|went|going)\\s+on")
# Where a traveller comes in, by the verb before "at" ("landed at Golfe-Juan", "docked at Valletta"), and where a night or a
# day is spent, by the verb before "at" or "in" ("camped at Wasna", "spent the night in Borsad").
_COMING_IN = "arriv(?:e|es|ed|ing)|land(?:s|ed)?|dock(?:s|ed)?|anchor(?:s|ed)?|puts?\\s+in"
_STAYING = ("stay(?:s|ed)?(?:\\s+(?:the\\s+night|overnight))?|camp(?:s|ed)?|halt(?:s|ed)?|slept|lodg(?:e|es|ed)"
            "|spen(?:d|ds|t)\\s+the\\s+(?:night|day|weekend|evening)")
# A side's games: the verb, and a word of the phrase that makes it a game ("against", "tests", "friendlies").
_PLAY_VERBS = r"play(?:s|ed|ing)?|fac(?:e|es|ed|ing)|tak(?:e|es|ing)\s+on"  # whom a side plays, below
_FIXTURE_VERBS = _PLAY_VERBS + r"|open(?:s|ed|ing)?|took\s+on"
_FIXTURES = r"against|tests?|matches|games|friendlies|exhibitions|fixtures|internationals|one-dayers|ODIs|T20Is?"
_FIXTURE = re.compile(r"(?:will\s+)?(?:" + _FIXTURE_VERBS + r")\b", re.IGNORECASE)
# The day a travel verb may be told with before where to ("leave Ghana on Saturday, May 26, 2018, for Japan", "will fly
# on Wednesday 19th of December to Punta Arenas")
_WHEN_BETWEEN = (
    r"(?:,?\s+(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:today|tonight|tomorrow|(?:this|next)\s+\w+|(?-i:[A-Z])[a-z]+day"
    r"|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]{2,8})(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,\s+(?-i:[A-Z])[a-z]+day)?(?:,?\s+(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]{2,8})?"
    r"(?:,?\s+\d{4})?(?:\s+\([^()]{1,24}\))?,?)?")
# What introduces the stops of a trip: a travel verb, or a trip noun ("a trip to", "Travel to", "his visit to").
# (every phrase opens with a letter: the lookahead spares the long alternation the ends of words, half its work)
TRAVEL = re.compile(
    r"\b(?=[a-z])(?:will\s+(?:then\s+|also\s+|later\s+|first\s+)?)?(?:"
    # ("The visit of Prime Minister of Mongolia L.Oyun-Erdene to Japan": whose visit, then where it goes)
    # (and the spouse with them: "the visit of Prime Minister Kishida Fumio and his wife Kishida Yuko to North Carolina")
    r"(?:trip|journey|tour|visit)\s+of\s+(?:(?:(?-i:[A-Z])[\w.’'-]*|of|the|and\s+(?:his|her)\s+(?:wife|husband|spouse))\s+){1,10}"
    r"to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # ("a two-day visit by the Prime Minister of the Kingdom of Sweden, Stefan Löfven, to Luxembourg": whose, set off)
    r"(?:trip|journey|tour|visit)\s+by\s+(?:(?:(?-i:[A-Z])[\w.’'-]*,?|of|the)\s+){1,12}to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"travel(?:s|led|ed|ling|ing)?|visit(?:s|ed|ing)?(?!\s+with\b)|arriv(?:e|es|ed|ing)(?=[^.,;:()]{0,45}?\bin\s+[A-Z]|\s+from\s+[A-Z][\w-]*\s+to\s+[A-Z]|\s+here\b)|(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))arrival\s+in(?=\s+[A-Z])|"
    r"head(?:s|ed|ing)?\s+to|(?:land(?:s|ed)?|(?<=,\s)landing)\s+in(?=\s+(?:the\s+)?[A-Z]|\s+the\s+capital\b)|fl(?:y|ies|ew|ying)(?:\s+(?:north|south|east|west)|\s+via\s+[A-Z][\w-]*|\s+(?:in|on))?\s+to|fl(?:y|ies|ew|ying)\s+into(?=\s+[A-Z])|fl(?:y|ies|ew|ying)" + _WHEN_BETWEEN + r"\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?P<ret>return(?:s|ed|ing)?\s+to|(?:is|was|are|were|be)\s+back\s+in)|(?:go(?:es)?|went)(?:\s+(?:by|in\s+(?:a|an|the|our|his|her|their))\s+(?:[a-z]+\s+)?(?:" + _MEANS + r"))?\s+to|transfer(?:s|red|ring)?\s+to(?=\s+(?:the\s+)?[A-Z])|proceed(?:s|ed|ing)?\s+to|"
    # ("The Indian team will reach Colombo on August 3"; not a hope or a chance: "trying to reach", "Ash could reach")
    r"(?<!\bto\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)reach(?:es|ed|ing)?(?=\s+(?-i:[A-Z]))|"
    # a side's fixture: where it plays whom ("will face England at Wembley on November 15", "take on Belgium in Antwerp")
    r"(?:" + _PLAY_VERBS + r")\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){1,4}(?:at|in)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # a band's or a side's dates: where it plays ("will play dates in San Francisco", "played two nights at Leeds"; a
    # performance is a stay's, below)
    # (not a match "played at Old Trafford": the game, no traveller)
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)play(?:s|ed|ing)?\s+(?:(?:two\s+|three\s+|\d+\s+)?(?:dates|shows|gigs|concerts|nights)\s+)?(?:in|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:send|sends|sending|sent|dispatch|dispatches|dispatched)\s+(?:the|his|her|their|[A-Z])[^.;:()]{0,80}?\s+to(?=\s+(?:the\s+)?[A-Z])|"
    # "leave Abuja for Lome", "departs tomorrow for Brussels", "left Guyana today to attend the summit in Kigali"
    # (where from: a name, "the country", "from Hong Kong SAR"; then when: "today", "on Sunday")
    r"(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)"
    r"(?:\s+(?:from\s+)?(?:the\s+(?-i:[a-z]+)|(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})"
    r"(?:\s+\((?-i:[A-Z]{2,5})\))?)?"  # ("depart Jose Marti International Airport (HAV) on 31 October 2018 to Paris")
    + _WHEN_BETWEEN +  # ("leave Ghana on Saturday, May 26, 2018, for Japan"; "this afternoon (December 15)")
    r"\s+(?:for(?=\s+(?:the\s+)?[A-Z])|to\s+(?:attend|participate\s+in|take\s+part\s+in)\b|to(?=\s+(?-i:[A-Z])))|"
    r"stop(?:s|ped|ping)?\s+in|stop(?:ped|ping)\s+at(?=\s+(?-i:[A-Z]))|tour(?:s|ed)?|"
    # "will spend one day each in Estonia, Latvia, and Lithuania", "spent two nights in Hanoi"
    r"spen(?:d|ds|t|ding)\s+(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|nights?|weeks?|hours?)"
    r")(?:\s+each)?\s+in(?=\s+(?:the\s+)?[A-Z])|"
    # "will stay overnight in Hamirpur", "will overnight in Perrysburg": where the night is spent, a stop
    # ("overnighted at the Hotel Winneshiek in Decorah": the hotel's town)
    r"(?:stay(?:s|ed|ing)?\s+)?overnight(?:s|ed|ing)?\s+(?:at\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){1,5})?in(?=\s+(?:the\s+)?[A-Z])|"
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)mov(?:e|ing)\s+(?:on\s*)?to(?=\s+(?:the\s+)?[A-Z])|mov(?:es|ed)\s+on\s*to|be\s+(?:in|at)|(?:is|was|were)\s+in|(?:take|takes|took|taking)\s+in(?=\s+(?:the\s+)?(?:cities|towns|islands)\s+of\b|(?<=will take in)\s+[A-Z])|continu(?:e|es|ed)\s+(?:on\s+)?to|"
    r"(?:trip|journey|tour|visit|excursion|trek|voyage|missions?)\s+(?:to|of)|"
    # "will lead a delegation to Seoul and Jeju Province": who leads it goes there
    r"(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?delegation\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:trip|journey|tour|visit)(?:,[^,.;]{1,40},)?\s+(?:will\s+)?(?:also\s+)?includes?(?=\s+(?:the\s+)?(?-i:[A-Z]))|itinerar(?:y|ies)\s+(?:will\s+)?(?:also\s+)?includes?|(?:first|next|final|last)\s+(?:stop|port\s+of\s+call)(?:\s+(?:of|on)\s+(?:our|his|her|their|the|this)\s+(?:visit|trip|tour|journey))?\s+(?:will\s+be|is)(?:\s+in)?|en\s+route(?:\s+to|(?=\s+(?-i:[A-Z])))|"
    # where a trip, a tour or a race begins or ends ("began his visit in Fiji", "Beginning in Fiji today", "will end in
    # Istanbul", "will finish in Fargo"): its first or last stop
    r"(?:conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|begin(?:s|ning)?|beg[au]n|start(?:s|ed|ing)?)\s+"
    r"(?:(?:his|her|their|its|the)\s+(?:trip|visit|tour|week|day|journey|mission)(?:\s+on\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s+in|in(?=\s+(?:the\s+)?(?-i:[A-Z]))|with)|conclud(?:e|es|ed)\s+in(?=\s+[A-Z])|(?:take|takes|took|taken)\s+(?:him|her|them|me|us)(?:,[^,.;]{1,40},)?\s+(?:to|through)|"
    r"embark(?:s|ed)?\s+on\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:trip|tour|visit|journey|swing)|"
    r"includ(?:e|es|ing)\s+(?:stops?|visits?)(?:\s+(?:in|to|at))?|stops\s+(?:will\s+)?include|"
    # "The tour will have performances in Chicago, Toronto and Ottawa": where what the tour holds is held, it goes
    r"(?:have|has|feature|features)\s+(?:performances|concerts|shows|stops)\s+in|"
    r"(?:" + _GOING + r")(?:\s+(?:back|over|on|onward|north|south|east|west|up|down))?\s+(?:to|into)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"set(?:s|ting)?\s+(?:off|out|sail)\s+(?:for|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:(?<=will\s)swing|swings|swung|swinging)\s+through(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # a side's games, where they are played ("Scotland will play three tests in Argentina", "open against Brazil in
    # Pennsylvania", "play exhibitions against Ecuador on June 9 at Chicago's Soldier Field")
    r"(?:" + _FIXTURE_VERBS + r")(?=[^.;:()\n]{0,60}?\b(?:" + _FIXTURES + r")\b)(?:\s+[^.;:()\s]+){0,8}?\s+(?:at|in)"
    r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:make|makes|made|making)\s+(?:his|her|their|its|our|my)\s+way\s+(?:back\s+)?(?:to|into)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:take|takes|took|taking|catch(?:es)?|caught|board(?:s|ed)?)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:" + _MEANS
    + r"|flight)\s+(?:to|into|for)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:" + _COMING_IN + r")\s+at(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:" + _STAYING + r")\s+(?:at|in)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r")\b(?:\s+(?:on\s+)?to\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # (a document's sentences are asked twice: which to parse first, and which tell a trip)
def travels(sentence: str) -> bool:
    """Whether a sentence holds a travel phrase (`TRAVEL`): the pattern is long, and news sentences many."""
    return TRAVEL.search(sentence) is not None


# A trip that starts on a date: the date is the first stop's, not every stop's.
_BEGINS = re.compile(r"\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|embark|embarks|embarked|depart|departs|"
                     r"departed|leave|leaves|left|sets?\s+off|kicks?\s+off|as\s+of)\b", re.IGNORECASE)
_DEPARTING = re.compile(r"\b(?:departing|leaving|setting off from)\b[^;]{0,40}$", re.IGNORECASE)
# "In Laos, Secretary Austin will ...", "While in Paris, ...": a stop named at the head of a sentence.
_LEAD = re.compile(
    r"\s*(?:On\s+[A-Z][\w.]*(?:\s+\d{1,2})?(?:\s+(?:and|through|to)\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?(?:\s+(?:morning|afternoon|evening))?,?\s+)?"
    r"(?:[Ww]hile\s+)?[Ii]n\s+(?:the\s+)?"
)
# What may stand between two stops of one list: ", ", " and ", ", and then to ", " before ".
# ("; to the Republic of Côte d'Ivoire, ...; and to the Federal Republic of Nigeria": a state's form before its name)
_STATE_FORM = r"(?:(?:[A-Z][\w’'-]+\s+){0,2}(?:Republic|Kingdom|Sultanate|Principality|Emirate|Commonwealth|Federation)\s+of\s+(?:the\s+)?)?"
# a stop's region told after it, before the next ("Baltimore, Maryland in the Mid-Atlantic region, Chicago"), or the word
# after a region named so ("Chicago, Illinois in the Midwest region, and Jackson")
_REGION_ASIDE = r"(?:\s+in\s+the\s+(?:[A-Z][\w-]*\s+){1,2}(?:region|area)|\s+(?:region|area)(?=\s*[,;]))?"
_REGION_AFTER = re.compile(r"\s+in\s+the\s+")
_LIST_GAP = re.compile(
    _REGION_ASIDE + r"\s*(?:;\s*(?:and\s+)?(?:then\s+)?(?:to\s+)?(?:the\s+)?" + _STATE_FORM + r"|,\s*(?:and\s+(?:then\s+)?(?:on\s+)?(?:to\s+|in\s+)?|(?:then\s+)?(?:on\s+)?(?:to\s+)?)(?:the\s+)?|\s+and\s+(?:then\s+)?(?:on\s+)?(?:to\s+|in\s+)?(?:the\s+)?"
    r"|\s+(?:then|before|after)\s+(?:going\s+|heading\s+|travell?ing\s+)?(?:to\s+|on\s+to\s+)?(?:the\s+)?"
    # "Amman ... as well as Jerash", "two days in Beijing and another two days in Shanghai", "as well as the communities
    # of Port Aransas and Rockport"
    r"|,?\s+as\s+well\s+as\s+(?:to\s+|in\s+)?(?:the\s+)?(?:(?:cities|towns|communities|villages|islands)\s+of\s+)?"
    r"|,?\s+followed\s+by\s+(?:the\s+)?"  # "in Bath (July 17-20), followed by Cambridge (July 23-25)"
    r"|\s*[–—]\s*and\s+(?:to\s+)?(?:the\s+)?"  # the end of a list between dashes: "– Guatemala and Belize – and Cuba"
    r"|\s+and\s+(?:another\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:more\s+)?(?:days?|nights?)\s+in\s+(?:the\s+)?)"
)
_TITLE_WORDS = {
    "secretary", "of", "state", "president", "vice", "prime", "minister", "foreign", "defense", "defence",
    "first", "lady", "second", "gentleman", "family", "chancellor", "general", "u.s.", "us", "the", "deputy", "trade",
    "representative", "ambassador", "senator", "governor", "mr.", "mrs.", "ms.", "dr.", "king", "queen",
    "pope", "envoy", "special", "nato", "un", "eu", "treasury", "homeland", "security", "attorney", "chief",
    "president-elect", "leader", "director", "commissioner", "high", "principal", "assistant", "under", "acting",
    "mr", "mrs", "ms", "pres", "pres.", "admiral", "adm.", "adm", "gen.", "lt.", "col.", "navy", "army", "chairman", "chair",
    "chairperson", "chairwoman", "sir", "dame", "lt", "gen", "cardinal",
    # a royal's or a ruler's style, written short ("HRH Prince Charles", "T.R.H.s Prince Philippe and Princess Mathilde")
    "hrh", "h.r.h.", "h.r.h", "trh", "t.r.h.", "t.r.h.s", "t.r.h", "hsh", "h.s.h.", "hh", "h.h.",
    "counselor", "counsellor", "administrator", "adviser", "advisor", "coordinator", "rt", "hon", "dr", "dr.",
    "honourable", "honorable", "shri", "smt", "smt.", "affairs", "finance", "commerce", "health", "justice", "interior", "development",
    "international", "cooperation", "economic", "economy", "energy", "environment", "education", "agriculture", "vp", "hr",
    "premier", "pm", "prof", "prof.", "professor", "mayor", "gov.", "gov", "sen.", "rep.", "lieutenant", "councillor", "councilor",
    "ceo", "executive", "officer", "republic", "guest", "diplomat", "majesty", "excellency", "highness", "holiness",
    # a church's ranks and styles ("Archbishop of Canterbury Rt. Rev. Justin Welby")
    "archbishop", "bishop", "patriarch", "metropolitan", "rev", "rev.", "reverend", "rt.", "most", "imam", "rabbi", "pastor",
}
_TITLES = ("Secretary", "President", "Minister", "Chancellor", "Ambassador", "Envoy", "Senator", "Governor", "Representative",
           "Gentleman", "Lady", "Family", "King", "Queen", "Pope", "Prince", "Princess", "Premier", "Chair", "Chairperson",
           "Chairman", "Chairwoman", "Mayor", "Guest")  # ("the Chief Guest", "the State Guest": the visitor)
TITLE_ONLY = re.compile(rf"\b(?:(?:{'|'.join(_TITLES)})\b|Gov\.)")  # (and written short: "Gov. Spencer J. Cox’s Schedule")
# (and the letters after a member's name: "MP", "MHK", "MLA", "MSP")
_NAME_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV|QC|KC|TD|T\.D\.|M[A-Z]{1,3})$")
# a name does not run over a line's end, nor end in "of" or "the" ("Before the pandemic I would be travelling")
CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+(?:(?:of|the)[ \t]+)*[A-Z][\w’'.-]*)*")
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
})
NOT_NAMES = _CALENDAR_WORDS | {
    "on", "in", "from", "after",
    "during", "as", "while", "following", "today", "tomorrow", "this", "next", "he", "she", "his", "her", "they",
    "their", "it", "its", "these", "those", "that", "such", "our", "your", "my",
}
# "According to UN Spokesperson, Mr Stephane Dujarric, ": a sentence's source, up to its last comma before the news
_THAT_INCLUDES = re.compile(r"\b(?:that|which)\s+(?:includes?|included|comprises?|comprised)\b[^,;]*$")
_WHO_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,")
_ACCORDING_TO = re.compile(r"\s*According\s+to\b.*,\s*", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\b(?:postpone(?:d|ment)|cancel(?:l?ed|lation)|called\s+off)\b[^.;]*$", re.IGNORECASE)
# (or after it: "trade mission to Israel and Greece has been postponed"; not one "postponed in March, has been rescheduled")
_CALLED_OFF_AFTER = re.compile(r"[^.;]*?\b(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:postponed|cancell?ed|called\s+off)\b"
                               r"(?![^.;]*\brescheduled\b)", re.IGNORECASE)
_CALLED_OFF_NEAR = 160  # characters after a trip's words looked at for its postponement: a long sentence stays linear
# a trip looked forward to, without a day ("We look forward to traveling to Israel and Greece soon"): a wish, no plan
_WISHED = re.compile(r"\b(?:look(?:s|ed|ing)?\s+forward\s+to|hop(?:e|es|ed|ing)\s+to|would\s+(?:like|love)\s+to)\s+$",
                     re.IGNORECASE)
_PAST_TRIP = re.compile(r"\b(?:recent|previous|last|earlier|past|prior|former)\s+$", re.IGNORECASE)
_FIRST_TIME = re.compile(r"\bfirst\s+(?:time|visit)\s+(?:\w+\s+)?$", re.IGNORECASE)  # "its first time returning to Japan in 40 years"
# how often a trip is made: a habit, no trip ("would be travelling to the UK several times a month")
_HABIT = re.compile(r"\b(?:(?:once|twice|\w+\s+times)\s+a\s+(?:day|week|month|year)|every\s+(?:day|week|month|year))\b",
                    re.IGNORECASE)
_NEGATED = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+|once\s+|ever\s+|been\s+)?$", re.IGNORECASE)  # "has not visited"
_MONTHS_DAYS = re.compile(
    r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


@dataclass(frozen=True, slots=True)
class _Statement:
    """One sentence's word on a trip: who, which stops in order, when."""

    traveller: str
    places: tuple[PlaceMention, ...]
    times: tuple[TimeMention | None, ...]  # one per place
    sentence: Sentence
    shared: bool  # one range stated for several stops
    kind: str  # "trip", "return" (always a new stop), "lead" (only refines a known stop), "stay", "extend" or "programme"
    own: tuple[bool, ...] = ()  # per place: its date was stated for that stop alone (not a trip's start or range)
    also: bool = False  # "will also travel to Kassala": another stop, not a finer name of one already told
    made: bool = False  # told as a trip made ("traveled to Canada"), not one to come


# between a tour line's date and its place ("11 September | Church of ...", "Tuesday, April 7th 2026, Montevideo")
_DATE_LINE_GAP = re.compile(r"\s*(?:[:|–—-]|,(?=\s*[A-Z]))\s*")
_SIDE_AFTER = re.compile(r"\s+(?:Team|Squad|Side|XI)\b", re.IGNORECASE)  # a place that names a side, not where it plays
_TOUR_LINES = 3  # lines of a date and a place, at least, that make a list of a tour's dates
_STAGES = 2  # a race's labelled stages, at least, that make one
_SPACED = re.compile(r"[ \t]+")
_BRACKETED = re.compile(r"\([^()\n]*\)")  # a line's aside, not its words: "(Tickets on sale Monday October 6th 11am)"


_YEAR_IN = re.compile(r"\b\d{4}\b")
# "04/11 Santiago, Chile @ Estadio Nacional", "02/27-28: New York @ Rose Theater"
_SLASHED_DAY = re.compile(r"[ \t]*(\d{1,2})/(\d{1,2})(?:-(\d{1,2}))?(?:[ \t]*[:–—-])?[ \t]+(?=[A-Z])")  # ("04/27 - Lima")


def _slashed_lines(sentences: list[Sentence], places_in: dict, text: str, reference: date) -> dict[int, tuple[TimeMention, PlaceMention]]:
    """A tour's lines that open with a day and month written with a slash and no year ("04/11 Santiago, Chile"), each
    with its day and town: which number is the month, the list itself says (a number past 12 is the day), else none
    is read; in the reference's year."""
    lines = []
    for s in sentences:
        m = _SLASHED_DAY.match(text, s.start)
        ps = [p for p in places_in[s.start] if p.literal and p.start >= (m.end() if m else s.end)]
        if m and ps and own_line(text, s):
            lines.append((s, m, next((p for p in ps if p.place.kind == "city"), ps[0])))
    firsts, seconds = [int(m.group(1)) for _, m, _ in lines], [int(m.group(2)) for _, m, _ in lines]
    day_first = any(n > 12 for n in firsts)
    if len(lines) < _TOUR_LINES or day_first == any(n > 12 for n in seconds):
        return {}  # (too few, or the numbers do not say which is the month)
    out = {}
    for s, m, where in lines:
        month, day = (int(m.group(2)), int(m.group(1))) if day_first else (int(m.group(1)), int(m.group(2)))
        try:
            d = date(reference.year, month, day)
            last = d.replace(day=int(m.group(3))) if m.group(3) and not day_first else d  # ("02/27-28": to the 28th)
        except ValueError:
            continue
        if last < d:
            continue
        end = m.end(3) if last != d else m.end(2)
        out[s.start] = (TimeMention(m.start(1), end, text[m.start(1): end], "DATE", d.isoformat(), "day", d, last,
                                    end_value=last.isoformat() if last != d else ""), where)
    return out
_TOUR_BEHIND = 90  # days: a list of dates this far behind its text is read as the coming ones
_TOUR_STAY = 14  # days a tour line's dates may span ("23-25 October Central Coast")


def _tour_dates(sentences: list[Sentence], times_in: dict, places_in: dict, text: str,
                reference: date | None = None) -> dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]]:
    """The lines of a list of a tour's dates ("Feb 03: Santiago Estadio Nacional, Chile"), each with its day and its
    place (the first town it names, else its first place): a line that opens with a day, then a colon or a dash, then
    a place, or the other way round ("Leamington Spa Assembly - October 5", then "Edinburgh Queen's Hall - 6"); three
    at least."""
    found: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]] = {}
    items: list[Sentence] = []  # the words after the day of each line that opens with it
    last: TimeMention | None = None  # the day of the line before, whose month a day's number alone goes on with
    for s in sentences:
        ts = [t for t in times_in[s.start] if t.precision == "day" and t.start_date is not None and t.end_date is not None
              and 0 <= (t.end_date - t.start_date).days <= _TOUR_STAY]
        ps = [p for p in places_in[s.start] if p.literal]
        if ps and own_line(text, s) and (dated := _place_then_day(s, ts, ps[0], last, text)) is not None:
            found[s.start] = (dated[0], (dated[1],))
            last = dated[0]
            continue
        if not ts or not ps or ts[0].start - s.start > 2 or not own_line(text, s):
            continue
        # (a day's number alone, under its month's line, is followed by its venue: "1 Sagres Campo Pequeno, Lisbon")
        # (or after a space: "26 October Sydney workshops & showcase", "23-25 October Central Coast workshops")
        gap = _DATE_LINE_GAP.match(text, ts[0].end) or _SPACED.match(text, ts[0].end)
        opens = gap.end() if gap is not None else _line_after_day(text, ts[0], times_in[s.start])
        line = s.text if gap is not None else text[opens or s.end: s.end]  # (a day alone on its line: the line under it)
        # (a day's items may stand on its line, each after a semicolon: "July 8: 10 a.m. rally in New Orleans; afternoon
        # in Houma;")
        # (its words after the day: "Sat Feb 9 - Wed Feb 13: 3rd Test, Darren Sammy National Cricket Stadium, St Lucia")
        if opens is None or max(len(item.split()) for item in _BRACKETED.sub("", text[opens: s.end]).split(";")) > _SCHEDULE_LINE + 4 \
                or not (text[opens: opens + 1].isupper() or text[opens: opens + 1].isdigit()):
            continue  # (the place may come after a venue's name: "Feb 07: La Plata Estadio Ciudad De La Plata", or a
            # match's: "8 July - 1st ODI, Sophia Gardens, Cardiff")
        ps = [p for p in ps if p.start >= opens and not _SIDE_AFTER.match(text, p.end)]  # (not "England Team arrive, Barbados")
        if not ps:
            continue
        found[s.start] = (ts[0], _item_towns(text, s.end - len(line), s.end, ps))
        items.append(Sentence(opens, s.end, text[opens: s.end]))
    if len(found) >= _TOUR_LINES and _told_as_deeds(items[:_TOUR_LINES]):
        found = {}  # "Aug 4th    Germany invades Belgium": a chronology's entries, no tour's dates
    if len(found) < _TOUR_LINES and reference is not None:
        found = {at: (t, (where,)) for at, (t, where) in _slashed_lines(sentences, places_in, text, reference).items()}
    if len(found) < _TOUR_LINES:
        found = _venue_over_day(sentences, times_in, places_in, text)
    staged = False
    if len(found) < _TOUR_LINES:
        found, staged = _stage_lines(sentences, times_in, places_in, text), True
    if len(found) < (_STAGES if staged else _TOUR_LINES):  # (a race's labelled stages: two make one)
        return {}
    titled = _titled_year(text, min(found), [t for ts in times_in.values() for t in ts])
    if titled is not None:
        # a list under a title that names its tour's year ("Complete list of ... The Beatles Tour 1963", told on a blog
        # in 2013): its days without a year are that year's
        for at, (t, where) in found.items():
            if not _YEAR_IN.search(t.text) and (moved := _in_year(t, titled)) is not None:
                found[at] = (moved, where)
    elif reference is not None:
        # a list of a tour's dates announces them: a day told without its year, months before the text's date
        # ("Leamington Spa Assembly - October 5" on 31 March), is the coming one
        for at, (t, where) in found.items():
            if not _YEAR_IN.search(t.text) and (reference - t.start_date).days > _TOUR_BEHIND \
                    and (moved := _in_year(t, t.start_date.year + 1)) is not None:
                found[at] = (moved, where)
    # the list goes forward: a day read into another year than the one before it ("May 03", in 2016, then "May 07") is
    # in that year
    before: date | None = None
    for at, (t, where) in found.items():
        d = t.start_date
        if before is not None and d < before and (moved := _in_year(t, before.year)) is not None and moved.start_date >= before:
            t = moved
            found[at] = (t, where)
        before = t.start_date
    return _rests(found, text)


# a line of its own that says the tour rests: "(Sunday - rest)", "Rest day"
_REST = re.compile(r"^[ \t(]*(?:[A-Za-z]+[ \t]*[-–—:][ \t]*)?rest(?:[ \t]+day)?[ \t).]*$", re.IGNORECASE | re.MULTILINE)


def _rests(found: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]], text: str) -> dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]]:
    """A tour's lines, each stop kept until the next where a rest comes between them ("BOROUGHBRIDGE Saturday, 10th
    October." then "(Sunday - rest)": the marchers stay at Boroughbridge over Sunday)."""
    lines = list(found.items())
    for (at, (t, where)), (nxt, (u, _)) in zip(lines, lines[1:]):
        gap_from = max(p.end for p in where) if where else at
        if t.end_date is not None and u.start_date is not None and (u.start_date - t.end_date).days > 1 \
                and _REST.search(text, max(gap_from, t.end), nxt):
            last = u.start_date - timedelta(days=1)
            found[at] = (replace(t, end_date=last, end_value=last.isoformat()), where)
    return found


# a weekday, in full or by its first three letters, alone before a line's day ("TUESDAY FEBRUARY 28", "Sat March 4")
_ONLY_A_DAY = re.compile(rf"[ \t]*(?:{'|'.join(WEEKDAYS)}|{'|'.join(w[:3] for w in WEEKDAYS)})?[ \t,.]*", re.IGNORECASE)


def _venue_over_day(sentences: list[Sentence], times_in: dict, places_in: dict,
                    text: str) -> dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]]:
    """A tour's lines of a town and its venue, each over a line of its day alone ("PERTH – DOMAIN STADIUM" over
    "TUESDAY FEBRUARY 28"): each venue line with that day and its town (its first town, else its first place). The town
    opens its line: "Depart from Chicago" over "Monday, Aug. 5" is a programme's item under the day before."""
    found: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]] = {}
    for above, s in zip(sentences, sentences[1:]):
        days = [t for t in times_in[s.start] if t.precision == "day" and t.start_date is not None]
        ps = [p for p in places_in[above.start] if p.literal]
        if len(days) != 1 or places_in[s.start] or not ps or times_in[above.start] or not own_line(text, s) \
                or not _OPENS_WITH_PLACE.fullmatch(text, above.start, ps[0].start) and ps[0].start != above.start \
                or not own_line(text, above) or text[above.end: s.start].count("\n") != 1 \
                or not _ONLY_A_DAY.fullmatch(text, s.start, days[0].start) or text[days[0].end: s.end].strip(" \t.,"):
            continue
        found[above.start] = (days[0], (next((p for p in ps if p.place.kind == "city"), ps[0]),))
    return found


# a race's stage on its line ("Stage 2: Alanya - Antalya / Oct. 10 // 149.6 km"): its towns after the label, a dash
# between its start and its finish
# "Stage 3:", and as other pages number them at a line's start, "1st stage", "2. Stage"; a race's opening "Prolog" there
# (not "As the Sunday Nov 13 Prologue completes")
_OTHER_STAGE = r"\d{1,2}(?:st|nd|rd|th|\.)\s+stage|Prolog(?:ue)?"
_STAGE = re.compile(rf"(?:\bStage\s+\d{{1,2}}\b|^[ \t]*(?:{_OTHER_STAGE})\b)[ \t]*:?", re.IGNORECASE | re.MULTILINE)
_START_TO_FINISH = re.compile(r"[ \t]*(?:[-–—>]|to)[ \t]*")


def _stage_lines(sentences: list[Sentence], times_in: dict, places_in: dict,
                 text: str) -> dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]]:
    """A race's lines of a stage, its day and its towns ("Stage 3: Fethiye - Marmaris / Oct. 11"): each with that day
    and the stage's start and finish (one town for a stage that starts and ends in it)."""
    found: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]] = {}
    for s in sentences:
        # (a stage's number may stand as a sentence of its own before it: "2." / "Stage (Friday, August 25): Kassel";
        # looked for a few characters back only: a text of one long line stays linear)
        near = text.rfind("\n", max(0, s.start - _NUMBER_WIDTH), s.start)
        line = near + 1 if near >= 0 else (0 if s.start <= _NUMBER_WIDTH else s.start)
        numbered = _LIST_NUMBER.fullmatch(text, line, s.start) is not None
        label = _STAGE.search(text, line if numbered else s.start, s.end)
        days = _single_days(times_in[s.start])
        towns = [p for p in places_in[s.start] if p.literal and label is not None and p.start >= label.end()]
        if label is None or len(days) != 1 or not towns or not (own_line(text, s) or numbered and _LINE_END.match(text, s.end)):
            continue
        found[s.start] = (days[0], tuple(_town_in_brackets(p, towns, text) for p in _stage_ends(towns, text)))
    return found or _stage_blocks(sentences, times_in, places_in, text)


def _stage_blocks(sentences: list[Sentence], times_in: dict, places_in: dict,
                  text: str) -> dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]]:
    """A race's stages told in blocks of short lines, the label alone on its line, then the route and the day in the
    next few ("Stage 1" / "Osijek – Varaždin" / "Date: 19.04.2016."): each route line with the block's day."""
    found: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]] = {}
    for k, s in enumerate(sentences):
        if not _STAGE_ALONE.fullmatch(s.text) or not own_line(text, s):
            continue
        route = day = None
        for nxt in sentences[k + 1: k + 1 + _BLOCK_LINES]:
            if _STAGE_ALONE.fullmatch(nxt.text):
                break  # the next stage's block
            days = _single_days(times_in[nxt.start])
            towns = [p for p in places_in[nxt.start] if p.literal]
            if route is None and towns and not days and own_line(text, nxt) and len(nxt.text.split()) <= _SCHEDULE_LINE:
                route = (nxt, towns)
            elif day is None and len(days) == 1 and not towns:
                day = days[0]
        if route is not None and day is not None:
            found[route[0].start] = (day, tuple(_town_in_brackets(p, route[1], text) for p in _stage_ends(route[1], text)))
    return found


def _single_days(times: list[TimeMention]) -> list[TimeMention]:
    """The times that are one day each."""
    return [t for t in times if t.precision == "day" and t.start_date is not None and t.end_date == t.start_date]


# a stage's label alone on its line, perhaps with a word of its kind ("Stage 1", "Stage 2 Hilly", "Prologue")
_STAGE_ALONE = re.compile(rf"\s*(?:Stage\s+\d{{1,2}}|{_OTHER_STAGE})(?:[ \t]+[A-Za-z]+)?[ \t:]*", re.IGNORECASE)
_BLOCK_LINES = 4  # lines after a stage's label its route and day are looked for in


_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}\.[ \t]*")
_NUMBER_WIDTH = 8  # characters: a list's number and its spaces


def _stage_ends(towns: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The start and finish of a stage from the towns after its label ("Fethiye - Marmaris"), or its one town."""
    ends = towns[:2] if len(towns) > 1 and _START_TO_FINISH.fullmatch(text, towns[0].end, towns[1].start) else towns[:1]
    return ends[:1] if len(ends) == 2 and ends[0].place == ends[1].place else ends  # "Konya - Konya": around its town


_BRACKET_LABEL = re.compile(r"[ \t]*\([ \t]*(?:[A-Za-z]+[ \t]+){0,2}?(?:[A-Za-z]+:[ \t]*)?")  # "(Stopover city: "


def _town_in_brackets(region: PlaceMention, towns: list[PlaceMention], text: str) -> PlaceMention:
    """A region's town named in brackets after it is where the stage stops ("Var (Stopover city: Toulon)", "Gers
    (Auch)"); any other place stays itself."""
    if region.place.kind not in ("admin1", "admin2"):
        return region
    return next((p for p in towns if p.start >= region.end and p.place.kind == "city"
                 and p.place.country_code == region.place.country_code
                 and _BRACKET_LABEL.fullmatch(text, region.end, p.start) is not None), region)


# a title line over a list of a tour's dates that names its year ("The Beatles Tour 1963", "2019 Tour Dates")
_TITLE_YEAR = re.compile(r"^[^\n]*\b(?:[Tt]our|TOUR|[Dd]ates|DATES|[Ii]tinerary|ITINERARY)\b[^\n]*$")
_TITLE_ABOVE = 1_000  # characters above a list looked at for its title
_TITLE_LINE = 12  # words, at most, of a title line (a longer line is a sentence: "... cover the tour as we did in 2011")


def _titled_year(text: str, first: int, times: list[TimeMention]) -> int | None:
    """The one year the last title line above a list of a tour's dates (the list's first line at `first`) names among
    the text's `times`, where it names one: a short line that says "tour", "dates" or "itinerary"."""
    above = max(0, first - _TITLE_ABOVE)
    lines = [m for m in re.finditer(r"[^\n]+", text[above: first])
             if _TITLE_YEAR.match(m.group()) and len(m.group().split()) <= _TITLE_LINE]
    if not lines:
        return None
    start, end = above + lines[-1].start(), above + lines[-1].end()
    years = {t.start_date.year for t in times if start <= t.start < end and t.precision == "year" and t.start_date}
    return years.pop() if len(years) == 1 else None


def _in_year(t: TimeMention, year: int) -> TimeMention | None:
    """A tour line's day (or days) moved to `year`, the end as far past the start as before; None past a calendar's end."""
    start = _safe_year(t.start_date, year)
    if start is None:
        return None
    end = start + (t.end_date - t.start_date)
    return replace(t, start_date=start, end_date=end, value=start.isoformat() + t.value[10:],
                   end_value=end.isoformat() + t.end_value[10:] if t.end_value else "")


def _item_towns(text: str, start: int, end: int, places: list[PlaceMention]) -> tuple[PlaceMention, ...]:
    """A tour line's place (the line is text[start:end]): its first town, else its first place; a day's items told after
    semicolons ("10 a.m. rally in Alexandria; 4 p.m. rally in Shreveport") give each item's, in turn, a town told again
    once."""
    where = next((p for p in places if p.place.kind == "city"), places[0])
    label = _STAGE.search(text, start, end)
    if label is not None and (ends := _stage_ends([p for p in places if p.start >= label.end()], text)):
        return tuple(ends)  # a race's stage: its start and its finish ("July 22  Stage 1  Ledu-Xining  162km")
    if ";" not in text[start:end].rstrip("; \t"):
        return (where,)
    towns: list[PlaceMention] = []
    for p in places:
        item_start = text.rfind(";", start, p.start)  # (-1: the line's first item)
        if p.place.kind == "city" and not any(q.place == p.place or text.rfind(";", start, q.start) == item_start for q in towns):
            towns.append(p)
    return tuple(towns) if len(towns) > 1 else (where,)


_LINE_BREAK = re.compile(r"[ \t.,]*\n[ \t]*")


def _line_after_day(text: str, day: TimeMention, times: list[TimeMention]) -> int | None:
    """Where the line under a day alone on its line opens ("Monday, June 3, 2024, at 7:30 p.m." above "Auditorio
    Nacional de Musica | Madrid, Spain"), its clock kept on the day's line; None when the day's line goes on."""
    end = day.end
    clock = next((t for t in times if t.type == "TIME" and t.start >= end), None)
    if clock is not None and text[end:clock.start].strip(" \t,") in ("", "at"):
        end = clock.end
    m = _LINE_BREAK.match(text, end)
    return m.end() if m else None


def _safe_year(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:
        return None


_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def own_line(text: str, s: Sentence) -> bool:
    """Whether a sentence is a line of its own (perhaps indented), or an item of a list glued on one line."""
    glued = glued_items(text)
    return (opens_line(text, s.start) or s.start in glued) and (
        _LINE_END.match(text, s.end) is not None or _SPACES.match(text, s.end).end() in glued)


_SPACES = re.compile(r"[ \t]*")


_OPENS_WITH_PLACE = re.compile(r"[ \t]*[•▪◦●·*–-][ \t]*")  # a list's mark before the line's place (not a heading's)
_BRACKETED_DAY = re.compile(r"[ \t]*\)[ \t.,;]*")
# (a tour line's place, its state or its venue, then a date with its month: "• Brisbane September 09, 2012")
_QUALIFIED_THEN_DAY = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}|[ \t]+[-–—][ \t]+[^\n,]{1,40},[ \t]*[A-Z][\w.]*)?[ \t]+")
_ROW_END = re.compile(r"[ \t.]*")
_DAY_AFTER_PLACE = re.compile(r"\s+[-–—:]\s+(?:(?P<day>[1-3]?\d)(?:st|nd|rd|th)?\s*)?$")


def _told_as_deeds(items: list[Sentence]) -> bool:
    """Whether most of a list's first items tell what someone did, with a verb of their own that is no going ("Germany
    invades Belgium", "Austria declares war on Serbia"): a chronology's entries, not a tour's dates and venues ("Sydney
    workshops & showcase"; "England Team arrive, Barbados" goes). Only these few items are read."""
    parses = syntax.parse(items)
    told = sum(any(t.tag in _FINITE and t.lemma not in clauses.MOTION for t in parses[i.start].tokens) for i in items if i.start in parses)
    return 2 * told > len(items)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _place_then_day(s: Sentence, days: list[TimeMention], place: PlaceMention, before: TimeMention | None,
                    text: str) -> tuple[TimeMention, PlaceMention] | None:
    """A tour's line, marked as a list's, that opens with its place and ends with its day after a dash ("• Leamington
    Spa Assembly - October 5"), or with a day's number alone that goes on with the month of the line before (`before`):
    "• Edinburgh Queen's Hall - 6"; or, marked or not, with its day in brackets ("Osaka Symphony Hall (5 March 2020)").
    Its day and place, else None."""
    if days and _BRACKETED_DAY.fullmatch(text, days[-1].end, s.end) and text[place.start: days[-1].start].rstrip().endswith("(") \
            and (place.start == s.start or _OPENS_WITH_PLACE.fullmatch(text, s.start, place.start)):
        return days[-1], place  # "Osaka Symphony Hall (5 March 2020)"
    if days and (place.start == s.start or _OPENS_WITH_PLACE.fullmatch(text, s.start, place.start)) \
            and ROW_COLUMNS.fullmatch(text, place.end, days[-1].start) and _ROW_END.fullmatch(text, days[-1].end, s.end) \
            and any(c.isalpha() for c in days[-1].text):
        return days[-1], place  # a table's row: "FERRYHILL 12Tuesday, 6th October.", "LONDON (Marble Arch) -Saturday, 31st October"
    if not _OPENS_WITH_PLACE.fullmatch(text, s.start, place.start):
        return None
    day = days[-1] if days and days[-1].end == s.end else None
    if day is not None and any(c.isalpha() for c in day.text) and _QUALIFIED_THEN_DAY.fullmatch(text, place.end, day.start):
        return day, place  # "• Maryborough , QLD September 11, 2012", "• Melbourne - Monash Uni, VIC September 29, 2012"
    m = _DAY_AFTER_PLACE.search(text, place.end, day.start if day else s.end)
    if m is None or m.end() != (day.start if day else s.end) or bool(day) == bool(m.group("day")):
        return None
    if day is not None:
        return day, place
    if before is None:
        return None
    found = _days_from(before.start_date, (int(m.group("day")),))  # ("- 30", then "- 2": into the next month)
    if found is None:
        return None
    d = found[0]
    return replace(before, start=m.start("day"), end=m.end("day"), text=m.group("day"), value=d.isoformat(),
                   start_date=d, end_date=d, end_value="", function=""), place


_OWNER_OPENS = re.compile(r"(?:The\s+)?([A-Z][\w’'.-]*?(?:\s+[A-Z][\w’'.-]*?){0,3})(?:\s+(?:have|has|will|are|is|announce[sd]?)\b"
                          r"|(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}tour\b)")  # ("Spiritualized's tour dates are:")


def _tour_owner(sentences: list[Sentence], before: int) -> tuple[str, str, bool] | None:
    """Whose the tour of a list of dates is: the name a sentence telling of the tour opens with ("The Rolling Stones have
    announced a 2016 South American tour") and the words it is written in, else the body that acts in a sentence before
    the list's first line (sentence `before`); else "we", when the page tells of its own tour; or None. The last item
    says whether a sentence told the tour as the name's (and so it is the list's, whoever else the text names)."""
    we: tuple[str, str, bool] | None = None
    for s in sentences:
        m = _OWNER_OPENS.match(s.text)
        if m and _TOUR_WORD.search(s.text) and m.group(1).lower() in _WE:
            we = we or (m.group(1), m.group(), False)
        elif m and _TOUR_WORD.search(s.text) and m.group(1).lower() not in NOT_NAMES:
            return _maker(m.group(1)), m.group(), True  # ("Gov. John Bel Edwards' campaign bus tour")
        shouted = _SHOUTED_TOUR.match(s.text) if s.text.isupper() else None
        if shouted:
            name = shouted.group(1).title()  # a headline in capitals: "VIENNA BOYS CHOIR TO TOUR AUSTRALIA"
            return name, name, True
        if (named := _named_tour(s.text)) is not None:
            return *named, True
        whose = _WHOSE_TOUR.search(s.text)
        if whose and whose.group(1).lower() not in NOT_NAMES and not whose.group(1).isupper():
            return whose.group(1), whose.group(), True  # "The dates for England's tour of the Caribbean were confirmed"
        journey = _NAMED_JOURNEY.search(s.text)
        if journey:
            return journey.group(1), journey.group(1), True  # "Details of the Jarrow March": the march is what goes
        titled = _TITLE_S_TRIP.search(s.text)
        if titled:
            return _untitled(titled.group(1)), titled.group(1), True  # "the President's itinerary on his forthcoming trip"
    for s in sentences[:before]:
        # else the body a sentence above the list names before its verb: "Starting in New York City, the Choir
        # criss-crossed a further five states in just 10 days."
        m = _BODY_ACTS.search(s.text)
        if m and m.group(1).lower() not in NOT_NAMES:
            return m.group(1), m.group(), False
    return we


def _list_title(sentences: list[Sentence], first: int, places_in: dict, times_in: dict, text: str,
                lines: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]]) -> tuple[str, str, bool] | None:
    """Whose a list of a tour's dates is when no sentence says: the name on a short line right above it ("Miracle
    Theatre" over "Wednesday 15th June Mount Pleasant Eco Park, Porthtowan"), else the name in the text's title ("The
    2018 Motorcycle Cannonball route."), else "the tour"; any person the text names before the list comes first. None
    for a list of more than a season's days: a chronology's lines of a date and a place, no one's tour."""
    days = [d for t, _ in lines.values() for d in (t.start_date, t.end_date) if d is not None]
    if not days or (max(days) - min(days)).days > _TOUR_SEASON:
        return None
    k = first - 1
    while k >= 0 and own_line(text, sentences[k]) and any(t.start - sentences[k].start <= 2 for t in times_in[sentences[k].start]):
        k -= 1  # (the list's lines above its first that gave no town: "Thursday 16th June Trebah Amphitheatre")
    above = sentences[k] if k >= 0 else None
    if above is not None and own_line(text, above) and not places_in[above.start] and not times_in[above.start] \
            and len(above.text.split()) <= _NAME_LINE and _CAPITALISED_RUN.fullmatch(above.text.strip()) \
            and not above.text.isupper():
        return above.text.strip(), above.text.strip(), False
    title = sentences[0] if sentences and first else None
    if title is not None and len(title.text.split()) <= _SCHEDULE_LINE:
        taken = [(m.start, m.end) for m in places_in[title.start] + times_in[title.start]]
        for run in _CAPITALISED_RUN.finditer(text, title.start, title.end):
            if run.group().split()[0] not in ("The", "A", "An") and not any(a < run.end() and run.start() < b for a, b in taken):
                return run.group(), run.group(), False
    return "the tour", "the tour", False


_NAME_LINE = 4  # words: a line that is a name ("Miracle Theatre"), not a sentence
_TOUR_SEASON = 92  # days: a tour's list spans a season at most
# a run of two or more capitalised words: "Miracle Theatre", "Motorcycle Cannonball"
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*)+")


# a trip told as a title's, no name given: "the President's itinerary", "the Prime Minister's tour"
_TITLE_S_TRIP = re.compile(rf"\b[Tt]he\s+((?:[A-Z][a-z]+\s+)?(?:{'|'.join(_TITLES)}))['’]s\s+(?:[\w-]+\s+)?"
                           r"(?:itinerary|trip|tour|visit|journey|programme|program)\b")


def _maker(run: str) -> str:
    """A tour's maker from the run a sentence opens with: a person's name without titles ("Gov. John Bel Edwards"), a
    band's whole ("British Lion", "Canadian Brass": a people's adjective is no title of theirs)."""
    name = clean_name(run) or run
    dropped = run[: len(run) - len(name)].split() if run.endswith(name) else []
    return run if dropped and all(default_gazetteer().demonym(w) is not None for w in dropped) else name


# a tour called by its maker's name: "the first PiL South American tour", "a new Coldplay European tour"
_NAMED_TOUR = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+(?:(?:first|new|next|latest|upcoming|forthcoming|final|last|"
                         r"\d{4})\s+)*((?-i:[A-Z])[\w’'.&-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'.&-]*){0,5})\s+tour\b")


def _named_tour(text: str) -> tuple[str, str] | None:
    """The maker a tour is called by ("the first PiL South American tour": PiL), its words up to where the tour's
    region is named (a compass point or a people's adjective), and the words it is written in; None when the run is all
    region ("the first South American tour")."""
    m = _NAMED_TOUR.search(text)
    if m is None:
        return None
    gaz = default_gazetteer()

    def of_a_region(w: str, lands_only: bool = False) -> bool:  # (any place's name, or only a land's)
        return bool(_COMPASS_WORD.fullmatch(w.lower()) or gaz.demonym(w) is not None or any(
            not lands_only or p.kind in ("country", "region", "continent", "admin1") for p in gaz.lookup(w)))

    run = m.group(1).split()
    # a run that ends with no land's word is the maker's whole name, its people's adjectives too ("the British and Irish
    # Lions tour"); else the maker's words stop where the region's begin ("the first PiL South American tour")
    words = run if not of_a_region(run[-1], lands_only=True) else itertools.takewhile(lambda w: not of_a_region(w), run)
    name = " ".join(words)
    return (name, name) if name and name.lower() not in NOT_NAMES else None


_WHOSE_TOUR = re.compile(r"\b((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}tour\b")
_WE = frozenset({"we", "i", "you"})  # a band's own page ("We are delighted to announce ..."): its name is told elsewhere
_COMPASS_WORD = re.compile(r"(?:north|south|east|west)(?:ern)?|central|trans-?\w*|pan-?\w*")


_BODY_ACTS = re.compile(r"\b[Tt]he\s+((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})\s+(?:will|has|have|had|(?-i:[a-z-]+ed))\b")


_SHOUTED_TOUR = re.compile(r"(?:THE\s+)?((?!(?:OF|THE|AND)\b)[A-Z][A-Z’'.&-]*(?:\s+(?!(?:OF|THE|AND)\b)[A-Z][A-Z’'.&-]*){0,4}?)"
                           r"\s+(?:TO\s+TOUR|WILL\s+TOUR|TOURS|ANNOUNCES?\s+(?:\w+\s+)?TOUR)\b")


_TOUR_WORD = re.compile(r"\btour\b", re.IGNORECASE)
# a journey known by its name, which is what travels the list's stops: "the Jarrow March", "the 2019 Tour of Britain"
_NAMED_JOURNEY = re.compile(r"\b[Tt]he\s+(?:\d{4}\s+|\d{1,3}(?:st|nd|rd|th)\s+)?((?:[A-Z][\w’'-]*\s+){1,3}(?:March|Rally|Relay|Race|Challenge|Expedition|Pilgrimage|Trek)"
                            r"|Tour\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b")


def _from_to(first: TimeMention | None, last: TimeMention) -> TimeMention:
    """The days from the one `first` gives to the last one `last` gives, when `first` is a day before it; else `last`."""
    if first is None or first.precision != "day" or not first.start_date or not last.end_date or first.start_date >= last.end_date:
        return last
    return replace(first, end=max(first.end, last.end), end_date=last.end_date, end_value=last.end_date.isoformat())


def _dates_a_trip(t: TimeMention, text: str) -> bool:
    """Not a century or decade, nor a date after "since" ("an exercise held annually since 1971"), nor the day a trip
    was told of ("visits to Ethiopia and Kenya planned, the spokesperson announced on Friday")."""
    # (nor after "since" and what began then: "for the first time since assuming office in 2016")
    return t.precision not in ("century", "decade") and not _SINCE.search(text, max(0, t.start - 40), t.start) \
        and not _TOLD_ON.search(text, max(0, t.start - 30), t.start) and not _TOLD.match(text, t.end)


_TOLD_WORDS = r"(?:announced|said|confirmed|stated|released|published|issued|told\s+(?:reporters|journalists))"
_TOLD_ON = re.compile(rf"\b{_TOLD_WORDS}\s+(?:in\s+an?\s+(?:[\w-]+\s+){{1,2}})?(?:on\s+)?$")  # ("said in a news release Friday")
_TOLD = re.compile(rf"\s+{_TOLD_WORDS}\b")  # "The PCB on Friday announced a revised itinerary for the tour"


_SINCE = re.compile(r"\bsince\s+(?:[a-z]+\s+){0,3}?(?:in\s+)?$")


def dated(t: TimeMention) -> bool:
    return t.start_date is not None and t.type in ("DATE", "TIME") and t.function != "CREATION_TIME"


# Words a capitalised run can open or close with that are no part of a name: a sentence's first word ("Then
# Secretary Kerry", "Later the First Family") or a headline's ("Tillerson To Travel").
_INSTITUTIONS = frozenset({"department", "ministry", "office", "agency", "commission", "council", "committee", "administration",
                           "government", "embassy", "bureau", "service", "company", "companies", "association",
                           "organization", "organisation", "union", "forum", "alliance", "federation", "league",
                           # and the buildings and schools a body is named by ("Malta International Airport", "the
                           # National Defence University"), never a person's last word (not "Court", "House", "Bank")
                           "university", "airport", "college", "institute", "hospital", "academy", "school", "station",
                           "stadium", "museum", "palace", "hotel", "foundation", "corporation", "parliament", "centre", "center",
                           "church", "cathedral", "diocese", "communion"})
# the last word of an occasion's name, never of a person's: "will attend the gala World Rugby Awards ceremony"
_OCCASIONS = frozenset({"awards", "ceremony", "summit", "conference", "festival", "forum", "expo", "games", "cup",
                        "championship", "championships", "olympics", "congress", "convention", "fair", "gala"})
# the last word of a place's name, never of a person's: "(Nonouti) Island set off on a two-day trip"
_FEATURES = frozenset({"island", "islands", "valley", "mountains", "county", "province", "district"})  # not "Lake", "Bay": surnames
_NOT_IN_NAMES = {"then", "later", "also", "and", "but", "so", "by", "to", "meanwhile", "afterwards", "finally", "earlier", "will", "travel"}


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")
# "welcoming Archbishop Justin. We will show him": a full stop and the next sentence's pronoun or article, no initial
_NEXT_SENTENCE = re.compile(r"(?<=[a-z]{2})\.\s+(?:I|We|He|She|They|It|The|This|That|There|Our|His|Her|Their|Its)\b.*$")
_GLUED = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")
_LONGEST_NAME = 5  # words, titles taken off: "Tuilaepa Lupesoliai Sailele Malielegaoi", "Andrés Manuel López Obrador"


# a part of a day whose words name the day ("Sunday afternoon", "tomorrow morning"), unlike a bare clock
# (and "this morning", "last night": the story's day and the one before)
_NAMES_ITS_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|today|tonight|tomorrow|yesterday|(?:this|last)\s+(?:morning|afternoon|evening|night))\b",
                            re.IGNORECASE)
# an arrival or a return the present perfect tells ("has arrived in Malabo"): on the story's day
_JUST_ARRIVED = re.compile(r"\b(?:has|have)\s+(?:just\s+|already\s+)?(?:arrived|landed|returned)\b", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")  # "Modi's", "DeSantis'"


_PARISH = 50_000  # people: a state smaller than this is no title's area


# the verbs (and the "To" of "To Visit") a headline writes in capitals after whom it is about ("Gonsalves Arrives in
# Nicaragua")
_HEADLINE_VERBS = frozenset({"arrives", "visits", "travels", "leaves", "departs", "returns", "heads", "lands", "tours",
                             "begins", "concludes", "ends", "starts", "meets", "flies", "embarks", "reaches", "to"})


@lru_cache(maxsize=8192)  # the same runs come back in every sentence of a long text
def clean_name(run: str) -> str:
    """A person's name from a run of capitalised words: without titles, nationality, suffix or a sentence's first word.

    >>> clean_name("Then British Prime Minister Keir Starmer")
    'Keir Starmer'
    >>> clean_name("President Jon Doe.")
    'Jon Doe'
    """
    run = _NAME_SUFFIX.sub("", _POSSESSIVE_END.sub("", run.split("(")[0].strip()))  # ("Dalai Lama(TibetanReview.net")
    run = _NEXT_SENTENCE.sub("", run)  # "Archbishop Justin. We will show him": the name ends at the full stop
    run = _SENTENCE_STOP.sub("", run)  # "... by President Jon Doe.": the sentence's full stop, not an initial's ("Jr.")
    run = _GLUED.sub(". ", run)  # "Rt.Rev.Justin Welby": abbreviated styles written without their spaces
    if re.fullmatch(r"I['’](?:ve|m|d|ll)", run):
        return "I"  # "I’ve just returned": the one who writes
    words = run.split()
    if any(re.search(r"['’]s$", w) for w in words[:-1]):
        return ""  # "Obama's National Export Initiative": a thing of someone's, no one's name
    if len(words) > 1 and words[0].lower().endswith("ing") and TITLE_ONLY.search(" ".join(words[1:])):
        words.pop(0)  # a headline's verb: "Previewing The President's Trip"
    demonym = default_gazetteer().demonym
    # the name follows the last title word: "Foreign Affairs Minister Nanaia Mahuta", "USAID Counselor Thomas H. Staal"
    if words and _title_word(words[-1]) and words[-1].lower() not in {"of", "the", "u.s.", "us"}:
        return ""  # "FCO Minister", "USAID Administrator": a title with no name after it
    titled = [k for k, w in enumerate(words[:-1]) if _title_word(w) and w.lower().strip(",") not in {"of", "the", "u.s.", "us"}]
    if titled:
        words = words[titled[-1] + 1:]
    # ... and the body a title is of: "head of the Syrian Orthodox Church Ignatius Aphrem"
    bodies = [k for k, w in enumerate(words[:-2]) if w.lower() in _INSTITUTIONS]
    if bodies:
        words = words[bodies[-1] + 1:]
    while len(words) > 1 and words[0].lower() in _CALENDAR_WORDS:
        words.pop(0)  # "On Friday 9th March Archbishop Williams will travel": the date before the name
    while len(words) > 2 and words[-1].lower() in WEEKDAYS:
        words.pop()  # "Minister Pranab Mukherjee Thursday left": the day after the name (not "Theresa May")
    while len(words) > 1 and words[-1].lower() in _HEADLINE_VERBS:
        words.pop()  # "Prime Minister Gonsalves Arrives in Nicaragua": a headline's verb after the name
    of_a_body = bool(words) and words[0].lower() == "of"  # "Vice-President of the European Commission"
    areas = ("country", "region", "continent", "admin1")

    def an_area(ws: list[str]) -> bool:
        # (not a parish of a few thousand people: "Michael" is one of the Isle of Man's, "The Most Reverend Michael Curry")
        return any(p.kind in areas and (p.kind != "admin1" or p.population >= _PARISH)
                   for p in default_gazetteer().lookup(" ".join(ws)))

    while words and (_title_word(words[0]) or words[0].lower().strip(",") in _NOT_IN_NAMES or demonym(words[0]) is not None):
        # ("President of the Russian Federation Vladimir Putin": the country the adjective begins goes with it)
        k = next((k for k in (3, 2) if demonym(words[0]) is not None and len(words) > k and an_area(words[:k])), 1)
        del words[:k]
    while words and (words[-1].lower() in _NOT_IN_NAMES or words[-1].lower() in ("of", "the")):  # no name ends so
        words.pop()
    if of_a_body and len(words) == 1:
        return ""  # the body a title is of, no one's name
    if words and words[-1].lower() in _INSTITUTIONS | _FEATURES | _OCCASIONS:
        # "Commerce Department", "the Foreign Office", "Nonouti Island", "the World Rugby Awards": a body, a place or an
        # occasion, no person
        return ""
    joints = [k for k, w in enumerate(words) if w in ("and", "for")]
    if joints and len(words) - joints[-1] > 2:
        words = words[joints[-1] + 1:]  # "(Minister for the Middle East) and North Africa Alistair Burt"
        while words and words[0].islower():
            words.pop(0)  # "... and the Caribbean Marcela Escobari"
        if len(words) > 2 and re.fullmatch(r"[A-Z][a-z]+[^s]s", words[0]):
            words.pop(0)  # "High Commissioner for Refugees Filippo Grandi": the plural the title is for
    # (only after a title: "Georgia Ann Smith" keeps her first name)
    lead = next((k for k in range(len(words) - 1, 0, -1) if an_area(words[:k])), 0) if any(map(_title_word, run.split())) else 0
    # (after "of", the area is the title's, however short the name: "Prime Minister of Mongolia L.Oyun-Erdene")
    if lead and len(words) - lead >= (1 if of_a_body else 2) and not re.fullmatch(r"[A-Z]\.", words[lead]):  # "Chad F. Wolf" keeps Chad
        words = words[lead:]  # "North Africa Alistair Burt", "Caribbean Marcela Escobari": the title's area, then the name
    if len(words) > 1 and an_area(words):
        return ""  # "Assistant Administrator for Latin America": the title's area, no one's name
    if len([w for w in words if w.lower() not in ("of", "the")]) > _LONGEST_NAME:
        return ""  # "Begins Three-State Tour Highlighting Climate Action Plan": a headline's words, no one's name
    land = next((k for k in range(1, len(words) - 1) if words[k] == "of"), None)
    if land is not None and an_area([w for w in words[land + 1:] if w != "the"]) \
            and any(w.lower() not in _RANKS for w in words[:land]) and any(w.lower() in _RANKS for w in run.split()):
        # "Princess Alexandra of Luxembourg": a royal's land after the name (not "the Duke of Edinburgh", "Bank of England")
        words = words[:land]
    return " ".join(words)


# a rank of nobility, whose "of" names the title's land ("the Duke of Edinburgh", "the Prince of Wales"), not a name's
_RANKS = frozenset({"king", "queen", "prince", "princess", "duke", "duchess", "grand", "earl", "count", "countess",
                    "marquess", "marquis", "baron", "baroness", "viscount", "lord", "lady", "crown", "emperor", "empress"})


def _title_word(word: str) -> bool:
    """'Minister', and a title joined by hyphens ("Secretary-General", "Vice-President", "Chair-in-Office")."""
    if re.fullmatch(r"[a-z]+-(?:in|of|at)-[a-z]+", word.lower().strip(",")):
        return True  # "Commander-in-Chief", "Chair-in-Office": a title's shape
    return all(part in _TITLE_WORDS for part in re.sub(r"['’]s$", "", word.lower().strip(",")).split("-"))


def _same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: one surname, and given names that agree where both have one.

    "Biden" and "Joseph R. Biden" can; "Jill Biden" and "Joseph R. Biden" cannot; "J. Biden" and "Joseph Biden" can;
    "Del Toro" and "Carlos Del Toro" can.
    """
    if a.startswith("@") != b.startswith("@"):
        # a social-media handle is the person one of whose names opens it: "@BattulgaKh" is Khaltmaagiin Battulga
        handle, name = (a, b) if a.startswith("@") else (b, a)
        return any(len(w) >= 4 and handle[1:].lower().startswith(w.lower()) for w in name.split())
    ta, tb = a.split(), b.split()
    if len(ta) == 1 or len(tb) == 1:  # "Mr. Ban" is Ban Ki-moon, as "Biden" is Joseph R. Biden
        short, full = (ta, tb) if len(ta) == 1 else (tb, ta)
        # (a long surname with one letter dropped is a slip of the pen: "Matarella's program" is Sergio Mattarella's)
        return short[0] in full or any(_one_letter_dropped(short[0], w) for w in full if len(w) >= _SLIP_LENGTH)
    if ta[-1] != tb[-1]:
        return False
    short, full = sorted((ta, tb), key=len)
    if short[0].lower() in NAME_PARTICLES and full[-len(short):] == short:
        return True  # "Del Toro" is Carlos Del Toro, "von der Leyen" Ursula von der Leyen
    fa, fb = ta[0].rstrip("."), tb[0].rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


_SLIP_LENGTH = 7  # letters: a name this long with one dropped is still that name


def _one_letter_dropped(short: str, full: str) -> bool:
    """Whether `short` is `full` with one letter left out ("Matarella", "Mattarella")."""
    return len(short) == len(full) - 1 and any(full[:k] + full[k + 1:] == short for k in range(len(full)))


# a name and, in brackets after it, the one word the text goes on to call that person by: "Joko Widodo (Jokowi)"
_ALIAS = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+)\s+\(([A-Z][a-z]{2,})\)")


def _aliases(text: str) -> dict[str, str]:
    """Each bracketed other name in `text` for the name before it: {"Jokowi": "Joko Widodo"}; not a place ("Jon Doe
    (Ghana)")."""
    out: dict[str, str] = {}
    for m in _ALIAS.finditer(text):
        name = clean_name(m.group(1))
        if len(name.split()) >= 2 and not default_gazetteer().lookup(m.group(2)) and not syntax.function_word(m.group(2)):
            out[m.group(2)] = name
    return out


def _title_words(run: str) -> set[str]:
    """The title words `run` holds, as substrings ("Princess Anne" holds "Prince" too)."""
    return {w for w in _TITLES if w in run}


# a capitalised word the text writes after "the" ("The Taoiseach is travelling", "the Tánaiste will"), not before a name
_THE_WORD = re.compile(r"[Tt]he\s+([A-Z][\w’'-]+)(?=\s+(?:will|would|is|was|has|had|and|also|then|said|says|made|makes|"
                       r"[a-z]+ed|[a-z]+s)\b|['’]s\b|[,.;:])")


_FEW_WORDS = 32
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _styled_titles(text: str) -> frozenset[str]:
    """The single words a text uses as titles of its own: written after "the", never as the last word of a name.

    >>> sorted(_styled_titles("The Taoiseach is travelling. Mr Cowen will meet the Emperor."))
    ['Emperor', 'Taoiseach']
    """
    # (a word's "the" may follow a clock glued to it, "16:26The", but not a letter: "Loathe")
    the = {m.group(1) for m in _THE_WORD.finditer(text) if not (m.start() and text[m.start() - 1].isalpha())}
    if not the:
        return frozenset()
    # ("the Biden administration" ... "Joe Biden": a surname, whatever article the text once put before it; a few
    # words are looked for by name, many by reading every run of capitals, so that the work stays linear)
    ended = re.compile(r"([A-Z][\w’'.-]*)[ \t]+(" + "|".join(map(re.escape, sorted(the))) + r")(?![\w’'-])") \
        if len(the) <= _FEW_WORDS else re.compile(r"([A-Z][\w’'.-]*)[ \t]+(?=([A-Z][\w’'-]+)(?![\w’'-]))")
    # (a run after "the" is a longer title, not a name: "the Ecumenical Patriarch"; a word that ends more such titles
    # than names, a headline's "Trump – Ecumenical Patriarch meeting" among them, is a title still)
    runs: Counter = Counter()
    for m in ended.finditer(text):
        if m.group(1) not in ("The", "A", "An") and m.group(1).lower() not in NOT_NAMES:
            runs[m.group(2)] += -1 if _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) else 1
    ends = {w for w, n in runs.items() if n > 0}
    g = default_gazetteer()
    # (not a place, "the Tiruchi district"; nor a people, "the African Union"; nor a group, "the Ministers will")
    return frozenset(w for w in the - ends if not g.lookup(w) and g.demonym(w) is None and not re.search(r"[^s]s$", w))


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


class _Travellers:
    """The people who travel in one document, each under the longest form of their name."""

    def __init__(self, text: str = "") -> None:
        self.names: list[str] = []
        # name -> the title words its runs hold ("Secretary of State ..."), as a set: a name met 10,000 times keeps one
        self.titles: dict[str, set[str]] = {}
        self.words: dict[str, set[str]] = {}  # name -> the capitalised words written with it ("Japanese Prime Minister")
        self.recent = ""  # the last traveller, named or known only by a title ("?President")
        self.styled = _styled_titles(text)  # this text's own titles ("the Taoiseach"), which no one is named
        self.text = text
        self.unnamed: set[str] = set()  # the title words looked for before a name and not found
        self.aliases = _aliases(text)
        self.couple: tuple[str, str] | None = None  # the last two who travel together, as the text names them
        self.opening = ""  # the name an opening sentence starts with, known by no title (`_named_subject`)
        self.written: dict[str, tuple[str, str] | None] = {}  # a noun -> the name the text writes ending in it (`called`)
        self.groups = False  # whether a band, side or ship the text calls only by that word travels (`trips`' second look)
        self.writers = False  # whether the writer's "we" travels (`trips`' third look)
        self._lower: frozenset[str] | None = None  # the words the text writes in lower case, read when first asked

    def common(self, name: str, sentence: Sentence) -> bool:
        """Whether a one-word name is only a sentence's capitalised first word, one the text also writes in lower case
        ("Members of the royal family are due to visit", then "meet members of a choir")."""
        if " " in name or not sentence.text.lstrip().startswith(name):
            return False
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return name.lower() in self._lower

    def add(self, name: str, run: str = "") -> str:
        name = self.aliases.get(name, name)  # "Jokowi", after "President Joko Widodo (Jokowi)"
        words = _title_words(run) | {w for w in run.split() if w in self.styled}
        written = set(_CAPITALISED.findall(run))
        for i in reversed(range(len(self.names))):
            known = self.names[i]
            if _same_person(name, known):
                if len(name) > len(known):
                    self.titles[name] = self.titles.pop(known, set())
                    self.words[name] = self.words.pop(known, set())
                    self.names[i] = name
                self.titles[self.names[i]] |= words
                self.words[self.names[i]] |= written
                return self.names[i]
        self.names.append(name)
        self.titles[name] = words
        self.words[name] = written
        return name

    def _best_of(self, names: list[str], title_run: str) -> str | None:
        """Of `names`, the one whose own runs hold most of the words written with the title ("The Japanese Prime
        Minister" is the one met as "Japanese Prime Minister Junichiro Koizumi", not "Foreign Minister Osei Adjei");
        on a tie, the last met. None when no word is shared."""
        said = set(_CAPITALISED.findall(title_run)) - {"The"}
        scored = [(len(said & self.words.get(n, set())), -k, n) for k, n in enumerate(reversed(names))]
        best = max(scored, default=None)
        return best[2] if best is not None and best[0] > 0 else None

    def titled(self, title_run: str) -> str:
        """The last person met under the title in `title_run` ("the Secretary"), else the one the text names under its
        own title ("The Patriarch will visit", after "Ecumenical Patriarch Bartholomew"), else the last one named."""
        words = TITLE_ONLY.findall(title_run) + [w for w in title_run.split() if w in self.styled]
        for word in reversed(words):
            holders = [name for name in self.names if word in self.titles.get(name, ())]
            if holders:
                return self._best_of(holders, title_run) or holders[-1]
        for word in reversed(words):
            # ("the President" is the last one named: only the text's own titles are looked for)
            own = word in self.styled and not TITLE_ONLY.fullmatch(word) and word not in self.unnamed
            written = re.search(rf"\b{re.escape(word)}[ \t]+({CAP_RUN.pattern})", self.text) if own else None
            name = clean_name(written.group(1)) if written else ""
            if name and name.lower() not in NOT_NAMES:
                return self.add(name, written.group())
            self.unnamed.add(word)  # (looked for once: a long text stays linear)
        if "Family" in title_run:
            return self.last()  # "the First Family" travels with the one it is the family of
        # "the Japanese leader": the one met with its words, else the last one named
        return self._best_of(self.names, title_run) or (self.names[-1] if self.names else "")

    def last(self) -> str:
        return self.names[-1] if self.names else self.recent

    def meant(self) -> str:
        """Whom a pronoun means: the one met last; with no one met yet, the one the text opened with ("Jon Doe will
        begin his voyage ... He will stop in Muscat")."""
        return self.last() or (self.add(self.opening) if self.opening else "")

    def first(self) -> str:
        """The first person met; of two named together ("King Philippe and Queen Mathilde"), the first named."""
        if self.couple and self.names and self.names[0] == self.couple[1]:
            return self.couple[0]
        return self.names[0] if self.names else ""

    def called(self, word: str) -> str:
        """The last one met whose name has `word` in it, written in lower case ("the ballet" for "Boris Eifman Ballet
        Theater", "the choir"), else ""."""
        known = next((name for name in reversed(self.names) if word.lower() in name.lower().split()), "")
        if known or _TRIP_NOUN.fullmatch(word):
            return known
        if word not in self.written:  # (looked for once: a long text stays linear)
            m = re.search(rf"\b(?:[A-Z][\w’'-]*[ \t]+){{1,3}}{re.escape(word.title())}\b", self.text)
            name = clean_name(m.group()) if m else ""
            self.written[word] = (name, m.group()) if name and name.lower() not in NOT_NAMES else None
        found = self.written[word]
        return self.add(*found) if found else ""

    def holds(self, name: str, title: str) -> bool:
        """Whether `name` was met under the title words of `title` ("Secretary of Defense")."""
        words = TITLE_ONLY.findall(title) + [w for w in title.split() if w in self.styled]
        return bool(words) and all(w in self.titles.get(name, ()) for w in words)

    def canonical(self, name: str) -> str:
        """`name` as first met, upgraded to the longest form met since."""
        if not name:
            return ""
        return next((k for k in reversed(self.names) if _same_person(name, k)), name)


def _side_before(text: str, sentence: Sentence, verb_start: int, places: list[PlaceMention]) -> str:
    """A country that opens the sentence right before a side's games ("England open against Brazil", "Scotland will
    play"): the side, by its country's name; else ""."""
    head = re.sub(r"\s+will$", "", text[sentence.start: verb_start].rstrip())
    first = next((p for p in places if p.literal and p.start == sentence.start), None)
    if first is None or first.place.kind not in ("country", "admin1") or first.end - sentence.start != len(head):
        return ""
    return first.text


def _traveller_before(text: str, sentence: Sentence, verb_start: int, people: _Travellers, places: list[PlaceMention],
                      times: list[TimeMention], parse: syntax.Parse | None = None) -> str:
    """Who travels: the person named before the travel words, a pronoun or a bare title for the last one met.

    A bare title with nobody met yet ("Secretary of Defense Travel to ...") gives "?" and the title:
    the first person named later under that title, else the title itself.
    """
    head = text[sentence.start: verb_start]
    source = _ACCORDING_TO.match(head)
    if source:
        head = " " * source.end() + head[source.end():]  # (the one a sentence's news is according to is no traveller)
    # (nor is a name in a relative clause about the subject: "The remaining members, who are playing in the Pakistan
    # Super League (PSL), will join")
    head = _WHO_CLAUSE.sub(lambda m: "," + " " * (len(m.group()) - 1), head)  # (its commas still part the names)
    # (nor who is among those with the subject: "Northam and a delegation that includes Secretary Brian Ball will visit")
    head = _THAT_INCLUDES.sub(lambda m: " " * len(m.group()), head)
    # (nor is a day written right after a name: "Minister Pranab Mukherjee Thursday left for Cyprus")
    for t in times:
        a, b = t.start - sentence.start, t.end - sentence.start
        if 0 < a and b <= len(head) and head[a - 1] == " " and head[a:b].istitle() and t.precision == "day":
            head = head[:a] + "," + " " * (b - a - 1) + head[b:]
    taken = [(p.start, p.end) for p in places] + [(t.start, t.end) for t in times]
    nearest = titled_name = earlier = None
    titles_of: dict[int, str] = {}
    for m in CAP_RUN.finditer(head):
        s, e = sentence.start + m.start(), sentence.start + m.end()
        titled = bool(TITLE_ONLY.search(m.group()))
        over = [b for a, b in taken if a < e and s < b]
        if over and not titled:
            # "... for Latin America and the Caribbean Marcela Escobari will travel": the name after the place
            rest = CAP_RUN.match(head, len(head) - len(head[max(over) - sentence.start:].lstrip()))
            if rest is None or rest.end() != m.end() or len(rest.group().split()) < 2 or re.match(r"[A-Z]\.", rest.group()) \
                    or any(a < e and rest.start() + sentence.start < b for a, b in taken):  # not "Chad F. Wolf" as "F. Wolf"
                continue
            titles_of[rest.start()] = head[: rest.end()]  # the title the name was written under, earlier in the sentence
            m, s = rest, sentence.start + rest.start()
        if m.group().lower() in NOT_NAMES or _acronym(m.group()):
            continue
        if _WHERE_BEFORE.search(head, max(0, m.start() - 24), m.start()):
            continue  # "a performance in the Brazilian city of Bahai": a place the gazetteer lacks, no one
        if _PRONOUN_RUN.fullmatch(m.group()):
            continue  # "He'll", "We": a pronoun, no name
        if m.group() == "I" and people.names:
            continue  # "“... as I prepare to go to Benin”": the one quoted, met before (a first-person text's "I" travels)
        if m.group() == "Touring" and re.match(r"\s+(?:party|squad)\b", head[m.end():]):
            continue  # "Touring party departs from London": the team the text is about (a group word, below)
        if m.start() == 0 and " " not in m.group() and m.group() != "I" and syntax.function_word(m.group()):
            continue  # "Upon his return to Bangkok", "Here the President will": the sentence's first word, no name
        if " " not in m.group() and parse is not None and _tag_at(parse, s) in ("RB", "IN", "CD"):
            # "Precisely, the group will be in Guangzhou", "Unlike most state visits, this trip will", "Thirty five euros to
            # travel": an adverb, a preposition or a number the sentence opens with, no name
            continue
        if m.start() == 0 and re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", m.group()) and re.match(r"\s+(?:by|with)\b", head[m.end():]):
            continue  # "Joined by clergy leaders, the tour will": a participle opening the sentence, no name
        says = _SAYS_AFTER.match(head, m.end())
        if says and says.end() < len(head.rstrip()) and not _SAYS_OF_SELF.match(head, says.end()):
            # "Sweden's ambassador, Pontus Melander, said the royal couple were due to arrive": who tells of it (not "Jon
            # Doe confirmed on Monday that he will travel")
            continue
        if _BODY_AFTER.match(head, m.end()):
            continue  # "the Obama administration's top military official": the name of a body, no traveller
        if not titled and m.group().split()[-1].lower() in _INSTITUTIONS:
            continue  # "Jon Doe, the spiritual head of the Anglican Church, will": a body, no traveller
        if not head[m.end():].strip() and _TRIP_NOUN.match(text, verb_start) and not _POSSESSIVE_END.search(m.group()) \
                and not (text.startswith("visits", verb_start) and m.group().split()[0] in ("The", "the")):
            continue  # "his Apostolic Journey to", "the State Visit to": the trip's own name, no traveller ("Premier
            # Jane Roe's mission to": hers; "The King visits Lincolnshire": the title's holder goes)
        if _TRIP_NOUN.match(head, len(head) - len(head[m.end():].lstrip())) and head[m.end():m.end() + 1] == " " \
                and not _POSSESSIVE_END.search(m.group()):
            continue  # "the Coastal Bend tour will include visits to": a name the trip is called by, no traveller
        if _TRIP_NOUN.fullmatch(m.group().split()[-1]):
            continue  # "The State Visit will take them to Berlin": the trip's own name, no traveller
        if nearest is not None and clean_name(nearest.group()) and not clean_name(m.group()) and not titled \
                and re.fullmatch(r",\s*", head[nearest.end():m.start()]):
            continue  # "Michael Curry, Presiding Bishop and Primate of ...": the name's office after it, no one else
        earlier, nearest = nearest, m
        if titled and clean_name(m.group()):
            titled_name = m  # "Ambassador Tina Kaidanow, Principal Deputy Assistant Secretary ..., will travel"
    pronoun = _SUBJECT_PRONOUN.search(head)
    if nearest is not None and pronoun is not None and pronoun.start() >= nearest.end() and people.last():
        return people.last()  # "From the summit in Port-au-Spain, he will travel on to Geneva": he, not a place's name
    noun = _THE_NOUN.search(head)
    if noun and (nearest is None or noun.start() >= nearest.end() or not clean_name(nearest.group())) \
            and (known := people.called(noun.group(1))):
        return known  # "then the ballet will travel to California", after "The Boris Eifman Ballet Theater kicks off"
    if noun and nearest is None and people.groups and not people.names and noun.group(1).lower() in _GROUP_NOUNS \
            and not _OF_THE.search(head, 0, noun.start()):  # (not "Eight of the team play in France": some of its people)
        # "The group will also play dates in San Francisco", in a text where no one else travels: the company the text
        # calls by that word
        return people.add("The " + noun.group(1).lower())
    if people.writers and not people.names and _WE_BEFORE.search(head):
        return people.add("we")  # "We were in Towson", "we drove to Leeds": the writer's party, in a text naming no one
    if earlier is not None and nearest is not None and people.names and not clean_name(earlier.group()) \
            and TITLE_ONLY.search(earlier.group()) and re.fullmatch(r"\s+and\s+", head[earlier.end():nearest.start()]):
        # "the President and Ms. Reid will tour": the first of the two, by the title the text gave that person
        held = people.titled(earlier.group())
        if held:
            return held
    if nearest is not None:
        name = clean_name(nearest.group())
        if not name and TITLE_ONLY.search(nearest.group()):
            # "the Vice President", "The Secretary will travel": whoever holds that title, else the last one met
            return people.titled(nearest.group()) or _untitled(nearest.group())
        chosen = titled_name or nearest
        name = clean_name(chosen.group())
        # "the Joint Chiefs of Staff", "the Department of State": an organisation's name, no person's
        if name and _no_other_word(name) and not re.search(r" (?:of|the) ", name):
            styled = _STYLED_BY.search(head, 0, chosen.start())
            if styled and TITLE_ONLY.search(styled.group(1)):
                # "The Governor-General, Lt Gen Rt Hon Sir Jerry Mateparae, is to visit": the title set before the name
                return people.add(name, styled.group(1) + " " + chosen.group())
            return people.add(name, titles_of.get(chosen.start(), chosen.group()))
    owned = _PLACE_S_TITLE.search(head)
    if owned:
        # "British Columbia’s premier is heading to China ... John Horgan says the trip": the holder met before, else
        # the person the next sentence opens with
        title = owned.group(1)
        known = people.titled(title.title())
        if known and people.holds(known, title.title()):
            return known
        nxt = CAP_RUN.match(text, _GAP.match(text, sentence.end).end())
        name = clean_name(nxt.group()) if nxt else ""
        if len(name.split()) >= 2 and _no_other_word(name):
            return people.add(name, title.title() + " " + name)
    if _DELEGATION.search(head):
        leader = _leader(text, sentence)
        if leader:
            return people.add(clean_name(leader), leader)
    if _COUPLE.search(head):
        pair = _first_of_a_pair(text, sentence.start)
        if pair or people.last():
            return people.add(*pair) if pair else people.last()  # (no two named together: the one met last, the other's partner)
    said = PRONOUN_OR_TITLE.search(head)
    if nearest is None and people.names and re.search(r"\bI\b", head):
        return people.last()
    if nearest is None and people.names and _only_its_day(head, sentence, times) and opens_line(text, sentence.start):
        return people.last()  # "December 17, 2024 – visit farmers in Bududa": a schedule's item, of the one it is of
    if said or _THE_TRIP.search(head):
        # "he will travel", "The visit will include visiting Beijing, ...": the one met last; with nobody met yet, "she"
        # is the official the text last named under a title ("EPA Administrator Gina McCarthy will begin a trip");
        # "the president will then return": the one met under that title ("President Yoon"), not the first lady named since
        if said and said.group().lower().startswith("the ") and people.names:
            return people.titled(said.group().title())
        if people.last() or not _SUBJECT_PRONOUN.search(head):
            return people.last()
        lo = max(0, sentence.start - _NEAR)
        named = _lead_person([Sentence(lo, sentence.start, text[lo: sentence.start])], text, _OFFICE)
        return people.add(*named) if named else people.meant()
    return ""


_ITEM_MARKS = re.compile(r"[\s•*·:,.–—-]*")


def _only_its_day(head: str, sentence: Sentence, times: list[TimeMention]) -> bool:
    """Whether what stands before a sentence's verb is only its day and the marks that set it off (a dated item; not
    a programme's hour, "15.40 Visit to the school", whose item is the visit)."""
    within = [t for t in times if 0 <= t.start - sentence.start and t.end - sentence.start <= len(head)]
    if not within or any(t.type != "DATE" or t.precision != "day" for t in within):
        return False
    spans = sorted((t.start - sentence.start, t.end - sentence.start) for t in within)
    at = 0
    for a, b in spans:
        if not _ITEM_MARKS.fullmatch(head, at, a):
            return False
        at = b
    return bool(_ITEM_MARKS.fullmatch(head, at))


def _tag_at(parse: syntax.Parse, start: int) -> str:
    """The part-of-speech tag of the token that starts at `start` ("" for none)."""
    return next((t.tag for t in parse.tokens if t.start == start), "")


_GAP = re.compile(r"[\s.]*")  # what ends a sentence before the next one opens
# "The royal couple will spend one day each in Estonia": the two the text named together, the first one's trip
_COUPLE = re.compile(r"\b[Tt]he\s+(?:(?:royal|imperial|presidential|[A-Z][a-z]+)\s+)?(?:couple|pair)\b[^.;]{0,60}$")
_PAIR = re.compile(rf"({CAP_RUN.pattern})\s+and\s+({CAP_RUN.pattern})")


def _first_of_a_pair(text: str, before: int) -> tuple[str, str] | None:
    """The first of the last two people named together ("Japanese Emperor Akihito and Empress Michiko") before
    `before`, as (name, its run), or None."""
    for m in reversed(list(_PAIR.finditer(text, max(0, before - _NEAR), before))):
        first, second = clean_name(m.group(1)), clean_name(m.group(2))
        if first and second and not any(default_gazetteer().lookup(n) for n in (first, second)):  # people, not places
            return first, m.group(1)
    return None


# a title held in a place, before its travel words: "British Columbia’s premier is heading to", "Poland’s president is set
# to travel to"
_PLACE_S_TITLE = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+((?:prime\s+)?(?:premier|president|minister|governor|chancellor))\s+(?:\w+\s+){0,3}$")
_STYLED_BY = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|the))*),\s*$")
_DELEGATION = re.compile(r"\b(?:delegation|mission|team)\b", re.IGNORECASE)
_LED_BY = re.compile(r"\b(?:delegation|mission|team|trip|tour|visit)\b[^.;]{0,80}?\b(?:led|headed)(?:\s+up)?\s+by\s+(?:the\s+)?",
                     re.IGNORECASE)
_NEAR = 2000  # how far from a delegation's trip its leader is looked for


def _leader(text: str, sentence: Sentence) -> str:
    """The person a delegation is led by ("The delegation will be led by the Honourable Gaston Browne, Prime
    Minister"), told near the sentence of its trip, or ""."""
    lo, hi = max(0, sentence.start - _NEAR), min(len(text), sentence.end + _NEAR)
    for m in _LED_BY.finditer(text, lo, hi):
        run = CAP_RUN.match(text, m.end())
        if run and clean_name(run.group()):
            return run.group()
    # ("Premier Shawn Graham will lead the delegation": the name before the leading)
    for m in _LEADS.finditer(text, lo, hi):
        if clean_name(m.group(1)):
            return m.group(1)
    return ""


_LEADS = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)+)\s+(?:will\s+)?(?:lead|leads|led|head|heads|headed)\s+"
                    r"(?:the|a|this)\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission|team)\b")


def _people_word(word: str) -> bool:
    """Whether a word is a people's adjective ("Indian", "Kenyan")."""
    return default_gazetteer().demonym(word) is not None


def _a_verb_first(parse: syntax.Parse, name: str) -> bool:
    """Whether the sentence opens with the name's first word and the model reads that word as a verb ("Promoting")."""
    first = parse.tokens[0] if parse.tokens else None
    return first is not None and bool(name) and first.text == name.split()[0] and first.tag.startswith("VB")


def _set_off(parse: syntax.Parse, name: int) -> bool:
    """Whether a name and the words before it that are part of it ("Albert K Barume") stand between commas."""
    toks = parse.tokens
    first = name
    while first > 0 and toks[first - 1].head == name and toks[first - 1].dep in ("compound", "flat"):
        first -= 1
    return first > 0 and toks[first - 1].text == "," and name + 1 < len(toks) and toks[name + 1].text == ","


def _subject_traveller(parse: syntax.Parse, start: int, end: int, people: _Travellers) -> tuple[str, str] | None:
    """Who travels, by the sentence's structure: the subject of the travel verb at start..end, or of the verb it is
    joined to ("will address the Assembly and will then travel to Belgrade"), as (how it is told, who).

    "he", "she" and "they" are the one met last ("pronoun"), "they" the first of two who travel together ("they"); a
    name of proper nouns is added to `people` ("name": "Theresa May", a name that is also a month and a verb). None
    when the structure does not say.
    """
    toks = parse.tokens
    words = parse.covering(start, end)
    if not words:
        return None
    # the travel verb, or for a trip noun ("During the visit, Hammond will meet ...") the verb of its clause
    verb = next((j for j in words if toks[j].tag.startswith("VB") and toks[j].dep not in ("aux", "auxpass")), None)
    moves = verb is not None  # (the travel verb's own subject, not a trip noun's clause's)
    verb = clauses.clause_verb(parse, words[0]) if verb is None else verb
    subj = clauses.subject(parse, verb)
    if subj is not None and toks[verb].dep == "advcl" and any(toks[c].dep == "mark" and toks[c].text.lower() == "for"
                                                              for c in parse.children(verb)):
        # "Raisi left for Venezuela to begin his first tour": the model's "for X to" subject is where he left for
        verb, subj = toks[verb].head, clauses.subject(parse, toks[verb].head)
    # "awaiting the historic visit to the country by Japanese Prime Minister Junichiro Koizumi": the one the trip
    # noun is by travels, not the subject of the clause it is told in
    by = next((c for j in words if toks[j].tag.startswith("NN") for b in parse.children(j) if toks[b].text.lower() == "by"
               for c in parse.children(b) if toks[c].dep == "pobj" and toks[c].tag == "NNP"), None)
    if by is not None:
        subj = by
    # "a revised itinerary for the Australia men’s cricket team’s tour of Pakistan", "England’s cricket team tour of Sri
    # Lanka": a team whose trip it is travels, not who tells of it
    trip, team = next(((j, c) for j in words if toks[j].tag.startswith("NN") for c in parse.children(j)
                       if toks[c].dep in ("poss", "compound") and toks[c].tag == "NN" and PRONOUN_OR_TITLE.fullmatch(f"the {toks[c].text}")
                       and not _title_word(toks[c].text)), (None, None))
    if team is not None and by is None:
        lead = team  # (the words before it in the trip's phrase: "the Australia men’s cricket", "England’s cricket")
        while lead > 0 and clauses.path_up(parse, lead - 1, trip) is not None and toks[lead - 1].dep != "det":
            lead -= 1
        first = next((c for c in range(lead, team) if toks[c].tag == "NNP"), None)
        if first is not None:
            run = parse.sentence.text[toks[first].start - parse.sentence.start: toks[team].end - parse.sentence.start]
            return "name", people.add(run, run)
    given = next((c for c in parse.children(verb) if toks[c].dep == "dative"), None) if toks[verb].lemma in ("give", "offer") else None
    if given is not None:
        # "Spengler, a historian, gave them a tour of Old Havana": who is given the tour makes it, not the guide
        if toks[given].tag == "PRP":
            return ("pronoun", people.last()) if people.last() else None
        subj = given
    if toks[verb].lemma in ("send", "dispatch"):
        # "has decided to send the Secretary of State, Cardinal Pietro Parolin, to Kinshasa": the one sent travels
        sent = [c for c in parse.children(verb) if toks[c].dep == "dobj"]
        if not sent:
            return None
        subj = sent[-1]
        if toks[subj].tag == "PRP":
            return None
    # ("Visiting Cairo for two days, Lord Ahmad met ...": a participle's subject is its main clause's; so is a purpose's,
    # "landed on Thursday to begin a visit to Ambon")
    while subj is None and toks[verb].head != verb and (
        toks[verb].dep in ("conj", "xcomp") or (toks[verb].dep == "advcl" and (toks[verb].tag in ("VBG", "VBN") or (
            toks[verb].tag == "VB" and any(toks[c].dep == "aux" and toks[c].text.lower() == "to" for c in parse.children(verb)))))
    ):
        xcomp = toks[verb].dep == "xcomp"
        verb = toks[verb].head  # "... and will then travel", "is scheduled to travel": the first verb's subject
        obj = next((c for c in parse.children(verb) if toks[c].dep == "dobj"), None) if xcomp else None
        subj = obj if obj is not None else clauses.subject(parse, verb)  # "asked Cheney to travel": Cheney
    if subj is None:
        return None
    t = toks[subj]
    head = toks[verb].head
    main = clauses.subject(parse, head) if t.tag == "PRP" and toks[verb].dep in ("advcl", "conj") and head != verb else None
    if main is not None and toks[main].tag == "NNP":
        subj, t = main, toks[main]  # "Anthony Albanese speaks with ... as he flies to Indonesia": the main clause's subject
    elif t.tag == "PRP":
        if t.text.lower() == "they" and people.couple:
            return "they", people.couple[0]  # "They will return to Japan on Tuesday": the two who set out together
        return ("pronoun", people.meant()) if t.text.lower() in ("he", "she", "they", "it") and people.meant() else None
    elif t.tag == "NN" and any(toks[c].dep == "det" and toks[c].text.lower() == "the" for c in parse.children(subj)) \
            and not _TRIP_NOUN.fullmatch(t.text) and (known := next((n for n in reversed(people.names) if t.text.lower() in n.lower().split()), "")):
        return "title", known  # "The orchestra will ... head to Vienna", after "The Chicago Symphony Orchestra will tour"
    elif t.tag == "NN" and not people.names and PRONOUN_OR_TITLE.fullmatch(f"the {t.text}") and not _title_word(t.text) \
            and not any(toks[c].dep == "conj" for c in parse.children(subj)) \
            and (first := min((k for k in range(subj) if (toks[k].tag == "NNP" or moves and toks[k].tag == "JJ" and _people_word(toks[k].text))
                               and toks[k].dep in ("amod", "compound", "poss", "nmod")
                               and clauses.path_up(parse, k, subj) is not None), default=None)) is not None:
        # "The Pakistan cricket team will depart for England": a team no one is named before is its own traveller (its
        # name may stand deeper: "The Illinois men's basketball team leaves for Italy"; or be its people's adjective:
        # "The Indian team will reach Colombo", when it is the travel verb's subject; not one of two: "The men's team and
        # the women's team embarked")
        run = parse.sentence.text[toks[first].start - parse.sentence.start: t.end - parse.sentence.start]
        return "name", people.add(run, run)
    elif t.tag == "NNS" and people.last() and PRONOUN_OR_TITLE.fullmatch(f"the {t.text}") \
            and not any(toks[c].dep == "poss" for c in parse.children(subj)):  # (not "our leaders")
        return "pronoun", people.last()  # "Mormon leaders will arrive in Bangkok": the party of the one met last
    if t.tag == "NNP" and not _title_word(t.text):
        # "Custodian of the Two Holy Mosques King Salman will embark": a style of something, then the title and the name
        styled_name = next((o for c in parse.children(subj) if toks[c].dep == "prep" and toks[c].text.lower() == "of"
                            for o in parse.children(c) if toks[o].dep == "pobj" and toks[o].tag == "NNP"
                            and any(toks[k].dep == "compound" and _title_word(toks[k].text) for k in parse.children(o))), None)
        if styled_name is not None:
            subj, t = styled_name, toks[styled_name]
    kids = {toks[c].dep for c in parse.children(subj)}
    # ("Crown Prince Akishino and his wife, Crown Princess Kiko, left": a common noun joined to the name is its
    # companion, and the name travels)
    with_a_noun = all(toks[c].tag in ("NN", "NNS") and any(toks[k].dep == "poss" and toks[k].tag == "PRP$" for k in parse.children(c))
                      for c in parse.children(subj) if toks[c].dep == "conj")
    if "conj" in kids and "appos" not in kids and not with_a_noun:
        # "President Biden and Secretary Blinken will travel": the words know companions ("His Excellency Dr Irfaan Ali,
        # First Lady Mrs Arya Ali, and a team": the name beside the style is the first of the list, and travels)
        return None
    named = next((c for c in parse.children(subj) if toks[c].dep == "appos" and toks[c].tag == "NNP"), None)
    if named is None and t.tag == "NNP" and (_title_word(t.text) or TITLE_ONLY.search(t.text) or any(
            toks[c].dep == "det" and toks[c].text.lower() == "the" for c in parse.children(subj))):
        # "The UN Special Rapporteur on the rights of Indigenous Peoples, Albert K Barume, will conduct": the name set
        # beside the title's whole phrase, which the model hangs from its last noun
        named = next((k for k in range(subj + 1, verb) if toks[k].dep == "appos" and toks[k].tag == "NNP"
                      and clauses.path_up(parse, k, subj) is not None and _set_off(parse, k)), None)
        beside_phrase = named is not None
    else:
        beside_phrase = False
    # a proper noun under "the" is a title ("the Tánaiste"), whatever the title
    # (right before the name's words: "The Governor-General and Lady Jane Roe", misread, gives Roe a far "The")
    lead_word = subj
    while lead_word > 0 and toks[lead_word - 1].tag == "NNP" and toks[lead_word - 1].dep in ("compound", "flat"):
        lead_word -= 1
    # (over its adjectives and a hyphen's parts: "the Australian Governor-General, Sir Peter Cosgrove, will make")
    while lead_word > 0 and toks[lead_word - 1].head == subj and toks[lead_word - 1].tag in ("JJ", "HYPH", "NNP") \
            and toks[lead_word - 1].dep in ("amod", "compound", "punct"):
        lead_word -= 1
    the = any(toks[c].dep == "det" and toks[c].text.lower() == "the" and c == lead_word - 1 for c in parse.children(subj))
    # ... unless a style or title stands between "the" and the word: "The Honourable Amarjeet Sohi, Canada's Minister
    # of ..." is a name with its style, and the title is the appositive
    the = the and not (any(_title_word(toks[k].text) for k in range(lead_word, subj)) and not _title_word(t.text))
    # and so is one under "Her" or "His": a style of address ("Her Excellency", "His Holiness"), no one's name
    styled = any(toks[c].dep == "poss" and toks[c].tag == "PRP$" for c in parse.children(subj))
    title_at = None  # where the title the name stands beside is written
    # (or a title beside it that has a name beside it in turn: "United Nations (UN) Deputy Secretary-General, Amina
    # Mohammed, has departed")
    titled_beside = named is not None and _title_word(toks[named].text) and any(
        toks[c].dep == "appos" and toks[c].tag == "NNP" for c in parse.children(named))
    if named is not None and (TITLE_ONLY.search(t.text) or the or styled or titled_beside or beside_phrase):
        title_at = t.start - parse.sentence.start
        subj, t = named, toks[named]  # "Minister for the Middle East, Lord Ahmad, visited Egypt": the name beside the title
        # a rank beside the title, then the name beside the rank ("The Governor-General, Lt Gen ... Sir Jerry Mateparae")
        while _title_word(t.text) and (inner := next((c for c in parse.children(subj) if toks[c].dep == "appos" and toks[c].tag == "NNP"), None)) is not None:
            subj, t = inner, toks[inner]
    elif (the or styled) and (t.tag == "NNP" or t.tag == "NNPS" and not _title_word(t.text[:-1])) and not TITLE_ONLY.search(t.text) \
            and people.names and not _NAME_SUFFIX.fullmatch(" " + t.text):
        # known titles: the words know them (and a team by its nickname: "the Blues will begin"); not a name's suffix,
        # its number ("His Majesty King Mswati III arrived")
        return "title", people.titled(t.text)  # "the Tánaiste will travel": the one met under it, else the last one
    if t.tag == "NNPS" and styled and not people.names:
        # "Their Royal Highnesses will visit", "Their Majesties will arrive": a couple known only by their style
        style = min([lead_word] + [c for c in parse.children(subj) if toks[c].dep == "poss"])
        run = parse.sentence.text[toks[style].start - parse.sentence.start: t.end - parse.sentence.start]
        return "name", people.add(run, run)
    if t.tag not in ("NNP", "NN") or (t.tag == "NN" and not _acronym(t.text)):
        return None  # (the model tags a short form it does not know as a common noun: "TRH", "HM")
    if _acronym(t.text) and not any(toks[c].dep in ("compound", "flat") for c in parse.children(subj)):
        # "MoS will first visit Zanzibar", "PM will travel": a title written short, the one the text is about; with no
        # one named yet, the short form is all the text calls them ("TRH will be making a visit to India")
        return ("title", people.last()) if people.names else ("name", people.add(t.text, t.text))
    first = subj  # the run of proper nouns that ends at the subject ("... the Caribbean Marcela Escobari")
    while first > 0 and (toks[first - 1].end == toks[first].start and "-" in (toks[first - 1].text, toks[first].text)  # "Ki-moon"
                         or (toks[first - 1].tag in ("NNP", "NNPS") and toks[first - 1].dep in ("compound", "flat"))):
        first -= 1
    last = subj  # ... and on over a hyphen the model split the name at ("King Willem-Alexander")
    while last + 2 < len(toks) and toks[last + 1].text == "-" and toks[last].end == toks[last + 1].start \
            and toks[last + 1].end == toks[last + 2].start and toks[last + 2].tag == "NNP":
        last += 2
    run = parse.sentence.text[toks[first].start - parse.sentence.start: toks[last].end - parse.sentence.start]
    name = clean_name(run)
    if not name or re.search(r" (?:of|the) ", name) or _NAME_SUFFIX.fullmatch(" " + name) or _TRIP_NOUN.fullmatch(name) \
            or name.lower() in NOT_NAMES:
        return None  # "the Department of State", "Jr." (the tail of "Joseph R. Biden, Jr."), "Tour is open press",
        # "They’ll spend April traveling" (a month)
    # the titles written with the name ("Minister Field"), so that a trip announced under a bare title finds its owner
    at = toks[subj].start - parse.sentence.start
    runs = list(CAP_RUN.finditer(parse.sentence.text))
    written = next((m.group() for m in runs if m.start() <= at < m.end()), run)
    if title_at is not None:  # "The Governor-General, ... Jerry Mateparae": whom "the Governor-General" means later
        written = next((m.group() for m in runs if m.start() <= title_at < m.end()), "") + " " + written
    return "name", people.add(name, written)


# the stops told before, pointed back to: "will pay a state visit to the above-mentioned four countries from November 8th"
_THOSE_PLACES = re.compile(r"\s+(?:all\s+)?(?:the\s+)?(?:above[- ]?mentioned|afore[- ]?mentioned|said|these|those|both|all)\s+"
                           r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:countries|nations|cities|states|capitals)\b"
                           # "will tour the diocesan areas affected by the hurricane on Tuesday and Wednesday": the places
                           # it then names are those areas
                           r"|\s+the\s+(?:[\w-]+\s+){0,2}?(?:areas|regions|communities|districts|provinces)\s+(?:affected|hit|struck)\b",
                           re.IGNORECASE)
# the trip noun a sentence opens with ("The visit", "His working visit"), and what then says when it is
# (after an opening word or two: "In general, the working visit ... will take place from 16 through 18 February")
_TRIP_NOUN_FIRST = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s*)?(?:The|This|His|Her|Their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|journey)",
                              re.IGNORECASE)
# the days a trip told by its noun has, right after it: "will go on a North American tour between October 18th and
# November 4th", "during a 10-day tour, June 25-July 4, 2022"
_ITS_RANGE = re.compile(r"(?<=tour|trip)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)?,?\s+(?:between|from|on)?\s*", re.IGNORECASE)
_THE_TRIP_IS = re.compile(r"\s+(?:will\s+|is\s+to\s+)?(?:take\s+place|takes\s+place|is\s+taking\s+place|last|lasts|run|runs|be\s+held|is\s+scheduled)\b"
                          r"|\s+(?:is|will\s+be)\s+(?=from\b)")  # "The official visit is from July 9th to 15th July"
# ending a trip told by its noun: "will wrap up his working visit", "concludes her trip"
# (a clause may stand between: "The visit, undertaken at the invitation of ..., will continue until December 17")
_TRIP_ENDS = re.compile(r"\b(?:the|this|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:trip|visit|tour|mission|journey)(?:,[^,.;]{1,80},)?\s+"
                        r"(?:is\s+(?:set|scheduled|expected|due)\s+to|will)\s+"
                        r"(?:wrap\s+up|end|conclude|finish|(?:last|continue|run)\s+(?:until|through|till))\b",
                        re.IGNORECASE)
# "(is expected to arrive in Botswana on May 1 ...) will leave the country on May 4": the trip's last day there
_LEAVES_THE_LAND = re.compile(r"\b(?:will|would|to|then|is\s+due\s+to)\s+(?:leave|depart(?:\s+from)?)\s+the\s+"
                              r"(?:country|island|islands|kingdom|city|capital|region|state)\b", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,?\s+when\s+(?:[\w’'.-]+\s+){1,5}(?:will\s+)?")  # a day, then "when" its doer goes
_GOING_ON = re.compile(r"(?:will\s+)?(?:travel|fl[yi]|head|go|proceed|continue)", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)  # "He is also expected to travel to"
_LEG = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<land>[A-Z][\w-]+)\s+leg\b")  # "The Australian leg of the visit"
_TRIP_TOLD = re.compile(r"\s*(?:The|This|His|Her|Their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|journey|mission),\s*")  # "The trip, "
_UNTIL = re.compile(r"\b(?:until|through|till)\s+$", re.IGNORECASE)
_TRIP_THEN = re.compile(r"\b(?:trip|journey|tour|visit|mission)\s*,\s*$", re.IGNORECASE)  # "the SBA Main Street Road Tour, July 4-8"
_TRIP_AFTER = re.compile(r"\s+(?:trip|journey|tour|visit|mission)\b", re.IGNORECASE)
_TRIP_FROM = re.compile(r"\b(?:trip|journey|tour|visit|mission)\s+(?:(?:which|that)\s+)?(?:(?:will\s+)?(?:last|run)s?\s+)?from\s+$",
                        re.IGNORECASE)  # ("the trip which will run from Wednesday, February 21 to ...")
_TRIP_OPENS = re.compile(r"\b(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|mission|journey)\s+"
                         r"(?:begins|starts|opens|kicks\s+off|gets\s+under\s?way|will\s+(?:begin|start|open|kick\s+off)"
                         r"|is\s+(?:set|scheduled|expected|due)\s+to\s+(?:begin|start|kick\s+off))\b",
                         re.IGNORECASE)
_ENDS_THE = re.compile(r"\b(?:wrap(?:s|ped)?\s+up|conclud(?:e|es|ed)|end(?:s|ed)?|finish(?:es|ed)?|complet(?:e|es|ed))\s+"
                       r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# (as `_ENDS_THE`, with the participle and a longer name of the visit: "ending his three-day state visit to Hanoi")
_ENDING = re.compile(r"\b(?:wrap(?:s|ped|ping)?\s+up|conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|"
                     r"complet(?:e|es|ed|ing))\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
_SENDING = re.compile(r"(?:will\s+\w+\s+)?(?:send|sent|dispatch)", re.IGNORECASE)
# the one a trip noun is "of", as TRAVEL reads it: "visit of Prime Minister of Mongolia L.Oyun-Erdene to"
_AND_SPOUSE = re.compile(r"\s+and\s+(?:his|her)\s+(?:wife|husband|spouse)\s+", re.IGNORECASE)
_WHOSE_TRIP = re.compile(r"(?:trip|journey|tour|visit)\s+(?:of|by)\s+(?P<who>.+?),?\s+to$", re.IGNORECASE)
_TRIP_NOUN = re.compile(r"(?:trip|journey|tour|visit|excursion|voyage|mission)s?\b", re.IGNORECASE)
# a day of another occasion the stop comes before: "ahead of the Strategic Dialogue on 30 July", "before his departure on 8 August"
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before\s+(?:his|her|their|the)\s+(?:departure|return))\b[^,;]*$", re.IGNORECASE)
# (the trip may be its traveller's, and told of between commas: "DeSantis' trip, announced Thursday, also includes"; or
# called by a place: "the Coastal Bend tour will include")
_THE_TRIP = re.compile(r"(?:\b(?:the|this|his|her|their)(?:\s+(?-i:[A-Z])[\w-]+){0,3}|(?-i:[A-Z])[\w-]+['’]s?)\s+(?:visit|trip|tour|journey)(?:,[^,.;]{1,40},)?\s+"
                       r"(?:will\s+)?(?:also\s+)?(?:include|includes|take|takes|(?:conclude|end|begin|start|open|close)s?\s+with)\s+"
                       r"(?:an?\s+)?$", re.IGNORECASE)  # ("The visit will conclude with a trip to Bodh Gaya")


# "he", "she", and a title in lower case ("the secretary will travel to Omaha"): the last person met
PRONOUN_OR_TITLE = re.compile(
    # (a country's name may stand in the title: "the Malawi leader", "the Bahamian Prime Minister"; "the lord mayor")
    r"\b(?:he|she|his|her|they|their|we|(?:the )?touring (?:party|squad)|the (?:[\w-]+ ){0,3}?(?:secretary|president|vice president|first lady|"
    r"prime minister|minister|foreign secretary|delegation|team|squad|group|entourage|leader|leaders(?!['’])|premier|governor|mayor|chancellor|ambassador|statesman|chief|"
    r"stateswoman|head of state|head of government|king|queen|prince|princess|duke|duchess|emperor|empress|pope|"
    # (the offices of churches, envoys and chambers: "The Anglican archbishop is expected on Friday to visit Bor")
    r"archbishop|bishop|patriarch|cardinal|envoy|senator|commissioner|director|rapporteur|secretary-general|speaker|emir|"
    r"sultan|chairman|chairperson|chairwoman))\b",
    re.IGNORECASE,
)


_WHERE_BEFORE = re.compile(r"\b(?:city|town|village|port|capital)\s+of\s+$")
# the words a text calls a travelling company of people or ships by
_GROUP_NOUNS = frozenset({"band", "group", "team", "squad", "side", "orchestra", "choir", "troupe", "ensemble", "crew",
                          "relay", "rally", "race", "caravan", "convoy", "expedition", "fleet", "ships", "ship"})
_OF_THE = re.compile(r"\bof\s+$")
_A_GROUP = re.compile(r"\b[Tt]he\s+(?:" + "|".join(sorted(_GROUP_NOUNS)) + r")\b")
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z][\w-]+)\s+(?:will\s+|would\s+|then\s+|also\s+|is\s+|are\s+)*$")  # "the ballet will"
_BY_AFTER = re.compile(r"\s+by\s")
_SPEAKS = re.compile(r"\s+(?:said|says|announced|reported|stated|confirmed)\b")
_JOINING = frozenset({"join", "accompany"})  # "is being joined for part of the visit by Jane Roe": a companion
# the writer's party as the subject of a travel verb ("we drove to", "We were in", "we then went on to")
_WE_BEFORE = re.compile(r"\b[Ww]e\s+(?:will\s+|would\s+|then\s+|also\s+|finally\s+|had\s+|have\s+)*(?:\w+\s+)?$")
_WE_GO = re.compile(r"\b[Ww]e\s+(?:\w+\s+)?(?:were|are|went|drove|flew|sailed|walked|travell?ed|arrived|reached|headed|left|visited|stayed)\b")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:will\s+|would\s+|then\s+|also\s+|is\s+|are\s+)*(?:\w+\s+)?$", re.IGNORECASE)
_TRIP_SUBJECT = re.compile(r"\s*(?:The|Her|His|Their)\s+(?:[\w-]+\s+)?(?:trip|visit|tour|journey)\s+(?:will\s+)?", re.IGNORECASE)
# "Stops include Dresden", "will include stops in Colorado", "The itinerary includes Beijing": the stops of the trip the
# text is about
_ITS_STOPS = re.compile(r"includ(?:e|es|ing)\s+(?:stops?|visits?)|stops\s+(?:will\s+)?include"
                        r"|itinerar(?:y|ies)\s+(?:will\s+)?(?:also\s+)?includes?"
                        r"|(?:have|has|feature|features)\s+(?:performances|concerts|shows|stops)\s+in", re.IGNORECASE)
# "The first stop will be in the capital of Gabon, Libreville": the trip's told last, as "his first stop" would be
_NTH_STOP = re.compile(r"(?:first|next|final|last)\s+(?:stop|port\s+of\s+call)\b", re.IGNORECASE)
_JUST_THE = re.compile(r"\s*The\s+")  # all that opens the sentence before its words
_POSSESSIVE = re.compile(r"\b(?:stop|port\s+of\s+call)\s+(?:of|on)\s+(?:our|his|her|their)\b", re.IGNORECASE)
_SAYS_AFTER = re.compile(r",?\s+(?:said|says|told\s+\w+|announced|stated|confirmed|added)\s+(?:that\s+)?")
_SAYS_OF_SELF = re.compile(r"(?:[^.;]{0,30}?\bthat\s+)?(?:he|she|they|we|I)\b")
_BODY_AFTER = re.compile(r"\s+(?:administration|government|campaign|team|cabinet|regime)\b")
_PRONOUN_RUN = re.compile(r"(?:He|She|They|We|It|You)(?:['’](?:ll|d|s|re|ve))?")


def _acronym(run: str) -> bool:
    """'DNC', 'FEMA': an organisation, no traveller."""
    letters = [c for c in run if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    # ("MoS", Minister of State, too: a short word with two capitals is no one's name; "McKay" is)
    return len(letters) >= 2 and (upper == len(letters) or (len(letters) <= 3 and upper >= 2)) and " " not in run.strip()


def _untitled(run: str) -> str:
    """The marker of a trip announced under a bare title: "?Vice President"."""
    return "?" + re.sub(r"^(?:[Tt]he|[Aa])\s+", "", run.strip())


_AND_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*|of|the)(?:\s+(?:[A-Z][\w’'.-]*|of|the))*)\s*,?\s+and\s+(?:the\s+)?$")


# the words of a verb after its subject, up to the travel words ("will pay a state"): lower case, and no clause of
# another subject ("Mumbai and Madhya Pradesh where she will": places, not people), nor a preposition first ("events
# hosted by Enterprise Ireland, Bord Bia and Tourism Ireland during the visit": no subject's)
_VERB_WORDS = re.compile(r"(?!\s+(?:during|after|before|since|of|in|on|at|for|by|with|from|until|throughout|amid)\b)"
                         r"(?:\s+(?!(?:where|when|who|which|that|he|she|they|it|we|and|or|but)\b)[a-z][\w’'-]*){0,4}\s*")


def _no_other_word(name: str) -> bool:
    """Whether no word of `name` is one no name holds ("Then", "Here", "Visit")."""
    return not any(w.lower() in NOT_NAMES for w in name.split())


def _known_next(text: str, start: int, end: int, people: _Travellers) -> str:
    """The person the words after `start` open with, when met before, else ""."""
    m = CAP_RUN.search(text, start, end)
    name = clean_name(m.group()) if m and not text[start: m.start()].strip(" ,") else ""
    name = people.aliases.get(name, name)
    return next((k for k in people.names if name and _same_person(name, k)), "")


def _companion(text: str, sentence: Sentence, verb_start: int, people: _Travellers, main: str,
               parse: syntax.Parse | None = None, verb_end: int = 0) -> tuple[str, bool]:
    """A second traveller joined by "and": "President Biden and Secretary Blinken will travel ...", or, by the sentence's
    structure, "Widodo and Iriana landed on Thursday to begin a visit to Ambon"; and whether the text names them first.
    ("", False) for none."""
    head = text[sentence.start: verb_start].rstrip()
    head = re.sub(r"\s+(?:will|would|also|then|to)(?:\s+(?:then|also))?$", "", head)
    last = CAP_RUN.search(head[-80:]) and list(CAP_RUN.finditer(head))
    # (the names stand right before the travel words, or before the words of their verb: "... and Queen Máxima will pay
    # a state visit", where a name, not a title alone, comes first: not "Chairman and CEO Satya Nadella will begin a")
    close = last and not head[last[-1].end():].strip()
    m = _AND_BEFORE.search(head[: last[-1].start()]) if last and (close or _VERB_WORDS.fullmatch(head, last[-1].end())) else None
    if m and not close and not clean_name(m.group(1).strip()):
        m = None
    if not m or m.end() != last[-1].start():
        # (the travellers stand right before the travel words; "visits to China and Japan, the secretary" has none),
        # else they are the subject of the clause the travel words are told in
        pair = _subject_pair(parse, verb_start, verb_end) if parse is not None else []
        return next(((other, k == 0) for k, run in enumerate(pair) if len((name := clean_name(run)).split()) > 1
                     and _no_other_word(name) and (other := people.add(name, run)) != main),
                    ("", False))
    run = m.group(1).strip()
    name = clean_name(run)
    if not name and TITLE_ONLY.search(run):
        other = people.titled(run) or _untitled(run)
        return (other, True) if other != main else ("", False)
    if name and _no_other_word(name):
        other = people.add(name, run)
        return (other, True) if other != main else ("", False)
    return "", False


def _subject_pair(parse: syntax.Parse, start: int, end: int) -> list[str]:
    """The names of a subject of names joined by "and" of the clause the words at start..end are told in, or of the
    clauses it serves ("Widodo and Iriana landed on Thursday to begin a visit"), first to last; [] for any other."""
    toks = parse.tokens
    words = parse.covering(start, end)
    j, seen = (words[0] if words else None), set()
    while j is not None and j not in seen:
        seen.add(j)
        subj = clauses.subject(parse, j) if toks[j].tag.startswith("VB") else None
        if subj is not None:
            names = [subj] + [c for c in parse.children(subj) if toks[c].dep == "conj" and toks[c].tag == "NNP"]
            if toks[subj].tag != "NNP" or len(names) < 2 or any(
                    toks[c].dep == "appos" and not any(toks[k].text == "(" for k in parse.children(c)) for c in parse.children(subj)):
                # (a name with another after it is read no further, "Jon Doe and City of X officer Ann Roe"; one in
                # brackets is what the name is called by, "Joko Widodo (Jokowi) and First Lady Iriana")
                return []
            first = {n: min([n] + [c for c in parse.children(n) if toks[c].dep == "compound"]) for n in names}
            return [parse.sentence.text[toks[first[n]].start - parse.sentence.start: toks[n].end - parse.sentence.start]
                    for n in names]
        if toks[j].dep not in ("dobj", "pobj", "prep", "xcomp", "advcl", "conj", "aux", "ccomp") or toks[j].head == j:
            return []
        j = toks[j].head
    return []


def _qualifies(prev: PlaceMention, cur: PlaceMention, text: str) -> bool:
    """'Lima, Peru', 'Tallinn, Estonia', 'Folkestone, Kent': a country, state or county after a comma that only says
    where the place before it is."""
    # "Mumbai (Maharashtra)", "Doha, the State of Qatar" too
    bracketed = bool(re.fullmatch(r"\s*\(", text[prev.end: cur.start])) and text.startswith(")", cur.end)
    return (
        # (its days may stand between: "Beijing (6-8), People’s Republic of China")
        (bracketed or bool(re.fullmatch(r"(?:\s*\(\d{1,2}\s*[-–]\s*\d{1,2}\))?,\s*(?:the\s+)?", text[prev.end: cur.start])))
        and _SPECIFIC.get(cur.place.kind, 0) < _SPECIFIC.get(prev.place.kind, 0)
        and prev.place.country_code == cur.place.country_code
        and cur.place.kind in ("country", "admin1", "admin2")
        # (not a state the town is not in: "Wellington, Hawke's Bay and Auckland" lists three; in brackets, the gazetteer's
        # states may be finer than the text's: "Gaborone (South-East District)")
        and (bracketed or cur.place.kind != "admin1" or not prev.place.admin1 or prev.place.admin1 == cur.place.admin1)
    )


# Words that may follow a place that is the object of a trip: "visit the U.S. next week", "travel to the UK and"
_AFTER_STOP = frozenset("and or to in on for with from next this last today tomorrow before after as where while during".split())


def _where_it_is(prev: PlaceMention, cur: PlaceMention, text: str) -> bool:
    """'Setagaya in Japan': a country or state after "in" that holds the place before it."""
    return bool(re.fullmatch(r"\s+in\s+(?:the\s+)?", text[prev.end: cur.start])) and cur.place.kind in ("country", "admin1") \
        and _SPECIFIC.get(cur.place.kind, 0) < _SPECIFIC.get(prev.place.kind, 0) and within(prev.place, cur.place)


def _bracketed_alias(prev: PlaceMention, cur: PlaceMention, text: str) -> bool:
    """'the Democratic Republic of the Congo (DRC)': the same place named again in brackets right after it."""
    return cur.place == prev.place and bool(re.fullmatch(r"\s*\(\s*", text[prev.end: cur.start])) \
        and text.startswith(")", cur.end)


def _owns(cur: PlaceMention, nxt: PlaceMention, text: str) -> bool:
    """'China’s Jiaxing': a country or state whose possessive names the place after it."""
    return cur.place.kind in ("country", "admin1") and bool(re.fullmatch(r"['’]s\s+", text[cur.end: nxt.start])) \
        and within(nxt.place, cur.place)


_KIND_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")  # one capitalised word after a place, the last of the name


def _is_modifier(p: PlaceMention, text: str) -> bool:
    """'U.S. Northern Command', 'California State University', 'U.S. sailors', 'the China-Japan-ROK summit': the place
    only qualifies a name or noun."""
    if re.match(r" [A-Z][a-z]|-[A-Z]", text[p.end: p.end + 3]) and not _MONTHS_DAYS.match(text, p.end):
        kind = _KIND_AFTER.match(text, p.end)
        # (but "Kigoma Region", "Kakonko District": the place by its kind, not "California State University")
        return kind is None or kind.group(1).lower() not in PLACE_NOUNS
    nxt = re.match(r" ([a-z]+)\b", text[p.end: p.end + 20])
    # an initialism before a word in lower case is an adjective ("U.S. sailors"); "Lima and" is a list
    return bool(nxt) and "." in p.text and p.text.replace(".", "").isupper() and nxt.group(1) not in _AFTER_STOP


def _without_dates(gap: str, times: list[TimeMention], gap_start: int) -> str:
    """`gap` with the dates inside it cut out."""
    for t in sorted(times, key=lambda t: -t.start):
        if gap_start <= t.start and t.end <= gap_start + len(gap):
            gap = gap[: t.start - gap_start] + gap[t.end - gap_start:]
    # "Istanbul, Türkiye (May 13-15), and Warsaw": the brackets held only a date; "San Francisco (Jan. 19, Regency
    # Ballroom) and Sacramento": a date and the venue
    return re.sub(r"\(\s*\)|\(\s*,\s*[^(),;]{1,40}\)", "", gap)


# the count of the list's other places in the middle of it: "Hawaii, Tonga and two other Pacific Islands countries, Fiji,
# and Samoa"
_COUNTED_IN_LIST = re.compile(r",?\s+and\s+(?:the\s+)?(?:two|three|four|five|six|\d)\s+(?:other\s+)?(?:[A-Z][\w-]*\s+){0,3}"
                              r"(?:countries|nations|islands|states|cities)\s*[,:–—-]\s*"
                              # "and three of the island's diplomatic allies in the Caribbean, namely, St. Lucia"
                              r"|,?\s+and\s+(?:the\s+)?(?:two|three|four|five|six|\d)\s+(?:of\s+)?[^.;:]{0,80}?,?\s+namely,?\s+")


# a town of the list the gazetteer does not know: "will visit Lisbon, Alverca, Sintra and Cascais"
_UNKNOWN_IN_LIST = re.compile(r",\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s*(?:and\s+)?")


# the part of a land a list's next stop is told in ("northern Nevada"): no gap of its own
_PART_OF = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central)\s+$")


def _list_gap(gap: str, times: list[TimeMention], gap_start: int) -> bool:
    """What separates two stops: ', ', ' and then to ', also after the first stop's dates ('on May 3 and then to')."""
    if _LIST_GAP.fullmatch(gap) or _COUNTED_IN_LIST.fullmatch(gap) or _UNKNOWN_IN_LIST.fullmatch(gap):
        return True
    bare = _BRACKETED_DAYS.sub("", _without_dates(gap, times, gap_start), count=1)  # ("Beijing (6-8), China; Hanoi")
    if bare == gap:
        return False
    if _LIST_GAP.fullmatch(bare):
        return True  # "Hong Kong (November 8 & 9), Taipei": the comma after the bracketed dates
    bare = re.sub(r"^\s*(?:,\s*)?(?:on|from|in|between)?\s*", " ", bare)  # the words the cut dates leave behind
    # (and the part of the next stop's land the list goes to: "Phoenix on Saturday, northern Nevada on Sunday")
    return bool(_LIST_GAP.fullmatch(bare) or _LIST_GAP.fullmatch(_PART_OF.sub("", bare)))


_BY_WAY_OF = re.compile(r"^\s*by\s+(?:[a-z]+\s+)?(?:" + _MEANS + r")\s+(?=to\b)")  # ("travelled by special train to")


def _gap_ok(gap: str, times: list[TimeMention], gap_start: int) -> bool:
    """What lies between travel words and the first stop: 'to', 'in', 'for', a date ('travel May 21 to')."""
    gap = _without_dates(gap, times, gap_start)
    # A town the gazetteer does not know may stand before its state or country: "Charlevoix, Quebec, Canada".
    # "take in the cities of Stockholm and Uppsala", "the Indonesian capital of Jakarta": the kind of the places before their names
    # "travel to neighbouring Malawi", "visit northern Ontario", "flood-hit Sindh": a word that describes the place (not a
    # verb: "continue to support Ukraine")
    # "traveled with Vice President JD Vance to East Palestine": a companion before the destination
    gap = re.sub(r"^\s*with\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,6}(?=to\b)", " ", gap)
    # "travel south to Lanarkshire", "travel onward to Osh": which way, before where; "went by yacht to Haifa": how
    gap = re.sub(r"^\s*(?:(?:north|south)(?:-?(?:east|west))?|east|west|onwards?)(?:wards?)?\s+(?=to\b)", " ", gap)
    gap = _BY_WAY_OF.sub(" ", gap)
    return bool(re.fullmatch(r"[\s,]*(?:(?:on|from|to|in|for|at|of|between|through)[\s,]+)*(?:the\s+|both\s+|a\s+)?"
                             r"(?:(?:[A-Z][\w-]+\s+)?(?:cities|towns|islands|provinces|regions|states|districts|counties|municipalities|countries|nations)\s+of\s+"
                             # ("the southern city of Chennai", "the ancient city of Hue", "the creative and business hub of Mumbai",
                             # "communities in the Diocese of Bristol")
                             r"|(?:[A-Z][\w’'-]+\s+|(?:[a-z]+\s+){1,4})?(?:capital\s+city|capital|city|port|town|hub|heart|community|village|district"
                             r"|region|province|state|county|municipality|island|(?:[Aa]rch)?[Dd]iocese|[Bb]orough|[Pp]arish)\s+of\s+"
                             r"|(?:[A-Z][\w’'-]+\s+)?(?:capital|port)(?:\s+city)?(?:,\s*|\s+)"
                             # ("visit the Republic of Togo", "the Federal Republic of Germany": a state's form before its name)
                             r"|(?:[A-Z][\w’'-]+\s+){0,2}(?-i:Republic|Kingdom|State|Sultanate|Principality|Emirate|Commonwealth|Federation)\s+of\s+)?"
                             r"(?:[a-z]+(?:ing|ern)\s+|[a-z]+(?:-[a-z]+)+\s+)?(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*,\s*"
                             # ("will visit Niirala and Joensuu": a first stop the gazetteer lacks, one word long)
                             r"|(?-i:[A-Z][a-zà-ÿ]+)\s+and\s+)?", gap))


_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
_THROUGH = re.compile(r"\bthrough\b")
_FROM_A_DAY = re.compile(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_ITS_LIST = re.compile(r"\s*[–—:(]\s*|\s+-\s+")  # between a region and the list of its places
_IN_LATER = re.compile(r"[^,;:.()]{0,40}?\s+in\s+(?:the\s+)?")  # a clause's "in" a few words on, no new clause between
_ITS_CAPITAL = re.compile(r"['’]s\s+capital(?:\s+city)?,?\s+")
_CAPITAL_OF = re.compile(r"\bcapital\s+(?:city\s+)?of\s+(?:the\s+)?$")
_COUNTED = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|nations|cities|states|islands|capitals|provinces)\b[^.;:()–—]{0,60}?"
                      r"(?:\s*[–—:(]\s*|\s+-\s+)")
_TO = re.compile(r"\s+(?:on\s+)?to\s+(?:the\s+)?")


def _stops_after(verb_end: int, places: list[PlaceMention], times: list[TimeMention], text: str, sentence: Sentence) -> list[PlaceMention]:
    """The places a trip goes to: the list right after the travel words ('to Lima, Peru, Manaus, Brazil,
    and Rio de Janeiro'), else the places 'in' the rest of the sentence ('to visit X in A; Y in B')."""
    after = [p for p in places if p.start >= verb_end and p.literal]
    # (a region in the count of a list's other places is none of them: "and two other Pacific Islands countries, Fiji")
    after = [p for k, p in enumerate(after) if not (0 < k < len(after) - 1 and p.place.kind in ("region", "continent")
                                                    and _COUNTED_IN_LIST.fullmatch(text, after[k - 1].end, after[k + 1].start))]
    counted = next((k for k, p in enumerate(after) if _COUNTED.fullmatch(text, verb_end, p.start)), None)
    if counted is not None:
        # "to visit four countries in Central America and the Caribbean – Guatemala, Panama, ...": the list it counts
        after = after[counted:]
        verb_end = after[0].start
    if len(after) > 1 and after[0].place.kind in ("region", "continent") and _ITS_LIST.fullmatch(text, after[0].end, after[1].start) \
            and _gap_ok(text[verb_end: after[0].start], times, verb_end):
        # "will travel to Central America – Guatemala, El Salvador, Honduras and Belize – and Cuba": the list the region
        # is the name of
        after = after[1:]
        verb_end = after[0].start
    if after and _FROM.fullmatch(text, verb_end, after[0].start):
        # "travelled from Canberra, Australian Capital Territory to Melbourne": where the trip leaves from is no stop
        k = next((k for k in range(1, len(after)) if not _qualifies(after[k - 1], after[k], text)), len(after))
        if k < len(after) and _TO.fullmatch(text, after[k - 1].end, after[k].start):
            after = after[k:]
            verb_end = after[0].start
        elif _TO.match(text, after[k - 1].end):
            return []  # "the first official visit from Turkey to the West African country": where it goes, unnamed here
        else:
            return []  # "departed for their European tour from Bengaluru on Wednesday": where it leaves from, only
    if after and _gap_ok(text[verb_end: after[0].start], times, verb_end) and not _is_modifier(after[0], text) \
            and (after[0].place.kind == "city" or not _THROUGH.search(text, verb_end, after[0].start)):
        # ("through Indianapolis (February 11); Cincinnati ...": towns passed through are stops; a land a tour goes
        # through is where its stops are, told later: "will tour through South Korea and Japan")
        stops = [after[0]]
        owner: PlaceMention | None = None  # "China’s" before "Jiaxing"
        for k, (prev, cur) in enumerate(zip(after, after[1:]), start=1):
            if prev is stops[-1] and (_ITS_CAPITAL.fullmatch(text, prev.end, cur.start) or (
                    _CAPITAL_OF.search(text, max(0, prev.start - 24), prev.start) and re.fullmatch(r",\s*", text[prev.end:cur.start]))) \
                    and cur.place.country_code == prev.place.country_code:
                stops[-1] = cur  # "Viet Nam’s capital city, Hanoi", "the capital of Equatorial Guinea, Malabo": the town it names
                continue
            if _qualifies(stops[-1], cur, text) or (prev is stops[-1] and _where_it_is(prev, cur, text)):
                continue  # "Lima, Peru", "Setagaya in Japan": the country qualifies the place, it is not a stop of its own
            if prev is stops[-1] and cur.place == prev.place:
                continue  # "Podgorica, the Montenegrin capital": the same town named again, not a second stop
            if cur.place.kind == "region" and _REGION_AFTER.fullmatch(text, prev.end, cur.start) \
                    and text.startswith((" region", " area"), cur.end):
                continue  # "Chicago, Illinois in the Midwest region, and Jackson": where the stop lies, no stop
            if prev is stops[-1] and _bracketed_alias(prev, cur, text):
                continue  # "the Democratic Republic of the Congo (DRC), Senegal": its name again, written short
            if k + 1 < len(after) and _owns(cur, after[k + 1], text):
                owner = prev  # "and China’s Jiaxing": the gap before the owner is the town's
                continue
            left, right = (owner, prev) if owner is not None else (prev, cur)  # the gap: from the owner's list item to it
            gap = text[left.end: right.start]
            owner = None
            if text.startswith(")", left.end) and (_qualifies(stops[-1], left, text) or _bracketed_alias(stops[-1], left, text)):
                gap = gap[1:]  # after "Mumbai (Maharashtra)", "the Democratic Republic of the Congo (DRC)"
            if not _list_gap(gap, times, left.end):
                break
            if _is_modifier(cur, text):
                break
            stops.append(cur)
        if len(stops) == 1 and stops[0].place.kind in ("continent", "region"):
            # "will begin their tour of Asia on July 22 in Beijing": the town the clause puts it in, not the continent
            finer = next((p for p in after if p.start > stops[0].end and p.place.kind in ("city", "admin2", "admin1", "country")
                          and _IN_LATER.fullmatch(text, stops[0].end, p.start)), None)
            return [finer] if finer is not None else stops
        return stops
    # the places "in" the rest of the sentence, each with the list it opens ("leaders in Israel, Germany and the UK"),
    # not in a quotation opened after the travel words ("proceeded to the museum “where an exhibition ... includes loans
    # from the Nationalmuseum in Stockholm”": what the quoted words tell of)
    out: list[PlaceMention] = []
    last: PlaceMention | None = None  # the last place read as part of a list, a stop or where the stop before is
    for p in after:
        if _QUOTE_OPEN.search(text, verb_end, p.start):
            break
        stop_like = not _is_modifier(p, text) and p.place.kind in ("city", "admin2", "country")
        if last is not None and _list_gap(text[last.end: p.start], times, last.end) and not _qualifies(last, p, text):
            if stop_like:
                out.append(p)
                last = p
                continue
        if _IN_BEFORE.search(text, max(0, p.start - 32), p.start) and stop_like:
            if out and p.place.kind == "country" and out[-1].place.country_code == p.place.country_code and re.fullmatch(
                r"\s+in\s+(?:the\s+)?", text[out[-1].end: p.start]
            ):
                last = p
                continue  # "NATO Headquarters in Belgium": where the stop before is
            out.append(p)
            last = p
    return out


# "in" right before a place, or before the kind of area it names: "communities in the Diocese of Bristol"
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+(?:(?:[Aa]rch)?[Dd]iocese|[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Pp]arish|[Cc]ounty)\s+of\s+)?$")
_QUOTE_OPEN = re.compile(r"[“\"][^”\"]*$")  # a quotation opened and not closed before where the search ends
# whose a schedule is, by its title: "Governor Gary R. Herbert’s Schedule", "Governor Carney’s Week: April 27, 2019 – May 3,
# 2019" (a title may go on with the days it covers)
_SCHEDULE_OF = re.compile(r"(.+?)['’]s\s+(?:Public\s+|Daily\s+|Weekly\s+)?(?:Schedule|Itinerary|Agenda|Calendar|Week)(?:\s*[:–—-][^.!?]*)?$")
_APPOSITIVE = re.compile(r",\s*([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)+)(?:,|(?=\s+[a-z]))")
# a day's schedule by its title ("Media Advisory - Itinerary for Thursday, August 15, 2019", "Prime Minister's
# itinerary for Saturday, May 6, 2023"): the words before its day
_SCHEDULE_FOR = re.compile(r"\b(?:[Ii]tinerary|ITINERARY|[Ss]chedule|SCHEDULE)\s+for\s+$")
# whose it is, when its title names no one: the holder of the title its items open with ("The Prime Minister will ...")
_TITLE_WILL = re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){{0,2}}(?:{'|'.join(_TITLES)}))\s+will\b")


def _titled_day(sentences: list[Sentence], times_in: dict, text: str) -> TimeMention | None:
    """The one day a schedule's title gives ("Itinerary for Thursday, August 15, 2019"): the day of every item under
    it that gives no other."""
    for s in sentences:
        for t in times_in[s.start]:
            if t.precision == "day" and t.start_date is not None and t.start_date == t.end_date \
                    and _SCHEDULE_FOR.search(text, max(s.start, t.start - 40), t.start):
                return t
    return None


_LEAD_SENTENCES = 3  # an announcement names its traveller in its first sentences, headline included

# the heads of agencies too, for whom "she" may stand before any trip named her ("EPA Administrator Gina McCarthy will
# begin a three-day trip ... On Thursday, she will travel to Ann Arbor")
_OFFICE = re.compile(rf"\b(?:{'|'.join(_TITLES)}|Administrator|Director|Director-General|Commissioner)\b")


# a title in lower case before the name: "The City of London's lord mayor Andrew Parmley"
_TITLE_BEFORE = re.compile(r"\b(?:lord\s+)?(?:mayor|governor|premier|president|minister|secretary|chancellor|ambassador)\s+$")


_OF_AN_OFFICE = re.compile(rf"\b(?i:{'|'.join(sorted(_INSTITUTIONS))})\s+of\s+(?:the\s+)?(?:{'|'.join(_TITLES)})\b")


# a name an opening sentence starts with, then its verb: "Jon Doe will ...", "Jon Doe and Jim Roe spoke ..."
_NAMED_SUBJECT = re.compile(r"(?:[ \t]+and[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)+)?,?[ \t]+[a-z]+\b")


def _named_subject(sentences: list[Sentence], text: str, places: list[PlaceMention]) -> str:
    """With no title to know them by, the person an opening sentence starts with ("Jon Doe will begin his voyage"):
    whom its later pronouns mean; of two named together, the first. Words the text also writes in lower case lead no
    name ("Pilots Jon Doe": the pilots), and a place or a body is no one."""
    lower: set[str] | None = None
    for s in sentences:
        m = CAP_RUN.match(text, s.start + len(s.text) - len(s.text.lstrip()))
        if m is None or not _NAMED_SUBJECT.match(text, m.end()) or m.group().split()[0] in ("The", "A", "An"):
            continue  # (not "The Holy Father will": a style, or a thing)
        if lower is None:
            lower = lower_words(text)
        words = m.group().split()
        while words and words[0].lower() in lower:
            words.pop(0)
        name = clean_name(" ".join(words))
        if 2 <= len(name.split()) <= 4 and _no_other_word(name) and not any(map(_acronym, name.split())) \
                and not TRAVEL.search(name) and not _BEGINS.search(name) \
                and not any(w.lower() in _INSTITUTIONS for w in name.split()) \
                and not any(p.start < m.end() and m.start() < p.end for p in places) \
                and name.split()[-1].lower() not in PLACE_NOUNS \
                and not any(p.population >= _TOWN for p in default_gazetteer().lookup(name.split()[0])):
            return name  # (not "Galle Fort", "Donna Reservoir": a town's name first makes a thing's name, rarely a person's)
    return ""


_TOWN = 10_000  # people: a name that opens with a town this large names a thing ("Galle Fort"), not a person


def _lead_person(sentences: list[Sentence], text: str, title: re.Pattern = TITLE_ONLY,
                 places: list[PlaceMention] = ()) -> tuple[str, str] | None:
    """The person an announcement opens with under a title ("Secretary of the Interior Sally Jewell will ..."): the
    one its later pronouns and bare titles mean, when no travel words named them first; with the words of the title.
    A surname alone after its title, in the headline ("President Obama official schedule"), only where no full name
    is found."""
    surname: tuple[str, str] | None = None
    lower: set[str] | None = None  # the text's words in lower case, found once, when a surname asks
    ends: list[int] = []  # ... and where its places end, in text order
    for k, s in enumerate(sentences):
        for m in CAP_RUN.finditer(text, s.start, s.end):
            if _OF_AN_OFFICE.search(m.group()):
                continue  # "Office of the Governor Press Releases": a body named for the title, not its holder
            if title.search(m.group()) or _TITLE_BEFORE.search(text, max(s.start, m.start() - 24), m.start()):
                whose = _SCHEDULE_OF.match(m.group())  # "Governor Gary R. Herbert’s Schedule": the schedule's person
                name = clean_name(whose.group(1) if whose else m.group())
                beside = _APPOSITIVE.match(text, m.end(), s.end)
                if not name and beside:
                    # "The Chairperson of the African Union Commission, Moussa Faki Mahamat, will ...": the name beside
                    name = clean_name(beside.group(1))
                    if len(name.split()) >= 2 and _no_other_word(name):
                        return name, m.group() + " " + beside.group(1)
                if len(name.split()) >= 2 and _no_other_word(name) \
                        and not re.search(r" (?:of|the) ", name) and not TRAVEL.search(name) and not _BEGINS.search(name):
                    return name, m.group()
                if surname is None and k == 0 and _surname_after_title(name, m) and _no_other_word(name):
                    if lower is None:
                        lower, ends = lower_words(text), [p.end for p in places]
                    k_place = bisect_left(ends, m.start() + 1)  # the first place that ends inside the run or after it
                    if name.lower() not in lower and not (k_place < len(places) and places[k_place].start < m.end()):
                        surname = name, m.group()
    return surname


def _surname_after_title(name: str, run: re.Match) -> bool:
    """Whether a name of one word may be a surname the title just before it is enough for ("President Obama official
    schedule"); the caller checks that the text never writes it in lower case and does not read it as a place. Not
    after a rank ("King Jon"): a given name, which the text's other ways of naming royals handle."""
    words = run.group().split()
    return len(words) >= 2 and words[-1] == name and _title_word(words[-2]) and words[-2].lower() not in ("the", "of") \
        and not _title_word(name) and name.lower() not in _RANKS and words[-2].lower() not in _RANKS


def _statements(sentences: list[Sentence], times: list[TimeMention], places: list[PlaceMention], text: str, people: _Travellers,
                reader: syntax.Reader, reference: date | None = None,
                dated_lines: dict[int, tuple[TimeMention, tuple[PlaceMention, ...]]] | None = None) -> list[_Statement]:
    out: list[_Statement] = []
    pending: dict[str, TimeMention] = {}  # "will travel abroad beginning September 2": a start, stops to come
    spans: dict[str, TimeMention] = {}  # "will travel to Africa February 15-21 ... will visit Benin, ...": the trip's range
    first_day: dict[str, tuple[int, TimeMention]] = {}  # "is flying to India today": each traveller's first statement's day
    places_in, times_in = by_sentence(sentences, places), by_sentence(sentences, times)
    day: TimeMention | None = None  # the day a paragraph of a schedule is about ("On Tuesday, ... In the evening, ...")
    told_day: TimeMention | None = None  # the last single day the sentence before told
    heading = False  # the last paragraph was only a day ("Tuesday, October 18")
    when: TimeMention | None = None  # the day a schedule's last "WHEN:" line gave
    schedule_of: str | None = None  # whose schedule the text is, by its title ("Governor Phil Scott's Public Schedule")
    prev_end = 0
    titled = _titled_day(sentences[:_LEAD_SENTENCES], times_in, text)  # a day's schedule: its items' day
    lead = _lead_person(sentences[:_LEAD_SENTENCES], text, places=places)
    if titled is not None and not lead and (holder := _TITLE_WILL.search(text)):
        people.add(holder.group(1), holder.group(1))  # ("The Prime Minister will attend ..."): whose schedule it is
    if lead:
        people.add(*lead)  # "Secretary of the Interior Sally Jewell will take to the road this week": whom "she" is
    elif sentences and (leader := _leader(text, sentences[0])):
        people.add(clean_name(leader), leader)  # "The delegation will be led by the Honourable Gaston Browne"
    else:
        people.opening = _named_subject(sentences[:_LEAD_SENTENCES], text, places)
    likely: _Likely | None = None  # the sentences that may be stays, found when the first is asked for
    retold = False  # the last trip statement told of a trip made ("Fugate returned to Tennessee"): its stays are told so too
    areas: set[str] = set()  # the countries trip statements so far name as stops (or name a state of)
    counted_at, counted = _counted_trip(sentences, times_in, text, reference)
    if dated_lines is None:
        dated_lines = _tour_dates(sentences, times_in, places_in, text, reference)
    filed = dateline_end(text)  # where the dispatch's dateline ends (0: none)
    filed_at = dateline(text, places)  # ... and its town: where a traveller who "arrived here" is
    # (looked for once: a long list stays linear)
    first_line = next((k for k, s in enumerate(sentences) if s.start in dated_lines), None)
    owner = None if first_line is None else _tour_owner(sentences, first_line) \
        or _list_title(sentences, first_line, places_in, times_in, text, dated_lines)
    list_who = ""  # the traveller of the tour's list of dates
    gone: set[str] = set()  # the travellers of the first `told` statements that went somewhere
    told = 0
    for k, s in enumerate(sentences):
        s_places = places_in[s.start]
        if s.start in dated_lines:
            # "Feb 07: La Plata Estadio Ciudad De La Plata, Argentina": a tour's list of dates, a stop a line
            # (the tour's own maker before whoever the text quotes: "British Lion announces new tour dates ... says
            # Steve Harris")
            # (and one list is one trip: its first line's traveller is every line's, whoever the notes between name)
            who = list_who or (people.add(*owner[:2]) if owner and owner[2] else people.last()) \
                or (people.add(*owner[:2]) if owner else "")
            list_who = who
            if who:
                time, towns = dated_lines[s.start]
                out.append(_Statement(who, towns, (time,) * len(towns), s, False, "trip", (True,) * len(towns)))
            prev_end = s.end
            continue
        s_all_times = times_in[s.start]
        s_times = [t for t in s_all_times if dated(t) and _dates_a_trip(t, text)]
        if any(t.type == "DATE" and t.precision == "day" for t in s_times):
            # "On Wednesday, 17th June, ... a stopover at Ntcheu at 12:00": the clock is on the day the sentence gives
            # (not a part of a day the clock's text names itself: "arrived on Sunday afternoon and spent yesterday ...")
            s_times = [t for t in s_times if t.type != "TIME" or _NAMES_ITS_DAY.search(t.text)]
        s_times = joined(s_times, text)  # "from 27 October to 1 November", "between 29 July and 4 August": one range
        s_spans = joined(s_all_times, text)  # the same, for the gaps between a list's stops
        last_day, told_day = told_day, next((t for t in reversed(s_times) if t.precision == "day" and t.start_date
                                             and t.start_date == t.end_date), None)
        if _WHEN_LABEL.match(text, text.rfind("\n", 0, s.start) + 1):
            when = told_day  # "WHEN: Saturday, April 27, 2019": the day of the "WHERE:" under it
        if "\n" in text[prev_end: s.start] or not prev_end:
            # a paragraph that opens with its day ("On Wednesday, while in Denver, ...") is that day's schedule, and so
            # is the one under a line that is only its day ("Tuesday, October 18")
            opening = next((t for t in s_times if t.precision == "day" and not t.end_value
                            and (t.start - s.start <= 4 or _DAY_NUMBER.fullmatch(text, s.start, t.start))
                            and not _DATELINE_DASH.match(text, t.end)), None)  # not "May 28, 2008 - The chairman ..."
            goes_on = _GOES_ON.match(text, s.start)
            # (the day the sentence before told last, when no paragraph's day stands over it: "... depart on Monday for
            # Belgrade, where he will be received on Tuesday, 18 February." then "In the afternoon, he will travel to
            # Podgorica")
            day = opening or (day if heading or goes_on else None) or (last_day if goes_on and not s_times else None)
            if opening is not None and titled is not None and _span(opening) != _span(titled):
                titled = None  # (a schedule of several days, each under its own)
            day = day or titled
            # a day alone on its line heads what follows, and a schedule's short lines under it keep it ("8:30 a.m.
            # Governor's Leadership Team", "Location: Bluff") until the next day or an empty line
            # (or a bulleted line of any length: "  • King Jon and Queen Jane arrive in the UK at Luton airport.")
            # (a schedule's labelled lines may stand in blocks apart: "WHAT: Meet Fred Thompson", "WHEN: 7:00 pm")
            labelled = bool(_LABEL.match(text, text.rfind("\n", 0, s.start) + 1))
            # (in a person's schedule, its blocks stand apart: "Monday, February 27" / "Attend ... Meeting" / "Washington, D.C.";
            # and a timed item, or a venue's address, may be of any length)
            short_line = day is not None and ("\n\n" not in text[prev_end: s.start] or labelled or _clocked(text, s)
                                              or schedule_of is not None) and (
                len(s.text.split()) <= _SCHEDULE_LINE or labelled or _BULLET.match(text, text.rfind("\n", 0, s.start) + 1) is not None
                or _CLOCK_OPENS.match(text, text.rfind("\n", 0, s.start) + 1) is not None or _address_line(s, s_places, text))
            numbered = _DAY_NUMBER.match(s.text)  # ("Day 0 - Tuesday, July 11th" is a day alone on its line too)
            heading = (opening is not None and len(s.text[numbered.end() if numbered else 0:].split()) <= 5) \
                or (heading and opening is None and short_line)
        elif day is not None and not heading and any(t.precision == "day" and _span(t) != _span(day) for t in s_times):
            day = None  # "On October 24, ... to Astana. In Bishkek, October 26–27, ... Finally, ... to Tashkent": the
            # paragraph's first day is over once it gives another
        prev_end = s.end
        travelled = False
        statements_before = len(out)
        whose = _SCHEDULE_OF.match(s.text.strip())
        if whose and TITLE_ONLY.search(whose.group(1)) and clean_name(whose.group(1)):
            people.add(clean_name(whose.group(1)), whose.group(1))  # "Lt. Governor Spencer J. Cox’s Schedule": his from here
            schedule_of = clean_name(whose.group(1))
        before = ""  # the sentence's traveller so far
        with_before = ""  # and whoever travels with them
        phrases = list(TRAVEL.finditer(text, s.start, s.end)) if travels(s.text) else []
        # (a place that then says something is who speaks, no stop: "to Kazakhstan and Uzbekistan this week, Beijing said")
        if filed_at is None:
            phrases = [m for m in phrases if not _HERE.match(text, m.end())]  # (no dateline says where "here" is)
        stops_of = [[p for p in _stops_after(m.end(), s_places, s_spans, text, s) if not _SPEAKS.match(text, p.end)]
                    if not _HERE.match(text, m.end()) else [filed_at] for m in phrases]
        # "en route Columbus, Ohio": the place right after is where; no travel words before a town the gazetteer
        # lacks ("en route Ramstein, Germany on his way to Riyadh": not to Germany)
        kept = [k for k, (m, st) in enumerate(zip(phrases, stops_of))
                if not _EN_ROUTE.search(m.group()) or (st and _SPACES.fullmatch(text, m.end(), st[0].start))]
        phrases, stops_of = [phrases[k] for k in kept], [stops_of[k] for k in kept]
        for k, m in enumerate(phrases):
            # ("the last stop in Samarkand" is the trip's final one, not an earlier trip's)
            if _PAST_TRIP.search(text, max(0, m.start() - 20), m.start()) and not m.group().lower().startswith("stop") \
                    or _in_brackets(text, s.start, m.start(), s.end) \
                    or _NEGATED.search(text, max(s.start, m.start() - 16), m.start()) \
                    or _CALLED_OFF.search(text, max(s.start, m.start() - 40), m.start()) \
                    or _CALLED_OFF_AFTER.match(text, m.end(), min(s.end, m.end() + _CALLED_OFF_NEAR)) \
                    or _WISHED.search(text, max(s.start, m.start() - 24), m.start()) and not any(t.start > m.start() for t in s_times) \
                    or m.group("ret") and _FIRST_TIME.search(text, max(s.start, m.start() - 20), m.start()) \
                    or _HABIT.search(text, m.end(), s.end):
                # "the Secretary's recent travel to China", "(he also traveled to ...)", "the postponement of his Apostolic
                # Journey to ...", "Putin has not visited Pyongyang since July 2000", "I would be travelling to the UK
                # several times a month": not this trip
                continue
            # a second travel phrase has only the dates after it: "to Boston on January 22, followed by travel to Davos";
            # and the dates after the next one are that one's ("..., returning to Washington on Saturday")
            nxt = phrases[k + 1] if k + 1 < len(phrases) else None
            # a trip noun with no stop inside this phrase's clause takes no dates: "arrived in Hawaii for the first port
            # visit during its deployment, Nov. 28" (a new clause's "this visit has ..." does)
            # (nor does one in a "where" clause of the stop before: "returned from Kigali, where he made an official visit
            # on 14th January")
            going_on = next((p for p, st in zip(phrases[k + 1:], stops_of[k + 1:])
                             if st or not (_TRIP_NOUN_OF.search(text, max(s.start, p.start() - 40), p.start())
                                           or _WHERE_CLAUSE.search(text, max(s.start, p.start() - 40), p.start()))), None)
            # (not a last day told before the travel words: "The tour will last through Thursday and include stops in ...")
            # (nor the day a trip of a length the sentence gives ended: "today concluded a 10-day trade mission to Japan")
            mine = [t for t in s_times
                    if (t.start > m.start() or not travelled and not _UNTIL.search(text, max(s.start, t.start - 10), t.start))
                    and (going_on is None or t.start < going_on.start())
                    and not (s.start == counted_at and _ENDED.match(text, t.end))
                    # (nor a day of another doing the sentence goes on to: "flying visits to Angola, Botswana and Malawi
                    # before the family reunites in Johannesburg ... on Wednesday October 2")
                    and not (t.start > m.end() and _ANOTHER_DOING.search(text, m.end(), t.start))]
            if reference is not None and (any(t.precision == "day" and t.end_date and t.end_date >= reference for t in mine)
                                          or m.group()[:4].lower() == "will"):
                # "will be in Bishkek on Sunday, 11 June, ... to attend a commemoration of the June 2010 events": a date
                # years behind an announced day names what is remembered there, not when; nor is one before a trip
                # that will be ("King Jon, who ascended to the throne in 2013, will tour Albany")
                mine = [t for t in mine if not (t.end_date and t.end_date < reference - _LONG_AGO)]
            aside = [t for t in mine if any(a.start() < t.start < a.end() and not a.start() < m.start() < a.end()
                                            for a in _WHO_CLAUSE.finditer(text, s.start, s.end))]
            if aside and len(aside) < len(mine):
                # "tour of Sri Lanka, which was postponed in March 2020 due to COVID-19, has been rescheduled for January
                # 2021": a day told in a clause about the trip's stop is that clause's when the sentence tells another
                # (unless the trip is told in that clause: "The King, who will leave for Maseru on Thursday, held talks")
                mine = [t for t in mine if t not in aside]
            if k and stops_of[k] and not any(t.start > m.start() for t in mine):
                # "will return to Seoul on Nov. 18 before departing again on Nov. 20 to pay a state visit to London": the
                # day it sets out again, after the stop before, is this stop's
                after = max((p.end for p in stops_of[k - 1]), default=phrases[k - 1].end())
                mine += [t for t in s_times
                         if after < t.start < m.start() and _DEPARTING.search(text, max(after, t.start - 24), t.start)]
            stops = stops_of[k]
            went_before = travelled  # an earlier phrase of the sentence already went somewhere
            # "Today in Minot, Secretary Doe will tour the wing": travel words without a stop leave the sentence's
            # places to what the traveller does there
            travelled = travelled or bool(stops)
            same = bool(before and _SAME_SUBJECT.search(text, max(s.start, m.start() - 14), m.end()))
            if same:
                traveller = before  # "will travel to Japan to meet Prime Minister Abe, before travelling to Hong Kong"
            else:
                # the subject of the travel verb, where the sentence's structure gives one ("He will address the Assembly
                # and will then travel to Belgrade": he, not the Assembly); else the name written before the words
                parse = reader.parse([s]).get(s.start)
                named_before = len(people.names)
                said = _subject_traveller(parse, m.start(), m.end(), people) if parse is not None else None
                source = _ACCORDING_TO.match(text, s.start, m.start())
                if said and ((source and said[1].split()[-1] in source.group())
                             or any(p.literal and p.text == said[1] for p in s_places) and not _FIXTURE.match(m.group())):
                    # "According to UN Spokesperson, Mr Stephane Dujarric, Mohammed left": who says is no traveller; nor
                    # is a place ("Washington, DC — Administrator Jane Roe will travel", as the model read it), unless it
                    # plays: "Scotland will play three tests in Argentina" is its side, and travels
                    said = None
                    del people.names[named_before:]
                known = len(people.names)
                if said is None and _SENDING.match(m.group()):
                    traveller = ""  # "sends the cruiser to Havana": who is sent is no one the text names; the sender stays
                else:
                    traveller = said[1] if said else _traveller_before(text, s, m.start(), people, s_places, s_all_times, parse)
                    if not said and len(people.names) > known and parse is not None and _a_verb_first(parse, traveller):
                        people.names.pop()  # "Promoting the province's key sectors ... now leaving for Hong Kong": a verb
                        traveller = ""
                    elif len(people.names) > known and people.common(traveller, s):
                        people.names.pop()  # "Members of the royal family are due to visit": a word, not a name
                        traveller = ""
                    if not traveller and _FIXTURE.match(m.group()) and (side := _side_before(text, s, m.start(), s_places)):
                        traveller = people.add(side, side)  # "England open against Brazil in Pennsylvania": the side
                if not stops and len(people.names) > known and not (known == 0 and traveller and _THOSE_PLACES.match(text, m.end())):
                    # "his regular visits to Commonwealth capitals": no stop, so no one new travels; but the first person
                    # a text sends on a trip is whom its later "he" means ("Humza Yousaf will be the first ... to visit
                    # the east African country. He will also travel to neighbouring Malawi"), and the first one who will
                    # "tour the areas affected by the hurricane" on some days tours the places named after on those days
                    if known or not traveller:
                        people.names.pop()
                    traveller = ""
                elif not stops and _BY_AFTER.match(text, m.end()) and len(people.names) > named_before > 0 and parse is not None \
                        and any(parse.tokens[c].text.lower() == "by" for j in parse.covering(m.start(), m.end()) for c in parse.children(j)) \
                        and not any(parse.tokens[clauses.clause_verb(parse, j)].lemma in _JOINING for j in parse.covering(m.start(), m.end())):
                    # "the unveiling of a plaque commemorating ... a visit by King Charles III": a visit of no place, by
                    # someone met for the first time after the one the text is about, is no trip of this text's (one
                    # "joined for part of the visit by" is a companion)
                    del people.names[named_before:]
                    traveller = ""
            theirs = False  # the trip is told as the one of whoever was met last ("The State Visit will take them to")
            whose = _WHOSE_TRIP.match(m.group()) if not traveller else None
            if whose and clean_name(whose["who"]):
                # (not the spouse named with them: "the visit of Prime Minister Jon Doe and his wife Jane Doe to")
                who = _AND_SPOUSE.split(whose["who"], maxsplit=1)[0]
                traveller = people.add(clean_name(who), who)  # "The visit of Prime Minister Jon Doe to"
            if not traveller and (_POSSESSIVE.search(m.group()) or _TRIP_SUBJECT.fullmatch(text, s.start, m.start())
                                  or (_NTH_STOP.match(m.group()) and _JUST_THE.fullmatch(text, s.start, m.start()))
                                  or _ITS_STOPS.search(m.group())
                                  or ((opened := _TRIP_OPENS.search(text, s.start, s.end)) and opened.start() <= m.start()
                                      and m.end() <= opened.end())
                                  or (m.group()[:1].isupper() and not text[text.rfind("\n", 0, m.start()) + 1: m.start()].strip())
                                  or (_THE_TRIP_IS.match(text, m.end()) and _TRIP_NOUN_FIRST.fullmatch(text, s.start, m.end()))
                                  or _THOSE_PLACES.match(text, m.end())):
                # "The last stop of our visit will be Barbados", "The tour will conclude with Swaziland": the one whose visit;
                # "Travel to Washington, D.C.", "Visit farmers in Jinja" opening a schedule's line: the one whose schedule
                # it is; "the working visit to all the above-mentioned countries will take place ...": the one who was
                # going to them
                traveller, theirs = people.last(), True
            if not traveller:
                continue
            companion, first = (with_before, False) if same else _companion(text, s, m.start(), people, traveller, parse,
                                                                           m.end())
            if first:
                # "King Philippe and Queen Mathilde are set to arrive": the first named leads the trip, the other goes along
                traveller, companion = companion, traveller
            if companion:
                people.couple = (traveller, companion)
            elif not same and people.couple and traveller in people.couple and (theirs or said and said[0] == "they"):
                traveller, companion = people.couple  # "They will return", "The visit will take them to": both of them
            with_before = companion
            before = traveller
            people.recent = traveller
            # The sentence's date: the one after the travel words if any, else the nearest one.
            time = min(mine, key=lambda t: (t.start < m.start(), abs(t.start - m.end())), default=None)
            if time is None and stops:
                # "The visit to China ends on November 10, when I travel to Hanoi": the day the clause is "when" of
                time = next((t for t in s_times if t.end <= m.start() and t.start_date
                             and _WHEN_AFTER.fullmatch(text, t.end, m.start())), None)
            if time is not None and time.precision == "year":
                # "will take off Wednesday for an initial stop in Athens, where he will attend the 2022 Mayor Summit":
                # the day, not the year an occasion is named by
                time = next((t for t in mine if t.precision == "day" and t.start_date and _within(t, time)), time)
            if time is not None and stops and _UNTIL.search(text, max(s.start, time.start - 10), time.start):
                # "on 6 September, he will travel to Port Moresby ..., where he will remain until 9 September": from the
                # day the sentence sets out to the day it stays until
                time = _from_to(next((t for t in reversed(mine) if t.end <= time.start), None), time)
            if time is None and stops and reference is not None and _JUST_ARRIVED.search(text, max(s.start, m.start() - 12), m.end()) \
                    and not any(t.start_date for t in s_all_times):
                # "Prime Minister Abiy Ahmed has arrived in Malabo", "has already returned to Bishkek": on the story's day,
                # when the sentence gives no other
                time = TimeMention(m.start(), m.start(), "", "DATE", reference.isoformat(), "day", reference, reference)
            begins = bool(_BEGINS.search(text, s.start, stops[0].start if stops else s.end))
            if stops and time is not None and time.end_date is not None and time.start_date != time.end_date \
                    and _THE_TRIP_IS.match(text, m.end()) and _TRIP_NOUN_FIRST.fullmatch(text, s.start, m.end()):
                # "The visit is taking place between Saturday 19th March and Saturday 26th March, beginning in Belize":
                # the visit's days, for the stops told after without their own, as well as the first stop's
                out.extend(_Statement(who, (), (time,), s, True, "range") for who in filter(None, (traveller, companion)))
            if not stops:
                if time is not None and (_THE_TRIP_IS.match(text, m.end()) and _TRIP_NOUN_FIRST.fullmatch(text, s.start, m.end())
                                         or _THOSE_PLACES.match(text, m.end())
                                         or (time.precision == "day" and time.end_date != time.start_date
                                             and _ITS_RANGE.fullmatch(text, m.end(), time.start))):
                    # "The visit will take place from 1 to 8 July 2022": the dates of the stops told without their own;
                    # "The tour will last through Thursday": its last day
                    until = _UNTIL.search(text, max(s.start, time.start - 10), time.start)
                    out.extend(_Statement(who, (), (time,), s, not until, "until" if until else "range")
                               for who in filter(None, (traveller, companion)))
                elif time is not None and _ENDS_THE.search(text, max(s.start, m.start() - 40), m.start()):
                    # "The Prime Minister will wrap up his working visit on Friday": the last stop lasts until then
                    out.append(_Statement(traveller, (), (time,), s, False, "until"))
                if time is not None and begins:
                    pending[traveller] = time
                elif time is not None and any(p.place.kind in ("region", "continent") for p in s_places if p.start >= m.end()):
                    spans[traveller] = time  # "will visit four nations in West Africa early next week": the trip's range
                continue
            if time is not None and all(p.place.kind in ("region", "continent") for p in stops):
                if begins and time.start_date == time.end_date:
                    # "embarked yesterday on a trip to Asia": its first day (not once a stop has it: "left for Venezuela
                    # on Monday to begin his first tour of Latin America")
                    if not went_before:
                        pending[traveller] = time
                else:
                    spans[traveller] = time  # a region is no stop, but its dates are the trip's
            held = pending.get(traveller)
            if time is not None and stops and held is not None and time.start_date and held.start_date \
                    and time.start_date > held.start_date:
                del pending[traveller]  # a stop dated after the trip's first day is no first stop: nor is one after it
            if time is None and traveller in pending:
                time, begins = pending.pop(traveller), True
            elif time is None and day is not None and not _ITS_STOPS.search(m.group()):
                time = day  # "In the evening, the President will travel to Denver", under "On Tuesday, ..." (not the
                # stops a trip includes: "left on Monday to begin his tour, which also includes visits to Cuba"); the
                # day before the whole trip's range
            elif traveller in spans and (time is None or time.precision == "year" and _within(spans[traveller], time)):
                time = spans[traveller]  # the trip's range, finer than "this year"
            elif time is None and reference is not None and _MADE.match(m.group()) and stops and not s_times \
                    and filed and s.start <= filed <= s.end:
                # "Tashkent, OCT 6: President Jon Doe ... arrived from Kazan to Moscow": a trip made, told right under
                # the dispatch's dateline with no day of its own, was made on the story's day
                time = TimeMention(m.start(), m.end(), m.group(), "DATE", reference.isoformat(), "day", reference, reference)
            elif time is None and reference is not None and _IS_IN_NOW.fullmatch(m.group()) and not s_all_times:
                # "The Chief Minister is in Jersey to discuss issues ...": a story's present is its own day
                time = TimeMention(m.start(), m.end(), m.group(), "DATE", reference.isoformat(), "day", reference, reference)
            elif time is None and traveller in first_day and _TRIP_LONG.search(text, s.start, s.end):
                # "is flying to India today ... will visit New Delhi, Hyderabad and Mumbai on the five-day trip": the
                # trip's days, from its first, for each stop and for the stop first told on that day
                n, first = first_day.pop(traveller)
                time = _lasting(first, s_all_times)
                for i in range(n, len(out) if time is not None else n):  # the traveller's statement, and a companion's
                    if any(t is first for t in out[i].times):
                        out[i] = replace(out[i], times=tuple(time if t is first else t for t in out[i].times), shared=True)
            if time is not None and time.start_date is not None and time.start_date == time.end_date:
                for who in filter(None, (traveller, companion)):
                    first_day.setdefault(who, (len(out), time))
            back = next((t for t in s_times if nxt is not None and nxt.group("ret") and t.start > nxt.start()), None)
            if back is not None and time is not None and len(stops) > 1 and not begins and time.start_date == time.end_date \
                    and back.start_date and time.start_date < back.start_date:
                # "On May 19, will join a trek to A, B and C, returning to Washington on May 27": the stops share the days
                time = replace(time, end_date=back.end_date or back.start_date, end_value=back.value)
            if time is not None and len(stops) == 1 and m.start() < time.start < m.end() and time.start_date == time.end_date:
                # "leave Ghana on Saturday, May 26, for Japan where they will play ... on 30th May": from the day it sets
                # out to the day of what it does there
                later = next((t for t in mine if t.start > stops[0].end and t.precision == "day" and t.start_date
                              and time.start_date < t.start_date <= time.start_date + _LONGEST_STAY), None)
                time = _from_to(time, later) if later is not None else time
            elif time is not None and len(stops) == 1 and time.start > stops[0].end and time.start_date == time.end_date \
                    and _WHERE_AT.match(text, stops[0].end, time.start) \
                    and (opener := next((t for t in mine if t.end <= m.start() and t.start - s.start <= _OPENER
                                         and t.start_date and t.start_date == t.end_date), None)) is not None \
                    and opener.start_date < time.start_date <= opener.start_date + _LONGEST_STAY:
                # "Late Tuesday evening, he will fly to Sarajevo, where he will meet on Wednesday ...": so too from the
                # day the sentence opens with
                time = _from_to(opener, time)
            # "embarks Friday on a two-day trip"; "will travel to Mauritania on 12 September for a three-day visit"
            # (not a return home: "return to Seoul on Nov. 18 before ... a four-day state visit to London")
            lengthy = begins or bool(_VISIT_LONG.search(text, s.start, s.end))
            lasting = _lasting(time, s_all_times) if lengthy and not m.group("ret") else None
            if lasting is None and _ENDING.search(text, max(s.start, m.start() - 60), m.start()):
                lasting = _lasting(time, s_all_times, ending=True)  # "ending his three-day state visit to Hanoi"
            if lasting is not None:
                time, begins = lasting, False  # "embarks Friday, Nov. 30, on a two-day trip": the trip's two days
            single = time is not None and not time.end_value and time.start_date == time.end_date
            # the day of a departure is the first stop's ("to Japan, China, and Korea, departing Washington on May 20th")
            begins = begins or (time is not None and bool(_DEPARTING.search(text, max(s.start, time.start - 40), time.start)))
            # ... and so is a day the trip goes "from", with no last day ("to Guatemala, El Salvador ... and Cuba from May 5")
            begins = begins or (single and len(stops) > 1 and bool(_FROM_A_DAY.search(text, max(s.start, time.start - 16), time.start)))
            # a trip that begins on a day, in a week or over a weekend ("embark this weekend on a trip to ...")
            if begins and (single or time is None or time.precision == "week" or time.value.endswith("WE")):
                stamps = (time,) + (None,) * (len(stops) - 1)  # the trip starts then: the first stop's date
            else:
                stamps = (time,) * len(stops)
            own = _own_dates(stops, s_times, text, s.end)
            if any(own) and (len(stops) > 1 or time is None):
                stamps = tuple(o or st for o, st in zip(own, stamps))  # "Tokyo on May 15-16 and then Seoul on May 17"
            stated = tuple(o is not None for o in own)
            kind = "return" if m.group("ret") else "trip"
            retold = bool(_MADE.match(m.group()))
            areas.update(p.place.country_code for p in stops if p.place.kind in ("country", "admin1") and p.place.country_code)
            if len(stops) > 1:  # (a list of the land's towns: "will present its program in Tihany, Debrecen and Budapest")
                areas.update(p.place.country_code for p in stops if p.place.country_code)
            # ("will also travel to Kassala" goes on to another town; "will also visit the Mission to Skopje" may be at
            # the stop it is at)
            also = bool(_ALSO.search(text, max(s.start, m.start() - 24), m.start())) and bool(_GOING_ON.match(m.group()))
            if _LEAVES_FOR.match(m.group()) and time is not None and time.start_date is not None:
                # "arrives in Abidjan on April 4 and leaves for Accra on the 6th": the stop it leaves lasts until then
                # (the traveller's last statement before, in this sentence or an earlier one)
                i = next((i for i in range(len(out) - 1, -1, -1) if out[i].traveller == traveller), None)
                left = out[i] if i is not None else None
                if left is not None and left.kind == "trip" and left.times and (t0 := left.times[-1]) is not None \
                        and t0.start_date == t0.end_date and t0.start_date < time.start_date <= t0.start_date + _LONGEST_STAY:
                    out[i] = replace(left, times=left.times[:-1] + (_from_to(t0, time),))
            for who in filter(None, (traveller, companion)):  # (the one who leads first: theirs is the first trip)
                out.append(_Statement(who, tuple(stops), stamps, s, len(stops) > 1 and time is not None and not begins, kind, stated,
                                      also, retold))
        leg = _LEG.search(text, s.start, s.end) if people.names and len(out) == statements_before else None
        land = next((p for p in s_places if leg and p.start == leg.start("land") and p.place.kind == "country"), None)
        span = next((t for t in s_times if land and t.start > leg.end() and t.end_date and t.start_date < t.end_date), None)
        if span is not None:
            # "The Australian leg of Jaishankar's visit will last from November 3 to November 7": that country's days
            out.append(_Statement(people.last(), (land,), (span,), s, False, "trip", (True,)))
            continue
        lead = _LEAD.match(text, s.start)
        if lead:
            led = [p for p in s_places if p.start >= lead.end() and p.literal]
            named = [led[0]] if led and led[0].start == lead.end() else []
            for prev, cur in zip(led, led[1:]):
                if named and named[-1] is prev and _LIST_GAP.fullmatch(text[prev.end: cur.start]):
                    if not _qualifies(prev, cur, text):
                        named.append(cur)
            if len(named) == 1 and named[0].place.kind == "country":
                # "In Japan, the President will attend the summit in Ise-Shima": the finer place the sentence gives
                finer = [p for p in led[1:] if p.literal and p.place.kind == "city" and p.place.country_code == named[0].place.country_code
                         and _AT.search(text, max(0, p.start - 14), p.start)]
                named = finer[:1] or named
            if named and people.last():
                # the first day, to the day "and" or "through" joins to it ("On Wednesday and Thursday in Brussels")
                # not the day of another occasion the stop comes before ("ahead of the Strategic Dialogue on 30 July")
                days = [t for t in s_times if t.precision == "day" and not _AHEAD_OF.search(text, max(s.start, t.start - 80), t.start)]
                time = next((t for t in joined(days, text, opened=False)), None)
                # "On Tuesday in Tallinn, ...": a day for one stop is its own
                stated = tuple(o is not None for o in _own_dates(named, s_times, text, s.end)) if len(named) > 1 else (time is not None,)
                # (of the one it names next, if met before: "In Ambon, President Joko Widodo is scheduled to")
                who = _known_next(text, named[-1].end, s.end, people) or people.last()
                # (it opens the sentence: before what the rest of it tells, "while in Austin, ... before returning to
                # the White House")
                out.insert(statements_before, _Statement(who, tuple(named), (time,) * len(named), s, False, "lead", stated))
                continue
        ends = (_TRIP_ENDS.search(text, s.start, s.end) or _LEAVES_THE_LAND.search(text, s.start, s.end)) \
            if len(out) == statements_before and people.names else None
        last = next((t for t in s_times if ends and t.start > ends.end() and t.precision == "day"), None)
        if last is not None:
            # "The trip is set to wrap up on Friday", "will leave the country on May 4": the last day of the trip of the one
            # met last
            out.append(_Statement(people.last(), (), (last,), s, False, "until"))
            continue
        opens = _TRIP_OPENS.search(text, s.start, s.end) if people.names else None
        # ("are set to arrive for the three day trip on December 5th": its days, from the first, in a sentence of no travel
        # phrase)
        long = _TRIP_LONG.search(text, s.start, s.end) if people.names and not opens and not phrases else None
        first = next((t for t in s_times if (opens or long) and t.start > (opens or long).end() and t.precision == "day"), None)
        span = _lasting(first, s_all_times if long else times) if first is not None else None
        if first is not None and (span is not None or len(out) == statements_before and not long):
            # "The trip begins Jan. 20", after "a 10-day trade mission": the days of the trip the text announces (its
            # first traveller's), for the stops it told only by their month (a first day alone is its first stop's,
            # where the sentence names one: "The tour is set to begin May 29 in Busan")
            holders = people.couple if people.couple and people.first() == people.couple[0] else (people.first(),)
            out.extend(_Statement(who, (), (span or first,), s, True, "range") for who in holders)  # (a couple's, both's)
            if len(out) - len(holders) == statements_before:
                continue
        told = _TRIP_TOLD.match(text, s.start) if people.names and len(out) == statements_before else None
        dates = next((t for t in s_times if told and t.start == told.end() and text.startswith(",", t.end)), None)
        if dates is not None and dates.end_date and dates.start_date < dates.end_date:
            # "The trip, Sept. 22 to Sept. 30, is being sponsored by ...": the days of the trip the text announced
            out.append(_Statement(people.last(), (), (dates,), s, True, "range"))
            continue
        if people.names and len(out) == statements_before:
            # "to undertake the five-day tour from Sunday 24 June to Thursday 28 June", "during the September 2-13 trip":
            # the days of the trip announced
            dates = next((t for t in joined(s_times, text) if t.end_date and t.start_date < t.end_date and (
                _TRIP_FROM.search(text, max(s.start, t.start - 40), t.start) or _TRIP_AFTER.match(text, t.end)
                or _TRIP_THEN.search(text, max(s.start, t.start - 12), t.start))), None)
            if dates is not None:
                out.append(_Statement(people.last(), (), (dates,), s, True, "range"))
                continue
        away = _AWAY.search(text, s.start, s.end) if people.names and len(out) == statements_before else None
        if away is not None:
            # "The minister will depart Canada on Thursday, February 17, and return on Tuesday, February 22": the days of
            # the trip the text announced, for its stops told without dates
            days = [t for t in s_times if t.precision == "day" and t.start_date and not t.end_value and t.start > away.start()]
            out_day = next((t for t in days if t.start < away.start("back")), None)
            back_day = next((t for t in days if t.start > away.start("back")), None)
            if out_day is not None and back_day is None:
                back_day = _day_of_the_month(out_day, text, away.end())  # "leave July 21st and return the 28th"
            if out_day is not None and back_day is not None and out_day.start_date < back_day.start_date:
                span = replace(out_day, end=back_day.end, text=text[out_day.start:back_day.end], end_date=back_day.end_date,
                               end_value=back_day.value)
                out.append(_Statement(people.last(), (), (span,), s, True, "range"))
        if s.start == counted_at and people.names and not any(st.kind == "range" for st in out):
            # "The delegation flew out on Friday", after "a 10-day trip to Setagaya and Jiaxing": the trip's days, for the
            # stops the text tells without their own
            out.append(_Statement(people.last(), (), (counted,), s, True, "range"))
        if len(out) > statements_before and phrases:
            # "will hold talks in Paris on Monday before travelling to Berlin": where the traveller is before setting out
            first = min(m.start() for m in phrases)
            # (a place, not its owner: "in Ukraine's third largest city, Dnepropetrovsk")
            earlier = [p for p in s_places if p.end <= first and p.literal and _AT_IN.search(text, max(s.start, p.start - 8), p.start)
                       and not text.startswith(("'s", "’s"), p.end)]
            if earlier and not any(p in st.places for st in out[statements_before:] for p in earlier):
                stay = _stay(s, earlier, s_all_times, text, people, reader, retold)
                if stay is not None and stay[0] == out[statements_before].traveller:
                    # the day told before the place, else the first between it and the setting out
                    at = stay[1][0]
                    on = next((t for t in reversed(s_times) if t.end <= at.start), None) \
                        or next((t for t in s_times if at.end <= t.start and t.end <= first), None)
                    out.insert(statements_before, _Statement(stay[0], (stay[1][0],), (on,), s, False, "stay", (on is not None,)))
        if len(out) > statements_before or not s_places or not people.names:
            continue  # a stay is only of someone a trip statement has named
        located = False
        lines = [m.span() for m in _LOCATION.finditer(text, s.start, s.end)] \
            or ([(s.start, s.end)] if _under_location(text, s.start) else [])
        address = not lines and day is not None and _address_line(s, s_places, text)
        for a, b in lines or ([(s.start, s.end)] if address else []):
            # a schedule's "Location: Bluff" under its day, or the town of the address under its "WHERE: The Windrow":
            # where the one it is the schedule of is then; and the town that ends an address line under a schedule's
            # day ("Governor's Ceremonial Office, Vermont State House, Montpelier, VT")
            here = [p for p in s_places if a <= p.start < b and p.literal and p.place.kind in ("city", "admin2", "admin1")]
            here = [p for k, p in enumerate(here) if not (k and _qualifies(here[k - 1], p, text))]
            if here:
                on = day or when
                out.append(_Statement(schedule_of or people.last(), (here[-1] if address else here[0],), (on,),
                                      s, False, "stay", (on is not None,)))
                located = True
        if located:
            continue
        # towns of a country the trip goes to, where the visit's programme may take place without its traveller as the
        # subject ("Reception ceremonies will be held in Tallinn on Tuesday 17 May")
        towns = [p for p in s_places if p.literal and p.place.kind in ("city", "admin2") and p.place.country_code in areas]
        if not (s_times or day):
            here = _programme(s, towns, reader) if towns else []
            if here:
                out.append(_Statement(people.last(), tuple(here), (None,) * len(here), s, False, "programme", (False,) * len(here)))
            elif _mentions_traveller(s.text, people) and sum(p.literal for p in s_places) >= _LISTED_WHERE \
                    and _future(reader.parse([s]).get(s.start)):
                stay = _stay(s, s_places, s_all_times, text, people, reader, retold)
                if stay is not None and len(stay[1]) >= _LISTED_WHERE:
                    # "Secretary Doe will meet with senior leaders in Hawaii, Japan and Guam": the places of the trip
                    # the text tells without their days
                    out.append(_Statement(stay[0], tuple(stay[1]), (None,) * len(stay[1]), s, False, "stay", (False,) * len(stay[1])))
            continue
        if s.start not in reader.read:
            if likely is None:
                likely = _likely_stays(sentences, places_in, times_in, text)
            reader.parse(_read_ahead(sentences, k, likely, day is not None))
        stay = _stay(s, s_places, s_all_times, text, people, reader, retold)
        if stay is not None and any(normalise(p.place.name) in default_gazetteer().seats for p in stay[1]):
            gone.update(people.canonical(st.traveller) for st in out[told:] if st.places and st.kind != "extend")
            told = len(out)
            if people.canonical(stay[0]) not in gone:
                # "On Tuesday, the President will meet the Prime Minister at the White House": at work in a seat of
                # government before setting out is at home, no stop
                stay = stay[0], [p for p in stay[1] if normalise(p.place.name) not in default_gazetteer().seats]
        if stay is not None and stay[1]:
            who, here = stay
            stay_days = _each_its_day(here, s_times, day, text, s.end, s_all_times)
            out.append(_Statement(who, tuple(here), stay_days, s, False, "stay", tuple(t is not None for t in stay_days)))
            if stay_days[0] is not None:
                pending.pop(people.canonical(who), None)  # "embarked yesterday": the stays since have their own days
        elif towns and (here := _programme(s, towns, reader)):
            stay_days = _each_its_day(here, s_times, day, text, s.end, s_all_times)
            out.append(_Statement(people.last(), tuple(here), stay_days, s, False, "programme", tuple(t is not None for t in stay_days)))
        elif s_times and people.names and _mentions_traveller(s.text, people) and any(p.literal for p in s_places):
            # "On October 28, for the second time in Hawaii, the Secretary will ...": a longer stay (a people's name,
            # "the Colombian candidates", says nothing of where)
            literal = tuple(p for p in s_places if p.literal)
            own = _own_dates(list(literal), s_times, text, s.end)
            if len(literal) >= _LISTED_WHERE and all(own):
                # "The cities he will be in are: New York (July 8-11), Chicago (July 12-19)": towns of a stop the trip
                # has, each on its own days
                out.append(_Statement(people.last(), literal, tuple(own), s, False, "programme", (True,) * len(literal)))
                continue
            who = people.canonical(people.last())
            if _BEGINS.search(s.text) and s_times[0].precision in ("day", "hour", "minute") \
                    and not any(st.places and st.kind != "extend" and people.canonical(st.traveller) == who for st in out):
                # "will leave via the RSS plane from Grenada, on Friday morning. Their first stop is ...": the day the
                # trip sets out, its first stop's, from home before any stop is told
                pending[who] = s_times[0]
                continue
            out.append(_Statement(people.last(), literal, (s_times[0],) * len(literal), s, False, "extend"))
    return out


_SCHEDULE_LINE = 8  # words: a schedule's item, not a paragraph of prose
_CLOCK_OPENS = re.compile(r"[ \t]*\d{1,2}[.:]\d{2}\b")


def _clocked(text: str, s: Sentence) -> bool:
    """Whether a line is a timed schedule's, its own or the next line opening with an hour ("Visit to Malta" over "17.00
    Meeting with Prime Minister Robert Abela"): its blocks, apart on the page, stay under the day above them."""
    nxt = text.find("\n", s.end) + 1
    return bool(_CLOCK_OPENS.match(text, text.rfind("\n", 0, s.start) + 1) or (nxt and _CLOCK_OPENS.match(text, nxt)))


_DAY_NUMBER = re.compile(r"\s*Day\s+\d{1,2}\s*[-–—:,]\s*")  # a programme's count of its days before the date: "Day 1 - "
_BULLET = re.compile(r"[ \t]*[•▪◦●·*–-][ \t]")
_LISTED_WHERE = 2  # places of one undated stay: a list of where the trip goes, not a topic ("the situation in Syria")
_LOCATION = re.compile(r"(?m)^[ \t]*(?:Location|Venue|Place)[ \t]*:[^\n]*")
_LABEL = re.compile(r"[ \t]*(?:What|When|Where|Who|Location|Venue|Place|Time|Event|Note)[ \t]*:", re.IGNORECASE)  # a schedule's line
_WHERE_LABEL = re.compile(r"[ \t]*(?:Where|Location|Venue|Place)[ \t]*:", re.IGNORECASE)
_AT_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_WHEN_LABEL = re.compile(r"[ \t]*(?:When|Date)[ \t]*:", re.IGNORECASE)
_ADDRESS_LINES = 3  # lines of a venue's name and address under its label
_ADDRESS_LINE = 120  # characters, at most, of each


# what may end an address line after its town: a state's code and a zip code ("Stowe, VT 05672"), or nothing
_ADDRESS_END = re.compile(r"(?:,?[ \t]*(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.)(?:[ \t]+\d{4,6}(?:-\d{4})?)?)?[ \t.]*$")
_ADDRESS_WORDS = 14  # words, at most, of an address line
_AFTER_COMMA = re.compile(r",[ \t]*$")
_ADDRESS_LOWER = 2  # words in lower case an address line may hold ("Intersection of Stines Store Road and MD 234")


def _address_line(s: Sentence, places: list[PlaceMention], text: str) -> bool:
    """Whether a sentence is one line of a venue's address, which a town ends ("1303 Boudro Rd, Randolph Center, VT",
    "Washington, D.C."): no sentence of prose, and no more than a town named with its state."""
    line = s.text.strip()
    if "\n" in line or len(line.split()) > _ADDRESS_WORDS or line.endswith(("!", "?", ":")) \
            or sum(w[0].islower() for w in line.split()) > _ADDRESS_LOWER or not opens_line(text, s.start) \
            or not ends_line(text, s.end):
        return False  # (a line of its own, of names and numbers: no prose, "Later at Cuttack, she will grace ..., Odisha.")
    towns = [p for p in places if p.literal and p.place.kind in ("city", "admin2", "admin1") and s.start <= p.start < s.end]
    if not towns:
        return False
    town = towns[-2] if len(towns) > 1 and _qualifies(towns[-2], towns[-1], text) else towns[-1]
    # (its state or country written in full after it: "Fredericton, New Brunswick", "London, United Kingdom")
    end, last = town.end, town
    for p in places:
        if p.start >= end and p.start < s.end and p.literal and _qualifies(last, p, text):
            end, last = p.end, p
    # the town after a comma ("1303 Boudro Rd, Randolph Center, VT"), or alone ("Washington, D.C."); not "Depart from
    # Chicago", "Open Day at Lambourn"
    return bool(_ADDRESS_END.fullmatch(text, town.end, s.end) or _ADDRESS_END.fullmatch(text, end, s.end)) \
        and (_AFTER_COMMA.search(text, s.start, town.start) is not None or not text[s.start: town.start].strip())


def _under_location(text: str, at: int) -> bool:
    """Whether the line at `at` is of the address a schedule's "WHERE:" line opens ("WHERE: The Windrow / 102 West
    Taylor Street / Creston, IA"): no empty line and no other label between."""
    lo = max(0, at - _ADDRESS_LINES * _ADDRESS_LINE)  # (an address's lines are short: a long line stays linear)
    line = text.rfind("\n", lo, at) + 1
    for _ in range(_ADDRESS_LINES):
        if line <= lo:
            return False
        line = text.rfind("\n", lo, line - 1) + 1
        row = text[line: text.find("\n", line)]
        if not row.strip() or _LABEL.match(row):
            return bool(_WHERE_LABEL.match(row))
    return False


# a paragraph that goes on with the day of the one before ("In the afternoon, Her Excellency will travel to ...")
_EN_ROUTE = re.compile(r"en\s+route$", re.IGNORECASE)
_GOES_ON = re.compile(r"(?:(?:Later|Then)\s+)?(?:(?:in\s+the|that|the\s+same)\s+(?:morning|afternoon|evening|day)|at\s+night)\b|Later\b|Afterwards\b|Then\b",
                      re.IGNORECASE)
_AHEAD = 32  # sentences the model reads in one batch when a stay is asked for


@dataclass(frozen=True, slots=True)
class _Likely:
    """The sentences that may be stays, by index: with a place and a date (which the model mostly reads for their
    events anyway), or with a place (a stay under a schedule's day); and where each paragraph ends."""

    dated: list[int]
    placed: list[int]
    breaks: list[int]


def _likely_stays(sentences: list[Sentence], places_in: dict, times_in: dict, text: str) -> _Likely:
    placed = [k for k, s in enumerate(sentences) if places_in[s.start]]
    return _Likely([k for k in placed if any(map(dated, times_in[sentences[k].start]))], placed,
                   [m.start() for m in re.finditer("\n", text)])


def _read_ahead(sentences: list[Sentence], k: int, likely: _Likely, in_day: bool) -> list[Sentence]:
    """Sentence `k` and the next few that may be stays too, for the model to read at once (one by one, it takes twice
    as long): dated ones with a place; under a schedule's day, any with a place in the same paragraph."""
    pool = likely.placed if in_day else likely.dated
    ahead = [sentences[i] for i in pool[bisect_right(pool, k): bisect_right(pool, k) + _AHEAD - 1]]
    if in_day:
        n = bisect_right(likely.breaks, sentences[k].end)
        end = likely.breaks[n] if n < len(likely.breaks) else sentences[-1].end
        ahead = [s for s in ahead if s.start < end]
    return [sentences[k]] + ahead


_DATELINE_DASH = re.compile(r"\s*[-–—]\s")
_MADE = re.compile(r"(?!proceed\b)\w+ed\b|flew\b|went\b|left\b", re.IGNORECASE)  # travel words of a trip made ("proceed" is none)
_MOVES_OTHERS = frozenset({"welcome", "send", "dispatch", "host", "invite", "receive"})


def _future(parse: syntax.Parse | None) -> bool:
    """Whether the sentence's main verb tells of what will be ("will meet"), not of what was ("We've seen")."""
    verb = clauses.root(parse) if parse is not None else None
    return verb is not None and clauses.tense(parse, verb) == "future"


def _stay(s: Sentence, places: list[PlaceMention], times: list[TimeMention], text: str, people: _Travellers,
          reader: syntax.Reader, retold: bool = False) -> tuple[str, list[PlaceMention]] | None:
    """A traveller somewhere without a travel verb: the subject of the sentence's main verb and the places where it
    happens ("On Saturday, Secretary Doe will deliver the keynote address at the forum in Simi Valley, California").
    In the past tense only where the trip is `retold` ("On Monday, Fugate met with officials in Millington").
    None past the model's budget."""
    parse = reader.parse([s]).get(s.start)
    if parse is None:
        return None
    verb = clauses.root(parse)
    if verb is None or (clauses.tense(parse, verb) == "past" and not retold) or clauses.negated(parse, verb):
        return None
    subj = clauses.subject(parse, verb)
    if subj is None:
        return None
    # where it happens, or where the traveller goes ("will lead the delegation to Oswiecim"), not where others are
    # sent or welcomed ("will welcome the Crown Prince to the White House")
    act = clauses.acting(parse, verb)  # ("is to speak this Thursday in Lisbon": where the speaking is)
    roles = ("locative",) if parse.tokens[act].lemma in _MOVES_OTHERS else ("locative", "destination")
    here = [p for p in places if p.literal and p.place.kind in ("city", "admin2", "admin1", "country")
            and (clauses.place_role(parse, p.start, p.end, act) in roles or _held_at(parse, p, act))]
    here = [p for k, p in enumerate(here) if not (k and _qualifies(here[k - 1], p, text))]  # "Ft. Irwin, California"
    if not here:
        return None
    known = len(people.names)
    # the subject by the sentence's structure, when it is someone the text has named ("The President ..., Mr Wavel
    # Ramkalawan accompanied by the First Lady Mrs Linda Ramkalawan will attend"), else the name written before the verb
    said = _subject_traveller(parse, parse.tokens[verb].start, parse.tokens[verb].end, people)
    if said is not None and len(people.names) == known and said[1]:
        return said[1], here
    del people.names[known:]
    leader = _leader(text, s) if _DELEGATION.fullmatch(parse.tokens[subj].text) else ""
    if leader:  # "A delegation will attend the meeting in London ... The delegation will be led by Jane Roe": hers
        return people.add(clean_name(leader), leader), here
    who = _traveller_before(text, s, parse.tokens[verb].start, people, places, times, parse)
    if len(people.names) > known:
        people.names.pop()  # "this year's Trade Winds centers around a forum in Istanbul": no one the trip has
        return None
    return (who, here) if who else None


_HOSTING = frozenset({"hold", "host", "organise", "organize", "convene", "stage"})
_ATTENDING = frozenset({"attend", "participate"})


_DAY_THEN_IN = re.compile(r"\s*,?\s+(?:in|at)\s+(?:the\s+)?"  # between a day and the place it is that place's day
                          r"(?:[^,;:()]{1,60}?\s+in\s+)?")  # (a venue between: "on the 25th at the St. Anne's Cathedral in Debrecen")


_RESPECTIVELY = re.compile(r",?\s+respectively\b", re.IGNORECASE)


def _each_its_day(here: list[PlaceMention], times: list[TimeMention], day: TimeMention | None, text: str,
                  end: int, told_apart: list[TimeMention] | None = None) -> tuple[TimeMention | None, ...]:
    """The days of the places of one stay: the sentence's first day (else the `day` its line is under) for all, but each
    place its own where one follows it ("will perform in Osaka on Nov. 4 and in Kawasaki on Nov. 5") or stands right
    before it ("joined by Jon Doe on Thursday in El Paso and Jane Roe on Friday in San Antonio", "on the 25th at the
    cathedral in Debrecen"); days told one by one (`told_apart`, before they were joined into a range) for places
    said to be "respectively" theirs, in order."""
    told = [t for t in told_apart or [] if t.precision == "day"]
    if len(here) > 1 and len(told) == len(here) and _RESPECTIVELY.match(text, here[-1].end):
        return tuple(told)  # "on July 18 and July 19 in Wiesbaden and Russelsheim respectively": in the order told
    days = joined([t for t in times if t.precision == "day"], text, opened=False)
    first = next(iter(days), None) or day
    if len(here) < 2:
        return (first,) * len(here)
    own = [o or next((t for t in reversed(days) if t.end <= p.start and _DAY_THEN_IN.fullmatch(text, t.end, p.start)
                      and not any(t.end < q.start < p.start for q in here)), None)
           for o, p in zip(_own_dates(here, days, text, end), here)]
    for k in range(1, len(here)):
        if own[k] is None and own[k - 1] is not None and own[k - 1].end < here[k - 1].start \
                and _LIST_GAP.fullmatch(text, here[k - 1].end, here[k].start):
            own[k] = own[k - 1]  # "from May 17 in Minneapolis, Chicago, and Boston": the list's day before it
    return tuple(o or first for o in own) if any(own) else (first,) * len(here)


def _held_at(parse: syntax.Parse, p: PlaceMention, verb: int) -> bool:
    """"will attend a civic reception to be hosted in her honour in Kochi": where what the traveller attends is held,
    the traveller is."""
    i = clauses.head_token(parse, p.start, p.end)
    path = clauses.path_up(parse, i, verb) if i is not None and parse.tokens[verb].lemma in _ATTENDING else None
    return bool(path) and clauses.place_role(parse, p.start, p.end, verb) == "sublocative" \
        and any(parse.tokens[j].lemma in _HOSTING and clauses.is_verb(parse, j) for j in path[1:-1])


def _programme(s: Sentence, towns: list[PlaceMention], reader: syntax.Reader) -> list[PlaceMention]:
    """The towns where what a sentence tells of the visit ahead takes place, whoever its subject ("Reception ceremonies
    will be held in Tallinn", "Russian President Vladimir Putin will receive the Director-General at the Kremlin in
    Moscow"); [] for what was, or past the model's budget."""
    parse = reader.parse([s]).get(s.start)
    if parse is None:
        return []
    verb = clauses.root(parse)
    if verb is None or clauses.tense(parse, verb) == "past" or clauses.negated(parse, verb):
        return []
    here = [p for p in towns if clauses.place_role(parse, p.start, p.end, verb) in ("locative", "destination")
            and not _AROUND.search(s.text, 0, p.start - s.start)]  # "outside the capital Bogota": not in it
    # "at the Kremlin in Moscow", "Me & MyCity in Espoo": a site of the town after it, which is the stop (not a list's
    # town before the next: "in Minneapolis, Chicago, and Boston")
    return [p for k, p in enumerate(here) if not (k + 1 < len(here) and _SITE_IN.fullmatch(s.text, p.end - s.start, here[k + 1].start - s.start)
                                                  and here[k + 1].place.country_code == p.place.country_code
                                                  and not _listed_on(here, k + 1, s))]


def _listed_on(places: list[PlaceMention], k: int, s: Sentence) -> bool:
    """Whether the list goes on after the k-th place with another of `places` (", and Boston")."""
    return k + 1 < len(places) and bool(_LIST_GAP.fullmatch(s.text, places[k].end - s.start, places[k + 1].start - s.start))


_AROUND = re.compile(r"\b(?:outside|near|beyond|around)\s+(?:the\s+[\w-]+\s+)?$", re.IGNORECASE)
_SITE_IN = re.compile(r"\s*(?:,|\bin)\s*")


_OWN_DATE_GAP = re.compile(
    r"(?:\s+(?:suburbs|area|region|outskirts))?[\s,]*(?:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the))*(?:\s+\([A-Z]{2,6}\))?)?[\s,]*\(?(?:(?:on|from|between)\s+)?"
)
_AND_ONLY = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # a list's joint: "Papua New Guinea, Cambodia, Laos and Myanmar"


# A travel phrase that shares the subject of the one before it: "..., before travelling to", "followed by travel to".
_SAME_SUBJECT = re.compile(r"(?:\b(?:before|after|then|and)\s+|followed\s+by\s+)(?:[a-z]+ing|travel)\b",
                           re.IGNORECASE)
_DAYS_LONG = re.compile(r"P(\d{1,2})D")
_TRIP_LONG = re.compile(r"\b(?:on|for|during)\s+(?:the|a|an|this|his|her|their)\s+[\w-]+[- ]day\s+(?:[\w-]+\s+)?(?:trip|visit|tour|mission|journey)\b",
                        re.IGNORECASE)
# "for a three-day visit", "for two days of talks", "marked the first of a two-day visit" to one place is that stop's
# stay ("a five-day trip" may hold several stops)
_VISIT_LONG = re.compile(r"\b(?:for|on|pay(?:s|ing)?|mak(?:e|es|ing)|first\s+(?:day\s+)?of)\s+(?:an?\s+[\w-]+[- ]day\s+(?:official\s+|state\s+|working\s+)?visit\b|[\w-]+\s+days\s+of\b)",
                         re.IGNORECASE)


def _lasting(start: TimeMention | None, times: list[TimeMention], ending: bool = False) -> TimeMention | None:
    """A trip's range from the day it begins and its length ("a two-day trip"), or None; `ending`: from the day it ends
    ("ending his three-day state visit to Hanoi" on Saturday)."""
    if start is None or start.start_date is None or start.start_date != start.end_date:
        return None
    n = next((int(m[1]) for t in times if t.type == "DURATION" and (m := _DAYS_LONG.fullmatch(t.value or ""))), 0)
    if not 2 <= n <= 31:
        return None
    if ending:
        first = start.start_date - timedelta(days=n - 1)
        return replace(start, type="DATE", start_date=first, value=first.isoformat(), end_value=start.start_date.isoformat())
    end = start.start_date + timedelta(days=n - 1)
    return replace(start, type="DATE", end_date=end, end_value=end.isoformat())


_THEN_ON = re.compile(r"\s+(?:and\s+)?then\s+on\s+$")
_THEN_IN = re.compile(r",?\s+(?:in|to)\s+(?:the\s+)?")


def _own_dates(stops: list[PlaceMention], times: list[TimeMention], text: str, end: int) -> list[TimeMention | None]:
    """Each stop's own date, where one follows it before the next stop: 'Tokyo, Japan on November 15-16'.

    A date after the last of several stops that have none of their own is the list's ("Germany, Estonia and Belgium
    this week").
    """
    out: list[TimeMention | None] = []
    for i, stop in enumerate(stops):
        limit = stops[i + 1].start if i + 1 < len(stops) else end
        own = next((t for t in times if stop.end <= t.start < limit and t.start - stop.end <= 60
                    and _OWN_DATE_GAP.fullmatch(text[stop.end: t.start])), None)
        out.append(own)
    if len(out) > 1 and out[-1] is not None and not any(out[:-1]):
        out[-1] = None
    # ... or stands before it, after the one before: "to Paris, France and then on 1 November 2018 in Moscow"
    for i in range(1, len(stops)):
        if out[i] is None:
            out[i] = next((t for t in times if stops[i - 1].end < t.start and t.end < stops[i].start
                           and _THEN_ON.search(text, stops[i - 1].end, t.start) and _THEN_IN.fullmatch(text, t.end, stops[i].start)), None)
    # ... or is a bracket of bare days after it, in the month of the date before: "on 1 November 2018 in Moscow, and then
    # travel to Beijing (6-8), China; Hanoi (8-11), Vietnam"
    last = None
    for i, stop in enumerate(stops):
        before = [t for t in times if t.end <= stop.start and t.start_date is not None and t.precision == "day"]
        last = max([t for t in before + [last] if t is not None], key=lambda t: t.end_date, default=None)
        if out[i] is None and last is not None:
            out[i] = _days_in_brackets(last, text, stop.end)
        last = out[i] or last
    # "to Stockholm on May 3-5, and to Goma and Kinshasa, DRC, on May 6-10", "Singapore and Malaysia between Wednesday
    # and Saturday, and Papua New Guinea, Cambodia, Laos and Myanmar on Aug. 20-25": a date after a run of stops listed
    # since the last dated one is the run's
    for i in range(len(out) - 1, 0, -1):
        if out[i] is not None and out[i - 1] is None and any(out[:i - 1]) and _AND_ONLY.fullmatch(text[stops[i - 1].end: stops[i].start]):
            out[i - 1] = out[i]
    return out


def _in_brackets(text: str, start: int, at: int, end: int) -> bool:
    """Whether `at` stands inside brackets opened after `start` and closed before `end` (an aside: "(he also traveled to
    ...)"); a bracket never closed is a slip of the text, no aside ("Bengaluru, July 12 (IANS The team departed")."""
    opened = text.count("(", start, at) - text.count(")", start, at)
    return opened > 0 and text.count(")", at, end) >= opened


def _mentions_traveller(sentence: str, people: _Travellers) -> bool:
    surnames = {n.split()[-1] for n in people.names}
    return bool(PRONOUN_OR_TITLE.search(sentence)) or any(n in sentence for n in surnames)


@dataclass
class _Slot:
    """A stop while the itinerary is put together (mutable on purpose: statements refine it)."""

    place: PlaceMention
    names: list[PlaceMention]
    time: TimeMention | None
    sentence: Sentence
    shared: bool
    own: bool = False  # its date was stated for this stop alone
    stay: bool = False  # its sentence says what the traveller does there, with no travel verb
    area_time: TimeMention | None = None  # the range of the country or state it refined, for its other towns
    back: bool = False  # a return ("returned to Abuja"): told again, it is the same stop
    stay_day: bool = False  # its day is one of what happens there ("On October 23, ... will hold talks in Paris"), not an arrival
    told: TimeMention | None = None  # the date the text gives, where the stay is inferred longer (`_days_in_the_range`)


_SPECIFIC = {"country": 0, "region": 0, "continent": 0, "admin1": 1, "admin2": 2, "city": 3}


_WITHIN_A_COUNTRY = ("city", "admin1", "admin2")


def _covers(slot: _Slot, p: PlaceMention, same_only: bool = False) -> bool:
    """Whether `p` names the same stop: the same place, a place inside it, or the country it is in (with `same_only`,
    the same place alone)."""
    q = p.place
    here = slot.place.place
    if here.country_code == q.country_code and any(_one_name(n.text, p.text) for n in slot.names):
        return True  # "Washington" in a headline, "Washington DC" in the text
    if same_only:
        return any((n.place.name, n.place.country_code) == (q.name, q.country_code) for n in slot.names)
    if here.kind == "city" and q.kind == "city" and (here.name, here.country_code) != (q.name, q.country_code):
        return False  # Münster after Berlin: another stop in the same country
    if here.kind in _WITHIN_A_COUNTRY and q.kind in _WITHIN_A_COUNTRY and here.country_code == q.country_code \
            and here.admin1 and q.admin1 and here.admin1 != q.admin1:
        return False  # Papua after North Maluku, once a trip to Indonesia was made one: another stop, in another state
    for k in (n.place for n in slot.names):
        if (k.name, k.country_code) == (q.name, q.country_code):
            return True
        if k.country_code and k.country_code == q.country_code:
            if k.kind == "country" or q.kind == "country":
                return True
            if k.kind == "admin1" and q.kind in ("city", "admin2") and k.admin1 == q.admin1:
                return True
            if q.kind == "admin1" and k.kind in ("city", "admin2") and k.admin1 == q.admin1:
                return True  # "Simi Valley" in the headline, "stops in ... California" in the text
    return False


def _in_area(slot: _Slot, p: PlaceMention) -> bool:
    """Whether `p` lies in the country or state a stop was first named by ("Viljandi" of the stop "Estonia")."""
    return any(n.place.kind == "country" and n.place.country_code == p.place.country_code
               or n.place.kind == "admin1" and n.place.country_code == p.place.country_code and n.place.admin1 == p.place.admin1
               for n in slot.names)


def _area_range(slots: list[_Slot], p: PlaceMention) -> TimeMention | None:
    """The range given for the country of `p` (to a stop of it, or to the country a stop refined), for a town of it the
    text gives no day ("Hiroshima" in a week in Japan)."""
    spans = ((sl.area_time or sl.time, sl) for sl in slots if sl.time is not None)
    return next((t for t, sl in spans if sl.place.place.country_code == p.place.country_code and t.start_date != t.end_date), None)


def _one_name(a: str, b: str) -> bool:
    """'Washington' and 'Washington DC', 'New York' and 'New York City', 'Delhi' and 'New Delhi': one name the longer
    one completes (the caller knows them in one country)."""
    short, long = sorted((a.lower(), b.lower()), key=len)  # (a dateline's "NEW DELHI")
    return long == short or long.startswith(short + " ") or long == "new " + short


def _within(new: TimeMention, old: TimeMention | None) -> bool:
    """Whether `new` narrows `old` (or there was nothing): a day inside a range, not a year over a day."""
    if old is None:
        return True
    return old.start_date <= new.start_date and new.end_date <= old.end_date


_IS_IN_NOW = re.compile(r"(?:is|are)\s+in", re.IGNORECASE)  # "The Chief Minister is in Jersey": now
_DAY_AFTER = re.compile(r"(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after|"
                        r"(?P<n>two|three|four|five|six|[2-6])\s+days\s+later", re.IGNORECASE)


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NTH_DAY = re.compile(rf"\b(?:the\s+)?(?P<n>{'|'.join(_ORDINALS)})\s+day\b(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)


def _counted_days(statements: list[_Statement], text: str) -> list[_Statement]:
    """A stop told on a trip's counted day ("The third day saw Yadav visiting Kobe and Osaka", "On the second day of his
    visit, ...") is on that day from the first day the traveller's stops were told on."""
    first: dict[str, date] = {}
    for st in statements:
        for t in st.times:
            if t is not None and t.precision == "day" and t.start_date and t.start_date == t.end_date and st.kind != "return":
                first[st.traveller] = min(first.get(st.traveller, t.start_date), t.start_date)
    out = []
    for st in statements:
        m = _NTH_DAY.search(text, st.sentence.start, st.sentence.end) if st.places and st.traveller in first else None
        if m is not None and all(t is None for t in st.times):
            d = first[st.traveller] + timedelta(days=_ORDINALS.index(m["n"].lower()))
            day = TimeMention(m.start(), m.end(), m.group(), "DATE", d.isoformat(), "day", d, d)
            st = replace(st, times=(day,) * len(st.places), own=(True,) * len(st.places))
        out.append(st)
    return out


def _days_after(statements: list[_Statement]) -> list[_Statement]:
    """A trip's "next day" is the day after its traveller's last stop told on one day ("will take off Wednesday for
    Athens ... The next day, the mayor travels to Qatar"), not after the last day the text named (an arrest "last
    weekend", told between); so "two days later" is two days after it."""
    last: dict[str, date] = {}
    out = []
    for st in statements:
        t = next((x for x in st.times if x is not None), None)
        if t is not None and st.places and st.kind in ("trip", "stay", "extend"):
            after_days = _DAY_AFTER.fullmatch(t.text)
            if after_days and st.traveller in last:
                n = after_days["n"]
                d = last[st.traveller] + timedelta(days=int(NUMBERS.get(n.lower(), n)) if n else 1)
                after = replace(t, value=d.isoformat(), start_date=d, end_date=d)
                st = replace(st, times=tuple(after if x is t else x for x in st.times))
                t = after
            if t.precision == "day" and t.start_date is not None and t.start_date == t.end_date:
                last[st.traveller] = t.start_date
        out.append(st)
    return out


def _titles_held(statements: list[_Statement], people: _Travellers) -> list[_Statement]:
    """Trips told under a bare title, given to the one traveller named under it ("The Tánaiste, Jon Roe, will visit
    Nairobi"), else to the one traveller the text names under no title at all ("The Taoiseach is travelling to Japan ...
    Mr Cowen will visit Tokyo and Osaka"); with two such travellers, the title keeps its trips."""
    # (a word the text writes as a title, "The Taoiseach is travelling", is one too, however it was first met)
    untitled = {st.traveller for st in statements if st.traveller.startswith("?") or st.traveller in people.styled}
    named = {people.canonical(st.traveller) for st in statements if st.traveller and st.traveller not in untitled}
    if not untitled or not named:
        return statements
    plain = [n for n in named if not people.titles.get(n)]
    owners = {}
    for title in untitled:
        held = [n for n in named if people.holds(n, title.lstrip("?"))]
        owner = held[0] if len(held) == 1 else plain[0] if not held and len(named) == 1 and plain else None
        if owner:
            owners[title] = owner
    return [replace(st, traveller=owners[st.traveller]) if st.traveller in owners else st for st in statements]


def _days_of_the_week(slots: list[_Slot], who: str, ranged: list[tuple[Sentence, TimeMention]]) -> None:
    """Stops dated only by the week a trip was announced for take the days a sentence about the traveller names without
    a place (in place; `ranged`: the sentences that name days and no place, with those days): "will make a State visit
    to New Zealand next week ... Sir Peter will be accompanied by his wife while here from Wednesday 31 May to Saturday
    3 June"."""
    names = [w for w in who.split() if len(w) > 2 and not _title_word(w)]  # "Sir Peter" names him as well as "Cosgrove"
    for s, days in ranged:
        if any(_a_week_named(sl.time, days) for sl in slots) and any(re.search(rf"\b{re.escape(w)}\b", s.text) for w in names):
            for sl in slots:
                if _a_week_named(sl.time, days):
                    sl.time, sl.shared = days, len(slots) > 1
            return


def _a_week_named(old: TimeMention | None, new: TimeMention | None) -> bool:
    """Whether `new` names the days of the week `old` counted from another day ("is setting off next week ... will be in
    Africa from May 4-6": the days the text names, not the week counted from the day it was announced)."""
    return old is not None and new is not None and old.precision == "week" and new.precision == "day" \
        and new.start_date is not None and old.start_date is not None and abs((new.start_date - old.start_date).days) <= 7


def _assemble(statements: list[_Statement], people: _Travellers) -> dict[str, list[_Slot]]:
    """Each traveller's stops: a list stated once, refined by later statements (a city for a
    country, a day for a range), in the order the text gives them."""
    trips: dict[str, list[_Slot]] = {}
    cursor: dict[str, int] = {}
    for st in statements:
        who = people.canonical(st.traveller) if not st.traveller.startswith("?") else st.traveller
        if st.kind in ("lead", "extend"):
            who = people.canonical(st.traveller or people.last())  # whoever the text was about when it said so
        elif st.kind == "stay" and not who.startswith("?"):
            who = people.canonical(who)
        for untitled in [k for k in trips if k.startswith("?")]:
            if not who.startswith("?") and people.holds(who, untitled[1:]):
                # The person named under a title owns the trip the bare title announced ("Secretary of Defense Travel to ...").
                trips[who] = trips.pop(untitled) + trips.get(who, [])
                cursor[who] = cursor.pop(untitled, 0)
        slots = trips.setdefault(who, [])
        at = cursor.get(who, 0)
        if st.kind == "extend":
            if slots and any(_covers(slots[at], p) for p in st.places):
                slot, t = slots[at], st.times[0]
                if (
                    slot.time is not None and not slot.shared and t.precision == "day"
                    and 0 < (t.start_date - slot.time.start_date).days <= 14
                ):
                    slot.time = replace(slot.time, end_date=max(slot.time.end_date, t.end_date))
            continue
        if st.kind == "stay":
            cursor[who] = _stayed(slots, st, at)
            continue
        if st.kind == "programme":
            # only a town inside a stop the trip has (its country or state), where it says where the visit goes
            # (not the country of a return home: "The summit will be held in Bhopal" after "returned to India")
            inside = [(p, t) for p, t in zip(st.places, st.times)
                      if any((_covers(sl, p) or _in_area(sl, p)) and not sl.back for sl in slots)]
            if inside:
                cursor[who] = _stayed(slots, replace(st, places=tuple(p for p, _ in inside), times=tuple(t for _, t in inside)), at,
                                      True)
            continue
        used: list[int] = []
        towns: list[tuple[PlaceMention, TimeMention | None]] = []  # a lead's new towns inside a stop's country
        for p, t, own in zip(st.places, st.times, st.own or (False,) * len(st.places)):
            j = None
            if st.kind != "return":
                j = next((j for j in range(at, len(slots)) if j not in used and _covers(slots[j], p, st.also)), None)
            else:  # the same return told again ("Tinubu returns to Abuja" above "returned to Abuja on Thursday")
                j = next((j for j, sl in enumerate(slots) if sl.back and sl.place.place == p.place
                          and (t is None or sl.time is None or _span(sl.time) == _span(t))), None)
            if j is None and st.kind != "return":
                # A stop named in the overview and not yet given its own day may be taken up later out of order.
                # An undated mention of a known stop ("the secretary's visit to China") is that stop again.
                # So is a mention on a day that stop already holds ("concluded today his visit in Mumbai ... Friday
                # morning, Locke visited Mumbai's ...").
                j = next((j for j in range(at) if j not in used and _covers(slots[j], p, st.also)
                          and (slots[j].time is None or slots[j].shared or (t is None and st.kind == "trip")
                               or (t is not None and _within(t, slots[j].time)))), None)
            if j is None:
                if st.kind == "lead":
                    if p.place.kind == "city" and any(_in_area(sl, p) and not sl.back for sl in slots) \
                            and not any(_one_name(n.text, p.text) for sl in slots for n in sl.names):
                        # "In London he will meet ..." on a trip to the United Kingdom (not a stop's namesake read
                        # elsewhere: "Nogales" of Arizona after "Tucson, Arizona, and Nogales, Mexico")
                        towns.append((p, t))
                    continue
                # A new place in a statement that refined a stop goes right after it ("Tel Aviv, Jerusalem and
                # Ramallah" after "Israel and the Palestinian territories"), else at the end.
                k = used[-1] + 1 if used else len(slots)
                shared = st.shared and not own
                if t is None:  # another city of a country the trip's range was given for: that range ("Hiroshima")
                    t = _area_range(slots, p) or next((sl.time for sl in slots if sl.time is not None and sl.shared
                                                       and sl.place.place.country_code == p.place.country_code), None)
                    shared = t is not None
                slots.insert(k, _Slot(p, [p], t, st.sentence, shared, own, back=st.kind == "return"))
                used = [u + 1 if u >= k else u for u in used]
                used.append(k)
                at = k
                continue
            slot = slots[j]
            used.append(j)
            again = slot.place.place == p.place  # the stop itself, not the country a town of it refines
            if not any(n.text == p.text and n.place == p.place for n in slot.names):
                slot.names.append(p)  # a name told again adds nothing to what the stop is known by: the list stays short
            if _SPECIFIC.get(p.place.kind, 0) > _SPECIFIC.get(slot.place.place.kind, 0) or p.text.startswith(slot.place.text + " "):
                slot.place = p  # a finer place, or the same one's fuller name ("Washington DC" for "Washington")
            # A day narrows a range given for the whole list; a stop's own range ("Paris, November 10-11")
            # already says more than the day someone arrives; a stop's own day replaces the day its trip starts.
            coarse = slot.time is not None and slot.time.precision in ("year", "quarter", "season", "month")
            week = _a_week_named(slot.time, t)
            if t is not None and again and j == at and st.kind in ("trip", "lead") and not slot.shared and _next_days(slot.time, t):
                # "will arrive in Amman on the Sunday. He will tour Jordan's capital city on the Monday": the stop goes
                # on to the later day the text takes it up again ("On Wednesday, while in Denver": the stay does, the
                # day the trip went there stays the day told)
                if st.kind == "lead":
                    slot.told = slot.told or slot.time
                slot.time = replace(slot.time, end_date=t.end_date, end_value=t.end_date.isoformat())
                continue
            if t is not None and (
                slot.time is None or (slot.shared or coarse) and _within(t, slot.time) or week or own and not slot.own
                or slot.stay and t.precision == "day" and _within(slot.time, t)  # the stop's range holds the day of a stay there
                # a day inside the stop's range: "On 23 and 24 May, ... attend the summit in Istanbul and travel on to
                # Lebanon. ... On 24 May he will travel from Istanbul on to Lebanon" (a day of travel to the stop, within
                # the days the sentence gave its trip); "will visit Morocco from February 23 to 25. On Saturday, he will
                # travel to Casablanca" (a day given for the town that refines a country narrows the country's range)
                or ((st.kind == "trip" and not slot.own or not again and t.precision == "day")
                    and t.start_date is not None and t.start_date == t.end_date
                    and slot.time.start_date != slot.time.end_date and _within(t, slot.time))
            ):
                if not again and slot.area_time is None and slot.time is not None \
                        and slot.time.start_date != slot.time.end_date:
                    slot.area_time = slot.time  # (for its country's other towns, and the days they take inside it)
                slot.time, slot.shared, slot.sentence, slot.own, slot.stay = t, st.shared and not own, st.sentence, own, False
                slot.stay_day = False
                if slot.place.place == p.place:
                    slot.place = p  # the mention in the sentence that now dates the stop
            at = j
        # After a list of stops the story goes back to its first one.
        cursor[who] = used[0] if len(used) > 1 else at
        if towns:
            cursor[who] = _stayed(slots, replace(st, places=tuple(p for p, _ in towns), times=tuple(t for _, t in towns)),
                                  cursor[who], True)
    for untitled in [k for k in trips if k.startswith("?")]:
        trips[untitled[1:]] = trips.pop(untitled)  # nobody was named under that title: the title travels
    for who, slots in trips.items():
        # "Travels to the Middle East and Africa" above a list of cities: the regions are not stops; nor is a region
        # alone ("on the third stop of his tour of Latin America, Gates met ..."): no place to put on a map
        areas = [s for s in slots if s.place.place.kind in ("region", "continent")]
        trips[who] = [s for s in slots if s.place.place.kind not in ("region", "continent")]
        for area in areas:
            for sl in trips[who]:
                if _a_week_named(sl.time, area.time):
                    sl.time = area.time  # "setting off next week on a trip to Africa ... in Africa from May 4-6"
    return {w: s for w, s in trips.items() if s and w}


_TOLD_AGAIN_DAYS = 3  # a stop taken up again this many days after its own: the same stay, longer


def _next_days(had: TimeMention | None, t: TimeMention) -> bool:
    """Whether `t`, a day or a few days ("May 28-29" after "May 25-26"), begins in the few days after the days a stop
    holds (`had`)."""
    return had is not None and had.end_date is not None and t.precision == "day" and t.start_date is not None \
        and t.end_date is not None and (t.end_date - t.start_date).days <= _TOLD_AGAIN_DAYS \
        and 0 < (t.start_date - had.end_date).days <= _TOLD_AGAIN_DAYS


def _stayed(slots: list[_Slot], st: _Statement, at: int, told_order: bool = False) -> int:
    """A stay at a known stop dates it where the trip's range alone did, or makes it longer ("On October 28, for the
    second time in Hawaii, ..."); a new place is the next stop (with `told_order`, for the towns of a trip's country,
    the next after that country's last). Returns the cursor."""
    used: list[int] = []
    for p, t in zip(st.places, st.times):
        # the country of a town the same stay named is that town's ("moves to Porto, a city north of Portugal"); a town
        # the stay named twice is one stop ("at the National Theatre of Cuba, in Havana")
        j = next((u for u in used if _inside(slots[u].place, p) or _covers(slots[u], p, True)), None)
        if j is None:
            j = next((j for j in range(len(slots)) if j not in used and _covers(slots[j], p)), None)
        if j is None and slots and _inside(slots[at].place, p):
            j = at  # "in Hawaii" while the trip is in Honolulu
        if j is None:
            shared = False
            if t is None:  # another city of a country the trip's range was given for ("in Hanoi and Ho Chi Minh City")
                t = _area_range(slots, p)
                shared = t is not None
            if t is not None and not shared:
                at = _by_date(slots, t)
            elif told_order and any(sl.place.place.country_code == p.place.country_code for sl in slots):
                # after the trip's last stop in its country: "... in Edinburgh, and ... in Glasgow. In London he will ..."
                at = max(i for i, sl in enumerate(slots) if sl.place.place.country_code == p.place.country_code) + 1
            else:
                at = at + 1 if slots else 0
            slots.insert(at, _Slot(p, [p], t, st.sentence, shared, t is not None and not shared, stay=True))
            used = [u + 1 if u >= at else u for u in used] + [at]
            continue
        slot = slots[j]
        used.append(j)
        finer = p not in slot.names and _SPECIFIC.get(p.place.kind, 0) > _SPECIFIC.get(slot.place.place.kind, 0)
        if finer:
            slot.names.append(p)
            slot.place = p  # "in Hanoi" for the stop in Vietnam
        if finer and slot.area_time is None and slot.time is not None and slot.time.start_date != slot.time.end_date:
            slot.area_time = slot.time
        if t is not None and (slot.time is None or (slot.shared or not slot.own or finer) and _within(t, slot.time)):
            slot.time, slot.shared, slot.own, slot.stay_day = t, False, True, True
        elif (t is not None and slot.time is not None and not slot.shared and t.precision == "day"
              and 0 < (t.start_date - slot.time.start_date).days <= 14):
            slot.time = replace(slot.time, end_date=max(slot.time.end_date, t.end_date))
        at = j
    return at


def _by_date(slots: list[_Slot], t: TimeMention) -> int:
    """Where a stop of day `t` goes: before the first stop with a later day of its own, else after the last stop dated
    no later."""
    later = next((k for k, sl in enumerate(slots) if sl.own and sl.time is not None and sl.time.start_date > t.start_date), None)
    if later is not None:
        return later
    return max((k + 1 for k, sl in enumerate(slots) if sl.time is not None and sl.time.start_date <= t.start_date), default=len(slots))


def _inside(stop: PlaceMention, area: PlaceMention) -> bool:
    """Whether a town stop lies in a state or country named for it ("Honolulu" in "Hawaii")."""
    return stop.place.kind == "city" and area.place.kind in ("country", "admin1") and within(stop.place, area.place)


@dataclass(frozen=True, slots=True)
class PlannedStop:
    """One stop of a traveller's trip as the text gives it."""

    place: PlaceMention
    time: TimeMention | None
    sentence: Sentence
    shared: bool  # the date is a range given for several stops at once
    stay: bool = False  # its sentence says what the traveller does there ("will deliver the keynote address in X")
    lasts: TimeMention | None = None  # the days there, where the text's dates make the stay longer than `time`


def trips(
    sentences: list[Sentence], times: list[TimeMention], places: list[PlaceMention], text: str, reference: date | None = None,
    reader: syntax.Reader | None = None,
) -> dict[str, list[PlannedStop]]:
    """Each traveller's stops in order, from one document's sentences, dates and places.

    With the story's own date, a stop dated before it in a trip whose other stops lie ahead ("the visit will build on
    the summit hosted in Washington in December 2022") is another occasion, not a stop.
    """
    people = _Travellers(text)
    reader = reader or syntax.Reader(syntax.PARSE_BUDGET)
    places_in, times_in = by_sentence(sentences, places), by_sentence(sentences, times)
    listed = _tour_dates(sentences, times_in, places_in, text, reference)  # a tour's list of dates: one trip, one line a stop
    statements = _counted_days(_days_after(_statements(sentences, times, places, text, people, reader, reference, listed)), text)
    if not any(st.places for st in statements) and _A_GROUP.search(text):
        # no one found travelling: a second look that lets "the band", "the team" or "the ships" travel too (not on the
        # first, where it would take the trip of a person named after it)
        people = _Travellers(text)
        people.groups = True
        statements = _counted_days(_days_after(_statements(sentences, times, places, text, people, reader, reference, listed)), text)
    if not any(st.places for st in statements) and _WE_GO.search(text):
        # still no one: a diary's or a blog's "we" travel, the writer's party ("We were in Towson last night"), looked
        # for last, so that a text naming its traveller keeps them
        people = _Travellers(text)
        people.writers = True
        statements = _counted_days(_days_after(_statements(sentences, times, places, text, people, reader, reference, listed)), text)
    lean: Counter = Counter()
    if reference is not None:
        # a traveller most of whose dated stops lie ahead of the story's day is announced, not reported
        later: set[str] = set()  # travellers with a day told after the story's
        for st in statements:
            if st.kind == "extend":
                continue  # ("will create new dimensions of investment ... the summit to be held in Bhopal in February": no trip)
            # (a stop once, not again for its country: "at the National Theatre of Cuba, in Havana")
            told = [t for k, t in enumerate(st.times)
                    if k >= len(st.places) or not any(_inside(q, st.places[k]) for q in st.places)]
            lean[st.traveller] += sum((t.start_date >= reference) - (t.end_date < reference) for t in told if t is not None and t.start_date)
            if any(t is not None and t.start_date and t.start_date > reference for t in told):
                later.add(st.traveller)
        statements = _weekdays_on(statements, {w for w, n in lean.items() if n > 0}, reference)
        # (a trip made, with no day, in the announcement of one to come after today is another: "will embark on an
        # official visit to France ... In his first months, Solís traveled to the United States ... This year he has
        # traveled to Brazil"; not "concluded today his visit in Mumbai ... traveled to New Delhi, Bangalore and Mumbai",
        # nor the arrival that began it: "arrived in Delhi for a State visit")
        statements = [_ahead(st, reference) if lean[st.traveller] > 0 else st for st in statements
                      if not (lean[st.traveller] > 0 and st.traveller in later and st.made and not _ARRIVED.search(st.sentence.text)
                              and all(_a_stay_long(t, reference) is None for t in st.times))]
    statements = _titles_held(statements, people)
    assembled = _assemble([st for st in statements if st.places], people)
    out = {}
    told: dict = {}  # each place, the sentences that name it: one pass for all travellers, so long texts stay linear
    for s in sentences:
        for p in places_in[s.start]:
            if not told.get(p.place) or told[p.place][-1] is not s:
                told.setdefault(p.place, []).append(s)
    backs = [s for s in sentences if _BACK.search(s.text)]  # the sentences that tell of a return, found once for all
    filed_at = dateline(text, places)
    ranged: list[tuple[Sentence, TimeMention]] | None = None
    # each traveller's lean of dates and whether any of their sentences tells what will be: once, not per traveller
    looks_back: Counter = Counter()
    for w, n in lean.items():
        looks_back[people.canonical(w)] += n
    to_come = {people.canonical(st.traveller) for st in statements if _TO_COME.search(st.sentence.text)}
    # (dates as many behind the story's day as on it, all told as trips made, are a report too: "travelled to Paris on
    # 15 May and to Lyon on 16 May", told on the 16th)
    unmade = {people.canonical(st.traveller) for st in statements if not st.made}
    for who, slots in assembled.items():
        _trip_dates(slots, [st for st in statements if st.kind in ("range", "until") and people.canonical(st.traveller) == who],
                    reference)
        if any(sl.time is not None and sl.time.precision == "week" for sl in slots):
            if ranged is None:  # the sentences that name days and no place, found once for all travellers
                ranged = [(s, r) for s in sentences if not places_in[s.start] and times_in[s.start]
                          for r in joined(times_in[s.start], text)[:1] if r.precision == "day" and r.end_date != r.start_date]
            _days_of_the_week(slots, who, ranged)
        _purpose_dates(slots, times_in, places_in)
        _stay_days(slots, sentences, times_in, places_in)
        _until_the_next(slots)
        _days_in_the_range(slots)
        _headline_days(slots, sentences, times_in, places_in, text)
        slots = _clause_dates(_sights(_finest(slots, places, text, sentences, reader)), told, places_in, times_in, reader,
                              reference)
        kept = _by_day(_in_the_range(_by_rank(slots, text)))
        # (a return home on the story's day ends a trip it reports: its stops are not an earlier trip's; so does an arrival
        # that day at the dateline's town after stops before it: "Hanoi (VNA) – Prime Minister Phuc arrived in Hanoi on May
        # 29, concluding visits to Russia, Norway and Sweden")
        for s in kept:
            home_that_day = filed_at and reference is not None and s.place.place == filed_at.place \
                and s.time is not None and s.time.start_date == reference
            if home_that_day and any(o.time is not None and o.time.end_date < reference for o in kept):
                s.back = True
        # (a journey told after it ended, most of its days behind the story's, keeps them: "Lincoln's trip took him through
        # Indianapolis (February 11); ... Washington (February 23)", told on the 23rd)
        # (not an announcement that also recalls earlier trips: "will visit New Mexico today ... last August he toured
        # Wisconsin")
        reported = reference is not None and (looks_back[who] < 0 or looks_back[who] == 0 and who not in unmade) \
            and who not in to_come and not any(s.time is not None and s.time.start_date > reference for s in kept)
        if reference is not None and not reported \
                and any(s.time is not None and s.time.start_date >= reference and not s.back for s in kept):
            begun = _begun(kept, reference, listed)
            kept = [s for k, s in enumerate(kept) if s.time is None or s.time.end_date >= reference or k in begun
                    or k == 0 and _under_way(s.sentence, s.time, reference)]
        kept = _home_last(kept) + _home_again(kept, who, backs, times_in, places, text)
        if who == "we":
            _the_diarys_day(kept, sentences, times_in, reference)
        # the same stop told twice in a row ("expected back in Oslo on Wednesday ... will return to Oslo on Wednesday")
        kept = [sl for k, sl in enumerate(kept) if not (k and _told_twice(kept[k - 1], sl))]
        out[_full_name(who, text)] = [PlannedStop(s.place, _a_stay_long(s.told or s.time, reference), s.sentence, s.shared,
                                                  s.stay, _a_stay_long(s.time, reference) if s.told else None)
                                      for s in kept]
    if not out and (race := stages(sentences, times, places, text, reference)) is not None:
        # no one travels, but a race told stage by stage does ("stage 1 taking the riders from Prospect to Lyndoch")
        out[race[0]] = [PlannedStop(st.place, st.time, st.sentence, False) for st in race[1]]
    return out


def _the_diarys_day(slots: list[_Slot], sentences: list[Sentence], times_in: dict[int, list[TimeMention]],
                    reference: date | None) -> None:
    """A diary's stop told with no date of its own is on the last day the diary told before it ("Sunday 23/07 –
    Departure from Moscow" ... "We then drove 11 km to go to Bogolyubovo"): set in place. Under a story's date, only
    a day of the year up to it counts (what the writers lived, not a church's consecration told on the way)."""
    days: list[tuple[int, TimeMention]] = []
    for s in sentences:
        for t in times_in[s.start]:
            if t.start_date is not None and t.start_date == t.end_date and t.precision in ("day", "hour", "minute") \
                    and (reference is None or reference - _LONG_AGO <= t.start_date <= reference):
                days.append((t.start, t))
    starts = [at for at, _ in days]
    for sl in slots:
        if sl.time is None and (k := bisect_right(starts, sl.sentence.start)):
            t = days[k - 1][1]
            sl.time = replace(t, precision="day", value=t.start_date.isoformat())


_LONGEST_STAY = timedelta(days=31)
_TO_COME = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:scheduled|expected|due|set|to)\b)", re.IGNORECASE)
_LEAVES_FOR = re.compile(r"(?:will\s+)?(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+for\b", re.IGNORECASE)  # (naming no place left)
_HERE = re.compile(r"\s+here\b")  # "arrived here on Friday", under the dispatch's dateline
_WHERE_AT = re.compile(r",\s+where\b[^;.]*$")  # ("Skopje, where, on Thursday, 20 February")
_OPENER = 6  # characters before a day that opens its sentence: "Late Tuesday evening, ...", "On Monday, ..."
_LONG_AGO = timedelta(days=366)
_UNDER_WAY = timedelta(days=3)  # how long before the story's day a trip it tells ahead may have begun
_ARRIVED = re.compile(r"\b(?:arrived|landed|touched\s+down)\b")
# (or was there: "was in Jersey yesterday afternoon, before flying to Guernsey this morning")
_BEEN_THERE = re.compile(rf"{_ARRIVED.pattern}|\b(?:was|were)\s+in\b")


def _begun(kept: list[_Slot], reference: date, listed: Container[int]) -> range:
    """The stops of a list of a tour's dates (lines at `listed`) that lead up to its first stop from the story's day on,
    each at most a few days before the next: the tour under way ("Stage 1: Konya - Konya / Oct. 9" ... "Stage 6: Bursa -
    Istanbul / Oct. 14", told on the 14th)."""
    first = next(k for k, s in enumerate(kept) if s.time is not None and s.time.start_date >= reference and not s.back)
    k = first
    while k > 0 and kept[k - 1].sentence.start in listed and (before := kept[k - 1].time) is not None \
            and before.end_date is not None and kept[k].time is not None and kept[k].time.start_date is not None \
            and kept[k].time.start_date - _UNDER_WAY <= before.end_date <= kept[k].time.start_date:
        k -= 1
    return range(k, first)


def _under_way(s: Sentence, t: TimeMention, reference: date) -> bool:
    """Whether a stop dated just before an announcement's day began the trip it announces ("Zimbabwe cricket team arrived
    in Dhaka on Saturday" for a tour ahead; "They were in Jersey yesterday afternoon and overnight, before flying in to
    Guernsey this morning"), not another occasion."""
    return t.end_date is not None and t.end_date >= reference - _UNDER_WAY and bool(_BEEN_THERE.search(s.text))


def _told_twice(a: _Slot, b: _Slot) -> bool:
    """Whether two stops in a row are one: the same place on the same days."""
    return a.place.place == b.place.place and a.time is not None and b.time is not None and _span(a.time) == _span(b.time)


def _a_stay_long(t: TimeMention | None, reference: date | None) -> TimeMention | None:
    """The date of a stop, unless it is the story's own year (or season), longer than any stay on a trip: "the conference
    hosted this year in Kuala Lumpur" says when it is held, not when the traveller is there ("in 1182, arrives in
    Marrakesh" keeps its year)."""
    if t is None or t.start_date is None or t.end_date is None or reference is None or t.end_date - t.start_date <= _LONGEST_STAY:
        return t
    return None if t.start_date <= reference <= t.end_date else t


# a return that names no place ("President Doe returns on Sunday, January 8", "is expected back in the country on
# Thursday", "will return to the island on the 30th"); "returns to Washington" is a trip statement of its own
_BACK = re.compile(r"\b(?:return(?:s|ed|ing)?|(?:expected|due)\s+back|(?:be|is|are)\s+back|come\s+back)\b"
                   r"(?!\s+to\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)
_RETURN_WITHIN = timedelta(days=45)


def _home_again(slots: list[_Slot], who: str, backs: list[Sentence], times_in: dict[int, list[TimeMention]],
                places: list[PlaceMention], text: str) -> list[_Slot]:
    """A dated return home that names no place is a last stop, at home: the dateline's place, else the place of the
    traveller's title, else the country the text names most (by name or people, twice at least and more than any other)
    that no stop lies in. None when the text gives no day or no home."""
    days = [d for sl in slots if sl.time is not None for d in (sl.time.start_date, sl.time.end_date) if d is not None]
    if not slots or not days:
        return []
    surname = who.split()[-1]
    for s in backs[bisect_left([b.start for b in backs], slots[-1].sentence.start):]:
        back = _BACK.search(s.text)
        if back is None or not (surname in s.text or PRONOUN_OR_TITLE.search(s.text)):
            continue
        when = [t for t in times_in.get(s.start, ()) if dated(t) and t.precision == "day" and t.start >= s.start + back.start()
                and max(days) <= t.start_date <= min(days) + _RETURN_WITHIN]
        if not when:
            continue
        home = _home(slots, places, text, who)
        if home is None or home.place == slots[-1].place.place:
            return []
        return [_Slot(home, [home], when[0], s, False, own=True)]
    return []


def _whose_title(who: str, slots: list[_Slot], places: list[PlaceMention], text: str) -> PlaceMention | None:
    """The place the traveller's title is of, written before their name where the text first names them ("Virginia Gov.
    Ralph Northam"), when no stop lies in its country: where they come home to."""
    at = text.find(who)
    if at < 0:
        return None
    away = {sl.place.place.country_code for sl in slots}
    return next((p for p in places if p.literal and 0 <= at - p.end <= _TITLE_GAP and p.place.country_code not in away
                 and p.place.kind in ("city", "admin1", "country") and any(map(_title_word, text[p.end: at].split()))
                 and not re.search(r"[\n;,]", text[p.end: at])), None)


_TITLE_GAP = 30  # characters between a title's place and the name: "Virginia Gov. ", "Ohio Governor "


def _home(slots: list[_Slot], places: list[PlaceMention], text: str, who: str = "") -> PlaceMention | None:
    away = {sl.place.place.country_code for sl in slots}
    here = dateline(text, places)
    if here is not None and here.place.country_code not in away:
        return here
    titled = _whose_title(who, slots, places, text) if who else None
    if titled is not None:
        return titled
    countries = [p for p in places if p.place.kind == "country" and p.place.country_code not in away]
    if not countries:
        return None
    ranked = Counter(p.place.country_code for p in countries).most_common(2)
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # named once, or no more than another: a topic ("the G-20 summit in Argentina"), not home
    top = ranked[0][0]
    ofs = [p for p in countries if p.place.country_code == top]
    return next((p for p in ofs if p.literal), ofs[0])


_COARSER_THAN_A_DAY = ("month", "week", "season", "quarter", "year")


def _trip_dates(slots: list[_Slot], said: list[_Statement], reference: date | None = None) -> None:
    """Dates a text gives the whole trip, not a stop (in place): its range for the stops it gave no date ("The visit will
    take place from 1 to 8 July"), and its last day for the stop it ends at ("will wrap up his working visit on
    Friday"); from the day it leaves to that last day, when it dates no other stop ("leaves today for Tokyo, Nagoya
    and Seoul ... The trip is set to wrap up on Friday"), or from the story's day when it dates none ("She is
    traveling to Israel ... The trip is expected to last until Saturday")."""
    # (an announcement may tell of earlier trips too: their stops, all before its day, are not this trip's)
    slots = [sl for sl in slots if reference is None or sl.time is None or sl.time.end_date is None or sl.time.end_date >= reference]
    undated = [sl.time is None for sl in slots]
    for st in said:
        t = st.times[0]
        if st.kind == "until" and reference is not None and t.start_date and reference < t.start_date <= reference + _LONGEST_STAY \
                and all(sl.time is None for sl in slots):
            t, st = replace(t, start_date=reference, value=reference.isoformat(), end_value=t.value), replace(st, kind="range")
        if st.kind == "range":
            for sl in slots:
                # (a stop told only by its month, week, season or year ("later this month", "this summer") takes the days
                # within it; so does the first stop, dated only by the day the trip sets out)
                if sl.time is None or (sl.time.precision in _COARSER_THAN_A_DAY and _within(t, sl.time)) \
                        or (sl is slots[0] and len(slots) > 1 and not sl.own and sl.time.start_date == sl.time.end_date
                            == t.start_date and all(undated[1:])):
                    sl.time, sl.shared = t, len(slots) > 1
            continue
        first = slots[0].time if slots else None
        if len(slots) > 1 and first is not None and first.start_date == first.end_date \
                and first.start_date < t.start_date and all(sl.time is None for sl in slots[1:]):
            whole = replace(first, end_date=t.end_date, end_value=t.end_date.isoformat() if t.end_date else "")
            for sl in slots:
                sl.time, sl.shared = whole, True
        else:
            dated = [sl for sl in slots if sl.time is not None and sl.time.start_date <= t.start_date]
            if dated and dated[-1] is slots[-1] and dated[-1].time.end_date < t.end_date and not dated[-1].shared:
                sl = dated[-1]
                sl.time = replace(sl.time, end_date=t.end_date)


_SIGHT_KM = 50.0


def _a_sight(p: Place) -> bool:
    """A landmark or an airport: a place a trip passes through in a town, not a town."""
    return landmark(p) or airport(p)


def _sights(slots: list[_Slot]) -> list[_Slot]:
    """Without the landmarks the trip sees in a town it stops at ("moving to Agra, where they will visit the Taj Mahal"),
    and the airports it lands at near one ("heads to Jose Marti International Airport", after Havana): a sight of
    that stop, not a stop of its own."""
    towns = [sl.place.place for sl in slots if sl.place.place.kind == "city" and not _a_sight(sl.place.place)]
    return [sl for sl in slots if not (_a_sight(sl.place.place) and any(
        t.country_code == sl.place.place.country_code and km(t, sl.place.place) <= _SIGHT_KM for t in towns))]


def _until_the_next(slots: list[_Slot]) -> None:
    """Stops that still hold a range given for the whole trip end the day before a later stop takes the rest of it (in
    place): "visit New Zealand and Australia from 11 to 19 June ... Following New Zealand, he will visit Australia from 15
    to 19 June" leaves New Zealand the 11th to the 14th."""
    for k, sl in enumerate(slots):
        t = sl.time
        if t is None or not sl.shared or t.start_date is None or t.end_date is None or t.start_date == t.end_date:
            continue
        # the next stop that does not share the range (nor lacks a date) must run to its end, from a later day: the rest
        nxt = next((o.time for o in slots[k + 1:] if o.time is not None and o.time is not t
                    and (o.time.start_date, o.time.end_date) != (t.start_date, t.end_date)), None)
        if nxt is not None and nxt.start_date and nxt.end_date and t.start_date < nxt.start_date < nxt.end_date == t.end_date:
            end = nxt.start_date - timedelta(days=1)  # (a range, not a day back home)
            sl.time = replace(t, end_date=end, end_value=end.isoformat())


def _days_in_the_range(slots: list[_Slot]) -> None:
    """Stops whose first days the text gives inside the range of the whole trip last from that day to the next stop's
    first day, the last one to the range's end: "a State visit to Equatorial Guinea, Swaziland and Zambia from April 7
    to 12 ... on his arrival to the country on April 9 ... would arrive in Lusaka in Zambia on April 10" gives Equatorial
    Guinea the 7th to the 9th, Swaziland the 9th to the 10th and Zambia the 10th to the 12th (a travel day is both
    stops'). Not a stay's day inside it ("On October 23, Minister Kang will hold ... in Paris"), nor a stop's own range
    later in the trip ("In Auckland, New Zealand (July 25-27)", then a day in Apia)."""
    k = next((k for k, sl in enumerate(slots) if sl.time is not None), None)
    t = slots[k].time if k is not None else None
    if t is not None and slots[k].area_time is not None and not slots[k].stay_day \
            and t.start_date == t.end_date == slots[k].area_time.start_date:
        t = slots[k].area_time  # (a first town gone to on the first day of its country's range: "start his visit in Delhi")
    if t is None or t.precision != "day" or t.start_date is None or t.end_date is None \
            or not t.start_date < t.end_date <= t.start_date + _LONGEST_STAY:
        return
    days = [o for o in slots[k + 1:] if o.time is not None and o.time.start_date is not None
            and o.time.start_date == o.time.end_date and t.start_date < o.time.start_date <= t.end_date]
    firsts = [o.time.start_date for o in days]
    if not days or firsts != sorted(set(firsts)) or any(o.stay or o.stay_day for o in days) \
            or any(o.time is not None and o.time is not t and o not in days for o in slots[k + 1:]):
        return  # only arrivals, each later than the one before: the trip's schedule inside its range
    for o, until in zip([slots[k]] + days, firsts + [t.end_date]):
        o.told = o.told or o.time
        o.time = replace(o.time, end_date=until, end_value=until.isoformat())


_HEADLINE_SENTENCES = 3  # the first sentences, at most, that a page's headline is among


def _headline_days(slots: list[_Slot], sentences: list[Sentence], times_in: dict[int, list[TimeMention]],
                   places_in: dict[int, list[PlaceMention]], text: str) -> None:
    """A headline naming one place and a span of days ("Activities of Secretary-General in San Marino, 31 March-2 April")
    gives the one stop at that place the rest of the span: from the day the text gives it, else the span's first, to the
    span's last (the text may tell only the arrival: "arrived in San Marino on Sunday evening, 31 March")."""
    for s in sentences[:_HEADLINE_SENTENCES]:
        spans = [t for t in times_in[s.start] if t.precision == "day" and t.start_date and t.end_date
                 and t.start_date < t.end_date <= t.start_date + _LONGEST_STAY]
        named = [p for p in places_in[s.start] if p.literal]
        if not (spans and named and headline(text, s)):
            continue
        where = named[0]
        if any(not within(where.place, p.place) for p in named[1:]):
            return  # ("... in Lima, Peru, 12-15 November" qualifies the town; two towns name no one stop)
        span = spans[0]
        at = [sl for sl in slots if sl.place.place == where.place]
        if len(at) != 1:
            return
        sl = at[0]
        t = sl.time
        if t is None:
            sl.time = span
        elif t.precision == "day" and t.start_date and span.start_date <= t.start_date and (t.end_date or t.start_date) < span.end_date:
            sl.told = sl.told or t
            sl.time = replace(t, end_date=span.end_date, end_value=span.end_date.isoformat())
        return


def headline(text: str, s: Sentence, words: int = 20) -> bool:
    """Whether a sentence is a headline or a deck: a line of its own, of at most `words` words, without a closing
    stop."""
    line_end = text.find("\n", s.end)
    return (s.start == 0 or text[s.start - 1] == "\n") and line_end >= 0 and not text[s.end:line_end].strip() \
        and not s.text.rstrip().endswith((".", "!", "?", ";", ",")) and len(s.text.split()) <= words


def _purpose_dates(slots: list[_Slot], times_in: dict[int, list[TimeMention]],
                   places_in: dict[int, list[PlaceMention]]) -> None:
    """A stop dated by the day the traveller leaves for it lasts to the end of what the same sentence says is done there
    in the next days ("will leave this Tuesday for Sochi to attend the summit scheduled from the 23rd to 24th"), unless
    another town comes between ("to Berlin today for a dinner followed by talks in Paris on Thursday")."""
    alone = Counter(sl.sentence.start for sl in slots)
    for sl in slots:
        t = sl.time
        if t is None or t.start_date is None or t.start_date != t.end_date or alone[sl.sentence.start] > 1 \
                or not sl.sentence.start <= t.start < sl.sentence.end:
            continue  # several stops told at once, or a day from another line (a schedule's heading)
        towns = [p.start for p in places_in.get(sl.sentence.start, ())
                 if p.place.kind == "city" and p.place != sl.place.place]
        later = [u.end_date for u in times_in.get(sl.sentence.start, ()) if dated(u) and u.precision == "day"
                 and t.start_date < u.start_date <= t.start_date + timedelta(days=3)
                 and u.end_date - u.start_date <= timedelta(days=7)
                 and not any(sl.place.end <= at < u.start for at in towns)]
        if later:
            sl.time = replace(t, end_date=max(later), end_value=max(later).isoformat())


_STAY_DAYS = timedelta(days=7)
_TO_ATTEND = re.compile(r"\bto\s+(?:attend|participate\s+in|take\s+part\s+in)\b", re.IGNORECASE)


def _stay_days(slots: list[_Slot], sentences: list[Sentence], times_in: dict[int, list[TimeMention]],
               places_in: dict[int, list[PlaceMention]]) -> None:
    """A stop dated by one day, whose traveller goes there to attend something, lasts to the last day the sentences after
    it give for what happens there, up to the next stop ("departs tomorrow for Brussels to participate in ... On Thursday,
    December 15, the European Council Summit will take place"): days within a week, told in sentences that name no other
    town, state or country (its own country aside) and no move."""
    starts = [s.start for s in sentences]
    # for each stop, what the stops after it say at once (one pass from the end, so a long trip stays linear): whether all
    # are dated, the first day among them and the first sentence that tells one
    after: list[tuple[bool, date | None, int | None]] = [(True, None, None)] * len(slots)
    for k in range(len(slots) - 2, -1, -1):
        o, (all_dated, first_day, first_told) = slots[k + 1], after[k + 1]
        day = o.time.start_date if o.time is not None else None
        after[k] = (all_dated and day is not None, day if first_day is None or (day and day < first_day) else first_day,
                    o.sentence.start if first_told is None else min(first_told, o.sentence.start))
    for k, sl in enumerate(slots):
        t = sl.time
        if t is None or t.start_date is None or t.start_date != t.end_date or sl.shared or not _TO_ATTEND.search(sl.sentence.text):
            continue
        all_dated, first_day, first_told = after[k]
        if not all_dated or (first_told is not None and first_told <= sl.sentence.start):
            continue  # the next stop told in the same sentence, or undated: where the stay ends is not known
        until = slots[k + 1].sentence.start if k + 1 < len(slots) else sentences[-1].end
        limit = min(t.start_date + _STAY_DAYS, first_day - timedelta(days=1)) if first_day else t.start_date + _STAY_DAYS
        last, here = t.end_date, sl.place.place.country_code
        for s in sentences[bisect_right(starts, sl.sentence.start):]:
            if s.start >= until:
                break
            if any(p.place != sl.place.place and p.place.kind not in ("region", "continent")
                   and not (p.place.kind == "country" and p.place.country_code == here) for p in places_in.get(s.start, ())):
                continue  # another place: perhaps the next stop, which the trip missed
            body = _without_dates(s.text, times_in.get(s.start, ()), s.start)
            if travels(s.text) or _BEGINS.search(s.text) or _BACK.search(s.text) or not re.search(r"[a-z]{3}", body):
                continue  # a move ("returns on Sunday, January 8"), or a schedule's heading over the next stop's day
            for u in times_in.get(s.start, ()):
                if dated(u) and u.precision == "day" and t.start_date <= u.start_date and last < u.end_date <= limit:
                    last = u.end_date  # a day, or a range from the stop's day on ("scheduled from July 28-30")
        if last != t.end_date:
            sl.time = replace(t, end_date=last, end_value=last.isoformat())


# How long a trip lasts ("a 10-day trade trip", "for seven days", "Over ten days", "a week-long tour") and the day it sets
# out ("leaves Tuesday", "Leaving Wellington this Saturday 26 May", "flew out on Friday", "arrived in Alaska Apr. 19")
_COUNTED_BEFORE = re.compile(r"\b(?:for|over|during|lasts?|lasting)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"(?:-long)?\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|mission|journey)\b", re.IGNORECASE)
_LENGTH = re.compile(r"P(\d{1,2})([DW])")
_HAS_LEFT = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:flown\s+out|left|departed|set\s+off|jetted\s+(?:off|out))\b"
                       r"|\b(?P<now>is|are)\s+(?:heading|travell?ing|flying)\s+(?:to|for|out)\b", re.IGNORECASE)
_STAY_SPAN = re.compile(r"the\s+(?:next|following|coming)\b", re.IGNORECASE)  # "where he will engage ... over the next two days"
_WEEKS_LONG = re.compile(r"\b(?P<n>week|fortnight)[- ]long\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|mission|journey)\b", re.IGNORECASE)
# ("a five-day visit to four African countries starting Monday Feb. 26": the length's own trip, from that day)
_STARTING = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+|from\s+)?$", re.IGNORECASE)
_SETS_OUT = re.compile(r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|fl(?:y|ies|ew|ying|own)\s+out|jet(?:s|ted|ting)?|starting|"
                       r"set(?:s|ting)?\s+(?:off|out)|head(?:s|ed|ing)?\s+(?:off|out)|embark(?:s|ed|ing)?|arriv(?:e|es|ed|ing))\b"
                       r"[^.;:]{0,40}$", re.IGNORECASE)


def _trip_length(t: TimeMention, text: str) -> int:
    """The days a duration gives a trip ("a 10-day trip", "for a week"), or 0 when it is no trip's length."""
    m = _LENGTH.fullmatch(t.value or "") if t.type == "DURATION" and not _STAY_SPAN.match(t.text) else None
    if m is None or not (_COUNTED_BEFORE.search(text, max(0, t.start - 16), t.start) or _COUNTED_AFTER.match(text, t.end)
                         or _WEEKS_LONG.fullmatch(t.text)):
        return 0
    days = int(m[1]) * (7 if m[2] == "W" else 1)
    return days if 2 <= days <= 31 else 0


def _counted_trip(sentences: list[Sentence], times_in: dict[int, list[TimeMention]], text: str,
                  reference: date | None = None) -> tuple[int, TimeMention | None]:
    """The range of a trip the text gives by two of: the day it sets out, its length, the day it ends or comes back
    ("leaves Tuesday ... a 10-day trip", "is heading to Asia ... return June 7", "today concluded a 10-day trade
    mission"); and where the sentence that completes it starts. A story's "has flown out" or "is heading to" sets out on
    the story's day.

    (-1, None) when it gives no such pair. A length told before the setting out in the same sentence is another
    trip's ("Sharma began a four day trip ..., and Parmley will follow by jetting eastwards on Thursday").
    """
    length = out_day = back_day = None
    for k, s in enumerate(sentences):
        # ("the week-long trip" is no time expression: its length is read here)
        untagged = [TimeMention(m.start(), m.end(), m.group(), "DURATION", "P2W" if m["n"].lower() == "fortnight" else "P1W")
                    for m in _WEEKS_LONG.finditer(text, s.start, s.end)]
        left = _HAS_LEFT.search(text, s.start, s.end) if reference is not None and out_day is None else None
        if left is not None and left["now"] and any(t.type == "DATE" for t in times_in[s.start]):
            left = None  # "is heading to Asia next week": not today
        gone = left and TimeMention(left.start(), left.end(), left.group(), "DATE", reference.isoformat(), "day", reference, reference)
        if gone is not None:
            untagged.append(gone)
        for t in sorted(times_in[s.start] + untagged, key=lambda t: t.start):
            day = t.type == "DATE" and t.precision == "day" and t.start_date is not None and t.start_date == t.end_date
            # (leaving the last stop sets out on no trip: "Maldives would be the last destination of his Asian tour and
            # the King will leave on March 27 for Jordan")
            if day and out_day is None and (t is gone or _SETS_OUT.search(text, max(s.start, t.start - 60), t.start)
                                            and not _LAST_LEG.search(text, s.start, t.start)):
                out_day = (k, t)
                if length is not None and length[0] == k and length[1].start < t.start \
                        and not _STARTING.search(text, max(s.start, t.start - 16), t.start):
                    length = None
            elif day and back_day is None and (_COMES_BACK.search(text, max(s.start, t.start - 40), t.start)
                                               or _ENDED.match(text, t.end)):
                back_day = (k, t)
            elif length is None and _trip_length(t, text) and (out_day is None or out_day[0] != k or out_day[1].start < t.start):
                length = (k, t)
        span = _span_of(out_day and out_day[1], length and _trip_length(length[1], text), back_day and back_day[1])
        if span is not None:
            return s.start, span
    return -1, None


def _span_of(first: TimeMention | None, days: int | None, last: TimeMention | None) -> TimeMention | None:
    """A trip's range from two of its first day, its length in days and its last day; None from fewer."""
    if first is not None and days:
        end = first.start_date + timedelta(days=days - 1)
    elif first is not None and last is not None and first.start_date < last.start_date <= first.start_date + _LONGEST_STAY:
        end = last.start_date
    elif last is not None and days:
        start = last.start_date - timedelta(days=days - 1)
        return replace(last, value=start.isoformat(), start_date=start, end_value=last.value)
    else:
        return None
    return replace(first, end_date=end, end_value=end.isoformat())


_LAST_LEG = re.compile(r"\b(?:last|final)\s+(?:destination|leg|stop|port\s+of\s+call)\b", re.IGNORECASE)
_COMES_BACK = re.compile(r"\b(?:return(?:s|ing)?(?:\s+home)?|(?:is|are)\s+(?:due|expected)\s+back)\s+(?:on\s+)?$", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:conclud(?:ed|es)|ended|wrapped\s+up|completed)\s+(?:a|an|his|her|their|the)\b", re.IGNORECASE)


_AWAY = re.compile(r"\b(?:depart|leave)s?\b[^.;]{0,80}?\b(?P<back>return)s?(?:\s+on\b|(?=\s+the\s+\d))", re.IGNORECASE)
_THE_NTH = re.compile(r"\s+(?:on\s+)?the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")


_BRACKETED_DAYS = re.compile(r"\s*\((?P<day>\d{1,2})\s*[-–]\s*(?P<day2>\d{1,2})\)")


def _days_from(earliest: date, days: tuple[int, ...]) -> tuple[date, ...] | None:
    """Those days of the month of `earliest`, or of the next month when they would come before it."""
    first = earliest.replace(day=1)
    for month in (first, (first + timedelta(days=31)).replace(day=1)):
        try:
            out = tuple(month.replace(day=d) for d in days)
        except ValueError:
            continue
        if out[0] >= earliest:
            return out
    return None


def _days_in_brackets(after: TimeMention, text: str, at: int) -> TimeMention | None:
    """"(6-8)" at `at`: those days of the month of `after` (of the next month when they come before it), or None."""
    m = _BRACKETED_DAYS.match(text, at)
    if m is None or after.end_date is None:
        return None
    days = _days_from(after.end_date, (int(m["day"]), int(m["day2"])))
    if days is None or not days[0] < days[1] <= days[0] + _LONGEST_STAY:
        return None
    start = m.start("day")
    return TimeMention(start, m.end("day2"), text[start:m.end("day2")], "DATE", days[0].isoformat(), "day", days[0], days[1],
                       end_value=days[1].isoformat())


def _day_of_the_month(after: TimeMention, text: str, at: int) -> TimeMention | None:
    """"the 28th" at `at`, a day of the month of `after` (of the next month when it comes before it), or None."""
    m = _THE_NTH.match(text, at)
    if m is None or after.start_date is None:
        return None
    days = _days_from(after.start_date + timedelta(days=1), (int(m["day"]),))
    if days is None:
        return None
    start = m.start("day")
    return TimeMention(start, m.end(), text[start:m.end()], "DATE", days[0].isoformat(), "day", days[0], days[0])


# ("after being sworn in as the Yang di-Pertuan Agong on January 31": the day of the other doing too)
_ANOTHER_DOING = re.compile(r"\b(?:before|after|while|until)\s+(?:(?:(?:the|his|her|their)\s+[a-z]+|he|she|they|we)\s+[a-z]+(?:s|ed)"
                            r"|(?:being|having(?:\s+been)?)\s+[a-z]{3,})\b")
_WHERE_CLAUSE = re.compile(r",\s+where\s+[^,;.]*$")
_TRIP_NOUN_OF = re.compile(r"\b(?:for|on|during|of)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _weekdays_on(statements: list[_Statement], announced: set[str], reference: date) -> list[_Statement]:
    """`statements`, with bare weekdays of a trip announced ahead read after what the trip told before: a weekday before
    a stop told earlier (Guinea "today": "a visit to Ghana on Thursday", though "departed on Tuesday" is near) is the
    next such weekday; so is one before the week the trip was announced for ("a two-day visit next week ... On Tuesday
    and Wednesday, Pavel will"; a Sunday may open that week: "will tour the Balkans next week ... start on Sunday"),
    unless the trip arrived then, just before the `reference` day."""
    latest: dict[str, date] = {}
    week: dict[str, date] = {}
    moved: set[tuple[int, int]] = set()  # the weekdays read so where told: so too where a later statement takes them up
    out = []
    for st in statements:
        if st.traveller in announced and st.kind != "return":  # (not "He will return to Prague on Saturday morning")
            for t in st.times:
                # (the day last told only for a weekday of the statement's own sentence: not "Later, the President will
                # travel to Belgrade", which took "begins her trip on Wednesday" from the text's first)
                own = st.sentence.start <= t.start < st.sentence.end if t is not None else False
                # (not the day the trip began, told as past: "arrived in Havana on Sunday afternoon")
                if t is not None and not _under_way(st.sentence, t, reference) \
                        and _after_told(t, latest.get(st.traveller) if st.kind == "trip" and own else None, week.get(st.traveller)):
                    moved.add((t.start, t.end))
            times = tuple(_a_week_on(t) if t is not None and (t.start, t.end) in moved else t for t in st.times)
            st = replace(st, times=times) if times != st.times else st
        for t in st.times:
            if t is not None and t.start_date and st.kind == "trip":
                if t.start_date == t.end_date:  # (a day, not "next week")
                    latest[st.traveller] = max(latest.get(st.traveller, t.start_date), t.start_date)
                elif t.precision == "week":
                    week.setdefault(st.traveller, t.start_date)
        out.append(st)
    return out


def _after_told(t: TimeMention, latest: date | None, week: date | None) -> bool:
    """Whether bare weekdays `t` fall in the week before the day last told (`latest`), or before the week announced."""
    if not t.start_date or not _BARE_WEEKDAYS.fullmatch(t.text):
        return False
    if latest is not None and t.start_date == t.end_date and t.start_date < latest < t.start_date + _A_WEEK:
        return True
    return week is not None and t.start_date < week < t.start_date + _A_WEEK and t.start_date.weekday() != 6


def _a_week_on(t: TimeMention) -> TimeMention:
    """`t` a week later, its value's part of the day kept ("2023-09-19TMO" -> "2023-09-26TMO")."""
    start, end = t.start_date + _A_WEEK, t.end_date + _A_WEEK
    return replace(t, start_date=start, end_date=end, value=start.isoformat() + t.value[10:],
                   end_value=end.isoformat() + t.end_value[10:] if t.end_value else t.end_value)


_A_WEEK = timedelta(days=7)
_WEEKDAY_WORD = "(?:" + "|".join(WEEKDAYS) + ")"
_BARE_WEEKDAYS = re.compile(rf"{_WEEKDAY_WORD}(?:\s*(?:and|to|through|-|–)\s*{_WEEKDAY_WORD})?(?:\s+(?:morning|afternoon|evening|night))?",
                            re.IGNORECASE)


def _ahead(st: _Statement, reference: date) -> _Statement:
    """A statement of an announcement of what lies ahead without the stops it dates wholly before the announcement's
    day: another occasion ("the Prime Minister's visit to the US last year"), which must not re-date the stop of that
    name."""
    keep = [t is None or t.end_date is None or t.end_date >= reference or _under_way(st.sentence, t, reference) for t in st.times]
    if all(keep):
        return st
    own = tuple(o for o, k in zip(st.own, keep) if k) if len(st.own) == len(keep) else st.own
    return replace(st, places=tuple(p for p, k in zip(st.places, keep) if k), times=tuple(t for t, k in zip(st.times, keep) if k), own=own)


_RANK_AFTER = re.compile(r",?\s+(?:which\s+(?:is|was|will\s+be)\s+)?the\s+(?P<rank>first|final|last)\s+(?:stop|leg|port\s+of\s+call)\b", re.IGNORECASE)


def _by_rank(slots: list[_Slot], text: str) -> list[_Slot]:
    """A stop the text calls the first or the last ("his visit in Mumbai, the final stop of his three-city trade
    mission") goes first or last, wherever it was told."""
    first, middle, last = [], [], []
    for sl in slots:
        m = _RANK_AFTER.match(text, sl.place.end)
        (first if m and m["rank"].lower() == "first" else last if m else middle).append(sl)
    return first + middle + last if len(first) <= 1 and len(last) <= 1 else slots


def _by_day(slots: list[_Slot]) -> list[_Slot]:
    """Stops in the order of their days when each has a date ("will visit Armenia, Azerbaijan and Georgia" told day by
    day from Baku; Phnom Penh on the 12th before the Viet Nam towns of the 14th-17th); stops that share a range keep the
    order told, and so does a trip with a stop's day inside a range others share (the whole trip's) or strictly inside
    another's ("France and Spain next month", with Paris on the 16th)."""
    if len(slots) < 2 or any(sl.time is None or sl.time.start_date is None for sl in slots):
        return slots
    shared = [sl.time for sl in slots if sl.shared]
    if any(_within(sl.time, t) and _span(sl.time) != _span(t) for t in shared for sl in slots):
        return slots
    if any(b.time.start_date < a.time.start_date and a.time.end_date < b.time.end_date for a in slots for b in slots
           if a.time.end_date and b.time.end_date):
        return slots  # (strictly inside one stop's own range: not a day it shares with the next as the trip goes on)
    return sorted(slots, key=lambda sl: sl.time.start_date)  # (stable)


def _home_last(slots: list[_Slot]) -> list[_Slot]:
    """A dated return told before the trip ("returned to India on Saturday after his four-day trip to Japan ... in
    Kobe") goes last, unless a stop is dated after it."""
    def after_all(sl: _Slot) -> bool:
        return sl.time is not None and all(o.time is None or o.time.start_date <= sl.time.start_date for o in slots if o is not sl)
    last = [sl for sl in slots if sl.back and after_all(sl)]
    return [sl for sl in slots if sl not in last] + last


def _span(t: TimeMention) -> tuple[date | None, date | None]:
    return t.start_date, t.end_date


def _clause_dates(slots: list[_Slot], told: dict, places_in: dict[int, list[PlaceMention]],
                  times_in: dict[int, list[TimeMention]], reader: syntax.Reader, reference: date | None) -> list[_Slot]:
    """A stop told without a date takes the date of a clause that happens there ("will visit Berlin and Paris ...
    followed by talks in Paris on Thursday evening"): the time and the place hang from one predicate. So does a stop
    that holds only a range it did not state itself (the trip's, or its country's: "last stop will be the United Arab
    Emirates ... meet the President in Abu Dhabi on July 19"), with a day inside that range: a day narrows it.

    `told`: for each place, the sentences that name it.
    """
    if all(sl.time is not None and not _narrowable(sl) for sl in slots):
        return slots
    # the trip's days, give or take a travel day; with none, a recent day ("established April 9 in Washington" two
    # weeks before the story tells of another occasion, not of this trip)
    days = [d for sl in slots if sl.time is not None for d in (sl.time.start_date, sl.time.end_date) if d is not None]
    if days:
        low, high = min(days) - timedelta(days=3), max(days) + timedelta(days=3)
    else:
        low, high = (reference - timedelta(days=7) if reference else date.min), date.max
    out = []
    for sl in slots:
        narrow = sl.time is not None and _narrowable(sl)
        within = (sl.time.start_date, sl.time.end_date) if narrow else (low, high)
        found = None
        # (a range narrows only to the one day the text tells with the town: "arrive in Benin's largest city, Cotonou,
        # on Nov. 18 ... On Nov. 19 he will meet ... at the Presidential Palace of Cotonou" is a stay of two)
        narrow = narrow and len({t.start_date for s in told.get(sl.place.place, ()) for t in times_in[s.start] if dated(t)
                                 and t.precision in ("day", "hour", "minute") and within[0] <= t.start_date <= within[1]}) == 1
        for s in told.get(sl.place.place, ()) if sl.time is None or narrow else ():
            if s == sl.sentence:
                continue  # the statement that made the stop has read its own sentence's dates
            here = [p for p in places_in[s.start] if p.place == sl.place.place]
            # a day (a stop's date is a day or a trip's range, never "in 2017" from a sentence about something else)
            when = [t for t in times_in[s.start] if dated(t) and t.precision in ("day", "hour", "minute")
                    and within[0] <= t.start_date <= within[1] and (not narrow or (t.end_date or t.start_date) <= within[1])]
            if not here or not when:
                continue
            parse = reader.parse([s]).get(s.start)
            if parse is None:
                continue
            found = next((t for t in when for p in here if (pred := clauses.predicate(parse, t.start, t.end)) is not None
                          and clauses.place_role(parse, p.start, p.end, pred) in ("locative", "destination")), None)
            if found is not None:
                break
        out.append(replace(sl, time=found, own=True) if found is not None else sl)
    return out


def _narrowable(sl: _Slot) -> bool:
    """Whether a stop is a town that holds the range of days its country was told with (not days of its own, nor a
    stay the text went on with: "while in Denver on Wednesday")."""
    t = sl.time
    return t is not None and not sl.own and t.start_date is not None and t.end_date is not None and t.start_date < t.end_date \
        and sl.place.place.kind == "city" and bool(sl.names) and sl.names[0].place.kind == "country" \
        and not sl.sentence.start <= sl.place.start < sl.sentence.end  # (the town named apart from its country's days)


def _in_the_range(slots: list[_Slot]) -> list[_Slot]:
    """Stops told without a date before others that all carry one range ("will travel to Asia from April 21-27 ...
    the meeting in Niigata, Japan, and then traveling to Vietnam") are in that range too: it is the trip's."""
    dated = [k for k, sl in enumerate(slots) if sl.time is not None and sl.time.start_date is not None]
    ranges = {(slots[k].time.start_date, slots[k].time.end_date) for k in dated}
    if len(ranges) != 1 or len(dated) == len(slots):
        return slots
    (first, last), = ranges
    if last is None or last <= first:
        return slots
    span = slots[dated[0]].time
    return [_Slot(sl.place, sl.names, span, sl.sentence, True, sl.own, sl.stay) if sl.time is None and k < dated[-1] else sl
            for k, sl in enumerate(slots)]


def _full_name(name: str, text: str) -> str:
    """A traveller met only by surname ("Mr Raab travelled to Sudan") under the full name the text gives them elsewhere
    ("Foreign Secretary Dominic Raab met ..."), when it gives one."""
    if " " in name or name.startswith("?") or _title_word(name) or name in ("I", "we"):
        return name
    fuller = {clean_name(m.group()) for m in CAP_RUN.finditer(text) if m.group().split()[-1] == name}
    fuller = {f for f in fuller if len(f.split()) >= 2 and f.split()[-1] == name and not re.search(r" (?:of|the) |\w\. [A-Z]\w", f)}
    return max(fuller, key=len) if len(fuller) == 1 else name


_FINER_WITHIN = 3_000


def _told_as_past(p: PlaceMention, slot: _Slot, sentences: list[Sentence], starts: list[int],
                  reader: syntax.Reader | None) -> bool:
    """Whether `p` stands in another sentence than the trip's stop, one that tells of the past while the stop's looks ahead
    (`starts`: the sentences' starts, found once)."""
    k = bisect_right(starts, p.start) - 1 if sentences and reader is not None else -1
    if k < 0 or sentences[k].start == slot.sentence.start:
        return False
    parses = reader.parse([slot.sentence, sentences[k]])
    here, there = parses.get(slot.sentence.start), parses.get(sentences[k].start)
    at = clauses.head_token(there, p.start, p.end) if there is not None else None
    # (the clause the city stands in: "will make stops in Osaka, ..., the Governor’s Office announced" looks ahead)
    return _future(here) and at is not None and clauses.tense(there, clauses.clause_verb(there, at)) == "past"


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_AT = re.compile(r"\b(?:in|to|at|visit|visits|visiting|arrive in|arrives in)\s+(?:the\s+)?$", re.IGNORECASE)


def _finest(slots: list[_Slot], places: list[PlaceMention], text: str, sentences: list[Sentence] = (),
            reader: syntax.Reader | None = None) -> list[_Slot]:
    """A country stop becomes the cities of that country the text then sends the trip to ("travel to Egypt ... the
    summit in Sharm el-Sheikh"; "Vietnam ... in Hanoi ... in Ho Chi Minh City"), in the order it names them.

    Only cities named within `_FINER_WITHIN` characters after the country count: the announcement, not the page; and for
    a trip to come, not a city of a sentence in the past ("will pay an official visit to the United Kingdom ... During
    the war, the Government in Exile had its seat in Wingrave").
    """
    cities: dict[str, list[PlaceMention]] = {}
    bracketed: dict[str, list[PlaceMention]] = {}  # "Mozambique (Beira and Maputo)": a country's towns, wherever told
    before: PlaceMention | None = None  # the last city taken: a list goes on from it ("to Tillaberi, Agadez and Diffa")
    land: PlaceMention | None = None  # the last place, when a country
    for p in places:  # text order
        # (in a list, a province of that country too: GeoNames may know "Agadez" better as its region)
        listed = before is not None and _LISTED.fullmatch(text, before.end, p.start) and p.place.country_code == before.place.country_code \
            and p.place.kind in ("city", "admin2", "admin1") \
            and not (_qualifies(before, p, text) and p.place.admin1 == before.place.admin1)  # not "Derry, Northern Ireland"
        in_brackets = land is not None and p.place.kind in ("city", "admin2") \
            and p.place.country_code == land.place.country_code and _OPEN_BRACKET.fullmatch(text, land.end, p.start) is not None
        sent = p.place.kind == "city" and (_AT.search(text, max(0, p.start - 14), p.start) or names_an_occasion(text, p.end))
        if p.literal and (listed or sent or in_brackets):
            cities.setdefault(p.place.country_code, []).append(p)
            if in_brackets or listed and before in bracketed.get(p.place.country_code, ()):
                bracketed.setdefault(p.place.country_code, []).append(p)
            before = p
        else:
            before = None
        land = p if p.literal and p.place.kind == "country" else None
    starts = {cc: [p.start for p in ps] for cc, ps in cities.items()}
    starts_of = [s.start for s in sentences]  # (once, not per town: a long text stays linear)
    taken = {(s.place.place.name, s.place.place.country_code) for s in slots}
    out: list[_Slot] = []
    for slot in slots:
        cc = slot.place.place.country_code
        home = slot.back and not any(o is not slot and o.place.place.country_code == cc for o in slots)
        if slot.place.place.kind != "country" or cc not in cities or home:
            out.append(slot)  # (a return to a country the trip was not in is home, where its sentence says: "returned to India")
            continue
        first = bisect_right(starts[cc], slot.place.start)
        last = bisect_right(starts[cc], slot.place.start + _FINER_WITHIN)
        finer: list[PlaceMention] = []
        for p in cities[cc][first:last] or bracketed.get(cc, []):
            key = (p.place.name, p.place.country_code)
            if key not in taken and not _told_as_past(p, slot, sentences, starts_of, reader):
                taken.add(key)
                finer.append(p)
        out.extend([_Slot(c, slot.names + [c], slot.time, slot.sentence, slot.shared, slot.own, told=slot.told) for c in finer] or [slot])
    return out
