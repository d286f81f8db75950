//! The bundled dataset is honest: quotes verbatim at their offsets inside
//! article bodies, values that follow from their quotes, references that
//! resolve, the known disagreements kept. And each check fails when the
//! data is broken on purpose.

use egov_brief::data::load::{self, BUNDLED_DATASET, parse_dataset};
use egov_brief::data::seeds::BUNDLED_SEEDS;
use egov_brief::data::validate::validate;
use egov_brief::data::*;
use serde_json::Value;

fn bundled() -> Catalog {
    load_bundled().unwrap_or_else(|e| panic!("bundled dataset invalid: {e}"))
}

fn json() -> Value {
    serde_json::from_str(BUNDLED_DATASET).unwrap()
}

/// Loads a modified copy of the bundled JSON; returns the error text.
fn load_modified(f: impl FnOnce(&mut Value)) -> String {
    let mut v = json();
    f(&mut v);
    let text = serde_json::to_string(&v).unwrap();
    match load_dataset("test.json", &text, SeedStore::bundled()) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn first_fact_of_kind(v: &Value, kind: &str, derived: bool) -> usize {
    v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| {
            f["kind"]["type"] == kind
                && (f["kind"].get("derived").is_some_and(|d| !d.is_null()) == derived)
        })
        .unwrap()
}

#[test]
fn bundled_dataset_is_valid() {
    let c = bundled();
    // The five articles, the seven UN survey tables (2010–2018, 2022,
    // 2024) and the 18 dated rows of the register of official changes
    // (16 until 7/12/2026, when Luật 72/2025/QH15 got its verified day and
    // the Law on Digital Transformation of 11/12/2025 was added).
    assert_eq!(c.sources().len(), 30);
    let register = c
        .sources()
        .iter()
        .filter(|s| s.id.starts_with("REG-"))
        .count();
    assert_eq!(register, 18);
    assert!(c.facts().len() >= 100, "{} facts", c.facts().len());
    assert!(c.topics().len() >= 8);
}

#[test]
fn seeds_are_the_shared_articles_byte_for_byte() {
    for (name, text) in BUNDLED_SEEDS {
        let on_disk =
            std::fs::read(format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert_eq!(on_disk, text.as_bytes(), "{name}");
        if let Ok(shared) = std::fs::read(format!(
            "{}/../shared/seeds/{name}",
            env!("CARGO_MANIFEST_DIR")
        )) {
            assert_eq!(shared, on_disk, "{name} differs from ../shared/seeds");
        }
    }
}

#[test]
fn every_quote_is_verbatim_at_its_offsets_and_inside_a_body() {
    let c = bundled();
    for f in c.facts() {
        let s = c.source(&f.source).unwrap();
        let text = c.source_text(s);
        assert_eq!(&text[f.quote.start..f.quote.end], f.quote.text, "{}", f.id);
        assert!(
            s.body.iter().any(|b| b.contains(&f.quote.span())),
            "{} outside body",
            f.id
        );
    }
}

#[test]
fn nothing_is_quoted_from_chrome_spam_or_related_news() {
    let c = bundled();
    let forbidden = [
        "ket qua bd phap",
        "Nhà cái",
        "Cúp C1",
        "1619/QĐ-TTg", // a related-news teaser in 000, not the body
        "Tin bài liên quan",
        "Đọc thêm",
        "lượt xem",
        "相关内容",
        "Thời tiết Hà Nội",
    ];
    // The register's rows quote the register, not an article.
    for f in c.facts().iter().filter(|f| !f.source.starts_with("REG-")) {
        for bad in forbidden {
            assert!(!f.quote.text.contains(bad), "{} quotes {bad:?}", f.id);
        }
    }
    // The spam injection in 003 lies outside every body span.
    let s3 = c
        .sources()
        .iter()
        .find(|s| s.seed_file.starts_with("003"))
        .unwrap();
    let text = c.source_text(s3);
    let at = text.find("âydựngChínhphủsố").unwrap();
    assert!(!s3.body.iter().any(|b| b.start <= at && at < b.end));
}

#[test]
fn text_is_nfc() {
    use unicode_normalization::is_nfc;
    let c = bundled();
    for f in c.facts() {
        assert!(is_nfc(&f.summary) && is_nfc(&f.quote.text), "{}", f.id);
    }
}

#[test]
fn decomposed_input_is_normalized_on_load() {
    use unicode_normalization::UnicodeNormalization;
    let decomposed: String = BUNDLED_DATASET.nfd().collect();
    assert_ne!(decomposed, BUNDLED_DATASET);
    let c = load_dataset("nfd.json", &decomposed, SeedStore::bundled()).unwrap();
    // The bundled file alone: the register's 18 dated rows come on top.
    assert_eq!(c.facts().len() + 18, bundled().facts().len());
    assert!(c.topics().iter().any(|t| t.name.contains("Liên hợp quốc")));
}

#[test]
fn all_fact_kinds_are_present() {
    let c = bundled();
    for kind in ["measurement", "target", "event", "statement"] {
        assert!(c.facts().iter().any(|f| f.kind.label() == kind), "{kind}");
    }
    // Legal instruments named in the bodies.
    for number in [
        "52-NQ/TW",
        "17/NQ-CP",
        "749/QĐ-TTg",
        "942/QĐ-TTg",
        "47/2020/NĐ-CP",
    ] {
        assert!(
            c.facts().iter().any(|f| matches!(&f.kind,
                FactKind::Event { instrument: Some(i) } if i.number.as_deref() == Some(number))),
            "{number}"
        );
    }
}

fn values_of(c: &Catalog, indicator: &str) -> Vec<(String, f64, String)> {
    c.facts()
        .iter()
        .filter_map(|f| match &f.kind {
            FactKind::Measurement {
                indicator: i,
                value,
                ..
            } if i == indicator => Some((
                f.date.when.map(|w| w.to_string()).unwrap_or_default(),
                value.value,
                f.source.clone(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn the_known_disagreements_are_linked_as_conflicts() {
    let c = bundled();
    // Asia rank for 2020: 23/47 in one article, 24/47 in another.
    let asia = c
        .indicators()
        .iter()
        .find(|i| i.unit == Unit::Rank { out_of: Some(47) })
        .expect("an Asia rank indicator");
    let values = values_of(&c, &asia.id);
    assert!(values.iter().any(|v| v.0 == "2020" && v.1 == 23.0));
    assert!(values.iter().any(|v| v.0 == "2020" && v.1 == 24.0));
    let asia_conflict = c.conflicts().iter().find(|x| {
        x.facts.iter().all(|id| {
            matches!(&c.fact(id).unwrap().kind, FactKind::Measurement { indicator, .. } if *indicator == asia.id)
        })
    });
    assert!(asia_conflict.is_some(), "23/47 vs 24/47 not linked");

    // 2025 world-ranking targets: top 50 and top 70.
    let goals: Vec<(&Fact, f64)> = c
        .facts()
        .iter()
        .filter_map(|f| match &f.kind {
            FactKind::Target {
                goal: Some(g),
                indicator: Some(_),
            } if f.date.when.map(|w| w.year_value()) == Some(2025) => Some((f, g.value.value)),
            _ => None,
        })
        .collect();
    let top50 = goals.iter().find(|g| g.1 == 50.0).expect("top 50 target");
    let top70 = goals.iter().find(|g| g.1 == 70.0).expect("top 70 target");
    // Two statements at two times, not a disagreement of sources: both
    // kept, with who stated them and when, and no conflict between them.
    assert!(
        !c.conflicts()
            .iter()
            .any(|x| x.facts.contains(&top50.0.id) && x.facts.contains(&top70.0.id))
    );
    let stated = |f: &Fact| f.set_by.as_ref().and_then(|s| s.on).map(|d| d.to_short());
    assert_eq!(stated(top50.0).as_deref(), Some("11/11/2021"));
    assert_eq!(stated(top70.0).as_deref(), Some("17/9/2020"));
    // Top 4 in ASEAN by 2025 is kept too.
    assert!(goals.iter().any(|g| g.1 == 4.0));
}

#[test]
fn derived_values_show_how_and_rank_indicators_are_lower_is_better() {
    let c = bundled();
    let derived: Vec<&Fact> = c
        .facts()
        .iter()
        .filter(|f| {
            matches!(
                &f.kind,
                FactKind::Measurement {
                    derived: Some(_),
                    ..
                }
            )
        })
        .collect();
    assert!(!derived.is_empty());
    // EGDI 2014 follows from 2016's 89/193 and "tăng 10 bậc".
    assert!(derived.iter().any(|f| matches!(&f.kind,
        FactKind::Measurement { value, derived: Some(d), .. }
            if value.value == 99.0 && d.operand.value == 10.0)));
    for i in c.indicators() {
        if i.unit.is_rank() {
            assert_eq!(i.direction, Direction::LowerIsBetter, "{}", i.id);
        }
    }
}

#[test]
fn unknown_dates_stay_unknown() {
    let c = bundled();
    // 003 is a spam re-post: its page date is not the article's.
    let s3 = c
        .sources()
        .iter()
        .find(|s| s.seed_file.starts_with("003"))
        .unwrap();
    assert!(s3.published.is_none());
    assert!(
        c.facts()
            .iter()
            .filter(|f| f.source == s3.id && matches!(f.kind, FactKind::Statement))
            .all(|f| f.date.when.is_none())
    );
    let s4 = c
        .sources()
        .iter()
        .find(|s| s.seed_file.starts_with("004"))
        .unwrap();
    assert!(s4.published.is_none() && s4.title.is_none());
}

// ---- Each honesty check fails when the data is broken on purpose ----

#[test]
fn a_changed_quote_is_caught() {
    let err = load_modified(|v| {
        let i = first_fact_of_kind(v, "measurement", false);
        let q = v["facts"][i]["quote"]["text"]
            .as_str()
            .unwrap()
            .replace('0', "1");
        v["facts"][i]["quote"]["text"] = q.into();
    });
    assert!(err.contains("trích dẫn không khớp"), "{err}");
    assert!(err.contains("facts["), "names the record: {err}");
}

#[test]
fn a_shifted_offset_is_caught() {
    let err = load_modified(|v| {
        let start = v["facts"][0]["quote"]["start"].as_u64().unwrap();
        let end = v["facts"][0]["quote"]["end"].as_u64().unwrap();
        v["facts"][0]["quote"]["start"] = (start + 1).into();
        v["facts"][0]["quote"]["end"] = (end + 1).into();
    });
    assert!(err.contains("không khớp") || err.contains("UTF-8"), "{err}");
}

#[test]
fn a_value_not_in_its_quote_is_caught() {
    let err = load_modified(|v| {
        let i = first_fact_of_kind(v, "measurement", false);
        let value = v["facts"][i]["kind"]["value"]["value"].as_f64().unwrap();
        v["facts"][i]["kind"]["value"]["value"] = (value + 1.0).into();
    });
    assert!(err.contains("chứ không phải"), "{err}");
    let err = load_modified(|v| {
        let i = first_fact_of_kind(v, "measurement", false);
        v["facts"][i]["kind"]["value"]["text"] = "12.345".into();
        v["facts"][i]["kind"]["value"]["value"] = 12345.into();
    });
    assert!(err.contains("không có trong trích dẫn"), "{err}");
}

#[test]
fn a_wrong_derivation_is_caught() {
    let err = load_modified(|v| {
        let i = first_fact_of_kind(v, "measurement", true);
        let op = v["facts"][i]["kind"]["derived"]["operand"]["value"]
            .as_f64()
            .unwrap();
        v["facts"][i]["kind"]["derived"]["operand"]["value"] = (op + 1.0).into();
    });
    // The operand no longer matches its quote, nor the sum its value.
    assert!(
        err.contains(
            "\"osi-2020-world-derived-s002\": derived.operand: \"5\" là 5 chứ không phải 6"
        ),
        "{err}"
    );
    assert!(err.contains("76 Add 6 = 82, không phải 81"), "{err}");
}

#[test]
fn dangling_references_are_caught() {
    let err = load_modified(|v| v["facts"][0]["source"] = "S999".into());
    assert!(err.contains("nguồn \"S999\" không tồn tại"), "{err}");
    let err = load_modified(|v| v["facts"][0]["topic"] = "khong-co".into());
    assert!(err.contains("chủ đề \"khong-co\""), "{err}");
    let err = load_modified(|v| {
        let i = first_fact_of_kind(v, "measurement", false);
        v["facts"][i]["kind"]["indicator"] = "no-such-indicator".into();
    });
    assert!(err.contains("no-such-indicator"), "{err}");
    let err = load_modified(|v| v["conflicts"][0]["facts"][0] = "ghost".into());
    assert!(err.contains("\"ghost\" không tồn tại"), "{err}");
}

#[test]
fn duplicate_ids_are_caught() {
    let err = load_modified(|v| {
        let id = v["facts"][0]["id"].clone();
        v["facts"][1]["id"] = id;
    });
    assert!(err.contains("id trùng"), "{err}");
}

#[test]
fn a_quote_outside_the_body_is_caught() {
    // "Tin bài liên quan" is page chrome in 000.
    let seed = BUNDLED_SEEDS[0].1;
    let chrome = "Tin bài liên quan";
    let at = seed.find(chrome).unwrap();
    let err = load_modified(|v| {
        let i = 0;
        v["facts"][i]["source"] = "S000".into();
        v["facts"][i]["quote"] =
            serde_json::json!({"text": chrome, "start": at, "end": at + chrome.len()});
        v["facts"][i]["kind"] = serde_json::json!({"type": "statement"});
        v["facts"][i]["summary"] = "Một câu.".into();
        v["facts"][i]["date"] = serde_json::json!({"when": null, "role": "stated"});
    });
    assert!(err.contains("ngoài thân bài"), "{err}");
}

#[test]
fn a_summary_with_a_number_not_in_the_quote_is_caught() {
    let err = load_modified(|v| {
        let s = format!(
            "{} Thêm 777 bậc.",
            v["facts"][0]["summary"].as_str().unwrap()
        );
        v["facts"][0]["summary"] = s.into();
    });
    assert!(err.contains("\"777\""), "{err}");
}

#[test]
fn malformed_json_and_wrong_types_name_the_place() {
    let e = load_dataset("x.json", "{\"schema_version\": 1, ", SeedStore::bundled()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("x.json: JSON không hợp lệ ở dòng 1"),
        "{e}"
    );
    let e = load_modified(|v| v["facts"][0]["quote"]["start"] = "ten".into());
    assert!(e.contains("JSON không hợp lệ"), "{e}");
    let e = load_modified(|v| v["facts"][0]["kind"]["type"] = "rumour".into());
    assert!(e.contains("rumour"), "{e}");
}

/// `load_bundled` trusts the bundled data without checking it at run
/// time: this is where every check runs on it, the UN tables included.
#[test]
fn the_bundled_data_passes_every_check() {
    let checked =
        load::load_bundled_checked().unwrap_or_else(|e| panic!("bundled dataset invalid: {e}"));
    let trusted = bundled();
    assert_eq!(checked.facts(), trusted.facts());
    assert_eq!(checked.sources(), trusted.sources());
    assert!(
        checked
            .sources()
            .iter()
            .any(|s| s.seed_file.ends_with(".csv"))
    );
    // Already NFC: offsets into the texts are the files' own.
    assert!(unicode_normalization::is_nfc(BUNDLED_DATASET));
    for (name, text) in BUNDLED_SEEDS {
        assert!(unicode_normalization::is_nfc(text), "{name}");
    }
}

#[test]
fn parse_and_validate_separately_agree() {
    let data = parse_dataset("b", BUNDLED_DATASET).unwrap();
    assert!(validate(&data, &SeedStore::bundled()).is_empty());
}

/// The index of the fact with this id in the bundled JSON.
fn fact_position(v: &Value, id: &str) -> usize {
    v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["id"] == id)
        .unwrap()
}

#[test]
fn a_rank_beyond_its_total_or_below_one_is_refused() {
    for (value, text, expect) in [
        (500.0, "500/193", "lớn hơn số được xếp hạng"),
        (1e16, "10000000000000000/193", "ngoài khoảng hợp lý"),
        (0.0, "0/193", "từ 1 trở lên"),
    ] {
        let err = load_modified(|v| {
            let i = fact_position(v, "egdi-2020-world-s000");
            let amount = &mut v["facts"][i]["kind"]["value"];
            amount["value"] = serde_json::json!(value);
            amount["text"] = serde_json::json!(text);
        });
        assert!(err.contains("egdi-2020-world-s000"), "{err}");
        assert!(err.contains(expect), "{text}: {err}");
    }
}

#[test]
fn a_share_above_one_hundred_percent_is_refused() {
    let err = load_modified(|v| {
        let i = v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .position(|f| f["kind"]["value"]["text"] == "30,86%")
            .unwrap();
        let amount = &mut v["facts"][i]["kind"]["value"];
        amount["value"] = serde_json::json!(130.86);
        amount["text"] = serde_json::json!("130,86%");
    });
    assert!(err.contains("0–100%"), "{err}");
}
