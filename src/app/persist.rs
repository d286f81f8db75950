//! Remembering the last selection between runs (eframe's storage).
//!
//! The selection is stored as JSON under one key, so that a corrupt or
//! incompatible value can be told apart from "nothing saved" and reported
//! in the window instead of being silently dropped or crashing the app.

use crate::brief::Selection;
use crate::brief::selection::Day;
use crate::data::Catalog;
use crate::export::FileType;

/// Storage key; bump the suffix when the stored shape changes.
pub const KEY: &str = "egov-brief/selection/v1";

/// The day the state was saved ("2026-11-23"), to tell a new day.
pub const SAVED_ON_KEY: &str = "egov-brief/saved-on/v1";

/// The format of the last export: "pdf" or "docx".
pub const FORMAT_KEY: &str = "egov-brief/export-format/v1";

/// Remembers the format of the last export.
pub fn save_format(storage: &mut dyn eframe::Storage, format: FileType) {
    storage.set_string(FORMAT_KEY, format.extension().to_string());
}

/// The format of the last export; PDF when none (or an unknown one) was
/// saved: a preference, so nothing is lost by starting from the default.
pub fn load_format(storage: Option<&dyn eframe::Storage>) -> FileType {
    storage
        .and_then(|s| s.get_string(FORMAT_KEY))
        .and_then(|ext| FileType::from_extension(&ext))
        .unwrap_or_default()
}

/// Where the last export of `format` went: the save dialog starts there
/// after a restart too.
fn export_folder_key(format: FileType) -> String {
    format!("egov-brief/export-folder/{}/v1", format.extension())
}

/// Remembers the folder of the last export in each format.
pub fn save_export_folders(
    storage: &mut dyn eframe::Storage,
    folders: &[(FileType, std::path::PathBuf)],
) {
    for (format, folder) in folders {
        storage.set_string(&export_folder_key(*format), folder.display().to_string());
    }
}

/// The folders of the last exports, those that still exist: a folder
/// removed since is a preference lost, not an error.
pub fn load_export_folders(
    storage: Option<&dyn eframe::Storage>,
) -> Vec<(FileType, std::path::PathBuf)> {
    let Some(storage) = storage else {
        return Vec::new();
    };
    FileType::ALL
        .into_iter()
        .filter_map(|f| {
            let folder = std::path::PathBuf::from(storage.get_string(&export_folder_key(f))?);
            folder.is_dir().then_some((f, folder))
        })
        .collect()
}

/// The dataset file in use (empty: the bundled data).
pub const DATASET_KEY: &str = "egov-brief/dataset-file/v1";

/// Remembers the dataset file in use, or that it is the bundled data.
pub fn save_dataset_file(storage: &mut dyn eframe::Storage, file: Option<&std::path::Path>) {
    let value = file.map(|p| p.display().to_string()).unwrap_or_default();
    storage.set_string(DATASET_KEY, value);
}

/// The dataset file used last time, if it was not the bundled data.
pub fn load_dataset_file(storage: Option<&dyn eframe::Storage>) -> Option<std::path::PathBuf> {
    let value = storage?.get_string(DATASET_KEY)?;
    (!value.trim().is_empty()).then(|| std::path::PathBuf::from(value))
}

/// Writes the selection (its text NFC-normalised) and today's date.
pub fn save(storage: &mut dyn eframe::Storage, selection: &Selection) {
    let selection = super::dates::nfc_selection(selection);
    if let Ok(json) = serde_json::to_string(&selection) {
        storage.set_string(KEY, json);
    }
    storage.set_string(SAVED_ON_KEY, Day::today_in_vietnam().iso());
}

/// What was read back: the selection, if any, and a notice to show when
/// the saved state was unusable or had to be adjusted.
#[derive(Debug, Default)]
pub struct Restored {
    pub selection: Option<Selection>,
    pub notice: Option<String>,
    /// The day the state was saved, when known.
    pub saved_on: Option<Day>,
}

/// Reads the saved selection.
pub fn load(storage: Option<&dyn eframe::Storage>) -> Restored {
    let mut restored = match storage.and_then(|s| s.get_string(KEY)) {
        None => Restored::default(),
        Some(json) => parse(&json),
    };
    restored.saved_on = storage
        .and_then(|s| s.get_string(SAVED_ON_KEY))
        .and_then(|iso| iso.parse::<Day>().ok());
    restored
}

/// Parses a stored selection; what cannot be read is reset, with a notice
/// naming it.
pub fn parse(json: &str) -> Restored {
    let e = match serde_json::from_str::<Selection>(json) {
        Ok(selection) => {
            return Restored {
                selection: Some(selection),
                ..Restored::default()
            };
        }
        Err(e) => e,
    };
    if let Some((selection, reset)) = crate::state::salvage::salvage_selection(json) {
        let names: Vec<&str> = reset
            .iter()
            .map(|k| crate::brief::wording::window::saved_field_label(k))
            .collect();
        return Restored {
            selection: Some(selection),
            saved_on: None,
            notice: Some(format!(
                "Một phần lựa chọn đã lưu lần trước bị hỏng; đã đặt lại về mặc định: {}. \
                 Các phần khác được giữ nguyên.",
                names.join(", ")
            )),
        };
    }
    Restored {
        selection: None,
        saved_on: None,
        notice: Some(format!(
            "Không đọc được lựa chọn đã lưu lần trước (dữ liệu hỏng hoặc của phiên bản khác, \
             lỗi ở dòng {}, cột {}); đã dùng lựa chọn mặc định (chủ đề, giai đoạn, phần đầu \
             văn bản, nhận định của đơn vị).",
            e.line(),
            e.column()
        )),
    }
}

/// Fits a saved selection to the current dataset: unknown topics are
/// dropped, years clamped, an impossible header date reset to today.
/// Returns what was changed, if anything, for a notice.
pub fn sanitize(selection: &mut Selection, catalog: &Catalog) -> Option<String> {
    let changes = sanitize_changes(selection, catalog);
    (!changes.is_empty()).then(|| {
        format!(
            "Lựa chọn đã lưu lần trước được điều chỉnh: {}.",
            changes.join("; ")
        )
    })
}

/// [`Selection::fit_to`] today, its changes each in a few words.
pub fn sanitize_changes(selection: &mut Selection, catalog: &Catalog) -> Vec<String> {
    let fitted = selection.fit_to(catalog, Day::today_in_vietnam());
    crate::brief::wording::window::fitted_changes(&fitted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corrupt_saved_state_is_a_notice_not_a_selection() {
        let r = parse("{\"topics\": 42");
        assert!(r.selection.is_none());
        assert!(r.notice.unwrap().contains("Không đọc được"));
        let r = parse("{\"topics\": [\"a\"], \"from\": 2016, \"to\": 2020}");
        assert_eq!(r.selection.unwrap().from, 2016);
    }

    #[test]
    fn a_brought_back_fact_the_data_no_longer_has_is_dropped_with_a_notice() {
        let catalog = crate::data::load_bundled().unwrap();
        let mut sel = Selection::default();
        sel.admit_untrustworthy("egdi-2016-world-s003");
        sel.admit_untrustworthy("khong-con");
        let notice = sanitize(&mut sel, &catalog).unwrap();
        assert_eq!(sel.admitted_untrustworthy, vec!["egdi-2016-world-s003"]);
        assert!(
            notice.contains("bỏ 1 thông tin từ nguồn không đáng tin cậy đã đưa vào"),
            "{notice}"
        );
    }
}
