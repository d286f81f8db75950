//! What the window remembers between runs, and the datasets it opens:
//! the saved selection (and a corrupt one), the bundled data failing to
//! load, a user dataset extending the data or explained when it is bad.

use std::path::{Path, PathBuf};

use egov_brief::app::{self, EgovApp, StatusKind};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::app::{FakeDialog, MemoryStorage, counter, harness, harness_with};
use crate::support::catalog;

#[test]
fn the_selection_is_remembered_between_runs() {
    use eframe::App as _;
    let mut harness = harness();
    harness.get_by_label("2016–2020").click();
    harness.run();
    let mut storage = MemoryStorage::default();
    harness.state_mut().save(&mut storage);
    let saved = harness.state().selection().unwrap().clone();

    let app = EgovApp::restore(catalog(), Box::new(FakeDialog::default()), Some(&storage));
    assert_eq!(app.selection(), Some(&saved));
    assert_eq!(app.status(), None);
}

#[test]
fn a_corrupt_saved_state_is_ignored_with_a_notice() {
    let mut storage = MemoryStorage::default();
    eframe::Storage::set_string(&mut storage, app::persist::KEY, "{\"topics\": [1, 2".into());
    let catalog = catalog();
    let default = app::default_selection(&catalog);
    let app = EgovApp::restore(catalog, Box::new(FakeDialog::default()), Some(&storage));
    let sel = app.selection().unwrap();
    assert_eq!(sel.topics, default.topics);
    assert_eq!((sel.from, sel.to), (2014, 2030));
    let status = app.status().expect("a notice");
    assert!(
        status.text.contains("Không đọc được lựa chọn đã lưu"),
        "{}",
        status.text
    );

    // A saved state from another dataset: unknown topics dropped, said so.
    let mut storage = MemoryStorage::default();
    eframe::Storage::set_string(
        &mut storage,
        app::persist::KEY,
        r#"{"topics": ["khong-con", "ky-nang-so"], "from": 1900, "to": 2020}"#.into(),
    );
    let app = EgovApp::restore(
        egov_brief::data::load_bundled().unwrap(),
        Box::new(FakeDialog::default()),
        Some(&storage),
    );
    let sel = app.selection().unwrap();
    assert_eq!(sel.topics, vec!["ky-nang-so".to_string()]);
    assert_eq!(sel.from, egov_brief::brief::selection::MIN_YEAR);
    assert!(app.status().unwrap().text.contains("bỏ 1 chủ đề"));
}

#[test]
fn a_dataset_that_fails_to_load_is_shown_in_the_window() {
    // A real load failure, through the start-up path the window takes.
    let loaded = egov_brief::data::load_dataset(
        "dataset.json",
        "{\"schema_version\": 1,",
        egov_brief::data::SeedStore::default(),
    );
    let message = match &loaded {
        Ok(_) => panic!("a broken JSON fails"),
        Err(e) => e.to_string(),
    };
    assert!(message.contains("dataset.json"), "{message}");
    let loaded = std::cell::Cell::new(Some(loaded));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .build_eframe(|cc| {
            app::fonts::install(&cc.egui_ctx);
            let loaded = loaded.take().expect("built once");
            EgovApp::start(loaded, Box::new(FakeDialog::default()), None, None)
        });
    harness.run();
    harness.get_by_label("Không tải được dữ liệu đi kèm chương trình");
    harness.get_by_label(&message);
    assert_eq!(harness.state().selection(), None);
}

// ---- Opening a user dataset ----

/// A small dataset next to its article, extending the bundled data.
pub(crate) fn user_dataset(dir: &Path, valid: bool) -> PathBuf {
    let seed = "Tỉnh Y báo cáo.\nNăm 2024, tỉ lệ hồ sơ trực tuyến của tỉnh Y đạt 61,2%.\n";
    std::fs::write(dir.join("tinh-y.txt"), seed).unwrap();
    let quote = "Năm 2024, tỉ lệ hồ sơ trực tuyến của tỉnh Y đạt 61,2%.";
    let start = seed.find(quote).unwrap();
    let indicator = if valid { "y-ho-so" } else { "khong-co-chi-so" };
    let json = serde_json::json!({
        "schema_version": 1, "extends_bundled": true,
        "sources": [{"id": "Y1", "seed_file": "tinh-y.txt", "publisher": "Sở TT&TT tỉnh Y",
                     "title": "Báo cáo tỉnh Y", "published": "2025-01-02",
                     "body": [{"start": 0, "end": seed.len()}]}],
        "topics": [{"id": "tinh-y", "name": "Tỉnh Y"}],
        "indicators": [{"id": "y-ho-so", "topic": "tinh-y", "name": "Tỉ lệ hồ sơ trực tuyến tỉnh Y",
                        "definition": "Hồ sơ trực tuyến trên tổng số hồ sơ", "unit": {"type": "percent"},
                        "direction": "higher_is_better"}],
        "facts": [{"id": "y-2024", "topic": "tinh-y", "source": "Y1",
                   "quote": {"text": quote, "start": start, "end": start + quote.len()},
                   "date": {"when": "2024", "role": "measured"},
                   "summary": "Tỉ lệ hồ sơ trực tuyến của tỉnh Y đạt 61,2%.",
                   "kind": {"type": "measurement", "indicator": indicator,
                            "value": {"value": 61.2, "text": "61,2%"}}}]
    });
    let path = dir.join("tinh-y.json");
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    path
}

#[test]
fn opening_a_dataset_extends_the_data_and_the_preview() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog {
        dataset: Some(user_dataset(dir.path(), true)),
        ..FakeDialog::default()
    };
    let mut harness = harness_with(dialog, None);
    let before = harness.state().fact_count().unwrap();
    harness.get_by_label("Mở bộ dữ liệu…").click();
    harness.run();
    assert_eq!(harness.state().fact_count(), Some(before + 1));
    assert!(harness.state().dataset_file().is_some());
    // The new topic is offered and can be chosen.
    harness.get_by_label("Bỏ chọn").click();
    harness.run();
    harness.get_by_label("Tỉnh Y").click();
    harness.run();
    assert_eq!(counter(&harness).1, 1, "one page for one small topic");
    // And back to the bundled data.
    harness.get_by_label("Dùng dữ liệu đi kèm").click();
    harness.run();
    assert_eq!(harness.state().fact_count(), Some(before));
    assert!(harness.state().dataset_file().is_none());
}

#[test]
fn a_bad_dataset_is_explained_and_the_current_data_kept() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog {
        dataset: Some(user_dataset(dir.path(), false)),
        ..FakeDialog::default()
    };
    let mut harness = harness_with(dialog, None);
    let before = harness.state().fact_count().unwrap();
    let pages = counter(&harness).1;
    harness.get_by_label("Mở bộ dữ liệu…").click();
    harness.run();
    let error = harness
        .state()
        .dataset_error()
        .expect("the problem is shown")
        .to_string();
    assert!(
        error.contains("y-2024") && error.contains("khong-co-chi-so"),
        "{error}"
    );
    assert_eq!(harness.state().fact_count(), Some(before));
    assert_eq!(harness.state().status().unwrap().kind, StatusKind::Error);
    assert_eq!(counter(&harness).1, pages);
    harness.get_by_label("Đóng").click();
    harness.run();
    assert!(harness.state().dataset_error().is_none());
}

#[test]
fn cancelling_the_dataset_dialog_changes_nothing() {
    let mut harness = harness();
    let before = harness.state().fact_count();
    harness.get_by_label("Mở bộ dữ liệu…").click();
    harness.run();
    assert_eq!(harness.state().fact_count(), before);
    assert!(harness.state().dataset_error().is_none());
}
