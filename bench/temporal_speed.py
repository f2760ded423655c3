"""`make bench`: find_dates against dateparser.search_dates on the same texts, side by side, as a ratio.

Texts: the shared MEANTIME + WikiWars documents (or the seed article when ../shared is absent).
Each tagger runs over all texts once to warm up, then `--rounds` times alternately; the ratio of the
best rounds is printed, so a noisy shared machine affects both sides alike.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

from timeline.language.temporal import find_dates, parse_date


def load_texts(shared: Path) -> list[tuple[str, datetime | None]]:
    texts = []
    for name in ("meantime_en.jsonl", "wikiwars.jsonl"):
        path = shared / "data" / "temporal" / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                rec = json.loads(line)
                d = parse_date(rec["dct"][:10]) if rec.get("dct") else None
                dct = datetime(d.year, d.month, d.day) if d else None
                texts.append((rec["text"], dct))
    if not texts:
        seed = Path(__file__).resolve().parent.parent / "seeds" / "blinken-brussels-nato-2024-11-13.txt"
        texts.append((seed.read_text(encoding="utf-8"), datetime(2024, 11, 13)))
    return texts


def run_ours(texts) -> float:
    t0 = time.perf_counter()
    for text, dct in texts:
        find_dates(text, dct.date() if dct else None)
    return time.perf_counter() - t0


def run_dateparser(texts) -> float:
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    for text, dct in texts:
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct} if dct else None)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = load_texts(Path(args.shared))
    chars = sum(len(t) for t, _ in texts)
    run_ours(texts[:3])
    run_dateparser(texts[:3])
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(run_ours(texts))
        theirs.append(run_dateparser(texts))
    o, d = min(ours), min(theirs)
    print(f"texts: {len(texts)} documents, {chars:,} characters")
    print(f"find_dates:             {o:7.2f} s  {chars / o / 1000:8.0f} kchar/s")
    print(f"dateparser.search_dates: {d:7.2f} s  {chars / d / 1000:8.0f} kchar/s")
    print(f"ratio (find_dates throughput / dateparser's): {d / o:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
