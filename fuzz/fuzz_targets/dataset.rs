//! The dataset loader on arbitrary input: it must return a value (a
//! catalog or an error naming the problem), never panic or hang.
#![no_main]

use egov_brief::data::{SeedStore, load_dataset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(catalog) = load_dataset("fuzz.json", &text, SeedStore::bundled()) {
        // Whatever loads must compose or refuse cleanly.
        let sel = egov_brief::brief::Selection {
            topics: catalog.topic_ids(),
            from: 1990,
            to: 2100,
            ..Default::default()
        };
        if let Ok(b) = egov_brief::briefing::Briefing::prepare(&catalog, &sel) {
            assert!(!b.pages.is_empty());
        }
    }
});
