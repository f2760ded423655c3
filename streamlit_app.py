"""The timeline dashboard: pick, paste or upload articles; read their events on a linked timeline, map,
table and source text; correct what the machine got wrong; download any format.

All logic lives in the package (`timeline.table.review` for filters, corrections and the marked-up source);
this file only lays out widgets. Article text is escaped before it is shown (`review.highlight`).
"""

from __future__ import annotations

import hashlib
import re
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from datetime import date
from pathlib import Path
from typing import Any, Callable

import streamlit as st

from timeline.reading.documents import SUFFIXES, doc_ids, make_document, text_of
from timeline.errors import TimelineError
from timeline.views.export import to_bytes
from timeline.views.figures import LANES, TOPOJSON, map_animation, map_figure, timeline_figure, waiting_map
from timeline.table.frame import empty, fingerprint, to_frame
from timeline.language.gazetteer import default_gazetteer
from timeline.guard import DeadlineError
from timeline.memo import BoundedStore
from timeline.events.merge import merge_sources
from timeline.models import Settings
from timeline.pipeline import process
from timeline.table.review import (
    CorrectionError, Filters, apply_corrections, check_correction, correction_key, dump_corrections, filter_events,
    highlight, place_choices, read_corrections, writes_day_first,
)

SEEDS = Path(__file__).parent / "seeds"
MAX_UPLOAD_MB = 20
CACHE_MB = 400  # the extractions kept for every session together
LONG = 100_000  # characters: an article this long shows a progress bar while it is read
DEADLINE = 120  # seconds a session waits for one article (a 5 MB article of the densest text takes about 45 s)
# plotly.js fetches outlines from topojsonURL; Streamlit serves ./static (a link to assets/topojson).
PLOT_CONFIG = {"displaylogo": False, "topojsonURL": "app/static/"}
OTHER = {
    "TimelineJS (.timeline.json)": (".timeline.json", "application/json"),
    "GeoJSON (.geojson)": (".geojson", "application/geo+json"),
    "Calendar (.ics)": (".ics", "text/calendar"),
    "Google Earth (.kml)": (".kml", "application/vnd.google-earth.kml+xml"),
    "Parquet (.parquet)": (".parquet", "application/octet-stream"),
    "JSON records (.json)": (".json", "application/json"),
}
LANE_NAMES = {
    "auto": "kind of event, and trips", "doc_id": "document", "event_type": "kind of event", "country_code": "country",
    "place": "place", "traveller": "traveller", "itinerary_id": "itinerary", "actors": "first actor named",
}
# Filters kept in the URL, so a view can be shared: query parameter -> widget key.
SHARED = {"doc": "f_docs", "country": "f_countries", "type": "f_types", "precision": "f_precisions", "traveller": "f_travellers"}

# Streamlit's own icon: an emoji has Streamlit read its whole emoji table (0.3 s of every first page), a Material
# icon is fetched from Google's servers, and an image file costs an import of PIL
st.set_page_config(page_title="timeline", layout="wide")


@st.cache_resource(show_spinner="Loading the gazetteer …")
def gazetteer():
    return default_gazetteer()


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:=&])")


def plain(text) -> str:
    """`text` shown as itself where Streamlit reads Markdown: a file named '![x](http://…)' fetches nothing,
    ':red[…]' colours nothing."""
    return _MARKDOWN.sub(r"\\\1", str(text))


def described(fig, hint: str) -> str:
    """A chart's caption: what it shows (its alt text), then what a reader can do with it."""
    alt = fig.layout.meta["alt"] if fig.layout.meta and fig.layout.meta.get("alt") else ""
    return f"{alt}. {hint}" if alt else hint


def country_name(code: str) -> str:
    """'Brazil (BR)' for 'BR': the filter shows names, the URL keeps codes."""
    place = gazetteer().country(code)
    return f"{place.name} ({code})" if place is not None else code


@st.cache_resource
def extractions_store() -> BoundedStore:
    """Extractions shared by every session, bounded by bytes (an article's text is held with what was found in it)."""
    return BoundedStore(limit=CACHE_MB * 1_000_000)


@st.cache_resource
def reading() -> tuple[ThreadPoolExecutor, dict]:
    """Articles being read, shared by every session: a pool of two threads, and each article's reading by key."""
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="reading"), {}


def _kept(key: tuple, job: Future, chars: int, running: dict, store: BoundedStore) -> None:
    """A finished reading goes to the store (also when no session waits for it any more); this runs in the reading
    thread, so it is handed what it needs rather than asking Streamlit's caches."""
    running.pop(key, None)
    if job.exception() is None:
        found = job.result()
        # what the text weighs in memory, and about as much again for its mentions and events
        store.put(key, found, size=4 * chars + 400 * (len(found.times) + len(found.places) + len(found.events)))


def extraction(text: str, doc_id: str, reference: date | None, mode: str, deadline: float, all_events: bool = False):
    """One document's extraction, kept by its content and settings. It is read in a background thread while this
    session waits at most `deadline` seconds (a long article shows a progress bar meanwhile); past it, the session
    goes on without it and the reading goes on, to be shown on a later run."""
    key = (hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest(), doc_id, reference, mode, all_events)
    found = extractions_store().get(key)
    if found is not None:
        return found
    pool, running = reading()
    if key not in running:
        settings = Settings(reference=reference, mode=mode, all_events=all_events)
        state = {"done": 0.0, "what": "starting"}
        job = pool.submit(process, make_document(text, doc_id, settings), settings, lambda done, what: state.update(done=done, what=what))
        running[key] = (job, state)
        store = extractions_store()
        job.add_done_callback(lambda j: _kept(key, j, len(text), running, store))
    job, state = running.get(key) or (None, None)
    if job is None:  # done between the two looks
        return extractions_store().get(key) or extraction(text, doc_id, reference, mode, deadline, all_events)
    bar = st.progress(0.0, text=f"Reading {plain(doc_id)} …") if len(text) > LONG else None
    start = time.monotonic()
    try:
        while True:
            try:
                return job.result(timeout=0.25)
            except FuturesTimeout:
                if time.monotonic() - start > deadline:
                    raise DeadlineError(f"{doc_id}: not read within {deadline:g} s (Limits in the sidebar); it is still being "
                                        "read and will be shown on the next change you make once it is done") from None
                if bar:
                    bar.progress(state["done"], text=f"{plain(doc_id)}: {state['what']} …")
    finally:
        if bar:
            bar.empty()


@st.cache_resource
def tables_store() -> BoundedStore:
    """Events tables of sets of articles, shared by every session, bounded by bytes."""
    return BoundedStore(limit=CACHE_MB * 1_000_000 // 4)


def joined(key: tuple, extractions: list):
    """The events table of the chosen articles, reports of one event joined; kept by the articles' key."""
    table = tables_store().get(key)
    if table is None:
        table = to_frame(merge_sources([e for x in extractions for e in x.events])) if extractions else empty()
        tables_store().put(key, table, size=int(table.memory_usage(deep=True).sum()))
    return table.copy()


@st.cache_resource
def charts_store() -> BoundedStore:
    """Charts drawn, shared by every session, bounded by bytes: a rerun that changes nothing a chart shows (a filter set
    back, a selection cleared, a form typed in) does not draw it again."""
    return BoundedStore(limit=CACHE_MB * 1_000_000 // 8)


def drawn(draw: Callable[..., Any], frame: Any, **options: Any) -> Any:
    """`draw(frame, **options)`, kept by the rows it is drawn from and the options."""
    key = (draw.__name__, fingerprint(frame), tuple(sorted(options.items())))
    fig = charts_store().get(key)
    if fig is None:
        fig = draw(frame, **options)
        charts_store().put(key, fig, size=50_000 + 3_000 * len(frame))  # (a figure holds about 3 KB a row in memory)
    return fig


def articles() -> dict[str, str]:
    """The documents the reader chose, by id: samples, pasted text, uploads."""
    found: list[tuple[Path, str]] = []  # (name, text): ids are given once all are known, so that none overwrites another
    seeds = sorted(SEEDS.glob("*.txt"))
    chosen = st.multiselect("Sample articles", seeds, default=seeds[:1], format_func=lambda p: p.stem, key="seeds")
    for p in chosen:
        found.append((Path(p.name), p.read_text(encoding="utf-8")))
    # a pasted article's name is its id, whatever it holds ("a/b", "v1.2"): it is given as a file name whose stem it is
    for name, text in st.session_state.get("kept_pastes", {}).items():
        found.append((Path(f"{name}.txt"), text))
    pasted = st.text_area("Paste an article", height=140, key="pasted", placeholder="Paste a news article…")
    name = st.text_input("Its name", key="paste_name", placeholder="pasted", help="How the article is called in the table and the filters.")
    if pasted.strip():
        found.append((Path(f"{_free(_name(name), st.session_state.get('kept_pastes', {}))}.txt"), pasted))
        st.button("Keep it and paste another", on_click=keep_paste, key="keep_paste")
    if st.session_state.get("kept_pastes"):
        st.multiselect("Pasted articles kept", list(st.session_state["kept_pastes"]), key="kept_names", on_change=drop_pastes,
                       help="Remove one to close it.")
    uploads = st.file_uploader(
        f"Upload articles ({', '.join(SUFFIXES)}; up to {MAX_UPLOAD_MB} MB each)",
        type=[s.lstrip(".") for s in SUFFIXES], accept_multiple_files=True, key="uploads",
    )
    for up in uploads or []:
        if up.size > MAX_UPLOAD_MB * 1_000_000:
            st.error(f"{plain(up.name)}: {up.size / 1e6:.1f} MB is over the limit of {MAX_UPLOAD_MB} MB; split the file or use the command line")
            continue
        try:
            found.append((Path(up.name), text_of(up.getvalue(), up.name)))
        except TimelineError as exc:
            st.error(plain(exc))
    return dict(zip(doc_ids([name for name, _ in found]), (text for _, text in found)))


def _name(typed: str) -> str:
    return " ".join(typed.replace("/", "∕").replace("\\", "∖").split())[:60] or "pasted"


def _free(name: str, taken) -> str:
    """`name`, or `name-2`, `name-3` … when it is taken."""
    n = 1
    while (f"{name}-{n}" if n > 1 else name) in taken:
        n += 1
    return f"{name}-{n}" if n > 1 else name


def keep_paste() -> None:
    """The pasted article kept under its name (a second of the same name gets a number); the box is emptied for the next."""
    kept = dict(st.session_state.get("kept_pastes", {}))
    kept[_free(_name(st.session_state.get("paste_name", "")), kept)] = st.session_state["pasted"]
    st.session_state["kept_pastes"] = kept
    st.session_state["kept_names"] = list(kept)
    st.session_state["pasted"] = st.session_state["paste_name"] = ""


def drop_pastes() -> None:
    st.session_state["kept_pastes"] = {k: v for k, v in st.session_state["kept_pastes"].items() if k in st.session_state["kept_names"]}


def document_notes(extractions: list, with_events: set[str]) -> list[str]:
    """What the reader should know of the documents: which have no reference date (their relative dates are lost until
    one is given in the sidebar), and how many gave no event, and why."""
    notes = []
    for x in extractions:
        d = x.document
        lost = sum(not t.anchored for t in x.times)
        if d.reference is None and lost:
            notes.append(f"{plain(d.doc_id)}: no reference date found, so {lost} relative date(s) such as 'today' or 'on Friday' "
                         "are not placed; give the article's date under Reference dates in the sidebar.")
    empty = [x for x in extractions if x.document.doc_id not in with_events]
    if empty:
        why = "; ".join(f"{plain(x.document.doc_id)}: " + (f"{len(x.times)} date(s), none in a sentence that tells an event" if x.times
                                                    else "no date in the text") for x in empty[:5])
        notes.append(f"{len(empty)} of {len(extractions)} document(s) gave no event ({why}).")
    return notes


def init_from_url() -> None:
    """Filters named in the URL become the widgets' first values."""
    if st.session_state.get("url_read"):
        return
    for param, key in SHARED.items():
        if param in st.query_params:
            st.session_state[key] = st.query_params.get_all(param)
    st.session_state["url_docs"] = st.query_params.get_all("doc")
    st.session_state["url_read"] = True


def selected_ids(*charts) -> tuple[str, ...]:
    """Event ids of the points picked on the charts (markers may stand for several events)."""
    ids: list[str] = []
    for chart in charts:
        for point in (chart.selection.points if chart else []) or []:
            data = point.get("customdata")
            data = data[0] if isinstance(data, list) else data
            if data:
                ids.extend(str(data).split(","))
    return tuple(dict.fromkeys(ids))


def remember_pick(chart: str) -> None:
    """Keep a chart's selection until the reader clears it: the chart is redrawn whenever the other one narrows it,
    and a redrawn chart forgets its own selection."""
    picks = dict(st.session_state.get("picks", {}))
    picks.pop(chart, None)
    ids = selected_ids(st.session_state.get(chart))
    if ids:
        picks[chart] = ids  # the latest selection last
    st.session_state["picks"] = picks


def clear_picks() -> None:
    st.session_state["picks"] = {}


def narrowed(view, but: str | None = None):
    """The view narrowed by the selections on the charts, except the one on chart `but` (which shows all it can)."""
    for chart, ids in st.session_state.get("picks", {}).items():
        if chart != but:
            view = filter_events(view, Filters(event_ids=ids))
    return view


def picker_key() -> str:
    # A selectbox keeps showing its chosen option's old label when only that label changes, so the picker
    # is made anew after each correction, on the event the reader had chosen.
    version = len(st.session_state["corrections"])
    return "focus_event" if version == 0 else f"focus_event_{version}"


def choose_row() -> None:
    """A row clicked in the table becomes the chosen event: outlined on the charts, its sentence in the source."""
    rows = st.session_state["events_table"].selection.rows
    ids = st.session_state.get("table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["focus_id"] = ids[rows[0]]
        st.session_state[picker_key()] = ids[rows[0]]


init_from_url()
st.session_state.setdefault("corrections", [])

st.title("timeline")
st.caption("Dates and places in news text, as events on a timeline and a map. Runs offline.")

with st.sidebar:
    st.header("Articles")
    texts = articles()
    mode = st.selectbox("Relative dates", ["news", "narrative"], key="mode",
                        help="news: against each article's date; narrative: against the story's last date")
    all_events = st.checkbox("Show doubtful events", key="all_events",
                             help="Also show the events a learned model finds more likely wrong than right (left out by "
                                  "default)")
    with st.expander("Limits"):
        deadline = st.number_input("Longest wait for one article (seconds)", min_value=1, max_value=3600, value=DEADLINE,
                                   key="deadline", help="Past it the page goes on without the article, which is still "
                                   "read in the background and shown once done.")

missing = [d for d in st.session_state.get("url_docs", []) if d not in texts]
if missing:
    st.warning(f"This link filters on {plain(', '.join(missing))}, not open here: a link keeps its filters but not uploaded or pasted "
               "articles. Upload or paste the article again to see its events.")
if not texts:
    st.info("Choose a sample, paste an article or upload files to see their events.")
    st.stop()

# The charts' library is the page's largest download (plotly.js, 4.7 MB, with the map's outlines after it). A map
# drawn while a session's first articles are read has the browser fetch and compile it meanwhile, not after.
waiting = st.empty()
if "charts_loaded" not in st.session_state:
    st.session_state["charts_loaded"] = True
    waiting.plotly_chart(waiting_map(st.context.theme.type == "dark"), config=PLOT_CONFIG, theme=None, key="waiting_map")

# One pass per document (cached by content), with progress for a batch.
extractions, failures = [], []
progress = st.progress(0.0, text="Reading articles …") if len(texts) > 1 else None
for n, (doc_id, text) in enumerate(texts.items(), start=1):
    try:
        found = extraction(text, doc_id, None, mode, deadline, all_events)
        chosen = st.session_state.get(f"ref_{doc_id}")
        # the reader's own reference date only when it differs from the one the article gives
        extractions.append(found if chosen in (None, found.document.reference) else extraction(text, doc_id, chosen, mode, deadline, all_events))
    except TimelineError as exc:
        failures.append(str(exc))
    if progress:
        progress.progress(n / len(texts), text=f"{n} of {len(texts)} articles read")
if progress:
    progress.empty()
waiting.empty()
for message in failures:
    st.error(plain(message))
if not extractions:
    st.stop()

with st.sidebar:
    st.subheader("Reference dates")
    for x in extractions:
        d = x.document
        st.date_input(plain(d.doc_id), value=d.reference, key=f"ref_{d.doc_id}",
                      help=f"Relative dates are read against this day (found: {d.reference_source or 'none'}).")

key = tuple((x.document.doc_id, x.document.reference, hashlib.sha1(x.document.text.encode()).hexdigest()) for x in extractions) + (mode, all_events)
table = joined(key, extractions)
for message in document_notes(extractions, set(table["doc_id"].dropna())):
    st.warning(message)
# every correction in the session was checked when it was made or uploaded, one by one
if st.session_state["corrections"]:
    table = apply_corrections(table, st.session_state["corrections"])

# ---------------------------------------------------------------- filters
with st.expander("Filters", expanded=False):
    c1, c2, c3 = st.columns(3)
    f_docs = c1.multiselect("Documents", sorted(table["doc_id"].dropna().unique()), key="f_docs")
    f_countries = c2.multiselect("Countries", sorted(table["country_code"].dropna().unique()), key="f_countries",
                                 format_func=country_name)
    f_types = c3.multiselect("Kinds of event", sorted(table["event_type"].dropna().unique()), key="f_types")
    c4, c5, c6 = st.columns(3)
    f_precisions = c4.multiselect("Date precision", sorted(table["precision"].dropna().unique()), key="f_precisions")
    f_travellers = c5.multiselect("Travellers", sorted(table["traveller"].dropna().unique()), key="f_travellers")
    dated = table["start"].dropna()
    span = (date.fromisoformat(dated.min()), date.fromisoformat(table["end"].dropna().max())) if len(dated) else None
    # empty until the reader picks dates, so events added or re-dated later are not hidden by a stale range
    f_range = c6.date_input("Between", value=(), min_value=date(1, 1, 1), key="f_range",
                            help=f"The articles' events run from {span[0]} to {span[1]}." if span else None)
for param, key in SHARED.items():
    st.query_params[param] = st.session_state.get(key, [])

lane = st.selectbox("Timeline lanes", LANES, format_func=LANE_NAMES.get, key="lane")
base = Filters(
    documents=tuple(f_docs), countries=tuple(f_countries), types=tuple(f_types), precisions=tuple(f_precisions),
    travellers=tuple(f_travellers),
    since=f_range[0] if len(f_range) == 2 else None, until=f_range[1] if len(f_range) == 2 else None,
)
view = filter_events(table, base)

# A selection on one chart narrows the other chart, the metrics and the table; it stays until it is cleared.
shown_ids = set(view["event_id"])
picks = {c: ids for c, ids in st.session_state.get("picks", {}).items() if shown_ids.intersection(ids)}
if len(picks) > 1 and not shown_ids.intersection(*picks.values()):
    picks = dict([list(picks.items())[-1]])  # two selections with no event in common: the later one wins
st.session_state["picks"] = picks  # a selection the filters have since emptied is dropped
chosen_view = narrowed(view)
events = chosen_view.drop_duplicates("event_id")
dated_view = events[events["start"].notna()]
m1, m2, m3, m4 = st.columns(4)
m1.metric("Documents", chosen_view["doc_id"].nunique())
m2.metric("Events", len(events))
m3.metric("Places", chosen_view["place"].nunique())
m4.metric("Date span", f"{dated_view['start'].min()[:4]}–{dated_view['end'].max()[:4]}" if len(dated_view) else "–")
if picks:
    c1, c2 = st.columns([4, 1])
    c1.info(f"{len(events)} selected event(s) on the {' and the '.join(c.split('_')[0] for c in picks)}: the charts, "
            "the figures above and the table show them.")
    c2.button("Clear the selection", on_click=clear_picks, key="clear_picks")

# ---------------------------------------------------------------- linked charts
dark = st.context.theme.type == "dark"
# the event the picker will show (it is drawn further down): the one chosen before, if still in view, else the first
in_view = list(dict.fromkeys(chosen_view["event_id"]))
focus = next((e for e in (st.session_state.get(picker_key()), st.session_state.get("focus_id")) if e in in_view),
             in_view[0] if in_view else None)
if view.empty:
    # words, not blank axes: nothing to draw
    st.info("No event matches these filters. Clear a filter, or widen the dates, to see events again.")
else:
    tl_view = narrowed(view, but="timeline_chart")
    tl_fig = drawn(timeline_figure, tl_view, lane=lane, dark=dark, picked=picks.get("timeline_chart", ()), focus=focus)
    st.plotly_chart(tl_fig, config=PLOT_CONFIG, key="timeline_chart", on_select=lambda: remember_pick("timeline_chart"),
                    selection_mode=("points", "box"), theme=None)
    st.caption(described(tl_fig, "Select bars or points to narrow the map, the figures and the table to them."))
    if st.toggle("Play the map through time", key="animate"):
        st.plotly_chart(map_animation(chosen_view, dark=dark), config=PLOT_CONFIG, key="map_animation", theme=None)
    else:
        mp_fig = drawn(map_figure, narrowed(view, but="map_chart"), dark=dark, picked=picks.get("map_chart", ()), focus=focus)
        st.plotly_chart(mp_fig, config=PLOT_CONFIG, key="map_chart", on_select=lambda: remember_pick("map_chart"),
                        selection_mode=("points", "box", "lasso"), theme=None)
        st.caption(described(mp_fig, "Select places, or a trip's stop, to narrow the timeline, the figures and the table to their events."))
view = chosen_view

# ---------------------------------------------------------------- table, source, corrections
st.subheader("Events")
shown = ["title", "start", "end", "precision", "date_text", "place", "country_code", "event_type", "traveller", "stop_order",
         "verified", "sentence", "doc_id"]
st.session_state["table_ids"] = view["event_id"].tolist()
st.dataframe(view[shown], hide_index=True, key="events_table", on_select=choose_row, selection_mode="single-row")
st.caption("Click a row to choose its event: it is outlined on the charts and its sentence opens in the source below.")

primary = view.drop_duplicates("event_id")
if not primary.empty:
    labels = {r.event_id: f"{r.title} · {r.start if isinstance(r.start, str) else 'no date'} · "
                          f"{r.place if isinstance(r.place, str) else 'no place'}" for r in primary.itertuples()}
    ids = list(labels)
    chosen = st.session_state.get("focus_id")
    # the picker's own state, once it has one, decides; a new picker starts on the event the reader had chosen
    index = ids.index(chosen) if chosen in ids and picker_key() not in st.session_state else 0
    focus_id = st.selectbox("Event", ids, index=index, format_func=labels.get,
                            key=picker_key(), help="Its sentence is outlined in the source text below; correct it on the right.")
    st.session_state["focus_id"] = focus_id
    row = primary[primary["event_id"] == focus_id].iloc[0]
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**Source: {plain(row['doc_id'])}** — dates, places and the event's sentence are highlighted.")
        x = next(x for x in extractions if x.document.doc_id == row["doc_id"])
        st.html(highlight(
            x.document.text,
            dates=[(t.start, t.end) for t in x.times],
            places=[(p.start, p.end) for p in x.places],
            focus=(int(row["char_start"]), int(row["char_end"])),
        ))
    with right:
        with st.form("correct", border=True):
            st.markdown("**Correct this event**")
            # one set of fields per event, so switching events never carries one event's text to another
            title = st.text_input("Title", value=row["title"], key=f"c_title_{focus_id}")
            start = st.text_input("Start (YYYY-MM-DD)", value=row["start"] if isinstance(row["start"], str) else "", key=f"c_start_{focus_id}")
            end = st.text_input("End (YYYY-MM-DD)", value=row["end"] if isinstance(row["end"], str) else "", key=f"c_end_{focus_id}")
            name = row["place_text"] if isinstance(row["place_text"], str) else (row["place"] if isinstance(row["place"], str) else "")
            choices = place_choices(name) if name else []
            keep = "(keep the place)"
            place = st.selectbox("Place", [keep] + [c["label"] for c in choices], key=f"c_place_{focus_id}",
                                 help=f"Every place the gazetteer knows as “{name}”." if name else "This event has no place.")
            delete = st.checkbox("Delete this event", key=f"c_delete_{focus_id}")
            if st.form_submit_button("Save correction"):
                key = correction_key(row)
                changes = {k: v for k, v in (("title", title), ("start", start or None), ("end", end or start or None)) if v and v != row[k]}
                chosen = next((c for c in choices if c["label"] == place), None)
                if chosen:
                    changes |= {k: v for k, v in chosen.items() if k != "label"}
                try:
                    # a bad field refuses this correction alone, with its reason; the others stay
                    fix = check_correction({**key, "delete": True} if delete else {**key, "set": changes}, writes_day_first(x.document.text))
                except CorrectionError as exc:
                    st.error(f"Correction not saved: {plain(exc)}")
                else:
                    if delete or changes:
                        st.session_state["corrections"].append(fix)
                    st.rerun()
        with st.form("add", border=True):
            st.markdown("**Add an event the text has but the machine missed**")
            a_doc = st.selectbox("In document", [x.document.doc_id for x in extractions], key="a_doc")
            a_title = st.text_input("New event's title", key="a_title")
            a_start = st.text_input("New event's start (2024-11-17, 17 Nov 2024 or 17/11/2024)", key="a_start")
            a_end = st.text_input("New event's end (empty: one day)", key="a_end")
            a_place = st.text_input("New event's place (the gazetteer's best-known place of that name)", key="a_place")
            if st.form_submit_button("Add event") and a_title and a_start:
                row = {"doc_id": a_doc, "title": a_title, "start": a_start, "end": a_end or a_start}
                found = place_choices(a_place) if a_place.strip() else []
                if found:
                    row |= {k: v for k, v in found[0].items() if k != "label"} | {"place_text": a_place}
                a_text = next(x.document.text for x in extractions if x.document.doc_id == a_doc)
                try:
                    if a_place.strip() and not found:
                        raise CorrectionError(f"'{a_place.strip()}' is not a place the gazetteer knows; check its spelling, "
                                              "give a larger place near it, or leave the place empty")
                    fix = check_correction({"add": row}, writes_day_first(a_text))
                except CorrectionError as exc:
                    st.error(f"Event not added: {plain(exc)}")
                else:
                    st.session_state["corrections"].append(fix)
                    st.rerun()
        # the file is made now: a deferred callable runs outside the session, where its corrections cannot be read
        st.download_button("Download corrections", dump_corrections(st.session_state["corrections"]),
                           file_name="corrections.json", mime="application/json", key="dl_corrections", on_click="ignore")
        up = st.file_uploader("Upload corrections", type=["json"], key="corrections_upload")
        if up is not None and st.session_state.get("corrections_loaded") != up.file_id:
            try:
                kept, refused = read_corrections(up.getvalue())
            except CorrectionError as exc:
                st.error(plain(exc))
            else:
                st.session_state["corrections"] = kept
                st.session_state["corrections_loaded"] = up.file_id
                st.session_state["corrections_refused"] = refused
                st.rerun()
        if up is not None and st.session_state.get("corrections_loaded") == up.file_id:
            refused = st.session_state.get("corrections_refused", [])
            for message in refused[:20]:
                st.warning(plain(message))
            if len(refused) > 20:
                st.warning(f"… and {len(refused) - 20:,} more corrections not applied.")

# ---------------------------------------------------------------- downloads (of the current view)
stem = "-".join(sorted(view["doc_id"].dropna().unique()))[:60] or "events"
docs = [x.document for x in extractions]
d1, d2, d3 = st.columns(3)
# Files are made when a button is pressed, not on every rerun (the report alone takes a third of a second).
d1.download_button("Download CSV", lambda: to_bytes(view, ".csv"), file_name=f"{stem}-events.csv", mime="text/csv", key="dl_csv", on_click="ignore")
d2.download_button("Download HTML report", lambda: to_bytes(view, ".html", docs), file_name=f"{stem}-report.html", mime="text/html", key="dl_html", on_click="ignore")
with d3:
    chosen_format = st.selectbox("Other format", list(OTHER), key="other_format", label_visibility="collapsed")
    suffix, mime = OTHER[chosen_format]
    st.download_button(f"Download {suffix}", lambda: to_bytes(view, suffix), file_name=f"{stem}-events{suffix}", mime=mime, key="dl_other", on_click="ignore")
st.caption(f"Place data: GeoNames (CC BY 4.0). Map outlines: Natural Earth (public domain), drawn from local file {TOPOJSON}.json.")
