#!/usr/bin/env bash
# Starts the local control plane (etcd, kube-apiserver, kube-controller-manager) on 127.0.0.1, builds it
# first if needed, installs Fleet's CRDs and the local users' RBAC, and returns once it is ready.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/versions.sh"
bash "$here/build.sh"
bash "$here/certs.sh"
bash "$here/kubeconfig.sh"
mkdir -p "$CP_STATE/logs" "$CP_STATE/etcd"
source "$here/lib.sh"
source "$here/go-env.sh" "the control plane"
kubectl() { "$CP_BIN/kubectl" --kubeconfig "$CP_KUBECONFIG" --context admin "$@"; }
t0=$SECONDS

start etcd "$CP_BIN/etcd" --name local --data-dir "$CP_STATE/etcd" \
  --listen-client-urls "http://127.0.0.1:$CP_ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$CP_ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$((CP_ETCD_PORT + 1))" --initial-advertise-peer-urls "http://127.0.0.1:$((CP_ETCD_PORT + 1))" \
  --initial-cluster "local=http://127.0.0.1:$((CP_ETCD_PORT + 1))" \
  --unsafe-no-fsync=true --quota-backend-bytes=8589934592 --log-level=warn
wait_for etcd 30 curl -sf "http://127.0.0.1:$CP_ETCD_PORT/health"

pki="$CP_STATE/pki"
# The test instance (or any with FLEETDASH_OIDC=1) also runs a local OpenID provider, and its API server trusts that
# issuer's ID tokens through a structured authentication configuration: username from preferred_username and groups
# from groups, both prefixed `oidc:` (manifests/rbac.yaml binds oidc:fleet-operators and oidc:fleet-viewers). The
# provider starts first; the API server fetches the issuer's discovery in the background and retries until it answers.
oidc_flags=()
if [ "${FLEETDASH_INSTANCE:-dev}" = test ] || [ "${FLEETDASH_OIDC:-}" = 1 ]; then
  e2e_port="${E2E_PORT:-3100}" redirects="" logouts=""
  for p in $(seq "$e2e_port" $((e2e_port + 4))); do
    redirects+="http://127.0.0.1:$p/api/auth/oidc/callback,"; logouts+="http://127.0.0.1:$p/signin,"
  done
  # oauth2-proxy in front of the auth-proxy mode dashboard (e2e/proxy.spec.ts) listens on the e2e port + 5.
  proxy_redirects="http://127.0.0.1:$((e2e_port + 5))/oauth2/callback"
  OIDC_PORT="$CP_OIDC_PORT" OIDC_TLS_CERT="$pki/oidc.crt" OIDC_TLS_KEY="$pki/oidc.key" OIDC_CLIENT_ID=fleet-dashboard \
    OIDC_CLIENT_SECRET="$(cat "$CP_STATE/oidc-client-secret")" OIDC_REDIRECT_URIS="$redirects" \
    OIDC_POST_LOGOUT_REDIRECT_URIS="$logouts" OIDC_ID_TOKEN_TTL="${FLEETDASH_OIDC_ID_TOKEN_TTL:-3600}" \
    OIDC_PROXY_CLIENT_SECRET="$(cat "$CP_STATE/oauth2-proxy-client-secret")" OIDC_PROXY_REDIRECT_URIS="$proxy_redirects" \
    start oidc-provider "$CP_ROOT/node_modules/.bin/node" "$CP_ROOT/scripts/oidc/provider.mjs"
  {
    echo "apiVersion: apiserver.config.k8s.io/v1"
    echo "kind: AuthenticationConfiguration"
    echo "jwt:"
    echo "- issuer:"
    echo "    url: $CP_OIDC_ISSUER"
    echo "    audiences: [fleet-dashboard]"
    echo "    certificateAuthority: |"
    sed 's/^/      /' "$pki/ca.crt"
    echo "  claimMappings:"
    echo "    username: {claim: preferred_username, prefix: 'oidc:'}"
    echo "    groups: {claim: groups, prefix: 'oidc:'}"
  } > "$CP_STATE/authentication-config.yaml.tmp"
  # Replaced in one step: a running API server reloads this file when it changes, and must never read half of it.
  mv "$CP_STATE/authentication-config.yaml.tmp" "$CP_STATE/authentication-config.yaml"
  oidc_flags=(--authentication-config="$CP_STATE/authentication-config.yaml")
fi
start kube-apiserver "$CP_BIN/kube-apiserver" \
  --etcd-servers="http://127.0.0.1:$CP_ETCD_PORT" \
  --bind-address=127.0.0.1 --secure-port="$CP_APISERVER_PORT" --advertise-address=127.0.0.1 \
  --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" --client-ca-file="$pki/ca.crt" \
  --service-cluster-ip-range=10.0.0.0/24 \
  --service-account-issuer="$CP_SERVER" \
  --service-account-key-file="$pki/sa.pub" --service-account-signing-key-file="$pki/sa.key" \
  --token-auth-file="$CP_STATE/tokens.csv" \
  --authorization-mode=RBAC --anonymous-auth=false \
  --disable-admission-plugins=ServiceAccount --allow-privileged=true \
  --max-requests-inflight=1200 --max-mutating-requests-inflight=600 \
  --storage-media-type=application/vnd.kubernetes.protobuf --v=1 "${oidc_flags[@]}"
apiserver_ready() { curl -sf --cacert "$pki/ca.crt" -H "Authorization: Bearer $(awk -F, '$2=="admin"{print $1}' "$CP_STATE/tokens.csv")" "$CP_SERVER/readyz"; }
wait_for kube-apiserver 90 apiserver_ready

start kube-controller-manager "$CP_BIN/kube-controller-manager" \
  --kubeconfig="$CP_STATE/kcm.kubeconfig" --authentication-skip-lookup=true \
  --controllers=namespace,garbagecollector,serviceaccount,serviceaccount-token,job,deployment,replicaset \
  --use-service-account-credentials=false --leader-elect=false \
  --service-account-private-key-file="$pki/sa.key" --root-ca-file="$pki/ca.crt" \
  --bind-address=127.0.0.1 --secure-port=0 --v=1

crds="$CP_BIN/fleet-crds-v$FLEET_VERSION.yaml"
if [ ! -s "$crds" ]; then
  dir="$(module_dir "github.com/rancher/fleet@v$FLEET_VERSION")"
  cp "$dir/charts/fleet-crd/templates/crds.yaml" "$crds.tmp" && mv "$crds.tmp" "$crds"
fi
kubectl apply --server-side --force-conflicts -f "$crds" > /dev/null
for ns in fleet-local fleet-default cattle-fleet-system; do kubectl create namespace "$ns" --dry-run=client -o yaml | kubectl apply -f - > /dev/null; done
kubectl apply -f "$CP_ROOT/controlplane/manifests/rbac.yaml" > /dev/null
kubectl wait --for condition=established --timeout=60s crd --all > /dev/null
echo "control plane ready at $CP_SERVER in $((SECONDS - t0))s (kubeconfig: $CP_KUBECONFIG, contexts: admin operator viewer)"
