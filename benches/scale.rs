//! Scale: datasets of 10.000 and 20.000 facts (the largest we accept)
//! over 40 topics load (with every honesty check), compose, lay out and
//! export to PDF and to Word.

mod synthetic;

use criterion::{Criterion, criterion_group, criterion_main};
use egov_brief::brief::{Day, Selection};
use egov_brief::briefing::Briefing;
use egov_brief::data::load_dataset;
use egov_brief::render::docx::write_docx;
use egov_brief::render::pdf::write_pdf;

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn scale(crit: &mut Criterion) {
    for facts in [10_000, 20_000] {
        scale_at(crit, facts);
    }
}

fn scale_at(crit: &mut Criterion, facts: usize) {
    let data = synthetic::synthetic(40, facts);
    let catalog = load_dataset("synthetic.json", &data.json, data.seed_store()).expect("valid");
    let mut sel = Selection {
        topics: catalog.topic_ids(),
        from: 2014,
        to: 2030,
        ..Selection::default()
    };
    sel.header.date = Day {
        year: 2026,
        month: 11,
        day: 23,
    };
    let briefing = Briefing::prepare(&catalog, &sel).expect("composes");
    let bytes = write_pdf(&briefing.pages).expect("renders");
    eprintln!(
        "scale: {} facts, {} topics -> {} pages, {} KB PDF, dataset JSON {} KB, peak RSS {:?} KB",
        catalog.facts().len(),
        catalog.topics().len(),
        briefing.pages.len(),
        bytes.len() / 1024,
        data.json.len() / 1024,
        peak_rss_kb()
    );

    let mut group = crit.benchmark_group(format!("scale_{facts}_facts"));
    group.sample_size(10);
    group.bench_function("load_and_validate", |b| {
        b.iter(|| load_dataset("synthetic.json", &data.json, data.seed_store()).unwrap())
    });
    group.bench_function("compose_layout", |b| {
        b.iter(|| Briefing::prepare(&catalog, &sel).unwrap())
    });
    group.bench_function("compose_layout_pdf", |b| {
        b.iter(|| write_pdf(&Briefing::prepare(&catalog, &sel).unwrap().pages).unwrap())
    });
    group.bench_function("compose_layout_docx", |b| {
        b.iter(|| {
            let briefing = Briefing::prepare(&catalog, &sel).unwrap();
            write_docx(&briefing.document, &briefing.pages.charts, &briefing.print).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
