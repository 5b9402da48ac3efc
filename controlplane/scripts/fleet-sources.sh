#!/usr/bin/env bash
# Serves the example sources for real Fleet: each folder of controlplane/fleet-examples (but charts/) as a git
# repository behind `git daemon` (Fleet clones shallow, so it needs the smart protocol), and charts/hello at two
# versions as a Helm chart repository (index.yaml + archives) for HelmOps. Repositories are created once per
# instance, so commits made since (npm run fleet:commit) survive restarts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/versions.sh"
source "$here/lib.sh"
source "$here/fleet-env.sh"
examples="$CP_ROOT/controlplane/fleet-examples"
git_root="$CP_STATE/git"; work_root="$CP_STATE/git-work"; charts="$CP_STATE/charts"
mkdir -p "$git_root" "$work_root" "$charts"
export GIT_AUTHOR_NAME="Fleet demo" GIT_AUTHOR_EMAIL="demo@fleet.invalid" GIT_COMMITTER_NAME="Fleet demo" GIT_COMMITTER_EMAIL="demo@fleet.invalid"

for dir in "$examples"/*/; do
  name="$(basename "$dir")"
  [ "$name" = charts ] && continue
  [ -d "$git_root/$name.git" ] && continue
  git init -q --bare -b master "$git_root/$name.git"
  touch "$git_root/$name.git/git-daemon-export-ok"
  rm -rf "$work_root/$name"; git init -q -b master "$work_root/$name"
  cp -r "$dir". "$work_root/$name/"
  git -C "$work_root/$name" add -A
  git -C "$work_root/$name" commit -q -m "Initial $name example"
  git -C "$work_root/$name" push -q "$git_root/$name.git" master
done
start git-daemon git daemon --reuseaddr --base-path="$git_root" --listen=127.0.0.1 --port="$FLEET_GIT_PORT" "$git_root"

if [ ! -f "$charts/index.yaml" ]; then
  tmp="$(mktemp -d)"
  {
    echo "apiVersion: v1"
    echo "entries:"
    echo "  hello:"
    for v in 0.1.0 0.2.0; do
      cp -r "$examples/charts/hello" "$tmp/hello"
      sed -i "s/^version: .*/version: $v/" "$tmp/hello/Chart.yaml"
      sed -i "s/^message: .*/message: hello from $v/" "$tmp/hello/values.yaml"
      tar -C "$tmp" -czf "$charts/hello-$v.tgz" hello
      rm -rf "$tmp/hello"
      echo "  - apiVersion: v2"
      echo "    name: hello"
      echo "    version: $v"
      echo "    created: \"2026-11-01T00:00:00Z\""
      echo "    digest: $(sha256sum "$charts/hello-$v.tgz" | cut -d' ' -f1)"
      echo "    urls: [\"$FLEET_CHARTS_URL/hello-$v.tgz\"]"
    done
    echo "generated: \"2026-11-01T00:00:00Z\""
  } > "$charts/index.yaml"
  rm -rf "$tmp"
fi
start chart-repo "$CP_ROOT/node_modules/.bin/node" "$here/static-files.mjs" "$charts" "$FLEET_CHARTS_PORT"
wait_for "git daemon" 20 git ls-remote "$FLEET_GIT_URL/manifests"
wait_for "chart repository" 20 curl -sf "$FLEET_CHARTS_URL/index.yaml"
