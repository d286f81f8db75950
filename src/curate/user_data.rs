//! The user's own dataset (`"extends_bundled": true`) with its articles'
//! texts: read, changed, checked with the loader's own validation, written
//! all or nothing under the folder's lock (see `commit` and `data_lock`),
//! and undone one change at a time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::commit::{Commit, CommitError, recover};
use super::data_lock::{DataLock, LockError};

use crate::data::Catalog;
use crate::data::load::{LoadError, MAX_DATASET_BYTES, check_user_json, parse_dataset};
use crate::data::model::{Dataset, SCHEMA_VERSION};
use crate::data::seed_files::SeedReader;
use crate::data::seeds::BUNDLED_SEEDS;
use crate::data::text_file::read_text_file;

/// File name of the user's dataset in the app's data folder.
pub const DEFAULT_FILE_NAME: &str = "du-lieu-bo-sung.json";

#[derive(Debug, thiserror::Error)]
pub enum UserDataError {
    #[error("Không đọc được bộ dữ liệu của bạn \"{path}\": {message}")]
    Read { path: String, message: String },
    #[error(
        "Bộ dữ liệu \"{0}\" thay thế dữ liệu đi kèm (không ghi \"extends_bundled\": true) \
         nên không thêm vào được"
    )]
    NotExtending(String),
    #[error("Không ghi được \"{path}\": {message}")]
    Write { path: String, message: String },
    #[error("{0}")]
    Invalid(#[from] LoadError),
    #[error(
        "Tệp \"{0}\" đã bị thay đổi từ bên ngoài (một cửa sổ khác hay chương trình khác) sau khi mở, nên thay đổi này chưa được lưu để không ghi đè lên nó. Bấm “Nạp lại tệp” để nạp bản mới (thông tin đang nhập vẫn còn) rồi lưu lại."
    )]
    ChangedOutside(String),
    #[error("{0}")]
    Locked(#[from] LockError),
    #[error("{0}")]
    Commit(#[from] CommitError),
}

/// One state of the user's data: the records and the texts of its own
/// (not bundled) sources, by file name.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub data: Dataset,
    pub texts: BTreeMap<String, String>,
}

/// The user's dataset file and its history in this session.
#[derive(Debug, Clone)]
pub struct UserData {
    pub path: PathBuf,
    pub now: Snapshot,
    /// States before each change, newest last.
    history: Vec<Snapshot>,
    /// The file's bytes as last read or written (`None`: no file yet), to
    /// notice a change made outside before writing over it.
    on_disk: Option<Vec<u8>>,
    /// The data folder's lock, when held for longer than one write (a
    /// pack import reads, asks and writes under it).
    lock: Option<Arc<DataLock>>,
    /// What the recovery of an interrupted write did, to tell the user.
    pub recovered: Option<String>,
}

fn empty_dataset() -> Dataset {
    Dataset {
        schema_version: SCHEMA_VERSION,
        extends_bundled: true,
        sources: Vec::new(),
        topics: Vec::new(),
        indicators: Vec::new(),
        facts: Vec::new(),
        conflicts: Vec::new(),
    }
}

fn is_bundled_seed(name: &str) -> bool {
    BUNDLED_SEEDS.iter().any(|(n, _)| *n == name)
}

impl UserData {
    /// The dataset at `path`, or a new empty one when there is no file yet.
    /// A file that replaces the bundled data is refused (it is not the
    /// user's additions), and so is one that cannot be read.
    pub fn open(path: &Path) -> Result<Self, UserDataError> {
        let name = path.display().to_string();
        let read_err = |message: String| UserDataError::Read {
            path: name.clone(),
            message,
        };
        if !path.exists() {
            return Ok(Self::new_at(path));
        }
        let json =
            read_text_file(path, MAX_DATASET_BYTES as u64).map_err(|e| read_err(e.to_string()))?;
        let on_disk = Some(json.clone().into_bytes());
        let data = parse_dataset(&name, &json)?;
        if !data.extends_bundled {
            return Err(UserDataError::NotExtending(name));
        }
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut reader = SeedReader::new(folder);
        let mut texts = BTreeMap::new();
        for s in &data.sources {
            if is_bundled_seed(&s.seed_file) || texts.contains_key(&s.seed_file) {
                continue;
            }
            let text = reader.read(&s.seed_file).map_err(read_err)?;
            texts.insert(s.seed_file.clone(), text.to_string());
        }
        Ok(Self {
            path: path.to_path_buf(),
            now: Snapshot { data, texts },
            history: Vec::new(),
            on_disk,
            lock: None,
            recovered: None,
        })
    }

    /// Locks the data folder (see `data_lock`) for `what`, completes or
    /// removes an interrupted write, then opens the dataset at `path`; the
    /// lock is held until this value is dropped.
    pub fn open_locked(path: &Path, what: &str) -> Result<Self, UserDataError> {
        let lock = DataLock::acquire(&folder_of(path), what)?;
        let recovered = recover(&folder_of(path));
        let mut user = Self::open(path)?;
        user.lock = Some(Arc::new(lock));
        user.recovered = recovered;
        Ok(user)
    }

    /// Takes the data folder's lock for `what` if this value does not
    /// hold it (and completes an interrupted write); true if it took it,
    /// to be given back with [`UserData::release_lock`].
    pub fn take_lock(&mut self, what: &str) -> Result<bool, UserDataError> {
        if self.lock.is_some() {
            return Ok(false);
        }
        let folder = folder_of(&self.path);
        self.lock = Some(Arc::new(DataLock::acquire(&folder, what)?));
        if let Some(r) = recover(&folder) {
            self.recovered = Some(r);
        }
        Ok(true)
    }

    pub fn release_lock(&mut self) {
        self.lock = None;
    }

    /// Whether this value holds the data folder's lock.
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// An empty dataset to be written at `path`.
    pub fn new_at(path: &Path) -> Self {
        Self {
            path: path.to_path_buf(),
            now: Snapshot {
                data: empty_dataset(),
                texts: BTreeMap::new(),
            },
            history: Vec::new(),
            on_disk: None,
            lock: None,
            recovered: None,
        }
    }

    /// The JSON that is written for a state.
    pub fn json_of(snapshot: &Snapshot) -> String {
        serde_json::to_string_pretty(&snapshot.data).unwrap_or_default() + "\n"
    }

    /// Checks a state as loading its file would, merged with the bundled
    /// data.
    pub fn check(&self, snapshot: &Snapshot) -> Result<Catalog, LoadError> {
        check_user_json(
            &self.path.display().to_string(),
            &Self::json_of(snapshot),
            &snapshot.texts,
        )
    }

    /// The catalog of the current state (bundled data and the user's).
    pub fn catalog(&self) -> Result<Catalog, LoadError> {
        self.check(&self.now)
    }

    /// Whether the file is still as this session last read or wrote it.
    pub fn is_current(&self) -> bool {
        let now = std::fs::read(&self.path).ok();
        now == self.on_disk
    }

    /// Makes `next` the current state if it passes the checks, and writes
    /// it; the previous state can be brought back with [`UserData::undo`].
    pub fn change(&mut self, next: Snapshot) -> Result<Catalog, UserDataError> {
        self.change_with(next, &[])
    }

    /// As [`UserData::change`], writing the `extra` files (relative to
    /// the data folder) in the same all-or-nothing step.
    pub fn change_with(
        &mut self,
        next: Snapshot,
        extra: &[(String, Vec<u8>)],
    ) -> Result<Catalog, UserDataError> {
        let catalog = self.check(&next)?;
        self.write(&next, extra)?;
        let before = std::mem::replace(&mut self.now, next);
        self.history.push(before);
        Ok(catalog)
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.history.is_empty()
    }

    /// Brings back the state before the last change and writes it.
    pub fn undo(&mut self) -> Result<(), UserDataError> {
        let Some(before) = self.history.last().cloned() else {
            return Ok(());
        };
        self.write(&before, &[])?;
        self.history.pop();
        self.now = before;
        Ok(())
    }

    /// Writes `s` and, with it, the `extra` files (name relative to the
    /// data folder, bytes), all or nothing (see `commit`), under the
    /// folder's lock. Only the articles this session changed or that are
    /// missing are written: an article of the user's stays byte for byte.
    fn write(&mut self, s: &Snapshot, extra: &[(String, Vec<u8>)]) -> Result<(), UserDataError> {
        let folder = folder_of(&self.path);
        let _held = match self.lock {
            Some(_) => None,
            None => {
                let lock = DataLock::acquire(&folder, "lưu dữ liệu của cửa sổ eGov Brief")?;
                if let Some(r) = recover(&folder) {
                    self.recovered = Some(r);
                }
                Some(lock)
            }
        };
        if !self.is_current() {
            return Err(UserDataError::ChangedOutside(
                self.path.display().to_string(),
            ));
        }
        let mut commit = Commit::begin(&folder)?;
        for (name, bytes) in extra {
            commit.stage(name, bytes)?;
        }
        for (name, text) in &s.texts {
            let unchanged = self.now.texts.get(name) == Some(text) && folder.join(name).is_file();
            if !unchanged {
                commit.stage(name, text.as_bytes())?;
            }
        }
        let json = Self::json_of(s);
        let own_name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| DEFAULT_FILE_NAME.into());
        commit.stage(&own_name, json.as_bytes())?;
        commit.commit()?;
        self.on_disk = Some(json.into_bytes());
        Ok(())
    }

    /// A file name for a new article next to the dataset that no source
    /// and no file uses yet.
    pub fn free_seed_name(&self) -> String {
        let folder = self.path.parent().unwrap_or(Path::new("."));
        (1..)
            .map(|n| format!("bai-viet-{n:03}.txt"))
            .find(|name| !self.now.texts.contains_key(name) && !folder.join(name).exists())
            .unwrap_or_default()
    }

    /// Deletes a fact, and the conflicts that are left with fewer than two
    /// facts.
    pub fn without_fact(&self, id: &str) -> Snapshot {
        let mut next = self.now.clone();
        drop_fact(&mut next, id);
        next
    }

    /// Deletes a source with its facts and its text.
    pub fn without_source(&self, id: &str) -> Snapshot {
        let mut next = self.now.clone();
        let fact_ids: Vec<String> = next
            .data
            .facts
            .iter()
            .filter(|f| f.source == id)
            .map(|f| f.id.clone())
            .collect();
        for f in &fact_ids {
            drop_fact(&mut next, f);
        }
        if let Some(pos) = next.data.sources.iter().position(|s| s.id == id) {
            let source = next.data.sources.remove(pos);
            if !next
                .data
                .sources
                .iter()
                .any(|s| s.seed_file == source.seed_file)
            {
                next.texts.remove(&source.seed_file);
            }
        }
        next
    }
}

fn drop_fact(s: &mut Snapshot, id: &str) {
    s.data.facts.retain(|f| f.id != id);
    for c in &mut s.data.conflicts {
        c.facts.retain(|f| f != id);
    }
    s.data.conflicts.retain(|c| c.facts.len() >= 2);
}

fn folder_of(path: &Path) -> PathBuf {
    crate::fsio::folder_of(path)
}

/// The default place of the user's dataset in a data folder.
pub fn default_path(data_folder: &Path) -> PathBuf {
    data_folder.join(DEFAULT_FILE_NAME)
}
