//! Composing off the UI thread: the preview keeps the last finished
//! briefing with a quiet "being updated" mark, a late result of an older
//! selection never replaces a newer briefing, and an export prints the
//! current selection.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use egov_brief::app::{EgovApp, PrepareFn, UPDATING_MARK};
use egov_brief::brief::Selection;
use egov_brief::briefing::Briefing;
use egov_brief::data::Catalog;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::app::{FakeDialog, harness_with, read_pdf};
use crate::support::catalog;

/// A worker that prepares one briefing per permit and says when it has.
struct Gate {
    permits: Sender<()>,
    started: Receiver<Vec<String>>,
    finished: Receiver<Vec<String>>,
}

impl Gate {
    /// Puts `harness`'s app on a worker held back by the returned gate.
    fn install(harness: &mut Harness<'static, EgovApp>) -> Self {
        let (permits, permit_rx) = channel::<()>();
        let (finished_tx, finished) = channel();
        let (started_tx, started) = channel();
        let permit_rx = Mutex::new(permit_rx);
        let prepare: Arc<PrepareFn> = Arc::new(move |c: &Catalog, s: &Selection| {
            let _ = started_tx.send(s.topics.clone());
            let _ = permit_rx.lock().unwrap().recv();
            let result = Briefing::prepare(c, s);
            let _ = finished_tx.send(s.topics.clone());
            result
        });
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .prepare_in_background_with(&ctx, prepare);
        Self {
            permits,
            started,
            finished,
        }
    }

    /// Waits until the worker has taken a request; returns its topics.
    fn started(&self) -> Vec<String> {
        self.started
            .recv_timeout(Duration::from_secs(60))
            .expect("the worker took a request")
    }

    /// Lets the worker prepare one briefing and runs the window until it
    /// has taken the result (accepted or overtaken); returns that
    /// briefing's topics.
    fn release_one(&self, harness: &mut Harness<'static, EgovApp>) -> Vec<String> {
        let before = harness.state().results_received();
        self.permits.send(()).unwrap();
        let topics = self
            .finished
            .recv_timeout(Duration::from_secs(60))
            .expect("the worker prepared a briefing");
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while harness.state().results_received() == before {
            assert!(
                std::time::Instant::now() < deadline,
                "no result reached the window"
            );
            harness.step();
        }
        topics
    }
}

fn pages_of(catalog: &Catalog, selection: &Selection) -> usize {
    Briefing::prepare(catalog, selection).unwrap().pages.len()
}

fn marked(harness: &Harness<'static, EgovApp>) -> bool {
    harness.query_by_label(UPDATING_MARK).is_some()
}

#[test]
fn the_preview_keeps_the_last_briefing_with_a_mark_until_the_new_one_arrives() {
    let mut harness = harness_with(FakeDialog::default(), None);
    let gate = Gate::install(&mut harness);
    let catalog = catalog();
    let all = harness.state().page_count().unwrap();
    assert!(!harness.state().is_updating() && !marked(&harness));

    // Only the first topic, by leaving out all the others.
    harness.get_by_label("Bỏ chọn").click();
    harness.run();
    assert!(gate.started().is_empty());
    harness.get_by_label(&catalog.topics()[0].name).click();
    harness.run();
    // The worker is held back: the old pages stay, marked.
    assert!(harness.state().is_updating());
    assert!(marked(&harness), "the mark shows while preparing");
    assert_eq!(harness.state().page_count(), Some(all));

    // Latest selection wins: the worker prepared the empty selection it
    // had started, then only the newest waiting request.
    assert!(gate.release_one(&mut harness).is_empty());
    harness.run();
    assert!(harness.state().is_updating() && marked(&harness));
    let one_topic = harness.state().selection().unwrap().clone();
    assert_eq!(gate.release_one(&mut harness), one_topic.topics);
    harness.run();
    assert!(!harness.state().is_updating());
    assert!(!marked(&harness), "the mark goes with the new briefing");
    let one = pages_of(&catalog, &one_topic);
    assert!(one < all, "{one} pages for one topic, {all} for all");
    assert_eq!(harness.state().page_count(), Some(one));
}

#[test]
fn a_stale_result_never_replaces_the_briefing_an_export_prepared() {
    let dir = tempfile::tempdir().unwrap();
    let dialog = FakeDialog::saving_to(dir.path().join("hien-tai.pdf"));
    let mut harness = harness_with(dialog, None);
    let gate = Gate::install(&mut harness);
    let catalog = catalog();

    harness.get_by_label("Bỏ chọn").click();
    harness.run();
    assert!(gate.started().is_empty());
    harness.get_by_label(&catalog.topics()[1].name).click();
    harness.run();
    assert!(marked(&harness));
    let current = harness.state().selection().unwrap().clone();
    let expected = pages_of(&catalog, &current);

    // The export does not wait for the worker: it prepares the current
    // selection itself and prints it.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    let (_, printed) = read_pdf(&dir.path().join("hien-tai.pdf"));
    assert_eq!(printed, expected);
    assert!(!marked(&harness));
    assert_eq!(harness.state().page_count(), Some(expected));

    // The worker's late result for the empty selection (no briefing at
    // all) arrives now: it is older, so it is dropped.
    assert!(gate.release_one(&mut harness).is_empty());
    harness.run();
    assert_eq!(harness.state().page_count(), Some(expected));
    assert!(!harness.state().is_updating() && !marked(&harness));
    gate.release_one(&mut harness);
    harness.run();
    assert_eq!(harness.state().page_count(), Some(expected));
}
