#!/usr/bin/env bash
# Benchmark of issue 3: drafting and guarding 10,000 and 100,000 contacts with the real pure parts
# (InvitationRenderer + built-in templates, Guard with the shipped rules, BlastDetector).
#
#   bench/drafting.sh [SIZES...]      (default: 10000 100000)
#   BENCH_ITERATIONS=3 BENCH_WARMUPS=1 (of the first size) BENCH_GUARD_ITERATIONS=1 (above 10k)
#   BENCH_DRAFT_HEAP=2g BENCH_SAMPLE=false BENCH_GUARD=true BENCH_FREE_NOTES=false
#
# Compiles src/test/java/app/rapport/bench/*.java with javac against the packaged app
# (target/classes and target/quarkus-app/lib/main, built once), so no test suite runs, then
# runs app.rapport.bench.DraftingBenchmark. Prints per-stage min/median seconds and items/s, and
# BLAST's growth from 10k to 100k (goal: <= 12x), and the guard's CPU time per draft (the
# benchmark thread's, which the shared cores' load does not inflate). Takes several minutes.
source "$(dirname "$0")/lib.sh"

bench_java_home
bench_machine
echo "load before: $(bench_load)"
bench_build
cd "$BENCH_ROOT"
out=target/bench-classes
rm -rf "$out"
mkdir -p "$out"
cp="target/classes:target/quarkus-app/lib/main/*"
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$cp" src/test/java/app/rapport/bench/*.java
"$JAVA_HOME/bin/java" "-Xms${BENCH_DRAFT_HEAP:-2g}" "-Xmx${BENCH_DRAFT_HEAP:-2g}" \
  "-Dbench.iterations=${BENCH_ITERATIONS:-3}" "-Dbench.warmups=${BENCH_WARMUPS:-1}" \
  "-Dbench.sample=${BENCH_SAMPLE:-false}" "-Dbench.guardIterations=${BENCH_GUARD_ITERATIONS:-1}" \
  "-Dbench.guard=${BENCH_GUARD:-true}" "-Dbench.freeNotes=${BENCH_FREE_NOTES:-false}" \
  -cp "$out:$cp" app.rapport.bench.DraftingBenchmark "$@"
echo "load after: $(bench_load)"
