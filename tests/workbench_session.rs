//! The workbench's save/reload/check cycle without the window
//! (`curate::Session`): an article opened, a form filled and saved (the
//! user's dataset written whole, read back and checked), a save the check
//! refuses leaves the file as it was, and a file changed outside is read
//! again with the form kept. Expected values are written by hand.

use std::path::Path;

use egov_brief::curate::session::{RELOADED, Session};
use egov_brief::curate::user_data::{UserData, default_path};
use egov_brief::data::load_dataset_file;

const FIXTURE: &str = include_str!("fixtures/khao-sat-2024.txt");

/// A session on a new dataset in `dir`, with the fixture article opened
/// and the form of its sentence that holds `needle`.
fn session_with_form(dir: &Path, needle: &str) -> Session {
    let mut s = Session::default();
    s.open(default_path(dir));
    assert!(s.problem().is_none(), "{:?}", s.problem());
    s.start_article(FIXTURE);
    pick(&mut s, needle);
    s
}

fn pick(s: &mut Session, needle: &str) {
    let index = s
        .article
        .as_ref()
        .unwrap()
        .candidates
        .iter()
        .position(|c| c.text.contains(needle))
        .expect("a candidate");
    s.pick(index);
    assert!(s.form.is_some());
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The quotes of the facts in the dataset file, read as plain JSON.
fn quotes(path: &Path) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["quote"]["text"].as_str().unwrap_or("?").to_string())
        .collect()
}

#[test]
fn a_filled_form_is_saved_written_whole_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_with_form(dir.path(), "45,5%");
    assert_eq!(s.source.published, "18/9/2024");
    let saved = s.save().expect("the form passes the check");

    let path = default_path(dir.path());
    assert_eq!(saved.path, path);
    assert_eq!(
        saved.message,
        format!(
            // The summary's name is cut at 80 characters.
            "Đã lưu thông tin “Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trong 8 tháng đầu năm đạt 4…” vào {}.",
            path.display()
        )
    );
    assert_eq!(s.message.as_deref(), Some(saved.message.as_str()));
    // The form is done; the article now belongs to the saved source.
    assert!(s.form.is_none());
    assert!(s.article.as_ref().unwrap().source_id.is_some());
    // The dataset and the article's text, the writers' lock file, and no
    // staging folder (`.dang-ghi`) or half-written file left beside them.
    assert_eq!(
        names(dir.path()),
        [".dang-ghi.lock", "bai-viet-001.txt", "du-lieu-bo-sung.json"]
    );
    // Read by the loader and as plain JSON, not by the session.
    load_dataset_file(&path).expect("the saved file loads");
    assert_eq!(
        quotes(&path),
        ["Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trong 8 tháng đầu năm đạt 45,5%."]
    );
    assert_eq!(s.user().unwrap().now.data.facts.len(), 1);
    assert!(s.user().unwrap().can_undo());
}

#[test]
fn a_form_the_check_refuses_leaves_the_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_with_form(dir.path(), "45,5%");
    s.save().expect("the first fact is saved");
    let path = default_path(dir.path());
    let before = std::fs::read(&path).unwrap();

    pick(&mut s, "71/193");
    s.form.as_mut().unwrap().quote = "Một câu không có trong bài viết.".into();
    let problems = s.assessment().unwrap().problems.clone();
    assert!(!problems.is_empty());
    assert_eq!(s.save(), None);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(s.user().unwrap().now.data.facts.len(), 1);
    // Refused by the check, not by the file: nothing to reload.
    assert!(s.problem().is_none());
    assert!(s.form.is_some(), "the form stays to be corrected");
}

#[test]
fn a_file_changed_outside_is_reloaded_and_the_form_saved_onto_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = default_path(dir.path());
    let mut s = session_with_form(dir.path(), "45,5%");
    s.save().expect("the first fact is saved");
    let fact_id = s.user().unwrap().now.data.facts[0].id.clone();

    // Another window deletes that fact.
    let mut other = UserData::open(&path).unwrap();
    let without = other.without_fact(&fact_id);
    other.change(without).unwrap();
    let outside = std::fs::read(&path).unwrap();

    pick(&mut s, "71/193");
    assert_eq!(s.save(), None, "refused: the file changed outside");
    let problem = s.problem().unwrap();
    assert!(problem.reload);
    assert!(
        problem.text.contains("thay đổi từ bên ngoài"),
        "{}",
        problem.text
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        outside,
        "the other window's change kept"
    );

    s.reload();
    assert!(s.problem().is_none());
    assert_eq!(s.message.as_deref(), Some(RELOADED));
    assert!(s.form.is_some(), "the form being typed stays");
    assert_eq!(s.user().unwrap().now.data.facts.len(), 0);
    assert!(!s.user().unwrap().can_undo());

    s.save().expect("saved onto the new state");
    load_dataset_file(&path).expect("the saved file loads");
    assert_eq!(
        quotes(&path),
        [
            "Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc công bố ngày 17/9/2024, \
          Việt Nam xếp hạng 71/193 quốc gia về Chỉ số phát triển Chính phủ điện tử (EGDI), \
          tăng 15 bậc so với năm 2022."
        ]
    );
    assert_eq!(s.user().unwrap().now.data.facts.len(), 1);
}
