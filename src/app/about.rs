//! The "Giới thiệu" (About) window: the program's version and build date,
//! the dataset in use with its sources, and the licences (the program's,
//! the fonts' and every crate's, in the notices file made by
//! `scripts/package.sh` and shipped next to the executable or in
//! `/usr/share/doc/egov-brief/`).

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::brief::wording;
use crate::data::Catalog;

/// The program's version (from Cargo.toml).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Build date as d/m/yyyy, or "không rõ" (set by build.rs).
pub const BUILD_DATE: &str = env!("EGOV_BRIEF_BUILD_DATE");
/// File name of the generated licence notices.
pub const NOTICES_FILE: &str = "GIAY-PHEP.html";
/// Where the Debian package installs the notices.
pub const SYSTEM_DOC_DIR: &str = "/usr/share/doc/egov-brief";

/// The About window; show it with [`AboutWindow::ui`] every frame and set
/// `open` to bring it up.
#[derive(Debug, Default)]
pub struct AboutWindow {
    pub open: bool,
    /// What happened on the last "Xem giấy phép…" click.
    message: Option<Message>,
    /// The data packs in the dataset in use, with who signed them.
    pub packs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Message {
    Opened(PathBuf),
    Failed(String),
}

impl AboutWindow {
    /// Draws the window while it is open.
    pub fn ui(&mut self, ctx: &egui::Context, catalog: &Catalog) {
        if !self.open {
            return;
        }
        let mut open = true;
        let mut close = false;
        egui::Window::new("Giới thiệu")
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(560.0)
            .show(ctx, |ui| {
                self.contents(ui, catalog);
                ui.add_space(6.0);
                if ui.button("Đóng").clicked() {
                    close = true;
                }
            });
        if !open || close {
            self.open = false;
            self.message = None;
        }
    }

    fn contents(&mut self, ui: &mut egui::Ui, catalog: &Catalog) {
        ui.heading("eGov Brief – Báo cáo tóm tắt Chính phủ điện tử");
        ui.label(format!("Phiên bản {VERSION}, bản dựng ngày {BUILD_DATE}"));
        ui.label(
            "Chạy ngoại tuyến: dữ liệu, bài viết nguồn và phông chữ nằm sẵn trong chương trình.",
        );

        ui.separator();
        ui.label(RichText::new("Bộ dữ liệu đang dùng").strong());
        ui.label(format!(
            "Định dạng phiên bản {}; {} chủ đề, {} chỉ tiêu, {} dữ kiện, {} nguồn.",
            catalog.schema_version(),
            catalog.topics().len(),
            catalog.indicators().len(),
            catalog.facts().len(),
            catalog.sources().len()
        ));
        for line in &self.packs {
            ui.label(line);
        }
        egui::ScrollArea::vertical()
            .id_salt("about-sources")
            .max_height(180.0)
            .show(ui, |ui| {
                for (i, line) in source_lines(catalog).iter().enumerate() {
                    ui.label(format!("{}. {line}", i + 1));
                }
            });

        ui.separator();
        ui.label(RichText::new("Giấy phép").strong());
        ui.label("eGov Brief: giấy phép MIT.");
        ui.label(
            "Phông chữ Liberation Serif và Liberation Sans (© Google, Red Hat) được nhúng theo \
             giấy phép SIL Open Font License 1.1 (OFL).",
        );
        ui.label(
            "Các thư viện Rust (crate) trong chương trình, kể cả các phông chữ dự phòng của egui \
             (Ubuntu, Hack, Noto Emoji): xem giấy phép của từng thư viện.",
        );
        if ui.button("Xem giấy phép…").clicked() {
            self.message = Some(open_notices(&notices_candidates()));
        }
        match &self.message {
            None => {}
            Some(Message::Opened(path)) => {
                ui.label(format!("Đã mở {}.", path.display()));
            }
            Some(Message::Failed(text)) => {
                ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
            }
        }
    }
}

/// One line per source: publisher, title, date and file.
pub fn source_lines(catalog: &Catalog) -> Vec<String> {
    catalog
        .sources()
        .iter()
        .map(|s| {
            format!(
                "{} – {} ({}; tệp {})",
                s.publisher.as_deref().unwrap_or(wording::UNKNOWN_PUBLISHER),
                s.title.as_deref().unwrap_or(wording::UNKNOWN_TITLE),
                s.published
                    .as_ref()
                    .map(|d| d.to_short())
                    .unwrap_or_else(|| wording::UNKNOWN_DATE.to_string()),
                s.seed_file
            )
        })
        .collect()
}

/// Where the notices file is looked for, in order: next to the executable
/// (the Windows zip and the Linux tarball), then the Debian package's
/// documentation folder.
pub fn notices_candidates() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
    {
        paths.push(dir.join(NOTICES_FILE));
    }
    if cfg!(unix) {
        paths.push(Path::new(SYSTEM_DOC_DIR).join(NOTICES_FILE));
    }
    paths
}

/// The first candidate that exists.
pub fn find_notices(candidates: &[PathBuf]) -> Option<&Path> {
    candidates
        .iter()
        .map(PathBuf::as_path)
        .find(|p| p.is_file())
}

fn open_notices(candidates: &[PathBuf]) -> Message {
    match find_notices(candidates) {
        Some(path) => match opener::open(path) {
            Ok(()) => Message::Opened(path.to_path_buf()),
            Err(e) => Message::Failed(format!(
                "Không mở được {}: {e}. Hãy mở tệp này bằng trình duyệt web.",
                path.display()
            )),
        },
        None => Message::Failed(not_found_text(candidates)),
    }
}

/// Says where the notices should have been.
fn not_found_text(candidates: &[PathBuf]) -> String {
    let places: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    format!(
        "Không tìm thấy tệp {NOTICES_FILE}. Tệp này đi kèm bản phát hành: nằm cạnh chương trình \
         (bản Windows .zip và Linux .tar.gz) hoặc trong {SYSTEM_DOC_DIR}/ (gói .deb). Đã tìm: {}.",
        places.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built from a git checkout, the date is the commit's day (UTC) as
    /// git itself writes it, d/m/yyyy.
    #[test]
    fn the_build_date_is_the_commits_day() {
        if std::env::var_os("SOURCE_DATE_EPOCH").is_some() {
            return; // a package build sets its own date
        }
        let git = std::process::Command::new("git")
            .args([
                "log",
                "-1",
                "--date=format-local:%-d/%-m/%Y",
                "--format=%cd",
            ])
            .env("TZ", "UTC")
            .output();
        match git {
            Ok(out) if out.status.success() => {
                let day = String::from_utf8_lossy(&out.stdout).trim().to_string();
                assert_eq!(BUILD_DATE, day);
            }
            _ => assert_eq!(BUILD_DATE, "không rõ"),
        }
    }

    #[test]
    fn notices_are_looked_for_next_to_the_executable_first() {
        let candidates = notices_candidates();
        let exe_dir = std::env::current_exe().unwrap();
        assert_eq!(candidates[0], exe_dir.parent().unwrap().join(NOTICES_FILE));
        if cfg!(unix) {
            assert_eq!(
                candidates.last().unwrap(),
                &Path::new(SYSTEM_DOC_DIR).join(NOTICES_FILE)
            );
        }
    }

    #[test]
    fn missing_notices_say_where_they_were_looked_for() {
        let dir = tempfile::tempdir().unwrap();
        let missing = vec![dir.path().join(NOTICES_FILE)];
        assert_eq!(find_notices(&missing), None);
        let Message::Failed(text) = open_notices(&missing) else {
            panic!("a missing file cannot be opened");
        };
        assert!(text.contains(&missing[0].display().to_string()), "{text}");
        assert!(text.contains(SYSTEM_DOC_DIR), "{text}");

        std::fs::write(&missing[0], "<html></html>").unwrap();
        assert_eq!(find_notices(&missing), Some(missing[0].as_path()));
    }

    #[test]
    fn every_source_gets_a_line() {
        let catalog = crate::data::load_bundled().unwrap();
        let lines = source_lines(&catalog);
        assert_eq!(lines.len(), catalog.sources().len());
        assert!(lines.iter().all(|l| l.contains("tệp ")));
    }
}
