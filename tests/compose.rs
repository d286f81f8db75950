//! Composing: the right facts for a topic and period, citations that
//! resolve, conflicts stated, Vietnamese numbers, clear errors.

use egov_brief::brief::document::*;
use egov_brief::brief::{ComposeError, Day, compose};
use egov_brief::data::FactKind;

use crate::support::{all_topics, catalog, document_text as text, selection};

fn all_inlines(doc: &Document) -> Vec<&Inline> {
    let mut out = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => out.extend(p.inlines.iter()),
            Block::Chart(c) => out.extend(c.source_line.iter()),
            Block::Table(t) => {
                out.extend(t.rows.iter().flatten().flatten());
                out.extend(t.notes.iter().flatten());
            }
            Block::Heading { .. } => {}
        }
    }
    out
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
    // Four articles (not the gambling-spam re-post), the UN tables of
    // 2014, 2016, 2018, 2022, 2024 and the seven changes since that the
    // brief of 23/11/2026 reads its older statements through: Nghị quyết
    // 176/2025/QH15 (the ministry), Quyết định 1619 and 598/QĐ-TTg (the
    // committee), Luật 20/2023/QH15 (the expected law), Nghị định
    // 42/2022/NĐ-CP, Nghị quyết 202/2025/QH15 and the 2025 amendment of the
    // Constitution (replaced levels, units).
    // And the instruments that set the EGDI and ASEAN targets: Quyết định
    // 942/QĐ-TTg, 749/QĐ-TTg, Nghị quyết 52-NQ/TW. And the four changes
    // after the articles no article tells, told under their topics: Luật
    // 60/2024/QH15, Nghị quyết 57-NQ/TW, Luật 65/2025/QH15, Nghị định
    // 55/2025/NĐ-CP. And, verified on 7/12/2026, Luật 72/2025/QH15 (its
    // day, 16/6/2025, now on two pages) and the Law on Digital
    // Transformation of 11/12/2025.
    assert_eq!(doc.references.entries.len(), 25);
    assert!(doc.references.entries.iter().all(|r| r.source_id != "S003"));
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
    // Ranks, and the UN tables' index scores (0–1).
    assert!(
        charts
            .iter()
            .all(|ch| matches!(ch.axis, ValueAxis::Rank | ValueAxis::Index))
    );
    assert!(charts.iter().any(|ch| ch.axis == ValueAxis::Rank));
    assert!(
        charts
            .iter()
            .any(|ch| ch.targets.iter().any(|t| t.y == 50.0))
    );
    // Only facts of the chosen topic are cited.
    for i in all_inlines(&doc) {
        if let Some(cite) = i.cite {
            let f = &c.facts()[cite.fact];
            // The register's instruments are cited where they set a
            // target or change how a statement reads, whatever their topic.
            let topic_ok = f.topic == "xep-hang-lhq"
                || c.conflicts_of(&f.id).next().is_some()
                || f.id.starts_with("reg-");
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
                // The key points also set targets due after the period
                // against the latest status.
                let later_target =
                    matches!(f.kind, FactKind::Target { .. }) && w.year_value() > 2025;
                // An instrument that set a target in the period, from the
                // register of official changes.
                let instrument = f.id.starts_with("reg-");
                assert!(
                    (2021..=2025).contains(&w.year_value())
                        || instrument
                        || in_conflict
                        || status_of_target
                        || later_target,
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
fn the_opening_says_which_years_are_old_and_one_source_is_not_several() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    let doc = compose(&c, &sel).unwrap();
    let t = text(&doc);
    // Signed 23/11/2026: the key points on services, documents and
    // training rest on 2020, 2021 and 2022 figures (services: 2020, as the
    // 2021 figure comes from a sentence contradicting itself).
    assert!(
        t.contains("là số liệu năm 2020–2022, đã cũ hơn 2 năm so với ngày báo cáo"),
        "{t}"
    );
    // The Thời Đại sentence that contradicts itself is a note on the
    // data, never a key point.
    let points: Vec<String> = crate::support::key_points(&doc)
        .iter()
        .map(|p| crate::support::inline_text(p))
        .collect();
    assert!(!points.iter().any(|p| p.contains("65,11%")), "{points:?}");
    let notes = &t[t
        .find("GHI CHÚ VỀ SỐ LIỆU\n")
        .expect("the notes on the data")..];
    assert!(
        notes.contains("tự mâu thuẫn: tính đến ngày 20/8/2021"),
        "{notes}"
    );
}

#[test]
fn a_year_only_event_follows_the_days_of_that_year() {
    let c = catalog();
    let doc = compose(&c, &selection(&["the-che-chinh-sach"], 2014, 2030)).unwrap();
    let t = text(&doc);
    let at = |needle: &str| t.find(needle).unwrap_or_else(|| panic!("{needle}: {t}"));
    // "Năm 2022" spans the year: after 25/10/2022, not before 25/1/2022.
    assert!(at("-\u{a0}Ngày 25/1/2022") < at("-\u{a0}Ngày 25/10/2022"));
    assert!(at("-\u{a0}Ngày 25/10/2022") < at("-\u{a0}Năm 2022"), "{t}");
}

#[test]
fn conflicts_are_stated_plainly_with_both_citations() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let t = text(&doc);
    // A disagreement is a note on the data, not a shortcoming.
    let ii = &t[t.find("II. TỒN TẠI, HẠN CHẾ").expect("section II")..];
    let notes_at = ii
        .find("GHI CHÚ VỀ SỐ LIỆU\n")
        .expect("the notes on the data");
    assert!(!ii[..notes_at].contains("23/47"), "{ii}");
    assert!(
        ii[notes_at..]
            .contains("bài trên Tạp chí Thời Đại ghi 23/47, bài không rõ nơi đăng ghi 24/47"),
        "{ii}"
    );
    // In the table both values, with both sources.
    assert!(
        t.contains("23/47 hoặc 24/47 | năm 2020") || t.contains("23/47 hoặc 24/47 | 2020"),
        "{t}"
    );
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
    assert!(t.contains("tăng 28 bậc"), "change in places");
}

#[test]
fn derived_values_are_marked_and_explained() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let t = text(&doc);
    // Marked once in the table and explained in the note under it.
    assert!(t.contains("(*) Giá trị tính từ số liệu khác"), "{t}");
    // OSI 2020 is derived only (76 in 2022 + 5 places, from an article):
    // a hollow dot, explained under the table.
    assert!(t.contains("81 (76 + 5)"), "explanation shown: {t}");
    assert!(t.matches("suy ra").count() <= 10, "{t}");
}

#[test]
fn each_marked_table_value_has_its_note_under_the_table() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let join = |cell: &[Inline]| cell.iter().map(|i| i.text.as_str()).collect::<String>();
    let mut marked = 0;
    for b in &doc.blocks {
        let Block::Table(t) = b else { continue };
        let notes: Vec<String> = t.notes.iter().map(|n| join(n)).collect();
        for row in &t.rows {
            if !join(&row[1]).contains("(*)") {
                continue;
            }
            marked += 1;
            // "- <indicator>, năm 2024: <how> [1]."
            let wanted = format!("-\u{a0}{}, năm {}:", join(&row[0]), join(&row[2]));
            assert!(
                notes.iter().any(|n| n.starts_with(&wanted)),
                "{wanted} not in {notes:#?}"
            );
        }
        // The hollow dots of the charts (earlier years, every value
        // derived) are told there too; 2014's EGDI rank, which the 2014
        // table states directly, is a solid dot and needs no note.
        assert!(
            notes.iter().any(|n| n.contains("81 (76 + 5)")),
            "{notes:#?}"
        );
        assert!(!notes.iter().any(|n| n.contains("89 + 10")), "{notes:#?}");
    }
    assert!(marked >= 3, "{marked}");
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
    // A number typed without its label gets "Số:"; one typed with it, or
    // the default blank for the clerk, is printed as typed.
    for (typed, printed) in [
        ("12/BC-CĐSQG", "Số:\u{a0}12/BC-CĐSQG"),
        ("Số: 7/BC-CĐSQG", "Số:\u{a0}7/BC-CĐSQG"),
        (
            "Số:      /BC-CĐSQG",
            "Số:\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/BC-CĐSQG",
        ),
    ] {
        sel.header.number = typed.into();
        let doc = compose(&c, &sel).unwrap();
        assert_eq!(doc.header.number.as_deref(), Some(printed), "{typed}");
    }
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
    // Dated 23/11/2026: the 2022 and 2025 deadlines have passed and are
    // judged at the deadline; only the 2030 target is "còn cách".
    let items: Vec<&str> = t
        .lines()
        .filter(|l| l.starts_with("-\u{a0}Mục tiêu"))
        .collect();
    assert!(!items.is_empty(), "{t}");
    for item in &items {
        let open = item.contains("đến năm 2030");
        assert_eq!(item.contains("còn cách"), open, "{item}");
        if item.contains("đến năm 2022") {
            assert!(item.contains("không đạt đúng hạn"), "{item}");
        }
        if item.contains("đến năm 2025") {
            assert!(
                item.contains(
                    "đã hết thời hạn (chưa có số liệu năm 2025), chưa đạt theo số liệu gần nhất (năm 2024"
                ),
                "{item}"
            );
        }
    }
    // 71 in the 2024 UN table against top 30 by 2030.
    assert!(t.contains("còn cách 41 bậc"), "71 vs top 30 by 2030: {t}");
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
    let listed: std::collections::BTreeSet<usize> = doc
        .references
        .entries
        .iter()
        .flat_map(|r| r.facts.clone())
        .collect();
    // A fact listed without a marker of its own is a point of a chart
    // whose source line carries its reference number.
    let charts = crate::support::charts(&doc);
    for &f in listed.difference(&cited) {
        let fact = &c.facts()[f];
        let FactKind::Measurement { indicator, .. } = &fact.kind else {
            panic!("{} listed but never printed", fact.id);
        };
        let name = &c.indicator(indicator).unwrap().name;
        let number = doc.references.of_fact(f).unwrap().number;
        assert!(
            charts.iter().any(|ch| &ch.title == name
                && ch
                    .source_line
                    .iter()
                    .any(|i| i.cite.map(|c| c.number) == Some(number))),
            "{} listed but not printed",
            fact.id
        );
    }
}

/// The numbers a key point may print, from the facts it cites: their
/// values (and totals), their dates, their goals, the differences of two
/// of those values, and the numbers of a cited disagreement's statement.
fn traceable_numbers(c: &egov_brief::data::Catalog, facts: &[usize]) -> Vec<f64> {
    use egov_brief::data::validate::numbers_in;
    let mut values = Vec::new();
    let mut nums = Vec::new();
    for &i in facts {
        let f = &c.facts()[i];
        // The fact's date, and the day a running total counts from.
        let since = match f.date.basis {
            Some(egov_brief::data::Basis::RunningTotal { since }) => since,
            Some(egov_brief::data::Basis::Period { from }) => from,
            _ => None,
        };
        for w in f.date.when.iter().chain(since.iter()) {
            nums.push(w.year_value() as f64);
            nums.extend(w.month_value().map(f64::from));
            nums.extend(w.day_value().map(f64::from));
        }
        match &f.kind {
            FactKind::Measurement { value, .. } => {
                values.push(value.value);
                nums.extend(value.out_of.map(f64::from));
                nums.extend(numbers_in(&value.text).iter().filter_map(|n| parse_vn(n)));
            }
            FactKind::Target { goal: Some(g), .. } => values.push(g.value.value),
            // An instrument is named by its number ("Nghị định số
            // 42/2022/NĐ-CP").
            FactKind::Event {
                instrument: Some(ins),
            } => nums.extend(
                ins.number
                    .iter()
                    .flat_map(|n| numbers_in(n))
                    .filter_map(parse_vn),
            ),
            _ => {}
        }
        for x in c.conflicts_of(&f.id) {
            nums.extend(
                numbers_in(&x.description)
                    .iter()
                    .filter_map(|n| parse_vn(n)),
            );
        }
        // The indicator's name ("mức độ 4", "(10 nước)") and total.
        if let Some(ind) = match &f.kind {
            FactKind::Measurement { indicator, .. }
            | FactKind::Target {
                indicator: Some(indicator),
                ..
            } => c.indicator(indicator),
            _ => None,
        } {
            nums.extend(numbers_in(&ind.name).iter().filter_map(|n| parse_vn(n)));
            if let egov_brief::data::Unit::Rank { out_of: Some(n) } = ind.unit {
                nums.push(n as f64);
            }
        }
    }
    for a in &values {
        for b in &values {
            nums.push((a - b).abs());
        }
    }
    nums.extend(values);
    nums
}

/// "30,86" → 30.86, "117.158" → 117158.
fn parse_vn(s: &str) -> Option<f64> {
    s.replace('.', "").replace(',', ".").parse().ok()
}

#[test]
fn key_points_trace_every_number_to_the_facts_they_cite() {
    let c = catalog();
    let mut selections = vec![
        selection(&["xep-hang-lhq"], 2014, 2030),
        selection(&[], 2021, 2025),
        selection(&[], 2014, 2030),
        selection(&[], 2016, 2020),
    ];
    for s in &mut selections[1..] {
        s.topics = all_topics(&c);
    }
    for sel in &selections {
        let doc = compose(&c, sel).unwrap();
        let points = crate::support::key_points(&doc);
        assert!(
            (1..=6).contains(&points.len()),
            "{} points for {}–{}",
            points.len(),
            sel.from,
            sel.to
        );
        for p in &points {
            let text = crate::support::inline_text(p);
            let cited: Vec<usize> = p.iter().filter_map(|i| i.cite.map(|c| c.fact)).collect();
            assert!(!cited.is_empty(), "uncited key point: {text}");
            let allowed = traceable_numbers(&c, &cited);
            let plain: String = p
                .iter()
                .filter(|i| i.cite.is_none())
                .map(|i| i.text.as_str())
                .collect();
            for n in egov_brief::data::validate::numbers_in(&plain) {
                let v = parse_vn(n).unwrap();
                assert!(
                    allowed.iter().any(|a| (a - v).abs() < 1e-6),
                    "{n} in {text:?} traces to no cited fact"
                );
            }
        }
    }
}

#[test]
fn key_points_lead_with_the_headline_and_set_targets_against_status() {
    let c = catalog();
    let doc = compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap();
    let points: Vec<String> = crate::support::key_points(&doc)
        .iter()
        .map(|p| crate::support::inline_text(p))
        .collect();
    // The newest UN edition (2024); 2014 is stated by the 2014 table as
    // well as derived from an article, so it is not marked derived.
    assert!(
        points[0].contains("(EGDI) trên thế giới theo số liệu gần nhất (năm 2024) là 71/193"),
        "{points:?}"
    );
    assert!(points[0].contains("tăng 28 bậc so với 99/193 (năm 2014)"));
    // The targets on the headline follow in a sentence of their own,
    // judged on the signing date 23/11/2026: 2022 and 2025 have passed.
    assert!(
        points[0].contains(". Mục tiêu vào nhóm 80 đến năm 2022"),
        "{points:?}"
    );
    assert!(points[0].contains("không đạt đúng hạn"));
    // The two 2025 targets missed the same way are told in one clause (how
    // far each missed is the body's). No 2025 edition of the survey: they are
    // judged on the newest data before the deadline, never "không đạt đúng
    // hạn".
    let clause = points[0]
        .split("; ")
        .find(|c| c.contains("nhóm 50"))
        .unwrap();
    assert!(
        clause.contains("vào nhóm 50 [")
            && clause.contains("] và vào nhóm 70 [")
            && clause.contains(
                "] đến năm 2025 đã hết thời hạn (chưa có số liệu năm 2025), chưa đạt theo số liệu gần nhất (năm 2024 ["
            ),
        "{clause}"
    );
    assert!(points.len() <= 6);
}

#[test]
fn a_left_out_fact_leaves_key_points_charts_and_text() {
    let c = catalog();
    let mut sel = selection(&["xep-hang-lhq"], 2014, 2030);
    sel.exclude("egdi-2014-world-derived-s003");
    // The 2014 table states the same rank: leave it out too.
    sel.exclude("un-egdi-rank-2014");
    let doc = compose(&c, &sel).unwrap();
    let left_out = c.fact_index("egdi-2014-world-derived-s003").unwrap();
    assert!(
        all_inlines(&doc)
            .iter()
            .all(|i| i.cite.map(|c| c.fact) != Some(left_out))
    );
    let points = crate::support::key_points(&doc);
    let first = crate::support::inline_text(&points[0]);
    assert!(first.contains("so với 89/193 (năm 2016)"), "{first}");
    let chart = doc.blocks.iter().find_map(|b| match b {
        Block::Chart(ch) if ch.title.contains("(EGDI) trên thế giới") => Some(ch),
        _ => None,
    });
    assert!(chart.unwrap().points.iter().all(|p| p.x_label != "2014"));
    sel.exclude("no-such-fact");
    assert!(matches!(
        compose(&c, &sel),
        Err(ComposeError::UnknownFact(f)) if f == "no-such-fact"
    ));
}

#[test]
fn the_short_edition_moves_charts_and_developments_to_the_appendix() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    sel.length = egov_brief::brief::Length::Short;
    let doc = compose(&c, &sel).unwrap();
    assert!(!doc.blocks.iter().any(|b| matches!(b, Block::Chart(_))));
    let appendix = doc.appendix.as_ref().expect("an appendix");
    assert_eq!(appendix.heading, "PHỤ LỤC");
    assert!(appendix.blocks.iter().any(|b| matches!(b, Block::Chart(_))));
    // Every fact of the full edition is still cited somewhere.
    sel.length = egov_brief::brief::Length::Full;
    let full = compose(&c, &sel).unwrap();
    let cited = |d: &Document| -> std::collections::BTreeSet<usize> {
        d.references
            .entries
            .iter()
            .flat_map(|r| r.facts.clone())
            .collect()
    };
    assert_eq!(cited(&doc), cited(&full));
}

#[test]
fn own_sections_follow_the_data_and_number_on() {
    let c = catalog();
    let mut sel = selection(&["xep-hang-lhq", "dich-vu-cong"], 2014, 2030);
    *sel.own_text_mut("Nhận định") = "Tie\u{302}\u{301}n độ tốt.\n\n- Một ý;\n- Hai ý.".into();
    *sel.own_text_mut("Đề xuất, kiến nghị") = "   ".into();
    let doc = compose(&c, &sel).unwrap();
    let t = text(&doc);
    // The assessment closes "II. TỒN TẠI, HẠN CHẾ" after the computed
    // points; an empty "Đề xuất" leaves section III out.
    assert!(t.contains("II. TỒN TẠI, HẠN CHẾ\n"), "{t}");
    assert!(
        t.contains("\nTiến độ tốt.\n-\u{a0}Một ý;\n-\u{a0}Hai ý."),
        "{t}"
    );
    let ii = t.find("II. TỒN TẠI").unwrap();
    assert!(t.find("Tiến độ tốt.").unwrap() > ii);
    assert!(!t.contains("ĐỀ XUẤT"));
    // Not cited.
    let own = doc.blocks.iter().skip_while(
        |b| !matches!(b, Block::Paragraph(p) if p.inlines.iter().any(|i| i.text == "Tiến độ tốt.")),
    );
    // Not cited, up to the notes on the data that close the body.
    for b in own
        .take_while(|b| !matches!(b, Block::Heading { text, .. } if text == "GHI CHÚ VỀ SỐ LIỆU"))
    {
        if let Block::Paragraph(p) = b {
            assert!(p.inlines.iter().all(|i| i.cite.is_none()));
        }
    }
}

#[test]
fn references_read_as_a_bibliography_without_file_names() {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    let doc = compose(&c, &sel).unwrap();
    for r in &doc.references.entries {
        assert!(
            !r.text.contains("seeds/") && !r.text.contains(".txt"),
            "{}",
            r.text
        );
        assert!(r.text.ends_with('.'));
    }
    assert!(
        doc.references
            .entries
            .iter()
            .any(|r| r.text.contains("không rõ ngày"))
    );
    assert_eq!(
        doc.header.number.as_deref(),
        Some("Số:\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/BC-")
    );
}
