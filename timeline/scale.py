"""Many documents: in this process, on a local Dask cluster, or on an existing one.

The folder is listed first (paths only), then read and extracted in partitions of a few dozen
documents, so no more than a few partitions of text are ever in memory. Each partition runs where
Dask puts it; a worker process loads the gazetteer once and keeps it. Results come back in partition
order, so the table is the same, row for row and id for id, whatever the number of workers.

Two ways out:
- `extract_corpus` gathers the events and joins the reports of one event across documents (`merge`):
  a pandas DataFrame, since the events table is far smaller than the texts it comes from.
- `write_corpus` has each partition write its own Parquet file into a folder, for corpora whose events
  do not fit in memory; reports of one event in different partitions are then not joined.

Dask is imported only inside these functions: without `workers` or `scheduler` nothing of it loads.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from .errors import TimelineError
from .events.merge import merge_sources
from .guard import extract_path_within, extract_paths
from .models import Document, Event, Settings
from .pipeline import Failure
from .reading.documents import doc_ids, iter_paths
from .table.frame import empty, to_frame


@dataclass(frozen=True, slots=True)
class Corpus:
    """The events of many documents, the documents (without their text) and the ones that failed."""

    table: pd.DataFrame
    documents: tuple[Document, ...]
    failures: tuple[Failure, ...]


def _partitions(paths: list, size: int) -> Iterator[list]:
    for i in range(0, len(paths), size):
        yield paths[i: i + size]


def run_partition(files: list[tuple[str, str]], settings: Settings, n: int = 0) -> tuple[list[Event], list[Document], list[Failure]]:
    """Read and extract partition `n` of the files, (path, doc_id) pairs (this is what runs on a worker); with
    `settings.deadline`, each document in a helper process that is killed past it (see `guard`)."""
    events: list[Event] = []
    docs: list[Document] = []
    failures: list[Failure] = []
    # the text stays on the worker; what the caller needs to know of its dates comes back
    results = (_within(p, doc_id, settings) for p, doc_id in files) if settings.deadline else extract_paths(files, settings)
    for (p, _), x in zip(files, results):
        if isinstance(x, TimelineError):
            failures.append(Failure(p, str(x)))
            continue
        found, doc = x
        events.extend(found)
        docs.append(doc)
    return events, docs, failures


def _within(path: str, doc_id: str, settings: Settings) -> tuple[list[Event], Document] | TimelineError:
    try:
        return extract_path_within(path, doc_id, settings)
    except TimelineError as exc:
        return exc


def _write_partition(files: list[tuple[str, str]], settings: Settings, n: int, out: str) -> tuple[int, list[Document], list[Failure]]:
    events, docs, failures = run_partition(files, settings, n)
    table = to_frame(events) if events else empty()
    table.to_parquet(Path(out) / f"part-{n:05d}.parquet", index=False)
    return len(table), docs, failures


class Progress:
    """Documents done, rate and time left on stderr, when stderr is a terminal (quiet when piped)."""

    def __init__(self, total: int, stream=None) -> None:
        self.total, self.done, self.start = total, 0, time.perf_counter()
        self.stream = stream or sys.stderr
        self.live = total > 0 and getattr(self.stream, "isatty", lambda: False)()

    def add(self, n: int) -> None:
        self.done += n
        if not self.live:
            return
        secs = time.perf_counter() - self.start
        rate = self.done / secs if secs else 0.0
        left = (self.total - self.done) / rate if rate else 0.0
        self.stream.write(f"\r{self.done:,}/{self.total:,} documents · {rate:,.1f}/s · {left:,.0f} s left  ")
        self.stream.flush()

    def close(self) -> None:
        if self.live:
            self.stream.write("\n")


def _in_order(paths: list[tuple[str, str]], size: int, workers: int, scheduler: str | None, task: Callable, settings: Settings, *extra) -> Iterator[tuple]:
    """The results of `task(partition, settings, n, *extra)` for each partition n, in partition order.

    No Dask: in this process. Else at most a few partitions per worker in flight, so memory stays
    bounded however long the list.
    """
    parts = list(_partitions(paths, size))
    if not workers and not scheduler:
        for n, part in enumerate(parts):
            yield task(part, settings, n, *extra)
        return
    from dask.distributed import Client, LocalCluster, as_completed

    # silence_logs: a worker's heartbeat racing the shutdown is not the user's business
    cluster = (LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            silence_logs=logging.CRITICAL) if not scheduler else None)
    client = Client(scheduler) if scheduler else Client(cluster)
    try:
        limit = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        number: dict[str, int] = {}

        def submit(n: int):
            f = client.submit(task, parts[n], settings, n, *extra, pure=False)
            number[f.key] = n
            return f

        pending = {}
        queue = as_completed([submit(n) for n in range(min(limit, len(parts)))])
        next_n, emit = min(limit, len(parts)), 0
        for future in queue:
            pending[number.pop(future.key)] = future.result()
            future.release()
            if next_n < len(parts):
                queue.add(submit(next_n))
                next_n += 1
            while emit in pending:
                yield pending.pop(emit)
                emit += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def list_files(paths: Iterable[str | Path]) -> list[tuple[str, str]]:
    """The files `paths` name, folders expanded, each with its document id: no text read."""
    found = list(iter_paths(paths))
    return [(str(p), doc_id) for p, doc_id in zip(found, doc_ids(found))]


def extract_corpus(
    paths: Iterable[str | Path],
    settings: Settings = Settings(),
    workers: int = 0,
    scheduler: str | None = None,
    partition_size: int = 32,
    progress: bool = False,
) -> Corpus:
    """The events table of every file under `paths`, joined across documents; failures reported, not raised.

    `workers`: processes of a local Dask cluster; `scheduler`: address of an existing one
    (`tcp://host:8786`); neither: in this process.
    """
    files = list_files(paths)
    bar = Progress(len(files) if progress else 0)
    events: list[Event] = []
    docs: list[Document] = []
    failures: list[Failure] = []
    for part_events, part_docs, part_failures in _in_order(files, partition_size, workers, scheduler, run_partition, settings):
        events.extend(part_events)
        docs.extend(part_docs)
        failures.extend(part_failures)
        bar.add(len(part_docs) + len(part_failures))
    bar.close()
    table = to_frame(merge_sources(events)) if docs else empty()
    return Corpus(table, tuple(docs), tuple(failures))


def write_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    settings: Settings = Settings(),
    workers: int = 0,
    scheduler: str | None = None,
    partition_size: int = 32,
    progress: bool = False,
) -> tuple[int, tuple[Document, ...], tuple[Failure, ...]]:
    """Write a partitioned Parquet dataset (`part-NNNNN.parquet`, one per partition) into `out_dir`.

    Memory stays flat in the number of documents; reports of one event in different partitions are
    not joined (use `extract_corpus` for that). Returns the number of rows, the documents and failures.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = list_files(paths)
    bar = Progress(len(files) if progress else 0)
    rows = 0
    docs: list[Document] = []
    failures: list[Failure] = []
    for n_rows, part_docs, part_failures in _in_order(files, partition_size, workers, scheduler, _write_partition, settings, str(out)):
        rows += n_rows
        docs.extend(part_docs)
        failures.extend(part_failures)
        bar.add(len(part_docs) + len(part_failures))
    bar.close()
    return rows, tuple(docs), tuple(failures)
