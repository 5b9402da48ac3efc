#!/usr/bin/env bash
# Makes a new commit in the example `manifests` repository of a running real Fleet (bumps the ConfigMap's
# revision), so a rollout can be watched: Fleet's gitjob sees it on its next poll. Prints the new commit.
# Usage: fleet-commit.sh [revision]   (FLEETDASH_INSTANCE=fleet by default)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export FLEETDASH_INSTANCE="${FLEETDASH_INSTANCE:-fleet}"
source "$here/versions.sh"
work="$CP_STATE/git-work/manifests"
[ -d "$work" ] || { echo "no example repositories in $CP_STATE: start real Fleet first (npm run demo)" >&2; exit 1; }
export GIT_AUTHOR_NAME="Fleet demo" GIT_AUTHOR_EMAIL="demo@fleet.invalid" GIT_COMMITTER_NAME="Fleet demo" GIT_COMMITTER_EMAIL="demo@fleet.invalid"
current="$(sed -n 's/^  revision: "\([0-9]*\)"$/\1/p' "$work/configmap.yaml")"
next="${1:-$((current + 1))}"
sed -i "s/^  revision: \".*\"$/  revision: \"$next\"/" "$work/configmap.yaml"
git -C "$work" commit -q -am "Bump web-config revision to $next"
git -C "$work" push -q "$CP_STATE/git/manifests.git" master
git -C "$work" rev-parse HEAD
