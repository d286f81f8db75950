#!/usr/bin/env bash
# The PDF and the Word export of the all-topics brief, timed as whole
# processes: CPU time (user + system) of RUNS paired runs (PDF, then
# Word, in turn), their medians and the ratio Word / PDF. With hyperfine
# installed, its means (wall, user, system) follow as a cross-check.
#
#   scripts/export-speed.sh            # builds the release binary first
#   EXE=path/to/egov-brief RUNS=31 scripts/export-speed.sh
#   TYPST=1 scripts/export-speed.sh   # adds Typst as a yardstick
#
# The yardstick (`pip install typst`, which bundles the compiler):
# scripts/typst-yardstick.py writes the same brief as a Typst source from
# the Word copy (words, emphasis, tables, the SVG charts) and times Typst
# compiling it with the bundled fonts (CPU of the compilation, median of
# RUNS fresh processes).
#
# The CPU times come from wait4(2) (microseconds; GNU time rounds to
# 10 ms, too coarse for a 20 ms export). Run it on an otherwise idle
# machine: the figures in README.md ("Speed") were taken so.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-15}"
if [ -z "${EXE:-}" ]; then
  cargo build --quiet --release --bin egov-brief
  EXE="${CARGO_TARGET_DIR:-target}/release/egov-brief"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
args=(export --all-topics --from 2014 --to 2030 --date 2026-12-07)
pdf=("$EXE" "${args[@]}" -o "$out/brief.pdf")
docx=("$EXE" "${args[@]}" -o "$out/brief.docx")
# Warm the page cache and check both exports work.
"${pdf[@]}" >/dev/null 2>&1
"${docx[@]}" >/dev/null 2>&1
echo "binary: $EXE"
echo "PDF:  $(stat -c %s "$out/brief.pdf") bytes; Word: $(stat -c %s "$out/brief.docx") bytes"

python3 - "$RUNS" "$out" "$EXE" "${args[@]}" <<'EOF'
import os, statistics, subprocess, sys

runs, out, exe, args = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]

def cpu(cmd):
    """CPU seconds (user + system) of one run of cmd."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    p = subprocess.Popen(cmd, stdout=devnull, stderr=devnull)
    os.close(devnull)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return ru.ru_utime + ru.ru_stime

pdf = [exe, *args, "-o", f"{out}/brief.pdf"]
docx = [exe, *args, "-o", f"{out}/brief.docx"]
cmds = {"pdf": pdf, "docx": docx}
times = {k: [] for k in cmds}
for _ in range(runs):
    for k, cmd in cmds.items():
        times[k].append(cpu(cmd))
med = {k: statistics.median(v) for k, v in times.items()}
for k, v in times.items():
    print(f"{k:5} CPU median {med[k] * 1000:7.1f} ms  (min {min(v) * 1000:.1f}, "
          f"max {max(v) * 1000:.1f}, {runs} runs)")
print(f"Word / PDF: {med['docx'] / med['pdf']:.2f}")
EOF

if [ -n "${TYPST:-}" ]; then
  echo "--- Typst yardstick (same brief, from the Word copy)"
  RUNS="$RUNS" python3 scripts/typst-yardstick.py "$out/brief.docx"
fi

if command -v hyperfine >/dev/null; then
  echo "--- hyperfine (means)"
  hyperfine --warmup 3 --runs "$RUNS" -N --style basic \
    -n pdf "$(printf '%q ' "${pdf[@]}")" \
    -n docx "$(printf '%q ' "${docx[@]}")" 2>&1 | grep -E "^Benchmark|Time|Range|±" || true
fi
