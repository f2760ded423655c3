"""Scoring annotations against gold JSONL, TempEval-3 style for dates and by distance for places."""

from __future__ import annotations

import json
import math
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .errors import TimelineError
from .language.gazetteer import normalise


@dataclass(frozen=True, slots=True)
class SpanScore:
    gold: int
    pred: int
    strict: int
    relaxed: int

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.pred if self.pred else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_jsonl(path: str | Path) -> list[dict]:
    """Records of a JSONL file; a line that is not a JSON object is an error naming the line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise TimelineError(f"{path} line {n}: not JSON ({exc.msg})") from None
                if not isinstance(rec, dict):
                    raise TimelineError(f"{path} line {n}: expected a JSON object")
                out.append(rec)
    return out


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def align(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], int]:
    """One-to-one pairs of overlapping gold and predicted spans (exact ones first), and the exact count."""
    pairs: list[tuple[dict, dict]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    exact = 0
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_p and (g["start"], g["end"]) == (p["start"], p["end"]):
                pairs.append((g, p))
                used_g.add(gi)
                used_p.add(pi)
                exact += 1
                break
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        best = max(
            (pi for pi, p in enumerate(pred) if pi not in used_p and _overlap(g, p)),
            key=lambda pi: min(g["end"], pred[pi]["end"]) - max(g["start"], pred[pi]["start"]),
            default=None,
        )
        if best is not None:
            pairs.append((g, pred[best]))
            used_g.add(gi)
            used_p.add(best)
    return pairs, exact


def _norm_value(v: str | None) -> str:
    """'199X' and '199' both name the 1990s."""
    v = (v or "").strip().upper()
    return v.rstrip("X") if re.fullmatch(r"\d+X+", v) else v


def score_temporal(gold: list[dict], pred: list[dict], key: str = "timexes") -> dict:
    """Strict and relaxed P/R/F1, type and value accuracy over relaxed matches, value F1."""
    preds = {p["doc_id"]: p for p in pred}
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = typed = 0
    for g in gold:
        gs = g.get(key, [])
        ps = preds.get(g["doc_id"], {}).get(key, [])
        pairs, exact = align(gs, ps)
        n_gold += len(gs)
        n_pred += len(ps)
        strict += exact
        relaxed += len(pairs)
        for a, b in pairs:
            if a.get("type"):
                typed += 1
                type_ok += a.get("type") == b.get("type")
            value_ok += _norm_value(a.get("value")) == _norm_value(b.get("value"))
    extra = sum(len(p.get(key, [])) for d, p in preds.items() if d not in {g["doc_id"] for g in gold})
    s = SpanScore(n_gold, n_pred + extra, strict, relaxed)
    sp, sr, sf = s.prf(strict)
    rp, rr, rf = s.prf(relaxed)
    value_acc = value_ok / relaxed if relaxed else 0.0
    return {
        "gold": n_gold, "pred": n_pred + extra,
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_acc": type_ok / typed if typed else None,
        "value_acc": value_acc, "value_f1": rf * value_acc,
    }


def _km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def score_places(gold: list[dict], pred: list[dict], key: str = "toponyms") -> dict:
    """Span P/R/F1 and distance accuracy (within 161 km) of resolved toponyms."""
    preds = {p["doc_id"]: p for p in pred}
    n_gold = n_pred = strict = relaxed = 0
    errors: list[float] = []
    sub_national: list[float] = []  # errors of pairs the prediction says are not whole countries
    for g in gold:
        gs = g.get(key, [])
        ps = [p for p in preds.get(g["doc_id"], {}).get(key, []) if p.get("lat") is not None]
        pairs, exact = align(gs, ps)
        n_gold += len(gs)
        n_pred += len(ps)
        strict += exact
        relaxed += len(pairs)
        errors.extend(_km(a, b) for a, b in pairs)
        sub_national.extend(_km(a, b) for a, b in pairs if b.get("kind") not in (None, "country"))
    s = SpanScore(n_gold, n_pred, strict, relaxed)
    sp, sr, sf = s.prf(strict)
    rp, rr, rf = s.prf(relaxed)
    within = sum(e <= 161 for e in errors)
    return {
        "gold": n_gold, "pred": n_pred,
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "acc161_matched": within / len(errors) if errors else 0.0,
        "acc161_all_gold": within / n_gold if n_gold else 0.0,
        "mean_km": statistics.fmean(errors) if errors else None,
        "median_km": statistics.median(errors) if errors else None,
    } | ({"acc161_not_country": sum(e <= 161 for e in sub_national) / len(sub_national)} if sub_national else {})


def _same_stop(g: dict, p: dict, dates: bool) -> bool:
    """A predicted stop is the gold one when its place is one of the gold names (and its dates agree)."""
    names = {normalise(n) for n in g["names"]}
    if normalise(p.get("name") or "") not in names and normalise(p.get("text") or "") not in names:
        return False
    return not dates or (g.get("start"), g.get("end")) == (p.get("start"), p.get("end"))


def _in_order(gold: list[dict], pred: list[dict], dates: bool) -> int:
    """How many stops match in the same order: the longest common subsequence."""
    row = [0] * (len(pred) + 1)
    for g in gold:
        prev_diag = 0
        for j, p in enumerate(pred, start=1):
            keep = row[j]
            row[j] = prev_diag + 1 if _same_stop(g, p, dates) else max(row[j], row[j - 1])
            prev_diag = keep
    return row[-1]


def score_stops(gold: list[dict], pred: list[dict]) -> dict:
    """Itinerary stops right in place, order and dates (and in place and order only): P/R/F1; and whose trips they are
    (`traveller_acc`)."""
    preds = {p["doc_id"]: p.get("stops", []) for p in pred}
    n_gold = sum(len(g["stops"]) for g in gold)
    n_pred = sum(len(preds.get(g["doc_id"], [])) for g in gold)
    out: dict = {"documents": len(gold), "gold": n_gold, "pred": n_pred}
    hits = {}
    for label, dates in (("", True), ("place_order_", False)):
        hits[label] = hit = sum(_in_order(g["stops"], preds.get(g["doc_id"], []), dates) for g in gold)
        p = hit / n_pred if n_pred else 0.0
        r = hit / n_gold if n_gold else 0.0
        out |= {f"{label}p": p, f"{label}r": r, f"{label}f1": 2 * p * r / (p + r) if p + r else 0.0}
    # of the stops found in their place and order, the share whose dates are right too
    out["date_acc"] = hits[""] / hits["place_order_"] if hits["place_order_"] else 0.0
    # of the documents where a trip is found, the share whose traveller is the gold one (a stop list under "Covid-19"
    # or "PANAMA CITY" is no one's trip to a reader); the trip is the one the caller chose to score (`itinerary_record`:
    # the gold traveller's surname's, where the tool has one)
    travellers = {p["doc_id"]: p.get("traveller") or "" for p in pred if p.get("stops")}
    asked = [g for g in gold if g.get("traveller") and g["doc_id"] in travellers]
    right = sum(same_traveller(g["traveller"], travellers[g["doc_id"]]) for g in asked)
    out["traveller_acc"] = right / len(asked) if asked else 0.0
    return out


def same_traveller(gold: str, pred: str) -> bool:
    """Whether a trip's traveller is the gold one: the words of one name (any case or accents) are all in the other.

    >>> same_traveller("Recep Tayyip Erdogan", "Erdoğan"), same_traveller("Emperor Naruhito", "Empress Masako")
    (True, False)
    """
    g, p = set(_NAME_WORD.findall(normalise(gold))), set(_NAME_WORD.findall(normalise(pred)))
    return bool(g and p) and (g <= p or p <= g)


_NAME_WORD = re.compile(r"[^\W_]+")


def predict(gold: Iterable[dict], annotate: Callable[[dict], dict]) -> list[dict]:
    """Predictions for each gold record's text and reference time."""
    out = []
    for n, g in enumerate(gold, start=1):
        if not isinstance(g.get("text"), str) or "doc_id" not in g:
            raise TimelineError(f"gold record {n} ({g.get('doc_id', 'no doc_id')}): needs 'doc_id' and a 'text' string to annotate "
                                "(a stand-off file with offsets only needs its texts joined first, as bench/evaluate_all.py does)")
        out.append(annotate({"doc_id": g["doc_id"], "text": g["text"], "dct": g.get("dct")}))
    return out


def format_scores(name: str, s: dict) -> str:
    """One block of aligned `metric value` lines."""
    lines = [f"{name}"]
    for k, v in s.items():
        lines.append(f"  {k:<18} {v:.3f}" if isinstance(v, float) else f"  {k:<18} {v}")
    return "\n".join(lines)
