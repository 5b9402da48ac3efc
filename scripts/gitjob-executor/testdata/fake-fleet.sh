#!/usr/bin/env bash
# Stands in for the fleet CLI in gitjob-executor.int.test.ts. `gitcloner REPO DIR ...` leaves a file in DIR;
# `apply ... -- NAME PATHS` checks it sees that file in its working dir, asks the API server who it is (with the
# kubeconfig the executor gave it) and writes that to $MSG_FILE (the pod's /dev/termination-log). FAKE_FLEET_FAIL=
# gitcloner|apply makes that step print a Fleet-style JSON error and exit 1; FAKE_FLEET_FAIL=hang makes apply sleep.
set -u
cmd="$1"; shift
fail() { echo "some library noise"; echo "{\"level\":\"fatal\",\"fleetErrorMessage\":\"$1\",\"msg\":\"failed\"}"; exit 1; }
[ -z "${KUBERNETES_SERVICE_HOST:-}" ] || fail "KUBERNETES_SERVICE_HOST is set"
case "$cmd" in
  gitcloner)
    [ "${FAKE_FLEET_FAIL:-}" = gitcloner ] && fail "authentication required"
    repo="$1" dir="$2"; shift 2
    while [ $# -gt 0 ]; do [ "$1" = --password-file ] && { [ "$(cat "$2")" = s3cret ] || fail "no password at $2"; }; shift; done
    mkdir -p "$dir" && echo "$repo" > "$dir/cloned-from"
    echo "cloned $repo" ;;
  apply)
    [ "${FAKE_FLEET_FAIL:-}" = apply ] && fail "invalid manifest in $PWD"
    [ "${FAKE_FLEET_FAIL:-}" = hang ] && exec sleep 60
    targets=""
    for a in "$@"; do case "$a" in --targets-file=*) targets="$(cat "${a#--targets-file=}")" ;; esac; done
    [ -f cloned-from ] || fail "no clone in $PWD"
    server=$(sed -n 's/.*"server":"\([^"]*\)".*/\1/p' "$KUBECONFIG")
    token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$KUBECONFIG")
    sed -n 's/.*"certificate-authority-data":"\([^"]*\)".*/\1/p' "$KUBECONFIG" | base64 -d > "$TMPDIR/ca.crt"
    user=$(curl -sS --cacert "$TMPDIR/ca.crt" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -X POST \
      -d '{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}' "$server/apis/authentication.k8s.io/v1/selfsubjectreviews" |
      sed -n 's/.*"username": *"\([^"]*\)".*/\1/p')
    printf 'applied %s from %s as %s with targets %s, home %s' "${*: -2:1}" "$(cat cloned-from)" "$user" "$targets" "$(basename "$HOME")" > "$MSG_FILE"
    echo "done" ;;
  *) fail "unexpected command $cmd" ;;
esac
