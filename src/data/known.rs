//! What was known on a day. A brief signed on day D may hold only facts
//! whose source had been published by D: a later article, a UN edition
//! released later, a value derived from a later source or a target set
//! later did not exist for the official who signed it.
//!
//! A source is dated by its publication day, or for an undated page by
//! the bound its text gives ([`Source::known_from`]); a source with
//! neither (a user's article typed without a date) by the latest day its
//! own facts name, which is the best lower bound the data holds. A
//! partial date counts from its last day: a page published "in 2022" is
//! known for certain only at the end of 2022.

use std::collections::HashSet;

use super::catalog::Catalog;
use super::date::PartialDate;
use super::model::{DateRole, Fact, FactKind, Source};

impl Catalog {
    /// The day a source became known, as far as the data tells.
    pub fn known_day(&self, source: &Source) -> Option<PartialDate> {
        if let Some(d) = source.known_from() {
            return Some(*d);
        }
        self.facts()
            .iter()
            .filter(|f| f.source == source.id && f.date.role != DateRole::Deadline)
            .filter_map(|f| f.date.when)
            .max_by_key(|d| d.last_day())
    }

    /// Whether a source had been published by `day`.
    pub fn source_known_on(&self, source: &Source, day: &PartialDate) -> bool {
        self.known_day(source)
            .is_none_or(|d| d.last_day() <= day.last_day())
    }

    /// Catalog indices of the facts not yet known on `day`: their source
    /// was published later, or the value they derive from was.
    pub fn unknown_on(&self, day: &PartialDate) -> HashSet<usize> {
        let late: HashSet<&str> = self
            .sources()
            .iter()
            .filter(|s| !self.source_known_on(s, day))
            .map(|s| s.id.as_str())
            .collect();
        let mut unknown: HashSet<usize> = self
            .facts()
            .iter()
            .enumerate()
            .filter(|(_, f)| late.contains(f.source.as_str()))
            .map(|(i, _)| i)
            .collect();
        // A derivation can start from a derived value: repeat until no
        // fact is added (chains are short; each round adds at least one).
        loop {
            let before = unknown.len();
            for (i, f) in self.facts().iter().enumerate() {
                if let FactKind::Measurement {
                    derived: Some(d), ..
                } = &f.kind
                    && self
                        .fact_index(&d.from)
                        .is_some_and(|j| unknown.contains(&j))
                {
                    unknown.insert(i);
                }
            }
            if unknown.len() == before {
                return unknown;
            }
        }
    }
}

/// A measurement or a statement dated after its source was published
/// cannot come from that source: the date or the publication day is wrong.
/// Targets (deadlines) and events a page announces may lie ahead of it.
pub(super) fn after_publication(f: &Fact, source: &Source) -> Option<String> {
    let published = source.published?;
    let when = f.date.when?;
    let dated_after = matches!(
        f.date.role,
        DateRole::Measured | DateRole::AsOf | DateRole::Stated
    ) && when.first_day() > published.last_day();
    dated_after.then(|| {
        format!(
            "ngày {} muộn hơn ngày đăng của nguồn ({}): một nguồn không thể nêu điều xảy ra sau khi nó được đăng",
            when.to_short(),
            published.to_short()
        )
    })
}
