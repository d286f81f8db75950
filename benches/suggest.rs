//! `suggest` on hostile articles: one sentence of 1 MB (no full stop) made
//! of small numbers, of ranks with their totals, and of counts with
//! commas — the shapes that were quadratic (79 s at 550 KB). Each must
//! take well under a second.

use criterion::{Criterion, criterion_group, criterion_main};
use egov_brief::curate::candidates;

/// `unit` repeated to about `bytes`, after a title line.
fn article(unit: &str, bytes: usize) -> String {
    let mut s = String::from("Tiêu đề bài viết về chính phủ số\n\nNăm 2024 ");
    while s.len() < bytes {
        s.push_str(unit);
    }
    s.push('\n');
    s
}

fn suggest(crit: &mut Criterion) {
    let mut group = crit.benchmark_group("suggest_1mb_one_sentence");
    group.sample_size(10);
    for (name, unit) in [
        ("small_numbers", "12 "),
        ("ranks", "xếp thứ 71 trên 193, "),
        ("counts_and_levels", "mức độ 3 và 4, đạt 15 bộ, "),
    ] {
        let text = article(unit, 1024 * 1024);
        group.bench_function(name, |b| {
            b.iter(|| {
                let c = candidates(std::hint::black_box(&text));
                assert!(!c.is_empty());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, suggest);
criterion_main!(benches);
