//! The app driven through its accessibility tree (egui_kittest).
//!
//! The app is built on the bundled catalog with a fake save dialog and a
//! fixed header date, so every run sees the same briefing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egov_brief::app::{self, EgovApp, FileDialogs, StatusKind};
use egov_brief::brief::Selection;
use egov_brief::data::Catalog;
use egov_brief::export::FileType;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{DATE, catalog};

/// Answers with paths chosen by the test and records what it was asked.
#[derive(Clone, Default)]
pub(crate) struct FakeDialog {
    pub(crate) answer: Option<PathBuf>,
    pub(crate) dataset: Option<PathBuf>,
    pub(crate) asked: Rc<RefCell<Vec<String>>>,
    /// When set, the save dialog answers this instead of `answer` (a
    /// dialog that could not be shown, or failed).
    pub(crate) outcome: Option<app::Answer>,
    /// Where the in-app dialog starts.
    pub(crate) folder: Option<PathBuf>,
}

impl FakeDialog {
    /// A save dialog that answers `path`.
    pub(crate) fn saving_to(path: PathBuf) -> Self {
        Self {
            answer: Some(path),
            ..Self::default()
        }
    }
}

impl FileDialogs for FakeDialog {
    fn save_export(&mut self, default_name: &str, _preferred: FileType) -> Option<PathBuf> {
        self.asked.borrow_mut().push(default_name.to_string());
        self.answer.clone()
    }

    fn open_dataset(&mut self) -> Option<PathBuf> {
        self.asked.borrow_mut().push("dataset".to_string());
        self.dataset.clone()
    }

    fn ask_save_export(&mut self, default_name: &str, preferred: FileType) -> app::Pending {
        match &self.outcome {
            Some(o) => {
                self.asked.borrow_mut().push(default_name.to_string());
                app::Pending::ready(o.clone())
            }
            None => app::Pending::ready(self.save_export(default_name, preferred).into()),
        }
    }

    fn fallback_folder(&self) -> PathBuf {
        self.folder.clone().unwrap_or_else(std::env::temp_dir)
    }
}

/// Every topic over 2014–2030, dated 23/11/2026, with an issuing body.
pub(crate) fn first_run_selection(catalog: &Catalog) -> Selection {
    let mut s = app::default_selection(catalog);
    s.header.date = DATE;
    s.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    s
}

pub(crate) fn harness_with(
    dialog: FakeDialog,
    saved: Option<Selection>,
) -> Harness<'static, EgovApp> {
    build(Harness::builder(), dialog, saved)
}

pub(crate) fn build(
    builder: egui_kittest::HarnessBuilder<EgovApp>,
    dialog: FakeDialog,
    saved: Option<Selection>,
) -> Harness<'static, EgovApp> {
    let catalog = catalog();
    let saved = Some(saved.unwrap_or_else(|| first_run_selection(&catalog)));
    let mut harness = builder
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            app::fonts::install(&cc.egui_ctx);
            cc.egui_ctx.set_theme(egui::Theme::Light);
            EgovApp::new(catalog, Box::new(dialog), saved)
        });
    harness.run();
    harness
}

pub(crate) fn harness() -> Harness<'static, EgovApp> {
    harness_with(FakeDialog::default(), None)
}

/// The page counter, "Trang i/n", as (i, n).
pub(crate) fn counter(harness: &Harness<'_, EgovApp>) -> (usize, usize) {
    let is_counter = |l: &str| l.starts_with("Trang ") && l[7..].contains('/') && l.len() < 16;
    let node = harness
        .get_all_by(move |n| n.value().is_some_and(|v| is_counter(&v)))
        .next()
        .unwrap();
    let label = node.accesskit_node().value().unwrap_or_default();
    let (i, n) = label["Trang ".len()..]
        .split_once('/')
        .expect("counter reads Trang i/n");
    (i.parse().unwrap(), n.parse().unwrap())
}

/// Clicks the first "[1]" in the preview.
pub(crate) fn open_first_citation(harness: &mut Harness<'static, EgovApp>) {
    harness
        .get_all_by_label("Trích dẫn [1]")
        .next()
        .expect("a [1] in the preview")
        .click();
    harness.run();
}

pub(crate) fn status(harness: &Harness<'_, EgovApp>) -> (StatusKind, String) {
    let s = harness.state().status().expect("a status line");
    (s.kind, s.text.clone())
}

#[test]
fn first_run_shows_every_topic_and_the_page_counter() {
    let harness = harness();
    let sel = harness.state().selection().unwrap().clone();
    assert_eq!(sel.topics.len(), catalog().topics().len());
    assert_eq!((sel.from, sel.to), (2014, 2030));
    let pages = harness.state().page_count().unwrap();
    assert!(pages >= 2, "{pages} pages");
    assert_eq!(counter(&harness), (1, pages));
}

#[test]
fn toggling_a_topic_changes_the_preview() {
    let mut harness = harness();
    let catalog = catalog();
    let (_, before) = counter(&harness);

    // Only the first topic: a much shorter briefing.
    harness.get_by_label("Bỏ chọn").click();
    harness.run();
    harness.get_by_label(&catalog.topics()[0].name).click();
    harness.run();
    let (_, one) = counter(&harness);
    assert!(one < before, "{one} pages for one topic, {before} for all");
    assert_eq!(
        harness.state().selection().unwrap().topics,
        vec![catalog.topics()[0].id.clone()]
    );

    // Adding a second topic makes it longer again.
    harness.get_by_label(&catalog.topics()[1].name).click();
    harness.run();
    let (_, two) = counter(&harness);
    assert!(two > one, "{two} pages for two topics, {one} for one");
    assert_eq!(Some(two), harness.state().page_count());
}

#[test]
fn a_preset_sets_the_period() {
    let mut harness = harness();
    harness.get_by_label("2016–2020").click();
    harness.run();
    let sel = harness.state().selection().unwrap();
    assert_eq!((sel.from, sel.to), (2016, 2020));
    assert_eq!(
        harness.get_by_label("Từ năm").value().as_deref(),
        Some("2016")
    );
    assert_eq!(
        harness.get_by_label("đến năm").value().as_deref(),
        Some("2020")
    );
    // The briefing follows in the same frame: the preview's first page
    // names the period, and nothing dated after 2020 is cited.
    let first_page =
        |h: &Harness<'static, EgovApp>| h.state().briefing().unwrap().pages.pages[0].plain_text();
    assert!(
        first_page(&harness).contains("2016–2020"),
        "{}",
        first_page(&harness)
    );
    assert!(!first_page(&harness).contains("2021–2025"));

    harness.get_by_label("2021–2025").click();
    harness.run();
    let sel = harness.state().selection().unwrap();
    assert_eq!((sel.from, sel.to), (2021, 2025));
    assert!(
        first_page(&harness).contains("2021–2025"),
        "{}",
        first_page(&harness)
    );
}

pub(crate) fn read_pdf(path: &Path) -> (Vec<u8>, usize) {
    let bytes = std::fs::read(path).expect("the PDF was written");
    let doc = lopdf::Document::load_mem(&bytes).expect("a valid PDF");
    let pages = doc.get_pages().len();
    (bytes, pages)
}

#[test]
fn export_writes_a_pdf_where_the_dialog_says() {
    let dir = tempfile::tempdir().unwrap();
    // No extension: the app adds ".pdf".
    let dialog = FakeDialog::saving_to(dir.path().join("bao-cao"));
    let asked = dialog.asked.clone();
    let mut harness = harness_with(dialog, None);
    let pages = harness.state().page_count().unwrap();

    harness.get_by_label("Xuất PDF…").click();
    harness.run();

    assert_eq!(*asked.borrow(), vec!["Bao-cao-tom-tat-2026-11-23.pdf"]);
    let path = dir.path().join("bao-cao.pdf");
    let (bytes, pdf_pages) = read_pdf(&path);
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(pdf_pages, pages);
    assert!(pdf_pages >= 2);
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert!(text.starts_with("Đã lưu"), "{text}");
    assert!(text.contains(&format!("({pages} trang, ")), "{text}");
    // The status line is on screen.
    assert!(harness.query_by_label(&text).is_some());
}

#[test]
fn ctrl_e_exports_too() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("ban-tin.pdf"));
    let mut harness = harness_with(dialog, None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    let (bytes, pages) = read_pdf(&dir.path().join("ban-tin.pdf"));
    assert!(bytes.starts_with(b"%PDF"));
    // The pages of the preview, and the status line says so.
    assert_eq!(Some(pages), harness.state().page_count());
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Success, "{text}");
    assert!(text.contains(&format!("({pages} trang, ")), "{text}");
}

#[test]
fn a_cancelled_dialog_writes_nothing() {
    let dialog = FakeDialog::default();
    let asked = dialog.asked.clone();
    let mut harness = harness_with(dialog, None);
    for (n, (button, what)) in [("Xuất PDF…", "PDF"), ("Xuất Word…", "Word")]
        .into_iter()
        .enumerate()
    {
        harness.get_by_label(button).click();
        harness.run();
        assert_eq!(asked.borrow().len(), n + 1);
        assert_eq!(
            status(&harness),
            (StatusKind::Info, format!("Đã huỷ xuất {what}."))
        );
    }
}

#[test]
fn an_export_error_is_shown_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("khong-co-thu-muc").join("bao-cao.pdf"));
    let mut harness = harness_with(dialog, None);
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Error);
    assert!(text.starts_with("Không xuất được PDF"), "{text}");
    assert!(text.contains("không tồn tại"), "{text}");
}

#[test]
fn an_empty_selection_shows_a_message_instead_of_exporting() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("rong.pdf"));
    let asked = dialog.asked.clone();
    let mut harness = harness_with(dialog, None);

    harness.get_by_label("Bỏ chọn").click();
    harness.run();
    let message = "Chưa chọn chủ đề nào: hãy chọn ít nhất một chủ đề.";
    // In the left panel and in the centre, instead of pages.
    assert_eq!(harness.get_all_by_label(message).count(), 2);
    assert_eq!(harness.state().page_count(), None);
    assert_eq!(counter(&harness), (0, 0));
    assert!(
        harness
            .get_by_label("Xuất PDF…")
            .accesskit_node()
            .is_disabled()
    );

    // The disabled button does nothing; the shortcut explains why.
    harness.get_by_label("Xuất PDF…").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    let (kind, text) = status(&harness);
    assert_eq!(kind, StatusKind::Error);
    assert_eq!(text, format!("Chưa thể xuất PDF: {message}"));
    assert!(asked.borrow().is_empty(), "the dialog was not opened");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_reversed_period_is_explained() {
    let catalog = catalog();
    let mut sel = first_run_selection(&catalog);
    sel.from = 2025;
    sel.to = 2016;
    let harness = harness_with(FakeDialog::default(), Some(sel));
    assert!(
        harness
            .query_by_label_contains("Năm đầu (2025) lớn hơn năm cuối (2016)")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Giai đoạn không hợp lệ")
            .is_some()
    );
    assert_eq!(harness.state().page_count(), None);
}

#[test]
fn clicking_a_citation_opens_the_quote() {
    let mut harness = harness();
    let catalog = catalog();
    assert_eq!(harness.state().open_citation(), None);

    let link = harness.get_all_by_label("Trích dẫn [1]").next().unwrap();
    assert_eq!(link.accesskit_node().role(), Role::Link);
    link.hover();
    harness.run();
    assert_eq!(
        harness.output().platform_output.cursor_icon,
        egui::CursorIcon::PointingHand
    );
    open_first_citation(&mut harness);

    let citation = harness.state().open_citation().expect("a citation is open");
    assert_eq!(citation.number, 1);
    let fact = &catalog.facts()[citation.fact];
    let source = catalog.source(&fact.source).unwrap();
    // The verbatim quote, the source and where the quote sits.
    harness.get_by_label(&fact.quote.text);
    harness.get_by_label(&fact.summary);
    // The file and where the quote sits are technical details, folded away.
    let line = catalog.line_of(source, fact.quote.start);
    let place = format!("byte {}–{}, dòng {line}", fact.quote.start, fact.quote.end);
    assert!(harness.query_by_label(&place).is_none());
    harness.get_by_label("Chi tiết").click();
    harness.run();
    harness.get_by_label(&format!("seeds/{}", source.seed_file));
    harness.get_by_label(&format!(
        "byte {}–{}, dòng {line}",
        fact.quote.start, fact.quote.end
    ));
    let publisher = source
        .publisher
        .as_deref()
        .unwrap_or("Không rõ đơn vị đăng");
    assert!(harness.query_all_by_label(publisher).next().is_some());

    harness.get_by_label("Đóng").click();
    harness.run();
    assert_eq!(harness.state().open_citation(), None);
}

#[test]
fn the_reference_list_opens_a_citation() {
    let mut harness = harness();
    let catalog = catalog();
    harness.get_by_label("Nguồn tham khảo").click();
    harness.run();
    // The source without publisher, title or date says so.
    let unknown = catalog
        .sources()
        .iter()
        .find(|s| s.publisher.is_none() && s.title.is_none() && s.published.is_none());
    assert!(unknown.is_some(), "the dataset has an anonymous source");

    // The first fact cited under [2].
    let entry = harness
        .get_all_by(|n| n.role() == Role::Link && n.label().is_some_and(|l| l.contains(": ")))
        .next()
        .unwrap();
    entry.click();
    harness.run();
    let citation = harness.state().open_citation().expect("a citation is open");
    let fact = &catalog.facts()[citation.fact];
    harness.get_by_label(&fact.quote.text);

    harness.get_by_label("Danh sách nguồn").click();
    harness.run();
    assert_eq!(harness.state().open_citation(), None);
}

#[test]
fn zoom_and_page_navigation() {
    let mut harness = harness();
    let (_, pages) = counter(&harness);
    harness.get_by_label("Trang sau →").click();
    harness.run();
    assert_eq!(counter(&harness), (2, pages));
    harness.get_by_label("← Trang trước").click();
    harness.run();
    assert_eq!(counter(&harness), (1, pages));

    harness
        .get_by_label("Đến trang")
        .set_value_accesskit(pages as f64);
    harness.run();
    assert_eq!(counter(&harness), (pages, pages));

    harness.key_press(egui::Key::Home);
    harness.run();
    assert_eq!(counter(&harness), (1, pages));
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_eq!(counter(&harness), (2, pages));
    harness.key_press(egui::Key::End);
    harness.run();
    assert_eq!(counter(&harness), (pages, pages));

    harness.get_by_label("Cỡ thật").click();
    harness.run();
    harness.get_by_label("+").click();
    harness.run();
    assert!(harness.query_by_label("110%").is_some());
    harness.get_by_label("−").click();
    harness.get_by_label("−").click();
    harness.run();
    assert!(harness.query_by_label("90%").is_some());
    harness.get_by_label("Vừa chiều rộng").click();
    harness.run();
    assert_eq!(counter(&harness).1, pages);
}

/// The text the last frame put on the clipboard, if any.
pub(crate) fn copied(harness: &Harness<'_, EgovApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
}

/// eframe's storage, in memory.
#[derive(Default)]
pub(crate) struct MemoryStorage(pub(crate) HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_preview_text_sits_where_the_layout_put_it() {
    // egui's serif galleys have the layout's advance widths (within
    // kerning) and put the baseline where the run says.
    use egov_brief::layout::{FontStyle, Fonts};
    /// egui width, layout width, egui baseline, layout ascent.
    type Measures = Vec<(f32, f32, f32, f32)>;
    let results: Rc<RefCell<Measures>> = Rc::default();
    let out = results.clone();
    let mut harness = Harness::builder()
        .with_context_setup(app::fonts::install)
        .build_ui(move |ui| {
            out.borrow_mut().clear();
            for style in FontStyle::ALL {
                let text = "Chính phủ điện tử, dữ liệu số quốc gia";
                let scale = 1.5;
                let galley = ui.painter().layout_no_wrap(
                    text.to_string(),
                    egui::FontId::new(13.0 * scale, egov_brief::render::egui::family(style)),
                    egui::Color32::BLACK,
                );
                let fonts = Fonts::get();
                let row = &galley.rows[0];
                let baseline = row.pos.y + row.glyphs[0].pos.y;
                out.borrow_mut().push((
                    galley.size().x,
                    fonts.width(style, 13.0, text) * scale,
                    baseline,
                    fonts.ascent(style, 13.0) * scale,
                ));
            }
        });
    harness.run();
    for &(egui_w, layout_w, baseline, ascent) in results.borrow().iter() {
        assert!(
            (egui_w - layout_w).abs() / layout_w < 0.02,
            "width {egui_w} vs {layout_w}"
        );
        assert!(
            (baseline - ascent).abs() < 1.5,
            "baseline {baseline} vs {ascent}"
        );
    }
}

#[test]
fn an_open_citation_follows_the_new_numbering() {
    // The last reference is the spam re-post (S003) whose page frame has
    // Chinese characters that no bundled font draws: the source text shows
    // them as boxes ("tofu"), as the window does, instead of panicking.
    let mut harness = build(
        Harness::builder().allow_missing_glyphs(),
        FakeDialog::default(),
        None,
    );
    let catalog = catalog();
    harness.get_by_label("Nguồn tham khảo").click();
    harness.run();
    // The last reference outside the UN topic (which leads the brief, so
    // its numbers do not change when chosen alone).
    let target = harness
        .state()
        .references()
        .iter()
        .rev()
        .find(|r| catalog.facts()[r.facts[0]].topic != "xep-hang-lhq")
        .map(|r| {
            catalog.facts()[r.facts[0]]
                .summary
                .chars()
                .take(25)
                .collect::<String>()
        })
        .expect("a reference outside the UN topic");
    harness
        .get_all_by(|n| {
            n.role() == Role::Link
                && n.label()
                    .is_some_and(|l| l.contains(": ") && l.contains(target.as_str()))
        })
        .last()
        .unwrap()
        .click_accesskit();
    harness.run();
    let opened = harness.state().open_citation().unwrap();
    let fact = &catalog.facts()[opened.fact];

    // Only the fact's own topic: its source is numbered anew.
    harness.get_by_label("Bỏ chọn").click();
    harness.run();
    harness
        .get_by_label(&catalog.topic(&fact.topic).unwrap().name)
        .click();
    harness.run();

    let selection = harness.state().selection().unwrap().clone();
    let briefing = egov_brief::briefing::Briefing::prepare(&catalog, &selection).unwrap();
    let number = briefing
        .pages
        .pages
        .iter()
        .flat_map(|p| p.texts())
        .find_map(|t| t.link.filter(|c| c.fact == opened.fact))
        .map(|c| c.number)
        .expect("the fact is cited under its own topic");
    assert_ne!(number, opened.number, "the test needs a change of number");
    let now = harness.state().open_citation().unwrap();
    assert_eq!(now.fact, opened.fact);
    assert_eq!(now.number, number);
    // The panel's heading (not a link in the preview) shows the new number.
    let title = format!("Trích dẫn [{number}]");
    assert!(
        harness
            .query_all_by_label(&title)
            .any(|n| n.accesskit_node().role() != Role::Link)
    );
    harness.get_by_label(&fact.quote.text);
}
