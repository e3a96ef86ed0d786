#!/usr/bin/env python3
"""Writes the show stat column files (simulator/src/main/resources/io/hapsim/simulator/proxy/stat/<label>.columns)
from the recordings of real HAProxy (recorded/<version>/stat.txt, see README.md).

    columns.py

For each column: per object kind (frontend, backend, server) the rule giving its value and, when the value can
be non-empty, the tags and type that "show stat typed" prints; then its description ("show stat desc"). Rules:
"." always empty, "=" computed by hapsim (COMPUTED below, implemented in StatValues), a literal value (with
"/http" when only proxies in http mode print it), "-" for the CSV-only separator column.

2.6, 3.0, 3.2 and 3.4 come from their recordings (Debian builds, with QUIC). The builds without a binary here are
derived (messages.md §3, HAProxy's changelog): 2.4.0 (source build, no SSL) = 2.6's first 100 columns + "-" + the
h2 module; 2.8.0 and 2.8.14 (source builds, no SSL/QUIC) = 3.0's columns up to "proto" + "-" + h2 + h1, with the
backend "rate" tags of 2.6 (changed in 3.0-dev10); 2.8.0 prints "(null)" as the name of "proto". 3.1.0 and 3.3.0
(source builds with OpenSSL, no QUIC) = 3.0 and 3.4 without their QUIC modules (h3, qpack, quic): the conformance
goldens of these builds (scenarios 163 "show stat typed" and 164 "show stat") show exactly those names in that
order, with those tags and types, for the fixture's frontend, backend and servers; the values of other kinds of
objects (tcp mode, checks) and the descriptions are not in those goldens and are taken from 3.0 and 3.4. 3.1.0
also predates HAProxy's fix of the generic columns' capabilities (commit 8311be5ac, in 3.2 and backported to 3.0.x):
frontends print lbtot, cli_abrt and srv_abrt (golden 163 shows them), and tcp proxies hrsp_other (from the source).
From 3.3 the typed tags have a 4th character: P (persistent) for the columns HAProxy marks as shared counters, V
(volatile) for the others (as recorded).
"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
TARGET = HERE.parents[8] / 'simulator/src/main/resources/io/hapsim/simulator/proxy/stat'
KINDS = ('F', 'B', 'S')
COMPUTED = {
    'F': {'pxname', 'svname', 'slim', 'status', 'iid', 'rate_lim', 'mode'},
    'B': {'pxname', 'svname', 'slim', 'status', 'weight', 'act', 'bck', 'chkdown', 'lastchg', 'downtime', 'iid',
          'cookie', 'mode', 'algo', 'uweight'},
    'S': {'pxname', 'svname', 'slim', 'status', 'weight', 'act', 'bck', 'chkfail', 'chkdown', 'lastchg',
          'downtime', 'qlimit', 'iid', 'sid', 'tracked', 'check_status', 'check_code', 'check_duration',
          'hanafail', 'last_chk', 'last_agt', 'agent_status', 'agent_code', 'agent_duration', 'check_desc',
          'agent_desc', 'check_rise', 'check_fall', 'check_health', 'agent_rise', 'agent_fall', 'agent_health',
          'addr', 'cookie', 'mode', 'uweight', 'need_conn_est'},
}
TYPED = re.compile(r'^([FBS])\.\d+\.\d+\.(\d+)\.([^.]+)\.1:(\w+):(\w+):.*?(?::"(.*)")?$')


def blocks(path):
    """command -> list of response lines."""
    out, current = {}, None
    for line in path.read_text(encoding='latin-1').split('\n'):
        if line.startswith('> '):
            current = out.setdefault(line[2:], [])
        elif line.startswith('|') and current is not None:
            current.append(line[1:])
    return out


def learn(version):
    """Columns of a recorded version: names, rules and metadata per kind, descriptions."""
    recorded = blocks(HERE / 'recorded' / version / 'stat.txt')
    csv = recorded['show stat']
    names = csv[0][2:].split(',')[:-1]
    rows = [line.split(',')[:-1] for line in csv[1:] if line]
    meta, descriptions = {}, {}
    for command, lines in recorded.items():
        if 'typed' not in command:
            continue
        for line in lines:
            match = TYPED.match(line)
            if match:
                kind, pos, name, tags, kind_type, desc = match.groups()
                meta[(kind, name)] = tags + ':' + kind_type
                if desc is not None:
                    descriptions[name] = desc
    rules = {}
    for index, name in enumerate(names):
        for kind in KINDS:
            values = {}
            for row in rows:
                row_kind = 'F' if row[1] == 'FRONTEND' else 'B' if row[1] == 'BACKEND' else 'S'
                if row_kind == kind:
                    mode = row[names.index('mode')]
                    values.setdefault(mode, set()).add(row[index])
            rules[(kind, name)] = rule(kind, name, values)
    return names, rules, meta, descriptions


def rule(kind, name, values):
    if name == '-':
        return '-'
    if name in COMPUTED[kind]:
        return '='
    if name.startswith('h1_') and kind == 'B':
        # HTTP health checks count in the backend's h1 mux counters: live traffic, idle (0) in hapsim.
        return '0'
    http, tcp = values.get('http', set()), values.get('tcp', set())
    if len(http) > 1 or len(tcp) > 1:
        raise SystemExit('%s %s varies without a rule: %s' % (kind, name, values))
    http_value, tcp_value = next(iter(http), None), next(iter(tcp), None)
    if http_value == tcp_value or tcp_value is None:
        return http_value or '.'
    if http_value and not tcp_value:
        return http_value + '/http'
    raise SystemExit('%s %s differs between modes: %s' % (kind, name, values))


def cell(kind, name, rules, meta):
    value = rules[(kind, name)]
    if value in ('.', '-'):
        return value
    if (kind, name) not in meta:
        raise SystemExit('no typed metadata for %s %s' % (kind, name))
    return value + ':' + meta[(kind, name)]


def write(label, source, columns, rules, meta, descriptions, header_names=None):
    lines = ['# "show stat" columns of the %s profile, generated by columns.py from recordings of real HAProxy'
             % label,
             '# (%s). Per kind (frontend, backend, server): value rule[:typed tags:type]; then the description.'
             % source,
             '# Rules: "." empty, "=" computed (StatValues), a literal ("/http": only in http mode), "-" CSV only.',
             '# A header name differing from the column name follows the column name after "|".']
    for name in columns:
        shown = (header_names or {}).get(name)
        cells = [cell(kind, name, rules, meta) for kind in KINDS]
        lines.append('\t'.join([name + ('|' + shown if shown else '')] + cells + [descriptions.get(name, '')]))
    (TARGET / (label + '.columns')).write_text('\n'.join(lines) + '\n', encoding='latin-1')
    print('wrote', label, len(columns), 'columns')


def without_quic(names):
    """The columns of a build without QUIC: its modules (h3, qpack, quic) sit between the SSL and h2 modules."""
    first, end = names.index('h3_data'), next(i for i, name in enumerate(names) if name.startswith('h2_'))
    return names[:first] + names[end:]


def before_capability_fix(rules, meta):
    """Rules and tags as they were before commit 8311be5ac restored the capabilities of some generic columns."""
    rules, meta = dict(rules), dict(meta)
    for name in ('lbtot', 'cli_abrt', 'srv_abrt'):
        rules[('F', name)] = rules[('B', name)]
        meta[('F', name)] = meta[('B', name)]
    for kind in KINDS:
        rules[(kind, 'hrsp_other')] = rules[(kind, 'hrsp_other')].replace('/http', '')
    return rules, meta


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    learned = {version: learn(version) for version in ('2.6', '3.0', '3.2', '3.4')}
    sources = {'2.6': 'Debian 2.6.12', '3.0': 'Debian 3.0.11', '3.2': 'Debian 3.2.26', '3.4': 'Debian 3.4.7'}
    for version, (names, rules, meta, descriptions) in learned.items():
        write(version, 'recorded from ' + sources[version], names, rules, meta, descriptions)
    names30, rules30, meta30, desc30 = learned['3.0']
    rules31, meta31 = before_capability_fix(rules30, meta30)
    write('3.1', 'derived from %s without its QUIC modules, before the capability fix' % sources['3.0'],
          without_quic(names30), rules31, meta31, desc30)
    names34, rules34, meta34, desc34 = learned['3.4']
    write('3.3', 'derived from %s without its QUIC modules' % sources['3.4'], without_quic(names34), rules34, meta34,
          desc34)

    names26, rules26, meta26, desc26 = learned['2.6']
    h2 = [n for n in names26 if n.startswith('h2_')]
    h1 = [n for n in names26 if n.startswith('h1_')]
    base24 = names26[:names26.index('uweight') + 1]
    write('2.4', 'derived from 2.6: no agg_* columns, no SSL or h1 module', base24 + ['-'] + h2,
          rules26, meta26, desc26)

    meta28 = dict(meta30)
    meta28[('B', 'rate')] = meta26[('B', 'rate')]
    base28 = names30[:names30.index('proto') + 1]
    write('2.8', 'derived from 3.0: no SSL or QUIC modules, backend rate tags of 2.6', base28 + ['-'] + h2 + h1,
          rules30, meta28, desc30)
    write('2.8.0', 'derived from 3.0 like 2.8; "proto" is printed "(null)"', base28 + ['-'] + h2 + h1,
          rules30, meta28, desc30, header_names={'proto': '(null)'})


if __name__ == '__main__':
    main()
