"""The timeline dashboard: pick, paste or upload articles; see their events on a timeline, a map and a table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st

from timeline.documents import SUFFIXES, decode, html_to_text, make_document
from timeline.errors import TimelineError
from timeline.export import to_bytes
from timeline.figures import LANES, TOPOJSON, map_animation, map_figure, timeline_figure
from timeline.models import Settings
from timeline.pipeline import extract_documents

SEEDS = Path(__file__).parent / "seeds"
# plotly.js fetches outlines from topojsonURL; Streamlit serves ./static (a link to assets/topojson).
PLOT_CONFIG = {"displaylogo": False, "topojsonURL": "app/static/"}

st.set_page_config(page_title="timeline", page_icon="🗺️", layout="wide")


@st.cache_data(show_spinner=False)
def run(text: str, doc_id: str, reference: date | None, mode: str):
    settings = Settings(reference=reference, mode=mode)
    doc = make_document(text, doc_id, settings)
    batch = extract_documents([doc], settings)
    return batch.table, doc


def seed_files() -> list[Path]:
    return sorted(p for p in SEEDS.glob("*.txt"))


st.title("timeline")
st.caption("Dates and places in news text, as events on a timeline and a map. Runs offline.")

with st.sidebar:
    st.header("Article")
    seeds = seed_files()
    source = st.radio("Source", ["Sample article", "Paste text", "Upload a file"], key="source")
    text, doc_id = "", "article"
    if source == "Sample article" and seeds:
        chosen = st.selectbox("Sample", seeds, format_func=lambda p: p.stem, key="seed")
        text, doc_id = chosen.read_text(encoding="utf-8"), chosen.stem
    elif source == "Paste text":
        text = st.text_area("Article text", height=240, key="pasted", placeholder="Paste a news article…")
        doc_id = "pasted"
    else:
        up = st.file_uploader("Text, Markdown or HTML file", type=[s.lstrip(".") for s in SUFFIXES], key="upload")
        if up is not None:
            try:
                text = decode(up.getvalue(), up.name)
                if up.name.lower().endswith((".html", ".htm")):
                    text = html_to_text(text)
                doc_id = Path(up.name).stem
            except TimelineError as exc:
                st.error(str(exc))
    use_ref = st.checkbox("Set the reference date myself", key="use_ref", help="By default the article's dateline is used.")
    reference = st.date_input("Reference date", value=date(2024, 11, 13), key="reference") if use_ref else None
    mode = st.selectbox("Relative dates", ["news", "narrative"], key="mode", help="news: against the reference date; narrative: against the story's last date")

if not text.strip():
    st.info("Choose a sample, paste an article or upload a file to see its events.")
    st.stop()

try:
    table, doc = run(text, doc_id, reference, mode)
except TimelineError as exc:
    st.error(str(exc))
    st.stop()

events = table.drop_duplicates("event_id")
dated = events[events["start"].notna()]
c1, c2, c3, c4 = st.columns(4)
c1.metric("Events", len(events))
c2.metric("Places", table["place"].nunique())
c3.metric("Reference date", str(doc.reference or "none"))
c4.metric("Date span", f"{dated['start'].min()[:4]}–{dated['end'].max()[:4]}" if len(dated) else "–")

LANE_NAMES = {
    "auto": "kind of event, and trip stops", "doc_id": "document", "event_type": "kind of event", "country_code": "country",
    "place": "place", "traveller": "traveller", "itinerary_id": "itinerary", "actors": "first actor named",
}
lane = st.selectbox("Timeline lanes", LANES, format_func=LANE_NAMES.get, key="lane")
st.plotly_chart(timeline_figure(table, lane=lane), config=PLOT_CONFIG, key="timeline_chart")
if st.toggle("Play the map through time", key="animate"):
    st.plotly_chart(map_animation(table), config=PLOT_CONFIG, key="map_chart")
else:
    st.plotly_chart(map_figure(table), config=PLOT_CONFIG, key="map_chart")

st.subheader("Events")
st.dataframe(
    table[["title", "start", "end", "precision", "date_text", "place", "country_code", "traveller", "stop_order", "sentence"]],
    hide_index=True, key="events_table",
)
d1, d2, d3 = st.columns(3)
d1.download_button("Download CSV", to_bytes(table, ".csv"), file_name=f"{doc_id}-events.csv", mime="text/csv", key="dl_csv")
d2.download_button("Download HTML report", to_bytes(table, ".html", [doc]), file_name=f"{doc_id}-report.html", mime="text/html", key="dl_html")
OTHER = {
    "TimelineJS (.timeline.json)": (".timeline.json", "application/json"),
    "GeoJSON (.geojson)": (".geojson", "application/geo+json"),
    "Calendar (.ics)": (".ics", "text/calendar"),
    "Google Earth (.kml)": (".kml", "application/vnd.google-earth.kml+xml"),
    "Parquet (.parquet)": (".parquet", "application/octet-stream"),
    "JSON records (.json)": (".json", "application/json"),
}
with d3:
    chosen = st.selectbox("Other format", list(OTHER), key="other_format", label_visibility="collapsed")
    suffix, mime = OTHER[chosen]
    st.download_button(f"Download {suffix}", to_bytes(table, suffix), file_name=f"{doc_id}-events{suffix}", mime=mime, key="dl_other")
st.caption(f"Place data: GeoNames (CC BY 4.0). Map outlines: Natural Earth (public domain), drawn from local file {TOPOJSON}.json.")
