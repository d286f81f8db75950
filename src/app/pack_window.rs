//! "Mở gói dữ liệu…": who signed a pack and what importing it would
//! change, topic by topic, before anything is written. A pack that no
//! trusted key signed needs the official's confirmation; "Nhập các chủ
//! đề đã chọn" imports the ticked topics into the user's dataset.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use egui::RichText;

use super::style::error_color;
use crate::brief::selection::Day;
use crate::brief::wording;
use crate::curate::user_data::UserData;

use crate::pack::change_text::indicator_names;
use crate::pack::installed::InstalledPack;
use crate::pack::{
    Accept, Installed, Prepared, TopicChanges, TrustedKeys, apply, open_pack_file, prepare,
    trusted_key_files,
};

/// Most facts listed per topic and kind (the rest are counted).
const LISTED: usize = 100;

/// The confirmation asked for a pack no trusted key signed.
pub const CONFIRM_UNTRUSTED: &str =
    "Tôi đã xác minh nguồn gói này và vẫn muốn nhập dù gói không được ký bởi đơn vị tin cậy";
pub const IMPORT_BUTTON: &str = "Nhập các chủ đề đã chọn";

struct Review {
    /// The user's dataset the pack goes into.
    dataset: PathBuf,
    prepared: Prepared,
    /// Each topic of the change list, ticked or not.
    ticked: Vec<bool>,
    confirmed: bool,
    /// The version of this pack imported before, with its signer.
    installed: Option<InstalledPack>,
    /// Indicator names by id (the user's data and the pack's own), so
    /// the change list names what a figure measures.
    names: HashMap<String, String>,
}

/// The pack being looked at, if any.
#[derive(Default)]
pub struct PackWindow {
    review: Option<Review>,
    /// Why the last pack could not be opened or imported.
    error: Option<String>,
}

impl PackWindow {
    /// Opens the pack `file` for importing into `dataset`; the trusted
    /// keys are those beside the program and in `data_folder`.
    pub fn open(&mut self, file: &Path, dataset: PathBuf, data_folder: &Path) {
        self.review = None;
        self.error = None;
        let result = TrustedKeys::read(&trusted_key_files(data_folder))
            .and_then(|trusted| open_pack_file(file, &trusted))
            .and_then(|pack| {
                let user = UserData::open(&dataset)?;
                let installed = Installed::read(&dataset)?;
                let before = installed.get(&pack.manifest.id).cloned();
                let names = indicator_names(&user.catalog()?, &pack);
                Ok((prepare(&user, &installed, pack)?, before, names))
            });
        match result {
            Ok((prepared, installed, names)) => {
                let ticked = vec![true; prepared.changes.topics.len()];
                self.review = Some(Review {
                    dataset,
                    prepared,
                    ticked,
                    confirmed: false,
                    installed,
                    names,
                });
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// The window; after an import, the dataset written and what to say.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<(PathBuf, String)> {
        self.error_ui(ctx);
        let review = self.review.as_mut()?;
        let mut answer = None;
        let mut open = true;
        egui::Window::new("Gói dữ liệu")
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(640.0)
            .show(ctx, |ui| answer = review_ui(ui, review));
        match answer {
            Some(true) => self.import(),
            Some(false) => {
                self.review = None;
                None
            }
            None if !open => {
                self.review = None;
                None
            }
            None => None,
        }
    }

    fn error_ui(&mut self, ctx: &egui::Context) {
        let Some(message) = &self.error else {
            return;
        };
        let mut close = false;
        egui::Window::new("Không dùng được gói dữ liệu")
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label(RichText::new(message).color(error_color(ui)));
                ui.label("Dữ liệu của bạn không thay đổi.");
                close = ui.button("Đóng").clicked();
            });
        if close {
            self.error = None;
        }
    }

    fn import(&mut self) -> Option<(PathBuf, String)> {
        let r = self.review.take()?;
        let topics = &r.prepared.changes.topics;
        let accept = if r.ticked.iter().all(|t| *t) {
            Accept::All
        } else {
            Accept::Topics(
                topics
                    .iter()
                    .zip(&r.ticked)
                    .filter(|(_, t)| **t)
                    .map(|(c, _)| c.topic.clone())
                    .collect(),
            )
        };
        let mut user = match UserData::open(&r.dataset) {
            Ok(u) => u,
            Err(e) => {
                self.error = Some(e.to_string());
                return None;
            }
        };
        let today = Day::today_in_vietnam().iso();
        if let Err(e) = apply(&mut user, &r.prepared, &accept, &today) {
            self.error = Some(e.to_string());
            return None;
        }
        let m = &r.prepared.pack.manifest;
        let [a, c, d, k] = r.prepared.changes.counts();
        let message = format!(
            "Đã nhập gói “{}” (phiên bản {}): {a} thông tin mới, {c} thay đổi, {d} bỏ đi, {k} mâu thuẫn mới.",
            m.title, m.version
        );
        Some((r.dataset, message))
    }
}

/// The review; `Some(true)` to import, `Some(false)` to cancel.
fn review_ui(ui: &mut egui::Ui, r: &mut Review) -> Option<bool> {
    let p = &r.prepared;
    let m = &p.pack.manifest;
    ui.heading(&m.title);
    let newest = m
        .newest_figure
        .map(|d| d.to_vietnamese())
        .unwrap_or_else(|| "không có".into());
    ui.label(format!(
        "{} · phiên bản {} · tạo ngày {} · số liệu mới nhất: {newest}",
        m.publisher, m.version, m.created
    ));
    let trusted = p.pack.status.is_trusted();
    let signature = p.pack.status.to_string();
    // Beside the version imported before, both signers: "Phiên bản 1 đã
    // nhập: Đã ký bởi …" over "Phiên bản 2 trong gói này: Chưa ký".
    if let Some(before) = &r.installed {
        let text = wording::installed_signer(before.version, &before.signature);
        let old = RichText::new(text).strong();
        ui.label(if before.trusted {
            old
        } else {
            old.color(error_color(ui))
        });
    }
    let status = match &r.installed {
        Some(_) => wording::offered_signer(m.version, &signature),
        None => signature,
    };
    let status = RichText::new(status).strong();
    ui.label(if trusted {
        status
    } else {
        status.color(error_color(ui))
    });
    match p.changes.installed {
        Some(v) if v == m.version => {
            ui.label(format!("Phiên bản {v} của gói này đã được nhập trước đây."));
        }
        Some(v) => {
            ui.label(format!(
                "Đã nhập phiên bản {v}; phiên bản {} sẽ thay cho nó.",
                m.version
            ));
        }
        None => {}
    }
    ui.separator();
    if p.changes.is_empty() {
        ui.label("Không có thay đổi nào so với dữ liệu hiện có.");
    }
    let names = &r.names;
    egui::ScrollArea::vertical()
        .max_height(380.0)
        .show(ui, |ui| {
            for (t, ticked) in p.changes.topics.iter().zip(r.ticked.iter_mut()) {
                topic_ui(ui, t, ticked, names);
            }
        });
    ui.separator();
    if !trusted {
        ui.checkbox(&mut r.confirmed, CONFIRM_UNTRUSTED);
    }
    let mut answer = None;
    // Why the import button is off, said beside it.
    let why_not = if p.changes.is_empty() {
        Some(wording::IMPORT_NOTHING_CHANGED)
    } else if !r.ticked.iter().any(|t| *t) {
        Some(wording::IMPORT_NOTHING_TICKED)
    } else if !(trusted || r.confirmed) {
        Some(wording::IMPORT_CONFIRM_FIRST)
    } else {
        None
    };
    ui.horizontal(|ui| {
        let button = ui.add_enabled(why_not.is_none(), egui::Button::new(IMPORT_BUTTON));
        if let Some(why) = why_not {
            button.clone().on_disabled_hover_text(why);
        }
        if button.clicked() {
            answer = Some(true);
        }
        if ui.button("Huỷ").clicked() {
            answer = Some(false);
        }
        if let Some(why) = why_not {
            ui.label(RichText::new(why).weak());
        }
    });
    answer
}

fn topic_ui(
    ui: &mut egui::Ui,
    t: &TopicChanges,
    ticked: &mut bool,
    names: &HashMap<String, String>,
) {
    let label = format!(
        "{} ({} mới, {} thay đổi, {} bỏ, {} mâu thuẫn)",
        t.name,
        t.added.len(),
        t.changed.len(),
        t.removed.len(),
        t.conflicts.len()
    );
    ui.checkbox(ticked, label);
    ui.indent(&t.topic, |ui| {
        // The entries `pack import` prints, the first few of each kind.
        let counts = [
            t.added.len(),
            t.changed.len(),
            t.removed.len(),
            t.conflicts.len(),
        ];
        let mut entries = t.entries(names).into_iter();
        for n in counts {
            for (k, entry) in entries.by_ref().take(n).enumerate() {
                if k >= LISTED {
                    continue;
                }
                ui.label(entry.line);
                for quote in entry.quotes {
                    ui.label(RichText::new(quote).italics());
                }
            }
        }
        let hidden = [
            t.added.len(),
            t.changed.len(),
            t.removed.len(),
            t.conflicts.len(),
        ]
        .iter()
        .map(|n| n.saturating_sub(LISTED))
        .sum::<usize>();
        if hidden > 0 {
            ui.label(format!("… và {hidden} mục khác"));
        }
    });
}
