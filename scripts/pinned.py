"""A pinned wheel from PyPI, fetched once into a folder and checked against its sha256 (for the asset builds)."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def wheel(dest: str, requirement: str, filename: str, sha256: str) -> str:
    """The path of `filename` in `dest`, downloaded with pip when missing; exits when its sha256 is not `sha256`."""
    path = os.path.join(dest, filename)
    if not os.path.exists(path):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                        "--disable-pip-version-check", "-q", "-d", dest, requirement], check=True)
    if _sha256(path) != sha256:
        sys.exit(f"sha256 mismatch for {filename}")
    return path


def read_pinned(description: str, spec: tuple[str, str, str], read: Callable[[str], T]) -> T:
    """`read` applied to the path of the pinned wheel `spec`, kept in the folder given as `--wheels` on the command line,
    else in a temporary one (the asset builds' shared command line)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--wheels", help="a folder holding (or to hold) the pinned wheel (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        return read(wheel(args.wheels or tmp, *spec))
