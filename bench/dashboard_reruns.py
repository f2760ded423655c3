"""`make bench`: the dashboard's own work on a rerun, with a long pasted article (server side, in `streamlit.testing`).

A rerun that changes nothing a chart shows (another download format chosen, the timeline's lanes set back to ones
drawn before) shows the charts it drew already; one that changes what they show (lanes never drawn before) draws
them. Both are timed on the same article in the same process, so a noisy machine affects them alike; the article is
the first news and history texts of the held-out events sets joined (or the seed repeated when they are absent),
about 300,000 characters and a thousand events.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "blinken-brussels-nato-2024-11-13.txt"
FORMATS = ("Calendar (.ics)", "Google Earth (.kml)")


def article(size: int = 300_000) -> str:
    """About `size` characters of held-out texts, or the seed repeated."""
    texts = [json.loads(line)["text"] for path in sorted((ROOT / "bench" / "data").glob("events_unseen_*.jsonl"))[:8]
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = "\n\n".join(texts) or SEED.read_text(encoding="utf-8")
    return (text * (size // len(text) + 1))[:size]


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000, help="the pasted article's length")
    args = parser.parse_args()
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=600)
    at.run()
    at.text_area(key="pasted").set_value(article(args.chars)).run()
    rows = len(at.dataframe[0].value)
    kept = [timed(lambda k=k: at.selectbox(key="other_format").set_value(FORMATS[k % 2]).run()) for k in range(4)]
    drawn = [timed(lambda lane=lane: at.selectbox(key="lane").set_value(lane).run()) for lane in ("country_code", "actors")]
    kept += [timed(lambda lane=lane: at.selectbox(key="lane").set_value(lane).run()) for lane in ("event_type", "country_code")]
    assert not at.exception, at.exception
    print(f"{args.chars:,} characters pasted, {rows:,} rows in the table")
    print(f"rerun that changes no chart (format chosen, lanes set back), median of {len(kept)}: {statistics.median(kept):5.2f} s")
    print(f"rerun that draws the timeline anew (lanes never drawn), median of {len(drawn)}:   {statistics.median(drawn):5.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
