//! The register of official changes (`seeds/register/register.json`):
//! laws passed, decrees and decisions issued, bodies merged or renamed,
//! administrative units reorganised, classifications replaced, each with
//! the public pages it was checked against. The articles cannot know what
//! happened after them; the register can, and a brief cites it.
//!
//! A row is a source like a table row: it becomes one [`Source`] (the
//! instrument, quoting the row's own bytes) and one event [`Fact`], so it
//! is cited, shown in the citation panel and hidden before its day like
//! everything else. Its links (`same_as`, `outcome_of`, `applies_to`)
//! name the facts of the articles it confirms, answers or dates.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::date::PartialDate;
use super::model::*;

/// The register's file name among the bundled seeds.
pub const REGISTER_FILE: &str = "register/register.json";
/// Id prefixes of the records a row becomes.
pub const SOURCE_PREFIX: &str = "REG-";
pub const FACT_PREFIX: &str = "reg-";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    LawPassed,
    InstrumentIssued,
    BodyMerged,
    BodyRenamed,
    UnitsReorganised,
    ClassificationReplaced,
}

/// A body's old name and what it is called after the change.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rename {
    pub old: String,
    #[serde(default)]
    pub old_short: Vec<String>,
    pub new: String,
}

/// A public page a row was checked against.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckedPage {
    pub url: String,
    pub read: String,
    pub says: String,
}

/// A target an instrument sets on an indicator: "nhóm 30 đến năm 2030".
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterTarget {
    pub indicator: String,
    /// The rank to reach or beat.
    pub at_most: f64,
    /// The deadline's year.
    pub deadline: i32,
    pub pages: Vec<CheckedPage>,
}

/// One official change, as `register.json` writes it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterRow {
    pub id: String,
    pub kind: ChangeKind,
    pub form: Option<String>,
    pub number: Option<String>,
    pub issued: Option<PartialDate>,
    pub in_force: Option<PartialDate>,
    pub issuer: String,
    pub title: String,
    #[serde(default)]
    pub replaces: Vec<String>,
    #[serde(default)]
    pub renames: Vec<Rename>,
    #[serde(default)]
    pub terms: Vec<serde_json::Value>,
    pub pages: Vec<CheckedPage>,
    pub note: Option<String>,
    /// National targets the instrument sets, each checked on its pages.
    #[serde(default)]
    pub targets: Option<Vec<RegisterTarget>>,
    /// The topic its event is told under.
    pub topic: String,
    /// The day the change reached the bodies and units it names (a merged
    /// ministry's first day), when it differs from `in_force`.
    pub applies_from: Option<PartialDate>,
    /// Article facts that report this same instrument.
    #[serde(default)]
    pub same_as: Vec<String>,
    /// Article facts that expected it ("dự kiến được thông qua").
    #[serde(default)]
    pub outcome_of: Vec<String>,
    /// Article facts whose counts or levels rest on what it replaced.
    #[serde(default)]
    pub applies_to: Vec<String>,
}

impl RegisterRow {
    /// The day from which the change counts for a brief.
    pub fn effective(&self) -> Option<PartialDate> {
        self.applies_from.or(self.in_force).or(self.issued)
    }

    pub fn fact_id(&self) -> String {
        format!("{FACT_PREFIX}{}", self.id)
    }

    /// "Luật số 20/2023/QH15", "Quyết định số 1619/QĐ-TTg".
    pub fn instrument_name(&self) -> Option<String> {
        Some(format!(
            "{} số {}",
            self.form.as_ref()?,
            self.number.as_ref()?
        ))
    }
}

#[derive(Deserialize)]
struct RawFile<'a> {
    #[serde(borrow)]
    rows: Vec<&'a RawValue>,
}

#[derive(Debug, thiserror::Error)]
#[error("{REGISTER_FILE}: {0}")]
pub struct RegisterError(String);

/// The rows with the byte span each takes in `text`.
pub fn parse(text: &str) -> Result<Vec<(RegisterRow, Span)>, RegisterError> {
    let raw: RawFile = serde_json::from_str(text).map_err(|e| RegisterError(e.to_string()))?;
    raw.rows
        .into_iter()
        .map(|r| {
            let start = r.get().as_ptr() as usize - text.as_ptr() as usize;
            let row: RegisterRow = serde_json::from_str(r.get())
                .map_err(|e| RegisterError(format!("hàng ở byte {start}: {e}")))?;
            Ok((
                row,
                Span {
                    start,
                    end: start + r.get().len(),
                },
            ))
        })
        .collect()
}

/// The source and the event each dated row becomes. A row with no
/// verified day cannot be placed in time and is left out.
pub fn records(text: &str) -> Result<(Vec<Source>, Vec<Fact>), RegisterError> {
    let mut sources = Vec::new();
    let mut facts = Vec::new();
    for (row, span) in parse(text)? {
        let Some(day) = row.issued.or(row.in_force) else {
            continue;
        };
        let source_id = format!("{SOURCE_PREFIX}{}", row.id);
        sources.push(Source {
            id: source_id.clone(),
            seed_file: REGISTER_FILE.to_string(),
            publisher: Some(row.issuer.clone()),
            // An instrument is named by its number (and cited with its
            // issuer and day); one without a number by its title.
            title: Some(row.instrument_name().unwrap_or_else(|| row.title.clone())),
            published: Some(day),
            not_before: None,
            note: Some(checked_note(&row)),
            descriptive_title: None,
            origin: Origin::Own,
            body: vec![span],
            table: None,
            standing: Some(SourceStanding {
                kind: StandingKind::OfficialInstrument,
                reason: format!(
                    "Văn bản chính thức ({}), ghi vào sổ đăng ký thay đổi chính thức sau khi đối chiếu với {} trang công khai.",
                    row.issuer,
                    row.pages.len()
                ),
            }),
        });
        facts.push(Fact {
            id: row.fact_id(),
            topic: row.topic.clone(),
            source: source_id,
            quote: Quote {
                text: text[span.start..span.end].to_string(),
                start: span.start,
                end: span.end,
            },
            date: FactDate {
                when: row.issued,
                role: DateRole::Occurred,
                inferred: None,
                basis: None,
            },
            summary: summary(&row),
            kind: FactKind::Event {
                instrument: row.form.clone().map(|form| Instrument {
                    form,
                    number: row.number.clone(),
                    issuer: Some(row.issuer.clone()),
                }),
            },
            set_by: None,
            vendor: None,
        });
    }
    Ok((sources, facts))
}

/// Where the row was checked, for the citation panel.
fn checked_note(row: &RegisterRow) -> String {
    let pages: Vec<&str> = row.pages.iter().map(|p| p.url.as_str()).collect();
    format!(
        "Sổ đăng ký thay đổi chính thức ({REGISTER_FILE}), đã đối chiếu với {} trang công khai: {}.",
        pages.len(),
        pages.join("; ")
    )
}

/// The event in our words: who did what, by which instrument ("Thủ tướng
/// Chính phủ ban hành Quyết định số 1619/QĐ-TTg kiện toàn và đổi tên …").
fn summary(row: &RegisterRow) -> String {
    let title = lower_first(strip_form(&row.title, row.form.as_deref()));
    let what = match (&row.kind, row.instrument_name()) {
        (ChangeKind::LawPassed, Some(name)) => {
            format!("{} thông qua {} ({name})", row.issuer, row.title)
        }
        (ChangeKind::UnitsReorganised | ChangeKind::BodyMerged, Some(name))
            if row.issuer == "Quốc hội" =>
        {
            format!("{} thông qua {name} {title}", row.issuer)
        }
        (_, Some(name)) => format!("{} ban hành {name} {title}", row.issuer),
        // A law's name keeps its capital: "thông qua Luật Chuyển đổi số".
        (ChangeKind::LawPassed, None) => format!("{} thông qua {}", row.issuer, row.title),
        (_, None) => format!("{} thông qua {}", row.issuer, lower_first(&row.title)),
    };
    // The day in force right after the instrument, before what it renames.
    let what = match row.in_force.filter(|d| Some(*d) != row.issued) {
        Some(d) => format!("{what}, có hiệu lực từ {}", d.to_short()),
        None => what,
    };
    let changes: Vec<String> = row
        .renames
        .iter()
        .map(|r| match row.kind {
            ChangeKind::BodyMerged => format!("{} hợp nhất vào {}", r.old, r.new),
            _ => format!("{} đổi tên thành {}", r.old, r.new),
        })
        .collect();
    match changes.is_empty() {
        true => what,
        false => format!("{what}; {}", changes.join("; ")),
    }
}

/// "về cơ cấu tổ chức …" from "Nghị quyết về cơ cấu tổ chức …": the
/// instrument's name already says its form.
fn strip_form<'t>(title: &'t str, form: Option<&str>) -> &'t str {
    match form {
        Some(f) if title.starts_with(f) => title[f.len()..].trim_start(),
        _ => title,
    }
}

/// "kiện toàn …" from "Kiện toàn …", inside a sentence.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
