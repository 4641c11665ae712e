#!/usr/bin/env bash
# The documented production path, from a clean clone of the committed tree: npm ci, npm run build,
# npm prune --omit=dev, then the built server with no devDependency installed, which must answer
# a query. Exits non-zero, saying which step failed, otherwise. Run by .ci/run after the tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  # The whole process group: npm does not pass SIGTERM on to the server it started.
  if [ -n "$server_pid" ]; then kill -- "-$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { echo "production path: $*"; }

step "clean clone of HEAD"
git clone --quiet "$root" "$work/app"
cd "$work/app"
step "npm ci"
npm ci --no-audit --no-fund --loglevel=error
step "npm run build"
npm run build --silent
step "npm prune --omit=dev"
npm prune --omit=dev --no-audit --no-fund --loglevel=error
if [ -e node_modules/.bin/tsc ]; then echo "production path: tsc is still installed after npm prune --omit=dev" >&2; exit 1; fi

port="$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
step "npm start on port $port, with no devDependencies"
# In a process group of its own (setsid), so that the cleanup stops npm and the server it starts.
NODE_ENV=production HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warn CORPUS_WATCH=0 DRAIN_GRACE_MS=0 setsid npm start --silent > "$work/server.log" 2>&1 &
server_pid=$!

# HTTP through Node's own fetch, so that the path needs nothing Node does not bring.
ready() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$port/ready"; }
query() {
  node -e 'fetch(process.argv[1], { method: "POST", headers: { "content-type": "application/json" }, body: process.argv[2] })
    .then(async (r) => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1); }, () => process.exit(1))' "http://127.0.0.1:$port/graphql" "$1"
}

# /ready answers 200 once the corpus is loaded; at most 60 s.
for _ in $(seq 1 120); do
  if ready; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "production path: the server exited:" >&2; cat "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
answer="$(query '{"query":"{ person(id: \"person:gyorgy-szabo\") { name } }"}')" || { echo "production path: no answer from the server:" >&2; cat "$work/server.log" >&2; exit 1; }
expected='"person":{"name":"György Szabó"}'
case "$answer" in
  *"$expected"*) step "answered $answer" ;;
  *) echo "production path: unexpected answer: $answer (expected $expected)" >&2; cat "$work/server.log" >&2; exit 1 ;;
esac
