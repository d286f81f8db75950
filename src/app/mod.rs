//! The desktop window: topic checklist, period and header fields on the
//! left, the page-exact preview in the centre, citations on the right.
//!
//! [`EgovApp`] is an [`eframe::App`]. Its [`workspace::Workspace`] keeps
//! the user's selection and a cached briefing made from it; the briefing is
//! composed and laid out again only when the selection changes, on a worker
//! thread in the window (the preview marks that it is being updated) and in
//! the frame of the change in tests. Everything the preview shows comes from
//! `briefing.pages`, the same list the PDF writer draws. Errors are values
//! shown in the window: a dataset that does not load, an empty selection,
//! a failed export.

pub mod about;
mod after_export;
mod cache;
pub mod dates;
pub mod dialog;
mod file_flow;
pub mod fit;
pub mod fonts;
mod frame_log;
mod hit;
pub mod launch;
mod left_out;
pub mod narrow;
pub mod native_probe;
mod pack_window;
mod panels;
pub mod persist;
mod preparer;
pub mod save_dialog;
pub mod state_file;
mod status;
mod style;
pub mod workbench;
mod workspace;

use std::process::ExitCode;
use std::time::Duration;

use egui::RichText;

use crate::brief::Selection;
use crate::brief::document::Citation;
use crate::data::Catalog;
use workspace::Workspace;

pub use cache::PrepareFn;
pub use dialog::{Answer, FileDialogs, NativeDialogs, Pending, export_target};
pub use file_flow::{EMPTY_ISSUER_QUESTION, READ_ONLY_QUESTION, REPLACE_READ_ONLY};
pub use panels::UPDATING_MARK;
pub use status::{Status, StatusKind};
pub use workspace::{EXPORT_SHORTCUT, default_file_name, export_file_name};

/// The window title.
pub const TITLE: &str = "eGov Brief – Báo cáo tóm tắt Chính phủ điện tử";
/// Name of the app's storage folder (eframe persistence).
pub const APP_ID: &str = "egov-brief";

/// Opens the window; returns when it is closed.
pub fn run() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_app_id(APP_ID)
            // Fits a 1366×768 laptop screen with a task bar; on smaller
            // screens `fit` shrinks it; usable down to the minimum (status
            // line, page navigation and export visible).
            .with_inner_size([1280.0, 672.0])
            .with_min_inner_size(fit::MIN_INNER),
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(|cc| {
            fonts::install(&cc.egui_ctx);
            cc.egui_ctx.set_theme(egui::Theme::Light);
            let dialogs = NativeDialogs::with_context(cc.egui_ctx.clone());
            let folder = eframe::storage_dir(APP_ID);
            let mut app = EgovApp::start(
                crate::data::load_bundled(),
                Box::new(dialogs),
                folder.as_deref(),
                cc.storage,
            );
            app.prepare_in_background(&cc.egui_ctx);
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

enum State {
    Ready(Box<Workspace>),
    /// The bundled dataset did not load: the message says why.
    Failed(String),
}

/// The selection of a first run: every topic over 2014–2030.
pub fn default_selection(catalog: &Catalog) -> Selection {
    Selection {
        topics: catalog.topic_ids(),
        from: 2014,
        to: 2030,
        ..Selection::default()
    }
}

/// The application.
pub struct EgovApp {
    state: State,
    status: Option<Status>,
    frame_log: frame_log::FrameLog,
    fit: fit::FitOnce,
    /// Where the state is kept (see `state_file`); without it (tests),
    /// eframe's storage.
    state_file: Option<state_file::StateFile>,
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
        Self {
            state: State::Ready(Box::new(Workspace::new(catalog, dialog, selection))),
            status: notice.map(Status::info),
            frame_log: frame_log::FrameLog::from_env(),
            fit: fit::FitOnce::default(),
            state_file: None,
        }
    }

    /// The app with the selection saved in eframe's storage, if any; a
    /// corrupt saved state is ignored with a notice.
    pub fn restore(
        catalog: Catalog,
        dialog: Box<dyn FileDialogs>,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        let today = crate::brief::Day::today_in_vietnam();
        Self::restore_on(catalog, dialog, storage, today)
    }

    /// [`EgovApp::restore`] as on `today`: on a new day an unpinned
    /// signing date becomes `today`, with a notice.
    pub fn restore_on(
        catalog: Catalog,
        dialog: Box<dyn FileDialogs>,
        storage: Option<&dyn eframe::Storage>,
        today: crate::brief::Day,
    ) -> Self {
        let mut restored = persist::load(storage);
        let date_notice = restored
            .selection
            .as_mut()
            .and_then(|s| dates::refresh_signing_date(&mut s.header, restored.saved_on, today));
        let (catalog, file, data_notice) = restore_dataset(catalog, storage);
        let mut app = Self::new(catalog, dialog, restored.selection);
        if let State::Ready(ws) = &mut app.state {
            ws.export_format = persist::load_format(storage);
            ws.restore_export_folders(persist::load_export_folders(storage));
            match file {
                Ok(file) => ws.dataset_file = file,
                Err(unavailable) => ws.dataset.unavailable = Some(unavailable),
            }
            ws.dataset.packs = workspace::pack_lines(ws.dataset_file.as_deref());
            ws.about.packs = ws.dataset.packs.clone();
        }
        let notices: Vec<String> = [
            data_notice,
            app.status.take().map(|s| s.text),
            restored.notice,
            date_notice,
        ]
        .into_iter()
        .flatten()
        .collect();
        if !notices.is_empty() {
            app.status = Some(Status::info(notices.join(" ")));
        }
        app
    }

    /// The app at start-up on the bundled dataset as it loaded: restored
    /// from the state file in `folder` (or `storage` without one), or,
    /// when the data did not load, a window that says why (the loader's
    /// own message).
    pub fn start(
        loaded: Result<Catalog, crate::data::LoadError>,
        dialog: Box<dyn FileDialogs>,
        folder: Option<&std::path::Path>,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        match (loaded, folder) {
            (Ok(catalog), Some(folder)) => {
                Self::restore_from_folder(catalog, dialog, folder, storage)
            }
            (Ok(catalog), None) => Self::restore(catalog, dialog, storage),
            (Err(e), _) => Self::failed(e.to_string()),
        }
    }

    /// The app restored from the state file in `folder` and kept there
    /// (see `state_file`); `older` (eframe's storage, where earlier
    /// versions kept it) is read only when that file does not exist yet.
    pub fn restore_from_folder(
        catalog: Catalog,
        dialog: Box<dyn FileDialogs>,
        folder: &std::path::Path,
        older: Option<&dyn eframe::Storage>,
    ) -> Self {
        let file = state_file::StateFile::open(folder);
        let storage = if file.is_fresh() {
            older
        } else {
            Some(&file as &dyn eframe::Storage)
        };
        let mut app = Self::restore(catalog, dialog, storage);
        if let Some(notice) = &file.notice {
            let text = match app.status.take() {
                Some(s) => format!("{notice} {}", s.text),
                None => notice.clone(),
            };
            app.status = Some(Status::info(text));
        }
        app.state_file = Some(file);
        app
    }

    /// The app with the user's own dataset in `folder` instead of the
    /// system's data folder (tests, portable installs).
    pub fn with_data_folder(mut self, folder: std::path::PathBuf) -> Self {
        if let State::Ready(ws) = &mut self.state {
            ws.data_folder = folder;
        }
        self
    }

    /// The app opening and printing with `launcher`'s programs (tests:
    /// scripts standing in for a machine without a viewer or `lp`).
    pub fn with_launcher(mut self, launcher: launch::Launcher) -> Self {
        if let State::Ready(ws) = &mut self.state {
            ws.launches.launcher = launcher;
        }
        self
    }

    /// Whether the workbench window is open.
    pub fn workbench_open(&self) -> bool {
        self.workspace().is_some_and(|ws| ws.workbench.open)
    }

    /// The window when the bundled dataset could not be loaded.
    pub fn failed(message: impl Into<String>) -> Self {
        Self {
            state: State::Failed(message.into()),
            status: None,
            frame_log: frame_log::FrameLog::from_env(),
            fit: fit::FitOnce::default(),
            state_file: None,
        }
    }

    /// From now on composes and lays out on a worker thread, so typing
    /// stays smooth with a big dataset; without this (tests) the preview
    /// follows the selection in the same frame.
    pub fn prepare_in_background(&mut self, ctx: &egui::Context) {
        self.prepare_in_background_with(
            ctx,
            std::sync::Arc::new(crate::briefing::Briefing::prepare),
        );
    }

    /// [`EgovApp::prepare_in_background`] with the worker preparing through
    /// `prepare` (a test holds it back to see the window meanwhile).
    pub fn prepare_in_background_with(
        &mut self,
        ctx: &egui::Context,
        prepare: std::sync::Arc<PrepareFn>,
    ) {
        if let State::Ready(ws) = &mut self.state {
            ws.prepare_in_background(ctx.clone(), prepare);
        }
    }

    /// True while the preview shows an older briefing than the selection's
    /// (a newer one is being prepared).
    pub fn is_updating(&self) -> bool {
        self.workspace().is_some_and(Workspace::updating)
    }

    /// How many prepared briefings the window has taken from its worker,
    /// overtaken ones included.
    pub fn results_received(&self) -> u64 {
        self.workspace().map_or(0, Workspace::results_received)
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

    /// The reference list of the current briefing (empty when none).
    pub fn references(&self) -> Vec<crate::brief::document::Reference> {
        self.workspace()
            .and_then(|ws| ws.prepared.result.as_ref().ok())
            .map(|b| b.references().to_vec())
            .unwrap_or_default()
    }

    /// The catalog in use (none when the dataset failed to load).
    pub fn catalog(&self) -> Option<&Catalog> {
        self.workspace().map(|ws| &*ws.catalog)
    }

    /// The citation shown in the side panel, if any.
    pub fn open_citation(&self) -> Option<Citation> {
        self.workspace()?.citations.citation()
    }

    /// The status line.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The dataset file in use (`None`: the bundled dataset).
    /// Takes today's date from `clock` (the window notices midnight).
    pub fn set_clock(&mut self, clock: dates::Clock) {
        if let State::Ready(ws) = &mut self.state {
            ws.set_clock(clock);
        }
    }

    /// The format Ctrl+E exports in (the last one used).
    pub fn export_format(&self) -> Option<crate::export::FileType> {
        self.workspace().map(|w| w.export_format)
    }

    pub fn dataset_file(&self) -> Option<&std::path::Path> {
        self.workspace()?.dataset_file.as_deref()
    }

    /// Number of facts in the catalog in use.
    pub fn fact_count(&self) -> Option<usize> {
        self.workspace().map(|ws| ws.catalog.facts().len())
    }

    /// Why the last chosen dataset could not be opened, if it could not.
    pub fn dataset_error(&self) -> Option<&str> {
        self.workspace()?.dataset.error.as_deref()
    }

    /// How long the last compose + layout took.
    /// The briefing the preview shows, when there is one.
    pub fn briefing(&self) -> Option<&crate::briefing::Briefing> {
        self.workspace()
            .and_then(|ws| ws.prepared.result.as_ref().ok())
    }

    pub fn last_prepare_time(&self) -> Option<Duration> {
        self.workspace().map(|ws| ws.prepared.took)
    }
}

/// How soon after a change the window's state reaches the disk.
const SAVE_AFTER: Duration = Duration::from_secs(1);

impl eframe::App for EgovApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // One more frame after the last input, so the typing is saved by
        // the autosave below even when the window then sits idle.
        if ui.ctx().input(|i| !i.events.is_empty()) {
            ui.ctx().request_repaint_after(SAVE_AFTER + SAVE_AFTER / 2);
        }
        self.frame_log.frame(ui.ctx());
        self.fit.check(ui.ctx());
        match &mut self.state {
            State::Failed(message) => failed_ui(ui, message),
            State::Ready(ws) => ws.ui(ui, &mut self.status),
        }
    }

    /// eframe saves the state this often while frames are drawn (30 s by
    /// default): text typed before a crash or a kill is kept within two
    /// seconds. The state file is rewritten only when something changed.
    fn auto_save_interval(&self) -> Duration {
        SAVE_AFTER
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let State::Ready(ws) = &self.state else {
            return;
        };
        let target: &mut dyn eframe::Storage = match &mut self.state_file {
            Some(file) => file,
            None => storage,
        };
        persist::save(target, &ws.selection);
        persist::save_format(target, ws.export_format);
        persist::save_export_folders(target, ws.export_folders());
        persist::save_dataset_file(target, ws.remembered_dataset());
        if let Some(file) = &mut self.state_file {
            file.write();
            if let Some(e) = file.write_error.take() {
                self.status = Some(Status::error(format!(
                    "Không lưu được trạng thái cửa sổ vào \"{}\": {e}",
                    file.path().display()
                )));
            }
        }
    }
}

/// The dataset used last time, when there was one and it still loads;
/// otherwise `catalog` (the bundled data), the path that did not load
/// (still remembered, to try again) and a notice saying why. The file
/// itself is never touched.
fn restore_dataset(
    catalog: Catalog,
    storage: Option<&dyn eframe::Storage>,
) -> (
    Catalog,
    Result<Option<std::path::PathBuf>, std::path::PathBuf>,
    Option<String>,
) {
    let Some(path) = persist::load_dataset_file(storage) else {
        return (catalog, Ok(None), None);
    };
    let folder = crate::fsio::folder_of(&path);
    let recovered = crate::curate::commit::recover_at_start(&folder);
    match crate::pack::installed::load_user_dataset(&path) {
        Ok(c) => (c, Ok(Some(path)), recovered),
        Err(e) => {
            let notice = format!(
                "Không mở được bộ dữ liệu dùng lần trước ({}): đang dùng dữ liệu đi kèm; \
                 tệp vẫn được giữ nguyên và được nhớ, bấm \"Thử lại\" khi có lại tệp \
                 (ví dụ khi cắm lại USB). Lỗi: {}",
                path.display(),
                first_line(&e.to_string())
            );
            (catalog, Err(path), Some(notice))
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
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
            ui.label(RichText::new(message).color(style::error_color(ui)));
        });
    });
}
