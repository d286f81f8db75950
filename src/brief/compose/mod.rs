//! Turning a selection into a briefing: per topic the key figures with
//! their change, a chart where there is a series, the developments in date
//! order, the targets against the latest status and the disagreements
//! between sources, every statement with its `[n]`; around them the
//! Decree 30 header, title, references and closing block, every word
//! decided here.

mod chart;
mod cite;
mod edition;
mod figures;
mod finding;
mod key_points;
mod known;
mod opening;
mod own;
mod shortcomings;
mod since;
mod table;
mod targets;
mod then;
mod topic;
mod un_tables;

pub use cite::{is_weak, reference_text, untrustworthy_facts};
pub use figures::{change_text, gap_text};
pub use key_points::{MAX_KEY_POINTS, STALE_MONTHS};

use super::document::*;
use super::notation;
use super::selection::{
    ASSESSMENT, HeaderFields, Length, MAX_YEAR, MIN_YEAR, PROPOSALS, Selection,
};
use super::wording::{
    APPENDIX_HEADING, APPENDIX_REFERENCES_HEADING, APPENDIX_TITLE, ARCHIVE_LINE, DEFAULT_TITLE,
    MOTTO, NATION, NO_DATA_TOPICS, NUMBER_LABEL, PROPOSALS_HEADING, RECIPIENTS_LABEL,
    RESULTS_HEADING, SEE_APPENDIX, SHORTCOMINGS_HEADING, issuer_in_sentence,
};
use crate::data::register::RegisterRow;
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
    let mut c = Composer::new(catalog, sel, date);
    // Key points first: they are read first, so they are cited first.
    c.key_points(&topics);
    let key_points = std::mem::take(&mut c.blocks);
    let numbered: Vec<(usize, &Topic)> = topics
        .iter()
        .filter(|t| c.has_content(t))
        .enumerate()
        .map(|(i, t)| (i + 1, *t))
        .collect();
    let results = c.results(&topics, &numbered);
    if c.dated_facts == 0 {
        return Err(ComposeError::NoData(notation::period(sel.from, sel.to)));
    }
    let period = super::wording::period_as_of(sel.from, sel.to, sel.header.date.year);
    let mut sections = Sections::default();
    sections.push(RESULTS_HEADING, results);
    let assessment = own::own_text(&sel.own_sections, ASSESSMENT);
    let computed = c.shortcomings(&topics);
    let mut shortcomings = std::mem::take(&mut c.blocks);
    shortcomings.extend(assessment);
    if computed > 0 || !shortcomings.is_empty() {
        sections.push(SHORTCOMINGS_HEADING, shortcomings);
    }
    let proposals = own::own_text(&sel.own_sections, PROPOSALS);
    if !proposals.is_empty() {
        sections.push(PROPOSALS_HEADING, proposals);
    }
    for (title, blocks) in own::other_sections(&sel.own_sections) {
        sections.push(&title, blocks);
    }
    // Sources first cited after this point appear only in the appendix.
    let main_sources = c.cites.len();
    let mut appendix = c.appendix_blocks(&numbered);
    // The notes on the data close the appendix of the short edition and
    // follow the sections of the full one.
    let notes = c.data_notes(&topics);
    if sel.length == Length::Short {
        appendix.extend(notes);
    } else {
        sections.blocks.extend(notes);
    }
    let summary = summary_line(&topics, &period);
    let split = (sel.length == Length::Short && !appendix.is_empty()).then_some(main_sources);
    let references = references(std::mem::take(&mut c.cites), catalog, split);
    let cited: Vec<usize> = references
        .entries
        .iter()
        .flat_map(|r| r.facts.clone())
        .collect();
    let newest = c.newest_of(&cited);
    let stale: Vec<(usize, String)> = c.stale.iter().map(|(i, t)| (i + 1, t.clone())).collect();
    let mut blocks = vec![Block::Paragraph(opening::opening(
        &sel.opening,
        &period,
        references.entries.len(),
        newest,
        stale_years(&c.stale_data),
        c.missing_survey_edition(&topics),
    ))];
    blocks.extend(key_points);
    blocks.extend(sections.blocks);
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
        title: notation::upper(&title_text),
        summary,
        blocks,
        references,
        closing: closing(h),
        appendix: (!appendix.is_empty()).then(|| Appendix {
            heading: APPENDIX_HEADING.to_string(),
            title: APPENDIX_TITLE.to_string(),
            attachment: attachment_line(h),
            blocks: appendix,
        }),
        header,
        freshness: Freshness {
            newest,
            stale,
            unpublished: c.unpublished(&topics),
        },
    })
}

/// The reference list; in the short edition, with the sources from
/// `split` on (cited only in the appendix) listed at the appendix's end.
fn references(cites: Citations, catalog: &Catalog, split: Option<usize>) -> References {
    let mut references = cites.into_references(catalog);
    references.appendix_only = split.map(|from| AppendixReferences {
        from,
        heading: APPENDIX_REFERENCES_HEADING.to_string(),
    });
    references
}

/// The report's Roman-numbered sections, numbered as they are added.
#[derive(Default)]
struct Sections {
    blocks: Vec<Block>,
    count: usize,
}

impl Sections {
    fn push(&mut self, title: &str, body: Vec<Block>) {
        self.count += 1;
        self.blocks.push(Block::Heading {
            level: HeadingLevel::Section,
            text: format!(
                "{}. {}",
                notation::roman(self.count),
                notation::upper(title)
            ),
        });
        self.blocks.extend(body);
    }
}

impl<'a> Composer<'a> {
    /// "I. KẾT QUẢ": each topic with something to say under its number
    /// (the short edition first points to its appendix), then the chosen
    /// topics with nothing in the period, named.
    fn results(&mut self, topics: &[&'a Topic], numbered: &[(usize, &'a Topic)]) -> Vec<Block> {
        if self.length == Length::Short {
            self.push_paragraph(ParagraphStyle::Body, vec![Inline::plain(SEE_APPENDIX)]);
        }
        for (n, topic) in numbered {
            self.topic_section(*n, topic);
        }
        let empty: Vec<&str> = topics
            .iter()
            .filter(|t| !numbered.iter().any(|(_, n)| n.id == t.id))
            .map(|t| t.name.as_str())
            .collect();
        if !empty.is_empty() {
            let text = format!("{NO_DATA_TOPICS} {}.", empty.join("; "));
            self.push_paragraph(ParagraphStyle::Note, vec![Inline::plain(text)]);
        }
        std::mem::take(&mut self.blocks)
    }

    /// The short edition's appendix: each topic's tables, charts,
    /// developments and targets under the appendix's own numbers (1, 2, …
    /// without gaps), no section heading of the body repeated.
    fn appendix_blocks(&mut self, numbered: &[(usize, &'a Topic)]) -> Vec<Block> {
        if self.length != Length::Short {
            return Vec::new();
        }
        let mut n = 0;
        for (_, topic) in numbered {
            if self.topic_appendix(n + 1, topic) {
                n += 1;
            }
        }
        std::mem::take(&mut self.blocks)
    }
}

/// "(Kèm theo Báo cáo số      /BC-CĐSQG ngày 23 tháng 11 năm 2026 của Cục
/// Chuyển đổi số quốc gia)".
fn attachment_line(h: &HeaderFields) -> String {
    let number = number_line(&h.number);
    let number = number
        .strip_prefix("Số:")
        .map(|n| format!(" số{}", n.replace(' ', "\u{a0}")))
        .unwrap_or_default();
    let date = notation::place_date("", h.date.day, h.date.month, h.date.year);
    let date = date.trim_start_matches([',', ' ']).to_lowercase();
    // A body named inside a sentence is in sentence case, not in the
    // capitals of the header ("của Cục Chuyển đổi số quốc gia").
    let issuer = lines_of(&h.issuer)
        .last()
        .map(|l| issuer_in_sentence(l))
        .unwrap_or_default();
    let of = if issuer.is_empty() {
        String::new()
    } else {
        format!(" của {issuer}")
    };
    format!("(Kèm theo Báo cáo{number} {date}{of})")
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

/// Typed text as the document prints it (one rule for every field).
fn nfc(s: &str) -> String {
    crate::data::plain_text::typed_text(s)
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

/// The subject line: the topics' names when there are few, else the
/// field; then the period.
fn summary_line(topics: &[&Topic], period: &str) -> String {
    if topics.len() <= 3 {
        let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
        format!("{} – {}", names.join("; "), period)
    } else {
        format!("Về Chính phủ điện tử, Chính phủ số {period}")
    }
}

fn header(h: &HeaderFields) -> Header {
    Header {
        issuer_lines: lines_of(&h.issuer)
            .iter()
            .map(|l| notation::upper(l))
            .collect(),
        nation: NATION.to_string(),
        motto: MOTTO.to_string(),
        place_date: notation::place_date(&nfc(&h.place), h.date.day, h.date.month, h.date.year),
        // Spaces kept as typed: the blank is where the clerk writes.
        number: Some(number_line(&h.number).replace(' ', "\u{a0}")).filter(|n| !n.is_empty()),
    }
}

/// The years the stale key points rest on, oldest and newest.
fn stale_years(dates: &[PartialDate]) -> Option<(i32, i32)> {
    let years = dates.iter().map(|d| d.year_value());
    Some((years.clone().min()?, years.max()?))
}

/// The number line as printed: as typed, with the "Số:" label Decree 30
/// puts before it when the user typed only the number ("12/BC-CĐSQG").
fn number_line(typed: &str) -> String {
    let n = nfc(typed.trim());
    if n.is_empty() || n.to_lowercase().starts_with("số") {
        n
    } else {
        format!("{NUMBER_LABEL} {n}")
    }
}

/// "CĐSQG" from "Số:      /BC-CĐSQG": the unit's abbreviation.
fn number_symbol(number: &str) -> Option<String> {
    let after = number.rsplit_once('-')?.1.trim();
    (!after.is_empty()).then(|| nfc(after))
}

/// "Nơi nhận" with its dashes and end punctuation, and the signer block.
fn closing(h: &HeaderFields) -> Closing {
    let names = lines_of(&h.recipients);
    let n = names.len();
    let symbol = number_symbol(&h.number);
    let recipients = names
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let end = if i + 1 == n { "." } else { ";" };
            let r = r.trim_end_matches([';', '.']);
            // "Lưu: VT, CĐSQG.": the drafting unit's abbreviation after
            // the records clerk's copy, as the number line gives it.
            let r = match &symbol {
                Some(s) if r == ARCHIVE_LINE => format!("{r}, {s}"),
                _ => r.to_string(),
            };
            format!("- {r}{end}")
        })
        .collect();
    let (title, name) = (h.signer_title.trim(), h.signer_name.trim());
    let signer = (!title.is_empty() || !name.is_empty()).then(|| Signer {
        title_lines: title.lines().map(|l| notation::upper(&nfc(l))).collect(),
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
    /// Catalog indices of the facts the user left out, and of those
    /// resting on an untrustworthy source not brought back.
    excluded: std::collections::HashSet<usize>,
    /// Facts resting on an untrustworthy source that the official brought
    /// back: printed with a warning, never a key point.
    admitted: std::collections::HashSet<usize>,
    /// Catalog indices of the facts not yet published on the signing day:
    /// for this brief they do not exist.
    unknown: std::collections::HashSet<usize>,
    cites: Citations,
    blocks: Vec<Block>,
    /// Dated facts used, to tell an empty period.
    dated_facts: usize,
    /// The signing date: targets and the age of figures are judged on it.
    signing: PartialDate,
    /// Letters given to the parts of the current topic ("a)", "b)").
    part: usize,
    /// Tables numbered so far ("Bảng n").
    tables: usize,
    /// Key points resting on old figures: block index and theme.
    stale: Vec<(usize, String)>,
    /// The newest date behind each stale key point.
    stale_data: Vec<PartialDate>,
    /// Targets judged in the key points (fact indices).
    said_targets: Vec<usize>,
    /// A date was marked (**): "Ghi chú về số liệu" says what it means.
    inferred_marked: bool,
    /// Writing the short edition's appendix.
    in_appendix: bool,
    /// Old names of bodies already followed by "(nay là …)".
    renamed_said: std::collections::HashSet<String>,
    /// Register changes whose note on replaced structures is said.
    applies_said: Vec<String>,
    /// Register rows whose outcome was said in full.
    outcomes_said: Vec<String>,
    /// The register rows in force on the signing day, found once: the
    /// catalog, the signing day and the facts left out do not change while
    /// composing, and each statement asks.
    in_force: std::cell::OnceCell<Vec<(&'static RegisterRow, usize)>>,
    /// By catalog index: excluded or unknown, so out of this brief. The
    /// facts are walked many times; a lookup here is a fraction of two
    /// hashed ones (a twentieth of an export's instructions).
    hidden: Vec<bool>,
    /// The survey editions of each indicator, found once.
    editions: std::cell::OnceCell<std::collections::HashMap<String, edition::Editions>>,
}

impl<'a> Composer<'a> {
    fn new(catalog: &'a Catalog, sel: &Selection, signing: PartialDate) -> Self {
        Self {
            catalog,
            from: sel.from,
            to: sel.to,
            length: sel.length,
            excluded: sel
                .excluded
                .iter()
                .filter_map(|id| catalog.fact_index(id))
                .chain(cite::untrustworthy_left_out(catalog, sel))
                .collect(),
            admitted: sel
                .admitted_untrustworthy
                .iter()
                .filter_map(|id| catalog.fact_index(id))
                .filter(|&i| cite::rests_on_untrustworthy(catalog, i))
                .collect(),
            unknown: catalog.unknown_on(&signing),
            cites: Citations::default(),
            blocks: Vec::new(),
            dated_facts: 0,
            signing,
            part: 0,
            tables: 0,
            stale: Vec::new(),
            stale_data: Vec::new(),
            said_targets: Vec::new(),
            inferred_marked: false,
            in_appendix: false,
            renamed_said: Default::default(),
            applies_said: Vec::new(),
            outcomes_said: Vec::new(),
            in_force: std::cell::OnceCell::new(),
            hidden: Vec::new(),
            editions: std::cell::OnceCell::new(),
        }
        .with_hidden()
    }

    fn with_hidden(mut self) -> Self {
        self.hidden = (0..self.catalog.facts().len())
            .map(|i| self.excluded.contains(&i) || self.unknown.contains(&i))
            .collect();
        self
    }

    /// The survey editions of `indicator` (none for one without tables).
    fn editions(&self, indicator: &str) -> &edition::Editions {
        static NONE: edition::Editions = edition::Editions::none();
        self.editions
            .get_or_init(|| edition::Editions::all(self.catalog))
            .get(indicator)
            .unwrap_or(&NONE)
    }

    /// The facts still in the brief, with their catalog indices.
    fn facts(&self) -> impl Iterator<Item = (usize, &'a Fact)> + use<'a, '_> {
        let catalog = self.catalog;
        catalog
            .facts()
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.hidden[*i])
    }

    /// Is the fact with this id left out (or unknown)?
    fn is_excluded(&self, id: &str) -> bool {
        self.catalog.fact_index(id).is_none_or(|i| self.hidden[i])
    }

    fn cite(&mut self, fact_index: usize) -> Inline {
        self.cites.cite(self.catalog, fact_index)
    }

    fn cite_all(&mut self, facts: &[usize]) -> Vec<Inline> {
        self.cites.cite_all(self.catalog, facts)
    }

    /// " (nguồn không đáng tin cậy, …)" after what rests on a fact the
    /// official brought back from an untrustworthy source.
    fn warning(&self, facts: &[usize]) -> Option<Inline> {
        facts
            .iter()
            .any(|f| self.admitted.contains(f))
            .then(|| Inline::plain(format!(" ({})", super::wording::UNTRUSTWORTHY_WARNING)))
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
}
