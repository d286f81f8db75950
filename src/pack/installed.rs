//! Which packs the official has imported: `goi-du-lieu.json` beside the
//! user's dataset, with each pack's version and who signed it, so a newer
//! version replaces the older one and the window can name the data's
//! origin. The records themselves are found by their `ID:` prefix.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::PackError;
use super::manifest::Manifest;
use super::open::SignatureStatus;
use crate::data::PartialDate;
use crate::data::text_file::read_text_file;
use crate::export::write_atomically;

pub const INSTALLED_FILE: &str = "goi-du-lieu.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Installed {
    pub packs: Vec<InstalledPack>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstalledPack {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub publisher: String,
    pub created: String,
    pub newest_figure: Option<PartialDate>,
    /// The signature status when it was imported, as shown to the user
    /// ("Đã ký bởi …", "Chưa ký", …).
    pub signature: String,
    /// Whether it was signed by a trusted key then.
    pub trusted: bool,
    /// YYYY-MM-DD.
    pub imported: String,
}

/// The list's path beside the user's dataset `dataset_file`.
pub fn installed_path(dataset_file: &Path) -> PathBuf {
    dataset_file
        .parent()
        .unwrap_or(Path::new("."))
        .join(INSTALLED_FILE)
}

impl Installed {
    /// The list beside `dataset_file`; none yet is an empty list.
    pub fn read(dataset_file: &Path) -> Result<Self, PackError> {
        let path = installed_path(dataset_file);
        if !path.exists() {
            return Ok(Self::default());
        }
        let text = read_text_file(&path, 4 * 1024 * 1024).map_err(|e| PackError::io(&path, &e))?;
        serde_json::from_str(&text).map_err(|e| PackError::io(&path, &e))
    }

    pub fn write(&self, dataset_file: &Path) -> Result<(), PackError> {
        let path = installed_path(dataset_file);
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        write_atomically(&path, json.as_bytes()).map_err(|e| PackError::write(&path, &e))
    }

    pub fn get(&self, id: &str) -> Option<&InstalledPack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// Records `manifest` as imported on `day` (replacing an older entry).
    pub fn record(&mut self, manifest: &Manifest, status: &SignatureStatus, day: &str) {
        let entry = InstalledPack {
            id: manifest.id.clone(),
            version: manifest.version,
            title: manifest.title.clone(),
            publisher: manifest.publisher.clone(),
            created: manifest.created.clone(),
            newest_figure: manifest.newest_figure,
            signature: status.to_string(),
            trusted: status.is_trusted(),
            imported: day.to_string(),
        };
        match self.packs.iter_mut().find(|p| p.id == manifest.id) {
            Some(p) => *p = entry,
            None => self.packs.push(entry),
        }
    }
}
