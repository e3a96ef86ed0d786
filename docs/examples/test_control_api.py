"""The control API from pytest, with the standard library only (urllib, socket, subprocess).

Each test starts the standalone jar with ``--control 127.0.0.1:0``, reads the control API's address from the
banner, drives the simulator over HTTP and checks what its stats socket answers, as a client under test would
see it; the fixture stops it with ``POST /shutdown`` and checks that it exits 0.

    python3 -m pytest docs/examples/test_control_api.py

HAPSIM_JAR names the jar (default: tool/target/hapsim-tool-0.1.0-SNAPSHOT-standalone.jar, made by
``./mvnw -B package``); JAVA the java to run it with (default: java on the PATH).
"""

import json
import os
import pathlib
import socket
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
JAR = os.environ.get("HAPSIM_JAR", str(ROOT / "tool/target/hapsim-tool-0.1.0-SNAPSHOT-standalone.jar"))
CONFIG = """\
global
    stats socket {socket} level admin
backend be
    server s1 127.0.0.1:8081
frontend fe
    bind 127.0.0.1:8080
    mode http
    http-request set-header X-Backend %[req.hdr(host),map_str({map})]
    default_backend be
"""


class Simulator:
    """One ``hapsim serve`` process: its control API address and its stats socket."""

    def __init__(self, process, control, socket_path, map_path):
        self.process = process
        self.control = control
        self.socket = socket_path
        self.map = map_path

    def http(self, method, path, body=None):
        """(status, decoded JSON or None) of one request to the control API."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.control + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read()
                return response.status, json.loads(text) if text else None
        except urllib.error.HTTPError as refused:
            return refused.code, json.loads(refused.read())

    def journal(self, query=""):
        """The commands the simulator took, one JSON object per line (JSON lines)."""
        with urllib.request.urlopen(self.control + "/simulators/1/journal" + query, timeout=30) as response:
            return [json.loads(line) for line in response.read().decode().splitlines()]

    def map_path(self):
        """The map as one URL path segment."""
        return urllib.parse.quote(str(self.map), safe="")

    def cli(self, command):
        """One command on a connection of its own, as socat sends it; the whole answer."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(30)
            connection.connect(str(self.socket))
            connection.sendall(command.encode() + b"\n")
            answer = b""
            while chunk := connection.recv(65536):
                answer += chunk
            return answer.decode()


@pytest.fixture
def simulator(tmp_path):
    socket_path = tmp_path / "admin.sock"
    map_path = tmp_path / "hosts.map"
    map_path.write_text("a.example 1\n")
    config = tmp_path / "haproxy.cfg"
    config.write_text(CONFIG.format(socket=socket_path, map=map_path))
    process = subprocess.Popen(
        [os.environ.get("JAVA", "java"), "-jar", JAR, "serve", "--version", "3.0", "--config", str(config),
         "--control", "127.0.0.1:0"],
        stdout=subprocess.PIPE, text=True)
    control = None
    for line in process.stdout:  # the banner ends with the address port 0 got
        if line.startswith("control API on "):
            control = line.split()[3]
            break
    if control is None:
        process.kill()
        pytest.fail("serve stopped before printing its control API address")
    started = Simulator(process, control, socket_path, map_path)
    yield started
    if process.poll() is None:
        assert started.http("POST", "/shutdown") == (200, {"stopping": 1})
    assert process.wait(timeout=60) == 0
    assert not socket_path.exists()


def test_lists_the_simulator_and_its_socket(simulator):
    status, simulators = simulator.http("GET", "/simulators")
    assert status == 200
    assert [s["id"] for s in simulators] == [1]
    assert simulators[0]["version"] == "3.0"
    assert {"type": "unix", "path": str(simulator.socket), "level": "admin"} in simulators[0]["endpoints"]


def test_a_map_entry_put_over_http_is_in_show_map(simulator):
    status, entry = simulator.http("PUT", f"/simulators/1/maps/{simulator.map_path()}/entries/b.example",
                                   {"value": "2"})
    assert (status, entry) == (200, {"key": "b.example", "value": "2"})
    lines = [line.split(" ", 1)[1] for line in simulator.cli(f"show map {simulator.map}").splitlines() if line]
    assert lines == ["a.example 1", "b.example 2"]


def test_reset_undoes_what_the_cli_changed(simulator):
    assert simulator.cli(f"del map {simulator.map} a.example") == "\n"
    status, _ = simulator.http("POST", "/simulators/1/reset")
    assert status == 200
    assert " a.example 1\n" in simulator.cli(f"show map {simulator.map}")


def test_a_version_switch_keeps_the_socket(simulator):
    status, switched = simulator.http("PUT", "/simulators/1/version", {"version": "3.2"})
    assert status == 200 and switched["version"] == "3.2"
    assert simulator.cli("show version") == switched["haproxyVersion"] + "\n\n"


def test_a_server_put_in_maintenance_shows_in_show_stat(simulator):
    status, server = simulator.http("PUT", "/simulators/1/servers/be/s1", {"state": "maint"})
    assert status == 200 and server["state"] == "maint"
    s1 = next(line for line in simulator.cli("show stat").splitlines() if line.startswith("be,s1,"))
    assert s1.split(",")[17] == "MAINT"


def test_an_unknown_map_is_a_404_with_an_error(simulator):
    status, error = simulator.http("GET", "/simulators/1/maps/%2Fno.map")
    assert status == 404
    assert error == {"status": 404, "error": "no map '/no.map'"}


def test_a_commit_whose_answer_is_lost_is_still_made(simulator):
    """A client that retries when it gets no answer must not apply a change twice: here the change is made."""
    status, rule = simulator.http("POST", "/simulators/1/faults",
                                  {"command": "del map", "phase": "before-answer", "fault": "close", "times": 1})
    assert status == 200 and rule["rule"] == "'del map' before the answer: close (1 more)"
    assert simulator.cli(f"del map {simulator.map} a.example") == ""  # closed without an answer
    assert simulator.cli(f"show map {simulator.map}") == "\n"       # ... but the entry is gone
    taken = simulator.journal()
    assert [c["args"][:2] for c in taken] == [["del", "map"], ["show", "map"]]
    assert taken[0]["answer"] is None
    assert taken[0]["faults"][0].startswith("close before the answer")


def test_the_journal_waits_for_the_next_command(simulator):
    simulator.cli("show cli level")
    first = simulator.journal()
    assert len(first) == 1 and first[0]["answer"] == "admin\n\n"
    since = first[-1]["sequence"]
    assert simulator.journal(f"?since={since}&wait=100") == []  # nothing new within 100 ms
    simulator.cli("show version")
    assert [c["args"] for c in simulator.journal(f"?since={since}&wait=10000")] == [["show", "version"]]
