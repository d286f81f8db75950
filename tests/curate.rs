//! A new article to candidate facts: body detection on the five bundled
//! articles (every quote inside, no chrome), and `suggest` on an article
//! the project has never seen, as text and as HTML.

use std::process::Command;

use egov_brief::curate::body::{detect_body, in_body};
use egov_brief::curate::{candidates, read_article};

use crate::support::catalog;

/// Chrome of each bundled article that must stay out of its body.
const CHROME: &[(&str, &[&str])] = &[
    (
        "000_d42efc25331d3bd5.txt",
        &[
            "Trang chủ Chính trị",
            "Theo dõi thoidai",
            "Tin bài liên quan",
            "Quyết định số 1619/QĐ-TTg",
            "Bình luận",
            "[Video]",
            "Chi Dân",
        ],
    ),
    (
        "001_cf1c2a43a6eace24.txt",
        &["lượt xem", "Từ khóa", "Theo TTXVN", "Đoàn Đại biểu Quốc"],
    ),
    (
        "002_f5cce74d7b1a0e9d.txt",
        &[
            "Tag",
            "Xã hội 01/11/2022",
            "Vinh danh nền tảng",
            "Đọc thêm",
            "Muôn mặt cuộc sống",
            "Xem thêm",
        ],
    ),
    (
        "003_f5b3ba6a35f28226.txt",
        &[
            "会员登录",
            "时间",
            "Diệu Thiện",
            "相关内容",
            "Thời tiết Hà Nội",
            "Nồi ngô",
        ],
    ),
    ("004_927a02598e7b56f5.txt", &[]),
];

/// How far (per mille of the curated body) the detected body may be from
/// the curated spans: 0,5% (README), except on the spam re-post 003,
/// whose curated spans cut injected gambling words out of the middle of
/// body lines, which a line-based detection keeps (197 of 6.420 bytes).
fn tolerance_per_mille(seed_file: &str) -> usize {
    if seed_file.starts_with("003_") { 35 } else { 5 }
}

#[test]
fn the_body_of_each_bundled_article_holds_every_quote_and_no_chrome() {
    let c = catalog();
    // The articles (the UN tables and the register are not web pages: no
    // chrome to detect).
    use egov_brief::data::register::REGISTER_FILE;
    for s in c
        .sources()
        .iter()
        .filter(|s| s.table.is_none() && s.seed_file != REGISTER_FILE)
    {
        let text = c.source_text(s);
        let body = detect_body(text);
        let quotes: Vec<_> = c.facts().iter().filter(|f| f.source == s.id).collect();
        assert!(!quotes.is_empty());
        for f in &quotes {
            assert!(
                in_body(&body, f.quote.start, f.quote.end),
                "{}: quote of {} outside the detected body",
                s.seed_file,
                f.id
            );
        }
        let (_, chrome) = CHROME.iter().find(|(f, _)| *f == s.seed_file).unwrap();
        for r in &body {
            for bit in *chrome {
                assert!(
                    !text[r.clone()].contains(bit),
                    "{}: {bit:?} in body",
                    s.seed_file
                );
            }
        }
        // README: within 0,5% of the curated body spans. Bytes in one
        // and not the other, against the curated body's size.
        let in_spans = |spans: &[std::ops::Range<usize>], b: usize| {
            spans.iter().any(|r| r.start <= b && b < r.end)
        };
        let curated: Vec<_> = s.body.iter().map(|b| b.start..b.end).collect();
        let differing = (0..text.len())
            .filter(|&b| in_spans(&body, b) != in_spans(&curated, b))
            .count();
        let size: usize = curated.iter().map(|r| r.len()).sum();
        assert!(
            differing * 1000 <= size * tolerance_per_mille(&s.seed_file),
            "{}: {differing} of {size} bytes differ from the curated body",
            s.seed_file
        );
    }
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn suggest_finds_the_figures_of_a_new_article_with_exact_offsets() {
    for name in ["khao-sat-2024.txt", "khao-sat-2024.html"] {
        let path = fixture(name);
        let o = Command::new(env!("CARGO_BIN_EXE_egov-brief"))
            .arg("suggest")
            .arg(&path)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let text = read_article(&path).unwrap().text;
        let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let sentences: Vec<&str> = lines.iter().map(|l| l["text"].as_str().unwrap()).collect();
        for l in &lines {
            let (start, end) = (
                l["start"].as_u64().unwrap() as usize,
                l["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text.as_bytes()[start..end],
                l["text"].as_str().unwrap().as_bytes()
            );
        }
        let rank = lines
            .iter()
            .find(|l| l["value"] == "71/193")
            .expect("the rank sentence");
        assert_eq!(rank["kind"], "measurement");
        // The survey's year, not the day the report came out.
        assert_eq!(rank["date"], "2024");
        assert_eq!(rank["out_of"], 193);
        assert!(
            lines
                .iter()
                .any(|l| l["value"] == "45,5%" && l["number"] == 45.5)
        );
        assert!(lines.iter().any(|l| l["kind"] == "target"));
        assert!(
            lines
                .iter()
                .any(|l| l["kind"] == "event" && l["date"] == "2024-03-15")
        );
        for chrome in [
            "Hà Nội mưa lớn",
            "Giá vàng",
            "18/09/2024 08:15",
            "Bản quyền",
        ] {
            assert!(
                sentences.iter().all(|s| !s.contains(chrome)),
                "{name}: {chrome}"
            );
        }
        // The title (it holds "15 bậc") and five sentences of the body.
        assert_eq!(lines.len(), 6, "{name}: {sentences:#?}");
    }
    // The same sentences whichever form the article came in.
    let a = candidates(&read_article(&fixture("khao-sat-2024.txt")).unwrap().text);
    let b = candidates(&read_article(&fixture("khao-sat-2024.html")).unwrap().text);
    let texts =
        |v: &[egov_brief::curate::Candidate]| v.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&a), texts(&b));
}

#[test]
fn suggest_refuses_what_the_dataset_would_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Vi\xeat Nam 86/193").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_egov-brief"))
        .arg("suggest")
        .arg(&bad)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("UTF-8") && err.lines().count() == 1, "{err}");
}

#[test]
fn lines_of_only_spaces_are_blank_lines_not_a_crash() {
    // Found by the `suggest` fuzzer: a line of one vertical tab (or one
    // space) made a range that ended before it started.
    for text in [
        "\u{b}",
        " ",
        "Tiêu đề bài viết\n \t \nNăm 2024, tỷ lệ đạt 45,5%.\n  ",
    ] {
        let body = detect_body(text);
        for r in &body {
            assert!(r.start <= r.end && r.end <= text.len(), "{r:?} in {text:?}");
        }
        for c in candidates(text) {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }
}
