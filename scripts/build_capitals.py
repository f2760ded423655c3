#!/usr/bin/env python3
"""Build ``assets/capitals.tsv``: each country's capital, for the places news names by their role ("the Chinese capital").

The pinned *countryinfo* wheel (1.0.1, MIT; its values come from the CIA World Factbook and REST Countries) gives each
country's capital by name. This script keeps the capitals the gazetteer knows as a town of that country, so that
`Gazetteer.capital` finds each one again by its name and country.

    python3 scripts/build_capitals.py [--wheels DIR]

Python 3.11 standard library and the repository's gazetteer; the output is sorted, so a rebuild is byte-identical.
"""

from __future__ import annotations

import json
import os
import sys
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
from scripts.pinned import read_pinned  # noqa: E402  (the pinned wheel, checked against its sha256)
from timeline.language.gazetteer import capital_in, load  # noqa: E402  (found again exactly as the runtime finds it)

WHEEL = ("countryinfo==1.0.1", "countryinfo-1.0.1-py3-none-any.whl",
         "b02f6f534f0a3b9cdc73fba7e08f247e39826acfa54bf080f8e4eba812066350")
OUT = os.path.join(REPO, "assets", "capitals.tsv")

HEADER = """\
# Each country's capital, for the places news names by their role: "the Chinese capital", "the Ugandan capital".
# country (ISO alpha-2) <TAB> capital, as the gazetteer names a town of that country
# Built by scripts/build_capitals.py from the pinned wheel countryinfo==1.0.1 (MIT licence,
# https://github.com/porimol/countryinfo; values from the CIA World Factbook, public domain), less the capitals the
# gazetteer does not know as a town of their country.
"""


def capitals(path: str) -> dict[str, str]:
    """Alpha-2 code -> capital name, from the wheel's country files (the first file with a capital wins)."""
    out: dict[str, str] = {}
    with zipfile.ZipFile(path) as zf:
        for member in sorted(zf.namelist()):
            if member.startswith("countryinfo/data/") and member.endswith(".json"):
                d = json.loads(zf.read(member))
                code = (d.get("ISO") or {}).get("alpha2")
                if code and d.get("capital") and code not in out:
                    out[code] = " ".join(str(d["capital"]).split())
    return out


def main() -> None:
    found = read_pinned(__doc__.splitlines()[0], WHEEL, capitals)
    gaz = load()
    kept = {cc: name for cc, name in found.items() if capital_in(gaz, name, cc) is not None}
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        for cc in sorted(kept):
            fh.write(f"{cc}\t{kept[cc]}\n")
    missing = sorted(f"{cc} {name}" for cc, name in found.items() if cc not in kept)
    print(f"{OUT}: {len(kept)} capitals; not in the gazetteer as a town of their country: {', '.join(missing)}", file=sys.stderr)


if __name__ == "__main__":
    main()
