//! Layout: nothing crosses the margins, nothing overlaps, page numbers
//! where Decree 30 puts them, charts never split, headings kept with what
//! follows.

use egov_brief::briefing::Briefing;
use egov_brief::layout::measures::{BODY_SIZE, Geometry};
use egov_brief::layout::page::{PAGE_HEIGHT, PAGE_WIDTH, mm};
use egov_brief::layout::*;

use crate::support::{all_topics, catalog, selection};

fn all_pages() -> Pages {
    let c = catalog();
    let mut sel = selection(&[], 2014, 2030);
    sel.topics = all_topics(&c);
    Briefing::prepare(&c, &sel).unwrap().pages
}

#[test]
fn the_geometry_is_inside_decree_30() {
    let g = Geometry::DECREE_30;
    assert!((PAGE_WIDTH - mm(210.0)).abs() < 0.01 && (PAGE_HEIGHT - mm(297.0)).abs() < 0.01);
    assert!((mm(20.0)..=mm(25.0)).contains(&g.top));
    assert!((mm(20.0)..=mm(25.0)).contains(&g.bottom));
    assert!((mm(30.0)..=mm(35.0)).contains(&g.left));
    assert!((mm(15.0)..=mm(20.0)).contains(&g.right));
    assert!((13.0..=14.0).contains(&BODY_SIZE));
}

#[test]
fn nothing_crosses_the_margins() {
    let g = Geometry::DECREE_30;
    let content = g.content();
    let pages = all_pages();
    assert!(pages.len() >= 3);
    for page in &pages.pages {
        for block in &page.blocks {
            if block.kind == BlockKind::PageNumber {
                continue;
            }
            let a = block.area;
            assert!(
                a.y >= content.y - 0.01 && a.bottom() <= content.bottom() + 0.01,
                "page {} block {:?} at {:?}",
                page.number,
                block.kind,
                a
            );
        }
        for item in &page.items {
            let b = item.bounds();
            let is_page_number = matches!(item, Item::Text(t) if t.y < g.top);
            if is_page_number {
                continue;
            }
            assert!(
                b.x >= content.x - 0.5 && b.right() <= content.right() + 0.5,
                "page {}: {item:?} crosses a side margin",
                page.number
            );
            assert!(
                b.y >= content.y - 2.0 && b.bottom() <= content.bottom() + 2.0,
                "page {}: {item:?} crosses top/bottom margin",
                page.number
            );
        }
    }
}

#[test]
fn text_runs_do_not_overlap() {
    for page in &all_pages().pages {
        let runs: Vec<&TextRun> = page.texts().collect();
        for (i, a) in runs.iter().enumerate() {
            let ra = a.bounds();
            for b in &runs[i + 1..] {
                let rb = b.bounds();
                // Same line: horizontal overlap is an error. Different
                // lines may touch by their ascender/descender only.
                let same_line = (a.y - b.y).abs() < 0.5;
                if same_line {
                    let overlap = ra.x.max(rb.x) < ra.right().min(rb.right()) - 0.5;
                    assert!(
                        !overlap,
                        "page {}: {:?} overlaps {:?}",
                        page.number, a.text, b.text
                    );
                } else if ra.intersects(&rb) {
                    let vertical = ra.bottom().min(rb.bottom()) - ra.y.max(rb.y);
                    assert!(
                        vertical < 0.3 * a.size.max(b.size),
                        "page {}: {:?} and {:?} overlap by {vertical}",
                        page.number,
                        a.text,
                        b.text
                    );
                }
            }
        }
    }
}

#[test]
fn page_numbers_from_page_two_centred_in_the_top_margin() {
    let g = Geometry::DECREE_30;
    let pages = all_pages();
    for page in &pages.pages {
        let numbers: Vec<&TextRun> = page.texts().filter(|t| t.y < g.top).collect();
        if page.number == 1 {
            assert!(numbers.is_empty(), "page 1 shows a number");
            continue;
        }
        assert_eq!(numbers.len(), 1, "page {}", page.number);
        let n = numbers[0];
        assert_eq!(n.text, page.number.to_string());
        assert!((13.0..=14.0).contains(&n.size));
        assert_eq!(n.style, FontStyle::Regular, "upright");
        let centre = n.x + n.width / 2.0;
        assert!((centre - PAGE_WIDTH / 2.0).abs() < 0.5, "centred: {centre}");
        let b = n.bounds();
        assert!(b.y > 0.0 && b.bottom() < g.top, "inside the top margin");
    }
}

#[test]
fn charts_are_never_split_and_headings_never_end_a_page() {
    let pages = all_pages();
    let mut charts = 0;
    for page in &pages.pages {
        for b in &page.blocks {
            if b.kind == BlockKind::Chart {
                charts += 1;
                assert!(b.area.bottom() <= Geometry::DECREE_30.content().bottom() + 0.01);
            }
        }
        let last = page
            .blocks
            .iter()
            .rfind(|b| b.kind != BlockKind::PageNumber);
        if page.number < pages.len() {
            assert_ne!(
                last.map(|b| b.kind),
                Some(BlockKind::Heading),
                "page {} ends with a heading",
                page.number
            );
        }
    }
    // Each chart block appears on exactly one page.
    let ids: Vec<usize> = pages
        .pages
        .iter()
        .flat_map(|p| p.blocks.iter())
        .filter(|b| b.kind == BlockKind::Chart)
        .filter_map(|b| b.block)
        .collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique);
    assert!(charts >= 3);
}

#[test]
fn header_first_then_title() {
    let pages = all_pages();
    let first = &pages.pages[0];
    let t = first.plain_text();
    assert!(t.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(t.contains("Độc lập - Tự do - Hạnh phúc"));
    assert!(t.contains("ngày 23 tháng 11 năm 2026"));
    assert!(t.contains("BÁO CÁO TÓM TẮT"));
    let motto_y = first
        .texts()
        .find(|r| r.text.contains("CỘNG HÒA"))
        .unwrap()
        .y;
    let title_y = first
        .texts()
        .find(|r| r.text.contains("BÁO CÁO"))
        .unwrap()
        .y;
    assert!(motto_y < title_y);
    let last = pages.pages.last().unwrap().plain_text();
    assert!(last.contains("Nơi nhận:"));
}

#[test]
fn body_text_is_13_to_14_points_and_black() {
    for page in &all_pages().pages {
        for block in page
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
        {
            for r in page.texts() {
                let a = block.area;
                let (x, y) = (r.x + 0.1, r.y - 1.0);
                if (a.x..=a.right()).contains(&x) && (a.y..=a.bottom()).contains(&y) {
                    assert!(
                        (13.0..=14.0).contains(&r.size),
                        "{:?} at {}",
                        r.text,
                        r.size
                    );
                }
            }
        }
        for r in page.texts() {
            if r.size >= 13.0 && r.link.is_none() {
                assert_eq!(r.color, Rgb::BLACK, "{:?}", r.text);
            }
        }
    }
}

/// String literals of a line of code (the text between quote marks),
/// before any line comment.
fn string_literals(line: &str) -> Vec<&str> {
    let code = match line.find("//") {
        Some(i) if line[..i].matches('"').count().is_multiple_of(2) => &line[..i],
        _ => line,
    };
    code.split('"').skip(1).step_by(2).collect()
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Layout measures and places: every word of the document comes from the
/// composed document, so its code holds no Vietnamese text of its own.
#[test]
fn layout_writes_no_document_text_of_its_own() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/layout");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() >= 8, "{files:?}");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") || line.contains("glyph list, not document text") {
                continue;
            }
            for lit in string_literals(line) {
                if !lit.is_ascii() {
                    found.push(format!("{}:{}: {lit}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "document text in layout:\n{}",
        found.join("\n")
    );
    // The check itself sees such text.
    assert_eq!(
        string_literals(r#"let x = "Nơi nhận:"; // "ý""#),
        ["Nơi nhận:"]
    );
}
