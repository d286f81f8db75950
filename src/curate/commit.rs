//! All or nothing in the user's data folder: the files of one change (the
//! articles, the dataset and, for an import, `goi-du-lieu.json`) are first
//! written whole into the staging folder `.dang-ghi/`, then a journal
//! naming every move is written there atomically — the commit point —
//! and only then are the files moved into place, each by a rename.
//!
//! A failure before the journal leaves the data as it was; a failure while
//! moving undoes the moves made (the replaced files were kept in the
//! staging folder); a process killed after the journal is completed at the
//! next start by [`recover`], which also removes what a change killed
//! before its journal left behind, and says so. Called with the folder's
//! [`super::data_lock::DataLock`] held.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::data::seed_files::name_problem;
use crate::fsio::describe_io;
use crate::fsio::write::sync_folder;

/// The staging folder inside the data folder.
pub const STAGING: &str = ".dang-ghi";
const JOURNAL: &str = "nhat-ky.json";

#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("Không ghi được \"{path}\": {message}. Dữ liệu của bạn vẫn như trước khi ghi.")]
    Write { path: String, message: String },
    #[error(
        "Ghi chưa xong \"{path}\" ({message}) và không trả lại được trạng thái cũ; \
         lần mở chương trình sau sẽ hoàn tất việc ghi."
    )]
    Stuck { path: String, message: String },
}

/// One move: the staged file's name in the staging folder, and its
/// place relative to the data folder.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct Move {
    staged: String,
    to: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Journal {
    moves: Vec<Move>,
}

/// A change being staged.
pub struct Commit {
    folder: PathBuf,
    staging: PathBuf,
    moves: Vec<Move>,
}

fn err(path: &Path, e: &dyn std::fmt::Display) -> CommitError {
    CommitError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

impl Commit {
    /// Starts a change of `folder` (after [`recover`]: the staging folder
    /// must not hold an earlier change).
    pub fn begin(folder: &Path) -> Result<Self, CommitError> {
        let staging = folder.join(STAGING);
        std::fs::create_dir_all(folder).map_err(|e| err(folder, &describe_io(&e)))?;
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir(&staging).map_err(|e| err(&staging, &describe_io(&e)))?;
        Ok(Self {
            folder: folder.to_path_buf(),
            staging,
            moves: Vec::new(),
        })
    }

    /// Stages `bytes` for the file `name` (relative, inside the folder).
    pub fn stage(&mut self, name: &str, bytes: &[u8]) -> Result<(), CommitError> {
        if let Some(problem) = name_problem(name) {
            return Err(err(&self.folder.join(name), &problem));
        }
        let staged = format!("{:05}", self.moves.len());
        let path = self.staging.join(&staged);
        if let Err(e) = write_synced(&path, bytes) {
            self.abandon();
            return Err(err(&self.folder.join(name), &describe_io(&e)));
        }
        self.moves.push(Move {
            staged,
            to: name.to_string(),
        });
        Ok(())
    }

    /// Removes everything staged: the data stays as it was.
    fn abandon(&self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }

    /// Writes the journal (the commit point), then moves every staged file
    /// into place.
    pub fn commit(self) -> Result<(), CommitError> {
        if self.moves.is_empty() {
            self.abandon();
            return Ok(());
        }
        sync_folder(&self.staging);
        let journal = Journal {
            moves: self.moves.clone(),
        };
        let json = serde_json::to_vec(&journal).unwrap_or_default();
        let tmp = self.staging.join("nhat-ky.tmp");
        let written = write_synced(&tmp, &json)
            .and_then(|()| std::fs::rename(&tmp, self.staging.join(JOURNAL)));
        if let Err(e) = written {
            self.abandon();
            return Err(err(&self.folder, &describe_io(&e)));
        }
        sync_folder(&self.staging);
        match apply(&self.folder, &self.staging, &self.moves) {
            Ok(()) => {
                finish(&self.staging);
                Ok(())
            }
            Err((done, path, e)) => self.undo(done, &path, &e),
        }
    }

    /// Undoes the moves up to the failed one (`failed`, which may have
    /// set the replaced file aside already).
    fn undo(&self, failed: usize, path: &Path, e: &std::io::Error) -> Result<(), CommitError> {
        let mut undone = true;
        for m in self.moves[..=failed].iter().rev() {
            let to = self.folder.join(&m.to);
            let old = self.staging.join(format!("{}.cu", m.staged));
            let staged = self.staging.join(&m.staged);
            // Back into the staging folder, so that the journal can still
            // complete the change if the undo stops half-way.
            if !staged.exists() {
                undone &= std::fs::rename(&to, &staged).is_ok();
            }
            if old.exists() {
                undone &= std::fs::rename(&old, &to).is_ok();
            }
        }
        if undone {
            self.abandon();
            Err(err(path, &describe_io(e)))
        } else {
            Err(CommitError::Stuck {
                path: path.display().to_string(),
                message: describe_io(e),
            })
        }
    }
}

/// Moves the staged files into place; a replaced file is kept beside its
/// staged copy (`NNNNN.cu`) until the end. On failure: how many moves were
/// made, and the path and error of the one that failed.
fn apply(
    folder: &Path,
    staging: &Path,
    moves: &[Move],
) -> Result<(), (usize, PathBuf, std::io::Error)> {
    for (i, m) in moves.iter().enumerate() {
        let (from, to) = (staging.join(&m.staged), folder.join(&m.to));
        if !from.exists() {
            continue; // moved before a crash
        }
        let fail = |e| (i, to.clone(), e);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        if std::fs::symlink_metadata(&to).is_ok_and(|m| m.is_file()) {
            std::fs::rename(&to, staging.join(format!("{}.cu", m.staged))).map_err(fail)?;
        }
        std::fs::rename(&from, &to).map_err(fail)?;
        if let Some(parent) = to.parent() {
            sync_folder(parent);
        }
    }
    Ok(())
}

/// Removes the journal, then the rest of the staging folder.
fn finish(staging: &Path) {
    let _ = std::fs::remove_file(staging.join(JOURNAL));
    sync_folder(staging);
    let _ = std::fs::remove_dir_all(staging);
}

/// At start (the window, a command reading the user's data): when a write
/// was interrupted in `folder`, takes the folder's lock briefly and
/// recovers (see [`recover`]); what was done, in words. Nothing is
/// created in a folder with nothing to recover.
pub fn recover_at_start(folder: &Path) -> Option<String> {
    let temps = std::fs::read_dir(folder).ok()?.flatten().any(|e| {
        e.file_name()
            .to_str()
            .is_some_and(crate::fsio::target::is_our_temp_name)
    });
    if !temps && std::fs::symlink_metadata(folder.join(STAGING)).is_err() {
        return None;
    }
    let wait = std::time::Duration::from_millis(500);
    let _lock = super::data_lock::DataLock::acquire_within(folder, "khởi động", wait).ok()?;
    recover(folder)
}

/// Completes a change whose journal was written, or removes one killed
/// before it, and the temporary files of killed writes; returns what was
/// done, in words, when there was anything. Call with the lock held.
pub fn recover(folder: &Path) -> Option<String> {
    let staging = folder.join(STAGING);
    let mut said = Vec::new();
    if std::fs::symlink_metadata(&staging).is_ok() {
        let journal = std::fs::read(staging.join(JOURNAL))
            .ok()
            .and_then(|b| serde_json::from_slice::<Journal>(&b).ok());
        match journal {
            Some(j) => match apply(folder, &staging, &j.moves) {
                Ok(()) => {
                    finish(&staging);
                    said.push(format!(
                        "đã hoàn tất lần ghi bị ngắt giữa chừng ({} tệp)",
                        j.moves.len()
                    ));
                }
                Err((_, path, e)) => said.push(format!(
                    "chưa hoàn tất được lần ghi bị ngắt giữa chừng: \"{}\": {}",
                    path.display(),
                    describe_io(&e)
                )),
            },
            None => {
                let n = std::fs::read_dir(&staging).map_or(0, Iterator::count);
                let _ = std::fs::remove_dir_all(&staging);
                let _ = std::fs::remove_file(&staging);
                said.push(format!(
                    "đã xóa {n} tệp của lần ghi bị ngắt trước khi xong (dữ liệu giữ như trước lần ghi đó)"
                ));
            }
        }
    }
    let temps = crate::fsio::target::remove_all_temps(folder);
    if temps > 0 {
        said.push(format!("đã xóa {temps} tệp tạm còn sót lại"));
    }
    (!said.is_empty()).then(|| {
        format!(
            "Thư mục dữ liệu \"{}\": {}.",
            folder.display(),
            said.join("; ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_commit_moves_every_file_and_leaves_no_staging() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.json"), "cũ").unwrap();
        let mut c = Commit::begin(dir.path()).unwrap();
        c.stage("goi/x/b.txt", b"b").unwrap();
        c.stage("a.json", "mới".as_bytes()).unwrap();
        c.commit().unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.json")).unwrap(),
            "mới"
        );
        assert_eq!(std::fs::read(dir.path().join("goi/x/b.txt")).unwrap(), b"b");
        assert_eq!(files(dir.path()), ["a.json", "goi"]);
    }

    #[test]
    fn a_failed_move_undoes_the_moves_before_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "cũ").unwrap();
        // A folder where the second file goes: its rename fails.
        std::fs::create_dir_all(dir.path().join("b.txt/x")).unwrap();
        let mut c = Commit::begin(dir.path()).unwrap();
        c.stage("a.txt", b"new").unwrap();
        c.stage("b.txt", b"new").unwrap();
        c.stage("c.txt", b"new").unwrap();
        let e = c.commit().unwrap_err().to_string();
        assert!(e.contains("vẫn như trước khi ghi"), "{e}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
            "cũ"
        );
        assert!(!dir.path().join("c.txt").exists());
        assert_eq!(files(dir.path()), ["a.txt", "b.txt"]);
    }

    #[test]
    fn a_write_killed_after_its_journal_is_completed_at_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join(STAGING);
        std::fs::create_dir(&staging).unwrap();
        std::fs::write(dir.path().join("a.txt"), "cũ").unwrap();
        // The first move was made, the second not yet.
        std::fs::write(dir.path().join("b.txt"), "mới b").unwrap();
        std::fs::write(staging.join("00000.cu"), "cũ b").unwrap();
        std::fs::write(staging.join("00001"), "mới a").unwrap();
        std::fs::write(
            staging.join("nhat-ky.json"),
            r#"{"moves":[{"staged":"00000","to":"b.txt"},{"staged":"00001","to":"a.txt"}]}"#,
        )
        .unwrap();
        let said = recover(dir.path()).unwrap();
        assert!(
            said.contains("đã hoàn tất lần ghi bị ngắt giữa chừng (2 tệp)"),
            "{said}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
            "mới a"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("b.txt")).unwrap(),
            "mới b"
        );
        assert_eq!(files(dir.path()), ["a.txt", "b.txt"]);
        assert_eq!(recover(dir.path()), None);
    }

    #[test]
    fn a_write_killed_before_its_journal_is_removed_and_said() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join(STAGING);
        std::fs::create_dir(&staging).unwrap();
        std::fs::write(dir.path().join("a.txt"), "cũ").unwrap();
        std::fs::write(staging.join("00000"), "mới").unwrap();
        std::fs::write(staging.join("00001"), "mới").unwrap();
        std::fs::write(dir.path().join(".egov-brief-Ab12Cd.part"), "nửa").unwrap();
        let said = recover(dir.path()).unwrap();
        assert!(said.contains("đã xóa 2 tệp của lần ghi bị ngắt"), "{said}");
        assert!(said.contains("đã xóa 1 tệp tạm"), "{said}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
            "cũ"
        );
        assert_eq!(files(dir.path()), ["a.txt"]);
    }
}
