//! The smaller items of issue 31 (item 6), each seen in the window.

use egov_brief::app::EgovApp;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::app::harness;

/// The labels and values on screen that end in "%".
fn percentages(h: &Harness<'_, EgovApp>) -> Vec<String> {
    h.get_all_by(|n| n.label().or(n.value()).is_some_and(|l| l.ends_with('%')))
        .map(|n| {
            let a = n.accesskit_node();
            a.label().or_else(|| a.value()).unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_toolbar_shows_one_zoom_not_100_beside_it() {
    let mut h = harness();
    // Fit width: one percentage, the zoom shown (not "100%" beside it).
    let mut shown = percentages(&h);
    shown.dedup();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_ne!(shown[0], "100%");
    h.get_by_label("Cỡ thật").click();
    h.run();
    let mut shown = percentages(&h);
    shown.dedup();
    assert_eq!(shown, ["100%"]);
}
