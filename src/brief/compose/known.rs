//! What the signing day hides, said where a reader needs it: the window
//! names the sources published later (so a backdated brief is shorter for
//! a reason), and the opening says when a UN survey edition that should
//! have been out by then is missing from the data.

use std::collections::{BTreeMap, BTreeSet};

use super::Composer;
use crate::brief::wording::{UnpublishedSource, missing_edition, unpublished_notice};
use crate::data::{FactKind, PartialDate, Topic};

/// The UN E-Government Survey comes out every two years, in even years.
pub(super) const SURVEY_CYCLE: i32 = 2;
/// The first edition the bundled tables hold.
const FIRST_EDITION: i32 = 2010;
/// By this day of its year an edition is expected to be out when its
/// release day is not recorded: the editions since 2018 came out between
/// July and the end of September (`seeds/un-egov/README.md`).
const EXPECTED_BY: (u8, u8) = (9, 30);

impl<'a> Composer<'a> {
    /// The window's notice: facts of the chosen topics that the signing
    /// day hides, counted by source. `None` when nothing is hidden.
    pub(super) fn unpublished(&self, topics: &[&Topic]) -> Option<String> {
        let mut by_source: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, f) in self.catalog.facts().iter().enumerate() {
            // The register's rows are not a topic's facts: a later
            // instrument is simply not read yet, and not counted here.
            if self.unknown.contains(&i)
                && !self.excluded.contains(&i)
                && !f.id.starts_with(crate::data::register::FACT_PREFIX)
                && topics.iter().any(|t| t.id == f.topic)
            {
                *by_source.entry(f.source.as_str()).or_default() += 1;
            }
        }
        let mut items: Vec<UnpublishedSource> = by_source
            .into_iter()
            .filter_map(|(id, facts)| {
                let s = self.catalog.source(id)?;
                Some(UnpublishedSource {
                    name: super::cite::short_name(s),
                    known: self.catalog.known_day(s),
                    bound: s.published.is_none() && s.not_before.is_some(),
                    facts,
                })
            })
            .collect();
        items.sort_by_key(|u| u.known.map(|d| d.first_day()));
        (!items.is_empty()).then(|| unpublished_notice(&self.signing, &items))
    }

    /// "Báo cáo chưa có kết quả Khảo sát … năm 2026 …" when the signing
    /// day is past the expected release of an edition no visible figure
    /// of the survey's indicators comes from.
    pub(super) fn missing_survey_edition(&self, topics: &[&Topic]) -> Option<String> {
        let survey = self.survey_indicators(topics);
        if survey.is_empty() {
            return None;
        }
        let covered: BTreeSet<i32> = self
            .facts()
            .filter_map(|(_, f)| match &f.kind {
                FactKind::Measurement { indicator, .. } if survey.contains(indicator.as_str()) => {
                    f.date.when.map(|d| d.year_value())
                }
                _ => None,
            })
            .collect();
        let latest_known = *covered.last()?;
        let signing = self.signing.last_day();
        let due = (FIRST_EDITION..=self.signing.year_value())
            .filter(|e| (e - FIRST_EDITION) % SURVEY_CYCLE == 0)
            .filter(|&e| self.expected_release(e).last_day() < signing)
            .max()?;
        (!covered.contains(&due) && due > latest_known).then(|| missing_edition(due, latest_known))
    }

    /// Indicators of the chosen topics that the UN tables feed.
    fn survey_indicators(&self, topics: &[&Topic]) -> BTreeSet<&'a str> {
        let catalog = self.catalog;
        catalog
            .facts()
            .iter()
            .filter(|f| topics.iter().any(|t| t.id == f.topic))
            .filter(|f| catalog.source(&f.source).is_some_and(|s| s.table.is_some()))
            .filter_map(|f| match &f.kind {
                FactKind::Measurement { indicator, .. } => Some(indicator.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The release day recorded for an edition's table, else the day it
    /// is expected by.
    fn expected_release(&self, edition: i32) -> PartialDate {
        self.catalog
            .sources()
            .iter()
            .filter(|s| s.table.as_ref().is_some_and(|t| t.edition == edition))
            .find_map(|s| s.published)
            .or_else(|| PartialDate::day(edition, EXPECTED_BY.0, EXPECTED_BY.1).ok())
            .unwrap_or_else(|| PartialDate::year(edition))
    }
}
