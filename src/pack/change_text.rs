//! The change list in words, one entry per fact with its quotes: what
//! `pack import` prints and the window's pack dialog shows (the words are
//! `brief::wording::pack`). Text from the pack is escaped: hidden and
//! control characters show as `\u{…}`.

use std::collections::HashMap;

use super::changes::{ChangeList, TopicChanges};
use super::open::OpenedPack;
use super::rename::namespaced;
use crate::brief::wording::{self, pack as words};
use crate::data::plain_text::escaped;
use crate::data::{Catalog, Fact, FactKind};

/// Indicator names by id: the user's data's and the pack's own (under the
/// pack's ids), so an entry names what a figure measures.
pub fn indicator_names(catalog: &Catalog, pack: &OpenedPack) -> HashMap<String, String> {
    let mut names: HashMap<String, String> = catalog
        .indicators()
        .iter()
        .map(|i| (i.id.clone(), i.name.clone()))
        .collect();
    let own = namespaced(&pack.manifest.id, &pack.snapshot);
    names.extend(own.data.indicators.into_iter().map(|i| (i.id, i.name)));
    names
}

/// One change: its line and the quotes under it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeEntry {
    pub line: String,
    pub quotes: Vec<String>,
}

/// A measurement as "Tỉ lệ hồ sơ giải quyết trực tuyến 52,7%" (its
/// indicator's name when known, then the value as the source writes it),
/// anything else by its summary.
fn value_of(f: &Fact, names: &HashMap<String, String>) -> String {
    escaped(&match &f.kind {
        FactKind::Measurement {
            indicator, value, ..
        } => match names.get(indicator) {
            Some(name) => format!("{name} {}", value.text),
            None => value.text.clone(),
        },
        _ => f.summary.clone(),
    })
}

fn date_of(f: &Fact) -> String {
    wording::fact_date(&f.date)
}

impl TopicChanges {
    /// Added, changed, removed facts and new conflicts, in that order.
    pub fn entries(&self, names: &HashMap<String, String>) -> Vec<ChangeEntry> {
        let value_of = |f: &Fact| value_of(f, names);
        let quote = |which: &str, f: &Fact| words::quote(which, &escaped(&f.quote.text));
        let mut out = Vec::new();
        for f in &self.added {
            out.push(ChangeEntry {
                line: words::added(&f.id, &date_of(f), &value_of(f)),
                quotes: vec![quote("", f)],
            });
        }
        for (old, new) in &self.changed {
            out.push(ChangeEntry {
                line: words::changed(&new.id, &value_of(old), &value_of(new)),
                quotes: vec![quote("cũ: ", old), quote("mới: ", new)],
            });
        }
        for f in &self.removed {
            out.push(ChangeEntry {
                line: words::removed(&f.id, &date_of(f), &value_of(f)),
                quotes: Vec::new(),
            });
        }
        for c in &self.conflicts {
            let existing: Vec<String> = c
                .existing
                .iter()
                .map(|o| format!("{} ({})", value_of(o), o.id))
                .collect();
            out.push(ChangeEntry {
                line: words::conflict(&c.fact.id, &value_of(&c.fact), &existing),
                quotes: Vec::new(),
            });
        }
        out
    }
}

impl ChangeList {
    /// Said first when a version of this pack was imported before.
    pub fn installed_note(&self) -> Option<String> {
        self.installed
            .map(|v| words::installed_before(v, self.version))
    }

    /// "2 thông tin mới, 0 thay đổi, 0 bỏ đi, 1 mâu thuẫn mới".
    pub fn counted(&self) -> String {
        words::change_counts(self.counts())
    }
}
