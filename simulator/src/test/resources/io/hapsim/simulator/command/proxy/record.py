#!/usr/bin/env python3
"""Records what real HAProxy answers to the scenarios in scenarios/*.cli (see README.md).

    record.py <version>... [--only <scenario>]

For each version (2.6, 3.0, 3.2, 3.4: the Debian builds that scripts/real-haproxy runs) and each scenario, starts a
fresh `real-haproxy <version> -db -f haproxy.cfg` with {DIR} replaced by a temporary folder, waits for the health
checks to settle, sends each scenario line on a fresh connection to the socket of its level, and writes
recorded/<version>/<scenario>.txt. Fake backends (accept-and-close on 18201, HTTP 200 on 18202, agent "up" on
18203) make every configured check pass.
"""
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[8]
SETTLE_SECONDS = 2.0
READ_TIMEOUT = 1.0


def fake_backend(port, reply, read_first):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(('127.0.0.1', port))
    server.listen(100)
    while True:
        conn, _ = server.accept()
        try:
            if read_first:
                conn.settimeout(1)
                conn.recv(4096)
            if reply:
                conn.sendall(reply)
        except OSError:
            pass
        finally:
            conn.close()


def start_fake_backends():
    for port, reply, read_first in ((18201, None, False),
                                    (18202, b'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n', True),
                                    (18203, b'up\n', False)):
        threading.Thread(target=fake_backend, args=(port, reply, read_first), daemon=True).start()


def exchange(path, line):
    """Sends one line on a fresh connection and returns everything read until the server closes."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(path))
    client.sendall(line.encode('latin-1') + b'\n')
    client.settimeout(READ_TIMEOUT)
    received = b''
    try:
        while True:
            chunk = client.recv(65536)
            if not chunk:
                break
            received += chunk
    except socket.timeout:
        received += b'<<still open>>'
    client.close()
    return received.decode('latin-1')


def render(command, answer):
    out = ['> ' + command]
    lines = answer.split('\n')
    if lines[-1] == '':
        lines.pop()
    else:
        out.append('\\ no newline at end')
    out.extend('|' + line for line in lines)
    return out


def record(version, scenario):
    workdir = pathlib.Path(tempfile.mkdtemp(prefix='hapsim-proxy-'))
    try:
        config = workdir / 'haproxy.cfg'
        config.write_text((HERE / 'haproxy.cfg').read_text().replace('{DIR}', str(workdir)))
        process = subprocess.Popen([str(REPO / 'scripts' / 'real-haproxy'), version, '-db', '-f', str(config)],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=open(workdir / 'haproxy.log', 'w'))
        try:
            for _ in range(200):
                if (workdir / 'admin.sock').exists():
                    break
                time.sleep(0.05)
            time.sleep(SETTLE_SECONDS)
            version_line = exchange(workdir / 'admin.sock', 'show version').split('\n')[0]
            out = ['# Recorded from HAProxy ' + version_line + ' by record.py: one fresh connection per line.']
            for line in (HERE / 'scenarios' / (scenario + '.cli')).read_text().split('\n'):
                if not line or line.startswith('#'):
                    continue
                if line.startswith('sleep '):
                    time.sleep(float(line.split()[1]))
                    out.append(line)
                    continue
                level, command = 'admin', line
                if line.startswith('@'):
                    level, command = line[1:].split(' ', 1)
                answer = exchange(workdir / (level + '.sock'), command)
                out.extend(render(line, answer))
        finally:
            process.terminate()
            process.wait()
        target = HERE / 'recorded' / version / (scenario + '.txt')
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text('\n'.join(out) + '\n', encoding='latin-1')
        print('recorded', target.relative_to(HERE))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv):
    only = None
    if '--only' in argv:
        only = argv[argv.index('--only') + 1]
        argv = argv[:argv.index('--only')]
    start_fake_backends()
    scenarios = sorted(p.stem for p in (HERE / 'scenarios').glob('*.cli'))
    for version in argv:
        for scenario in scenarios:
            if only is None or scenario == only:
                record(version, scenario)


if __name__ == '__main__':
    main(sys.argv[1:])
