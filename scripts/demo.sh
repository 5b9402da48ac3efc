#!/usr/bin/env bash
# One command from a fresh clone to a running dashboard: installs what is needed, starts real Fleet (Fleet's own
# controllers and agents, two downstream clusters, example git repositories and a chart repository) with demo
# GitRepos, builds and serves the dashboard. New commits land in the example repository every few minutes, so a
# rollout can be watched. Flags: --port P, --no-live (no automatic commits), --clusters N (synthetic data
# instead of real Fleet: N seeded clusters whose statuses keep changing, for scale).
set -euo pipefail
# No usage reports from Next.js; SIGTERM handled by the dashboard (lib/server/shutdown.ts).
export NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=true
cd "$(dirname "$0")/.."
clusters="" live=1 port="${PORT:-3000}"
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
export PATH="$PWD/node_modules/.bin:$PATH"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
if [ -n "$clusters" ]; then
  export FLEETDASH_INSTANCE=dev KUBECONFIG="$PWD/.cache/kubeconfig"
  bash controlplane/scripts/up.sh
  if [ ! -f .cache/controlplane/seeded ] || [ "$(cat .cache/controlplane/seeded)" != "$clusters" ]; then
    npm run --silent seed -- --clusters "$clusters"
    echo "$clusters" > .cache/controlplane/seeded
  fi
  if [ -n "$live" ]; then npm run --silent seed -- --live & pids+=($!); fi
  what="synthetic data: $clusters seeded clusters"
  stop="npm run cluster:down"
else
  export FLEETDASH_INSTANCE=fleet KUBECONFIG="$PWD/.cache/kubeconfig-fleet"
  bash controlplane/scripts/fleet-up.sh
  bash controlplane/scripts/fleet-demo-objects.sh
  if [ -n "$live" ]; then
    (while sleep 300; do bash controlplane/scripts/fleet-commit.sh > /dev/null || true; done) & pids+=($!)
  fi
  what="real Fleet v0.16.0: clusters local, staging-eu, prod-us; a new commit every 5 minutes (now: npm run fleet:commit)"
  stop="FLEETDASH_INSTANCE=fleet npm run cluster:down"
fi
npx next build
export FLEETDASH_LOCAL_USER_CONTEXT="${FLEETDASH_LOCAL_USER_CONTEXT:-admin}"
# Plain http on a loopback address: a Secure cookie is dropped by browsers that do not count loopback as secure.
export FLEETDASH_SECURE_COOKIES="${FLEETDASH_SECURE_COOKIES:-false}"
npx next start -H 127.0.0.1 -p "$port" &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" > /dev/null && break; sleep 0.3; done
echo
echo "Fleet dashboard: http://127.0.0.1:$port  ($what)"
echo "Signed in as the kubeconfig's admin; sign in with another token at /signin (tokens: $KUBECONFIG, contexts admin, operator, viewer)."
echo "Stop with Ctrl-C; $stop stops the clusters."
wait "${pids[-1]}"
