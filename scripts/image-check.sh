#!/usr/bin/env bash
# Checks what the container image runs, without a container engine (none runs on these machines): builds the image's
# /app as the Dockerfile does (the build context filtered by .dockerignore, `npm ci --ignore-scripts`, `next build`
# with standalone output, the runtime stage's copies), installs the Helm chart into the running local API server, and
# starts `node server.js` as the image's CMD would in the chart's pod: as user 1000, in a private mount namespace where
# /app is read-only, /tmp and /app/.next/cache are empty tmpfs (the chart's emptyDirs), and the chart ServiceAccount's
# token and the CA are at /var/run/secrets/kubernetes.io/serviceaccount with KUBERNETES_SERVICE_HOST/PORT set (the
# in-cluster configuration). The image is built for a base path (FLEETDASH_BASE_PATH, default /fleet here, as behind an
# ingress shared with other tools). Passes when the probes answer under it, the watch cache, as that ServiceAccount,
# syncs every kind without an error, a page, an API call and a live stream work under the base path (and the client
# code carries it), and SIGTERM ends the open stream and the process with exit code 0 within a few seconds. Prints the
# server's RSS at start and after the sync.
# Needs root (unshare, mount) and the control plane of $FLEETDASH_INSTANCE up: FLEETDASH_INSTANCE=test after up.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/controlplane/scripts/versions.sh"
bash "$root/controlplane/scripts/build-helm.sh"
kc() { "$CP_BIN/kubectl" --kubeconfig "$CP_KUBECONFIG" --context admin "$@"; }
base_path="${IMAGE_CHECK_BASE_PATH:-/fleet}"
work="$root/.cache/image-check"; ns=fd-image-check; port=$(( ${E2E_PORT:-3200} + 50 )); url="http://127.0.0.1:$port$base_path"
node_bin="$root/node_modules/node/bin/node"
rm -rf "$work"; mkdir -p "$work/context"

echo "== build stage: npm ci --ignore-scripts, next build with standalone output"
start=$SECONDS
git -C "$root" ls-files -co --exclude-standard -z | tar -C "$root" -c --exclude-from=<(sed 's|^\*\*/||' "$root/.dockerignore") --null -T - | tar -x -C "$work/context"
(cd "$work/context" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
  && FLEETDASH_STANDALONE=1 FLEETDASH_BASE_PATH="$base_path" NEXT_TELEMETRY_DISABLED=1 "$node_bin" node_modules/next/dist/bin/next build > "$work/build.log" 2>&1) \
  || { tail -30 "$work/build.log" >&2; exit 1; }
echo "built in $((SECONDS - start))s"
echo "== runtime stage: /app"
cp -a "$work/context/.next/standalone" "$work/app"; cp -a "$work/context/.next/static" "$work/app/.next/static"
mkdir -p "$work/app/.next/cache"; cp "$node_bin" "$work/node"
chmod -R a+rX,go-w "$work"; rm -rf "$work/context"
echo "/app: $(du -sh "$work/app" | cut -f1), of which node_modules $(du -sh "$work/app/node_modules" | cut -f1): $(ls "$work/app/node_modules" | tr '\n' ' ')"

echo "== helm install into $ns"
# An earlier run's cluster-scoped objects (its ClusterRoles) go with its release.
"$HELM_BIN/helm" uninstall fd -n "$ns" --kubeconfig "$CP_KUBECONFIG" --kube-context admin > /dev/null 2>&1 || true
kc delete namespace "$ns" --ignore-not-found --timeout=120s > /dev/null; kc create namespace "$ns" > /dev/null
"$HELM_BIN/helm" install fd "$root/deploy/chart/fleet-dashboard" -n "$ns" --set basePath="$base_path" --kubeconfig "$CP_KUBECONFIG" --kube-context admin > /dev/null
sa_token="$(kc -n "$ns" create token fd-fleet-dashboard)"
session_key="$(kc -n "$ns" get secret fd-fleet-dashboard-session -o jsonpath='{.data.session-secret}' | base64 -d)"

echo "== node server.js as user 1000, read-only /app, in-cluster configuration"
cat > "$work/pod.sh" <<POD
set -e
mount -t tmpfs tmpfs /run
mkdir -p /run/secrets/kubernetes.io/serviceaccount
cd /run/secrets/kubernetes.io/serviceaccount
printf %s "\$SA_TOKEN" > token; cp "$CP_STATE/pki/ca.crt" ca.crt; printf %s "$ns" > namespace; chmod -R a+rX /run/secrets
mount --bind "$work/app" "$work/app"; mount -o remount,bind,ro "$work/app"
mount -t tmpfs -o uid=1000,gid=1000,size=256m tmpfs "$work/app/.next/cache"
mount -t tmpfs -o mode=1777,size=256m tmpfs /tmp
cd "$work/app"
exec setpriv --reuid=1000 --regid=1000 --clear-groups env -i PATH=/usr/bin:/bin NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=true FLEETDASH_BASE_PATH=$base_path PORT=$port HOSTNAME=0.0.0.0 KUBERNETES_SERVICE_HOST=127.0.0.1 KUBERNETES_SERVICE_PORT=$CP_APISERVER_PORT \
  FLEETDASH_SESSION_SECRET="\$SESSION_KEY" FLEETDASH_FLEET_NAMESPACE=cattle-fleet-system "$work/node" server.js
POD
SA_TOKEN="$sa_token" SESSION_KEY="$session_key" unshare -m --propagation private bash "$work/pod.sh" > "$work/server.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2> /dev/null || true
  "$HELM_BIN/helm" uninstall fd -n "$ns" --kubeconfig "$CP_KUBECONFIG" --kube-context admin > /dev/null 2>&1 || true
  kc delete namespace "$ns" --wait=false > /dev/null 2>&1 || true
}
trap cleanup EXIT
for _ in $(seq 60); do curl -m 10 -sf "$url/api/health/live" > /dev/null && break; sleep 1; done
for probe in health health/live; do
  health="$(curl -m 10 -s -w ' %{http_code}' "$url/api/$probe")"
  echo "GET $base_path/api/$probe: $health"; [ "$health" = '{"ok":true} 200' ] || { cat "$work/server.log" >&2; exit 1; }
done
outside="$(curl -m 10 -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health/live")"
echo "GET /api/health/live (outside the base path): $outside"; [ "$outside" = 404 ] || exit 1
rss() { echo "$(( $(sed -n 's/^VmRSS:\s*\([0-9]*\) kB/\1/p' /proc/"$pid"/status) / 1024 )) MB"; }
echo "server uid $(sed -n 's/^Uid:\s*\([0-9]*\).*/\1/p' /proc/"$pid"/status), RSS at start $(rss)"

# Sign in as admin (so the cache starts and /api/health/details may be read), as a browser would.
csrf="$(curl -m 10 -s -D - -o /dev/null "$url/signin" | sed -n 's/^set-cookie: fleet_csrf=\([^;]*\).*/\1/Ip' | tr -d '\r')"
admin_token="$(kc config view --raw -o jsonpath='{.users[?(@.name=="admin")].user.token}')"
session="$(curl -m 10 -s -D - -o /dev/null -X POST "$url/api/session" -H "Origin: $url" -H "x-csrf-token: $csrf" -H "Cookie: fleet_csrf=$csrf" \
  -H 'content-type: application/json' --data "{\"token\":\"$admin_token\"}" | sed -n 's/^set-cookie: \(fleet_session[^=]*=[^;]*\).*/\1/Ip' | tr -d '\r' | paste -sd';')"
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
curl -s -m 20 -H "Cookie: $session" "$url/api/workspaces" > /dev/null || true  # starts the cache; answers once it syncs
for _ in $(seq 30); do
  details="$(curl -s -m 10 -H "Cookie: $session" "$url/api/health/details")"
  "$node_bin" -e 'const d=JSON.parse(process.argv[1]);const k=Object.values(d.cache.kinds);process.exit(d.cache.started&&k.length&&k.every(x=>x.synced)?0:1)' "$details" && break
  sleep 1
done
"$node_bin" -e '
const d = JSON.parse(process.argv[1]);
const kinds = Object.entries(d.cache.kinds);
console.log(`watch cache as ${d.cache.context}: ` + kinds.map(([k, v]) => `${k} ${v.synced ? "synced" : "NOT synced"} (${v.objects}, ${v.errors} errors)`).join(", "));
if (d.cache.context !== "inClusterContext" || !kinds.length || kinds.some(([, v]) => !v.synced || v.errors)) process.exit(1);
' "$details" || { cat "$work/server.log" >&2; exit 1; }
echo "RSS after the sync $(rss)"
ready="$(curl -m 10 -s -w ' %{http_code}' "$url/api/health/ready")"
echo "GET $base_path/api/health/ready: $ready"; [ "$ready" = '{"ok":true} 200' ] || exit 1

echo "== under the base path $base_path: a page, an API call, a live stream"
page="$(curl -m 20 -s -H "Cookie: $session" -w '\n%{http_code}' "$url/w/fleet-default/gitrepos")"
[ "$(tail -n1 <<< "$page")" = 200 ] && grep -q "$base_path/_next/static/" <<< "$page" || { echo "the GitRepos page did not load under $base_path" >&2; exit 1; }
echo "page $base_path/w/fleet-default/gitrepos: 200, its scripts under $base_path/_next/static"
api="$(curl -m 20 -s -H "Cookie: $session" -w ' %{http_code}' "$url/api/w/fleet-default/gitrepos?pageSize=1")"
[ "${api##* }" = 200 ] || { echo "API call failed: $api" >&2; exit 1; }
echo "API $base_path/api/w/fleet-default/gitrepos: 200, total $("$node_bin" -e 'console.log(JSON.parse(process.argv[1]).total)' "${api% *}")"
grep -rlq "\"$base_path\"" "$work/app/.next/static/chunks" || { echo "the browser code does not carry the base path" >&2; exit 1; }
echo "the browser code carries the base path for fetch() and EventSource (lib/http/api-path.ts)"
curl -m 30 -s -N -H "Cookie: $session" -H 'accept: text/event-stream' "$url/api/events?kinds=gitrepos&workspace=fleet-default" > "$work/stream.log" &
stream=$!
for _ in $(seq 20); do grep -q 'event: ready' "$work/stream.log" && break; sleep 0.5; done
grep -q 'event: ready' "$work/stream.log" || { echo "the live stream did not open under $base_path" >&2; exit 1; }
echo "live stream $base_path/api/events: open"

echo "== SIGTERM with the stream open"
start=$SECONDS
kill -TERM "$pid"
wait "$stream" && stream_rc=0 || stream_rc=$?
wait "$pid" && code=0 || code=$?
echo "stream ended (curl exit $stream_rc: 0 = the server closed it), server exit code $code after $((SECONDS - start)) s"
[ "$stream_rc" = 0 ] && [ "$code" = 0 ] && [ $((SECONDS - start)) -le 8 ] || { tail -20 "$work/server.log" >&2; exit 1; }
echo "image check: passed"
