//! The dataset as it is written in `assets/dataset.json`.
//!
//! Every figure a briefing prints comes from a [`Fact`], and every fact
//! carries the verbatim words of its source ([`Quote`]) and where they sit.
//! The kinds of fact are an enum so a target cannot carry a measured value
//! and an event cannot pretend to be a measurement.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;

/// Current version of the dataset format.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    /// A user dataset that adds to the bundled one instead of replacing it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub extends_bundled: bool,
    pub sources: Vec<Source>,
    pub topics: Vec<Topic>,
    pub indicators: Vec<Indicator>,
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
}

/// One source article, kept byte for byte in `seeds/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// File name in `seeds/`.
    pub seed_file: String,
    /// Who published it; `None` when the page does not say.
    pub publisher: Option<String>,
    /// The headline; `None` when the page has none.
    pub title: Option<String>,
    /// Date of publication; `None` when unknown or only misleading.
    pub published: Option<PartialDate>,
    /// For a page without a publication day: the earliest day it can have
    /// been published, from the latest day its own text names. A brief
    /// signed before it cannot know the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<NotBefore>,
    /// Why a field is unknown or how it was read (e.g. a spam re-post date).
    #[serde(default)]
    pub note: Option<String>,
    /// What the page is about, in our words, for a page with no headline:
    /// printed in square brackets in the reference list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub descriptive_title: Option<String>,
    /// Whether the page is the outlet's own or a copy.
    #[serde(default, skip_serializing_if = "Origin::is_own")]
    pub origin: Origin,
    /// Byte ranges of the article body. Nothing outside them may be quoted.
    /// For a table: its data rows (everything after the header line).
    pub body: Vec<Span>,
    /// Present when the source is a table (CSV) rather than an article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableMeta>,
    /// How far the source can be trusted, and why. Every bundled source
    /// has one; a user's older file may not (then nothing is assumed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<SourceStanding>,
}

impl Source {
    /// The kind of standing, when the data states one.
    pub fn standing_kind(&self) -> Option<StandingKind> {
        self.standing.as_ref().map(|s| s.kind)
    }

    /// Nothing may rest on this source alone.
    pub fn is_untrustworthy(&self) -> bool {
        self.standing_kind() == Some(StandingKind::Untrustworthy)
    }
}

/// A source's standing with the reason it was given, in Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceStanding {
    pub kind: StandingKind,
    pub reason: String,
}

/// What kind of publisher stands behind a source, from the most to the
/// least trustworthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandingKind {
    /// The text of a law, decree, decision… as its issuing body published it.
    OfficialInstrument,
    /// Statistics published by the body that compiles them (the UN's
    /// E-Government Survey tables), or an exact copy traced to them.
    OfficialData,
    /// A government portal's own page (chinhphu.vn, a ministry's site).
    OfficialPortal,
    /// A licensed newspaper or magazine's own article.
    Press,
    /// A page that republishes an article and names its outlet.
    RepostKnownOrigin,
    /// A page nothing may rest on (a spam re-post, a page with injected
    /// text): its facts are left out unless the official brings them back.
    Untrustworthy,
}

impl StandingKind {
    pub const ALL: [StandingKind; 6] = [
        StandingKind::OfficialInstrument,
        StandingKind::OfficialData,
        StandingKind::OfficialPortal,
        StandingKind::Press,
        StandingKind::RepostKnownOrigin,
        StandingKind::Untrustworthy,
    ];

    /// Higher is better: a fact also reported by a source of higher rank
    /// cites that source only.
    pub fn rank(self) -> u8 {
        match self {
            StandingKind::OfficialInstrument | StandingKind::OfficialData => 5,
            StandingKind::OfficialPortal => 4,
            StandingKind::Press => 3,
            StandingKind::RepostKnownOrigin => 2,
            StandingKind::Untrustworthy => 0,
        }
    }
}

/// A lower bound of an undated page's publication ("không sớm hơn …").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotBefore {
    pub day: PartialDate,
    /// Which words of the page give the bound.
    pub reason: String,
}

impl Source {
    /// When the source became known: its publication day, or for an
    /// undated page the bound its text gives. `None`: nothing says.
    pub fn known_from(&self) -> Option<&PartialDate> {
        self.published
            .as_ref()
            .or(self.not_before.as_ref().map(|n| &n.day))
    }
}

/// What makes a source a table: a CSV file whose first line names the
/// columns and whose every other line is one row (one state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableMeta {
    /// The survey edition the table belongs to (its year); a fact quoting
    /// one of its rows is dated in that year.
    pub edition: i32,
    /// The column that names the state of each row.
    pub name_column: String,
    /// Where the copy was taken from, as a reference names it ("kho
    /// GitHub UNU-EGOV/datasets, tệp egdi/egdi-2010.csv, commit cf03dd5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<String>,
}

/// Whose page a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The publisher's own page.
    #[default]
    Own,
    /// A page that republishes another outlet's article and names it
    /// ("Theo TTXVN"); `publisher` is that outlet.
    Credited,
    /// A copy on a site of unknown origin (a spam re-post): the original
    /// outlet is not known.
    UnknownRepost,
}

impl Origin {
    pub fn is_own(&self) -> bool {
        *self == Origin::Own
    }
}

/// A byte range `[start, end)` in a seed file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The topic's headline indicator: the one the key points of a brief
    /// lead with. Must name an indicator of this topic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

/// A defined quantity. Two differently defined quantities are two
/// indicators, never one series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub topic: String,
    /// Short name used in charts and key figures.
    pub name: String,
    /// What exactly is counted, in the sources' terms.
    pub definition: String,
    pub unit: Unit,
    pub direction: Direction,
    /// A component of another figure (e.g. the UN's OSI, HCI, TII, EPI
    /// scores under the EGDI): in the full edition and the appendix, not
    /// in the short edition's body, so its main part stays short.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub detail: bool,
    /// For a rank: the group ranked, as a target names it ("thế giới",
    /// "ASEAN"): "nhóm 4 nước dẫn đầu ASEAN".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranked_among: Option<String>,
    /// An index score by which the UN's survey puts each state in a group
    /// (the EGDI: very high above 0,75, high from 0,50, middle from 0,25,
    /// low below): a brief says when Việt Nam's group changed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub un_groups: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Unit {
    /// A place in a ranking; `out_of` is the number ranked, when fixed.
    Rank {
        out_of: Option<u32>,
    },
    Percent,
    /// A count of things, `noun` says of what ("văn bản", "lượt truy cập").
    Count {
        noun: String,
    },
    /// An index score between 0 and 1 (the UN's EGDI, OSI, HCI…),
    /// printed with a decimal comma: "0,7709".
    Index,
}

impl Unit {
    pub fn is_rank(&self) -> bool {
        matches!(self, Unit::Rank { .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    LowerIsBetter,
    HigherIsBetter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: String,
    pub topic: String,
    pub source: String,
    pub quote: Quote,
    pub date: FactDate,
    /// One plain Vietnamese sentence restating the quote, without its date
    /// and without any number the quote does not hold.
    pub summary: String,
    pub kind: FactKind,
    /// For a target: who set it or stated it, and when, as the source
    /// says; two targets on one indicator from different setters are
    /// listed side by side, never as a disagreement of sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_by: Option<SetBy>,
    /// For a statement that promotes a company's own products (a vendor
    /// at a conference): the company. Labelled as the vendor's in its
    /// summary and never told among the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
}

/// Who set a target and when, in the source's terms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetBy {
    /// "Hội thảo Quốc gia về Chính phủ điện tử lần thứ 15", "Bộ Thông tin
    /// và Truyền thông": printed after "nêu tại" / "do … đặt ra".
    pub by: String,
    /// The day it was stated or set, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<PartialDate>,
}

/// Verbatim words of a source and where they sit in its seed file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    /// Byte offset of the first byte in the seed file.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Quote {
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// When a fact holds, and what kind of date that is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactDate {
    /// `None` when the source does not let us know it.
    pub when: Option<PartialDate>,
    pub role: DateRole,
    /// Set when the date is not written in the quote itself but read from
    /// its context (the page date, the surrounding sentence): says how.
    #[serde(default)]
    pub inferred: Option<String>,
    /// For a measurement: what stretch of time the value counts, read
    /// from the quote's words. Absent: at a point in time (the date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// What a measured value counts over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Basis {
    /// A status at the fact's date ("tính đến ngày 20/8/2021 đạt 65,11%").
    PointInTime,
    /// A running total from `since` (when the source says) to the date
    /// ("từ khi khai trương (12/3/2019) đến ngày 19/8/2021 có tổng số…").
    RunningTotal {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        since: Option<PartialDate>,
    },
    /// Counted from the start of the date's year to the date ("trong năm
    /// 2022" said before the year ended).
    YearToDate,
    /// Over a period: the date's whole span ("năm 2020"), or from `from`
    /// to the date.
    Period {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<PartialDate>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRole {
    /// The value describes that period ("năm 2020 đạt 30,86%").
    Measured,
    /// The value is the status reached by that date ("tính đến 20/8/2021").
    AsOf,
    /// The date the statement was made.
    Stated,
    /// The deadline of a target.
    Deadline,
    /// The date an event took place or an instrument was issued.
    Occurred,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum FactKind {
    /// A measured value of an indicator.
    Measurement {
        indicator: String,
        value: Amount,
        /// Present when the value is not stated but follows from another
        /// fact and a relative figure ("tăng 10 bậc so với năm 2014").
        #[serde(default)]
        derived: Option<Derivation>,
        /// For a value read from a table: the column of the quoted row it
        /// is, and how it was rounded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cell: Option<Cell>,
        /// For a place the rows of a table imply (a rank by one column, a
        /// place among a group of states): the rule and the rows.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ranked: Option<Box<TableRank>>,
    },
    /// A goal with a deadline.
    Target {
        /// The indicator the goal is measured on, when there is one.
        #[serde(default)]
        indicator: Option<String>,
        #[serde(default)]
        goal: Option<Goal>,
    },
    /// Something that happened: a meeting, a launch, a legal instrument.
    Event {
        #[serde(default)]
        instrument: Option<Instrument>,
    },
    /// A qualitative statement.
    Statement,
}

impl FactKind {
    pub fn label(&self) -> &'static str {
        match self {
            FactKind::Measurement { .. } => "measurement",
            FactKind::Target { .. } => "target",
            FactKind::Event { .. } => "event",
            FactKind::Statement => "statement",
        }
    }
}

/// A number as a source states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    pub value: f64,
    /// The number exactly as written in the quote (`30,86%`, `6,3 triệu`,
    /// `86/193`); for a derived value, as written in the derivation.
    pub text: String,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Total of a rank or ratio (`193` in `86/193`).
    #[serde(default)]
    pub out_of: Option<u32>,
}

/// How exact the source says a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    /// "hơn", "trên"
    MoreThan,
    /// "gần"
    Nearly,
    /// "khoảng"
    About,
}

impl Qualifier {
    /// The Vietnamese word written before the number.
    pub fn word(&self) -> Option<&'static str> {
        match self {
            Qualifier::Exact => None,
            Qualifier::MoreThan => Some("hơn"),
            Qualifier::Nearly => Some("gần"),
            Qualifier::About => Some("khoảng"),
        }
    }
}

/// How a derived value follows from a stated one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derivation {
    /// The fact whose value is the starting point.
    pub from: String,
    pub operation: Operation,
    /// The relative figure, as written in this fact's quote.
    pub operand: Amount,
    /// Vietnamese sentence showing the arithmetic for the reader.
    pub explanation: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    Add,
    Subtract,
    Divide,
}

impl Operation {
    pub fn apply(&self, base: f64, operand: f64) -> Option<f64> {
        match self {
            Operation::Add => Some(base + operand),
            Operation::Subtract => Some(base - operand),
            Operation::Divide if operand != 0.0 => Some(base / operand),
            Operation::Divide => None,
        }
    }
}

/// Where in a quoted table row a value stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// The column's name as the header line writes it.
    pub column: String,
    /// Decimal places the value was rounded to; `None` when it is the
    /// cell exactly as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u32>,
}

/// A place computed from a table's rows: the quoted row's position when
/// the rows of `group` are ordered by `column`, highest first. Equal values
/// share a place (1, 2, 2, 4), and how many others share it is stated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableRank {
    /// The score column the rows are ordered by, highest first.
    pub column: String,
    pub group: Group,
    /// The rows ranked (byte spans of whole lines). Empty for the whole
    /// world: then every data row of the table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Span>,
    /// How many other rows have exactly the same value.
    #[serde(default)]
    pub ties: u32,
    /// Vietnamese sentence stating the rule for the reader.
    pub explanation: String,
}

/// The states a place is counted among.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Every row of the table (the 193 member states).
    World,
    /// The 10 members of ASEAN.
    Asean,
    /// The 11 states of Southeast Asia: ASEAN and Timor-Leste.
    SoutheastAsia,
}

/// A target level on an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub comparison: Comparison,
    pub value: Amount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// At or below (a rank in the top N).
    AtMost,
    AtLeast,
}

/// A legal or administrative instrument named by a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// "Nghị quyết", "Nghị định", "Quyết định", "Công văn", "Tờ trình", "Luật"...
    pub form: String,
    /// Number and symbol as written, e.g. "52-NQ/TW"; `None` for a law
    /// without a number.
    #[serde(default)]
    pub number: Option<String>,
    /// Who issued it, when the source says.
    #[serde(default)]
    pub issuer: Option<String>,
}

/// Two or more facts that disagree about the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub id: String,
    pub facts: Vec<String>,
    /// The disagreement stated plainly, in Vietnamese.
    pub description: String,
}
