#!/usr/bin/env bash
# Records objects as real Fleet wrote them (the demo instance, after `npm run demo` has settled) into
# lib/fleet/testdata/real-fleet/, for unit tests that check the dashboard reads Fleet's own output right. For the
# Modified examples, first change web-config by hand on staging-eu (kubectl patch --field-manager=kubectl-edit).
# managedFields, uids and resourceVersions are dropped; everything Fleet wrote (spec, status, labels) is kept.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export FLEETDASH_INSTANCE="${FLEETDASH_INSTANCE:-fleet}"
source "$here/versions.sh"
source "$here/fleet-env.sh"
out="$CP_ROOT/lib/fleet/testdata/real-fleet"
mkdir -p "$out"
mk() { "$CP_BIN/kubectl" --kubeconfig "$FLEET_MANAGER_KUBECONFIG" "$@"; }
record() { # file, kubectl get arguments...
  local file="$1"; shift
  mk get "$@" -o json | "$CP_ROOT/node_modules/.bin/node" -e '
    const o = JSON.parse(require("fs").readFileSync(0, "utf8"));
    for (const k of ["managedFields", "uid", "resourceVersion", "selfLink"]) delete o.metadata[k];
    for (const r of o.metadata.ownerReferences ?? []) delete r.uid;
    process.stdout.write(JSON.stringify(o, null, 2) + "\n");' > "$out/$file.json"
  echo "recorded $file"
}
bd_ns() { mk get bundledeployments -A -o jsonpath="{range .items[?(@.metadata.name==\"$1\")]}{.metadata.namespace}{\" \"}{.metadata.labels.fleet\\.cattle\\.io/cluster}{\"\\n\"}{end}" | awk -v c="$2" '$2==c{print $1}'; }
record gitrepo-ready -n fleet-default gitrepo greeter
record gitrepo-modified -n fleet-default gitrepo web
record gitrepo-errapplied -n fleet-default gitrepo broken-yaml
record gitrepo-stalled -n fleet-default gitrepo cache
record bundle-ready -n fleet-default bundle greeter
record bundle-errapplied -n fleet-default bundle broken-yaml
record bundledeployment-modified -n "$(bd_ns web staging-eu)" bundledeployment web
record bundledeployment-errapplied -n "$(bd_ns broken-yaml prod-us)" bundledeployment broken-yaml
record cluster-downstream -n fleet-default cluster prod-us
record cluster-local -n fleet-local cluster local
record helmop-ready -n fleet-default helmop hello
