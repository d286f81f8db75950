//! The workbench's first guesses for each candidate sentence, as the
//! `suggest` command prints them: the very form the window prefills when
//! the sentence is clicked (kind, value, date and why, indicator, topic),
//! so the command line and the window agree.

use serde::Serialize;

use super::draft::{ArticleDraft, FactForm, IndicatorChoice, SourceForm, parse_date_input};
use super::kind::GuessedKind;
use crate::data::Catalog;
use crate::data::model::DateRole;

/// One candidate sentence and the form's guesses for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guess {
    /// The sentence; `start..end` are its bytes in the NFC text.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: GuessedKind,
    /// The figure as written, for a measurement or a target.
    pub value: Option<String>,
    pub number: Option<f64>,
    pub out_of: Option<u32>,
    /// The form's date, ISO ("2024", "2025-10-26"); none when left blank.
    pub date: Option<String>,
    /// Why the date is not written so in the sentence (the page's year,
    /// the survey's edition, the title's deadline), as the form says it.
    pub date_reason: Option<String>,
    pub role: DateRole,
    /// The existing indicator offered; none when left for the user.
    pub indicator: Option<String>,
    /// The topic offered; none when left for the user.
    pub topic: Option<String>,
    /// The figure is only a change ("tăng 15 bậc").
    pub change: bool,
}

/// The guesses for every candidate sentence of an article's text, with
/// the page's own date as the workbench first shows it.
pub fn guesses(text: &str, catalog: &Catalog) -> Vec<Guess> {
    let draft = ArticleDraft::new(text);
    let published = parse_date_input(&SourceForm::from_meta(&draft.meta).published)
        .ok()
        .flatten();
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    draft
        .candidates
        .iter()
        .map(|c| {
            let f = FactForm::from_candidate(c, published, catalog);
            let figure = matches!(f.kind, GuessedKind::Measurement | GuessedKind::Target);
            Guess {
                text: c.text.clone(),
                start: c.start,
                end: c.end,
                kind: f.kind,
                value: some(&f.value).filter(|_| figure),
                number: c.number.filter(|_| figure),
                out_of: c.out_of,
                date: parse_date_input(&f.date)
                    .ok()
                    .flatten()
                    .map(|d| d.to_string()),
                date_reason: some(&f.inferred),
                role: f.role,
                indicator: match &f.indicator {
                    IndicatorChoice::Existing(id) => Some(id.clone()),
                    _ => None,
                },
                topic: some(&f.topic),
                change: c.change,
            }
        })
        .collect()
}
