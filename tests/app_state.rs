//! The window's own state file: written atomically with the previous good
//! copy kept, read back with a notice naming what was reset when damaged,
//! a damaged file never overwritten; a full disk at exit and a kill in
//! the middle of a save lose nothing.

use std::path::Path;

use eframe::App as _;
use egov_brief::app::state_file::{BACKUP_NAME, DAMAGED_PREFIX, FILE_NAME, StateFile};
use egov_brief::app::{EgovApp, persist};
use egov_brief::brief::Selection;
use egov_brief::brief::selection::OwnSection;

use crate::app::{FakeDialog, MemoryStorage};
use crate::support::catalog;

/// A selection with the official's own text and header, as typed.
fn typed(issuer: &str) -> Selection {
    let mut s = egov_brief::app::default_selection(&catalog());
    s.header.issuer = issuer.to_string();
    s.own_sections = vec![OwnSection {
        title: "Nhận định".into(),
        text: "Tiến độ đạt yêu cầu; cần đẩy nhanh kết nối dữ liệu.".into(),
    }];
    s
}

fn store(folder: &Path, selection: &Selection) -> StateFile {
    let mut f = StateFile::open(folder);
    persist::save(&mut f, selection);
    f.write();
    assert!(f.write_error.is_none(), "{:?}", f.write_error);
    f
}

fn restore(folder: &Path) -> EgovApp {
    EgovApp::restore_from_folder(catalog(), Box::new(FakeDialog::default()), folder, None)
}

fn damaged_files(folder: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(DAMAGED_PREFIX)
        })
        .collect()
}

#[test]
fn a_cut_state_file_falls_back_to_the_previous_copy_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let first = typed("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    store(dir.path(), &first);
    store(dir.path(), &typed("CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"));
    assert!(dir.path().join(BACKUP_NAME).exists());

    // Cut short, as eframe's in-place write was on a full disk.
    let main = dir.path().join(FILE_NAME);
    let bytes = std::fs::read(&main).unwrap();
    std::fs::write(&main, &bytes[..bytes.len() / 2]).unwrap();

    let mut app = restore(dir.path());
    assert_eq!(app.selection(), Some(&first), "the previous good copy");
    let notice = &app.status().expect("a notice").text;
    assert!(
        notice.contains("Không đọc được trạng thái đã lưu") && notice.contains("bản lưu trước đó"),
        "{notice}"
    );
    let aside = damaged_files(dir.path());
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), &bytes[..bytes.len() / 2]);

    // The next save writes a good file; the damaged one stays aside.
    app.save(&mut MemoryStorage::default());
    assert_eq!(restore(dir.path()).selection(), Some(&first));
    assert_eq!(damaged_files(dir.path()).len(), 1);
}

#[test]
fn garbage_without_a_backup_is_reset_with_a_notice_and_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE_NAME), b"\x00\xffkh\xf4ng ph\xe1i JSON").unwrap();
    let app = restore(dir.path());
    let notice = &app.status().expect("a notice").text;
    assert!(notice.contains("đã đặt lại"), "{notice}");
    assert!(
        notice.contains(DAMAGED_PREFIX),
        "names where it was kept: {notice}"
    );
    assert_eq!(damaged_files(dir.path()).len(), 1);
}

#[test]
fn a_wrongly_typed_field_is_named_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let good = typed("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    let mut json: serde_json::Value = serde_json::to_value(&good).unwrap();
    json["topics"] = 42.into();
    let mut f = StateFile::open(dir.path());
    eframe::Storage::set_string(&mut f, persist::KEY, json.to_string());
    f.write();

    let app = restore(dir.path());
    let sel = app.selection().unwrap();
    assert_eq!(sel.header.issuer, good.header.issuer);
    assert_eq!(sel.own_sections, good.own_sections);
    let notice = &app.status().expect("a notice").text;
    assert!(notice.contains("các chủ đề đã chọn"), "{notice}");
    assert!(!notice.contains("nhận định"), "{notice}");
}

#[test]
fn eframe_storage_of_an_older_version_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let older_selection = typed("UBND TỈNH X");
    let mut older = MemoryStorage::default();
    persist::save(&mut older, &older_selection);
    let mut app = EgovApp::restore_from_folder(
        catalog(),
        Box::new(FakeDialog::default()),
        dir.path(),
        Some(&older),
    );
    assert_eq!(app.selection(), Some(&older_selection));
    app.save(&mut MemoryStorage::default());
    assert!(dir.path().join(FILE_NAME).exists());
}

/// A real full disk at exit (needs root: a 64 KB tmpfs).
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root"]
fn a_full_disk_at_exit_keeps_the_last_state() {
    let dir = crate::cli::Tmpfs::mount("size=64k");
    let kept = typed("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    store(dir.path(), &kept);
    // Fill the disk.
    let filler = dir.path().join("filler");
    let _ = std::fs::write(&filler, vec![b'x'; 128 * 1024]);

    let mut f = StateFile::open(dir.path());
    let mut changed = kept.clone();
    changed.own_sections[0].text = "Một nhận định dài. ".repeat(2000);
    persist::save(&mut f, &changed);
    f.write();
    let e = f.write_error.expect("the write fails");
    assert!(e.contains("đầy"), "{e}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let app = restore(dir.path());
    assert_eq!(app.selection(), Some(&kept));
    assert_eq!(app.status(), None);
}

/// The loop the kill test runs in a child process: saves alternating
/// states into `EGOV_STATE_LOOP_DIR` until killed.
#[test]
#[ignore = "run by a_kill_during_save_loses_nothing"]
fn state_writer_loop() {
    let Some(folder) = std::env::var_os("EGOV_STATE_LOOP_DIR") else {
        return;
    };
    let a = typed("A");
    let b = typed("B");
    let mut f = StateFile::open(Path::new(&folder));
    for i in 0.. {
        let mut s = if i % 2 == 0 { a.clone() } else { b.clone() };
        s.own_sections[0].text = format!("Lần lưu {i}. ").repeat(5000);
        persist::save(&mut f, &s);
        f.write();
    }
}

#[cfg(unix)]
#[test]
fn a_kill_during_save_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    store(dir.path(), &typed("A"));
    for round in 0..12u64 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "app_state::state_writer_loop",
                "--exact",
                "--ignored",
                "--test-threads=1",
            ])
            .env("EGOV_STATE_LOOP_DIR", dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(150 + 37 * round));
        child.kill().unwrap();
        child.wait().unwrap();
        let f = StateFile::open(dir.path());
        assert!(f.notice.is_none(), "round {round}: {:?}", f.notice);
        let app = restore(dir.path());
        let issuer = &app.selection().unwrap().header.issuer;
        assert!(issuer == "A" || issuer == "B", "{issuer}");
    }
}

#[test]
fn a_remembered_dataset_that_is_missing_stays_remembered_with_a_retry() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    // Where the user's dataset was: on a USB drive not plugged in now.
    let path = dir.path().join("tinh-y.json");
    let mut storage = MemoryStorage::default();
    persist::save_dataset_file(&mut storage, Some(&path));
    let app = EgovApp::restore(catalog(), Box::new(FakeDialog::default()), Some(&storage));
    let notice = app.status().unwrap().text.clone();
    assert!(
        notice.contains("Thử lại") && notice.contains("được nhớ"),
        "{notice}"
    );
    assert_eq!(app.dataset_file(), None);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            egov_brief::app::fonts::install(&cc.egui_ctx);
            app
        });
    harness.run();
    // Saved again as that file, not forgotten.
    let mut saved = MemoryStorage::default();
    harness.state_mut().save(&mut saved);
    assert_eq!(persist::load_dataset_file(Some(&saved)), Some(path.clone()));

    // The drive is back.
    assert_eq!(crate::app_data::user_dataset(dir.path(), true), path);
    harness.get_by_label("Thử lại").click();
    harness.run();
    assert_eq!(harness.state().dataset_file(), Some(path.as_path()));
    assert!(harness.query_by_label("Thử lại").is_none());

    // Switching back to the bundled data says which choices it dropped.
    harness.get_by_label("Tỉnh Y").click();
    harness.run();
    harness.get_by_label("Dùng dữ liệu đi kèm").click();
    harness.run();
    let text = &harness.state().status().unwrap().text;
    assert!(text.contains("bỏ 1 chủ đề"), "{text}");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_replaced_only_when_the_user_says_so() {
    use egov_brief::app::{READ_ONLY_QUESTION, REPLACE_READ_ONLY};
    use egui_kittest::kittest::Queryable;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ban-da-ky.pdf");
    std::fs::write(&path, b"the signed brief").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut h = crate::app::harness_with(FakeDialog::saving_to(path.clone()), None);

    h.get_by_label("Xuất PDF…").click();
    h.run();
    assert_eq!(std::fs::read(&path).unwrap(), b"the signed brief");
    h.get_by_label(READ_ONLY_QUESTION);
    h.get_by_label("Không ghi").click();
    h.run();
    assert_eq!(std::fs::read(&path).unwrap(), b"the signed brief");
    let text = &h.state().status().unwrap().text;
    assert!(text.contains("giữ nguyên"), "{text}");

    h.get_by_label("Xuất PDF…").click();
    h.run();
    h.get_by_label(REPLACE_READ_ONLY).click();
    h.run();
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444, "still read-only");
}

/// Typing is on disk within two seconds: eframe saves at the app's
/// interval while frames are drawn (30 s unless the app says otherwise),
/// and the app asks for one more frame after the last input, so an idle
/// window saves too. (eframe's own loop is not run by kittest; the kill
/// itself is checked by hand under Xvfb.)
#[test]
fn typing_reaches_the_disk_within_two_seconds() {
    let app = EgovApp::new(catalog(), Box::new(FakeDialog::default()), None);
    assert!(app.auto_save_interval() <= std::time::Duration::from_secs(2));
}
