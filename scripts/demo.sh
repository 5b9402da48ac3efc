#!/usr/bin/env bash
# One command from a fresh clone to a running dashboard: installs what is needed, starts the local control
# plane, seeds demo data (once), builds and serves the dashboard. Flags: --clusters N, --no-live, --port P.
# Live mode is on by default: agents keep checking in and a rollout moves, as on a real Fleet manager.
set -euo pipefail
cd "$(dirname "$0")/.."
clusters=60 live=1 port="${PORT:-3000}"
while [ $# -gt 0 ]; do
  case "$1" in
    --clusters) clusters="$2"; shift 2 ;;
    --live) live=1; shift ;;
    --no-live) live=""; shift ;;
    --port) port="$2"; shift 2 ;;
    *) echo "unknown flag $1 (flags: --clusters N, --no-live, --port P)" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" KUBECONFIG="$PWD/.cache/kubeconfig"
bash controlplane/scripts/up.sh
if [ ! -f .cache/controlplane/seeded ] || [ "$(cat .cache/controlplane/seeded)" != "$clusters" ]; then
  npm run --silent seed -- --clusters "$clusters"
  echo "$clusters" > .cache/controlplane/seeded
fi
npx next build
pids=()
if [ -n "$live" ]; then npm run --silent seed -- --live & pids+=($!); fi
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
export FLEETDASH_LOCAL_USER_CONTEXT="${FLEETDASH_LOCAL_USER_CONTEXT:-admin}"
# Plain http on a loopback address: a Secure cookie is dropped by browsers that do not count loopback as secure.
export FLEETDASH_SECURE_COOKIES="${FLEETDASH_SECURE_COOKIES:-false}"
npx next start -H 127.0.0.1 -p "$port" &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" > /dev/null && break; sleep 0.3; done
echo
echo "Fleet dashboard: http://127.0.0.1:$port  (signed in as the kubeconfig's admin; sign in with another token at /signin)"
echo "Tokens for the local users: .cache/kubeconfig (contexts admin, operator, viewer). Stop with Ctrl-C; npm run cluster:down stops the control plane."
wait "${pids[-1]}"
