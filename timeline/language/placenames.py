"""Place names in text: the capitalised runs the gazetteer knows, less those that here name a person,
an organisation, a ship or nothing at all, each with every place it can name.

Which one of those places a name means is decided in `places`.

>>> from timeline.language.gazetteer import default_gazetteer
>>> [c.text for c in name_candidates("Mary Barra met officials in Lima, Peru. Barra said sales rose.", default_gazetteer())]
['Lima', 'Peru']
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, replace

from ..models import Place, PlaceMention
from .gazetteer import ABBREVIATED, Gazetteer, normalise
from .temporal import MONTHS, WEEKDAYS, opens_line

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\wÀ-ÿĀ-ſ]*(?:[.’'-][\wÀ-ÿĀ-ſ]+)*\.?")
_CONNECTORS = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el", "al", "of", "the", "upon",
    "on", "am", "an", "sur", "y", "and", "es", "en", "au", "aux", "i", "ul",
}
_PERSON_TITLES = {
    "mr", "mrs", "ms", "dr", "president", "secretary", "minister", "senator", "sen", "rep", "representative",
    "governor", "gov", "general", "gen", "chancellor", "king", "queen", "prince", "princess", "pope", "judge",
    "justice", "mayor", "ambassador", "envoy", "chief", "director", "professor", "prof", "sir", "lady", "lord",
    "premier", "commissioner", "spokesman", "spokeswoman", "admiral", "colonel", "col", "captain", "lt", "sergeant",
}
_TITLES = _PERSON_TITLES | {
    "saint", "st", "san", "santa", "fort", "mount", "lake", "port", "cape",
    # the first word of a place name in another language: "Puerto Morelos" we do not know is not Morelos
    "puerto", "porto", "ciudad", "playa", "isla", "lago", "cerro", "monte", "bukit", "pulau", "gunung", "kampung",
    "hurricane", "typhoon", "cyclone", "storm",  # "Hurricane Nadia", "Storm Ciarán": a storm's name
}
# A place name followed by one of these is still that place ("Bucharest NATO Summit", "Gaza Strip").
_AIRPORT = re.compile(r" International Airport\b")
_PLACE_FOLLOWERS = {
    "summit", "conference", "forum", "declaration", "agreement", "accord", "accords", "treaty", "protocol",
    "process", "talks", "region", "province", "state", "county", "city", "district", "airport", "peninsula",
    "border", "government", "army", "navy", "ministry", "embassy", "parliament", "police", "crisis", "war",
    "strip", "valley", "basin", "coast", "island", "islands", "capital", "metropolitan", "area", "prefecture",
    "health", "department", "authorities", "officials", "president", "prime", "minister", "secretary",
    "mayor", "governor",
    # a court, a hospital, a station named for the town it stands in ("the Toowoomba Magistrates Court")
    "court", "courthouse", "magistrates", "hospital", "station", "prison", "jail", "gaol", "council", "harbour", "harbor",
    # a town by its kind: "Karonga Town", "Ntcheu Boma" (a district's seat in East Africa), "Kisii Municipality"
    "town", "township", "municipality", "village", "boma",
}
# Single words that begin sentences or name things far more often than they name the place they match.
_NOT_PLACES = {
    "we", "i", "he", "she", "it", "they", "you", "the", "a", "an", "this", "that", "these", "those", "and", "but",
    "or", "so", "if", "in", "on", "at", "by", "for", "to", "of", "as", "is", "was", "be", "not", "no", "yes",
    "most", "many", "much", "more", "all", "every", "some", "any", "each", "both", "one", "two", "three",
    "after", "before", "during", "while", "when", "where", "why", "how", "what", "who", "which", "here", "there",
    "today", "tomorrow", "yesterday", "however", "also", "even", "still", "just", "only", "thank", "thanks",
    "may", "march", "june", "july", "august", "april", "january", "february", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
    "president", "secretary", "minister", "alliance", "summit", "union", "republican", "democrat", "democratic",
    "university", "college", "street", "avenue", "road", "house", "congress", "senate", "council", "court",
    "police", "army", "navy", "government", "ministry", "state", "city", "county", "region", "north", "south",
    "east", "west", "central", "western", "eastern", "northern", "southern", "new", "old", "great", "little",
    "mission", "hope", "unity", "liberty", "independence", "progress", "reform", "justice", "peace", "federation",
    "commonwealth", "health", "god", "center", "centre", "act", "king", "capitol", "prime", "vice",
    "roman", "romans", "arab", "arabs", "continental", "republic", "liberation", "royal", "long", "plan", "battle",
    "victory", "freedom", "national", "federal", "imperial", "allied", "allies", "energy", "green", "spring", "summer",
    "autumn", "fall", "winter", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "hundred", "thousand", "church", "from", "over", "since", "along", "till", "until", "near", "via", "across", "through",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # "Nov. 12"
}
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "di", "du", "des", "le", "la", "ten", "ter"})
_OF_NAME = re.compile(r" of (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)")
_SHIP_PREFIX = r"(?:USS|CSS|HMS|HMAS|HMCS|RMS|SS|MV|INS|U\.S\.S\.|H\.M\.S\.|C\.S\.S\.)"  # "USS Maine", "U.S.S. Maine"
# the kinds of vessel a ship's name is written after ("The Portuguese ship Sacramento", "the English ketch Good Hope",
# "Space shuttle Columbia")
_VESSELS = "|".join(("ship", "galleon", "caravel", "carrack", "slaver", "vessel", "ketch", "frigate", "steamer", "steamship",
                     "liner", "schooner", "brig", "barque", "sloop", "corvette", "warship", "freighter", "tanker", "trawler",
                     "cruiser", "destroyer", "submarine", "gunboat", "yacht", "shuttle", "spacecraft"))
# "sailed aboard the Orel": a vessel
_SHIP_BEFORE = re.compile(rf"(?<![\w.]){_SHIP_PREFIX}\s+$|\baboard\s+the\s+$|\b(?:{_VESSELS})\s+$")
_SHIP = re.compile(rf"(?<![\w.]){_SHIP_PREFIX}\s+[\"“‘']?([A-Z][\w’'-]+)")  # (its name perhaps in quotes: HMS "Success")
_VESSEL_NAMED = re.compile(rf"\b(?:{_VESSELS})\s+[\"“‘']?([A-Z][\w’'-]+)")  # "the shuttle Columbia", "the ship Havre"
_SHIP_AFTER = re.compile(r"-class\b|\s+\([A-Z]{2,4}-\d{1,4}\)")  # a class of ships, a hull number
_GENERIC_PLURALS = {"rivers", "islands", "mountains", "lakes", "hills", "heights", "falls", "springs", "valleys"}
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|asked|added)\s+$")
_AND_I = re.compile(r"\s+and\s+I\s+[a-z]")  # "When Mary and I visited Gozo" (not "went to Paris and I stayed")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;:,(]\s*|\n\s*|\b(?i:when|while|as|after|before|then|and|but|so|because|since|until|once|if)\s+)$")
_STYLED_AFTER = re.compile(r",\s+(?:the\s+)?(?:(?i:king|queen|prince|princess|duke|duchess|earl|countess|count|bishop|archbishop|"
                           r"emperor|empress|lord|lady|marquess|baron|baroness))\s+of\b")
_PERSON_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|noted|insisted)\s+(?:that\s+)?(?:he|she)\b")
# a royal's title opens the name of some towns ("Princess Anne", Maryland; "Prince George", BC): before a verb, it is the royal
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "duke", "duchess", "emperor", "empress", "sultan"})
_DOES = re.compile(r"\s+(?:will|would|has|had|is|was|arrived|arrives|visited|visits|met|meets|said|says|opened|opens)\b")
_FAMILY_AFTER = re.compile(r"\s+(?:family|families|dynasty|clan|household)\b", re.I)
_DISEASE_AFTER = re.compile(r"[ -](?:virus|viruses|fever|ebolavirus|encephalitis|disease)\b", re.I)
# Words that end the name of a feature ("Fraser Valley", "Tokyo Bay"): the name before them is part of that name,
# and they are no place of their own there ("Bay" is also a Somali region, "Delta" a Nigerian state).
_FEATURE_WORDS = (
    "Bay|Island|Islands|Lake|River|Valley|Delta|Creek|Mountain|Mountains|Plateau|Strait|Sea|Canal|Park|Square"
    "|Forest|Desert|Reservoir|Falls|Beach|Harbour|Harbor|Gulf|Peninsula|Hills|Springs|Sound|Drift|Land|Vineyard|Wood"
    "|Point|Landing|Ferry|Crossing"
)
# the common nouns of places (a feature's, or a settlement's or a region's), as the model lemmatises them: what such a
# noun names is a place ("annexed the Crimea peninsula"), what another noun names belongs to one ("the U.S. embassies")
PLACE_NOUNS = frozenset(w.lower() for w in _FEATURE_WORDS.split("|")) | frozenset({
    "city", "town", "village", "region", "province", "state", "country", "capital", "territory", "area", "coast",
    "border", "port", "district", "county", "island", "mountain", "hill", "spring", "nation", "republic", "kingdom",
    "colony", "mainland", "frontier", "shore", "site", "settlement", "fort", "fortress",
})
_FEATURE_AFTER = re.compile(rf"(?:['’]s)? (?:{_FEATURE_WORDS})\b")
# A name before a capitalised noun that is no feature of the land names a body or a law of the place ("U.S. Statutes",
# "the U.S. Army"); "Singapore River" is still the land
# a month or a weekday after a country starts a date ("visit Peru Jan. 15-21"), not a body's name
_CALENDAR_WORD = "(?:{})\\b".format("|".join(sorted({w.capitalize() for w in MONTHS} | {w.capitalize() for w in WEEKDAYS}
                                                     | {w[:3].capitalize() for w in WEEKDAYS}, key=len, reverse=True)))
NAMES_A_BODY = re.compile(rf" (?!and\b|of\b|in\b|(?:{_FEATURE_WORDS})\b|{_CALENDAR_WORD})[A-Z][a-z]")
# A country in the possessive before a record ("America's first science agency", "the nation's largest") is its scope,
# not where anything is
RECORD_OF = re.compile(r"['’]s\s+(?:first|last|\w+est)\b")
# A road named for a place leads there from elsewhere: "the New England Highway" (in Queensland), "Moscow Road" (in London)
_ROAD_AFTER = re.compile(r" (?:Highway|Road|Street|Avenue|Boulevard|Motorway|Freeway|Expressway|Parkway|Turnpike)\b")
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa|São)\s")  # not "the Church of England"
# (the house written small too: "the basilica of St. Paul")
_DEDICATED = re.compile(r"\b(?:[Cc]hurch|[Cc]athedral|[Bb]asilica|[Cc]hapel|[Aa]bbey|[Mm]onastery|[Ss]hrine)\s+of\s+(?:the\s+)?$")
_SAINTS_HOUSE = re.compile(r"(?:['’]s)? (?:Hospital|College|School|Priory|Infirmary|Hall)\b")  # "St John's Hospital"
_DEDICATION = re.compile(r"['’]s (?:Church|Cathedral|Basilica|Chapel|Abbey|Monastery|Mosque|Temple)\b")
_FEATURE_KEYS = frozenset(w.lower() for w in _FEATURE_WORDS.split("|"))
_FEATURE_OF = re.compile(rf"\b(?:{_FEATURE_WORDS}|Cape|Isle|Mount) of (?:the )?$")
_PART_BEFORE = re.compile(
    r"(?:\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer) "
    r"|[A-Z][\w’'-]* (?:de|del|da|do|di|du|la|le|van|von|der) )$"
)
_PART_AFTER = re.compile(r" (?:de|del|da|do|di|du|dos|das|de la|de los|de las) [A-Z]")
_ORG_BEFORE = re.compile(
    r"(?:University|College|Bank|Museum|Hospital|Institute|School|Academy|Corporation|Corp\.|Company|Co\.|Voice|Association"
    r"|Society|Federation|Foundation|Fund|League|Council|Commission|Organization|Organisation|Army)\s+of\s+(?:the\s+)?"
    r"(?:Northern\s+|Southern\s+|Eastern\s+|Western\s+)?$"
)
_GENERIC_TAILS = {"territories", "peninsula", "strip", "islands", "sea", "gulf", "strait", "basin", "delta", "region"}
_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
_COMPASS = re.compile(r"(?:north|south|east|west|central|upper|lower)(?:ern)?(?:[- ]?(?:north|south|east|west)(?:ern)?)?")
_ORG_FOLLOWERS = {
    "daily", "post", "times", "journal", "herald", "tribune", "globe", "university", "college", "hilton", "institute", "club",
    "fc", "united", "airlines", "airways", "mutual", "theater", "theatre",
    # utilities, agencies and societies named after their country or state ("Kenya Red Cross", "Georgia Power")
    "red", "meteorological", "broadcasting", "railways", "railway", "power", "water", "electricity", "sugar",
    "telecom", "grain", "metro", "instruments", "roadhouse",
}
# "China Eastern Airlines", "Air France", "the U.S. dollar", "DC-9", "Ohio State University": companies,
# money, models and universities, not places
_ORG_AFTER = re.compile(
    r"\s+(?:Eastern|Southern|Western|Northern|Central|International)\s+(?:Airlines|Airways|Air)\b|\s+Air\b(?!\s+Force)|\s+dollars?\b|-\d"
    r"|\s+State\s+(?:University|College)\b"
)
_ORG_BEFORE_WORD = re.compile(r"\bAir\s+$")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str
    places: tuple[Place, ...]
    literal: bool


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        # Keep the dot of abbreviations ("U.S.", "St.") but not a sentence's full stop.
        if w.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.){2,}|St\.|Ste\.|Mt\.|Ft\.|Pt\.", w):
            w, e = w[:-1], e - 1
        # "Sydney-based", "Pakistan-administered": the name without its lower-case tail
        if "-" in w and _is_cap(w):
            pieces = w.split("-")
            for k in range(1, len(pieces)):
                if all(x.isalpha() and x.islower() for x in pieces[k:]):
                    w = "-".join(pieces[:k])
                    e = s + len(w)
                    break
        out.append((s, e, w))
    return out


_CAPS_LINE_TOWN = re.compile(r"[ \t]*\)[ \t]*(?:\n|$)")
_LONG_ENOUGH = 5  # letters: a town's name in capitals, not an initialism ("(NATO)")


def _bracketed_town_of_a_caps_line(c: Candidate, text: str) -> bool:
    """A town in brackets closing a line written all in capitals, as a fixture list gives it ("JUNE 3: TOUR MATCH V
    PROVINCIAL BARBARIANS (WHANGAREI)"), not an organisation's initialism."""
    start = text.rfind("\n", 0, c.start) + 1
    return len(c.text) >= _LONG_ENOUGH and text[c.start - 1: c.start] == "(" and _CAPS_LINE_TOWN.match(text, c.end) is not None \
        and not any(ch.islower() for ch in text[start: c.start]) and any(p.kind == "city" for p in c.places)


# a tour's line up to its town in capitals: a day, perhaps with its weekday and month, and a dash ("Thursday 08 –
# ABERDEEN Lemon Tree", "Sat 7 Sep: GLASGOW")
_DAY_BEFORE_TOWN = re.compile(
    r"[ \t]*(?:(?i:" + "|".join(w[:3] for w in WEEKDAYS) + r")[a-z]*\.?,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+)?"
    r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[ \t]+[A-Z][a-z]{2,8}\.?)?(?:[ \t]*[–—:|-][ \t]*|[ \t]+)")


def _town_of_a_tour_line(c: Candidate, text: str) -> bool:
    """A town in capitals right after a line's day and its dash ("Thursday 08 – ABERDEEN Lemon Tree"), as a tour's
    dates give it, not an organisation's initialism."""
    return len(c.text) >= _LONG_ENOUGH and any(p.kind == "city" for p in c.places) \
        and _DAY_BEFORE_TOWN.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start) is not None


def _is_cap(word: str) -> bool:
    """'Lima', and the lower-case article of "Côte d'Ivoire" and "Shatt al-Arab"."""
    if word[:1].isupper() or (word[1:2] in ("'", "’") and word[2:3].isupper()):
        return True
    article, dash, rest = word.partition("-")
    return bool(dash) and article in _ARTICLES and rest[:1].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'([":
        i -= 1
    if i >= 0 and text[i] in _BULLETS:
        # an item of a list: "-- Near Rawah, a strike ...", "• Visit to ..."
        while i >= 0 and text[i] in _BULLETS + " \t":
            i -= 1
        return i < 0 or text[i] == "\n"
    return i < 0 or text[i] in ".!?\n:;“"


_BULLETS = "-–—•*·"


def _line_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            return end - len(suffix)
    return end


def _candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    toks = _tokens(text)
    out: list[Candidate] = []
    # a long text repeats its names: each answer is worked out once per text
    parts = _country_parts(gaz)

    def opens_a_name(words: str) -> bool:
        key = normalise(words)
        return gaz.opens(words) or any(k.startswith(key) for k in parts)

    opens = functools.cache(opens_a_name)
    readings = functools.cache(lambda surface: _readings(surface, gaz))
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        if not _is_cap(w):
            i += 1
            continue
        found = None
        longest = min(gaz.max_words, len(toks) - i)
        second = toks[i + 1][1] if longest > 1 else e
        if longest > 1 and not opens(text[s: _strip_possessive(text, s, second)]) and not opens(text[s: second]):
            longest = 1  # no known name starts with these two words ("Democratic People's" does)
        for n in range(longest, 0, -1):
            last = toks[i + n - 1]
            words = [t[2] for t in toks[i: i + n]]
            # every word capitalised but connectors; a multi-word name may end in a lower-case generic word
            # when the whole phrase is a known name ("the Palestinian territories", "the Korean peninsula")
            inner = words[:-1] if n > 1 and words[-1].lower() in _GENERIC_TAILS else words
            if not _is_cap(inner[-1]) or any(not _is_cap(x) and x.lower() not in _CONNECTORS for x in inner):
                continue
            # the tokens must be separated by single spaces or hyphens only
            if any(text[toks[i + k][1]: toks[i + k + 1][0]] not in (" ", "-") for k in range(n - 1)):
                continue
            end = _strip_possessive(text, s, last[1])
            if n > 1 and end < last[1] and readings(text[s: last[1]])[0]:
                end = last[1]  # "St. John's" is a name, not St. John's something
            surface = text[s:end]
            places, literal = readings(surface)
            # "in Moroccan waters", "on Ukrainian soil": the adjective names the land itself, as its name would
            literal = literal or bool(places and places[0].kind == "country" and _LAND_AFTER.match(text, end))
            if places:
                found = Candidate(s, end, surface, places, literal)
                i += n
                break
        if found is None and "-" in w:
            out.extend(_hyphen_parts(s, w, gaz))
        if found:
            out.append(found)
        else:
            i += 1
    return out


# the land's own nouns after a country's adjective: "in Moroccan waters" is in Morocco, "Moroccan officials" are not
_LAND_AFTER = re.compile(r" (?:territorial )?(?:waters|territory|airspace|soil|coast|coastline|mainland)\b")

# Arabic articles written before a name: "Al-Minya", "El Fasher".
_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")
_ARTICLE = re.compile(rf"^(?:{'|'.join(_ARTICLES)})[- ]")


_CHAIN = 6  # names, at most, of a hyphenated chain of places ("the Khorramshahr-Ahvaz-Susangerd line")


def _hyphen_parts(start: int, word: str, gaz: Gazetteer) -> list[Candidate]:
    """Places inside a hyphenated word the gazetteer does not know whole.

    "India-Pakistan" gives both countries, "Al-Minya" gives Minya, and a chain of towns one of which is a
    city ("the Mehran-Khorramabad axis") gives each; "Mercedes-Benz", "Jean-Pierre" and "Agence
    France-Presse" give nothing.
    """
    pieces = word.split("-")
    if len(pieces) > _CHAIN:
        return []  # "A-A-A-A-A-A-A-A": a decoration or a code, no chain of towns; read no further, the line stays cheap
    if normalise(pieces[0]) in _ARTICLES and len(pieces) == 2:
        places = gaz.lookup(pieces[1])
        return [Candidate(start, start + len(word), word, places, True)] if places else []
    out, offset, names = [], start, 0
    for piece in pieces:
        if _is_cap(piece):
            names += 1
            places, literal = _readings(piece, gaz)
            if places:
                out.append(Candidate(offset, offset + len(piece), piece, places, literal))
        offset += len(piece) + 1
    if sum(_big(c) for c in out) == names:
        return out  # "India-Pakistan", "UK-based"
    if len(out) >= 2 and any(_major(c.places[0]) or c.places[0].population >= 100_000 for c in out):
        return out  # "the Mehran-Khorramabad axis", "the Khorramshahr-Ahvaz-Susangerd line"
    if len(out) == 1 and len(pieces) == 2 == names and all(x.isalpha() and len(x) > 2 for x in pieces) \
            and out[0].places[0].kind == "city" and out[0].places[0].population >= 100_000 and out[0].literal:
        return out  # "Stage 1 Ledu-Xining": a city, joined to a town we do not know (not a strain: "Wuhan-Hu-1")
    return []  # "Agence France-Presse", "Jean-Pierre", "Mercedes-Benz": a name


def _readings(surface: str, gaz: Gazetteer) -> tuple[tuple[Place, ...], bool]:
    """The places a surface can name, and whether it names them literally (False: a demonym)."""
    found = gaz.lookup(surface)
    places = _by_name(surface, found) or _part_of_a_country(surface, gaz)
    if any(p.kind == "city" and p.population >= _LONGER_MIN for p in places):
        # a city's short name: "Santiago" in a story about Cuba is Santiago de Cuba, which the context then picks
        # (only where the short name is a city's own: "Franco" is no short name of Franco da Rocha)
        places += tuple(p for p in gaz.longer(surface) if p.population >= _LONGER_MIN and p not in places)
    if not places and surface.isalpha() and len(surface) >= 4:
        # (a seat of government is named whole: "Parliament" is not Parliament Hill, nor "Blue" the Blue House)
        places = _area_of_heads(tuple(p for p in gaz.heads(surface) if normalise(p.name) not in gaz.seats))
    if not places and not _part_of_a_city(surface, gaz):
        # last, a town only one of whose other names this is, which the text must then back as it backs a village:
        # "Xigaze" is Rikaze in a story of Tibet
        places = by_other_name_only(surface, found)
    dem = gaz.demonym(surface)
    # "German", "Somali", "Saudi": the people of a country more often than a town or province so named
    if dem is not None and not any(p.kind == "country" for p in places):
        return (dem,), False
    return places, True


@functools.lru_cache(maxsize=8)  # per gazetteer, worked out once
def _country_parts(gaz: Gazetteer) -> dict[str, Place]:
    """The parts of countries named for two places ("Saint Kitts and Nevis", "Bosnia and Herzegovina") that no other place
    is named: {"st kitts": Saint Kitts and Nevis, "nevis": ..., "herzegovina": Bosnia and Herzegovina}."""
    found: dict[str, Place] = {}
    for country in gaz.countries.values():
        for part in country.name.split(" and ") if " and " in country.name else ():
            part = re.sub(r"^the\s+", "", part.strip())
            for name in {part, re.sub(r"^Saint\s", "St ", part)}:
                # (not a people's name: "the Turks" are no islands)
                if not gaz.lookup(name) and gaz.demonym(name) is None and gaz.demonym(name.removesuffix("s")) is None:
                    found[normalise(name)] = country
    return found


def _part_of_a_country(surface: str, gaz: Gazetteer) -> tuple[Place, ...]:
    """A country named by one of its two parts that names nothing else: "St. Kitts" is Saint Kitts and Nevis."""
    country = _country_parts(gaz).get(normalise(surface))
    return (country,) if country is not None else ()


# what may follow a town's own name in its longer name and only qualify it: a river or a region in brackets or after a
# slash, a point of the compass, "am Main", "an der Donau", "-sur-Mer", "upon Tyne"
_QUALIFIES = re.compile(r"\s*[(/].*|\s+(?:North|South|East|West|Central|City|Town)|[\s-]+(?:am|an|on|upon|sur|bei)[\s-].+")


def _area_of_heads(heads: tuple[Place, ...]) -> tuple[Place, ...]:
    """The largest of the towns a word opens the names of, when they all lie within a few kilometres of each other and
    one is a town of 10,000: "Kilwa" is Kilwa Kisiwani and Kilwa Masoko, the one place; "Abu" opens far-apart names.
    One town's name the word opens is its name only where the rest qualifies it ("Schwedt (Oder)", "Aliwal North"),
    not where it goes on ("Inver" is no Inver Grove Heights)."""
    towns = [p for p in heads if p.kind == "city"]
    if len(towns) == 1 and not _QUALIFIES.fullmatch(towns[0].name, len(towns[0].name.split()[0])):
        return ()
    if not towns or len(towns) != len(heads) or max(p.population for p in towns) < 10_000:
        return ()
    lat, lon = towns[0].lat, towns[0].lon
    if any(abs(p.lat - lat) > 0.3 or abs(p.lon - lon) > 0.3 for p in towns):
        return ()
    return (max(towns, key=lambda p: p.population),)


_ALIAS_MIN = 100_000
_ANY_ALIAS_MIN = 500_000  # "Calicut" (Kozhikode), "Cochin" (Kochi): a city of half a million is known by its old names
_LONGER_MIN = 100_000


_OWN_NAME_WINS = 100_000
_DWARFED = 20  # times the population of a town spelt with the text's accents


def _by_name(surface: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """Without the towns that only one of their many alternate names matches.

    GeoNames lists "Siegfried" for Northampton, "Cobra" for San Vicente, "Lion" for Lyon and "Google"
    for Topeka. News does use other names of cities of a million ("Kiev", "Bombay", "Peking") and of
    cities of 100,000 when they begin alike ("Hanover", "Frankfurt"), and of any town another spelling
    of its name ("Kupiansk" for Kupyansk, "Izmail" for Izmayil, "Hualien" for Hualien City).
    """
    if not surface.isascii():
        # a name written with its accents is that spelling's place: "Münster" is not the Irish province of Munster
        exact = tuple(p for p in places if surface.casefold() in (part.strip().casefold() for part in p.name.split("/")))
        # ... unless only a village is so spelt: "Michoacán" is the state (GeoNames "Michoacan"), not a hamlet of 574
        # ... or a town dwarfed by the places that answer to the name unaccented: "Santa Fé" (a Brazilian town of 11,000)
        # is Santa Fe as often as not
        dwarfed = exact and max(p.population for p in places) > _DWARFED * max(p.population for p in exact)
        villages = all(p.population < 10_000 and not _major(p) for p in exact) and any(_major(p) for p in places)
        if exact and not dwarfed and not villages:
            places = exact
    key = _unabbreviated(normalise(surface))
    if any(p.kind == "city" and p.population >= _OWN_NAME_WINS and key in _own_full_names(p.name) for p in places):
        # a town of its own name outranks a city's other name: "the White House" is no Casablanca (Dar el Beida); "St.
        # Petersburg" is Saint Petersburg's own name too
        places = tuple(p for p in places if p.kind != "city" or key in _own_full_names(p.name))
    # (an old name no other place has as its own: "Calicut" is Kozhikode, but "Sion" is a Swiss town, not Jerusalem)
    owned = any(key in _own_full_names(p.name) for p in places)
    named = tuple(
        p for p in places
        if p.kind != "city" or key in _own_full_names(p.name)
        or ((p.population >= 1_000_000 or (p.population >= _ANY_ALIAS_MIN and not owned)
             or (p.population >= _ALIAS_MIN and _initial(normalise(p.name)) == _initial(key)))
            and not _truncation(key, normalise(p.name)))
    )
    # another spelling only where nothing else answers to the name: "Frankfurt" is not Frankfort, Kentucky
    return named or tuple(p for p in places if any(_spelling(key, name) for name in own_names(p.name)))


_ABBREVIATED = re.compile(rf"\b({'|'.join(ABBREVIATED)})\b")


def _part_of_a_city(surface: str, gaz: Gazetteer) -> bool:
    """Whether a name of several words opens with a city's own name: "Fes Jdid" is a quarter of Fes."""
    first = surface.split()[0]
    return first != surface and any(p.kind == "city" and p.population >= _ALIAS_MIN and called(p, first) for p in gaz.lookup(first))


def by_other_name_only(surface: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The towns `_by_name` leaves out that answer to `surface` only by one of their other names: not the opening of
    their own ("Aliwal" for Aliwal North is its head)."""
    return tuple(p for p in places if p.kind == "city" and _other_name_only(surface, p))


@functools.lru_cache(maxsize=65536)  # every mention of a name asks again for each of its towns
def _other_name_only(surface: str, p: Place) -> bool:
    key = _unabbreviated(normalise(surface))
    return not _by_name(surface, (p,)) and not any(n.startswith(key) for n in _own_full_names(p.name))


def _unabbreviated(key: str) -> str:
    """A normalised name with "St", "Mt", "Ft" written out: "st petersburg" -> "saint petersburg"."""
    return _ABBREVIATED.sub(lambda m: ABBREVIATED[m.group(1)], key)


def _own_full_names(name: str) -> tuple[str, ...]:
    return tuple(_unabbreviated(n) for n in own_names(name))


@functools.lru_cache(maxsize=65536)
def _spelling(alias: str, name: str) -> bool:
    """Whether an alternate name is another spelling of a town's name, not another name ("Lion", "Cobra").

    >>> _spelling("kupiansk", "kupyansk"), _spelling("hualien", "hualien city"), _spelling("lion", "lyon")
    (True, True, False)
    >>> _spelling("port-au-spain", "port of spain")  # the same words, joined by other small words
    True
    >>> _spelling("ayuthaya", "phra nakhon si ayutthaya")  # the end of a long official name
    True
    """
    if name in (f"{alias} city", f"{alias} town") or _content_words(alias) == _content_words(name) != ():
        return True
    if "kh" in alias and "x" in name:
        alias = alias.replace("kh", "x")  # the Uzbek and Azeri Latin "x" for the "kh" of English: "Khiva" is Xiva
    words = name.split()
    if len(words) > len(alias.split()) and _spelling(alias, " ".join(words[-len(alias.split()):])):
        return True  # the end of a long official name, as the town is called: "Ayutthaya" (Phra Nakhon Si Ayutthaya)
    return _initial(alias) == _initial(name) and difflib.SequenceMatcher(None, alias, name).ratio() >= 0.85


def _content_words(key: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s-]+", key) if w and w not in _CONNECTORS)


def _truncation(alias: str, name: str) -> bool:
    """An alternate name that is the town's name cut short: "Hang" for Hangzhou ("the Hang Seng index").

    One or two letters less is a language's own form ("Brussel", "Vien", "Prag"), not a truncation.
    """
    return name.startswith(alias) and len(name) - len(alias) >= 3 and name[len(alias)].isalnum()


def _by_other_name(c: Candidate) -> bool:
    """Whether every place the candidate names goes by another name: a match through an alias only."""
    key = normalise(c.text)
    return all(key not in own_names(p.name) for p in c.places)


def own_names(name: str) -> tuple[str, ...]:
    """A town's name and, for a two-language name, each part: 'Donostia / San Sebastián'."""
    return tuple(normalise(part) for part in name.split("/")) if "/" in name else (normalise(name),)


def called(p: Place, surface: str) -> bool:
    """Whether `surface` is the place's own name ("St. Petersburg" for Saint Petersburg), not one of its other names."""
    return _unabbreviated(normalise(surface)) in _own_full_names(p.name)


def _initial(key: str) -> str:
    """The first letter after an Arabic article: 'al-fashir' and 'el fasher' -> 'f'."""
    return _ARTICLE.sub("", key)[:1]


_LAST_WORD = re.compile(r"([A-Za-z][\w.’'-]*)\s+$")
_LAST_RUN_REVERSED = re.compile(r"\s+([\w.’'-]+)")  # the spaces, then the word before them, in reversed text
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_FIRST_WORD = re.compile(r"\s+([A-Za-z][\w’'-]*)")
_COMMA_NAME = re.compile(r"\s*,\s*[A-Z]")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_INITIAL_AFTER = re.compile(r" (?:[A-Z]\.|[IVX]+\b)")
COMMA = re.compile(r",\s*")  # what stands between "Lima" and "Peru"


def _previous_word(text: str, start: int) -> str:
    """What `_LAST_WORD` finds before `start`, read backwards: one match, not a search that tries forty starts."""
    m = _LAST_RUN_REVERSED.match(text[max(0, start - 40): start][::-1])
    run = m.group(1)[::-1] if m else ""
    letter = _ASCII_LETTER.search(run)
    return run[letter.start():] if letter else ""


def _next_word(text: str, end: int) -> str:
    m = _FIRST_WORD.match(text[end: end + 40])
    return m.group(1) if m else ""


_ERAS = frozenset({"bc", "bce", "ad", "ce"})  # normalised ("B.C.", "A.D."): what follows a year
_ERA_BEFORE = re.compile(r"(?:\d|\bcentur(?:y|ies))\s*$", re.IGNORECASE)


def _keep(c: Candidate, text: str, gaz: Gazetteer) -> bool:
    """False for words that here name a person, an organisation or nothing at all."""
    key = normalise(c.text)
    big = _big(c)
    if key in _NOT_PLACES and not _in_named_state(c, text, gaz):
        return False  # "hope", "liberty": words, but "Hope, Ark." and "Independence, Missouri" are towns
    if len(c.text) <= 2 and not c.text.isupper():
        return False
    if text.startswith("$", c.end):
        return False  # "US$40" is money
    if key in _ERAS and _ERA_BEFORE.search(text, max(0, c.start - 16), c.start):
        return False  # "settled already in 5000 BC", "the second century BC": an era, not British Columbia
    if key in gaz.seats and not WHERE_BEFORE.search(text, max(0, c.start - 16), c.start):
        return False  # "the White House said": the people in it; "at the White House" is the place
    if _ORG_AFTER.match(text, c.end) or _ORG_BEFORE_WORD.search(text, max(0, c.start - 5), c.start):
        return False
    if c.text.isupper() and len(c.text) > 1 and not _line_start(text, c.start) and (
        not big or (c.places[0].kind not in ("country", "region", "continent") and normalise(c.places[0].name) == key)
    ) and not (_sentence_initial(text, c.start) and _DATELINE_AFTER.match(text, c.end)) and not _bracketed_town_of_a_caps_line(c, text) \
            and not _town_of_a_tour_line(c, text):
        # acronyms ("NATO", "GAO") name organisations; "NSW", "DC" and a dateline ("LIMA —", and in a roundup of cables
        # "... gassed. LONDON, January 22.") are kept
        return False
    prev = _previous_word(text, c.start)
    nxt = _next_word(text, c.end)
    adjacent_prev = prev and text[c.start - 1] == " " and text[max(0, c.start - len(prev) - 1): c.start - 1] == prev
    if adjacent_prev and normalise(prev) in _TITLES:
        return False
    if prev.endswith(".") and len(prev) > 2 and not re.fullmatch(r"(?:[A-Z]\.)+", prev):
        adjacent_prev = False  # "on Monday. Acapulco, ...": a sentence ends before it, no name runs on
    if prev.endswith(("’s", "'s")) and not text.startswith(("’s", "'s"), c.end):
        adjacent_prev = False  # "West Java’s Sukabumi": an owner before the name, not the head of a longer name
    if adjacent_prev and _is_cap(prev) and not _sentence_initial(text, c.start - len(prev) - 1) and not prev.isupper() \
            and prev.lower().rstrip(".") not in MONTHS and prev.lower() not in WEEKDAYS:
        # "Katherine Tai", "Josep Borrell": the tail of someone's name (not a date's: "26 October Canberra workshops")
        prev_places = gaz.lookup(prev)
        if normalise(prev) not in _CONNECTORS and not big and not any(p.kind != "city" for p in prev_places):
            return False
        if not big and max(p.population for p in c.places) < 10_000 and any(p.kind == "city" and p.population >= 1_000_000 for p in prev_places):
            return False  # "Paris Saint-Germain": a village's name after a city's is the rest of a club's or a firm's name
    if "of" in text[max(0, c.start - 40): c.start] and _ORG_BEFORE.search(text[max(0, c.start - 40): c.start]):
        return False  # "University of California", "Peanut Corporation of America", "Voice of America"
    of = _OF_NAME.match(text, c.end)
    # (a district or province "of" a place abroad is part of that place's name: "the Southern District of New York")
    if of and (not big or c.places[0].kind in ("admin1", "admin2")) and not any(
        q.country_code == p.country_code and q.kind in ("country", "admin1") for q in gaz.lookup(of.group(1)) for p in c.places
    ):
        return False  # "Battle of Hastings", "Bank of America": the head of a longer name; not "Gold Coast of Australia"
    if _DEDICATION.match(text, c.end) or (_SAINT.match(c.text) and (
            _DEDICATED.search(text, max(0, c.start - 30), c.start)
            or ((m := _SAINTS_HOUSE.match(text, c.end)) and (m.group().startswith(("'", "’")) or c.text.endswith(("'s", "’s")))))):
        # "St. Paul's Church", "St. Mark's Basilica", "the Cathedral of St. Clement": whom a house of worship is named
        # for, not a town
        return False
    if _SHIP_BEFORE.search(text, max(0, c.start - 12), c.start) or _SHIP_AFTER.match(text, c.end):
        return False  # "USS Vincennes", "CSS Virginia", "Missouri (BB-63)", "a Northampton-class cruiser": a ship
    if (key in _GENERIC_PLURALS or key in _FEATURE_KEYS) and (
        (adjacent_prev and _is_cap(prev)) or _FEATURE_OF.search(text, max(0, c.start - 16), c.start)
    ):
        return False  # "the Cumberland Rivers", "Tokyo Bay", "the Bay of Islands": the tail of a name
    if _PERSON_AFTER.match(text, c.end) or (_STYLED_AFTER.match(text, c.end) or (
            _AND_I.match(text, c.end) and _SUBJECT_BEFORE.search(text, max(0, c.start - 10), c.start))) \
            and not any(p.kind in ("country", "continent") or p.population >= 1_000_000 for p in c.places):
        # "Jordan said he would retire", "Mary and I visited Gozo": a person, whatever the name; and a name styled
        # after a comma by a title of a place ("Mary, Queen of Scots", "Charles, Prince of Wales")
        return False
    if normalise(c.text.split()[0]) in _ROYAL_TITLES and " " in c.text and not big and _DOES.match(text, c.end) \
            and not WHERE_BEFORE.search(text, max(0, c.start - 16), c.start):
        return False  # "Princess Anne will arrive at 4:30pm" (not the town in Maryland), "Prince George has started school"
    if _SAID_BEFORE.search(text, max(0, c.start - 12), c.start) and re.match(r" [A-Z][a-z]+(?:,|\.|\s+(?:who|of)\b)", text[c.end: c.end + 30]) and (
        not gaz.lookup(_next_word(text, c.end))
    ):
        return False  # "said Victoria Wanjiru, a trader": the first name of the one who spoke, not "said Wisconsin Governor"
    if _FAMILY_AFTER.match(text, c.end) and _THE_BEFORE.search(text, max(0, c.start - 5), c.start) \
            and not any(p.kind in ("country", "continent") or p.population >= 1_000_000 for p in c.places):
        return False  # "the Kennedy family", "the Berkley family": a surname (not "a Boston family": a family from there)
    if _ROAD_AFTER.match(text, c.end):
        return False
    if _DISEASE_AFTER.match(text, c.end):
        return False  # "West Nile virus", "Rift Valley fever": a disease, not a place
    # Part of a longer name we do not know: "Fraser Valley", "Plum Island", "Eastern Creek", "Ceamurlia de Jos",
    # "Pampa de Ayacucho"
    if not big and (_FEATURE_AFTER.match(text, c.end) or _PART_BEFORE.search(text[max(0, c.start - 30): c.start])
                    or _PART_AFTER.match(text, c.end)):
        return False
    adjacent_next = nxt and text[c.end: c.end + 1] == " "
    if text.startswith("-", c.end) and not big and max(p.population for p in c.places) < 100_000:
        return False  # "Green-winged teal": a small place at the head of a hyphenated word is a word; "Denver-based" is not
    if _COMPASS.fullmatch(key) and (not big or (adjacent_next and _is_cap(nxt)) or (adjacent_prev and _is_cap(prev))):
        return False  # "North-Western Sydney", "Pacific Northwest", a small "Northeast": a direction, not a province
    if (adjacent_prev and prev == "New") or (adjacent_next and _is_cap(nxt) and _COMPASS.fullmatch(normalise(nxt))):
        return False  # "New Britain" we do not know is not Britain; "Orlando East" (Soweto) is not Orlando
    if not big and _INITIAL_AFTER.match(text, c.end, c.end + 5):
        return False  # "Michael J. Dillon", "John Paul II"
    if key in NAME_PARTICLES and adjacent_next and _is_cap(nxt) and normalise(nxt) not in _PLACE_FOLLOWERS:
        return False  # "Van Diemen's Land", "Van Buren": the particle of a surname, not the Turkish city
    if _PATRONYMIC.match(text, c.end) or _AFTER_PATRONYMIC.search(text, max(0, c.start - 12), c.start):
        return False  # "Ali ibn al-Hassan", "Zayed bin Sultan": a given name before a patronymic, a father's name after it
    if names_an_occasion(text, c.end):
        return True  # "the Munich Security Conference", "the Davos World Economic Forum": the town names the event
    if adjacent_next and _is_cap(nxt) and not nxt.isupper() and normalise(nxt) not in _CALENDAR and not _opens_a_dated_line(c, text):
        nk = normalise(nxt)
        if nk in _ORG_FOLLOWERS:
            return False
        # "Paris Hilton", "Michael Sicilia": the head of a longer name, even when that name is also a town;
        # and "the Toronto Blue Jays", "the Melbourne Cup": a city before a word that names no place
        if nk not in _PLACE_FOLLOWERS and not gaz.demonym(nxt) and not _sited_in(c, text) \
                and not _a_town_s_landmark(c, text) and (
            (not big and (c.places[0].population < 10_000 or not any(p.kind != "city" or p.population >= 1_000_000 for p in gaz.lookup(nxt))))
            or (c.places[0].kind == "city" and not _a_place_of_note(gaz.lookup(nxt)) and nk not in _FEATURE_KEYS
                and not _AIRPORT.match(text, c.end))
        ):
            return False
    return True


# ("... - October 5", "... - 6", or a day in brackets: "Chuncheon Culture Center (12 March 2020)")
_DAY_ENDS_LINE = re.compile(r"[^\n]*?\s(?:[-–—]\s+(?:[A-Z][a-z]{2,8}\.?\s+)?[1-3]?\d(?:st|nd|rd|th)?"
                            r"|\(\s*(?:[A-Z][a-z]{2,8}\.?\s+[1-3]?\d(?:st|nd|rd|th)?|[1-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)"
                            r"(?:,?\s+\d{4})?\s*\))[ \t]*")
# a table's row after its town: the town's venue in brackets, the miles to it, a weekday, then the day ("DARLINGTON
# 16Wednesday, 7th October.", "LONDON (Marble Arch) -Saturday, 31st October")
_COLUMNS = (r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\d+(?:[.,]\d+)?[ \t]*[½¼¾]?|[½¼¾])?[ \t]*[-–—]?[ \t]*"
            r"(?:(?i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]*)?")
ROW_COLUMNS = re.compile(_COLUMNS)  # (what stands between a row's town and its day)
_ROW_ENDS_LINE = re.compile(_COLUMNS + r"[0-3]?\d(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?(?:,?[ \t]+\d{4})?[ \t.]*")
_DATED_LINE = 100  # characters, at most, of such a line (looked at near, so that a long line stays linear)


# a list's line that opens with its day or days, before its town: "Feb 20: Rio Estadio Do Maracana, Brazil", "June 1-2,
# Wuhan Qintai Grand Theater, The Little Mermaid;"
_DAY_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?"
                             r"|[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?\s+[A-Z][a-z]{2,8}\.?)"
                             r"(?:,?\s+\d{4})?[ \t]*[:|–—,-][ \t]*$")


def _opens_a_dated_line(c: Candidate, text: str) -> bool:
    """A town that opens a line of a list of dates, before its venue ("• Dublin Vicar Street - 7", "Leamington Spa
    Assembly - October 5", "Munich Gasteig (9 May 2020)"), or that follows the line's day ("Feb 20: Rio Estadio Do
    Maracana, Brazil"): the town, whatever name follows."""
    if not any(p.kind == "city" for p in c.places):
        return False
    if _DAY_OPENS_LINE.search(text, max(0, c.start - _DATED_LINE), c.start):
        return True
    if not opens_line(text, c.start):
        return False
    end = text.find("\n", c.end, c.end + _DATED_LINE)
    end = len(text) if end < 0 and len(text) - c.end <= _DATED_LINE else end
    return end >= 0 and bool(_DAY_ENDS_LINE.fullmatch(text, c.end, end) or _ROW_ENDS_LINE.fullmatch(text, c.end, end))


def _a_place_of_note(places: tuple[Place, ...]) -> bool:
    """Whether a name is a place a city's name may run into ("Dallas Fort Worth"), not a surname that a small town also
    bears ("Salvador Sánchez": Sánchez, a town of 11,000)."""
    return any(p.kind != "city" or p.population >= 100_000 for p in places)


def _sited_in(c: Candidate, text: str) -> bool:
    """A town far larger than its namesakes and named on its own nearby, that opens the name of a court, airport or the
    like ("He faced Cooktown Circuit Court"), or, of 10,000 or more, any name after "at" or "in": the building or body
    it names stands there ("due at Inverness Sheriff Court"); not a club's possessive ("in Manchester United's win"),
    nor a name with a place of its own ("at Orlando Stadium in Soweto")."""
    top = c.places[0]
    facility = _FACILITY_AFTER.match(text, c.end)
    # (a court or castle a town names is that town's even where another town shares its name, "Elmina Castle": the text
    # names the town alone too, and its other places choose among the namesakes)
    if top.kind != "city" or not facility and any(p is not top and p.population * 5 > top.population for p in c.places):
        return False
    # a court, airport or hospital the town names, wherever the sentence puts it ("He faced Cooktown Circuit Court"),
    # when the text names the town alone too; else a large town after "at" or "in"
    if not facility and (top.population < 10_000 or not _AT_IN.search(text, max(0, c.start - 10), c.start)):
        return False
    tail = _CAPITALISED_RUN.match(text, c.end)
    # "at Orlando Stadium in Soweto": the name's own place follows, and the town opening it is someone's name
    if tail and (text.startswith(("'s", "’s"), tail.end()) or _OWN_PLACE.match(text, tail.end())):
        return False
    # the text names the town on its own too ("in the Merkinch area of Inverness"): "Adam Malik Hospital" and "Foley
    # Field" are named for people
    alone = re.compile(rf"\b{re.escape(c.text)}\b(?! [A-Z])")
    # (looked for near the mention only, so that a long text of such names stays linear)
    return any(m.start() != c.start for m in alone.finditer(text, max(0, c.start - _NEAR_TEXT), c.end + _NEAR_TEXT))


# a castle, cathedral or the like a town names stands in that town ("Conwy Castle", "Punakha Dzong", "Durham
# Cathedral", "Lahore Fort"); not a palace, often a town's name given to a house elsewhere ("Buckingham Palace",
# "Blenheim Palace"), nor a longer name ("Dallas Fort Worth")
_LANDMARK_AFTER = re.compile(r" (?:Castle|Cathedral|Abbey|Minster|Priory|Monastery|Dzong|Citadel|Fortress|Fort)\b(?! [A-Z])")


def names_a_landmark(text: str, end: int) -> int | None:
    """Where the name of a castle, cathedral or the like that the place name ending at `end` opens ends ("Conwy
    Castle"); None when it opens none."""
    m = _LANDMARK_AFTER.match(text, end)
    return m.end() if m else None


def _a_town_s_landmark(c: Candidate, text: str) -> bool:
    """A town that names the castle, cathedral or the like after it: the building stands there ("Siklós Castle")."""
    return any(p.kind == "city" for p in c.places) and names_a_landmark(text, c.end) is not None


_NEAR_TEXT = 3_000  # characters either side
_FACILITY_AFTER = re.compile(r"(?: [A-Z][\w’'-]*){0,2} (?:Court|Courthouse|Airport|Airfield|Hospital|Prison|Gaol|Station|Stadium|Castle|Fort|Palace|Cathedral)\b")
_AT_IN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
_CAPITALISED_RUN = re.compile(r"(?: [A-Z][\w-]*)+")
_OWN_PLACE = re.compile(r",? (?:in|near|outside) [A-Z]|, [A-Z]")


# the last word of an occasion's name a town opens ("the Munich Security Conference", "the Hannover Messe")
_EVENT_AFTER = re.compile(
    r"(?: [A-Z][\w’'-]*){0,3} (?:Conference|Summit|Forum|Talks|Agreement|Accords?|Declaration|Protocol|Process|Dialogue|"
    r"Meeting|Congress|Convention|Games|Olympics|Expo|Messe|Fair|Festival|Marathon)\b"
)
def names_an_occasion(text: str, end: int) -> bool:
    """Whether the place name ending at `end` opens the name of an occasion: "the Munich Security Conference"."""
    return bool(_EVENT_AFTER.match(text, end))


WHERE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|to|into|from|near|around|towards?|visit(?:s|ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
_PATRONYMIC = re.compile(r"\s+(?:ibn|bin|bint|ould)\s+(?:[ae]l-)?[A-Z]")
_AFTER_PATRONYMIC = re.compile(r"\b(?:ibn|bin|bint|ould)\s+(?:[ae]l-)?$")


def _doubtful_start(c: Candidate, text: str) -> bool:
    """A capitalised word at a sentence start proves nothing: a town there must earn it elsewhere.

    It does with a comma and a capitalised word after it ("Lima, Peru"), or when the text names it
    in the middle of a sentence too ("... moved to Richmond. Richmond was ...").
    """
    return (
        _sentence_initial(text, c.start) and " " not in c.text and not _big(c) and c.literal
        and not _COMMA_NAME.match(text, c.end, c.end + 4)
        and not dateline(c, text)
        and not (_line_start(text, c.start) and _ENTRY_OF.match(text, c.end))
        and not (_DAY_LABEL_BEFORE.search(text, max(0, c.start - 40), c.start) and _ENDS_LINE.match(text, c.end))
        and not _opens_a_dated_line(c, text)
    )


# between two items of a list told with semicolons, perhaps after the first item's aside: "Indianapolis (February 11);
# Cincinnati"
_SEMICOLON_ITEM = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?;[ \t]*(?:and[ \t]+)?")


_ROUTE_DASH = re.compile(r"[ \t]*[–—][ \t]*")


def _route_to(c: Candidate, nxt: Candidate, text: str) -> bool:
    """Whether `c` opens a route to the place after a dash ("Hanover – Bremen (180 km)"): a place, not a sentence's
    first word."""
    return nxt.literal and _ROUTE_DASH.fullmatch(text, c.end, nxt.start) is not None and _ITEM_ENDS.match(text, nxt.end) is not None


def _listed_after(prev: Candidate, c: Candidate, text: str) -> bool:
    """Whether `c` is the next item of a list of places told with semicolons after `prev`: not a sentence's start."""
    return prev.literal and _SEMICOLON_ITEM.fullmatch(text, prev.end, c.start) is not None \
        and _ITEM_ENDS.match(text, c.end) is not None


_ITEM_ENDS = re.compile(r"[ \t]*(?:[(;,.]|and\b|\n|$)")  # (not "; Florence said": a sentence of its own)


# a schedule's line of a day and its place: "2 August 2014: Nuuk", "Tuesday – Mexico City"
_DAY_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[\w ,.]{0,30}?(?:\d|day\b)[\w ,.]{0,20}?[ \t]*[:–—-][ \t]*$")
_ENDS_LINE = re.compile(r"[ \t]*(?:\n|$)")


# a gazetteer's or encyclopedia's entry: its headword, then what kind of place it is ("CASTLETOWN, a town of the Isle of
# Man", "Castletown\n(Manx, Bully Cashtel), a town of ...")
_ENTRY_OF = re.compile(r"\s*(?:\([^()\n]{0,60}\))?\s*,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port|seaport|borough|parish)\b")


_DATELINE_AFTER = re.compile(r"\s*(?:\(|,|—|–|-|:)")


def dateline(c: Candidate, text: str) -> bool:
    """'REGINA —', 'SALEM:', 'WASHINGTON (Reuters) -': a capitalised town opening a line names the city."""
    return c.text.isupper() and _line_start(text, c.start) and bool(_DATELINE_AFTER.match(text, c.end))


def qualifier(c: Candidate, following: Candidate | None, after: Candidate | None, text: str) -> Place | None:
    """The country or state named right after a comma: 'Lima, Peru', 'Athens, Georgia'.

    Not in a list of states: 'Washington, Pennsylvania and California'.
    """
    listed = _comma_pair(c, following, after, text)
    return None if listed is None else _qualifying(c.places, following.places, listed)


def _comma_pair(c: Candidate, following: Candidate | None, after: Candidate | None, text: str) -> bool | None:
    """None unless a comma joins `c` to `following`; else whether `after` goes on as a list ("A, B and C")."""
    if following is None or not COMMA.fullmatch(text, c.end, following.start):
        return None
    return after is not None and bool(LIST_JOINT.fullmatch(text[following.end: after.start]))


def _qualifying(places: tuple[Place, ...], areas: tuple[Place, ...], listed: bool) -> Place | None:
    """The place of `areas` that contains one of `places`, unless the two are items of a list."""
    for p in areas:
        if listed and any(q.kind == p.kind and (p.kind == "country" or q.country_code == p.country_code) for q in places):
            continue  # two countries, or two states of one country, in a row are items of a list
        if p.kind in ("country", "admin1"):
            for q in places:
                if q.country_code == p.country_code and q is not p and q.kind in ("city", "admin1", "admin2"):
                    return p
    return None


def qualifiers(cands: list[Candidate], text: str) -> list[Place | None]:
    """`qualifier` of each candidate; a pair of names met again ("Lima, Peru ... Lima, Peru") is worked out once (by
    the identities of their places, which `cands` keeps alive)."""
    seen: dict = {}
    out: list[Place | None] = []
    for i, c in enumerate(cands):
        following = at(cands, i + 1)
        listed = _comma_pair(c, following, at(cands, i + 2), text)
        if listed is None:
            # "the quake in Tazehabad in Kermanshah": the state or country after "in" that holds one of the town's places
            inside = following is not None and _IN_AREA.fullmatch(text, c.end, following.start)
            out.append(next((a for a in following.places if a.kind in ("country", "admin1")
                             and any(q.kind == "city" and within(q, a) for q in c.places)), None) if inside else None)
            continue
        key = (id(c.places), id(following.places), listed)
        if key not in seen:
            seen[key] = _qualifying(c.places, following.places, listed)
        out.append(seen[key])
    return out


_IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:province|state|county|region|district)\s+of\s+)?")
LIST_JOINT = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)")


def at(cands: list[Candidate], i: int) -> Candidate | None:
    """The candidate at index `i`, or None past the end."""
    return cands[i] if i < len(cands) else None


_LOWER_WORD = re.compile(r"\b[a-z][a-z’']*\b")


def lower_words(text: str) -> set[str]:
    """The words `text` writes in lower case: a capitalised one among them opens a sentence, it names nothing.

    >>> sorted(lower_words("Pilots Jon Roe, the pilots said."))
    ['pilots', 'said', 'the']
    """
    return set(_LOWER_WORD.findall(text))

# "Tim Whitley", "Michael J. Dillon", "Pedro de Alvarado": a first name and a surname, perhaps with a particle
# a person's title, then given names, right before a name: "Gen. Antonio " before "José de Sucre"
_TITLED_BEFORE = re.compile(rf"\b(?i:{'|'.join(sorted(_PERSON_TITLES))})\.?\s+(?:[A-Z][\w’'-]+\s+)*$")
# (a name is written on one line: "2 August 2014: Nuuk\n\nVisit to ..." is no one called Nuuk Visit)
_NAME_PAIR = re.compile(r"\b([A-Z][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?)\.?(?:[ \t]+|[ \t]*\n(?![ \t]*\n))(?:[A-Z]\.\s+|(?:de|da|del|van|von|der|di|du)\s+)?"
                        r"([A-Z][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?)\b(?!\s+(?:(?:de|da|del|van|von|der|di|du)\s+)?[A-Z])")


_WRAPPED_LINE = 40  # characters: a line that ends there is no line of prose its printer wrapped
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+$")
_GOING = re.compile(r"(?:Visit|Tour|Leav|Arriv|Depart|Return|Travell?|Head|Fly|Sail)ing")


def _surnames(text: str, gaz: Gazetteer) -> tuple[dict[str, int], set[tuple[int, int]], set[str], set[tuple[int, int]]]:
    """The surnames this text uses ("Tim Whitley", "Dr. Dunn") with where it first names each so, the spans of first
    names before them ("Mary Barra"), the names it gives a title ("President Mara"), and the spans of surnames written
    right after a first name ("George Washington", "Hernán Cortés")."""
    out: dict[str, int] = {}
    titled: set[str] = set()
    firsts: set[tuple[int, int]] = set()
    named: set[tuple[int, int]] = set()
    alone: set[str] | None = None
    words = None
    for m in _NAME_PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        fk = normalise(first)
        if re.search(r"(?:\b[A-Z]{2,}|[A-Z][\w]*['’]s)\s+$", text[max(0, m.start() - 30): m.start()]):
            continue  # inside an organisation's name ("SOS Children's Village Malakal")
        if fk in _TITLES:
            out.setdefault(last, m.start(2))
            if fk in _PERSON_TITLES:
                titled.add(last)
            continue
        if text.startswith(".", m.end(1)):
            continue  # "the Confederacy. Richmond was ...": a full stop, not a first name
        if "\n" in text[m.end(1): m.start(2)] and m.end(1) - text.rfind("\n", 0, m.end(1)) <= _WRAPPED_LINE:
            continue  # "Stage 1: Leeds" over "Stage 2: Sheffield": a short line's end, no name a wrapped line breaks
        if last.lower() in WEEKDAYS or last.lower() in MONTHS:
            continue  # "in Iqaluit Monday morning": a day after a place, not a surname
        if first == last:
            continue  # "the counts of Vianden Vianden": a word written twice, no given name and surname
        if gaz.lookup(f"{first} {last}") or gaz.lookup(m.group()):
            continue  # "Navi Mumbai", "Rio de Janeiro" are towns, not someone called Navi
        if _TITLED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            out.setdefault(last, m.start(2))  # "Gen. Antonio José de Sucre": a title, given names, then the surname
            titled.add(last)
            continue
        if text[m.end(1): m.start(2)].strip().islower() and _a_place_of_note(gaz.lookup(last)):
            continue  # "Ateneo de Manila", "Diario de Manila": a body named for a town, not a person of that name
        if words is None:
            words = lower_words(text)
        if fk in words or _GOING.fullmatch(first):
            continue  # "Although Richmond", "Visiting Cairo": a word the text also writes in lower case, a verb of going
        if not _COMPASS.fullmatch(fk) and fk not in ("greater", "inner", "outer") and fk not in _NOT_PLACES and fk not in _CONNECTORS and not gaz.demonym(first):
            towns = gaz.lookup(first)
            if all(p.kind in ("city", "admin1", "admin2") and p.population < 1_000_000 for p in towns):
                lasts = gaz.lookup(last)
                if towns and any(_within_major(towns[0], p) for p in lasts):
                    continue  # "Asmara Eritrea": a town, then its country
                out.setdefault(last, m.start(2))  # "Nelson Mandela" although Nelson is a town and a region
                # (a state's name after a given name is a surname, "George Washington", "Hernán Cortés"; not a country's,
                # "Neighbouring Israel", nor a great city's, "Radio Pyongyang", nor after a longer name, "Taco Bell Canada")
                if lasts and lasts[0].kind == "admin1" and not any(p.kind == "city" and p.population >= 1_000_000 for p in lasts) \
                        and not CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    named.add(m.span(2))
                if alone is None:
                    alone = _alone_words(text)
                if last in alone:
                    # "Mary Barra ... Barra said": the pair is a person though Mary is a province;
                    # not "Nyanza Province" or "the Aburi Accord"
                    firsts.add(m.span(1))
    for m in _WHOSE_JOURNEY.finditer(text):
        # "Lincoln's trip took him through Indianapolis", "Darwin's voyage": someone's, no town's; not a land's ("Britain's
        # tour of India", a side's) nor a great city's
        if not any(_major(p) or p.population >= 1_000_000 for p in gaz.lookup(m.group(1))):
            out.setdefault(m.group(1), m.start(1))
    return out, firsts, titled, named


def _qualified_readings(cands: list[Candidate], text: str, gaz: Gazetteer) -> list[Candidate]:
    """`cands`, each name that a comma and a land or state qualify, and that names no place there by its own name, read
    as the town of that land the gazetteer knows it by as another name: "Palmyra, Syria" is Tadmur, not a Palmyra of
    New York."""
    out = list(cands)
    for i, c in enumerate(cands[:-1]):
        area = cands[i + 1]
        if len(area.places) != 1 or area.places[0].kind not in ("country", "admin1") or not area.literal \
                or any(p.kind != "city" or within(p, area.places[0]) for p in c.places) \
                or _comma_pair(c, area, at(cands, i + 2), text) is not False:
            continue  # (not a list of states: "Illinois, Missouri, New Jersey")
        there = tuple(p for p in gaz.lookup(c.text) if p.kind == "city" and within(p, area.places[0]))
        if there:
            out[i] = replace(c, places=there)
    return out


def _paired_only_in_headings(name: str, text: str) -> bool:
    """Whether every capitalised word written before `name` ("Peaceful Palmyra") stands with it alone on its line: a
    heading's words, not someone's first name."""
    pairs = list(re.finditer(rf"(?:^|(?<=\s))[A-Z][\w’'-]*[ \t]+{re.escape(name)}\b", text))
    return bool(pairs) and all(opens_line(text, m.start()) and _ENDS_LINE.match(text, m.end()) for m in pairs)


_WHOSE_JOURNEY = re.compile(r"\b([A-Z][a-z]+)['’]s\s+(?:(?:first|second|last|final|long|famous|historic|inaugural|[a-z]+-day)\s+)?"
                            r"(?:trip|journey|voyage|travels|expedition)\b")


_GONE_TO = re.compile(r"\b(?:in|to|from|between|leaving|leave|leaves|left|visiting|visit|visited)\s+$", re.IGNORECASE)
# the words before a name that call it a town ("the town of Hokitika"; "the siege of", "the mayor of" may be a land's or
# a state's)
_CALLED_A_TOWN = re.compile(r"\b(?:city|town|township|village|hamlet|settlement) of\s+$", re.IGNORECASE)


def called_a_town(c: Candidate, text: str) -> bool:
    """Whether the words right before a name call it a town ("the town of Hokitika"): no one's name, however small."""
    return any(p.kind == "city" for p in c.places) and bool(_CALLED_A_TOWN.search(text, max(0, c.start - 20), c.start))


def _a_place_gone_to(c: Candidate, text: str) -> bool:
    """A city of 100,000, or a state or district ("came to Gotland"), named right after a word of where or of going;
    or a town the text calls one ("the town of Kilkenny")."""
    top = c.places[0]
    return ((top.kind in ("admin1", "admin2") or top.kind == "city" and top.population >= 100_000)
            and bool(_GONE_TO.search(text, max(0, c.start - 10), c.start))) or called_a_town(c, text)


def _last_capitalised(text: str) -> dict[str, int]:
    """Where each capitalised word stands last in the text (one pass)."""
    return {m.group(): m.start() for m in _CAPITALISED.finditer(text)}


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


def _named_after(c: Candidate, person_at: int, last_at: dict[str, int], text: str) -> bool:
    """Whether a name the text also gives someone ("Jonathan Dayton" at `person_at`) is written, in prose, only before
    that person is named: the place the person names, not the person ("Dayton has stood ... Dayton was incorporated").
    `last_at`: `_last_capitalised` of the text."""
    if c.start >= person_at or last_at.get(c.text, person_at) > person_at:
        return False
    start, end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.start)
    return len(text[start: end if end >= 0 else len(text)]) >= 100  # prose, not a headline ("Whitley wins") or label


def _alone_words(text: str) -> set[str]:
    """The words the text writes at least once without a capitalised word right before them ("Barra said")."""
    out: set[str] = set()
    cap_end = -1  # where the previous word ended, if it was capitalised
    for m in re.finditer(r"[A-Za-z][\w’'-]*", text):
        if cap_end < 0 or not text[cap_end: m.start()].isspace():
            out.add(m.group())
        cap_end = m.end() if m.group()[0].isupper() else -1
    return out


def _major(p: Place) -> bool:
    """A country, region or sizeable state: never anyone's name. (GeoNames lists tiny parishes as admin1.)"""
    return p.kind in ("country", "continent", "region") or (p.kind == "admin1" and p.population >= 200_000)


def _within_major(town: Place, p: Place) -> bool:
    """Whether `town` lies in `p`, a major place (a country, or a state by its code)."""
    return _major(p) and town.country_code == p.country_code and (p.kind != "admin1" or town.admin1 == p.admin1)


def _own_major(c: Candidate) -> bool:
    """A major place called by its own name or a code ("Jordan", "UK"), not by a short form ("Sean Penn")."""
    p = c.places[0]
    return _major(p) and (normalise(c.text) in own_names(p.name) or c.text.isupper() or "." in c.text)


def _big(c: Candidate) -> bool:
    return _major(c.places[0]) or c.places[0].population >= 1_000_000


# News style's abbreviations of US states and Canadian and Australian provinces, and postal codes: places
# only right after a town and a comma ("Springfield, Ill.", "Long Beach, CA", "Cairns, Qld"), where
# nothing else is meant.
_STATES = {
    "US": {
        "Alabama": "Ala AL", "Alaska": "AK", "Arizona": "Ariz AZ", "Arkansas": "Ark AR", "California": "Calif Cal CA",
        "Colorado": "Colo CO", "Connecticut": "Conn CT", "Delaware": "Del DE", "Florida": "Fla FL", "Georgia": "Ga GA",
        "Hawaii": "HI", "Idaho": "ID", "Illinois": "Ill IL", "Indiana": "Ind IN", "Iowa": "IA", "Kansas": "Kan Kans KS",
        "Kentucky": "Ky KY", "Louisiana": "La LA", "Maine": "ME", "Maryland": "Md MD", "Massachusetts": "Mass MA",
        "Michigan": "Mich MI", "Minnesota": "Minn MN", "Mississippi": "Miss MS", "Missouri": "Mo MO", "Montana": "Mont MT",
        "Nebraska": "Neb Nebr NE", "Nevada": "Nev NV", "New Hampshire": "N.H NH", "New Jersey": "N.J NJ",
        "New Mexico": "N.M N.Mex NM", "New York": "N.Y NY", "North Carolina": "N.C NC", "North Dakota": "N.D ND",
        "Ohio": "OH", "Oklahoma": "Okla OK", "Oregon": "Ore Oreg OR", "Pennsylvania": "Pa Penn PA", "Rhode Island": "R.I RI",
        "South Carolina": "S.C SC", "South Dakota": "S.D SD", "Tennessee": "Tenn TN", "Texas": "Tex TX", "Utah": "UT",
        "Vermont": "Vt VT", "Virginia": "Va VA", "Washington": "Wash WA", "West Virginia": "W.Va WV",
        "Wisconsin": "Wis Wisc WI", "Wyoming": "Wyo WY", "District of Columbia": "D.C DC",
    },
    "CA": {
        "Ontario": "Ont", "Quebec": "Que", "British Columbia": "B.C", "Alberta": "Alta", "Manitoba": "Man",
        "Saskatchewan": "Sask", "Nova Scotia": "N.S", "New Brunswick": "N.B", "Newfoundland and Labrador": "Nfld",
        "Prince Edward Island": "P.E.I PEI",
    },
    "AU": {
        "Queensland": "Qld QLD", "New South Wales": "NSW", "Victoria": "Vic VIC", "Tasmania": "Tas TAS",
        "Western Australia": "WA", "South Australia": "SA", "Northern Territory": "NT",
        "Australian Capital Territory": "ACT",
    },
}
_STATE_OF = {(cc, a): name for cc, states in _STATES.items() for name, abbrs in states.items() for a in abbrs.split()}
# Older and typewritten news spaces the letters of an abbreviation: "ROME, N. Y.", "Vancouver, B. C."
_STATE_ABBR = re.compile(
    r",\s*(" + "|".join(sorted({re.escape(a).replace(r"\.", r"\. ?") for _, a in _STATE_OF}, key=len, reverse=True))
    + r")(?:(?<=[a-z])(?:\.|(?![\w.])(?!\s+[A-Z]))|(?<=[A-Z])\.?(?!\w))"
)


_DATELINE_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}$")
_DATELINE_DATE = re.compile(r",?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\(|[-–—])")


def _dateline_town(text: str, m: re.Match, gaz: Gazetteer) -> tuple[Candidate, Place] | None:
    """A town at a line's start, then a US state's abbreviation and a date or an agency: a dateline, of a town placed at
    its state when the gazetteer holds none there ("Yolande, Ala., Dec. 17.—")."""
    name = _DATELINE_NAME.search(text, max(0, m.start() - 40), m.start())
    if name is None or not _line_start(text, name.start()):
        return None
    if not _DATELINE_DATE.match(text, m.end()) or "." not in text[m.start(1): m.end()] and not m.group(1).isupper():
        return None
    states = [q for q in gaz.lookup(_state_of("US", m)) if q.kind == "admin1" and q.country_code == "US"]
    if not states:
        return None
    return Candidate(name.start(), name.end(), name.group(), (town_in(name.group(), states[0]),), True), states[0]


def _state_of(cc: str, m: re.Match) -> str:
    """The state named by an abbreviation `_STATE_ABBR` matched in country `cc`, or ""."""
    return _STATE_OF.get((cc, m.group(1).replace(" ", "")), "")


def _in_named_state(c: Candidate, text: str, gaz: Gazetteer) -> bool:
    """Whether a comma and then a state or country that holds one of the candidate's places follow it."""
    areas: list[Place] = []
    if m := _STATE_ABBR.match(text, c.end):
        areas += [q for cc in _STATES for q in gaz.lookup(_state_of(cc, m)) if q.country_code == cc]
    if m := re.match(r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)", text[c.end: c.end + 40]):
        for name in (m.group(1), m.group(1).split()[0]):
            areas += [q for q in gaz.lookup(name) if q.kind in ("admin1", "country")]
    return any(within(p, q) for q in areas for p in c.places)


def within(p: Place, area: Place) -> bool:
    """Whether place `p` lies in `area`, a country or a state."""
    return p.country_code == area.country_code and (area.kind == "country" or p.admin1 == area.admin1)


def _with_state_abbreviations(text: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates plus the state abbreviations that follow a town of that country."""
    by_start = {c.start: c for c in cands}
    ends = {c.end: c for c in cands}
    for m in _STATE_ABBR.finditer(text):
        town = ends.get(m.start())
        end = m.end(1) + ("." in m.group(1) and text.startswith(".", m.end(1)))  # "N.Y." keeps its last dot, "Ill." not
        abbr = text[m.start(1):end]
        for cc in sorted({p.country_code for p in town.places} & set(_STATES)) if town else ():
            state = [p for p in gaz.lookup(_state_of(cc, m)) if p.kind == "admin1" and p.country_code == cc]
            if state:  # "Ore" after Portland is Oregon, not a town in Nigeria
                by_start[m.start(1)] = Candidate(m.start(1), end, abbr, (state[0],), True)
                break
        else:
            # "Yolande, Ala., Dec. 17.—", "CHEWTON, Pa., Sept. 4": a dateline's town the gazetteer does not hold there
            found = _dateline_town(text, m, gaz)
            if found is not None:
                town, state = found
                by_start[town.start] = town
                by_start[m.start(1)] = Candidate(m.start(1), end, abbr, (state,), True)
    return [by_start[k] for k in sorted(by_start)]


# After "the", a state's or a country's name with nothing of its own after it is a river: "up the
# Mississippi", "crossed the Niger from Asaba". But "the Mississippi legislature" is the state, and
# "the Congo" and "the Gambia" are countries as often as rivers.
_RIVER_AFTER = re.compile(r"(?:\s*[.,;:)\n]|\s*$|\s+(?:river|and|or|from|to|at|in|into|near|on|was|is|were|had|has|until)\b)")
_THE_COUNTRIES = {"congo", "gambia"}


def _after_the(c: Candidate, text: str, gaz: Gazetteer) -> Candidate:
    """What a name means after "the": a region known with its article ("the Gulf" is the Persian Gulf,
    not a province of Papua New Guinea), or a river; otherwise the candidate as it was."""
    if not _THE_BEFORE.search(text, max(0, c.start - 4), c.start) or not c.literal:
        return c
    regions = tuple(p for p in gaz.lookup(f"the {c.text}") if p.kind in ("region", "continent") and p not in c.places)
    if regions and not any(p.kind in ("region", "continent", "country") for p in c.places):
        return Candidate(c.start, c.end, c.text, regions, True)
    return _river(c, text, gaz)


def _river(c: Candidate, text: str, gaz: Gazetteer) -> Candidate:
    """The river a candidate names after "the", or the candidate as it was."""
    if not _RIVER_AFTER.match(text, c.end):
        return c
    if not c.literal or normalise(c.text) in _THE_COUNTRIES or any(p.kind in ("region", "continent") for p in c.places):
        return c
    for name in (f"{c.text} River", f"River {c.text}"):
        rivers = [p for p in gaz.lookup(name) if p.kind == "region" and "River" in p.name]
        if rivers:
            return Candidate(c.start, c.end, c.text, (rivers[0],), True)
    return c


# "Cumberland and York counties", "the Thomson and Barcoo rivers", "Kagoshima and Miyazaki prefectures":
# names sharing a plural noun.
_SHARED_NOUN = re.compile(
    r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}){0,6}"
    r"\s+([Cc]ounties|[Rr]ivers|[Pp]rovinces|[Pp]refectures|[Ss]tates|[Dd]istricts)\b"
)
_SHARED_NOUN_WORD = re.compile(r"[CcRrPpSsDd](?:ounties|ivers|rovinces|refectures|tates|istricts)")
_SHARED_KIND = {"provinces": "admin1", "prefectures": "admin1", "states": "admin1", "districts": "admin2"}


def _shared_noun(c: Candidate, gaz: Gazetteer, text: str) -> Candidate:
    """What a name is where a list of names ends in a plural noun: a county, a river, a province."""
    if not c.literal or _SHARED_NOUN_WORD.search(text, c.end, c.end + 200) is None:
        return c  # the noun is looked for first: in a long list, the names before it are many
    m = _SHARED_NOUN.match(text, c.end, c.end + 200)
    if m is None:
        return c
    noun = m.group(1).lower()
    if noun in _SHARED_KIND:
        places = tuple(p for p in c.places if p.kind == _SHARED_KIND[noun])
        return Candidate(c.start, c.end, c.text, places, True) if places else c
    names = (f"{c.text} County",) if noun == "counties" else (f"{c.text} River", f"River {c.text}")
    for name in names:
        places = tuple(p for p in gaz.lookup(name) if p.kind in ("admin2", "region"))
        if places:
            return Candidate(c.start, c.end, c.text, places, True)
    return c


_GENERIC = re.compile(r"\s+(?:county|parish|province|district|region|state|city|municipality|prefecture|governorate|department|oblast|island|islands)$", re.I)


def _span_candidate(text: str, start: int, end: int, gaz: Gazetteer) -> Candidate | None:
    """The gazetteer entries a given span can name, trying the bare name when a generic word trails it."""
    if text[start:start + 4].lower() == "the ":
        start += 4
    end = _strip_possessive(text, start, end)
    surface = text[start:end]
    for name in (surface, _GENERIC.sub("", surface)):
        places = gaz.lookup(name)
        if places:
            return Candidate(start, end, surface, places, True)
        dem = gaz.demonym(name)
        if dem is not None:
            return Candidate(start, end, surface, (dem,), False)
    return None


_GENERIC_UNIT = re.compile(r"^(.+) (?:Region|Province|State|District)$")


def _generic_readings(c: Candidate, gaz: Gazetteer) -> Candidate:
    """'Western Region' is Uganda's by name but Ghana's too, where GeoNames calls it 'Western': both readings."""
    m = _GENERIC_UNIT.match(c.text)
    if m is None or not c.literal:
        return c
    more = tuple(p for p in gaz.lookup(m.group(1)) if p.kind in ("admin1", "admin2") and p not in c.places)
    return Candidate(c.start, c.end, c.text, c.places + more, True) if more else c


def name_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The place names of a text, in order, each with every place it can name: no person, organisation or word."""
    read = _qualified_readings(_candidates(text, gaz), text, gaz)
    keep = [_keep(c, text, gaz) for c in read]
    kept = [_generic_readings(_shared_noun(_after_the(c, text, gaz), gaz, text), gaz) for c, k in zip(read, keep) if k]
    doubtful = [_doubtful_start(c, text) and not (i and _listed_after(kept[i - 1], c, text))
                and not (i + 1 < len(kept) and _route_to(c, kept[i + 1], text)) for i, c in enumerate(kept)]
    sure = {c.text for c, d in zip(kept, doubtful) if not d}
    # a state the text names, or a town only one country has, backs a town of that state at a sentence
    # start: "Charlottetown reported little damage" in a story about Prince Edward Island
    states = {(p.country_code, p.admin1) for c, d in zip(kept, doubtful) if not d and len({q.country_code for q in c.places}) == 1
              for p in c.places if p.admin1}
    cands = _with_state_abbreviations(text, [
        c for c, d in zip(kept, doubtful)
        if not d or c.text in sure or any(p.kind == "city" and (p.country_code, p.admin1) in states for p in c.places)
    ], gaz)
    lower = lower_words(text)
    # "Dual use items", when the text also writes "dual-use": a word, not Douala under one of its other names
    cands = [c for c in cands if not (" " not in c.text and normalise(c.text) in lower and _by_other_name(c))]
    # One name, one sense: a word the text uses as someone's surname, or a ship's name ("the Vincennes"
    # after "USS Vincennes", "Columbia" after "Space shuttle Columbia"), is that person or ship everywhere.
    surnames, first_names, titled, named = _surnames(text, gaz)
    people = set(surnames) | {m.group(1) for m in _SHIP.finditer(text)} | {m.group(1) for m in _VESSEL_NAMED.finditer(text)}
    # ... but a city or state the text also says someone goes to or is in ("between Wellington and", "Leaving Wellington",
    # "came to Gotland") is that place: the "surname" came from a name like "Grow Wellington", "Bonderepubliken Gotland"
    # ("pledge loyalty to Mara" after "President Mara" is the person's: a title keeps a state's name someone's)
    people -= {c.text for c in cands if c.text in people and _a_place_gone_to(c, text)
               and (c.places[0].kind in ("city", "admin2") or c.text not in titled)}
    # ... and a "surname" that only a heading gave ("Peaceful Palmyra" over a blog's entry) is the town where the text
    # qualifies it by a land it lies in ("14 August 2009 - Palmyra, Syria")
    qualified = {c.text for i, c in enumerate(cands) if c.text in people and c.text not in titled
                 and qualifier(c, at(cands, i + 1), at(cands, i + 2), text) is not None}
    people -= {name for name in qualified if _paired_only_in_headings(name, text)}  # (once a name: a long text stays linear)
    last_at = _last_capitalised(text) if any(c.text in surnames and c.start < surnames[c.text] for c in cands) else {}
    # a major place written after a first name is someone ("George Washington", "Hernán Cortés"); so is that name
    # alone where the text names nothing else in that place's country ("Cortés ... founded" in a story of Mexico)
    homes = {p.country_code for c in cands if c.text not in people for p in c.places[:1]}
    persons = {c.text for c in cands if (c.start, c.end) in named and c.text not in titled and c.places[0].country_code not in homes}
    not_people = [
        c for i, c in enumerate(cands)
        # a major place is nobody's name ("Jordan"), unless the text gives that name a title: "President Mara" is no
        # Tanzanian region; nor is a name the prose uses only before it names someone so ("Dayton has stood ... named
        # it after Jonathan Dayton."): a story names a person in full first and by surname after
        if ((c.text not in people
             or (_own_major(c) and (c.text not in titled or c.places[0].kind in ("country", "continent"))
                 and (c.start, c.end) not in named and c.text not in persons)
             or (c.text in surnames and _named_after(c, surnames[c.text], last_at, text)))
            and (c.start, c.end) not in first_names)
        or qualifier(c, at(cands, i + 1), at(cands, i + 2), text)
    ]
    # (a word a schedule's short line opens with, written capitalised for that and read as no place, names no longer
    # name: "Tour Florence"; "Riyadh Metro passes 100 million trips" is still the metro's)
    heads = [c for c, k in zip(read, keep) if k or not _opens_a_short_line(c, text)]
    return _capitals(_same_water(_with_unknown_towns(text, _no_name_tails(not_people, heads, text), gaz, people)), text, gaz)


# "the Chinese capital", "the Ugandan capital city": a capital named by its role (not "the Ugandan capital, Kampala",
# which names it)
_CAPITAL_AFTER = re.compile(r" capital(?: city)?\b")
_NAMED_AFTER = re.compile(r",?\s+(?:of\s+)?[A-Z]")


def _capital_after(text: str, at: int) -> re.Match | None:
    """" capital" or " capital city" at `at`, unless the capital's name follows ("capital city Luanda", "capital of Kenya")."""
    m = _CAPITAL_AFTER.match(text, at)
    return None if m is None or _NAMED_AFTER.match(text, m.end()) else m


_OF_AFTER = re.compile(r"\s+of\b")
_THE_ONE = re.compile(r"(?<!\bbecame )(?<!\bbecome )(?<!\bbecomes )(?<!\bas )\b[Tt]he\s+$")  # not "became the Polish capital"


def by_role(m: PlaceMention | Candidate) -> bool:
    """Whether a mention names its place by its role ("the Chinese capital"), not by its name: no toponym."""
    return m.literal and m.text.endswith(("capital", "capital city"))


def _capitals(cands: list[Candidate], text: str, gaz: Gazetteer) -> list[Candidate]:
    """`cands`, with each country's demonym before "capital" ("the Chinese capital"), or its name before "'s capital"
    ("Jordan's capital city"), read as that country's capital."""
    out = []
    for c in cands:
        country = bool(c.places) and c.places[0].kind == "country"
        if country and c.literal:
            m = _capital_after(text, c.end + 2) if text[c.end:c.end + 2] in ("'s", "’s") else None
            m = None if m is None or _OF_AFTER.match(text, m.end()) else m  # "Angola's capital of 4 million": still Angola's
        else:
            m = _capital_after(text, c.end) if country and _THE_ONE.search(text, max(0, c.start - 16), c.start) else None
        capital = gaz.capital(c.places[0].country_code) if m else None
        out.append(Candidate(c.start, m.end(), text[c.start: m.end()], (capital,), True) if capital else c)
    return out


_SHORT_LINE = 3  # words


def _opens_a_short_line(c: Candidate, text: str) -> bool:
    """Whether `c` is the first word of a line of a few words ("Tour Florence")."""
    if c.start and text[c.start - 1] != "\n":
        return False
    end = text.find("\n", c.start)
    return len(text[c.start: end if end >= 0 else len(text)].split()) <= _SHORT_LINE


def _no_name_tails(cands: list[Candidate], read: list[Candidate], text: str) -> list[Candidate]:
    """Without a town's name written right after another town's name (as first read, `read`) with only a space between:
    the rest of a longer name the gazetteer lacks ("Cahokia Mounds State Historic Site" is no town called Mounds). A
    state or country so written still says where the town is ("Atlanta Georgia")."""
    # (not a function word that is also a town's name: "On Panay", "From Paris")
    town_ends = {c.end for c in read if any(p.kind == "city" for p in c.places) and normalise(c.text) not in _NOT_PLACES}
    return [c for c in cands if not (c.start - 1 in town_ends and text[c.start - 1] == " " and all(p.kind == "city" for p in c.places))]


_WATER_WORDS = {"Gulf", "Bay", "Sea", "Strait", "Channel", "Sound", "Lake"}


def _same_water(cands: list[Candidate]) -> list[Candidate]:
    """'The Gulf' after 'the Gulf of Mexico' is that gulf, not the Persian Gulf: a bare 'Gulf', 'Bay' or
    'Sea' takes the named water of that kind the text mentions."""
    named = [p for c in cands if " " in c.text for p in c.places if p.kind == "region"]
    out = []
    for c in cands:
        if c.text in _WATER_WORDS and len(c.places) == 1 and c.places[0].kind == "region":
            whole = [p for p in named if c.text in p.name.split() and p != c.places[0]]
            if whole:
                c = Candidate(c.start, c.end, c.text, (whole[0],), c.literal)
        out.append(c)
    return out


# "in Budalang'i, Busia County": a name after a word of place and before a comma and a county or state we know.
_UNKNOWN_TOWN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom)\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}),\s+(?=[A-Z])")


def _with_unknown_towns(text: str, cands: list[Candidate], gaz: Gazetteer, people: set[str]) -> list[Candidate]:
    """The candidates plus towns the gazetteer does not hold, placed at the county or state named after them.

    Not before a country: a country's point is too far from most of its towns to place one.
    """
    by_start = {c.start: c for c in cands}
    for m in _UNKNOWN_TOWN.finditer(text):
        start, end, name = m.start(1), m.end(1), m.group(1)
        area = by_start.get(m.end())
        if start in by_start or area is None or not area.literal or gaz.lookup(name) or gaz.demonym(name):
            continue
        if normalise(name) in _NOT_PLACES or name in people or normalise(name.split()[0]) in _TITLES:
            continue
        areas = [p for p in area.places if p.kind in ("admin2", "admin1")]
        if not areas or re.match(r"['’]s\b", text[area.end: area.end + 2]):
            continue  # "in Smith, Ohio's governor said" is no town
        by_start[start] = Candidate(start, end, name, (town_in(name, areas[0]),), True)
    return [by_start[k] for k in sorted(by_start)]


def town_in(name: str, area: Place) -> Place:
    """A town the gazetteer does not hold, placed at the state or country it lies in and named so."""
    return Place(f"{name}, {area.name}", "city", area.country_code, area.lat, area.lon, 0, None,
                 area.admin1 if area.kind != "country" else "")


def span_candidates(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """The places each given span can name (the gold toponyms of an evaluation); unknown names are left out.

    A state's abbreviation after a town and a comma is read as in recognition: "OAKLAND, Ore." is in Oregon, not Ore
    in Nigeria, and "Prince Albert, Sask." names Saskatchewan.
    """
    found = {(s, e): _span_candidate(text, s, e, gaz) for s, e in sorted(spans)}
    states = {c.start: c.places for c in _with_state_abbreviations(text, [c for c in found.values() if c is not None], gaz)}
    out = []
    for (s, e), c in found.items():
        if s in states and (c is None or states[s] != c.places):  # the abbreviation read as its state
            c = Candidate(s, e, text[s:e], states[s], True)
        if c is not None:
            # as in recognition: "Ballard and McCracken counties" are counties, "Western Region" is Ghana's too
            out.append(_generic_readings(_shared_noun(_after_the(c, text, gaz), gaz, text), gaz))
    return out
