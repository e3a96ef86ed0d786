#!/usr/bin/env bash
# The control API from a shell: start a simulated HAProxy 3.2 with the control API on a free loopback port, add a
# map entry over HTTP (curl), read it back over the stats socket (socat), make the next 'show map' fail with a
# chosen error, read the journal of what was sent, and stop everything over HTTP.
#
#   docs/examples/control-api.sh
#
# HAPSIM overrides how hapsim runs (default: the repository's ./hapsim launcher), e.g.
#   HAPSIM="java -jar tool/target/hapsim-tool-0.1.0-SNAPSHOT-standalone.jar" docs/examples/control-api.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
read -r -a hapsim <<< "${HAPSIM:-$root/hapsim}"
work="$(mktemp -d)"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2> /dev/null; then
    kill "$serve_pid"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# a path as one URL path segment: every byte but the unreserved ones percent-encoded ('/' too)
urlencode() {
  local text=$1 encoded="" c i
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    case "$c" in
      [A-Za-z0-9._~-]) encoded+=$c ;;
      *) printf -v c '%%%02X' "'$c"; encoded+=$c ;;
    esac
  done
  printf '%s' "$encoded"
}

printf 'a.example 1\n' > "$work/hosts.map"
mkfifo "$work/banner"
"${hapsim[@]}" serve --version 3.2 --socket "$work/admin.sock" --map "$work/hosts.map" \
  --control 127.0.0.1:0 > "$work/banner" &
serve_pid=$!

# port 0: serve prints the address it got ("control API on http://127.0.0.1:PORT ...") once everything listens
exec 3< "$work/banner"
control=""
while IFS= read -r line <&3; do
  echo "serve: $line"
  case "$line" in
    "control API on "*) control=${line#control API on }; control=${control%% *}; break ;;
  esac
done
[ -n "$control" ] || { echo "serve stopped before printing its control API address" >&2; exit 1; }

map="$(urlencode "$work/hosts.map")"
echo "+ PUT $control/simulators/1/maps/$map/entries/b.example"
curl -fsS -X PUT -H 'Content-Type: application/json' -d '{"value": "2"}' \
  "$control/simulators/1/maps/$map/entries/b.example"

echo "+ show map over the stats socket"
answer="$(echo "show map $work/hosts.map" | socat - "UNIX-CONNECT:$work/admin.sock")"
echo "$answer"
grep -q ' b.example 2$' <<< "$answer" || { echo "the entry added over HTTP is not in show map" >&2; exit 1; }

echo "+ POST $control/simulators/1/faults: the next 'show map' gets a chosen error instead"
curl -fsS -X POST -H 'Content-Type: application/json' \
  -d '{"command": "show map", "fault": "answer Unknown map identifier. Please use #<id> or <file>.\\n", "times": 1}' \
  "$control/simulators/1/faults"
answer="$(echo "show map $work/hosts.map" | socat - "UNIX-CONNECT:$work/admin.sock")"
echo "$answer"
[ "$answer" = "Unknown map identifier. Please use #<id> or <file>." ] || { echo "the fault did not act" >&2; exit 1; }

echo "+ GET $control/simulators/1/journal: what the clients sent, one JSON line per command"
curl -fsS "$control/simulators/1/journal" | tee "$work/journal.jsonl"
[ "$(wc -l < "$work/journal.jsonl")" -eq 2 ] || { echo "expected two commands in the journal" >&2; exit 1; }

echo "+ POST $control/shutdown"
curl -fsS -X POST "$control/shutdown"
status=0
wait "$serve_pid" || status=$?
serve_pid=""
[ "$status" -eq 0 ] || { echo "serve exited with $status" >&2; exit 1; }
[ ! -e "$work/admin.sock" ] || { echo "the socket file is still there" >&2; exit 1; }
echo "ok: serve stopped (exit 0), socket removed"
