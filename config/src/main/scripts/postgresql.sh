#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for onestop's tests (Debian package `postgresql`).
#
#   postgresql.sh start [--fresh]   start it (initdb on first use), create role and database `onestop`;
#                                   --fresh drops and recreates the database `onestop`
#   postgresql.sh stop              stop it (pg_ctl -m fast); fine when it is not running
#   postgresql.sh status            say whether it is up (exit 0 up, 3 down)
#   postgresql.sh env               print `export ...` lines for the build and the tests:
#                                   eval "$(config/src/main/scripts/postgresql.sh env)"
#
# Options (each also read from the environment; an option wins):
#   --dir DIR    ONESTOP_PG_DIR   where the server lives (data/, log, password) [/tmp/onestop-postgresql]
#   --port PORT  ONESTOP_PG_PORT  TCP port on 127.0.0.1      [the port of the last start, else 5432]
#                ONESTOP_PG_BIN   PostgreSQL binaries                            [/usr/lib/postgresql/15/bin]
#
# It uses initdb and pg_ctl directly, so it needs none of Debian's cluster tooling, and its socket
# lives in its own directory, so a Debian default cluster does not get in its way (only the TCP port
# can clash: then it stops with a message; pick another port with ONESTOP_PG_PORT).
# PostgreSQL refuses to run as root: run as root, the script runs the server as the `postgres` user.
# The role's password is generated at first start and kept in DIR/onestop.password (a local test
# credential for a server that listens on 127.0.0.1 only).
set -euo pipefail

SCRIPT=$(readlink -f "${BASH_SOURCE[0]}")
PG_BIN=${ONESTOP_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=${ONESTOP_PG_DIR:-/tmp/onestop-postgresql}
PG_PORT=${ONESTOP_PG_PORT:-5432}
DB_NAME=onestop
DB_USER=onestop
START_TIMEOUT=${ONESTOP_PG_START_TIMEOUT:-60}

die() { echo "postgresql.sh: $*" >&2; exit 1; }
say() { echo "postgresql.sh: $*" >&2; }

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$SCRIPT" >&2
    exit 2
}

# Quote a string for a POSIX shell, with single quotes.
shq() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }
# The same, but only when needed (so a plain path stays plain for callers that split on blanks).
shq_min() { case $1 in ''|*[!A-Za-z0-9_./:=@%+-]*) shq "$1" ;; *) printf '%s' "$1" ;; esac; }

# ---- arguments ---------------------------------------------------------------------------------
cmd=${1:-}
[ -n "$cmd" ] || usage
shift
fresh=false
port_given=
[ -z "${ONESTOP_PG_PORT:-}" ] || port_given=yes
while [ $# -gt 0 ]; do
    case $1 in
        --fresh) fresh=true ;;
        --dir) [ $# -ge 2 ] || die "--dir needs a value"; PG_DIR=$2; shift ;;
        --dir=*) PG_DIR=${1#--dir=} ;;
        --port) [ $# -ge 2 ] || die "--port needs a value"; PG_PORT=$2; port_given=yes; shift ;;
        --port=*) PG_PORT=${1#--port=}; port_given=yes ;;
        -h|--help) usage ;;
        *) die "unknown argument: $1 (try --help)" ;;
    esac
    shift
done
case $PG_PORT in ''|*[!0-9]*) die "port must be a number, got '$PG_PORT'" ;; esac
if [ "$PG_PORT" -lt 1 ] || [ "$PG_PORT" -gt 65535 ]; then die "port out of range: $PG_PORT"; fi
[ "$fresh" = false ] || [ "$cmd" = start ] || die "--fresh goes with start only"

PG_DIR=$(readlink -m -- "$PG_DIR")          # absolute, so any working directory will do
DATA=$PG_DIR/data
LOG=$PG_DIR/postgresql.log
PASSWORD_FILE=$PG_DIR/onestop.password
PORT_FILE=$PG_DIR/port
cd /                                        # the postgres user may not be able to read the caller's cwd

# ---- who runs the server -----------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    RUN_USER=postgres
    id -u "$RUN_USER" >/dev/null 2>&1 || die "no '$RUN_USER' system user; install Debian's postgresql package (apt-get install -y postgresql)"
    as_server() { runuser -u "$RUN_USER" -- "$@"; }
else
    RUN_USER=$(id -un)
    as_server() { "$@"; }
fi

need_binaries() {
    local b
    for b in initdb pg_ctl postgres; do
        [ -x "$PG_BIN/$b" ] || die "$PG_BIN/$b not found; install Debian's PostgreSQL 15 (apt-get install -y postgresql postgresql-client) or set ONESTOP_PG_BIN"
    done
    command -v psql >/dev/null || die "psql not found; apt-get install -y postgresql-client"
}

# Is our server running? (pg_ctl status: 0 running, 3 not running, 4 no data directory)
running() {
    [ -f "$DATA/postmaster.pid" ] || return 1
    as_server "$PG_BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

# The port of the running server (postmaster.pid line 4), else the one recorded at the last start,
# else the configured one. An explicit --port/ONESTOP_PG_PORT does not override a running server.
current_port() {
    local p=
    if running; then p=$(sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true); fi
    if [ -z "$p" ] && [ -z "$port_given" ] && [ -f "$PORT_FILE" ]; then p=$(cat "$PORT_FILE"); fi
    echo "${p:-$PG_PORT}"
}

port_in_use() {
    # connect() succeeds only if something listens on 127.0.0.1:$1
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# psql as the server's superuser over our own Unix socket (peer authentication), SQL on stdin
psql_super() {
    as_server psql -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$(current_port)" -U "$RUN_USER" -d postgres -f -
}

# ---- start -------------------------------------------------------------------------------------
do_start() {
    need_binaries
    if [ ! -d "$PG_DIR" ]; then
        mkdir -p -- "$PG_DIR"
        chmod 700 "$PG_DIR"
        [ "$(id -u)" -ne 0 ] || chown "$RUN_USER:" "$PG_DIR"
    fi
    as_server test -w "$PG_DIR" -a -x "$PG_DIR" \
        || die "$PG_DIR is not writable by user '$RUN_USER' (owner: $(stat -c %U "$PG_DIR")); remove it or choose another ONESTOP_PG_DIR"

    # One start at a time
    exec 9>>"$PG_DIR/.lock"
    flock -w 120 9 || die "another start or stop holds $PG_DIR/.lock"

    if [ ! -s "$PASSWORD_FILE" ]; then
        ( umask 077; od -An -tx1 -N18 /dev/urandom | tr -d ' \n' > "$PASSWORD_FILE.tmp" )
        mv -f "$PASSWORD_FILE.tmp" "$PASSWORD_FILE"
    fi
    local password
    password=$(cat "$PASSWORD_FILE")
    case $password in ''|*[!0-9a-f]*) die "unexpected content in $PASSWORD_FILE; delete it and start again" ;; esac

    if [ -z "$port_given" ] && [ -s "$PORT_FILE" ]; then
        PG_PORT=$(cat "$PORT_FILE")             # started before: come back on the same port
        case $PG_PORT in ''|*[!0-9]*) die "unexpected content in $PORT_FILE; delete it" ;; esac
    fi
    if ! running && port_in_use "$PG_PORT"; then
        die "port $PG_PORT on 127.0.0.1 is already in use (a Debian default cluster or another server?); choose a free port, e.g. ONESTOP_PG_PORT=$((PG_PORT + 1)) $SCRIPT start"
    fi

    if [ ! -f "$DATA/PG_VERSION" ]; then
        [ ! -e "$DATA" ] || [ -z "$(ls -A "$DATA")" ] || die "$DATA exists but holds no PostgreSQL cluster; remove it"
        say "initdb $DATA"
        as_server "$PG_BIN/initdb" -D "$DATA" --username="$RUN_USER" --encoding=UTF8 --locale=C.UTF-8 \
            --auth-local=peer --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 \
            || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
        # A throwaway server for tests: listen on loopback only, keep the socket in our own directory,
        # and trade crash safety for speed (it is recreated, never recovered).
        as_server tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# --- onestop test server (config/src/main/scripts/postgresql.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
password_encryption = 'scram-sha-256'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    else
        local v
        v=$(cat "$DATA/PG_VERSION")
        [ "$v" = 15 ] || die "$DATA holds a PostgreSQL $v cluster, not 15; remove $PG_DIR or choose another ONESTOP_PG_DIR"
        [ "$(stat -c %U "$DATA")" = "$RUN_USER" ] || die "$DATA belongs to $(stat -c %U "$DATA"), not '$RUN_USER'"
    fi

    if running; then
        local p
        p=$(current_port)
        if [ -n "$port_given" ] && [ "$p" != "$PG_PORT" ]; then
            die "already running on port $p, not $PG_PORT; stop it first"
        fi
        say "already running on 127.0.0.1:$p ($DATA)"
    else
        say "starting PostgreSQL 15 on 127.0.0.1:$PG_PORT (data $DATA, log $LOG)"
        # 9>&-: the server must not inherit (and so hold forever) the lock
        if ! as_server "$PG_BIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t "$START_TIMEOUT" -s -o "-p $PG_PORT" 9>&-; then
            tail -n 30 "$LOG" >&2 2>/dev/null || true
            die "PostgreSQL did not start; see $LOG"
        fi
        echo "$PG_PORT" > "$PORT_FILE"
    fi

    # Role and database, idempotently. The password is hex (checked above), safe inside quotes;
    # it goes through stdin, never the command line.
    if [ "$fresh" = true ]; then
        say "--fresh: dropping database $DB_NAME"
        psql_super <<EOF
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE);
EOF
    fi
    psql_super <<EOF
SELECT 'CREATE ROLE $DB_USER LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER')
\gexec
ALTER ROLE $DB_USER WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$password';
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')
\gexec
ALTER DATABASE $DB_NAME OWNER TO $DB_USER;
EOF
    say "ready: database $DB_NAME, role $DB_USER on 127.0.0.1:$(current_port); eval \"\$($SCRIPT env --dir $PG_DIR)\""
}

# ---- stop --------------------------------------------------------------------------------------
do_stop() {
    if [ -d "$PG_DIR" ] && [ -w "$PG_DIR" ]; then
        exec 9>>"$PG_DIR/.lock"
        flock -w 120 9 || die "another start or stop holds $PG_DIR/.lock"
    fi
    if running; then
        say "stopping PostgreSQL ($DATA)"
        as_server "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w -t "$START_TIMEOUT" -s
    else
        say "not running ($DATA)"
    fi
}

# ---- status ------------------------------------------------------------------------------------
do_status() {
    if running; then
        local p
        p=$(current_port)
        if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$p" -d "$DB_NAME" 2>/dev/null; then
            echo "PostgreSQL is up on 127.0.0.1:$p (data $DATA)"
        else
            echo "PostgreSQL is running on 127.0.0.1:$p but not accepting connections yet (data $DATA)"
        fi
        return 0
    fi
    echo "PostgreSQL is down (data $DATA)"
    return 3
}

# ---- env ---------------------------------------------------------------------------------------
do_env() {
    [ -s "$PASSWORD_FILE" ] || die "no $PASSWORD_FILE yet: run '$SCRIPT start' first"
    local p password script dir
    p=$(current_port)
    password=$(cat "$PASSWORD_FILE")
    script=$(shq_min "$SCRIPT")
    dir=$(shq_min "$PG_DIR")
    printf 'export ONESTOP_DB=postgresql ONESTOP_DB_URL=%s ONESTOP_DB_USER=%s ONESTOP_DB_PASSWORD=%s\n' \
        "$(shq "jdbc:postgresql://127.0.0.1:$p/$DB_NAME")" "$(shq "$DB_USER")" "$(shq "$password")"
    # Absolute paths and explicit --dir/--port: these run from any working directory and environment.
    printf 'export ONESTOP_TEST_DB_STOP=%s ONESTOP_TEST_DB_START=%s\n' \
        "$(shq "/bin/bash $script stop --dir $dir --port $p")" \
        "$(shq "/bin/bash $script start --dir $dir --port $p")"
}

case $cmd in
    start) do_start ;;
    stop) do_stop ;;
    status) do_status ;;
    env) do_env ;;
    -h|--help|help) usage ;;
    *) die "unknown command '$cmd' (start, stop, status, env)" ;;
esac
