#!/usr/bin/env bash
# Builds kube-apiserver, kube-controller-manager, kube-scheduler (downstream clusters), kubectl and etcd from
# the Go module proxy into a per-user cache outside the clone, keyed by version, so later clones start in seconds.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/scripts/versions.sh"
mkdir -p "$CP_BIN"
source "$here/scripts/go-env.sh" "the control plane"

build_date="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=v$K8S_VERSION -X $pkg.gitMajor=${K8S_VERSION%%.*}"
  minor="${K8S_VERSION#*.}"; minor="${minor%%.*}"
  ldflags+=" -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean -X $pkg.buildDate=$build_date"
done

for cmd in kube-apiserver kube-controller-manager kube-scheduler kubectl; do
  if [ ! -x "$CP_BIN/$cmd" ]; then
    echo "building $cmd v$K8S_VERSION (cold build: several minutes on 2 cores)..."
    start=$SECONDS
    (cd "$here/k8s" && go build -trimpath -ldflags "$ldflags" -o "$CP_BIN/$cmd.tmp" "k8s.io/kubernetes/cmd/$cmd")
    mv "$CP_BIN/$cmd.tmp" "$CP_BIN/$cmd"
    echo "built $cmd in $((SECONDS - start))s"
  fi
done

if [ ! -x "$CP_BIN/etcd" ]; then
  echo "building etcd v$ETCD_VERSION..."
  start=$SECONDS
  (cd "$here/etcd" && go build -trimpath -ldflags "-s -w" -o "$CP_BIN/etcd.tmp" go.etcd.io/etcd/server/v3)
  mv "$CP_BIN/etcd.tmp" "$CP_BIN/etcd"
  echo "built etcd in $((SECONDS - start))s"
fi
