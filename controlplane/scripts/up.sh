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
  --storage-media-type=application/vnd.kubernetes.protobuf --v=1
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
