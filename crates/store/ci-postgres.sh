# Start a local PostgreSQL for the storage suite and export ONSHORE_TEST_PG.
# Source it from CI (as root, Debian): `. crates/store/ci-postgres.sh`
# Installs Debian's `postgresql` package when missing, starts the newest
# cluster, sets a password for TCP logins on 127.0.0.1 only, and exports the
# URL that crates/store/tests run against (each test makes its own database).
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
ONSHORE_PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h | grep -q "^$ONSHORE_PGVER main " || pg_createcluster "$ONSHORE_PGVER" main >/dev/null
pg_lsclusters -h | grep -q "^$ONSHORE_PGVER main .*online" || pg_ctlcluster "$ONSHORE_PGVER" main start
su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'onshore'\"" >/dev/null
export ONSHORE_TEST_PG=postgres://postgres:onshore@127.0.0.1:5432/postgres
echo "PostgreSQL $ONSHORE_PGVER running; ONSHORE_TEST_PG=$ONSHORE_TEST_PG"
