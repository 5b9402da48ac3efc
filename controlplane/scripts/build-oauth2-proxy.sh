#!/usr/bin/env bash
# Builds oauth2-proxy from the wrapper module controlplane/oauth2-proxy into the per-user cache, keyed by version, like
# build-helm.sh does for Helm. e2e/proxy.spec.ts runs it in front of the dashboard against the local OpenID provider.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/versions.sh"
source "$here/scripts/go-env.sh" "oauth2-proxy"
[ -x "$OAUTH2_PROXY_BIN/oauth2-proxy" ] && exit 0
mkdir -p "$OAUTH2_PROXY_BIN"
echo "building oauth2-proxy v$OAUTH2_PROXY_VERSION (cold build: about 2 minutes on 2 cores)..."
start=$SECONDS
# The same version stamp as oauth2-proxy's Makefile, so `oauth2-proxy --version` names the release.
(cd "$here/oauth2-proxy" && go build -trimpath -ldflags "-s -w -X github.com/oauth2-proxy/oauth2-proxy/v7/pkg/version.VERSION=v$OAUTH2_PROXY_VERSION" \
  -o "$OAUTH2_PROXY_BIN/oauth2-proxy.tmp" github.com/oauth2-proxy/oauth2-proxy/v7)
mv "$OAUTH2_PROXY_BIN/oauth2-proxy.tmp" "$OAUTH2_PROXY_BIN/oauth2-proxy"
echo "built oauth2-proxy in $((SECONDS - start))s"
