"""Many documents: a local Dask cluster gives exactly the rows of the sequential run; failures are named and skipped."""

from __future__ import annotations

import random
import subprocess
import sys

import pandas as pd
import pytest

from timeline.cli import main
from timeline.table.frame import read_events
from timeline.scale import extract_corpus

CITIES = ["Brussels", "Lima", "Manaus", "Kyiv", "Warsaw", "Tokyo", "Nairobi", "Cairo", "Paris", "Berlin", "Hanoi", "Seoul"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """210 generated articles (two reporting the same summit) and two bad files."""
    folder = tmp_path_factory.mktemp("corpus")
    rnd = random.Random(7)
    for i in range(210):
        a, b, c = rnd.sample(CITIES, 3)
        m, d, y = rnd.choice(MONTHS), rnd.randint(1, 20), rnd.randint(2015, 2024)
        text = (f"{a} {d:02d}.{MONTHS.index(m) + 1:02d}.{y} Officials met in {a} today. "
                f"Minister Anna Berg will travel to {b} and {c} on {m} {d + 2}-{d + 4}, {y}. "
                f"Leaders held a summit in {b} on {m} {d + 3}, {y}. In {y - 3}, talks in {c} failed.")
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    return folder


def test_two_workers_give_exactly_the_sequential_rows(corpus):
    sequential = extract_corpus([corpus])
    parallel = extract_corpus([corpus], workers=2, partition_size=16)
    assert len(sequential.documents) == 210 and len(sequential.table) > 1000
    pd.testing.assert_frame_equal(parallel.table, sequential.table)
    assert [f.source for f in parallel.failures] == [f.source for f in sequential.failures]
    assert {f.source.rsplit("/", 1)[-1] for f in parallel.failures} == {"empty.txt", "binary.txt"}
    assert (sequential.table["source_count"] > 1).any()  # reports joined across documents


def test_cli_workers_write_the_same_file_and_name_the_failures(corpus, tmp_path, capsys):
    seq, par = tmp_path / "seq.csv", tmp_path / "par.csv"
    assert main(["extract", str(corpus), "--out", str(seq)]) == 1  # two bad files: non-zero, the rest written
    assert main(["extract", str(corpus), "--out", str(par), "--workers", "2"]) == 1
    assert seq.read_bytes() == par.read_bytes()
    err = capsys.readouterr().err
    assert "empty.txt" in err and "binary.txt" in err and "2 of 212 documents failed" in err


def test_partitioned_parquet_folder(corpus, tmp_path):
    out = tmp_path / "events"
    assert main(["extract", str(corpus), "--out", f"{out}/", "--workers", "2"]) == 1
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) >= 2
    table = pd.concat([read_events(p) for p in parts], ignore_index=True)
    assert table["doc_id"].nunique() == 210


def test_dask_is_not_imported_without_workers(corpus):
    code = (f"import sys; from timeline.scale import extract_corpus; extract_corpus([{str(corpus)!r}]); "
            "print('dask' in sys.modules or 'distributed' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_documents_read_together_give_what_each_gives_alone(monkeypatch):
    """`process_each` reads a group's sentences in one go: the same extractions as one by one, an error in its place."""
    from timeline.errors import DocumentError
    from timeline.language import syntax
    from timeline.models import Settings
    from timeline.pipeline import process, process_each
    from timeline.reading.documents import make_document

    texts = [
        "KYIV — Talks resumed on Monday in Vienna. Minister Anna Berg will travel to Lima on May 3, 2024.",
        "Paris 15.06.2021 The summit in Brussels on June 14, 2021 ended with a communiqué. It met again on Friday.",
        "In 1262 the fort was sacked. The town was rebuilt in 1299 by the knights.",
    ]
    docs = [make_document(t, f"d{i}", Settings()) for i, t in enumerate(texts)]
    alone = [process(d) for d in docs]
    syntax._RECENT.clear()
    calls = []
    real = syntax._docs
    monkeypatch.setattr(syntax, "_docs", lambda sents: calls.append(len(sents)) or real(sents))
    bad = DocumentError("x.docx: not a DOCX file")
    together = list(process_each([docs[0], bad, docs[1], docs[2]]))
    assert together[1] is bad
    assert [x.events for x in together[:1] + together[2:]] == [x.events for x in alone]
    assert len(calls) == 1  # every sentence the three documents' events asked for, in one call of the model
