//! Typing in a header field with the 10.000-fact synthetic dataset: the
//! UI thread's time for the frame after a keystroke, with the briefing
//! prepared on the worker thread (as in the window) and, for comparison,
//! in the frame itself (as before). Also prints the time of the frame that
//! shows the worker's result.

mod synthetic;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use egov_brief::app::{self, EgovApp, FileDialogs};
use egov_brief::brief::Day;
use egov_brief::data::load_dataset;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn save_export(&mut self, _: &str, _: egov_brief::export::FileType) -> Option<PathBuf> {
        None
    }
    fn open_dataset(&mut self) -> Option<PathBuf> {
        None
    }
}

/// The app on the synthetic dataset, the issuing body field focused.
fn harness(background: bool) -> Harness<'static, EgovApp> {
    let data = synthetic::synthetic(40, 10_000);
    let catalog = load_dataset("synthetic.json", &data.json, data.seed_store()).expect("valid");
    let mut selection = app::default_selection(&catalog);
    selection.header.date = Day {
        year: 2026,
        month: 11,
        day: 23,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            app::fonts::install(&cc.egui_ctx);
            cc.egui_ctx.set_theme(egui::Theme::Light);
            let mut app = EgovApp::new(catalog, Box::new(NoDialogs), Some(selection));
            if background {
                app.prepare_in_background(&cc.egui_ctx);
            }
            app
        });
    harness.run();
    harness.get_by_label("Cơ quan ban hành").focus();
    harness.run();
    harness
}

/// One keystroke and the frame that handles it.
fn keystroke(harness: &mut Harness<'static, EgovApp>) -> Duration {
    harness.event(egui::Event::Text("a".into()));
    let started = Instant::now();
    harness.step();
    started.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The frame that shows the worker's result: its text is laid out anew.
fn result_frame(harness: &mut Harness<'static, EgovApp>) -> Duration {
    keystroke(harness);
    while harness.state().is_updating() {
        std::thread::sleep(Duration::from_millis(20));
        let started = Instant::now();
        harness.step();
        if !harness.state().is_updating() {
            return started.elapsed();
        }
    }
    Duration::ZERO
}

fn typing(crit: &mut Criterion) {
    let mut h = harness(true);
    let shown: Vec<Duration> = (0..9).map(|_| result_frame(&mut h)).collect();
    eprintln!(
        "typing, 10.000 facts: the frame showing the worker's result takes {:.1} ms (median)",
        median(shown).as_secs_f64() * 1e3
    );

    let mut group = crit.benchmark_group("typing_10000_facts");
    group.sample_size(10);
    group.bench_function("keystroke_frame_worker", |b| {
        b.iter_custom(|n| (0..n).map(|_| keystroke(&mut h)).sum())
    });
    let mut sync = harness(false);
    group.bench_function("keystroke_frame_same_thread", |b| {
        b.iter_custom(|n| (0..n).map(|_| keystroke(&mut sync)).sum())
    });
    group.finish();
}

criterion_group!(benches, typing);
criterion_main!(benches);
