//! What `-o` may name: a regular file or a new name is written; a link is
//! followed and its target replaced; devices, FIFOs, sockets, folders and
//! read-only files are refused and left exactly as they were; a hard-
//! linked file is replaced at this path, the other name said to keep the
//! old brief; temporary
//! files an export killed half-way left are cleaned up by the next one.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn export_to(out: &Path) -> Output {
    crate::support::export_command()
        .args(["--date", "2026-11-23", "-o"])
        .arg(out)
        .output()
        .expect("binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Refused with one line naming `needle`, no panic.
fn assert_refused(o: &Output, needle: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "succeeded: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(err.contains(needle), "{needle:?} not in {err:?}");
}

fn temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_socket_is_refused_and_left_alone() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.pdf");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    assert_refused(&export_to(&fifo), "đường ống");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    let socket = dir.path().join("s.pdf");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    assert_refused(&export_to(&socket), "socket");
    assert!(
        fs::symlink_metadata(&socket)
            .unwrap()
            .file_type()
            .is_socket()
    );
    assert!(temporaries(dir.path()).is_empty());
}

/// `/dev/null` and `/dev/full` as `-o`, re-made as device nodes in a
/// private tmpfs so the real `/dev` is never touched (mknod needs root).
#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root"]
fn a_device_is_refused_and_stays_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let dir = crate::cli::Tmpfs::mount("size=1m");
    for (name, minor) in [("null", "3"), ("full", "7")] {
        let dev = dir.path().join(name);
        let made = Command::new("mknod")
            .arg(&dev)
            .args(["c", "1", minor])
            .status()
            .unwrap();
        assert!(made.success());
        assert_refused(&export_to(&dev), "thiết bị");
        let kind = fs::symlink_metadata(&dev).unwrap().file_type();
        assert!(kind.is_char_device(), "{name} is no longer a device");
        // A link to the device is refused too.
        let link = dir.path().join(format!("{name}.pdf"));
        std::os::unix::fs::symlink(&dev, &link).unwrap();
        assert_refused(&export_to(&link), "thiết bị");
        assert!(
            fs::symlink_metadata(&dev)
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
    assert!(temporaries(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_on_the_command_line() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kept.pdf");
    fs::write(&file, b"the signed brief").unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    assert_refused(&export_to(&file), "chỉ cho đọc");
    assert_eq!(fs::read(&file).unwrap(), b"the signed brief");
    assert!(temporaries(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn a_link_is_followed_and_its_target_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("shared");
    fs::create_dir(&real).unwrap();
    let target = real.join("brief.pdf");
    fs::write(&target, b"old").unwrap();
    let link = dir.path().join("link.pdf");
    // A relative link, resolved from the link's folder.
    std::os::unix::fs::symlink("shared/brief.pdf", &link).unwrap();
    let o = export_to(&link);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read(&target).unwrap().starts_with(b"%PDF-"));

    // A link to a name that does not exist yet creates that file.
    let dangling = dir.path().join("new.pdf");
    std::os::unix::fs::symlink(real.join("later.pdf"), &dangling).unwrap();
    let o = export_to(&dangling);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read(real.join("later.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );

    // A loop of links is refused.
    let a = dir.path().join("a.pdf");
    let b = dir.path().join("b.pdf");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    assert_refused(&export_to(&a), "liên kết");
    assert!(temporaries(dir.path()).is_empty() && temporaries(&real).is_empty());
}

/// A file with another name (a hard link) is replaced at this path only,
/// never half-written in place; the export says the other name keeps the
/// old brief.
#[test]
fn a_hard_linked_file_is_replaced_here_and_the_other_name_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("bao-cao.pdf");
    let other = dir.path().join("ban-sao.pdf");
    fs::write(&here, b"old brief").unwrap();
    fs::hard_link(&here, &other).unwrap();
    let o = export_to(&here);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("còn 1 tên khác (liên kết cứng)"),
        "{}",
        stderr(&o)
    );
    assert!(fs::read(&here).unwrap().starts_with(b"%PDF-"));
    assert_eq!(fs::read(&other).unwrap(), b"old brief");
    // Without another name, nothing is said.
    let o = export_to(&here);
    assert!(!stderr(&o).contains("liên kết cứng"), "{}", stderr(&o));
}

#[test]
fn stale_temporary_files_of_a_killed_export_are_removed_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let make = |name: &str, old: bool| {
        let p = dir.path().join(name);
        let f = fs::File::create(&p).unwrap();
        f.set_len(100_000).unwrap();
        if old {
            f.set_modified(hour_ago).unwrap();
        }
        f
    };
    drop(make(".egov-brief-Ab12Cd.part", true));
    // Another export still writing: it holds the lock.
    let busy = make(".egov-brief-Zz99Yy.part", true);
    busy.lock().unwrap();
    // Just created: its writer may not have locked it yet.
    drop(make(".egov-brief-Nn00Ew.part", false));
    // Not ours: another program's name.
    drop(make(".other-Ab12Cd.part", true));

    let o = export_to(&dir.path().join("b.pdf"));
    assert!(o.status.success(), "{}", stderr(&o));
    let mut left = temporaries(dir.path());
    left.sort();
    assert_eq!(
        left,
        [
            ".egov-brief-Nn00Ew.part",
            ".egov-brief-Zz99Yy.part",
            ".other-Ab12Cd.part"
        ]
    );
    drop(busy);
}
