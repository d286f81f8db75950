//! The command line: topics, export, and one clear line with a non-zero
//! exit for every mistake; a failed export leaves an earlier file alone.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_egov-brief"))
        .args(args)
        .output()
        .expect("binary runs")
}

/// `export` with space-separated arguments (none contains a space), then
/// `-o OUT`.
fn export(args: &str, out: &str) -> Output {
    let mut all: Vec<&str> = vec!["export"];
    all.extend(args.split_whitespace());
    all.extend(["-o", out]);
    run(&all)
}

/// `export --all-topics --from FROM --to TO -o OUT`.
fn export_all(from: &str, to: &str, out: &str) -> Output {
    export(&format!("--all-topics --from {from} --to {to}"), out)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A failure: non-zero exit, one line on stderr, no panic.
fn assert_clear_failure(o: &Output, needle: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "succeeded: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains(needle), "{needle:?} not in {err:?}");
}

#[test]
fn topics_lists_ids_and_names() {
    let o = run(&["topics"]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    // The bundled topics, in the dataset's order, id and name.
    let expected = "\
xep-hang-lhq\tXếp hạng Chính phủ điện tử của Liên hợp quốc
dich-vu-cong\tDịch vụ công trực tuyến và Cổng Dịch vụ công quốc gia
ha-tang-du-lieu\tHạ tầng dữ liệu và văn bản điện tử
the-che-chinh-sach\tThể chế, chính sách và văn bản pháp lý
muc-tieu-lo-trinh\tMục tiêu, lộ trình và định hướng
ky-nang-so\tKỹ năng số và đào tạo
chi-dao-dieu-hanh\tChỉ đạo, điều hành, báo cáo và giám sát
an-toan-cong-nghe-moi\tAn toàn thông tin và công nghệ mới
to-chuc-trien-khai\tTổ chức bộ máy và triển khai ở bộ, ngành, địa phương
";
    assert_eq!(out, expected);
}

#[test]
fn export_writes_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    let o = run(&[
        "export",
        "--topic",
        "xep-hang-lhq",
        "--title",
        "Báo cáo nhanh",
        "--date",
        "2026-11-23",
        "--topic",
        "dich-vu-cong",
        "--from",
        "2014",
        "--to",
        "2030",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // The line after it names the file and its pages, as the PDF has them.
    let said = String::from_utf8_lossy(&o.stdout).to_string();
    let pages = lopdf::Document::load_mem(&bytes).unwrap().get_pages().len();
    assert!(
        said.starts_with(&format!("Đã lưu {} ({pages} trang, ", out.display())),
        "{said}"
    );
    // The title asked for, both topics, in the order chosen by the dataset.
    let text = crate::support::pdf_text(&bytes);
    assert!(text.contains("BÁO CÁO NHANH"), "{text}");
    let un = text.find("Xếp hạng Chính phủ điện tử của Liên hợp quốc");
    let services = text.find("Dịch vụ công trực tuyến và Cổng Dịch vụ công quốc gia");
    assert!(
        un.is_some() && services.is_some() && un < services,
        "{text}"
    );
}

#[test]
fn bad_arguments_get_one_line() {
    assert_clear_failure(&run(&["export", "--bogus"]), "--bogus");
    assert_clear_failure(&export("--all-topics --from abc --to 2030", "x.pdf"), "abc");
    assert_clear_failure(&run(&["frobnicate"]), "frobnicate");
    // Neither --topic nor --all-topics: an empty selection.
    assert_clear_failure(&export("--from 2014 --to 2030", "x.pdf"), "--topic");
    let bad_date = "--all-topics --from 2014 --to 2030 --date 2026-02-30";
    assert_clear_failure(&export(bad_date, "x.pdf"), "2026");
}

#[test]
fn argument_mistakes_are_said_in_vietnamese() {
    let cases: [(&[&str], &str); 5] = [
        (&["export", "--bogus"], "không có tùy chọn “--bogus”"),
        (&["frobnicate"], "không có lệnh “frobnicate”"),
        (
            &[
                "export",
                "--all-topics",
                "--from",
                "1900",
                "--to",
                "2030",
                "-o",
                "x.pdf",
            ],
            "giá trị “1900” không dùng được cho --from <YEAR>: cần một năm từ 1990 đến 2100",
        ),
        (
            &[
                "export",
                "--all-topics",
                "--from",
                "2014",
                "--from",
                "2015",
                "--to",
                "2030",
                "-o",
                "x.pdf",
            ],
            "--from <YEAR> chỉ được dùng một lần",
        ),
        (&["export", "--all-topics"], "thiếu --from <YEAR>"),
    ];
    for (args, said) in cases {
        let o = run(args);
        assert_clear_failure(&o, said);
        let err = stderr(&o);
        for english in [
            "invalid value",
            "unexpected argument",
            "required",
            "cannot be used",
        ] {
            assert!(!err.contains(english), "{err}");
        }
    }
}

#[test]
fn unknown_topic_and_empty_period_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let o = export(
        "--topic khong-co --from 2014 --to 2030",
        out.to_str().unwrap(),
    );
    assert_clear_failure(&o, "khong-co");
    let o = export_all("1990", "1995", out.to_str().unwrap());
    assert_clear_failure(&o, "1990–1995");
    let o = export_all("2030", "2014", out.to_str().unwrap());
    assert_clear_failure(&o, "Giai đoạn không hợp lệ");
    assert!(!out.exists());
}

#[test]
fn an_unwritable_path_leaves_the_earlier_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("x.pdf");
    let o = export_all("2014", "2030", missing.to_str().unwrap());
    assert_clear_failure(&o, "không tồn tại");

    // A target that is a folder.
    let o = export_all("2014", "2030", dir.path().to_str().unwrap());
    assert_clear_failure(&o, "thư mục");

    // A refused selection (an empty period) does not touch an earlier
    // file; a write that fails is checked in a_read_only_folder_….
    let earlier = dir.path().join("earlier.pdf");
    std::fs::write(&earlier, b"earlier brief").unwrap();
    let o = export_all("1990", "1991", earlier.to_str().unwrap());
    assert!(!o.status.success());
    assert_eq!(std::fs::read(&earlier).unwrap(), b"earlier brief");
    assert_no_partial_files(dir.path());
}

/// A folder the exporting user may not write into, holding an earlier
/// brief: the export fails at the write, says why, and the earlier file
/// survives whole. Root ignores folder permissions, so as root (CI) the
/// program runs as the unprivileged user 65534 from a copy it can reach.
#[cfg(unix)]
#[test]
fn a_read_only_folder_is_explained_and_the_earlier_file_kept() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    let earlier = ro.join("brief.pdf");
    std::fs::write(&earlier, b"earlier brief").unwrap();
    std::fs::set_permissions(&earlier, std::fs::Permissions::from_mode(0o666)).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut cmd = if is_root() {
        let copy = dir.path().join("egov-brief");
        std::fs::copy(env!("CARGO_BIN_EXE_egov-brief"), &copy).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut c = Command::new(copy);
        c.uid(65534).gid(65534).env("HOME", dir.path());
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_egov-brief"))
    };
    let o = cmd
        .args([
            "export",
            "--all-topics",
            "--from",
            "2014",
            "--to",
            "2030",
            "-o",
        ])
        .arg(&earlier)
        .output()
        .expect("the program runs");
    assert_clear_failure(&o, "quyền ghi");
    assert_eq!(std::fs::read(&earlier).unwrap(), b"earlier brief");
    assert_no_partial_files(&ro);
}

#[cfg(unix)]
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

fn assert_no_partial_files(dir: &Path) {
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn help_and_version_succeed() {
    let help = run(&["--help"]);
    assert!(help.status.success());
    let text = stdout(&help);
    // Every command is listed, with its Vietnamese description.
    for line in [
        "Usage: egov-brief [OPTIONS] [COMMAND]",
        "export   Xuất báo cáo PDF hoặc Word (.docx)",
        "check    Kiểm tra một tệp bộ dữ liệu",
        "pack     Gói dữ liệu (.egb) có chữ ký",
    ] {
        assert!(text.contains(line), "{line}: {text}");
    }
    let version = run(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        stdout(&version).trim(),
        format!("egov-brief {}", env!("CARGO_PKG_VERSION"))
    );
}

/// A small tmpfs mounted on a temporary folder, unmounted when dropped.
/// Mounting needs root: these tests are ignored unless asked for.
#[cfg(target_os = "linux")]
pub(crate) struct Tmpfs(tempfile::TempDir);

#[cfg(target_os = "linux")]
impl Tmpfs {
    pub(crate) fn mount(options: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .output()
            .expect("mount runs");
        assert!(out.status.success(), "cannot mount a tmpfs (needs root)");
        Self(dir)
    }

    pub(crate) fn path(&self) -> &Path {
        self.0.path()
    }
}

#[cfg(target_os = "linux")]
impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

/// A full disk, for real: a 64 KB tmpfs. Mounting needs root: `.ci/run`
/// runs it with `--ignored` as root.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root"]
fn a_full_disk_is_explained_and_the_earlier_file_kept() {
    let dir = Tmpfs::mount("size=64k");
    let earlier = dir.path().join("brief.pdf");
    std::fs::write(&earlier, b"earlier brief").unwrap();
    let o = export_all("2014", "2030", earlier.to_str().unwrap());
    assert_clear_failure(&o, "đã đầy");
    assert_eq!(std::fs::read(&earlier).unwrap(), b"earlier brief");
    assert_no_partial_files(dir.path());
}

/// A read-only file system, for real (needs root, see above). Root
/// ignores folder permissions, so this is how root sees "read-only".
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root"]
fn a_read_only_file_system_is_explained() {
    let dir = Tmpfs::mount("ro,size=64k");
    let out = dir.path().join("brief.pdf");
    let o = export_all("2014", "2030", out.to_str().unwrap());
    assert_clear_failure(&o, "quyền ghi");
    assert!(!out.exists());
}

#[test]
fn check_accepts_a_valid_dataset_and_lists_every_problem_of_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    std::fs::write(&good, egov_brief::data::load::BUNDLED_DATASET).unwrap();
    let o = run(&["check", good.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("hợp lệ"));

    // Two broken records: both are named, each on its own line.
    let bad = dir.path().join("bad.json");
    let text = egov_brief::data::load::BUNDLED_DATASET
        .replacen("\"30,86%\"", "\"30,87%\"", 1)
        .replacen("\"86/193\"", "\"500/193\"", 1);
    std::fs::write(&bad, text).unwrap();
    let o = run(&["check", bad.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.lines().count() >= 3, "{err}");
    assert!(err.contains("30,87%") && err.contains("500/193"), "{err}");

    let missing = dir.path().join("none.json");
    assert_clear_failure(&run(&["check", missing.to_str().unwrap()]), "none.json");
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn facts_lists_ids_dates_and_summaries() {
    let o = run(&["facts", "--topic", "xep-hang-lhq"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().all(|l| l.split('\t').count() == 3), "{out}");
    assert!(out.contains("egdi-2020-world-s000\tNăm 2020\t"), "{out}");
    assert!(!out.contains("dvc-level4-2020-s000"));
    assert!(run(&["facts"]).stdout.len() > out.len());
    assert_clear_failure(&run(&["facts", "--topic", "khong-co"]), "khong-co");
}

#[test]
fn exclude_leaves_a_fact_out_and_refuses_an_unknown_id() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.pdf");
    // Two sources disagree on the 2020 Asian rank (23/47 and 24/47);
    // leaving one out leaves the other alone in the brief.
    let o = export(
        "--topic xep-hang-lhq --from 2014 --to 2030 --exclude egdi-2020-asia-s004",
        out.to_str().unwrap(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = crate::support::pdf_text(&std::fs::read(&out).unwrap());
    assert!(text.contains("23/47"), "{text}");
    assert!(!text.contains("24/47"), "{text}");
    let o = export(
        "--topic xep-hang-lhq --from 2014 --to 2030 --exclude khong-co-that",
        out.to_str().unwrap(),
    );
    assert_clear_failure(&o, "khong-co-that");
}

#[test]
fn notes_are_printed_and_bad_notes_explained() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.md");
    std::fs::write(
        &notes,
        "## Nhận định\nTiến độ đạt yêu cầu.\n\n## Đề xuất, kiến nghị\n- Bổ sung số liệu năm 2024.\n",
    )
    .unwrap();
    let out = dir.path().join("b.pdf");
    let args = format!(
        "--topic xep-hang-lhq --from 2014 --to 2030 --length short --notes {}",
        notes.display()
    );
    let o = export(&args, out.to_str().unwrap());
    assert!(o.status.success(), "{}", stderr(&o));
    let text = crate::support::pdf_text(&std::fs::read(&out).unwrap());
    assert!(text.contains("TỒN TẠI, HẠN CHẾ") && text.contains("ĐỀ XUẤT, KIẾN NGHỊ"));
    assert!(text.contains("Tiến độ đạt yêu cầu."));
    assert!(text.contains("Bổ sung số liệu năm 2024."));

    std::fs::write(&notes, b"## Nh\xe1n\n").unwrap();
    assert_clear_failure(&export(&args, out.to_str().unwrap()), "UTF-8");
    std::fs::write(&notes, vec![b'a'; 300 * 1024]).unwrap();
    assert_clear_failure(&export(&args, out.to_str().unwrap()), "quá lớn");
    let missing = format!(
        "--all-topics --from 2014 --to 2030 --notes {}",
        dir.path().join("x").display()
    );
    assert_clear_failure(&export(&missing, out.to_str().unwrap()), "ghi chú");
}

#[test]
fn the_command_line_picks_the_format_from_the_extension_or_the_option() {
    let dir = tempfile::tempdir().unwrap();
    let base = [
        "export",
        "--all-topics",
        "--from",
        "2014",
        "--to",
        "2030",
        "--date",
        "2026-11-23",
    ];
    let docx = dir.path().join("brief.docx");
    let mut args = base.to_vec();
    args.extend(["-o", docx.to_str().unwrap()]);
    let o = run(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("(Word, "));
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK"));
    // The same selection from the library gives the same bytes.
    let c = crate::support::catalog();
    let b = egov_brief::briefing::Briefing::prepare(&c, &crate::support::all_topics_selection(&c))
        .unwrap();
    assert_eq!(
        bytes,
        egov_brief::render::docx::write_docx(&b.document, &b.pages.charts, &b.print).unwrap()
    );

    let plain = dir.path().join("ban-tin");
    let mut args = base.to_vec();
    args.extend(["--format", "docx", "-o", plain.to_str().unwrap()]);
    assert!(run(&args).status.success());
    assert!(std::fs::read(&plain).unwrap().starts_with(b"PK"));

    let pdf = dir.path().join("x.pdf");
    let mut args = base.to_vec();
    args.extend(["--format", "docx", "-o", pdf.to_str().unwrap()]);
    let o = run(&args);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("--format"), "{err}");
    assert!(!pdf.exists());
}

/// Issue 30: the short brief of all topics signed 7/12/2026, with a
/// signer, has its main part in 3 pages; the appendix that follows starts
/// its own page numbers (its first page shows none, its second "2").
#[test]
fn the_short_brief_of_all_topics_has_its_main_part_in_three_pages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ngan.pdf");
    let o = run(&[
        "export",
        "--all-topics",
        "--from",
        "2014",
        "--to",
        "2030",
        "--length",
        "short",
        "--date",
        "2026-12-07",
        "--signer-title",
        "Cục trưởng",
        "--signer-name",
        "Nguyễn Văn A",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = lopdf::Document::load(&out).unwrap();
    let pages: Vec<String> = (1..=doc.get_pages().len() as u32)
        .map(|n| doc.extract_text(&[n]).unwrap())
        .collect();
    let appendix = pages
        .iter()
        .position(|p| p.trim_start().starts_with("PHỤ LỤC"))
        .expect("the appendix");
    assert!(appendix <= 3, "main part of {appendix} pages");
    assert!(pages[appendix - 1].contains("Nguyễn Văn A"));
    assert!(
        pages[appendix + 1].trim_end().ends_with('2'),
        "{}",
        pages[appendix + 1]
    );
}
