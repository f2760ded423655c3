"""`make bench`: `timeline annotate` (dates and places) against dateparser.search_dates (dates only).

Texts: 250 news texts, the shared MEANTIME documents then GeoVirus articles (or the seed
article repeated when ../shared is absent), written to one JSONL file.

Both sides run as whole processes, start-up included: `timeline annotate IN.jsonl` (imports,
gazetteer load, dates and toponyms for every text) and a Python process that imports dateparser
and runs `search_dates` over the same texts. They alternate for `--rounds` rounds and the best
round of each gives the ratio, so a noisy shared machine affects both sides alike. dateparser's
warm time (import and first call excluded) is printed too, and the ratio against it as well.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timeline.language.temporal import parse_date

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "blinken-brussels-nato-2024-11-13.txt"

# Runs in its own process: import, then search every text; prints the warm seconds.
_DATEPARSER = """
import json, sys, time
from datetime import datetime
from dateparser.search import search_dates
recs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
search_dates(recs[0]["text"][:200], languages=["en"])
t0 = time.perf_counter()
for r in recs:
    base = datetime.fromisoformat(r["dct"][:10]) if r.get("dct") else None
    search_dates(r["text"], languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
print(time.perf_counter() - t0)
"""


def load_records(shared: Path, n: int) -> list[dict]:
    """Up to `n` news records with doc_id, text and dct."""
    recs: list[dict] = []
    for sub, name in (("temporal", "meantime_en.jsonl"), ("places", "geovirus.jsonl")):
        path = shared / "data" / sub / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                r = json.loads(line)
                d = parse_date(r["dct"]) if r.get("dct") else None
                recs.append({"doc_id": r["doc_id"], "text": r["text"], "dct": d.isoformat() if d else None})
    if not recs:
        text = SEED.read_text(encoding="utf-8")
        recs = [{"doc_id": f"seed-{i}", "text": text, "dct": "2024-11-13"} for i in range(n)]
    return recs[:n]


def timed(cmd: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - t0, out


def side_by_side(ours: list[str], texts: Path, rounds: int) -> tuple[float, float, list[str]]:
    """Best seconds of our command and of dateparser over `texts`, alternating; and dateparser's warm times printed."""
    mine, theirs, printed = [], [], []
    for _ in range(rounds):
        mine.append(timed(ours)[0])
        secs, out = timed([sys.executable, "-c", _DATEPARSER, str(texts)])
        theirs.append(secs)
        printed.append(out.strip())
    return min(mine), min(theirs), printed


def rate(label: str, seconds: float, chars: int, extra: str = "") -> str:
    """One aligned line of a speed report: '<label>  12.34 s    56 kchar/s  (extra)'."""
    return f"{label + ':':<41}{seconds:6.2f} s  {chars / seconds / 1000:6.0f} kchar/s" + (f"  ({extra})" if extra else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--texts", type=int, default=250)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    recs = load_records(Path(args.shared), args.texts)
    chars = sum(len(r["text"]) for r in recs)
    timeline = str(Path(sys.executable).with_name("timeline"))
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        o, d, out = side_by_side([timeline, "annotate", str(src), "--out", str(dst)], src, args.rounds)
        w = min(float(x) for x in out)
        found = [json.loads(line) for line in dst.open(encoding="utf-8")]
    n_dates = sum(len(r["timexes"]) for r in found)
    n_places = sum(len(r["toponyms"]) + len(r["demonyms"]) for r in found)
    print(f"texts: {len(recs)} news documents, {chars:,} characters; best of {args.rounds} alternating rounds")
    print(rate("timeline annotate (whole process)", o, chars, f"{n_dates} dates, {n_places} places"))
    print(rate("dateparser.search_dates (whole process)", d, chars))
    print(rate("dateparser.search_dates (warm)", w, chars))
    print(f"ratio vs dateparser whole process: {d / o:.2f}x")
    print(f"ratio vs dateparser warm:          {w / o:.2f}x  (target >= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
