//! The in-app save dialog (no portal, no zenity): it starts where the last
//! export of the same format went, can make a folder, lists PDF and Word
//! files with the chosen type first, closes only by Lưu or Huỷ; Ctrl+E
//! after an export offers to save over it or somewhere else.

use std::path::{Path, PathBuf};

use egov_brief::app::{Answer, EgovApp, StatusKind};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::app::{FakeDialog, MemoryStorage, harness_with, status};
use crate::support::{DATE, catalog};

const PDF: &str = "Bao-cao-tom-tat-2026-11-23.pdf";
const DOCX: &str = "Bao-cao-tom-tat-2026-11-23.docx";

/// The window on a machine without a native dialog, the in-app one
/// starting in `dir`.
fn window(dir: &Path) -> Harness<'static, EgovApp> {
    let dialog = FakeDialog {
        outcome: Some(Answer::Unavailable("không có zenity".into())),
        folder: Some(dir.to_path_buf()),
        ..FakeDialog::default()
    };
    harness_with(dialog, None)
}

fn folder_shown(harness: &Harness<'static, EgovApp>) -> PathBuf {
    PathBuf::from(harness.get_by_label("Thư mục").value().unwrap())
}

/// The names listed in the dialog, in order.
fn listed(harness: &Harness<'static, EgovApp>, names: &[&str]) -> Vec<String> {
    let mut found: Vec<(f32, String)> = names
        .iter()
        .filter_map(|n| {
            harness
                .query_by_label(n)
                .map(|node| (node.rect().top(), n.to_string()))
        })
        .collect();
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found.into_iter().map(|(_, n)| n).collect()
}

fn ctrl_e(harness: &mut Harness<'static, EgovApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
}

#[test]
fn a_new_folder_is_made_and_the_next_export_starts_there() {
    let dir = tempfile::tempdir().unwrap();
    let home = std::fs::canonicalize(dir.path()).unwrap();
    let mut harness = window(&home);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    assert_eq!(folder_shown(&harness), home);
    harness.get_by_label("Thư mục mới").click();
    harness.run();
    harness
        .get_by_label("Tên thư mục mới")
        .type_text("Họp giao ban");
    harness.run();
    harness.get_by_label("Tạo").click();
    harness.run();
    let made = home.join("Họp giao ban");
    assert!(made.is_dir());
    assert_eq!(folder_shown(&harness), made);
    harness.get_by_label("Lưu").click();
    harness.run();
    assert!(std::fs::read(made.join(PDF)).unwrap().starts_with(b"%PDF"));

    // A Word export has no folder of its own yet; the next PDF one starts
    // in the new folder (the button, not Ctrl+E: straight to the dialog).
    harness.get_by_label("Xuất Word…").click();
    harness.run();
    assert_eq!(folder_shown(&harness), home);
    harness.get_by_label("Huỷ").click();
    harness.run();
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    assert_eq!(folder_shown(&harness), made);
}

#[test]
fn the_export_folder_is_kept_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let home = std::fs::canonicalize(dir.path()).unwrap();
    let made = home.join("Giao ban tuần");
    let mut harness = window(&home);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    harness.get_by_label("Thư mục mới").click();
    harness.run();
    harness
        .get_by_label("Tên thư mục mới")
        .type_text("Giao ban tuần");
    harness.run();
    harness.get_by_label("Tạo").click();
    harness.run();
    assert_eq!(folder_shown(&harness), made);
    harness.get_by_label("Lưu").click();
    harness.run();
    assert!(made.join(PDF).exists());

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let dialog = FakeDialog {
        outcome: Some(Answer::Unavailable("không có zenity".into())),
        folder: Some(home.clone()),
        ..FakeDialog::default()
    };
    let mut again = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            egov_brief::app::fonts::install(&cc.egui_ctx);
            EgovApp::restore_on(catalog(), Box::new(dialog), Some(&storage), DATE)
        });
    again.run();
    again.get_by_label("Xuất PDF…").click();
    again.run();
    assert_eq!(folder_shown(&again), made, "the folder of the last run");
    again.get_by_label("Huỷ").click();
    again.run();
    again.get_by_label("Xuất Word…").click();
    again.run();
    assert_eq!(
        folder_shown(&again),
        home,
        "Word has no folder of its own yet"
    );
}

#[test]
fn the_word_dialog_lists_the_pdf_too_with_word_files_first() {
    let dir = tempfile::tempdir().unwrap();
    let home = std::fs::canonicalize(dir.path()).unwrap();
    for name in ["a-cu.pdf", "z-moi.docx", "ghi-chu.txt"] {
        std::fs::write(home.join(name), b"x").unwrap();
    }
    std::fs::create_dir(home.join("luu-tru")).unwrap();
    let mut harness = window(&home);
    harness.get_by_label("Xuất Word…").click();
    harness.run();
    let names = ["luu-tru/", "a-cu.pdf", "z-moi.docx", "ghi-chu.txt"];
    assert_eq!(
        listed(&harness, &names),
        ["luu-tru/", "z-moi.docx", "a-cu.pdf"]
    );
    // PDF chosen: PDF files first.
    harness.get_by_label("PDF").click();
    harness.run();
    assert_eq!(
        listed(&harness, &names),
        ["luu-tru/", "a-cu.pdf", "z-moi.docx"]
    );
}

#[test]
fn a_click_beside_the_dialog_does_not_cancel_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(dir.path());
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    let outside = egui::pos2(5.0, 895.0);
    harness.hover_at(outside);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: outside,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    harness.get_by_label("Lưu").click();
    harness.run();
    assert_eq!(status(&harness).0, StatusKind::Success);
    assert!(dir.path().join(PDF).exists());
}

#[test]
fn ctrl_e_offers_to_save_over_the_last_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(dir.path());
    harness.get_by_label("Xuất Word…").click();
    harness.run();
    harness.get_by_label("Lưu").click();
    harness.run();
    let file = dir.path().join(DOCX);
    std::fs::write(&file, b"older").unwrap();

    ctrl_e(&mut harness);
    harness.get_by_label(&format!("Lưu đè lên {DOCX}")).click();
    harness.run();
    assert!(
        std::fs::read(&file).unwrap().starts_with(b"PK"),
        "saved over"
    );
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert!(harness.query_by_label("Thư mục").is_none(), "no dialog");

    // "Lưu ở chỗ khác" opens the dialog in that folder.
    ctrl_e(&mut harness);
    harness.get_by_label("Lưu ở chỗ khác").click();
    harness.run();
    assert_eq!(
        folder_shown(&harness),
        std::fs::canonicalize(dir.path()).unwrap()
    );
}
