#!/bin/bash
# A private PostgreSQL server for the tests: initdb in a temporary directory, unix socket only (no TCP
# port to collide on), stopped and removed at the end.
#   pg-fixture.sh start STATE_DIR   → writes STATE_DIR/url (postgresql://…) and STATE_DIR/dir
#   pg-fixture.sh stop  STATE_DIR
# initdb and postgres refuse to run as root: as root the server runs as the `postgres` system user
# (PC_PG_USER overrides), otherwise as the current user. PC_PG_FSYNC=on keeps fsync for benchmarks.
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state directory}
bin=${PC_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "${PC_PG_USER:-postgres}" -- "$@"
  else
    "$@"
  fi
}

stop() {
  [ -f "$state/dir" ] || return 0
  local dir
  dir=$(cat "$state/dir")
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  rm -f "$state/dir" "$state/url"
}

case "$cmd" in
start)
  mkdir -p "$state"
  stop # a server left over from an interrupted run
  # Short path: a unix socket path must stay under 108 bytes.
  dir=$(mktemp -d /tmp/pc-pg.XXXXXX)
  echo "$dir" >"$state/dir"
  if [ "$(id -u)" = 0 ]; then
    chown "${PC_PG_USER:-postgres}" "$dir"
  fi
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  fsync=${PC_PG_FSYNC:-off}
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -p 5432 -c fsync=$fsync -c synchronous_commit=$fsync -c full_page_writes=$fsync -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  # The socket directory must be reachable by the (non-root) test user as well.
  chmod 755 "$dir"
  echo "postgresql://postgres@localhost/postgres?host=$dir&port=5432" >"$state/url"
  echo "PostgreSQL running in $dir"
  ;;
stop)
  stop
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
