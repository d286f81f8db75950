//! Links and outputs as a careful program treats them: a link another
//! user planted in a shared sticky folder is not followed; an output that
//! is one of the command's inputs is refused and the input kept; `pack
//! keygen` never replaces a key file and never writes through a link.

use crate::pack::{analyst_dataset, run, text, write_dataset};

fn export_args(data: &str, out: &str) -> Vec<String> {
    [
        "--data",
        data,
        "export",
        "--topic",
        "xep-hang-lhq",
        "--from",
        "2014",
        "--to",
        "2030",
        "--date",
        "2026-12-01",
        "-o",
        out,
    ]
    .map(String::from)
    .to_vec()
}

#[test]
fn an_output_over_its_own_input_is_refused_and_the_input_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let dataset = write_dataset(&tmp.path().join("d"), &analyst_dataset(true));
    let before = std::fs::read(&dataset).unwrap();
    let d = dataset.display().to_string();
    let args = export_args(&d, &d);
    let o = run(
        tmp.path(),
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("là bộ dữ liệu (--data) của chính lệnh này"),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(&dataset).unwrap(), before);
    // Through another name (a link to it) too.
    #[cfg(unix)]
    {
        let link = tmp.path().join("lien-ket.pdf");
        std::os::unix::fs::symlink(&dataset, &link).unwrap();
        let args = export_args(&d, &link.display().to_string());
        let o = run(
            tmp.path(),
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
        );
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        assert_eq!(std::fs::read(&dataset).unwrap(), before);
    }
    // `pack create` over the dataset it packs, or over its article.
    for target in [dataset.clone(), tmp.path().join("d/bai-viet-001.txt")] {
        let kept = std::fs::read(&target).unwrap();
        let o = run(
            tmp.path(),
            &[
                "--data",
                &d,
                "pack",
                "create",
                "--id",
                "cuc-cds",
                "--pack-version",
                "1",
                "--title",
                "Số liệu",
                "--publisher",
                "Cục",
                "-o",
                &target.display().to_string(),
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        assert!(text(&o).contains("của chính lệnh này"), "{}", text(&o));
        assert_eq!(std::fs::read(&target).unwrap(), kept);
    }
}

#[test]
fn keygen_never_replaces_a_key_file_nor_writes_through_a_link() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("khoa");
    let b = base.display().to_string();
    let public = tmp.path().join("khoa.khoa-cong-khai.txt");
    std::fs::write(&public, "ed25519 cũ\n").unwrap();
    let o = run(tmp.path(), &["pack", "keygen", "--name", "Cục", "-o", &b]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("không ghi đè tệp khóa"), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&public).unwrap(), "ed25519 cũ\n");
    assert!(!tmp.path().join("khoa.khoa-bi-mat").exists());
    #[cfg(unix)]
    {
        // A dangling link where the secret key would go.
        let base = tmp.path().join("moi");
        let planted = tmp.path().join("noi-khac.txt");
        std::os::unix::fs::symlink(&planted, tmp.path().join("moi.khoa-bi-mat")).unwrap();
        let b = base.display().to_string();
        let o = run(tmp.path(), &["pack", "keygen", "--name", "Cục", "-o", &b]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        assert!(!planted.exists(), "written through the link");
    }
    let base = tmp.path().join("dung");
    let o = run(
        tmp.path(),
        &[
            "pack",
            "keygen",
            "--name",
            "Cục",
            "-o",
            &base.display().to_string(),
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
}

/// A link made by `nobody` in a sticky folder everyone may write to is
/// not followed by root's export (needs root: the link's owner changed).
#[cfg(unix)]
#[test]
#[ignore = "needs root"]
fn a_link_planted_by_another_user_in_a_sticky_folder_is_not_followed() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let shared = tmp.path().join("chung");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let secret = tmp.path().join("cua-root.txt");
    std::fs::write(&secret, "bí mật").unwrap();
    let link = shared.join("bao-cao.pdf");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    std::os::unix::fs::lchown(&link, Some(65534), Some(65534)).unwrap();
    let o = crate::support::export_command()
        .args(["--date", "2026-11-23", "-o"])
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("do người dùng khác tạo"), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&secret).unwrap(), "bí mật");
    // The same link in a folder of nobody's own that is not shared is
    // nobody's to make: followed.
    let own = tmp.path().join("cua-nobody");
    std::fs::create_dir(&own).unwrap();
    std::os::unix::fs::chown(&own, Some(65534), Some(65534)).unwrap();
    let target = tmp.path().join("dich.pdf");
    let link = own.join("bao-cao.pdf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    std::os::unix::fs::lchown(&link, Some(65534), Some(65534)).unwrap();
    let o = crate::support::export_command()
        .args(["--date", "2026-11-23", "-o"])
        .arg(&link)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF"));
}
