//! The smaller promises of the pack commands: a topic the pack does not
//! have is refused before anything is written; a `--keys` file that does
//! not exist is an error, not ignored; dates outside a zip's years are
//! refused; a rank's total is said as a number; `<` inside a script is
//! not a tag.

use egov_brief::data::load::check_user_json;
use egov_brief::pack::{KeyPair, create};

use crate::pack::{analyst_dataset, info, run, snapshot, text, write_dataset};

#[test]
fn an_unknown_topic_or_a_missing_keys_file_is_refused_and_nothing_written() {
    let tmp = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục").unwrap();
    let pack = tmp.path().join("goi.egb");
    std::fs::write(
        &pack,
        create(&snapshot(&analyst_dataset(true)), &info(1), Some(&key)).unwrap(),
    )
    .unwrap();
    let p = pack.display().to_string();
    let o = run(
        tmp.path(),
        &[
            "pack",
            "import",
            "--accept-unsigned",
            "--topic",
            "khong-co",
            &p,
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("gói không có chủ đề \"khong-co\""),
        "{}",
        text(&o)
    );
    assert!(text(&o).contains("chu-de-moi"), "{}", text(&o));
    assert!(!text(&o).contains("Đã nhập"), "{}", text(&o));
    let folder = tmp.path().join("data/egov-brief");
    assert!(!folder.join("goi-du-lieu.json").exists());
    assert!(!folder.join("du-lieu-bo-sung.json").exists());
    // A topic named with the pack's prefix is the same topic.
    let o = run(
        tmp.path(),
        &[
            "pack",
            "import",
            "--accept-unsigned",
            "--topic",
            "cuc-cds:chu-de-moi",
            &p,
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    // A path through a file: said in words, not "os error 20".
    let through = pack.join("x.egb").display().to_string();
    let o = run(tmp.path(), &["pack", "verify", &through]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("không phải là thư mục"), "{}", text(&o));
    assert!(!text(&o).contains("os error"), "{}", text(&o));
    let missing = tmp.path().join("khong-co.txt").display().to_string();
    let o = run(tmp.path(), &["pack", "verify", "--keys", &missing, &p]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("khong-co.txt"), "{}", text(&o));
}

#[test]
fn pack_dates_outside_a_zips_years_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = write_dataset(&tmp.path().join("d"), &analyst_dataset(true));
    for date in ["0000-01-01", "0001-01-01", "9999-12-31", "1979-12-31"] {
        let out = tmp.path().join("goi.egb").display().to_string();
        let o = run(
            tmp.path(),
            &[
                "--data",
                &data.display().to_string(),
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
                "--date",
                date,
                "-o",
                &out,
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{date}: {}", text(&o));
        assert!(!tmp.path().join("goi.egb").exists(), "{date}");
    }
}

#[test]
fn a_rank_total_that_disagrees_is_said_as_a_number() {
    let mut v = analyst_dataset(true);
    v["facts"][1]["kind"]["value"]["out_of"] = serde_json::json!(4_000_000_000u32);
    let s = snapshot(&v);
    let json = serde_json::to_string(&v).unwrap();
    let e = check_user_json("d.json", &json, &s.texts)
        .unwrap_err()
        .to_string();
    assert!(!e.contains("Some("), "{e}");
    assert!(e.contains("thứ hạng trên 4000000000"), "{e}");
}
