//! A dataset cannot read what it should not, nor exhaust memory: its own
//! sources are files inside its folder (after resolving links), refused by
//! name otherwise without being opened; a file named by many sources is
//! read once; all sources together have a byte budget. Notes and other
//! inputs are bounded whatever kind of file they are.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use egov_brief::data::load_dataset_file;
use egov_brief::data::seed_files::MAX_TOTAL_SEED_BYTES;
use serde_json::{Value, json};

const SEED: &str = "Báo cáo của tỉnh X.\nNăm 2023, tỉ lệ hồ sơ trực tuyến của tỉnh đạt 55,5%.\n";

fn source(id: &str, seed_file: &str, len: usize) -> Value {
    json!({"id": id, "seed_file": seed_file, "publisher": "Sở TT&TT tỉnh X",
           "title": "Báo cáo của tỉnh X", "published": "2024-01-15",
           "body": [{"start": 0, "end": len}]})
}

/// A dataset whose one fact quotes `SEED` from `sources[0]`; the other
/// sources only name files.
fn dataset(dir: &Path, sources: Vec<Value>) -> PathBuf {
    let quote = "Năm 2023, tỉ lệ hồ sơ trực tuyến của tỉnh đạt 55,5%.";
    let start = SEED.find(quote).unwrap();
    let v = json!({
        "schema_version": 1, "extends_bundled": true, "sources": sources,
        "topics": [{"id": "tinh-x", "name": "Tỉnh X"}],
        "indicators": [{"id": "x-ho-so", "topic": "tinh-x", "name": "Tỉ lệ hồ sơ trực tuyến của tỉnh X",
                        "definition": "Hồ sơ trực tuyến trên tổng số hồ sơ", "unit": {"type": "percent"},
                        "direction": "higher_is_better"}],
        "facts": [{"id": "x-2023", "topic": "tinh-x", "source": "X0",
                   "quote": {"text": quote, "start": start, "end": start + quote.len()},
                   "date": {"when": "2023", "role": "measured"},
                   "summary": "Tỉ lệ hồ sơ trực tuyến của tỉnh X đạt 55,5%.",
                   "kind": {"type": "measurement", "indicator": "x-ho-so",
                            "value": {"value": 55.5, "text": "55,5%"}}}]
    });
    let p = dir.join("data.json");
    std::fs::write(&p, serde_json::to_string(&v).unwrap()).unwrap();
    p
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_egov-brief"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn check(data: &Path) -> Output {
    run(&["check".as_ref(), data.as_os_str()])
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn a_source_outside_the_folder_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("x.txt"), SEED).unwrap();
    // A real file just outside, holding the same text: would be valid.
    std::fs::write(dir.path().join("outside.txt"), SEED).unwrap();
    let outside = dir.path().join("outside.txt");
    for name in [outside.to_str().unwrap(), "../outside.txt", "/etc/passwd"] {
        let p = dataset(&folder, vec![source("X0", name, SEED.len())]);
        let o = check(&p);
        let all = text(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {all}");
        assert!(!all.contains("hợp lệ ("), "{name}: {all}");
        assert!(
            all.contains(name) && all.contains("không đọc tệp này"),
            "{all}"
        );
        // Nothing about the file itself: neither its size nor its text.
        assert!(!all.contains("byte") && !all.contains("nằm ở"), "{all}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_folder_to_a_file_outside_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(dir.path().join("outside.txt"), SEED).unwrap();
    std::os::unix::fs::symlink("../outside.txt", folder.join("x.txt")).unwrap();
    let p = dataset(&folder, vec![source("X0", "x.txt", SEED.len())]);
    let e = load_dataset_file(&p).unwrap_err().to_string();
    assert!(e.contains("ra ngoài thư mục"), "{e}");
    // A link that stays inside is fine.
    std::fs::write(folder.join("real.txt"), SEED).unwrap();
    std::fs::remove_file(folder.join("x.txt")).unwrap();
    std::os::unix::fs::symlink("real.txt", folder.join("x.txt")).unwrap();
    load_dataset_file(&p).unwrap();
}

/// strace shows that a refused name is never opened nor even looked at.
#[cfg(target_os = "linux")]
#[test]
fn a_refused_name_is_never_opened() {
    if !crate::support::tool_present("strace") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.txt"), SEED).unwrap();
    let p = dataset(
        dir.path(),
        vec![
            source("X0", "x.txt", SEED.len()),
            source("X1", "/etc/passwd", 10),
            source("X2", "../secret-name.txt", 10),
        ],
    );
    let log = dir.path().join("strace.log");
    let o = Command::new("strace")
        .args(["-f", "-e", "trace=file", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_egov-brief"))
        .arg("check")
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let trace = std::fs::read_to_string(&log).unwrap();
    assert!(trace.contains("x.txt"), "the good source is read");
    assert!(!trace.contains("/etc/passwd"), "{trace}");
    assert!(!trace.contains("secret-name"), "{trace}");
}

#[test]
fn a_file_named_many_ways_is_read_once_within_the_budget() {
    let dir = tempfile::tempdir().unwrap();
    // A 1 MB source text: the quoted article and filler.
    let big = SEED.to_string() + &"a".repeat(1024 * 1024);
    std::fs::write(dir.path().join("big.txt"), &big).unwrap();
    // More aliases than the budget would allow if each were read again.
    let aliases = (MAX_TOTAL_SEED_BYTES / big.len() as u64) as usize + 10;
    let sources: Vec<Value> = (0..aliases)
        .map(|i| {
            let name = "./".repeat(i) + "big.txt";
            source(&format!("X{i}"), &name, big.len())
        })
        .collect();
    let p = dataset(dir.path(), sources);
    let c = load_dataset_file(&p).unwrap();
    assert_eq!(
        c.sources().len(),
        egov_brief::data::load_bundled().unwrap().sources().len() + aliases
    );

    // As many different files are refused once the budget is spent.
    let sources: Vec<Value> = (0..aliases)
        .map(|i| {
            std::fs::write(dir.path().join(format!("f{i}.txt")), &big).unwrap();
            source(&format!("X{i}"), &format!("f{i}.txt"), big.len())
        })
        .collect();
    let p = dataset(dir.path(), sources);
    let e = load_dataset_file(&p).unwrap_err().to_string();
    assert!(e.contains("cộng lại vượt quá"), "{e}");
}

#[cfg(unix)]
#[test]
fn notes_from_a_device_or_a_fifo_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("notes.md");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = dir.path().join("b.pdf");
    for notes in [Path::new("/dev/zero"), fifo.as_path()] {
        let mut child = crate::support::export_command()
            .arg("--notes")
            .arg(notes)
            .arg("-o")
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if std::time::Instant::now() > deadline {
                child.kill().unwrap();
                child.wait().unwrap();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let status = status.unwrap_or_else(|| panic!("{} hangs", notes.display()));
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
        assert!(!status.success(), "{err}");
        assert!(
            err.contains("ghi chú") && err.contains("không phải một tệp thông thường"),
            "{err}"
        );
    }
    assert!(!out.exists());
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.txt"), SEED).unwrap();
    let data = dataset(dir.path(), vec![source("X0", "x.txt", SEED.len())]);
    let article = dir.path().join("a.txt");
    std::fs::write(&article, SEED).unwrap();
    let cases: [Vec<&std::ffi::OsStr>; 3] = [
        vec!["facts".as_ref()],
        vec!["suggest".as_ref(), article.as_os_str()],
        vec!["check".as_ref(), data.as_os_str()],
    ];
    for args in cases {
        // /dev/full is only opened for writing: every write fails ENOSPC.
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = Command::new(env!("CARGO_BIN_EXE_egov-brief"))
            .args(&args)
            .stdout(full)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("đầu ra chuẩn") && err.contains("đầy"), "{err}");
        // And the same command to a pipe succeeds.
        assert!(run(&args).status.success(), "{args:?}");
    }
}

#[test]
fn a_dataset_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.txt"), SEED).unwrap();
    let p = dataset(dir.path(), vec![source("X0", "x.txt", SEED.len())]);
    let json = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, format!("\u{feff}{json}")).unwrap();
    let with_mark = load_dataset_file(&p).unwrap();
    // The same records as without the mark.
    std::fs::write(&p, &json).unwrap();
    let without = load_dataset_file(&p).unwrap();
    assert!(with_mark.source("X0").is_some());
    assert_eq!(with_mark.sources().len(), without.sources().len());
    assert_eq!(with_mark.facts().len(), without.facts().len());
}

fn export_with(extra: &[&str], out: &Path) -> Output {
    crate::support::export_command()
        .args(extra)
        .arg("-o")
        .arg(out)
        .output()
        .expect("binary runs")
}

#[test]
fn a_header_or_closing_taller_than_a_page_is_refused_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.pdf");
    let recipients: Vec<String> = (1..=63)
        .map(|i| format!("Sở Thông tin và Truyền thông tỉnh số {i}"))
        .collect();
    let mut args: Vec<&str> = Vec::new();
    for r in &recipients {
        args.extend(["--recipient", r]);
    }
    let o = export_with(&args, &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains("\"Nơi nhận\" (--recipient)") && err.contains("không vừa một trang"),
        "{err}"
    );

    let issuer = vec!["PHÒNG BAN SỐ"; 200].join("\\n");
    let o = export_with(&["--issuer", &issuer], &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("\"Cơ quan ban hành\" (--issuer)"), "{err}");

    let signer = vec!["PHÓ CỤC TRƯỞNG"; 80].join("\\n");
    let o = export_with(&["--signer-title", &signer], &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("\"Chức vụ người ký\" (--signer-title)"),
        "{err}"
    );
    assert!(!out.exists());

    // Ten recipients still fit.
    let mut args: Vec<&str> = Vec::new();
    for r in &recipients[..10] {
        args.extend(["--recipient", r]);
    }
    let o = export_with(&args, &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_deeply_nested_page_is_refused_before_conversion() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("sau.html");
    // 100.000 nested <div> (1,1 MB): minutes in the converter before.
    let html = format!(
        "<html><body>{}<p>Năm 2024 đạt 71/193.</p></body></html>",
        "<div>".repeat(100_000)
    );
    std::fs::write(&page, html).unwrap();
    let started = std::time::Instant::now();
    let o = run(&["suggest".as_ref(), page.as_os_str()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("quá sâu"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));

    let many = dir.path().join("nhieu.html");
    std::fs::write(&many, "<p>một đoạn</p>".repeat(300_000)).unwrap();
    let o = run(&["suggest".as_ref(), many.as_os_str()]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("quá nhiều thẻ"));
}

#[test]
fn suggest_offsets_point_into_the_nfc_text_the_dataset_quotes() {
    use unicode_normalization::UnicodeNormalization;
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("nfd.txt");
    let nfd: String = SEED.nfd().collect();
    assert_ne!(nfd, SEED);
    std::fs::write(&article, &nfd).unwrap();
    let o = run(&["suggest".as_ref(), article.as_os_str()]);
    assert!(o.status.success());
    let lines = String::from_utf8(o.stdout).unwrap();
    assert!(!lines.is_empty());
    for line in lines.lines() {
        let c: Value = serde_json::from_str(line).unwrap();
        let (start, end) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        // SEED is NFC: the offsets are the loader's.
        assert_eq!(&SEED[start..end], c["text"].as_str().unwrap());
    }
}

#[test]
fn a_signing_date_in_year_zero_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.pdf");
    let o = export_with(&["--date", "0000-01-01"], &out);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("1990–2100"), "{err}");
    assert!(!out.exists());
}

#[test]
fn control_and_direction_characters_in_typed_text_are_not_printed() {
    use egov_brief::brief::selection::OwnSection;
    let c = crate::support::catalog();
    let mut s = crate::support::selection(&["xep-hang-lhq"], 2014, 2030);
    s.header.issuer = "SỞ THÔNG TIN\u{202E} VÀ\u{7} TRUYỀN\tTHÔNG".into();
    s.own_sections = vec![OwnSection {
        title: "Nhận định".into(),
        text: "Tiến độ\u{200F} tốt\u{0}.\r\nCần\u{2066} cố gắng.".into(),
    }];
    let b = egov_brief::briefing::Briefing::prepare(&c, &s).unwrap();
    let text: String = b.pages.pages.iter().map(|p| p.plain_text()).collect();
    assert!(text.contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), "{text}");
    assert!(text.contains("Tiến độ tốt."), "{text}");
    assert!(text.contains("Cần cố gắng."), "{text}");
    let bad: Vec<char> = text
        .chars()
        .filter(|&ch| (ch.is_control() && ch != '\n') || ('\u{2066}'..='\u{2069}').contains(&ch))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}
