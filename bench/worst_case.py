"""`make bench`: pathological inputs, each timed at its full size and at half of it.

Seconds per MB must stay under the goal (5 s/MB) and the full size should take about twice the half
size: time linear in the input, no regular expression backtracking blowing up.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from timeline.documents import html_to_text
from timeline.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
SEED = " ".join((ROOT / "seeds" / "blinken-brussels-nato-2024-11-13.txt").read_text(encoding="utf-8").split()) + " "
DENSE = "Brussels 13.11.2024 Talks in Brussels on November 12-13 ended; Blinken will travel to Lima, Peru, on November 14. "


def one_line(n: int, text: str = SEED) -> str:
    """News text with no line break at all (a scraped page flattened to one line)."""
    return (text * (n // len(text) + 1))[:n]


def numbers(n: int) -> str:
    rnd = random.Random(n)
    return " ".join(str(rnd.choice([rnd.randint(0, 99), rnd.randint(1000, 2100), rnd.randint(0, 10**9)])) for _ in range(n))


def capitalised(n: int) -> str:
    rnd = random.Random(n)
    words = ["Alpha", "Brussels", "Georgia", "Mr", "New", "San", "De", "Lima", "Washington", "North", "The", "Of"]
    return " ".join(rnd.choice(words) for _ in range(n))


def nested_html(n: int) -> str:
    return "<div>" * n + "Talks in Brussels on November 12, 2024." + "</div>" * n


def timeline_page(n: int) -> str:
    """A timeline page: a date alone on each other line, then what happened (headings, header and dateline checks)."""
    line = "June 25, 1950\nA-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A a b. On On On On On On On On 2020 x!\n"
    return (line * (n // len(line) + 1))[:n]


CASES = [
    ("5 MB on one line (extract)", lambda k: one_line(int(4_900_000 * k)), extract),
    ("1 MB, a date and places every 110 chars", lambda k: one_line(int(1_000_000 * k), DENSE), extract),
    ("100,000 numbers (extract)", lambda k: numbers(int(100_000 * k)), extract),
    ("10,000 capitalised words (extract)", lambda k: capitalised(int(10_000 * k)), extract),
    ("1 MB timeline page, hostile lines (extract)", lambda k: timeline_page(int(1_000_000 * k)), extract),
    ("HTML nested 10,000 deep (main text)", lambda k: nested_html(int(10_000 * k)), html_to_text),
]


def timed(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main() -> int:
    extract("warm up: Brussels on 1 May 2024.")  # gazetteer and imports out of the timings
    worst = 0.0
    for name, make, fn in CASES:
        full, half = make(1.0), make(0.5)
        t_full, t_half = timed(fn, full), timed(fn, half)
        mb = len(full.encode("utf-8")) / 1e6
        worst = max(worst, t_full / mb)
        print(f"{name:<38} {mb:5.2f} MB in {t_full:6.2f} s = {t_full / mb:5.2f} s/MB;"
              f" half the size {t_half:5.2f} s (full/half {t_full / max(t_half, 1e-9):4.1f}, linear ≈ 2)")
    print(f"worst: {worst:.2f} s/MB (goal <= 5 s/MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
