//! The workbench's forms as plain data: the article being worked on, its
//! source details and the "new fact" form, prefilled from a candidate
//! sentence. Turning them into records is [`super::build`]'s job.

use std::ops::Range;

use super::body::detect_body;
use super::candidates::{Candidate, candidates_in};
use super::indicator_guess::{FigureToPlace, guess_indicator, guess_topic};
use super::kind::GuessedKind;
use super::meta::{ArticleMeta, article_meta_in};
use crate::data::model::{Comparison, DateRole, Fact, FactKind, Qualifier};
use crate::data::number::parse_vietnamese_number;
use crate::data::{Catalog, PartialDate};

/// An article opened in the workbench. Its text is NFC, as the loader
/// keeps source texts, so the offsets here are the saved file's offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDraft {
    pub text: String,
    pub body: Vec<Range<usize>>,
    pub candidates: Vec<Candidate>,
    pub meta: ArticleMeta,
    /// Set once the article is a source of the user's dataset.
    pub source_id: Option<String>,
    pub seed_file: Option<String>,
}

impl ArticleDraft {
    pub fn new(text: &str) -> Self {
        let text = crate::data::plain_text::nfc(text).into_owned();
        // The body is detected once; the candidates and the page's
        // details both read it.
        let body = detect_body(&text);
        let meta = article_meta_in(&text, &body);
        Self {
            candidates: candidates_in(&text, &body, meta.published_year()),
            body,
            meta,
            text,
            source_id: None,
            seed_file: None,
        }
    }

    /// The same article already saved as one of the user's sources: work
    /// goes on under that source (its saved body) instead of a copy.
    pub fn reuse_source(
        &mut self,
        snapshot: &crate::curate::user_data::Snapshot,
    ) -> Option<SourceForm> {
        let (name, _) = snapshot.texts.iter().find(|(_, t)| **t == self.text)?;
        let source = snapshot
            .data
            .sources
            .iter()
            .find(|s| s.seed_file == *name)?;
        self.source_id = Some(source.id.clone());
        self.seed_file = Some(source.seed_file.clone());
        self.body = source.body.iter().map(|s| s.start..s.end).collect();
        self.candidates = candidates_in(&self.text, &self.body, self.meta.published_year());
        Some(SourceForm::from_source(source))
    }

    /// Puts a line into the body or takes it out (the user's adjustment
    /// of the detected body); the candidates follow.
    pub fn toggle_line(&mut self, line: Range<usize>) {
        match self.body.iter().position(|r| *r == line) {
            Some(i) => {
                self.body.remove(i);
            }
            None => {
                let at = self.body.partition_point(|r| r.start < line.start);
                self.body.insert(at, line);
            }
        }
        self.candidates = candidates_in(&self.text, &self.body, self.meta.published_year());
    }

    /// The line ranges of the text (without line breaks and surrounding
    /// spaces), as the body is made of.
    pub fn line_at(&self, range: Range<usize>) -> Range<usize> {
        let line = &self.text[range.clone()];
        let lead = line.len() - line.trim_start().len();
        let trail = line.len() - line.trim_end().len();
        range.start + lead..range.end - trail
    }
}

/// Source details as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceForm {
    pub publisher: String,
    pub title: String,
    /// "18/9/2024", "9/2024", "2024", or empty / "không rõ".
    pub published: String,
    pub note: String,
    /// The source's standing, asked when it is added (none chosen yet:
    /// the form says so and cannot be saved).
    pub standing: Option<crate::data::StandingKind>,
    /// Why that standing, in the user's words.
    pub standing_reason: String,
}

impl SourceForm {
    /// Prefilled from what the page shows.
    pub fn from_meta(meta: &ArticleMeta) -> Self {
        let dateline = meta.dateline.as_ref().map(|l| format!("Trang ghi “{l}”."));
        let publisher_line = meta
            .publisher
            .as_ref()
            .map(|(_, line)| format!("Tên nơi đăng lấy từ dòng “{line}”."));
        Self {
            publisher: meta.publisher.clone().map(|p| p.0).unwrap_or_default(),
            title: meta.title.clone().unwrap_or_default(),
            published: meta
                .published
                .map_or_else(|| "không rõ".to_string(), |d| d.to_short()),
            note: [dateline, publisher_line]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            standing: None,
            standing_reason: String::new(),
        }
    }
}

/// Which indicator a fact is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndicatorChoice {
    None,
    Existing(String),
    New,
}

/// The unit of a new indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Percent,
    Rank,
    Count,
}

/// A new indicator as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorForm {
    pub name: String,
    pub definition: String,
    pub unit: UnitKind,
    /// Number ranked, for a rank ("193").
    pub out_of: String,
    /// What is counted, for a count ("hồ sơ").
    pub noun: String,
    pub higher_is_better: bool,
}

/// The "new fact" form.
#[derive(Debug, Clone, PartialEq)]
pub struct FactForm {
    /// The quoted words; must be found in the article's body.
    pub quote: String,
    /// Where the clicked sentence starts: the quote is looked for there
    /// first.
    pub near: usize,
    pub kind: GuessedKind,
    pub value: String,
    pub qualifier: Qualifier,
    /// For a target with a level.
    pub comparison: Comparison,
    pub date: String,
    pub role: DateRole,
    /// Why the date is not the quote's own; empty when it is.
    pub inferred: String,
    pub topic: String,
    pub indicator: IndicatorChoice,
    pub new_indicator: IndicatorForm,
    pub summary: String,
    pub instrument_form: String,
    pub instrument_number: String,
    /// Record the disagreement with existing facts as a conflict.
    pub record_conflict: bool,
    pub conflict_note: String,
    /// The id of the user's fact being edited, if this is an edit.
    pub editing: Option<String>,
}

/// The date roles a kind of fact may have, the first the default.
pub fn roles_for(kind: GuessedKind) -> &'static [DateRole] {
    match kind {
        GuessedKind::Measurement => &[DateRole::Measured, DateRole::AsOf],
        GuessedKind::Target => &[DateRole::Deadline],
        GuessedKind::Event => &[DateRole::Occurred],
        GuessedKind::Statement => &[DateRole::Stated, DateRole::Occurred],
    }
}

/// Reads a date as typed: `18/9/2024`, `9/2024`, `tháng 9/2024`,
/// `năm 2024`, `2024` or ISO; empty or "không rõ" is an unknown date.
pub fn parse_date_input(s: &str) -> Result<Option<PartialDate>, String> {
    let t = s.trim().to_lowercase();
    let t = t
        .trim_start_matches("ngày")
        .trim_start_matches("tháng")
        .trim_start_matches("năm")
        .trim();
    if t.is_empty() || t == "không rõ" {
        return Ok(None);
    }
    if let Ok(d) = t.parse::<PartialDate>() {
        return Ok(Some(d));
    }
    let bad = || format!("ngày \"{s}\" không đọc được (viết 18/9/2024, 9/2024 hoặc 2024)");
    let p: Vec<u32> = t
        .split('/')
        .map(|x| x.trim().parse::<u32>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad())?;
    let year = |y: u32| {
        (1900..=2200)
            .contains(&y)
            .then_some(y as i32)
            .ok_or_else(bad)
    };
    let d = match p[..] {
        [y] => Ok(PartialDate::year(year(y)?)),
        [m, y] => PartialDate::month(year(y)?, m.min(255) as u8),
        [d, m, y] => PartialDate::day(year(y)?, m.min(255) as u8, d.min(255) as u8),
        _ => return Err(bad()),
    };
    d.map(Some).map_err(|e| e.to_string())
}

/// The word before a number that says how exact it is.
fn qualifier_before(sentence: &str, value: &str) -> Qualifier {
    let Some(at) = sentence.find(value) else {
        return Qualifier::Exact;
    };
    let before = sentence[..at].trim_end().to_lowercase();
    match before.rsplit(' ').next().unwrap_or_default() {
        "hơn" | "trên" => Qualifier::MoreThan,
        "gần" => Qualifier::Nearly,
        "khoảng" => Qualifier::About,
        _ => Qualifier::Exact,
    }
}

/// The instrument named in a sentence: form and number ("Quyết định",
/// "206/QĐ-TTg").
fn instrument_in(sentence: &str) -> (String, String) {
    let number = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.;:()“”\"".contains(c)))
        .find(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                && w.contains('/')
                && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        })
        .unwrap_or_default();
    let form = [
        ("QĐ", "Quyết định"),
        ("NĐ", "Nghị định"),
        ("NQ", "Nghị quyết"),
        ("CT", "Chỉ thị"),
        ("TT", "Thông tư"),
        ("CV", "Công văn"),
    ]
    .iter()
    .find(|(sym, _)| number.contains(sym))
    .map_or("", |(_, f)| f);
    (form.to_string(), number.to_string())
}

/// The unit a written value suggests.
fn unit_of(c: &Candidate, value: &str) -> UnitKind {
    match parse_vietnamese_number(value) {
        Some(w) if w.percent => UnitKind::Percent,
        Some(w) if w.out_of.is_some() || c.out_of.is_some() || c.group => UnitKind::Rank,
        _ => UnitKind::Count,
    }
}

/// "26/10" on a page of 7/11/2025 is 26/10/2025: a day written without
/// its year takes the page's year when it is not after the page's day;
/// otherwise (or with no page day) it is left for the user. The form
/// says which.
pub fn day_in_the_page_year(
    day: &str,
    published: Option<PartialDate>,
) -> (Option<PartialDate>, String) {
    let parts: Option<(u8, u8)> = day
        .split_once('/')
        .and_then(|(d, m)| Some((d.parse().ok()?, m.parse().ok()?)));
    let page = published.filter(|p| p.day_value().is_some());
    let (Some((d, m)), Some(p)) = (parts, page) else {
        return (
            None,
            format!("Câu ghi “{day}” mà không ghi năm; hãy ghi ngày đủ năm."),
        );
    };
    let (_, pm, pd) = p.sort_key();
    match PartialDate::day(p.year_value(), m, d) {
        Ok(date) if (m, d) <= (pm, pd) => (
            Some(date),
            format!(
                "Câu ghi “{day}” mà không ghi năm; lấy năm của ngày đăng bài ({}).",
                p.to_short()
            ),
        ),
        _ => (
            None,
            format!(
                "Câu ghi “{day}” mà không ghi năm, và ngày ấy sau ngày đăng bài ({}): chưa rõ năm, hãy ghi ngày đủ năm.",
                p.to_short()
            ),
        ),
    }
}

/// The existing indicator a candidate's figure is about, if one stands
/// out; never for a change ("tăng 15 bậc").
fn indicator_of(c: &Candidate, value: &str, catalog: &Catalog) -> IndicatorChoice {
    if value.is_empty() || c.local || c.change {
        return IndicatorChoice::None;
    }
    let figure = FigureToPlace {
        value,
        out_of: c.out_of,
        group: c.group,
        context: &c.context,
        after: &c.after,
        measured: &c.measured,
        within_period: c.within_period,
        sentence: &c.text,
    };
    guess_indicator(catalog, &figure).map_or(IndicatorChoice::None, IndicatorChoice::Existing)
}

impl FactForm {
    /// The form for a candidate sentence. `published` is the article's
    /// date, used (and said to be inferred) when the sentence has none.
    pub fn from_candidate(
        c: &Candidate,
        published: Option<PartialDate>,
        catalog: &Catalog,
    ) -> Self {
        let value = c.value.clone().unwrap_or_default();
        let mut date: Option<PartialDate> = c.date.as_deref().and_then(|d| d.parse().ok());
        let mut inferred = c.date_note.clone().unwrap_or_default();
        if date.is_none() {
            if let Some(day) = &c.day_without_year {
                (date, inferred) = day_in_the_page_year(day, published);
            } else if let Some(p) = published {
                date = Some(p);
                inferred = format!("Câu không ghi ngày; lấy ngày đăng bài ({}).", p.to_short());
            }
        }
        let indicator = match c.kind {
            GuessedKind::Measurement | GuessedKind::Target => indicator_of(c, &value, catalog),
            _ => IndicatorChoice::None,
        };
        // The indicator's topic, else the topic the words point to, else
        // none: the user chooses (never silently the first topic).
        let topic = match &indicator {
            IndicatorChoice::Existing(id) => catalog.indicator(id).map(|i| i.topic.clone()),
            _ => None,
        }
        .or_else(|| guess_topic(catalog, &c.text))
        .unwrap_or_default();
        let unit = unit_of(c, &value);
        let (instrument_form, instrument_number) = instrument_in(&c.text);
        Self {
            quote: c.text.clone(),
            near: c.start,
            kind: c.kind,
            qualifier: qualifier_before(&c.text, &value),
            comparison: match unit {
                UnitKind::Rank => Comparison::AtMost,
                _ => Comparison::AtLeast,
            },
            date: date.map(|d| d.to_short()).unwrap_or_default(),
            role: if c.as_of && c.kind == GuessedKind::Measurement {
                DateRole::AsOf
            } else {
                roles_for(c.kind)[0]
            },
            inferred,
            topic,
            indicator,
            new_indicator: IndicatorForm {
                name: String::new(),
                definition: String::new(),
                unit,
                out_of: parse_vietnamese_number(&value)
                    .and_then(|w| w.out_of.map(|o| o as u32))
                    .or(c.out_of)
                    .map(|o| o.to_string())
                    .unwrap_or_default(),
                noun: String::new(),
                higher_is_better: unit != UnitKind::Rank,
            },
            summary: c.text.clone(),
            value,
            instrument_form,
            instrument_number,
            record_conflict: false,
            conflict_note: String::new(),
            editing: None,
        }
    }
}

impl SourceForm {
    /// The details of a saved source, for editing.
    pub fn from_source(s: &crate::data::model::Source) -> Self {
        Self {
            publisher: s.publisher.clone().unwrap_or_default(),
            title: s.title.clone().unwrap_or_default(),
            published: s
                .published
                .map_or_else(|| "không rõ".to_string(), |d| d.to_short()),
            note: s.note.clone().unwrap_or_default(),
            standing: s.standing_kind(),
            standing_reason: s
                .standing
                .as_ref()
                .map(|st| st.reason.clone())
                .unwrap_or_default(),
        }
    }
}

impl FactForm {
    /// The form of a saved fact, to edit it in place.
    pub fn from_fact(f: &Fact) -> Self {
        let (kind, indicator, amount, comparison, instrument) = match &f.kind {
            FactKind::Measurement {
                indicator, value, ..
            } => (
                GuessedKind::Measurement,
                IndicatorChoice::Existing(indicator.clone()),
                Some(value.clone()),
                Comparison::AtLeast,
                None,
            ),
            FactKind::Target { indicator, goal } => (
                GuessedKind::Target,
                indicator
                    .clone()
                    .map_or(IndicatorChoice::None, IndicatorChoice::Existing),
                goal.as_ref().map(|g| g.value.clone()),
                goal.as_ref().map_or(Comparison::AtMost, |g| g.comparison),
                None,
            ),
            FactKind::Event { instrument } => (
                GuessedKind::Event,
                IndicatorChoice::None,
                None,
                Comparison::AtLeast,
                instrument.clone(),
            ),
            FactKind::Statement => (
                GuessedKind::Statement,
                IndicatorChoice::None,
                None,
                Comparison::AtLeast,
                None,
            ),
        };
        Self {
            quote: f.quote.text.clone(),
            near: f.quote.start,
            kind,
            value: amount.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
            qualifier: amount.map_or(Qualifier::Exact, |a| a.qualifier),
            comparison,
            date: f.date.when.map(|d| d.to_short()).unwrap_or_default(),
            role: f.date.role,
            inferred: f.date.inferred.clone().unwrap_or_default(),
            topic: f.topic.clone(),
            indicator,
            new_indicator: IndicatorForm {
                name: String::new(),
                definition: String::new(),
                unit: UnitKind::Count,
                out_of: String::new(),
                noun: String::new(),
                higher_is_better: true,
            },
            summary: f.summary.clone(),
            instrument_form: instrument
                .as_ref()
                .map(|i| i.form.clone())
                .unwrap_or_default(),
            instrument_number: instrument.and_then(|i| i.number).unwrap_or_default(),
            record_conflict: false,
            conflict_note: String::new(),
            editing: Some(f.id.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_are_read_in_each_form() {
        let d = |s: &str| parse_date_input(s).unwrap().map(|d| d.to_string());
        assert_eq!(d("18/9/2024").as_deref(), Some("2024-09-18"));
        assert_eq!(d("tháng 9/2024").as_deref(), Some("2024-09"));
        assert_eq!(d("năm 2024").as_deref(), Some("2024"));
        assert_eq!(d("2024-09").as_deref(), Some("2024-09"));
        assert_eq!(d("không rõ"), None);
        assert!(parse_date_input("31/2/2024").is_err());
        assert!(parse_date_input("hôm qua").is_err());
    }

    #[test]
    fn instruments_and_qualifiers_are_read() {
        assert_eq!(
            instrument_in("Thủ tướng đã ký Quyết định số 206/QĐ-TTg về việc này."),
            ("Quyết định".to_string(), "206/QĐ-TTg".to_string())
        );
        assert_eq!(
            qualifier_before("đạt hơn 6,3 triệu lượt", "6,3 triệu"),
            Qualifier::MoreThan
        );
    }
}
