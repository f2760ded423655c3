"""What is kept between calls: a value loaded once per process, and the dashboard's store of extractions, bounded by
the bytes it holds, least recently used out first."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from timeline.memo import BoundedStore, once


@pytest.mark.parametrize(
    "puts,gets,used",
    [
        ([("a", 60), ("b", 60)], {"a": None, "b": "b"}, 60),  # over the bound: the older goes
        ([("a", 40), ("b", 40), ("a", 40), ("c", 40)], {"a": "a", "b": None, "c": "c"}, 80),  # "a" put again is newer
        ([("huge", 500)], {"huge": None}, 0),  # larger than the bound: not kept
        ([("a", 30), ("a", 50)], {"a": "a"}, 50),  # a key put again counts once
    ],
)
def test_the_store_keeps_what_fits_newest_first(puts, gets, used):
    store = BoundedStore(limit=100)
    for key, size in puts:
        store.put(key, key, size)
    assert {k: store.get(k) for k in gets} == gets and store.used == used


def test_a_read_makes_an_entry_newest():
    store = BoundedStore(limit=100)
    store.put("a", 1, 50)
    store.put("b", 2, 50)
    store.get("a")
    store.put("c", 3, 50)
    assert (store.get("a"), store.get("b"), store.get("c")) == (1, None, 3)


def test_a_value_loaded_once_however_many_threads_ask_at_once():
    calls: list[int] = []
    gate = threading.Event()

    @once
    def load() -> object:
        calls.append(1)
        gate.wait(1)  # the first caller is still loading while the others ask
        return object()

    with ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [pool.submit(load) for _ in range(4)]
        time.sleep(0.05)
        gate.set()
        got = {id(j.result()) for j in jobs}
    assert (len(calls), len(got), load.ready()) == (1, 1, True)


def test_a_load_that_fails_is_tried_again():
    attempts: list[int] = []

    @once
    def load() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("not yet")
        return 7

    with pytest.raises(OSError):
        load()
    assert (load.ready(), load(), load(), len(attempts)) == (False, 7, 7, 2)
