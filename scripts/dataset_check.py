#!/usr/bin/env python3
"""Independent check of assets/dataset.json against seeds/ (stdlib only).

Re-implements the honesty checks of src/data/validate.rs (and the parsing
rules of src/data/number.rs and src/data/date.rs) so the dataset can be
checked without building the crate, and adds a few curation checks the
crate does not make (key sets, NFC, order of facts, qualifier words,
duplicate instruments). Run from anywhere:

    python3 tests/dataset_check.py

Exit status 0 when no error was found. Warnings do not fail the run.
"""

import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

errors = []
warnings = []


def err(rec, msg):
    errors.append(f"{rec}: {msg}")


def warn(rec, msg):
    warnings.append(f"{rec}: {msg}")


# ---------------------------------------------------------------- numbers
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def parse_plain(s):
    if not s:
        return None
    if "," in s:
        int_part, frac = s.split(",", 1)
    else:
        int_part, frac = s, None
    groups = int_part.split(".")
    first_ok = (
        groups[0] != ""
        and len(groups[0]) <= (3 if len(groups) > 1 else 18)
        and groups[0].isascii()
        and groups[0].isdigit()
    )
    rest_ok = all(len(g) == 3 and g.isascii() and g.isdigit() for g in groups[1:])
    if not first_ok or not rest_ok:
        return None
    digits = "".join(groups)
    if frac is not None:
        if not frac or not (frac.isascii() and frac.isdigit()):
            return None
        digits += "." + frac
    return float(digits)


def parse_vn(text):
    """(value, out_of, percent) or None, as number.rs parse_vietnamese_number."""
    text = text.strip()
    if "/" in text:
        a, b = text.split("/", 1)
        v, o = parse_plain(a.strip()), parse_plain(b.strip())
        if v is None or o is None:
            return None
        return v, o, False
    if " " in text:
        n, word = text.rsplit(" ", 1)
        if word not in SCALES:
            return None
        number, scale = n.strip(), SCALES[word]
    else:
        number, scale = text, 1.0
    percent = number.endswith("%")
    if percent:
        number = number[:-1]
    v = parse_plain(number)
    if v is None:
        return None
    return v * scale, None, percent


def same_number(a, b):
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def contains_number(text, number):
    def is_num(c):
        return c.isascii() and c.isdigit()

    start = 0
    while True:
        at = text.find(number, start)
        if at < 0:
            return False
        start = at + 1
        end = at + len(number)
        before = text[at - 1] if at > 0 else None
        after = text[end] if end < len(text) else None
        glued_before = before is not None and (
            is_num(before) or (before in ".," and at >= 2 and is_num(text[at - 2]))
        )
        glued_after = after is not None and (
            is_num(after) or (after in ".," and end + 1 < len(text) and is_num(text[end + 1]))
        )
        if not glued_before and not glued_after:
            return True


def numbers_in(text):
    return re.findall(r"[0-9](?:[0-9]|[.,](?=[0-9]))*", text)


# ---------------------------------------------------------------- dates
def parse_date(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s or "")
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        dim = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28,
               31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
        if not 1 <= d <= dim:
            return None
    return (y, mo or 0, d or 0)


# ---------------------------------------------------------------- schema keys
KEYS = {
    "dataset": ({"schema_version", "sources", "topics", "indicators", "facts"}, {"conflicts"}),
    "source": ({"id", "seed_file", "publisher", "title", "published", "body"}, {"note"}),
    "span": ({"start", "end"}, set()),
    "topic": ({"id", "name"}, {"description"}),
    "indicator": ({"id", "topic", "name", "definition", "unit", "direction"}, set()),
    "fact": ({"id", "topic", "source", "quote", "date", "summary", "kind"}, set()),
    "quote": ({"text", "start", "end"}, set()),
    "date": ({"when", "role"}, {"inferred"}),
    "amount": ({"value", "text"}, {"qualifier", "out_of"}),
    "derivation": ({"from", "operation", "operand", "explanation"}, set()),
    "goal": ({"comparison", "value"}, set()),
    "instrument": ({"form"}, {"number", "issuer"}),
    "conflict": ({"id", "facts", "description"}, set()),
}
KIND_KEYS = {
    "measurement": ({"type", "indicator", "value"}, {"derived"}),
    "target": ({"type"}, {"indicator", "goal"}),
    "event": ({"type"}, {"instrument"}),
    "statement": ({"type"}, set()),
}
UNIT_KEYS = {
    "rank": ({"type", "out_of"}, set()),
    "percent": ({"type"}, set()),
    "count": ({"type", "noun"}, set()),
}
QUALIFIERS = {"exact", "more_than", "nearly", "about"}
ROLES = {"measured", "as_of", "stated", "deadline", "occurred"}


def keys(rec, obj, required, optional):
    if not isinstance(obj, dict):
        err(rec, "không phải object")
        return False
    have = set(obj)
    for k in required - have:
        err(rec, f"thiếu trường {k!r}")
    for k in have - required - optional:
        err(rec, f"trường lạ {k!r} (deny_unknown_fields)")
    return required <= have


def check_amount_keys(rec, a):
    if keys(rec, a, *KEYS["amount"]):
        if a.get("qualifier", "exact") not in QUALIFIERS:
            err(rec, f"qualifier lạ {a.get('qualifier')!r}")
        if not isinstance(a["value"], (int, float)):
            err(rec, "value phải là số")


# ---------------------------------------------------------------- main checks
def main():
    path = os.path.join(ROOT, "assets", "dataset.json")
    raw = open(path, encoding="utf-8").read()
    if not unicodedata.is_normalized("NFC", raw):
        err("dataset.json", "văn bản chưa ở dạng NFC")
    data = json.loads(raw)
    keys("dataset", data, *KEYS["dataset"])
    if data.get("schema_version") != 1:
        err("schema_version", "cần 1")

    def unique(coll):
        seen = {}
        for i, x in enumerate(data.get(coll, [])):
            xid = x.get("id", "")
            if not xid.strip():
                err(f"{coll}[{i}]", "thiếu id")
            elif xid in seen:
                err(f"{coll}[{i}] {xid!r}", f"id trùng với {coll}[{seen[xid]}]")
            else:
                seen[xid] = i
        return seen

    sources = unique("sources")
    topics = unique("topics")
    indicators = unique("indicators")
    facts = unique("facts")
    unique("conflicts")

    seeds = {}
    for i, s in enumerate(data["sources"]):
        rec = f"sources[{i}] {s.get('id')!r}"
        keys(rec, s, *KEYS["source"])
        p = os.path.join(ROOT, "seeds", s["seed_file"])
        if not os.path.exists(p):
            err(rec, f"không có tệp {p}")
            continue
        text = unicodedata.normalize("NFC", open(p, encoding="utf-8").read())
        b = text.encode("utf-8")
        seeds[s["id"]] = b
        if s.get("published") is not None and parse_date(s["published"]) is None:
            err(rec, f"ngày đăng sai dạng {s['published']!r}")
        if not s["body"]:
            err(rec, "cần ít nhất một đoạn thân bài")
        last = 0
        for k, sp in enumerate(s["body"]):
            keys(f"{rec}.body[{k}]", sp, *KEYS["span"])
            st, en = sp["start"], sp["end"]
            if st >= en or en > len(b):
                err(rec, f"body[{k}] {st}..{en} không hợp lệ")
                continue
            try:
                b[st:en].decode("utf-8")
            except UnicodeDecodeError:
                err(rec, f"body[{k}] cắt giữa một ký tự UTF-8")
            if st < last:
                err(rec, f"body[{k}] chồng lên hoặc đứng trước đoạn trước")
            last = en

    for i, t in enumerate(data["topics"]):
        keys(f"topics[{i}]", t, *KEYS["topic"])
        if not t.get("name", "").strip():
            err(f"topics[{i}]", "tên chủ đề trống")

    for i, ind in enumerate(data["indicators"]):
        rec = f"indicators[{i}] {ind.get('id')!r}"
        keys(rec, ind, *KEYS["indicator"])
        u = ind["unit"]
        if u.get("type") not in UNIT_KEYS:
            err(rec, f"đơn vị lạ {u!r}")
        else:
            keys(rec + ".unit", u, *UNIT_KEYS[u["type"]])
        if ind["topic"] not in topics:
            err(rec, f"chủ đề {ind['topic']!r} không tồn tại")
        if ind["direction"] not in ("lower_is_better", "higher_is_better"):
            err(rec, "direction lạ")
        if u.get("type") == "rank" and ind["direction"] != "lower_is_better":
            err(rec, "thứ hạng phải lower_is_better")
        if u.get("type") == "count" and not u.get("noun", "").strip():
            err(rec, "đơn vị đếm cần noun")
        if not ind["name"].strip() or not ind["definition"].strip():
            err(rec, "cần tên và định nghĩa")

    fact_by_id = {f["id"]: f for f in data["facts"]}
    ind_by_id = {x["id"]: x for x in data["indicators"]}
    src_by_id = {x["id"]: x for x in data["sources"]}

    def check_amount_text(rec, field, a):
        w = parse_vn(a["text"])
        if w is None:
            err(rec, f"{field}: {a['text']!r} không phải số viết kiểu Việt Nam")
            return
        if not same_number(w[0], a["value"]):
            err(rec, f"{field}: {a['text']!r} là {w[0]} chứ không phải {a['value']}")
        if w[1] is not None and a.get("out_of") != int(w[1]):
            err(rec, f"{field}: {a['text']!r} cần out_of = {int(w[1])}")

    def check_amount_in_quote(rec, field, a, quote):
        check_amount_text(rec, field, a)
        if not contains_number(quote, a["text"]):
            err(rec, f"{field}: {a['text']!r} không có trong trích dẫn")
        o = a.get("out_of")
        if o is not None and "/" not in a["text"] and not contains_number(quote, str(o)):
            err(rec, f"{field}: tổng {o} không có trong trích dẫn")

    def check_unit(rec, a, unit):
        w = parse_vn(a["text"])
        if w is None:
            return
        if unit["type"] == "percent" and not w[2]:
            err(rec, f"chỉ số % nhưng {a['text']!r} không có %")
        if unit["type"] in ("rank", "count") and w[2]:
            err(rec, f"{a['text']!r} là phần trăm nhưng chỉ số không tính bằng %")
        if unit["type"] == "rank" and unit.get("out_of") is not None and a.get("out_of") is not None \
                and a["out_of"] != unit["out_of"]:
            err(rec, f"thứ hạng trên {a['out_of']} nhưng chỉ số xếp trên {unit['out_of']}")

    instruments = {}
    last_pos = {}
    for i, f in enumerate(data["facts"]):
        rec = f"facts[{i}] {f.get('id')!r}"
        if not keys(rec, f, *KEYS["fact"]):
            continue
        keys(rec + ".quote", f["quote"], *KEYS["quote"])
        keys(rec + ".date", f["date"], *KEYS["date"])
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["id"]):
            warn(rec, "id nên là kebab-case")
        if f["topic"] not in topics:
            err(rec, f"chủ đề {f['topic']!r} không tồn tại")
        if not f["summary"].strip():
            err(rec, "thiếu summary")
        q = f["quote"]
        src = src_by_id.get(f["source"])
        if src is None:
            err(rec, f"nguồn {f['source']!r} không tồn tại")
        elif f["source"] in seeds:
            b = seeds[f["source"]]
            qt = q["text"]
            if not qt:
                err(rec, "trích dẫn trống")
            elif not (0 <= q["start"] < q["end"] <= len(b)):
                err(rec, f"trích dẫn {q['start']}..{q['end']} không hợp lệ")
            elif b[q["start"]:q["end"]] != qt.encode("utf-8"):
                err(rec, f"trích dẫn không khớp nguồn tại {q['start']}..{q['end']}")
            elif not any(sp["start"] <= q["start"] and q["end"] <= sp["end"] for sp in src["body"]):
                err(rec, "trích dẫn nằm ngoài thân bài")
            # curation: facts grouped by source, in text order
            prev = last_pos.get("src")
            if prev is not None and prev[0] == f["source"] and q["start"] < prev[1]:
                warn(rec, "không theo thứ tự trong bài")
            if prev is not None and prev[0] != f["source"] and f["source"] in last_pos.get("done", set()):
                err(rec, "dữ kiện của nguồn này không đứng liền nhau")
            done = last_pos.setdefault("done", set())
            if prev is not None and prev[0] != f["source"]:
                done.add(prev[0])
            last_pos["src"] = (f["source"], q["start"])

        d = f["date"]
        role = d["role"]
        if role not in ROLES:
            err(rec, f"vai trò ngày lạ {role!r}")
        if d["when"] is not None and parse_date(d["when"]) is None:
            err(rec, f"ngày {d['when']!r} sai dạng")
        kind = f["kind"]
        kt = kind.get("type")
        if kt not in KIND_KEYS:
            err(rec, f"loại lạ {kt!r}")
            continue
        keys(rec + ".kind", kind, *KIND_KEYS[kt])
        ok_roles = {"measurement": {"measured", "as_of"}, "target": {"deadline"},
                    "event": {"occurred"}, "statement": {"stated", "occurred"}}[kt]
        if role not in ok_roles:
            err(rec, f"vai trò ngày {role} không hợp với {kt}")
        inf = d.get("inferred")
        if d["when"] is None and inf is not None:
            err(rec, "ngày không rõ thì không thể có lý do suy ra")
        if inf is not None and not inf.strip():
            err(rec, "ngày suy ra cần lý do")
        if d["when"] is not None and inf is None:
            # curation: the year should then be written in the quote
            y = d["when"][:4]
            if y not in f["quote"]["text"] and y[2:] not in f["quote"]["text"]:
                warn(rec, f"năm {y} không có trong trích dẫn mà không có lý do suy ra")

        allowed = f["quote"]["text"]
        if kt == "measurement":
            check_amount_keys(rec + ".value", kind["value"])
            ind = ind_by_id.get(kind["indicator"])
            if ind is None:
                err(rec, f"chỉ số {kind['indicator']!r} không tồn tại")
            else:
                if ind["topic"] != f["topic"]:
                    err(rec, f"chỉ số {ind['id']} thuộc chủ đề {ind['topic']}, không phải {f['topic']}")
                check_unit(rec, kind["value"], ind["unit"])
            der = kind.get("derived")
            if der is None:
                check_amount_in_quote(rec, "value", kind["value"], f["quote"]["text"])
                # curation: qualifier word right before the number
                qt = f["quote"]["text"]
                at = qt.find(kind["value"]["text"])
                before = qt[max(0, at - 8):at] if at >= 0 else ""
                want = "exact"
                for word, qual in (("hơn", "more_than"), ("trên", "more_than"),
                                   ("gần", "nearly"), ("khoảng", "about")):
                    if before.rstrip().endswith(word):
                        want = qual
                if kind["value"].get("qualifier", "exact") != want:
                    warn(rec, f"qualifier {kind['value'].get('qualifier')} nhưng trích dẫn viết "
                              f"{before + kind['value']['text']!r}")
            else:
                keys(rec + ".derived", der, *KEYS["derivation"])
                check_amount_keys(rec + ".derived.operand", der["operand"])
                check_amount_text(rec, "value", kind["value"])
                check_amount_in_quote(rec, "derived.operand", der["operand"], f["quote"]["text"])
                if not der["explanation"].strip():
                    err(rec, "cần explanation")
                if kind["value"]["text"] not in der["explanation"]:
                    err(rec, f"explanation không nêu {kind['value']['text']!r}")
                base = fact_by_id.get(der["from"])
                if base is None:
                    err(rec, f"derived.from {der['from']!r} không tồn tại")
                elif base["kind"]["type"] != "measurement":
                    err(rec, "derived.from không phải số đo")
                else:
                    if base["kind"]["indicator"] != kind["indicator"]:
                        err(rec, "derived.from đo chỉ số khác")
                    bv, ov = base["kind"]["value"]["value"], der["operand"]["value"]
                    op = der["operation"]
                    res = {"add": bv + ov, "subtract": bv - ov,
                           "divide": bv / ov if ov else None}.get(op, "bad")
                    if res == "bad":
                        err(rec, f"phép toán lạ {op!r}")
                    elif res is None or not same_number(res, kind["value"]["value"]):
                        err(rec, f"{bv} {op} {ov} = {res}, không phải {kind['value']['value']}")
                allowed += "\n" + der["explanation"]
        elif kt == "target":
            goal = kind.get("goal")
            indid = kind.get("indicator")
            ind = None
            if indid is not None:
                ind = ind_by_id.get(indid)
                if ind is None:
                    err(rec, f"chỉ số {indid!r} không tồn tại")
            if goal is not None:
                keys(rec + ".goal", goal, *KEYS["goal"])
                if goal["comparison"] not in ("at_most", "at_least"):
                    err(rec, "comparison lạ")
                check_amount_keys(rec + ".goal.value", goal["value"])
                check_amount_in_quote(rec, "goal.value", goal["value"], f["quote"]["text"])
                if indid is None:
                    err(rec, "mục tiêu có goal phải gắn với một chỉ số")
                elif ind is not None:
                    check_unit(rec, goal["value"], ind["unit"])
            if role == "deadline" and d["when"] is None:
                warn(rec, "mục tiêu không rõ hạn")
        elif kt == "event":
            ins = kind.get("instrument")
            if ins is not None:
                keys(rec + ".instrument", ins, *KEYS["instrument"])
                if not ins["form"].strip():
                    err(rec, "văn bản cần form")
                n = ins.get("number")
                if n is not None and n not in f["quote"]["text"]:
                    err(rec, f"số hiệu {n!r} không có trong trích dẫn")
                if n is not None:
                    if n in instruments:
                        warn(rec, f"văn bản {n} đã được ghi ở {instruments[n]}")
                    instruments[n] = f["id"]
        for num in numbers_in(f["summary"]):
            if num not in allowed:
                err(rec, f"tóm tắt có số {num!r} không có trong trích dẫn")

    for i, c in enumerate(data.get("conflicts", [])):
        rec = f"conflicts[{i}] {c.get('id')!r}"
        keys(rec, c, *KEYS["conflict"])
        if len(c["facts"]) < 2:
            err(rec, "cần ít nhất hai dữ kiện")
        if len(set(c["facts"])) != len(c["facts"]):
            err(rec, "dữ kiện được nêu hai lần")
        for fid in c["facts"]:
            if fid not in facts:
                err(rec, f"dữ kiện {fid!r} không tồn tại")
        if not c["description"].strip():
            err(rec, "thiếu mô tả")

    # curation: every legal-instrument number written in a body has an event
    for s in data["sources"]:
        b = seeds.get(s["id"])
        if b is None:
            continue
        for sp in s["body"]:
            body = b[sp["start"]:sp["end"]].decode("utf-8")
            for m in re.finditer(r"\b\d+(?:/\d{4})?/[A-ZĐ][A-ZĐa-z\-]*(?:-[A-ZĐa-z]+)*|\b\d+-[A-ZĐ]+/[A-ZĐ]+", body):
                if m.group(0) not in instruments:
                    warn(s["id"], f"văn bản {m.group(0)!r} trong thân bài chưa có dữ kiện sự kiện riêng")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(data['facts'])} facts, {len(data['indicators'])} indicators, "
          f"{len(data.get('conflicts', []))} conflicts: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
