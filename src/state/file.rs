//! The window's own saved state (selection, header, the official's own
//! sections, export format, dataset file), kept in a file of ours rather
//! than eframe's `app.ron`, which eframe rewrites in place: a full disk or
//! a crash while it writes loses everything in it.
//!
//! Here every write is atomic (temporary file, fsync, rename) and the
//! previous good copy is kept beside it. A file that cannot be read is
//! never overwritten: it is set aside under another name (or, if even
//! that fails, left alone and not written this session), the backup is
//! used when it reads, and the notice names what was reset.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::data::text_file::read_text_file;
use crate::fsio::write_atomically;

/// The state file and its previous good copy, in the app's storage folder.
pub const FILE_NAME: &str = "trang-thai.json";
pub const BACKUP_NAME: &str = "trang-thai.truoc.json";
/// Prefix of a damaged file set aside (then the time, then ".json").
pub const DAMAGED_PREFIX: &str = "trang-thai.hong-";
/// A generous bound: a state with long own sections is a few hundred KB.
const MAX_STATE_BYTES: u64 = 8 * 1024 * 1024;

/// The state as stored: text values by key (the keys of `persist`).
pub struct StateFile {
    path: PathBuf,
    values: BTreeMap<String, String>,
    /// The JSON last written or read, to skip writes that change nothing.
    written: Option<String>,
    /// The file on disk could not be read nor moved aside: never write it.
    hands_off: bool,
    /// Whether nothing was stored yet (a first run, or eframe's old keys).
    fresh: bool,
    /// What happened when reading, for the window's status line.
    pub notice: Option<String>,
    /// Why the last write failed, if it did (shown once).
    pub write_error: Option<String>,
}

enum Read {
    Missing,
    Good(BTreeMap<String, String>, String),
    /// Unreadable: why, in words.
    Damaged(String),
}

fn read(path: &Path) -> Read {
    let text = match read_text_file(path, MAX_STATE_BYTES) {
        Ok(t) => t,
        Err(crate::data::text_file::TextFileError::Io(e))
            if e.kind() == std::io::ErrorKind::NotFound =>
        {
            return Read::Missing;
        }
        Err(e) => return Read::Damaged(e.to_string()),
    };
    match serde_json::from_str::<BTreeMap<String, String>>(&text) {
        Ok(values) => Read::Good(values, text),
        Err(e) => Read::Damaged(format!(
            "nội dung hỏng ở dòng {}, cột {}",
            e.line(),
            e.column()
        )),
    }
}

impl StateFile {
    /// Reads the state in `folder` (see the module's comment).
    pub fn open(folder: &Path) -> Self {
        let path = folder.join(FILE_NAME);
        let mut state = Self {
            path: path.clone(),
            values: BTreeMap::new(),
            written: None,
            hands_off: false,
            fresh: false,
            notice: None,
            write_error: None,
        };
        let why = match read(&path) {
            Read::Good(values, text) => {
                state.values = values;
                state.written = Some(text);
                return state;
            }
            Read::Missing => {
                state.fresh = true;
                return state;
            }
            Read::Damaged(why) => why,
        };
        let aside = free_aside_name(folder);
        let kept = if std::fs::rename(&path, &aside).is_ok() {
            format!("tệp hỏng được giữ lại ở \"{}\"", aside.display())
        } else {
            state.hands_off = true;
            "tệp được để nguyên và sẽ không bị ghi đè trong lần chạy này".to_string()
        };
        let used = match read(&folder.join(BACKUP_NAME)) {
            Read::Good(values, _) => {
                state.values = values;
                "đã dùng bản lưu trước đó"
            }
            _ => {
                "đã đặt lại lựa chọn, phần đầu văn bản, nhận định của đơn vị, định dạng xuất và bộ dữ liệu về mặc định"
            }
        };
        state.notice = Some(format!(
            "Không đọc được trạng thái đã lưu \"{}\" ({why}): {used}; {kept}.",
            path.display()
        ));
        state
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    pub fn set(&mut self, key: &str, value: String) {
        self.values.insert(key.to_string(), value);
    }

    pub fn remove(&mut self, key: &str) {
        self.values.remove(key);
    }

    /// Whether nothing was stored here yet.
    pub fn is_fresh(&self) -> bool {
        self.fresh
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the state if it changed: the previous good copy first, then
    /// the new state, each atomically. A failure keeps both files as they
    /// were and is remembered in `write_error`.
    pub fn write(&mut self) {
        if self.hands_off {
            return;
        }
        let Ok(json) = serde_json::to_string_pretty(&self.values) else {
            return;
        };
        if self.written.as_deref() == Some(json.as_str()) {
            return;
        }
        let folder = crate::fsio::folder_of(&self.path);
        let result = std::fs::create_dir_all(&folder)
            .map_err(|e| e.to_string())
            .and_then(|()| match &self.written {
                Some(previous) => write_atomically(&folder.join(BACKUP_NAME), previous.as_bytes())
                    .map_err(|e| e.to_string()),
                None => Ok(()),
            })
            .and_then(|()| {
                write_atomically(&self.path, json.as_bytes()).map_err(|e| e.to_string())
            });
        match result {
            Ok(()) => {
                self.written = Some(json);
                self.fresh = false;
                self.write_error = None;
            }
            Err(e) => self.write_error = Some(e),
        }
    }
}

/// A name for a damaged file set aside that no earlier one has: the time,
/// then `-2`, `-3`… when several come within a second.
fn free_aside_name(folder: &Path) -> PathBuf {
    let secs = unix_seconds();
    (1u32..)
        .map(|n| match n {
            1 => folder.join(format!("{DAMAGED_PREFIX}{secs}.json")),
            n => folder.join(format!("{DAMAGED_PREFIX}{secs}-{n}.json")),
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| folder.join(format!("{DAMAGED_PREFIX}{secs}-x.json")))
}

fn unix_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}
