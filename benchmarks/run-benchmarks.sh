#!/usr/bin/env bash
# Reproduces the tables of benchmarks/README.md: builds the libraries and the benchmark jar, runs the JSON Lines and
# case pipeline benchmarks (each beside its baseline in the same run), prints them as tables of absolute figures
# and ratios, then runs end-to-end.sh if the command line's jar exists.
#
#   benchmarks/run-benchmarks.sh                 # build, JMH, end to end
#   SKIP_BUILD=1 SKIP_E2E=1 benchmarks/run-benchmarks.sh
#   JMH_OPTS="-f 1 -wi 10 -i 10 -w 2 -r 2" benchmarks/run-benchmarks.sh
#   CALENDAR=1 benchmarks/run-benchmarks.sh      # also the calendar benchmark (its own table in the README)
#
# Results go to benchmarks/target/results/ (JMH's CSV and text output).
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 5 -i 5 -w 2 -r 2"}
OUT=benchmarks/target/results
JAR=benchmarks/target/benchmarks.jar

if [[ -z ${SKIP_BUILD:-} ]]; then
    # The case benchmarks use the synthetic municipality and the JSON Lines reader of examples; installing it also
    # packages examples/target/fremdrift.jar with these libraries for end-to-end.sh.
    ./mvnw -B -q -o -pl core-model,deadlines,validation,metrics,examples install -DskipTests
    ./mvnw -B -q -o -pl benchmarks package -DskipTests
fi
mkdir -p "$OUT"

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" dk.fremdrift.benchmarks.cases.CaseCensus | sed -n '1,2p;/bytes per JSON line/p;/deadline evaluations/p;/review findings/p'

# shellcheck disable=SC2086
java -jar "$JAR" 'dk.fremdrift.benchmarks.(json|pipeline)' $JMH_OPTS -rf csv -rff "$OUT/jmh.csv" > "$OUT/jmh.txt"
if [[ -n ${CALENDAR:-} ]]; then
    # shellcheck disable=SC2086
    java -jar "$JAR" Calendar $JMH_OPTS -rf csv -rff "$OUT/calendar.csv" > "$OUT/calendar.txt"
    grep -E '^(Benchmark|CalendarBenchmark)' "$OUT/calendar.txt"
fi

# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"[,"Param: ..."]
awk -F',' '
    function name(s) { gsub(/"/, "", s); sub(/^dk\.fremdrift\.benchmarks\./, "", s); return s }
    NR > 1 { b = name($1); score[b] = $5; err[b] = $6 }
    END {
        printf "\nJSON Lines reading, one line (case) per operation, one thread; ratio = cases/s over bind\n"
        printf "%-40s %12s %9s %9s %7s\n", "benchmark", "cases/s", "±", "MB/s", "ratio"
        n = split("scanBytes tokens readTree bind bindUtf8 decodeAndBind bindJacksonDates", j, " ")
        for (i = 1; i <= n; i++) {
            k = "json.JsonLinesBenchmark." j[i]
            if (!(k in score)) continue
            printf "%-40s %12.0f %9.0f %9.1f %6.2fx\n", k, score[k], err[k], score[k ":bytes"] / 1e6, score[k] / score["json.JsonLinesBenchmark.bind"]
        }
        printf "\nCase pipeline on cases in memory, one thread; ratio = time per case over read (the JSON binding)\n"
        printf "%-54s %12s %9s %10s %7s\n", "benchmark", "cases/s", "±", "us/case", "ratio"
        n = split("read engine review metrics engineReviewMetrics readEngineReviewMetrics", p, " ")
        for (i = 1; i <= n; i++) {
            k = "pipeline.CasePipelineBenchmark." p[i]
            if (!(k in score)) continue
            printf "%-54s %12.0f %9.0f %10.2f %6.2fx\n", k, score[k], err[k], 1e6 / score[k], score["pipeline.CasePipelineBenchmark.read"] / score[k]
        }
    }' "$OUT/jmh.csv"

if [[ -z ${SKIP_E2E:-} ]]; then
    if [[ -f examples/target/fremdrift.jar ]]; then
        echo
        benchmarks/end-to-end.sh
    else
        echo "examples/target/fremdrift.jar is missing: no end-to-end figures (./mvnw -B -o -pl examples package -DskipTests)"
    fi
fi
