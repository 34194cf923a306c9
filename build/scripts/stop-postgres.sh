#!/usr/bin/env bash
# Stops the test PostgreSQL server whose data directory is given (what prepare-postgres.sh started), so that no
# server outlives the command that needed it.
set -euo pipefail
DATA="${1:?usage: stop-postgres.sh <data-dir>}"
PGBIN=/usr/lib/postgresql/15/bin
[[ -f "$DATA/postmaster.pid" ]] || exit 0
if [[ "$(id -u)" == "0" ]]; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop </dev/null >/dev/null 2>&1 || true
else
  "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop </dev/null >/dev/null 2>&1 || true
fi
