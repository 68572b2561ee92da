# Shared by scripts/benchmark and scripts/benchmark-scaling (sourced, not run).
# Needs $tmp (a scratch directory) and $best_of (runs per measure).

now() { date +%s%N; }

# best COMMAND...: run it $best_of times, output discarded; sets best_s, the
# least wall seconds (the run least disturbed by the rest of the machine),
# and peak_kib, the largest peak resident memory of those runs.
best() {
  local i start end kib
  best_s="" peak_kib=0
  for ((i = 0; i < best_of; ++i)); do
    start=$(now)
    /usr/bin/time -f %M -o "$tmp/time" "$@" > /dev/null
    end=$(now)
    kib=$(tail -1 "$tmp/time")  # (after "Command exited with non-zero status N", if any)
    if ((kib > peak_kib)); then peak_kib=$kib; fi
    best_s=$(awk -v t=$((end - start)) -v b="$best_s" 'BEGIN { s = t / 1e9; if (b != "" && b + 0 < s) s = b; printf "%.4f", s }')
  done
}
