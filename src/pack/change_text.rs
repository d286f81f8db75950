//! The change list in words, one entry per fact with its quotes, as
//! `pack import` prints it (the words are `brief::wording::pack`). Text from the pack is escaped: hidden and
//! control characters show as `\u{…}`.

use super::changes::{ChangeList, TopicChanges};
use crate::brief::wording::{self, pack as words};
use crate::data::plain_text::escaped;
use crate::data::{Fact, FactKind};

/// One change: its line and the quotes under it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeEntry {
    pub line: String,
    pub quotes: Vec<String>,
}

/// The value of a fact as its source writes it, else its summary.
fn value_of(f: &Fact) -> String {
    escaped(match &f.kind {
        FactKind::Measurement { value, .. } => &value.text,
        _ => &f.summary,
    })
}

fn date_of(f: &Fact) -> String {
    wording::fact_date(&f.date)
}

impl TopicChanges {
    /// Added, changed, removed facts and new conflicts, in that order.
    pub fn entries(&self) -> Vec<ChangeEntry> {
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
