"""The package's layering: light imports, one module per heavy library, offline extraction."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

PACKAGE = ROOT / "timeline"


# The stages in the order of the flow's dependencies: each imports only the ones before it (and the package's
# foundations: errors, models, memo). Reading comes after language because a document's reference date is a date mention.
STAGES = ("language", "reading", "events", "table", "views")


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _package_imports(path) -> set[str]:
    """The modules of `timeline` that a module imports, as dotted paths below `timeline` ("language.temporal")."""
    here = path.relative_to(PACKAGE).parent.parts
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(here[: len(here) - (node.level - 1)])
            module = base + (node.module.split(".") if node.module else [])
            out.update(".".join(module + ([a.name] if not node.module else [])) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("timeline."):
            out.add(node.module.removeprefix("timeline."))
    return out


@pytest.mark.parametrize(
    "library,allowed",
    [("plotly", {"views/figures.py"}), ("streamlit", set()), ("dask", {"scale.py"}), ("spacy", {"language/syntax.py"}),
     ("pandas", {"table/frame.py", "table/review.py", "views/figures.py", "views/export.py", "views/interchange.py",
                 "pipeline.py", "scale.py"})],
)
def test_heavy_libraries_stay_in_their_module(library, allowed):
    users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if library in _imports(p)}
    assert users <= allowed


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_the_stages_before_it(stage):
    later = set(STAGES[STAGES.index(stage) + 1:]) | {"pipeline", "guard", "scale", "annotate", "evaluate", "cli"}
    wrong = {f"{p.relative_to(PACKAGE)} imports {m}" for p in (PACKAGE / stage).rglob("*.py")
             for m in _package_imports(p) if m.split(".")[0] in later}
    assert not wrong


def test_every_module_is_in_a_stage_or_runs_the_flow():
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top == {"__init__", "__main__", "errors", "models", "memo", "pipeline", "guard", "scale", "annotate", "evaluate", "cli"}
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(STAGES)


def test_import_timeline_is_light():
    code = "import sys, timeline; print(sorted(m for m in ('streamlit', 'dask', 'pandas', 'plotly', 'spacy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_annotate_builds_no_table(tmp_path):
    """`timeline annotate` starts fast: it never imports pandas."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"doc_id": "a", "text": "Talks in Lima on 12 November 2024.", "dct": null}\n', encoding="utf-8")
    code = (
        "import sys; from timeline.cli import main; "
        f"main(['annotate', {str(src)!r}, '--out', {str(tmp_path / 'out.jsonl')!r}]); "
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False" and "Lima" in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_gazetteer_is_loaded_only_when_places_are_asked_for():
    code = (
        "import timeline.pipeline, timeline.language.gazetteer as g; assert not g.default_gazetteer.ready(); "
        "timeline.find_places('Paris'); assert g.default_gazetteer.ready()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_extraction_and_report_run_with_the_network_blocked(no_network, tmp_path):
    import socket

    from timeline.cli import main

    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    no_network.clear()

    assert main(["extract", str(SEED), "--out", str(tmp_path / "r.html")]) == 0
    assert main(["extract", str(SEED), "--out", str(tmp_path / "r.csv")]) == 0
    assert no_network == []
