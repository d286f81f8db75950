#!/usr/bin/env python3
"""Fill in (or check) the byte offsets of every quote in assets/dataset.json.

Each fact quotes its source verbatim; the quote's `start`/`end` are byte
offsets (end exclusive) into the UTF-8 seed file in seeds/. Offsets are
tedious and error-prone to compute by hand, so write the quote text and let
this script find it:

    python3 scripts/dataset_offsets.py          # fix offsets, rewrite the file
    python3 scripts/dataset_offsets.py --check  # report only, change nothing

For each quote:
  * not found in its seed        -> error;
  * found once                   -> offsets set to that place;
  * found several times          -> the existing offsets are kept when they
                                    point at one of the occurrences; otherwise
                                    the first occurrence inside a body span is
                                    taken and a warning is printed.
It also warns when a quote lies outside every body span of its source.

Seeds are read as NFC text (as the app does); the bundled seeds are NFC
already, so the offsets are the files' own byte offsets.

Exit status: 0 when everything is (now) consistent, 1 on any error, or, with
--check, when some offsets would change. Standard library only.
"""

import argparse
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def occurrences(haystack: bytes, needle: bytes):
    out = []
    at = haystack.find(needle)
    while at != -1:
        out.append(at)
        at = haystack.find(needle, at + 1)
    return out


def in_body(spans, start, end):
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report, do not write")
    ap.add_argument(
        "--dataset",
        default=os.path.join(ROOT, "assets", "dataset.json"),
        help="dataset file (default: assets/dataset.json)",
    )
    ap.add_argument(
        "--seeds",
        default=os.path.join(ROOT, "seeds"),
        help="directory of seed files (default: seeds/)",
    )
    args = ap.parse_args()

    with open(args.dataset, encoding="utf-8") as f:
        data = json.load(f)

    sources = {}
    for s in data.get("sources", []):
        path = os.path.join(args.seeds, s["seed_file"])
        try:
            with open(path, encoding="utf-8") as f:
                text = unicodedata.normalize("NFC", f.read())
        except OSError as e:
            print(f"error: source {s['id']}: cannot read {path}: {e}")
            continue
        sources[s["id"]] = (text.encode("utf-8"), s.get("body", []))

    errors = warnings = changed = 0
    for i, fact in enumerate(data.get("facts", [])):
        rec = f"facts[{i}] {fact.get('id')!r}"
        src = sources.get(fact.get("source"))
        if src is None:
            print(f"error: {rec}: unknown or unreadable source {fact.get('source')!r}")
            errors += 1
            continue
        seed, body = src
        quote = fact.get("quote", {})
        text = unicodedata.normalize("NFC", quote.get("text", ""))
        if not text:
            print(f"error: {rec}: empty quote")
            errors += 1
            continue
        needle = text.encode("utf-8")
        hits = occurrences(seed, needle)
        if not hits:
            print(f"error: {rec}: quote not found in {fact['source']}: {text[:70]!r}")
            errors += 1
            continue
        old = (quote.get("start"), quote.get("end"))
        if len(hits) == 1:
            start = hits[0]
        elif old[0] in hits and old[1] == old[0] + len(needle):
            start = old[0]
        else:
            inside = [h for h in hits if in_body(body, h, h + len(needle))]
            start = (inside or hits)[0]
            print(
                f"warning: {rec}: quote occurs {len(hits)} times; "
                f"taking the one at {start}: {text[:50]!r}"
            )
            warnings += 1
        end = start + len(needle)
        if not in_body(body, start, end):
            print(f"warning: {rec}: quote {start}..{end} lies outside every body span")
            warnings += 1
        if (start, end) != old:
            changed += 1
            if args.check:
                print(f"mismatch: {rec}: offsets {old[0]}..{old[1]} should be {start}..{end}")
            quote["start"], quote["end"] = start, end

    print(
        f"{len(data.get('facts', []))} quotes, {changed} offsets "
        f"{'to change' if args.check else 'changed'}, {warnings} warnings, {errors} errors"
    )
    if not args.check and changed:
        tmp = args.dataset + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
        os.replace(tmp, args.dataset)
    if errors or (args.check and changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
