//! A user-supplied dataset (`--data FILE`): a good one loads and extends or
//! replaces the bundled data; each kind of bad input gets a message naming
//! the record, and nothing panics.

use std::path::{Path, PathBuf};
use std::process::Command;

use egov_brief::data::load::{MAX_DATASET_BYTES, MAX_FACTS};
use egov_brief::data::{LoadError, load_dataset_file};
use serde_json::{Value, json};

const SEED: &str =
    "Báo cáo của tỉnh X.\nNăm 2023, tỉ lệ hồ sơ trực tuyến của tỉnh đạt 55,5%.\nHết.\n";

/// A minimal valid dataset with its own article next to it.
fn sample(extends: bool) -> Value {
    let quote = "Năm 2023, tỉ lệ hồ sơ trực tuyến của tỉnh đạt 55,5%.";
    let start = SEED.find(quote).unwrap();
    json!({
        "schema_version": 1,
        "extends_bundled": extends,
        "sources": [{
            "id": "X1", "seed_file": "tinh-x.txt", "publisher": "Sở TT&TT tỉnh X",
            "title": "Báo cáo của tỉnh X", "published": "2024-01-15", "note": null,
            "body": [{"start": 0, "end": SEED.len()}]
        }],
        "topics": [{"id": "tinh-x", "name": "Tỉnh X", "description": ""}],
        "indicators": [{
            "id": "x-ho-so", "topic": "tinh-x", "name": "Tỉ lệ hồ sơ trực tuyến của tỉnh X",
            "definition": "Hồ sơ xử lý trực tuyến trên tổng số hồ sơ", "unit": {"type": "percent"},
            "direction": "higher_is_better"
        }],
        "facts": [{
            "id": "x-2023", "topic": "tinh-x", "source": "X1",
            "quote": {"text": quote, "start": start, "end": start + quote.len()},
            "date": {"when": "2023", "role": "measured", "inferred": null},
            "summary": "Tỉ lệ hồ sơ trực tuyến của tỉnh X đạt 55,5%.",
            "kind": {"type": "measurement", "indicator": "x-ho-so",
                     "value": {"value": 55.5, "text": "55,5%", "qualifier": "exact", "out_of": null}}
        }],
        "conflicts": []
    })
}

fn write(dir: &Path, v: &Value) -> PathBuf {
    std::fs::write(dir.join("tinh-x.txt"), SEED).unwrap();
    let p = dir.join("data.json");
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p
}

fn error_of(v: Value) -> String {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), &v);
    load_dataset_file(&p).map(|_| ()).unwrap_err().to_string()
}

#[test]
fn a_valid_dataset_replaces_or_extends_the_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), &sample(false));
    let c = load_dataset_file(&p).unwrap();
    assert_eq!(c.topics().len(), 1);
    let p = write(dir.path(), &sample(true));
    let c = load_dataset_file(&p).unwrap();
    assert!(c.topics().len() > 1);
    assert!(c.topic("tinh-x").is_some() && c.topic("xep-hang-lhq").is_some());
}

#[test]
fn malformed_json_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.json");
    std::fs::write(&p, "{\n  \"schema_version\": 1,\n  \"sources\": [\n").unwrap();
    let e = load_dataset_file(&p).unwrap_err().to_string();
    assert!(
        e.contains("bad.json") && e.contains("JSON không hợp lệ ở dòng"),
        "{e}"
    );
}

#[test]
fn wrong_types_are_named() {
    let mut v = sample(false);
    v["facts"][0]["kind"]["value"]["value"] = "năm mươi".into();
    let e = error_of(v);
    assert!(e.contains("JSON không hợp lệ"), "{e}");
    let mut v = sample(false);
    v["facts"][0]["date"]["when"] = "2023-13-01".into();
    assert!(error_of(v).contains("tháng 13"));
    let mut v = sample(false);
    v["facts"][0]["colour"] = "đỏ".into();
    assert!(error_of(v).contains("colour"));
}

#[test]
fn dangling_references_and_duplicates_are_named() {
    let mut v = sample(false);
    v["facts"][0]["kind"]["indicator"] = "khong-co".into();
    let e = error_of(v);
    assert!(
        e.contains("facts[0] \"x-2023\"") && e.contains("khong-co"),
        "{e}"
    );

    let mut v = sample(false);
    let dup = v["facts"][0].clone();
    v["facts"].as_array_mut().unwrap().push(dup);
    assert!(error_of(v).contains("id trùng"));

    // Extending the bundled data with an id it already uses.
    let mut v = sample(true);
    v["topics"][0]["id"] = "xep-hang-lhq".into();
    v["indicators"][0]["topic"] = "xep-hang-lhq".into();
    v["facts"][0]["topic"] = "xep-hang-lhq".into();
    let e = error_of(v);
    assert!(e.contains("id trùng") && e.contains("xep-hang-lhq"), "{e}");
}

#[test]
fn a_quote_not_in_its_source_is_named() {
    let mut v = sample(false);
    v["facts"][0]["quote"]["text"] = "Năm 2023, tỉ lệ đạt 99,9%.".into();
    let e = error_of(v);
    assert!(
        e.contains("x-2023") && e.contains("không tìm thấy nguyên văn"),
        "{e}"
    );
}

#[test]
fn a_missing_or_binary_source_file_is_named() {
    let mut v = sample(false);
    v["sources"][0]["seed_file"] = "khong-co.txt".into();
    let e = error_of(v);
    assert!(
        e.contains("sources[0] \"X1\"") && e.contains("khong-co.txt"),
        "{e}"
    );

    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), &sample(false));
    std::fs::write(dir.path().join("tinh-x.txt"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let e = load_dataset_file(&p).unwrap_err().to_string();
    assert!(e.contains("UTF-8"), "{e}");
}

#[test]
fn an_absurdly_large_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.json");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // 100 MB, sparse
    let e = load_dataset_file(&p).unwrap_err();
    assert!(
        matches!(e, LoadError::TooLarge { max, .. } if max == MAX_DATASET_BYTES),
        "{e}"
    );
    assert!(e.to_string().contains("quá lớn"));
}

#[test]
fn a_hundred_thousand_facts_are_refused() {
    let mut v = sample(false);
    let at = SEED.find("Hết.").unwrap();
    let facts: Vec<Value> = (0..100_000)
        .map(|i| {
            json!({"id": format!("f{i}"), "topic": "tinh-x", "source": "X1",
                   "quote": {"text": "Hết.", "start": at, "end": at + "Hết.".len()},
                   "date": {"when": null, "role": "stated"}, "summary": "Hết.",
                   "kind": {"type": "statement"}})
        })
        .collect();
    v["facts"] = Value::Array(facts);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tinh-x.txt"), SEED).unwrap();
    let p = dir.path().join("many.json");
    std::fs::write(&p, serde_json::to_string(&v).unwrap()).unwrap();
    let e = load_dataset_file(&p).unwrap_err().to_string();
    assert!(
        e.contains("quá nhiều bản ghi facts") && e.contains(&MAX_FACTS.to_string()),
        "{e}"
    );
}

#[test]
fn a_missing_file_and_a_folder_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let e = load_dataset_file(&dir.path().join("nope.json")).unwrap_err();
    assert!(matches!(e, LoadError::Io { .. }), "{e}");
    let e = load_dataset_file(dir.path()).unwrap_err();
    assert!(matches!(e, LoadError::Io { .. }), "{e}");
}

#[test]
fn the_cli_uses_the_file_and_refuses_a_bad_one_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), &sample(true));
    let bin = env!("CARGO_BIN_EXE_egov-brief");
    let o = Command::new(bin)
        .args(["topics", "--data", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("tinh-x\tTỉnh X"));

    let out = dir.path().join("x.pdf");
    let o = Command::new(bin)
        .args([
            "export", "--topic", "tinh-x", "--from", "2023", "--to", "2023", "-o",
        ])
        .arg(&out)
        .arg("--data")
        .arg(&p)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));

    let mut v = sample(false);
    v["facts"][0]["source"] = "S999".into();
    let bad = write(dir.path(), &v);
    let o = Command::new(bin)
        .args(["topics", "--data", bad.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("S999"), "{err}");
}
