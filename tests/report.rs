//! The brief as a Vietnamese report, true as of its date: targets judged
//! on a fixture whose dates are known, the sections and their numbering
//! in both editions, tables whose numbers are their cited facts', key
//! points that the body does not repeat.

use egov_brief::brief::document::*;
use egov_brief::brief::{Day, Length, OwnSection, compose};
use egov_brief::data::validate::numbers_in;
use egov_brief::data::{Catalog, FactKind, SeedStore, load_dataset};

use crate::support::{all_topics_selection, catalog, selection};

/// One article: a rank in 2020, 2022 and 2024, and four targets.
const ARTICLE: &str = "Bài mẫu.\n\
Năm 2020 Việt Nam xếp thứ 86/193.\n\
Năm 2022 Việt Nam xếp thứ 86/193.\n\
Năm 2024 Việt Nam xếp thứ 71/193.\n\
Mục tiêu vào nhóm 80 đến năm 2022.\n\
Mục tiêu vào nhóm 90 đến năm 2021.\n\
Mục tiêu vào nhóm 100 đến năm 2018.\n\
Mục tiêu vào nhóm 50 đến năm 2030.\n";

fn fact(
    id: &str,
    quote: &str,
    when: &str,
    role: &str,
    kind: serde_json::Value,
) -> serde_json::Value {
    let start = ARTICLE.find(quote).expect("quote in the article");
    serde_json::json!({
        "id": id, "topic": "t", "source": "A",
        "quote": {"text": quote, "start": start, "end": start + quote.len()},
        "date": {"when": when, "role": role},
        "summary": quote, "kind": kind
    })
}

fn rank(id: &str, year: &str, value: u32) -> serde_json::Value {
    let quote = format!("Năm {year} Việt Nam xếp thứ {value}/193.");
    let kind = serde_json::json!({"type": "measurement", "indicator": "r",
        "value": {"value": value, "text": format!("{value}/193"), "out_of": 193}});
    fact(id, &quote, year, "measured", kind)
}

fn target(id: &str, group: u32, year: &str) -> serde_json::Value {
    let quote = format!("Mục tiêu vào nhóm {group} đến năm {year}.");
    let kind = serde_json::json!({"type": "target", "indicator": "r",
        "goal": {"comparison": "at_most", "value": {"value": group, "text": group.to_string()}}});
    fact(id, &quote, year, "deadline", kind)
}

fn fixture() -> Catalog {
    let json = serde_json::json!({
        "schema_version": 1,
        "sources": [{"id": "A", "seed_file": "a.txt", "publisher": "Báo Mẫu", "title": "Bài mẫu",
                     "published": "2025-01-02", "body": [{"start": 0, "end": ARTICLE.len()}]}],
        "topics": [{"id": "t", "name": "Xếp hạng mẫu", "headline": "r"}],
        "indicators": [{"id": "r", "topic": "t", "name": "Thứ hạng mẫu", "definition": "Thứ hạng",
                        "unit": {"type": "rank", "out_of": 193}, "direction": "lower_is_better"}],
        "facts": [rank("r2020", "2020", 86), rank("r2022", "2022", 86), rank("r2024", "2024", 71),
                  target("t80", 80, "2022"), target("t90", 90, "2021"),
                  target("t100", 100, "2018"), target("t50", 50, "2030")],
    });
    let mut seeds = SeedStore::default();
    seeds.insert("a.txt", ARTICLE);
    load_dataset("mau.json", &json.to_string(), seeds).expect("the fixture loads")
}

fn plain(inlines: &[Inline]) -> String {
    inlines.iter().map(|i| i.text.as_str()).collect()
}

/// Body paragraphs as text.
fn paragraphs(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(plain(&p.inlines)),
            _ => None,
        })
        .collect()
}

fn headings(blocks: &[Block]) -> Vec<(HeadingLevel, String)> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } => Some((*level, text.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn targets_are_classed_on_the_data_at_their_deadline_then_the_newest() {
    let c = fixture();
    let mut sel = selection(&["t"], 2014, 2030);
    sel.header.date = Day {
        year: 2026,
        month: 11,
        day: 23,
    };
    let doc = compose(&c, &sel).unwrap();
    let items = paragraphs(&doc.blocks);
    let item = |needle: &str| {
        items
            .iter()
            .find(|p| p.starts_with("-\u{a0}Mục tiêu") && p.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {items:#?}"))
            .clone()
    };
    // Top 80 by 2022: 86 in 2022, not met at the deadline; 71 in 2024.
    let t80 = item("nhóm 80 đến năm 2022");
    assert!(t80.contains("không đạt đúng hạn"), "{t80}");
    assert!(t80.contains("86/193") && t80.contains("năm 2022"), "{t80}");
    assert!(t80.contains("71/193") && t80.contains("đã đạt"), "{t80}");
    assert!(!t80.contains("còn cách"), "{t80}");
    // Top 90 by 2021: no figure of 2021; the 2020 one (86) met it, said
    // as data before the deadline.
    let t90 = item("nhóm 90 đến năm 2021");
    assert!(
        t90.contains(
            "đã hết thời hạn (chưa có số liệu năm 2021), đã đạt theo số liệu gần nhất (năm 2020: 86/193"
        ),
        "{t90}"
    );
    // Top 100 by 2018: nothing measured by then.
    let t100 = item("nhóm 100 đến năm 2018");
    assert!(t100.contains("chưa có số liệu đến thời hạn"), "{t100}");
    // Top 50 by 2030 is still open: 71 in 2024, 21 places to go.
    let t50 = item("nhóm 50 đến năm 2030");
    assert!(t50.contains("còn cách 21 bậc"), "{t50}");
    assert!(t50.contains("năm 2024"), "{t50}");
    // Signed in 2021 instead, before the article (2/1/2025) was
    // published: the brief cannot know any of it.
    sel.header.date.year = 2021;
    assert_eq!(
        compose(&c, &sel),
        Err(egov_brief::brief::ComposeError::NoData(
            "giai đoạn 2014–2030".into()
        ))
    );
}

#[test]
fn the_report_has_its_sections_in_order_and_the_appendix_numbers_on_its_own() {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.own_sections = vec![
        OwnSection {
            title: "Nhận định".into(),
            text: "Tiến độ chậm.".into(),
        },
        OwnSection {
            title: "Đề xuất, kiến nghị".into(),
            text: "Bổ sung số liệu.".into(),
        },
    ];
    sel.header.number = "Số:      /BC-CĐSQG".into();
    // Typed in the header's capitals; named in a sentence in sentence case.
    sel.header.issuer = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    for length in [Length::Full, Length::Short] {
        sel.length = length;
        let doc = compose(&c, &sel).unwrap();
        let sections: Vec<String> = headings(&doc.blocks)
            .into_iter()
            .filter(|(l, _)| *l == HeadingLevel::Section)
            .map(|(_, t)| t)
            .collect();
        // The notes on the data follow the sections of the full edition
        // and close the appendix of the short one.
        let mut expected = vec![
            "NHỮNG ĐIỂM CHÍNH",
            "I. KẾT QUẢ",
            "II. TỒN TẠI, HẠN CHẾ",
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
        ];
        if length == Length::Full {
            expected.push("GHI CHÚ VỀ SỐ LIỆU");
        }
        assert_eq!(sections, expected, "{length:?}");
        assert!(!doc.summary.contains("chủ đề"), "{}", doc.summary);
        let opening = paragraphs(&doc.blocks[..1]).concat();
        assert!(opening.contains("Số liệu tổng hợp từ"), "{opening}");
        assert!(
            opening.contains("số liệu mới nhất đến năm 2024"),
            "{opening}"
        );
        let topics: Vec<String> = headings(&doc.blocks)
            .into_iter()
            .filter(|(l, _)| *l == HeadingLevel::Subsection)
            .map(|(_, t)| t)
            .collect();
        assert!(topics[0].starts_with("1. "), "{topics:?}");
        if length == Length::Short {
            let a = doc.appendix.as_ref().expect("an appendix");
            assert_eq!(a.heading, "PHỤ LỤC");
            assert!(
                a.attachment.starts_with("(Kèm theo Báo cáo số")
                    && a.attachment.contains("/BC-CĐSQG ngày 23 tháng 11 năm 2026")
                    && a.attachment.ends_with("của Cục Chuyển đổi số quốc gia)"),
                "{}",
                a.attachment
            );
            assert_eq!(a.title, "SỐ LIỆU CHI TIẾT, BIỂU ĐỒ, DIỄN BIẾN VÀ MỤC TIÊU");
            // No section heading of the body again; the topics numbered
            // 1, 2, 3 … without gaps; the notes on the data last.
            let appendix: Vec<(HeadingLevel, String)> = headings(&a.blocks);
            let sections: Vec<&String> = appendix
                .iter()
                .filter(|(l, _)| *l == HeadingLevel::Section)
                .map(|(_, t)| t)
                .collect();
            assert_eq!(sections, ["GHI CHÚ VỀ SỐ LIỆU"]);
            assert_eq!(
                appendix.last().map(|(_, t)| t.as_str()),
                Some("GHI CHÚ VỀ SỐ LIỆU")
            );
            let numbers: Vec<usize> = appendix
                .iter()
                .filter(|(l, _)| *l == HeadingLevel::Subsection)
                .map(|(_, t)| t.split_once(". ").unwrap().0.parse().unwrap())
                .collect();
            assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());
        }
    }
}

#[test]
fn every_number_in_a_table_row_is_its_cited_facts() {
    let c = catalog();
    let sel = all_topics_selection(&c);
    let doc = compose(&c, &sel).unwrap();
    let mut rows = 0;
    for b in &doc.blocks {
        let Block::Table(t) = b else {
            continue;
        };
        for row in &t.rows {
            rows += 1;
            let facts: Vec<usize> = row[3]
                .iter()
                .filter_map(|i| i.cite.map(|c| c.fact))
                .collect();
            assert!(!facts.is_empty(), "uncited row {:?}", plain(&row[0]));
            // A row without a chart also gives its earlier values, "43,40%
            // (năm 2020: 30,86%)": each a fact of the same indicator cited
            // under the row's reference numbers, with its date.
            let indicator_of = |f: usize| match &c.facts()[f].kind {
                FactKind::Measurement { indicator, .. } => Some(indicator.clone()),
                _ => None,
            };
            let own = indicator_of(facts[0]);
            let earlier: Vec<usize> = row[3]
                .iter()
                .filter_map(|i| i.cite)
                .filter_map(|cite| doc.references.get(cite.number))
                .flat_map(|r| r.facts.iter().copied())
                .filter(|&f| indicator_of(f) == own && !facts.contains(&f))
                .collect();
            // The value as the source writes it, and the number ranked
            // ("6/10": 6 of the 10 ASEAN states).
            let texts: Vec<String> = facts
                .iter()
                .chain(&earlier)
                .map(|&f| match &c.facts()[f].kind {
                    FactKind::Measurement {
                        value, indicator, ..
                    } => {
                        let of = match c.indicator(indicator).map(|i| &i.unit) {
                            Some(egov_brief::data::Unit::Rank { out_of: Some(n) }) => {
                                format!(" {n}")
                            }
                            _ => String::new(),
                        };
                        format!("{}{of}", value.text)
                    }
                    _ => String::new(),
                })
                .chain(
                    facts
                        .iter()
                        .chain(&earlier)
                        .filter_map(|&f| c.facts()[f].date.when.map(|w| w.to_short())),
                )
                .collect();
            for n in numbers_in(&plain(&row[1])) {
                assert!(
                    texts
                        .iter()
                        .any(|t| numbers_in(t).contains(&n) || t.contains(n)),
                    "{n} in {:?} is no cited fact's value ({texts:?})",
                    plain(&row[1])
                );
            }
            let dates: Vec<String> = facts
                .iter()
                .filter_map(|&f| c.facts()[f].date.when.map(|w| w.to_short()))
                .collect();
            let when = plain(&row[2]);
            // The date, or what a count covers up to it ("lũy kế từ
            // 12/3/2019 đến 19/8/2021", "từ đầu năm đến 1/11/2022").
            assert!(
                dates.iter().any(|d| when.starts_with(d.as_str())
                    || (when.contains(" đến ") && when.contains(d.as_str()))),
                "{when} is no cited fact's date ({dates:?})"
            );
        }
    }
    assert!(rows >= 20, "{rows} rows");
}

#[test]
fn key_points_are_at_most_six_sentences_the_body_does_not_repeat() {
    let c = catalog();
    let sel = all_topics_selection(&c);
    let doc = compose(&c, &sel).unwrap();
    let points = crate::support::key_points(&doc);
    assert!((1..=6).contains(&points.len()), "{}", points.len());
    let body: Vec<String> = paragraphs(&doc.blocks);
    for p in &points {
        let text = plain(p);
        assert!(text.ends_with('.'), "{text}");
        assert_eq!(
            body.iter().filter(|b| **b == text).count(),
            1,
            "repeated: {text}"
        );
        // No "còn cách" for a deadline before the signing date (2026).
        for clause in text.split("; ") {
            if clause.contains("còn cách") {
                assert!(clause.contains("năm 2030"), "{clause}");
            }
        }
    }
    // "suy ra" at most ten times in the whole full brief.
    let all: String = body.concat();
    assert!(
        all.matches("suy ra").count() <= 10,
        "{}",
        all.matches("suy ra").count()
    );
}
