//! The window says what it reset in every case of a damaged state file —
//! cut short after the first save (no previous copy yet), a folder in its
//! place, a file over the 8 MB bound — and set-aside copies never replace
//! each other, however quickly they come.

use std::path::Path;

use egov_brief::app::state_file::{BACKUP_NAME, DAMAGED_PREFIX, FILE_NAME, StateFile};
use egov_brief::app::{EgovApp, persist};

use crate::app::FakeDialog;
use crate::support::catalog;

fn restore(folder: &Path) -> EgovApp {
    EgovApp::restore_from_folder(catalog(), Box::new(FakeDialog::default()), folder, None)
}

fn aside(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(DAMAGED_PREFIX)
        })
        .collect();
    v.sort();
    v
}

/// A state saved once (so there is no previous copy), with an issuer.
fn saved_once(folder: &Path) {
    let mut s = egov_brief::app::default_selection(&catalog());
    s.header.issuer = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG".into();
    let mut f = StateFile::open(folder);
    persist::save(&mut f, &s);
    f.write();
    assert!(!folder.join(BACKUP_NAME).exists());
}

/// The notice names the reset and why, and is still there once the
/// window has drawn its first frames.
fn assert_reset_said(folder: &Path, why: &str) {
    let app = restore(folder);
    assert_eq!(app.selection().unwrap().header.issuer, "");
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            egov_brief::app::fonts::install(&cc.egui_ctx);
            app
        });
    harness.run();
    let notice = &harness.state().status().expect("a notice").text;
    assert!(
        notice.contains("Không đọc được trạng thái đã lưu")
            && notice.contains("đã đặt lại lựa chọn, phần đầu văn bản")
            && notice.contains(why),
        "{notice}"
    );
}

#[test]
fn a_state_cut_short_after_the_first_save_is_reset_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    saved_once(dir.path());
    let main = dir.path().join(FILE_NAME);
    let bytes = std::fs::read(&main).unwrap();
    // Cut between two letters (a cut inside a Vietnamese letter is another
    // damage, "không phải văn bản UTF-8").
    let mut cut = bytes.len() / 2;
    while bytes[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    std::fs::write(&main, &bytes[..cut]).unwrap();
    assert_reset_said(dir.path(), "nội dung hỏng");
    assert_eq!(aside(dir.path()).len(), 1);
}

#[test]
fn a_folder_in_place_of_the_state_is_reset_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(FILE_NAME).join("x")).unwrap();
    assert_reset_said(dir.path(), "không phải một tệp thông thường");
}

#[test]
fn a_state_over_eight_megabytes_is_reset_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    saved_once(dir.path());
    let big = format!("{{\"a\": \"{}\"}}", "x".repeat(9 * 1024 * 1024));
    std::fs::write(dir.path().join(FILE_NAME), big).unwrap();
    assert_reset_said(dir.path(), "quá lớn");
}

#[test]
fn set_aside_copies_never_replace_each_other() {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..3u8 {
        std::fs::write(dir.path().join(FILE_NAME), [b'{', b'0' + n]).unwrap();
        let f = StateFile::open(dir.path());
        assert!(f.notice.is_some());
    }
    let kept: Vec<Vec<u8>> = aside(dir.path())
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert_eq!(kept.len(), 3, "{kept:?}");
    for n in 0..3u8 {
        assert!(kept.contains(&vec![b'{', b'0' + n]), "copy {n} lost");
    }
}
