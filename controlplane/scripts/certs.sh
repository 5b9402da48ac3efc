#!/usr/bin/env bash
# Generates, once per clone, the CA, the apiserver serving certificate, the service-account key pair and
# random static tokens for the local users.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
pki="$CP_STATE/pki"
mkdir -p "$pki"
umask 077
if [ ! -f "$pki/ca.crt" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=fleet-dashboard-local-ca" \
    -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
fi
if [ ! -f "$pki/apiserver.crt" ]; then
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" -keyout "$pki/apiserver.key" -out "$pki/apiserver.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default.svc\nextendedKeyUsage=serverAuth\n' > "$pki/apiserver.ext"
  openssl x509 -req -in "$pki/apiserver.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 3650 \
    -extfile "$pki/apiserver.ext" -out "$pki/apiserver.crt" 2>/dev/null
fi
# The local OpenID provider's serving certificate, from the same CA (the API server trusts the issuer through it).
if [ ! -f "$pki/oidc.crt" ]; then
  openssl req -newkey rsa:2048 -nodes -subj "/CN=local-oidc-provider" -keyout "$pki/oidc.key" -out "$pki/oidc.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$pki/oidc.ext"
  openssl x509 -req -in "$pki/oidc.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 3650 \
    -extfile "$pki/oidc.ext" -out "$pki/oidc.crt" 2>/dev/null
fi
# The OAuth client secret the dashboard uses at that provider.
[ -f "$CP_STATE/oidc-client-secret" ] || openssl rand -hex 24 > "$CP_STATE/oidc-client-secret"
[ -f "$CP_STATE/oauth2-proxy-client-secret" ] || openssl rand -hex 24 > "$CP_STATE/oauth2-proxy-client-secret"
if [ ! -f "$pki/sa.key" ]; then
  openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
  openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
fi
# token,user,uid,"groups": admin is cluster-admin through system:masters; the others get RBAC from manifests/rbac.yaml.
if [ ! -f "$CP_STATE/tokens.csv" ]; then
  tok() { openssl rand -hex 24; }
  {
    echo "$(tok),admin,uid-admin,\"system:masters\""
    echo "$(tok),operator,uid-operator,\"fleet-operators\""
    echo "$(tok),viewer,uid-viewer,\"fleet-viewers\""
    echo "$(tok),fleet-dashboard,uid-fleet-dashboard,\"fleet-dashboard\""
    echo "$(tok),kube-controller-manager,uid-kcm,\"system:masters\""
  } > "$CP_STATE/tokens.csv"
fi
