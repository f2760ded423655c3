"""One document's extraction in a helper process that is killed at a deadline, so no document can hold up a batch.

Why a process: a Python thread cannot be stopped, and a timer signal (`signal.setitimer`) reaches only the main
thread and only between bytecodes, so it could not stop a Dask worker's task thread, nor a regular expression or
the sentence model busy in C. A process can always be killed. The helper is a fresh interpreter
(`python -m timeline.guard`), not a fork: a Dask worker runs threads, and forking a threaded process can leave the
child waiting on a lock no thread will release. Each process that runs documents (the CLI, or each Dask worker) starts
one helper, which loads the gazetteer and the sentence model before the first deadline starts, then reads one document
at a time: a request goes down its stdin, the answer comes back on its stdout. Past the deadline the helper is killed,
the document is reported, and a new helper takes the next document.
"""

from __future__ import annotations

import atexit
import os
import pickle
import subprocess
import sys
import threading
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Iterator

from .errors import DocumentError, TimelineError
from .models import Document, Event, Settings
from .pipeline import Extraction, process, process_each
from .reading.documents import make_document, read_path

STARTUP = 300.0  # seconds a new helper may take to load the gazetteer and the model: not a document's time


class DeadlineError(TimelineError, TimeoutError):
    """A document took longer than the time allowed for one document."""


def extract_path(path: str, doc_id: str, settings: Settings) -> tuple[list[Event], Document]:
    """The events of the file at `path`, and its document without its text (the caller needs only what it says of dates)."""
    return _kept(process(read_path(Path(path), settings, doc_id), settings))


def extract_paths(files: list[tuple[str, str]], settings: Settings) -> Iterator[tuple[list[Event], Document] | TimelineError]:
    """`extract_path` of each (path, doc_id) pair, in order, with a file's error in its place: the sentence model
    reads several short files' sentences at once (see `pipeline.process_each`)."""
    def documents() -> Iterator[Document | TimelineError]:
        for path, doc_id in files:
            try:
                yield read_path(Path(path), settings, doc_id)
            except TimelineError as exc:
                yield exc

    for x in process_each(documents(), settings):
        yield x if isinstance(x, TimelineError) else _kept(x)


def _kept(x: Extraction) -> tuple[list[Event], Document]:
    return list(x.events), replace(x.document, text="", unresolved=sum(not t.anchored for t in x.times))


def extract_path_within(path: str, doc_id: str, settings: Settings) -> tuple[list[Event], Document]:
    """`extract_path` in the helper process, or DeadlineError when it takes over `settings.deadline` seconds."""
    with _LOCK:  # one document at a time per helper (the dashboard runs threads)
        helper = _HELPERS.get(os.getpid())
        if helper is None:
            helper = _HELPERS[os.getpid()] = _Helper()
        try:
            kind, value = helper.ask((path, doc_id, settings), settings.deadline)
        except TimeoutError:
            del _HELPERS[os.getpid()]
            raise DeadlineError(f"{path}: not done within the deadline of {settings.deadline:g} s for one document "
                                "(--deadline); no events taken from it") from None
        except EOFError:
            del _HELPERS[os.getpid()]
            raise DocumentError(f"{path}: the process reading it stopped ({helper.exit_status()}); no events taken "
                                "from it") from None
    if kind == "raise":
        raise value
    return value


class _Helper:
    """A helper process and the two ends of the pipes to it."""

    def __init__(self) -> None:
        root = str(Path(__file__).resolve().parent.parent)  # this package, whether installed or not
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH"))))}
        self.proc = subprocess.Popen([sys.executable, "-m", "timeline.guard"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env)
        self.requests = Connection(os.dup(self.proc.stdin.fileno()), readable=False)
        self.answers = Connection(os.dup(self.proc.stdout.fileno()), writable=False)
        self.proc.stdin.close()
        self.proc.stdout.close()
        try:
            if not self.answers.poll(STARTUP) or self.answers.recv() != "ready":
                raise EOFError
        except EOFError:
            self.stop()
            raise TimelineError(f"the helper process that reads documents did not start ({self.exit_status()})") from None

    def ask(self, request: tuple, seconds: float) -> tuple[str, object]:
        """The answer to `request`; TimeoutError past `seconds` (the helper is then killed), EOFError if it died."""
        self.requests.send(request)
        if not self.answers.poll(seconds):
            self.stop()
            raise TimeoutError
        try:
            return self.answers.recv()
        except EOFError:
            self.stop()
            raise

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.requests.close()
        self.answers.close()

    def close(self) -> None:
        """Let the helper go: it stops when its stdin closes."""
        self.requests.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.answers.close()

    def exit_status(self) -> str:
        code = self.proc.poll()
        return "still running" if code is None else f"killed by signal {-code}" if code < 0 else f"exit status {code}"


_LOCK = threading.Lock()
_HELPERS: dict[int, _Helper] = {}  # by process id: a process forked from this one starts its own


@atexit.register
def _close_helpers() -> None:
    helper = _HELPERS.pop(os.getpid(), None)
    if helper is not None:
        helper.close()


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.dumps(exc)
        return exc
    except Exception:  # noqa: BLE001 - any exception may fail to pickle; its text still travels
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def serve() -> None:
    """The helper's loop: load what extraction needs, say so, then answer each (path, doc_id, settings) until stdin closes."""
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # a stray print goes to stderr, not into the answers
    requests = Connection(os.dup(0), writable=False)
    try:
        try:
            process(make_document("Talks in Brussels on 1 May 2024.", "warm-up"))  # the gazetteer and the sentence model
        except TimelineError:
            pass  # no model installed, say: each document will say so itself
        answers.send("ready")
        while True:
            try:
                path, doc_id, settings = requests.recv()
            except EOFError:
                return
            try:
                answers.send(("done", extract_path(path, doc_id, settings)))
            except Exception as exc:  # noqa: BLE001 - raised again in the caller, as if the document had been read there
                answers.send(("raise", _picklable(exc)))
    except (KeyboardInterrupt, BrokenPipeError):  # Ctrl-C reaches the whole process group; the caller says so
        return


if __name__ == "__main__":
    serve()
