#!/usr/bin/env bash
# Runs a TypeScript script with tsx on the project's pinned Node 24 (the machine's own node is too old).
root="$(cd "$(dirname "$0")/.." && pwd)"; export PATH="$root/node_modules/.bin:$PATH"
exec "$root/node_modules/.bin/tsx" "$@"
