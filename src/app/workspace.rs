//! Everything the window needs once a dataset is loaded: the data, the
//! user's selection, the cached briefing and the panels; switching
//! datasets and exporting.

use std::path::PathBuf;

use super::cache::Prepared;
use super::dialog::{FileDialogs, with_extension};
use super::panels::*;
use super::persist;
use super::status::Status;
use crate::brief::Selection;
use crate::brief::selection::Day;
use crate::data::Catalog;
use crate::export::{Format, export};

/// Export shortcut: Ctrl+E (Cmd+E on a Mac).
pub const EXPORT_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);

/// Default file name for a briefing dated `day`: "Bao-cao-tom-tat-2026-11-23.pdf".
pub fn default_file_name(day: &Day) -> String {
    export_file_name(day, Format::Pdf)
}

/// Default file name in a format: "Bao-cao-tom-tat-2026-11-23.docx".
pub fn export_file_name(day: &Day, format: Format) -> String {
    format!("Bao-cao-tom-tat-{}.{}", day.iso(), format.extension())
}

pub struct Workspace {
    pub catalog: Catalog,
    dialog: Box<dyn FileDialogs>,
    pub selection: Selection,
    pub prepared: Prepared,
    /// Where the catalog came from: `None` for the bundled dataset.
    pub dataset_file: Option<PathBuf>,
    pub dataset: DatasetPanel,
    selection_panel: SelectionPanel,
    pub preview: PreviewPanel,
    pub citations: CitationPanel,
    toolbar: Toolbar,
    status_bar: StatusBar,
    /// The format of the last export: offered first next time, and what
    /// Ctrl+E exports.
    export_format: Format,
}

impl Workspace {
    pub fn new(catalog: Catalog, dialog: Box<dyn FileDialogs>, selection: Selection) -> Self {
        let prepared = Prepared::new(&catalog, &selection);
        Self {
            catalog,
            dialog,
            selection,
            prepared,
            dataset_file: None,
            dataset: DatasetPanel::default(),
            selection_panel: SelectionPanel::default(),
            preview: PreviewPanel::default(),
            citations: CitationPanel::default(),
            toolbar: Toolbar::default(),
            status_bar: StatusBar::default(),
            export_format: Format::Pdf,
        }
    }

    /// Composes and lays out again when the selection changed.
    fn refresh(&mut self) {
        if self.prepared.selection != self.selection {
            self.prepared = Prepared::new(&self.catalog, &self.selection);
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, status: &mut Option<Status>) {
        let mut export = ui
            .input_mut(|i| i.consume_shortcut(&EXPORT_SHORTCUT))
            .then_some(self.export_format);
        self.status_bar.ui(ui, status.as_ref(), self.prepared.took);

        let mut dataset_action = DatasetAction::None;
        egui::Panel::left("selection")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=520.0)
            .show(ui, |ui| {
                dataset_action = self
                    .dataset
                    .ui(ui, &self.catalog, self.dataset_file.as_deref());
                self.selection_panel
                    .ui(ui, &self.catalog, &mut self.selection);
            });
        match dataset_action {
            DatasetAction::None => {}
            DatasetAction::Open => *status = self.open_dataset().or(status.take()),
            DatasetAction::Bundled => *status = Some(self.use_bundled()),
        }
        self.dataset.error_window(ui.ctx());

        // The preview follows the selection in the same frame.
        self.refresh();
        let pages = self.prepared.page_count();
        self.preview.keyboard(ui.ctx(), pages);
        let refs = match &self.prepared.result {
            Ok(b) => b.references(),
            Err(_) => &[],
        };
        self.citations.ui(ui, &self.catalog, refs);
        let export_error = self.prepared.result.as_ref().err().map(|e| e.to_string());
        export = self
            .toolbar
            .ui(
                ui,
                pages,
                export_error.as_deref(),
                &mut self.preview,
                &mut self.citations,
            )
            .or(export);
        if let Some(citation) = self.preview.ui(ui, &self.prepared.result) {
            self.citations.open(citation);
        }
        if let Some(format) = export {
            *status = Some(self.export(format));
            ui.ctx().request_repaint();
        }
    }

    /// Asks for a dataset file and switches to it; on any problem the
    /// current data stays in use and the problem is shown.
    fn open_dataset(&mut self) -> Option<Status> {
        let path = self.dialog.open_dataset()?;
        match crate::data::load_dataset_file(&path) {
            Ok(catalog) => Some(self.switch_catalog(catalog, Some(path))),
            Err(e) => {
                self.dataset.error = Some(e.to_string());
                Some(Status::error(format!(
                    "Không mở được bộ dữ liệu {}; vẫn dùng dữ liệu hiện tại.",
                    path.display()
                )))
            }
        }
    }

    fn use_bundled(&mut self) -> Status {
        match crate::data::load_bundled() {
            Ok(catalog) => self.switch_catalog(catalog, None),
            Err(e) => Status::error(e.to_string()),
        }
    }

    fn switch_catalog(&mut self, catalog: Catalog, file: Option<PathBuf>) -> Status {
        let facts = catalog.facts().len();
        let topics = catalog.topics().len();
        self.catalog = catalog;
        self.dataset_file = file;
        self.dataset.error = None;
        self.citations.close();
        persist::sanitize(&mut self.selection, &self.catalog);
        if self.selection.topics.is_empty() {
            self.selection.topics = self.catalog.topic_ids();
        }
        // Same selection, new data: compose again now.
        self.prepared = Prepared::new(&self.catalog, &self.selection);
        let name = match &self.dataset_file {
            Some(p) => p.display().to_string(),
            None => "dữ liệu đi kèm".to_string(),
        };
        Status::success(format!(
            "Đang dùng {name}: {facts} thông tin, {topics} chủ đề."
        ))
    }

    /// Asks where to save, offering `preferred` first, and writes the
    /// current briefing in the format of the file chosen.
    fn export(&mut self, preferred: Format) -> Status {
        self.refresh();
        let briefing = match &self.prepared.result {
            Ok(b) => b,
            Err(e) => return Status::error(format!("Chưa thể xuất {}: {e}", preferred.label())),
        };
        let name = export_file_name(&self.selection.header.date, preferred);
        let Some(path) = self.dialog.save_export(&name, preferred) else {
            return Status::info(format!("Đã huỷ xuất {}.", preferred.label()));
        };
        let format = Format::from_path(&path).unwrap_or(preferred);
        let path: PathBuf = with_extension(path, format);
        self.export_format = format;
        match export(briefing, &path, format) {
            Ok(report) if format == Format::Pdf => Status::success(format!(
                "Đã lưu {} ({} trang, {} KB).",
                path.display(),
                report.pages,
                report.bytes.div_ceil(1024)
            )),
            Ok(report) => Status::success(format!(
                "Đã lưu {} (Word, {} KB).",
                path.display(),
                report.bytes.div_ceil(1024)
            )),
            Err(e) => Status::error(format!("Không xuất được {}: {e}", format.label())),
        }
    }
}
