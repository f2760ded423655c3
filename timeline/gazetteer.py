"""The offline gazetteer: GeoNames places, countries, regions and demonyms from `assets/`, loaded once."""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
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


def normalise(name: str) -> str:
    """Key for name lookups: case, accents, apostrophes and dots folded. 'Montréal' -> 'montreal'."""
    if name.isascii():
        return " ".join(name.lower().replace(".", "").split())
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").lower()
    s = s.replace(".", "")
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by normalised name and countries by ISO code."""

    by_name: dict[str, tuple[Place, ...]]
    countries: dict[str, Place]
    demonyms: dict[str, Place]
    max_words: int

    def lookup(self, name: str) -> tuple[Place, ...]:
        """All places called `name` (any case or accents), best-known first; () when none."""
        return self.by_name.get(normalise(name), ())

    def country(self, code: str) -> Place | None:
        """The country with ISO alpha-2 `code`, or None."""
        return self.countries.get(code.upper())

    def demonym(self, word: str) -> Place | None:
        """The country or region a demonym points to ('Russian' -> Russia), or None."""
        return self.demonyms.get(normalise(word))


_COLUMNS = ("geonameid", "name", "kind", "country_code", "admin1", "lat", "lon", "population", "aliases")


def _rank(p: Place) -> tuple[int, int]:
    return KIND_ORDER.get(p.kind, 9), -p.population


def load(directory: Path | None = None) -> Gazetteer:
    """Read the gazetteer asset from `directory` (default: `assets_dir()`)."""
    directory = directory or assets_dir()
    path = directory / GAZETTEER_FILE
    if not path.exists():
        raise GazetteerError(f"gazetteer asset {path} is missing; rebuild it with `make assets` or set TIMELINE_ASSETS")
    index: dict[str, list[Place]] = defaultdict(list)
    countries: dict[str, Place] = {}
    regions: dict[str, Place] = {}
    max_words = 1
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        header = tuple(fh.readline().rstrip("\n").split("\t"))
        if header != _COLUMNS:
            raise GazetteerError(f"{path}: unexpected columns {header}; expected {_COLUMNS}")
        for line in fh:
            gid, name, kind, cc, admin1, lat, lon, pop, aliases = line.rstrip("\n").split("\t")
            place = Place(name, kind, cc, float(lat), float(lon), int(pop or 0), int(gid) if gid else None, admin1)
            if kind == "country":
                countries[cc] = place
            elif kind in ("region", "continent"):
                regions[normalise(name)] = place
            names = {normalise(name)}
            if aliases:
                names.update(normalise(a) for a in aliases.split("|"))
            for n in names:
                if n:
                    index[n].append(place)
                    words = n.count(" ") + 1
                    if words > max_words:
                        max_words = words
    ranked = {k: (tuple(v) if len(v) == 1 else tuple(sorted(v, key=_rank))) for k, v in index.items()}
    demonyms = _load_demonyms(directory / DEMONYMS_FILE, countries, regions)
    return Gazetteer(ranked, countries, demonyms, min(max_words, 6))


def _load_demonyms(path: Path, countries: dict[str, Place], regions: dict[str, Place]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        target, *forms = line.split("\t")
        place = countries.get(target) or regions.get(normalise(target))
        if place is None:
            continue
        for form in forms:
            for f in form.split("|"):
                if f.strip():
                    out[normalise(f)] = place
    return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer of this installation, loaded on first use and kept for the process."""
    return load()
