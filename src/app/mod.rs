//! The desktop window: topic checklist, period and header fields on the
//! left, the page-exact preview in the centre, citations on the right.
//!
//! [`EgovApp`] is an [`eframe::App`]. It keeps the user's [`Selection`] and
//! a cached [`Briefing`] made from it; the briefing is composed and laid
//! out again only when the selection changes, in the frame of the change.
//! Everything the preview shows comes from `briefing.pages`, the same list
//! the PDF writer draws. Errors are values shown in the window: a dataset
//! that does not load, an empty selection, a failed export.

pub mod about;
mod citation;
pub mod dialog;
pub mod fonts;
pub mod persist;
mod preview;
mod selection;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText};

use crate::brief::document::Citation;
use crate::brief::{ComposeError, Selection};
use crate::data::Catalog;
use crate::render::{Briefing, default_file_name};

pub use dialog::{FileDialogs, NativeDialogs, with_pdf_extension};

/// The window title.
pub const TITLE: &str = "eGov Brief – Báo cáo tóm tắt Chính phủ điện tử";
/// Name of the app's storage folder (eframe persistence).
pub const APP_ID: &str = "egov-brief";
/// Export shortcut: Ctrl+E (Cmd+E on a Mac).
pub const EXPORT_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);

/// Opens the window; returns when it is closed.
pub fn run() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_app_id(APP_ID)
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([1000.0, 700.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(|cc| {
            fonts::install(&cc.egui_ctx);
            cc.egui_ctx.set_theme(egui::Theme::Light);
            let app = match crate::data::load_bundled() {
                Ok(catalog) => {
                    EgovApp::restore(catalog, Box::new(NativeDialogs::default()), cc.storage)
                }
                Err(e) => EgovApp::failed(e.to_string()),
            };
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "Không mở được cửa sổ: {e}. Máy cần OpenGL 2.0 trở lên; có thể dùng dòng lệnh \
                 `egov-brief export` để xuất PDF."
            );
            ExitCode::FAILURE
        }
    }
}

/// What a status line says and how it is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Success,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

impl Status {
    fn new(kind: StatusKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
        }
    }
}

/// One entry of the briefing's reference list with the facts cited
/// under its number, in order of first appearance in the pages.
#[derive(Debug, Clone)]
pub(crate) struct ReferenceEntry {
    pub number: u32,
    pub text: String,
    pub facts: Vec<usize>,
}

/// The briefing made from one selection, kept until the selection changes.
struct Prepared {
    selection: Selection,
    result: Result<Briefing, ComposeError>,
    references: Vec<ReferenceEntry>,
    took: Duration,
}

impl Prepared {
    fn new(catalog: &Catalog, selection: &Selection) -> Self {
        let started = Instant::now();
        let result = Briefing::prepare(catalog, selection);
        let took = started.elapsed();
        let references = result.as_ref().map(references_of).unwrap_or_default();
        Self {
            selection: selection.clone(),
            result,
            references,
            took,
        }
    }
}

fn references_of(briefing: &Briefing) -> Vec<ReferenceEntry> {
    let mut entries: Vec<ReferenceEntry> = briefing
        .document
        .references
        .iter()
        .map(|r| ReferenceEntry {
            number: r.number,
            text: r.text.clone(),
            facts: Vec::new(),
        })
        .collect();
    for page in &briefing.pages.pages {
        for run in page.texts() {
            let Some(c) = run.link else { continue };
            if let Some(e) = entries.iter_mut().find(|e| e.number == c.number)
                && !e.facts.contains(&c.fact)
            {
                e.facts.push(c.fact);
            }
        }
    }
    entries
}

/// What the dataset line asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DatasetAction {
    None,
    Open,
    Bundled,
}

/// What the right-hand panel shows.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Closed,
    References,
    Citation {
        citation: Citation,
        /// The source text still has to be scrolled to the quote.
        scroll_pending: bool,
    },
}

/// Everything the window needs once the dataset is loaded.
struct Workspace {
    catalog: Catalog,
    dialog: Box<dyn FileDialogs>,
    selection: Selection,
    prepared: Prepared,
    view: preview::View,
    side: Side,
    export_requested: bool,
    /// Where the catalog came from: `None` for the bundled dataset.
    dataset_file: Option<PathBuf>,
    /// Why the last dataset the user chose could not be opened.
    dataset_error: Option<String>,
}

enum State {
    Ready(Box<Workspace>),
    /// The bundled dataset did not load: the message says why.
    Failed(String),
}

/// The application.
pub struct EgovApp {
    state: State,
    status: Option<Status>,
}

/// The selection of a first run: every topic over 2014–2030.
pub fn default_selection(catalog: &Catalog) -> Selection {
    Selection {
        topics: catalog.topics().iter().map(|t| t.id.clone()).collect(),
        from: 2014,
        to: 2030,
        ..Selection::default()
    }
}

impl EgovApp {
    /// The app on a loaded catalog, with a save dialog and the selection of
    /// the last run (`None`: the default selection).
    pub fn new(catalog: Catalog, dialog: Box<dyn FileDialogs>, saved: Option<Selection>) -> Self {
        let mut notice = None;
        let selection = match saved {
            Some(mut s) => {
                notice = persist::sanitize(&mut s, &catalog);
                s
            }
            None => default_selection(&catalog),
        };
        let prepared = Prepared::new(&catalog, &selection);
        log_prepare_time(&prepared);
        Self {
            state: State::Ready(Box::new(Workspace {
                catalog,
                dialog,
                selection,
                prepared,
                view: preview::View::default(),
                side: Side::Closed,
                export_requested: false,
                dataset_file: None,
                dataset_error: None,
            })),
            status: notice.map(|n| Status::new(StatusKind::Info, n)),
        }
    }

    /// The app with the selection saved in eframe's storage, if any; a
    /// corrupt saved state is ignored with a notice.
    pub fn restore(
        catalog: Catalog,
        dialog: Box<dyn FileDialogs>,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        let restored = persist::load(storage);
        let mut app = Self::new(catalog, dialog, restored.selection);
        if let Some(n) = restored.notice {
            app.status = Some(Status::new(StatusKind::Info, n));
        }
        app
    }

    /// The window when the bundled dataset could not be loaded.
    pub fn failed(message: impl Into<String>) -> Self {
        Self {
            state: State::Failed(message.into()),
            status: None,
        }
    }

    fn workspace(&self) -> Option<&Workspace> {
        match &self.state {
            State::Ready(ws) => Some(ws),
            State::Failed(_) => None,
        }
    }

    /// The current selection (none when the dataset failed to load).
    pub fn selection(&self) -> Option<&Selection> {
        self.workspace().map(|ws| &ws.selection)
    }

    /// Pages of the current preview; `None` when there is no briefing.
    pub fn page_count(&self) -> Option<usize> {
        self.workspace()
            .and_then(|ws| ws.prepared.result.as_ref().ok())
            .map(|b| b.pages.len())
    }

    /// The citation shown in the side panel, if any.
    pub fn open_citation(&self) -> Option<Citation> {
        match self.workspace()?.side {
            Side::Citation { citation, .. } => Some(citation),
            _ => None,
        }
    }

    /// The status line.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The dataset file in use (`None`: the bundled dataset).
    pub fn dataset_file(&self) -> Option<&std::path::Path> {
        self.workspace()?.dataset_file.as_deref()
    }

    /// Number of facts in the catalog in use.
    pub fn fact_count(&self) -> Option<usize> {
        self.workspace().map(|ws| ws.catalog.facts().len())
    }

    /// Why the last chosen dataset could not be opened, if it could not.
    pub fn dataset_error(&self) -> Option<&str> {
        self.workspace()?.dataset_error.as_deref()
    }

    /// How long the last compose + layout took.
    pub fn last_prepare_time(&self) -> Option<Duration> {
        self.workspace().map(|ws| ws.prepared.took)
    }
}

/// In a debug build, says once on stderr how long compose + layout took.
fn log_prepare_time(p: &Prepared) {
    if cfg!(debug_assertions) {
        use std::sync::atomic::{AtomicBool, Ordering};
        static LOGGED: AtomicBool = AtomicBool::new(false);
        if !LOGGED.swap(true, Ordering::Relaxed) {
            eprintln!(
                "eGov Brief: soạn + dàn trang {} chủ đề, {}–{}: {:.1} ms",
                p.selection.topics.len(),
                p.selection.from,
                p.selection.to,
                p.took.as_secs_f64() * 1000.0
            );
        }
    }
}

impl eframe::App for EgovApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        match &mut self.state {
            State::Failed(message) => failed_ui(ui, message),
            State::Ready(ws) => ws.ui(ui, &mut self.status),
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let State::Ready(ws) = &self.state {
            persist::save(storage, &ws.selection);
        }
    }
}

fn failed_ui(ui: &mut egui::Ui, message: &str) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading("Không tải được dữ liệu đi kèm chương trình");
        ui.add_space(8.0);
        ui.label(
            "Bản chương trình này bị lỗi dữ liệu nên không thể soạn báo cáo. \
             Hãy cài lại chương trình hoặc báo cho bộ phận kỹ thuật nội dung dưới đây.",
        );
        ui.add_space(8.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(RichText::new(message).color(error_color(ui)));
        });
    });
}

pub(crate) fn error_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 120, 110)
    } else {
        Color32::from_rgb(180, 30, 30)
    }
}

fn success_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(120, 210, 120)
    } else {
        Color32::from_rgb(20, 110, 40)
    }
}

impl Workspace {
    /// Composes and lays out again when the selection changed.
    fn refresh(&mut self) {
        if self.prepared.selection != self.selection {
            self.prepared = Prepared::new(&self.catalog, &self.selection);
            log_prepare_time(&self.prepared);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, status: &mut Option<Status>) {
        if ui.input_mut(|i| i.consume_shortcut(&EXPORT_SHORTCUT)) {
            self.export_requested = true;
        }

        self.status_bar(ui, status);

        let mut dataset_action = DatasetAction::None;
        egui::Panel::left("selection")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=520.0)
            .show(ui, |ui| {
                dataset_action = self.dataset_bar(ui);
                selection::show(ui, &self.catalog, &mut self.selection);
            });
        match dataset_action {
            DatasetAction::None => {}
            DatasetAction::Open => {
                if let Some(s) = self.open_dataset() {
                    *status = Some(s);
                }
            }
            DatasetAction::Bundled => *status = Some(self.use_bundled()),
        }
        self.dataset_error_window(ui);

        // The preview follows the selection in the same frame.
        self.refresh();

        let pages = self.prepared.result.as_ref().map_or(0, |b| b.pages.len());
        preview::keyboard(ui.ctx(), &mut self.view, pages);

        self.side_panel(ui);
        self.toolbar(ui);

        let clicked = egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(preview::BACKGROUND))
            .show(ui, |ui| match &self.prepared.result {
                Ok(briefing) => preview::show(ui, &briefing.pages, &mut self.view),
                Err(e) => {
                    preview::no_preview(ui, e);
                    None
                }
            })
            .inner;
        if let Some(citation) = clicked {
            self.open_citation(citation);
        }

        if std::mem::take(&mut self.export_requested) {
            *status = Some(self.export());
            ui.ctx().request_repaint();
        }
    }

    /// The line saying which dataset is in use, with its buttons.
    fn dataset_bar(&self, ui: &mut egui::Ui) -> DatasetAction {
        let mut action = DatasetAction::None;
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let name = match &self.dataset_file {
                None => "đi kèm chương trình".to_string(),
                Some(p) => p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| p.display().to_string()),
            };
            ui.label(format!(
                "Dữ liệu: {name} ({} thông tin)",
                self.catalog.facts().len()
            ))
            .on_hover_text(match &self.dataset_file {
                None => "Bộ dữ liệu trích từ năm bài báo đi kèm chương trình".to_string(),
                Some(p) => p.display().to_string(),
            });
            if ui
                .button("Mở bộ dữ liệu…")
                .on_hover_text(
                    "Dùng một tệp JSON cùng định dạng với dữ liệu đi kèm \
                     (thay thế, hoặc bổ sung nếu tệp ghi \"extends_bundled\": true)",
                )
                .clicked()
            {
                action = DatasetAction::Open;
            }
            if self.dataset_file.is_some() && ui.button("Dùng dữ liệu đi kèm").clicked() {
                action = DatasetAction::Bundled;
            }
        });
        ui.separator();
        action
    }

    /// Asks for a dataset file and switches to it; on any problem the
    /// current data stays in use and the problem is shown.
    fn open_dataset(&mut self) -> Option<Status> {
        let path = self.dialog.open_dataset()?;
        match crate::data::load_dataset_file(&path) {
            Ok(catalog) => Some(self.switch_catalog(catalog, Some(path))),
            Err(e) => {
                self.dataset_error = Some(e.to_string());
                Some(Status::new(
                    StatusKind::Error,
                    format!(
                        "Không mở được bộ dữ liệu {}; vẫn dùng dữ liệu hiện tại.",
                        path.display()
                    ),
                ))
            }
        }
    }

    fn use_bundled(&mut self) -> Status {
        match crate::data::load_bundled() {
            Ok(catalog) => self.switch_catalog(catalog, None),
            Err(e) => Status::new(StatusKind::Error, e.to_string()),
        }
    }

    fn switch_catalog(&mut self, catalog: Catalog, file: Option<PathBuf>) -> Status {
        let facts = catalog.facts().len();
        let topics = catalog.topics().len();
        self.catalog = catalog;
        self.dataset_file = file;
        self.dataset_error = None;
        self.side = Side::Closed;
        persist::sanitize(&mut self.selection, &self.catalog);
        if self.selection.topics.is_empty() {
            self.selection.topics = self.catalog.topics().iter().map(|t| t.id.clone()).collect();
        }
        // Same selection, new data: compose again now.
        self.prepared = Prepared::new(&self.catalog, &self.selection);
        let name = match &self.dataset_file {
            Some(p) => p.display().to_string(),
            None => "dữ liệu đi kèm".to_string(),
        };
        Status::new(
            StatusKind::Success,
            format!("Đang dùng {name}: {facts} thông tin, {topics} chủ đề."),
        )
    }

    /// The full list of problems of a refused dataset.
    fn dataset_error_window(&mut self, ui: &mut egui::Ui) {
        let Some(message) = &self.dataset_error else {
            return;
        };
        let mut close = false;
        egui::Window::new("Không mở được bộ dữ liệu")
            .collapsible(false)
            .resizable(true)
            .default_width(560.0)
            .show(ui.ctx(), |ui| {
                ui.label("Chương trình vẫn dùng dữ liệu hiện tại. Các lỗi tìm thấy trong tệp:");
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(message).color(error_color(ui)));
                    });
                if ui.button("Đóng").clicked() {
                    close = true;
                }
            });
        if close {
            self.dataset_error = None;
        }
    }

    fn open_citation(&mut self, citation: Citation) {
        self.side = Side::Citation {
            citation,
            scroll_pending: true,
        };
    }

    fn status_bar(&self, ui: &mut egui::Ui, status: &Option<Status>) {
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                match status {
                    Some(s) => {
                        let color = match s.kind {
                            StatusKind::Info => ui.visuals().text_color(),
                            StatusKind::Success => success_color(ui),
                            StatusKind::Error => error_color(ui),
                        };
                        ui.label(RichText::new(&s.text).color(color));
                    }
                    None => {
                        ui.weak("Sẵn sàng. Chọn chủ đề và giai đoạn ở bên trái; Ctrl+E để xuất PDF.");
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.weak(format!(
                        "Soạn và dàn trang: {} ms",
                        format_ms(self.prepared.took)
                    ))
                    .on_hover_text(
                        "Thời gian soạn nội dung và dàn trang lần gần nhất (khi lựa chọn thay đổi).",
                    );
                });
            });
        });
    }

    fn toolbar(&mut self, ui: &mut egui::Ui) {
        let pages = self.prepared.result.as_ref().map_or(0, |b| b.pages.len());
        let export_error = self.prepared.result.as_ref().err().map(|e| e.to_string());
        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                let export = ui
                    .add_enabled(export_error.is_none(), egui::Button::new("Xuất PDF…"))
                    .on_hover_text("Lưu báo cáo thành tệp PDF để in (Ctrl+E)");
                if let Some(e) = &export_error {
                    export.clone().on_disabled_hover_text(e);
                }
                if export.clicked() {
                    self.export_requested = true;
                }
                ui.separator();
                preview::navigation(ui, &mut self.view, pages);
                ui.separator();
                preview::zoom_controls(ui, &mut self.view);
                ui.separator();
                let refs_open = matches!(self.side, Side::References);
                if ui
                    .selectable_label(refs_open, "Nguồn tham khảo")
                    .on_hover_text("Danh sách nguồn và các thông tin được trích dẫn")
                    .clicked()
                {
                    self.side = if refs_open {
                        Side::Closed
                    } else {
                        Side::References
                    };
                }
            });
            ui.add_space(2.0);
        });
    }

    fn side_panel(&mut self, ui: &mut egui::Ui) {
        if self.side == Side::Closed {
            return;
        }
        let mut action = citation::Action::None;
        egui::Panel::right("citation")
            .resizable(true)
            .default_size(380.0)
            .size_range(280.0..=640.0)
            .show(ui, |ui| match &mut self.side {
                Side::Closed => {}
                Side::References => {
                    action = citation::references(ui, &self.catalog, &self.prepared.references);
                }
                Side::Citation {
                    citation,
                    scroll_pending,
                } => {
                    // Numbers follow the current briefing: after a change of
                    // selection the same source may carry another number, or
                    // the fact may have left the briefing.
                    let entry = self
                        .prepared
                        .references
                        .iter()
                        .find(|r| r.facts.contains(&citation.fact));
                    if let Some(r) = entry {
                        citation.number = r.number;
                    }
                    let reference = entry.map(|r| r.text.as_str());
                    action =
                        citation::details(ui, &self.catalog, *citation, reference, scroll_pending);
                }
            });
        match action {
            citation::Action::None => {}
            citation::Action::Close => self.side = Side::Closed,
            citation::Action::List => self.side = Side::References,
            citation::Action::Open(c) => self.open_citation(c),
        }
    }

    /// Asks where to save and writes the PDF of the current briefing.
    fn export(&mut self) -> Status {
        self.refresh();
        let briefing = match &self.prepared.result {
            Ok(b) => b,
            Err(e) => {
                return Status::new(StatusKind::Error, format!("Chưa thể xuất PDF: {e}"));
            }
        };
        let name = default_file_name(&self.selection.header.date);
        let Some(path) = self.dialog.save_pdf(&name) else {
            return Status::new(StatusKind::Info, "Đã huỷ xuất PDF.");
        };
        let path: PathBuf = with_pdf_extension(path);
        match briefing.export(&path) {
            Ok(report) => Status::new(
                StatusKind::Success,
                format!(
                    "Đã lưu {} ({} trang, {} KB).",
                    path.display(),
                    report.pages,
                    report.bytes.div_ceil(1024)
                ),
            ),
            Err(e) => Status::new(StatusKind::Error, format!("Không xuất được PDF: {e}")),
        }
    }
}

/// "4,2" for 4.2 ms: Vietnamese decimal comma.
fn format_ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0).replace('.', ",")
}
