"""The offline gazetteer: GeoNames places, countries, regions and demonyms from `assets/`, loaded once."""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .errors import GazetteerError
from .models import Place

GAZETTEER_FILE = "gazetteer.tsv.gz"
DEMONYMS_FILE = "demonyms.tsv"
KIND_ORDER = {"country": 0, "continent": 1, "region": 2, "admin1": 3, "admin2": 4, "city": 5}


def assets_dir() -> Path:
    """Where the offline data lives: $TIMELINE_ASSETS, else the repository's `assets/`."""
    env = os.environ.get("TIMELINE_ASSETS")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "assets"


def _normalise(name: str) -> str:
    """Key for name lookups: case, accents, apostrophes and dots folded. 'Montréal' -> 'montreal'."""
    if name.isascii():
        return " ".join(name.lower().replace(".", "").split())
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").lower()
    s = s.replace(".", "")
    return re.sub(r"\s+", " ", s).strip()


# Lookups repeat the same words over and over; loading sees each name once and skips the cache.
normalise = lru_cache(maxsize=65536)(_normalise)


class Gazetteer:
    """Places by normalised name and countries by ISO code.

    Rows stay as text until a lookup asks for them: building 77,000 `Place` objects up front
    would double the start-up time of every command.
    """

    __slots__ = ("_rows", "_index", "_made", "countries", "demonyms", "max_words", "openings")

    def __init__(self, rows: list[str], index: dict[str, list[int]], countries: dict[str, Place], demonyms: dict[str, Place],
                 max_words: int, openings: set[str]):
        self._rows = rows
        self._index = index
        self._made: dict[str, tuple[Place, ...]] = {}
        self.countries = countries
        self.demonyms = demonyms
        self.max_words = max_words
        # the first two words of every name of two words or more: most word runs can be ruled out at once
        self.openings = openings | {_opening(k) for k in demonyms if " " in k}

    def lookup(self, name: str) -> tuple[Place, ...]:
        """All places called `name` (any case or accents), best-known first; () when none."""
        key = normalise(name)
        found = self._made.get(key)
        if found is None:
            found = tuple(sorted((_place(self._rows[i]) for i in self._index.get(key, ())), key=_rank))
            self._made[key] = found
        return found

    def country(self, code: str) -> Place | None:
        """The country with ISO alpha-2 `code`, or None."""
        return self.countries.get(code.upper())

    def demonym(self, word: str) -> Place | None:
        """The country or region a demonym points to ('Russian' -> Russia), or None."""
        return self.demonyms.get(normalise(word))


_COLUMNS = ("geonameid", "name", "kind", "country_code", "admin1", "lat", "lon", "population", "aliases")


def _opening(name: str) -> str:
    """'rio de janeiro' -> 'rio de'."""
    second = name.find(" ", name.find(" ") + 1)
    return name if second < 0 else name[:second]


def _place(row: str) -> Place:
    gid, name, kind, cc, admin1, lat, lon, pop, _ = row.split("\t")
    return Place(name, kind, cc, float(lat), float(lon), int(pop or 0), int(gid) if gid else None, admin1)


def _rank(p: Place) -> tuple[int, int]:
    return KIND_ORDER.get(p.kind, 9), -p.population


def load(directory: Path | None = None) -> Gazetteer:
    """Read the gazetteer asset from `directory` (default: `assets_dir()`)."""
    directory = directory or assets_dir()
    path = directory / GAZETTEER_FILE
    if not path.exists():
        raise GazetteerError(f"gazetteer asset {path} is missing; rebuild it with `make assets` or set TIMELINE_ASSETS")
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        rows = fh.read().split("\n")
    header = tuple(rows[0].split("\t"))
    if header != _COLUMNS:
        raise GazetteerError(f"{path}: unexpected columns {header}; expected {_COLUMNS}")
    rows = [r for r in rows[1:] if r]
    index: dict[str, list[int]] = defaultdict(list)
    openings: set[str] = set()
    countries: dict[str, Place] = {}
    regions: dict[str, Place] = {}
    for i, row in enumerate(rows):
        fields = row.split("\t")
        if len(fields) != len(_COLUMNS):
            raise GazetteerError(f"{path} line {i + 2}: expected {len(_COLUMNS)} tab-separated fields")
        kind = fields[2]
        if kind == "country":
            countries[fields[3]] = _place(row)
        elif kind in ("region", "continent"):
            regions[_normalise(fields[1])] = _place(row)
        names = {_normalise(fields[1])}
        if fields[8]:
            names.update(_normalise(a) for a in fields[8].split("|"))
        names.discard("")
        for n in names:
            index[n].append(i)
            if " " in n:
                openings.add(_opening(n))
    max_words = max(k.count(" ") for k in index) + 1
    demonyms = _load_demonyms(directory / DEMONYMS_FILE, countries, regions)
    return Gazetteer(rows, dict(index), countries, demonyms, min(max_words, 6), openings)


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


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer of this installation, loaded on first use and kept for the process."""
    return load()
