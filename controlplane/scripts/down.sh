#!/usr/bin/env bash
# Stops the local control plane. With --purge also deletes its data (etcd, certificates, tokens).
set -euo pipefail
source "$(dirname "$0")/versions.sh"
for name in kube-controller-manager kube-apiserver etcd; do
  pidfile="$CP_STATE/$name.pid"
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
done
if [ "${1:-}" = "--purge" ]; then rm -rf "$CP_STATE" "$CP_KUBECONFIG"; echo "control plane stopped and purged"; else echo "control plane stopped"; fi
