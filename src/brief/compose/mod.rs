//! Turning a selection into a briefing: per topic the key figures with
//! their change, a chart where there is a series, the developments in date
//! order, the targets against the latest status and the disagreements
//! between sources, every statement with its `[n]`; around them the
//! Decree 30 header, title, references and closing block, every word
//! decided here.

mod chart;
mod cite;
mod figures;
mod key_points;
mod own;
mod topic;

use unicode_normalization::UnicodeNormalization;

pub use cite::reference_text;
pub use figures::{change_text, gap_text};

use super::document::*;
use super::format;
use super::selection::{HeaderFields, Length, MAX_YEAR, MIN_YEAR, Selection};
use super::wording::{
    APPENDIX_HEADING, APPENDIX_SUBTITLE, DEFAULT_TITLE, MOTTO, NATION, RECIPIENTS_LABEL,
};
use crate::data::{Catalog, Fact, PartialDate, Topic};
use cite::Citations;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    #[error("Chưa chọn chủ đề nào: hãy chọn ít nhất một chủ đề.")]
    NoTopics,
    #[error("Không có chủ đề \"{0}\" (xem danh sách bằng lệnh `egov-brief topics`).")]
    UnknownTopic(String),
    #[error(
        "Giai đoạn không hợp lệ: từ năm {from} đến năm {to} (năm đầu phải ≤ năm cuối, trong khoảng {MIN_YEAR}–{MAX_YEAR})."
    )]
    BadPeriod { from: i32, to: i32 },
    #[error("Ngày trên văn bản không hợp lệ: {0}.")]
    BadDate(String),
    #[error(
        "Không có thông tin nào của các chủ đề đã chọn trong {0}: hãy chọn giai đoạn hoặc chủ đề khác."
    )]
    NoData(String),
    #[error(
        "Không có thông tin \"{0}\" để bỏ khỏi báo cáo (xem danh sách bằng lệnh `egov-brief facts`)."
    )]
    UnknownFact(String),
    #[error(
        "Ô \"{field}\" ({option}) quá dài, không vừa một trang (phần này phải nằm trọn trên một trang): hãy bớt dòng hoặc rút gọn."
    )]
    TooTall {
        field: &'static str,
        option: &'static str,
    },
}

/// Composes the briefing for a selection.
pub fn compose(catalog: &Catalog, sel: &Selection) -> Result<Document, ComposeError> {
    let date = check_selection(catalog, sel)?;
    let topics = catalog.in_dataset_order(&sel.topics);
    let mut c = Composer::new(catalog, sel);
    // Key points first: they are read first, so they are cited first.
    c.key_points(&topics);
    let key_points = std::mem::take(&mut c.blocks);
    let mut sections = 0;
    for topic in &topics {
        if c.topic_section(sections + 1, topic) {
            sections += 1;
        }
    }
    let period = format::period(sel.from, sel.to);
    if c.dated_facts == 0 {
        return Err(ComposeError::NoData(period));
    }
    let data_blocks = std::mem::take(&mut c.blocks);
    if c.length == Length::Short {
        let mut n = 0;
        for topic in &topics {
            if c.topic_appendix(n + 1, topic) {
                n += 1;
            }
        }
    }
    let appendix = std::mem::take(&mut c.blocks);
    let summary = summary_line(&topics, &period);
    let mut blocks = key_points;
    if c.length == Length::Full {
        blocks.push(Block::Paragraph(intro(topics.len(), &period, &c.cites)));
    }
    blocks.extend(data_blocks);
    blocks.extend(own::own_sections(sections, &sel.own_sections));

    let h = &sel.header;
    let header = header(h);
    let title_text = match nfc(h.title.trim()) {
        t if t.is_empty() => DEFAULT_TITLE.to_string(),
        t => t,
    };
    Ok(Document {
        metadata: Metadata {
            title: format!("{title_text}: {summary}"),
            author: header.issuer_lines.last().cloned().unwrap_or_default(),
            subject: summary.clone(),
            keywords: topics.iter().map(|t| t.name.clone()).collect(),
            date,
        },
        header,
        title: format::upper(&title_text),
        summary,
        blocks,
        references: c.cites.into_references(catalog),
        closing: closing(h),
        appendix: (!appendix.is_empty()).then(|| Appendix {
            heading: APPENDIX_HEADING.to_string(),
            subtitle: APPENDIX_SUBTITLE.to_string(),
            blocks: appendix,
        }),
    })
}

/// The period, topics and date must make sense before anything is said;
/// returns the header date.
fn check_selection(catalog: &Catalog, sel: &Selection) -> Result<PartialDate, ComposeError> {
    if sel.from > sel.to || sel.from < MIN_YEAR || sel.to > MAX_YEAR {
        return Err(ComposeError::BadPeriod {
            from: sel.from,
            to: sel.to,
        });
    }
    if sel.topics.is_empty() {
        return Err(ComposeError::NoTopics);
    }
    if let Some(t) = sel.topics.iter().find(|t| catalog.topic(t).is_none()) {
        return Err(ComposeError::UnknownTopic(t.clone()));
    }
    if let Some(f) = sel.excluded.iter().find(|f| catalog.fact(f).is_none()) {
        return Err(ComposeError::UnknownFact(f.clone()));
    }
    let d = sel.header.date;
    d.to_partial_date()
        .ok_or_else(|| ComposeError::BadDate(format!("{}/{}/{}", d.day, d.month, d.year)))
}

/// Typed text in composed form: an input method in "Unicode tổ hợp" mode
/// sends decomposed letters, which would print with misplaced accents.
/// Control characters and invisible direction marks (pasted from web
/// pages or spreadsheets) have no glyph and would print as boxes over the
/// next word: a tab becomes a space, the others are dropped; line breaks
/// stay.
fn nfc(s: &str) -> String {
    s.nfc()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() || is_invisible_format(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Direction marks and embeddings, zero-width space, byte order mark.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}'
    ) || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Non-empty, trimmed, NFC lines of a multi-line field.
fn lines_of(field: &str) -> Vec<String> {
    field
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(nfc)
        .collect()
}

fn summary_line(topics: &[&Topic], period: &str) -> String {
    if topics.len() <= 3 {
        let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
        format!("{} – {}", names.join("; "), period)
    } else {
        format!(
            "Chính phủ điện tử, Chính phủ số ({} chủ đề), {}",
            topics.len(),
            period
        )
    }
}

fn intro(topics: usize, period: &str, cites: &Citations) -> Paragraph {
    Paragraph {
        style: ParagraphStyle::Body,
        inlines: vec![Inline::plain(format!(
            "Báo cáo tổng hợp thông tin về {topics} chủ đề trong {period}, trích từ {} bài viết nêu \
             tại mục Nguồn tham khảo. Mỗi thông tin có số chỉ dẫn [n] tới nguồn; giá trị và thời \
             điểm suy ra được ghi rõ cách suy ra; những điểm các nguồn chưa thống nhất được nêu riêng.",
            cites.sources()
        ))],
    }
}

fn header(h: &HeaderFields) -> Header {
    Header {
        issuer_lines: lines_of(&h.issuer)
            .iter()
            .map(|l| format::upper(l))
            .collect(),
        nation: NATION.to_string(),
        motto: MOTTO.to_string(),
        place_date: format::place_date(&nfc(&h.place), h.date.day, h.date.month, h.date.year),
        // Spaces kept as typed: the blank is where the clerk writes.
        number: Some(nfc(h.number.trim()).replace(' ', "\u{a0}")).filter(|n| !n.is_empty()),
    }
}

/// "Nơi nhận" with its dashes and end punctuation, and the signer block.
fn closing(h: &HeaderFields) -> Closing {
    let names = lines_of(&h.recipients);
    let n = names.len();
    let recipients = names
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let end = if i + 1 == n { "." } else { ";" };
            format!("- {}{end}", r.trim_end_matches([';', '.']))
        })
        .collect();
    let (title, name) = (h.signer_title.trim(), h.signer_name.trim());
    let signer = (!title.is_empty() || !name.is_empty()).then(|| Signer {
        title_lines: title.lines().map(|l| format::upper(&nfc(l))).collect(),
        name: nfc(name),
    });
    Closing {
        recipients_label: RECIPIENTS_LABEL.to_string(),
        recipients,
        signer,
    }
}

/// The state of one composition: the period, the citations so far and
/// the blocks written.
struct Composer<'a> {
    catalog: &'a Catalog,
    from: i32,
    to: i32,
    length: Length,
    /// Catalog indices of the facts the user left out.
    excluded: std::collections::HashSet<usize>,
    cites: Citations,
    blocks: Vec<Block>,
    /// Dated facts used, to tell an empty period.
    dated_facts: usize,
    /// Number of the last sub-heading of the current topic.
    subsection: usize,
}

impl<'a> Composer<'a> {
    fn new(catalog: &'a Catalog, sel: &Selection) -> Self {
        Self {
            catalog,
            from: sel.from,
            to: sel.to,
            length: sel.length,
            excluded: sel
                .excluded
                .iter()
                .filter_map(|id| catalog.fact_index(id))
                .collect(),
            cites: Citations::default(),
            blocks: Vec::new(),
            dated_facts: 0,
            subsection: 0,
        }
    }

    /// The facts still in the brief, with their catalog indices.
    fn facts(&self) -> impl Iterator<Item = (usize, &'a Fact)> + use<'a, '_> {
        let catalog = self.catalog;
        catalog
            .facts()
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.excluded.contains(i))
    }

    /// Is the fact with this id left out (or unknown)?
    fn is_excluded(&self, id: &str) -> bool {
        self.catalog
            .fact_index(id)
            .is_none_or(|i| self.excluded.contains(&i))
    }

    fn cite(&mut self, fact_index: usize) -> Inline {
        self.cites.cite(self.catalog, fact_index)
    }

    fn cite_all(&mut self, facts: &[usize]) -> Vec<Inline> {
        self.cites.cite_all(self.catalog, facts)
    }

    fn in_period(&self, year: i32) -> bool {
        (self.from..=self.to).contains(&year)
    }

    fn push_item(&mut self, inlines: Vec<Inline>) {
        self.push_paragraph(ParagraphStyle::Item, inlines);
    }

    fn push_paragraph(&mut self, style: ParagraphStyle, inlines: Vec<Inline>) {
        self.blocks
            .push(Block::Paragraph(Paragraph { style, inlines }));
    }

    fn heading(&mut self, level: HeadingLevel, text: String) {
        self.blocks.push(Block::Heading { level, text });
    }

    /// "2. Diễn biến và nhận định": the next numbered part of a topic.
    fn subheading(&mut self, title: &str) {
        self.subsection += 1;
        let text = format!("{}. {title}", self.subsection);
        self.heading(HeadingLevel::Subsection, text);
    }
}
