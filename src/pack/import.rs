//! Importing a pack into the user's data: the older version's records
//! (found by the pack's prefix) give way to the new ones in the accepted
//! topics, the official's own records are never touched, and every
//! figure of the pack that disagrees with data already there is recorded
//! as a conflict. The result is checked and written by
//! [`crate::curate::user_data::UserData::change`] like any other change.

use super::changes::{ChangeList, Existing, changes};
use super::error::PackError;
use super::installed::{INSTALLED_FILE, Installed};
use super::open::OpenedPack;
use super::rename::{Owner, id_prefix, namespaced, owned_by};
use crate::brief::wording;
use crate::curate::user_data::{Snapshot, UserData};
use crate::data::{Catalog, Conflict, Fact, FactKind, Indicator, Source, Topic};
use std::collections::{BTreeSet, HashSet};

/// Which topics to take from the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accept {
    All,
    /// Topic ids as the pack names them or as the change list does.
    Topics(BTreeSet<String>),
}

impl Accept {
    fn takes(&self, pack_id: &str, topic: &str) -> bool {
        match self {
            Accept::All => true,
            Accept::Topics(t) => {
                t.contains(topic)
                    || topic
                        .strip_prefix(&id_prefix(pack_id))
                        .is_some_and(|bare| t.contains(bare))
            }
        }
    }
}

/// The sentence recorded for a figure of the pack that disagrees with
/// data already there.
fn conflict_description(pack: &OpenedPack, fact: &Fact, others: &[Fact]) -> String {
    let value = |f: &Fact| match &f.kind {
        FactKind::Measurement { value, .. } => format!("“{}”", value.text),
        _ => String::new(),
    };
    let theirs: Vec<String> = others.iter().map(value).collect();
    format!(
        "Gói dữ liệu “{}” của {} (phiên bản {}) ghi {}, dữ liệu đã có ghi {} cho cùng chỉ số, \
         cùng thời điểm ({}). Khi nhập gói, số đã có được giữ nguyên và cả hai số được ghi lại.",
        pack.manifest.title,
        pack.manifest.publisher,
        pack.manifest.version,
        value(fact),
        theirs.join(", "),
        wording::fact_date(&fact.date)
    )
}

/// The user's data after importing `pack` (nothing written).
pub fn imported(
    current: &Snapshot,
    catalog: &Catalog,
    pack: &OpenedPack,
    owner: &Owner,
    accept: &Accept,
) -> Snapshot {
    let id = pack.manifest.id.as_str();
    let incoming = namespaced(id, &pack.snapshot);
    let mut next = current.clone();
    // Facts: the old version's in accepted topics go, the new come.
    next.data
        .facts
        .retain(|f| !(owner.owns(&f.id) && accept.takes(id, &f.topic)));
    next.data.facts.extend(
        incoming
            .data
            .facts
            .iter()
            .filter(|f| accept.takes(id, &f.topic))
            .cloned(),
    );
    keep_supporting_records(&mut next, current, &incoming, owner);
    record_conflicts(&mut next, &incoming, catalog, pack, owner);
    // Texts: those the sources use, the pack's new ones included.
    let used: HashSet<String> = next
        .data
        .sources
        .iter()
        .map(|s| s.seed_file.clone())
        .collect();
    next.texts.extend(incoming.texts);
    next.texts.retain(|name, _| used.contains(name));
    next
}

/// The pack's sources, topics and indicators that the facts now in the
/// data use (the new version's where it has them, else the old one's).
fn keep_supporting_records(
    next: &mut Snapshot,
    current: &Snapshot,
    incoming: &Snapshot,
    owner: &Owner,
) {
    let id = owner.pack_id();
    let facts = &next.data.facts;
    // The pack's facts now: the new ones and the old ones kept (topics
    // not accepted), not the official's own with the prefix.
    let new_ids: HashSet<&str> = incoming.data.facts.iter().map(|f| f.id.as_str()).collect();
    let pack_fact = |f: &&Fact| owner.owns(&f.id) || new_ids.contains(f.id.as_str());
    let sources: HashSet<&str> = facts
        .iter()
        .filter(pack_fact)
        .map(|f| f.source.as_str())
        .collect();
    let mut indicators: HashSet<&str> = HashSet::new();
    let mut topics: HashSet<&str> = HashSet::new();
    for f in facts.iter().filter(pack_fact) {
        topics.insert(&f.topic);
        match &f.kind {
            FactKind::Measurement { indicator, .. } => {
                indicators.insert(indicator);
            }
            FactKind::Target {
                indicator: Some(i), ..
            } => {
                indicators.insert(i);
            }
            _ => {}
        }
    }
    let new_sources: Vec<Source> = pick(
        &incoming.data.sources,
        &current.data.sources,
        |s| &s.id,
        &sources,
    );
    let new_indicators: Vec<Indicator> = pick(
        &incoming.data.indicators,
        &current.data.indicators,
        |i| &i.id,
        &indicators,
    );
    for i in &new_indicators {
        topics.insert(&i.topic);
    }
    let mut new_topics: Vec<Topic> = pick(
        &incoming.data.topics,
        &current.data.topics,
        |t| &t.id,
        &topics,
    );
    // A headline that is not kept is dropped rather than left dangling.
    for t in &mut new_topics {
        if t.headline
            .as_ref()
            .is_some_and(|h| !new_indicators.iter().any(|i| &i.id == h))
        {
            t.headline = None;
        }
    }
    let _ = id;
    let data = &mut next.data;
    data.sources.retain(|s| !owner.owns(&s.id));
    data.sources.extend(new_sources);
    data.indicators.retain(|i| !owner.owns(&i.id));
    data.indicators.extend(new_indicators);
    data.topics.retain(|t| !owner.owns(&t.id));
    data.topics.extend(new_topics);
}

/// The records of `new` whose key is wanted, then those of `old` that
/// `new` lacks.
fn pick<T: Clone>(new: &[T], old: &[T], key: fn(&T) -> &String, wanted: &HashSet<&str>) -> Vec<T> {
    let mut out: Vec<T> = new
        .iter()
        .filter(|r| wanted.contains(key(r).as_str()))
        .cloned()
        .collect();
    for r in old.iter().filter(|r| wanted.contains(key(r).as_str())) {
        if !out.iter().any(|o| key(o) == key(r)) {
            out.push(r.clone());
        }
    }
    out
}

/// The pack's own conflicts whose facts are all kept, and one new
/// conflict for each of its kept figures that disagrees with data already
/// there; conflicts left with fewer than two facts go.
fn record_conflicts(
    next: &mut Snapshot,
    incoming: &Snapshot,
    catalog: &Catalog,
    pack: &OpenedPack,
    owner: &Owner,
) {
    let id = pack.manifest.id.as_str();
    next.data.conflicts.retain(|c| !owner.owns(&c.id));
    let present: HashSet<String> = next.data.facts.iter().map(|f| f.id.clone()).collect();
    for c in &mut next.data.conflicts {
        c.facts.retain(|f| present.contains(f));
    }
    next.data.conflicts.retain(|c| c.facts.len() >= 2);
    next.data.conflicts.extend(
        incoming
            .data
            .conflicts
            .iter()
            .filter(|c| c.facts.iter().all(|f| present.contains(f)))
            .cloned(),
    );
    let existing = Existing::new(catalog, owner, incoming);
    let mut n = 0;
    let kept: Vec<&Fact> = incoming
        .data
        .facts
        .iter()
        .filter(|f| present.contains(&f.id))
        .collect();
    for f in kept {
        let others = existing.disagreeing(f);
        if others.is_empty() {
            continue;
        }
        let conflict_id = loop {
            n += 1;
            let c = format!("{}mau-thuan-nhap-{n}", id_prefix(id));
            if !next.data.conflicts.iter().any(|x| x.id == c) {
                break c;
            }
        };
        next.data.conflicts.push(Conflict {
            id: conflict_id,
            facts: std::iter::once(f.id.clone())
                .chain(others.iter().map(|o| o.id.clone()))
                .collect(),
            description: conflict_description(pack, f, &others),
        });
    }
}

/// A pack checked and its change list, ready for the official's answer.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub pack: OpenedPack,
    pub changes: ChangeList,
}

/// The change list of importing `pack` into the user's data.
pub fn prepare(
    user: &UserData,
    installed: &Installed,
    pack: OpenedPack,
) -> Result<Prepared, PackError> {
    let catalog = user.catalog()?;
    let changes = changes(&user.now, &catalog, installed, &pack)?;
    Ok(Prepared { pack, changes })
}

/// Imports the accepted topics of a prepared pack: the articles, the
/// dataset and the list of imported packs are written as one step, under
/// the data folder's lock (taken here if the caller does not hold it).
pub fn apply(
    user: &mut UserData,
    prepared: &Prepared,
    accept: &Accept,
    today: &str,
) -> Result<(), PackError> {
    let what = format!("việc nhập gói \"{}\"", prepared.pack.manifest.id);
    let took = user.take_lock(&what)?;
    let result = apply_locked(user, prepared, accept, today);
    if took {
        user.release_lock();
    }
    result
}

fn apply_locked(
    user: &mut UserData,
    prepared: &Prepared,
    accept: &Accept,
    today: &str,
) -> Result<(), PackError> {
    let catalog = user.catalog()?;
    let mut installed = Installed::read(&user.path)?;
    let id = prepared.pack.manifest.id.as_str();
    let owner = installed.owner(id);
    let next = imported(&user.now, &catalog, &prepared.pack, &owner, accept);
    installed.record(&prepared.pack, brought(&user.now, &next, &owner), today);
    user.change_with(next, &[(INSTALLED_FILE.to_string(), installed.to_bytes())])?;
    Ok(())
}

/// The ids with the pack's prefix in `next`, but for the official's own
/// (those in `current` the pack did not bring).
fn brought(current: &Snapshot, next: &Snapshot, owner: &Owner) -> Vec<String> {
    let id = owner.pack_id();
    let ids = |s: &Snapshot| -> Vec<String> {
        let d = &s.data;
        d.sources
            .iter()
            .map(|r| &r.id)
            .chain(d.topics.iter().map(|r| &r.id))
            .chain(d.indicators.iter().map(|r| &r.id))
            .chain(d.facts.iter().map(|r| &r.id))
            .chain(d.conflicts.iter().map(|r| &r.id))
            .filter(|r| owned_by(r, id))
            .cloned()
            .collect()
    };
    let mine: HashSet<String> = ids(current)
        .into_iter()
        .filter(|r| !owner.owns(r))
        .collect();
    let mut out: Vec<String> = ids(next)
        .into_iter()
        .filter(|r| !mine.contains(r))
        .collect();
    out.sort();
    out.dedup();
    out
}
