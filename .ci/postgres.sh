#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, from the machine's initdb/pg_ctl, on a Unix socket.
#   eval "$(bash .ci/postgres.sh start)"   prints the exports: TEST_DATABASE_URL and STUDY_PG_DIR
#   bash .ci/postgres.sh stop "$STUDY_PG_DIR"   stops the cluster and deletes its directory
#   DURABLE=1 bash .ci/postgres.sh start   keeps PostgreSQL's default fsync and synchronous_commit
#   bash .ci/postgres.sh crash "$DIR" / restart "$DIR"   an immediate stop (crash recovery follows)
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user.
set -euo pipefail

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bin dir
    if ! bin=$(find_bin); then
        # A fresh machine of this kind may lack the server: Debian's package provides it.
        echo "initdb not found: installing Debian's postgresql package" >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        bin=$(find_bin)
    fi
    dir=$(mktemp -d /tmp/resolution-pg.XXXXXX)
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # No TCP at all (listen_addresses empty): the socket in $dir is the only way in. Durability
    # settings off for the fast run, as the cluster is deleted after it; the durability test
    # asks for PostgreSQL's defaults (DURABLE=1), since a crash test must not rely on fsync=off.
    local options="-k $dir -c listen_addresses="
    if [[ -z "${DURABLE:-}" ]]; then
        options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    echo "$options" >"$dir/options"
    chmod a+r "$dir/options"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -U postgres study_test
    echo "export STUDY_PG_DIR='$dir'"
    echo "export TEST_DATABASE_URL='postgresql://postgres@/study_test?host=$dir'"
}

stop() {
    local dir=${1:-${STUDY_PG_DIR:-}} bin
    [[ -n "$dir" && -d "$dir/data" ]] || return 0
    bin=$(find_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    rm -rf "$dir"
}

crash() {
    local dir=$1
    as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >&2
}

restart() {
    local dir=$1
    as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(cat "$dir/options")" start >&2 || { cat "$dir/server.log" >&2; exit 1; }
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    crash) crash "$2" ;;
    restart) restart "$2" ;;
    *) echo "usage: $0 start|stop|crash|restart [DIR]" >&2; exit 2 ;;
esac
