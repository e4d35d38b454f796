# Helpers shared by the benchmark scripts (sourced, not run).
# median of numbers (0 for none)
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print 0; exit } print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# median and spread of numbers with a unit: spread ' s' 12.3 11.9 12.8 gives "12.3 s (11.9-12.8)"; one number alone
# without the spread
spread() {
  local unit="$1"; shift
  printf '%s\n' "$@" | sort -g | awk -v u="$unit" '{ v[NR] = $1 } END {
    if (NR == 0) { printf "n/a"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    f = m >= 100 ? "%.0f" : m >= 10 ? "%.1f" : "%.2f"
    printf f u, m
    if (NR > 1) printf " (" f "-" f ")", v[1], v[NR]
  }'
}
