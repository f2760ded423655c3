"""What is kept between calls: a value loaded once per process (`once`), and a least-recently-used store bounded by
the bytes of what it holds, shared by the dashboard's sessions (`BoundedStore`).

A store's entries are sized by the caller (an estimate is enough); the oldest go first when a new one would pass the
bound, and an entry larger than the whole bound is not kept at all.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from functools import wraps
from typing import Callable, Generic, TypeVar

V = TypeVar("V")


def once(load: Callable[[], V]) -> Callable[[], V]:
    """`load` run at most once per process, however many threads ask at the same time: the others wait for its
    result rather than load a second copy (the sentence model or the gazetteer, when two sessions' first articles are
    read at once).
    A load that raises is tried again by the next call.
    """
    lock = threading.Lock()
    done: list[V] = []

    @wraps(load)
    def loaded() -> V:
        if not done:
            with lock:
                if not done:
                    done.append(load())
        return done[0]

    loaded.ready = lambda: bool(done)  # type: ignore[attr-defined]  # whether it has loaded: nothing at import time
    return loaded


class BoundedStore(Generic[V]):
    """`get` and `put` by key, at most `limit` bytes held (by the sizes given to `put`).

    >>> store = BoundedStore(limit=10)
    >>> store.put("a", 1, size=6); store.put("b", 2, size=6); store.get("a") is None, store.get("b")
    (True, 2)
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key][0]

    def put(self, key: Hashable, value: V, size: int) -> None:
        with self._lock:
            if key in self._items:
                self.used -= self._items.pop(key)[1]
            if size > self.limit:
                return
            while self._items and self.used + size > self.limit:
                self.used -= self._items.popitem(last=False)[1][1]
            self._items[key] = (value, size)
            self.used += size

    def __len__(self) -> int:
        return len(self._items)
