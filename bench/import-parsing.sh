#!/usr/bin/env bash
# The service's CPU share of issue 2's import, without HTTP or PostgreSQL: how fast the pure
# parsing, validation and staging text of a 1,000,000-row CSV are (same file as bench/import.sh).
#
#   bench/import-parsing.sh [N] [RUNS] [WARMUPS]     (default 1000000 5 2)
#   BENCH_JFR=1  record a JDK Flight Recorder profile into $BENCH_WORK/parsing.jfr
#
# Compiles ImportParsingBenchmark with javac against the packaged app (no test suite runs) and
# prints, per run, rows/s and the benchmark thread's CPU time per row for reading alone and for
# reading plus the staging table's COPY text.
source "$(dirname "$0")/lib.sh"

n="${1:-1000000}"
bench_java_home
bench_machine
bench_build
csv="$BENCH_WORK/contacts-$n.csv"
[ -f "$csv" ] || "$BENCH_ROOT/bench/generate-contacts.sh" "$n" "$csv"
cd "$BENCH_ROOT"
out=target/bench-parsing-classes
rm -rf "$out"
mkdir -p "$out"
cp="target/classes:target/quarkus-app/lib/main/*"
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$cp" \
  src/test/java/app/rapport/contact/importing/ImportParsingBenchmark.java
jfr=()
if [ "${BENCH_JFR:-}" = 1 ]; then
  jfr=("-XX:StartFlightRecording=filename=$BENCH_WORK/parsing.jfr,settings=profile")
fi
echo "load before: $(bench_load)"
"$JAVA_HOME/bin/java" -Xmx256m "${jfr[@]}" -cp "$out:$cp" \
  app.rapport.contact.importing.ImportParsingBenchmark "$csv" "${2:-5}" "${3:-2}"
echo "load after: $(bench_load)"
