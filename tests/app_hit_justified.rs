//! `[n]` on justified (stretched) lines is clickable where its glyphs are
//! drawn, at 60 %, 100 % and 150 %, in the full and the short edition
//! (issue 31, item 3).
//!
//! The glyph boxes are the inked quads egui was asked to paint (each
//! glyph's position plus its atlas offset and size), not the galley's
//! logical box nor anything the hit-testing code computes. A line counts as
//! stretched when every word on it is a text of its own (the layout joins
//! the words of an unstretched line into one run).

use egov_brief::app::EgovApp;
use egov_brief::brief::Length;
use egui::epaint::Shape;
use egui::{Rect, pos2};
use egui_kittest::Harness;

use crate::app::{FakeDialog, build, first_run_selection, open_first_citation};
use crate::app_hit::{click_at, walk_with};
use crate::support::catalog;

/// A text as painted: its string, the box of its inked glyphs and its
/// baseline on screen.
#[derive(Debug, Clone)]
struct Painted {
    text: String,
    ink: Rect,
    baseline: f32,
}

fn ink_of(shape: &Shape, clip: Rect, out: &mut Vec<Painted>) {
    match shape {
        Shape::Vec(v) => v.iter().for_each(|s| ink_of(s, clip, out)),
        Shape::Text(t) => {
            let mut ink = Rect::NOTHING;
            let mut baseline = f32::NAN;
            for row in &t.galley.rows {
                for g in &row.row.glyphs {
                    let at = t.pos + row.pos.to_vec2() + g.pos.to_vec2();
                    baseline = at.y;
                    if g.uv_rect.size.x > 0.0 {
                        let min = at + g.uv_rect.offset;
                        ink = ink.union(Rect::from_min_size(min, g.uv_rect.size));
                    }
                }
            }
            if ink.is_positive() && clip.contains_rect(ink) {
                out.push(Painted {
                    text: t.galley.text().to_string(),
                    ink,
                    baseline,
                });
            }
        }
        _ => {}
    }
}

fn painted(harness: &Harness<'_, EgovApp>) -> Vec<Painted> {
    let mut out = Vec::new();
    for c in &harness.output().shapes {
        ink_of(&c.shape, c.clip_rect, &mut out);
    }
    out
}

fn is_marker(s: &str) -> bool {
    s.len() > 2
        && s.starts_with('[')
        && s.ends_with(']')
        && s[1..s.len() - 1].chars().all(|c| c.is_ascii_digit())
}

/// The markers on stretched lines: four or more texts share the baseline,
/// none holds a space, and the marker follows a word (a reference list's
/// own "[1]" starts its line).
fn justified_markers(all: &[Painted]) -> Vec<Painted> {
    all.iter()
        .filter(|m| is_marker(&m.text))
        .filter(|m| {
            let line: Vec<&Painted> = all
                .iter()
                .filter(|o| (o.baseline - m.baseline).abs() < 0.5)
                .collect();
            line.len() >= 4
                && line.iter().all(|o| !o.text.trim().contains(' '))
                && line.iter().any(|o| o.ink.right() <= m.ink.left())
        })
        .cloned()
        .collect()
}

/// Clicks the middle of every justified marker's glyphs on screen, and
/// just inside its left and right ink edges; returns how many it checked.
fn check_screen(harness: &mut Harness<'static, EgovApp>, where_: &str) -> usize {
    let markers = justified_markers(&painted(harness));
    for m in &markers {
        let y = m.ink.center().y;
        for x in [m.ink.left() + 1.0, m.ink.center().x, m.ink.right() - 1.0] {
            click_at(harness, pos2(x, y));
            let opened = harness
                .state()
                .open_citation()
                .map(|c| format!("[{}]", c.number));
            assert_eq!(
                opened.as_deref(),
                Some(m.text.as_str()),
                "{where_}: a click at x = {x:.1} on {} drawn over {:?}",
                m.text,
                m.ink
            );
        }
    }
    markers.len()
}

/// Walks every page with Page Down, checking each screen.
fn walk(harness: &mut Harness<'static, EgovApp>, zoom: &str) -> usize {
    walk_with(harness, zoom, check_screen)
}

/// Sets the preview's zoom to `percent` of the printed size: "Cỡ thật", then
/// Ctrl + wheel over the pages (the preview takes the 0,4th power of
/// egui's zoom factor).
fn set_zoom(harness: &mut Harness<'static, EgovApp>, percent: f32) {
    use egui_kittest::kittest::Queryable;
    if harness.query_by_label("Cỡ thật").is_none() {
        harness.get_by_label("Xem thêm").click();
        harness.run();
    }
    harness.get_by_label("Cỡ thật").click();
    harness.run();
    if percent != 100.0 {
        harness.hover_at(pos2(900.0, 500.0));
        harness.event(egui::Event::Zoom((percent / 100.0).powf(2.5)));
        harness.run();
    }
    let shown = format!("{percent:.0}%");
    assert!(
        harness.query_by_label(&shown).is_some(),
        "the toolbar shows {shown}"
    );
}

fn check(sel: egov_brief::brief::Selection) {
    let builder = Harness::builder().allow_missing_glyphs();
    let mut harness = build(builder, FakeDialog::default(), Some(sel));
    open_first_citation(&mut harness);
    for percent in [60.0, 100.0, 150.0] {
        set_zoom(&mut harness, percent);
        let seen = walk(&mut harness, &format!("{percent}%"));
        assert!(seen >= 8, "{percent}%: only {seen} justified markers");
    }
}

#[test]
fn every_marker_on_a_justified_line_of_the_full_brief_opens_where_drawn() {
    check(first_run_selection(&catalog()));
}

#[test]
fn every_marker_on_a_justified_line_of_the_short_brief_opens_where_drawn() {
    let mut sel = first_run_selection(&catalog());
    sel.length = Length::Short;
    check(sel);
}
