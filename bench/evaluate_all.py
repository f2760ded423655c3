"""`make eval`: accuracy on the shared development sets (skipped with a message when ../shared is absent)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from timeline.evaluate import format_scores, predict, read_jsonl, score_places, score_temporal
from timeline.models import Settings
from timeline.pipeline import annotate_record


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared", help="folder holding data/temporal and data/places")
    args = ap.parse_args()
    data = Path(args.shared) / "data"
    if not data.is_dir():
        print(f"eval: {data} not found; the shared development sets are needed for make eval (skipped)")
        return 0
    runs = [
        ("temporal", data / "temporal" / "meantime_en.jsonl", "news", score_temporal),
        ("temporal", data / "temporal" / "wikiwars.jsonl", "narrative", score_temporal),
        ("places", data / "places" / "geovirus.jsonl", "news", score_places),
    ]
    for task, path, mode, scorer in runs:
        gold = read_jsonl(path)
        settings = Settings(mode=mode)
        t0 = time.perf_counter()
        pred = predict(gold, lambda r: annotate_record(r, settings))
        secs = time.perf_counter() - t0
        print(format_scores(f"{task}: {path.name} (mode={mode}, {len(gold)} docs, {secs:.1f} s)", scorer(gold, pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
