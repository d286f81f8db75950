//! The workbench's logic without the window: a candidate becomes a fact
//! that the loader and `egov-brief check` accept; a disagreeing value can
//! be recorded as a conflict; deleting and undoing rewrite the file; text
//! not in NFC keeps its offsets right.

use std::process::Command;

use egov_brief::curate::build::assess;
use egov_brief::curate::draft::{ArticleDraft, FactForm, IndicatorChoice, SourceForm};
use egov_brief::curate::user_data::{UserData, default_path};
use egov_brief::data::load_dataset_file;
use unicode_normalization::UnicodeNormalization;

const FIXTURE: &str = include_str!("fixtures/khao-sat-2024.txt");

/// The form of the candidate that contains `needle`.
fn form_for(article: &ArticleDraft, user: &UserData, needle: &str) -> FactForm {
    let c = article
        .candidates
        .iter()
        .find(|c| c.text.contains(needle))
        .expect("a candidate");
    let catalog = user.catalog().unwrap();
    FactForm::from_candidate(c, article.meta.published, &catalog)
}

#[test]
fn a_saved_fact_loads_and_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut user = UserData::open(&default_path(dir.path())).unwrap();
    let article = ArticleDraft::new(FIXTURE);
    let source = SourceForm::from_meta(&article.meta);
    assert_eq!(source.published, "18/9/2024");
    let form = form_for(&article, &user, "45,5%");
    // "trong 8 tháng đầu năm" has no year: the page date, said to be inferred.
    assert_eq!(form.date, "18/9/2024");
    assert!(form.inferred.contains("ngày đăng"), "{}", form.inferred);
    assert_eq!(
        form.indicator,
        IndicatorChoice::Existing("online-dossier-share".into())
    );
    let catalog = user.catalog().unwrap();
    let result = assess(&article, &source, &form, &user, &catalog);
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    user.change(result.next.unwrap()).unwrap();

    let c = load_dataset_file(&user.path).expect("the saved file loads");
    let f = c.fact(&result.fact_id).unwrap();
    assert_eq!(f.quote.text, form.quote);
    let out = Command::new(env!("CARGO_BIN_EXE_egov-brief"))
        .arg("check")
        .arg(&user.path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_disagreeing_value_can_be_recorded_as_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let mut user = UserData::open(&default_path(dir.path())).unwrap();
    let text = "Tin mẫu về xếp hạng\n\nTheo một bài tổng kết đăng lại, năm 2020 Việt Nam xếp \
        hạng 88/193 quốc gia về Chính phủ điện tử (EGDI) của Liên Hợp Quốc, một con số khác với \
        các nguồn trước đó.\n";
    let article = ArticleDraft::new(text);
    let source = SourceForm::from_meta(&article.meta);
    let mut form = form_for(&article, &user, "88/193");
    assert_eq!(form.date, "2020");
    let catalog = user.catalog().unwrap();
    let result = assess(&article, &source, &form, &user, &catalog);
    assert!(
        result
            .disagreeing
            .iter()
            .any(|id| id == "egdi-2020-world-s000"),
        "{:?}",
        result.disagreeing
    );
    // Asked to record it, but without a description: not valid yet.
    form.record_conflict = true;
    let result = assess(&article, &source, &form, &user, &catalog);
    assert!(result.next.is_none());
    form.conflict_note = "Bài đăng lại ghi 88/193, thoidai.com.vn ghi 86/193.".into();
    let result = assess(&article, &source, &form, &user, &catalog);
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    let c = user.change(result.next.unwrap()).unwrap();
    let conflicts: Vec<_> = c.conflicts_of(&result.fact_id).collect();
    assert_eq!(conflicts.len(), 1);
    assert!(
        conflicts[0]
            .facts
            .contains(&"egdi-2020-world-s000".to_string())
    );
}

#[test]
fn delete_and_undo_rewrite_the_file_and_nfd_text_keeps_its_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let mut user = UserData::open(&default_path(dir.path())).unwrap();
    // An article pasted in decomposed form (as some input methods send).
    let article = ArticleDraft::new(&FIXTURE.nfd().collect::<String>());
    let source = SourceForm::from_meta(&article.meta);
    let form = form_for(&article, &user, "71/193");
    let catalog = user.catalog().unwrap();
    let result = assess(&article, &source, &form, &user, &catalog);
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    user.change(result.next.unwrap()).unwrap();
    // The 194 bundled facts (133 from articles, 61 from the UN tables),
    // the register's 18 dated rows (16 until Luật 72/2025/QH15 got its day
    // and the Law on Digital Transformation was added, 7/12/2026) and this one.
    assert_eq!(load_dataset_file(&user.path).unwrap().facts().len(), 213);

    let without = user.without_source(&result.source_id);
    assert!(without.data.facts.is_empty() && without.data.sources.is_empty());
    user.change(without).unwrap();
    assert_eq!(load_dataset_file(&user.path).unwrap().facts().len(), 212);
    assert!(user.can_undo());
    user.undo().unwrap();
    let c = load_dataset_file(&user.path).unwrap();
    assert_eq!(c.facts().len(), 213);
    assert!(c.fact(&result.fact_id).is_some());

    // A dataset that replaces the bundled one is not the user's additions.
    let other = dir.path().join("thay-the.json");
    std::fs::write(
        &other,
        r#"{"schema_version":1,"sources":[],"topics":[],"indicators":[],"facts":[]}"#,
    )
    .unwrap();
    assert!(UserData::open(&other).is_err());
}

#[test]
fn an_html_article_is_kept_as_the_text_its_offsets_refer_to() {
    let dir = tempfile::tempdir().unwrap();
    let mut user = UserData::open(&default_path(dir.path())).unwrap();
    let html =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/khao-sat-2024.html");
    let read = egov_brief::curate::read_article(&html).unwrap();
    let article = ArticleDraft::new(&read.text);
    let source = SourceForm::from_meta(&article.meta);
    let form = form_for(&article, &user, "71/193");
    let catalog = user.catalog().unwrap();
    let started = std::time::Instant::now();
    let result = assess(&article, &source, &form, &user, &catalog);
    eprintln!("assess (build + full validation): {:?}", started.elapsed());
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    user.change(result.next.unwrap()).unwrap();
    let c = load_dataset_file(&user.path).unwrap();
    let f = c.fact(&result.fact_id).unwrap();
    let s = c.source(&f.source).unwrap();
    let kept = std::fs::read_to_string(dir.path().join(&s.seed_file)).unwrap();
    assert_eq!(kept, article.text);
    assert!(!kept.contains('<'), "the text, not the HTML, is kept");
    assert_eq!(&kept[f.quote.start..f.quote.end], f.quote.text);
}

#[test]
fn the_same_article_opened_again_reuses_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut user = UserData::open(&default_path(dir.path())).unwrap();
    let article = ArticleDraft::new(FIXTURE);
    let source = SourceForm::from_meta(&article.meta);
    let form = form_for(&article, &user, "71/193");
    let catalog = user.catalog().unwrap();
    let result = assess(&article, &source, &form, &user, &catalog);
    user.change(result.next.unwrap()).unwrap();

    let mut again = ArticleDraft::new(FIXTURE);
    let source = again
        .reuse_source(&user.now)
        .expect("found as a saved source");
    assert_eq!(again.source_id.as_deref(), Some(result.source_id.as_str()));
    let mut form = form_for(&again, &user, "45,5%");
    form.value = "46%".into();
    let catalog = user.catalog().unwrap();
    let bad = assess(&again, &source, &form, &user, &catalog);
    assert!(
        bad.problems.iter().any(|p| p.contains("giá trị \"46%\"")),
        "{:?}",
        bad.problems
    );
    form.value = "45,5%".into();
    let result = assess(&again, &source, &form, &user, &catalog);
    let next = result.next.unwrap();
    assert_eq!(next.data.sources.len(), 1);
    assert_eq!(next.texts.len(), 1);
    assert_eq!(next.data.facts.len(), 2);
}

#[test]
fn a_save_over_a_file_changed_elsewhere_is_refused_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = default_path(dir.path());
    // Two windows on the same dataset.
    let mut first = UserData::open(&path).unwrap();
    let mut second = UserData::open(&path).unwrap();
    let article = ArticleDraft::new(FIXTURE);
    let source = SourceForm::from_meta(&article.meta);
    let form = form_for(&article, &first, "71/193");
    let catalog = first.catalog().unwrap();
    let result = assess(&article, &source, &form, &first, &catalog);
    first.change(result.next.unwrap()).unwrap();
    let written = std::fs::read(&path).unwrap();

    let unchanged = second.now.clone();
    let e = second.change(unchanged).unwrap_err().to_string();
    assert!(e.contains("thay đổi từ bên ngoài"), "{e}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        written,
        "the first window's fact kept"
    );
    assert!(!second.can_undo());
    // Opened again, it sees the first window's fact and can save.
    let mut second = UserData::open(&path).unwrap();
    assert_eq!(second.now.data.facts.len(), 1);
    let same = second.now.clone();
    second.change(same).unwrap();
}
