#!/usr/bin/env bash
# Installs what the project needs on a fresh machine of its kind: npm packages (which bring the pinned Node),
# Debian's Chromium for the browser tests (with --browser), and checks Go for building the control plane.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/next ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages..."
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  sudo_ apt-get update -qq
  sudo_ apt-get install -y -qq chromium fonts-dejavu-core > /dev/null
fi
if ! command -v go >/dev/null && [ ! -x /usr/local/go/bin/go ]; then
  echo "Go is needed to build the local control plane: install it (e.g. apt-get install golang-go) and retry" >&2
  exit 1
fi
