"""`make bench`: `timeline extract` over a folder of news texts against dateparser.search_dates, side by side.

Texts: the 250 news records of `annotate_speed` (MEANTIME then GeoVirus, or the seed repeated when
../shared is absent), written one `.txt` per document into a folder. Both sides run as whole
processes, start-up included: `timeline extract FOLDER --out events.csv` (imports, the sentence
model, the gazetteer, dates, places, events) and a Python process that imports dateparser and runs
`search_dates` over the same texts. They alternate for `--rounds` rounds; the best round of each
gives the ratio (target >= 0.5), so a noisy shared machine affects both sides alike.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from annotate_speed import load_records, rate, side_by_side


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--texts", type=int, default=250)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    recs = load_records(Path(args.shared), args.texts)
    chars = sum(len(r["text"]) for r in recs)
    timeline = str(Path(sys.executable).with_name("timeline"))
    with tempfile.TemporaryDirectory() as tmp:
        folder, src, out = Path(tmp) / "news", Path(tmp) / "in.jsonl", Path(tmp) / "events.csv"
        folder.mkdir()
        for i, r in enumerate(recs):
            (folder / f"{i:04d}.txt").write_text(r["text"], encoding="utf-8")
        src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        o, d, _ = side_by_side([timeline, "extract", str(folder), "--out", str(out)], src, args.rounds)
        rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
    print(f"texts: {len(recs)} news documents, {chars:,} characters; best of {args.rounds} alternating rounds")
    print(rate("timeline extract (whole process)", o, chars, f"{rows} table rows"))
    print(rate("dateparser.search_dates (whole process)", d, chars))
    print(f"ratio: {d / o:.2f}x  (target >= 0.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
