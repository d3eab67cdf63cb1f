#!/usr/bin/env bash
# Measures what the foundation promises: cold start to healthy on the embedded default (first start, with initdb
# and data loading, and a restart on the kept data), the same against an external PostgreSQL 15, heap in use
# after start, and the jar size. Prints figures; changes nothing outside a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/omkijken.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d /tmp/omkijken-bench.XXXXXX)
chmod 755 "$work"
port=18080

wait_healthy() {
  local from=$1
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    sleep 0.1
    if (( $(date +%s) - ${from%.*} > 120 )); then echo "not healthy after 120 s" >&2; return 1; fi
  done
  echo "$(date +%s.%N) - $from" | bc
}

heap_used_mb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit } }'
}

# run LABEL JAR JAVA_OPTIONS [VAR=VALUE ...]
run() {
  local label=$1 jar=$2 options=$3; shift 3
  local from; from=$(date +%s.%N)
  # Started from the jar's folder: a class-data-sharing archive only serves the class path it was made with.
  (cd "$(dirname "$jar")" && exec env "$@" SERVER_PORT=$port java $options -jar "$(basename "$jar")") \
    > "$work/$label.log" 2>&1 &
  local pid=$!
  local seconds; seconds=$(wait_healthy "$from")
  printf '%-34s %6.2f s to healthy, %4d MB heap in use after start\n' "$label" "$seconds" "$(heap_used_mb $pid)"
  kill $pid; wait $pid 2>/dev/null || true
}

echo "jar: $(du -m target/omkijken.jar | cut -f1) MB ($(stat -c %s target/omkijken.jar) bytes); cores: $(nproc)"
run embedded-first-start target/omkijken.jar "" OMKIJKEN_DATABASE_EMBEDDED_DATA_DIRECTORY="$work/data"
run embedded-restart target/omkijken.jar "" OMKIJKEN_DATABASE_EMBEDDED_DATA_DIRECTORY="$work/data"

# The same jar, extracted and started with a class-data-sharing archive that a training start writes at exit (README).
java -Djarmode=tools -jar target/omkijken.jar extract --destination "$work/cds" >/dev/null
run cds-training-start "$work/cds/omkijken.jar" "-XX:ArchiveClassesAtExit=omkijken.jsa" \
  OMKIJKEN_DATABASE_EMBEDDED_DATA_DIRECTORY="$work/training"
run embedded-restart-with-cds "$work/cds/omkijken.jar" "-XX:SharedArchiveFile=omkijken.jsa" \
  OMKIJKEN_DATABASE_EMBEDDED_DATA_DIRECTORY="$work/data"

pgbin=/usr/lib/postgresql/15/bin
if [ -x "$pgbin/postgres" ] && id postgres >/dev/null 2>&1; then
  pgdata="$work/pg15"; mkdir "$pgdata"; chown postgres:postgres "$pgdata"
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres -A trust >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/log" -w -o "-p 55433 -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  runuser -u postgres -- "$pgbin/createdb" -h /tmp -p 55433 -U postgres omkijken
  run external-pg15-first-start target/omkijken.jar "" SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:55433/omkijken SPRING_DATASOURCE_USERNAME=postgres
  run external-pg15-restart target/omkijken.jar "" SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:55433/omkijken SPRING_DATASOURCE_USERNAME=postgres
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null
else
  echo "external PostgreSQL 15 skipped: $pgbin/postgres not installed (apt-get install postgresql-15)"
fi
rm -rf "$work"
