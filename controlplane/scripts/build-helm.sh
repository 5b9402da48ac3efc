#!/usr/bin/env bash
# Builds Helm's CLI from the wrapper module controlplane/helm into the per-user cache, keyed by version, like
# build.sh does for the control plane. scripts/chart-check.sh uses it to lint and render deploy/chart/fleet-dashboard.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/versions.sh"
source "$here/scripts/go-env.sh" "Helm"
[ -x "$HELM_BIN/helm" ] && exit 0
mkdir -p "$HELM_BIN"
echo "building helm v$HELM_VERSION (cold build: a few minutes on 2 cores)..."
start=$SECONDS
# The same version stamp as Helm's Makefile, so `helm version` names the release.
(cd "$here/helm" && go build -trimpath -ldflags "-s -w -X helm.sh/helm/v4/internal/version.version=v$HELM_VERSION -X helm.sh/helm/v4/internal/version.gitTreeState=clean" \
  -o "$HELM_BIN/helm.tmp" helm.sh/helm/v4/cmd/helm)
mv "$HELM_BIN/helm.tmp" "$HELM_BIN/helm"
echo "built helm in $((SECONDS - start))s"
