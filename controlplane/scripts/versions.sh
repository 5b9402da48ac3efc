# Pinned versions and where the built binaries live (per user, outside the clone).
K8S_VERSION=1.36.3
ETCD_VERSION=3.6.16
CP_CACHE="${FLEETDASH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fleet-dashboard}"
CP_BIN="$CP_CACHE/controlplane/k8s-v$K8S_VERSION-etcd-v$ETCD_VERSION"
FLEET_VERSION=0.16.0
# Runtime state of the local control plane lives in the clone's .cache (git-ignored).
CP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# FLEETDASH_INSTANCE=test|bench|million|fleet|fleet-test gives the test run or the benchmark its own data, ports and kubeconfig,
# beside a running demo (dev).
case "${FLEETDASH_INSTANCE:-dev}" in
  dev) CP_SUFFIX=""; CP_APISERVER_PORT=16443; CP_ETCD_PORT=12379 ;;
  test) CP_SUFFIX="-test"; CP_APISERVER_PORT=26443; CP_ETCD_PORT=22379 ;;
  bench) CP_SUFFIX="-bench"; CP_APISERVER_PORT=36443; CP_ETCD_PORT=32379 ;;
  # The million-object benchmark (npm run bench -- --million): its own data, so the 10,000-cluster seed survives it.
  million) CP_SUFFIX="-million"; CP_APISERVER_PORT=14443; CP_ETCD_PORT=14379 ;;
  # Real Fleet (controllers, agents, downstream clusters): never seeded, so the two never overwrite each other.
  fleet) CP_SUFFIX="-fleet"; CP_APISERVER_PORT=18443; CP_ETCD_PORT=18379 ;;
  fleet-test) CP_SUFFIX="-fleet-test"; CP_APISERVER_PORT=19443; CP_ETCD_PORT=19379 ;;
  *) echo "FLEETDASH_INSTANCE must be dev, test, bench, million, fleet or fleet-test (got \"$FLEETDASH_INSTANCE\")" >&2; exit 2 ;;
esac
# A second clone on the same machine (a parallel worktree) shifts every port with FLEETDASH_PORT_OFFSET.
CP_APISERVER_PORT=$((CP_APISERVER_PORT + ${FLEETDASH_PORT_OFFSET:-0})); CP_ETCD_PORT=$((CP_ETCD_PORT + ${FLEETDASH_PORT_OFFSET:-0}))
CP_STATE="$CP_ROOT/.cache/controlplane$CP_SUFFIX"; CP_KUBECONFIG="$CP_ROOT/.cache/kubeconfig$CP_SUFFIX"
CP_SERVER="https://127.0.0.1:$CP_APISERVER_PORT"
# The local OpenID provider (scripts/oidc/provider.mjs) the test instance's API server trusts; its issuer URL.
CP_OIDC_PORT=$((CP_APISERVER_PORT + 60)); CP_OIDC_ISSUER="https://127.0.0.1:$CP_OIDC_PORT"
# Fleet's own controllers, agent and CLI, and kwok, built from controlplane/fleet (issue: real Fleet in the loop).
KWOK_VERSION=0.8.0
FLEET_COMMIT=c1a4325
FLEET_BIN="$CP_CACHE/fleet/v$FLEET_VERSION"
KWOK_BIN="$CP_CACHE/kwok/v$KWOK_VERSION"
# Helm's CLI, built from controlplane/helm, lints and renders the dashboard's chart in the tests.
HELM_VERSION=4.3.1
HELM_BIN="$CP_CACHE/helm/v$HELM_VERSION"
# oauth2-proxy, built from controlplane/oauth2-proxy, stands in front of the dashboard in the auth-proxy e2e test.
OAUTH2_PROXY_VERSION=7.15.6
OAUTH2_PROXY_BIN="$CP_CACHE/oauth2-proxy/v$OAUTH2_PROXY_VERSION"
