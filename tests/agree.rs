//! The window and `export` give the same answer for a selection: both
//! editions refuse a period without data, and a chosen topic with nothing
//! in the period is named as such (never dropped while the subtitle names
//! it). The window composes with the short edition by choice, the command
//! line with the full one by default, so both editions are checked.

use egov_brief::brief::document::Block;
use egov_brief::brief::{ComposeError, Document, Length, compose};

use crate::support::{all_topics_selection, catalog};

fn composed(from: i32, to: i32, length: Length) -> Result<Document, ComposeError> {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.from = from;
    sel.to = to;
    sel.length = length;
    compose(&c, &sel)
}

/// Every heading of the body and of the appendix.
fn headings(doc: &Document) -> Vec<String> {
    let appendix = doc.appendix.iter().flat_map(|a| a.blocks.iter());
    doc.blocks
        .iter()
        .chain(appendix)
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn paragraphs(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.inlines.iter().map(|i| i.text.as_str()).collect()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_period_without_data_is_refused_by_both_editions() {
    for (from, to) in [(1990, 1995), (1990, 2000), (2003, 2005)] {
        for length in [Length::Short, Length::Full] {
            let e = composed(from, to, length).expect_err("nothing in the period");
            assert_eq!(
                e.to_string(),
                format!(
                    "Không có thông tin nào của các chủ đề đã chọn trong giai đoạn {from}–{to}: \
                     hãy chọn giai đoạn hoặc chủ đề khác."
                ),
                "{length:?}"
            );
        }
    }
}

#[test]
fn every_chosen_topic_is_named_in_both_editions() {
    let c = catalog();
    for (from, to) in [(2029, 2030), (2014, 2030), (2020, 2020), (2024, 2026)] {
        for length in [Length::Short, Length::Full] {
            let Ok(doc) = composed(from, to, length) else {
                continue;
            };
            // A topic is named by its heading, or in the note that closes
            // section I listing the chosen topics silent in the period.
            let mut heads = headings(&doc).join("\n").to_uppercase();
            heads.push_str(&paragraphs(&doc).join("\n").to_uppercase());
            for t in c.topics() {
                assert!(
                    heads.contains(&t.name.to_uppercase()),
                    "{from}–{to} {length:?}: topic {:?} disappeared",
                    t.name
                );
            }
        }
    }
}

#[test]
fn the_2029_2030_brief_says_which_topics_are_silent() {
    let full = composed(2029, 2030, Length::Full).expect("targets for 2030 exist");
    let short = composed(2029, 2030, Length::Short).expect("targets for 2030 exist");
    // Section I closes with one note naming the chosen topics that say
    // nothing in the period; both editions write the same note.
    let note = |d: &Document| {
        paragraphs(d)
            .into_iter()
            .find(|p| p.starts_with("Không có thông tin trong giai đoạn về "))
    };
    let (f, s) = (note(&full), note(&short));
    assert!(f.is_some(), "{:#?}", paragraphs(&full));
    assert_eq!(f, s);
    // It names topics, e.g. skills and training (nothing dated 2029–2030).
    assert!(f.unwrap().contains("Kỹ năng số và đào tạo"));
}

/// The same selection in the window and on the command line: the window's
/// Ctrl+E and `egov-brief export` refuse 1990–1995 with one message,
/// in either edition.
#[cfg(feature = "gui")]
#[test]
fn the_window_and_export_refuse_the_same_period_with_the_same_words() {
    use egov_brief::app::StatusKind;
    use egui_kittest::kittest::{NodeT, Queryable};

    for (length, arg) in [(Length::Short, "short"), (Length::Full, "full")] {
        let mut sel = crate::app::first_run_selection(&catalog());
        sel.from = 1990;
        sel.to = 1995;
        sel.length = length;
        let mut harness = crate::app::harness_with(crate::app::FakeDialog::default(), Some(sel));
        // "Xuất PDF…" is greyed out; Ctrl+E says why.
        assert!(
            harness
                .get_by_label("Xuất PDF…")
                .accesskit_node()
                .is_disabled()
        );
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
        harness.run();
        let (kind, window) = crate::app::status(&harness);
        assert_eq!(kind, StatusKind::Error, "{window}");

        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("b.pdf");
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_egov-brief"))
            .args(["export", "--all-topics", "--from", "1990", "--to", "1995"])
            .args(["--length", arg, "-o"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(!o.status.success());
        assert!(!out.exists());
        let cli = String::from_utf8_lossy(&o.stderr);
        let reason = "Không có thông tin nào của các chủ đề đã chọn trong giai đoạn 1990–1995";
        assert!(window.contains(reason), "window: {window}");
        assert!(cli.contains(reason), "export: {cli}");
    }
}
