#!/usr/bin/env bash
# Starts real Fleet on one machine: the manager's control plane (up.sh), two downstream clusters (each its own
# kube-apiserver on the shared etcd, with kube-controller-manager, kube-scheduler and kwok so workloads become
# Ready), Fleet's four controllers, a fleet-agent per cluster registered the way Fleet registers agents, the
# gitjob executor that plays the node for gitjob's pods, a git daemon and a Helm chart repository with the
# example sources. Instance `fleet` (the demo) by default; the real-Fleet e2e suite uses `fleet-test`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export FLEETDASH_INSTANCE="${FLEETDASH_INSTANCE:-fleet}"
source "$here/versions.sh"
source "$here/lib.sh"
source "$here/go-env.sh" "real Fleet"
bash "$here/build-fleet.sh"
bash "$here/up.sh"
t0=$SECONDS
pki="$CP_STATE/pki"
admin_token="$(awk -F, '$2=="admin"{print $1}' "$CP_STATE/tokens.csv")"
kcm_token="$(awk -F, '$2=="kube-controller-manager"{print $1}' "$CP_STATE/tokens.csv")"
source "$here/fleet-env.sh"

# A one-context kubeconfig: Fleet's bootstrap looks the cluster up by the current context's name.
kubeconfig_file() { # file, server, token
  cat > "$1.tmp" <<KC
apiVersion: v1
kind: Config
clusters:
- name: $(basename "$1" .kubeconfig)
  cluster: {server: "$2", certificate-authority-data: $(base64 -w0 < "$pki/ca.crt")}
contexts:
- name: $(basename "$1" .kubeconfig)
  context: {cluster: $(basename "$1" .kubeconfig), user: $(basename "$1" .kubeconfig)}
current-context: $(basename "$1" .kubeconfig)
users:
- name: $(basename "$1" .kubeconfig)
  user: {token: "$3"}
KC
  chmod 600 "$1.tmp"; mv "$1.tmp" "$1"
}
kubeconfig_file "$FLEET_MANAGER_KUBECONFIG" "$CP_SERVER" "$admin_token"
mk() { "$CP_BIN/kubectl" --kubeconfig "$FLEET_MANAGER_KUBECONFIG" "$@"; }

# Downstream clusters: one etcd prefix each, so each has its own kube-system UID (the agent's client ID).
for i in "${!DOWNSTREAM[@]}"; do
  name="${DOWNSTREAM[$i]}"; port=$((CP_APISERVER_PORT + i + 1)); server="https://127.0.0.1:$port"
  kc="$CP_STATE/$name.kubeconfig"; kcm="$CP_STATE/$name-kcm.kubeconfig"
  kubeconfig_file "$kc" "$server" "$admin_token"; kubeconfig_file "$kcm" "$server" "$kcm_token"
  start "$name-apiserver" "$CP_BIN/kube-apiserver" \
    --etcd-servers="http://127.0.0.1:$CP_ETCD_PORT" --etcd-prefix="/$name" \
    --bind-address=127.0.0.1 --secure-port="$port" --advertise-address=127.0.0.1 \
    --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" --client-ca-file="$pki/ca.crt" \
    --service-cluster-ip-range=10.0.0.0/24 --service-account-issuer="$server" \
    --service-account-key-file="$pki/sa.pub" --service-account-signing-key-file="$pki/sa.key" \
    --token-auth-file="$CP_STATE/tokens.csv" --authorization-mode=RBAC --anonymous-auth=false \
    --disable-admission-plugins=ServiceAccount,TaintNodesByCondition --allow-privileged=true --v=0
done
for i in "${!DOWNSTREAM[@]}"; do
  name="${DOWNSTREAM[$i]}"; kc="$CP_STATE/$name.kubeconfig"; kcm="$CP_STATE/$name-kcm.kubeconfig"
  wait_for "$name kube-apiserver" 90 "$CP_BIN/kubectl" --kubeconfig "$kc" get --raw /readyz
  # No node lifecycle controller (nor the not-ready taint it would lift): kwok's nodes have no kubelet heartbeat.
  start "$name-controller-manager" "$CP_BIN/kube-controller-manager" --kubeconfig="$kcm" \
    --authentication-skip-lookup=true --controllers='*,-nodelifecycle,-nodeipam' \
    --use-service-account-credentials=false --leader-elect=false \
    --service-account-private-key-file="$pki/sa.key" --root-ca-file="$pki/ca.crt" --bind-address=127.0.0.1 --secure-port=0 --v=0
  start "$name-scheduler" "$CP_BIN/kube-scheduler" --kubeconfig="$kcm" --leader-elect=false --secure-port=0 --v=0
  start "$name-kwok" "$KWOK_BIN/kwok" --kubeconfig="$kc" --config="$KWOK_BIN/stages.yaml" \
    --manage-nodes-with-label-selector=type=kwok --server-address="127.0.0.1:$((FLEET_PORT + 40 + i))"
  "$CP_BIN/kubectl" --kubeconfig "$kc" apply -f - > /dev/null <<NODE
apiVersion: v1
kind: Node
metadata:
  name: $name-node-1
  labels: {type: kwok, kubernetes.io/os: linux, kubernetes.io/arch: amd64, kubernetes.io/hostname: $name-node-1}
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
NODE
done

# What Fleet's chart installs on the manager besides the controllers (charts/fleet/templates/).
fleet_src="$(module_dir "github.com/rancher/fleet@v$FLEET_VERSION")"
grep -v '{{' "$fleet_src/charts/fleet/templates/configmap_known_hosts.yaml" | mk -n "$FLEET_NAMESPACE" apply -f - > /dev/null
mk -n "$FLEET_NAMESPACE" apply -f - > /dev/null <<CM
apiVersion: v1
kind: ConfigMap
metadata: {name: fleet-controller}
data:
  config: |
    {"apiServerURL": "$CP_SERVER", "apiServerCA": "$(base64 -w0 < "$pki/ca.crt")",
     "agentCheckinInterval": "$FLEET_CHECKIN", "agentTLSMode": "strict",
     "bootstrap": {"namespace": "fleet-local", "agentNamespace": "cattle-fleet-local-system"},
     "gitClientTimeout": "30s"}
---
# gitjob reads the controller Deployment's tolerations and pull secrets; nothing runs it here.
apiVersion: apps/v1
kind: Deployment
metadata: {name: fleet-controller}
spec:
  replicas: 0
  selector: {matchLabels: {app: fleet-controller}}
  template:
    metadata: {labels: {app: fleet-controller}}
    spec: {containers: [{name: fleet-controller, image: "rancher/fleet:v$FLEET_VERSION"}]}
CM

# Fleet's controllers, each its own process as in Fleet's chart (deployment.yaml, deployment_gitjob.yaml, ...).
# The agents run as processes here, so the agent Deployments Fleet manages get no replicas (FLEET_AGENT_REPLICA_COUNT).
# Schedules are experimental in Fleet v0.16.0: only reconciled with EXPERIMENTAL_SCHEDULES=true
# (internal/experimental/experimental.go, checked in internal/cmd/controller/operator.go).
fleet_proc() { # name, port offset, args...
  local name="$1" p=$((FLEET_PORT + $2)); shift 2
  mkdir -p "$CP_STATE/home/$name"
  start "$name" env -u KUBERNETES_SERVICE_HOST KUBECONFIG="$FLEET_MANAGER_KUBECONFIG" NAMESPACE="$FLEET_NAMESPACE" \
    HOME="$CP_STATE/home/$name" "${FLEET_ELECTION[@]}" FLEET_AGENT_REPLICA_COUNT=0 EXPERIMENTAL_SCHEDULES=true \
    FLEET_METRICS_BIND_ADDRESS="127.0.0.1:$p" FLEET_HEALTHPROBE_BIND_ADDRESS="127.0.0.1:$((p + 1))" \
    GITOPS_METRICS_BIND_ADDRESS="127.0.0.1:$p" HELMOPS_METRICS_BIND_ADDRESS="127.0.0.1:$p" \
    "$FLEET_BIN/fleetcontroller" "$@"
}
fleet_proc fleet-controller 0 --leader-elect=false
fleet_proc fleet-gitjob 2 gitjob --leader-elect=false --gitjob-image "rancher/fleet:v$FLEET_VERSION" \
  --listen "127.0.0.1:$((FLEET_PORT + 4))" --metrics-bind-address "127.0.0.1:$((FLEET_PORT + 2))"
fleet_proc fleet-helmops 5 helmops --leader-elect=false --metrics-bind-address "127.0.0.1:$((FLEET_PORT + 5))"
fleet_proc fleet-agentmanagement 7 agentmanagement
start gitjob-executor bash "$CP_ROOT/scripts/node.sh" "$CP_ROOT/scripts/gitjob-executor/main.ts" \
  --kubeconfig "$FLEET_MANAGER_KUBECONFIG" --context fleet-manager --fleet-bin "$FLEET_BIN/fleet" --work-dir "$CP_STATE/executor"

# Sources: example git repositories behind git daemon (smart protocol) and a Helm chart repository.
bash "$here/fleet-sources.sh"

# Agents. fleet-local is manager-initiated: agentmanagement writes fleet-agent-bootstrap next to the manager's
# own agent (controllers/cluster/import.go); downstream clusters register with a ClusterRegistrationToken.
agent() { # name, kubeconfig of its cluster, agent namespace, port offset
  mkdir -p "$CP_STATE/home/agent-$1"
  start "agent-$1" env -u KUBERNETES_SERVICE_HOST KUBECONFIG="$2" NAMESPACE="$3" HOME="$CP_STATE/home/agent-$1" \
    CHECKIN_INTERVAL="$FLEET_CHECKIN" FLEET_AGENT_PPROF_DISABLED=true "${FLEET_ELECTION[@]}" \
    FLEET_AGENT_METRICS_BIND_ADDRESS="127.0.0.1:$((FLEET_PORT + $4))" FLEET_AGENT_PROBE_BIND_ADDRESS="127.0.0.1:$((FLEET_PORT + $4 + 1))" \
    "$FLEET_BIN/fleetagent" --leader-elect=false
}
wait_for "fleet-local's bootstrap Secret from agentmanagement" 120 mk -n cattle-fleet-local-system get secret fleet-agent-bootstrap
agent local "$FLEET_MANAGER_KUBECONFIG" cattle-fleet-local-system 10

mk -n fleet-default apply -f - > /dev/null <<TOKEN
apiVersion: fleet.cattle.io/v1alpha1
kind: ClusterRegistrationToken
metadata: {name: local-agents}
spec: {ttl: 0s}
TOKEN
wait_for "registration token values from agentmanagement" 120 mk -n fleet-default get secret local-agents -o jsonpath='{.data.values}'
values="$(mk -n fleet-default get secret local-agents -o jsonpath='{.data.values}')"
for i in "${!DOWNSTREAM[@]}"; do
  name="${DOWNSTREAM[$i]}"; kc="$CP_STATE/$name.kubeconfig"; dk() { "$CP_BIN/kubectl" --kubeconfig "$kc" "$@"; }
  # Pre-created with spec.clientID so registration keeps the readable name (agentmanagement's clusterregistration).
  mk -n fleet-default apply -f - > /dev/null <<CLUSTER
apiVersion: fleet.cattle.io/v1alpha1
kind: Cluster
metadata:
  name: $name
  labels: {${DOWNSTREAM_LABELS[$i]}}
spec: {clientID: $name}
CLUSTER
  dk create namespace "$FLEET_NAMESPACE" --dry-run=client -o yaml | dk apply -f - > /dev/null
  dk -n "$FLEET_NAMESPACE" apply -f - > /dev/null <<BOOT
apiVersion: v1
kind: Secret
metadata: {name: fleet-agent-bootstrap}
data: {values: $values}
---
# charts/fleet-agent/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata: {name: fleet-agent}
data:
  config: '{"clientID": "$name", "labels": {${DOWNSTREAM_LABELS[$i]}}, "agentTLSMode": "strict"}'
BOOT
  agent "$name" "$kc" "$FLEET_NAMESPACE" $((12 + 2 * i))
done

# Cluster groups so that targets mean something.
mk -n fleet-default apply -f - > /dev/null <<GROUPS
apiVersion: fleet.cattle.io/v1alpha1
kind: ClusterGroup
metadata: {name: downstream}
spec: {selector: {matchExpressions: [{key: env, operator: Exists}]}}
---
apiVersion: fleet.cattle.io/v1alpha1
kind: ClusterGroup
metadata: {name: production}
spec: {selector: {matchLabels: {env: prod}}}
GROUPS
for name in local "${DOWNSTREAM[@]}"; do
  ns=fleet-default; [ "$name" = local ] && ns=fleet-local
  wait_for "cluster $name's agent to check in" 180 bash -c "[ -n \"\$('$CP_BIN/kubectl' --kubeconfig '$FLEET_MANAGER_KUBECONFIG' -n $ns get cluster $name -o jsonpath='{.status.agent.lastSeen}')\" ]"
done
echo "real Fleet v$FLEET_VERSION ready in $((SECONDS - t0))s: manager $CP_SERVER, clusters local ${DOWNSTREAM[*]}; git $FLEET_GIT_URL, charts $FLEET_CHARTS_URL"
