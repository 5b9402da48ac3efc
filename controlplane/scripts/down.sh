#!/usr/bin/env bash
# Stops the local control plane and whatever else the instance started. With --purge also deletes its data (etcd, certificates, tokens).
set -euo pipefail
source "$(dirname "$0")/versions.sh"
source "$(dirname "$0")/lib.sh"
# Everything the instance started (Fleet's processes and downstream clusters too), the control plane last.
for pidfile in "$CP_STATE"/*.pid; do
  [ -e "$pidfile" ] || continue
  name="$(basename "$pidfile" .pid)"
  case "$name" in etcd|kube-apiserver|kube-controller-manager) ;; *) stop "$name" ;; esac
done
for name in kube-controller-manager kube-apiserver etcd; do stop "$name"; done
if [ "${1:-}" = "--purge" ]; then rm -rf "$CP_STATE" "$CP_KUBECONFIG"; echo "control plane stopped and purged"; else echo "control plane stopped"; fi
