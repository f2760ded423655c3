"""Train the learned place ranker on the development place sets and write `assets/place_ranker.json`.

Each gold toponym, its span given (resolution, not recognition), is one ranking: its gazetteer readings, each
described by `timeline.language.places.place_features` as the resolver sees it, the right ones those within 161 km of the
gold point. A logistic regression over the differences of right and wrong readings (a pairwise ranker) gives one
weight per feature, shrunk towards the hand-set weights (`timeline.language.places.HAND_SET`) by a strength chosen by
leave-one-set-out, then refitted to the contexts its own choices make. Leave-one-set-out cross-validation of that
whole procedure compares it with the hand-set weights (and with a ranker shrunk towards zero), by accuracy@161 of
the full resolver with gold spans given; the table goes into the artefact beside the weights.

Needs the `train` extra (scikit-learn) and the shared data: `python scripts/train_place_ranker.py --shared ../shared`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluate import read_jsonl, score_places  # noqa: E402
from timeline.language.gazetteer import default_gazetteer  # noqa: E402
from timeline.language.places import FEATURES, HAND_SET, Ranking, learned, resolve_spans, span_choices  # noqa: E402
from timeline.language.ranker import RANKER_FILE, Ranker  # noqa: E402

_NEAR_KM = 161.0
# Where no reading is within 161 km, the nearest still counts as right if it is an area this close: GeoVirus
# gives Wikipedia's points of countries and states, which lie up to a few hundred km from GeoNames' own.
_AREA_KM = 1_000.0
_AREAS = ("country", "continent", "region", "admin1")


Sets = dict[str, tuple[Path, list[dict]]]


@dataclass(frozen=True, slots=True)
class Ranked:
    """One gold toponym: the features and the hand-set score of each reading, and which readings are right."""

    features: np.ndarray
    hand: np.ndarray
    right: np.ndarray


def _sets(shared: Path) -> Sets:
    """The development place sets with gold points, texts included, by short name."""
    here = ROOT / "bench" / "data"
    temporal = shared / "data" / "temporal"
    out = {"geovirus": (shared / "data" / "places" / "geovirus.jsonl", read_jsonl(shared / "data" / "places" / "geovirus.jsonl"))}
    for name, texts in (("meantime", "meantime_en.jsonl"), ("wikiwars", "wikiwars.jsonl")):
        path = here / f"places_{name}.jsonl"
        out[name] = (path, _with_texts(read_jsonl(path), temporal / texts))
    for path in sorted(here.glob("places_synthetic_*.jsonl")):
        out[path.stem.removeprefix("places_")] = (path, read_jsonl(path))
    return out


def _with_texts(gold: list[dict], texts: Path) -> list[dict]:
    """Our annotations carry offsets only; the articles' texts come from the shared set."""
    by_id = {r["doc_id"]: r["text"] for r in read_jsonl(texts)}
    return [{**g, "text": by_id[g["doc_id"]]} for g in gold]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _right(places: tuple, gold: dict) -> np.ndarray | None:
    """Which readings are right for a gold toponym; None when none is, or all are (nothing to learn)."""
    km = [_km((p.lat, p.lon), (gold["lat"], gold["lon"])) for p in places]
    right = np.array([d <= _NEAR_KM for d in km])
    if not right.any():
        nearest = int(np.argmin(km))
        if places[nearest].kind in _AREAS and km[nearest] <= _AREA_KM:
            right[nearest] = True
    return None if right.all() or not right.any() else right


def rankings(records: list[dict], ranking: Ranking = HAND_SET) -> list[Ranked]:
    """The rankings the resolver makes for the gold toponyms of `records`, as it makes them with `ranking`."""
    gaz = default_gazetteer()
    out = []
    for r in records:
        gold = r["toponyms"]
        for c, features, hand in span_choices(r["text"], [(t["start"], t["end"]) for t in gold], gaz, ranking):
            g = next((t for t in gold if t["start"] <= c.start and c.end <= t["end"]), None)
            right = None if g is None or len(c.places) < 2 else _right(c.places, g)
            if right is not None:
                out.append(Ranked(np.array(features, dtype=float), np.array(hand), right))
    return out


def _pairs(data: list[Ranked]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Right-minus-wrong differences of features and hand-set score (the last column), and their mirror images;
    each ranking weighs one in all."""
    xs, ys, ws = [], [], []
    for d in data:
        rows = np.column_stack([d.features, d.hand])
        good, bad = rows[d.right], rows[~d.right]
        diff = (good[:, None, :] - bad[None, :, :]).reshape(-1, rows.shape[1])
        weight = 1.0 / len(diff)
        xs += [diff, -diff]
        ys += [np.ones(len(diff)), np.zeros(len(diff))]
        ws += [np.full(len(diff), weight)] * 2
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def hand_weights(data: list[Ranked]) -> np.ndarray:
    """The hand-set score as weights over `FEATURES` (it is linear in them, up to a constant); checked, not assumed."""
    x = np.vstack([d.features for d in data])
    h = np.concatenate([d.hand for d in data])
    a = np.column_stack([x, np.ones(len(x))])
    v = np.linalg.lstsq(a, h, rcond=None)[0]
    if np.abs(a @ v - h).max() > 1e-6:
        raise SystemExit("the hand-set score is no longer a linear function of FEATURES: add the missing term as a feature")
    return np.round(v[:-1], 6)


# The hand-set score enters the regression this many times larger than a standardised feature, so the penalty
# hardly touches its weight: the other weights are pulled towards a multiple of the hand-set ones, not towards 0.
_PRIOR_SCALE = 100.0


def fit(data: list[Ranked], c: float, prior: np.ndarray | None = None) -> Ranker:
    """A pairwise logistic regression over the rankings: one weight per feature, on the features' own scale.

    With `prior` (the hand-set weights), the weights shrink towards a multiple of it rather than towards zero.
    """
    x, y, w = _pairs(data)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    if prior is None:
        x, scale = x[:, :-1], scale[:-1]
    else:
        scale[-1] /= _PRIOR_SCALE
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=10_000)
    model.fit(x / scale, y, sample_weight=w)
    coef = model.coef_[0] / scale
    weights = coef if prior is None else coef[:-1] + coef[-1] * prior
    return Ranker(FEATURES, tuple(round(float(v), 6) for v in weights))


def accuracy(records: list[dict], ranking: Ranking) -> tuple[float, int]:
    """Accuracy@161 of the resolver over the gold toponyms it resolves, spans given (as `make eval` reports it), and
    how many it resolves."""
    gaz = default_gazetteer()
    pred = []
    for r in records:
        found = resolve_spans(r["text"], [(t["start"], t["end"]) for t in r["toponyms"]], gaz, ranking)
        pred.append({"doc_id": r["doc_id"], "toponyms": [{"start": m.start, "end": m.end, "lat": m.place.lat, "lon": m.place.lon}
                                                           for m in found]})
    scores = score_places(records, pred)
    return scores["acc161_matched"], round(scores["relaxed_r"] * scores["gold"])


# The regularisation strengths tried; each fold picks its own by an inner leave-one-set-out on its training sets.
_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def _top1(ranker: Ranker, data: list[Ranked]) -> int:
    """How many rankings the ranker heads with a right reading (ties go to the gazetteer's order, as in `_choose`)."""
    w = np.array(ranker.weights)
    return sum(bool(d.right[int(np.argmax(d.features @ w))]) for d in data)


def choose_c(data: dict[str, list[Ranked]], names: list[str], prior: bool) -> float:
    """The strength that heads the most held-out rankings, leaving each of `names` out in turn; on ties, the smallest
    C (the weights nearest the hand-set ones)."""
    def held_out(c: float) -> int:
        total = 0
        for held in names:
            train = [d for n in names if n != held for d in data[n]]
            total += _top1(fit(train, c, hand_weights(train) if prior else None), data[held])
        return total
    return max(_GRID, key=lambda c: (held_out(c), -c))


def train(sets: Sets, data: dict[str, list[Ranked]], names: list[str], prior: bool) -> tuple[Ranker, float]:
    """The ranker of sets `names`, and its strength: fitted to the resolver's hand-set choices, then refitted to the
    choices it makes itself (the context a reading is ranked in is built from the other names' rankings)."""
    c = choose_c(data, names, prior)
    first = [d for n in names for d in data[n]]
    weights = hand_weights(first) if prior else None
    ranker = fit(first, c, weights)
    again = [d for n in names for d in rankings(sets[n][1], learned(ranker))]
    return fit(again, c, weights), c


def cross_validate(sets: Sets, data: dict[str, list[Ranked]]) -> list[dict]:
    """Leave one set out: train on the others, resolve the held-out set with the hand-set weights and with the ranker
    (shrunk towards the hand-set weights, and from scratch)."""
    rows = []
    for held in sets:
        others = [n for n in sets if n != held]
        records = sets[held][1]
        hand, resolved = accuracy(records, HAND_SET)
        row = {"set": held, "toponyms": sum(len(r["toponyms"]) for r in records), "resolved": resolved, "hand_set": round(hand, 4)}
        for label, prior in (("ranker", True), ("from_scratch", False)):
            ranker, c = train(sets, data, others, prior)
            row |= {label: round(accuracy(records, learned(ranker))[0], 4), f"{label}_c": c}
        rows.append(row)
    return rows


def _overall(rows: list[dict], key: str) -> float:
    """Accuracy over the resolved toponyms of all the sets together."""
    return sum(r[key] * r["resolved"] for r in rows) / sum(r["resolved"] for r in rows)


def _table(rows: list[dict]) -> str:
    lines = [f"{'set':<18} {'toponyms':>8} {'hand-set':>9} {'ranker':>8} {'change':>8} {'C':>6} {'scratch':>8} {'change':>8} {'C':>6}"]
    for r in rows + [{"set": "all sets pooled", "toponyms": sum(r["toponyms"] for r in rows), "ranker_c": "", "from_scratch_c": "",
                      **{k: _overall(rows, k) for k in ("hand_set", "ranker", "from_scratch")}}]:
        lines.append(
            f"{r['set']:<18} {r['toponyms']:>8} {r['hand_set']:>9.4f} {r['ranker']:>8.4f} {r['ranker'] - r['hand_set']:>+8.4f} "
            f"{r['ranker_c']:>6} {r['from_scratch']:>8.4f} {r['from_scratch'] - r['hand_set']:>+8.4f} {r['from_scratch_c']:>6}"
        )
    return "\n".join(lines)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _where(path: Path) -> str:
    """A data file's path: ours from the repository's root, the shared one from the shared folder's."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else f"shared/{path.relative_to(path.parents[2])}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="folder holding data/temporal and data/places")
    ap.add_argument("--out", default=str(ROOT / "assets" / RANKER_FILE), help="where to write the ranker's JSON")
    args = ap.parse_args()
    sets = _sets(Path(args.shared))
    data = {name: rankings(records) for name, (_, records) in sets.items()}
    rows = cross_validate(sets, data)
    print("accuracy@161 over the resolved gold toponyms, gold spans given; leave one set out (each ranker trained on the")
    print("other sets, its C chosen by a leave-one-set-out inside them); ranker: shrunk towards the hand-set weights")
    print(_table(rows))
    ranker, c = train(sets, data, list(sets), prior=True)
    artefact = {
        "model": "pairwise logistic regression over the readings of each gold toponym, its weights shrunk towards the "
                 "hand-set ones (scripts/train_place_ranker.py)",
        "features": list(ranker.features),
        "weights": list(ranker.weights),
        "hand_set_weights": [float(v) + 0.0 for v in hand_weights([d for ds in data.values() for d in ds])],
        "regularisation_c": c,
        "labels": f"right: the readings within {_NEAR_KM:.0f} km of the gold point, else the nearest country, continent, "
                  f"region or state within {_AREA_KM:.0f} km; toponyms with no right or no wrong reading are left out",
        "training": [{"set": name, "file": _where(path), "sha256_16": _digest(path), "documents": len(records),
                      "toponyms": sum(len(r["toponyms"]) for r in records), "rankings": len(data[name])}
                     for name, (path, records) in sets.items()],
        "scikit_learn": sklearn.__version__,
        "cross_validation": {
            "metric": "acc161_matched, gold spans given; leave one set out; C chosen inside each fold",
            "rows": rows,
            "overall": {k: round(_overall(rows, k), 4) for k in ("hand_set", "ranker", "from_scratch")},
        },
    }
    Path(args.out).write_text(json.dumps(artefact, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
