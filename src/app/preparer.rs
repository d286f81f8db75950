//! Composing and laying out off the UI thread: with a big dataset one
//! briefing takes tens of milliseconds, too long for each keystroke.
//!
//! The [`Preparer`] numbers each request; a worker thread takes only the
//! newest waiting request (older ones are dropped) and sends the result
//! back, waking the window. A result is shown only if it answers a newer
//! request than the one shown, so a late, stale result never replaces a
//! newer briefing (for example one prepared on the spot for an export).
//! Without a worker (tests, and until the window starts one) every request
//! is prepared at once, in the frame of the change.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use super::cache::{PrepareFn, Prepared};
use crate::brief::Selection;
use crate::briefing::Briefing;
use crate::data::Catalog;

struct Job {
    generation: u64,
    catalog: Arc<Catalog>,
    selection: Selection,
}

struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Prepared>,
}

/// The requests made so far and the worker that answers them.
#[derive(Default)]
pub struct Preparer {
    /// Number of the newest request.
    requested: u64,
    /// The selection of the newest request.
    selection: Option<Selection>,
    worker: Option<Worker>,
    /// Results taken from the worker, accepted or overtaken.
    received: u64,
}

impl Preparer {
    /// From now on prepares on a worker thread with `prepare`; `ctx` is
    /// woken when a result is ready. Called once, before any request.
    pub fn start_worker(&mut self, ctx: egui::Context, prepare: Arc<PrepareFn>) {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (done_tx, done) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("egov-brief-prepare".into())
            .spawn(move || {
                while let Ok(mut job) = job_rx.recv() {
                    // Latest selection wins: skip the requests already
                    // overtaken.
                    while let Ok(newer) = job_rx.try_recv() {
                        job = newer;
                    }
                    let p = Prepared::with(&*prepare, job.generation, &job.catalog, &job.selection);
                    if done_tx.send(p).is_err() {
                        break;
                    }
                    ctx.request_repaint();
                }
            });
        // Without a thread the app still works, preparing on the UI thread.
        if spawned.is_ok() {
            self.worker = Some(Worker { jobs, done });
        }
    }

    /// Asks for the briefing of `selection` unless it is the one asked for
    /// last; true if this is a new request. Without a worker the result is
    /// ready at once and `shown` is replaced.
    pub fn request(
        &mut self,
        catalog: &Arc<Catalog>,
        selection: &Selection,
        shown: &mut Prepared,
    ) -> bool {
        let current = self.selection.as_ref().unwrap_or(&shown.selection);
        if current == selection {
            return false;
        }
        self.requested += 1;
        self.selection = Some(selection.clone());
        let job = Job {
            generation: self.requested,
            catalog: Arc::clone(catalog),
            selection: selection.clone(),
        };
        let sent = match &self.worker {
            Some(w) => w.jobs.send(job).is_ok(),
            None => false,
        };
        if !sent {
            self.worker = None;
            *shown = Prepared::with(Briefing::prepare, self.requested, catalog, selection);
        }
        true
    }

    /// Prepares `selection` now, on this thread, unless `shown` is already
    /// its briefing; true if it did. For an export, which must print the
    /// current selection, and for a new dataset.
    pub fn now(&mut self, catalog: &Catalog, selection: &Selection, shown: &mut Prepared) -> bool {
        if !self.updating(shown) && shown.selection == *selection {
            return false;
        }
        self.renew(catalog, selection, shown);
        true
    }

    /// Prepares `selection` now, on this thread, even if `shown` is its
    /// briefing: the data changed.
    pub fn renew(&mut self, catalog: &Catalog, selection: &Selection, shown: &mut Prepared) {
        self.requested += 1;
        self.selection = Some(selection.clone());
        *shown = Prepared::with(Briefing::prepare, self.requested, catalog, selection);
    }

    /// Takes the finished results; `shown` becomes the newest of them if it
    /// answers a newer request. While `shown` is older than the newest
    /// request, waits up to `wait` for it. True if `shown` changed.
    pub fn receive(&mut self, shown: &mut Prepared, wait: Duration) -> bool {
        let Some(w) = &self.worker else {
            return false;
        };
        let deadline = Instant::now() + wait;
        let mut changed = false;
        while shown.generation < self.requested {
            let left = deadline.saturating_duration_since(Instant::now());
            match w.done.recv_timeout(left) {
                Ok(p) => {
                    self.received += 1;
                    changed |= accept(shown, p);
                }
                Err(_) => break,
            }
        }
        while let Ok(p) = w.done.try_recv() {
            self.received += 1;
            changed |= accept(shown, p);
        }
        changed
    }

    /// How many results the window has taken from the worker, overtaken
    /// ones included: a test waits for it instead of sleeping.
    pub fn received(&self) -> u64 {
        self.received
    }

    /// True while a newer request than the one shown is being prepared.
    pub fn updating(&self, shown: &Prepared) -> bool {
        shown.generation < self.requested
    }
}

/// Replaces `shown` by `p` if `p` answers a newer request.
fn accept(shown: &mut Prepared, p: Prepared) -> bool {
    if p.generation > shown.generation {
        *shown = p;
        true
    } else {
        false
    }
}
