//! Reference numbers in order of first use, one per source, and the facts
//! cited under each number: the mapping the app's citation panel shows.

use std::collections::{BTreeSet, HashMap};

use crate::brief::document::{Citation, Inline, Reference, References};
use crate::brief::wording::{
    CREDITED_NOTE, REFERENCES_HEADING, UNKNOWN_DATE, UNKNOWN_PUBLISHER, UNKNOWN_REPOST_NOTE,
    UNKNOWN_TITLE,
};
use crate::data::{Catalog, Origin, Source};

/// How much a reader can trust where a source comes from: the outlet's
/// own dated page first, a credited copy next, a page that does not say
/// who published it or when, and last a copy of unknown origin.
pub fn strength(s: &Source) -> u8 {
    match s.origin {
        Origin::UnknownRepost => 0,
        _ if s.publisher.is_none() || s.published.is_none() => 1,
        Origin::Credited => 2,
        Origin::Own => 3,
    }
}

/// A source a leader would not accept alone: no publisher or date, or a
/// copy of unknown origin.
pub fn is_weak(s: &Source) -> bool {
    strength(s) <= 1
}

#[derive(Debug, Default)]
pub(super) struct Citations {
    /// Reference number of each cited source.
    numbers: HashMap<String, u32>,
    /// Sources in order of first citation, with their cited facts.
    order: Vec<(String, Vec<usize>)>,
}

impl Citations {
    /// The `[n]` marker for a fact, numbering its source on first use.
    pub fn cite(&mut self, catalog: &Catalog, fact_index: usize) -> Inline {
        let source = &catalog.facts()[fact_index].source;
        let number = match self.numbers.get(source) {
            Some(&n) => n,
            None => {
                self.order.push((source.clone(), Vec::new()));
                let n = self.order.len() as u32;
                self.numbers.insert(source.clone(), n);
                n
            }
        };
        let facts = &mut self.order[number as usize - 1].1;
        if !facts.contains(&fact_index) {
            facts.push(fact_index);
        }
        Inline::citation(Citation {
            number,
            fact: fact_index,
        })
    }

    /// "[1], [4]" for several facts, one marker per distinct source, the
    /// strongest source first.
    pub fn cite_all(&mut self, catalog: &Catalog, facts: &[usize]) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        let mut facts = facts.to_vec();
        facts.sort_by_key(|&f| {
            let source = catalog.source(&catalog.facts()[f].source);
            std::cmp::Reverse(source.map_or(0, strength))
        });
        for f in facts {
            let c = self.cite(catalog, f);
            let n = c.cite.map(|c| c.number).unwrap_or_default();
            if seen.insert(n) {
                if !out.is_empty() {
                    out.push(Inline::plain(", "));
                }
                out.push(c);
            }
        }
        out
    }

    /// The reference list, in order of first citation.
    pub fn into_references(self, catalog: &Catalog) -> References {
        let entries = self
            .order
            .into_iter()
            .enumerate()
            .filter_map(|(i, (id, facts))| {
                let number = i as u32 + 1;
                catalog.source(&id).map(|s| Reference {
                    number,
                    label: format!("[{number}]"),
                    source_id: s.id.clone(),
                    text: reference_text(s),
                    facts,
                })
            })
            .collect();
        References {
            heading: REFERENCES_HEADING.to_string(),
            entries,
            appendix_only: None,
        }
    }

    /// How many sources are numbered so far.
    pub fn len(&self) -> usize {
        self.order.len()
    }
}

/// A source named in a few words: its publisher, else its title; a UN
/// table with its edition.
pub(super) fn short_name(s: &Source) -> String {
    let name = s
        .publisher
        .clone()
        .or_else(|| s.title.clone())
        .or_else(|| s.descriptive_title.clone())
        .unwrap_or_else(|| UNKNOWN_PUBLISHER.to_string());
    match &s.table {
        Some(t) => format!(
            "{name}, {} {}",
            crate::brief::wording::SURVEY_TABLE,
            t.edition
        ),
        None => name,
    }
}

/// The entry as a bibliography reads: publisher, “title” (or a
/// [descriptive title] for a page without one), date, with "không rõ …"
/// where the page does not say, and what kind of copy it is. File names
/// and offsets are for the app's citation panel, not for paper.
pub fn reference_text(s: &Source) -> String {
    let publisher = s
        .publisher
        .clone()
        .unwrap_or_else(|| UNKNOWN_PUBLISHER.to_string());
    // An official instrument from the register: "Quốc hội, Luật số
    // 20/2023/QH15, 22/6/2023." (issuer, number, day), no quotation marks.
    if s.seed_file == crate::data::register::REGISTER_FILE
        && let (Some(title), Some(day)) = (&s.title, &s.published)
    {
        return format!("{publisher}, {title}, {}.", day.to_short());
    }
    let title = match (&s.title, &s.descriptive_title) {
        // A descriptive title in brackets is not the page's own words.
        (Some(t), _) if t.starts_with('[') => t.clone(),
        (Some(t), _) => format!("“{t}”"),
        (None, Some(d)) => format!("[{d}]"),
        (None, None) => UNKNOWN_TITLE.to_string(),
    };
    let date = match &s.published {
        Some(d) => d.to_short(),
        None => UNKNOWN_DATE.to_string(),
    };
    let origin = match s.origin {
        Origin::Own => String::new(),
        Origin::Credited => format!(" ({CREDITED_NOTE})"),
        Origin::UnknownRepost => format!(" ({UNKNOWN_REPOST_NOTE})"),
    };
    format!("{publisher}, {title}, {date}{origin}.")
}
