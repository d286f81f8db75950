//! The Word copy read by readers that are not ours: pandoc reads the
//! .docx, poppler's pdftotext the PDF, and the two texts must say the same
//! words in the same order. What only the PDF shows is its page numbers,
//! the table headers it repeats on a new page and the charts' labels (the
//! Word copy's charts are pictures; their words are in the pictures'
//! descriptions, which are compared instead). Nothing else may differ.
//!
//! Both tools are installed by `.ci/run`; there `EGOV_REQUIRE_TOOLS=1`
//! makes a missing tool a failure instead of a skip.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use similar::{DiffOp, capture_diff_slices};

use crate::support::tool_present;

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("the tool runs");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// `[12]`, `12.` and `12` are one word: a citation, a reference list's
/// number in Word's list, a number in the PDF.
fn word(w: &str) -> Option<String> {
    let w = w.trim_matches('|');
    if w.is_empty() || w.chars().all(|c| "-+=:|".contains(c)) {
        return None; // a plain-text table's border
    }
    let inner = w.trim_start_matches('[').trim_end_matches([']', '.']);
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        return Some(inner.to_string());
    }
    Some(w.to_string())
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().filter_map(word).collect()
}

/// The .docx as pandoc reads it, without its pictures, and the words of
/// the pictures' descriptions.
fn docx_text(docx: &Path) -> (String, HashSet<String>) {
    let html = run(Command::new("pandoc")
        .args(["-f", "docx", "-t", "html"])
        .arg(docx));
    let mut described = HashSet::new();
    let mut without = String::new();
    let mut rest = html.as_str();
    while let Some(at) = rest.find("<img") {
        without.push_str(&rest[..at]);
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        if let Some(a) = tag.find("alt=\"") {
            let alt = &tag[a + 5..];
            let alt = &alt[..alt.find('"').unwrap_or(alt.len())];
            for w in words(&alt.replace("&quot;", "\"").replace("&amp;", "&")) {
                described.insert(w.trim_end_matches(['.', ',', ':', ';']).to_string());
            }
        }
        rest = &rest[end..];
    }
    without.push_str(rest);
    let mut pandoc = Command::new("pandoc")
        .args(["-f", "html", "-t", "plain", "--wrap=none"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pandoc runs");
    use std::io::Write;
    pandoc
        .stdin
        .take()
        .expect("stdin")
        .write_all(without.as_bytes())
        .expect("pandoc reads");
    let out = pandoc.wait_with_output().expect("pandoc ends");
    (String::from_utf8(out.stdout).expect("UTF-8"), described)
}

/// Words only the PDF may have: numbers (page numbers, axis ticks, chart
/// values), a table's repeated header, a chart's described words.
fn pdf_only_allowed(w: &str, described: &HashSet<String>) -> bool {
    w.chars()
        .all(|c| c.is_ascii_digit() || ",.%()–-:;/".contains(c))
        || ["Chỉ", "tiêu", "Kết", "quả", "Thời", "điểm", "Nguồn"].contains(&w)
        || described.contains(w.trim_end_matches(['.', ',', ':', ';']))
}

/// The words each side has that the other lacks, beyond what is allowed.
fn differences(docx: &[String], pdf: &[String], described: &HashSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    for op in capture_diff_slices(similar::Algorithm::Myers, docx, pdf) {
        let (old, new) = match op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index, old_len, ..
            } => (old_index..old_index + old_len, 0..0),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (0..0, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index..old_index + old_len,
                new_index..new_index + new_len,
            ),
        };
        if !old.is_empty() {
            out.push(format!("only in Word: {}", docx[old.clone()].join(" ")));
        }
        let extra: Vec<&str> = pdf[new]
            .iter()
            .map(String::as_str)
            .filter(|w| !pdf_only_allowed(w, described))
            .collect();
        if !extra.is_empty() {
            out.push(format!("only in the PDF: {}", extra.join(" ")));
        }
    }
    out
}

fn export(dir: &Path, name: &str, length: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_egov-brief"))
        .args(["export", "--all-topics", "--from", "2014", "--to", "2030"])
        .args(["--date", "2026-11-23", "--length", length, "-o"])
        .arg(&path)
        .output()
        .expect("the export runs");
    assert!(out.status.success(), "{out:?}");
    path
}

fn compare(length: &str) {
    if !tool_present("pandoc") || !tool_present("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let pdf = export(dir.path(), "b.pdf", length);
    let docx = export(dir.path(), "b.docx", length);
    let pdf_text = run(Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-"));
    let (docx_text, described) = docx_text(&docx);
    let (d, p) = (words(&docx_text), words(&pdf_text));
    assert!(d.len() > 3000, "{} words in Word", d.len());
    let diff = differences(&d, &p, &described);
    assert!(diff.is_empty(), "{}", diff.join("\n"));
}

#[test]
fn pandoc_reads_in_the_word_copy_the_words_pdftotext_reads_in_the_pdf() {
    compare("full");
}

#[test]
fn the_short_editions_word_copy_says_what_its_pdf_says() {
    compare("short");
}

/// The comparison itself can fail: a word Word lacks, a word only the
/// PDF has that is no number, header or chart word.
#[test]
fn a_missing_or_extra_word_is_a_difference() {
    let w = |s: &str| words(s);
    let described: HashSet<String> = ["Xin-ga-po".to_string()].into();
    let pdf = w("Hà Nội 2 [1] Xin-ga-po 0,97 Chỉ tiêu báo cáo");
    assert!(differences(&w("Hà Nội 1. báo cáo"), &pdf, &described).is_empty());
    assert_eq!(
        differences(&w("Hà Nội 1. báo cáo tóm tắt"), &pdf, &described),
        vec!["only in Word: tóm tắt"]
    );
    assert_eq!(
        differences(
            &w("Hà Nội báo cáo"),
            &w("Hà Nội Đà Nẵng báo cáo"),
            &described
        ),
        vec!["only in the PDF: Đà Nẵng"]
    );
}
