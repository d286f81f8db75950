//! The UN E-Government Survey tables as sources: bundled byte for byte with
//! their provenance; facts that quote one row and name a column; places the
//! rows imply, recomputed by the check; and each check fails on a copy of
//! the data broken on purpose. Expected figures come from the UN reports
//! and the articles (as the issue quotes them), never from the code.

use egov_brief::brief::compose;
use egov_brief::brief::document::{Block, ValueAxis};
use egov_brief::data::load::BUNDLED_DATASET;
use egov_brief::data::*;
use serde_json::Value;

use crate::support::{catalog, selection};

/// File, edition and size in bytes (from `wc -c` on the copies).
const TABLES: [(&str, i32, usize); 7] = [
    ("un-egov/egdi-2010.csv", 2010, 14813),
    ("un-egov/egdi-2012.csv", 2012, 13184),
    ("un-egov/egdi-2014.csv", 2014, 13173),
    ("un-egov/egdi-2016.csv", 2016, 13569),
    ("un-egov/egdi-2018.csv", 2018, 10244),
    ("un-egov/EGOV_DATA_2022.csv", 2022, 12303),
    ("un-egov/EGOV_DATA_2024.csv", 2024, 13189),
];

fn load_modified(f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(BUNDLED_DATASET).unwrap();
    f(&mut v);
    let text = serde_json::to_string(&v).unwrap();
    match load_dataset("test.json", &text, SeedStore::bundled()) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn fact_mut<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    v["facts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no fact {id}"))
}

fn value_of(c: &Catalog, id: &str) -> (f64, String, Option<u32>) {
    match &c.fact(id).unwrap_or_else(|| panic!("no fact {id}")).kind {
        FactKind::Measurement { value, .. } => (value.value, value.text.clone(), value.out_of),
        k => panic!("{id} is a {}", k.label()),
    }
}

#[test]
fn every_edition_is_bundled_byte_for_byte_with_its_provenance() {
    let c = catalog();
    let readme = std::fs::read_to_string(format!(
        "{}/seeds/un-egov/README.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    for (file, edition, size) in TABLES {
        let s = c
            .sources()
            .iter()
            .find(|s| s.seed_file == file)
            .unwrap_or_else(|| panic!("{file} is not a source"));
        let meta = s.table.as_ref().expect("a table source");
        assert_eq!(meta.edition, edition);
        assert_eq!(s.published.map(|p| p.year_value()), Some(edition));
        let on_disk =
            std::fs::read(format!("{}/seeds/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert_eq!(on_disk.len(), size, "{file}");
        assert_eq!(c.source_text(s).as_bytes(), on_disk, "{file}");
        // The note names the copy's origin and checksum, as the README does.
        let note = s.note.as_deref().unwrap_or_default();
        let sha = note
            .split_whitespace()
            .skip_while(|w| *w != "sha256")
            .nth(1)
            .unwrap_or_else(|| panic!("{file}: no sha256 in the note"))
            .trim_end_matches('.');
        assert_eq!(sha.len(), 64, "{file}");
        assert!(readme.contains(sha), "{file}: README lacks {sha}");
        assert!(note.contains("commit"), "{file}");
    }
}

#[test]
fn the_newest_editions_are_facts() {
    let c = catalog();
    // UN E-Government Survey 2022 and 2024, Việt Nam.
    assert_eq!(value_of(&c, "un-egdi-rank-2024").0, 71.0);
    assert_eq!(value_of(&c, "un-egdi-rank-2024").2, Some(193));
    assert_eq!(value_of(&c, "un-egdi-score-2024").1, "0,7709");
    assert_eq!(value_of(&c, "un-egdi-rank-2022").0, 86.0);
    assert_eq!(value_of(&c, "un-egdi-score-2022").1, "0,6787");
    // Singapore, Thailand, Malaysia and Indonesia score above Việt Nam in 2024.
    assert_eq!(value_of(&c, "un-egdi-rank-asean-2024").1, "5/10");
}

#[test]
fn tables_agree_with_the_articles_where_both_speak_and_the_one_conflict_is_kept() {
    let c = catalog();
    for (article, table) in [
        ("egdi-2014-world-derived-s003", "un-egdi-rank-2014"),
        ("egdi-2016-world-s003", "un-egdi-rank-2016"),
        ("egdi-2018-world-s003", "un-egdi-rank-2018"),
        ("osi-2016-world-s003", "un-osi-rank-2016"),
        ("osi-2018-world-s003", "un-osi-rank-2018"),
        ("osi-2022-world-s002", "un-osi-rank-2022"),
        ("egdi-2018-asean-s003", "un-egdi-rank-asean-2018"),
    ] {
        assert_eq!(value_of(&c, article).0, value_of(&c, table).0, "{table}");
    }
    // OSI 2014: the article implies 82 (74 + 8), the 2014 table gives 81.
    assert_eq!(value_of(&c, "osi-2014-world-derived-s003").0, 82.0);
    assert_eq!(value_of(&c, "un-osi-rank-2014").0, 81.0);
    let linked: Vec<&Conflict> = c.conflicts_of("un-osi-rank-2014").collect();
    assert_eq!(linked.len(), 1);
    assert!(
        linked[0]
            .facts
            .contains(&"osi-2014-world-derived-s003".to_string())
    );
}

#[test]
fn a_row_quote_that_is_not_verbatim_or_not_a_whole_row_is_refused() {
    let err = load_modified(|v| {
        let f = fact_mut(v, "un-egdi-score-2024");
        let t = f["quote"]["text"]
            .as_str()
            .unwrap()
            .replace("0.77092", "0.77093");
        f["quote"]["text"] = Value::from(t);
    });
    assert!(err.contains("un-egdi-score-2024"), "{err}");
    assert!(err.contains("không khớp"), "{err}");
    // A verbatim piece of a row is not a row.
    let err = load_modified(|v| {
        let f = fact_mut(v, "un-egdi-score-2024");
        let t = f["quote"]["text"].as_str().unwrap()[5..].to_string();
        let start = f["quote"]["start"].as_u64().unwrap() + 5;
        f["quote"]["text"] = Value::from(t);
        f["quote"]["start"] = Value::from(start);
    });
    assert!(err.contains("không phải trọn một dòng"), "{err}");
}

#[test]
fn a_value_from_the_wrong_column_is_refused() {
    assert_eq!(load_modified(|_| {}), "");
    // 0,7081 is the 2024 OSI score, not the EGDI.
    let err = load_modified(|v| {
        let f = fact_mut(v, "un-egdi-score-2024");
        f["kind"]["value"]["value"] = Value::from(0.7081);
        f["kind"]["value"]["text"] = Value::from("0,7081");
    });
    assert!(err.contains("không phải cột \"E_Index\""), "{err}");
    // The right value under another column's name.
    let err = load_modified(|v| {
        fact_mut(v, "un-egdi-score-2024")["kind"]["cell"]["column"] = Value::from("Online_Service");
    });
    assert!(err.contains("không phải cột \"Online_Service\""), "{err}");
    let err = load_modified(|v| {
        fact_mut(v, "un-egdi-score-2024")["kind"]["cell"]["column"] = Value::from("EGDI");
    });
    assert!(err.contains("không có cột \"EGDI\""), "{err}");
}

#[test]
fn a_derived_place_that_does_not_follow_from_the_rows_is_refused() {
    let err = load_modified(|v| {
        let f = fact_mut(v, "un-egdi-rank-asean-2024");
        f["kind"]["value"]["value"] = Value::from(4);
        f["kind"]["value"]["text"] = Value::from("4/10");
    });
    assert!(err.contains("đứng thứ 5, không phải 4"), "{err}");
    // Ties stated wrongly.
    let err = load_modified(|v| {
        fact_mut(v, "un-osi-rank-2018")["kind"]["ranked"]["ties"] = Value::from(0);
    });
    assert!(err.contains("có 5 nước khác cùng giá trị"), "{err}");
    // A row that is not an ASEAN state's (Singapore's swapped for Iraq's,
    // the first data row).
    let err = load_modified(|v| {
        let text = seeds::BUNDLED_SEEDS
            .iter()
            .find(|(n, _)| *n == "un-egov/EGOV_DATA_2024.csv")
            .unwrap()
            .1;
        let start = text.find('\n').unwrap() + 1;
        let end = start + text[start..].find('\r').unwrap();
        let rows = fact_mut(v, "un-egdi-rank-asean-2024")["kind"]["ranked"]["rows"]
            .as_array_mut()
            .unwrap();
        let sg = rows
            .iter()
            .position(|r| {
                let (s, e) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
                text[s as usize..e as usize].contains("Singapore")
            })
            .unwrap();
        rows[sg] = serde_json::json!({ "start": start, "end": end });
    });
    assert!(err.contains("không đúng là các nước"), "{err}");
    // An OSI rank off by one.
    let err = load_modified(|v| {
        let f = fact_mut(v, "un-osi-rank-2014");
        f["kind"]["value"]["value"] = Value::from(82);
        f["kind"]["value"]["text"] = Value::from("82/193");
    });
    assert!(err.contains("đứng thứ 81, không phải 82"), "{err}");
}

#[test]
fn a_table_value_must_carry_its_edition_and_a_column_or_rule() {
    let err = load_modified(|v| {
        fact_mut(v, "un-egdi-rank-2024")["date"]["when"] = Value::from("2023");
    });
    assert!(err.contains("phải mang ngày năm 2024"), "{err}");
    let err = load_modified(|v| {
        fact_mut(v, "un-egdi-rank-2024")["kind"]
            .as_object_mut()
            .unwrap()
            .remove("cell");
    });
    assert!(err.contains("cell (cột) hoặc ranked"), "{err}");
}

fn un_doc() -> egov_brief::brief::document::Document {
    let c = catalog();
    compose(&c, &selection(&["xep-hang-lhq"], 2014, 2030)).unwrap()
}

#[test]
fn the_un_topic_leads_with_the_newest_edition_and_compares_asean() {
    let c = catalog();
    let doc = un_doc();
    let text: String = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.inlines.iter().map(|i| i.text.as_str()).collect()),
            // A table row as "name | value | date | sources".
            Block::Table(t) => Some(
                t.rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|c| c.iter().map(|i| i.text.as_str()).collect::<String>())
                            .collect::<Vec<_>>()
                            .join(" | ")
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            _ => None,
        })
        .collect::<Vec<String>>()
        .join("\n");
    assert!(text.contains("71/193 | 2024"), "{text}");
    assert!(text.contains("0,7709 | 2024"), "{text}");
    assert!(text.contains("5/10 (*) | 2024"), "{text}");
    let charts = crate::support::charts(&doc);
    let bars = charts
        .iter()
        .find(|ch| !ch.bars.is_empty())
        .expect("a comparison chart");
    assert_eq!(bars.bars.len(), 10);
    assert_eq!(bars.axis, ValueAxis::Index);
    let marked: Vec<_> = bars.bars.iter().filter(|b| b.marked).collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0].label, "Việt Nam");
    assert_eq!(marked[0].value_label, "0,7709");
    assert_eq!(bars.bars[0].label, "Xin-ga-po");
    assert_eq!(bars.bars[0].value_label, "0,9691");
    // Fifth from the top, as the ASEAN place says.
    assert_eq!(bars.bars[4].label, "Việt Nam");
    // Its source line cites a fact of the 2024 table.
    let cited: Vec<_> = bars.source_line.iter().filter_map(|i| i.cite).collect();
    assert_eq!(cited.len(), 1);
    assert_eq!(c.facts()[cited[0].fact].source, "UN2024");
    // Index scores have their own axis.
    assert!(
        charts
            .iter()
            .any(|ch| ch.axis == ValueAxis::Index && ch.bars.is_empty())
    );
}

#[test]
fn the_comparison_chart_is_vector_bars_inside_its_box_with_viet_nam_in_black() {
    use egov_brief::layout::chart::{CHART_HEIGHT, layout_chart};
    use egov_brief::layout::page::{Item, Rgb};
    let doc = un_doc();
    let spec = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Chart(ch) if !ch.bars.is_empty() => Some(ch),
            _ => None,
        })
        .expect("a comparison chart");
    let items = layout_chart(spec, 467.7);
    for item in &items {
        let b = item.bounds();
        assert!(b.x >= -0.01 && b.right() <= 467.71, "{item:?}");
        assert!(b.y >= -0.01 && b.bottom() <= CHART_HEIGHT, "{item:?}");
    }
    // Bars are thick horizontal lines: one black (Việt Nam), nine grey.
    let bars: Vec<(Rgb, f32)> = items
        .iter()
        .filter_map(|i| match i {
            Item::Polyline { points, stroke } if stroke.width > 4.0 => {
                assert_eq!(points.len(), 2);
                assert_eq!(points[0].1, points[1].1);
                Some((stroke.color, points[1].0 - points[0].0))
            }
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), 10);
    assert_eq!(bars.iter().filter(|(c, _)| *c == Rgb::BLACK).count(), 1);
    assert_eq!(bars[4].0, Rgb::BLACK);
    // Longest first (Singapore 0,9691), Lào last (0,4404).
    assert!(bars.windows(2).all(|w| w[0].1 >= w[1].1));
    let names: Vec<&str> = items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    for name in ["Xin-ga-po", "Việt Nam", "Lào", "0,7709", "0,4404"] {
        assert!(names.contains(&name), "{name} missing: {names:?}");
    }
}
