#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for `npm run test:pg` and the bench
# (CI and development; production uses a managed PostgreSQL). Idempotent: an already running
# cluster is left alone. Prints the DATABASE_URL to use.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/afsprakenmonitor-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$BIN/initdb" ] || { echo "PostgreSQL niet gevonden: apt-get install -y postgresql" >&2; exit 1; }
# initdb refuses to run as root; the Debian package makes a 'postgres' user.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! as_pg "$BIN/pg_ctl -D $PGDATA_DIR status" >/dev/null 2>&1; then
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    mkdir -p "$PGDATA_DIR"; [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
    as_pg "$BIN/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  fi
  # fsync stays on: the durability test kills the app, not the database, but we keep production settings.
  as_pg "$BIN/pg_ctl -D $PGDATA_DIR -l $PGDATA_DIR/log -w -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300' start" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
