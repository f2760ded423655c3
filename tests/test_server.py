"""The real dashboard server, started as `make run` starts it (headless here), makes no connection off this machine.

AppTest runs the script without a server, so it cannot see what the server does at start-up (Streamlit looks up
its own addresses to print them). Here every socket connection and name lookup of the server process is traced by
a `sitecustomize` module, and the page and its health check are fetched.
"""

from __future__ import annotations

import os
import time
import urllib.request

from conftest import ROOT, dashboard_server

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


def test_the_server_stays_on_this_machine(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(TRACE, encoding="utf-8")
    trace = tmp_path / "net.log"
    trace.write_text("")
    env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]), "TIMELINE_NET_TRACE": str(trace)}
    with dashboard_server(tmp_path / "server.log", env) as url:
        assert b"<html" in urllib.request.urlopen(f"{url}/", timeout=10).read().lower()
        time.sleep(2)  # what the server does right after it starts (the address lookups) has had time to run
    assert trace.read_text() == "", trace.read_text()


def test_one_upload_limit():
    """The upload widget's limit is the one the label states."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    source = (ROOT / "streamlit_app.py").read_text(encoding="utf-8")
    assert f"MAX_UPLOAD_MB = {config['server']['maxUploadSize']}\n" in source
