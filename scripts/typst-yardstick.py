#!/usr/bin/env python3
"""The Typst yardstick: the same brief typeset by Typst, timed.

Reads a .docx exported by egov-brief, writes the same document as a
Typst source beside its charts, and times Typst compiling it to PDF
with the fonts of fonts/: the median CPU time (user + system) of RUNS
compilations, each in a fresh process, counting the compilation only
(not Python's start).

    pip install typst                       # typst-py bundles the compiler
    scripts/typst-yardstick.py brief.docx   # RUNS=15 by default
    scripts/typst-yardstick.py brief.docx --compare brief.pdf
    scripts/typst-yardstick.py brief.docx --write-only DIR   # the source

With --compare, our PDF of the same brief is set beside Typst's: pages
and the words pdftotext reads from each.

The source is generated, not kept. It is the brief as our PDF sets it,
so that Typst does the same work: every paragraph in its Word style
(read from the package's styles.xml: space above, indents, alignment,
emphasis, size, kept with the next), A4 with the Decree 30 margins,
13 pt Liberation Serif, every line 1,25 times its type size with the
baseline where our layout puts it, lines broken as ours are (first
fit, at spaces only, no kerning, no hyphenation, spaces never shrunk,
a line may overrun by 0,02 pt), no lone first or last line, page
numbers in the top margin from page 2, the appendix on a new page
numbered from 1, the masthead and the closing block as borderless
two-column tables (rules, gaps and the signer's space included), the
brief's tables ruled, 12 pt, their header row repeated on each page
and rows that never split, the reference list numbered "[n]" with its
hanging indent, and each chart as a block as tall as ours holding the
package's SVG and the source line.

Where the Word copy and our PDF part, the PDF is followed: the
masthead's and closing block's lines take no body gap (their Word
styles inherit the body's 4 pt), a paragraph before a note keeps it
company, the reference list's heading has its own gap and no indent,
the title's rule sits in a 10 pt block.

Compared on 7/12/2026 (all topics 2014-2030, full and short editions,
and 20.000 synthetic facts): same pages (16, 17, 648), every page the
same words, every line of text the same. What still differs: the
charts are the SVG pictures of the Word copy (the same drawing, its
labels in another order for pdftotext); inside the closing block the
lines sit about 3,5 pt higher (our layout puts those baselines at the
bottom of their line); the page number is centred in the top margin
by Typst's measure, not ours; Typst's PDF is larger (219 KB against
129 KB). A chart the package holds only as a picture Typst cannot
read (EMF, no SVG) becomes an empty box of its size.
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
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
ASVG = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}"
FONTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")

# Our layout's measures the Word styles do not carry (src/layout):
# the title rule's block (header.rs TITLE_RULE_UNIT), a chart's block
# with its source line (measures.rs CHART_HEIGHT), the space under the
# masthead (header.rs HEADER_BOTTOM) and the closing block (closing.rs
# CLOSING_BOTTOM), the reference list's heading (REFERENCES_GAP).
TITLE_RULE_UNIT = 10.0
CHART_HEIGHT = 210.0
HEADER_BOTTOM = 4.0
CLOSING_BOTTOM = 6.0
REFERENCES_GAP = 14.0
RULE_WIDTH = 0.6
TABLE_RULE = 0.5
CELL_PAD = (4.0, 2.5)

# Every line is 1,25 em from baseline to baseline, the baseline centred
# as our layout centres it: Liberation Serif's ascent 0,891 em and
# descent 0,216 em, (1,25 - 1,107) / 2 = 0,0715 em above and below.
PREAMBLE = """#set page(paper: "a4", margin: (top: 20mm, bottom: 20mm, left: 30mm, right: 15mm),
  header-ascent: 0pt,
  header: context {
    let n = counter(page).get().first()
    if n > 1 { align(center + horizon, text(13pt, str(n))) }
  })
#set text(font: "Liberation Serif", size: 13pt, lang: "vi", hyphenate: false, kerning: false,
  top-edge: 0.9625em, bottom-edge: -0.2875em)
#set par(justify: true, leading: 0pt, spacing: 0pt, linebreaks: "simple",
  justification-limits: (spacing: (min: 100%%, max: 1000%%)))
#set block(spacing: 0pt)
#set table(stroke: %(rule)spt, inset: (x: %(padx)spt, y: %(pady)spt))
#set table.cell(breakable: false)
#let P(before: 0pt, weak: true, l: 0pt, r: 0pt, first: 0pt, hang: 0pt, al: "both",
    keep: false, size: 13pt, bold: false, italic: false, body) = {
  if before > 0pt { v(before, weak: weak) }
  let txt = text.with(size: size, weight: if bold { "bold" } else { "regular" },
    style: if italic { "italic" } else { "normal" })
  block(sticky: keep, width: 100%%, pad(left: l, right: r - 0.02pt,
    align(if al == "center" { center } else { left },
      par(justify: al == "both", first-line-indent: (amount: first, all: true),
        hanging-indent: hang, txt(body)))))
}
#let Rule(before: 0pt, weak: true, height: 1pt, at: 0pt, l: 0pt, r: 0pt, keep: false) = {
  if before > 0pt { v(before, weak: weak) }
  block(sticky: keep, height: height, pad(left: l, right: r,
    place(dy: at, line(length: 100%%, stroke: %(rw)spt))))
}
""" % {"rule": TABLE_RULE, "padx": CELL_PAD[0], "pady": CELL_PAD[1], "rw": RULE_WIDTH}

ESCAPE = re.compile(r"([\\/\[\]{}#$*_`<>@~=\-+'\".:])")


# Our layout breaks lines at spaces only; Typst would also break after
# "/", "-" and dashes inside a word (a URL, "52-NQ/TW", "2014–2026"):
# such a word is set in a box, which keeps it whole.
BREAKABLE = re.compile(r"[/\-\u2013\u2014](?=\S)")
WORDS = re.compile(r"(\S+)")


def escape(s):
    return ESCAPE.sub(r"\\\1", s)


def markup(s):
    """Text as Typst markup, every special character escaped, words
    with a break opportunity inside boxed."""
    return "".join(f"#box[{escape(w)}]" if i % 2 and BREAKABLE.search(w) else escape(w)
                   for i, w in enumerate(WORDS.split(s)))


def pt(twips):
    return int(twips) / 20.0


def num(v):
    return f"{v:.2f}".rstrip("0").rstrip(".") + "pt"


class Props:
    """A paragraph's properties: its style's, then its own."""

    FIELDS = ("before", "line", "left", "right", "first", "hang", "al", "keep",
              "size", "bold", "italic", "num", "border", "exact")

    def __init__(self, **kw):
        for f in self.FIELDS:
            setattr(self, f, kw.get(f))

    def merged(self, other):
        out = Props(**vars(self))
        for f in self.FIELDS:
            v = getattr(other, f)
            if v is not None:
                setattr(out, f, v)
        return out


def read_ppr(ppr, rpr):
    p = Props()
    if ppr is not None:
        sp = ppr.find(W + "spacing")
        if sp is not None:
            if sp.get(W + "before") is not None:
                p.before = pt(sp.get(W + "before"))
            if sp.get(W + "line") is not None:
                p.line = pt(sp.get(W + "line"))
                p.exact = sp.get(W + "lineRule") == "exact"
        ind = ppr.find(W + "ind")
        if ind is not None:
            p.left = pt(ind.get(W + "left", "0"))
            p.right = pt(ind.get(W + "right", "0"))
            p.hang = pt(ind.get(W + "hanging", "0"))
            p.first = pt(ind.get(W + "firstLine", "0"))
        jc = ppr.find(W + "jc")
        if jc is not None:
            p.al = jc.get(W + "val")
        if ppr.find(W + "keepNext") is not None:
            p.keep = True
        n = ppr.find(f"{W}numPr/{W}numId")
        if n is not None:
            p.num = n.get(W + "val") != "0"
        bdr = ppr.find(W + "pBdr")
        if bdr is not None:
            p.border = "top" if bdr.find(W + "top") is not None else "bottom"
    if rpr is not None:
        read_rpr(rpr, p)
    return p


def read_rpr(rpr, p):
    if rpr.find(W + "b") is not None:
        p.bold = True
    if rpr.find(W + "i") is not None:
        p.italic = True
    sz = rpr.find(W + "sz")
    if sz is not None:
        p.size = int(sz.get(W + "val")) / 2


def read_styles(xml):
    """Paragraph styles by id, each merged with the ones it is based on."""
    root = ET.fromstring(xml)
    base = Props(before=0.0, left=0.0, right=0.0, first=0.0, hang=0.0, al="left",
                 keep=False, size=13.0, bold=False, italic=False, num=False)
    raw, parent = {}, {}
    for s in root.iter(W + "style"):
        if s.get(W + "type") != "paragraph":
            continue
        sid = s.get(W + "styleId")
        raw[sid] = read_ppr(s.find(W + "pPr"), s.find(W + "rPr"))
        b = s.find(W + "basedOn")
        parent[sid] = b.get(W + "val") if b is not None else None

    def resolve(sid):
        p = parent.get(sid)
        return (resolve(p) if p in raw else base).merged(raw[sid])

    return {sid: resolve(sid) for sid in raw}


class Converter:
    def __init__(self, styles, rels):
        self.styles, self.rels = styles, rels
        self.reference = 0

    def props(self, p):
        ppr = p.find(W + "pPr")
        sid = ppr.find(W + "pStyle") if ppr is not None else None
        sid = sid.get(W + "val") if sid is not None else "Normal"
        own = read_ppr(ppr, None) if ppr is not None else Props()
        return sid, self.styles.get(sid, self.styles["Normal"]).merged(own)

    def runs(self, p, props, hang):
        """The paragraph's runs as markup; with a hanging indent, the text
        before the first tab is a label as wide as the indent."""
        out, label = [], None
        for r in p.iter(W + "r"):
            rp = Props()
            if r.find(W + "rPr") is not None:
                read_rpr(r.find(W + "rPr"), rp)
            for el in r:
                if el.tag == W + "t" and el.text:
                    out.append(self.run(el.text, props, rp))
                elif el.tag == W + "br":
                    out.append("#linebreak()")
                elif el.tag == W + "tab":
                    if hang > 0 and label is None:
                        label, out = "".join(out), []
                    else:
                        out.append("#h(1em)")
        body = "".join(out)
        if label is not None:
            body = f"#box(width: {num(hang)})[{label}]{body}"
        return body

    @staticmethod
    def run(text, props, rp):
        t = markup(text)
        if rp.size is not None and rp.size != props.size:
            t = f"#text({num(rp.size)})[{t}]"
        if rp.bold and not props.bold:
            t = f"#strong[{t}]"
        if rp.italic and not props.italic:
            t = f"#emph[{t}]"
        return t

    def paragraph(self, p, cell=None, keep=False, references=False):
        """A paragraph of the body, or of a table's cell: `cell` is
        "ruled" (a brief's table: the cell's inset is the space) or
        "frame" (the masthead, the closing block: space above kept even
        at the cell's top)."""
        sid, pr = self.props(p)
        pr.keep = pr.keep or keep
        if references:
            pr.before, pr.first = REFERENCES_GAP, 0.0
        ppr = p.find(W + "pPr")
        breaks = ppr is not None and ppr.find(W + "sectPr") is not None
        if pr.border:
            out = self.rule(sid, pr, cell)
        else:
            out = self.text(p, sid, pr, cell)
        if breaks:
            # The main part's section ends here: the appendix starts a
            # page numbered 1.
            out += "\n#counter(page).update(0)\n#pagebreak(weak: true)"
        return out

    def text(self, p, sid, pr, cell):
        first, hang, left = pr.first or 0.0, pr.hang or 0.0, pr.left or 0.0
        if hang:
            left -= hang
        label = ""
        if pr.num and sid == "Bibliography":
            self.reference += 1
            label = f"#box(width: {num(hang)})[\\[{self.reference}\\]]"
        body = label + self.runs(p, pr, hang if not label else 0.0)
        args = []
        if cell == "frame":
            # Our layout sets the masthead's and the closing block's
            # lines with only the gaps they are given (the Word styles
            # inherit the body's 4 pt from "Normal").
            own = read_ppr(p.find(W + "pPr"), None).before
            if own:
                args.append(f"before: {num(own)}, weak: false")
        elif pr.before and cell != "ruled":
            args.append(f"before: {num(pr.before)}")
        for name, v in (("l", left), ("r", pr.right or 0.0), ("first", first),
                        ("hang", hang)):
            if v:
                args.append(f"{name}: {num(v)}")
        if pr.al != "both":
            args.append(f'al: "{pr.al}"')
        if pr.keep:
            args.append("keep: true")
        if pr.size != 13.0:
            args.append(f"size: {num(pr.size)}")
        if pr.bold:
            args.append("bold: true")
        if pr.italic:
            args.append("italic: true")
        if not body and pr.exact:
            # The Word copy's spacer after a table: our PDF has none.
            return ""
        if not body:
            # An empty paragraph still takes its line.
            body = "#hide[x]" if cell is None else ""
        return f"#P({', '.join(args)})[{body}]" if args else f"#P[{body}]"

    def rule(self, sid, pr, cell):
        """A short rule: an empty paragraph whose border is the rule."""
        left, right = pr.left or 0.0, pr.right or 0.0
        if sid == "TitleRule":
            # Our layout gives the title's rule a block of its own.
            height, at, before = TITLE_RULE_UNIT, pr.line or 4.0, 0.0
        else:
            height, at, before = pr.line or 1.0, 0.0, pr.before or 0.0
        args = [f"height: {num(height)}", f"at: {num(at)}",
                f"l: {num(left)}", f"r: {num(right)}"]
        if before:
            args.insert(0, f"before: {num(before)}")
            if cell == "frame":
                args.insert(1, "weak: false")
        if pr.keep:
            args.append("keep: true")
        return f"#Rule({', '.join(args)})"

    def pictures(self, p):
        out = []
        for d in p.iter(WP + "inline"):
            ext = d.find(WP + "extent")
            w, h = int(ext.get("cx")) / 12700, int(ext.get("cy")) / 12700
            svg = next(d.iter(ASVG + "svgBlip"), None)
            blip = svg if svg is not None else next(d.iter(A + "blip"), None)
            target = self.rels.get(blip.get(R + "embed")) if blip is not None else None
            if target and target.endswith((".svg", ".png")):
                img = f'image("{os.path.basename(target)}", width: {num(w)}, height: {num(h)})'
            else:
                # A picture Typst cannot read (EMF): a box of its size.
                img = f"box(width: {num(w)}, height: {num(h)})"
            out.append(f"align(center, {img})")
        return out

    def chart(self, p, caption, keep=False):
        """A chart and its source line under it, one block as tall as our
        layout's chart (the picture is the chart without that line)."""
        _, pr = self.props(p)
        inner = "\n".join(f"#{img}" for img in self.pictures(p))
        if caption is not None:
            inner += "\n" + self.paragraph(caption)
        return (f"#v({num(pr.before or 0.0)}, weak: true)\n"
                f"#block(breakable: false, sticky: {str(keep).lower()}, "
                f"height: {num(CHART_HEIGHT)})[{inner}]")

    @staticmethod
    def frame(t):
        """Whether the table is the masthead or the closing block (no rules)."""
        top = t.find(f"{W}tblPr/{W}tblBorders/{W}top")
        return top is None or top.get(W + "val") == "nil"

    def table(self, t):
        widths = [pt(g.get(W + "w")) for g in t.iter(W + "gridCol")]
        cols = ", ".join(num(w) for w in widths)
        ruled = not self.frame(t)
        header, body = [], []
        for tr in t.findall(W + "tr"):
            cells = []
            for tc in tr.findall(W + "tc"):
                inner = "\n".join(self.paragraph(p, "ruled" if ruled else "frame") for p in tc.findall(W + "p"))
                va = tc.find(f"{W}tcPr/{W}vAlign")
                if va is not None and va.get(W + "val") == "bottom":
                    cells.append(f"table.cell(align: bottom)[{inner}]")
                else:
                    cells.append(f"[{inner}]")
            is_header = tr.find(f"{W}trPr/{W}tblHeader") is not None
            (header if is_header else body).extend(cells)
        parts = [f"columns: ({cols},)"]
        if not ruled:
            parts.append("stroke: none, inset: 0pt")
        if header:
            parts.append(f"table.header(repeat: true, {', '.join(header)})")
        parts.extend(body)
        out = f"#table({', '.join(parts)})"
        if not ruled:
            # The masthead and the closing block: kept whole.
            out = f"#block(breakable: false, {out[1:]})"
        return out


def typst_source(docx, out):
    with zipfile.ZipFile(docx) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = read_styles(z.read("word/styles.xml"))
        rel_xml = ET.fromstring(z.read("word/_rels/document.xml.rels"))
        rels = {r.get("Id"): "word/" + r.get("Target") for r in rel_xml}
        for name in z.namelist():
            if name.endswith((".svg", ".png")):
                with open(os.path.join(out, os.path.basename(name)), "wb") as f:
                    f.write(z.read(name))
    conv = Converter(styles, rels)
    blocks = [PREAMBLE]
    body = list(doc.find(W + "body"))
    style = [conv.props(el)[0] if el.tag == W + "p" else None for el in body]
    for i, el in enumerate(body):
        # Our layout keeps a note with the line before it.
        keep = i + 1 < len(body) and style[i + 1] == "Note"
        if el.tag == W + "p" and conv.pictures(el):
            caption = body[i + 1] if i + 1 < len(body) and style[i + 1] == "Caption" else None
            keep = i + 2 < len(body) and caption is not None and style[i + 2] == "Note"
            blocks.append(conv.chart(el, caption, keep))
        elif el.tag == W + "p" and i > 0 and style[i] == "Caption" \
                and conv.pictures(body[i - 1]):
            continue
        elif style[i] in ("Heading1", "Heading2") and i + 1 < len(body) \
                and style[i + 1] == "Bibliography":
            # The reference list's heading: our layout's own gap, no indent.
            blocks.append(conv.paragraph(el, references=True))
        elif el.tag == W + "p":
            blocks.append(conv.paragraph(el, keep=keep))
        elif el.tag == W + "tbl":
            blocks.append(conv.table(el))
            if i == 0:
                blocks.append(f"#v({num(HEADER_BOTTOM)})")
            elif conv.frame(el):
                blocks.append(f"#v({num(CLOSING_BOTTOM)})")
    path = os.path.join(out, "brief.typ")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(blocks) + "\n")
    return path


ONE_RUN = """
import resource, sys, typst
src, pdf, fonts = sys.argv[1:4]
before = resource.getrusage(resource.RUSAGE_SELF)
typst.compile(src, output=pdf, font_paths=[fonts])
after = resource.getrusage(resource.RUSAGE_SELF)
print((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
"""


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", info)
    return int(m.group(1)) if m else None


def words(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                          capture_output=True, text=True).stdout
    return len(text.split())


def compile_once(src, pdf):
    cmd = [sys.executable, "-c", ONE_RUN, src, pdf, os.path.abspath(FONTS)]
    return float(subprocess.check_output(cmd))


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    docx = args[0]
    if len(args) == 3 and args[1] == "--write-only":
        os.makedirs(args[2], exist_ok=True)
        print(typst_source(docx, args[2]))
        return
    ours = args[2] if len(args) == 3 and args[1] == "--compare" else None
    runs_n = int(os.environ.get("RUNS", "15"))
    with tempfile.TemporaryDirectory() as out:
        src = typst_source(docx, out)
        pdf = os.path.join(out, "typst.pdf")
        times = [compile_once(src, pdf) for _ in range(runs_n)]
        print(f"typst CPU median {statistics.median(times) * 1000:.1f} ms "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, {runs_n} runs), "
              f"{pages(pdf)} pages, {words(pdf)} words, {os.path.getsize(pdf) // 1024} KB")
        if ours:
            print(f"ours: {pages(ours)} pages, {words(ours)} words, "
                  f"{os.path.getsize(ours) // 1024} KB")


if __name__ == "__main__":
    main()
