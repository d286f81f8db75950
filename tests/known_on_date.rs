//! Known on its date: a brief signed on day D holds only what had been
//! published by D. The expectations below were written by hand from the
//! sources' publication days (assets/dataset.json, seeds/un-egov/
//! releases.json), not computed by the code under test:
//!
//! | source | known from |
//! |---|---|
//! | UN2010 | 4/2010 (month) |
//! | UN2012 | 2/2012 (month) |
//! | UN2014 | 6/2014 (month) |
//! | UN2016 | 2016 (year: the day is not verified) |
//! | UN2018 | 19/7/2018 |
//! | S003 (spam re-post) | not before 2018 (its latest year) |
//! | S004 (undated) | not before 17/9/2020 (the workshop it reports) |
//! | S000 thoidai.com.vn | 12/11/2021 |
//! | S001 TTXVN | 23/12/2021 |
//! | UN2022 | 28/9/2022 |
//! | S002 Tuổi trẻ Thủ đô | 1/11/2022 |
//! | UN2024 | 17/9/2024 |

use std::collections::BTreeSet;

use egov_brief::brief::document::{Block, Document};
use egov_brief::brief::{Day, compose};
use egov_brief::data::Catalog;

use crate::support::{all_topics_selection, catalog, inline_text, key_points};

fn signed(c: &Catalog, year: i32, month: u8, day: u8) -> Document {
    let mut sel = all_topics_selection(c);
    sel.header.date = Day { year, month, day };
    compose(c, &sel).expect("the brief composes")
}

fn cited_sources(doc: &Document) -> BTreeSet<String> {
    doc.references
        .entries
        .iter()
        .map(|r| r.source_id.clone())
        .collect()
}

fn cited_facts(c: &Catalog, doc: &Document) -> BTreeSet<String> {
    doc.references
        .entries
        .iter()
        .flat_map(|r| r.facts.iter().map(|&i| c.facts()[i].id.clone()))
        .collect()
}

fn opening(doc: &Document) -> String {
    match &doc.blocks[0] {
        Block::Paragraph(p) => inline_text(&p.inlines),
        other => panic!("the brief opens with a paragraph, not {other:?}"),
    }
}

/// One signing day and what its brief must and must not hold.
struct Case {
    day: (i32, u8, u8),
    cites: &'static [&'static str],
    never: &'static [&'static str],
    /// The cut-off sentence's newest figure.
    newest: &'static str,
}

const CASES: &[Case] = &[
    Case {
        day: (2018, 3, 1),
        cites: &["UN2016"],
        never: &[
            "UN2018", "S003", "S004", "S000", "S001", "UN2022", "S002", "UN2024",
        ],
        newest: "số liệu mới nhất đến năm 2016.",
    },
    Case {
        day: (2018, 8, 1),
        cites: &["UN2018"],
        never: &["S003", "S004", "S000", "S001", "UN2022", "S002", "UN2024"],
        newest: "số liệu mới nhất đến năm 2018.",
    },
    Case {
        day: (2020, 3, 1),
        cites: &["UN2018"],
        never: &["S004", "S000", "S001", "UN2022", "S002", "UN2024"],
        newest: "số liệu mới nhất đến năm 2018.",
    },
    Case {
        day: (2020, 10, 1),
        cites: &["S004", "UN2018"],
        never: &["S000", "S001", "UN2022", "S002", "UN2024"],
        newest: "số liệu mới nhất đến tháng 9/2020.",
    },
    Case {
        day: (2021, 3, 1),
        cites: &["S004", "UN2018"],
        never: &["S000", "S001", "UN2022", "S002", "UN2024"],
        newest: "số liệu mới nhất đến tháng 9/2020.",
    },
    Case {
        day: (2021, 12, 1),
        cites: &["S000", "S004"],
        never: &["S001", "UN2022", "S002", "UN2024"],
        newest: "số liệu mới nhất đến tháng 8/2021.",
    },
    Case {
        day: (2022, 6, 1),
        cites: &["S000", "S001"],
        never: &["UN2022", "S002", "UN2024"],
        newest: "số liệu mới nhất đến tháng 12/2021.",
    },
    Case {
        day: (2022, 10, 15),
        cites: &["UN2022", "S001"],
        never: &["S002", "UN2024"],
        newest: "số liệu mới nhất đến năm 2022.",
    },
    Case {
        day: (2024, 8, 1),
        cites: &["UN2022", "S002"],
        never: &["UN2024"],
        newest: "số liệu mới nhất đến tháng 11/2022.",
    },
    Case {
        day: (2026, 12, 7),
        cites: &["UN2024", "UN2022", "S000", "S001", "S002", "S004"],
        never: &[],
        newest: "số liệu mới nhất đến năm 2024.",
    },
];

#[test]
fn each_signing_day_cites_only_what_was_published_by_then() {
    let c = catalog();
    for case in CASES {
        let (y, m, d) = case.day;
        let doc = signed(&c, y, m, d);
        let sources = cited_sources(&doc);
        for s in case.cites {
            assert!(
                sources.contains(*s),
                "{d}/{m}/{y}: {s} missing: {sources:?}"
            );
        }
        for s in case.never {
            assert!(!sources.contains(*s), "{d}/{m}/{y}: {s} cited: {sources:?}");
        }
        let open = opening(&doc);
        assert!(open.contains(case.newest), "{d}/{m}/{y}: {open}");
    }
}

#[test]
fn a_brief_of_march_2021_knows_no_later_target_derivation_or_conflict() {
    let c = catalog();
    let doc = signed(&c, 2021, 3, 1);
    let facts = cited_facts(&c, &doc);
    // Set by Quyết định 942/QĐ-TTg (15/6/2021), reported 12/11/2021 and
    // 23/12/2021.
    for later in [
        "egdi-top50-2025-s000",
        "egdi-top30-2030-s000",
        "egdi-top80-2022-s001",
        // 81/193 for 2020, derived from an article of 1/11/2022.
        "osi-2020-world-derived-s002",
    ] {
        assert!(!facts.contains(later), "{later} in a brief of 1/3/2021");
    }
    assert!(facts.contains("egdi-top70-2025-s004"), "{facts:?}");
    let text = crate::support::document_text(&doc);
    // The Asia rank conflict needs thoidai.com.vn's 23/47 (12/11/2021).
    assert!(!text.contains("23/47"), "{text}");
    // 81 for 2020 exists only as derived from 2022's 76 (+5).
    assert!(!text.contains("81 (năm 2020)"), "{text}");
    assert!(!text.contains("81/193 (năm 2020)"), "{text}");
}

#[test]
fn a_brief_of_june_2022_does_not_know_the_2022_survey() {
    let c = catalog();
    let doc = signed(&c, 2022, 6, 1);
    let first = inline_text(&key_points(&doc)[0]);
    assert!(
        first.contains("theo số liệu gần nhất (năm 2020) là 86/193"),
        "{first}"
    );
    let doc = signed(&c, 2024, 8, 1);
    let text = crate::support::document_text(&doc);
    assert!(!text.contains("71/193"), "released 17/9/2024: {text}");
    assert!(text.contains("86/193"), "{text}");
}

#[test]
fn the_window_is_told_what_a_backdated_brief_leaves_out() {
    let c = catalog();
    let today = signed(&c, 2026, 12, 7);
    assert_eq!(today.freshness.unpublished, None);
    let back = signed(&c, 2021, 3, 1);
    let notice = back.freshness.unpublished.expect("a notice");
    assert!(
        notice.starts_with("Báo cáo ký ngày 1/3/2021 chỉ dùng thông tin đã công bố đến ngày đó;"),
        "{notice}"
    );
    // Only the articles and tables: the register's later instruments are
    // not a topic's facts.
    assert!(!notice.contains("Thủ tướng Chính phủ (công bố"), "{notice}");
    for named in [
        "Tạp chí Thời Đại (công bố 12/11/2021)",
        "Thông tấn xã Việt Nam (TTXVN) (công bố 23/12/2021)",
        "Báo Tuổi trẻ Thủ đô (công bố 1/11/2022)",
        "bảng số liệu năm 2024 (công bố 17/9/2024)",
    ] {
        assert!(notice.contains(named), "{named}: {notice}");
    }
}

#[test]
fn a_period_past_the_signing_day_reads_as_results_to_it_and_targets_after() {
    let c = catalog();
    let doc = signed(&c, 2026, 12, 7);
    assert_eq!(
        doc.summary,
        "Về Chính phủ điện tử, Chính phủ số giai đoạn 2014–2026 và mục tiêu đến năm 2030"
    );
    let doc = signed(&c, 2021, 3, 1);
    assert!(
        opening(&doc).contains("giai đoạn 2014–2021 và mục tiêu đến năm 2030,"),
        "{}",
        opening(&doc)
    );
}

#[test]
fn a_target_past_its_deadline_with_data_only_before_it_is_not_called_missed_on_time() {
    let c = catalog();
    let doc = signed(&c, 2026, 12, 7);
    let points: Vec<String> = key_points(&doc).iter().map(|p| inline_text(p)).collect();
    let un = &points[0];
    // Top 50 and top 70 by 2025: the newest data before the deadline is
    // the 2024 survey (71/193); there is no 2025 edition.
    assert!(
        un.contains(
            "đến năm 2025 đã hết thời hạn (chưa có số liệu năm 2025), chưa đạt theo số liệu gần nhất (năm 2024"
        ),
        "{un}"
    );
    // Top 80 by 2022 is judged on the 2022 survey itself.
    assert!(
        un.contains("không đạt đúng hạn (theo số liệu năm 2022"),
        "{un}"
    );
}

#[test]
fn a_missing_survey_edition_is_said_once_its_release_is_due() {
    let c = catalog();
    let missing = "Báo cáo chưa có kết quả Khảo sát Chính phủ điện tử năm 2026 của Liên hợp quốc (số liệu đến năm 2024).";
    assert!(opening(&signed(&c, 2026, 12, 7)).contains(missing));
    assert!(!opening(&signed(&c, 2026, 6, 1)).contains("Báo cáo chưa có kết quả Khảo sát"));
    assert!(!opening(&signed(&c, 2021, 3, 1)).contains("Báo cáo chưa có kết quả Khảo sát"));
}

/// The register of official changes (seeds/register/register.json): each
/// row checked against at least two public pages, dated, and linked only
/// to facts that exist.
#[test]
fn every_register_row_is_checked_twice_and_links_real_facts() {
    use egov_brief::data::register::{REGISTER_FILE, parse};
    let text = std::fs::read_to_string(format!("seeds/{REGISTER_FILE}")).expect("the register");
    let rows = parse(&text).expect("the register parses");
    assert!(rows.len() >= 15, "{}", rows.len());
    let c = catalog();
    let mut ids = BTreeSet::new();
    for (row, span) in &rows {
        assert!(ids.insert(row.id.clone()), "{} twice", row.id);
        assert!(
            row.pages.len() >= 2,
            "{}: {} pages",
            row.id,
            row.pages.len()
        );
        assert!(text[span.start..span.end].contains(&format!("\"id\": \"{}\"", row.id)));
        for fact in row
            .same_as
            .iter()
            .chain(&row.outcome_of)
            .chain(&row.applies_to)
        {
            assert!(c.fact(fact).is_some(), "{}: no fact {fact}", row.id);
        }
    }
    // Hand-checked against the register's pages: the amended law.
    let law = rows
        .iter()
        .find(|(r, _)| r.id == "luat-20-2023-qh15")
        .unwrap();
    assert_eq!(
        law.0.instrument_name().as_deref(),
        Some("Luật số 20/2023/QH15")
    );
    assert_eq!(
        law.0.issued.map(|d| d.to_short()).as_deref(),
        Some("22/6/2023")
    );
    assert_eq!(
        law.0.in_force.map(|d| d.to_short()).as_deref(),
        Some("1/7/2024")
    );
}
