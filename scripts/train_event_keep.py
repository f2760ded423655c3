"""Train the keep model on the event sets and write `assets/event_keep.json`.

Each tool event of an extraction that keeps every event is one example: its `timeline.events.keeping.features`, and
whether the shared scorer finds it right (matched to a gold event with date, place and title right). Events matched to
optional gold events are left out, as the scorer counts them neither way, and so are a trip's stops, which are always
kept. One logistic regression gives a weight per feature. An event is kept where the model gives it at least the
threshold's chance of being right; the threshold is the one of THRESHOLDS under which cross-validation over sets (six
folds) finds the best pooled right-event F1 while no kind of text (news, relative, travel, history, timeline) loses
more than a tenth of a point of its own (MAX_LOSS), and its log-odds are taken off the bias, so that the package
keeps an event whose score is zero or more. (Pooled F1 alone would leave out more of a news story's events than its
own F1 gains by: a kind whose F1 is lower gains from a lower threshold.) The out-of-fold figures and those of the
newest eight sets held out, each against keeping every event, go into the artefact.

The extraction runs with the model's decision replaced by a recorder that keeps every event, so the features are
those of the extraction the model is then applied to.

Needs the `train` extra (scikit-learn) and the shared data: `python scripts/train_event_keep.py --shared ../shared`.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import sklearn
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import events_eval  # noqa: E402
from timeline.events import keeping  # noqa: E402
from timeline.language.gazetteer import assets_dir  # noqa: E402

C = 0.3
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
MAX_LOSS = 0.001  # a kind's F1 moving by less than this is one or two of its events: noise, not a loss
FOLDS = 6
NEWEST = 8


def _record(name: str, path: Path, shared: Path) -> tuple[list[dict], dict[str, int]]:
    """One row per counted tool event (its features, whether it is right, whether it is a stop, its text's kind), and
    the set's number of non-optional gold events of each kind of text."""
    scorer = events_eval.load_scorer(shared)
    kind_of = events_eval.kinds()
    seen: dict[str, dict] = {}  # by event id (which holds its document's)

    def kept(events, text, setting, model=None):
        doc = keeping.around(events, text)
        for e in events:
            seen[e.event_id] = {
                "features": keeping.features(e, text, setting, doc),
                "stop": bool(e.itinerary_id)}
        return events

    keep_kept = keeping.kept
    keeping.kept = kept
    try:
        gold, by_doc = events_eval.predicted(scorer, path)
    finally:
        keeping.kept = keep_kept
    rows = []
    for doc in gold:
        did = doc["doc_id"]
        tools = scorer.tool_events(by_doc.get(did, []), did)
        golds = {g["order"]: g for g in doc["events"]}
        judged = {ti: (golds[order]["optional"], all(j[k] for k in ("date", "place", "title")))
                  for order, (ti, j) in scorer.match(doc["events"], tools).items()}
        for ti, t in enumerate(tools):
            optional, right = judged.get(ti, (False, False))
            if optional:
                continue
            made = seen.get(t["id"])
            if made is None:
                raise SystemExit(f"{name}: tool event {t['id']} of {did} was not recorded")
            rows.append({"set": name, "kind": kind_of.get(did, "news"), "right": right, **made})
    gold_by_kind: Counter = Counter()
    for d in gold:
        gold_by_kind[kind_of.get(d["doc_id"], "news")] += sum(not g["optional"] for g in d["events"])
    return rows, gold_by_kind


def _fit(rows: list[dict]) -> tuple[DictVectorizer, LogisticRegression]:
    rows = [r for r in rows if not r["stop"]]
    vec = DictVectorizer()
    x = vec.fit_transform([r["features"] for r in rows])
    return vec, LogisticRegression(C=C, max_iter=5000).fit(x, [r["right"] for r in rows])


def _chances(rows: list[dict], vec: DictVectorizer, model: LogisticRegression) -> list[float]:
    """Each row's chance of being right; a stop's is 1 (it is always kept)."""
    p = model.predict_proba(vec.transform([r["features"] for r in rows]))[:, 1]
    return [1.0 if r["stop"] else float(q) for r, q in zip(rows, p)]


def _figures(rows: list[dict], chances: list[float], gold: dict[str, int], threshold: float) -> dict:
    """Right events, tool events and right-event F1 when the events under `threshold` are left out, in all and by kind
    of text (`gold`: the non-optional gold events of each kind)."""
    kept = [r for r, c in zip(rows, chances) if c >= threshold]

    def f1(kind: str | None) -> float:
        mine = [r for r in kept if kind in (None, r["kind"])]
        return round(2 * sum(r["right"] for r in mine) / (len(mine) + (gold[kind] if kind else sum(gold.values()))), 4)

    right = sum(r["right"] for r in kept)
    return {"right": right, "tool": len(kept), "gold": sum(gold.values()), "f1": f1(None),
            "by_kind": {kind: f1(kind) for kind in sorted(gold)}}


def _fair(figures: dict, base: dict) -> bool:
    """Whether no kind of text loses more than MAX_LOSS of its right-event F1 against keeping every event."""
    return all(figures["by_kind"][k] >= base["by_kind"][k] - MAX_LOSS for k in base["by_kind"])


def main(argv: list[str] | None = None) -> int:
    args = events_eval.training_parser(__doc__.split("\n\n")[0], assets_dir() / keeping.MODEL_FILE).parse_args(argv)
    sets = [(name, path) for name, path in events_eval.gold_sets(args.shared) if name not in args.skip]
    rows, gold = [], {}
    with ProcessPoolExecutor(2) as pool:  # one extraction per set; each worker records its own
        recorded = list(pool.map(_record, *zip(*sets), [args.shared] * len(sets)))
    for (name, _), (made, gold[name]) in zip(sets, recorded):
        rows += made
        print(f"{name}: {len(made)} tool events, {sum(r['right'] for r in made)} right", file=sys.stderr)
    names = [n for n, _ in sets]
    folds = [names[k::FOLDS] for k in range(FOLDS)]
    out_of_fold = [0.0] * len(rows)
    for fold in folds:
        vec, model = _fit([r for r in rows if r["set"] not in fold])
        at = [k for k, r in enumerate(rows) if r["set"] in fold]
        for k, c in zip(at, _chances([rows[k] for k in at], vec, model)):
            out_of_fold[k] = c
    total = sum(gold.values(), Counter())
    base = _figures(rows, [1.0] * len(rows), total, 0)
    tried = {th: _figures(rows, out_of_fold, total, th) for th in THRESHOLDS}
    fair = [th for th in THRESHOLDS if _fair(tried[th], base)]
    if not fair:
        print(f"no threshold of {THRESHOLDS} leaves every kind of text as right as keeping every event does: "
              "no model written", file=sys.stderr)
        return 1
    threshold = max(fair, key=lambda th: (tried[th]["f1"], -th))
    newest = names[-NEWEST:]
    held = [r for r in rows if r["set"] in newest]
    vec, model = _fit([r for r in rows if r["set"] not in newest])
    held_chances = _chances(held, vec, model)
    held_gold = sum((gold[n] for n in newest), Counter())
    report = {
        "threshold": threshold,
        "cross_validation": {"folds": FOLDS, "all_kept": base, **{str(th): f for th, f in tried.items()}},
        "newest_held_out": {"sets": newest, "all_kept": _figures(held, [1.0] * len(held), held_gold, 0),
                            "model": _figures(held, held_chances, held_gold, threshold)},
    }
    print(json.dumps(report, indent=1))
    vec, model = _fit(rows)
    names_out = [str(f) for f in vec.get_feature_names_out()]
    weights = [float(w) for w in model.coef_[0]]
    # the package keeps an event whose score is zero or more: the bias carries the threshold's log-odds
    shift = float(model.intercept_[0]) - math.log(threshold / (1 - threshold))
    if "bias" in names_out:
        weights[names_out.index("bias")] += shift
    else:
        names_out.append("bias")
        weights.append(shift)
    args.out.write_text(json.dumps({
        "what": "event keep model: a linear score over timeline.events.keeping.features; an event scored below zero "
                "is left out (a trip's stops are always kept)",
        "trained_on": names, "examples": sum(not r["stop"] for r in rows), "C": C, "scikit_learn": sklearn.__version__,
        **report, "features": names_out, "weights": [round(w, 6) for w in weights],
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
