"""`make bench`: documents per second on a local Dask cluster of 1 and 2 workers, and peak memory as the corpus grows.

Throughput: the shared MEANTIME + GeoVirus news texts (349 articles; the seed repeated when ../shared is
absent) written as files, extracted by `extract_corpus` on a LocalCluster of N worker processes started
beforehand and warmed (each worker has loaded its gazetteer), so the figure is the steady rate. The
in-process rate is printed beside them.

Memory: `write_corpus` (a partitioned Parquet folder, the mode meant for big corpora) over generated
news-length articles, 1,000 and 10,000 of them, on 2 workers; the peak of this process plus its workers'
resident memory, sampled every 0.2 s. Flat means the peak does not grow with the number of documents.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from timeline.scale import extract_corpus, write_corpus

ROOT = Path(__file__).resolve().parent.parent


def news_files(shared: Path, folder: Path) -> int:
    n = 0
    for sub, name in (("temporal", "meantime_en.jsonl"), ("places", "geovirus.jsonl")):
        path = shared / "data" / sub / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                (folder / f"news{n:05d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
                n += 1
    if n == 0:
        seed = (ROOT / "seeds" / "blinken-brussels-nato-2024-11-13.txt").read_text(encoding="utf-8")
        for n in range(300):
            (folder / f"news{n:05d}.txt").write_text(seed, encoding="utf-8")
        n = 300
    return n


CITIES = ["Brussels", "Lima", "Manaus", "Kyiv", "Warsaw", "Tokyo", "Nairobi", "Cairo", "Paris", "Berlin", "Hanoi", "Seoul", "Manila"]


def generated_files(folder: Path, count: int) -> None:
    rnd = random.Random(count)
    for i in range(count):
        a, b, c = rnd.sample(CITIES, 3)
        d, y = rnd.randint(1, 20), rnd.randint(2010, 2024)
        para = (f"Officials met in {a} on March {d}, {y} to discuss trade and security. Minister Anna Berg will "
                f"travel to {b} and {c} on April {d}-{d + 3}, {y}. Leaders held a summit in {b} on April {d + 1}, {y}; "
                f"in {y - 3} talks in {c} had failed. ")
        (folder / f"gen{i:06d}.txt").write_text(f"{a} {d:02d}.03.{y} " + para * 6, encoding="utf-8")


def rate(folder: Path, docs: int, scheduler: str | None) -> float:
    t0 = time.perf_counter()
    corpus = extract_corpus([folder], scheduler=scheduler, partition_size=16)
    assert len(corpus.documents) == docs, (len(corpus.documents), docs)
    return docs / (time.perf_counter() - t0)


class PeakMemory:
    """Peak resident memory of this process and its children, sampled in a thread."""

    def __init__(self) -> None:
        self.peak, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = me.memory_info().rss
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.2)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--memory-sizes", default="1000,10000", help="corpus sizes for the memory run")
    args = ap.parse_args()
    from dask.distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        news = Path(tmp) / "news"
        news.mkdir()
        n = news_files(Path(args.shared), news)
        chars = sum(p.stat().st_size for p in news.iterdir())
        print(f"throughput corpus: {n} news articles, {chars / n:,.0f} bytes each on average")
        warm = Path(tmp) / "warm"
        warm.mkdir()
        for p in sorted(news.iterdir())[:8]:
            (warm / p.name).write_bytes(p.read_bytes())
        rates = {0: rate(news, n, None)}
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
                for _ in range(workers):  # each worker loads its gazetteer before the clock starts
                    extract_corpus([warm], scheduler=cluster.scheduler_address, partition_size=1)
                rates[workers] = rate(news, n, cluster.scheduler_address)
        print(f"in this process:  {rates[0]:7.1f} documents/s")
        print(f"1 Dask worker:    {rates[1]:7.1f} documents/s")
        print(f"2 Dask workers:   {rates[2]:7.1f} documents/s")
        print(f"speed-up, 2 workers over 1: {rates[2] / rates[1]:.2f}x   (goal >= 1.4x on this 2-core machine)")

        for size in (int(s) for s in args.memory_sizes.split(",")):
            folder = Path(tmp) / f"gen{size}"
            folder.mkdir()
            generated_files(folder, size)
            t0 = time.perf_counter()
            with PeakMemory() as mem:
                rows, docs, failures = write_corpus([folder], Path(tmp) / f"out{size}", workers=2, partition_size=32)
            secs = time.perf_counter() - t0
            print(f"memory, {size:>6,} documents: peak {mem.peak / 2**20:7.0f} MiB (this process and 2 workers); "
                  f"{rows:,} rows in {secs:.0f} s, {len(failures)} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
