//! A pack's identity is bound to its signer (only the same key replaces an
//! imported pack; an unsigned one never takes a signed one's place),
//! version steps are bounded, and what is the official's own — records
//! with the pack's prefix, article files, a decomposed (NFD) article —
//! survives an import byte for byte or the import is refused.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use egov_brief::curate::user_data::{Snapshot, UserData};
use egov_brief::data::load_dataset_file;
use egov_brief::pack::{
    Accept, Installed, KeyPair, OpenedPack, PackError, TrustedKeys, apply, create, open_pack,
    prepare,
};
use serde_json::json;

use crate::pack::{analyst_dataset, info, snapshot, write_dataset};

fn trusting(keys: &[&KeyPair]) -> TrustedKeys {
    TrustedKeys {
        keys: keys.iter().map(|k| k.public()).collect(),
    }
}

fn pack(version: u32, key: Option<&KeyPair>, trusted: &TrustedKeys) -> OpenedPack {
    let bytes = create(&snapshot(&analyst_dataset(true)), &info(version), key).unwrap();
    open_pack(&bytes, trusted).unwrap()
}

fn import(path: &Path, p: OpenedPack) -> Result<(), PackError> {
    let mut user = UserData::open(path)?;
    let prepared = prepare(&user, &Installed::read(path)?, p)?;
    apply(&mut user, &prepared, &Accept::All, "2026-12-01")
}

#[test]
fn only_the_same_key_replaces_a_signed_pack() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("du-lieu-bo-sung.json");
    let (a, b) = (
        KeyPair::generate("Cục A").unwrap(),
        KeyPair::generate("Cục B").unwrap(),
    );
    let trusted = trusting(&[&a, &b]);
    import(&path, pack(1, Some(&a), &trusted)).unwrap();
    // Unsigned: refused, whatever its version.
    let e = import(&path, pack(2, None, &trusted))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("gói này chưa ký") && e.contains("cùng khóa"),
        "{e}"
    );
    // Signed by another trusted key: refused too.
    let e = import(&path, pack(2, Some(&b), &trusted))
        .unwrap_err()
        .to_string();
    assert!(e.contains("ký bằng khóa khác"), "{e}");
    let installed = Installed::read(&path).unwrap();
    assert_eq!(installed.get("cuc-cds").map(|p| p.version), Some(1));
    // The same key: replaced.
    import(&path, pack(2, Some(&a), &trusted)).unwrap();
    assert_eq!(
        Installed::read(&path)
            .unwrap()
            .get("cuc-cds")
            .map(|p| p.version),
        Some(2)
    );
}

#[test]
fn an_unsigned_pack_gives_way_to_a_signed_one_but_not_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("du-lieu-bo-sung.json");
    let a = KeyPair::generate("Cục A").unwrap();
    let trusted = trusting(&[&a]);
    import(&path, pack(1, None, &trusted)).unwrap();
    import(&path, pack(1, None, &trusted)).unwrap();
    import(&path, pack(2, Some(&a), &trusted)).unwrap();
    let e = import(&path, pack(3, None, &trusted)).unwrap_err();
    assert!(matches!(e, PackError::OtherSigner { .. }), "{e}");
}

#[test]
fn versions_are_bounded_and_step_at_most_five_hundred() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("du-lieu-bo-sung.json");
    let a = KeyPair::generate("Cục A").unwrap();
    let trusted = trusting(&[&a]);
    let e = create(&snapshot(&analyst_dataset(true)), &info(u32::MAX), Some(&a)).unwrap_err();
    assert!(e.to_string().contains("quá lớn"), "{e}");
    import(&path, pack(1, Some(&a), &trusted)).unwrap();
    let e = import(&path, pack(502, Some(&a), &trusted)).unwrap_err();
    assert!(
        matches!(
            e,
            PackError::TooFarAhead {
                offered: 502,
                installed: 1,
                ..
            }
        ),
        "{e}"
    );
    import(&path, pack(501, Some(&a), &trusted)).unwrap();
}

/// The official's data: the analyst's article as an own source, an own
/// fact carrying the pack's prefix (`fact_id`), its article decomposed
/// (NFD), and a file of its own with the old layout's name of the pack's
/// article.
fn own_data(dir: &Path, fact_id: &str) -> std::path::PathBuf {
    let mut v = analyst_dataset(false);
    v["facts"][0]["id"] = json!(fact_id);
    let path = write_dataset(dir, &v);
    // The own article as a Mac or an old editor saves it: decomposed.
    let article = std::fs::read_to_string(dir.join("bai-viet-001.txt")).unwrap();
    let nfd: String = article.nfd().collect();
    assert_ne!(nfd, article);
    std::fs::write(dir.join("bai-viet-001.txt"), nfd).unwrap();
    std::fs::write(dir.join("goi-cuc-cds--bai-viet-001.txt"), "của tôi\n").unwrap();
    path
}

#[test]
fn the_officials_own_records_and_files_survive_imports_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let trusted = trusting(&[&key]);
    let path = own_data(dir.path(), "cuc-cds:ghi-chu-rieng");
    let files = ["bai-viet-001.txt", "goi-cuc-cds--bai-viet-001.txt"];
    let before: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(dir.path().join(f)).unwrap())
        .collect();
    import(&path, pack(1, Some(&key), &trusted)).unwrap();
    import(&path, pack(2, Some(&key), &trusted)).unwrap();
    for (f, b) in files.iter().zip(&before) {
        assert_eq!(
            &std::fs::read(dir.path().join(f)).unwrap(),
            b,
            "{f} changed"
        );
    }
    let c = load_dataset_file(&path).unwrap();
    assert!(
        c.fact("cuc-cds:ghi-chu-rieng").is_some(),
        "own fact deleted"
    );
    assert!(c.fact("cuc-cds:nd-1").is_some());
    // The pack's article is in the pack's own folder.
    assert!(dir.path().join("goi/cuc-cds/bai-viet-001.txt").is_file());
}

#[test]
fn an_own_record_or_file_with_a_name_the_pack_uses_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let trusted = trusting(&[&key]);
    let path = own_data(dir.path(), "cuc-cds:nd-1");
    let before = std::fs::read(&path).unwrap();
    let e = import(&path, pack(1, Some(&key), &trusted))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("trùng thông tin \"cuc-cds:nd-1\" của chính bạn"),
        "{e}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // An own source whose article sits where the pack's would go.
    let dir = tempfile::tempdir().unwrap();
    let mut v = analyst_dataset(false);
    v["sources"][0]["seed_file"] = json!("goi/cuc-cds/bai-viet-001.txt");
    let path = write_dataset(dir.path(), &v);
    std::fs::create_dir_all(dir.path().join("goi/cuc-cds")).unwrap();
    std::fs::rename(
        dir.path().join("bai-viet-001.txt"),
        dir.path().join("goi/cuc-cds/bai-viet-001.txt"),
    )
    .unwrap();
    let e = import(&path, pack(1, Some(&key), &trusted))
        .unwrap_err()
        .to_string();
    assert!(e.contains("trùng tệp bài viết"), "{e}");
}

#[test]
fn hidden_and_control_characters_are_refused_in_every_text_field() {
    let cases = [
        ("sources", 0, "publisher", "Cục\u{202E}lạ"),
        ("sources", 0, "title", "Thông\u{1b}[8m báo"),
        ("topics", 0, "name", "Hồ sơ\u{200B}"),
        ("indicators", 0, "name", "Tỉ lệ\u{2066}"),
        ("facts", 0, "summary", "Một\nsố liệu."),
    ];
    for (table, i, field, value) in cases {
        let mut v = analyst_dataset(false);
        v[table][i][field] = json!(value);
        let snap = Snapshot {
            data: serde_json::from_value(v).unwrap(),
            texts: snapshot(&analyst_dataset(false)).texts,
        };
        let e = create(&snap, &info(1), None).unwrap_err().to_string();
        // The place is counted in the data merged with the bundled one.
        let _ = i;
        let named = e.contains(&format!("{table}[")) && e.contains(&format!("].{field}:"));
        assert!(named && e.contains("ký tự ẩn"), "{table}.{field}: {e}");
    }
    let mut bad = info(1);
    bad.publisher = "Cục A\nChữ ký: Đã ký bởi Cục B".into();
    let e = create(&snapshot(&analyst_dataset(false)), &bad, None).unwrap_err();
    assert!(e.to_string().contains("--publisher"), "{e}");
}

#[test]
fn a_signers_name_with_terminal_escapes_is_printed_escaped() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let file = tmp.path().join("goi.egb");
    std::fs::write(
        &file,
        create(&snapshot(&analyst_dataset(true)), &info(1), Some(&key)).unwrap(),
    )
    .unwrap();
    let hex = key.public().line().split(' ').nth(1).unwrap().to_string();
    let keys = tmp.path().join("khoa.txt");
    std::fs::write(&keys, format!("ed25519 {hex} Cục\u{1b}[8m\n")).unwrap();
    for command in ["verify", "show"] {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_egov-brief"))
            .args(["pack", command, "--keys"])
            .arg(&keys)
            .arg(&file)
            .env("HOME", tmp.path())
            .env("XDG_DATA_HOME", tmp.path().join("data"))
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(!out.contains('\u{1b}'), "{command}: {out:?}");
        assert!(
            out.contains("Đã ký bởi Cục\\u{001B}[8m"),
            "{command}: {out}"
        );
    }
}
