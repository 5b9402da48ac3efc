#!/usr/bin/env bash
# Validates the Helm chart (deploy/chart/fleet-dashboard) against the running local API server: `helm lint`, then for
# the defaults and every documented combination of values `helm template` piped to a server-side dry-run apply as
# admin, in a namespace that enforces the "restricted" Pod Security Standard (its warnings fail the check), plus a
# few facts about what each combination renders; and values the chart must refuse. Failures name the combination.
# Needs the control plane of $FLEETDASH_INSTANCE up (scripts/test.sh runs it while the `test` instance is).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/controlplane/scripts/versions.sh"
bash "$root/controlplane/scripts/build-helm.sh" || exit 1
chart="$root/deploy/chart/fleet-dashboard"
ns=fleet-dashboard-chart-check
helm() { "$HELM_BIN/helm" "$@"; }
kc() { "$CP_BIN/kubectl" --kubeconfig "$CP_KUBECONFIG" --context admin "$@"; }
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
failures=()
fail() { failures+=("$1: $2"); echo "FAIL $1: $2" >&2; }

# A fresh namespace each run (an earlier run's may still be terminating).
kc delete namespace "$ns" --ignore-not-found --timeout=120s > /dev/null || exit 1
kc create namespace "$ns" > /dev/null || exit 1
kc label --overwrite namespace "$ns" pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/warn=restricted > /dev/null || exit 1

# name|helm arguments (word-split; values contain no spaces)
combos=(
  "defaults|"
  "ingress on|--set ingress.enabled=true --set ingress.className=nginx --set-json ingress.tls=[{\"secretName\":\"fleet-dashboard-tls\",\"hosts\":[\"fleet-dashboard.example.com\"]}]"
  "networkPolicy on|--set networkPolicy.enabled=true --set-json networkPolicy.ingressFrom=[{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"ingress-nginx\"}}}] --set networkPolicy.apiServerCIDRs={10.0.0.1/32}"
  "existing session Secret|--set session.existingSecret=my-session --set session.secretKey=key"
  "authProxy on|--set authProxy.enabled=true --set authProxy.sharedSecret.existingSecret=proxy-secret --set authProxy.impersonableGroups={fleet-operators,fleet-viewers}"
  "oidc on|--set oidc.enabled=true --set oidc.issuerUrl=https://id.example.com --set oidc.clientId=fleet-dashboard --set oidc.clientSecret.existingSecret=oidc"
  "base path and metrics|--set basePath=/fleet --set ingress.enabled=true --set metrics.enabled=true --set metrics.token.existingSecret=metrics-token --set logging.format=text"
  "oidc with a private CA and redirect URL|--set oidc.enabled=true --set oidc.issuerUrl=https://id.corp.internal --set oidc.clientId=fleet-dashboard --set oidc.clientSecret.existingSecret=oidc --set oidc.caBundle.configMap=corp-ca --set oidc.redirectUrl=https://fleet.example.com/api/auth/oidc/callback --set oidc.refreshBeforeSeconds=300"
  "3 replicas|--set replicaCount=3 --set image.digest=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
  "no ServiceAccount or RBAC created|--set serviceAccount.create=false --set serviceAccount.name=existing-sa --set rbac.create=false"
  "everything on|--set replicaCount=2 --set ingress.enabled=true --set networkPolicy.enabled=true --set session.existingSecret=my-session --set authProxy.enabled=true --set authProxy.sharedSecret.existingSecret=proxy-secret --set oidc.enabled=true --set oidc.issuerUrl=https://id.example.com --set oidc.clientId=fleet-dashboard --set oidc.clientSecret.existingSecret=oidc"
)
# What each combination must (+) or must not (-) render, as extended regular expressions.
declare -A expect=(
  ["defaults"]="-kind: Ingress|-kind: NetworkPolicy|-impersonate|-FLEETDASH_OIDC|-FLEETDASH_AUTH_PROXY|+name: FLEETDASH_SESSION_PREVIOUS_SECRETS|+kind: Secret|+readOnlyRootFilesystem: true|+name: FLEETDASH_SESSION_SECRET|+resourceNames: \[\"fleet-controller\"\]|+namespace: cattle-fleet-system|+replicas: 1$|+path: /api/health/live$|+path: /api/health/ready$|+name: NEXT_MANUAL_SIG_HANDLE|-FLEETDASH_METRICS|-FLEETDASH_BASE_PATH|+kind: ConfigMap|+resourceNames: \[\"fd-fleet-dashboard-signed-out\"\]|+verbs: \[\"get\", \"patch\"\]|+value: \"fd-fleet-dashboard-signed-out\""
  ["base path and metrics"]="+path: /fleet/api/health/ready$|+path: /fleet$|+value: \"/fleet\"|+name: FLEETDASH_METRICS$|+name: metrics-token|+value: \"text\""
  ["ingress on"]="+kind: Ingress|+value: \"https://fleet-dashboard.example.com\"|+name: FLEETDASH_TRUST_PROXY|+value: \"fleet-dashboard.example.com\""
  ["networkPolicy on"]="+kind: NetworkPolicy|+cidr: 10.0.0.1/32|+ingress-nginx"
  ["existing session Secret"]="-kind: Secret|+name: my-session|+key: key"
  ["authProxy on"]="+verbs: \[\"impersonate\"\]|+- fleet-operators|+name: FLEETDASH_AUTH_PROXY_SECRET|+name: FLEETDASH_AUTH_PROXY_SECRET_HEADER"
  ["oidc on"]="+name: FLEETDASH_OIDC_ISSUER_URL|+name: FLEETDASH_OIDC_CLIENT_SECRET|+name: FLEETDASH_OIDC_REFRESH_BEFORE_S|-impersonate|-NODE_EXTRA_CA_CERTS"
  ["oidc with a private CA and redirect URL"]="+name: NODE_EXTRA_CA_CERTS|+value: /etc/fleet-dashboard/oidc-ca/ca.crt|+name: corp-ca|+name: FLEETDASH_OIDC_REDIRECT_URL|+value: \"300\""
  ["3 replicas"]="+replicas: 3$|+topologySpreadConstraints|+@sha256:0123"
  ["no ServiceAccount or RBAC created"]="-kind: ServiceAccount|-kind: ClusterRole|-kind: Role$|+serviceAccountName: existing-sa"
  ["everything on"]="+kind: Ingress|+kind: NetworkPolicy|+impersonate|+FLEETDASH_OIDC_CLIENT_ID|-kind: Secret"
)

echo "helm $(helm version --short) against $CP_SERVER"
helm lint --strict "$chart" > "$out/lint" 2>&1 || { cat "$out/lint" >&2; fail "defaults" "helm lint failed"; }
for combo in "${combos[@]}"; do
  name="${combo%%|*}"; read -r -a args <<< "${combo#*|}"
  if ! helm lint --strict "$chart" "${args[@]}" > "$out/lint" 2>&1; then cat "$out/lint" >&2; fail "$name" "helm lint failed"; continue; fi
  if ! helm template fd "$chart" -n "$ns" "${args[@]}" > "$out/manifest" 2> "$out/err"; then cat "$out/err" >&2; fail "$name" "helm template failed"; continue; fi
  if ! kc apply --dry-run=server -f "$out/manifest" > "$out/applied" 2> "$out/err"; then
    cat "$out/err" >&2; fail "$name" "the API server rejected the rendered manifest"; continue
  fi
  if grep -q 'would violate PodSecurity' "$out/err"; then cat "$out/err" >&2; fail "$name" "pods would violate the restricted Pod Security Standard"; fi
  IFS='|' read -r -a checks <<< "${expect[$name]:-}"
  for check in "${checks[@]}"; do
    pattern="${check:1}"
    if [ "${check:0:1}" = + ]; then grep -Eq -- "$pattern" "$out/manifest" || fail "$name" "renders nothing matching /$pattern/"
    else ! grep -Eq -- "$pattern" "$out/manifest" || fail "$name" "renders /$pattern/, which it must not"; fi
  done
  echo "ok   $name ($(grep -c '^kind:' "$out/manifest") objects accepted by the API server)"
done

# The generated session key is kept: with the Secret in the cluster, a server-side render (lookup) reuses its key.
# (with the ownership marks an earlier `helm install fd` would have left).
kc -n "$ns" create secret generic fd-fleet-dashboard-session --from-literal=session-secret=kept-session-key --dry-run=client -o yaml \
  | kc label -f - --local -o yaml app.kubernetes.io/managed-by=Helm \
  | kc annotate -f - --local -o yaml meta.helm.sh/release-name=fd meta.helm.sh/release-namespace="$ns" | kc apply -f - > /dev/null
if helm template fd "$chart" -n "$ns" --dry-run=server --kubeconfig "$CP_KUBECONFIG" --kube-context admin \
    --show-only templates/session-secret.yaml > "$out/secret" 2> "$out/err"; then
  grep -q "session-secret: $(printf kept-session-key | base64)" "$out/secret" \
    && echo "ok   generated session key kept on upgrade (lookup)" \
    || fail "generated session Secret" "an upgrade would replace the existing key"
else cat "$out/err" >&2; fail "generated session Secret" "helm template --dry-run=server failed"; fi
kc delete namespace "$ns" --wait=false > /dev/null

# Values the chart must refuse: name|the error it must give (extended regular expression)|helm arguments.
refused=(
  "replicaCount not a number|/replicaCount': got string, want integer|--set replicaCount=three"
  "negative replicaCount|/replicaCount': minimum|--set replicaCount=-1"
  "unknown value (typo)|additional properties 'ingres' not allowed|--set ingres.enabled=true"
  "authProxy without its shared Secret|authProxy.sharedSecret.existingSecret is required|--set authProxy.enabled=true"
  "oidc without a client Secret|oidc.clientSecret.existingSecret is required|--set oidc.enabled=true --set oidc.issuerUrl=https://id.example.com --set oidc.clientId=x"
  "oidc issuer over plain http|oidc.issuerUrl must be an https URL|--set oidc.enabled=true --set oidc.issuerUrl=http://id.example.com --set oidc.clientId=x --set oidc.clientSecret.existingSecret=s"
  "oidc without a client ID|oidc.clientId is required|--set oidc.enabled=true --set oidc.issuerUrl=https://id.example.com --set oidc.clientSecret.existingSecret=s"
  "image digest that is not sha256|/image/digest': 'latest' does not match|--set image.digest=latest"
  "basePath with a trailing slash|/basePath': '/fleet/' does not match|--set basePath=/fleet/"
  "publicUrl without a scheme|/publicUrl': 'fleet.example.com' does not match|--set publicUrl=fleet.example.com"
  "no ServiceAccount name when none is created|serviceAccount.name is required|--set serviceAccount.create=false"
)
for combo in "${refused[@]}"; do
  IFS='|' read -r name reason rest <<< "$combo"; read -r -a args <<< "$rest"
  if helm template fd "$chart" "${args[@]}" > /dev/null 2> "$out/err"; then fail "refuses $name" "helm template accepted it"
  elif ! grep -Eq -- "$reason" "$out/err"; then cat "$out/err" >&2; fail "refuses $name" "failed, but not with /$reason/"
  else echo "ok   refuses $name: $(grep -Eo -m1 -- "$reason.*" "$out/err" | cut -c1-120)"; fi
done

if [ ${#failures[@]} -gt 0 ]; then
  echo; echo "chart check: ${#failures[@]} failure(s):" >&2; printf '  %s\n' "${failures[@]}" >&2; exit 1
fi
echo "chart check: all combinations accepted, invalid values refused"
