//! Reference numbers in order of first use, one per source, and the facts
//! cited under each number: the mapping the app's citation panel shows.

use std::collections::{BTreeSet, HashMap};

use crate::brief::document::{Citation, Inline, Reference, References};
use crate::brief::wording::REFERENCES_HEADING;
use crate::data::{Catalog, Source};

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

    /// "[1], [4]" for several facts, one marker per distinct source.
    pub fn cite_all(&mut self, catalog: &Catalog, facts: &[usize]) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for &f in facts {
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

    /// How many sources are cited.
    pub fn sources(&self) -> usize {
        self.order.len()
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
        }
    }
}

/// The entry as a bibliography reads: publisher, “title”, date, with
/// "không rõ …" where the page does not say. File names and offsets are
/// for the app's citation panel, not for paper.
pub fn reference_text(s: &Source) -> String {
    let publisher = s
        .publisher
        .clone()
        .unwrap_or_else(|| "Không rõ đơn vị đăng".to_string());
    let title = match &s.title {
        // A descriptive title in brackets is not the page's own words.
        Some(t) if t.starts_with('[') => t.clone(),
        Some(t) => format!("“{t}”"),
        None => "không rõ tiêu đề".to_string(),
    };
    let date = match &s.published {
        Some(d) => d.to_short(),
        None => "không rõ ngày".to_string(),
    };
    format!("{publisher}, {title}, {date}.")
}
