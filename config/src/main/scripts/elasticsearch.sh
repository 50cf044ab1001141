#!/usr/bin/env bash
# A throwaway Elasticsearch 8.19 for onestop's tests: the integ-test-zip from Maven Central
# (org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip), single node, no security.
#
#   elasticsearch.sh start [--fresh] [--best-effort]
#                              unpack (first time), start, wait for cluster health yellow or green;
#                              --fresh wipes the data of a server that is not running;
#                              --best-effort: when it cannot start, say why loudly and exit 0, so a
#                              build goes on and its ES tests decide (fail under CI=true, skip otherwise)
#   elasticsearch.sh stop      stop it (SIGTERM, then SIGKILL after 30 s); fine when it is not running
#   elasticsearch.sh status    say whether it is up (exit 0 up, 3 down)
#   elasticsearch.sh env       print `export ONESTOP_ES_URL=...`: eval "$(config/src/main/scripts/elasticsearch.sh env)"
#
# Options (each also read from the environment; an option wins):
#   --dir DIR    ONESTOP_ES_DIR   where the server lives (home, data, logs, pid)   [/tmp/onestop-elasticsearch]
#   --port PORT  ONESTOP_ES_PORT  HTTP port on 127.0.0.1                           [9250]
#   --zip FILE   ONESTOP_ES_ZIP   the integ-test-zip [the local Maven repository's copy]
#                ONESTOP_ES_HEAP  heap (-Xms = -Xmx)                               [512m]
#                ONESTOP_ES_JAVA_HOME, else ES_JAVA_HOME, else JAVA_HOME, else the `java` on the PATH
#                ONESTOP_ES_START_TIMEOUT  seconds to wait for the cluster health  [120]
#
# The zip is in the local Maven repository once the build has resolved it (`./mvnw -B verify` does, in
# the search module), or after:
#   ./mvnw dependency:get -Dtransitive=false -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip
# The integ-test-zip ships no JDK (it runs on the build's JDK 17) and no `GET /` route: it is checked
# with GET /_cluster/health. Elasticsearch refuses to run as root: run as root, the script creates the
# system user `onestop-es` (once) and runs the server as that user.
set -euo pipefail

SCRIPT=$(readlink -f "${BASH_SOURCE[0]}")
ES_VERSION=8.19.21
ES_DIR=${ONESTOP_ES_DIR:-/tmp/onestop-elasticsearch}
ES_PORT=${ONESTOP_ES_PORT:-9250}
ES_ZIP=${ONESTOP_ES_ZIP:-}
ES_HEAP=${ONESTOP_ES_HEAP:-512m}
START_TIMEOUT=${ONESTOP_ES_START_TIMEOUT:-120}
ES_USER=onestop-es

die() { echo "elasticsearch.sh: $*" >&2; exit 1; }
say() { echo "elasticsearch.sh: $*" >&2; }

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$SCRIPT" >&2
    exit 2
}

# Quote a string for a POSIX shell, with single quotes, only when needed.
shq_min() {
    case $1 in
        ''|*[!A-Za-z0-9_./:=@%+-]*) local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s" ;;
        *) printf '%s' "$1" ;;
    esac
}

# ---- arguments ---------------------------------------------------------------------------------
cmd=${1:-}
[ -n "$cmd" ] || usage
shift
fresh=false
best_effort=false
while [ $# -gt 0 ]; do
    case $1 in
        --fresh) fresh=true ;;
        --best-effort) best_effort=true ;;
        --dir) [ $# -ge 2 ] || die "--dir needs a value"; ES_DIR=$2; shift ;;
        --dir=*) ES_DIR=${1#--dir=} ;;
        --port) [ $# -ge 2 ] || die "--port needs a value"; ES_PORT=$2; shift ;;
        --port=*) ES_PORT=${1#--port=} ;;
        --zip) [ $# -ge 2 ] || die "--zip needs a value"; ES_ZIP=$2; shift ;;
        --zip=*) ES_ZIP=${1#--zip=} ;;
        -h|--help) usage ;;
        *) die "unknown argument: $1 (try --help)" ;;
    esac
    shift
done
case $ES_PORT in ''|*[!0-9]*) die "port must be a number, got '$ES_PORT'" ;; esac
if [ "$ES_PORT" -lt 1 ] || [ "$ES_PORT" -gt 65535 ]; then die "port out of range: $ES_PORT"; fi
case $ES_HEAP in *[!0-9kmgKMG]*|'') die "ONESTOP_ES_HEAP must look like 512m or 1g, got '$ES_HEAP'" ;; esac
case $START_TIMEOUT in ''|*[!0-9]*) die "ONESTOP_ES_START_TIMEOUT must be a number of seconds" ;; esac
{ [ "$fresh" = false ] && [ "$best_effort" = false ]; } || [ "$cmd" = start ] || die "--fresh and --best-effort go with start only"

ES_DIR=$(readlink -m -- "$ES_DIR")          # absolute, so any working directory will do
ES_HOME=$ES_DIR/elasticsearch-$ES_VERSION
DATA=$ES_DIR/data
LOGS=$ES_DIR/logs
PID_FILE=$ES_DIR/elasticsearch.pid
CONSOLE=$ES_DIR/console.log
URL=http://127.0.0.1:$ES_PORT
cd /                                        # the server's user may not be able to read the caller's cwd

# ---- who runs the server -----------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    RUN_USER=$ES_USER
    as_server() { runuser -u "$RUN_USER" -- "$@"; }
else
    RUN_USER=$(id -un)
    as_server() { "$@"; }
fi

ensure_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    id -u "$ES_USER" >/dev/null 2>&1 && return 0
    say "creating system user $ES_USER"
    # --system: no password, no ageing; a concurrent creator makes useradd fail with 9 (exists)
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
        --comment "onestop test Elasticsearch" "$ES_USER" || id -u "$ES_USER" >/dev/null 2>&1 \
        || die "could not create the system user $ES_USER"
}

find_java_home() {
    local j=${ONESTOP_ES_JAVA_HOME:-${ES_JAVA_HOME:-${JAVA_HOME:-}}}
    if [ -z "$j" ]; then
        local java
        java=$(command -v java) || die "no JDK found: set ONESTOP_ES_JAVA_HOME (Elasticsearch 8.19 needs Java 17 or later)"
        j=$(dirname "$(dirname "$(readlink -f "$java")")")
    fi
    [ -x "$j/bin/java" ] || die "$j/bin/java not found; set ONESTOP_ES_JAVA_HOME to a JDK 17 or later"
    echo "$j"
}

find_zip() {
    local candidates=()
    [ -z "$ES_ZIP" ] || candidates+=("$ES_ZIP")
    local repo=${ONESTOP_M2_REPO:-$HOME/.m2/repository}
    candidates+=("$repo/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip")
    local z
    for z in "${candidates[@]}"; do
        if [ -s "$z" ]; then echo "$z"; return 0; fi
    done
    die "the Elasticsearch $ES_VERSION integ-test-zip is not there (looked at: ${candidates[*]}); run './mvnw -B verify' once or: ./mvnw dependency:get -Dtransitive=false -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
}

# GET a path on our port; prints the body, fails when nothing answers with 200
http_get() {
    curl -fsS --max-time "${2:-10}" "$URL$1" 2>/dev/null
}

server_pid() {
    [ -s "$PID_FILE" ] || return 1
    local pid
    pid=$(cat "$PID_FILE")
    case $pid in ''|*[!0-9]*) return 1 ;; esac
    # ours: a live process whose command line names our home (not a recycled pid)
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$ES_HOME" || return 1
    echo "$pid"
}

port_in_use() {
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

health_status() {   # green, yellow, red, or nothing
    http_get "/_cluster/health${1:-}" "${2:-10}" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

# ---- start -------------------------------------------------------------------------------------
do_start() {
    local t0 zip java_home
    t0=$(date +%s%N)
    command -v curl >/dev/null || die "curl not found; apt-get install -y curl"
    command -v unzip >/dev/null || die "unzip not found; apt-get install -y unzip"
    java_home=$(find_java_home) || exit 1
    ensure_user
    mkdir -p -- "$ES_DIR"
    [ "$(id -u)" -ne 0 ] || chown "$RUN_USER:" "$ES_DIR"
    as_server test -w "$ES_DIR" -a -x "$ES_DIR" \
        || die "$ES_DIR is not writable by user '$RUN_USER' (owner: $(stat -c %U "$ES_DIR")); remove it or choose another ONESTOP_ES_DIR"

    # One start or stop at a time
    exec 9>>"$ES_DIR/.lock"
    flock -w 180 9 || die "another start or stop holds $ES_DIR/.lock"

    local pid
    if pid=$(server_pid); then
        if [ "$(health_status)" = green ] || [ "$(health_status)" = yellow ]; then
            say "already running on $URL (pid $pid, $ES_DIR)"
            return 0
        fi
        say "pid $pid is running but $URL does not answer; waiting"
    else
        port_in_use "$ES_PORT" && die "port $ES_PORT on 127.0.0.1 is already in use by another process; choose a free port, e.g. ONESTOP_ES_PORT=$((ES_PORT + 1)) $SCRIPT start"

        if [ ! -f "$ES_HOME/.onestop-unpacked" ]; then
            zip=$(find_zip) || exit 1
            say "unpacking $zip into $ES_DIR"
            rm -rf -- "$ES_HOME"
            # unpacked by the caller (the server's user may not read a root's Maven repository), then handed over
            unzip -q -o "$zip" -d "$ES_DIR" || die "could not unpack $zip"
            [ -d "$ES_HOME" ] || die "$zip did not hold elasticsearch-$ES_VERSION/"
            [ "$(id -u)" -ne 0 ] || chown -R "$RUN_USER:" "$ES_HOME"
            touch "$ES_HOME/.onestop-unpacked"
        fi
        if [ "$fresh" = true ] && [ -d "$DATA" ]; then
            say "--fresh: removing $DATA"
            rm -rf -- "$DATA"
        fi
        as_server mkdir -p "$DATA" "$LOGS" "$ES_DIR/tmp" "$ES_HOME/config/jvm.options.d"
        # Loopback and single-node: Elasticsearch skips its production bootstrap checks
        # (vm.max_map_count and friends), so a plain container or CI machine will do.
        as_server tee "$ES_HOME/config/elasticsearch.yml" >/dev/null <<EOF
# written by config/src/main/scripts/elasticsearch.sh: a throwaway test server
cluster.name: onestop-test
node.name: onestop-test
path.data: $DATA
path.logs: $LOGS
network.host: 127.0.0.1
http.port: $ES_PORT
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
EOF
        as_server tee "$ES_HOME/config/jvm.options.d/onestop.options" >/dev/null <<EOF
-Xms$ES_HEAP
-Xmx$ES_HEAP
EOF
        say "starting Elasticsearch $ES_VERSION on $URL as $RUN_USER (heap $ES_HEAP, home $ES_HOME, log $CONSOLE)"
        rm -f -- "$PID_FILE"
        # -d: detach once the node runs; 9>&-: the server must not inherit (and so hold forever) the lock
        if ! as_server env ES_JAVA_HOME="$java_home" ES_TMPDIR="$ES_DIR/tmp" \
                "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" >"$CONSOLE" 2>&1 9>&-; then
            tail -n 30 "$CONSOLE" >&2 2>/dev/null || true
            tail -n 30 "$LOGS/onestop-test.log" >&2 2>/dev/null || true
            die "Elasticsearch did not start; see $CONSOLE and $LOGS/onestop-test.log"
        fi
    fi

    local deadline status=
    deadline=$(($(date +%s) + START_TIMEOUT))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        status=$(health_status '?wait_for_status=yellow&timeout=5s' 8 || true)
        case $status in green|yellow) break ;; esac
        server_pid >/dev/null || {
            tail -n 30 "$LOGS/onestop-test.log" >&2 2>/dev/null || tail -n 30 "$CONSOLE" >&2 2>/dev/null || true
            die "Elasticsearch stopped while starting; see $LOGS/onestop-test.log"
        }
        sleep 1
    done
    case $status in
        green|yellow) ;;
        *) die "Elasticsearch did not reach health yellow within ${START_TIMEOUT}s; see $LOGS/onestop-test.log" ;;
    esac
    say "ready: $URL (cluster health $status) after $((($(date +%s%N) - t0) / 1000000)) ms; eval \"\$($SCRIPT env --port $ES_PORT)\""
}

# ---- stop --------------------------------------------------------------------------------------
do_stop() {
    local t0 pid i
    t0=$(date +%s%N)
    if [ -d "$ES_DIR" ] && [ -w "$ES_DIR" ]; then
        exec 9>>"$ES_DIR/.lock"
        flock -w 180 9 || die "another start or stop holds $ES_DIR/.lock"
    fi
    if ! pid=$(server_pid); then
        say "not running ($ES_DIR)"
        return 0
    fi
    say "stopping Elasticsearch (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "still running after 30 s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f -- "$PID_FILE"
    say "stopped after $((($(date +%s%N) - t0) / 1000000)) ms"
}

# ---- status ------------------------------------------------------------------------------------
do_status() {
    local pid status
    if pid=$(server_pid); then
        status=$(health_status || true)
        if [ -n "$status" ]; then
            echo "Elasticsearch is up on $URL (pid $pid, cluster health $status, $ES_DIR)"
        else
            echo "Elasticsearch is running (pid $pid) but $URL does not answer yet ($ES_DIR)"
        fi
        return 0
    fi
    echo "Elasticsearch is down ($ES_DIR)"
    return 3
}

# ---- env ---------------------------------------------------------------------------------------
do_env() {
    printf 'export ONESTOP_ES_URL=%s\n' "$(shq_min "$URL")"
}

case $cmd in
    start)
        if [ "$best_effort" = true ]; then
            # a child process, so that die() ends only the attempt (set -e does not act inside an `if` condition)
            fresh_arg=()
            [ "$fresh" = false ] || fresh_arg=(--fresh)
            if ! ONESTOP_ES_ZIP=$ES_ZIP ONESTOP_ES_HEAP=$ES_HEAP ONESTOP_ES_START_TIMEOUT=$START_TIMEOUT \
                    bash "$SCRIPT" start "${fresh_arg[@]}" --dir "$ES_DIR" --port "$ES_PORT"; then
                say "*** Elasticsearch is NOT running: the Elasticsearch tests will fail under CI=true and be skipped otherwise ***"
            fi
        else
            do_start
        fi
        ;;
    stop) do_stop ;;
    status) do_status ;;
    env) do_env ;;
    -h|--help|help) usage ;;
    *) die "unknown command '$cmd' (start, stop, status, env)" ;;
esac
