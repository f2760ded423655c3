"""The table our lists of sites share (`assets/installations.tsv`, `assets/airports.tsv`): one row a site."""

from __future__ import annotations

import sys


def write_sites(path: str, header: str, rows: list[tuple[str, tuple[str, ...], str, str, float, float]], what: str) -> None:
    """Write `rows` of (name, other names, country, admin1, lat, lon) under `header` to `path`, and say how many."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        for name, others, cc, admin1, lat, lon in rows:
            fh.write(f"{name}\t{'|'.join(others)}\t{cc}\t{admin1}\t{lat:.4f}\t{lon:.4f}\tsite\n")
    print(f"{path}: {len(rows)} {what}", file=sys.stderr)
