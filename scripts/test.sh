#!/usr/bin/env bash
# Runs every test: lint, type check, unit tests, then the end-to-end tests in Debian's Chromium against a
# freshly started and seeded local control plane (its own instance, so a running demo is left alone), then the
# real-Fleet suite against Fleet's own controllers and agents (instance fleet-test).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1
export PATH="$PWD/node_modules/.bin:$PATH" FLEETDASH_INSTANCE=test KUBECONFIG="$PWD/.cache/kubeconfig-test"
# No usage reports from Next.js builds and servers; SIGTERM handled by the dashboard (live streams closed first).
export NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=true
mkdir -p .cache/test-results && rm -f .cache/test-results/*.json
status=0
step() { echo; echo "== $*"; "$@" || status=1; }
step npm run --silent lint
step npm run --silent typecheck
step npm run --silent deps:audit
# The control plane comes up before the unit tests so the cache's integration tests run against it too.
bash controlplane/scripts/down.sh --purge > /dev/null
cp_up=0
bash controlplane/scripts/up.sh && cp_up=1
step npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/test-results/unit.json
# The Helm chart: lint, and every documented combination of values dry-run applied to this API server.
[ $cp_up = 1 ] && step bash scripts/chart-check.sh
built=0
if [ $cp_up = 1 ] && npm run --silent seed -- --clusters 30; then
  step npx next build && built=1
  # oauth2-proxy for the auth-proxy e2e test (e2e/proxy.spec.ts), from the Go module proxy; 0 s once cached.
  step bash controlplane/scripts/build-oauth2-proxy.sh
  [ $status = 0 ] && step npx playwright test
else
  echo "the control plane did not start or seed: end-to-end tests not run" >&2; status=1
fi
bash controlplane/scripts/down.sh > /dev/null
# Against real Fleet: its own instance with Fleet's controllers, agents and two downstream clusters.
if [ $built = 1 ]; then
  export FLEETDASH_INSTANCE=fleet-test KUBECONFIG="$PWD/.cache/kubeconfig-fleet-test"
  bash controlplane/scripts/down.sh --purge > /dev/null
  echo; echo "== real Fleet (controlplane/scripts/fleet-up.sh)"
  if bash controlplane/scripts/fleet-up.sh; then
    step npx playwright test -c playwright.real.config.ts
  else
    echo "real Fleet did not start: its end-to-end tests not run" >&2; status=1
  fi
  bash controlplane/scripts/down.sh > /dev/null
fi
node scripts/test-summary.mjs || status=1
exit $status
