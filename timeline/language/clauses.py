"""What a parsed sentence says about its mentions: which predicate a date belongs to, what part a place plays, a title.

Pure functions over `syntax.Parse`. A *predicate* is the verb (or the event noun, as in "Sunday's
attack") that a time expression modifies; the time expressions of one predicate are one event.
"""

from __future__ import annotations

import re

from .placenames import NAME_PARTICLES, PLACE_NOUNS
from .syntax import Parse

# a firm's or a person's home, not where anything happens: "Silicon Valley-based Tesla", "a Lagos-born artist"
HOME_OF = re.compile(r"[-‐]\s?(?:based|born|headquartered|listed|registered|founded)\b", re.IGNORECASE)
# Prepositions that say where something happens ("in Vienna", "at the Palais Coburg", "near Kabul").
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "through", "throughout", "around", "within", "off", "aboard", "on"})
# Verbs of going somewhere: their "to X" (or their object, for "visit X") is the destination.
MOTION = frozenset({
    "travel", "go", "fly", "head", "return", "come", "arrive", "move", "deploy", "sail", "march", "drive", "journey", "proceed",
    "visit", "tour", "reach", "enter", "land", "leave", "depart", "send", "dispatch", "relocate", "flee", "retreat",
    "welcome",  # "will welcome the Prime Minister to the White House": where the welcome is
    "lead",  # "will lead the delegation to Oswiecim"
    "rush", "bring", "deliver", "ship", "airlift", "transport",  # "rushing supplies to Vanuatu": where the help goes
    "evacuate",  # "evacuated more than 500 tourists to Nadi"
    "deport", "exile", "banish", "extradite", "repatriate", "transfer",  # "was deported to the Seychelles": where one is sent
    "get",  # "We got to Uyuni just after 4 PM": arrived
})
_LEAVING = frozenset({"leave", "depart", "set", "sail", "fly", "drive"})  # setting out: "left X heading for Y" goes to Y
_AWAY = frozenset({"off", "away", "back", "out", "home"})  # an adverb of leaving before its "to X"
VISITING = frozenset({"visit", "tour", "reach", "enter", "invade", "occupy", "capture", "seize", "besiege"})
# Verbs that report another event: the event is what they report ("officials announced Friday that X won").
REPORTING = frozenset({
    "say", "tell", "announce", "report", "confirm", "add", "note", "state", "claim", "write", "explain", "believe", "expect",
    "show", "indicate",  # "results show X has won"
})
# Titles before a person's name: "President Roe of Ukraine" is a person of a country (a party), not a named thing.
PERSON_TITLES = frozenset({
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emperor", "sultan",
    "secretary", "governor", "mayor", "ambassador", "general", "leader", "chairman", "envoy", "senator", "pope",
    "admiral", "colonel", "commander", "captain", "lieutenant", "sergeant", "marshal", "adm.", "gen.", "col.", "lt.",
    # titles of nobility and of churches name a person by a place ("the Earl of Essex", "the Bishop of Aarhus")
    "duke", "duchess", "earl", "baron", "marquess", "marquis", "viscount", "lord", "tsar", "czar", "emir", "shah",
    "archbishop", "bishop", "cardinal", "patriarch", "metropolitan", "abbot",
})
# The kind of event its predicate names (verbs and event nouns, as lemmas); the title's words decide the rest.
PREDICATE_KINDS = {
    "travel": "travel visit tour trip arrive depart fly return leave journey",
    "meeting": "meet meeting talk talks host welcome discuss confer convene conference consultation dialogue summit",
    "attack": "attack strike kill shoot shooting bomb bombing explode explosion ambush raid assault shootout siege execution"
              " massacre",
    "military": "invade invasion occupy capture seize besiege battle fight war offensive sack conquer conquest defeat deploy"
                " coup uprising rebellion revolt insurrection insurgency",
    "disaster": "earthquake quake aftershock tremor flood cyclone hurricane typhoon fire wildfire bushfire blaze burn crest"
                " landslide mudslide avalanche erupt eruption storm landfall crash wreck derail derailment collide collision"
                " sink accident",
    "election": "elect election vote ballot balloting poll referendum reelect",
    "agreement": "sign agree agreement ratify treaty accord deal ceasefire cease",
    "opening": "open opening inaugurate inauguration launch unveil",
    "death": "die death funeral",
    "founding": "found establish build construct construction create settle",
    "annexation": "annex annexation",
    "statement": "say announce announcement declare warn state statement tell urge condemn",
}
_KIND_OF_LEMMA = {lemma: kind for kind, words in PREDICATE_KINDS.items() for lemma in words.split()}


def kind_of(lemma: str) -> str:
    """The kind of event a predicate names ('attack' for "bombed", 'disaster' for "fire"), or 'other'."""
    return _KIND_OF_LEMMA.get(lemma, "other")


_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"})
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj"})
_NAMING = frozenset({"compound", "poss", "nmod", "amod", "npadvmod", "nummod"})


def antecedent(parse: Parse, pred: int) -> int:
    """The noun a relative clause tells of: the one it hangs from, or, when that names no event and the clause tells of
    one happening, the event noun it is part of ("The wreck of train No. 5 on the Baltimore and Ohio railroad, which
    occurred at 12:25": the wreck occurred, not the railroad)."""
    toks = parse.tokens
    noun = toks[pred].head
    if kind_of(toks[noun].lemma) != "other" or toks[pred].lemma not in _HAPPEN:
        return noun
    i = noun
    for _ in range(_UP):
        if toks[i].dep not in ("pobj", "prep", "appos", "compound", "nmod", "nummod", "npadvmod") or toks[i].head == i:
            break
        i = toks[i].head
        if toks[i].tag.startswith("NN") and kind_of(toks[i].lemma) != "other":
            return i
    return noun


_HAPPEN = frozenset({"occur", "happen", "take", "begin", "start", "end", "break"})
_UP = 8  # tokens: how far up a noun phrase the event noun may stand


def is_verb(parse: Parse, i: int) -> bool:
    return parse.tokens[i].tag.startswith(("VB", "MD"))


def head_token(parse: Parse, start: int, end: int) -> int | None:
    """The token of a mention whose head lies outside it (the mention's syntactic head)."""
    idx = parse.covering(start, end)
    if not idx:
        return None
    inside = set(idx)
    for i in idx:
        h = parse.tokens[i].head
        if h not in inside or h == i:
            return i
    return idx[-1]


_LINE_MARKS = frozenset({"-", "–", "—", ":"})
_BULLETS = frozenset({"-", "–", "*", "•", "·"})


def opens_line(parse: Parse, start: int, end: int) -> bool:
    """Whether the mention opens a timeline line: "892 - ...", "January 24, 1898: ...", or a year straight before the
    line's capitalised words ("1962 US begins spraying foliage in Vietnam", "1419 French city of Rouen surrenders")."""
    inside = parse.covering(start, end)
    toks = parse.tokens
    # ("- 1505 - Town sacked", "* 1898: ...", "-- 8 a.m. Departure from ...")
    lead = next((k for k, t in enumerate(toks) if t.text not in _BULLETS and any(c.isalnum() for c in t.text)), 0)
    if not inside or min(inside) != lead or max(inside) + 1 >= len(toks):
        return False
    k = max(inside) + 1
    if toks[k].text == "(":  # "-- 8:10 p.m. (6:10 p.m.) Arrival at ...": the clock again, in another zone
        k = next((j + 1 for j in range(k, len(toks)) if toks[j].text == ")"), len(toks))
        if k >= len(toks):
            return False
    after = toks[k].text
    clock = any(toks[j].text.lower() in ("a.m.", "p.m.") for j in inside)
    return after in _LINE_MARKS or (after[:1].isupper() and (clock or len(inside) == 1 and toks[lead].text.isdigit()
                                                             and 3 <= len(toks[lead].text) <= 4))


_TIMES_OF_DAY = frozenset({"o'clock", "o’clock", "morning", "afternoon", "evening", "night", "noon", "midnight", "hour"})


def predicate(parse: Parse, start: int, end: int) -> int | None:
    """The predicate a mention belongs to: the nearest verb above it, or the noun it names ("Sunday's attack").

    A date that modifies a noun directly ("Thursday's meeting", "the 2015 deal") belongs to that noun; a date that only
    says how long a state held, to the "when" clause after it ("the deadliest since November 2007, when eight people
    were killed": the killing; "not settled until 1872, when it was assigned to the state").
    """
    found = _predicate(parse, start, end)
    toks = parse.tokens
    inside = parse.covering(start, end)
    if found is None or not inside:
        return found
    said_of = subject(parse, found) if toks[found].lemma == "be" else None
    if said_of is not None and toks[said_of].lemma in ("time", "occasion"):
        # "The last time the Queen visited Iceland was in 2013": the date is the visit's
        told = next((c for c in parse.children(said_of) if toks[c].dep == "relcl" and is_verb(parse, c)), None)
        if told is not None:
            return told
    first = min(inside)
    if toks[found].lemma != "be" and not (first and toks[first - 1].text.lower() in _UP_TO):
        return found  # "The siege occurred in 1565, when ...": the date's own verb is the event
    after = max(inside) + 1
    if after < len(toks) and toks[after].text == ",":
        after += 1
    if after < len(toks) and toks[after].text.lower() == "when" and toks[after].dep == "advmod" \
            and toks[after].head > after and is_verb(parse, toks[after].head):
        return toks[after].head
    return found


_UP_TO = frozenset({"until", "till", "since"})  # "remain in custody until 26 September, when the application is heard"


def _predicate(parse: Parse, start: int, end: int) -> int | None:
    i = head_token(parse, start, end)
    if i is None:
        return None
    toks = parse.tokens
    inside = set(parse.covering(start, end))
    # a timeline line ("892 - Isma'il moves the capital", "January 24, 1898: McKinley sends"): the line's main verb
    main = root(parse)
    if opens_line(parse, start, end) and main is not None:
        if main not in inside:
            return clause_verb(parse, main)
        # a line of a date and a noun phrase, read as two roots ("June 15-17, 2005: First session of talks in Ghana"):
        # the event is the phrase's head
        colon = max(inside) + 1
        said = parse.sentence.text[start - parse.sentence.start:end - parse.sentence.start]
        rest = next((j for j, t in enumerate(toks) if t.dep == "ROOT" and j > colon and t.tag in ("NN", "NNS")), None)
        if rest is not None and colon < len(toks) and toks[colon].text == ":" and _CALENDAR.search(said) \
                and not any(is_verb(parse, j) for j in range(colon, len(toks))):
            return rest
    # "In 2019 Berlin hosted the fair", which the model reads as a "2019 Berlin" ("from Sunday's attack" is the attack's)
    after_preposition = toks[i].dep in ("nummod", "compound") and min(inside) > 0 and toks[min(inside) - 1].tag == "IN"
    if toks[i].dep in _NAMING and toks[i].head != i and toks[toks[i].head].tag.startswith("NN") and not after_preposition:
        if toks[toks[i].head].lemma not in _TIMES_OF_DAY:
            return toks[i].head
        i = toks[i].head  # "at five o'clock yesterday evening": a time told twice, of the verb above it
    # news style's "Ghana's election Monday show ...", which the model reads as a "Monday show": a day glued to the
    # next word right after an event noun is that noun's
    before = min(inside) - 1
    if toks[i].dep == "compound" and before >= 0 and toks[before].tag in ("NN", "NNS") and kind_of(toks[before].lemma) != "other":
        return before
    if toks[i].head == i or (toks[toks[i].head].dep == "ROOT" and toks[i].head in inside):
        # the date heads its sentence ("June 28, 1950: Seoul falls"): the event is the verb hanging from it
        verbs = [j for j, t in enumerate(toks) if j not in inside and (t.head in inside or t.head == j) and is_verb(parse, j)]
        if verbs:
            return verbs[0]
    # "until after the Battle of Vienna in 1683": a date on a named occasion is that occasion's
    prep = toks[i].head
    if toks[i].dep == "pobj" and toks[prep].text.lower() in ("in", "on") and toks[prep].head != prep:
        named = toks[prep].head
        if toks[named].tag == "NNP" and kind_of(toks[named].lemma) != "other" and toks[named].dep not in ("dobj", "nsubj", "nsubjpass") \
                and any(toks[c].text == "of" for c in parse.children(named)):
            return named
    # "the great siege of 1759", "the earthquake of 1906": a date "of" an event noun is that occurrence's
    if toks[i].dep == "pobj" and toks[prep].text.lower() == "of" and toks[prep].head != prep:
        noun = toks[prep].head
        if toks[noun].tag in ("NN", "NNP") and kind_of(toks[noun].lemma) != "other":
            return noun
    seen = set()
    j = i
    while j not in seen:
        seen.add(j)
        t = toks[j]
        if j != i and is_verb(parse, j) and t.dep not in ("aux", "auxpass"):
            # "Starting at noon, armed groups ceased fighting": a participle without a subject sets the main verb's time
            # (before it: after it, ", sparking protests", it tells what followed); a past one is an occurrence of its
            # own ("Destroyed by the Prussians in 1262, it was restored in 1299")
            if t.dep == "advcl" and t.tag == "VBG" and subject(parse, j) is None and j < t.head:
                return clause_verb(parse, t.head)
            return j
        if t.head == j:
            main = root(parse) if t.tag == "IN" else None
            # ("On 19 October (Niue time) Dame Cindy will join", read as two: the date's preposition heads no event, the
            # sentence's verb does)
            return main if main is not None and main > j and is_verb(parse, main) else j  # (not a fragment after it)
        j = t.head
    return j


_CALENDAR = re.compile(r"[A-Za-z]{3}|\b\d{4}\b")  # a day, month or year ("18.35:" is a programme's clock line)


def root(parse: Parse) -> int | None:
    """The sentence's main predicate; for a headline's noun with a participle ("Ciudad de los Reyes founded by
    Pizarro", "Town sacked by Portuguese forces"), the participle."""
    if "root" not in parse.derived:  # (asked for each mention: read once, not once per date of a long sentence)
        parse.derived["root"] = _root(parse)
    return parse.derived["root"]


def _root(parse: Parse) -> int | None:
    # (a bullet or a dash before the sentence may be read as a root of its own: "• The cutter was commissioned")
    words = [any(c.isalnum() for c in t.text) for t in parse.tokens]
    tops = [i for i, t in enumerate(parse.tokens) if t.dep == "ROOT" and words[i]]
    if not tops:  # the bullet heads the sentence: its words hang from it
        tops = [i for i, t in enumerate(parse.tokens) if words[i] and parse.tokens[t.head].dep == "ROOT" and not words[t.head]][:1]
    top = next((i for i in tops if is_verb(parse, i)), tops[0] if tops else None)
    if top is None or is_verb(parse, top):
        return top
    return next((c for c in parse.children(top) if parse.tokens[c].dep == "acl" and parse.tokens[c].tag == "VBN"), top)


def subject(parse: Parse, pred: int) -> int | None:
    """The subject of a predicate, if it has one."""
    return next((c for c in parse.children(pred) if parse.tokens[c].dep in _SUBJECT), None)


def clause_verb(parse: Parse, i: int) -> int:
    """The verb of the clause that holds token i (i itself when it is a verb or the root)."""
    toks = parse.tokens
    j, seen = i, set()
    while j not in seen and not is_verb(parse, j) and toks[j].head != j:
        seen.add(j)
        j = toks[j].head
    return j


def path_up(parse: Parse, i: int, stop: int) -> list[int] | None:
    """Token indices from i up the heads to `stop` (inclusive), or None when `stop` is not above i."""
    out, seen = [i], {i}
    j = i
    while j != stop:
        h = parse.tokens[j].head
        if h == j or h in seen:
            return None
        out.append(h)
        seen.add(h)
        j = h
    return out


def reported(parse: Parse, pred: int) -> int:
    """For a reporting verb with a reported clause ("said that X won"), that clause's verb; else `pred`."""
    toks = parse.tokens
    if toks[pred].lemma not in REPORTING:
        return pred
    for c in parse.children(pred):
        if toks[c].dep == "ccomp" and is_verb(parse, c):
            return c
    return pred


_COMPASS_POINT = re.compile(r"(?:north|south|east|west)(?:-?(?:north|south|east|west))*")
_DISTANCE_UNITS = frozenset({"miles", "mi", "km", "kms", "kilometres", "kilometers", "metres", "meters", "yards", "leagues"})
_PAIRED = re.compile(r"[-–][A-Z]")  # a place joined to the next name by a hyphen ...
_PAIRED_AFTER = re.compile(r"[A-Za-z][-–]")  # ... or to the one before


_NAMING_VERBS = frozenset({"name", "rename", "call", "christen"})


_QUOTED = re.compile(r'"([^"\n]{1,100})"|“([^”\n]{1,100})”')
_TITLE_WORDS = 12  # words at most of a quoted title (a remark runs longer, or holds its own punctuation)


# (the place may be one of a list after the preposition: "Presence in Skopje and Bitola")
_TITLE_PLACE = re.compile(r"\b(?:in|at|from|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*|\s+and\s+|\s+or\s+))*$")


def _in_a_title(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is what a short quoted title is about, after its preposition ("the exhibition "150 Years of
    French Presence in Skopje""), not the place a quoted name is named after ("the "Karlstad treaty"", "the "Moscow
    Case"") nor a quoted remark ("We will meet in Paris," she said)."""
    for m in _QUOTED.finditer(text):
        if m.start() < a and b < m.end():
            inner = m.group(1) or m.group(2)
            return len(inner.split()) <= _TITLE_WORDS and not any(c in inner for c in ",.;:!?") \
                and bool(_TITLE_PLACE.search(text, m.start() + 1, a))
    return False


# what one rides: "took the bus to Chania", "caught a ferry to Capri"
_CONVEYANCES = frozenset({"bus", "coach", "train", "tram", "ferry", "boat", "ship", "flight", "plane", "helicopter", "taxi",
                          "cab", "shuttle"})


def _conveyed(parse: Parse, head: int, pred: int) -> bool:
    """Whether a "to" hanging from `head` tells where a ride that `pred` takes goes: the ride is the predicate's object,
    and the "to" hangs from it or from the predicate."""
    toks = parse.tokens
    # (by the word as well as its lemma: the model's lemma of "bus" is "bu")
    rides = [c for c in parse.children(pred)
             if toks[c].dep == "dobj" and _CONVEYANCES & {toks[c].text.lower(), toks[c].lemma.lower()}]
    return bool(rides) and (head == pred or head in rides)


# verbs that tell when an occurrence their subject names happens, not what happens ("the siege began in June", "the
# siege lasted four months")
TIME_VERBS = frozenset({"take", "occur", "happen", "begin", "start", "end", "last", "continue"})


_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})  # who does it, or to whom it is done


def place_role(parse: Parse, start: int, end: int, pred: int) -> str:
    """What part a place plays for the event of `pred`.

    'locative' (where it happens), 'names' (the place names the event: "the Bucharest summit"),
    'destination' ("travel to Lima", "visited Honiara"), 'subject', 'object', 'topic' (any other
    preposition: "talks on Iran", "raided by Lithuanians"), 'other' (same clause, other link) or
    'elsewhere' (another clause of the sentence).
    """
    if HOME_OF.match(parse.sentence.text, end - parse.sentence.start):
        return "topic"  # "Silicon Valley-based Tesla": the home of a party
    if _in_a_title(parse.sentence.text, start - parse.sentence.start, end - parse.sentence.start):
        return "topic"  # "to open the exhibition "150 Years of French Presence in Skopje" in Paris": part of a name
    i = head_token(parse, start, end)
    if i is None:
        return "elsewhere"
    before = next((j for j in range(len(parse.tokens) - 1, -1, -1) if parse.tokens[j].end <= start), None)
    if before is not None and parse.tokens[before].dep == "compound" and parse.tokens[before].text.lower() in LOCATIVE \
            and path_up(parse, i, pred) is not None:
        return "locative"  # "-- Near Raqqa, an Aug. 6 strike destroyed ...": a preposition the model took for a name's
    path = path_up(parse, i, pred)
    if path is None:
        return _shared_subject(parse, i, pred)
    toks = parse.tokens
    a, b = start - parse.sentence.start, end - parse.sentence.start  # the place's span in the sentence
    if before is not None and before > 0 and toks[before].text.lower() in NAME_PARTICLES and toks[before - 1].text[:1].isupper():
        return "topic"  # "the Tour de France", "Banco de México": the end of a name, not a place of the event
    if "-" in toks[i].text and (toks[i].start < start or end < toks[i].end) or _PAIRED.match(parse.sentence.text, b) \
            or _PAIRED_AFTER.fullmatch(parse.sentence.text, max(0, a - 2), a):
        # "the U.S.-Brazil agreement", "Israel-Hamas talks", "the Florida-Caribbean Cruise Association": a pair's or a body's
        return "topic"
    # a clause boundary between the place and the predicate: the place belongs to that other clause,
    # unless it says where ("after a sniper opened fire in Dallas"): then it is a weaker locative
    crossed = any(toks[j].dep in _CLAUSE_DEPS and j != pred for j in path[:-1]) or any(is_verb(parse, j) for j in path[1:-1])
    lemma = toks[pred].lemma
    for k, j in enumerate(path[1:], start=1):
        t = toks[j]
        if t.dep in ("prep", "agent") or (t.tag == "IN" and t.dep != "mark"):
            word = t.text.lower()
            if word == "of" and _COMPASS_POINT.fullmatch(toks[t.head].text.lower()) and t.head > 0 \
                    and toks[t.head - 1].text.lower() in _DISTANCE_UNITS:
                # "struck 30 kilometres north of Kabul", "95 miles south-southeast of Lima": near it, as "near Kabul" is
                word = "near"
            if word == "of" and toks[t.head].tag.startswith("NN"):
                if t.head == pred and k == 1 and toks[pred].tag == "NNP" and not _titled(parse, pred):
                    return "names"  # "the Battle of Plassey", "the Treaty of Zaragoza, signed in 1529"
                if toks[t.head].dep == "dobj" and toks[t.head].head == pred and toks[t.head].tag == "NN":
                    return "object"  # "completed the conquest of China"
                if toks[t.head].dep in ("nsubj", "nsubjpass") and toks[t.head].head == pred and toks[t.head].tag == "NN" \
                        and toks[pred].lemma in TIME_VERBS and k == 1:
                    return "names"  # "the founding of Perth took place", "the siege of Rhodes began": where it happened
                if _titled(parse, t.head):
                    return "topic"  # "met President Roe of Ukraine": a party's country
                h = toks[t.head]
                if k == 1 and h.tag in ("NN", "NNS") and h.lemma.lower() in PLACE_NOUNS and h.lemma.lower() not in _EDGES \
                        and t.head != pred and not any(toks[c].dep == "det" and toks[c].lemma in ("a", "an") for c in parse.children(t.head)):
                    # "the first settlement of Rawson was established", "captured the town of Kut", "visit areas of
                    # Japan": the place is the noun it names, and plays its part (not "becomes a province of Nigeria")
                    return place_role(parse, h.start, h.end, pred)
                continue  # "the Commonwealth of Kentucky", "the Treaty of Kiakhta": part of a name or a phrase
            if word == "through" and not is_verb(parse, t.head):
                return "topic"  # "votes for Panama as the site for a canal through Central America": a thing's course
            if word in LOCATIVE and not (word == "on" and not _sited(parse, path[:k])):
                if not _in_the_place(parse, path[:k]):
                    return "topic"  # "in support of the government of Peru", "in the wake of": a phrase, not where
                if any(toks[j].dep == "appos" and toks[j].tag in ("NN", "NNS") and toks[toks[j].head].dep in _PARTIES
                       and toks[toks[j].head].head == pred for j in path[k + 1:-1]):
                    # "Roe, a former mayor of a town in Rwanda's south, was arrested in Congo": who, not where; only
                    # where the clause says nothing else ("The Azure Window, a rock formation on Gozo, collapsed")
                    return "sublocative"
                if _another_occasion(parse, t.head, pred):
                    return "elsewhere"  # "raised two days before the Declaration of Independence in Vlorë": its place
                return "sublocative" if crossed else "locative"
            if crossed:
                h = toks[t.head]
                if word in ("to", "for") and lemma in _LEAVING and h.head == pred and h.dep in ("advcl", "xcomp") \
                        and h.tag in ("VBG", "VBN") and (h.lemma in MOTION or h.text.lower() == "bound"):
                    return "destination"  # "left Quebec City heading for Les Escoumins", "bound for": where the leaving goes
                # "was greeted by crowds as he made his entry into Havana": where the clause under it arrives, it is
                return "sublocative" if word == "into" else "elsewhere"
            if word in ("to", "into", "for") and lemma in MOTION:
                return "destination"
            trip_noun = toks[t.head].dep == "dobj" and toks[t.head].head == pred and kind_of(toks[t.head].lemma) == "travel"
            if word == "to" and trip_noun:
                return "destination"  # "shall make a brief visit to Ujjain", "paid a visit to Rome": where the visit goes
            if word == "to" and toks[t.head].lemma in _AWAY and toks[t.head].dep in ("advmod", "prt"):
                return "destination"  # "We're off to Aleppo tomorrow", "headed back to Kigali": where one goes
            if word == "to" and t.head == pred and lemma == "make" and any(
                    toks[c].dep == "dobj" and toks[c].text.lower() == "it" for c in parse.children(pred)):
                return "destination"  # "made it to Harrisburg", "making it to the summit": where one arrives
            if word == "to" and _conveyed(parse, t.head, pred):
                return "destination"  # "took the bus to Chania", "boarded a flight to Lima": where the ride goes
            if word in ("into", "onto") and is_verb(parse, t.head):
                return "destination"  # whatever the verb: "rolled into Havana", "crashed into the coast"; not "an inquiry into"
            return "topic"
    first = toks[i]
    if crossed and len(path) == 3 and first.dep in ("dobj", "oprd") and toks[path[1]].dep == "conj" \
            and toks[path[1]].lemma in _NAMING_VERBS:
        return "object"  # "A fort is constructed on August 15 and named Asunción": what was built is that place
    if crossed:
        return "elsewhere"
    if len(path) >= 2 and path[1] == pred:
        if first.dep in _SUBJECT:
            # what a passive tells was done to ("Yellowstone National Park was created", "Mosul was captured") is its object
            return "object" if first.dep == "nsubjpass" else "subject"
        if first.dep in ("dobj", "attr", "oprd"):
            return "destination" if lemma in VISITING else "object"
        if first.dep in _NAMING and toks[pred].tag.startswith("NN"):
            return "names"
    # a place before the noun that is the subject or object: "the Brussels summit ended", "the Mogadishu attack killed 16",
    # "sign the Karlstad treaty"
    named_event = len(path) == 3 and first.dep in ("compound", "poss") and toks[path[1]].dep in _SUBJECT | {"dobj"}
    if named_event and kind_of(toks[path[1]].lemma) != "other":
        return "names"
    # the thing acted on: "annexed the Crimea peninsula" (a visit's object is where the visit goes)
    if len(path) >= 2 and toks[path[-2]].dep == "dobj" and all(toks[j].dep in _NAMING for j in path[:-2]):
        return "destination" if lemma in VISITING else "object"
    if named_event:
        return "other"  # not "U.S. forces struck"
    # in a proper name that is the subject or object: "the Treaty of Kiakhta fixed", "the Bucharest NATO Summit"
    named = path[-2] if len(path) >= 2 else i
    if first.dep == "appos" and toks[first.head].tag in ("NN", "NNS"):
        h = toks[first.head]  # "entered the capital N'Djamena": the name of the noun it follows plays that noun's part
        return place_role(parse, h.start, h.end, pred)
    if first.dep == "appos":
        return "other"  # "visited Honiara, Solomon Islands": says where the place before it is
    if first.dep == "poss" and any(toks[j].dep == "appos" for j in path[1:-1]):
        return "other"  # "Osh, Kyrgyzstan's second biggest city, falls": the country says where the town is
    if toks[named].tag == "NNP" and toks[named].dep in _SUBJECT | {"dobj", "pobj"} and named != i:
        if any(toks[j].dep == "conj" for j in path[:-2]):
            # one of things acted on ("shook Costa Rica and a wide swath of Central America", "struck Central America and
            # Honduras"); one of parties to it, no place of it ("The United States and Canada agree to ...")
            return "object" if toks[named].dep in ("dobj", "nsubjpass") else "other"
        return "other" if _titled(parse, named) else "names"  # "U.S. President McKinley sends": a party
    return "other"


_BEFORE_OR_AFTER = frozenset({"before", "after", "since", "until", "following"})


def _another_occasion(parse: Parse, noun: int, pred: int) -> bool:
    """Whether token `noun` names an occasion the event is dated by, not the event: the object of "before", "after",
    "since" ("two days before the Declaration in Vlorë")."""
    toks = parse.tokens
    prep = toks[noun].head
    if noun == pred or not toks[noun].tag.startswith("NN") or toks[noun].dep != "pobj" or prep == noun \
            or toks[prep].text.lower() not in _BEFORE_OR_AFTER:
        return False
    # an event noun, or one a span of time sets the event apart from ("two days before the declaration"), not a body
    # one stands before ("appeared before the court in Lahore")
    return kind_of(toks[noun].lemma) != "other" or any(toks[c].dep == "npadvmod" for c in parse.children(prep))


def _titled(parse: Parse, i: int) -> bool:
    """Whether the noun at `i` is a person named with a title ("President Volodymyr Zelenskyy", "the King")."""
    return parse.tokens[i].lemma.lower() in PERSON_TITLES or any(
        parse.tokens[k].dep in ("compound", "nmod") and parse.tokens[k].lemma.lower() in PERSON_TITLES for k in parse.kids[i]
    )


# Nouns that name a part or kind of place: "in the north of Peru", "in the city of Kabul", "on the outskirts of Goma".
_PART_OF_PLACE = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "center", "centre", "heart",
    "part", "outskirts", "suburb", "city", "town", "village", "province", "region", "district", "state", "county",
    "capital", "area", "coast", "island", "port", "border", "streets", "rest", "edge", "interior", "kingdom", "republic", "nation",
    "country",
})


_EDGES = frozenset({"border", "frontier"})  # "the border of Iraq" is no place of Iraq's


def _shared_subject(parse: Parse, i: int, pred: int) -> str:
    """'subject' (or 'object', in the passive) for a place that is the subject of the verb `pred` is joined to with
    "and" and shares it ("Tonga became a protectorate in 1900 and obtained independence in 1970"); else 'elsewhere'."""
    toks = parse.tokens
    head = toks[pred].head
    if toks[pred].dep != "conj" or head == pred or any(toks[c].dep in _SUBJECT for c in parse.children(pred)):
        return "elsewhere"
    if toks[i].head == head and toks[i].dep in ("nsubj", "nsubjpass"):
        return "object" if toks[i].dep == "nsubjpass" else "subject"
    return "elsewhere"


def _in_the_place(parse: Parse, path: list[int]) -> bool:
    """Whether a locative's object, reached from the place through "N of", is the place: every N is a proper name
    ("in the Commonwealth of Kentucky") or a part of a place ("in the north of Peru"), not "in support of Peru"."""
    toks = parse.tokens
    owners = [path[m] for m in range(2, len(path)) if toks[path[m - 1]].text.lower() == "of"]
    return all(toks[j].tag.startswith("NNP") or toks[j].lemma.lower() in _PART_OF_PLACE for j in owners)


def _sited(parse: Parse, path: list[int]) -> bool:
    """'on' is locative for a site ("on the island", "on Lido Beach"), not for a topic ("talks on Iran")."""
    return any(parse.tokens[j].lemma in {"island", "coast", "border", "beach", "front", "shore", "bank", "frontline", "ground"} for j in path)


def negated(parse: Parse, pred: int) -> bool:
    """Whether the clause says the thing did not happen: "did not meet", "has no public events"."""
    toks = parse.tokens
    for c in parse.children(pred):
        if toks[c].dep == "neg" or (toks[c].dep in ("dobj", "attr") and any(toks[g].dep == "det" and toks[g].lemma == "no" for g in parse.children(c))):
            return True
    return False


def present_perfect(parse: Parse, pred: int) -> bool:
    """'has won', 'have struck': a past participle with a present 'have'."""
    toks = parse.tokens
    return toks[pred].tag == "VBN" and any(
        toks[c].dep == "aux" and toks[c].lemma == "have" and toks[c].tag in ("VBZ", "VBP") for c in parse.children(pred)
    )


def present_progressive(parse: Parse, pred: int) -> bool:
    """'are rushing', 'is battling': a present participle with a present 'be'."""
    toks = parse.tokens
    return toks[pred].tag == "VBG" and any(
        toks[c].dep == "aux" and toks[c].lemma == "be" and toks[c].tag in ("VBZ", "VBP") for c in parse.children(pred)
    )


LOOKS_AHEAD = frozenset({"schedule", "expect", "set", "due", "plan", "intend", "aim", "prepare"})


def acting(parse: Parse, pred: int) -> int:
    """The verb that says what is done, for a predicate that only looks ahead to it: "speak" of "is to speak in Lisbon",
    "visit" of "is due to visit Athens"; else `pred`."""
    toks = parse.tokens
    if toks[pred].lemma != "be" and toks[pred].lemma not in LOOKS_AHEAD:
        return pred
    return next((c for c in parse.children(pred) if toks[c].dep == "xcomp" and is_verb(parse, c)
                 and any(toks[a].dep == "aux" and toks[a].lemma == "to" for a in parse.children(c))), pred)


def tense(parse: Parse, pred: int) -> str:
    """'future', 'past' or 'present' of a predicate, from its auxiliaries and tag ("is scheduled to travel" is future)."""
    toks = parse.tokens
    if toks[pred].dep == "xcomp" and toks[pred].head != pred:  # "to travel": the tense of "is scheduled", "will seek"
        return tense(parse, toks[pred].head)
    kids = parse.children(pred)
    aux = [c for c in kids if toks[c].dep in ("aux", "auxpass")]
    head = toks[pred].head
    # (an "-ing" form with no auxiliary is no finite verb even with a subject: "officers working at the bridge")
    if not aux and head != pred and (subject(parse, pred) is None or toks[pred].tag == "VBG") and (
        (toks[pred].dep in ("acl", "advcl", "appos") and toks[pred].tag in ("VBN", "VBG")) or (toks[pred].dep == "conj" and toks[pred].tag in ("VB", "VBN", "VBG"))
    ):
        # a reduced clause has the time of the clause it hangs from: "will travel to Berlin for a dinner followed by
        # talks in Paris on Thursday" looks ahead, "will land and meet" too
        return tense(parse, clause_verb(parse, head))
    words = {toks[c].lemma for c in aux}
    # (a reported "would" looks ahead of the report: "he would arrive at the airport on Monday afternoon", officials said)
    if words & {"will", "shall", "'ll", "’ll", "would"} or any(toks[c].tag == "MD" and toks[c].lemma in ("will", "shall", "would") for c in kids):
        return "future"
    present = any(toks[c].tag in ("VBZ", "VBP") for c in aux) and "have" not in words  # "is scheduled", not "has been"
    if toks[pred].lemma in LOOKS_AHEAD and (present or toks[pred].tag in ("VBZ", "VBP")) \
            and any(toks[c].dep == "xcomp" for c in kids):
        return "future"
    if present and toks[pred].tag == "VBN":
        return "present"
    if toks[pred].tag in ("VBD", "VBN") or words & {"have", "had", "did"} or any(toks[c].tag == "VBD" for c in aux):
        return "past"
    return "present"


_TITLE_DEPS = frozenset({
    "nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp", "oprd", "dative", "xcomp",
    "prep", "pobj", "compound", "amod", "det", "poss", "case", "nummod", "quantmod", "conj", "cc", "agent",
    "pcomp", "advmod", "nmod", "predet", "dep", "npadvmod", "appos",
})
_SHORT_NP = frozenset({"compound", "amod", "det", "poss", "case", "nummod", "flat", "nmod", "cc", "conj", "punct"})
_NEVER = frozenset({"relcl", "advcl", "acl", "parataxis", "punct", "mark", "intj", "meta", "preconj"})


def title_tokens(parse: Parse, pred: int, drop: set[int]) -> list[int]:
    """The tokens of a short headline for the event of `pred`: its subject, verb and complements, in text order."""
    toks = parse.tokens
    keep: set[int] = set()

    def take(i: int, depth: int) -> None:
        if i in drop or toks[i].dep in _NEVER and i != pred:
            return
        keep.add(i)
        subject = toks[i].dep in _SUBJECT and depth == 1
        for c in parse.children(i):
            t = toks[c]
            if subject and t.dep not in _SHORT_NP and not (t.dep == "prep" and t.text.lower() == "of" and not toks[i].tag.startswith("NN")):
                continue  # the subject's head and its name, not its clauses and phrases ("the first of these floods" keeps its "of")
            if c in drop or t.dep in _NEVER or (t.dep == "ccomp" and toks[i].lemma in REPORTING):
                continue
            if t.dep == "appos" or (t.dep == "prep" and depth >= 3):
                continue
            if t.tag == "WRB" and t.text.lower() in ("where", "when"):
                continue  # "..., where he will make his first speech": the speech's headline has no "Where"
            if t.dep == "conj" and is_verb(parse, c):
                continue  # another predicate of its own
            if t.dep == "prep" and all(d in drop or toks[d].dep == "punct" for d in parse.children(c)):
                continue  # "on Friday" without its date is nothing
            objects = [d for d in parse.children(c) if toks[d].dep == "pobj"]
            if t.dep == "prep" and objects and all(d in drop for d in objects):
                # ... though the model hung a word of the clause on it ("he will on Monday, inspect": "will")
                for d in parse.children(c):
                    if d not in drop and toks[d].dep not in ("pobj", "punct", "advmod"):  # (not "just" of "just after 4 PM")
                        take(d, depth + 1)
                continue
            take(c, depth + 1)

    take(pred, 0)
    # a headline's participle ("Marrakesh founded by Abu Bakr"): the noun it tells of is its subject
    if toks[pred].dep == "acl" and toks[toks[pred].head].tag.startswith("NN") and toks[pred].head not in drop:
        noun = toks[pred].head
        keep |= {noun} | {c for c in parse.children(noun) if toks[c].dep in ("compound", "det", "amod") and c not in drop}
    # a relative clause's "which" or "who" is the noun it hangs from: "the MV Butiraoi, which set off" is the ship's
    rel = next((c for c in parse.children(pred) if toks[c].dep in _SUBJECT and toks[c].tag in ("WDT", "WP")), None) \
        if toks[pred].dep == "relcl" else None
    if rel is not None and rel in keep:
        noun = antecedent(parse, pred)
        keep.discard(rel)
        keep.add(noun)
        for c in parse.children(noun):
            if c in drop:
                continue
            if toks[c].dep in ("compound", "det", "amod", "poss"):
                take(c, 2)  # with its own words: "a 37-year-old man, who was arrested"
            elif toks[c].dep == "prep" and toks[c].text.lower() == "of":  # "the Treaty of Paris, which was signed"
                keep.add(c)
                keep |= {o for o in parse.children(c) if toks[o].dep == "pobj"}
                keep |= {k for o in parse.children(c) if toks[o].dep == "pobj" for k in parse.children(o)
                         if toks[k].dep in ("compound", "det", "amod", "nummod") and k not in drop}
    # a participle in brackets after a noun ("... Region of Kotor (inscribed in 1979)"): the noun is its subject
    if toks[pred].dep == "parataxis" and pred >= 2 and toks[pred - 1].text == "(" and toks[pred].tag == "VBN":
        noun = pred - 2
        while toks[noun].dep == "pobj" and toks[toks[noun].head].text.lower() == "of" and toks[toks[noun].head].dep == "prep" \
                and toks[toks[toks[noun].head].head].tag == "NNP":
            noun = toks[toks[noun].head].head  # (to the name the "of" hangs from: "Region of Kotor", not "part of")
        if toks[noun].tag.startswith("NN") and noun < pred:
            first = noun
            for k in range(noun - 1, -1, -1):  # its own words before it: "Natural and Culturo-Historical Region"
                if toks[k].dep in ("compound", "det", "amod", "cc", "conj", "punct", "nummod", "poss") and k + 1 >= first \
                        and toks[k].text not in ("(", ")", ",", ":", ";"):
                    first = k
                else:
                    break
            keep |= {k for k in range(first, pred - 1) if k not in drop}
    # a verb that shares its subject with the verb before it ("he arrived and met X"), or whose subject is the one of the
    # verb it completes ("the Emperor and Empress are scheduled to meet President Widodo"): borrow that subject
    if toks[pred].dep in ("conj", "xcomp") and not any(toks[c].dep in _SUBJECT for c in parse.children(pred)):
        h = toks[pred].head
        for c in parse.children(h):
            if toks[c].dep in _SUBJECT:
                take(c, 1)
    # a headline neither opens with "And" or "But" nor ends on a word whose other side was left out (another
    # predicate, a date): no "controlled Sweden and", no "his vassal in"
    out = sorted(keep)
    while out and out[0] != pred and toks[out[0]].dep in ("cc", "preconj"):
        out.pop(0)
    while out and out[-1] != pred and (toks[out[-1]].dep in ("cc", "preconj") or toks[out[-1]].dep == "prep" and parse.children(out[-1])):
        out.pop()
    return out


def render(parse: Parse, idx: list[int], text: str) -> str:
    """The words of `idx` as they are written, with the original spacing between neighbours."""
    toks = parse.tokens
    out: list[str] = []
    prev = None
    for i in idx:
        t = toks[i]
        if prev is not None:
            gap = text[toks[prev].end: t.start]
            hyphens = all(toks[k].tag == "HYPH" for k in range(prev + 1, i)) and len(gap) <= i - prev - 1
            out.append(gap if (prev == i - 1 and len(gap) <= 1) or (prev < i - 1 and hyphens) else
                       (" " if t.text not in (",", ".", "'s", "’s") else ""))  # ("37-year-old" keeps its hyphens)
        out.append(t.text)
        prev = i
    return "".join(out)
