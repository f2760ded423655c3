"""The offline gazetteer: GeoNames places, countries, regions and demonyms from `assets/`, loaded once."""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from ..errors import GazetteerError
from ..memo import once
from ..models import Place

GAZETTEER_FILE = "gazetteer.tsv.gz"
KEYS_FILE = "gazetteer.keys.gz"
DEMONYMS_FILE = "demonyms.tsv"
LANDMARKS_FILE = "landmarks.tsv"
INSTALLATIONS_FILE = "installations.tsv"
AIRPORTS_FILE = "airports.tsv"
CAPITALS_FILE = "capitals.tsv"
CONTINENTS_FILE = "continents.tsv"
KIND_ORDER = {"country": 0, "continent": 1, "region": 2, "admin1": 3, "admin2": 4, "city": 5}


def assets_dir() -> Path:
    """Where the offline data lives: $TIMELINE_ASSETS, else the repository's `assets/`."""
    env = os.environ.get("TIMELINE_ASSETS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "assets"


# Letters that Unicode does not decompose into a base letter and an accent ("Puławy", "Doğubayazıt").
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae",
                          "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"})


def _normalise(name: str) -> str:
    """Key for name lookups: case, accents, apostrophes and dots folded. 'Montréal' -> 'montreal', 'Łódź' -> 'lodz'."""
    if name.isascii():
        return " ".join(name.lower().replace(".", "").split())
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_LETTERS)
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").lower()
    s = s.replace(".", "")
    return re.sub(r"\s+", " ", s).strip()


# Lookups repeat the same words over and over; loading sees each name once and skips the cache.
normalise = lru_cache(maxsize=65536)(_normalise)


class Gazetteer:
    """Places by normalised name and countries by ISO code.

    Names are found by binary search in the sorted key index that ships beside the rows, and rows
    stay as text until a lookup asks for them: building a dict of half a million names, or 170,000
    `Place` objects, up front would cost every command a second at start-up.
    """

    __slots__ = ("_rows", "_keys", "_made", "countries", "demonyms", "max_words", "_demonym_openings", "seats", "capitals",
                 "continents")

    def __init__(
        self, rows: list[str], keys: list[str], countries: dict[str, Place], demonyms: dict[str, Place], max_words: int,
        seats: frozenset[str] = frozenset(), capitals: dict[str, str] | None = None, continents: dict[str, int] | None = None,
    ):
        self._rows = rows
        self._keys = keys
        self._made: dict[str, tuple[Place, ...]] = {}
        self.countries = countries
        self.demonyms = demonyms
        self.max_words = max_words
        self.seats = seats  # normalised names of seats of government ("white house"): also the people in them
        self.capitals = capitals or {}  # ISO alpha-2 code -> the name of its capital (`assets/capitals.tsv`)
        self.continents = continents or {}  # ISO alpha-2 code -> its continent's GeoNames id (`assets/continents.tsv`)
        self._demonym_openings = {_opening(k) for k in demonyms if " " in k}

    def _ids(self, key: str) -> list[int]:
        line = key + "\t"
        i = bisect_left(self._keys, line)
        if i < len(self._keys) and self._keys[i].startswith(line):
            return [int(x) for x in self._keys[i][len(line):].split(",")]
        return []

    def lookup(self, name: str) -> tuple[Place, ...]:
        """All places called `name` (any case or accents; "Ft." for "Fort"), best-known first; () when none."""
        key = normalise(name)
        found = self._made.get(key)
        if found is None:
            ids = next((found for k in _spellings(key) if (found := self._ids(k))), [])
            found = tuple(sorted((_place(self._rows[i]) for i in ids), key=_rank))
            self._made[key] = found
        return found

    def _beginning(self, prefix: str, limit: int | None = None) -> list[Place] | None:
        """The places whose own name (not an alternate one) begins with the normalised `prefix`; None past `limit`."""
        out: list[Place] = []
        i = bisect_left(self._keys, prefix)
        while i < len(self._keys) and self._keys[i].startswith(prefix):
            entry, ids = self._keys[i].split("\t", 1)
            out.extend(p for p in (_place(self._rows[int(x)]) for x in ids.split(",")) if normalise(p.name) == entry)
            if limit is not None and len(out) > limit:
                return None
            i += 1
        return out

    def longer(self, name: str) -> tuple[Place, ...]:
        """The cities whose name is `name` and a qualifier after "de", "do" or "da" ("Santiago" -> Santiago de Cuba,
        Santiago de Compostela, ...): the short name their own people use."""
        key = normalise(name)
        out = [p for joint in _NAME_JOINTS for p in self._beginning(f"{key} {joint} ") if p.kind == "city"]
        return tuple(sorted(set(out), key=_rank))

    def heads(self, word: str, limit: int = 8) -> tuple[Place, ...]:
        """The places whose name begins with `word` and another word ("Kilwa" -> Kilwa Kisiwani, Kilwa Masoko), at most
        `limit` of them (more says the word is a common head, "New", "San"): none when there are more."""
        out = self._beginning(normalise(word) + " ", limit)
        # (no airport's: "Lord" is no short form of Lord Howe Island Airport)
        return tuple(sorted({p for p in out if not airport(p)}, key=_rank)) if out else ()

    def opens(self, words: str) -> bool:
        """Whether some name is or begins with these words: 'Rio de' -> True, 'Rio Blah' -> False.

        Most runs of capitalised words can be ruled out at once this way.
        """
        key = normalise(words)
        if key in self._demonym_openings:
            return True
        for k in _spellings(key):
            for stop in ("\t", " "):
                i = bisect_left(self._keys, k + stop)
                if i < len(self._keys) and self._keys[i].startswith(k + stop):
                    return True
        return False

    def country(self, code: str) -> Place | None:
        """The country with ISO alpha-2 `code`, or None."""
        return self.countries.get(code.upper())

    def demonym(self, word: str) -> Place | None:
        """The country or region a demonym points to ('Russian' -> Russia), or None."""
        return self.demonyms.get(normalise(word))

    def capital(self, code: str) -> Place | None:
        """The capital of the country with ISO alpha-2 `code` ("CN" -> Beijing), or None when `assets/capitals.tsv`
        names none."""
        name = self.capitals.get(code.upper())
        return capital_in(self, name, code.upper()) if name else None


def capital_in(gaz: Gazetteer, name: str, code: str) -> Place | None:
    """The best-known town called `name` in the country `code`, or None: how a capital's name is read."""
    return next((p for p in gaz.lookup(name) if p.kind == "city" and p.country_code == code), None)


_COLUMNS = ("geonameid", "name", "kind", "country_code", "admin1", "lat", "lon", "population", "aliases")
_KEYS_HEADER = "#timeline gazetteer keys"


# Abbreviated first words of place names: "Ft. Irwin", "Mt. Kenya", "Ste. Genevieve" (tried when the name as written is not known).
ABBREVIATED = {"ft": "fort", "mt": "mount", "pt": "port", "st": "saint", "ste": "sainte"}


_NAME_JOINTS = ("de", "del", "do", "da", "dos", "das")


def _spelt_out(key: str) -> str:
    """'ft irwin' -> 'fort irwin'; other keys unchanged."""
    first, space, rest = key.partition(" ")
    return ABBREVIATED[first] + space + rest if space and first in ABBREVIATED else key


_LOCAL_SAINTS = ("sint", "sankt")  # "St." for the Dutch Caribbean's and the German-speaking lands' saints


def _spellings(key: str) -> tuple[str, ...]:
    """A name's key as written, then with its abbreviation spelt out, then with its saint in the local language:
    'st wendel' -> ('st wendel', 'saint wendel', 'sint wendel', 'sankt wendel')."""
    full = _spelt_out(key)
    saints = tuple(f"{word} {full[len('saint '):]}" for word in _LOCAL_SAINTS) if full.startswith("saint ") else ()
    return tuple(dict.fromkeys((key, full, *saints)))


def _opening(name: str) -> str:
    """'rio de janeiro' -> 'rio de'."""
    second = name.find(" ", name.find(" ") + 1)
    return name if second < 0 else name[:second]


def _place(row: str) -> Place:
    gid, name, kind, cc, admin1, lat, lon, pop, _ = row.split("\t")
    return Place(name, kind, cc, float(lat), float(lon), int(pop or 0), int(gid) if gid else None, admin1)


def _rank(p: Place) -> tuple[int, int]:
    return KIND_ORDER.get(p.kind, 9), -p.population


def key_index(rows: list[str]) -> str:
    r"""The sorted name index of gazetteer rows (without header), as the text of `gazetteer.keys.gz`.

    One line per normalised name: the name, a tab, and the numbers of its rows.
    >>> key_index(["1\tLima\tcity\tPE\t15\t-12.04\t-77.03\t100\tCiudad de los Reyes"]).splitlines()[1:]
    ['ciudad de los reyes\t0', 'lima\t0']
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        fields = row.split("\t")
        names = {_normalise(fields[1])} | {_normalise(a) for a in fields[8].split("|") if a}
        names.discard("")
        for n in names:
            index[n].append(i)
    max_words = min(max(k.count(" ") for k in index) + 1, 6)
    lines = sorted(f"{k}\t{','.join(map(str, v))}" for k, v in index.items())
    return "\n".join([f"{_KEYS_HEADER} rows={len(rows)} max_words={max_words}", *lines]) + "\n"


def _read(path: Path) -> str:
    if not path.exists():
        raise GazetteerError(f"gazetteer asset {path} is missing; rebuild it with `make assets` or set TIMELINE_ASSETS")
    # (in one go: a text-mode reader decodes in small pieces, a third slower on these 26 MB)
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def load(directory: Path | None = None) -> Gazetteer:
    """Read the gazetteer asset and its key index from `directory` (default: `assets_dir()`)."""
    directory = directory or assets_dir()
    path = directory / GAZETTEER_FILE
    rows = _read(path).split("\n")
    header = tuple(rows[0].split("\t"))
    if header != _COLUMNS:
        raise GazetteerError(f"{path}: unexpected columns {header}; expected {_COLUMNS}")
    rows = [r for r in rows[1:] if r]
    keys = _read(directory / KEYS_FILE).split("\n")
    found = re.fullmatch(re.escape(_KEYS_HEADER) + r" rows=(\d+) max_words=(\d+)", keys[0])
    if found is None or int(found.group(1)) != len(rows):
        raise GazetteerError(f"{directory / KEYS_FILE} does not index {path}; rebuild both with `make assets`")
    keys = [k for k in keys[1:] if k]
    countries: dict[str, Place] = {}
    regions: dict[str, Place] = {}
    # rows are sorted by kind: continents, regions and countries come first
    for row in rows:
        kind = row.split("\t", 3)[2]
        if kind == "country":
            countries[row.split("\t", 4)[3]] = _place(row)
        elif kind in ("region", "continent"):
            regions[_normalise(row.split("\t", 2)[1])] = _place(row)
        else:
            break
    demonyms = _load_demonyms(directory / DEMONYMS_FILE, countries, regions)
    seats = _add_landmarks(directory / LANDMARKS_FILE, rows, keys)
    _add_landmarks(directory / INSTALLATIONS_FILE, rows, keys, _INSTALLATION_IDS, _INSTALLATION_POPULATION)
    _add_landmarks(directory / AIRPORTS_FILE, rows, keys, _AIRPORT_IDS, _LANDMARK_POPULATION)
    return Gazetteer(rows, keys, countries, demonyms, int(found.group(2)), seats, _load_two_columns(directory / CAPITALS_FILE),
                     {code: int(gid) for code, gid in _load_two_columns(directory / CONTINENTS_FILE).items()})


_LANDMARK_IDS = 99_000_000  # above any GeoNames id
_LANDMARK_POPULATION = 100_000
_INSTALLATION_IDS = 98_000_000
_INSTALLATION_POPULATION = 5_000  # named alone, a base is meant ("hanged at Fort Leavenworth"); a city outranks it
_AIRPORT_IDS = 98_100_000  # (between the installations' and the landmarks': listed by hand, no landmark)


def landmark(p: Place) -> bool:
    """Whether a place is one of our landmarks (`assets/landmarks.tsv`: "Taj Mahal", "White House")."""
    return (p.geonameid or 0) >= _LANDMARK_IDS


def airport(p: Place) -> bool:
    """Whether a place is one of the airports of `assets/airports.tsv`."""
    return _AIRPORT_IDS <= (p.geonameid or 0) < _LANDMARK_IDS


def listed_by_hand(p: Place) -> bool:
    """Whether a place is one of our landmarks, installations or airports (`assets/*.tsv`), not a GeoNames row."""
    return (p.geonameid or 0) >= _INSTALLATION_IDS


def _add_landmarks(
    path: Path, rows: list[str], keys: list[str], first_id: int = _LANDMARK_IDS, population: int = _LANDMARK_POPULATION
) -> frozenset[str]:
    """Add the landmarks ("White House", "Kremlin"), installations ("Fort Hood") or airports of `path` to the rows and
    the sorted key index, in place; the names of those that are seats of government."""
    seats: set[str] = set()
    if not path.exists():
        return frozenset()
    new: dict[str, str] = {}  # the keys no name had, added at the end in one sort (thousands of inserts would be slow)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        name, others, cc, admin1, lat, lon, kind = line.split("\t")
        names = {_normalise(x) for x in [name, *others.split("|")] if x}
        if kind == "seat":
            seats |= names
        rows.append("\t".join((str(first_id + n), name, "city", cc, admin1, lat, lon, str(population), others)))
        i = len(rows) - 1
        for key in sorted(names):
            at = bisect_left(keys, key + "\t")
            if at < len(keys) and keys[at].startswith(key + "\t"):
                keys[at] += f",{i}"
            else:
                new[key] = f"{new[key]},{i}" if key in new else f"{key}\t{i}"
    if new:
        keys.extend(new.values())
        keys.sort()  # (two sorted runs: merged in linear time)
    return frozenset(seats)


def _load_two_columns(path: Path) -> dict[str, str]:
    """The two columns of a small table of ours (`capitals.tsv`, `continents.tsv`) as a dict; {} when it is missing."""
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    return {code: name for code, name in rows}


def _load_demonyms(path: Path, countries: dict[str, Place], regions: dict[str, Place]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        target, *forms = line.split("\t")
        place = countries.get(target) or regions.get(_normalise(target))
        if place is None:
            continue
        for form in forms:
            for f in form.split("|"):
                if f.strip():
                    out[_normalise(f)] = place
    return out


@once
def default_gazetteer() -> Gazetteer:
    """The gazetteer of this installation, loaded on first use and kept for the process."""
    return load()
