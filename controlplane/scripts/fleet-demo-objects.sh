#!/usr/bin/env bash
# The real-Fleet demo's starting point: GitRepos for each example repository and a HelmOp from the local chart
# repository, so the demo shows real Bundles, healthy and failing, right away. Applied once; edits are kept.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export FLEETDASH_INSTANCE="${FLEETDASH_INSTANCE:-fleet}"
source "$here/versions.sh"
source "$here/fleet-env.sh"
mk() { "$CP_BIN/kubectl" --kubeconfig "$FLEET_MANAGER_KUBECONFIG" "$@"; }
gitrepo() { # namespace, name, repo, target YAML
  mk -n "$1" get gitrepo "$2" > /dev/null 2>&1 && return
  mk -n "$1" apply -f - > /dev/null <<GR
apiVersion: fleet.cattle.io/v1alpha1
kind: GitRepo
metadata: {name: $2}
spec:
  repo: $FLEET_GIT_URL/$3
  branch: master
  pollingInterval: 15s
  targets: [$4]
GR
}
gitrepo fleet-default web manifests '{clusterGroup: downstream}'
gitrepo fleet-default greeter helm '{clusterGroup: downstream}'
gitrepo fleet-default api kustomize '{clusterSelector: {matchExpressions: [{key: env, operator: Exists}]}}'
gitrepo fleet-default broken-yaml invalid-manifest '{clusterGroup: production}'
gitrepo fleet-default cache missing-dependency '{clusterGroup: production}'
gitrepo fleet-local local-settings cluster-config '{clusterName: local}'
mk -n fleet-default get helmop hello > /dev/null 2>&1 || mk -n fleet-default apply -f - > /dev/null <<HO
apiVersion: fleet.cattle.io/v1alpha1
kind: HelmOp
metadata: {name: hello}
spec:
  helm:
    repo: $FLEET_CHARTS_URL
    chart: hello
    version: 0.1.0
  namespace: demo-hello
  targets: [{clusterGroup: downstream}]
HO
echo "demo GitRepos and HelmOp applied (fleet-default: web, greeter, api, broken-yaml, cache, hello; fleet-local: local-settings)"
