//! Loading the bundled data (trusted, and with every check as a user's
//! data gets), compose + layout (what a selection change costs the
//! preview), compose + layout + PDF bytes (what an export costs) and
//! compose + layout + .docx bytes (the Word export, its charts as SVG and
//! EMF written from the layout's charts), for all topics over the whole
//! period.

use criterion::{Criterion, criterion_group, criterion_main};
use egov_brief::brief::{Day, Selection, compose};
use egov_brief::briefing::Briefing;
use egov_brief::data::load::{BUNDLED_DATASET, BUNDLED_NAME};
use egov_brief::data::{SeedStore, load_bundled, load_dataset};
use egov_brief::layout::layout_document;
use egov_brief::render::docx::{chart_pictures, write_docx};
use egov_brief::render::pdf::write_pdf;

fn all_topics_selection(c: &egov_brief::data::Catalog) -> Selection {
    let mut s = Selection {
        topics: c.topic_ids(),
        from: 2014,
        to: 2030,
        ..Selection::default()
    };
    s.header.date = Day {
        year: 2026,
        month: 11,
        day: 23,
    };
    s
}

fn pipeline(crit: &mut Criterion) {
    let catalog = load_bundled().expect("bundled dataset");
    let sel = all_topics_selection(&catalog);
    // Warm the font caches once, as the app and CLI do at start.
    let _ = write_pdf(&Briefing::prepare(&catalog, &sel).unwrap().pages).unwrap();

    crit.bench_function("load_bundled_dataset", |b| {
        b.iter(|| load_bundled().unwrap())
    });
    // What loading cost while the bundled data was checked at every start.
    crit.bench_function("load_bundled_dataset_with_every_check", |b| {
        b.iter(|| load_dataset(BUNDLED_NAME, BUNDLED_DATASET, SeedStore::bundled()).unwrap())
    });
    crit.bench_function("compose_all_topics", |b| {
        b.iter(|| compose(&catalog, &sel).unwrap())
    });
    crit.bench_function("compose_layout_all_topics", |b| {
        b.iter(|| layout_document(&compose(&catalog, &sel).unwrap()))
    });
    crit.bench_function("compose_layout_pdf_all_topics", |b| {
        b.iter(|| write_pdf(&Briefing::prepare(&catalog, &sel).unwrap().pages).unwrap())
    });
    crit.bench_function("compose_layout_docx_all_topics", |b| {
        b.iter(|| {
            let b = Briefing::prepare(&catalog, &sel).unwrap();
            write_docx(&b.document, &b.pages.charts, &b.print).unwrap()
        })
    });
    let b = Briefing::prepare(&catalog, &sel).unwrap();
    crit.bench_function("docx_chart_pictures_all_topics", |bench| {
        bench.iter(|| chart_pictures(&b.document, &b.pages.charts))
    });
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
