//! Sources and figures a leader can trust (issue 28), on a hand-made
//! dataset whose every expected word is known: a source's standing, the
//! untrustworthy one left out unless brought back (then with a warning),
//! the better source cited alone, targets naming their group, how far a
//! rank missed, side by side with who set them, what a count covers, and
//! doubtful figures kept out of the key points.

use egov_brief::brief::document::*;

use crate::support::{document_text, inline_text};
use egov_brief::brief::{Day, Selection, compose};
use egov_brief::data::{Catalog, SeedStore, load_dataset};

/// A newspaper's article.
const PRESS: &str = "Bài báo mẫu.\n\
Năm 2020 Việt Nam xếp thứ 86/193.\n\
Năm 2024 Việt Nam xếp thứ 71/193.\n\
Năm 2020 tỷ lệ đạt 30,86%.\n\
Tính đến ngày 20/8/2021, tỷ lệ mức độ 3, 4 đạt 65,11%, trong đó mức độ 3 là 27,71%, mức độ 4 là 43,40%.\n\
Từ khi khai trương (12/3/2019) đến ngày 19/8/2021 có hơn 6,3 triệu văn bản.\n\
Trong năm 2022 đã bồi dưỡng 117.158 lượt.\n\
Mục tiêu thuộc nhóm 50 nước dẫn đầu vào năm 2025.\n\
Mục tiêu thuộc nhóm 70 quốc gia dẫn đầu vào năm 2025.\n";

/// A spam re-post of another article.
const SPAM: &str = "【ca cuoc】Bài đăng lại.\n\
Năm 2020 Việt Nam xếp thứ 86/193.\n\
Năm 2022 Việt Nam xếp thứ 75/193.\n";

fn fact(id: &str, source: &str, quote: &str, date: serde_json::Value) -> serde_json::Value {
    let text = if source == "B" { PRESS } else { SPAM };
    let start = text.find(quote).expect("quote in the article");
    serde_json::json!({
        "id": id, "topic": "t", "source": source,
        "quote": {"text": quote, "start": start, "end": start + quote.len()},
        "date": date, "summary": quote
    })
}

fn with(mut f: serde_json::Value, key: &str, v: serde_json::Value) -> serde_json::Value {
    f[key] = v;
    f
}

fn rank(id: &str, source: &str, year: &str, value: u32) -> serde_json::Value {
    let quote = format!("Năm {year} Việt Nam xếp thứ {value}/193.");
    let f = fact(
        id,
        source,
        &quote,
        serde_json::json!({"when": year, "role": "measured"}),
    );
    with(
        f,
        "kind",
        serde_json::json!({"type": "measurement", "indicator": "r",
            "value": {"value": value, "text": format!("{value}/193"), "out_of": 193}}),
    )
}

fn share(id: &str, quote: &str, when: &str, value: f64, text: &str) -> serde_json::Value {
    let indicator = if id == "p34" { "q" } else { "p" };
    let f = fact(
        id,
        "B",
        quote,
        serde_json::json!({"when": when, "role": "as_of", "basis": {"type": "point_in_time"}}),
    );
    with(
        f,
        "kind",
        serde_json::json!({"type": "measurement", "indicator": indicator,
            "value": {"value": value, "text": text}}),
    )
}

fn target(id: &str, group: u32, words: &str, by: &str, on: &str) -> serde_json::Value {
    let quote = format!("Mục tiêu thuộc nhóm {group} {words} vào năm 2025.");
    let f = fact(
        id,
        "B",
        &quote,
        serde_json::json!({"when": "2025", "role": "deadline"}),
    );
    let f = with(
        f,
        "kind",
        serde_json::json!({"type": "target", "indicator": "r",
            "goal": {"comparison": "at_most", "value": {"value": group, "text": group.to_string()}}}),
    );
    with(f, "set_by", serde_json::json!({"by": by, "on": on}))
}

fn dataset() -> serde_json::Value {
    let level4 = "Tính đến ngày 20/8/2021, tỷ lệ mức độ 3, 4 đạt 65,11%, trong đó mức độ 3 là 27,71%, mức độ 4 là 43,40%.";
    let docs = "Từ khi khai trương (12/3/2019) đến ngày 19/8/2021 có hơn 6,3 triệu văn bản.";
    let trained = "Trong năm 2022 đã bồi dưỡng 117.158 lượt.";
    let docs_fact = with(
        fact(
            "docs",
            "B",
            docs,
            serde_json::json!({"when": "2021-08-19", "role": "as_of",
                "basis": {"type": "running_total", "since": "2019-03-12"}}),
        ),
        "kind",
        serde_json::json!({"type": "measurement", "indicator": "d",
            "value": {"value": 6300000.0, "text": "6,3 triệu", "qualifier": "more_than"}}),
    );
    let trained_fact = with(
        fact(
            "trained",
            "B",
            trained,
            serde_json::json!({"when": "2022-11-01", "role": "as_of",
                "basis": {"type": "year_to_date"}}),
        ),
        "kind",
        serde_json::json!({"type": "measurement", "indicator": "n",
            "value": {"value": 117158, "text": "117.158"}}),
    );
    serde_json::json!({
        "schema_version": 1,
        "sources": [
            {"id": "B", "seed_file": "b.txt", "publisher": "Báo Mẫu", "title": "Bài báo mẫu",
             "published": "2025-01-02", "body": [{"start": 0, "end": PRESS.len()}],
             "standing": {"kind": "press", "reason": "Báo có giấy phép, trang của chính báo."}},
            {"id": "X", "seed_file": "x.txt", "publisher": null, "title": "Bài đăng lại",
             "published": null, "origin": "unknown_repost",
             "body": [{"start": 0, "end": SPAM.len()}],
             "standing": {"kind": "untrustworthy", "reason": "Trang rác cá cược chèn từ khóa."}}
        ],
        "topics": [{"id": "t", "name": "Chủ đề mẫu", "headline": "p"},
                   {"id": "u", "name": "Xếp hạng mẫu", "headline": "r"}],
        "indicators": [
            {"id": "r", "topic": "u", "name": "Thứ hạng mẫu", "definition": "Thứ hạng",
             "unit": {"type": "rank", "out_of": 193}, "direction": "lower_is_better",
             "ranked_among": "thế giới"},
            {"id": "p", "topic": "t", "name": "Tỷ lệ mẫu", "definition": "Tỷ lệ",
             "unit": {"type": "percent"}, "direction": "higher_is_better"},
            {"id": "q", "topic": "t", "name": "Tỷ lệ mức độ 3, 4 mẫu", "definition": "Tỷ lệ",
             "unit": {"type": "percent"}, "direction": "higher_is_better"},
            {"id": "d", "topic": "t", "name": "Văn bản mẫu", "definition": "Văn bản",
             "unit": {"type": "count", "noun": "văn bản"}, "direction": "higher_is_better"},
            {"id": "n", "topic": "t", "name": "Lượt bồi dưỡng mẫu", "definition": "Lượt",
             "unit": {"type": "count", "noun": "lượt"}, "direction": "higher_is_better"}
        ],
        "facts": [
            with(rank("r2020b", "B", "2020", 86), "topic", "u".into()),
            with(rank("r2020x", "X", "2020", 86), "topic", "u".into()),
            with(rank("r2022x", "X", "2022", 75), "topic", "u".into()),
            with(rank("r2024b", "B", "2024", 71), "topic", "u".into()),
            share("p2020", "Năm 2020 tỷ lệ đạt 30,86%.", "2020", 30.86, "30,86%"),
            share("p2021", level4, "2021-08-20", 43.4, "43,40%"),
            share("p34", level4, "2021-08-20", 65.11, "65,11%"),
            docs_fact,
            trained_fact,
            with(target("g50", 50, "nước dẫn đầu", "Hội thảo B", "2021-11-11"), "topic", "u".into()),
            with(target("g70", 70, "quốc gia dẫn đầu", "Hội thảo A", "2020-09-17"), "topic", "u".into())
        ],
        "conflicts": [{"id": "self", "facts": ["p34", "p2021"],
                       "description": "Câu tự mâu thuẫn: 65,11% khác 27,71% cộng 43,40%."}]
    })
}

fn seeds() -> SeedStore {
    let mut seeds = SeedStore::default();
    seeds.insert("b.txt", PRESS);
    seeds.insert("x.txt", SPAM);
    seeds
}

fn fixture() -> Catalog {
    load_dataset("mau.json", &dataset().to_string(), seeds()).expect("the fixture loads")
}

fn signed(topics: &[&str]) -> Selection {
    let mut s = Selection {
        topics: topics.iter().map(|t| t.to_string()).collect(),
        from: 2014,
        to: 2030,
        ..Selection::default()
    };
    s.header.date = Day {
        year: 2026,
        month: 12,
        day: 7,
    };
    s
}

fn cited_sources(doc: &Document) -> Vec<String> {
    doc.references
        .entries
        .iter()
        .map(|r| r.source_id.clone())
        .collect()
}

#[test]
fn an_untrustworthy_source_is_left_out_and_a_better_source_is_cited_alone() {
    let c = fixture();
    let doc = compose(&c, &signed(&["u"])).unwrap();
    // 86/193 in 2020 is reported by B and by the spam page: B alone; 75/193
    // rests on the spam page only: not in the brief.
    assert_eq!(cited_sources(&doc), vec!["B".to_string()]);
    let text = document_text(&doc);
    assert!(!text.contains("75/193"), "{text}");
    assert!(!text.contains("không đáng tin cậy"), "{text}");
}

#[test]
fn a_fact_brought_back_prints_with_a_warning_and_never_leads() {
    let c = fixture();
    // Up to 2022, the spam page's 75/193 is the newest figure.
    let mut sel = signed(&["u"]);
    sel.to = 2022;
    sel.admit_untrustworthy("r2022x");
    let doc = compose(&c, &sel).unwrap();
    let text = document_text(&doc);
    assert!(
        text.contains(
            "Thứ hạng mẫu | 75/193 (năm 2020: 86/193) | 2022 | [1], [2] (nguồn không đáng tin cậy, \
             do người lập báo cáo đưa vào)"
        ),
        "{text}"
    );
    // The spam page is cited for the fact brought back.
    let spam = crate::support::reference(&doc, "X");
    assert!(
        spam.text
            .ends_with("Cảnh báo: nguồn không đáng tin cậy: Trang rác cá cược chèn từ khóa."),
        "{}",
        spam.text
    );
    // The key point leads with the trusted figure, never with 75/193.
    let points = crate::support::key_points(&doc);
    let point = inline_text(&points[0]);
    assert!(
        point.starts_with("-\u{a0}Thứ hạng mẫu theo số liệu gần nhất (năm 2020) là 86/193 [1]"),
        "{point}"
    );
    assert!(!point.contains("75/193"), "{point}");
    // Taken back out: gone again.
    sel.withdraw_untrustworthy("r2022x");
    let doc = compose(&c, &sel).unwrap();
    assert!(!document_text(&doc).contains("75/193"));
}

#[test]
fn targets_name_their_group_say_how_far_they_missed_and_who_set_them() {
    let c = fixture();
    let doc = compose(&c, &signed(&["u"])).unwrap();
    let text = document_text(&doc);
    assert!(
        text.contains(
            "Mục tiêu thứ hạng mẫu vào nhóm 70 nước dẫn đầu thế giới đến năm 2025 (nêu tại Hội thảo A, 17/9/2020)"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Mục tiêu thứ hạng mẫu vào nhóm 50 nước dẫn đầu thế giới đến năm 2025 (nêu tại Hội thảo B, 11/11/2021)"
        ),
        "{text}"
    );
    assert!(
        text.contains("xếp thứ 71, chưa vào nhóm 70, cách 1 bậc"),
        "{text}"
    );
    assert!(
        text.contains("xếp thứ 71, chưa vào nhóm 50, cách 21 bậc"),
        "{text}"
    );
    assert!(!text.contains("chưa thống nhất"), "{text}");
    let points = crate::support::key_points(&doc);
    let point = inline_text(&points[0]);
    // Side by side in one clause; the distances are the body's.
    assert!(
        point.contains(
            "Mục tiêu vào nhóm 50 [1] và vào nhóm 70 [1] đến năm 2025 đã hết thời hạn (chưa có số liệu năm 2025), chưa đạt"
        ),
        "{point}"
    );
}

#[test]
fn counts_say_what_they_cover_and_only_inferred_times_are_marked() {
    let c = fixture();
    let doc = compose(&c, &signed(&["t"])).unwrap();
    let text = document_text(&doc);
    assert!(
        text.contains("Văn bản mẫu | hơn 6,3 triệu | lũy kế từ 12/3/2019 đến 19/8/2021 |"),
        "{text}"
    );
    assert!(
        text.contains("Lượt bồi dưỡng mẫu | 117.158 | từ đầu năm đến 1/11/2022 |"),
        "{text}"
    );
    assert!(!text.contains("(**)"), "no date here was inferred: {text}");
}

#[test]
fn a_self_contradictory_figure_never_leads() {
    let c = fixture();
    let doc = compose(&c, &signed(&["t"])).unwrap();
    let points = crate::support::key_points(&doc);
    let lead = inline_text(&points[0]);
    assert!(
        lead.starts_with("-\u{a0}Tỷ lệ mẫu năm 2020 là 30,86%"),
        "{lead}"
    );
    assert!(!lead.contains("43,40%"), "{lead}");
    // With only the contradictory sentence in the period, the point says
    // there is no reliable figure.
    let mut sel = signed(&["t"]);
    sel.from = 2021;
    let doc = compose(&c, &sel).unwrap();
    let lead = inline_text(&crate::support::key_points(&doc)[0]);
    assert!(
        lead.starts_with("-\u{a0}Tỷ lệ mẫu: chưa có số liệu tin cậy trong giai đoạn [1]."),
        "{lead}"
    );
}

#[test]
fn the_new_fields_are_checked() {
    let mut data = dataset();
    data["sources"][0]["standing"]["reason"] = " ".into();
    data["facts"][7]["date"]["basis"]["since"] = "2022-01-01".into();
    data["facts"][4]["vendor"] = "Fortinet".into();
    data["facts"][0]["set_by"] = serde_json::json!({"by": "Hội thảo"});
    let err = load_dataset("mau.json", &data.to_string(), seeds())
        .expect_err("the broken fields are refused")
        .to_string();
    assert!(err.contains("standing) cần nêu lý do"), "{err}");
    assert!(
        err.contains("ngày bắt đầu tính (1/1/2022) phải trước ngày của số liệu (19/8/2021)"),
        "{err}"
    );
    assert!(err.contains("quảng bá của doanh nghiệp (vendor)"), "{err}");
    assert!(
        err.contains("chỉ mục tiêu (target) mới có nơi đặt ra"),
        "{err}"
    );
}

#[test]
fn a_figure_also_reported_by_a_better_source_cites_that_one_only() {
    let c = fixture();
    let mut sel = signed(&["u"]);
    // Brought back, the spam page's 86/193 of 2020 is the same figure the
    // newspaper reports: the newspaper alone is cited for it.
    sel.admit_untrustworthy("r2020x");
    let doc = compose(&c, &sel).unwrap();
    assert_eq!(cited_sources(&doc), vec!["B".to_string()]);
    assert!(!document_text(&doc).contains("không đáng tin cậy"));
}

#[test]
fn a_data_pack_carries_the_standing() {
    use egov_brief::curate::user_data::UserData;
    use egov_brief::pack::{
        Accept, Installed, KeyPair, TrustedKeys, apply, create, open_pack, prepare,
    };
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let mut data = crate::pack::analyst_dataset(false);
    data["sources"][0]["standing"] =
        serde_json::json!({"kind": "official_portal", "reason": "Trang của chính Cục."});
    let bytes = create(
        &crate::pack::snapshot(&data),
        &crate::pack::info(1),
        Some(&key),
    )
    .unwrap();
    let trusted = TrustedKeys {
        keys: vec![key.public()],
    };
    let pack = open_pack(&bytes, &trusted).unwrap();
    let path = dir.path().join("du-lieu-bo-sung.json");
    let mut user = UserData::open(&path).unwrap();
    let prepared = prepare(&user, &Installed::default(), pack).unwrap();
    apply(&mut user, &prepared, &Accept::All, "2026-12-07").unwrap();
    let c = egov_brief::data::load_dataset_file(&path).unwrap();
    let source = c.source("cuc-cds:ND-1").expect("the pack's source");
    let standing = source.standing.as_ref().expect("the standing came through");
    assert_eq!(
        standing.kind,
        egov_brief::data::StandingKind::OfficialPortal
    );
    assert_eq!(standing.reason, "Trang của chính Cục.");
}
