#!/usr/bin/env python3
"""Build ``assets/airports.tsv``: the world's airports with a passenger (IATA) code, under the names the news gives them.

News names airports as places: "after leaving Kennedy International Airport", "landed at Kotoka International Airport",
"the press conference at Valdosta Regional Airport". GeoNames' cities500, which the gazetteer is built from, lists towns,
not airports, so such an event lands at the country or nowhere. The pinned *airportsdata* wheel (20260905, MIT; its data
from mwgg/Airports, MIT) lists every airport with its ICAO and IATA codes, name, country and point. This script keeps the
airports that have an IATA code (those with scheduled passenger service, about 7,900), under their own name and the
forms the news shortens it to ("John F. Kennedy International Airport", "Kennedy International Airport", "John F
Kennedy Airport") and its code ("JFK Airport"), less the names the gazetteer already has. A name that opens with a
town's is listed without the town where a name of its own is left ("Heathrow Airport" of "London Heathrow Airport"):
the gazetteer reads "London Heathrow Airport" and "Entebbe International Airport" as the town, the place a trip
stops at.

    python3 scripts/build_airports.py [--wheels DIR]

Python 3.11 standard library only; the output is sorted, so a rebuild is byte-identical.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
from timeline.language.gazetteer import (  # noqa: E402  (the names are keyed exactly as the gazetteer keys them)
    GAZETTEER_FILE, KEYS_FILE, Gazetteer, _normalise, load)
from scripts.pinned import read_pinned  # noqa: E402  (the pinned wheel, checked against its sha256)
from scripts.sites import write_sites  # noqa: E402

WHEEL = ("airportsdata==20260905", "airportsdata-20260905-py3-none-any.whl",
         "d7eaa9a57d373b0adaaae0d52da2af0bb0edf73f7baa170f7c415d3342bf4868")
OUT = os.path.join(REPO, "assets", "airports.tsv")
KEYS = os.path.join(REPO, "assets", "gazetteer.keys.gz")

HEADER = """\
# Airports with a passenger (IATA) code, for the places news names by their airport.
# name <TAB> other names (|) <TAB> country <TAB> admin1 (empty) <TAB> lat <TAB> lon <TAB> kind
# Built by scripts/build_airports.py from airports.csv in the pinned wheel airportsdata==20260905 (MIT licence,
# https://github.com/mborsetti/airportsdata; its data from https://github.com/mwgg/Airports, MIT, (c) 2014 mwgg):
# the airports with an IATA code whose name says it is one, under that name, its shortened forms and its code ("JFK
# Airport"), less the names the gazetteer already has; one named after a town of 10,000 people or more (read as that
# town) only under the rest of its name ("Heathrow Airport"). Each ranks as a town of 100,000 people: used where it is
# named in full.
"""

_AN_AIRPORT = re.compile(r"\b(?:Airport|Airfield|Aerodrome|Air Base)\b")
_PLAIN = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)*")  # words only: not "Duke Field,(Eglin Af Aux Nr 3) Airport"
# the words of an airport's name that name no airport of their own ("Entebbe International Airport" less its town)
_GENERIC = frozenset(("International", "Regional", "Municipal", "Domestic", "National", "County", "City", "Airport",
                      "Airfield", "Aerodrome", "Air", "Base", "Airstrip", "Intl"))
_INITIAL = re.compile(r"\b([A-Z])\b(?![.'’])")  # "John F Kennedy": an initial written without its full stop (not O'Hare's O)


def shortened(name: str) -> list[str]:
    """The forms the news gives an airport's name: with its initials' full stops, without the given names before an
    initial ("Kennedy International Airport"), and without "International".

    >>> shortened("John F Kennedy International Airport")[:3]
    ['John F. Kennedy International Airport', 'Kennedy International Airport', 'John F Kennedy Airport']
    """
    forms = [_INITIAL.sub(r"\1.", name)]
    words = name.split()
    initial = next((k for k, w in enumerate(words[:-2]) if len(w) == 1 and w.isupper()), None)
    if initial is not None:
        forms.append(" ".join(words[initial + 1:]))  # "Kennedy International Airport"
    forms += [f.replace(" International Airport", " Airport") for f in [name, *forms] if " International Airport" in f]
    return [f for f in dict.fromkeys(forms) if f != name]


def airports(rows: list[dict], known: set[str], town: Callable[[str], bool]) -> list[tuple[str, tuple[str, ...], str, float, float]]:
    """(name, other names, country, lat, lon) of each airport with an IATA code whose name says it is an airport, under
    its code too ("JFK Airport"). One whose name opens with a town's (`town`) is listed without it ("Heathrow Airport"
    of "London Heathrow Airport"), where a name of its own is left: the gazetteer reads "London Heathrow Airport" and
    "Entebbe International Airport" as the town already."""
    out = {}
    for r in rows:
        name = " ".join(r["name"].split())
        if not r["iata"] or not _AN_AIRPORT.search(name) or not _PLAIN.fullmatch(name) or _normalise(name) in known:
            continue
        if town(name.split()[0]):
            name = name.split(" ", 1)[1] if " " in name else ""
            if not set(name.split()) - _GENERIC or not _AN_AIRPORT.search(name) or town(name.split()[0]) \
                    or _normalise(name) in known:
                continue
        others = tuple(f for f in (*shortened(name), f"{r['iata']} Airport") if _normalise(f) not in known)
        out.setdefault((name, r["country"]), (name, others, r["country"], float(r["lat"]), float(r["lon"])))
    return sorted(out.values())


def a_town(word: str) -> bool:
    """Whether the gazetteer has a town of 10,000 people or more of this name (GeoNames only: no airport yet)."""
    return any(p.kind == "city" and p.population >= _TOWN for p in _geonames().lookup(word))


_TOWN = 10_000


@lru_cache(maxsize=1)
def _geonames() -> Gazetteer:
    with tempfile.TemporaryDirectory() as tmp:  # the gazetteer's own files, without airports.tsv
        for name in (GAZETTEER_FILE, KEYS_FILE):
            shutil.copy(os.path.join(REPO, "assets", name), tmp)
        return load(Path(tmp))


def known_keys() -> set[str]:
    with gzip.open(KEYS, "rt", encoding="utf-8") as fh:
        return {line.split("\t", 1)[0] for line in fh if not line.startswith("#")}


def _rows(path: str) -> list[dict]:
    """The airports the airportsdata wheel at `path` holds."""
    with zipfile.ZipFile(path) as zf:
        return list(csv.DictReader(io.StringIO(zf.read("airportsdata/airports.csv").decode("utf-8"))))


def main() -> None:
    rows = airports(read_pinned(__doc__.splitlines()[0], WHEEL, _rows), known_keys(), a_town)
    write_sites(OUT, HEADER, [(name, others, cc, "", lat, lon) for name, others, cc, lat, lon in rows], "airports")


if __name__ == "__main__":
    main()
