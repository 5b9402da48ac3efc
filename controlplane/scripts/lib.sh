# Process helpers shared by the start scripts: each daemon runs detached with its pid in $CP_STATE/<name>.pid
# and its output in $CP_STATE/logs/<name>.log, so down.sh can stop whatever an instance started.
running() { [ -f "$CP_STATE/$1.pid" ] && kill -0 "$(cat "$CP_STATE/$1.pid")" 2>/dev/null; }
start() { # name, command...
  local name="$1"; shift
  if running "$name"; then return; fi
  mkdir -p "$CP_STATE/logs"
  setsid nohup "$@" > "$CP_STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$CP_STATE/$name.pid"
}
stop() { # name
  local pidfile="$CP_STATE/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
wait_for() { # what, seconds, test command...
  local what="$1" secs="$2"; shift 2
  for _ in $(seq $((secs * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "$what did not become ready in ${secs}s; see $CP_STATE/logs/" >&2; exit 1
}
