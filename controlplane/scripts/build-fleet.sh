#!/usr/bin/env bash
# Builds Fleet's own binaries (fleetcontroller, fleetagent, the `fleet` CLI) and kwok from the wrapper module
# controlplane/fleet into the per-user cache, keyed by version, like build.sh does for the control plane.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/versions.sh"
source "$here/scripts/go-env.sh" "Fleet's binaries"
mkdir -p "$FLEET_BIN" "$KWOK_BIN"
build() { # output, package, ldflags
  [ -x "$1" ] && return
  echo "building $(basename "$1") (cold build: several minutes on 2 cores)..."
  local start=$SECONDS
  (cd "$here/fleet" && go build -trimpath -ldflags "$3" -o "$1.tmp" "$2")
  mv "$1.tmp" "$1"
  echo "built $(basename "$1") in $((SECONDS - start))s"
}
stamp="-s -w -X github.com/rancher/fleet/pkg/version.Version=v$FLEET_VERSION -X github.com/rancher/fleet/pkg/version.GitCommit=$FLEET_COMMIT"
build "$FLEET_BIN/fleetcontroller" github.com/rancher/fleet/cmd/fleetcontroller "$stamp"
build "$FLEET_BIN/fleetagent" github.com/rancher/fleet/cmd/fleetagent "$stamp"
build "$FLEET_BIN/fleet" github.com/rancher/fleet/cmd/fleetcli "$stamp"
build "$KWOK_BIN/kwok" sigs.k8s.io/kwok/cmd/kwok "-s -w"
# kwok's stage configuration: its own "fast" node and pod stages (kustomize/stage in the kwok module), joined.
if [ ! -s "$KWOK_BIN/stages.yaml" ]; then
  kwok_src="$(module_dir "sigs.k8s.io/kwok@v$KWOK_VERSION")"
  for f in node/fast/node-initialize pod/fast/pod-ready pod/fast/pod-complete pod/fast/pod-delete; do
    echo "---"; cat "$kwok_src/kustomize/stage/$f.yaml"
  done > "$KWOK_BIN/stages.yaml.tmp"
  mv "$KWOK_BIN/stages.yaml.tmp" "$KWOK_BIN/stages.yaml"
fi
