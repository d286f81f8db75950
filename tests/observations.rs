//! One observation per indicator and time (issue 31, item 2). A user's
//! article of 19/9/2024, two days after the UN's 2024 survey came out
//! (17/9/2024), says "Việt Nam xếp vị trí thứ 5 trong 11 nước Đông Nam
//! Á" ("xếp thứ 5/11 ở Đông Nam Á"), dated by the page. The bundled 2024 table gives 5/11 for the same
//! indicator. Expected, written by hand:
//! - the table row reads "5/11", time "2024" (not "19/9/2024 (**)"),
//!   cited to the UN table and to the user's article;
//! - the chart has one point of 2024 and no "19/9/2024";
//! - the opening says "số liệu mới nhất đến năm 2024", not "tháng 9/2024";
//! - a different figure (6/11) is a disagreement at 2024, never a second
//!   date; an article of 10/7/2024 (before the release) reports the 2022
//!   edition.

use std::path::Path;

use egov_brief::brief::compose;
use egov_brief::brief::document::{Block, ChartSpec, Document};
use egov_brief::data::{Catalog, load_dataset_file};
use serde_json::json;

use crate::support::{document_text, inline_text, selection};

const SEA: &str = "Thứ hạng Chính phủ điện tử ở Đông Nam Á (11 nước)";
const QUOTE: &str = "Việt Nam xếp thứ {v}/11 ở Đông Nam Á.";

/// The bundled data and a user's article of `published` whose page-dated
/// sentence gives the Southeast Asian rank `value`.
fn with_article(dir: &Path, published: &str, value: u32) -> Catalog {
    let quote = QUOTE.replace("{v}", &value.to_string());
    let kind = json!({"type": "measurement", "indicator": "egdi-rank-sea",
        "value": {"value": value, "text": format!("{value}/11"), "qualifier": "exact", "out_of": 11}});
    with_fact(dir, published, &quote, kind)
}

/// The bundled data and a user's article of `published` holding one
/// sentence, `quote`, read as a fact of `kind`, dated by the page.
fn with_fact(dir: &Path, published: &str, quote: &str, kind: serde_json::Value) -> Catalog {
    let text = format!("Chính phủ điện tử.\n{quote}\n");
    std::fs::write(dir.join("bai-viet.txt"), &text).unwrap();
    let start = text.find(quote).unwrap();
    let data = json!({
        "schema_version": 1,
        "extends_bundled": true,
        "sources": [{
            "id": "U1", "seed_file": "bai-viet.txt", "publisher": "Báo Mẫu",
            "title": "Chính phủ điện tử", "published": published, "note": null,
            "body": [{"start": 0, "end": text.len()}]
        }],
        "topics": [], "indicators": [],
        "facts": [{
            "id": "u-fact", "topic": topic_of(&kind), "source": "U1",
            "quote": {"text": quote, "start": start, "end": start + quote.len()},
            "date": {"when": published, "role": "measured", "inferred": "ngày đăng bài"},
            "summary": quote,
            "kind": kind
        }],
        "conflicts": []
    });
    let path = dir.join("du-lieu.json");
    std::fs::write(&path, serde_json::to_string(&data).unwrap()).unwrap();
    load_dataset_file(&path).expect("the user's data loads")
}

/// The topic of the bundled indicator a fact measures.
fn topic_of(kind: &serde_json::Value) -> &'static str {
    match kind["indicator"].as_str() {
        Some("dvc-level4-share") => "dich-vu-cong",
        _ => "xep-hang-lhq",
    }
}

fn brief(c: &Catalog) -> Document {
    compose(c, &selection(&["xep-hang-lhq"], 2014, 2030)).expect("the brief composes")
}

/// The cells of the table row naming `indicator`, as text.
fn row(doc: &Document, indicator: &str) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| &t.rows)
        .find(|r| inline_text(&r[0]) == indicator)
        .map(|r| r.iter().map(|c| inline_text(c)).collect())
        .unwrap_or_else(|| panic!("no row for {indicator}"))
}

fn chart<'d>(doc: &'d Document, title: &str) -> &'d ChartSpec {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Chart(c) if c.title == title => Some(c),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no chart {title}"))
}

/// "[n]" of the source `id` in the reference list.
fn label(doc: &Document, id: &str) -> String {
    crate::support::reference(doc, id).label.clone()
}

fn x_labels(c: &ChartSpec) -> Vec<&str> {
    c.points.iter().map(|p| p.x_label.as_str()).collect()
}

#[test]
fn the_same_figure_from_an_article_and_the_table_is_one_observation_cited_twice() {
    let dir = tempfile::tempdir().unwrap();
    let doc = brief(&with_article(dir.path(), "2024-09-19", 5));
    let cells = row(&doc, SEA);
    assert_eq!(cells[1], "5/11");
    assert_eq!(cells[2], "2024");
    let (un, user) = (label(&doc, "UN2024"), label(&doc, "U1"));
    assert!(
        cells[3].contains(&un) && cells[3].contains(&user),
        "{cells:?}"
    );
    let labels = x_labels(chart(&doc, SEA));
    assert_eq!(
        labels.iter().filter(|l| **l == "2024").count(),
        1,
        "{labels:?}"
    );
    let text = document_text(&doc);
    assert!(!text.contains("19/9/2024"), "{text}");
    assert!(text.contains("số liệu mới nhất đến năm 2024"), "{text}");
    assert!(!text.contains("tháng 9/2024"), "{text}");
}

#[test]
fn a_different_figure_of_the_same_edition_is_a_disagreement_at_2024() {
    let dir = tempfile::tempdir().unwrap();
    let doc = brief(&with_article(dir.path(), "2024-09-19", 6));
    let cells = row(&doc, SEA);
    assert_eq!(cells[1], "5/11 hoặc 6/11");
    // One of the two times was read from the page's date.
    assert_eq!(cells[2], "2024 (**)");
    let labels = x_labels(chart(&doc, SEA));
    assert!(!labels.contains(&"19/9/2024"), "{labels:?}");
    assert_eq!(
        labels.iter().filter(|l| **l == "2024").count(),
        2,
        "{labels:?}"
    );
}

#[test]
fn an_article_before_the_release_reports_the_edition_then_current() {
    // 6/11 is the 2022 table's place for Việt Nam in Southeast Asia.
    let dir = tempfile::tempdir().unwrap();
    let doc = brief(&with_article(dir.path(), "2024-07-10", 6));
    let labels = x_labels(chart(&doc, SEA));
    assert!(!labels.contains(&"10/7/2024"), "{labels:?}");
    assert_eq!(
        labels.iter().filter(|l| **l == "2022").count(),
        1,
        "{labels:?}"
    );
    assert!(!document_text(&doc).contains("10/7/2024"));
}

#[test]
fn a_days_figure_equal_to_its_years_is_that_years_observation() {
    // The bundled 30,86% of online services at level 4 is stated for the
    // year 2020 (thoidai.com.vn); a user's article of 31/12/2020 gives
    // the same share.
    let dir = tempfile::tempdir().unwrap();
    let quote = "Tỉ lệ dịch vụ công trực tuyến mức độ 4 đạt 30,86%.";
    let kind = json!({"type": "measurement", "indicator": "dvc-level4-share",
        "value": {"value": 30.86, "text": "30,86%", "qualifier": "exact", "out_of": null}});
    let c = with_fact(dir.path(), "2020-12-31", quote, kind);
    let sel = selection(&["dich-vu-cong"], 2014, 2030);
    let doc = compose(&c, &sel).expect("the brief composes");
    let text = document_text(&doc);
    assert!(!text.contains("31/12/2020"), "{text}");
    // Cited beside the bundled article, not dropped for ranking lower.
    label(&doc, "U1");
    label(&doc, "S000");
}
