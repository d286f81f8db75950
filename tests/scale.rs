//! A dataset of 10.000 facts over 40 topics passes the honesty checks and
//! composes, lays out and renders a briefing of over 100 pages.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use egov_brief::brief::Selection;
use egov_brief::briefing::Briefing;
use egov_brief::data::load_dataset;

use crate::support::pdf_bytes;

#[test]
fn ten_thousand_facts_make_a_long_valid_briefing() {
    let data = synthetic::synthetic(40, 10_000);
    let catalog = load_dataset("synthetic.json", &data.json, data.seed_store()).unwrap();
    assert_eq!(catalog.facts().len(), 10_000);
    assert_eq!(catalog.topics().len(), 40);
    let sel = Selection {
        topics: catalog.topic_ids(),
        from: 2014,
        to: 2030,
        ..Selection::default()
    };
    let b = Briefing::prepare(&catalog, &sel).unwrap();
    assert!(b.pages.len() >= 100, "{} pages", b.pages.len());
    let bytes = pdf_bytes(&b);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(doc.get_pages().len(), b.pages.len());
}
