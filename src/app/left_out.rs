//! What leaving things out tells the official: one step back for the two
//! actions that drop much at once ("Bỏ chọn", every topic; "Bỏ khỏi báo
//! cáo", a fact), offered in the status line with Ctrl+Z while the
//! selection is as the action left it; and a hint when leaving a fact
//! out makes an older figure of its indicator show in its place.

use crate::brief::Selection;
use crate::brief::wording::window as words;
use crate::data::{Catalog, FactKind, PartialDate};

/// Undo shortcut: Ctrl+Z (Cmd+Z on a Mac), when no text field has the
/// keyboard (a field keeps its own undo).
pub const UNDO_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);

/// The selection before the last "Bỏ chọn" or "Bỏ khỏi báo cáo".
#[derive(Debug, Clone)]
pub struct Undo {
    before: Selection,
    after: Selection,
    /// What undoing brings back, for the button ("bỏ chọn mọi chủ đề").
    pub what: String,
}

impl Undo {
    pub fn new(before: Selection, after: Selection, what: String) -> Self {
        Self {
            before,
            after,
            what,
        }
    }

    /// Whether the selection is still as the action left it (any other
    /// change since makes the step back stale).
    pub fn applies(&self, now: &Selection) -> bool {
        *now == self.after
    }

    /// The selection before the action.
    pub fn into_before(self) -> Selection {
        self.before
    }
}

/// "Bỏ chọn" emptied the topics: the step back, else `None`.
pub fn topics_cleared(before: &Selection, after: &Selection) -> Option<Undo> {
    (!before.topics.is_empty() && after.topics.is_empty()).then(|| {
        Undo::new(
            before.clone(),
            after.clone(),
            words::UNDO_TOPICS.to_string(),
        )
    })
}

/// After leaving `fact` out of `after`: the hint when its indicator now
/// shows an older figure ("… giờ hiện số liệu năm 2020 thay cho năm
/// 2024"), `None` when a figure as new remains or none at all.
pub fn older_figure(catalog: &Catalog, after: &Selection, fact: &str) -> Option<String> {
    let f = catalog.fact(fact)?;
    let FactKind::Measurement { indicator, .. } = &f.kind else {
        return None;
    };
    let gone = f.date.when?;
    let newest_left: PartialDate = catalog
        .facts()
        .iter()
        .filter(|g| !after.excluded.contains(&g.id))
        .filter(|g| matches!(&g.kind, FactKind::Measurement { indicator: i, .. } if i == indicator))
        .filter_map(|g| g.date.when)
        .max_by_key(|d| d.sort_key())?;
    if newest_left.sort_key() >= gone.sort_key() {
        return None;
    }
    let name = catalog
        .indicator(indicator)
        .map_or(indicator.as_str(), |i| i.name.as_str());
    Some(words::older_figure_hint(
        name,
        &newest_left.to_vietnamese(),
        &gone.to_vietnamese(),
    ))
}
