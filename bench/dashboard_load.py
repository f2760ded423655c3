"""`make bench`: ten browser sessions upload a 1 MB article each, all at once, to one local dashboard server.

Checks what issue 18 asks of a shared server: it stays up, its memory is bounded (peak resident memory of the
server process is printed, sampled every 0.2 s from /proc), and the other sessions still answer — an eleventh
session opened while the ten are busy gets the seed's timeline, and its time to do so is printed beside the
same session's time on an idle server. The articles are different (each is the MEANTIME news texts joined in its
own order, about 1 MB), so no session is served from another's cache.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

from dashboard_speed import CHROMIUM, IDLE, big_article, free_port, start_server, wait_healthy

DOCS = "() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some(m => m.innerText.includes('Documents') && m.innerText.includes('2'))"


def articles(shared: Path, n: int) -> list[str]:
    """`n` different articles of about 1 MB each (the same news texts, each article in its own order)."""
    return [big_article(shared, order=k) for k in range(n)]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    total = 0
    for p in [pid] + [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--timeout", type=float, default=900, help="seconds the whole load may take")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(port)
    peak, stop = [0.0], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                peak[0] = max(peak[0], rss_mb(server.pid))
            except (FileNotFoundError, ProcessLookupError):
                return
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()
    try:
        wait_healthy(url)
        with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])

            def seed_page() -> float:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_selector(".js-plotly-plot", timeout=300_000)
                took = time.perf_counter() - start
                page.close()
                return took

            idle = seed_page()  # also warms the server: the model and the gazetteer are loaded once
            files = []
            for k, text in enumerate(articles(Path(args.shared), args.sessions)):
                files.append(Path(tmp) / f"article-{k}.txt")
                files[-1].write_text(text, encoding="utf-8")
            pages = []
            base = rss_mb(server.pid)
            start = time.perf_counter()
            for f in files:  # all uploads started before any is waited for
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(url)
                page.wait_for_selector(".js-plotly-plot", timeout=300_000)
                page.locator('[data-testid="stSidebar"] input[type="file"]').first.set_input_files(str(f))
                pages.append(page)
            busy = seed_page()  # an eleventh reader while the ten are being read
            done = []
            for page in pages:
                left = max(1.0, args.timeout - (time.perf_counter() - start))
                page.wait_for_function(DOCS, timeout=left * 1000)
                page.wait_for_function(IDLE, timeout=left * 1000)
                done.append(time.perf_counter() - start)
            errors = sum(p.locator('[data-testid="stException"]').count() for p in pages)
            mb = sum(f.stat().st_size for f in files) / 1e6
            browser.close()
        alive = server.poll() is None
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
    print(f"{args.sessions} sessions, {mb:.1f} MB of articles uploaded at once; all shown after {max(done):.1f} s "
          f"(first {min(done):.1f} s); {errors} error(s) shown; server {'up' if alive else 'DOWN'} at the end")
    print(f"server memory: {base:.0f} MB before the uploads, peak {peak[0]:.0f} MB")
    print(f"another reader opening the seed: {busy:.1f} s while the {args.sessions} are read, {idle:.1f} s on the idle server")
    return 0 if alive and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
