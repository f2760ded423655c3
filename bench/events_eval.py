"""Right-event F1 (GUIDE.md) of `timeline` on gold event sets, overall and per kind of text.

    python bench/events_eval.py GOLD.jsonl [GOLD2.jsonl ...] [--shared ../shared] [--verbose]

Each document is extracted with its `dct` as the reference date (mode news, or narrative when the
dct is null), the events table is written to a temporary CSV, and the shared scorer
(`data/events/events_score.py`) judges it. Kinds come from `bench/data/events_kinds.tsv`. Given
several held-out sets (`events_unseen*`), it scores them pooled too: the headline figure of the README.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

from timeline.reading.documents import make_document
from timeline.models import Settings
from timeline.pipeline import extract_documents
from timeline.language.temporal import parse_date

HERE = Path(__file__).resolve().parent / "data"


def load_scorer(shared: Path):
    """The shared scorer as a module (it is a script, not a package)."""
    path = shared / "data" / "events" / "events_score.py"
    spec = importlib.util.spec_from_file_location("events_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets(shared: Path) -> list[tuple[str, Path]]:
    """The development set and every held-out events set, oldest first: what the learned models train on."""
    unseen = sorted(HERE.glob("events_unseen*.jsonl"), key=lambda p: (len(p.stem), p.stem))
    return [("events_dev", shared / "data" / "events" / "events_dev.jsonl")] + [(p.stem, p) for p in unseen]


def kinds() -> dict[str, str]:
    path = HERE / "events_kinds.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            doc_id, kind = line.split("\t")[:2]
            out[doc_id] = kind
    return out


def predict(gold_path: Path, out_csv: Path, all_events: bool = False) -> None:
    """Write the events table of every gold document to `out_csv` (`all_events`: the keep model's doubtful ones too)."""
    docs = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        dct = parse_date(g["dct"]) if g.get("dct") else None
        settings = Settings(mode="news" if dct else "narrative")
        docs.append(make_document(g["text"], g["doc_id"], settings, dct=dct))
    batch = extract_documents(docs, Settings(all_events=all_events))
    for f in batch.failures:
        print(f"warning: {f.source}: {f.message}", file=sys.stderr)
    batch.table.to_csv(out_csv, index=False)


def training_parser(description: str, out: Path) -> argparse.ArgumentParser:
    """The options of a script that trains a model on `gold_sets`: the shared folder, where to write, sets to leave out."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared", help="the shared data folder")
    parser.add_argument("--out", type=Path, default=out, help="where to write the model")
    parser.add_argument("--skip", action="append", default=[], metavar="SET",
                        help="leave a set out (one whose first run is not recorded yet), e.g. events_unseen_cr")
    return parser


def predicted(scorer, gold_path: Path, all_events: bool = False) -> tuple[list[dict], dict[str, list]]:
    """The gold documents of `gold_path` as the scorer reads them, and the tool's rows for each, predicted now (quietly)."""
    with tempfile.TemporaryDirectory() as tmp, redirect_stdout(io.StringIO()):
        out = Path(tmp) / "events.csv"
        predict(gold_path, out, all_events)
        gold = scorer.load_gold(str(gold_path))
        by_doc, _ = scorer.load_pred(str(out), [d["doc_id"] for d in gold])
    return gold, by_doc


def score(scorer, gold: list[dict], by_doc: dict, missing: list, verbose: bool) -> tuple[dict, dict[str, dict]]:
    """Figures over the gold documents and per kind, against the tool's rows for each."""
    if verbose:
        scorer.score(gold, by_doc, verbose=True)
    quiet = io.StringIO()
    with redirect_stdout(quiet):
        total = scorer.figures(scorer.score(gold, by_doc), len(gold), missing, False)
    kind_of = kinds()
    per_kind = {}
    for kind in sorted({kind_of.get(d["doc_id"], "other") for d in gold}):
        part = [d for d in gold if kind_of.get(d["doc_id"], "other") == kind]
        with redirect_stdout(quiet):
            per_kind[kind] = scorer.figures(scorer.score(part, by_doc), len(part), [], False)
    return total, per_kind


def line(name: str, f: dict) -> str:
    return (f"  {name:<10} docs {f['docs']:>3}  gold {f['gold_events']:>3}  tool {f['tool_events'] - f['tool_on_optional']:>3}  "
            f"event F1 {f['event_F1']:.3f}  date {f['date_acc']:.3f}  place {f['place_acc']:.3f}  "
            f"title {f['title_acc']:.3f}  right F1 {f['right_F1']:.3f}")


def report(heading: str, total: dict, per_kind: dict[str, dict]) -> None:
    """A heading, then the figures over all documents and per kind, one line each."""
    print(heading)
    print(line("all", total))
    for kind, f in per_kind.items():
        print(line(kind, f))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--keep", type=Path, help="folder to keep the predicted CSVs in")
    args = ap.parse_args()
    scorer = load_scorer(args.shared)
    pooled_gold: list[dict] = []
    pooled_rows: dict = {}
    for gold_path in args.gold:
        with tempfile.TemporaryDirectory() as tmp:
            out = (args.keep or Path(tmp)) / (gold_path.stem + ".pred.csv")
            out.parent.mkdir(parents=True, exist_ok=True)
            predict(gold_path, out)
            gold = scorer.load_gold(str(gold_path))
            by_doc, missing = scorer.load_pred(str(out), [d["doc_id"] for d in gold])
        total, per_kind = score(scorer, gold, by_doc, missing, args.verbose)
        report(f"events: {gold_path.name} (right event = date, place and title right; GUIDE.md)", total, per_kind)
        if gold_path.stem.startswith("events_unseen"):
            pooled_gold += gold
            pooled_rows.update(by_doc)
    held_out = [p for p in args.gold if p.stem.startswith("events_unseen")]
    if len(held_out) > 1:
        # (the held-out sets scored as one: each document weighs the same, whichever set it came in)
        total, per_kind = score(scorer, pooled_gold, pooled_rows, [], False)
        tool = total["tool_events"] - total["tool_on_optional"]
        report(f"events: the {len(held_out)} held-out sets above pooled (right {total['right']} of {total['gold_events']} gold "
               f"and {tool} tool events: right F1 {2 * total['right'] / (total['gold_events'] + tool):.4f})", total, per_kind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
