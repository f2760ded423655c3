"""Plotly figures built from the events table: a precision-aware timeline and a map with routes.

Pure functions of the table; the only module that imports plotly. Map outlines come from
`assets/topojson` (see `outline_assets`), never from a CDN.
"""

from __future__ import annotations

import html
import json
import textwrap
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from .gazetteer import assets_dir

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000")
COARSE = {"century", "decade", "year", "quarter", "season", "month"}
TOPOJSON = "world_110m"
DAY_MS = 86_400_000


def _wrap(text: str, width: int = 70) -> str:
    return "<br>".join(textwrap.wrap(html.escape(str(text)), width)[:6])


def _label(row: pd.Series) -> str:
    if row["precision"] in COARSE:
        return f"{row['date_text']} ({row['precision']})"
    return str(row["date_text"])


def _primary_rows(df: pd.DataFrame) -> pd.DataFrame:
    """One row per event: its primary (or only) place."""
    dated = df[df["start"].notna()]
    return dated.drop_duplicates("event_id", keep="first")


def _hover(rows: pd.DataFrame) -> list[str]:
    return [
        f"<b>{html.escape(str(r.title))}</b><br>{html.escape(_label(r))}"
        + (f" · {html.escape(str(r.place))}" if pd.notna(r.place) else "")
        + f"<br><i>{_wrap(r.sentence)}</i>"
        for _, r in rows.iterrows()
    ]


def timeline_figure(df: pd.DataFrame, lane: str = "doc_id", dark: bool = False) -> go.Figure:
    """Events on a time axis: ranges as bars, days as markers, year/month precision as light hatched spans."""
    rows = _primary_rows(df).copy()
    fig = go.Figure()
    if rows.empty:
        fig.update_layout(title="No dated events", template="plotly_dark" if dark else "plotly_white")
        return fig
    rows["lane"] = rows[lane].fillna("(none)").astype(str) if lane in rows else "events"
    rows["start_ts"] = pd.to_datetime(rows["start"])
    rows["end_ts"] = pd.to_datetime(rows["end"]) + pd.Timedelta(days=1)
    single = rows["start"] == rows["end"]
    coarse = rows["precision"].isin(COARSE)
    groups = (
        ("Approximate span (year, month…)", rows[coarse], dict(opacity=0.35, pattern_shape="/")),
        ("Date range", rows[~coarse & ~single], dict(opacity=0.85)),
    )
    for i, (name, part, style) in enumerate(groups):
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            name=name,
            orientation="h",
            y=part["lane"],
            base=part["start_ts"],
            x=(part["end_ts"] - part["start_ts"]).dt.total_seconds() * 1000,
            customdata=part["event_id"],
            hovertext=_hover(part),
            hoverinfo="text",
            marker=dict(color=PALETTE[i], opacity=style["opacity"], pattern=dict(shape=style.get("pattern_shape", ""))),
            text=[_label(r) for _, r in part.iterrows()],
            textposition="inside",
            insidetextanchor="start",
        ))
    days = rows[~coarse & single]
    if not days.empty:
        fig.add_trace(go.Scatter(
            name="Single day",
            mode="markers",
            y=days["lane"],
            x=days["start_ts"] + pd.Timedelta(hours=12),
            customdata=days["event_id"],
            hovertext=_hover(days),
            hoverinfo="text",
            marker=dict(color=PALETTE[2], size=12, symbol="diamond", line=dict(width=1, color="#333")),
        ))
    first, last = rows["start_ts"].min(), rows["end_ts"].max()
    pad = max((last - first) * 0.03, pd.Timedelta(days=3))
    fig.update_layout(
        template="plotly_dark" if dark else "plotly_white",
        barmode="overlay",
        height=max(260, 120 + 50 * rows["lane"].nunique()),
        margin=dict(l=10, r=10, t=40, b=10),
        legend=dict(orientation="h", y=1.12),
        title=dict(text="Timeline", x=0),
        meta={"alt": f"Timeline of {len(rows)} events from {first.date()} to {(last - pd.Timedelta(days=1)).date()}"},
        clickmode="event+select",
    )
    fig.update_xaxes(
        type="date", range=[first - pad, last + pad],
        rangeslider=dict(visible=True, thickness=0.08),
        rangeselector=dict(buttons=[
            dict(count=1, label="1m", step="month", stepmode="backward"),
            dict(count=1, label="1y", step="year", stepmode="backward"),
            dict(step="all", label="all"),
        ]),
    )
    fig.update_yaxes(type="category", automargin=True)
    return fig


def _stop_dates(r) -> str:
    if pd.isna(r.start):
        return "date not given"
    shared = " (for the whole trip)" if r.shared_date is True else ""
    return f"{html.escape(str(r.date_text))}: {r.start} – {r.end}{shared}"


def _stop_rows(df: pd.DataFrame) -> pd.DataFrame:
    stops = df[df["itinerary_id"].notna() & df["lat"].notna() & (df["place_role"] == "stop")]
    return stops.sort_values(["itinerary_id", "stop_order"])


def map_figure(df: pd.DataFrame, dark: bool = False) -> go.Figure:
    """Places on an offline world map, sized by mentions; itineraries as numbered routes with arrows."""
    located = df[df["lat"].notna()]
    fig = go.Figure()
    if not located.empty:
        agg = (
            located.groupby(["place", "country_code", "lat", "lon", "place_kind"], dropna=False)
            .agg(mentions=("event_id", "nunique"), ids=("event_id", lambda s: list(dict.fromkeys(s))),
                 first=("start", "min"), titles=("title", lambda s: list(dict.fromkeys(s))[:3]))
            .reset_index()
        )
        for kind_group, symbol in (("city", "circle"), ("area", "square")):
            part = agg[(agg["place_kind"] == "city") == (kind_group == "city")]
            if part.empty:
                continue
            fig.add_trace(go.Scattergeo(
                name="Cities" if kind_group == "city" else "Countries and regions",
                lat=part["lat"], lon=part["lon"],
                mode="markers",
                marker=dict(size=8 + 4 * part["mentions"].clip(upper=6), symbol=symbol, color=PALETTE[0] if kind_group == "city" else PALETTE[5],
                            opacity=0.8 if kind_group == "city" else 0.5, line=dict(width=1, color="#222")),
                customdata=[",".join(x) for x in part["ids"]],
                hovertext=[
                    f"<b>{html.escape(str(r.place))}</b> ({html.escape(str(r.country_code)) if pd.notna(r.country_code) else 'region'})<br>"
                    f"{r.mentions} event(s), first {r.first}<br>" + "<br>".join(html.escape(str(t)) for t in r.titles)
                    for r in part.itertuples()
                ],
                hoverinfo="text",
            ))
    for i, (iid, stops) in enumerate(_stop_rows(df).groupby("itinerary_id", sort=True)):
        color = PALETTE[(i + 1) % len(PALETTE)]
        traveller = stops["traveller"].iloc[0]
        fig.add_trace(go.Scattergeo(
            name=f"{traveller}'s trip",
            lat=stops["lat"], lon=stops["lon"],
            mode="lines+markers+text",
            line=dict(width=2.5, color=color),
            marker=dict(size=14, symbol="arrow", angleref="previous", color=color),
            text=[str(int(o)) for o in stops["stop_order"]],
            textposition="top center",
            textfont=dict(size=13, color=color),
            customdata=stops["event_id"],
            hovertext=[
                f"<b>{int(r.stop_order)}. {html.escape(str(r.place))}</b><br>{html.escape(str(traveller))}<br>{_stop_dates(r)}"
                for r in stops.itertuples()
            ],
            hoverinfo="text",
        ))
    fig.update_geos(
        projection_type="natural earth", resolution=110,
        showland=True, landcolor="#3b3b3b" if dark else "#e8e4d8",
        showocean=True, oceancolor="#1d2733" if dark else "#f4f8fb",
        showcountries=True, countrycolor="#777" if dark else "#b0a89a",
        showcoastlines=True, coastlinecolor="#888",
        showframe=False, lataxis_range=[-60, 85],
    )
    fig.update_layout(
        template="plotly_dark" if dark else "plotly_white",
        height=480, margin=dict(l=0, r=0, t=40, b=0), title=dict(text="Map", x=0),
        legend=dict(orientation="h", y=1.05),
        meta={"alt": f"Map of {located['place'].nunique()} places"},
    )
    return fig


@lru_cache(maxsize=1)
def outline_assets() -> dict[str, dict]:
    """The TopoJSON outlines plotly.js needs, read from assets/ (keyed by plotly's file name)."""
    path = assets_dir() / "topojson" / f"{TOPOJSON}.json"
    return {TOPOJSON: json.loads(path.read_text(encoding="utf-8"))}


def geo_assets_script() -> str:
    """A <script> that hands plotly.js the outlines so it never fetches them."""
    data = json.dumps(outline_assets(), separators=(",", ":")).replace("</", "<\\/")
    return f"<script>window.PlotlyGeoAssets = {{topojson: {data}}};</script>"
