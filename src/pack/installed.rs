//! Which packs the official has imported: `goi-du-lieu.json` beside the
//! user's dataset, with each pack's version and who signed it, so a newer
//! version replaces the older one and the window can name the data's
//! origin. The records themselves are found by their `ID:` prefix.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::PackError;
use super::open::OpenedPack;
use super::rename::Owner;
use crate::data::text_file::read_text_file;
use crate::data::{Catalog, LoadError, PackTrust, PartialDate, load_dataset_file};

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
    /// The signer's public key (hex), if it was signed: only a pack
    /// signed with the same key replaces it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The ids of the records it brought (lists written before this field
    /// existed: every record with the pack's prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<Vec<String>>,
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

    /// The file's bytes (written with the dataset, as one step).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json.into_bytes()
    }

    pub fn get(&self, id: &str) -> Option<&InstalledPack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// Records `pack` as imported on `day` (replacing an older entry),
    /// with the ids of the records it brought.
    pub fn record(&mut self, pack: &OpenedPack, records: Vec<String>, day: &str) {
        let manifest = &pack.manifest;
        let entry = InstalledPack {
            id: manifest.id.clone(),
            version: manifest.version,
            title: manifest.title.clone(),
            publisher: manifest.publisher.clone(),
            created: manifest.created.clone(),
            newest_figure: manifest.newest_figure,
            signature: pack.status.to_string(),
            trusted: pack.status.is_trusted(),
            imported: day.to_string(),
            key: pack.signer.map(hex::encode),
            records: Some(records),
        };
        match self.packs.iter_mut().find(|p| p.id == manifest.id) {
            Some(p) => *p = entry,
            None => self.packs.push(entry),
        }
    }

    /// Which records of the user's data the pack `id` brought (none if
    /// it was never imported).
    pub fn owner(&self, id: &str) -> Owner {
        match self.get(id) {
            Some(p) => Owner::new(id, p.records.as_deref()),
            None => Owner::new(id, Some(&[])),
        }
    }
}

/// The user's dataset `file` loaded for use: its sources brought by a
/// pack no trusted unit signed are marked, so the brief and the window
/// say so beside their figures. An unreadable list of packs marks
/// nothing (the data itself loaded).
pub fn load_user_dataset(file: &Path) -> Result<Catalog, LoadError> {
    let mut catalog = load_dataset_file(file)?;
    if let Ok(installed) = Installed::read(file) {
        installed.mark_untrusted(&mut catalog);
    }
    Ok(catalog)
}

impl Installed {
    /// Marks in `catalog` the sources each untrusted pack brought.
    pub fn mark_untrusted(&self, catalog: &mut Catalog) {
        for p in self.packs.iter().filter(|p| !p.trusted) {
            let trust = match p.key {
                Some(_) => PackTrust::UnknownSigner,
                None => PackTrust::Unsigned,
            };
            let owner = self.owner(&p.id);
            let ids: Vec<String> = catalog
                .sources()
                .iter()
                .filter(|s| owner.owns(&s.id))
                .map(|s| s.id.clone())
                .collect();
            for id in ids {
                catalog.mark_pack_source(&id, trust);
            }
        }
    }
}
