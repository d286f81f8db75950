//! `suggest` on arbitrary bytes (as text and as HTML): no panic, and every
//! candidate is exactly the text at its offsets, inside the detected body.
#![no_main]

use egov_brief::curate::article::article_from_bytes;
use egov_brief::curate::body::{detect_body, in_body};
use egov_brief::curate::candidates;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flag, bytes)) = data.split_first() else {
        return;
    };
    let Ok(article) = article_from_bytes("fuzz", bytes, flag % 2 == 1) else {
        return;
    };
    let text = &article.text;
    let body = detect_body(text);
    for c in candidates(text) {
        assert_eq!(&text[c.start..c.end], c.text);
        assert!(in_body(&body, c.start, c.end));
    }
});
