//! A validated dataset with its source texts and look-ups by id.
//!
//! Only [`super::load`] builds one, after the honesty checks passed, so
//! code that holds a `Catalog` can rely on every reference resolving.

use std::collections::HashMap;

use super::model::*;
use super::seeds::SeedStore;

#[derive(Debug, Clone)]
pub struct Catalog {
    data: Dataset,
    seeds: SeedStore,
    sources: HashMap<String, usize>,
    topics: HashMap<String, usize>,
    indicators: HashMap<String, usize>,
    facts: HashMap<String, usize>,
    /// Conflict indices by fact id.
    conflicts_of_fact: HashMap<String, Vec<usize>>,
    /// Sources a data pack brought that no trusted unit signed (set by
    /// whoever read the list of imported packs beside the user's file).
    pack_trust: HashMap<String, PackTrust>,
}

/// How a data pack that brought a source was signed, when no trusted
/// unit signed it: the brief and the window say so beside its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackTrust {
    Unsigned,
    /// Signed with a key not in the trusted list.
    UnknownSigner,
}

fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).to_string(), i))
        .collect()
}

impl Catalog {
    pub(super) fn new(data: Dataset, seeds: SeedStore) -> Self {
        let mut conflicts_of_fact: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, c) in data.conflicts.iter().enumerate() {
            for f in &c.facts {
                conflicts_of_fact.entry(f.clone()).or_default().push(i);
            }
        }
        Self {
            sources: index(&data.sources, |s| &s.id),
            topics: index(&data.topics, |t| &t.id),
            indicators: index(&data.indicators, |i| &i.id),
            facts: index(&data.facts, |f| &f.id),
            conflicts_of_fact,
            pack_trust: HashMap::new(),
            data,
            seeds,
        }
    }

    /// Marks the source `id` as brought by a pack no trusted unit signed.
    pub fn mark_pack_source(&mut self, id: &str, trust: PackTrust) {
        self.pack_trust.insert(id.to_string(), trust);
    }

    /// Whether the source `id` came in a pack no trusted unit signed.
    pub fn pack_trust(&self, id: &str) -> Option<PackTrust> {
        self.pack_trust.get(id).copied()
    }

    /// Version of the dataset format the data was written in.
    pub fn schema_version(&self) -> u32 {
        self.data.schema_version
    }

    pub fn topics(&self) -> &[Topic] {
        &self.data.topics
    }

    /// Every topic id, in the dataset's order.
    pub fn topic_ids(&self) -> Vec<String> {
        self.data.topics.iter().map(|t| t.id.clone()).collect()
    }

    /// The named topics that exist, in the dataset's order (briefs and
    /// lists follow it whatever order the ids were chosen in).
    pub fn in_dataset_order(&self, ids: &[String]) -> Vec<&Topic> {
        self.data
            .topics
            .iter()
            .filter(|t| ids.contains(&t.id))
            .collect()
    }

    /// Ids of [`Catalog::in_dataset_order`].
    pub fn ids_in_dataset_order(&self, ids: &[String]) -> Vec<String> {
        self.in_dataset_order(ids)
            .into_iter()
            .map(|t| t.id.clone())
            .collect()
    }

    pub fn sources(&self) -> &[Source] {
        &self.data.sources
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.data.indicators
    }

    pub fn facts(&self) -> &[Fact] {
        &self.data.facts
    }

    pub fn conflicts(&self) -> &[Conflict] {
        &self.data.conflicts
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.get(id).map(|&i| &self.data.topics[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&i| &self.data.sources[i])
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.get(id).map(|&i| &self.data.indicators[i])
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.get(id).map(|&i| &self.data.facts[i])
    }

    /// Position of a fact in [`Catalog::facts`].
    pub fn fact_index(&self, id: &str) -> Option<usize> {
        self.facts.get(id).copied()
    }

    /// Conflicts a fact takes part in.
    pub fn conflicts_of(&self, fact_id: &str) -> impl Iterator<Item = &Conflict> {
        self.conflicts_of_fact
            .get(fact_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.data.conflicts[i])
    }

    /// The full text of a source's seed file.
    pub fn source_text(&self, source: &Source) -> &str {
        self.seeds.get(&source.seed_file).unwrap_or_default()
    }

    /// The (1-based) line of a byte offset in a source, for "where it sits".
    pub fn line_of(&self, source: &Source, offset: usize) -> usize {
        let text = self.source_text(source);
        let end = offset.min(text.len());
        text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}
