"""Plotly figures built from the events table: a precision-aware timeline and a map with routes.

Pure functions of the table; the only module that imports plotly. Map outlines come from
`assets/topojson` (see `outline_assets`), never from a CDN.
"""

from __future__ import annotations

import html
import json
import math
import re
import textwrap
from collections.abc import Collection
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from ..language.gazetteer import assets_dir

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
LABEL_CHARS = 34
ROW_PX = 26  # one row of a lane
_PLOT_PX = 760  # the narrowest plot area, in pixels, that labels are laid out for (the app beside its sidebar; exports are wider)
_CHAR_PX = 6.2  # one character of the 11 px label font, on average
_GAP_PX = 14
# the columns the timeline reads: fewer columns, faster redraws
_DRAWN = ("event_id", "doc_id", "title", "start", "end", "precision", "date_text", "mod", "place", "sentence", "itinerary_id",
          "stop_order", "traveller", "shared_date", "event_type", "country_code", "actors")
_MAPPED = ("event_id", "title", "start", "end", "date_text", "place", "country_code", "lat", "lon", "place_kind", "place_role",
           "itinerary_id", "stop_order", "traveller", "shared_date")
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
        # several documents: one lane each; one document: a lane per kind of event, and one per trip
        if rows["doc_id"].nunique() > 1:
            return rows["doc_id"].astype(str)
        stop = rows["itinerary_id"].notna()
        kinds = rows["event_type"].astype("string").fillna("other").astype(str)
        return kinds.where(~stop, rows["traveller"].astype("string").fillna("someone") + "'s trip")
    if lane not in rows:
        return pd.Series("events", index=rows.index)
    values = rows[lane].astype("string")
    if lane == "actors":
        values = values.str.split("; ").str[0]  # an event's first actor
    return values.fillna("(none)").astype(str)


def detail_window(rows: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The busiest stretch of a timeline that spans years: the cluster of fine-dated events holding most of them,
    as (first, last) day. None when everything already fits one readable view, or no stretch holds most events."""
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
    if len(best) * 2 < len(fine):
        return None  # no stretch holds most of the events (several articles of different years): no detail to show
    first, last = starts.iloc[best].min(), ends.iloc[best].max()
    if last - first > whole * 0.5:
        return None
    return first, last



def _short(text: str, limit: int = LABEL_CHARS) -> str:
    """A label that fits: 'Blinken meets NATO allies in Brussels to…' (the whole title is in the hover)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _items(rows: pd.DataFrame) -> pd.DataFrame:
    """What the timeline draws: one item per event, titled; a trip's stops sharing one range are one item,
    "2-4. Lima → Manaus → Rio de Janeiro", so one trip never reads as several places at once."""
    rows = rows.assign(ids=rows["event_id"].astype(str), label=rows["title"].astype(str), hover=_hover(rows))
    stop = rows["itinerary_id"].notna()
    order = rows["stop_order"].astype("string").fillna("?")
    rows.loc[stop, "label"] = order[stop] + ". " + rows.loc[stop, "place"].astype("string").fillna("?").astype(str)
    shared = stop & rows["shared_date"].fillna(False).astype(bool)
    if not shared.any():
        return rows
    merged = []
    for _, part in rows[shared].sort_values("stop_order").groupby(["itinerary_id", "start", "end"], sort=False):
        item = part.iloc[0].copy()
        if len(part) > 1:
            places = " → ".join(part["place"].astype("string").fillna("?"))
            item["ids"] = ",".join(part["event_id"])
            item["label"] = f"{part['stop_order'].iloc[0]}–{part['stop_order'].iloc[-1]}. {places}"
            item["hover"] = (f"<b>{html.escape(places)}</b><br>{html.escape(str(item['traveller']))}'s trip: "
                             f"{html.escape(_label(item))}, the dates the text gives these {len(part)} stops together")
        merged.append(item)
    return pd.concat([rows[~shared], pd.DataFrame(merged)]).sort_values(["start_ts", "end_ts"], kind="stable")


def _stack(starts: list[float], ends: list[float], depth: int, titled: list[bool] | None = None) -> tuple[list[int], list[bool]]:
    """Levels for one lane's items (sorted by start; `ends` include each title's width): the first level from the
    top where nothing runs over the item. An item with no free level among `depth` goes where room comes first,
    untitled; an item shown without a title (`titled` False) stays on the top level and takes no room.

    >>> _stack([0, 1, 5], [4, 3, 6], depth=2)
    ([0, 1, 0], [True, True, True])
    """
    free: list[float] = []
    levels, labelled = [], []
    for n, (start, end) in enumerate(zip(starts, ends)):
        if titled is not None and not titled[n]:
            levels.append(0)
            labelled.append(False)
            continue
        level = next((k for k, at in enumerate(free) if at <= start), None)
        if level is None and len(free) < depth:
            free.append(end)
            level = len(free) - 1
        if level is None:
            levels.append(min(range(len(free)), key=free.__getitem__))
            labelled.append(False)
            continue
        free[level] = end
        levels.append(level)
        labelled.append(True)
    return levels, labelled


def _layout_lanes(items: pd.DataFrame, x_range: tuple[pd.Timestamp, pd.Timestamp], depth: int) -> tuple[pd.DataFrame, list[float], list[str]]:
    """Each item's row (`y`, lanes top to bottom, one row per level) and whether its label is shown; the lanes'
    tick positions and names."""
    span_ms = max((x_range[1] - x_range[0]).total_seconds() * 1000, 1.0)
    per_px = span_ms / _PLOT_PX
    items = items.copy()
    start_ms = (items["start_ts"] - x_range[0]).dt.total_seconds() * 1000
    end_ms = (items["end_ts"] - x_range[0]).dt.total_seconds() * 1000
    label_ms = (items["text"].str.len().astype(float) * _CHAR_PX + _GAP_PX) * per_px
    reach = pd.concat([end_ms, start_ms + label_ms], axis=1).max(axis=1) + _GAP_PX * per_px
    items["y"], items["labelled"] = 0.0, False
    ticks, names, top = [], [], 0
    for lane in sorted(items["lane"].unique(), key=str.casefold):
        at = items.index[items["lane"] == lane]
        order = sorted(at, key=lambda i: (start_ms[i], end_ms[i]))
        levels, labelled = _stack([start_ms[i] for i in order], [reach[i] for i in order], depth,
                                  [items.at[i, "text"] != "" for i in order])
        items.loc[order, "y"] = [-(top + level) for level in levels]
        items.loc[order, "labelled"] = labelled
        ticks.append(-top)
        names.append(lane)
        top += max(levels) + 1
    return items, ticks, names


def _selected(ids: pd.Series, picked: frozenset[str]) -> list[int] | None:
    """Indices of the picked items, for plotly's own highlighting; None when nothing is picked."""
    if not picked:
        return None
    return [n for n, i in enumerate(ids) if picked & set(str(i).split(","))]


def _events(items: pd.DataFrame, row: int | None, legend: bool, picked: frozenset[str], focus: str | None,
            dark: bool) -> tuple[list[go.BaseTraceType], list[dict]]:
    """A panel's traces, and the outline of the `focus` event as shapes."""
    traces: list[go.BaseTraceType] = []
    axis = "" if not row or row == 1 else str(row)
    where = dict(xaxis=f"x{axis}", yaxis=f"y{axis}")
    single = items["start"] == items["end"]
    coarse = items["precision"].isin(COARSE)
    hedged = items["mod"].notna() if "mod" in items else pd.Series(False, index=items.index)
    groups = (
        ("Approximate span (year, month…)", items[coarse], dict(opacity=0.3, pattern_shape="/"), PALETTE[0]),
        ("Date range", items[~coarse & ~single & ~hedged], dict(opacity=0.6), PALETTE[1]),
        ("Uncertain or open-ended", items[~coarse & hedged], dict(opacity=0.4, pattern_shape="x"), PALETTE[3]),
    )
    for name, part, style, color in groups:
        if part.empty:
            continue
        traces.append(go.Bar(
            name=name, legendgroup=name, showlegend=legend,
            orientation="h", y=part["y"], width=0.7,
            base=part["start_ts"],
            x=(part["end_ts"] - part["start_ts"]).dt.total_seconds() * 1000,
            customdata=part["ids"], hovertext=part["hover"], hoverinfo="text",
            selectedpoints=_selected(part["ids"], picked),
            marker=dict(color=color, opacity=style["opacity"], pattern=dict(shape=style.get("pattern_shape", "")), line=dict(width=1, color=color)),
            **where,
        ))
    days = items[~coarse & single & ~hedged]
    if not days.empty:
        traces.append(go.Scatter(
            name="Single day", legendgroup="Single day", showlegend=legend,
            mode="markers", y=days["y"], x=days["start_ts"] + pd.Timedelta(hours=12),
            customdata=days["ids"], hovertext=days["hover"], hoverinfo="text",
            selectedpoints=_selected(days["ids"], picked),
            marker=dict(color=PALETTE[2], size=11, symbol="diamond", line=dict(width=1, color="#333")),
            **where,
        ))
    shown = items[items["labelled"]]
    if not shown.empty:
        # titles on the chart, as a reader expects of a timeline; a day's title starts after its marker
        traces.append(go.Scatter(
            name="titles", showlegend=False, mode="text", y=shown["y"], x=shown["label_x"], text=shown["text"],
            textposition="middle right", textfont=dict(size=11, color="#eee" if dark else "#222"), cliponaxis=True,
            customdata=shown["ids"], hovertext=shown["hover"], hoverinfo="text",
            selectedpoints=_selected(shown["ids"], picked),
            **where,
        ))
    chosen = items[items["ids"].str.split(",").apply(lambda ids: focus in ids)] if focus else items.iloc[0:0]
    # the event chosen in the table or the picker, outlined wherever it is drawn
    return traces, [dict(type="rect", xref=f"x{axis}", yref=f"y{axis}", x0=r.start_ts, x1=max(r.end_ts, r.label_x),
                 y0=r.y - 0.45, y1=r.y + 0.45, line=dict(color=PALETTE[4], width=3), fillcolor="rgba(0,0,0,0)")
            for r in chosen.itertuples()]


def _with_room(left: pd.Timestamp, right: pd.Timestamp, last_start: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """An x range from `left` that shows `right` and a whole title starting at `last_start`."""
    share = (LABEL_CHARS * _CHAR_PX + 2 * _GAP_PX) / _PLOT_PX  # of the range, one title's width
    return left, max(right, left + (last_start - left) / (1 - share))


def _lane_rules(ticks: list[float], row: int | None, dark: bool) -> list[dict]:
    """A faint line between lanes, so a lane's stacked rows read as one lane."""
    axis = "" if not row or row == 1 else str(row)
    return [dict(type="line", xref=f"x{axis} domain", yref=f"y{axis}", x0=0, x1=1, y0=tick + 0.5, y1=tick + 0.5,
                 line=dict(width=1, color="#555" if dark else "#ddd")) for tick in ticks[1:]]


def _panel(rows: pd.DataFrame, x_range: tuple[pd.Timestamp, pd.Timestamp], depth: int, label: pd.Series | None = None):
    """The items of one panel laid out for its time range; `label` False hides an item's title there."""
    items = rows.copy()
    per_px = max((x_range[1] - x_range[0]).total_seconds() * 1000, 1.0) / _PLOT_PX
    # a title may run as long as its bar is wide
    room = ((items["end_ts"] - items["start_ts"]).dt.total_seconds() * 1000 / per_px / _CHAR_PX).astype(int)
    items["text"] = [_short(t, max(LABEL_CHARS, r - 1)) for t, r in zip(items["label"], room)]
    if label is not None:
        items.loc[~label.reindex(items.index, fill_value=True), "text"] = ""
    day = (items["start"] == items["end"]).fillna(False).to_numpy(dtype=bool)
    # in seconds: a date of 1250 is out of reach of nanoseconds
    offset = pd.to_timedelta((12 * 3_600 + 9 * per_px / 1000) * day, unit="s").as_unit("s")
    items["label_x"] = items["start_ts"].dt.as_unit("s") + offset
    items, ticks, names = _layout_lanes(items, x_range, depth)
    items["labelled"] &= items["text"] != ""
    return items, ticks, names


def timeline_figure(df: pd.DataFrame, lane: str = "auto", dark: bool = False, picked: Collection[str] = (),
                    focus: str | None = None) -> go.Figure:
    """Events on a time axis, each with its title: ranges as bars, days as markers, year/month precision as light
    hatched spans, approximate and open-ended dates cross-hatched; items of a lane stacked so that no title runs
    over another. When the events span years, a detail panel below the overview shows the busiest stretch (the
    seed's November 2024 trip under 2008 and 2014).

    Lanes (`lane`): any of LANES. `picked` event ids are highlighted, `focus` is outlined. Clicking or selecting
    returns event ids as customdata (comma-joined where one item stands for several events).
    """
    rows = _primary_rows(df[[c for c in _DRAWN if c in df]])
    template = "plotly_dark" if dark else "plotly_white"
    if rows.empty:
        return go.Figure(layout=dict(title="No dated events", template=template))
    rows["lane"] = _lanes(rows, lane)
    rows["start_ts"] = pd.to_datetime(rows["start"])
    rows["end_ts"] = pd.to_datetime(rows["end"]) + pd.Timedelta(days=1)
    rows = _items(rows)
    picked = frozenset(picked)
    first, last = rows["start_ts"].min(), rows["end_ts"].max()
    pad = max((last - first) * 0.03, pd.Timedelta(days=3))
    window = detail_window(rows)
    lanes = dict(automargin=True, showgrid=False, zeroline=False)
    if window is None:
        whole = _with_room(first - pad, last + pad, rows["start_ts"].max())
        items, ticks, names = _panel(rows, whole, depth=8)
        n_rows = int(-items["y"].min()) + 1
        traces, shapes = _events(items, None, True, picked, focus, dark)
        shapes += _lane_rules(ticks, None, dark)
        axes = dict(xaxis=dict(type="date", range=list(whole), tickangle=0),
                    yaxis=dict(tickvals=ticks, ticktext=names, range=[-n_rows + 0.4, 0.6], **lanes))
        notes: list[dict] = []
        height, top = 130 + ROW_PX * n_rows, 60
    else:
        w0, w1 = window[0] - pd.Timedelta(days=2), window[1] + pd.Timedelta(days=3)
        inside = (rows["start_ts"] >= w0) & (rows["end_ts"] <= w1)
        w0, w1 = _with_room(w0, w1, rows.loc[inside, "start_ts"].max())
        whole = _with_room(first - pad, last + pad, rows.loc[~inside, "start_ts"].max() if (~inside).any() else first)
        # events of the detail window are titled in the detail panel, not squeezed into the overview
        over, o_ticks, o_names = _panel(rows, whole, depth=3, label=~inside)
        detail, d_ticks, d_names = _panel(rows[inside], (w0, w1), depth=8)
        n_over, n_detail = int(-over["y"].min()) + 1, int(-detail["y"].min()) + 1
        height, top = 230 + ROW_PX * (n_over + n_detail), 90
        gap = 80 / height
        upper = (1 - gap) * (n_over + 0.6) / (n_over + n_detail + 1.2)  # the overview's share of the height
        lower = 1 - gap - upper
        o_traces, o_shapes = _events(over, 1, True, picked, focus, dark)
        d_traces, d_shapes = _events(detail, 2, False, picked, focus, dark)
        traces, shapes = o_traces + d_traces, o_shapes + d_shapes + _lane_rules(o_ticks, 1, dark) + _lane_rules(d_ticks, 2, dark)
        # the detail window drawn on the overview, so a reader sees where it sits
        shapes.append(dict(type="rect", xref="x", yref="y domain", x0=w0, x1=w1, y0=0, y1=1, fillcolor=PALETTE[5],
                           opacity=0.15, line_width=0, layer="below"))
        axes = dict(
            xaxis=dict(type="date", range=list(whole), tickangle=0, anchor="y"),
            yaxis=dict(domain=[1 - upper, 1], tickvals=o_ticks, ticktext=o_names, range=[-n_over + 0.4, 0.6], **lanes),
            xaxis2=dict(type="date", range=[w0, w1], tickangle=0, anchor="y2"),
            yaxis2=dict(domain=[0, lower], tickvals=d_ticks, ticktext=d_names, range=[-n_detail + 0.4, 0.6], anchor="x2", **lanes),
        )
        label = f"{w0.strftime('%d %b %Y')} – {(window[1]).strftime('%d %b %Y')}"
        # panel titles on the left, clear of the legend on the right
        notes = [dict(text=text, x=0, xanchor="left", xref="paper", y=y, yanchor="bottom", yref="paper", showarrow=False,
                      font=dict(size=13)) for text, y in (("Overview, all events", 1), (f"Detail, {label}", lower))]
    layout = dict(
        **axes,
        annotations=notes,
        shapes=shapes,
        template=template,
        barmode="overlay",
        height=height,
        margin=dict(l=10, r=10, t=top, b=10),
        legend=dict(orientation="h", y=0.995, yanchor="top", x=1, xanchor="right", yref="container"),
        title=dict(text="Timeline", x=0, y=0.99, yanchor="top", yref="container"),
        meta={"alt": f"Timeline of {rows['ids'].str.count(',').add(1).sum()} events from {first.date()} to {(last - pd.Timedelta(days=1)).date()}"},
        clickmode="event+select",
    )
    return go.Figure(data=traces, layout=layout)


def _decimal_year(iso: pd.Series) -> pd.Series:
    """'2024-11-13' -> 2024.87; undated places sit at the start of the scale."""
    ts = pd.to_datetime(iso, errors="coerce")
    years = ts.dt.year + (ts.dt.day_of_year - 1) / 366
    return years.fillna(years.min() if years.notna().any() else 0)


def _when(year: float, span: float) -> str:
    """A colour-bar tick as a reader says it, as fine as the span needs: '2014', 'Nov 2024', '13 Nov 2024'."""
    whole = int(year)
    if span > 3 or not 1 <= whole <= 9998:
        return str(whole)
    day = date(whole, 1, 1) + timedelta(days=min(round((year - whole) * 366), 364))
    return f"{day:%b} {whole}" if span > 0.25 else f"{day.day} {day:%b} {whole}"


def _date_ticks(lo: float, hi: float, n: int = 4) -> tuple[list[float], list[str]]:
    """Evenly spaced colour-bar ticks between the first and last date, each a different label."""
    values = [lo + (hi - lo) * k / (n - 1) for k in range(n)] if hi > lo else [lo]
    texts = [_when(v, hi - lo) for v in values]
    keep = [k for k in range(len(values)) if k == 0 or texts[k] != texts[k - 1]]
    return [values[k] for k in keep], [texts[k] for k in keep]


def _stop_dates(r) -> str:
    if pd.isna(r.start) and pd.isna(r.end):
        return "date not given"
    shared = " (for the whole trip)" if r.shared_date is True else ""
    # an open end: a stop told without its own date after a dated one ("on or after 2015-05-02")
    span = f"on or after {r.start}" if pd.isna(r.end) else f"by {r.end}" if pd.isna(r.start) else f"{r.start} – {r.end}"
    return f"{html.escape(str(r.date_text))}: {span}{shared}"


def _short_dates(start, end) -> str:
    """'12-13 Nov', '14 Nov', 'from 14 Nov', '' for a stop with no date."""
    if pd.isna(start):
        return ""
    if pd.isna(end):
        return f"from {pd.Timestamp(start).strftime('%-d %b')}"
    a, b = pd.Timestamp(start), pd.Timestamp(end)
    if a == b:
        return a.strftime("%-d %b")
    return f"{a.day}–{b.strftime('%-d %b')}" if (a.year, a.month) == (b.year, b.month) else f"{a.strftime('%-d %b')}–{b.strftime('%-d %b')}"


def _stop_rows(df: pd.DataFrame) -> pd.DataFrame:
    stops = df[df["itinerary_id"].notna() & df["lat"].notna() & (df["place_role"] == "stop")]
    return stops.sort_values(["itinerary_id", "stop_order"])


def _bounds(lat: pd.Series, lon: pd.Series) -> dict:
    """The map's view: the places shown with a margin, never closer than a region (about 16 degrees across)."""
    lat, lon = lat.astype(float), lon.astype(float)
    half_lat = max((lat.max() - lat.min()) * 0.6, 8.0)
    half_lon = max((lon.max() - lon.min()) * 0.6, 12.0)
    mid_lat, mid_lon = (lat.max() + lat.min()) / 2, (lon.max() + lon.min()) / 2
    return dict(
        lataxis_range=[max(mid_lat - half_lat, -60.0), min(mid_lat + half_lat, 85.0)],
        lonaxis_range=[max(mid_lon - half_lon, -180.0), min(mid_lon + half_lon, 180.0)],
    )


def _apart(lat: list[float], lon: list[float], gap: float, limit: int = 2000) -> tuple[list[float], list[float]]:
    """Points closer than `gap` degrees to another spread on a small ring around their middle, so that each marker
    is seen and can be clicked ("Brussels" under "Belgium"); others stay where they are. Greedy, first point first.

    >>> _apart([0.0, 0.0, 40.0], [0.0, 0.01, 10.0], gap=1.0)[1][2]
    10.0
    """
    if len(lat) > limit:
        return lat, lon  # a map of thousands of places: left as they are
    groups: list[list[int]] = []
    for i in range(len(lat)):
        near = next((g for g in groups if abs(lat[g[0]] - lat[i]) < gap and abs(lon[g[0]] - lon[i]) < gap), None)
        if near is None:
            groups.append([i])
        else:
            near.append(i)
    lat, lon = list(lat), list(lon)
    for g in groups:
        if len(g) < 2:
            continue
        mid_lat, mid_lon = sum(lat[i] for i in g) / len(g), sum(lon[i] for i in g) / len(g)
        stretch = 1 / max(math.cos(math.radians(mid_lat)), 0.2)  # a degree of longitude is shorter away from the equator
        for k, i in enumerate(g):
            angle = 2 * math.pi * k / len(g)
            lat[i] = mid_lat + 0.6 * gap * math.sin(angle)
            lon[i] = mid_lon + 0.6 * gap * math.cos(angle) * stretch
    return lat, lon


def map_figure(df: pd.DataFrame, dark: bool = False, picked: Collection[str] = (), focus: str | None = None) -> go.Figure:
    """Places on an offline map zoomed to them, sized by events and coloured by when they first appear;
    itineraries as numbered routes with arrows, each stop labelled with its place and dates. `picked` event ids
    are highlighted, the `focus` event ringed. A point's customdata is every event at that place."""
    df = df[[c for c in _MAPPED if c in df]]  # fewer columns, faster redraws
    located = df[df["lat"].notna()]
    picked = frozenset(picked)
    traces: list[go.BaseTraceType] = []
    at_place: dict[tuple, str] = {}
    shown_at: dict[tuple, tuple[float, float]] = {}
    if not located.empty:
        agg = (
            located.groupby(["place", "country_code", "lat", "lon", "place_kind"], dropna=False)
            .agg(mentions=("event_id", "nunique"), ids=("event_id", lambda s: list(dict.fromkeys(s))),
                 first=("start", "min"), titles=("title", lambda s: list(dict.fromkeys(s))[:3]))
            .reset_index()
        )
        agg["customdata"] = [",".join(x) for x in agg["ids"]]
        # markers that would cover each other at the map's first zoom are drawn apart (hover gives the true point)
        view = _bounds(located["lat"], located["lon"])
        gap = max(view["lataxis_range"][1] - view["lataxis_range"][0], view["lonaxis_range"][1] - view["lonaxis_range"][0]) / 60
        agg = agg.sort_values("mentions", ascending=False, kind="stable")
        agg["shown_lat"], agg["shown_lon"] = _apart(agg["lat"].astype(float).tolist(), agg["lon"].astype(float).tolist(), gap)
        shown_at = {(r.place, r.lat, r.lon): (r.shown_lat, r.shown_lon) for r in agg.itertuples()}
        at_place = {(r.place, r.lat, r.lon): r.customdata for r in agg.itertuples()}
        agg["when"] = _decimal_year(agg["first"])
        lo, hi = agg["when"].min(), agg["when"].max()
        tickvals, ticktext = _date_ticks(lo, hi) if agg["first"].notna().any() else ([], [])
        for n, (kind_group, symbol) in enumerate((("city", "circle"), ("area", "square"))):
            part = agg[(agg["place_kind"] == "city") == (kind_group == "city")]
            if part.empty:
                continue
            traces.append(go.Scattergeo(
                name="Cities" if kind_group == "city" else "Countries and regions",
                lat=part["shown_lat"], lon=part["shown_lon"],
                mode="markers",
                # coloured by when the place first appears (Cividis reads with colour-vision deficiencies)
                marker=dict(size=8 + 4 * part["mentions"].clip(upper=6), symbol=symbol, color=part["when"],
                            colorscale="Cividis", cmin=lo, cmax=hi if hi > lo else lo + 1,
                            showscale=n == 0, colorbar=dict(title="first date", thickness=10, len=0.5, tickvals=tickvals, ticktext=ticktext),
                            opacity=0.85 if kind_group == "city" else 0.55, line=dict(width=1, color="#222")),
                customdata=part["customdata"],
                selectedpoints=_selected(part["customdata"], picked),
                hovertext=[
                    f"<b>{html.escape(str(r.place))}</b> ({html.escape(str(r.country_code)) if pd.notna(r.country_code) else 'region'})<br>"
                    f"{r.mentions} event(s), first {r.first}<br>" + "<br>".join(html.escape(str(t)) for t in r.titles)
                    + ("<br><i>drawn a little apart from a place close by</i>" if (r.shown_lat, r.shown_lon) != (r.lat, r.lon) else "")
                    for r in part.itertuples()
                ],
                hoverinfo="text",
            ))
    for i, (iid, stops) in enumerate(_stop_rows(df).groupby("itinerary_id", sort=True)):
        color = PALETTE[(i + 1) % len(PALETTE)]
        traveller = stops["traveller"].iloc[0]
        # a stop stands for every event at its place: clicking it picks them all, as the city marker under it would
        ids = [at_place.get((r.place, r.lat, r.lon), r.event_id) for r in stops.itertuples()]
        points = [shown_at.get((r.place, r.lat, r.lon), (r.lat, r.lon)) for r in stops.itertuples()]  # on its marker
        traces.append(go.Scattergeo(
            name=f"{traveller}'s trip",
            lat=[a for a, _ in points], lon=[b for _, b in points],
            mode="lines+markers+text",
            line=dict(width=2.5, color=color),
            marker=dict(size=14, symbol="arrow", angleref="previous", color=color),
            text=[f"{int(r.stop_order)}. {r.place}" + (f" · {d}" if (d := _short_dates(r.start, r.end)) else "") for r in stops.itertuples()],
            textposition="top center",
            # the route's colour is for the line; a label reads best dark on a light halo (light on dark)
            textfont=dict(size=12, color="#f2f2f2" if dark else "#1a1a1a", weight="bold",
                          shadow="0 0 3px #000, 0 0 2px #000" if dark else "0 0 3px #fff, 0 0 2px #fff"),
            customdata=ids,
            selectedpoints=_selected(pd.Series(ids), picked),
            hovertext=[
                f"<b>{int(r.stop_order)}. {html.escape(str(r.place))}</b><br>{html.escape(str(traveller))}<br>{_stop_dates(r)}"
                for r in stops.itertuples()
            ],
            hoverinfo="text",
        ))
    chosen = located[located["event_id"] == focus].head(1) if focus else located.iloc[0:0]
    if not chosen.empty:
        traces.append(go.Scattergeo(
            name="Chosen event", lat=chosen["lat"], lon=chosen["lon"], mode="markers", hoverinfo="skip",
            marker=dict(size=28, symbol="circle-open", color=PALETTE[4], line=dict(width=3)),
        ))
    return go.Figure(data=traces, layout=dict(
        geo=_geo(dark, _bounds(located["lat"], located["lon"]) if not located.empty else dict(lataxis_range=[-60, 85])),
        template="plotly_dark" if dark else "plotly_white",
        height=480, margin=dict(l=0, r=0, t=40, b=0), title=dict(text="Map", x=0),
        legend=dict(orientation="h", y=1.05),
        meta={"alt": f"Map of {located['place'].nunique()} places"},
        clickmode="event+select",
    ))


def _geo(dark: bool, bounds: dict) -> dict:
    """The map's land, sea and borders, showing `bounds`."""
    return dict(
        projection_type="natural earth", resolution=110,
        showland=True, landcolor="#3b3b3b" if dark else "#e8e4d8",
        showocean=True, oceancolor="#1d2733" if dark else "#f4f8fb",
        showlakes=False, bgcolor="rgba(0,0,0,0)",
        showcountries=True, countrycolor="#777" if dark else "#b0a89a",
        showcoastlines=True, coastlinecolor="#888",
        showframe=False,
        **bounds,
    )


def waiting_map(dark: bool = False, what: str = "Reading the articles …") -> go.Figure:
    """An empty world map that says what is being waited for: shown while the first articles are read."""
    return go.Figure(layout=dict(geo=_geo(dark, dict(lataxis_range=[-60, 85])), template="plotly_dark" if dark else "plotly_white",
                                 height=240, margin=dict(l=0, r=0, t=40, b=0), title=dict(text=what, x=0),
                                 meta={"alt": what}))


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


@lru_cache(maxsize=1)
def plotly_script() -> str:
    """A <script> with the partial plotly.js bundle of assets/plotly (the traces these figures use, about a third
    of the full library); see scripts/build_outlines.py."""
    code = (assets_dir() / "plotly" / "plotly-partial.min.js").read_text(encoding="utf-8")
    return "<script>" + code.replace("</script", "<\\/script") + "</script>"


def geo_assets_script() -> str:
    """A <script> that hands plotly.js the outlines so it never fetches them."""
    data = json.dumps(outline_assets(), separators=(",", ":")).replace("</", "<\\/")
    return f"<script>window.PlotlyGeoAssets = {{topojson: {data}}};</script>"
