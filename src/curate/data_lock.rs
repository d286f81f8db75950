//! One writer at a time in the user's data folder: a pack import and a
//! save of the workbench each hold an OS advisory lock on `.dang-ghi.lock`
//! (std's `File::lock`: `flock` on Unix, `LockFileEx` on Windows, released
//! by the OS when the process dies, so a killed writer never leaves the
//! folder locked). A second writer waits briefly, then is refused with a
//! message that names the first, whose description the lock file holds.
//! The file is never deleted: deleting a lock file lets two writers lock
//! two different files.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The lock file in the data folder.
pub const LOCK_FILE: &str = ".dang-ghi.lock";
/// How long a second writer waits for the first before it is refused.
pub const WAIT: Duration = Duration::from_secs(3);

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "Thư mục dữ liệu \"{folder}\" đang được ghi bởi {holder}; chưa ghi gì. \
         Hãy đợi việc đó xong rồi thử lại."
    )]
    Busy { folder: String, holder: String },
    #[error("Không khóa được thư mục dữ liệu \"{folder}\" để ghi: {message}")]
    Io { folder: String, message: String },
}

/// The lock, held until dropped.
#[derive(Debug)]
pub struct DataLock {
    file: File,
    path: PathBuf,
}

impl DataLock {
    /// Locks `folder` for the writer described by `what` (e.g. "nhập gói
    /// x.egb"), waiting up to [`WAIT`].
    pub fn acquire(folder: &Path, what: &str) -> Result<Self, LockError> {
        Self::acquire_within(folder, what, WAIT)
    }

    /// As [`DataLock::acquire`], waiting up to `wait`.
    pub fn acquire_within(folder: &Path, what: &str, wait: Duration) -> Result<Self, LockError> {
        let io = |e: std::io::Error| LockError::Io {
            folder: folder.display().to_string(),
            message: crate::fsio::describe_io(&e),
        };
        std::fs::create_dir_all(folder).map_err(io)?;
        let path = folder.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    return Err(LockError::Busy {
                        folder: folder.display().to_string(),
                        holder: if holder.is_empty() {
                            "một chương trình khác".into()
                        } else {
                            holder.to_string()
                        },
                    });
                }
                Err(TryLockError::Error(e)) => return Err(io(e)),
            }
        }
        // Who holds it, for the message of the next writer (best effort).
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = write!(
            file,
            "{what} (chương trình số {}, từ {})",
            std::process::id(),
            now_hms()
        );
        let _ = file.flush();
        Ok(Self { file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for DataLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

/// The time of day (UTC+7, Vietnam), for the holder's description.
fn now_hms() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
        + 7 * 3600;
    let s = secs % 86_400;
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_naming_the_first_then_gets_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let first = DataLock::acquire(dir.path(), "nhập gói a.egb").unwrap();
        let e = DataLock::acquire_within(dir.path(), "lưu", Duration::from_millis(200))
            .unwrap_err()
            .to_string();
        assert!(e.contains("đang được ghi bởi nhập gói a.egb"), "{e}");
        drop(first);
        DataLock::acquire_within(dir.path(), "lưu", Duration::from_millis(200)).unwrap();
    }
}
