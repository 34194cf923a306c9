#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the scheduler's storage tests and benchmark.
# Installs the Debian package when missing, initialises a cluster under /tmp (never in the repo), listens on a Unix
# socket only (no TCP), runs as the `postgres` OS user, and is idempotent: a running server is reused.
# stdout carries `export` lines only: MLPLATFORM_TEST_POSTGRES (the connection string) and, when this run started the
# server, MLPLATFORM_TEST_POSTGRES_DATA (so that the caller can stop it); everything else goes to stderr.
set -euo pipefail
exec 3>&1 1>&2

BASE="${MLPLATFORM_PG_BASE:-/tmp/mlplatform-pg}"
DATA="$BASE/data"
SOCK="$BASE/socket"
LOG="$BASE/server.log"
DB="mlplatform_test"
PGUSER_NAME="postgres"
PGBIN=/usr/lib/postgresql/15/bin

emit() { printf "export MLPLATFORM_TEST_POSTGRES='Host=%s;Username=%s;Database=%s'\n" "$SOCK" "$PGUSER_NAME" "$DB" >&3; }
emit_started() { printf "export MLPLATFORM_TEST_POSTGRES_DATA='%s'\n" "$DATA" >&3; }

if [[ ! -x "$PGBIN/pg_ctl" ]]; then
  echo "prepare-postgres: installing postgresql-15 from Debian"
  export DEBIAN_FRONTEND=noninteractive
  mkdir -p "$BASE"
  # The package's post-install would start a system-wide server that outlives us and holds whatever descriptors it
  # inherited; policy-rc.d (Debian's switch for exactly this) stops it, and apt's output goes to a log, not to a pipe.
  policy=/usr/sbin/policy-rc.d
  added_policy=false
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && added_policy=true
  fi
  status=0
  { apt-get update -qq && apt-get install -y -qq postgresql-15; } </dev/null >"$BASE/apt.log" 2>&1 3>&- || status=$?
  if [[ "$added_policy" == true ]]; then rm -f "$policy"; fi
  if [[ $status -ne 0 ]]; then
    cat "$BASE/apt.log"
    echo "prepare-postgres: installing postgresql-15 failed (exit $status)"
    exit "$status"
  fi
fi

as_postgres() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Reuse a running server.
if [[ -f "$DATA/postmaster.pid" ]] && as_postgres "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  emit
  exit 0
fi

mkdir -p "$BASE" "$SOCK"
if [[ "$(id -u)" == "0" ]]; then chown postgres:postgres "$BASE" "$SOCK"; fi

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  echo "prepare-postgres: initialising a cluster in $DATA"
  as_postgres "$PGBIN/initdb" -D "$DATA" -U "$PGUSER_NAME" --auth=trust --encoding=UTF8 --no-locale >/dev/null
fi
rm -f "$DATA/postmaster.pid"

echo "prepare-postgres: starting the server (socket $SOCK, no TCP)"
# The server outlives this script: it must not inherit fd 3 (the caller's $(...) pipe, which would then never reach
# end-of-file) nor our stdout/stderr (a CI runner waits for every writer of its log pipe to close).
as_postgres "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$SOCK' -c max_connections=200" start \
  </dev/null >/dev/null 2>>"$LOG.pg_ctl" 3>&- || { cat "$LOG.pg_ctl" "$LOG" 2>/dev/null; exit 1; }

if ! as_postgres "$PGBIN/psql" -h "$SOCK" -U "$PGUSER_NAME" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  as_postgres "$PGBIN/createdb" -h "$SOCK" -U "$PGUSER_NAME" "$DB"
fi
emit
emit_started
