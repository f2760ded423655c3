"""Writing the events table: CSV, Parquet, JSON, and a standalone HTML report that works offline."""

from __future__ import annotations

import html
import importlib.util
import io
import sys
from pathlib import Path
from typing import Sequence

import pandas as pd

from ..errors import ExportError
from ..models import Document

FORMATS = (".csv", ".parquet", ".json", ".timeline.json", ".geojson", ".ics", ".kml", ".html", ".png", ".svg", ".map.png", ".map.svg")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells a spreadsheet would run as formulas get a leading apostrophe; numbers are untouched."""
    out = df.copy()
    for c in out.columns:
        if str(out[c].dtype) == "string":
            s = out[c]
            risky = s.str.startswith(_FORMULA_START, na=False)
            out[c] = s.where(~risky, "'" + s)
    return out


def to_csv(df: pd.DataFrame) -> str:
    """The table as formula-safe UTF-8 CSV text."""
    return _formula_safe(df).to_csv(index=False)


def to_json(df: pd.DataFrame) -> str:
    """The table as JSON records with ISO dates."""
    return df.to_json(orient="records", force_ascii=False, indent=1)


def report_html(df: pd.DataFrame, documents: Sequence[Document] = (), title: str = "Timeline report") -> str:
    """One HTML file with the timeline, the map and the events table; plotly.js (the parts used) and outlines inlined."""
    from .figures import geo_assets_script, map_figure, plotly_script, timeline_figure

    tl = timeline_figure(df).to_html(full_html=False, include_plotlyjs=False, div_id="timeline", config={"displaylogo": False})
    mp = map_figure(df).to_html(full_html=False, include_plotlyjs=False, div_id="map", config={"displaylogo": False})
    shown = ["title", "start", "end", "precision", "date_text", "place", "country_code", "traveller", "stop_order", "sentence"]
    table = df[shown].astype(object).where(df[shown].notna(), "").to_html(index=False, escape=True, classes="events", border=0)
    docs = ", ".join(html.escape(f"{d.doc_id} (reference {d.reference or 'none'})") for d in documents)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:;">
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }}
table.events {{ border-collapse: collapse; font-size: 0.85rem; }}
table.events th, table.events td {{ border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }}
@media (prefers-color-scheme: dark) {{ body {{ background: #111; color: #eee; }} }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p>{len(df['event_id'].unique())} events from {len(documents) or df['doc_id'].nunique()} document(s){': ' + docs if docs else ''}.
Map outlines: Natural Earth (public domain); gazetteer: GeoNames (CC BY 4.0).</p>
{plotly_script()}
{geo_assets_script()}
<figure aria-label="Timeline of events">{tl}</figure>
<figure aria-label="Map of event places">{mp}</figure>
<h2>Events</h2>
{table}
</body></html>
"""


def format_of(path: str | Path) -> str:
    """The export format a file name asks for: its extension, '.timeline.json' and '.map.png' included."""
    name = Path(path).name.lower()
    for double in (".timeline.json", ".map.png", ".map.svg"):
        if name.endswith(double):
            return double
    return Path(name).suffix


def image(df: pd.DataFrame, suffix: str) -> bytes:
    """The timeline (".png", ".svg") or the map (".map.png", ".map.svg") as a static image (see `figures.image`)."""
    if importlib.util.find_spec("kaleido") is None:
        raise ExportError(
            f"{suffix} images need the optional package kaleido: pip install 'timeline[images]' (it draws with Chromium)"
        )
    from .figures import image as draw

    try:
        return draw(df, "map" if suffix.startswith(".map") else "timeline", suffix.rsplit(".", 1)[-1])
    except Exception as exc:  # kaleido reports a missing or broken Chromium in many ways
        raise ExportError(f"could not draw the {suffix} image: {str(exc).splitlines()[0][:200]}; is Chromium installed?") from None


def to_bytes(df: pd.DataFrame, suffix: str, documents: Sequence[Document] = ()) -> bytes:
    """The bytes of `df` in the format `suffix` names (".csv", ".geojson", ...), for files and downloads."""
    from . import interchange

    if suffix == ".parquet":
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        return buf.getvalue()
    if suffix in (".png", ".svg", ".map.png", ".map.svg"):
        return image(df, suffix)
    writers = {
        ".csv": to_csv, ".json": to_json, ".timeline.json": interchange.to_timelinejs, ".geojson": interchange.to_geojson,
        ".ics": interchange.to_ics, ".kml": interchange.to_kml, ".html": lambda d: report_html(d, documents),
    }
    if suffix not in writers:
        raise ExportError(f"unknown output format {suffix or '(none)'!r}; use one of {', '.join(FORMATS)}")
    return writers[suffix](df).encode("utf-8")


def write(df: pd.DataFrame, out: str | Path | None, documents: Sequence[Document] = ()) -> None:
    """Write `df` to `out`, format from the extension; CSV on stdout when `out` is None or '-'."""
    if out is None or str(out) == "-":
        sys.stdout.write(to_csv(df))
        return
    path = Path(out)
    suffix = format_of(path)
    if suffix not in FORMATS:
        raise ExportError(f"{path}: unknown output format {suffix or '(none)'!r}; use one of {', '.join(FORMATS)}")
    path.write_bytes(to_bytes(df, suffix, documents))
