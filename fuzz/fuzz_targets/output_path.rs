//! The export's output path on random kinds of target: missing folders,
//! links (to files, to nothing, in loops, out of the folder), read-only
//! files, folders, sockets, and a writer failing half-way. Whatever
//! happens: no panic, no temporary file left, anything that is not a
//! regular file untouched, an existing file either replaced whole or left
//! as it was, and a link still a link.
#![no_main]

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use egov_brief::fsio::WriteOptions;
use egov_brief::fsio::write_atomically_with;
use libfuzzer_sys::fuzz_target;

/// Makes entry `n` in `dir` as kind `k`; returns its path.
fn make(dir: &Path, n: usize, k: u8) -> PathBuf {
    let p = dir.join(format!("e{n}"));
    match k % 9 {
        0 => {}
        1 => fs::write(&p, b"old").unwrap(),
        2 => {
            fs::write(&p, b"old").unwrap();
            fs::set_permissions(&p, fs::Permissions::from_mode(0o444)).unwrap();
        }
        3 => fs::create_dir(&p).unwrap(),
        4 => symlink(format!("e{}", (n + 1) % 4), &p).unwrap(),
        5 => symlink("nowhere/x", &p).unwrap(),
        6 => symlink(&p, &p).unwrap(),
        7 => drop(std::os::unix::net::UnixListener::bind(&p).unwrap()),
        _ => symlink("../outside", &p).unwrap(),
    }
    p
}

/// Every entry's kind and, for files, bytes (not following links).
fn snapshot(dir: &Path) -> Vec<(String, String, Vec<u8>)> {
    let mut all: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let kind = format!("{:?}", e.file_type().unwrap());
            let bytes = if e.file_type().unwrap().is_file() {
                fs::read(e.path()).unwrap_or_default()
            } else {
                Vec::new()
            };
            (e.file_name().to_string_lossy().into_owned(), kind, bytes)
        })
        .collect();
    all.sort();
    all
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 7 {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("d");
    fs::create_dir(&dir).unwrap();
    fs::write(root.path().join("outside"), b"outside").unwrap();
    for n in 0..4 {
        make(&dir, n, data[n]);
    }
    let pick = data[4] as usize % 6;
    let target = match pick {
        4 => dir.join("missing-folder").join("x.pdf"),
        5 => dir.clone(),
        n => dir.join(format!("e{n}")),
    };
    let fail_after = data[5] as usize % 3;
    let replace_read_only = data[6] % 2 == 0;
    let body = &data[7..];
    let before = snapshot(&dir);
    let outside_before = fs::read(root.path().join("outside")).unwrap();
    let was_link = fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink());

    let result = write_atomically_with(&target, WriteOptions { replace_read_only, private: data[6] & 2 != 0 }, |w| {
        w.write_all(&body[..body.len() / 2])?;
        if fail_after == 0 {
            return Err(std::io::Error::other("fuzz failure"));
        }
        w.write_all(&body[body.len() / 2..])
    });

    for folder in [&dir, &root.path().to_path_buf()] {
        for e in fs::read_dir(folder).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(!name.ends_with(".part"), "left behind: {name}");
        }
    }
    if result.is_err() {
        assert_eq!(snapshot(&dir), before, "{result:?}");
        assert_eq!(fs::read(root.path().join("outside")).unwrap(), outside_before);
        return;
    }
    // Written: the path reads the new bytes; a link is still a link.
    assert_eq!(fs::read(&target).unwrap(), body);
    if was_link {
        assert!(fs::symlink_metadata(&target).unwrap().file_type().is_symlink());
    }
    // Nothing that was not a regular file (or a link to one, or a new
    // name) changed kind.
    let after = snapshot(&dir);
    for (name, kind, _) in &before {
        let now = after.iter().find(|a| &a.0 == name).map(|a| &a.1);
        assert_eq!(now, Some(kind), "{name} changed kind");
    }
});
