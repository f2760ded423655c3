"""Real browser (Debian's chromium through Playwright), every request off this machine refused:
the HTML report and the running dashboard draw their charts and the map's land, with no error."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, dashboard_server

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
    # 2008, 2014 and the November 2024 trip, each titled: the years on the overview, the trip's days in the detail
    assert "Russia annexed the Crimea" in timeline and "Detail" in timeline and "2–4. Lima → Manaus → Rio de Janeiro" in timeline
    assert "Antony J. Blinken's trip" in w.page.locator("#map").inner_text()
    assert w.errors == [] and w.outgoing == []
    if os.environ.get("TIMELINE_FIGURES"):  # README pictures: TIMELINE_FIGURES=docs make test
        w.page.wait_for_timeout(1000)
        for name in ("timeline", "map"):
            w.page.locator(f"#{name}").screenshot(path=str(Path(os.environ["TIMELINE_FIGURES"]) / f"{name}.png"))


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    with dashboard_server(tmp_path_factory.mktemp("app") / "streamlit.log") as url:
        yield url


def _metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


_QUIET = """() => {
    const busy = !!document.querySelector('[data-testid="stStatusWidget"]');
    const now = performance.now();
    if (busy || window.__busyAt === undefined) window.__busyAt = now;
    return !busy && now - window.__busyAt > 600;
}"""


def _drawn_ids(page, n: int) -> set[str]:
    """Event ids drawn on the page's n-th chart (0: the timeline), read from plotly's own data."""
    ids = page.evaluate(f"""() => document.querySelectorAll('.js-plotly-plot')[{n}].data
        .flatMap(t => t.customdata || []).flatMap(d => String(d).split(','))""")
    return set(ids)


def _place_on_map(page, name: str):
    """The marker of the city `name` on the map (plotly draws a trace's points in the order of its data)."""
    page.wait_for_selector(".geo .scattergeo .point", timeout=30_000)
    trace, point = page.evaluate("""(name) => {
        const data = document.querySelectorAll('.js-plotly-plot')[1].data;
        const geo = data.filter(t => t.type === 'scattergeo');
        const t = geo.findIndex(t => t.name === 'Cities');
        return [t, geo[t].hovertext.findIndex(h => h.startsWith('<b>' + name + '</b>'))];
    }""", name)
    return page.locator(".geo .scattergeo.trace").nth(trace).locator(".point").nth(point)


def _table_rows(page) -> int:
    page.wait_for_selector('[data-testid="stDataFrame"] [role="grid"]', state="attached")
    return page.evaluate("""() => Number(document.querySelector('[data-testid="stDataFrame"] [role="grid"]')
        .getAttribute('aria-rowcount')) - 1""")


def _settled(page, timeout: int = 30_000) -> None:
    """Wait on the app's own state: no script has been running for 0.6 s (a rerun may start late), charts drawn."""
    page.evaluate("() => { window.__busyAt = undefined; }")
    page.wait_for_function(_QUIET, timeout=timeout, polling=100)
    page.wait_for_selector(".js-plotly-plot", timeout=timeout)


def _download(page, button: str) -> Path:
    """The file a download button gives. A click that lands while the app reruns (an upload just made it rerun) is
    lost on a busy machine, so a second click follows once the app has settled again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in (1, 2):
        try:
            with page.expect_download(timeout=30_000) as dl:
                page.get_by_role("button", name=button).click()
            return Path(dl.value.path())
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            _settled(page)
    raise AssertionError("unreachable")


def _shot(page, name: str) -> None:
    folder = os.environ.get("TIMELINE_FIGURES")
    if folder:
        page.set_viewport_size({"width": 1280, "height": 2300})  # the app scrolls inside its own frame
        page.wait_for_timeout(1500)
        page.screenshot(path=str(Path(folder) / name))
        page.set_viewport_size({"width": 1280, "height": 900})


def test_dashboard_works_offline(browser, app_url):
    w = Watch(browser)
    w.page.goto(app_url)
    # the seed's places: the map drawn while the articles are read has land but no places
    w.page.wait_for_selector(".geo .scattergeo .point", timeout=60_000)
    assert w.page.locator(".js-plotly-plot").count() == 2
    assert w.land_paths() >= 1
    assert w.page.locator('[data-testid="stException"]').count() == 0
    assert w.page.get_by_role("button", name="Deploy").count() == 0  # a local tool: nothing to deploy
    assert w.outgoing == [], w.outgoing
    if os.environ.get("TIMELINE_SCREENSHOT"):
        w.page.set_viewport_size({"width": 1280, "height": 2300})  # the app scrolls inside its own frame
        w.page.wait_for_timeout(2500)
        w.page.screenshot(path=os.environ["TIMELINE_SCREENSHOT"], full_page=True)


def _corrected_rows(page) -> list[dict]:
    """The rows of the downloaded CSV that a reader's correction retitled, by column name."""
    table = csv.DictReader(io.StringIO(_download(page, "Download CSV").read_text(encoding="utf-8")))
    return [r for r in table if r["title"] == "Corrected by a reader"]


def test_dashboard_walkthrough(browser, app_url, tmp_path):
    """Upload two articles (one with an undated trip stop), pick a place on the map and see the timeline, the figures and
    the table narrow, choose an event in the table, correct it, download the CSV and the corrections, reload, load them back."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    w = Watch(browser)
    w.page.goto(app_url)
    _settled(w.page, 60_000)
    a = tmp_path / "lima-apec.txt"
    # a trip with undated stops (Manaus, Brasília): the picker, the source and the downloads must still work
    a.write_text("Lima 14.11.2024 Leaders met at the APEC summit in Lima today. Blinken will later travel to Manaus. "
                 "He will then travel to Brasilia.", encoding="utf-8")
    b = tmp_path / "kyiv.html"
    b.write_text("<html><body><p>Kyiv 02.03.2022 Russian forces shelled Kharkiv on March 1, 2022.</p></body></html>", encoding="utf-8")
    w.page.locator('[data-testid="stSidebar"] input[type="file"]').first.set_input_files([str(a), str(b)])
    w.page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some(m => m.innerText.includes('Documents') && m.innerText.includes('3'))",
        timeout=30_000,
    )
    _settled(w.page)
    assert _metric(w.page, "Documents") == "3"  # the seed and the two uploads
    _shot(w.page, "walkthrough-1-uploaded.png")

    # pick a place on the map: the timeline, the figures, the table and the event picker follow the selection
    events_before = int(_metric(w.page, "Events"))
    drawn_before, rows_before = _drawn_ids(w.page, 0), _table_rows(w.page)
    _place_on_map(w.page, "Lima").click(force=True)
    w.page.wait_for_selector("text=selected event(s)", timeout=30_000)
    _settled(w.page)
    assert w.page.locator('[data-testid="stAlert"]', has_text="selected event(s)").count() == 1
    picked = int(_metric(w.page, "Events"))
    assert 1 <= picked < events_before  # the figures describe the pick
    assert 0 < len(_drawn_ids(w.page, 0)) < len(drawn_before)  # the timeline narrowed to it
    try:  # the table is drawn last: waited for on a loaded machine
        w.page.wait_for_function(f"""() => Number(document.querySelector('[data-testid="stDataFrame"] [role="grid"]')
            .getAttribute('aria-rowcount')) - 1 < {rows_before}""", timeout=30_000)
    except PlaywrightTimeout:
        pass  # the assertion below says what the table shows
    assert picked <= _table_rows(w.page) < rows_before  # a row per place of each picked event
    _shot(w.page, "walkthrough-2-picked-on-map.png")

    # a click on a table row chooses its event: the picker shows it, the source opens at its sentence
    pickers_js = "() => [...document.querySelectorAll('[data-testid=stSelectbox] input')].map(i => i.value)"
    before = w.page.evaluate(pickers_js)
    grid = w.page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    last = _table_rows(w.page)
    w.page.mouse.click(box["x"] + 12, box["y"] + 35 * last + 17)  # the last row's selection box (35 px rows under a header)
    _settled(w.page)
    try:  # the picker follows the table (waited for: on a loaded machine the rerun may start late)
        w.page.wait_for_function(f"(before) => JSON.stringify(({pickers_js})()) !== JSON.stringify(before)", arg=before, timeout=30_000)
    except PlaywrightTimeout:
        pass  # the assertion below says what the picker shows
    assert w.page.evaluate(pickers_js) != before
    assert w.page.locator(".source .focus").first.is_visible()
    _shot(w.page, "walkthrough-2b-row-chosen.png")

    # its sentence is outlined in the source; correct the title and save
    focus = "".join(w.page.locator(".source .focus").all_inner_texts())
    assert "Blinken" in focus or "Kharkiv" in focus or "Lima" in focus  # the picked event's sentence, outlined
    # while a rerun redraws the form, the old one may stand beside the new for a moment (on a loaded machine, seconds)
    w.page.wait_for_function("() => document.querySelectorAll('input[aria-label=\"Title\"]').length === 1", timeout=30_000)
    title = w.page.get_by_label("Title", exact=True)
    title.fill("Corrected by a reader")
    title.press("Tab")  # the form takes a text field's value when it loses focus
    _settled(w.page)  # (a click that lands while that rerun runs is lost on a busy machine)
    w.page.get_by_role("button", name="Save correction").click()
    _settled(w.page)
    # the event picker shows it without another action (waited for: on a loaded machine the rerun may start late)
    try:
        w.page.wait_for_function(f"() => ({pickers_js})().some(v => v.startsWith('Corrected by a reader'))", timeout=30_000)
    except PlaywrightTimeout:
        pass  # the assertion below says what the picker shows
    pickers = w.page.evaluate(pickers_js)
    assert any(v.startswith("Corrected by a reader") for v in pickers), pickers
    _shot(w.page, "walkthrough-3-corrected.png")
    w.page.get_by_text("Play the map through time").click()  # any rerun: the correction must stay
    w.page.wait_for_selector("text=Places through time", timeout=30_000)
    _settled(w.page)
    rows = _corrected_rows(w.page)
    assert rows and all(r["verified"] == "True" for r in rows)

    # the corrections are saved, and a new session (a reload) takes them back
    saved = tmp_path / "corrections.json"
    saved.write_bytes(_download(w.page, "Download corrections").read_bytes())
    assert "Corrected by a reader" in saved.read_text(encoding="utf-8")
    w.page.reload()
    _settled(w.page, 60_000)
    w.page.locator('[data-testid="stSidebar"] input[type="file"]').first.set_input_files([str(a), str(b)])
    w.page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some(m => m.innerText.includes('Documents') && m.innerText.includes('3'))",
        timeout=30_000,
    )
    _settled(w.page)
    w.page.locator('[data-testid="stFileUploader"]', has_text="Upload corrections").locator('input[type="file"]').set_input_files(str(saved))
    _settled(w.page)
    rows = _corrected_rows(w.page)
    assert rows and all(r["verified"] == "True" for r in rows)
    assert w.errors == [] and w.outgoing == [], (w.errors, w.outgoing)


HOSTILE = (
    "Brussels 13.11.2024 Talks in Brussels </script><script>window.__pwned = 1; alert(1)</script> today ended "
    '<img src=x onerror="window.__pwned = 2"> with a deal. Leaders met at a summit in Quito on November 14, 2024 '
    '<svg onload="window.__pwned = 3"> and =HYPERLINK("http://example.invalid") followed.'
)


def _guard(w: Watch) -> list[str]:
    dialogs: list[str] = []
    w.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs


def test_hostile_article_runs_nothing_in_the_report(browser, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "timeline", "extract", str(evil), "--out", str(out)], check=True, timeout=120)
    w = Watch(browser)
    dialogs = _guard(w)
    w.page.goto(out.as_uri())
    w.page.wait_for_selector(".geo .layer.land path", timeout=30_000)
    w.page.wait_for_timeout(500)
    assert w.page.evaluate("() => window.__pwned") is None and dialogs == []
    assert "</script><script>" in w.page.locator("table.events").inner_text()  # shown as text, not run
    assert w.errors == [] and w.outgoing == []


def test_hostile_article_runs_nothing_in_the_dashboard(browser, app_url):
    w = Watch(browser)
    dialogs = _guard(w)
    w.page.goto(app_url)
    _settled(w.page, 60_000)
    box = w.page.get_by_label("Paste an article")
    box.fill(HOSTILE)
    box.press("Control+Enter")
    w.page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some(m => m.innerText.includes('Documents') && m.innerText.includes('2'))",
        timeout=30_000,
    )
    _settled(w.page)
    picker = w.page.get_by_role("combobox", name="Event", exact=True)
    picker.click()
    # Quito, not a city of the seed's: an event the seed also reports would be joined with it, under the seed's source
    picker.type("summit in Quito")  # the picker filters its options as one types
    w.page.keyboard.press("Enter")
    _settled(w.page)
    assert "</script><script>" in w.page.locator(".source").inner_text()  # the marked-up source shows it as text
    assert w.page.evaluate("() => window.__pwned") is None and dialogs == []
    assert w.outgoing == []
