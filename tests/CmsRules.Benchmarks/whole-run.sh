#!/usr/bin/env bash
# Whole-run benchmark: generates extracts of several sizes (once, cached), then times loading and computing the full
# catalogue for 8 quarters, every quarter since 2015 and every month since 2015. It also times `import` (the CSV
# extract to a snapshot file) and a run of 8 quarters from that snapshot. Prints a table of wall time, the load and
# compute split, the compute per period, CPU time and peak memory, and the scaling from one size to the next.
#
#   bash tests/CmsRules.Benchmarks/whole-run.sh                 # 100k, 1M and 3M case groups
#   SIZES="100000" bash tests/CmsRules.Benchmarks/whole-run.sh  # a quick look
#
# Extracts go to $BENCH_DIR (default /tmp/cmsrules-bench; 3M case groups take about 7.5 GB of disk, and its snapshot
# about 5.5 GB more).
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

declare -A previous
# Prints one row: times `cmsrules ARGS...` as the scenario NAME at SIZE; DETAIL follows the name (the periods by default).
row() {
  local size=$1 name=$2 detail=$3; shift 3
  local log timing wall user sys rss load compute periods per_period scale=""
  log=$(mktemp); timing=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$timing" "$cli" "$@" >"$log" 2>&1
  read -r wall user sys rss <"$timing"
  load=$(sed -n 's/.*loaded in \([0-9.]*\) s.*/\1/p' "$log"); compute=$(sed -n 's/.*computed in \([0-9.]*\) s.*/\1/p' "$log")
  periods=$(sed -n 's/^\([0-9]*\) \(quarter\|month\)s from.*/\1/p' "$log")
  [ -n "$detail" ] || detail=$(sed -n 's/^\([0-9]*\) \(quarter\|month\)s from.*/\1 \2s/p' "$log")
  if [ -n "${previous[$name]:-}" ]; then scale=$(awk -v a="$wall" -v b="${previous[$name]}" 'BEGIN { printf " (x%.1f)", a / b }'); fi
  previous[$name]=$wall
  per_period=-
  if [ -n "$compute" ] && [ -n "$periods" ]; then per_period=$(awk -v c="$compute" -v p="$periods" 'BEGIN { printf "%.0f", 1000 * c / p }'); fi
  printf '| %s | %s (%s) | %s%s | %s | %s | %s | %.1f | %.1f |\n' "$size" "$name" "$detail" "$wall" "$scale" "$load" "${compute:--}" "$per_period" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(awk -v k="$rss" 'BEGIN { print k / 1048576 }')"
  rm -f "$log" "$timing"
}

# Fresh memory is much of a run's cost on a virtual machine; huge pages cut it (see the README), so say if they are on.
echo "transparent huge pages: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo unknown); $(nproc) cores"
printf '| case groups | periods | wall s | load s | compute s | compute ms / period | CPU s | peak GiB |\n|---:|---|---:|---:|---:|---:|---:|---:|\n'
for size in $SIZES; do
  data="$BENCH_DIR/extract-$size"
  [ -d "$data" ] || "$cli" generate --case-groups "$size" --seed 1 --out "$data" >/dev/null
  for scenario in "${scenarios[@]}"; do
    name=${scenario%%|*}; args=${scenario#*|}
    # shellcheck disable=SC2086
    row "$size" "$name" "" run --data "$data" --out "$BENCH_DIR/out-$size" $args
  done
  row "$size" "import to a snapshot" "CSV load, hash and write" import --data "$data" --out "$data.cmsx"
  row "$size" "8 quarters from the snapshot" "$(du -m "$data.cmsx" | cut -f1) MiB" run --data "$data.cmsx" --out "$BENCH_DIR/out-$size"
done
