//! Data packs: an analyst's signed pack verifies and imports on a fresh
//! laptop with the change list shown, and the brief then has its figures
//! with their quotes; a damaged, altered, wrongly signed or hostile pack
//! is refused naming the member or the signature; an untrusted signer
//! asks first.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use egov_brief::brief::selection::Day;
use egov_brief::curate::user_data::{Snapshot, UserData};
use egov_brief::data::load_dataset_file;
use egov_brief::pack::{
    Accept, Installed, KeyPair, PackError, PackInfo, SignatureStatus, TrustedKeys, apply, create,
    open_pack, prepare,
};
use serde_json::{Value, json};

const ARTICLE: &str = "Cục Chuyển đổi số quốc gia thông báo.\n\
Năm 2025, tỉ lệ hồ sơ giải quyết trực tuyến của cả nước đạt 52,7%.\n\
Năm 2020, Việt Nam xếp thứ 87/193 về Chính phủ điện tử.\n\
Hết.\n";
pub(crate) const QUOTE: &str = "Năm 2025, tỉ lệ hồ sơ giải quyết trực tuyến của cả nước đạt 52,7%.";
const RANK_QUOTE: &str = "Năm 2020, Việt Nam xếp thứ 87/193 về Chính phủ điện tử.";

fn fact(id: &str, topic: &str, quote: &str, when: &str, kind: Value) -> Value {
    let start = ARTICLE.find(quote).expect("quote in article");
    json!({
        "id": id, "topic": topic, "source": "ND-1",
        "quote": {"text": quote, "start": start, "end": start + quote.len()},
        "date": {"when": when, "role": "measured", "inferred": null},
        "summary": "Một số liệu của Cục Chuyển đổi số quốc gia.",
        "kind": kind
    })
}

/// The analyst's dataset: an own topic with a new figure (52,7%) and a
/// 2020 UN rank (87/193) that disagrees with the bundled 86/193.
pub(crate) fn analyst_dataset(with_rank: bool) -> Value {
    let mut facts = vec![fact(
        "nd-1",
        "chu-de-moi",
        QUOTE,
        "2025",
        json!({"type": "measurement", "indicator": "nd-chi-so-1",
               "value": {"value": 52.7, "text": "52,7%", "qualifier": "exact", "out_of": null}}),
    )];
    if with_rank {
        facts.push(fact(
            "nd-2",
            "xep-hang-lhq",
            RANK_QUOTE,
            "2020",
            json!({"type": "measurement", "indicator": "egdi-rank-world",
                   "value": {"value": 87.0, "text": "87/193", "qualifier": "exact", "out_of": 193}}),
        ));
    }
    json!({
        "schema_version": 1, "extends_bundled": true,
        "sources": [{"id": "ND-1", "seed_file": "bai-viet-001.txt",
            "publisher": "Cục Chuyển đổi số quốc gia", "title": "Thông báo số liệu",
            "published": "2026-01-10", "note": null, "body": [{"start": 0, "end": ARTICLE.len()}]}],
        "topics": [{"id": "chu-de-moi", "name": "Hồ sơ trực tuyến toàn quốc", "description": ""}],
        "indicators": [{"id": "nd-chi-so-1", "topic": "chu-de-moi",
            "name": "Tỉ lệ hồ sơ giải quyết trực tuyến", "definition": "Hồ sơ giải quyết trực tuyến trên tổng số hồ sơ",
            "unit": {"type": "percent"}, "direction": "higher_is_better"}],
        "facts": facts,
        "conflicts": []
    })
}

pub(crate) fn write_dataset(dir: &Path, v: &Value) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("bai-viet-001.txt"), ARTICLE).unwrap();
    let p = dir.join("du-lieu-bo-sung.json");
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p
}

pub(crate) fn snapshot(v: &Value) -> Snapshot {
    Snapshot {
        data: serde_json::from_value(v.clone()).unwrap(),
        texts: BTreeMap::from([("bai-viet-001.txt".to_string(), ARTICLE.to_string())]),
    }
}

pub(crate) fn info(version: u32) -> PackInfo {
    PackInfo {
        id: "cuc-cds".into(),
        version,
        title: "Số liệu chuyển đổi số 2026".into(),
        publisher: "Cục Chuyển đổi số quốc gia".into(),
        created: Day {
            year: 2026,
            month: 11,
            day: 30,
        },
    }
}

fn trusting(k: &KeyPair) -> TrustedKeys {
    TrustedKeys {
        keys: vec![k.public()],
    }
}

/// A signed pack of the analyst's dataset.
pub(crate) fn signed_pack(key: &KeyPair) -> Vec<u8> {
    create(&snapshot(&analyst_dataset(true)), &info(1), Some(key)).unwrap()
}

/// The members of a zip, in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut v).unwrap();
            (f.name().unwrap().to_string(), v)
        })
        .collect()
}

/// A zip of `members`, as given (names unchecked).
fn rezip(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default();
    for (name, bytes) in members {
        z.start_file(name.as_str(), o).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn refusal(bytes: &[u8], trusted: &TrustedKeys) -> String {
    match open_pack(bytes, trusted) {
        Ok(_) => panic!("the pack was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn same_content_same_bytes_and_a_good_pack_opens_signed() {
    let key = KeyPair::generate("Cục Chuyển đổi số quốc gia").unwrap();
    let a = signed_pack(&key);
    assert_eq!(a, signed_pack(&key));
    let p = open_pack(&a, &trusting(&key)).unwrap();
    assert_eq!(p.status.to_string(), "Đã ký bởi Cục Chuyển đổi số quốc gia");
    assert_eq!(p.manifest.facts, 2);
    assert_eq!(p.manifest.newest_figure.unwrap().to_string(), "2025");
    let names: Vec<String> = unzip(&a).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "du-lieu.json",
            "manifest.json",
            "manifest.sig",
            "nguon/bai-viet-001.txt"
        ]
    );
    let unsigned = create(&snapshot(&analyst_dataset(true)), &info(1), None).unwrap();
    let p = open_pack(&unsigned, &trusting(&key)).unwrap();
    assert_eq!(p.status, SignatureStatus::Unsigned);
}

#[test]
fn a_tampered_member_is_refused_by_name() {
    let key = KeyPair::generate("Cục").unwrap();
    let mut members = unzip(&signed_pack(&key));
    let article = members
        .iter_mut()
        .find(|(n, _)| n == "nguon/bai-viet-001.txt")
        .unwrap();
    let text = String::from_utf8(article.1.clone())
        .unwrap()
        .replace("52,7%", "57,2%");
    article.1 = text.into_bytes();
    let e = refusal(&rezip(&members), &trusting(&key));
    assert!(
        e.contains("\"nguon/bai-viet-001.txt\" không khớp với bảng kê"),
        "{e}"
    );
}

#[test]
fn a_tampered_manifest_fails_the_signature() {
    let key = KeyPair::generate("Cục").unwrap();
    let mut members = unzip(&signed_pack(&key));
    let m = members
        .iter_mut()
        .find(|(n, _)| n == "manifest.json")
        .unwrap();
    m.1 = String::from_utf8(m.1.clone())
        .unwrap()
        .replace("\"version\": 1", "\"version\": 9")
        .into_bytes();
    let e = refusal(&rezip(&members), &trusting(&key));
    assert!(e.contains("chữ ký không hợp lệ"), "{e}");
}

#[test]
fn every_changed_byte_is_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let pack = signed_pack(&key);
    let trusted = trusting(&key);
    let mut accepted = Vec::new();
    for at in 0..pack.len() {
        let mut b = pack.clone();
        b[at] ^= 0x01;
        if open_pack(&b, &trusted).is_ok() {
            accepted.push(at);
        }
    }
    assert!(
        accepted.is_empty(),
        "accepted with a byte changed at {accepted:?} of {}",
        pack.len()
    );
}

#[test]
fn a_wrong_key_fails_the_signature_and_an_unknown_one_is_not_trusted() {
    let key = KeyPair::generate("Cục").unwrap();
    let other = KeyPair::generate("Kẻ khác").unwrap();
    let mut members = unzip(&signed_pack(&key));
    // The signature file claims the other key: the signature is not its.
    let sig = members
        .iter_mut()
        .find(|(n, _)| n == "manifest.sig")
        .unwrap();
    let text = String::from_utf8(sig.1.clone()).unwrap();
    let pk = hex::encode(key.public().key);
    sig.1 = text
        .replace(&pk, &hex::encode(other.public().key))
        .into_bytes();
    let e = refusal(&rezip(&members), &trusting(&other));
    assert!(e.contains("chữ ký không hợp lệ"), "{e}");
    // Signed by a key the office does not list.
    let p = open_pack(&signed_pack(&key), &trusting(&other)).unwrap();
    assert!(
        matches!(p.status, SignatureStatus::UnknownSigner { .. }),
        "{:?}",
        p.status
    );
    assert!(!p.status.is_trusted());
}

#[test]
fn members_leaving_the_pack_or_links_are_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let good = unzip(&signed_pack(&key));
    for evil in [
        "../evil.txt",
        "/etc/evil.txt",
        "nguon/../../evil.txt",
        "nguon/sub/evil.txt",
        "C:\\evil.txt",
        "nguon/..\\evil.txt",
    ] {
        let mut members = good.clone();
        members.push((evil.to_string(), b"x".to_vec()));
        let e = refusal(&rezip(&members), &trusting(&key));
        assert!(
            e.contains("không được phép") && e.contains(evil),
            "{evil}: {e}"
        );
    }
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default();
    for (name, bytes) in &good {
        z.start_file(name.as_str(), o).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.add_symlink("nguon/lien-ket.txt", "/etc/passwd", o)
        .unwrap();
    let e = refusal(&z.finish().unwrap().into_inner(), &trusting(&key));
    assert!(
        e.contains("nguon/lien-ket.txt") && e.contains("liên kết"),
        "{e}"
    );
}

#[test]
fn duplicate_member_names_are_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let mut members = unzip(&signed_pack(&key));
    members.push(("nguon/bai-viet-00X.txt".into(), b"khac".to_vec()));
    // Same length, so renaming in place keeps the zip consistent.
    let bytes = rezip(&members);
    let needle = b"nguon/bai-viet-00X.txt";
    let mut twice = bytes.clone();
    let mut i = 0;
    while i + needle.len() <= twice.len() {
        if &twice[i..i + needle.len()] == needle {
            twice[i + needle.len() - 5] = b'1';
        }
        i += 1;
    }
    let e = refusal(&twice, &trusting(&key));
    assert!(
        e.contains("\"nguon/bai-viet-001.txt\" xuất hiện hai lần"),
        "{e}"
    );
    // Names that one Windows folder would hold as one file.
    members.pop();
    members.push(("nguon/BAI-VIET-001.txt".into(), b"khac".to_vec()));
    let e = refusal(&rezip(&members), &trusting(&key));
    assert!(e.contains("xuất hiện hai lần"), "{e}");
}

#[test]
fn an_oversized_member_is_refused() {
    let key = KeyPair::generate("Cục").unwrap();
    let mut members = unzip(&signed_pack(&key));
    let max = egov_brief::data::seed_files::MAX_SEED_BYTES as usize;
    members.push(("nguon/rat-lon.txt".into(), vec![b'a'; max + 1]));
    let e = refusal(&rezip(&members), &trusting(&key));
    assert!(e.contains("\"nguon/rat-lon.txt\" quá lớn"), "{e}");
}

#[test]
fn newer_version_replaces_older_and_own_facts_stay() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let trusted = trusting(&key);
    // The official's own fact, with the same id as the pack's.
    let own = write_dataset(dir.path(), &analyst_dataset(false));
    let mut user = UserData::open(&own).unwrap();
    let v1 = open_pack(&signed_pack(&key), &trusted).unwrap();
    let prepared = prepare(&user, &Installed::default(), v1).unwrap();
    assert_eq!(prepared.changes.counts(), [2, 0, 0, 1]);
    apply(&mut user, &prepared, &Accept::All, "2026-11-30").unwrap();
    assert!(user.now.data.facts.iter().any(|f| f.id == "nd-1"));
    assert!(user.now.data.facts.iter().any(|f| f.id == "cuc-cds:nd-1"));
    // Version 2: the 52,7% fact quotes a changed sentence, the rank is gone.
    let article2 = ARTICLE.replace("52,7%", "61,0%");
    let mut v2data = analyst_dataset(false);
    let q2 = QUOTE.replace("52,7%", "61,0%");
    let start = article2.find(&q2).unwrap();
    v2data["facts"][0]["quote"] = json!({"text": q2, "start": start, "end": start + q2.len()});
    v2data["facts"][0]["kind"]["value"] =
        json!({"value": 61.0, "text": "61,0%", "qualifier": "exact", "out_of": null});
    let snap2 = Snapshot {
        data: serde_json::from_value(v2data).unwrap(),
        texts: BTreeMap::from([("bai-viet-001.txt".to_string(), article2)]),
    };
    let v2 = open_pack(&create(&snap2, &info(2), Some(&key)).unwrap(), &trusted).unwrap();
    let installed = Installed::read(&own).unwrap();
    assert_eq!(installed.get("cuc-cds").map(|p| p.version), Some(1));
    let prepared = prepare(&user, &installed, v2).unwrap();
    assert_eq!(prepared.changes.installed, Some(1));
    assert_eq!(prepared.changes.counts(), [0, 1, 1, 0]);
    let (old, new) = &prepared
        .changes
        .topics
        .iter()
        .find_map(|t| t.changed.first())
        .unwrap();
    assert!(old.quote.text.contains("52,7%") && new.quote.text.contains("61,0%"));
    apply(&mut user, &prepared, &Accept::All, "2026-12-01").unwrap();
    let reread = load_dataset_file(&own).unwrap();
    let mine = reread.fact("nd-1").unwrap();
    assert!(
        mine.quote.text.contains("52,7%"),
        "the official's own fact changed"
    );
    assert!(
        reread
            .fact("cuc-cds:nd-1")
            .unwrap()
            .quote
            .text
            .contains("61,0%")
    );
    assert!(reread.fact("cuc-cds:nd-2").is_none());
    assert!(
        reread
            .conflicts()
            .iter()
            .all(|c| !c.id.starts_with("cuc-cds:"))
    );
    // Version 1 again is refused: older than what is there.
    let v1 = open_pack(&signed_pack(&key), &trusted).unwrap();
    let e = prepare(&user, &Installed::read(&own).unwrap(), v1).unwrap_err();
    assert!(
        matches!(
            e,
            PackError::Older {
                installed: 2,
                offered: 1,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn one_topic_can_be_accepted_alone() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let path = dir.path().join("du-lieu-bo-sung.json");
    let mut user = UserData::open(&path).unwrap();
    let pack = open_pack(&signed_pack(&key), &trusting(&key)).unwrap();
    let prepared = prepare(&user, &Installed::default(), pack).unwrap();
    let accept = Accept::Topics(["chu-de-moi".to_string()].into());
    apply(&mut user, &prepared, &accept, "2026-11-30").unwrap();
    let c = load_dataset_file(&path).unwrap();
    assert!(c.fact("cuc-cds:nd-1").is_some());
    assert!(c.fact("cuc-cds:nd-2").is_none());
}

// ---- the command line, as the analyst and the official use it ----

/// `egov-brief` with its own home and data folder.
pub(crate) fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_egov-brief"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .output()
        .expect("binary runs")
}

/// What a command printed, both streams.
pub(crate) fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn analyst_to_official_create_verify_import_export() {
    let tmp = tempfile::tempdir().unwrap();
    let (analyst, official) = (tmp.path().join("analyst"), tmp.path().join("official"));
    let dataset = write_dataset(&analyst.join("data/egov-brief"), &analyst_dataset(true));
    let s = |p: &Path| p.display().to_string();
    let base = analyst.join("khoa-cuc");
    let o = run(
        &analyst,
        &[
            "pack",
            "keygen",
            "--name",
            "Cục Chuyển đổi số quốc gia",
            "-o",
            &s(&base),
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let pack = tmp.path().join("goi-du-lieu-2026-11.egb");
    let key = format!("{}.khoa-bi-mat", s(&base));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the secret key is the owner's only");
    }
    let o = run(
        &analyst,
        &[
            "pack",
            "create",
            "--id",
            "cuc-cds",
            "--pack-version",
            "1",
            "--title",
            "Số liệu 2026",
            "--publisher",
            "Cục Chuyển đổi số quốc gia",
            "--date",
            "2026-11-30",
            "--key",
            &key,
            "-o",
            &s(&pack),
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(dataset.exists());
    // The official's laptop: a fresh HOME, the IT office's trusted list.
    let folder = official.join("data/egov-brief");
    std::fs::create_dir_all(&folder).unwrap();
    let public = std::fs::read_to_string(format!("{}.khoa-cong-khai.txt", s(&base))).unwrap();
    std::fs::write(
        folder.join("khoa-tin-cay.txt"),
        format!("# Phòng CNTT\n{public}"),
    )
    .unwrap();
    let o = run(&official, &["pack", "verify", &s(&pack)]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Đã ký bởi Cục Chuyển đổi số quốc gia"),
        "{}",
        text(&o)
    );
    let o = run(&official, &["pack", "import", &s(&pack)]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    // The same lines as the window's pack dialog (tests/app_pack.rs).
    assert!(
        out.contains("+ mới: cuc-cds:nd-1 (Năm 2025): Tỉ lệ hồ sơ giải quyết trực tuyến 52,7%")
            && out.contains(QUOTE),
        "{out}"
    );
    assert!(
        out.contains(
            "! mâu thuẫn: cuc-cds:nd-2 ghi Thứ hạng Chính phủ điện tử (EGDI) trên thế giới 87/193"
        ) && out.contains("86/193"),
        "{out}"
    );
    let imported = folder.join("du-lieu-bo-sung.json");
    let catalog = load_dataset_file(&imported).unwrap();
    assert_eq!(catalog.fact("cuc-cds:nd-1").unwrap().quote.text, QUOTE);
    let pdf = tmp.path().join("bao-cao.pdf");
    let o = run(
        &official,
        &[
            "--data",
            &s(&imported),
            "export",
            "--topic",
            "cuc-cds:chu-de-moi",
            "--topic",
            "xep-hang-lhq",
            "--from",
            "2014",
            "--to",
            "2026",
            "--date",
            "2026-12-01",
            "-o",
            &s(&pdf),
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let pdf_text = crate::support::pdf_text(&std::fs::read(&pdf).unwrap());
    assert!(
        pdf_text.contains("52,7%"),
        "the pack's figure is not in the brief"
    );
    assert!(
        pdf_text.contains("Cục Chuyển đổi số quốc gia"),
        "its source is not cited"
    );
}

#[test]
fn an_untrusted_pack_asks_first() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục lạ").unwrap();
    let pack = tmp.path().join("goi.egb");
    std::fs::write(&pack, signed_pack(&key)).unwrap();
    let p = pack.display().to_string();
    let o = run(tmp.path(), &["pack", "verify", &p]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert!(text(&o).contains("không có trong danh sách tin cậy"));
    let o = run(tmp.path(), &["pack", "import", &p]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert!(text(&o).contains("--accept-unsigned"));
    let dataset = tmp.path().join("data/egov-brief/du-lieu-bo-sung.json");
    assert!(!dataset.exists(), "written without asking");
    let o = run(tmp.path(), &["pack", "import", "--accept-unsigned", &p]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        load_dataset_file(&dataset)
            .unwrap()
            .fact("cuc-cds:nd-1")
            .is_some()
    );
}

#[test]
fn a_damaged_pack_on_the_command_line_names_the_member() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let mut members = unzip(&create(&snapshot(&analyst_dataset(true)), &info(1), None).unwrap());
    let d = members
        .iter_mut()
        .find(|(n, _)| n == "du-lieu.json")
        .unwrap();
    d.1.push(b' ');
    let pack = tmp.path().join("goi.egb");
    std::fs::write(&pack, rezip(&members)).unwrap();
    let o = run(
        tmp.path(),
        &[
            "pack",
            "import",
            "--accept-unsigned",
            &pack.display().to_string(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("\"du-lieu.json\" không khớp"),
        "{}",
        text(&o)
    );
    let _ = key;
}
