//! The briefing made from one selection, kept until the selection or the
//! data changes, so a repaint costs no composing.

use std::time::{Duration, Instant};

use crate::brief::{ComposeError, Selection};
use crate::briefing::Briefing;
use crate::data::Catalog;

/// Composes and lays out a selection: [`Briefing::prepare`] in the app; a
/// test may slow it down or hold it back to see the window meanwhile.
pub type PrepareFn = dyn Fn(&Catalog, &Selection) -> Result<Briefing, ComposeError> + Send + Sync;

pub struct Prepared {
    pub selection: Selection,
    pub result: Result<Briefing, ComposeError>,
    pub took: Duration,
    /// Which request this answers: a higher number is a newer request, so
    /// a late result of an older one is never shown over it.
    pub generation: u64,
}

impl Prepared {
    pub fn new(catalog: &Catalog, selection: &Selection) -> Self {
        Self::with(Briefing::prepare, 0, catalog, selection)
    }

    /// Prepares request `generation` with `prepare`.
    pub fn with(
        prepare: impl Fn(&Catalog, &Selection) -> Result<Briefing, ComposeError>,
        generation: u64,
        catalog: &Catalog,
        selection: &Selection,
    ) -> Self {
        let started = Instant::now();
        let result = prepare(catalog, selection);
        let prepared = Self {
            selection: selection.clone(),
            result,
            took: started.elapsed(),
            generation,
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
