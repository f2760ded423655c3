"""The `timeline` command: extract and annotate, formats, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from conftest import SEED
from timeline.cli import build_parser, main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json", ".html"])
def test_extract_writes_each_format(tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    assert main(["extract", str(SEED), "--out", str(out)]) == 0
    assert out.stat().st_size > 500
    if suffix == ".json":
        records = json.loads(out.read_text(encoding="utf-8"))
        assert {"event_id", "start", "place"} <= set(records[0])
    if suffix == ".html":
        assert out.read_text(encoding="utf-8").count("Plotly.newPlot") == 2


def test_extract_csv_to_stdout():
    res = run("extract", str(SEED))
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines()[0].startswith("event_id,doc_id,title,start,end,precision")


def test_extract_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Paris 01.02.2020 Talks in Paris today.", encoding="utf-8")
    (tmp_path / "b.md").write_text("In 2019 Berlin hosted the fair.", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path), "--out", str(out)]) == 0
    assert set(pd.read_csv(out)["doc_id"]) == {"a", "b"}


def test_all_events_keeps_what_the_keep_model_doubts(tmp_path):
    (tmp_path / "a.txt").write_text("In the summer of 2010 it was very hot. The museum was built in 1850 in Vienna.",
                                    encoding="utf-8")
    titles = {}
    for flags in ([], ["--all-events"]):
        out = tmp_path / f"out{len(flags)}.csv"
        assert main(["extract", str(tmp_path / "a.txt"), "--out", str(out), *flags]) == 0
        titles[len(flags)] = list(pd.read_csv(out).drop_duplicates("event_id")["title"])
    assert titles == {0: ["The museum was built in Vienna"], 1: ["It was very hot", "The museum was built in Vienna"]}


def test_reference_date_overrides_the_dateline(tmp_path):
    out = tmp_path / "e.csv"
    main(["extract", str(SEED), "--reference-date", "2023-05-02", "--out", str(out)])
    df = pd.read_csv(out)
    assert "2023-05-02" in set(df["start"])


def test_bad_input_is_one_line_and_the_rest_goes_through(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Brussels 13.11.2024 Talks in Brussels today.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.csv"
    res = run("extract", str(good), str(empty), str(tmp_path / "missing.txt"), "--out", str(out))
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 3 and "Traceback" not in res.stderr
    assert "empty" in lines[0] and "missing.txt" in lines[1] and "2 of 3" in lines[2]
    assert set(pd.read_csv(out)["doc_id"]) == {"good"}


@pytest.mark.parametrize(
    "args,message",
    [
        (["extract", str(SEED), "--out", "x.xlsx"], "unknown output format"),
        (["extract", str(SEED), "--reference-date", "someday"], "not a date"),
    ],
)
def test_user_errors_say_what_is_accepted(args, message):
    res = run(*args)
    assert res.returncode == 2 and message in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_annotate_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"doc_id": "d1", "text": "Talks in Lima on November 12-13 lasted four years.", "dct": "2024-11-10", "x": 1}) + "\n"
        + json.dumps({"doc_id": "d2", "text": "Nothing here.", "dct": None}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "--out", str(out)]) == 0
    d1, d2 = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(t["text"], t["type"], t["value"]) for t in d1["timexes"]] == [("November 12-13", "DATE", "2024-11-12"), ("four years", "DURATION", "P4Y")]
    (lima,) = d1["toponyms"]
    assert (lima["text"], lima["country_code"], lima["start"], lima["end"]) == ("Lima", "PE", 9, 13)
    assert {"lat", "lon", "geonameid"} <= set(lima)
    assert d2 == {"doc_id": "d2", "timexes": [], "toponyms": [], "demonyms": [], "by_role": []}


@pytest.mark.parametrize(
    "text,flags,toponyms",
    [("Russian drones hit Kyiv.", [], ["Kyiv"]), ("Russian drones hit Kyiv.", ["--demonyms"], ["Russian", "Kyiv"]),
     # (a demonym before the land's own noun stands for the land in events, and is still a demonym here)
     ("Russian waters off Kyiv.", [], ["Kyiv"])],
)
def test_annotate_keeps_demonyms_apart_unless_asked(tmp_path, text, flags, toponyms):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "a", "text": text, "dct": None}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "--out", str(out), *flags]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert [t["text"] for t in rec["toponyms"]] == toponyms
    assert [(d["text"], d["country_code"], d["literal"]) for d in rec["demonyms"]] == [("Russian", "RU", False)]


def test_annotate_puts_a_place_named_by_its_role_apart_from_the_toponyms(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "a", "text": "Salmond arrived in the Chinese capital from Shanghai.", "dct": None}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "--out", str(out)]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert [t["text"] for t in rec["toponyms"]] == ["Shanghai"]
    assert [(t["text"], t["name"], t["country_code"]) for t in rec["by_role"]] == [("Chinese capital", "Beijing", "CN")]


def test_evaluate_places_with_given_spans(tmp_path, capsys):
    text = "Flooding in Lima, Peru and in Georgia's capital Tbilisi; the Ontario city of Kingston."
    spans = ["Lima", "Peru", "Georgia", "Tbilisi", "Ontario", "Kingston"]
    points = {"Lima": (-12.05, -77.04), "Peru": (-10, -75.25), "Georgia": (42, 43.5), "Tbilisi": (41.69, 44.83), "Ontario": (50, -85), "Kingston": (44.23, -76.48)}
    gold = tmp_path / "gold.jsonl"
    toponyms = [{"start": text.index(s), "end": text.index(s) + len(s), "text": s, "lat": points[s][0], "lon": points[s][1]} for s in spans]
    gold.write_text(json.dumps({"doc_id": "g", "text": text, "toponyms": toponyms}) + "\n", encoding="utf-8")
    assert main(["evaluate", "places", str(gold), "--given-spans"]) == 0
    scores = dict(line.split() for line in capsys.readouterr().out.splitlines()[1:])
    assert float(scores["relaxed_r"]) == 1.0 and float(scores["acc161_matched"]) == 1.0


def test_evaluate_a_gold_file_without_texts_is_one_line(tmp_path, capsys):
    gold = tmp_path / "standoff.jsonl"
    gold.write_text(json.dumps({"doc_id": "g", "toponyms": [{"start": 0, "end": 4}]}) + "\n", encoding="utf-8")
    assert main(["evaluate", "places", str(gold)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "needs 'doc_id' and a 'text'" in err


def test_annotate_reports_bad_lines_and_keeps_the_good(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"doc_id": "a", "text": "in 2008", "dct": null}\nnot json\n{"doc_id": "b", "text": 5}\n', encoding="utf-8")
    res = run("annotate", str(src))
    assert res.returncode == 1
    assert len(res.stdout.splitlines()) == 1 and len(res.stderr.strip().splitlines()) == 2


def test_annotate_loses_only_the_lines_it_cannot_read(tmp_path):
    """An invalid UTF-8 byte or JSON nested 100,000 deep costs its own line; the lines after it are still written."""
    good = b'{"doc_id": "a", "text": "Talks in Lima on 12 November 2024.", "dct": null}\n'
    src = tmp_path / "in.jsonl"
    src.write_bytes(good + b'{"doc_id": "b", "text": "caf\xe9", "dct": null}\n' + b"[" * 100_000 + b"\n" + good)
    res = run("annotate", str(src))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert len(res.stdout.splitlines()) == 2
    errors = res.stderr.strip().splitlines()
    assert len(errors) == 2 and "line 2: not UTF-8" in errors[0] and "line 3: JSON nested too deeply" in errors[1]


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        assert p.description or sub._name_parser_map[name].format_help()
        assert all(a.help for a in p._actions if a.dest != "help"), name


def test_a_folder_of_bad_inputs_loses_only_the_bad_ones(tmp_path):
    """Each bad file gets one line naming it; the good ones (UTF-16, latin-1, HTML, PDF, DOCX, text) are written."""
    from test_reading import _corrupt_deflate, _encrypted, _unknown_method, make_docx, make_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    good = {
        "good.txt": "Talks in Lima on 12 November 2024.".encode("utf-8"),
        "utf16.txt": "Talks in Kyiv on 3 March 2022.".encode("utf-16"),
        "latin1.txt": "Talks in Bogotá on 4 May 2023 – ça va.".encode("latin-1", errors="replace"),
        "page.html": b"<html><script>alert(1)</script><p>Talks in Paris on 5 June 2021.</p></html>",
        "report.pdf": make_pdf("Talks in Tokyo on 6 July 2020."),
        "memo.docx": make_docx(["Talks in Cairo on 7 August 2019."]),
    }
    bad = {"empty.txt": b"", "binary.txt": b"\x00\x01\x02\x03", "broken.pdf": b"%PDF-1.4 no", "huge.txt": b"x " * 3_000_000,
           "method.docx": _unknown_method(), "locked.docx": _encrypted(), "deflate.docx": _corrupt_deflate()}
    for name, data in {**good, **bad}.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "events.csv"
    res = run("extract", str(folder), str(tmp_path / "missing.txt"), "--out", str(out), "--max-chars", "1000000")
    assert res.returncode == 1
    errors = res.stderr.strip().splitlines()
    assert len(errors) == len(bad) + 2  # one line per bad file and the missing one, then the count
    for name in [*bad, "missing.txt"]:
        assert any(name in line for line in errors), name
    assert "Traceback" not in res.stderr and errors[-1].endswith(f"{len(bad) + 1} of {len(bad) + 1 + len(good)} documents failed")
    table = pd.read_csv(out)
    assert set(table["doc_id"]) == {n.rsplit(".", 1)[0] for n in good}
    assert {"Lima", "Kyiv", "Bogotá", "Paris", "Tokyo", "Cairo"} <= set(table["place"].dropna())


def test_a_document_without_a_reference_date_is_named_on_stderr(tmp_path, capsys):
    (tmp_path / "dated.txt").write_text("Paris 01.02.2020 Talks in Paris today.", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Envoys resumed talks in Oslo on Friday.", encoding="utf-8")
    (tmp_path / "absolute.txt").write_text("Talks in Lima on 12 November 2024.", encoding="utf-8")  # nothing to resolve
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "undated.txt: no reference date found" in err[0] and "1 relative date" in err[0]
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out.csv"), "--reference-date", "2020-02-07"]) == 0
    assert capsys.readouterr().err == ""


def test_files_sharing_a_stem_keep_apart_and_an_empty_one_is_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "memo.txt").write_text("Talks in Lima on 12 November 2024.", encoding="utf-8")
    (folder / "memo.html").write_text("<p>Talks in Quito on 13 November 2024.</p>", encoding="utf-8")
    (folder / "notes.txt").write_text("Nothing happened here at any time we know of.", encoding="utf-8")
    out = tmp_path / "events.csv"
    res = run("extract", str(folder), "--out", str(out))
    assert res.returncode == 0, res.stderr
    table = pd.read_csv(out)
    assert set(zip(table["doc_id"], table["place"])) >= {("memo.txt", "Lima"), ("memo.html", "Quito")}
    assert table.groupby("event_id")["doc_id"].nunique().max() == 1
    (line,) = [x for x in res.stderr.splitlines() if "notes.txt" in x]
    assert "no event found" in line


def test_version():
    res = run("--version")
    assert res.returncode == 0 and res.stdout.startswith("timeline ")


def _batch_with_a_slow_document(folder) -> None:
    """Two short articles around one that takes far longer than a second: 4.5 MB of dates and nothing else."""
    folder.mkdir()
    (folder / "a.txt").write_text("Brussels 13.11.2024 Talks in Brussels today.", encoding="utf-8")
    unit = "12 May 2024, 3 June 2021, 1999, Monday, November 12-13, 2008, 14.11.2024, last week, "
    (folder / "big.txt").write_text(unit * (4_500_000 // len(unit)), encoding="utf-8")
    (folder / "c.txt").write_text("Paris 01.02.2020 Talks in Paris today.", encoding="utf-8")


@pytest.mark.parametrize("workers", ["0", "2"])
def test_a_document_past_the_deadline_is_named_and_the_others_go_through(tmp_path, workers):
    _batch_with_a_slow_document(tmp_path / "in")
    out = tmp_path / "events.csv"
    res = run("extract", str(tmp_path / "in"), "--deadline", "1", "--workers", workers, "--out", str(out))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    (line,) = [x for x in res.stderr.splitlines() if "deadline" in x]
    assert "big.txt" in line and "1 s" in line and "--deadline" in line
    assert res.stderr.strip().splitlines()[-1].endswith("1 of 3 documents failed")
    assert set(pd.read_csv(out)["doc_id"]) == {"a", "c"}  # the one after the slow one too, by a new helper


@pytest.mark.parametrize("value", ["-1", "nan", "inf"])
def test_a_deadline_must_be_seconds(value):
    res = run("extract", str(SEED), "--deadline", value)
    assert res.returncode == 2 and "--deadline" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_no_deadline_extracts_in_this_process(tmp_path, monkeypatch):
    from timeline import guard

    monkeypatch.setattr(guard, "_Helper", None)  # no helper process may be started
    out = tmp_path / "events.csv"
    assert main(["extract", str(SEED), "--deadline", "0", "--out", str(out)]) == 0
    assert len(pd.read_csv(out)) > 5


@pytest.mark.parametrize("dct", [20241113, ["2024-11-13"], {"date": "2024-11-13"}, 2024.5])
def test_a_dct_that_is_not_a_string_is_refused_not_ignored(dct):
    from timeline.annotate import annotate_record
    from timeline.errors import TimelineError

    with pytest.raises(TimelineError, match="dct must be an ISO date string"):
        annotate_record({"doc_id": "a", "text": "Talks in Lima today.", "dct": dct})


@pytest.mark.parametrize("name", ["two\nlines.txt", "bell\x07and\x1b[31mred.txt", "sep\u2028arator.txt"])
def test_a_file_name_with_control_characters_stays_on_one_line(tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(b"")  # empty: refused, with its name
    res = run("extract", str(bad), "--out", str(tmp_path / "e.csv"))
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 1 and len(lines) == 2 and "the file is empty" in lines[0]  # the error, then the count
    assert "\x1b" not in res.stderr and "\x07" not in res.stderr and "\u2028" not in res.stderr
