//! Open, show in folder and print after an export, on machines without a
//! viewer or `lp`: the status line reports success only when the program
//! said so, otherwise a plain message with the path to copy; children are
//! reaped and printing never holds the window.
//!
//! Small `sh` scripts stand in for `xdg-open` and `lp`; each writes its own
//! process id (`$$`) so the test can look for a zombie in `/proc`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egov_brief::app::launch::Launcher;
use egov_brief::app::{self, EgovApp, StatusKind};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::app::{FakeDialog, copied, first_run_selection, status};
use crate::support::catalog;

/// `sh -c SCRIPT sh PATH`: the path the app appends is `$1`.
fn script(s: &str) -> Vec<std::ffi::OsString> {
    vec!["sh".into(), "-c".into(), s.into(), "sh".into()]
}

/// The app with `launcher`, after exporting a PDF to `dir`.
fn exported(dir: &Path, launcher: Launcher) -> (Harness<'static, EgovApp>, PathBuf) {
    let file = dir.join("bao-cao.pdf");
    let mut harness = with_launcher(FakeDialog::saving_to(file.clone()), launcher);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    assert_eq!(status(&harness).0, StatusKind::Success);
    (harness, file)
}

/// The app with `launcher`, nothing exported yet.
fn with_launcher(dialog: FakeDialog, launcher: Launcher) -> Harness<'static, EgovApp> {
    let catalog = catalog();
    let saved = Some(first_run_selection(&catalog));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            app::fonts::install(&cc.egui_ctx);
            EgovApp::new(catalog, Box::new(dialog), saved).with_launcher(launcher)
        });
    harness.run();
    harness
}

/// Steps the window until the status line is no longer "in progress".
fn settled(harness: &mut Harness<'static, EgovApp>) -> (StatusKind, String) {
    let start = Instant::now();
    while status(harness).0 == StatusKind::Info && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    // The result repaints the status line a few times (wrapping, the
    // path field): step through them rather than wait to settle.
    harness.run_steps(10);
    status(harness)
}

/// The path the status line offers to copy.
fn offered_path(harness: &Harness<'static, EgovApp>) -> Option<PathBuf> {
    harness.state().status().and_then(|s| s.path.clone())
}

/// The pid a script wrote, once it is there.
fn pid_in(file: &Path) -> u32 {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(file)
            && let Ok(pid) = s.trim().parse()
        {
            return pid;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "no pid written");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Whether a process is gone for good (no zombie entry), waiting up to
/// 5 s for it to end.
fn reaped(pid: u32) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if !Path::new(&format!("/proc/{pid}")).exists() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

fn launcher(open: &str, print: Option<&str>) -> Launcher {
    Launcher {
        open: script(open),
        print: print.map(script),
        grace: Duration::from_millis(300),
    }
}

#[test]
fn open_without_a_viewer_says_so_and_offers_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    // What xdg-open does with no viewer: exit 3 ("no method available").
    let open = format!("echo $$ > '{}'; exit 3", pid_file.display());
    let (mut harness, file) = exported(dir.path(), launcher(&open, None));
    harness.get_by_label("Mở tệp").click();
    harness.run_steps(2);
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Error, "{text}");
    assert!(text.starts_with("Không mở được tệp: "), "{text}");
    assert!(text.contains("mã 3"), "{text}");
    assert_eq!(offered_path(&harness), Some(file.clone()));
    // The path is a selectable field, and copying it puts it on the clipboard.
    assert_eq!(
        harness.get_by_label("Đường dẫn:").value().as_deref(),
        Some(file.display().to_string().as_str())
    );
    harness.get_by_label("Chép đường dẫn").click();
    harness.step();
    assert_eq!(copied(&harness), Some(file.display().to_string()));
    // The export's buttons stay, and the finished opener is no zombie.
    harness.get_by_label("Mở thư mục");
    assert!(reaped(pid_in(&pid_file)), "xdg-open left as a zombie");
}

#[test]
fn show_in_folder_without_a_file_manager_names_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, file) = exported(dir.path(), launcher("exit 3", None));
    harness.get_by_label("Mở thư mục").click();
    harness.run_steps(2);
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Error, "{text}");
    assert!(text.starts_with("Không mở được thư mục: "), "{text}");
    assert_eq!(offered_path(&harness).as_deref(), file.parent());
}

#[test]
fn a_missing_opener_program_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = Launcher {
        open: vec!["khong-co-xdg-open-0f3a".into()],
        print: None,
        grace: Duration::from_millis(300),
    };
    let (mut harness, file) = exported(dir.path(), missing);
    harness.get_by_label("Mở tệp").click();
    harness.run_steps(2);
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Error, "{text}");
    assert!(
        text.contains("máy không có chương trình khong-co-xdg-open-0f3a"),
        "{text}"
    );
    assert_eq!(offered_path(&harness), Some(file));
}

#[test]
fn a_viewer_that_opens_is_success_and_is_reaped_when_closed() {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    // A viewer that stays open past the grace time, then is closed.
    let open = format!("echo $$ > '{}'; sleep 1", pid_file.display());
    let (mut harness, file) = exported(dir.path(), launcher(&open, None));
    harness.get_by_label("Mở tệp").click();
    harness.run_steps(2);
    assert_eq!(status(&harness), (StatusKind::Info, "Đang mở tệp…".into()));
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert_eq!(text, format!("Đã mở {}.", file.display()));
    assert_eq!(offered_path(&harness), None);
    assert!(
        reaped(pid_in(&pid_file)),
        "the closed viewer stays a zombie"
    );
}

#[test]
fn print_without_lp_or_viewer_keeps_the_pdf_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = exported(dir.path(), launcher("exit 3", None));
    harness.get_by_label("In…").click();
    harness.run_steps(2);
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Error, "{text}");
    assert!(
        text.starts_with("Không in được: máy không có lệnh in lp, và mở bản PDF để in cũng không được: máy không có chương trình nào mở được (mã 3)."),
        "{text}"
    );
    let pdf = offered_path(&harness).expect("the PDF to print is offered");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn printing_does_not_hold_the_window_and_reports_lp_errors() {
    let dir = tempfile::tempdir().unwrap();
    let release = dir.path().join("release");
    // An lp that waits (a slow print server) until the test lets it go,
    // then fails the way CUPS does without a printer; it gives up after
    // 5 s so a window that waited for it fails the test instead of hanging.
    let lp = format!(
        "i=0; while [ ! -e '{}' ] && [ $i -lt 250 ]; do sleep 0.02; i=$((i+1)); done; \
         echo 'lp: Error - No default destination.' >&2; exit 1",
        release.display()
    );
    let (mut harness, _) = exported(dir.path(), launcher("exit 3", Some(&lp)));
    harness.get_by_label("In…").click();
    harness.run_steps(2);
    assert_eq!(
        status(&harness),
        (StatusKind::Info, "Đang gửi báo cáo tới máy in…".into())
    );
    // The window still answers: the next page.
    let pages = harness.state().page_count().unwrap();
    assert!(pages > 1);
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_eq!(crate::app::counter(&harness).0, 2);
    std::fs::write(&release, b"").unwrap();
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Error, "{text}");
    assert!(
        text.starts_with("Không in được: lp báo lỗi: lp: Error - No default destination."),
        "{text}"
    );
    assert!(offered_path(&harness).is_some());
}

#[test]
fn lp_that_accepts_the_job_is_success() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = exported(dir.path(), launcher("exit 3", Some("test -s \"$1\"")));
    harness.get_by_label("In…").click();
    harness.run_steps(2);
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert_eq!(text, "Đã gửi báo cáo tới máy in mặc định (lp).");
}

#[test]
fn in_prints_before_any_export_and_ctrl_p_too() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = dir.path().join("jobs");
    // An lp that accepts a non-empty PDF and notes each job.
    let lp = format!("test -s \"$1\" && echo job >> '{}'", jobs.display());
    let mut harness = with_launcher(FakeDialog::default(), launcher("exit 3", Some(&lp)));
    assert!(
        harness.query_by_label("Mở tệp").is_none(),
        "nothing exported"
    );
    harness.get_by_label("In…").click();
    harness.run_steps(2);
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert_eq!(text, "Đã gửi báo cáo tới máy in mặc định (lp).");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run_steps(2);
    let (kind, text) = settled(&mut harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert_eq!(std::fs::read_to_string(&jobs).unwrap(), "job\njob\n");
}
