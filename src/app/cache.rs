//! The briefing made from one selection, kept until the selection or the
//! data changes, so a repaint costs no composing.

use std::time::{Duration, Instant};

use crate::brief::{ComposeError, Selection};
use crate::briefing::Briefing;
use crate::data::Catalog;

pub struct Prepared {
    pub selection: Selection,
    pub result: Result<Briefing, ComposeError>,
    pub took: Duration,
}

impl Prepared {
    pub fn new(catalog: &Catalog, selection: &Selection) -> Self {
        let started = Instant::now();
        let result = Briefing::prepare(catalog, selection);
        let prepared = Self {
            selection: selection.clone(),
            result,
            took: started.elapsed(),
        };
        log_prepare_time(&prepared);
        prepared
    }

    /// Pages of the preview (0 without a briefing).
    pub fn page_count(&self) -> usize {
        self.result.as_ref().map_or(0, |b| b.pages.len())
    }
}

/// In a debug build, says once on stderr how long compose + layout took.
fn log_prepare_time(p: &Prepared) {
    if cfg!(debug_assertions) {
        use std::sync::atomic::{AtomicBool, Ordering};
        static LOGGED: AtomicBool = AtomicBool::new(false);
        if !LOGGED.swap(true, Ordering::Relaxed) {
            eprintln!(
                "eGov Brief: soạn + dàn trang {} chủ đề, {}–{}: {:.1} ms",
                p.selection.topics.len(),
                p.selection.from,
                p.selection.to,
                p.took.as_secs_f64() * 1000.0
            );
        }
    }
}
