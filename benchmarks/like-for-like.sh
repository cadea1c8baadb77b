#!/usr/bin/env bash
# Like-for-like speed of the metrics stage (issue 14's guard): an older build against this one, on the same cases
# (the older build's synthetic cases) and with the same indicators (the older build's standard ones), each stage the
# best of many passes by the thread's CPU time, the two builds alternated PAIRS times.
#
#   benchmarks/like-for-like.sh BASE_REV [PAIRS]      e.g. benchmarks/like-for-like.sh 1ccd187 6
#
# Needs the base's benchmarks.jar API as of 1ccd187 or later (SyntheticCases, Indicators.standard()).
set -euo pipefail
BASE=${1:?give the base revision, e.g. 1ccd187}
PAIRS=${2:-6}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
echo "work: $WORK"
if [ ! -f "$WORK/base.jar" ]; then
  git -C "$ROOT" worktree add -f "$WORK/base-src" "$BASE" >/dev/null
  (cd "$WORK/base-src" && ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl benchmarks -am)
  cp "$WORK/base-src/benchmarks/target/benchmarks.jar" "$WORK/base.jar"
  git -C "$ROOT" worktree remove --force "$WORK/base-src"
fi
if [ ! -f "$WORK/new.jar" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl benchmarks -am)
  cp "$ROOT/benchmarks/target/benchmarks.jar" "$WORK/new.jar"
fi
SRC="$ROOT/benchmarks/like-for-like"
javac -cp "$WORK/base.jar" -d "$WORK/base" "$SRC/Dump.java" "$SRC/LikeForLikeBase.java"
javac -cp "$WORK/new.jar" -d "$WORK/new" "$SRC/LikeForLike.java"
cd "$WORK"
java -cp "$WORK/base.jar:$WORK/base" Dump
run() { # stage-of-base stage-of-new passes
  echo "base $(java -Xms1g -Xmx1g -cp "$WORK/base.jar:$WORK/base" LikeForLikeBase 15 "$3" "$1" | grep us)"
  echo "new  $(java -Xms1g -Xmx1g -cp "$WORK/new.jar:$WORK/new" dk.fremdrift.metrics.LikeForLike 15 "$3" "$2" | grep us)"
}
for _ in $(seq "$PAIRS"); do run 0 1 150; done
for _ in $(seq "$PAIRS"); do run 2 3 30; done
for _ in $(seq 2); do run 4 4 40; run 5 5 40; done
