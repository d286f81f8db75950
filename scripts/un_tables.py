#!/usr/bin/env python3
"""(Re)write the UN E-Government Survey table facts in assets/dataset.json.

The tables in seeds/un-egov/ are bundled byte for byte (see the README
there). This script adds, for every edition, one source per table and, for
Việt Nam's row, the facts the brief uses:

  * cells of the row: EGDI rank, EGDI score and the four component scores
    (OSI, HCI, TII, EPI; scores rounded to 4 decimals, as the UN prints them);
  * places the rows imply: OSI rank among all 193 rows, the EGDI place among
    the 10 ASEAN and the 11 Southeast Asian states (equal scores share a place,
    ties stated);
  * a conflict wherever a table-derived value disagrees with an article.

`egov-brief check assets/dataset.json` verifies every one of these against the
rows; this script only saves typing. Run it again after changing a table:

    python3 scripts/un_tables.py

Standard library only. Idempotent: the sources it wrote before (ids "UN<year>"), their
facts, its indicators and its conflicts (ids "un-table-…") are replaced.
"""

import csv
import io
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASET = os.path.join(ROOT, "assets", "dataset.json")
TOPIC = "xep-hang-lhq"

ASEAN = ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao People's Democratic Republic",
         "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Viet Nam"]
SEA = ASEAN + ["Timor-Leste"]

PUBLISHER = "Liên hợp quốc (UN DESA)"

STANDING_REASON = ("Bảng số liệu Khảo sát Chính phủ điện tử của Liên hợp quốc (UN DESA) năm {y}; bản sao "
                   "giữ nguyên từng byte từ một kho công khai, truy được đến commit và mã sha256 (xem "
                   "seeds/un-egov/README.md), khớp với các số liệu Liên hợp quốc công bố mà các bài viết nêu.")

# edition: (file, name column, rank column, egdi, osi, hci, tii, epi, copy, note)
UNU = ("kho GitHub UNU-EGOV/datasets (Đại học Liên hợp quốc, UNU-EGOV), tệp egdi/egdi-{y}.csv, "
       "commit cf03dd5f47bede65558498798f2a9a07f29ee090 (25/9/2018)")
UNU_COLS = ("country-name", "e-gov-rank", "e-gov-index", "osi", "hci", "tii", "e-pat-index")
EDITIONS = {
    2010: ("egdi-2010.csv", UNU_COLS, UNU.format(y=2010),
           "Thứ hạng ghi dạng số thực (“90.0”) và một số điểm mang sai số dấu phẩy động "
           "(“0.44543999999999995”) do bản sao chuyển qua pandas; điểm được đọc làm tròn 4 chữ số."),
    2012: ("egdi-2012.csv", UNU_COLS, UNU.format(y=2012),
           "Một số điểm mang sai số dấu phẩy động (“0.42483000000000004”); điểm được đọc làm tròn 4 chữ số."),
    2014: ("egdi-2014.csv", UNU_COLS, UNU.format(y=2014),
           "Một số điểm mang sai số dấu phẩy động (“0.41731999999999997”); điểm được đọc làm tròn 4 chữ số."),
    2016: ("egdi-2016.csv", UNU_COLS, UNU.format(y=2016),
           "Một số điểm mang sai số dấu phẩy động (“0.5724600000000001”); điểm được đọc làm tròn 4 chữ số."),
    2018: ("egdi-2018.csv", UNU_COLS, UNU.format(y=2018),
           "Điểm ghi 4 chữ số thập phân như bản công bố."),
    2022: ("EGOV_DATA_2022.csv",
           ("Country Name", "E-Government Rank", "E-Government Index", "Online Service Index",
            "Human Capital Index", "Telecommunication Infrastructure Index", "E-Participation Index"),
           "kho GitHub pluralitybook/plurality, tệp figs/data/egovernment/EGOV_DATA_2022.csv, "
           "commit d7cb7840bfa0ead0333cc94d4cd387c8c20987f9 (16/3/2024)",
           "Tên nước có dấu cách thừa ở cuối và phần lớn đặt trong ngoặc kép; dòng kết thúc bằng CRLF."),
    2024: ("EGOV_DATA_2024.csv",
           ("Country", "Rank", "E_Index", "Online_Service", "Human_Capital", "Tele_Infra",
            "E_Participation"),
           "kho GitHub MaryliaCruzS/Estadistica1CienciaPolitica, tệp EGOV_DATA_2024.csv, "
           "commit c22aa0b17306eb90c2513ac2c3ca36d0e37fa376 (16/4/2025)",
           "Cột Region do kho đó thêm vào, không phải của Liên hợp quốc; tên nước có dấu cách "
           "thừa ở cuối; dòng kết thúc bằng CRLF."),
}

SCORES = [
    # indicator, column index in the tuple, name, definition
    ("egdi-score", 2, "Chỉ số phát triển Chính phủ điện tử (EGDI)",
     "Điểm EGDI của Việt Nam (thang 0–1) trong bảng số liệu các quốc gia của Khảo sát Chính phủ "
     "điện tử Liên hợp quốc: trung bình của ba chỉ số thành phần OSI, HCI, TII.", "EGDI"),
    ("osi-score", 3, "Điểm OSI (dịch vụ trực tuyến)",
     "Điểm chỉ số thành phần về dịch vụ công trực tuyến (OSI - Online Service Index) của Việt Nam, "
     "thang 0–1, trong bảng số liệu của Liên hợp quốc.", "OSI"),
    ("hci-score", 4, "Điểm HCI (nguồn nhân lực)",
     "Điểm chỉ số thành phần về nguồn nhân lực (HCI - Human Capital Index) của Việt Nam, thang 0–1, "
     "trong bảng số liệu của Liên hợp quốc.", "HCI"),
    ("tii-score", 5, "Điểm TII (hạ tầng viễn thông)",
     "Điểm chỉ số thành phần về hạ tầng viễn thông (TII - Telecommunication Infrastructure Index) "
     "của Việt Nam, thang 0–1, trong bảng số liệu của Liên hợp quốc.", "TII"),
    ("epi-score", 6, "Điểm EPI (tham gia điện tử)",
     "Điểm chỉ số tham gia điện tử (EPI - E-Participation Index) của Việt Nam, thang 0–1, trong "
     "bảng số liệu của Liên hợp quốc (chỉ số bổ sung, không tính vào EGDI).", "EPI"),
]

LEAD = "Theo bảng số liệu Khảo sát Chính phủ điện tử của Liên hợp quốc"


def vn(x, decimals=4):
    """0.7709 -> "0,7709" (4 decimals kept as printed by the UN)."""
    return f"{x:.{decimals}f}".replace(".", ",")


def round_written(field, decimals=4):
    """Half-up rounding on the written digits (as the checker does)."""
    s = field.strip()
    i, _, f = s.partition(".")
    f = (f + "0" * (decimals + 1))
    kept = int(i + f[:decimals]) + (1 if f[decimals] >= "5" else 0)
    return kept / 10 ** decimals


def release_day(year):
    """The edition's release day as checked in seeds/un-egov/releases.json
    (a month or the year where the day is not verified): a brief signed
    before it cannot know the table."""
    path = os.path.join(ROOT, "seeds", "un-egov", "releases.json")
    for e in json.load(open(path, encoding="utf-8"))["editions"]:
        if e["edition"] == year and e["released"]:
            return e["released"]
    return str(year)


class Table:
    def __init__(self, year):
        self.year = year
        self.file, cols, self.copy, self.diff = EDITIONS[year]
        self.name_col, self.rank_col, self.egdi, self.osi, self.hci, self.tii, self.epi = cols
        self.cols = cols
        self.raw = open(os.path.join(ROOT, "seeds", "un-egov", self.file), "rb").read()
        text = self.raw.decode("utf-8")
        self.text = text
        self.rows = []  # (start, end, dict)
        start = 0
        header = None
        for line in text.split("\n"):
            content = line.rstrip("\r")
            b_start = len(text[:start].encode("utf-8"))
            b_end = b_start + len(content.encode("utf-8"))
            if header is None:
                header = next(csv.reader(io.StringIO(content)))
                self.body_start = len(text[: start + len(line) + 1].encode("utf-8"))
            elif content:
                fields = next(csv.reader(io.StringIO(content)))
                self.rows.append((b_start, b_end, content, dict(zip(header, fields))))
            start += len(line) + 1
        self.header = header

    def name(self, row):
        return row[3][self.name_col].strip()

    def row_of(self, name):
        return next(r for r in self.rows if self.name(r) == name)

    def place(self, rows, column, target):
        """Rows with an empty cell (not surveyed that year) are not ranked."""
        rows = [r for r in rows if r[3][column].strip()]
        mine = float(target[3][column])
        higher = sum(1 for r in rows if float(r[3][column]) > mine)
        ties = sum(1 for r in rows if float(r[3][column]) == mine and r is not target)
        return higher + 1, ties, len(rows)

    def source(self):
        sha = __import__("hashlib").sha256(self.raw).hexdigest()
        return {
            "id": f"UN{self.year}",
            "seed_file": f"un-egov/{self.file}",
            "publisher": PUBLISHER,
            "title": f"Khảo sát Chính phủ điện tử năm {self.year} (E-Government Survey {self.year}), "
                     "bảng số liệu",
            "published": release_day(self.year),
            "note": f"Bảng số liệu 193 quốc gia thành viên của Khảo sát Chính phủ điện tử (E-Government "
                    f"Survey) năm {self.year} của Liên hợp quốc (nguồn gốc: publicadministration.un.org/egovkb, "
                    f"Data Center). Bản sao lấy từ {self.copy}; giữ nguyên từng byte, sha256 {sha}. "
                    f"{self.diff} Xem seeds/un-egov/README.md.",
            "body": [{"start": self.body_start, "end": len(self.raw)}],
            "table": {"edition": self.year, "name_column": self.name_col,
                      "copied_from": self.short_copy()},
            "standing": {"kind": "official_data", "reason": STANDING_REASON.format(y=self.year)},
        }

    def short_copy(self):
        """Where the copy came from, as the reference list names it."""
        m = re.match(r"kho GitHub (\S+?)(?: \(.*?\))?, tệp (\S+), commit ([0-9a-f]{7})", self.copy)
        return f"GitHub {m.group(1)}"


def fact(t, row, fid, indicator, value, text, summary, out_of=None, cell=None, ranked=None):
    kind = {"type": "measurement", "indicator": indicator,
            "value": {"value": value, "text": text, "qualifier": "exact", "out_of": out_of}}
    if cell:
        kind["cell"] = cell
    if ranked:
        kind["ranked"] = ranked
    return {
        "id": fid, "topic": TOPIC, "source": f"UN{t.year}",
        "quote": {"text": row[2], "start": row[0], "end": row[1]},
        "date": {"when": str(t.year), "role": "measured", "inferred": None},
        "summary": summary, "kind": kind,
    }


def tie_phrase(ties):
    return f", đồng hạng với {ties} nước khác cùng điểm" if ties else ""


def facts_of(t):
    vnr = t.row_of("Viet Nam")
    y = t.year
    out = []
    rank = int(float(vnr[3][t.rank_col]))
    n = sum(1 for r in t.rows if r[3][t.rank_col].strip())
    # The world-rank indicators are defined over 193 states; the 2010
    # edition ranked 192 (South Sudan's row is empty), so its world ranks
    # are not the same quantity and are left out.
    world = n == 193
    if world:
        out.append(fact(t, vnr, f"un-egdi-rank-{y}", "egdi-rank-world", rank, f"{rank}/{n}",
                    f"{LEAD}, Việt Nam xếp thứ {rank}/{n} quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI).",
                    out_of=n, cell={"column": t.rank_col}))
    for ind, k, name, _defn, short in SCORES:
        col = t.cols[k]
        v = round_written(vnr[3][col])
        out.append(fact(t, vnr, f"un-{ind}-{y}", ind, v, vn(v),
                        f"{LEAD}, điểm {short} của Việt Nam là {vn(v)}.",
                        cell={"column": col, "decimals": 4}))
    # OSI rank among all rows.
    place, ties, n = t.place(t.rows, t.osi, vnr)
    world = world and n == 193
    osi = vn(round_written(vnr[3][t.osi]))
    expl = (f"Trong bảng số liệu năm {y}, {place - 1} trong {n} nước có điểm OSI cao hơn Việt Nam "
            f"({osi}), nên Việt Nam đứng thứ {place}/{n}{tie_phrase(ties)}.")
    if world:
        out.append(fact(t, vnr, f"un-osi-rank-{y}", "osi-rank-world", place, f"{place}/{n}",
                    f"Tính từ bảng số liệu của Liên hợp quốc, Việt Nam đứng thứ {place}/{n} về chỉ số dịch vụ "
                    f"trực tuyến (OSI){tie_phrase(ties)}.",
                    out_of=n, ranked={"column": t.osi, "group": "world", "ties": ties, "explanation": expl}))
    for group, members, ind, label in [("asean", ASEAN, "egdi-rank-asean", "10 nước ASEAN"),
                                       ("southeast_asia", SEA, "egdi-rank-sea", "11 nước Đông Nam Á")]:
        rows = [t.row_of(m) for m in members]
        place, ties, m = t.place(rows, t.egdi, vnr)
        ahead = [t.name(r) for r in rows if r[3][t.egdi].strip() and float(r[3][t.egdi]) > float(vnr[3][t.egdi])]
        egdi = vn(round_written(vnr[3][t.egdi]))
        expl = (f"Trong bảng số liệu năm {y}, {len(ahead)} trong {label} có điểm EGDI cao hơn Việt Nam "
                f"({egdi}), nên Việt Nam đứng thứ {place}/{m}{tie_phrase(ties)}.")
        out.append(fact(t, vnr, f"un-{ind}-{y}", ind, place, f"{place}/{m}",
                        f"Tính từ bảng số liệu của Liên hợp quốc, Việt Nam đứng thứ {place}/{m} về Chỉ số phát "
                        f"triển Chính phủ điện tử (EGDI) trong {label}{tie_phrase(ties)}.",
                        out_of=m,
                        ranked={"column": t.egdi, "group": group, "ties": ties,
                                "rows": [{"start": r[0], "end": r[1]} for r in rows],
                                "explanation": expl}))
    return out


def main():
    d = json.load(open(DATASET, encoding="utf-8"))
    tables = [Table(y) for y in sorted(EDITIONS)]
    d["sources"] = [s for s in d["sources"] if not s["id"].startswith("UN")] + [t.source() for t in tables]
    # The component scores are details: the short edition's body gives the
    # EGDI and leaves its components to the appendix (its main part must
    # stay short).
    new_ind = [{"id": ind, "topic": TOPIC, "name": name, "definition": defn,
                "unit": {"type": "index"}, "direction": "higher_is_better",
                # The UN groups the states by their EGDI (very high, high,
                # middle, low): a brief says when Việt Nam's group changed.
                **({"detail": True} if ind != "egdi-score" else {"un_groups": True})}
               for ind, _k, name, defn, _s in SCORES]
    ids = {i["id"] for i in new_ind}
    inds = [i for i in d["indicators"] if i["id"] not in ids]
    at = next(k for k, i in enumerate(inds) if i["id"] == "egdi-rank-world") + 1
    inds[at:at] = new_ind[:1]
    at = next(k for k, i in enumerate(inds) if i["id"] == "osi-rank-world") + 1
    inds[at:at] = new_ind[1:]
    # The place among the 11 Southeast Asian states stays in the full
    # edition and the appendix; the short body gives the ASEAN place.
    for i in inds:
        if i["id"] == "egdi-rank-sea":
            i["detail"] = True
    d["indicators"] = inds
    facts = [f for f in d["facts"] if not f["source"].startswith("UN")]
    # After the topic's last article fact, so topic order stays together.
    at = max(k for k, f in enumerate(facts) if f["topic"] == TOPIC) + 1
    new = [f for t in tables for f in facts_of(t)]
    facts[at:at] = new
    d["facts"] = facts
    by_id = {f["id"]: f for f in facts}
    conflicts = [c for c in d["conflicts"] if not c["id"].startswith("un-table-")]
    report = []
    # Article facts against the table facts of the same indicator and year.
    for f in facts:
        if f["topic"] != TOPIC or f["source"].startswith("UN") or f["kind"]["type"] != "measurement":
            continue
        ind, year = f["kind"]["indicator"], f["date"]["when"]
        twin = next((g for g in new if g["kind"]["indicator"] == ind and g["date"]["when"] == year), None)
        if twin is None:
            continue
        a, b = f["kind"]["value"]["value"], twin["kind"]["value"]["value"]
        report.append(f"{ind} {year}: article {f['id']} = {a}, table {twin['id']} = {b} -> "
                      f"{'agree' if a == b else 'CONFLICT'}")
        if a != b:
            conflicts.append({
                "id": f"un-table-{ind}-{year}",
                "facts": [f["id"], twin["id"]],
                "description": conflict_text(f, twin, ind, year),
            })
    d["conflicts"] = conflicts
    with open(DATASET, "w", encoding="utf-8") as out:
        json.dump(d, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print("\n".join(report))
    print(f"{len(new)} table facts, {len(tables)} tables")


def conflict_text(article, table, ind, year):
    a = article["kind"]["value"]["text"]
    b = table["kind"]["value"]["text"]
    what = {"osi-rank-world": "thứ hạng chỉ số dịch vụ trực tuyến (OSI)",
            "egdi-rank-world": "thứ hạng EGDI",
            "egdi-rank-asean": "vị trí trong ASEAN",
            "egdi-rank-sea": "vị trí ở Đông Nam Á"}.get(ind, ind)
    how = " (suy ra từ mức tăng bậc bài viết nêu)" if article["kind"].get("derived") else ""
    return (f"Về {what} của Việt Nam năm {year}, bài viết cho {a}{how}, còn xếp theo điểm trong bảng số liệu "
            f"của Liên hợp quốc năm {year} thì là {b}. Cả hai giá trị được giữ nguyên; chưa xác định được "
            f"bên nào đúng.")


if __name__ == "__main__":
    main()
