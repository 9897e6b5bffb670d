#!/usr/bin/env bash
# Scores the bundled sample and every hand-written probe set (corpus/probes/SET/{articles,gold})
# with the shared evaluation tool, one line per set. A developer's tool: the build, the tests and
# the main job never call it, and it needs ../shared/tools/evaluate beside the checkout.
#
# usage (from the project's root):  bench/evalall.sh [OUT_DIR]     (OUT_DIR keeps each set's full report)
set -uo pipefail
evaluate=../shared/tools/evaluate
[ -x "$evaluate" ] || { echo "no $evaluate beside this checkout" >&2; exit 2; }
out=${1:-$(mktemp -d)}; mkdir -p "$out"
score() {  # NAME CORPUS GOLD
  "$evaluate" "$2" "$3" >"$out/$1.txt" 2>&1
  printf '%-14s %s\n' "$1" "$(grep '^SCORE' "$out/$1.txt" | cut -d' ' -f2- || echo 'no SCORE line')"
}
score sample corpus/sample ../shared/gold/seeds
for set in corpus/probes/*/; do
  [ -d "$set/articles" ] && [ -d "$set/gold" ] || continue
  score "$(basename "$set")" "$set/articles" "$set/gold"
done
echo "reports in $out"
