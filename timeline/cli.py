"""The `timeline` command: a thin shell over the package; errors become one line on stderr."""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from pathlib import Path
from typing import Sequence

from .errors import TimelineError
from .language.temporal import parse_date
from .models import Settings
from .reading.documents import SUFFIXES

# Seconds one document may take in `extract`; 0: no limit, the default, because the work per document is bounded and
# linear (bench/worst_case.py) and the helper process a deadline needs costs a second or two of every run
# (bench/extract_speed.py: 0.47x against 0.66x without it). 60 suits a batch of untrusted files.
DEADLINE = 0.0


def _reference(value: str | None):
    if value is None:
        return None
    d = parse_date(value)
    if d is None:
        raise TimelineError(f"--reference-date {value!r} is not a date; use YYYY-MM-DD")
    return d


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _say(message: str) -> None:
    """One line on stderr, whatever the message holds: a newline or a terminal escape in a file name is shown
    escaped ("a\\nb.txt"), never acted on."""
    print("timeline: " + _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), message), file=sys.stderr)


def _say_undated(docs, settings: Settings, shown: int = 5) -> None:
    """One line per document whose relative dates stay unresolved for want of a reference date (at most `shown`)."""
    if settings.reference is not None:
        return
    undated = [d for d in docs if d.reference is None and d.unresolved]
    for d in undated[:shown]:
        _say(f"{d.source or d.doc_id}: no reference date found (no dateline, header date or --reference-date); "
             f"{d.unresolved} relative date(s) such as 'on Friday' left unresolved")
    if len(undated) > shown:
        _say(f"{len(undated) - shown} more documents have no reference date")


def _say_empty(docs, table, shown: int = 5) -> None:
    """One line per document that was read but gave no event (at most `shown`): it did not vanish, it holds none."""
    with_events = set(table["doc_id"]) if len(table) else set()
    # a document without a reference date whose dates stay unresolved is already named, with the reason
    empty = [d for d in docs if d.doc_id not in with_events and not (d.reference is None and d.unresolved)]
    for d in empty[:shown]:
        _say(f"{d.source or d.doc_id}: read, but no event found (no sentence with a date the tool could place)")
    if len(empty) > shown:
        _say(f"{len(empty) - shown} more documents gave no event")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline")
    except PackageNotFoundError:
        return "(not installed)"


def cmd_extract(args: argparse.Namespace) -> int:
    from .scale import extract_corpus, write_corpus
    from .views.export import write

    if args.max_chars < 1:
        raise TimelineError(f"--max-chars {args.max_chars}: give the largest document to read, in characters (default 5,000,000)")
    if not 0 <= args.deadline < float("inf"):
        raise TimelineError(f"--deadline {args.deadline:g}: give the seconds one document may take (0, the default: no limit)")
    settings = Settings(reference=_reference(args.reference_date), mode=args.mode, max_chars=args.max_chars,
                        deadline=args.deadline, all_events=args.all_events)
    if args.workers < 0:
        raise TimelineError(f"--workers {args.workers}: give a number of worker processes, 1 or more (0: this process)")
    run = dict(settings=settings, workers=args.workers, scheduler=args.scheduler, progress=sys.stderr.isatty())
    table = None
    if args.out and (args.out.endswith(("/", "\\")) or Path(args.out).is_dir()):
        rows, docs, failures = write_corpus(args.paths, args.out, **run)  # a Parquet dataset, written part by part
    else:
        corpus = extract_corpus(args.paths, **run)
        docs, failures, table = corpus.documents, corpus.failures, corpus.table
        if docs or not failures:
            write(table, args.out, documents=docs)
    _say_undated(docs, settings)
    if table is not None:
        _say_empty(docs, table)
    for f in failures:
        _say(f.message)
    if failures:
        _say(f"{len(failures)} of {len(failures) + len(docs)} documents failed")
        return 1
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from .annotate import annotate_record

    settings = Settings(mode=args.mode)
    failed = 0
    # bytes, decoded line by line: one bad byte costs its line, not the file
    stdin = getattr(sys.stdin, "buffer", None) or (line.encode("utf-8") for line in sys.stdin)  # a text stream in tests
    src = stdin if args.input == "-" else open(args.input, "rb")
    dst = sys.stdout if args.out in (None, "-") else open(args.out, "w", encoding="utf-8")
    try:
        for n, raw in enumerate(src, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                if not isinstance(record, dict):
                    raise TimelineError("each line must be a JSON object with doc_id, text and dct")
                dst.write(json.dumps(annotate_record(record, settings, args.demonyms), ensure_ascii=False) + "\n")
            except UnicodeDecodeError as exc:
                failed += 1
                _say(f"{args.input} line {n}: not UTF-8 (byte {exc.start + 1}); write the file as UTF-8")
            except RecursionError:
                failed += 1
                _say(f"{args.input} line {n}: JSON nested too deeply to be a record")
            except (TimelineError, json.JSONDecodeError) as exc:
                failed += 1
                _say(f"{args.input} line {n}: {exc}")
    finally:
        if src is not stdin:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    return 1 if failed else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .annotate import annotate_record, resolve_record
    from .evaluate import format_scores, predict, read_jsonl, score_places, score_stops, score_temporal

    if args.given_spans and (args.task != "places" or args.pred):
        raise TimelineError("--given-spans resolves the gold toponyms itself: use it with `places` and no PRED file")
    gold = read_jsonl(args.gold)
    settings = Settings(mode=args.mode)
    if args.pred:
        pred = read_jsonl(args.pred)
    elif args.given_spans:
        pred = [resolve_record(g) for g in gold]
    elif args.task == "stops":
        from .pipeline import itinerary_record

        pred = [itinerary_record(g, settings) for g in gold]
    else:
        pred = predict(gold, lambda r: annotate_record(r, settings, args.demonyms))
    scorer = {"temporal": score_temporal, "places": score_places, "stops": score_stops}[args.task]
    setting = " (given spans)" if args.given_spans else ""
    print(format_scores(f"{args.task} {args.gold}{setting}", scorer(gold, pred)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description="Turn news text into dated, located events.")
    parser.add_argument("--version", action="version", version=f"timeline {_version()}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract events from files or folders into a table, report or stdout")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help=f"a file ({', '.join(SUFFIXES)}) or a folder of them; files whose names share a stem get ids "
                         "with their suffix (memo.txt, memo.html)")
    ex.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date relative expressions are resolved against (default: the document's own dateline)")
    ex.add_argument("--mode", choices=("news", "narrative", "auto"), default="news", help="how relative dates are anchored (default: news)")
    ex.add_argument("--all-events", action="store_true",
                    help="keep the events the learned keep model finds more likely wrong than right (default: left out)")
    ex.add_argument(
        "--out", metavar="FILE|DIR/",
        help="output file: .csv, .parquet, .json, .timeline.json (TimelineJS), .geojson, .ics, .kml, .html, or an image of "
             "the timeline (.png, .svg) or map (.map.png, .map.svg); a folder (DIR/) gets a partitioned Parquet dataset "
             "written part by part (default: CSV on stdout)",
    )
    ex.add_argument("--max-chars", type=int, default=Settings().max_chars, metavar="N",
                    help="refuse documents longer than N characters (default: 5,000,000, about 5 MB)")
    ex.add_argument("--deadline", type=float, default=DEADLINE, metavar="SECONDS",
                    help="give up on a document that takes longer than this, name it and go on with the others "
                         "(default: no limit; 60 suits a batch of untrusted files; each document then runs in a helper process)")
    ex.add_argument("--workers", type=int, default=0, metavar="N", help="run on a local Dask cluster of N worker processes (default: in this process)")
    ex.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on an existing Dask cluster")
    ex.set_defaults(func=cmd_extract)

    an = sub.add_parser("annotate", help="TIMEX3 dates and toponyms for each line of a JSONL file")
    an.add_argument("input", metavar="IN.jsonl", help='lines of {"doc_id", "text", "dct"}; - for stdin')
    an.add_argument("--out", metavar="OUT.jsonl", help="output JSONL (default: stdout)")
    an.add_argument("--mode", choices=("news", "narrative", "auto"), default="news", help="how relative dates are anchored (default: news)")
    an.add_argument("--demonyms", action="store_true", help='list demonyms ("Russian") among the toponyms too (they are always under "demonyms")')
    an.set_defaults(func=cmd_annotate)

    ev = sub.add_parser("evaluate", help="score annotations against a gold JSONL file")
    ev.add_argument("task", choices=("temporal", "places", "stops"), help="which annotations to score (stops: itineraries)")
    ev.add_argument("gold", metavar="GOLD.jsonl", help="gold records with timexes, toponyms or stops")
    ev.add_argument("pred", metavar="PRED.jsonl", nargs="?", help="predictions (default: annotate the gold texts now)")
    ev.add_argument("--mode", choices=("news", "narrative", "auto"), default="news", help="how relative dates are anchored when annotating")
    ev.add_argument("--given-spans", action="store_true", help="places: resolve the gold toponym spans only (no recognition)")
    ev.add_argument("--demonyms", action="store_true", help="places: count predicted demonyms as toponyms")
    ev.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except TimelineError as exc:
        if args.debug:
            traceback.print_exc()
        _say(str(exc))
        return 2
    except OSError as exc:
        if args.debug:
            traceback.print_exc()
        _say(f"{exc.filename or ''}: {exc.strerror or exc}")
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
