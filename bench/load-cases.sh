#!/usr/bin/env bash
# Loads bench/cases.sql (300,000 synthetic cases of 2025) into the center's database.
#   bench/load-cases.sh h2 /path/to/data/onestop   (the H2 file database of a STOPPED server, without .mv.db)
#   bench/load-cases.sh postgresql                 (uses ONESTOP_DB_URL/USER/PASSWORD, psql from Debian)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
case "${1:-}" in
  h2)
    db=${2:?the H2 database file, without .mv.db}
    jar=$(find "$here/../config/target/wildfly-39.0.1.Final/modules" -name 'h2-*.jar' | head -1)
    sed -e "/^--/d" -e "s/FROM ROWS(\([0-9]*\))/FROM (SELECT \"X\" AS x FROM SYSTEM_RANGE(1, \1)) AS r/" "$here/cases.sql" > /tmp/onestop-bench-cases-h2.sql
    java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa -password sa -script /tmp/onestop-bench-cases-h2.sql
    ;;
  postgresql)
    url=${ONESTOP_DB_URL:?}; hostport=${url#jdbc:postgresql://}; host=${hostport%%:*}; rest=${hostport#*:}; port=${rest%%/*}; db=${rest#*/}
    sed -e 's/FROM ROWS(\([0-9]*\))/FROM generate_series(1, \1) AS x/' "$here/cases.sql" > /tmp/onestop-bench-cases-pg.sql
    PGPASSWORD=$ONESTOP_DB_PASSWORD psql -h "$host" -p "$port" -U "$ONESTOP_DB_USER" -d "$db" -v ON_ERROR_STOP=1 \
        -f /tmp/onestop-bench-cases-pg.sql
    ;;
  *) echo "usage: $0 h2 DBFILE | postgresql" >&2; exit 2;;
esac
