# Settings shared by the real-Fleet scripts (sourced after versions.sh).
FLEET_PORT=$((CP_APISERVER_PORT + 100))            # Fleet's processes, git daemon and chart repository from here on
FLEET_NAMESPACE=cattle-fleet-system
FLEET_MANAGER_KUBECONFIG="$CP_STATE/fleet-manager.kubeconfig"
FLEET_CHECKIN=15s                                   # agents' check-in (Fleet's default is 15m)
DOWNSTREAM=(staging-eu prod-us)
DOWNSTREAM_LABELS=('"env": "staging", "region": "eu"' '"env": "prod", "region": "us"')
FLEET_GIT_PORT=$((FLEET_PORT + 30)); FLEET_GIT_URL="git://127.0.0.1:$FLEET_GIT_PORT"
FLEET_CHARTS_PORT=$((FLEET_PORT + 31)); FLEET_CHARTS_URL="http://127.0.0.1:$FLEET_CHARTS_PORT"
# Parsed by every Fleet process even with --leader-elect=false (internal/cmd/options.go).
FLEET_ELECTION=(CATTLE_ELECTION_LEASE_DURATION=30s CATTLE_ELECTION_RENEW_DEADLINE=20s CATTLE_ELECTION_RETRY_PERIOD=5s
  FLEET_AGENT_ELECTION_LEASE_DURATION=30s FLEET_AGENT_ELECTION_RENEW_DEADLINE=20s FLEET_AGENT_ELECTION_RETRY_PERIOD=5s)
