//! The time a figure of a periodic survey observes: its edition, not the
//! day an article reported it. The UN's tables give an indicator's value
//! once per edition; an article of 19/9/2024 saying "Việt Nam đứng thứ 5"
//! reports the 2024 edition (released 17/9/2024), so in the brief that
//! figure is one observation with the table's of 2024, never a second
//! point "19/9/2024" beside "2024".

use std::collections::HashMap;

use crate::data::{Catalog, Fact, FactKind, PartialDate, Precision};

/// The survey editions an indicator's tables give, oldest first: the
/// edition's year and the last day it may have become known (its table's
/// publication).
#[derive(Debug, Clone, Default)]
pub(super) struct Editions(Vec<(i32, (i32, u8, u8))>);

impl Editions {
    /// No editions: an indicator without tables.
    pub const fn none() -> Self {
        Self(Vec::new())
    }

    /// The editions of every indicator in the catalog's tables (all of
    /// them: an edition left out of the brief still dates what it
    /// published), found in one walk over the facts: asking per
    /// indicator walked them all each time, a fifth of an export at 4.000
    /// facts and more at 20.000.
    pub fn all(catalog: &Catalog) -> HashMap<String, Editions> {
        let mut map: HashMap<String, Editions> = HashMap::new();
        for f in catalog.facts() {
            let FactKind::Measurement { indicator, .. } = &f.kind else {
                continue;
            };
            let Some(source) = catalog.source(&f.source) else {
                continue;
            };
            let Some(table) = source.table.as_ref() else {
                continue;
            };
            let known = catalog
                .known_day(source)
                .unwrap_or(PartialDate::year(table.edition));
            map.entry(indicator.clone())
                .or_default()
                .0
                .push((table.edition, known.last_day()));
        }
        for editions in map.values_mut() {
            editions.0.sort();
            editions.0.dedup_by_key(|e| e.0);
        }
        map
    }

    /// When `fact` (measured `when`) observes: a table's row, or a figure
    /// dated by the year alone, as stated; a figure dated by a month or a
    /// day, the edition current all through that time, when the data
    /// tells which one it was.
    pub fn observed(&self, catalog: &Catalog, fact: &Fact, when: PartialDate) -> PartialDate {
        let from_table = catalog
            .source(&fact.source)
            .is_some_and(|s| s.table.is_some());
        if from_table || when.precision() == Precision::Year {
            return when;
        }
        self.edition_at(when).map_or(when, PartialDate::year)
    }

    /// The newest edition out by the first day of `when`, unless the next
    /// one may have come out before `when` ends: its release falls
    /// inside `when`, or its year has begun and its table (with its
    /// day) is not in the data (the 2020 edition's).
    fn edition_at(&self, when: PartialDate) -> Option<i32> {
        let (first, last) = (when.first_day(), when.last_day());
        let newest = self
            .0
            .iter()
            .filter(|(_, known)| *known <= first)
            .map(|(year, _)| *year)
            .max()?;
        let next = newest + super::known::SURVEY_CYCLE;
        match self.0.iter().find(|(year, _)| *year == next) {
            Some((_, known)) if *known <= last => None,
            Some(_) => Some(newest),
            None if when.year_value() < next => Some(newest),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editions() -> Editions {
        // As the bundled tables: 2018 released on 19/7/2018, no table of
        // 2020, 2022 on 28/9/2022, 2024 on 17/9/2024.
        Editions(vec![
            (2018, (2018, 7, 19)),
            (2022, (2022, 9, 28)),
            (2024, (2024, 9, 17)),
        ])
    }

    fn find(day: PartialDate) -> Option<i32> {
        editions().edition_at(day)
    }

    fn d(y: i32, m: u8, day: u8) -> PartialDate {
        PartialDate::day(y, m, day).unwrap()
    }

    #[test]
    fn an_article_reports_the_edition_out_on_its_day() {
        assert_eq!(find(d(2024, 9, 19)), Some(2024));
        assert_eq!(find(d(2024, 9, 17)), Some(2024));
        // Before the 2024 release the newest was 2022's.
        assert_eq!(find(d(2024, 7, 10)), Some(2022));
        assert_eq!(find(d(2023, 1, 5)), Some(2022));
        assert_eq!(find(d(2019, 3, 1)), Some(2018));
        // September 2024 holds the release: unsure, its date stays.
        assert_eq!(find(PartialDate::month(2024, 9).unwrap()), None);
        assert_eq!(find(PartialDate::month(2024, 10).unwrap()), Some(2024));
    }

    #[test]
    fn a_day_the_data_cannot_place_keeps_its_date() {
        // 2020's edition came out on a day the data does not hold.
        assert_eq!(find(d(2020, 3, 1)), None);
        assert_eq!(find(d(2020, 8, 15)), None);
        assert_eq!(find(d(2021, 6, 1)), None);
        // Before the first edition the data holds.
        assert_eq!(find(d(2018, 3, 1)), None);
    }
}
