#!/usr/bin/env bash
# The PDF and the Word export of the all-topics brief, timed as whole
# processes: CPU time (user + system) of RUNS paired runs (PDF, then
# Word, in turn), their medians and the ratio Word / PDF. With hyperfine
# installed, its means (wall, user, system) follow as a cross-check.
#
#   scripts/export-speed.sh            # builds the release binary first
#   EXE=path/to/egov-brief RUNS=31 scripts/export-speed.sh
#   TYPST=1 scripts/export-speed.sh    # adds Typst as a yardstick
#   FACTS=20000 RUNS=5 scripts/export-speed.sh   # a dataset at scale
#
# FACTS: the brief of a synthetic user dataset of that many facts over
# 40 topics (the scale benchmark's, benches/synthetic.rs, written once
# into a temporary folder by `cargo run --example synthetic-dataset`)
# read with `--data`, with the bundled data, instead of the bundled data
# alone.
#
# The yardstick (`pip install typst`, which bundles the compiler):
# scripts/typst-yardstick.py writes the same brief as a Typst source from
# the Word copy, set as our PDF sets it (same pages, same words: its
# docstring says what still differs), and Typst compiles it with the
# fonts of fonts/ (CPU of the compilation only, in a fresh process). Its
# runs are interleaved with ours (PDF, Word, Typst in turn), so the
# ratio PDF / Typst holds under the same load.
#
# The CPU times come from wait4(2) (microseconds; GNU time rounds to
# 10 ms, too coarse for a 20 ms export). The load average is printed
# before and after: other work on the machine raises every figure.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-15}"
if [ -z "${EXE:-}" ]; then
  cargo build --quiet --release --bin egov-brief
  EXE="${CARGO_TARGET_DIR:-target}/release/egov-brief"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
data=()
if [ -n "${FACTS:-}" ]; then
  cargo build --quiet --release --example synthetic-dataset
  "${CARGO_TARGET_DIR:-target}/release/examples/synthetic-dataset" "$out/data" "$FACTS" >/dev/null
  data=(--data "$out/data/synthetic.json")
fi
args=("${data[@]}" export --all-topics --from 2014 --to 2030 --date 2026-12-07)
pdf=("$EXE" "${args[@]}" -o "$out/brief.pdf")
docx=("$EXE" "${args[@]}" -o "$out/brief.docx")
# Warm the page cache and check both exports work.
"${pdf[@]}" >/dev/null 2>&1
"${docx[@]}" >/dev/null 2>&1
echo "binary: $EXE${FACTS:+, $FACTS synthetic facts}"
echo "PDF:  $(stat -c %s "$out/brief.pdf") bytes; Word: $(stat -c %s "$out/brief.docx") bytes"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$RUNS" "$out" "${TYPST:-}" "$EXE" "${args[@]}" <<'EOF'
import importlib.util, os, statistics, subprocess, sys

runs, out, typst, exe, args = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]

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
jobs = {"pdf": lambda: cpu(pdf), "docx": lambda: cpu(docx)}
if typst:
    spec = importlib.util.spec_from_file_location("yardstick", "scripts/typst-yardstick.py")
    y = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(y)
    os.makedirs(f"{out}/typst")
    src = y.typst_source(f"{out}/brief.docx", f"{out}/typst")
    jobs["typst"] = lambda: y.compile_once(src, f"{out}/typst.pdf")
times = {k: [] for k in jobs}
for _ in range(runs):
    for k, job in jobs.items():
        times[k].append(job())
med = {k: statistics.median(v) for k, v in times.items()}
for k, v in times.items():
    print(f"{k:5} CPU median {med[k] * 1000:7.1f} ms  (min {min(v) * 1000:.1f}, "
          f"max {max(v) * 1000:.1f}, {runs} runs)")
print(f"Word / PDF: {med['docx'] / med['pdf']:.2f}")
if typst:
    print(f"PDF / Typst: {med['pdf'] / med['typst']:.2f}")
    for name, path in (("ours", f"{out}/brief.pdf"), ("typst", f"{out}/typst.pdf")):
        print(f"{name:5} {y.pages(path)} pages, {y.words(path)} words (pdftotext)")
EOF
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if command -v hyperfine >/dev/null; then
  echo "--- hyperfine (means)"
  hyperfine --warmup 3 --runs "$RUNS" -N --style basic \
    -n pdf "$(printf '%q ' "${pdf[@]}")" \
    -n docx "$(printf '%q ' "${docx[@]}")" 2>&1 | grep -E "^Benchmark|Time|Range|±" || true
fi
