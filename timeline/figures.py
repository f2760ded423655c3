"""Plotly figures built from the events table: a precision-aware timeline and a map with routes.

Pure functions of the table; the only module that imports plotly. Map outlines come from
`assets/topojson` (see `outline_assets`), never from a CDN.
"""

from __future__ import annotations

import html
import re
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


def _wrap(text: str, width: int = 70) -> str:
    return "<br>".join(textwrap.wrap(html.escape(str(text)), width)[:6])


_MOD_WORDS = {
    "APPROX": "c. ", "BEFORE": "before ", "AFTER": "after ", "ON_OR_BEFORE": "by ", "ON_OR_AFTER": "from ",
    "START": "early ", "MID": "mid-", "END": "late ", "LESS_THAN": "under ", "MORE_THAN": "over ",
}
_SAYS_MOD = re.compile(r"(?:about|around|circa|c\.|ca\.|before|prior|by|after|early|late|mid|the )", re.IGNORECASE)
LANES = ("auto", "doc_id", "event_type", "country_code", "place", "traveller", "itinerary_id", "actors")


def _label(row) -> str:
    """The date as a reader should take it: "c. 2008 (year)", "November 14-19"."""
    mod = row["mod"] if "mod" in row and pd.notna(row["mod"]) else ""
    written = str(row["date_text"])
    text = written if _SAYS_MOD.match(written) else f"{_MOD_WORDS.get(str(mod), '')}{written}"
    return f"{text} ({row['precision']})" if row["precision"] in COARSE else text


def _primary_rows(df: pd.DataFrame) -> pd.DataFrame:
    """One row per dated event: its primary (or only) place; an open end ("before 1250") drawn at its known end."""
    dated = df[df["start"].notna() | df["end"].notna()].copy()
    dated["start"], dated["end"] = dated["start"].fillna(dated["end"]), dated["end"].fillna(dated["start"])
    return dated.drop_duplicates("event_id", keep="first")


def _hover(rows: pd.DataFrame) -> list[str]:
    return [
        f"<b>{html.escape(str(r.title))}</b><br>{html.escape(_label(r))}"
        + (f" · {html.escape(str(r.place))}" if pd.notna(r.place) else "")
        + f"<br><i>{_wrap(r.sentence)}</i>"
        for _, r in rows.iterrows()
    ]


def _lanes(rows: pd.DataFrame, lane: str) -> pd.Series:
    if lane == "auto":
        # several documents: one lane each; one document: a lane per kind of event, and one per trip stop
        if rows["doc_id"].nunique() > 1:
            return rows["doc_id"].astype(str)
        stop = rows["itinerary_id"].notna()
        kinds = rows["event_type"].astype("string").fillna("other").astype(str)
        stops = rows["stop_order"].astype("string").fillna("") + ". " + rows["place"].astype("string").fillna("?")
        return kinds.where(~stop, "trip " + stops)
    if lane not in rows:
        return pd.Series("events", index=rows.index)
    values = rows[lane].astype("string")
    if lane == "actors":
        values = values.str.split("; ").str[0]  # an event's first actor
    return values.fillna("(none)").astype(str)


def detail_window(rows: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The busiest stretch of a timeline that spans years: the cluster of fine-dated events with the most
    events, as (first, last) day. None when everything already fits one readable view."""
    fine = rows[~rows["precision"].isin(COARSE)].sort_values("start")
    if fine.empty:
        return None
    starts = pd.to_datetime(fine["start"])
    ends = pd.to_datetime(fine["end"])
    whole = pd.to_datetime(rows["end"]).max() - pd.to_datetime(rows["start"]).min()
    if whole <= pd.Timedelta(days=120):
        return None
    # Clusters: events closer than 60 days to the one before; the biggest wins, the latest on a tie.
    clusters, current = [], [0]
    for i in range(1, len(starts)):
        if starts.iloc[i] - ends.iloc[: i].max() > pd.Timedelta(days=60):
            clusters.append(current)
            current = []
        current.append(i)
    clusters.append(current)
    best = max(reversed(clusters), key=len)
    first, last = starts.iloc[best].min(), ends.iloc[best].max()
    if last - first > whole * 0.5:
        return None
    return first, last


def _add_events(fig: go.Figure, rows: pd.DataFrame, row: int | None, legend: bool) -> None:
    single = rows["start"] == rows["end"]
    coarse = rows["precision"].isin(COARSE)
    hedged = rows["mod"].notna() if "mod" in rows else pd.Series(False, index=rows.index)
    groups = (
        ("Approximate span (year, month…)", rows[coarse], dict(opacity=0.35, pattern_shape="/"), PALETTE[0]),
        ("Date range", rows[~coarse & ~single & ~hedged], dict(opacity=0.85), PALETTE[1]),
        ("Uncertain or open-ended", rows[~coarse & hedged], dict(opacity=0.5, pattern_shape="x"), PALETTE[3]),
    )
    where = dict(row=row, col=1) if row else {}
    for name, part, style, color in groups:
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            name=name, legendgroup=name, showlegend=legend,
            orientation="h",
            y=part["lane"],
            base=part["start_ts"],
            x=(part["end_ts"] - part["start_ts"]).dt.total_seconds() * 1000,
            customdata=part["event_id"],
            hovertext=_hover(part),
            hoverinfo="text",
            marker=dict(color=color, opacity=style["opacity"], pattern=dict(shape=style.get("pattern_shape", "")), line=dict(width=1, color=color)),
            text=[_label(r) for _, r in part.iterrows()],
            textposition="inside",
            insidetextanchor="start",
        ), **where)
    days = rows[~coarse & single & ~hedged]
    if not days.empty:
        fig.add_trace(go.Scatter(
            name="Single day", legendgroup="Single day", showlegend=legend,
            mode="markers",
            y=days["lane"],
            x=days["start_ts"] + pd.Timedelta(hours=12),
            customdata=days["event_id"],
            hovertext=_hover(days),
            hoverinfo="text",
            marker=dict(color=PALETTE[2], size=12, symbol="diamond", line=dict(width=1, color="#333")),
        ), **where)


def timeline_figure(df: pd.DataFrame, lane: str = "auto", dark: bool = False) -> go.Figure:
    """Events on a time axis: ranges as bars, days as markers, year/month precision as light hatched spans,
    approximate and open-ended dates cross-hatched. When the events span years, a detail panel below the
    overview shows the busiest stretch (the seed's November 2024 trip under 2008 and 2014).

    Lanes (`lane`): any of LANES. Clicking or selecting returns event ids as customdata.
    """
    from plotly.subplots import make_subplots

    rows = _primary_rows(df).copy()
    if rows.empty:
        fig = go.Figure()
        fig.update_layout(title="No dated events", template="plotly_dark" if dark else "plotly_white")
        return fig
    rows["lane"] = _lanes(rows, lane)
    rows["start_ts"] = pd.to_datetime(rows["start"])
    rows["end_ts"] = pd.to_datetime(rows["end"]) + pd.Timedelta(days=1)
    first, last = rows["start_ts"].min(), rows["end_ts"].max()
    pad = max((last - first) * 0.03, pd.Timedelta(days=3))
    window = detail_window(rows)
    n_lanes = rows["lane"].nunique()
    if window is None:
        fig = go.Figure()
        _add_events(fig, rows, None, True)
        fig.update_xaxes(
            type="date", range=[first - pad, last + pad],
            rangeslider=dict(visible=True, thickness=0.08),
            rangeselector=dict(buttons=[
                dict(count=1, label="1m", step="month", stepmode="backward"),
                dict(count=1, label="1y", step="year", stepmode="backward"),
                dict(step="all", label="all"),
            ]),
        )
        height = max(260, 120 + 50 * n_lanes)
    else:
        w0, w1 = window[0] - pd.Timedelta(days=2), window[1] + pd.Timedelta(days=3)
        label = f"{w0.strftime('%d %b %Y')} – {(w1 - pd.Timedelta(days=1)).strftime('%d %b %Y')}"
        fig = make_subplots(rows=2, cols=1, row_heights=[0.4, 0.6], vertical_spacing=0.16,
                            subplot_titles=("Overview, all events", f"Detail, {label}"))
        _add_events(fig, rows, 1, True)
        _add_events(fig, rows, 2, False)
        fig.update_xaxes(type="date", range=[first - pad, last + pad], row=1, col=1)
        fig.update_xaxes(type="date", range=[w0, w1], row=2, col=1)
        # the detail window drawn on the overview, so a reader sees where it sits
        fig.add_vrect(x0=w0, x1=w1, row=1, col=1, fillcolor=PALETTE[5], opacity=0.15, line_width=0)
        height = max(420, 220 + 90 * n_lanes)
    fig.update_layout(
        template="plotly_dark" if dark else "plotly_white",
        barmode="overlay",
        height=height,
        margin=dict(l=10, r=10, t=90, b=10),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=1, xanchor="right"),
        title=dict(text="Timeline", x=0, y=0.98, yanchor="top"),
        meta={"alt": f"Timeline of {len(rows)} events from {first.date()} to {(last - pd.Timedelta(days=1)).date()}"},
        clickmode="event+select",
    )
    fig.update_yaxes(type="category", automargin=True, categoryorder="category descending")
    return fig


def _decimal_year(iso: pd.Series) -> pd.Series:
    """'2024-11-13' -> 2024.87; undated places sit at the start of the scale."""
    ts = pd.to_datetime(iso, errors="coerce")
    years = ts.dt.year + (ts.dt.day_of_year - 1) / 366
    return years.fillna(years.min() if years.notna().any() else 0)


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
        agg["when"] = _decimal_year(agg["first"])
        lo, hi = agg["when"].min(), agg["when"].max()
        for n, (kind_group, symbol) in enumerate((("city", "circle"), ("area", "square"))):
            part = agg[(agg["place_kind"] == "city") == (kind_group == "city")]
            if part.empty:
                continue
            fig.add_trace(go.Scattergeo(
                name="Cities" if kind_group == "city" else "Countries and regions",
                lat=part["lat"], lon=part["lon"],
                mode="markers",
                # coloured by when the place first appears (Cividis reads with colour-vision deficiencies)
                marker=dict(size=8 + 4 * part["mentions"].clip(upper=6), symbol=symbol, color=part["when"],
                            colorscale="Cividis", cmin=lo, cmax=hi if hi > lo else lo + 1,
                            showscale=n == 0, colorbar=dict(title="first date", thickness=10, len=0.5, tickformat="d"),
                            opacity=0.85 if kind_group == "city" else 0.55, line=dict(width=1, color="#222")),
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
        clickmode="event+select",
    )
    return fig


def map_animation(df: pd.DataFrame, dark: bool = False, max_frames: int = 60) -> go.Figure:
    """The map played through time: each frame adds the places of the events up to its date (cumulative)."""
    rows = _primary_rows(df).dropna(subset=["lat"]).sort_values("start")
    fig = go.Figure()
    if rows.empty:
        fig.update_layout(title="No dated places", template="plotly_dark" if dark else "plotly_white")
        return fig
    dates = list(dict.fromkeys(rows["start"]))
    if len(dates) > max_frames:  # keep the last date, thin the rest evenly
        step = len(dates) / max_frames
        dates = [dates[int(i * step)] for i in range(max_frames - 1)] + [dates[-1]]

    def upto(day: str) -> go.Scattergeo:
        seen = rows[rows["start"] <= day].drop_duplicates(["place", "lat", "lon"], keep="last")
        return go.Scattergeo(
            lat=seen["lat"], lon=seen["lon"], mode="markers+text", text=seen["place"], textposition="top center",
            marker=dict(size=10, color=_decimal_year(seen["start"]), colorscale="Cividis",
                        cmin=_decimal_year(rows["start"]).min(), cmax=_decimal_year(rows["start"]).max() + 1e-9,
                        line=dict(width=1, color="#222")),
            hovertext=[f"<b>{html.escape(str(r.place))}</b><br>{html.escape(str(r.title))}<br>{r.start}" for r in seen.itertuples()],
            hoverinfo="text", name="places",
        )

    fig.add_trace(upto(dates[0]))
    fig.frames = [go.Frame(data=[upto(d)], name=d) for d in dates]
    fig.update_geos(projection_type="natural earth", showland=True, landcolor="#3b3b3b" if dark else "#e8e4d8",
                    showcountries=True, countrycolor="#777" if dark else "#b0a89a", showframe=False, lataxis_range=[-60, 85])
    fig.update_layout(
        template="plotly_dark" if dark else "plotly_white", height=520, margin=dict(l=0, r=0, t=40, b=0),
        title=dict(text="Places through time", x=0),
        updatemenus=[dict(type="buttons", showactive=False, x=0, y=0, xanchor="left", yanchor="top", buttons=[
            dict(label="Play", method="animate", args=[None, dict(frame=dict(duration=700, redraw=True), fromcurrent=True)]),
            dict(label="Pause", method="animate", args=[[None], dict(mode="immediate", frame=dict(duration=0))]),
        ])],
        sliders=[dict(active=0, x=0.12, len=0.88, y=0, currentvalue=dict(prefix="up to "), steps=[
            dict(label=d, method="animate", args=[[d], dict(mode="immediate", frame=dict(duration=0, redraw=True))]) for d in dates
        ])],
        meta={"alt": f"Animated map of {rows['place'].nunique()} places from {dates[0]} to {dates[-1]}"},
    )
    return fig


def image(df: pd.DataFrame, which: str = "timeline", fmt: str = "png") -> bytes:
    """The timeline or the map as PNG or SVG bytes, drawn by kaleido with the machine's Chromium.

    The map's outlines are read from assets/, never from plotly's CDN.
    """
    import plotly.io as pio

    pio.defaults.topojson = (assets_dir() / "topojson").resolve().as_uri() + "/"
    fig = map_figure(df) if which == "map" else timeline_figure(df)
    return fig.to_image(format=fmt, width=1200, height=fig.layout.height or 600)


@lru_cache(maxsize=1)
def outline_assets() -> dict[str, dict]:
    """The TopoJSON outlines plotly.js needs, read from assets/ (keyed by plotly's file name)."""
    path = assets_dir() / "topojson" / f"{TOPOJSON}.json"
    return {TOPOJSON: json.loads(path.read_text(encoding="utf-8"))}


def geo_assets_script() -> str:
    """A <script> that hands plotly.js the outlines so it never fetches them."""
    data = json.dumps(outline_assets(), separators=(",", ":")).replace("</", "<\\/")
    return f"<script>window.PlotlyGeoAssets = {{topojson: {data}}};</script>"
