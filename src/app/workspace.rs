//! Everything the window needs once a dataset is loaded: the data, the
//! user's selection, the cached briefing and the panels; switching
//! datasets and exporting.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::about::AboutWindow;
use super::cache::{PrepareFn, Prepared};
use super::dates::{Clock, DayWatch};
use super::dialog::FileDialogs;
use super::file_flow::{FileFlow, Outcome};
use super::launch::Launches;
use super::left_out::{self, UNDO_SHORTCUT, Undo};
use super::narrow::NarrowFold;
use super::pack_window::PackWindow;
use super::panels::*;
use super::persist;
use super::preparer::Preparer;
use super::status::Status;
use super::workbench::{Workbench, WorkbenchAction, target_path};
use crate::brief::Selection;
use crate::brief::selection::Day;
use crate::data::Catalog;
use crate::export::{ExportError, FileType, export_with};
use crate::fsio::{WriteError, WriteOptions};

/// Export shortcut: Ctrl+E (Cmd+E on a Mac), in the format of the last
/// export.
pub const EXPORT_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);

/// Print shortcut: Ctrl+P (Cmd+P on a Mac), the current briefing.
pub const PRINT_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::P);

/// Default file name for a briefing dated `day`: "Bao-cao-tom-tat-2026-11-23.pdf".
pub fn default_file_name(day: &Day) -> String {
    export_file_name(day, FileType::Pdf)
}

/// Default file name in `format`: "Bao-cao-tom-tat-2026-11-23.docx".
pub fn export_file_name(day: &Day, format: FileType) -> String {
    format!("Bao-cao-tom-tat-{}.{}", day.iso(), format.extension())
}

/// How long the frame of a change waits for the worker's briefing; well
/// within a frame (16 ms) with the rest of its work.
const QUICK: Duration = Duration::from_millis(6);

pub struct Workspace {
    pub catalog: Arc<Catalog>,
    dialog: Box<dyn FileDialogs>,
    pub selection: Selection,
    /// The briefing the preview shows: the selection's, or while a newer
    /// one is prepared, the last finished.
    pub prepared: Prepared,
    /// The format of the last export (Ctrl+E repeats it); remembered
    /// between runs.
    pub export_format: FileType,
    preparer: Preparer,
    /// Where the catalog came from: `None` for the bundled dataset.
    pub dataset_file: Option<PathBuf>,
    pub dataset: DatasetPanel,
    selection_panel: SelectionPanel,
    pub preview: PreviewPanel,
    pub citations: CitationPanel,
    toolbar: Toolbar,
    status_bar: StatusBar,
    pub(super) about: AboutWindow,
    /// The save or open question in progress (native or in-app dialog).
    file_flow: FileFlow,
    narrow: NarrowFold,
    /// Notices midnight while the window stays open.
    day_watch: DayWatch,
    /// Adding facts from a new article.
    pub workbench: Workbench,
    /// Where the user's own dataset goes by default.
    pub data_folder: PathBuf,
    /// Open, folder and print programs still to report.
    pub launches: Launches,
    /// A data pack's changes before it is imported.
    pack: PackWindow,
    /// Whether a frame was drawn yet.
    drawn: bool,
    /// The step back from the last "Bỏ chọn" or "Bỏ khỏi báo cáo".
    undo: Option<Undo>,
}

impl Workspace {
    pub fn new(catalog: Catalog, dialog: Box<dyn FileDialogs>, selection: Selection) -> Self {
        let prepared = Prepared::new(&catalog, &selection);
        Self {
            catalog: Arc::new(catalog),
            dialog,
            selection,
            prepared,
            export_format: FileType::default(),
            preparer: Preparer::default(),
            dataset_file: None,
            dataset: DatasetPanel::default(),
            selection_panel: SelectionPanel::default(),
            preview: PreviewPanel::default(),
            citations: CitationPanel::default(),
            toolbar: Toolbar::default(),
            status_bar: StatusBar::default(),
            about: AboutWindow::default(),
            file_flow: FileFlow::default(),
            narrow: NarrowFold::default(),
            day_watch: DayWatch::new(Box::new(Day::today_in_vietnam)),
            workbench: Workbench::default(),
            data_folder: crate::fsio::data_folder(),
            launches: Launches::default(),
            pack: PackWindow::default(),
            drawn: false,
            undo: None,
        }
    }

    /// Takes today's date from `clock` from now on (tests: a day that
    /// changes).
    pub fn set_clock(&mut self, clock: Clock) {
        self.day_watch = DayWatch::new(clock);
    }

    /// From now on composes and lays out on a worker thread with
    /// `prepare`, waking `ctx` when a briefing is ready.
    pub fn prepare_in_background(&mut self, ctx: egui::Context, prepare: Arc<PrepareFn>) {
        self.preparer.start_worker(ctx, prepare);
    }

    /// Brings the briefing up to date with the selection now, on this
    /// thread (an export prints the current selection); true if it had to.
    fn refresh(&mut self) -> bool {
        self.preparer
            .now(&self.catalog, &self.selection, &mut self.prepared)
    }

    /// Asks for the briefing of a changed selection and shows the newest
    /// finished one; true if the selection changed.
    fn follow(&mut self) -> bool {
        let changed = self
            .preparer
            .request(&self.catalog, &self.selection, &mut self.prepared);
        // A briefing ready this soon (the bundled data: about 2 ms) shows
        // in this very frame, without the "updating" mark flashing.
        let wait = if changed { QUICK } else { Duration::ZERO };
        self.preparer.receive(&mut self.prepared, wait);
        changed
    }

    /// True while the preview shows an older briefing than the selection's.
    pub fn updating(&self) -> bool {
        self.preparer.updating(&self.prepared)
    }

    /// Results taken from the worker so far (see [`Preparer::received`]).
    pub fn results_received(&self) -> u64 {
        self.preparer.received()
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, status: &mut Option<Status>) {
        if let Some(notice) = self.day_watch.check(&mut self.selection.header) {
            self.refresh();
            *status = Some(Status::info(notice));
        }
        let again = ui.input_mut(|i| i.consume_shortcut(&EXPORT_SHORTCUT));
        let print_key = ui.input_mut(|i| i.consume_shortcut(&PRINT_SHORTCUT));
        let after = self.status_line(ui, status);

        // The toolbar spans the whole window above the side panels, so a
        // small screen with both panels open still shows all of it.
        let export_error = self.prepared.result.as_ref().err().map(|e| e.to_string());
        let clicked = self.toolbar.ui(
            ui,
            self.prepared.page_count(),
            export_error.as_deref(),
            &mut self.preview,
            &mut self.citations,
        );
        let export = match clicked {
            Some(ToolbarClick::Export(f)) => Some((f, false)),
            _ => again.then_some((self.export_format, true)),
        };
        let after = if print_key || clicked == Some(ToolbarClick::Print) {
            StatusAction::Print
        } else {
            after
        };
        self.after_export(after, ui, status);

        self.selection_side(ui, status);
        self.dataset.error_window(ui.ctx());
        self.about.ui(ui.ctx(), &self.catalog);

        // The preview follows the selection (in the same frame without a
        // worker); the last message was about the selection before — but
        // not at the first frame, whose message is the start's own (what
        // was reset or restored), which the user has not seen yet.
        if self.follow() && self.drawn {
            *status = None;
        }
        self.drawn = true;
        let pages = self.prepared.page_count();
        self.preview.keyboard(ui.ctx(), pages);
        let refs = match &self.prepared.result {
            Ok(b) => b.references(),
            Err(_) => &[],
        };
        if let Some(fact) = self.citations.ui(ui, &self.catalog, refs) {
            *status = Some(self.leave_out(&fact));
        }
        self.preview.updating = self.updating();
        if let Some(citation) = self.preview.ui(ui, &self.prepared.result) {
            self.citations.open(citation);
        }
        if let Some((format, again)) = export
            && let Some(s) = self.export(format, again)
        {
            *status = Some(s);
        }
        let outcome = self.file_flow.ui(ui.ctx(), &mut *self.dialog);
        self.on_file_outcome(outcome, status);
        if let Some((path, message)) = self.pack.ui(ui.ctx()) {
            *status = Some(self.use_saved(path, message, None));
        }
        if let WorkbenchAction::Saved {
            path,
            message,
            topic,
        } = self.workbench.ui(ui.ctx(), &mut *self.dialog)
        {
            *status = Some(self.use_saved(path, message, topic));
        }
    }

    /// The status line with its undo; a step back on its button or Ctrl+Z
    /// (a text field keeps Ctrl+Z for its own undo).
    fn status_line(&mut self, ui: &mut egui::Ui, status: &mut Option<Status>) -> StatusAction {
        let undo_key = !ui.ctx().egui_wants_keyboard_input()
            && ui.input_mut(|i| i.consume_shortcut(&UNDO_SHORTCUT));
        if self
            .undo
            .as_ref()
            .is_some_and(|u| !u.applies(&self.selection))
        {
            self.undo = None;
        }
        let undo = self.undo.as_ref().map(|u| u.what.as_str());
        let after = self.status_bar.ui(
            ui,
            status.as_ref(),
            self.prepared.took,
            self.export_format,
            undo,
        );
        if after == StatusAction::Undo || undo_key {
            self.step_back(status);
        }
        after
    }

    /// The left side panel: the dataset and the selection; "Bỏ chọn"
    /// keeps a step back.
    fn selection_side(&mut self, ui: &mut egui::Ui, status: &mut Option<Status>) {
        let mut dataset_action = DatasetAction::None;
        self.narrow.update(
            ui.ctx().content_rect().width(),
            self.citations.is_open(),
            &mut self.toolbar.show_selection,
        );
        egui::Panel::left("selection")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=520.0)
            .show_collapsible(ui, &mut self.toolbar.show_selection, |ui| {
                dataset_action = self
                    .dataset
                    .ui(ui, &self.catalog, self.dataset_file.as_deref());
                let before = self.selection.clone();
                self.selection_panel
                    .ui(ui, &self.catalog, &mut self.selection);
                if let Some(u) = left_out::topics_cleared(&before, &self.selection) {
                    self.undo = Some(u);
                }
            });
        self.on_dataset_action(dataset_action, status);
    }

    /// "Bỏ khỏi báo cáo": the fact left out, a step back kept, and what
    /// to tell (with a hint when an older figure now shows).
    fn leave_out(&mut self, fact: &str) -> Status {
        let before = self.selection.clone();
        self.selection.exclude(fact);
        self.follow();
        let summary = self.catalog.fact(fact).map_or(fact, |f| f.summary.as_str());
        let what = crate::brief::wording::window::undo_left_out(summary);
        self.undo = Some(Undo::new(before, self.selection.clone(), what));
        let mut text = crate::brief::wording::window::LEFT_OUT.to_string();
        if let Some(hint) = left_out::older_figure(&self.catalog, &self.selection, fact) {
            text.push(' ');
            text.push_str(&hint);
        }
        Status::info(text)
    }

    /// "Hoàn tác" (or Ctrl+Z): the selection before the last "Bỏ chọn"
    /// or "Bỏ khỏi báo cáo".
    fn step_back(&mut self, status: &mut Option<Status>) {
        let Some(u) = self.undo.take() else {
            return;
        };
        let said = crate::brief::wording::window::undone(&u.what);
        self.selection = u.into_before();
        self.follow();
        *status = Some(Status::info(said));
    }

    /// What the status line's buttons after an export (open the file or
    /// its folder) or "In…" start, with the programs they launched.
    fn after_export(&mut self, after: StatusAction, ui: &egui::Ui, status: &mut Option<Status>) {
        if after == StatusAction::Print {
            // Print the current selection, not an older briefing still shown.
            self.refresh();
        }
        let request = super::after_export::Request {
            action: after,
            briefing: &self.prepared.result,
            selection: &self.selection,
            shown: status.as_ref().and_then(|s| s.saved.clone()),
        };
        if let Some(s) = super::after_export::run(request, &mut self.launches, ui.ctx()) {
            *status = Some(s);
        }
        if let Some(s) = self.launches.poll() {
            *status = Some(s);
        }
    }

    /// What the dataset panel asked for.
    fn on_dataset_action(&mut self, action: DatasetAction, status: &mut Option<Status>) {
        match action {
            DatasetAction::None => {}
            DatasetAction::Open => self.file_flow.start_dataset(&mut *self.dialog),
            DatasetAction::Bundled => *status = Some(self.use_bundled()),
            DatasetAction::About => self.about.open = true,
            DatasetAction::OpenPack => self.file_flow.start_pack(&mut *self.dialog),
            DatasetAction::Retry => {
                if let Some(path) = self.dataset.unavailable.clone() {
                    *status = Some(self.open_dataset(path));
                }
            }
            DatasetAction::AddArticle => {
                let path = target_path(self.dataset_file.as_deref(), &self.data_folder);
                self.workbench.show(path);
            }
        }
    }

    /// What the export, dataset or pack dialog came to.
    fn on_file_outcome(&mut self, outcome: Option<Outcome>, status: &mut Option<Status>) {
        match outcome {
            None => {}
            Some(Outcome::Status(s)) => *status = Some(s),
            Some(Outcome::Export(path, format)) => {
                *status = Some(self.write_export(path, format, WriteOptions::default()));
            }
            Some(Outcome::ExportReplacing(path, format)) => {
                let options = WriteOptions {
                    replace_read_only: true,
                    ..WriteOptions::default()
                };
                *status = Some(self.write_export(path, format, options));
            }
            Some(Outcome::Dataset(path)) => *status = Some(self.open_dataset(path)),
            Some(Outcome::Pack(path)) => self.open_pack(&path),
        }
    }

    /// Switches to the user's dataset just written, with the saved fact's
    /// topic selected so the brief shows it.
    fn use_saved(&mut self, path: PathBuf, message: String, topic: Option<String>) -> Status {
        match crate::pack::installed::load_user_dataset(&path) {
            Ok(catalog) => {
                self.switch_catalog(catalog, Some(path));
                if let Some(t) = topic
                    && !self.selection.topics.contains(&t)
                {
                    self.selection.topics.push(t);
                    self.selection.topics =
                        self.catalog.ids_in_dataset_order(&self.selection.topics);
                    self.refresh();
                }
                Status::success(message)
            }
            Err(e) => Status::error(format!("Đã lưu nhưng không mở lại được: {e}")),
        }
    }

    /// Switches to the dataset at `path`; on any problem the current data
    /// stays in use and the problem is shown.
    fn open_dataset(&mut self, path: PathBuf) -> Status {
        match crate::pack::installed::load_user_dataset(&path) {
            Ok(catalog) => self.switch_catalog(catalog, Some(path)),
            Err(e) => {
                self.dataset.error = Some(e.to_string());
                Status::error(format!(
                    "Không mở được bộ dữ liệu {}; vẫn dùng dữ liệu hiện tại.",
                    path.display()
                ))
            }
        }
    }

    /// Shows the change list of the pack at `path`, to be imported into
    /// the user's dataset (the one in use, if it is the user's).
    pub fn open_pack(&mut self, path: &std::path::Path) {
        let target = target_path(self.dataset_file.as_deref(), &self.data_folder);
        self.pack.open(path, target, &self.data_folder);
    }

    fn use_bundled(&mut self) -> Status {
        match crate::data::load_bundled() {
            Ok(catalog) => self.switch_catalog(catalog, None),
            Err(e) => Status::error(e.to_string()),
        }
    }

    /// The dataset to remember for the next run: the one in use, or the
    /// one used last time while it cannot be opened.
    pub fn export_folders(&self) -> &[(FileType, PathBuf)] {
        self.file_flow.export_folders()
    }

    pub fn restore_export_folders(&mut self, folders: Vec<(FileType, PathBuf)>) {
        self.file_flow.restore_export_folders(folders);
    }

    pub fn remembered_dataset(&self) -> Option<&std::path::Path> {
        self.dataset_file
            .as_deref()
            .or(self.dataset.unavailable.as_deref())
    }

    fn switch_catalog(&mut self, catalog: Catalog, file: Option<PathBuf>) -> Status {
        let facts = catalog.facts().len();
        let topics = catalog.topics().len();
        self.catalog = Arc::new(catalog);
        self.dataset_file = file;
        self.dataset.error = None;
        self.dataset.packs = pack_lines(self.dataset_file.as_deref());
        self.about.packs = self.dataset.packs.clone();
        self.dataset.unavailable = None;
        self.citations.close();
        let changes = persist::sanitize_changes(&mut self.selection, &self.catalog);
        if self.selection.topics.is_empty() {
            self.selection.topics = self.catalog.topic_ids();
        }
        // Same selection, new data: compose again now.
        self.preparer
            .renew(&self.catalog, &self.selection, &mut self.prepared);
        let name = match &self.dataset_file {
            Some(p) => p.display().to_string(),
            None => "dữ liệu đi kèm".to_string(),
        };
        let mut text = format!("Đang dùng {name}: {facts} thông tin, {topics} chủ đề.");
        if !changes.is_empty() {
            text += &format!(
                " Lựa chọn được điều chỉnh theo bộ dữ liệu này: {}.",
                changes.join("; ")
            );
        }
        Status::success(text)
    }

    /// Starts asking where to save in `format` (the answer comes through
    /// the file flow); `again` (Ctrl+E) first offers to save over the last
    /// export. A status when export is not possible now.
    fn export(&mut self, format: FileType, again: bool) -> Option<Status> {
        if self.file_flow.busy() {
            return None;
        }
        self.refresh();
        if let Err(e) = &self.prepared.result {
            return Some(Status::error(format!(
                "Chưa thể xuất {}: {e}",
                format.short_label()
            )));
        }
        let name = export_file_name(&self.selection.header.date, format);
        let issuer_empty = self.selection.header.issuer.trim().is_empty();
        if again {
            self.file_flow
                .start_again(&mut *self.dialog, &name, format, issuer_empty);
        } else {
            self.file_flow
                .start_export(&mut *self.dialog, &name, format, issuer_empty);
        }
        None
    }

    /// Writes the current briefing to `path` in `format`, and remembers
    /// the format for the next Ctrl+E.
    fn write_export(&mut self, path: PathBuf, format: FileType, options: WriteOptions) -> Status {
        self.refresh();
        let what = format.short_label();
        let briefing = match &self.prepared.result {
            Ok(b) => b,
            Err(e) => return Status::error(format!("Chưa thể xuất {what}: {e}")),
        };
        match export_with(briefing, &path, format, options) {
            Ok(report) => {
                self.export_format = format;
                self.file_flow.remember(&path, format);
                let pages = (format == FileType::Pdf).then_some(report.pages);
                let mut text = crate::brief::wording::export_done(&path, pages, report.bytes);
                if report.other_links > 0 {
                    text.push(' ');
                    text.push_str(&crate::brief::wording::other_links_note(report.other_links));
                }
                Status::saved(text, path)
            }
            Err(ExportError::Write(WriteError::ReadOnlyFile(_))) => {
                self.file_flow.ask_read_only(path, format);
                Status::info(format!("Chưa xuất {what}: tệp đích chỉ cho đọc."))
            }
            Err(e) => Status::error(format!("Không xuất được {what}: {e}")),
        }
    }
}

/// One line per data pack imported into the dataset `file`.
pub(super) fn pack_lines(file: Option<&std::path::Path>) -> Vec<String> {
    let Some(installed) = file.and_then(|f| crate::pack::Installed::read(f).ok()) else {
        return Vec::new();
    };
    installed
        .packs
        .iter()
        .map(|p| format!("Gói “{}” phiên bản {}: {}", p.title, p.version, p.signature))
        .collect()
}
