//! The window on a real official's laptop (issue 9): no native save dialog,
//! an empty issuing body, a new day, messages that fit the moment, typed
//! Vietnamese, the clipboard and a 1280×672 screen.

use egov_brief::app::{self, Answer, EgovApp, StatusKind};
use egov_brief::brief::Day;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use unicode_normalization::{UnicodeNormalization, is_nfc};

use crate::app::{
    FakeDialog, MemoryStorage, copied, first_run_selection, harness_with, open_first_citation,
    read_pdf, status,
};
use crate::support::{DATE, catalog};

const NAME: &str = "Bao-cao-tom-tat-2026-11-23.pdf";

fn no_native_dialog(dir: &std::path::Path, outcome: Answer) -> FakeDialog {
    FakeDialog {
        outcome: Some(outcome),
        folder: Some(dir.to_path_buf()),
        ..FakeDialog::default()
    }
}

#[test]
fn a_dialog_error_is_not_a_cancel_and_the_in_app_dialog_takes_over() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = no_native_dialog(dir.path(), Answer::Failed("portal crashed".into()));
    let mut harness = harness_with(dialog, None);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Error, "{text}");
    assert!(
        text.contains("portal crashed") && !text.contains("huỷ"),
        "{text}"
    );
    // The in-app dialog is open, with the default name.
    assert_eq!(
        harness.get_by_label("Tên tệp").value().as_deref(),
        Some(NAME)
    );
    harness.get_by_label("Huỷ").click();
    harness.run();
    assert_eq!(
        status(&harness),
        (StatusKind::Info, "Đã huỷ xuất PDF.".into())
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn without_a_native_dialog_ctrl_e_saves_through_the_in_app_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = no_native_dialog(dir.path(), Answer::Unavailable("không có zenity".into()));
    let mut harness = harness_with(dialog, None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Info);
    assert!(text.contains("không có zenity"), "{text}");
    let folder = std::fs::canonicalize(dir.path()).unwrap();
    assert_eq!(
        harness.get_by_label("Thư mục").value().as_deref(),
        Some(folder.display().to_string().as_str())
    );
    harness.get_by_label("Lưu").click();
    harness.run();
    let path = folder.join(NAME);
    let (bytes, pages) = read_pdf(&path);
    assert!(bytes.starts_with(b"%PDF") && pages >= 2);
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    // After export: open the file, its folder, print.
    for action in ["Mở tệp", "Mở thư mục", "In…"] {
        harness.get_by_label(action);
    }

    // Again, somewhere else: the dialog starts in the same folder; the file
    // is there, so it asks before replacing it.
    std::fs::write(&path, b"the earlier brief").unwrap();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness.get_by_label("Lưu ở chỗ khác").click();
    harness.run();
    harness.get_by_label("Lưu").click();
    harness.run();
    assert!(harness.query_by_label_contains("đã có").is_some());
    assert_eq!(std::fs::read(&path).unwrap(), b"the earlier brief");
    harness.get_by_label("Ghi đè").click();
    harness.run();
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    assert_eq!(status(&harness).0, StatusKind::Success);
}

#[test]
fn an_empty_issuing_body_is_confirmed_once() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("bao-cao.pdf"));
    let asked = dialog.asked.clone();
    let mut sel = first_run_selection(&catalog());
    sel.header.issuer = "  ".into();
    let mut harness = harness_with(dialog, Some(sel));

    // "Back to typing": nothing asked, nothing written.
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    harness.get_by_label(app::EMPTY_ISSUER_QUESTION);
    assert!(asked.borrow().is_empty());
    harness.get_by_label("Quay lại nhập").click();
    harness.run();
    assert!(harness.query_by_label(app::EMPTY_ISSUER_QUESTION).is_none());
    assert!(!dir.path().join("bao-cao.pdf").exists());

    // "Export anyway": saved; the next export does not ask again.
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    harness.get_by_label("Vẫn xuất").click();
    harness.run();
    assert!(dir.path().join("bao-cao.pdf").exists());
    assert_eq!(asked.borrow().len(), 1);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    assert!(harness.query_by_label(app::EMPTY_ISSUER_QUESTION).is_none());
    assert_eq!(asked.borrow().len(), 2);
}

#[test]
fn a_new_day_resets_the_signing_date_unless_it_is_pinned() {
    use eframe::App as _;
    let next_day = Day { day: 24, ..DATE };
    let saved = |pinned: bool| {
        let mut sel = first_run_selection(&catalog());
        sel.header.date_pinned = pinned;
        let mut storage = MemoryStorage::default();
        let json = serde_json::to_string(&sel).unwrap();
        storage.0.insert(app::persist::KEY.into(), json);
        storage
            .0
            .insert(app::persist::SAVED_ON_KEY.into(), DATE.iso());
        storage
    };
    let restore = |storage: &MemoryStorage, today| {
        EgovApp::restore_on(
            catalog(),
            Box::new(FakeDialog::default()),
            Some(storage),
            today,
        )
    };

    let app = restore(&saved(false), next_day);
    assert_eq!(app.selection().unwrap().header.date, next_day);
    let notice = &app.status().expect("a notice").text;
    assert!(
        notice.contains("đặt lại là hôm nay, 24/11/2026"),
        "{notice}"
    );

    // The same day: the date chosen stays.
    let app = restore(&saved(false), DATE);
    assert_eq!(app.selection().unwrap().header.date, DATE);
    assert_eq!(app.status(), None);

    // Pinned ("Giữ ngày này"): stays, and the pin is remembered.
    let app = restore(&saved(true), next_day);
    assert_eq!(app.selection().unwrap().header.date, DATE);
    assert_eq!(app.status(), None);

    let mut harness = harness_with(FakeDialog::default(), None);
    harness.get_by_label("Giữ ngày này").click();
    harness.run();
    let mut storage = MemoryStorage::default();
    harness.state_mut().save(&mut storage);
    let app = restore(&storage, Day { year: 2030, ..DATE });
    assert!(app.selection().unwrap().header.date_pinned);
    assert_eq!(app.selection().unwrap().header.date, DATE);
}

#[test]
fn a_window_left_open_past_midnight_signs_with_the_new_day() {
    use std::cell::Cell;
    use std::rc::Rc;
    let now = Rc::new(Cell::new(DATE));
    let mut harness = harness_with(FakeDialog::default(), None);
    let clock = now.clone();
    harness.state_mut().set_clock(Box::new(move || clock.get()));
    harness.run();
    assert_eq!(harness.state().selection().unwrap().header.date, DATE);
    let next_day = Day { day: 24, ..DATE };
    now.set(next_day);
    harness.run();
    assert_eq!(harness.state().selection().unwrap().header.date, next_day);
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Info);
    assert!(text.contains("24/11/2026"), "{text}");
    // The preview follows: the place and date line reads the new day.
    let b = harness.state().briefing().expect("a briefing");
    assert!(
        b.document
            .header
            .place_date
            .contains("ngày 24 tháng 11 năm 2026"),
        "{}",
        b.document.header.place_date
    );
}

#[test]
fn a_status_message_clears_on_the_next_selection_change() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("a.pdf"));
    let mut harness = harness_with(dialog, None);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    assert_eq!(status(&harness).0, StatusKind::Success);
    harness.get_by_label("2016–2020").click();
    harness.run();
    assert_eq!(harness.state().status(), None);
}

/// Focuses the labelled field and empties it.
fn clear_field(harness: &mut Harness<'static, EgovApp>, label: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
}

#[test]
fn decomposed_typed_text_gives_an_nfc_header() {
    let mut harness = harness_with(FakeDialog::default(), None);
    clear_field(&mut harness, "Cơ quan ban hành");
    // What an input method in "Unicode tổ hợp" mode sends.
    let typed: String = "Sở Thông tin\nTrung tâm Việt Nam".nfd().collect();
    assert!(!is_nfc(&typed));
    harness.event(egui::Event::Text(typed.clone()));
    harness.run();
    let sel = harness.state().selection().unwrap().clone();
    // The field holds what was typed, composed (the literal below is
    // NFC, as this source file is).
    assert!(is_nfc("Sở Thông tin\nTrung tâm Việt Nam"));
    assert_eq!(sel.header.issuer, "Sở Thông tin\nTrung tâm Việt Nam");
    let doc = egov_brief::brief::compose(&catalog(), &sel).unwrap();
    assert_eq!(
        doc.header.issuer_lines,
        ["SỞ THÔNG TIN", "TRUNG TÂM VIỆT NAM"]
    );
    assert!(doc.header.issuer_lines.iter().all(|l| is_nfc(l)));
    // And what is saved for the next run is NFC.
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let json = &storage.0[app::persist::KEY];
    assert!(
        is_nfc(json) && json.contains("Trung tâm Việt Nam"),
        "{json}"
    );
}

/// Types like Unikey on Windows: each step deletes `back` characters with
/// Backspace, then sends the replacement text.
fn unikey(harness: &mut Harness<'static, EgovApp>, steps: &[(usize, &str)]) {
    for &(back, text) in steps {
        for _ in 0..back {
            harness.key_press(egui::Key::Backspace);
        }
        harness.event(egui::Event::Text(text.into()));
        harness.run();
    }
}

#[test]
fn unikey_backspace_sequences_compose_vietnamese() {
    let mut harness = harness_with(FakeDialog::default(), None);
    clear_field(&mut harness, "Địa danh");
    // Telex "Vieejt Nam": e e → ê, j → ệ.
    let steps = [
        (0, "V"),
        (0, "i"),
        (0, "e"),
        (1, "ê"),
        (1, "ệ"),
        (0, "t"),
        (0, " "),
        (0, "N"),
        (0, "a"),
        (0, "m"),
    ];
    unikey(&mut harness, &steps);
    assert_eq!(
        harness.state().selection().unwrap().header.place,
        "Việt Nam"
    );
    // Telex "tieengs": the tone moves back over three letters.
    unikey(
        &mut harness,
        &[
            (0, " t"),
            (0, "i"),
            (0, "e"),
            (1, "ê"),
            (0, "n"),
            (0, "g"),
            (3, "ếng"),
        ],
    );
    assert_eq!(
        harness.state().selection().unwrap().header.place,
        "Việt Nam tiếng"
    );
}

#[test]
fn copy_quote_puts_the_quote_and_its_source_on_the_clipboard() {
    let mut harness = harness_with(FakeDialog::default(), None);
    open_first_citation(&mut harness);
    let c = harness.state().open_citation().unwrap();
    let catalog = catalog();
    let fact = &catalog.facts()[c.fact];
    harness.get_by_label("Sao chép trích dẫn").click();
    harness.step();
    let copied = copied(&harness).expect("text was copied");
    assert!(copied.contains(&fact.quote.text), "{copied}");
    assert!(copied.contains("(Nguồn: "), "{copied}");
}

#[test]
fn a_1280_by_672_laptop_keeps_one_toolbar_row_and_the_status_line() {
    let mut harness = harness_with(FakeDialog::default(), None);
    harness.set_size(egui::vec2(1280.0, 672.0));
    harness.run();
    harness.get_by_label("Nguồn tham khảo").click();
    harness.run();
    let export = harness.get_by_label("Xuất PDF…").rect();
    let refs = harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Nguồn tham khảo")
        .rect();
    assert!(
        (export.center().y - refs.center().y).abs() < 2.0,
        "{export:?} {refs:?}"
    );
    assert!(export.bottom() < 60.0);
    let ready = harness.get_by_label_contains("Sẵn sàng").rect();
    assert!(ready.bottom() <= 672.0, "{ready:?}");
    // The toolbar spans the window: zoom fits in the row too.
    harness.get_by_label("Vừa chiều rộng");
}
