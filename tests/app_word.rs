//! Word from the window (issue 11): "Xuất Word…" next to "Xuất PDF…",
//! the type chosen in the in-app dialog, Ctrl+E repeating the last
//! format, and that format remembered between runs.

use std::io::{Cursor, Read};
use std::path::Path;

use egov_brief::app::{self, Answer, EgovApp, StatusKind};
use egov_brief::export::FileType;
use egui_kittest::kittest::Queryable;

use crate::app::{FakeDialog, MemoryStorage, harness_with, read_pdf, status};
use crate::support::catalog;

/// The text of the Word document's body part.
fn document_xml(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a .docx is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("a Word body part")
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn xuat_word_writes_a_docx_and_ctrl_e_repeats_it() {
    let dir = tempfile::tempdir().unwrap();
    // No extension: the format of the button is added.
    let dialog = FakeDialog::saving_to(dir.path().join("bao-cao"));
    let asked = dialog.asked.clone();
    let mut harness = harness_with(dialog, None);
    assert_eq!(harness.state().export_format(), Some(FileType::Pdf));

    harness.get_by_label("Xuất Word…").click();
    harness.run();
    assert_eq!(*asked.borrow(), vec!["Bao-cao-tom-tat-2026-11-23.docx"]);
    let path = dir.path().join("bao-cao.docx");
    let xml = document_xml(&path);
    assert!(xml.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(xml.contains("CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"));
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert!(
        text.contains("bao-cao.docx") && text.contains("Word"),
        "{text}"
    );
    assert_eq!(harness.state().export_format(), Some(FileType::Docx));

    // Ctrl+E now asks for a Word file.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert_eq!(
        asked.borrow().last().map(String::as_str),
        Some("Bao-cao-tom-tat-2026-11-23.docx")
    );
}

#[test]
fn a_pdf_name_typed_in_the_word_dialog_makes_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("ban-in.PDF"));
    let mut harness = harness_with(dialog, None);
    harness.get_by_label("Xuất Word…").click();
    harness.run();
    let (bytes, pages) = read_pdf(&dir.path().join("ban-in.PDF"));
    assert!(bytes.starts_with(b"%PDF") && pages >= 2);
    assert_eq!(harness.state().export_format(), Some(FileType::Pdf));
}

#[test]
fn the_in_app_dialog_offers_word_and_switches_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog {
        outcome: Some(Answer::Unavailable("không có zenity".into())),
        folder: Some(dir.path().to_path_buf()),
        ..FakeDialog::default()
    };
    let mut harness = harness_with(dialog, None);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    let name = || "Bao-cao-tom-tat-2026-11-23";
    assert_eq!(
        harness.get_by_label("Tên tệp").value(),
        Some(format!("{}.pdf", name()))
    );
    harness.get_by_label("Word (.docx)").click();
    harness.run();
    assert_eq!(
        harness.get_by_label("Tên tệp").value(),
        Some(format!("{}.docx", name()))
    );
    harness.get_by_label("Lưu").click();
    harness.run();
    let folder = std::fs::canonicalize(dir.path()).unwrap();
    let xml = document_xml(&folder.join(format!("{}.docx", name())));
    assert!(
        xml.contains("BÁO CÁO TÓM TẮT"),
        "the title is in the Word file"
    );
    assert_eq!(status(&harness).0, StatusKind::Success);
    assert_eq!(harness.state().export_format(), Some(FileType::Docx));
}

#[test]
fn the_last_format_is_remembered_between_runs() {
    use eframe::App as _;
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("bao-cao.docx"));
    let mut harness = harness_with(dialog, None);
    harness.get_by_label("Xuất Word…").click();
    harness.run();
    let mut storage = MemoryStorage::default();
    harness.state_mut().save(&mut storage);
    assert_eq!(
        storage.0.get(app::persist::FORMAT_KEY).map(String::as_str),
        Some("docx")
    );
    let again = EgovApp::restore(catalog(), Box::new(FakeDialog::default()), Some(&storage));
    assert_eq!(again.export_format(), Some(FileType::Docx));

    // Nothing (or nonsense) stored: PDF.
    storage
        .0
        .insert(app::persist::FORMAT_KEY.into(), "odt".into());
    let again = EgovApp::restore(catalog(), Box::new(FakeDialog::default()), Some(&storage));
    assert_eq!(again.export_format(), Some(FileType::Pdf));
}
