#!/usr/bin/env bash
# Whole-run benchmark: generates extracts of several sizes (once, cached), then times loading and computing the full
# catalogue for 8 quarters, every quarter since 2015 and every month since 2015. Prints a table of wall time, the load
# and compute split, CPU time and peak memory, and the scaling from one size to the next.
#
#   bash tests/CmsRules.Benchmarks/whole-run.sh                 # 100k, 1M and 3M case groups
#   SIZES="100000" bash tests/CmsRules.Benchmarks/whole-run.sh  # a quick look
#
# Extracts go to $BENCH_DIR (default /tmp/cmsrules-bench; 3M case groups take about 7.5 GB of disk).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${SIZES:-"100000 1000000 3000000"}
BENCH_DIR=${BENCH_DIR:-/tmp/cmsrules-bench}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

dotnet build -c Release src/CmsRules.Cli -v q -nologo >/dev/null
cli=src/CmsRules.Cli/bin/Release/net10.0/cmsrules
mkdir -p "$BENCH_DIR"

scenarios=(
  "8 quarters|"
  "quarters since 2015|--from 2015-01"
  "months since 2015|--frequency month --from 2015-01"
)

printf '| case groups | periods | wall s | load s | compute s | CPU s | peak GiB |\n|---:|---|---:|---:|---:|---:|---:|\n'
declare -A previous
for size in $SIZES; do
  data="$BENCH_DIR/extract-$size"
  [ -d "$data" ] || "$cli" generate --case-groups "$size" --seed 1 --out "$data" >/dev/null
  for scenario in "${scenarios[@]}"; do
    name=${scenario%%|*}; args=${scenario#*|}
    log=$(mktemp); timing=$(mktemp)
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$timing" "$cli" run --data "$data" --out "$BENCH_DIR/out-$size" $args >"$log" 2>&1
    read -r wall user sys rss <"$timing"
    load=$(sed -n 's/.*loaded in \([0-9.]*\) s.*/\1/p' "$log"); compute=$(sed -n 's/.*computed in \([0-9.]*\) s.*/\1/p' "$log")
    periods=$(sed -n 's/^\([0-9]*\) \(quarter\|month\)s from.*/\1 \2s/p' "$log")
    scale=""
    if [ -n "${previous[$name]:-}" ]; then scale=$(awk -v a="$wall" -v b="${previous[$name]}" 'BEGIN { printf " (x%.1f)", a / b }'); fi
    previous[$name]=$wall
    printf '| %s | %s (%s) | %s%s | %s | %s | %.1f | %.1f |\n' "$size" "$name" "$periods" "$wall" "$scale" "$load" "$compute" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(awk -v k="$rss" 'BEGIN { print k / 1048576 }')"
    rm -f "$log" "$timing"
  done
done
