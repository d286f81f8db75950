//! Writing a file so that a failure never leaves a truncated file or
//! destroys the previous one: the bytes go to a temporary file in the same
//! folder, are flushed to disk, and only then renamed over the target.
//! What the target may be is checked first (see `target`).

use std::io::{self, Write};
use std::path::Path;

use super::error::{WriteError, folder_of};
use super::target;

/// How an existing file at the target may be treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// Replace a read-only file (the user confirmed it); it stays
    /// read-only afterwards.
    pub replace_read_only: bool,
    /// Readable by its owner only from the moment it exists (a secret
    /// key), whatever the file it replaces allowed.
    pub private: bool,
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomically_with(path, WriteOptions::default(), |w| w.write_all(bytes))
}

/// Writes `bytes` to `path` atomically, readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let options = WriteOptions {
        private: true,
        ..WriteOptions::default()
    };
    write_atomically_with(path, options, |w| w.write_all(bytes))
}

/// Writes what `fill` produces to `path` atomically; if `fill` (or
/// anything after it) fails, the temporary file is removed and the target
/// is left as it was. A symbolic link is followed: its target is replaced,
/// through a temporary file in the target's folder.
pub fn write_atomically_with(
    path: &Path,
    options: WriteOptions,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let target = target::resolve(path, options.replace_read_only)?;
    let folder = folder_of(&target);
    if !folder.is_dir() {
        return Err(WriteError::NoFolder(folder));
    }
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(target::TEMP_PREFIX)
        .suffix(target::TEMP_SUFFIX);
    // A temporary file is private (0600); the brief should get the
    // permissions of an ordinary new file (0666 less the umask), or keep
    // those of the file it replaces.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if options.private { 0o600 } else { 0o666 };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut tmp = builder
        .tempfile_in(&folder)
        .map_err(|e| WriteError::from_io(e, path))?;
    // Held until the file is closed: tells a later export that this file
    // is being written (best effort: some file systems have no locks).
    let _ = tmp.as_file().try_lock();
    target::remove_stale_temps(&folder, tmp.as_file());
    {
        let mut w = io::BufWriter::new(tmp.as_file_mut());
        fill(&mut w).map_err(|e| WriteError::from_io(e, path))?;
        w.flush().map_err(|e| WriteError::from_io(e, path))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| WriteError::from_io(e, path))?;
    if let Ok(existing) = std::fs::metadata(&target)
        && !options.private
    {
        // Best effort: a failure here only leaves the new permissions.
        let _ = tmp.as_file().set_permissions(existing.permissions());
    }
    tmp.persist(&target)
        .map_err(|e| WriteError::from_io(e.error, path))?;
    sync_folder(&folder);
    Ok(())
}

/// How many other names (hard links) the file at `path` has. A file is
/// replaced by renaming a finished copy over it (never half-written), which
/// gives this path the new file and leaves the other names the old one.
pub fn other_links(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(target) = target::resolve(path, true) else {
            return 0;
        };
        std::fs::metadata(target).map_or(0, |m| m.nlink().saturating_sub(1))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0
    }
}

/// Makes a rename in `folder` durable (Unix; best effort).
pub fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".part"))
            .collect()
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.pdf");
        std::fs::write(&target, b"old").unwrap();
        write_atomically(&target, b"new content").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new content");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_writer_failing_midway_leaves_the_old_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.pdf");
        std::fs::write(&target, b"the previous brief").unwrap();
        let err = write_atomically_with(&target, WriteOptions::default(), |w| {
            w.write_all(b"%PDF-1.7 half a file")?;
            Err(io::Error::other("simulated failure"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("vẫn nguyên vẹn"), "{err}");
        assert_eq!(std::fs::read(&target).unwrap(), b"the previous brief");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn the_file_gets_ordinary_permissions_or_keeps_the_old_ones() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("new.pdf");
        write_atomically(&target, b"x").unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "private like a temporary file");
        assert_eq!(mode & 0o600, 0o600, "{mode:o}");

        let kept = dir.path().join("kept.pdf");
        std::fs::write(&kept, b"old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&kept, b"new").unwrap();
        let mode = std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn disk_full_and_read_only_errors_say_what_to_do() {
        let p = Path::new("/some/folder/brief.pdf");
        let full = WriteError::from_io(io::Error::from(io::ErrorKind::StorageFull), p);
        assert!(matches!(full, WriteError::DiskFull(_)));
        assert!(full.to_string().contains("đã đầy"));
        let ro = WriteError::from_io(io::Error::from(io::ErrorKind::ReadOnlyFilesystem), p);
        assert!(matches!(ro, WriteError::ReadOnly(_)), "{ro:?}");
        assert!(ro.to_string().contains("chỉ cho đọc"), "{ro}");
        let denied = WriteError::from_io(io::Error::from(io::ErrorKind::PermissionDenied), p);
        assert!(matches!(denied, WriteError::Denied(_)), "{denied:?}");
        #[cfg(unix)]
        {
            let enospc = WriteError::from_io(io::Error::from_raw_os_error(28), p);
            assert!(matches!(enospc, WriteError::DiskFull(_)), "{enospc:?}");
        }
        #[cfg(windows)]
        {
            let sharing = WriteError::from_io(io::Error::from_raw_os_error(32), p);
            assert!(matches!(sharing, WriteError::InUse(_)), "{sharing:?}");
        }
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no-such-folder").join("a.pdf");
        let err = write_atomically(&target, b"x").unwrap_err();
        assert!(matches!(err, WriteError::NoFolder(_)), "{err:?}");
        assert!(err.to_string().contains("no-such-folder"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_system_folder_that_takes_no_files_is_not_called_missing() {
        // /proc exists, but creating a file in it fails with ENOENT.
        let err = write_atomically(Path::new("/proc/bao-cao.pdf"), b"x").unwrap_err();
        assert!(matches!(err, WriteError::CannotCreate(_)), "{err:?}");
        assert!(!err.to_string().contains("không tồn tại"), "{err}");
    }

    #[test]
    fn a_folder_as_target_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomically(dir.path(), b"x").unwrap_err();
        assert!(matches!(err, WriteError::IsFolder(_)), "{err:?}");
    }
}
