"""timeline: turn news text into dated, located events, shown as a timeline and a map.

>>> import timeline
>>> df = timeline.extract("Brussels 13.11.2024 Talks in Brussels today.")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "find_dates", "find_places", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy, so `import timeline` loads neither pandas nor the gazetteer until they are used.
    if name == "extract":
        from .pipeline import extract

        return extract
    if name == "find_dates":
        from .language.temporal import find_dates

        return find_dates
    if name == "find_places":
        from .language.places import find_places

        return find_places
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
