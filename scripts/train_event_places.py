"""Train the event-place model on the event sets and write `assets/event_place_ranker.json`.

Each tool event the shared scorer matches to a gold event (optional ones included) is one choice: the candidates
`timeline.events.placing.candidates` offers it (the sentence's places, the dateline's, the place a history text or a
news story is about, no place), each described by `placing.features` as the extraction sees it, the right ones those
the scorer's own place test accepts. One logistic regression over all candidates gives a weight per feature; an event
takes its highest-scoring candidate. The hand-ordered rule's pick is a feature, so the model learns where texts
overrule it. Cross-validation over sets (six folds) and a hold-out of the newest eight sets count the right events
(date, place and title right; non-optional matches) against the rule alone; the figures go into the artefact.

The extraction runs with the model's decision replaced by a recorder (the rule's pick is what the events get while
recording), so the features are those of the rule-only extraction the model is then applied to.

Needs the `train` extra (scikit-learn) and the shared data: `python scripts/train_event_places.py --shared ../shared`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import sklearn
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import events_eval  # noqa: E402
from timeline.events import occurrences, placing  # noqa: E402
from timeline.language.gazetteer import assets_dir  # noqa: E402

C = 0.3  # the regularisation cross-validation chose among 0.1, 0.3 and 1 (2026-12-05)
FOLDS = 6
NEWEST = 8


def _record(name: str, path: Path, scorer) -> list[dict]:
    """One row per matched tool event: its candidates' features, which candidates are right, and the rule's pick."""
    seen: dict[str, list] = {}
    pending: list = []

    def decide(roles, setting, kind, rule, shaped=None, model=None):
        cands = placing.candidates(roles, setting, rule)
        pending[:] = [(placing.features(c, cands, setting, kind, rule, shaped), c.mention) for c in cands]
        return rule

    def event_id(*parts):
        made = make_id(*parts)
        if pending:
            seen[made] = list(pending)
            pending.clear()
        return made

    make_id, keep_decide = occurrences.event_id, placing.decide
    occurrences.event_id, placing.decide = event_id, decide
    try:
        gold, by_doc = events_eval.predicted(scorer, path, all_events=True)  # every event the rules find is placed
    finally:
        occurrences.event_id, placing.decide = make_id, keep_decide
    rows = []
    for doc in gold:
        tools = scorer.tool_events(by_doc.get(doc["doc_id"], []), doc["doc_id"])
        golds = {g["order"]: g for g in doc["events"]}
        for order, (ti, judged) in scorer.match(doc["events"], tools).items():
            t = tools[ti]
            if t["id"] not in seen:
                continue
            cands = seen[t["id"]]
            right = [scorer.judge(golds[order], _as_tool(t, m))["place"] for _, m in cands]
            rows.append({
                "set": name, "optional": golds[order]["optional"], "counted": judged["date"] and judged["title"],
                "features": [f for f, _ in cands], "right": right,
                "rule": next(k for k, (f, _) in enumerate(cands) if f.get("rule")),
            })
    return rows


def _as_tool(t: dict, m) -> dict:
    """The tool event `t` placed at candidate `m` (None: no place), as the scorer reads it."""
    if m is None:
        return t | {"place": "", "cc": "", "lat": None, "lon": None}
    return t | {"place": m.place.name, "cc": m.place.country_code, "lat": m.place.lat, "lon": m.place.lon}


def _fit(rows: list[dict]) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    x = vec.fit_transform([f for r in rows for f in r["features"]])
    y = [ok for r in rows for ok in r["right"]]
    return vec, LogisticRegression(C=C, max_iter=5000).fit(x, y)


def _gain(rows: list[dict], vec: DictVectorizer, model: LogisticRegression) -> tuple[int, int, int]:
    """Over the counted non-optional rows: how many the rule gets right, how many the model, and how many rows."""
    rule = learned = n = 0
    for r in rows:
        if r["optional"] or not r["counted"]:
            continue
        choice = placing.pick(list(model.decision_function(vec.transform(r["features"]))), r["rule"])
        n += 1
        rule += bool(r["right"][r["rule"]])
        learned += bool(r["right"][choice])
    return rule, learned, n


def main(argv: list[str] | None = None) -> int:
    args = events_eval.training_parser(__doc__.split("\n\n")[0], assets_dir() / placing.MODEL_FILE).parse_args(argv)
    scorer = events_eval.load_scorer(args.shared)
    sets = [(name, path) for name, path in events_eval.gold_sets(args.shared) if name not in args.skip]
    rows = []
    for name, path in sets:
        rows += _record(name, path, scorer)
        print(f"{name}: {sum(r['set'] == name for r in rows)} matched events", file=sys.stderr)
    names = [n for n, _ in sets]
    folds = [names[k::FOLDS] for k in range(FOLDS)]
    cv = [0, 0, 0]
    for fold in folds:
        vec, model = _fit([r for r in rows if r["set"] not in fold])
        for k, v in enumerate(_gain([r for r in rows if r["set"] in fold], vec, model)):
            cv[k] += v
    newest = names[-NEWEST:]
    vec, model = _fit([r for r in rows if r["set"] not in newest])
    held = _gain([r for r in rows if r["set"] in newest], vec, model)
    vec, model = _fit(rows)
    report = {
        "cross_validation": {"folds": FOLDS, "rule_right": cv[0], "model_right": cv[1], "events": cv[2]},
        "newest_held_out": {"sets": newest, "rule_right": held[0], "model_right": held[1], "events": held[2]},
    }
    print(json.dumps(report, indent=1))
    args.out.write_text(json.dumps({
        "what": "event-place model: a linear score over timeline.events.placing.features; an event takes the best candidate",
        "trained_on": names, "choices": len(rows), "C": C, "scikit_learn": sklearn.__version__, **report,
        "features": [str(f) for f in vec.get_feature_names_out()],
        "weights": [round(float(w), 6) for w in model.coef_[0]],
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
