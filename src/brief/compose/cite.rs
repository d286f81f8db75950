//! Reference numbers in order of first use, one per source, and the facts
//! cited under each number: the mapping the app's citation panel shows.

use std::collections::{BTreeSet, HashMap};

use crate::brief::document::{Citation, Inline, Reference, References};
use crate::brief::selection::Selection;
use crate::brief::wording::{
    COPY_LEAD, CREDITED_NOTE, REFERENCES_HEADING, UNKNOWN_DATE, UNKNOWN_PUBLISHER,
    UNKNOWN_REPOST_NOTE, UNKNOWN_TITLE, UNTRUSTWORTHY_REFERENCE,
};
use crate::data::{Catalog, FactKind, Origin, Source, StandingKind};

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

/// The standing's rank of the source a fact rests on (a source without a
/// stated standing ranks just above an untrustworthy one): a fact also
/// reported by a source of higher rank cites that source only.
pub fn fact_rank(catalog: &Catalog, f: usize) -> u8 {
    catalog
        .source(&catalog.facts()[f].source)
        .and_then(Source::standing_kind)
        .map_or(1, StandingKind::rank)
}

/// Whether a fact rests on a source the user added (its text is not one
/// of the bundled seeds).
pub fn is_users(catalog: &Catalog, f: usize) -> bool {
    let seed = &catalog.source(&catalog.facts()[f].source);
    seed.is_some_and(|s| {
        !crate::data::seeds::BUNDLED_SEEDS
            .iter()
            .any(|(name, _)| *name == s.seed_file)
    })
}

/// Keeps of `facts` (reporting the same thing) those from the best-ranked
/// sources.
pub fn keep_best(catalog: &Catalog, facts: &mut Vec<usize>) {
    if let Some(best) = facts.iter().map(|&f| fact_rank(catalog, f)).max() {
        facts.retain(|&f| fact_rank(catalog, f) == best);
    }
}

/// The untrustworthy source a fact rests on: its own, or that of the
/// fact its value is derived from.
pub fn untrustworthy_source(catalog: &Catalog, f: usize) -> Option<&Source> {
    let fact = &catalog.facts()[f];
    let bad = |id: &str| catalog.source(id).filter(|s| s.is_untrustworthy());
    bad(&fact.source).or_else(|| match &fact.kind {
        FactKind::Measurement {
            derived: Some(d), ..
        } => catalog.fact(&d.from).and_then(|g| bad(&g.source)),
        _ => None,
    })
}

pub fn rests_on_untrustworthy(catalog: &Catalog, f: usize) -> bool {
    untrustworthy_source(catalog, f).is_some()
}

/// Every fact resting on an untrustworthy source, with the source's
/// reason: what the window lists beside the facts left out.
pub fn untrustworthy_facts(catalog: &Catalog) -> Vec<(usize, String)> {
    (0..catalog.facts().len())
        .filter_map(|f| {
            let s = untrustworthy_source(catalog, f)?;
            let reason = s.standing.as_ref().map(|st| st.reason.clone());
            Some((f, reason.unwrap_or_default()))
        })
        .collect()
}

/// The facts left out because they rest on an untrustworthy source and
/// the official did not bring them back.
pub(super) fn untrustworthy_left_out<'c>(
    catalog: &'c Catalog,
    sel: &'c Selection,
) -> impl Iterator<Item = usize> + 'c {
    untrustworthy_facts(catalog)
        .into_iter()
        .map(|(f, _)| f)
        .filter(move |&f| {
            let id = &catalog.facts()[f].id;
            !sel.admitted_untrustworthy.contains(id)
        })
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
            std::cmp::Reverse((fact_rank(catalog, f), source.map_or(0, strength)))
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
                    text: reference_text(s, catalog.pack_trust(&s.id)),
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

/// The entry as a bibliography reads: publisher as the page names itself,
/// “title” (or a [descriptive title] for a page without one; a survey
/// table's catalogue title as is), date, with "không rõ …" where the page
/// does not say, what kind of copy it is and, for a table, where the copy
/// was taken from; a source a data pack brought that no trusted unit
/// signed says so ("gói dữ liệu chưa ký"). File names and offsets are for
/// the app's citation panel, not for paper.
pub fn reference_text(s: &Source, pack: Option<crate::data::PackTrust>) -> String {
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
        // A descriptive title in brackets is not the page's own words; a
        // table's title is the survey's, as a catalogue writes it.
        (Some(t), _) if t.starts_with('[') || s.table.is_some() => t.clone(),
        (Some(t), _) => format!("“{t}”"),
        (None, Some(d)) => format!("[{d}]"),
        (None, None) => UNKNOWN_TITLE.to_string(),
    };
    let date = match &s.published {
        Some(d) => d.to_short(),
        None => UNKNOWN_DATE.to_string(),
    };
    let mut origin = match s.origin {
        Origin::Own => String::new(),
        Origin::Credited => format!(" ({CREDITED_NOTE})"),
        Origin::UnknownRepost => format!(" ({UNKNOWN_REPOST_NOTE})"),
    };
    if let Some(trust) = pack {
        origin.push_str(&format!(" ({})", crate::brief::wording::pack_mark(trust)));
    }
    let warning = match &s.standing {
        Some(st) if st.kind == StandingKind::Untrustworthy => {
            format!(" {UNTRUSTWORTHY_REFERENCE}: {}.", sentence_of(&st.reason))
        }
        _ => String::new(),
    };
    // Where a copy of a table was taken from.
    let copy = match s.table.as_ref().and_then(|t| t.copied_from.as_deref()) {
        Some(c) => format!("; {COPY_LEAD} {c}"),
        None => String::new(),
    };
    format!("{publisher}, {title}, {date}{origin}{copy}.{warning}")
}

/// A reason as a clause: no end punctuation of its own.
fn sentence_of(s: &str) -> &str {
    s.trim().trim_end_matches(['.', ';'])
}
