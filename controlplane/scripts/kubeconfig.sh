#!/usr/bin/env bash
# Writes .cache/kubeconfig with one context per local user (admin, operator, viewer, fleet-dashboard)
# and a private one for kube-controller-manager.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
ca_b64="$(base64 -w0 < "$CP_STATE/pki/ca.crt")"
token_of() { awk -F, -v u="$1" '$2 == u { print $1 }' "$CP_STATE/tokens.csv"; }
write() { # file, current-context, users...
  local file="$1" current="$2"; shift 2
  {
    echo "apiVersion: v1"
    echo "kind: Config"
    echo "clusters:"
    echo "- name: local"
    echo "  cluster:"
    echo "    server: $CP_SERVER"
    echo "    certificate-authority-data: $ca_b64"
    echo "contexts:"
    for u in "$@"; do printf -- "- name: %s\n  context:\n    cluster: local\n    user: %s\n" "$u" "$u"; done
    echo "current-context: $current"
    echo "users:"
    for u in "$@"; do printf -- "- name: %s\n  user:\n    token: %s\n" "$u" "$(token_of "$u")"; done
  } > "$file.tmp"
  chmod 600 "$file.tmp"; mv "$file.tmp" "$file"
}
write "$CP_KUBECONFIG" admin admin operator viewer fleet-dashboard
write "$CP_STATE/kcm.kubeconfig" kube-controller-manager kube-controller-manager
