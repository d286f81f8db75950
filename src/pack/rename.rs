//! A pack's records under its own names: every id the pack defines gets
//! the prefix `ID:` and every article it brings is stored in the pack's
//! own folder `goi/ID/`, so nothing of a pack can take the name of the
//! official's own files, and a newer version of the pack finds exactly
//! what the older one brought (the list of imported packs names it; an
//! own record with the prefix is refused as a collision, never replaced). Ids the pack only refers to (the
//! bundled topics and indicators) are left as they are.

use std::collections::{BTreeMap, HashSet};

use crate::curate::user_data::Snapshot;
use crate::data::FactKind;
use crate::data::seeds::BUNDLED_SEEDS;

/// The prefix of every record id a pack brings.
pub fn id_prefix(pack_id: &str) -> String {
    format!("{pack_id}:")
}

/// Whether a record id belongs to the pack `pack_id`.
pub fn owned_by(id: &str, pack_id: &str) -> bool {
    id.strip_prefix(pack_id)
        .is_some_and(|rest| rest.starts_with(':'))
}

/// Which records of the user's data a pack brought: those with its
/// prefix that the list of imported packs names (an older list without
/// names: every record with the prefix). A record of the official's own
/// that happens to carry the prefix is not the pack's.
#[derive(Debug, Clone)]
pub struct Owner {
    pack_id: String,
    records: Option<HashSet<String>>,
}

impl Owner {
    pub fn new(pack_id: &str, records: Option<&[String]>) -> Self {
        Self {
            pack_id: pack_id.to_string(),
            records: records.map(|r| r.iter().cloned().collect()),
        }
    }

    /// Whether the record `id` came with the pack.
    pub fn owns(&self, id: &str) -> bool {
        owned_by(id, &self.pack_id) && self.records.as_ref().is_none_or(|r| r.contains(id))
    }

    pub fn pack_id(&self) -> &str {
        &self.pack_id
    }
}

/// The folder of a pack's articles in the data folder: its own, never
/// beside the official's articles.
pub fn stored_folder(pack_id: &str) -> String {
    format!("goi/{pack_id}")
}

/// The file name a pack's article is stored under in the data folder.
pub fn stored_file_name(pack_id: &str, seed_file: &str) -> String {
    format!("{}/{seed_file}", stored_folder(pack_id))
}

struct Renamer {
    prefix: String,
    defined: HashSet<String>,
}

impl Renamer {
    fn id(&self, id: &str) -> String {
        if self.defined.contains(id) {
            format!("{}{id}", self.prefix)
        } else {
            id.to_string()
        }
    }

    fn rename(&self, id: &mut String) {
        *id = self.id(id);
    }
}

/// `pack`'s dataset and texts under the pack's own names.
pub fn namespaced(pack_id: &str, pack: &Snapshot) -> Snapshot {
    let data = &pack.data;
    // Ids of different kinds live in different tables, but one set is
    // enough: a pack defining a topic and a fact of the same id renames
    // both, which keeps them apart all the same.
    let defined: HashSet<String> = data
        .sources
        .iter()
        .map(|s| &s.id)
        .chain(data.topics.iter().map(|t| &t.id))
        .chain(data.indicators.iter().map(|i| &i.id))
        .chain(data.facts.iter().map(|f| &f.id))
        .chain(data.conflicts.iter().map(|c| &c.id))
        .cloned()
        .collect();
    let r = Renamer {
        prefix: id_prefix(pack_id),
        defined,
    };
    let mut out = pack.data.clone();
    let mut texts = BTreeMap::new();
    for s in &mut out.sources {
        r.rename(&mut s.id);
        // A bundled article is the bundled one, whatever the pack holds.
        let bundled = BUNDLED_SEEDS.iter().any(|(n, _)| *n == s.seed_file);
        if !bundled && let Some(text) = pack.texts.get(&s.seed_file) {
            let stored = stored_file_name(pack_id, &s.seed_file);
            texts.insert(stored.clone(), text.clone());
            s.seed_file = stored;
        }
    }
    for t in &mut out.topics {
        r.rename(&mut t.id);
        if let Some(h) = &mut t.headline {
            r.rename(h);
        }
    }
    for i in &mut out.indicators {
        r.rename(&mut i.id);
        r.rename(&mut i.topic);
    }
    for f in &mut out.facts {
        r.rename(&mut f.id);
        r.rename(&mut f.topic);
        r.rename(&mut f.source);
        match &mut f.kind {
            FactKind::Measurement {
                indicator, derived, ..
            } => {
                r.rename(indicator);
                if let Some(d) = derived {
                    r.rename(&mut d.from);
                }
            }
            FactKind::Target {
                indicator: Some(i), ..
            } => r.rename(i),
            _ => {}
        }
    }
    for c in &mut out.conflicts {
        r.rename(&mut c.id);
        c.facts.iter_mut().for_each(|f| r.rename(f));
    }
    Snapshot { data: out, texts }
}
