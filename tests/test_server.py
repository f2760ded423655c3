"""The real dashboard server, started as `make run` starts it (headless here), makes no connection off this machine.

AppTest runs the script without a server, so it cannot see what the server does at start-up (Streamlit looks up
its own addresses to print them). Here every socket connection and name lookup of the server process is traced by
a `sitecustomize` module, and the page and its health check are fetched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT

TRACE = '''
import os, socket
_log = os.environ["TIMELINE_NET_TRACE"]
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")

def _note(what):
    with open(_log, "a") as fh:
        fh.write(what + "\\n")

_connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo

def connect(self, address):
    host = address[0] if isinstance(address, tuple) else str(address)
    if self.family in (socket.AF_INET, socket.AF_INET6) and host and not str(host).startswith(_LOCAL):
        _note(f"connect {host}")
    return _connect(self, address)

def getaddrinfo(host, *args, **kwargs):
    if host and not str(host).startswith(_LOCAL):
        _note(f"lookup {host}")
    return _getaddrinfo(host, *args, **kwargs)

socket.socket.connect, socket.getaddrinfo = connect, getaddrinfo
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_server_stays_on_this_machine(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(TRACE, encoding="utf-8")
    trace = tmp_path / "net.log"
    trace.write_text("")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]),
           "TIMELINE_NET_TRACE": str(trace), "STREAMLIT_SERVER_PORT": str(port), "STREAMLIT_SERVER_HEADLESS": "true"}
    log = tmp_path / "server.log"
    with open(log, "w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py")], cwd=ROOT, env=env,
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.3)
        else:
            raise AssertionError(f"the server did not answer: {log.read_text()[-2000:]}")
        assert b"<html" in urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().lower()
        time.sleep(2)  # what the server does right after it starts (the address lookups) has had time to run
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert trace.read_text() == "", trace.read_text()


def test_one_upload_limit():
    """The upload widget's limit is the one the label states."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    source = (ROOT / "streamlit_app.py").read_text(encoding="utf-8")
    assert f"MAX_UPLOAD_MB = {config['server']['maxUploadSize']}\n" in source
