//! The brief as a brief: the short edition's page budget, the number
//! line, black print by default, links from every `[n]` to its reference,
//! an outline, and chart labels that never collide.

use egov_brief::brief::document::{Block, ChartSpec};
use egov_brief::brief::{Length, Selection, compose};
use egov_brief::briefing::Briefing;
use egov_brief::layout::chart::layout_chart;
use egov_brief::layout::{AnchorKind, Item, Pages, Rect, Rgb};
use lopdf::{Document, Object};

use crate::support::{all_topics, all_topics_selection, catalog, pdf_bytes, pdf_text, selection};

fn prepared(topics: &[&str], from: i32, to: i32, length: Length) -> Briefing {
    let c = catalog();
    let mut sel = if topics.is_empty() {
        Selection {
            from,
            to,
            ..all_topics_selection(&c)
        }
    } else {
        selection(topics, from, to)
    };
    sel.length = length;
    Briefing::prepare(&c, &sel).unwrap()
}

/// Pages before the one that opens "PHỤ LỤC".
fn main_part_pages(p: &Pages) -> usize {
    p.anchors
        .iter()
        .find(|a| matches!(&a.kind, AnchorKind::Outline { title, .. } if title == "PHỤ LỤC"))
        .map_or(p.len(), |a| a.page)
}

#[test]
fn the_short_edition_keeps_its_page_budget() {
    let all = prepared(&[], 2014, 2030, Length::Short);
    assert!(
        main_part_pages(&all.pages) <= 3,
        "{} pages",
        main_part_pages(&all.pages)
    );
    let first = all.pages.pages[0].plain_text();
    assert!(first.contains("NHỮNG ĐIỂM CHÍNH"), "{first}");
    assert!(first.contains("Số:"), "{first}");
    // Two topics in two pages; over 2014–2030 the UN survey tables of five
    // editions add five references, and the closing block moves to a
    // third page.
    for (period, budget) in [((2014, 2030), 3), ((2016, 2020), 3), ((2021, 2025), 3)] {
        let two = prepared(
            &["xep-hang-lhq", "dich-vu-cong"],
            period.0,
            period.1,
            Length::Short,
        );
        assert!(main_part_pages(&two.pages) <= budget, "{period:?}");
    }
}

/// The brief of issue 30: all topics, signed 7/12/2026, with an issuer,
/// recipients and a signer.
fn signed_short_brief() -> Selection {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.length = Length::Short;
    sel.header.date = egov_brief::brief::selection::Day {
        year: 2026,
        month: 12,
        day: 7,
    };
    sel.header.issuer = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    sel.header.number = "Số:      /BC-CĐSQG".into();
    sel.header.signer_title = "Cục trưởng".into();
    sel.header.signer_name = "Nguyễn Văn A".into();
    sel
}

#[test]
fn the_short_body_names_every_topic_under_contiguous_numbers_with_its_finding() {
    let c = catalog();
    let sel = signed_short_brief();
    let doc = compose(&c, &sel).unwrap();
    // Every topic, numbered 1 to 9 without gaps, each with one paragraph
    // of one or two cited sentences; no table, no chart in the body.
    let mut numbers = Vec::new();
    for (k, b) in doc.blocks.iter().enumerate() {
        if let Block::Heading { text, .. } = b
            && let Some((n, _)) = text.split_once(". ")
            && let Ok(n) = n.parse::<usize>()
        {
            numbers.push(n);
            let Some(Block::Paragraph(p)) = doc.blocks.get(k + 1) else {
                panic!("no finding after {text}");
            };
            let t: String = p.inlines.iter().map(|i| i.text.as_str()).collect();
            let sentences = t.matches("]. ").count() + usize::from(t.ends_with("]."));
            assert!((1..=2).contains(&sentences), "{text}: {t}");
            assert!(p.inlines.iter().any(|i| i.cite.is_some()), "{t}");
        }
    }
    assert_eq!(numbers, (1..=9).collect::<Vec<_>>());
    assert!(
        !doc.blocks
            .iter()
            .any(|b| matches!(b, Block::Table(_) | Block::Chart(_)))
    );
    // The body points to its appendix once, as Decree 30 asks, and never
    // sends a topic there instead of saying it.
    let body: String = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(
                p.inlines
                    .iter()
                    .map(|i| i.text.as_str())
                    .collect::<String>(),
            ),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(body.contains(
        "Số liệu chi tiết, biểu đồ, diễn biến và mục tiêu của từng nội dung nêu tại Phụ lục kèm theo Báo cáo này."
    ));
    assert!(!body.contains("Nội dung mục"), "{body}");
    // The topic on the UN ranking says its other figures of 2024.
    assert!(
        body.contains(
            "Theo số liệu năm 2024, Chỉ số phát triển Chính phủ điện tử (EGDI) là 0,7709 [1]; thứ hạng chỉ số dịch vụ trực tuyến (OSI) trên thế giới là 75/193 [1]."
        ),
        "{body}"
    );
    // The main part, signature included, fits three pages.
    let b = Briefing::prepare(&c, &sel).unwrap();
    assert!(
        main_part_pages(&b.pages) <= 3,
        "{}",
        main_part_pages(&b.pages)
    );
}

#[test]
fn a_parent_body_that_fits_stays_on_one_line() {
    let c = catalog();
    let mut sel = selection(&["xep-hang-lhq"], 2014, 2030);
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    let b = Briefing::prepare(&c, &sel).unwrap();
    let runs: Vec<_> = b.pages.pages[0].texts().collect();
    let parent = runs.iter().find(|r| r.text.starts_with("BỘ")).unwrap();
    assert_eq!(parent.text, "BỘ THÔNG TIN VÀ TRUYỀN THÔNG");
    assert_eq!(parent.size, 12.0);
}

fn colours(p: &Pages) -> Vec<Rgb> {
    let mut out = Vec::new();
    for page in &p.pages {
        for item in &page.items {
            match item {
                Item::Text(t) => out.push(t.color),
                Item::Polyline { stroke, .. } => out.push(stroke.color),
                Item::Dot { fill, stroke, .. } => {
                    out.push(*fill);
                    out.extend(stroke.map(|s| s.color));
                }
            }
        }
    }
    out
}

#[test]
fn print_is_black_unless_colour_is_asked_for() {
    let b = prepared(&[], 2014, 2030, Length::Full);
    let greys = |c: &Rgb| c.0 == c.1 && c.1 == c.2;
    assert!(colours(&b.pages).iter().all(greys));
    let c = catalog();
    let mut sel = selection(&["xep-hang-lhq"], 2014, 2030);
    sel.color = true;
    let b = Briefing::prepare(&c, &sel).unwrap();
    assert!(colours(&b.pages).contains(&Rgb::BLUE));
}

#[test]
fn every_citation_links_to_its_reference_and_the_outline_lists_the_sections() {
    let b = prepared(&[], 2014, 2030, Length::Full);
    let bytes = pdf_bytes(&b);
    assert!(bytes.len() <= 150 * 1024, "{} bytes", bytes.len());
    let doc = Document::load_mem(&bytes).unwrap();
    let page_ids: Vec<_> = doc.get_pages().into_values().collect();
    // Links name their destination ("r12"); the catalog's /Dests says
    // where each name goes: the page that lists reference 12.
    let catalog = doc.catalog().unwrap();
    let dests_id = catalog.get(b"Dests").unwrap().as_reference().unwrap();
    let dests = doc.get_dictionary(dests_id).unwrap();
    let mut links = 0;
    for id in &page_ids {
        let page = doc.get_dictionary(*id).unwrap();
        let Ok(Object::Array(annots)) = page.get(b"Annots") else {
            continue;
        };
        for a in annots {
            let a = a.as_dict().unwrap();
            assert_eq!(a.get(b"Subtype").unwrap().as_name().unwrap(), b"Link");
            let name = a.get(b"Dest").unwrap().as_name().unwrap();
            let number: u32 = std::str::from_utf8(&name[1..]).unwrap().parse().unwrap();
            let dest = dests.get(name).unwrap().as_array().unwrap();
            let target = dest[0].as_reference().unwrap();
            let anchor = b.pages.reference_anchor(number).expect("anchored");
            assert_eq!(target, page_ids[anchor.page], "reference {number}");
            links += 1;
        }
    }
    let markers: usize = b
        .pages
        .pages
        .iter()
        .map(|p| p.texts().filter(|t| t.link.is_some()).count())
        .sum();
    assert!(
        links >= 20 && links == markers,
        "{links} links, {markers} markers"
    );
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"vi-VN");
    let outlines = catalog.get(b"Outlines").unwrap().as_reference().unwrap();
    let outlines = doc.get_dictionary(outlines).unwrap();
    assert!(outlines.get(b"Count").unwrap().as_i64().unwrap() >= 10);
    // Each reference entry is anchored where it is placed.
    for r in &b.document.references.entries {
        let a = b.pages.reference_anchor(r.number).expect("anchored");
        assert!(b.pages.pages[a.page].plain_text().contains(&r.label));
    }
    let text = pdf_text(&bytes);
    assert!(!text.contains("seeds/") && !text.contains(".txt"));
}

#[test]
fn the_short_edition_outline_has_the_appendix() {
    let b = prepared(&[], 2014, 2030, Length::Short);
    let titles: Vec<(String, u8)> = b
        .pages
        .anchors
        .iter()
        .filter_map(|a| match &a.kind {
            AnchorKind::Outline { title, level } => Some((title.clone(), *level)),
            _ => None,
        })
        .collect();
    let at = titles.iter().position(|(t, _)| t == "PHỤ LỤC").unwrap();
    assert!(titles[..at].iter().any(|(t, _)| t == "NHỮNG ĐIỂM CHÍNH"));
    // The appendix's parts sit one level down, its topics two; the body's
    // "I. KẾT QUẢ" is not repeated there.
    assert!(titles[at + 1..].iter().all(|(_, l)| *l >= 1), "{titles:?}");
    assert!(!titles[at + 1..].iter().any(|(t, _)| t == "I. KẾT QUẢ"));
    assert!(
        titles[at + 1..]
            .iter()
            .any(|(t, l)| t == "GHI CHÚ VỀ SỐ LIỆU" && *l == 1),
        "{titles:?}"
    );
    let bytes = pdf_bytes(&b);
    assert_eq!(bytes, pdf_bytes(&b));
}

/// Every chart of the bundled data over several periods and topic sets.
fn all_charts() -> Vec<ChartSpec> {
    let c = catalog();
    let mut charts = Vec::new();
    let topic_sets: Vec<Vec<String>> = std::iter::once(all_topics(&c))
        .chain(all_topics(&c).into_iter().map(|t| vec![t]))
        .collect();
    for from in [2014, 2016, 2018, 2020, 2021] {
        for to in [2020, 2022, 2025, 2030] {
            for topics in &topic_sets {
                let sel = Selection {
                    topics: topics.clone(),
                    ..selection(&[], from, to)
                };
                if from > to {
                    continue;
                }
                if let Ok(doc) = compose(&c, &sel) {
                    charts.extend(doc.blocks.into_iter().filter_map(|b| match b {
                        Block::Chart(ch) => Some(ch),
                        _ => None,
                    }));
                }
            }
        }
    }
    charts
}

#[test]
fn chart_labels_and_target_lines_never_overlap() {
    let charts = all_charts();
    assert!(charts.len() > 20);
    for spec in &charts {
        let items = layout_chart(spec, 467.7);
        let target_lines: Vec<Rect> = items
            .iter()
            .filter(|i| matches!(i, Item::Polyline { stroke, .. } if stroke.dash.is_some()))
            .map(|i| i.bounds())
            .collect();
        let labels: Vec<Rect> = items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t)
                    if spec.targets.iter().any(|x| x.label == t.text)
                        || (spec.points.iter().any(|p| p.label == t.text) && t.y < 180.0) =>
                {
                    Some(t.bounds())
                }
                _ => None,
            })
            .collect();
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                assert!(!a.intersects(b), "{}: labels {a:?} {b:?}", spec.title);
            }
            for l in &target_lines {
                assert!(
                    !a.intersects(l),
                    "{}: label {a:?} on line {l:?}",
                    spec.title
                );
            }
        }
    }
}

#[test]
fn rank_ticks_are_whole_numbers() {
    for spec in all_charts()
        .iter()
        .filter(|s| s.axis == egov_brief::brief::document::ValueAxis::Rank)
    {
        for item in layout_chart(spec, 467.7) {
            if let Item::Text(t) = item
                && t.x < 48.0
                && t.text.starts_with(|c: char| c.is_ascii_digit())
                && t.text
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                assert!(!t.text.contains(','), "{}: tick {}", spec.title, t.text);
            }
        }
    }
}

/// No note line starts a page alone: a page never opens with a table's
/// note or a note paragraph unless the page before ended inside it.
#[test]
fn no_note_line_starts_a_page_alone() {
    use egov_brief::brief::document::ParagraphStyle;
    use egov_brief::layout::BlockKind;
    let c = catalog();
    let ids = all_topics(&c);
    let mut sets: Vec<Vec<&str>> = vec![Vec::new()];
    sets.extend(ids.iter().map(|t| vec![t.as_str()]));
    sets.extend(ids.windows(2).map(|w| vec![w[0].as_str(), w[1].as_str()]));
    let mut cases = Vec::new();
    for set in &sets {
        for period in [(2014, 2030), (2016, 2020), (2021, 2025), (2018, 2024)] {
            for length in [Length::Short, Length::Full] {
                cases.push((set.clone(), period, length));
            }
        }
    }
    for (set, period, length) in cases {
        let c = catalog();
        let mut sel = if set.is_empty() {
            Selection {
                from: period.0,
                to: period.1,
                ..all_topics_selection(&c)
            }
        } else {
            selection(&set, period.0, period.1)
        };
        sel.length = length;
        let Ok(b) = Briefing::prepare(&c, &sel) else {
            continue;
        };
        let blocks: Vec<&Block> = b
            .document
            .blocks
            .iter()
            .chain(b.document.appendix.iter().flat_map(|a| a.blocks.iter()))
            .collect();
        for k in 1..b.pages.pages.len() {
            let page = &b.pages.pages[k];
            let Some(first) = page
                .blocks
                .iter()
                .find(|bl| bl.kind != BlockKind::PageNumber)
            else {
                continue;
            };
            let ended = b.pages.pages[k - 1]
                .blocks
                .iter()
                .rfind(|bl| bl.kind != BlockKind::PageNumber)
                .and_then(|bl| bl.block);
            let note = first.block.and_then(|i| blocks.get(i)).is_some_and(
                |bl| matches!(bl, Block::Paragraph(p) if p.style == ParagraphStyle::Note),
            );
            if note {
                assert_eq!(
                    ended,
                    first.block,
                    "{set:?} {period:?} {length:?} page {}",
                    k + 1
                );
            }
            // A table's note line at the top: the table must have begun
            // on the page before.
            let top = page
                .texts()
                .filter(|t| t.size < 11.5 && t.style == egov_brief::layout::FontStyle::Italic)
                .map(|t| t.y)
                .fold(f32::MAX, f32::min);
            let first_text = page
                .texts()
                .filter(|t| t.text.trim().parse::<usize>().is_err())
                .map(|t| t.y)
                .fold(f32::MAX, f32::min);
            if first.kind == BlockKind::Table && (top - first_text).abs() < 0.5 {
                assert_eq!(
                    ended,
                    first.block,
                    "{set:?} {period:?} {length:?} page {}",
                    k + 1
                );
                let text = page.plain_text();
                assert!(!text.trim_start().starts_with("(**)"), "{text}");
            }
        }
    }
}

/// The short edition lists under "NGUỒN THAM KHẢO" the sources its main
/// part cites; those cited only in the appendix follow at the appendix's
/// end, numbered on, so the main part keeps its pages.
#[test]
fn sources_cited_only_in_the_appendix_are_listed_at_its_end() {
    use egov_brief::brief::document::{Block, Inline};
    fn numbers(blocks: &[Block]) -> Vec<u32> {
        let mut out = Vec::new();
        let mut add =
            |inl: &[Inline]| out.extend(inl.iter().filter_map(|i| i.cite.map(|c| c.number)));
        for b in blocks {
            match b {
                Block::Paragraph(p) => add(&p.inlines),
                Block::Chart(c) => add(&c.source_line),
                Block::Table(t) => {
                    t.rows.iter().flatten().for_each(|c| add(c));
                    t.notes.iter().for_each(|n| add(n));
                }
                Block::Heading { .. } => {}
            }
        }
        out
    }
    let b = prepared(&[], 2014, 2030, Length::Short);
    let doc = &b.document;
    let split = doc.references.appendix_only.as_ref().expect("a split");
    let main = numbers(&doc.blocks);
    let appendix = numbers(&doc.appendix.as_ref().unwrap().blocks);
    let k = split.from as u32;
    assert!(main.iter().all(|&n| n <= k), "{main:?} past {k}");
    assert!((1..=k).all(|n| main.contains(&n)), "{main:?} ≤ {k}");
    assert!(((k + 1)..=doc.references.entries.len() as u32).all(|n| appendix.contains(&n)));
    // Printed after the appendix, under its own heading.
    let text = pdf_text(&pdf_bytes(&b));
    let appendix_at = text.find("PHỤ LỤC").unwrap();
    let rest_at = text
        .find("NGUỒN THAM KHẢO (TIẾP THEO)")
        .expect("the appendix's list");
    assert!(rest_at > appendix_at);
    assert!(text[rest_at..].contains(&format!("[{}]", k + 1)));
}
