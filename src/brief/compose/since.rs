//! Since then: every older statement read as of the signing day through
//! the register of official changes (`seeds/register/`). Only changes in
//! force by the signing day count, and each is cited to its row:
//! - a body since renamed gets "(nay là …)" at its first mention, one
//!   merged into another "(nay đã hợp nhất vào …)";
//! - an expected event gets its outcome, or "đã quá thời điểm dự kiến";
//! - counts tied to a replaced structure or classification say so once;
//! - an undated article fact the register dates takes the instrument's day.
//!
//! A row no article tells, dated after the newest of its topic's article
//! facts, is also a development of its topic: what changed since.

use std::sync::OnceLock;

use super::Composer;
use crate::brief::document::Inline;
use crate::brief::wording::{
    EXPECTED_WORD, NOW_CALLED, NOW_MERGED_INTO, applies_note, applies_phrase, expected_passed_note,
    outcome_short, outcome_words,
};
use crate::data::PartialDate;
use crate::data::register::{ChangeKind, REGISTER_FILE, RegisterRow, parse};
use crate::data::seeds::bundled_text;

/// The bundled register's rows, parsed once per process.
fn rows() -> &'static [RegisterRow] {
    static ROWS: OnceLock<Vec<RegisterRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        parse(bundled_text(REGISTER_FILE))
            .map(|rows| rows.into_iter().map(|(r, _)| r).collect())
            .unwrap_or_default()
    })
}

impl<'a> Composer<'a> {
    /// Register rows whose event this brief may use, with its fact index.
    pub(super) fn in_force(&self) -> impl Iterator<Item = (&'static RegisterRow, usize)> + '_ {
        let signing = self.signing.last_day();
        let rows = self.in_force.get_or_init(|| {
            rows()
                .iter()
                .filter_map(|r| {
                    let id = r.fact_id();
                    let i = self.catalog.fact_index(&id)?;
                    let known = !self.is_excluded(&id);
                    let effective = r.effective()?.last_day() <= signing;
                    (known && effective).then_some((r, i))
                })
                .collect()
        });
        rows.iter().copied()
    }

    /// The day and row of the register's instrument an undated article
    /// fact reports ("… đổi tên thành Ủy ban Quốc gia về Chuyển đổi số",
    /// with no day in the article: Quyết định 1619/QĐ-TTg of 24/9/2021).
    pub(super) fn register_date(&self, fact_id: &str) -> Option<(PartialDate, usize)> {
        self.in_force()
            .filter(|(r, _)| r.same_as.iter().any(|f| f == fact_id))
            .find_map(|(r, i)| Some((r.issued?, i)))
    }

    /// " (Quyết định số 1619/QĐ-TTg [n])": the instrument that dates an
    /// undated fact, cited.
    pub(super) fn dated_by(&mut self, row_fact: usize) -> Vec<Inline> {
        let id = &self.catalog.facts()[row_fact].id;
        let name = rows()
            .iter()
            .find(|r| &r.fact_id() == id)
            .and_then(RegisterRow::instrument_name)
            .unwrap_or_default();
        vec![
            Inline::plain(format!(" ({name} ")),
            self.cite(row_fact),
            Inline::plain(")"),
        ]
    }

    /// "; đã được Quốc hội thông qua ngày 22/6/2023 (Luật số
    /// 20/2023/QH15), có hiệu lực từ 1/7/2024 [n]" for an expected event
    /// the register answers; else, once its expected time has passed,
    /// "; đã quá thời điểm dự kiến, …". Empty when neither applies.
    pub(super) fn outcome(&mut self, fact_id: &str, expected_passed: bool) -> Vec<Inline> {
        let answer = self
            .in_force()
            .find(|(r, _)| r.outcome_of.iter().any(|f| f == fact_id));
        match answer {
            // Said in full once; after that, the instrument's name.
            Some((r, i)) if self.outcomes_said.contains(&r.id) => vec![
                Inline::plain(format!("; {} ", outcome_short(r))),
                self.cite(i),
            ],
            Some((r, i)) => {
                self.outcomes_said.push(r.id.clone());
                vec![
                    Inline::plain(format!("; {} ", outcome_words(r))),
                    self.cite(i),
                ]
            }
            None if expected_passed => {
                let text = &self
                    .catalog
                    .fact(fact_id)
                    .map(|f| f.summary.as_str())
                    .unwrap_or("");
                vec![Inline::plain(expected_passed_note(
                    text.contains(EXPECTED_WORD),
                ))]
            }
            None => Vec::new(),
        }
    }

    /// The instruments known on the signing day that set this target (the
    /// same indicator, level and deadline year), by their facts' indices:
    /// a target is cited to the decision that set it before the article
    /// that reported it.
    pub(super) fn target_instruments(&self, f: &crate::data::Fact) -> Vec<usize> {
        let crate::data::FactKind::Target {
            indicator: Some(ind),
            goal: Some(goal),
        } = &f.kind
        else {
            return Vec::new();
        };
        let Some(year) = f.date.when.map(|d| d.year_value()) else {
            return Vec::new();
        };
        self.in_force()
            .filter(|(r, _)| {
                r.targets.iter().flatten().any(|t| {
                    &t.indicator == ind && t.at_most == goal.value.value && t.deadline == year
                })
            })
            .map(|(_, i)| i)
            .collect()
    }

    /// The citations of targets: their instruments first, then the
    /// articles.
    pub(super) fn cite_targets(&mut self, idx: &[usize]) -> Vec<Inline> {
        let mut all: Vec<usize> = Vec::new();
        for &i in idx {
            for row in self.target_instruments(&self.catalog.facts()[i]) {
                if !all.contains(&row) {
                    all.push(row);
                }
            }
        }
        all.extend(idx);
        self.cite_all(&all)
    }

    /// " (theo cách phân loại trước …[n])" after figures that rest on a
    /// structure or classification replaced since: said here, the note
    /// under the topic is not said again.
    pub(super) fn applies_inline(&mut self, facts: &[usize]) -> Vec<Inline> {
        let mut out = Vec::new();
        for (r, i) in self.applies_due(facts) {
            self.applies_said.push(r.id.clone());
            out.push(Inline::plain(format!(" ({} ", applies_phrase(r))));
            out.push(self.cite(i));
            out.push(Inline::plain(")"));
        }
        out
    }

    /// The changes in force, not yet said, that replaced a structure or a
    /// classification some of `facts` rest on.
    fn applies_due(&self, facts: &[usize]) -> Vec<(&'static RegisterRow, usize)> {
        let ids: Vec<&str> = facts
            .iter()
            .map(|&i| self.catalog.facts()[i].id.as_str())
            .collect();
        self.in_force()
            .filter(|(r, _)| !self.applies_said.contains(&r.id))
            .filter(|(r, _)| r.applies_to.iter().any(|f| ids.contains(&f.as_str())))
            .collect()
    }

    /// Whether a register row's event is news since the topic's articles:
    /// no article tells it (neither `same_as` nor `outcome_of`) and it came
    /// after `newest`, the last day of the topic's newest dated article
    /// fact. So a 2026 brief tells the law passed in 2024, and a brief
    /// signed before it is as it was.
    pub(super) fn news_since(
        &self,
        fact: &crate::data::Fact,
        newest: Option<(i32, u8, u8)>,
    ) -> bool {
        rows()
            .iter()
            .find(|r| r.fact_id() == fact.id)
            .is_some_and(|r| {
                r.same_as.is_empty()
                    && r.outcome_of.is_empty()
                    && !self.superseded(r)
                    && r.issued
                        .is_some_and(|d| newest.is_none_or(|n| d.first_day() > n))
            })
    }

    /// Whether a later row in force replaces this row's instrument (Luật
    /// 65/2025/QH15, replaced within months by Luật 72/2025/QH15): the
    /// replaced one is not told as news.
    fn superseded(&self, row: &RegisterRow) -> bool {
        row.instrument_name().is_some_and(|name| {
            self.in_force()
                .any(|(later, _)| later.replaces.iter().any(|r| r == &name))
        })
    }

    /// Whether a fact was stated more than a year before the signing day.
    pub(super) fn a_year_before_signing(&self, f: &crate::data::Fact) -> bool {
        let (y, m, d) = self.signing.last_day();
        f.date.when.is_some_and(|w| w.last_day() < (y - 1, m, d))
    }

    /// An expected event ("phiên toàn thể … dự kiến tổ chức ngày 6/12")
    /// announced more than two years before the signing day that nothing
    /// in the data answers: it tells a reader of that day nothing, and is
    /// left out of the developments. (Between one and two years it is told
    /// with "đã quá thời điểm dự kiến".)
    pub(super) fn stale_expectation(&self, f: &crate::data::Fact) -> bool {
        let (y, m, d) = self.signing.last_day();
        matches!(f.kind, crate::data::FactKind::Statement)
            && f.summary.contains(EXPECTED_WORD)
            && f.date.when.is_some_and(|w| w.last_day() < (y - 2, m, d))
            && !self.has_outcome(&f.id)
    }

    /// Whether a register row answers this expected fact.
    pub(super) fn has_outcome(&self, fact_id: &str) -> bool {
        self.in_force()
            .any(|(r, _)| r.outcome_of.iter().any(|f| f == fact_id))
    }

    /// Our words with "(nay là …)" after the first mention in the brief
    /// of a body renamed or merged since, cited to the change.
    pub(super) fn read_now(&mut self, text: &str) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut rest = text.to_string();
        while let Some(OldName {
            at,
            len,
            now,
            cite,
            merged,
        }) = self.first_old_name(&rest)
        {
            let (before, after) = rest.split_at(at + len);
            // A body merged into another is not that body under a new
            // name: "(nay đã hợp nhất vào …)" keeps what follows about the
            // old body true of it.
            let lead = if merged { NOW_MERGED_INTO } else { NOW_CALLED };
            out.push(Inline::plain(format!("{before} ({lead} {now} ")));
            out.push(self.cite(cite));
            out.push(Inline::plain(")"));
            rest = after.to_string();
        }
        out.push(Inline::plain(rest));
        out
    }

    /// The last mention in `text` of a not yet annotated old name, with
    /// the body's name today and the change that gave it.
    fn first_old_name(&mut self, text: &str) -> Option<OldName> {
        let changes: Vec<(&'static RegisterRow, usize)> = self
            .in_force()
            .filter(|(r, _)| matches!(r.kind, ChangeKind::BodyMerged | ChangeKind::BodyRenamed))
            .collect();
        let lower = text.to_lowercase();
        let mut best: Option<(usize, usize, String, usize, String)> = None;
        for (r, i) in &changes {
            for rename in r
                .renames
                .iter()
                .filter(|n| !self.renamed_said.contains(&n.old))
            {
                let names = std::iter::once(&rename.old).chain(rename.old_short.iter());
                for name in names {
                    let Some(at) = lower.rfind(&name.to_lowercase()) else {
                        continue;
                    };
                    if best.as_ref().is_some_and(|b| b.0 >= at) {
                        continue;
                    }
                    // A name renamed again later is told by its last change.
                    let (cite, now) =
                        final_name(&changes, &rename.new).unwrap_or((*i, rename.new.clone()));
                    best = Some((at, name.len(), now, cite, rename.old.clone()));
                }
            }
        }
        let (at, len, now, cite, old) = best?;
        // Every name of the chain is said with it.
        for (r, _) in &changes {
            for n in &r.renames {
                if final_name(&changes, &n.new).map(|f| f.1) == Some(now.clone()) || n.new == now {
                    self.renamed_said.insert(n.old.clone());
                }
            }
        }
        self.renamed_said.insert(old);
        let merged = changes
            .iter()
            .any(|(r, i)| *i == cite && r.kind == ChangeKind::BodyMerged);
        Some(OldName {
            at,
            len,
            now,
            cite,
            merged,
        })
    }

    /// "Số liệu … theo đơn vị hành chính trước ngày 1/7/2025 [n]": once per
    /// change in each topic whose facts rest on what it replaced.
    pub(super) fn applies_notes(&mut self, facts: &[usize]) -> Vec<Vec<Inline>> {
        self.applies_due(facts)
            .into_iter()
            .map(|(r, i)| {
                self.applies_said.push(r.id.clone());
                vec![
                    Inline::plain(format!("{} ", applies_note(r))),
                    self.cite(i),
                    Inline::plain("."),
                ]
            })
            .collect()
    }
}

/// An old name found in a text: where, its name today, the change that
/// gave that name (a fact index) and whether it was a merger.
struct OldName {
    at: usize,
    len: usize,
    now: String,
    cite: usize,
    merged: bool,
}

/// The name a body has after every change in force: follows a rename
/// chain ("Ủy ban Quốc gia về Chính phủ điện tử" → "… chuyển đổi số" →
/// the 2025 steering committee).
fn final_name(changes: &[(&RegisterRow, usize)], name: &str) -> Option<(usize, String)> {
    let mut current: Option<(usize, String)> = None;
    let mut seek = name.to_lowercase();
    for _ in 0..changes.len() {
        let next = changes.iter().find_map(|(r, i)| {
            r.renames
                .iter()
                .find(|n| n.old.to_lowercase() == seek)
                .map(|n| (*i, n.new.clone()))
        });
        match next {
            Some((i, new)) => {
                seek = new.to_lowercase();
                current = Some((i, new));
            }
            None => break,
        }
    }
    current
}
