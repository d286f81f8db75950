//! Composing: the right facts for a topic and period, citations that
//! resolve, conflicts stated, Vietnamese numbers, clear errors.

use egov_brief::brief::document::*;
use egov_brief::brief::{ComposeError, Day, compose};
use egov_brief::data::FactKind;

use crate::support::{all_topics, catalog, selection};

fn all_inlines(doc: &Document) -> Vec<&Inline> {
    let mut out = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => out.extend(p.inlines.iter()),
            Block::Chart(c) => out.extend(c.source_line.iter()),
            Block::Heading { .. } => {}
        }
    }
    out
}

fn text(doc: &Document) -> String {
    doc.blocks
        .iter()
        .map(|b| match b {
            Block::Heading { text, .. } => text.clone(),
            Block::Paragraph(p) => p.inlines.iter().map(|i| i.text.as_str()).collect(),
            Block::Chart(c) => c.title.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_citation_resolves_to_its_fact_source_and_reference() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    let doc = compose(&c, &sel).unwrap();
    let cites: Vec<Citation> = all_inlines(&doc).iter().filter_map(|i| i.cite).collect();
    assert!(cites.len() > 50);
    for cite in &cites {
        let fact = &c.facts()[cite.fact];
        let reference = &doc.references.entries[cite.number as usize - 1];
        assert_eq!(reference.number, cite.number);
        assert_eq!(
            reference.source_id, fact.source,
            "[{}] {}",
            cite.number, fact.id
        );
    }
    // Numbered in order of first use.
    let mut first_seen = Vec::new();
    for c in &cites {
        if !first_seen.contains(&c.number) {
            first_seen.push(c.number);
        }
    }
    let expected: Vec<u32> = (1..=first_seen.len() as u32).collect();
    assert_eq!(first_seen, expected);
    assert_eq!(doc.references.entries.len(), 5);
}

#[test]
fn a_topic_gets_its_key_figures_chart_and_change() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let t = text(&doc);
    assert!(t.contains("86/193"), "{t}");
    assert!(t.contains("tăng 2 bậc"), "{t}");
    let charts: Vec<&ChartSpec> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .collect();
    assert!(!charts.is_empty());
    assert!(charts.iter().all(|ch| ch.axis == ValueAxis::Rank));
    assert!(
        charts
            .iter()
            .any(|ch| ch.targets.iter().any(|t| t.y == 50.0))
    );
    // Only facts of the chosen topic are cited.
    for i in all_inlines(&doc) {
        if let Some(cite) = i.cite {
            let f = &c.facts()[cite.fact];
            let topic_ok = f.topic == "xep-hang-lhq" || c.conflicts_of(&f.id).next().is_some();
            assert!(topic_ok, "{} from {}", f.id, f.topic);
        }
    }
}

#[test]
fn the_period_filters_facts() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2021, 2025)).unwrap();
    for i in all_inlines(&doc) {
        if let Some(cite) = i.cite {
            let f = &c.facts()[cite.fact];
            if let Some(w) = f.date.when {
                // A conflict may cite a fact outside the period alongside
                // the one inside it, and a target due in the period is set
                // against the latest status known by then.
                let in_conflict = c.conflicts_of(&f.id).next().is_some();
                let status_of_target = matches!(&f.kind, FactKind::Measurement { indicator, .. }
                    if c.facts().iter().any(|t| matches!(&t.kind,
                        FactKind::Target { indicator: Some(i), .. } if i == indicator)
                        && t.date.when.is_some_and(|d| (2021..=2025).contains(&d.year_value()))));
                assert!(
                    (2021..=2025).contains(&w.year_value()) || in_conflict || status_of_target,
                    "{} dated {w}",
                    f.id
                );
            }
        }
    }
    let t = text(&doc);
    assert!(
        !t.contains("89/193"),
        "2016 value leaked into 2021–2025: {t}"
    );
}

#[test]
fn conflicts_are_stated_plainly_with_both_citations() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let t = text(&doc);
    assert!(t.contains("Các nguồn chưa thống nhất"));
    assert!(t.contains("23/47") && t.contains("24/47"), "{t}");
    assert!(t.contains("không thống nhất"));
}

#[test]
fn vietnamese_number_and_date_formatting() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    let t = text(&compose(&c, &sel).unwrap());
    for expected in ["30,86%", "117.158", "6,3 triệu", "20/8/2021", "27/9/2019"] {
        assert!(t.contains(expected), "missing {expected}");
    }
    assert!(!t.contains("30.86%"), "English decimal point");
    assert!(t.contains("12,54 điểm phần trăm"), "change in points");
}

#[test]
fn derived_values_are_marked_and_explained() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let t = text(&doc);
    assert!(t.contains("suy ra"));
    assert!(t.contains("89 + 10"), "explanation shown: {t}");
}

#[test]
fn header_fields_reach_the_document() {
    let c = catalog();
    let mut sel = selection(&["dich-vu-cong"], 2014, 2030);
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    sel.header.place = "Hà Nội".into();
    sel.header.date = Day {
        year: 2026,
        month: 2,
        day: 5,
    };
    sel.header.signer_title = "Cục trưởng".into();
    sel.header.signer_name = "Nguyễn Văn A".into();
    let doc = compose(&c, &sel).unwrap();
    assert_eq!(doc.header.issuer_lines.len(), 2);
    assert_eq!(doc.header.place_date, "Hà Nội, ngày 05 tháng 02 năm 2026");
    assert_eq!(doc.metadata.author, "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA");
    assert_eq!(doc.closing.signer.as_ref().unwrap().name, "Nguyễn Văn A");
    assert!(doc.summary.contains("Dịch vụ công"));
}

#[test]
fn bad_selections_get_clear_errors() {
    let c = catalog();
    assert_eq!(
        compose(&c, &selection(&[], 2014, 2030)).unwrap_err(),
        ComposeError::NoTopics
    );
    assert_eq!(
        compose(&c, &selection(&["khong-co"], 2014, 2030)).unwrap_err(),
        ComposeError::UnknownTopic("khong-co".into())
    );
    assert!(matches!(
        compose(&c, &selection(&["xep-hang-lhq"], 2025, 2020)).unwrap_err(),
        ComposeError::BadPeriod { .. }
    ));
    let e = compose(&c, &selection(&["xep-hang-lhq"], 1990, 1995)).unwrap_err();
    assert!(matches!(e, ComposeError::NoData(_)), "{e:?}");
    assert!(e.to_string().contains("1990–1995"));
    let mut sel = selection(&["xep-hang-lhq"], 2014, 2030);
    sel.header.date.day = 31;
    sel.header.date.month = 2;
    assert!(matches!(
        compose(&c, &sel).unwrap_err(),
        ComposeError::BadDate(_)
    ));
}

#[test]
fn the_same_selection_composes_the_same_document() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    assert_eq!(compose(&c, &sel).unwrap(), compose(&c, &sel).unwrap());
}

#[test]
fn targets_are_set_against_the_latest_status() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let t = text(&doc);
    assert!(t.contains("Mục tiêu và hiện trạng"));
    assert!(t.contains("còn cách mục tiêu 36 bậc"), "86 vs top 50: {t}");
    // Every target in the period is mentioned once with its citation.
    let targets = c
        .facts()
        .iter()
        .filter(|f| f.topic == "xep-hang-lhq" && matches!(f.kind, FactKind::Target { .. }))
        .count();
    assert!(
        t.matches("-\u{a0}Đến ").count() + t.matches("-\u{a0}Thời hạn không rõ").count() >= targets
    );
}

#[test]
fn the_document_carries_every_word_of_header_and_closing() {
    let c = catalog();
    let mut sel = selection(&["dich-vu-cong"], 2014, 2030);
    sel.header.issuer = "Bộ Thông tin và Truyền thông\nCục Chuyển đổi số quốc gia".into();
    sel.header.recipients = "Lãnh đạo Bộ (để báo cáo);\nLưu: VT".into();
    sel.header.signer_title = "KT. Cục trưởng\nPhó Cục trưởng".into();
    let doc = compose(&c, &sel).unwrap();
    assert_eq!(
        doc.header.issuer_lines,
        ["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"]
    );
    assert_eq!(doc.header.nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert_eq!(doc.header.motto, "Độc lập - Tự do - Hạnh phúc");
    assert_eq!(doc.title, "BÁO CÁO TÓM TẮT");
    assert_eq!(doc.references.heading, "NGUỒN THAM KHẢO");
    assert_eq!(doc.closing.recipients_label, "Nơi nhận:");
    assert_eq!(
        doc.closing.recipients,
        ["- Lãnh đạo Bộ (để báo cáo);", "- Lưu: VT."]
    );
    assert_eq!(
        doc.closing.signer.as_ref().unwrap().title_lines,
        ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"]
    );
    for r in &doc.references.entries {
        assert_eq!(r.label, format!("[{}]", r.number));
    }
}

#[test]
fn typed_header_text_is_composed_to_nfc() {
    use unicode_normalization::{UnicodeNormalization, is_nfc};
    let c = catalog();
    let mut sel = selection(&["dich-vu-cong"], 2014, 2030);
    // What an input method in "Unicode tổ hợp" mode sends.
    sel.header.issuer = "Sở Thông tin\nTrung tâm Việt Nam".nfd().collect();
    sel.header.place = "Hà Nội".nfd().collect();
    sel.header.title = "Báo cáo nhanh".nfd().collect();
    sel.header.signer_name = "Nguyễn Văn Ấn".nfd().collect();
    let doc = compose(&c, &sel).unwrap();
    assert_eq!(
        doc.header.issuer_lines,
        ["SỞ THÔNG TIN", "TRUNG TÂM VIỆT NAM"]
    );
    assert!(doc.header.place_date.starts_with("Hà Nội, ngày"));
    assert_eq!(doc.title, "BÁO CÁO NHANH");
    assert_eq!(doc.closing.signer.as_ref().unwrap().name, "Nguyễn Văn Ấn");
    for text in doc
        .header
        .issuer_lines
        .iter()
        .chain([&doc.header.place_date, &doc.title])
    {
        assert!(is_nfc(text), "{text:?}");
    }
}

#[test]
fn each_reference_lists_exactly_the_facts_cited_under_it() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    let doc = compose(&c, &sel).unwrap();
    let mut cited = std::collections::BTreeSet::new();
    for cite in all_inlines(&doc).into_iter().filter_map(|i| i.cite) {
        let r = doc.references.get(cite.number).unwrap();
        assert!(
            r.facts.contains(&cite.fact),
            "[{}] lacks fact {}",
            r.number,
            cite.fact
        );
        assert_eq!(
            doc.references.of_fact(cite.fact).unwrap().number,
            cite.number
        );
        cited.insert(cite.fact);
    }
    let listed: usize = doc.references.entries.iter().map(|r| r.facts.len()).sum();
    assert_eq!(listed, cited.len());
}
