//! What an output path names before anything is written: a regular file
//! or a new name is written; a symbolic link is followed so its target is
//! replaced (the link stays a link); anything else (a device such as
//! `/dev/null`, a FIFO, a socket, a folder) is refused, because renaming a
//! new file over it would destroy it. Also the clean-up of temporary files
//! that an export killed half-way left behind.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::{WriteError, folder_of};

/// Prefix and suffix of our temporary files; `tempfile` puts six random
/// letters or digits between them.
pub const TEMP_PREFIX: &str = ".egov-brief-";
pub const TEMP_SUFFIX: &str = ".part";
const TEMP_RANDOM_LEN: usize = 6;

/// Links followed before giving up (Linux's own limit is 40).
const MAX_LINKS: usize = 40;

/// A temporary file younger than this is never removed: its writer may
/// have created it and not locked it yet.
const STALE_AFTER: Duration = Duration::from_secs(5);

/// The file that will be replaced (or created) for `path`: `path` itself,
/// or what its chain of symbolic links ends at. Refuses folders, special
/// files and, unless `replace_read_only`, a read-only file.
pub fn resolve(path: &Path, replace_read_only: bool) -> Result<PathBuf, WriteError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match fs::symlink_metadata(&current) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            // A missing folder on the way (ENOTDIR and the like) is
            // reported when the temporary file is made in it.
            Err(_) => return Ok(current),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            if !may_follow(&current, &meta) {
                return Err(WriteError::ForeignLink(current));
            }
            let link = fs::read_link(&current).map_err(|e| WriteError::from_io(e, path))?;
            current = if link.is_absolute() {
                link
            } else {
                folder_of(&current).join(link)
            };
            continue;
        }
        if kind.is_dir() {
            return Err(WriteError::IsFolder(path.to_path_buf()));
        }
        if !kind.is_file() {
            return Err(WriteError::NotAFile {
                path: path.to_path_buf(),
                kind: special_kind(&kind),
            });
        }
        if meta.permissions().readonly() && !replace_read_only {
            return Err(WriteError::ReadOnlyFile(path.to_path_buf()));
        }
        return Ok(current);
    }
    Err(WriteError::LinkLoop(path.to_path_buf()))
}

/// Refuses an output that is one of the command's inputs (the dataset
/// it read, the notes, the user's data, a key): writing it would destroy
/// what the output was made from. Inputs that do not exist are skipped.
pub fn refuse_inputs(output: &Path, inputs: &[(&Path, &'static str)]) -> Result<(), WriteError> {
    match inputs.iter().find(|(input, _)| same_file(output, input)) {
        Some((_, what)) => Err(WriteError::IsInput {
            path: output.to_path_buf(),
            what,
        }),
        None => Ok(()),
    }
}

/// Whether two paths name one existing file (after links).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Whether the link `link` (whose own metadata is `meta`) may be
/// followed for a write: the kernel's rule for sticky folders, applied by
/// us since we resolve links ourselves. A link made by this user is
/// followed; one made by the owner of its folder is too, unless that
/// folder is sticky and writable by everyone (`/tmp`), where anybody may
/// have planted it; any other is refused.
#[cfg(unix)]
fn may_follow(link: &Path, meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() == me {
        return true;
    }
    let Ok(folder) = fs::metadata(folder_of(link)) else {
        return false;
    };
    let open_sticky = folder.mode() & 0o1002 == 0o1002;
    meta.uid() == folder.uid() && !open_sticky
}

#[cfg(not(unix))]
fn may_follow(_: &Path, _: &fs::Metadata) -> bool {
    true
}

/// A special file's kind in words.
fn special_kind(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_block_device() {
            return "một thiết bị";
        }
        if kind.is_fifo() {
            return "một đường ống (FIFO)";
        }
        if kind.is_socket() {
            return "một socket";
        }
    }
    let _ = kind;
    "một tệp đặc biệt của hệ thống"
}

/// Whether `name` is one of our temporary files.
pub fn is_our_temp_name(name: &str) -> bool {
    name.len() == TEMP_PREFIX.len() + TEMP_RANDOM_LEN + TEMP_SUFFIX.len()
        && name.starts_with(TEMP_PREFIX)
        && name.ends_with(TEMP_SUFFIX)
        && name[TEMP_PREFIX.len()..name.len() - TEMP_SUFFIX.len()]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric())
}

/// Removes the temporary files in `folder` that an export killed before
/// its rename left behind. A live writer holds a lock on its temporary
/// file, so one that can be locked, is older than a few seconds and
/// belongs to the same user as `ours` (our own new temporary file) is
/// stale. Best effort: anything unexpected leaves the file alone.
pub fn remove_stale_temps(folder: &Path, ours: &fs::File) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let owner = ours.metadata().ok();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_our_temp_name) {
            continue;
        }
        let path = entry.path();
        if is_stale(&path, owner.as_ref()) {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Removes every temporary file of ours in `folder` that nobody is
/// writing (its lock can be taken); for the user's data folder, whose
/// writers hold the folder's lock, so none is being made there now.
/// Returns how many were removed.
pub fn remove_all_temps(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = entry.file_name().to_str().is_some_and(is_our_temp_name)
            && fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file());
        let idle = ours
            && fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .is_ok_and(|file| file.try_lock().is_ok());
        if idle && fs::remove_file(&path).is_ok() {
            n += 1;
        }
    }
    n
}

fn is_stale(path: &Path, owner: Option<&fs::Metadata>) -> bool {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.file_type().is_file() || !same_owner(&meta, owner) {
        return false;
    }
    let old = meta
        .modified()
        .ok()
        .and_then(|m| SystemTime::now().duration_since(m).ok())
        .is_some_and(|age| age >= STALE_AFTER);
    if !old {
        return false;
    }
    // Not being written: nobody holds its lock. The lock is released when
    // `file` is dropped, before the removal.
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .is_ok_and(|file| file.try_lock().is_ok())
}

#[cfg(unix)]
fn same_owner(meta: &fs::Metadata, owner: Option<&fs::Metadata>) -> bool {
    use std::os::unix::fs::MetadataExt;
    owner.is_some_and(|o| o.uid() == meta.uid())
}

#[cfg(not(unix))]
fn same_owner(_: &fs::Metadata, owner: Option<&fs::Metadata>) -> bool {
    owner.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_temporary_names_match() {
        assert!(is_our_temp_name(".egov-brief-a1B2c3.part"));
        assert!(!is_our_temp_name(".egov-brief-a1B2c3.pdf"));
        assert!(!is_our_temp_name(".egov-brief-.part"));
        assert!(!is_our_temp_name(".egov-brief-a1B2c3x.part"));
        assert!(!is_our_temp_name(".egov-brief-a1/2c3.part"));
        assert!(!is_our_temp_name("egov-brief-a1B2c3.part"));
    }
}
