"""`make bench`: the dashboard in a real browser (Debian's chromium via Playwright).

1. From starting the Streamlit server to the seed's timeline and map painted (the map with its land).
2. A filter change (the "Kinds of event" filter set to travel, then cleared) until the timeline is drawn
   again and the app is idle; the median of several changes.

Times include Python start-up and the first extraction (nothing is warmed before the clock starts).
Goals: ≤ 8 s to first paint, ≤ 0.5 s per filter change.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--changes", type=int, default=6, help="filter changes to time")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {**os.environ, "STREAMLIT_SERVER_PORT": str(port), "STREAMLIT_SERVER_HEADLESS": "true"}
    url = f"http://127.0.0.1:{port}"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        t0 = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py")], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.05)
            t_up = time.perf_counter() - t0
            page.goto(url)
            page.wait_for_selector(".geo .layer.land path", timeout=60_000)
            page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 2", timeout=60_000)
            t_paint = time.perf_counter() - t0
            page.wait_for_function(IDLE, timeout=60_000)

            page.get_by_text("Filters").click()
            box = page.get_by_label("Kinds of event")
            times, drawn = [], []
            for i in range(args.changes):
                before = page.locator("#timeline, .js-plotly-plot").first.inner_text()
                start = time.perf_counter()
                box.click()
                if i % 2 == 0:
                    box.type("travel")
                    page.keyboard.press("Enter")
                else:
                    page.keyboard.press("Backspace")  # removes the chosen kind again
                page.keyboard.press("Escape")
                page.wait_for_function(
                    "(b) => { const p = document.querySelector('.js-plotly-plot'); return p && p.innerText !== b; }", arg=before, timeout=30_000
                )
                drawn.append(time.perf_counter() - start)
                page.wait_for_function(IDLE, timeout=30_000)
                times.append(time.perf_counter() - start)
        finally:
            server.terminate()
            server.wait(timeout=20)
            browser.close()
    print(f"server answering:                 {t_up:5.2f} s after start")
    print(f"seed timeline and map painted:    {t_paint:5.2f} s after start   (goal <= 8 s)")
    print(f"filter change, timeline redrawn, median of {len(drawn)}: {statistics.median(drawn):5.2f} s"
          f"   (min {min(drawn):.2f}, max {max(drawn):.2f}; goal <= 0.5 s)")
    print(f"filter change, app idle again, median of {len(times)}:  {statistics.median(times):5.2f} s"
          f"   (min {min(times):.2f}, max {max(times):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
