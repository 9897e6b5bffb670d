#!/usr/bin/env bash
# The Spark job with local[2] against kg's own extraction, on the same generated corpus and the same 2 cores;
# appends a dated section to bench/FINDINGS.md.
#   bench/spark-vs-build.sh 200                 N generated articles (default 200), RUNS=3 runs of each
#   RUNS=1 bench/spark-vs-build.sh 100000       the issue's scale: hours on 2 cores; up to ~100 GB under WORK
#                       at the peak (Spark's spill, N-Quads ~20 GB, the store loaded from them), 240 MB at N=200
# Each run (alternating, so drift in the machine's load hits both alike):
#   spark    spark/run-local.sh --master 'local[2]'   corpus -> N-Quads (extract, map, SHACL, write); the same
#            articles as one JSON-lines file, the input the README advises for Spark (a folder of 100k files takes
#            Spark minutes to list), while kg build reads the folder
#   load     ./kg load --bulk of that output            N-Quads -> a new TDB2 store (+ linking, text index)
#   build    ./kg build --threads 2                     corpus -> TDB2 store (extract ... load, link, compact, index)
# then, once, ./kg bench extract on the first EXTRACT_LIMIT articles (held in memory; its "full threads=2" line is
# the per-article path's throughput with no I/O). The store from the Spark output and kg build's store must hold
# the same number of quads, and the same triples in article graphs; the script says so, and exits 1 if not.
# On a machine with more than 2 cores every step runs under `taskset -c 0,1`.
# Environment: RUNS (3), WORK (target/spark-vs-build), EXTRACT_LIMIT (2000), HEAP (-Xmx4g, for both jobs),
# SEED (42), KEEP (set: keep the last run's outputs and stores; KEEP=build keeps kg build's store only, e.g. for
# `kg bench queries --store WORK/build-store`). The corpus is kept in WORK and reused for the same N and seed.
# kg build logs its garbage collections to WORK/gc-build.log: the section gives its peak heap.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-200}"
runs="${RUNS:-3}"
work="${WORK:-$root/target/spark-vs-build}"
limit="${EXTRACT_LIMIT:-2000}"
heap="${HEAP:--Xmx4g}"
seed="${SEED:-42}"
export KG_JAVA_OPTS="$heap" SPARK_JAVA_OPTS="$heap"
# Where Spark spills the per-article results it keeps between its writes (tens of GB at 100k articles): under
# WORK rather than /tmp, and removed after each run.
spill="${WORK:-$root/target/spark-vs-build}/spark-local"
export SPARK_LOCAL_DIRS="$spill"
pin=()
if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then
  pin=(taskset -c 0,1)
fi
cores="2 of $(nproc) cores$([ ${#pin[@]} -gt 0 ] && echo ' (taskset -c 0,1)' || true)"
mkdir -p "$work"
log="$work/log"
: > "$log"

say() { echo "spark-vs-build: $*" >&2; }
now() { date +%s.%N; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
# Seconds taken by a command whose output goes to the log; stops the script if the command fails (3, a partial
# build, is a failure here: generated articles all load).
timed() {
  local t0 t1
  t0=$(now)
  echo "\$ $*" >> "$log"
  if ! "$@" >> "$log" 2>&1; then
    say "failed: $* (see $log)"; tail -20 "$log" >&2; exit 1
  fi
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
quads() {
  ./kg query --store "$1" --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' 2>>"$log" | tail -1 | tr -d '\r'
}

# The jars, built before anything is timed.
./kg --version >/dev/null
spark/run-local.sh --help >/dev/null

corpus="$work/corpus-$n-seed$seed"
if [ ! -d "$corpus" ]; then
  say "generating $n articles into $corpus"
  ./kg bench gen --articles "$n" --seed "$seed" --out "$corpus.tmp" >> "$log" 2>&1
  mv "$corpus.tmp" "$corpus"
fi
jsonl="$corpus.jsonl"
if [ ! -f "$jsonl" ]; then
  ./kg bench gen --articles "$n" --seed "$seed" --jsonl --out "$jsonl.tmp" >> "$log" 2>&1
  mv "$jsonl.tmp" "$jsonl"
fi
bytes=$(du -sb "$corpus" | cut -f1)
load_before=$(load_avg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

spark_s=(); load_s=(); total_s=(); build_s=()
for r in $(seq 1 "$runs"); do
  rm -rf "$work/spark-out" "$work/spark-store" "$work/build-store"
  say "run $r/$runs: Spark job, local[2]"
  spark_s+=("$(timed "${pin[@]}" spark/run-local.sh --input "$jsonl" --output "$work/spark-out" --master 'local[2]')")
  say "run $r/$runs: kg load --bulk"
  load_s+=("$(timed "${pin[@]}" ./kg load --bulk --store "$work/spark-store" "$work/spark-out/quads")")
  total_s+=("$(awk -v a="${spark_s[-1]}" -v b="${load_s[-1]}" 'BEGIN { printf "%.1f", a + b }')")
  # Counted, then removed before kg build runs: at 100k articles the N-Quads and each store take tens of GB.
  spark_quads=$(quads "$work/spark-store")
  spark_triples=$(sed -n 's/.*"triples": \([0-9]*\).*/\1/p' "$work/spark-out/summary.json")
  if [ -z "${KEEP:-}" ] || [ "$KEEP" = build ]; then rm -rf "$work/spark-out" "$work/spark-store" "$spill"; fi
  say "run $r/$runs: kg build --threads 2"
  build_s+=("$(KG_JAVA_OPTS="$heap -Xlog:gc:file=$work/gc-build.log" \
    timed "${pin[@]}" ./kg build --threads 2 --corpus "$corpus" --store "$work/build-store")")
  # The largest heap before a collection (-Xlog:gc lines "Pause ... 812M->301M(2048M)"), in MB.
  build_peak=$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$work/gc-build.log" | sort -n | tail -1)
  build_quads=$(quads "$work/build-store")
  build_triples=$(sed -n 's/.*"triples": \([0-9]*\).*/\1/p' "$work/build-store/build-report.json" | head -1)
  [ -n "${KEEP:-}" ] || rm -rf "$work/build-store"
done

say "kg bench extract on the first $limit articles"
"${pin[@]}" ./kg bench extract --corpus "$corpus" --limit "$limit" --runs 1 > "$work/bench-extract.txt" 2>>"$log"
extract_line=$(grep -E '^full +threads=2 ' "$work/bench-extract.txt" | tail -1 || true)
extract_rate=$(echo "$extract_line" | sed -n 's/.* \([0-9.]*\) articles\/s.*/\1/p')
load_after=$(load_avg)

if [ -n "$spark_quads" ] && [ "$spark_quads" = "$build_quads" ] && [ "$spark_triples" = "$build_triples" ]; then
  match="match"
else
  match="MISMATCH"
fi

med() { median "$@"; }
runs_of() { local IFS=', '; echo "$*"; }
spark_med=$(med "${spark_s[@]}"); load_med=$(med "${load_s[@]}"); total_med=$(med "${total_s[@]}")
build_med=$(med "${build_s[@]}")
java_version=$(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/')
spark_version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' spark/pom.xml)
jena_version=$(sed -n 's:.*<jena.version>\(.*\)</jena.version>.*:\1:p' pom.xml)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
rate() { awk -v n="$n" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }

section=$(cat <<MD

### Spark job (local[2]) against kg build (--threads 2), $n generated articles ($started)

\`RUNS=$runs bench/spark-vs-build.sh $n\` at commit $commit: corpus \`kg bench gen --articles $n --seed $seed\`
($((bytes / 1024)) KB; a folder for kg build, one JSON-lines file for Spark), Java $java_version, Spark $spark_version, Jena $jena_version, $cores, heap \`$heap\` for
both; load average (1, 5, 15 min) $load_before before, $load_after after. Wall-clock seconds, median of $runs
run(s), each run alternating the two ways:

| step | median s | articles/s | runs, s |
|---|---|---|---|
| Spark job \`local[2]\`: corpus → N-Quads (extract, map, SHACL, write) | $spark_med | $(rate "$spark_med") | $(runs_of "${spark_s[@]}") |
| \`kg load --bulk\` of its output (parallel loader, linking, text index) | $load_med | | $(runs_of "${load_s[@]}") |
| Spark job + \`kg load --bulk\`: corpus → store | $total_med | $(rate "$total_med") | $(runs_of "${total_s[@]}") |
| \`kg build --threads 2\`: corpus → store (extract ... load, link, compact, index) | $build_med | $(rate "$build_med") | $(runs_of "${build_s[@]}") |
| \`kg bench extract\`, first $limit articles in memory, 2 threads (no I/O) | | ${extract_rate:-?} | |

Quads in the store bulk-loaded from the Spark output: $spark_quads; in kg build's store: $build_quads; triples in
article graphs $spark_triples and $build_triples: **$match**. Both JVMs start inside the timings (Spark's
context and CoreNLP's pipeline take some 10-20 s), which weighs on small N. Peak heap of the last \`kg build\`
(largest heap before a garbage collection): ${build_peak:-?} MB under \`$heap\`.
MD
)
printf '%s\n' "$section" >> bench/FINDINGS.md
printf '%s\n' "$section"
[ "$match" = "match" ]
