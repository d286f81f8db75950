#!/usr/bin/env python3
"""The Typst yardstick: the same brief typeset by Typst, timed.

Reads a .docx exported by egov-brief (its words, emphasis, tables and
SVG charts), writes the same content as a Typst source beside the
charts, and times Typst compiling it to PDF with the bundled fonts:
the median CPU time (user + system) of RUNS compilations, each in a
fresh process, counting the compilation only (not Python's start).

    pip install typst                       # typst-py bundles the compiler
    scripts/typst-yardstick.py brief.docx   # RUNS=15 by default
    scripts/typst-yardstick.py brief.docx --write-only DIR   # the source

The source is generated, not kept: the yardstick is as faithful as the
.docx (A4, Decree 30 margins, 13 pt Liberation Serif, justified body,
ruled tables, vector charts); page breaks and the masthead are close,
not exact.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
ASVG = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}"
FONTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")

PREAMBLE = """#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm),
  numbering: "1", number-align: top + center)
#set text(font: "Liberation Serif", size: 13pt, lang: "vi")
#set par(justify: true, leading: 0.55em, spacing: 0.6em)
#set table(stroke: 0.5pt, inset: 3pt)
"""

CENTRED = {"Title", "Subtitle", "Masthead", "TableCaption", "TableCellCentre",
           "Signature", "AppendixHeading", "AppendixTitle", "AppendixNote"}


def lit(s):
    """A Typst string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def runs(p):
    """The paragraph's runs as Typst text calls."""
    out = []
    for r in p.iter(W + "r"):
        text = "".join(t.text or "" for t in r.iter(W + "t"))
        if not text:
            continue
        props = r.find(W + "rPr")
        args = []
        if props is not None and props.find(W + "b") is not None:
            args.append('weight: "bold"')
        if props is not None and props.find(W + "i") is not None:
            args.append('style: "italic"')
        if props is not None and props.find(W + "sz") is not None:
            args.append(f'size: {int(props.find(W + "sz").get(W + "val")) / 2}pt')
        out.append(f"#text({', '.join(args + [lit(text)])})")
    return "".join(out)


def paragraph(p, rels):
    style = p.find(f"{W}pPr/{W}pStyle")
    style = style.get(W + "val") if style is not None else "Normal"
    pics = [rels[b.get(R + "embed")] for b in p.iter(ASVG + "svgBlip")]
    if pics:
        return "\n".join(f'#align(center, image("{os.path.basename(s)}", width: 100%))'
                         for s in pics)
    body = runs(p)
    if not body:
        return "#v(4pt)"
    if style in CENTRED:
        return f"#align(center)[{body}]"
    return body


def table(t, rels):
    widths = [int(g.get(W + "w")) for g in t.iter(W + "gridCol")]
    total = sum(widths) or 1
    cols = ", ".join(f"{w / total:.3f}fr" for w in widths)
    cells = []
    for tc in t.iter(W + "tc"):
        inner = " #linebreak() ".join(paragraph(p, rels) for p in tc.findall(W + "p"))
        cells.append(f"[{inner}]")
    return f"#table(columns: ({cols},), {', '.join(cells)})"


def typst_source(docx, out):
    with zipfile.ZipFile(docx) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        rel_xml = ET.fromstring(z.read("word/_rels/document.xml.rels"))
        rels = {r.get("Id"): "word/" + r.get("Target") for r in rel_xml}
        for name in z.namelist():
            if name.endswith(".svg"):
                with open(os.path.join(out, os.path.basename(name)), "wb") as f:
                    f.write(z.read(name))
    blocks = [PREAMBLE]
    for el in doc.find(W + "body"):
        if el.tag == W + "p":
            blocks.append(paragraph(el, rels))
        elif el.tag == W + "tbl":
            blocks.append(table(el, rels))
    path = os.path.join(out, "brief.typ")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
    return path


ONE_RUN = """
import resource, sys, typst
src, pdf, fonts = sys.argv[1:4]
before = resource.getrusage(resource.RUSAGE_SELF)
typst.compile(src, output=pdf, font_paths=[fonts])
after = resource.getrusage(resource.RUSAGE_SELF)
print((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
"""


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    docx = sys.argv[1]
    if len(sys.argv) == 4 and sys.argv[2] == "--write-only":
        os.makedirs(sys.argv[3], exist_ok=True)
        print(typst_source(docx, sys.argv[3]))
        return
    runs_n = int(os.environ.get("RUNS", "15"))
    with tempfile.TemporaryDirectory() as out:
        src = typst_source(docx, out)
        pdf = os.path.join(out, "typst.pdf")
        cmd = [sys.executable, "-c", ONE_RUN, src, pdf, os.path.abspath(FONTS)]
        times = [float(subprocess.check_output(cmd)) for _ in range(runs_n)]
        pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", pages)
        print(f"typst CPU median {statistics.median(times) * 1000:.1f} ms "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, {runs_n} runs), "
              f"{pages.group(1) if pages else '?'} pages, {os.path.getsize(pdf) // 1024} KB")


if __name__ == "__main__":
    main()
