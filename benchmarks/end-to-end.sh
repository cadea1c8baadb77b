#!/usr/bin/env bash
# End-to-end timing of `fremdrift report` on synthetic municipalities of 10,000, 50,000 and 200,000 children, each
# run in a fresh JVM with -Xmx512m under /usr/bin/time -v (wall time and maximum resident set size).
#
#   benchmarks/end-to-end.sh                   # sizes 10000 50000 200000, the report's default --threads
#   SIZES="50000 200000" THREADS="1 2" benchmarks/end-to-end.sh
#
# Needs examples/target/fremdrift.jar (./mvnw -B -o -pl examples package -DskipTests) and
# benchmarks/target/benchmarks.jar (./mvnw -B -o -pl benchmarks package -DskipTests). The cases are generated once
# per size into $WORK (default benchmarks/target/end-to-end) by dk.fremdrift.benchmarks.cases.GenerateCases: the
# same file as `fremdrift demo --children N --as-of 2026-11-23` writes as cases.jsonl. Set REGENERATE=1 to remake
# them. Prints one table row per size and thread count; the raw /usr/bin/time output stays in $WORK.
# LIBS=path.jar puts other builds of the library classes ahead of the jar's own (java -cp LIBS:JAR), to time the
# same command line on them.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-examples/target/fremdrift.jar}
BENCH_JAR=${BENCH_JAR:-benchmarks/target/benchmarks.jar}
WORK=${WORK:-benchmarks/target/end-to-end}
SIZES=${SIZES:-"10000 50000 200000"}
THREADS=${THREADS:-default}
HEAP=${HEAP:--Xmx512m}
AS_OF=2026-11-23

for f in "$JAR" "$BENCH_JAR" /usr/bin/time; do
    [[ -e $f ]] || { echo "missing $f (see the comment at the top of $0)" >&2; exit 1; }
done
mkdir -p "$WORK"

printf '%-9s %-8s %9s %9s %10s %9s %12s %6s\n' cases threads "input MB" "wall s" "cases/s" "MB/s" "max RSS MB" "CPU %"
for n in $SIZES; do
    input="$WORK/cases-$n.jsonl"
    if [[ ! -s $input || -n ${REGENERATE:-} ]]; then
        java -cp "$BENCH_JAR" dk.fremdrift.benchmarks.cases.GenerateCases "$n" "$input" >&2
    fi
    bytes=$(stat -c %s "$input")
    for t in $THREADS; do
        out="$WORK/report-$n-t$t"
        rm -rf "$out"
        threads=()
        [[ $t != default ]] && threads=(--threads "$t")
        launch=(-jar "$JAR")
        [[ -n ${LIBS:-} ]] && launch=(-cp "$LIBS:$JAR" dk.fremdrift.examples.cli.Fremdrift)
        /usr/bin/time -v -o "$WORK/time-$n-t$t.txt" \
            java "$HEAP" "${launch[@]}" report --input "$input" --out "$out" --as-of "$AS_OF" --quiet "${threads[@]}" \
            > "$WORK/stdout-$n-t$t.txt" 2> "$WORK/stderr-$n-t$t.txt" || {
            echo "report failed for $n cases (threads $t); see $WORK/stderr-$n-t$t.txt" >&2
            exit 1
        }
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time-$n-t$t.txt")
        seconds=$(awk -v w="$wall" 'BEGIN { k = split(w, p, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + p[i]; print s }')
        rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time-$n-t$t.txt")
        cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$WORK/time-$n-t$t.txt")
        awk -v n="$n" -v t="$t" -v b="$bytes" -v s="$seconds" -v r="$rss_kb" -v c="$cpu" 'BEGIN {
            printf "%-9d %-8s %9.1f %9.2f %10.0f %9.1f %12.0f %6s\n", n, t, b / 1e6, s, n / s, b / 1e6 / s, r / 1024, c }'
    done
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
