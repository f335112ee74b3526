#!/usr/bin/env bash
# Run a command (the whole test suite by default) against a throw-away PostgreSQL.
#
# Installs postgresql from Debian's packages when it is missing, starts a
# cluster of its own in a temporary directory, listening only on a unix socket
# there (no TCP port), creates the database, exports VICIEMU_TEST_DATABASE_URL
# and runs the command. PostgreSQL refuses to run as root, so as root the
# cluster belongs to the postgres user. The cluster is stopped and its
# directory deleted whatever the outcome.
#   scripts/test-postgres.sh [COMMAND...]    (default: python -m pytest)
set -euo pipefail

PYTHON=${PYTHON:-python3}
pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}
if [ -z "$(pg_bin)" ]; then
    echo "test-postgres: installing postgresql from Debian's packages" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(pg_bin)

workdir=$(mktemp -d /tmp/viciemu-postgres.XXXXXX)
as_owner=()
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$workdir"
    as_owner=(runuser -u postgres --)
fi
data="$workdir/data"
started=""

stop_cluster() {
    if [ -n "$started" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

"${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }
# A test cluster: durability relaxed (the host does not crash mid-test), no TCP.
started=yes
"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$workdir/server.log" -w -t 60 start -o \
    "-c listen_addresses='' -c unix_socket_directories='$workdir' -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 \
     -c shared_buffers=256MB" >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }
"$bin/createdb" -h "$workdir" -U postgres -T template0 -E UTF8 --locale=C.UTF-8 viciemu_test

export VICIEMU_TEST_DATABASE_URL="postgresql+psycopg2://postgres@/viciemu_test?host=$workdir"
echo "test-postgres: $("$bin/postgres" --version) on $workdir" >&2
status=0
if [ "$#" -gt 0 ]; then "$@" || status=$?; else "$PYTHON" -m pytest || status=$?; fi
exit "$status"
