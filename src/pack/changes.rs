//! What importing a pack would change, computed before anything is
//! written: facts added, changed (old and new, each with its quote),
//! removed, and the pack's figures that disagree with data the official
//! already has — grouped by topic, so the official can accept all or
//! topic by topic.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::error::PackError;
use super::installed::{Installed, InstalledPack};
use super::keys::key_id;
use super::manifest::MAX_VERSION_STEP;
use super::open::OpenedPack;
use super::rename::{Owner, namespaced, owned_by};
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
    pub(crate) fn new(catalog: &'a Catalog, owner: &Owner, incoming: &'a Snapshot) -> Self {
        let mut by_point: HashMap<_, Vec<&Fact>> = HashMap::new();
        for f in catalog.facts().iter().filter(|f| !owner.owns(&f.id)) {
            if let (Some((ind, _)), Some(when)) = (measurement(f), f.date.when) {
                by_point.entry((ind, when)).or_default().push(f);
            }
        }
        let mut linked = HashSet::new();
        // The conflicts an older version of the pack recorded are made
        // anew, so they do not count as linked.
        let kept = catalog.conflicts().iter().filter(|c| !owner.owns(&c.id));
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
    let entry = installed.get(id);
    if let Some(p) = entry {
        same_signer(p, pack)?;
        same_line(p, pack)?;
    }
    let before = entry.map(|p| p.version);
    let owner = installed.owner(id);
    let incoming = namespaced(id, &pack.snapshot);
    no_collision(current, &owner, &incoming)?;
    let old: HashMap<&str, &Fact> = current
        .data
        .facts
        .iter()
        .filter(|f| owner.owns(&f.id))
        .map(|f| (f.id.as_str(), f))
        .collect();
    let existing = Existing::new(catalog, &owner, &incoming);
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
    for o in current.data.facts.iter().filter(|f| owner.owns(&f.id)) {
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

/// A pack replaces an imported one only if signed with the same key (an
/// unsigned one replaces only an unsigned one): a pack's id is bound to
/// its signer. An entry written before keys were recorded that was
/// trusted takes only a trusted pack.
fn same_signer(p: &InstalledPack, pack: &OpenedPack) -> Result<(), PackError> {
    let offered = pack.signer.map(hex::encode);
    let same = match (&p.key, &offered) {
        (Some(k), Some(o)) => k == o,
        (Some(_), None) => false,
        (None, _) => !p.trusted || pack.status.is_trusted(),
    };
    if same {
        return Ok(());
    }
    let short = |k: &str| k.get(..16).unwrap_or(k).to_string();
    Err(PackError::OtherSigner {
        id: p.id.clone(),
        installed: match &p.key {
            Some(k) => format!("ký bằng khóa mã {} ({})", short(k), p.signature),
            None => format!("của đơn vị tin cậy ({})", p.signature),
        },
        offered: match &pack.signer {
            Some(k) => format!("ký bằng khóa khác, mã {}", key_id(k)),
            None => "chưa ký".into(),
        },
    })
}

/// Not older than the imported version, and at most
/// [`MAX_VERSION_STEP`] newer.
fn same_line(p: &InstalledPack, pack: &OpenedPack) -> Result<(), PackError> {
    let offered = pack.manifest.version;
    if p.version > offered {
        return Err(PackError::Older {
            id: p.id.clone(),
            offered,
            installed: p.version,
        });
    }
    if offered - p.version > MAX_VERSION_STEP {
        return Err(PackError::TooFarAhead {
            id: p.id.clone(),
            offered,
            installed: p.version,
            step: MAX_VERSION_STEP,
        });
    }
    Ok(())
}

/// A record or article file of the official's own (not brought by the
/// pack) with a name the pack would write is refused, never replaced.
fn no_collision(current: &Snapshot, owner: &Owner, incoming: &Snapshot) -> Result<(), PackError> {
    let (d, n) = (&current.data, &incoming.data);
    let mine = |id: &str| owned_by(id, owner.pack_id()) && !owner.owns(id);
    let clash = |what: &'static str, have: Vec<&String>, come: Vec<&String>| {
        let come: HashSet<&String> = come.into_iter().collect();
        match have.into_iter().find(|i| mine(i) && come.contains(i)) {
            Some(name) => Err(PackError::Collision {
                pack: owner.pack_id().to_string(),
                what,
                name: name.clone(),
            }),
            None => Ok(()),
        }
    };
    clash(
        "nguồn",
        d.sources.iter().map(|r| &r.id).collect(),
        n.sources.iter().map(|r| &r.id).collect(),
    )?;
    clash(
        "chủ đề",
        d.topics.iter().map(|r| &r.id).collect(),
        n.topics.iter().map(|r| &r.id).collect(),
    )?;
    clash(
        "chỉ số",
        d.indicators.iter().map(|r| &r.id).collect(),
        n.indicators.iter().map(|r| &r.id).collect(),
    )?;
    clash(
        "thông tin",
        d.facts.iter().map(|r| &r.id).collect(),
        n.facts.iter().map(|r| &r.id).collect(),
    )?;
    clash(
        "mâu thuẫn",
        d.conflicts.iter().map(|r| &r.id).collect(),
        n.conflicts.iter().map(|r| &r.id).collect(),
    )?;
    let theirs = |s: &&crate::data::Source| owner.owns(&s.id);
    match d
        .sources
        .iter()
        .filter(|s| !theirs(s))
        .find(|s| incoming.texts.contains_key(&s.seed_file))
    {
        Some(s) => Err(PackError::Collision {
            pack: owner.pack_id().to_string(),
            what: "tệp bài viết",
            name: s.seed_file.clone(),
        }),
        None => Ok(()),
    }
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
