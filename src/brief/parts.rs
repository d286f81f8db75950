//! One walk of the composed document, in the order it is read: header,
//! title, body (key points, topics, the official's own sections),
//! references, closing, then the short edition's appendix. Layout and the
//! Word writer both consume this walk and match every part, so a part
//! added to the document reaches both or neither.

use super::document::{Appendix, Block, ChartSpec, Closing, Document, Header, ReferenceList};

/// A block of the body or of the appendix, with its place in the walk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlockAt<'a> {
    pub block: &'a Block,
    /// Index over the body's blocks, then the appendix's (unique in the
    /// document): the preview maps what it draws back to it.
    pub index: usize,
    /// Inside the appendix: its sections sit one outline level down.
    pub in_appendix: bool,
    /// For a chart, its 1-based number in the document.
    pub chart: Option<usize>,
}

/// One part of the document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part<'a> {
    Header(&'a Header),
    /// The title and the subject line under it.
    Title {
        title: &'a str,
        summary: &'a str,
    },
    Block(BlockAt<'a>),
    /// "Nguồn tham khảo", when anything is cited; in the short edition
    /// the sources cited only in the appendix come at its end.
    References(ReferenceList<'a>),
    /// "Nơi nhận" and the signer, when either is given.
    Closing(&'a Closing),
    /// The appendix's heading and subtitle, on a new page; its blocks
    /// follow as [`Part::Block`]s.
    AppendixStart(&'a Appendix),
}

impl Document {
    /// Every part of the document in reading order.
    pub fn parts(&self) -> Vec<Part<'_>> {
        let mut parts = vec![
            Part::Header(&self.header),
            Part::Title {
                title: &self.title,
                summary: &self.summary,
            },
        ];
        let mut counter = Counter::default();
        counter.push(&mut parts, &self.blocks, false);
        let (main, appendix_only) = self.references.lists();
        if !main.entries.is_empty() {
            parts.push(Part::References(main));
        }
        if !self.closing.is_empty() {
            parts.push(Part::Closing(&self.closing));
        }
        if let Some(a) = &self.appendix {
            parts.push(Part::AppendixStart(a));
            counter.push(&mut parts, &a.blocks, true);
        }
        if let Some(rest) = appendix_only {
            parts.push(Part::References(rest));
        }
        parts
    }

    /// The charts of the whole document (body and appendix), numbered in
    /// reading order.
    pub fn charts(&self) -> Vec<(usize, &ChartSpec)> {
        self.parts()
            .into_iter()
            .filter_map(|p| match p {
                Part::Block(BlockAt {
                    block: Block::Chart(spec),
                    chart: Some(n),
                    ..
                }) => Some((n, spec)),
                _ => None,
            })
            .collect()
    }
}

/// Numbers blocks and charts across the body and the appendix.
#[derive(Default)]
struct Counter {
    index: usize,
    charts: usize,
}

impl Counter {
    fn push<'a>(&mut self, parts: &mut Vec<Part<'a>>, blocks: &'a [Block], in_appendix: bool) {
        for block in blocks {
            let chart = matches!(block, Block::Chart(_)).then(|| {
                self.charts += 1;
                self.charts
            });
            parts.push(Part::Block(BlockAt {
                block,
                index: self.index,
                in_appendix,
                chart,
            }));
            self.index += 1;
        }
    }
}
