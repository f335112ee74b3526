#!/usr/bin/env bash
# Run a command (the whole test suite by default) against a throw-away MariaDB.
#
# Installs mariadb-server from Debian's packages when it is missing, starts an
# instance of its own on a unix socket in a temporary directory (no TCP port),
# creates the database, exports VICIEMU_TEST_DATABASE_URL and runs the command.
# The instance is stopped and its directory deleted whatever the outcome.
#   scripts/test-mariadb.sh [COMMAND...]     (default: python -m pytest)
set -euo pipefail

PYTHON=${PYTHON:-python3}
if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    echo "test-mariadb: installing mariadb-server from Debian's packages" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
fi
PATH="$PATH:/usr/sbin"

workdir=$(mktemp -d /tmp/viciemu-mariadb.XXXXXX)
socket="$workdir/mysqld.sock"
server_pid=""

stop_instance() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        mariadb-admin --no-defaults --socket="$socket" -uroot shutdown 2>/dev/null \
            || kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap stop_instance EXIT
trap 'exit 130' INT TERM

mariadb-install-db --no-defaults --user=root --datadir="$workdir/data" \
    --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
    >"$workdir/install.log" 2>&1 || { cat "$workdir/install.log" >&2; exit 1; }

# A test instance: durability relaxed (the host does not crash mid-test), no TCP.
mariadbd --no-defaults --user=root --datadir="$workdir/data" --socket="$socket" \
    --pid-file="$workdir/mysqld.pid" --skip-networking --skip-log-bin \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_nopad_bin \
    --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 \
    --innodb-doublewrite=0 --max-connections=300 \
    --log-error="$workdir/error.log" 2>>"$workdir/error.log" &
server_pid=$!

for _ in $(seq 1 300); do
    mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$workdir/error.log" >&2; exit 1; }
    sleep 0.1
done
mariadb --no-defaults --socket="$socket" -uroot -e \
    "CREATE DATABASE viciemu_test CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin"

export VICIEMU_TEST_DATABASE_URL="mysql+pymysql://root@localhost/viciemu_test?unix_socket=$socket&charset=utf8mb4"
echo "test-mariadb: $(mariadbd --version | awk '{print $3}') on $socket" >&2
status=0
if [ "$#" -gt 0 ]; then "$@" || status=$?; else "$PYTHON" -m pytest || status=$?; fi
exit "$status"
