"""The learned place ranker: weights trained by `scripts/train_place_ranker.py`, read once from `assets/` and
applied in plain Python (scikit-learn is needed to train it, never to use it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from ..errors import GazetteerError
from .gazetteer import assets_dir

RANKER_FILE = "place_ranker.json"


@dataclass(frozen=True, slots=True)
class Ranker:
    """A linear score over named features: higher is the likelier reading of a name."""

    features: tuple[str, ...]
    weights: tuple[float, ...]

    def score(self, values: Sequence[float]) -> float:
        """The weighted sum of one reading's feature values."""
        return sum(w * v for w, v in zip(self.weights, values) if v)

    def weigh(self, named: Mapping[str, float]) -> float:
        """`score` of a reading given by named feature values; a name the ranker has no weight for counts nothing."""
        index = _index(self)
        values = [0.0] * len(self.features)
        for name, v in named.items():
            k = index.get(name)
            if k is not None:
                values[k] = v
        return self.score(values)


@lru_cache(maxsize=8)
def _index(ranker: Ranker) -> dict[str, int]:
    """Where each of a ranker's features is, found once per ranker."""
    return {name: k for k, name in enumerate(ranker.features)}


def read_ranker(path: Path) -> Ranker:
    """The ranker stored at `path` (the JSON `scripts/train_place_ranker.py` writes)."""
    if not path.exists():
        raise GazetteerError(f"ranker asset {path} is missing; train it with `python scripts/train_place_ranker.py`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        features, weights = tuple(data["features"]), tuple(float(w) for w in data["weights"])
    except (ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(f"{path}: not a ranker ({exc}); expected JSON with 'features' and 'weights'") from None
    if len(features) != len(weights):
        raise GazetteerError(f"{path}: {len(features)} features but {len(weights)} weights")
    return Ranker(features, weights)


@lru_cache(maxsize=1)
def default_ranker() -> Ranker:
    """The ranker of this installation, read on first use and kept for the process."""
    return read_ranker(assets_dir() / RANKER_FILE)
