"""Real browser (Debian's chromium through Playwright), every request off this machine refused:
the HTML report and the running dashboard draw their charts and the map's land, with no error."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SEED

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("TIMELINE_SKIP_BROWSER") == "1":
        pytest.skip("TIMELINE_SKIP_BROWSER=1")
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: `apt-get install chromium` (the CI script does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watch:
    """A page whose requests off this machine are refused and recorded, with its script errors."""

    def __init__(self, browser):
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.outgoing: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route):
        url = route.request.url
        local = url.startswith(("file:", "data:", "blob:", "about:")) or url.split("/")[2].split(":")[0] in ("127.0.0.1", "localhost")
        if local:
            route.continue_()
        else:
            self.outgoing.append(url)
            route.abort()

    def land_paths(self) -> int:
        return self.page.locator(".geo .layer.land path").count()


def test_report_works_offline(browser, tmp_path):
    out = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "timeline", "extract", str(SEED), "--out", str(out)], check=True, timeout=120)
    w = Watch(browser)
    w.page.goto(out.as_uri())
    w.page.wait_for_selector(".geo .layer.land path", timeout=30_000)
    assert w.page.locator(".js-plotly-plot").count() >= 2
    assert w.land_paths() >= 1
    assert w.page.locator("table.events tr").count() > 10
    timeline = w.page.locator("#timeline").inner_text()
    # 2008, 2014 and the November 2024 trip, each readable: the years on the overview, the trip's days in the detail
    assert "2008 (year)" in timeline and "2014 (year)" in timeline and "Detail" in timeline and "November 14-19" in timeline
    assert "Antony J. Blinken's trip" in w.page.locator("#map").inner_text()
    assert w.errors == [] and w.outgoing == []
    if os.environ.get("TIMELINE_FIGURES"):  # README pictures: TIMELINE_FIGURES=docs make test
        w.page.wait_for_timeout(1000)
        for name in ("timeline", "map"):
            w.page.locator(f"#{name}").screenshot(path=str(Path(os.environ["TIMELINE_FIGURES"]) / f"{name}.png"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("app") / "streamlit.log"
    env = {**os.environ, "STREAMLIT_SERVER_PORT": str(port), "STREAMLIT_SERVER_HEADLESS": "true",
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    with open(log, "w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py")], cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail(f"dashboard did not answer /_stcore/health: {log.read_text()[-2000:]}")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_dashboard_works_offline(browser, app_url):
    w = Watch(browser)
    w.page.goto(app_url)
    w.page.wait_for_selector(".geo .layer.land path", timeout=60_000)
    assert w.page.locator(".js-plotly-plot").count() == 2
    assert w.land_paths() >= 1
    assert w.page.locator('[data-testid="stException"]').count() == 0
    assert w.outgoing == [], w.outgoing
    if os.environ.get("TIMELINE_SCREENSHOT"):
        w.page.set_viewport_size({"width": 1280, "height": 2300})  # the app scrolls inside its own frame
        w.page.wait_for_timeout(2500)
        w.page.screenshot(path=os.environ["TIMELINE_SCREENSHOT"], full_page=True)
