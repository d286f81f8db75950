//! What importing a pack would change, computed before anything is
//! written: facts added, changed (old and new, each with its quote),
//! removed, and the pack's figures that disagree with data the official
//! already has — grouped by topic, so the official can accept all or
//! topic by topic.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::error::PackError;
use super::installed::Installed;
use super::open::OpenedPack;
use super::rename::{namespaced, owned_by};
use crate::curate::user_data::Snapshot;
use crate::data::{Catalog, Fact, FactKind, PartialDate};

/// One of the pack's figures and the facts already there that give
/// another value for the same indicator and date.
#[derive(Debug, Clone, PartialEq)]
pub struct NewConflict {
    pub fact: Fact,
    pub existing: Vec<Fact>,
}

/// The changes within one topic.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicChanges {
    /// The topic's id in the user's data (the pack's topics carry the
    /// pack's prefix).
    pub topic: String,
    pub name: String,
    pub added: Vec<Fact>,
    /// Old, then new.
    pub changed: Vec<(Fact, Fact)>,
    pub removed: Vec<Fact>,
    pub conflicts: Vec<NewConflict>,
}

impl TopicChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.conflicts.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChangeList {
    pub pack_id: String,
    pub version: u32,
    /// The version already imported, if any.
    pub installed: Option<u32>,
    pub topics: Vec<TopicChanges>,
}

impl ChangeList {
    pub fn is_empty(&self) -> bool {
        self.topics.iter().all(TopicChanges::is_empty)
    }

    /// Added, changed, removed facts and new conflicts, over all topics.
    pub fn counts(&self) -> [usize; 4] {
        self.topics.iter().fold([0; 4], |[a, c, r, k], t| {
            [
                a + t.added.len(),
                c + t.changed.len(),
                r + t.removed.len(),
                k + t.conflicts.len(),
            ]
        })
    }
}

/// The value and date of a measurement, for comparing.
fn measurement(f: &Fact) -> Option<(&str, f64)> {
    match &f.kind {
        FactKind::Measurement {
            indicator, value, ..
        } => Some((indicator.as_str(), value.value)),
        _ => None,
    }
}

/// The official's measured facts (bundled, own, other packs') by
/// indicator and date, to find the pack's figures that disagree.
pub(crate) struct Existing<'a> {
    by_point: HashMap<(&'a str, PartialDate), Vec<&'a Fact>>,
    /// Pairs of fact ids already linked by a conflict.
    linked: HashSet<(&'a str, &'a str)>,
}

impl<'a> Existing<'a> {
    pub(crate) fn new(catalog: &'a Catalog, pack_id: &str, incoming: &'a Snapshot) -> Self {
        let mut by_point: HashMap<_, Vec<&Fact>> = HashMap::new();
        for f in catalog.facts().iter().filter(|f| !owned_by(&f.id, pack_id)) {
            if let (Some((ind, _)), Some(when)) = (measurement(f), f.date.when) {
                by_point.entry((ind, when)).or_default().push(f);
            }
        }
        let mut linked = HashSet::new();
        // The conflicts an older version of the pack recorded are made
        // anew, so they do not count as linked.
        let kept = catalog
            .conflicts()
            .iter()
            .filter(|c| !owned_by(&c.id, pack_id));
        for c in kept.chain(&incoming.data.conflicts) {
            for a in &c.facts {
                for b in &c.facts {
                    linked.insert((a.as_str(), b.as_str()));
                }
            }
        }
        Self { by_point, linked }
    }

    /// The facts that give `fact`'s indicator and date another value.
    pub(crate) fn disagreeing(&self, fact: &Fact) -> Vec<Fact> {
        let (Some((indicator, value)), Some(when)) = (measurement(fact), fact.date.when) else {
            return Vec::new();
        };
        self.by_point
            .get(&(indicator, when))
            .into_iter()
            .flatten()
            .filter(|f| measurement(f).is_some_and(|(_, v)| (v - value).abs() > 1e-9))
            .filter(|f| !self.linked.contains(&(fact.id.as_str(), f.id.as_str())))
            .map(|f| (*f).clone())
            .collect()
    }
}

/// The change list of importing `pack` into the user's data `current`
/// (whose catalog, merged with the bundled data, is `catalog`). A pack
/// older than the version already imported is refused.
pub fn changes(
    current: &Snapshot,
    catalog: &Catalog,
    installed: &Installed,
    pack: &OpenedPack,
) -> Result<ChangeList, PackError> {
    let id = &pack.manifest.id;
    let before = installed.get(id).map(|p| p.version);
    if let Some(v) = before.filter(|v| *v > pack.manifest.version) {
        return Err(PackError::Older {
            id: id.clone(),
            offered: pack.manifest.version,
            installed: v,
        });
    }
    let incoming = namespaced(id, &pack.snapshot);
    let old: HashMap<&str, &Fact> = current
        .data
        .facts
        .iter()
        .filter(|f| owned_by(&f.id, id))
        .map(|f| (f.id.as_str(), f))
        .collect();
    let existing = Existing::new(catalog, id, &incoming);
    let mut topics: BTreeMap<String, TopicChanges> = BTreeMap::new();
    let slot = |topics: &mut BTreeMap<String, TopicChanges>, topic: &str| {
        if !topics.contains_key(topic) {
            let t = TopicChanges {
                topic: topic.to_string(),
                name: topic_name(topic, &incoming, catalog),
                ..TopicChanges::default()
            };
            topics.insert(topic.to_string(), t);
        }
    };
    for f in &incoming.data.facts {
        let before = old.get(f.id.as_str()).copied();
        let others = existing.disagreeing(f);
        if before == Some(f) && others.is_empty() {
            continue;
        }
        slot(&mut topics, &f.topic);
        let Some(t) = topics.get_mut(&f.topic) else {
            continue;
        };
        match before {
            None => t.added.push(f.clone()),
            Some(o) if o != f => t.changed.push((o.clone(), f.clone())),
            Some(_) => {}
        }
        if !others.is_empty() && before != Some(f) {
            t.conflicts.push(NewConflict {
                fact: f.clone(),
                existing: others,
            });
        }
    }
    let new_ids: HashSet<&str> = incoming.data.facts.iter().map(|f| f.id.as_str()).collect();
    for o in current.data.facts.iter().filter(|f| owned_by(&f.id, id)) {
        if !new_ids.contains(o.id.as_str()) {
            slot(&mut topics, &o.topic);
            if let Some(t) = topics.get_mut(&o.topic) {
                t.removed.push(o.clone());
            }
        }
    }
    Ok(ChangeList {
        pack_id: id.clone(),
        version: pack.manifest.version,
        installed: before,
        topics: topics.into_values().filter(|t| !t.is_empty()).collect(),
    })
}

fn topic_name(topic: &str, incoming: &Snapshot, catalog: &Catalog) -> String {
    incoming
        .data
        .topics
        .iter()
        .find(|t| t.id == topic)
        .map(|t| t.name.clone())
        .or_else(|| catalog.topic(topic).map(|t| t.name.clone()))
        .unwrap_or_else(|| topic.to_string())
}
