//! Targets judged as of the signing date: a target whose deadline has
//! passed is judged on the data at its deadline (met, not met, no data)
//! and then on the newest data; only an open target is "còn cách".

use super::Composer;
use super::figures::Point;
use crate::brief::document::Inline;
use crate::brief::format;
use crate::data::*;

/// Where a target stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Standing {
    /// The deadline has passed and the data at the deadline met it.
    MetAtDeadline,
    /// The deadline has passed and the data at the deadline fell short;
    /// `later` says whether newer data meets it.
    MissedAtDeadline { later: Option<bool> },
    /// The deadline has passed with no data at or before it.
    NoDataAtDeadline,
    /// The deadline is still ahead: met already, or not yet.
    Open { met: bool },
    /// The deadline is still ahead and there is no data.
    OpenNoData,
}

impl Standing {
    /// A target missed, or open and not met: a shortcoming.
    pub fn falls_short(self) -> bool {
        matches!(
            self,
            Standing::MissedAtDeadline { .. } | Standing::Open { met: false }
        )
    }
}

/// A date as the last day it can mean, for "at or before" comparisons:
/// "2022" is all of 2022.
fn end_of(d: &PartialDate) -> (i32, u8, u8) {
    (
        d.year_value(),
        d.month_value().unwrap_or(12),
        d.day_value().unwrap_or(31),
    )
}

/// How far a rank missed its group: "xếp thứ 71, chưa vào nhóm 70, cách
/// 1 bậc"; `None` for other units or a rank that made it.
fn near_miss(ind: &Indicator, goal: &Goal, value: f64) -> Option<String> {
    if !ind.unit.is_rank() || reached(goal, value) {
        return None;
    }
    Some(crate::brief::wording::near_miss(
        &format::number(value, 0),
        &format::number(goal.value.value, 0),
        &format::number(value - goal.value.value, 0),
    ))
}

pub(super) fn reached(goal: &Goal, value: f64) -> bool {
    match goal.comparison {
        Comparison::AtMost => value <= goal.value.value,
        Comparison::AtLeast => value >= goal.value.value,
    }
}

impl<'a> Composer<'a> {
    /// Measurements of an indicator known by the signing date.
    fn known_by_signing(&self, ind: &Indicator) -> Vec<Point<'a>> {
        let signing = end_of(&self.signing);
        self.measurements(&ind.id, |_| true)
            .into_iter()
            .filter(|p| end_of(&p.when) <= signing)
            .collect()
    }

    /// Whether `deadline` is before the signing date.
    pub(super) fn deadline_passed(&self, deadline: &PartialDate) -> bool {
        end_of(deadline) < end_of(&self.signing)
    }

    /// The target's standing and the words that say it, cited: "không đạt
    /// đúng hạn (86/193, năm 2022 [4]); số liệu mới nhất (năm 2024):
    /// 71/193 [5], đã đạt".
    pub(super) fn judge(
        &mut self,
        ind: &Indicator,
        goal: &Goal,
        deadline: &PartialDate,
    ) -> (Standing, Vec<Inline>) {
        let points = self.known_by_signing(ind);
        let exact = |p: &&Point<'a>| format::is_exact(p.value);
        let newest = points.iter().rev().find(exact);
        let mut out = Vec::new();
        if !self.deadline_passed(deadline) {
            let Some(p) = newest else {
                out.push(Inline::plain("chưa có số liệu"));
                return (Standing::OpenNoData, out);
            };
            let met = reached(goal, p.value.value);
            out.push(Inline::plain(format!(
                "theo số liệu gần nhất ({}) là ",
                p.when_phrase()
            )));
            out.extend(self.value_cited(ind, p));
            out.push(Inline::plain(format!(
                ", {}",
                super::gap_text(ind, goal, p.value.value)
            )));
            return (Standing::Open { met }, out);
        }
        let end = end_of(deadline);
        let at_deadline = points
            .iter()
            .rev()
            .filter(exact)
            .find(|p| end_of(&p.when) <= end);
        let Some(d) = at_deadline else {
            out.push(Inline::plain("chưa có số liệu đến thời hạn"));
            return (Standing::NoDataAtDeadline, out);
        };
        let met = reached(goal, d.value.value);
        out.push(Inline::plain(if met {
            "đã đạt đúng hạn ("
        } else {
            "không đạt đúng hạn ("
        }));
        out.extend(self.value_cited(ind, d));
        out.push(Inline::plain(format!(", {}", d.when_phrase())));
        if !met && let Some(miss) = near_miss(ind, goal, d.value.value) {
            out.push(Inline::plain(format!("; {miss}")));
        }
        out.push(Inline::plain(")"));
        if met {
            return (Standing::MetAtDeadline, out);
        }
        let later = newest.filter(|p| end_of(&p.when) > end);
        if let Some(p) = later {
            let now = reached(goal, p.value.value);
            out.push(Inline::plain(format!(
                "; số liệu mới nhất ({}): ",
                p.when_phrase()
            )));
            out.extend(self.value_cited(ind, p));
            out.push(Inline::plain(if now {
                ", đã đạt mức mục tiêu"
            } else {
                ", vẫn chưa đạt"
            }));
            return (Standing::MissedAtDeadline { later: Some(now) }, out);
        }
        (Standing::MissedAtDeadline { later: None }, out)
    }

    /// Where a target stands as of the signing date (nothing is cited).
    pub(super) fn standing(
        &self,
        ind: &Indicator,
        goal: &Goal,
        deadline: &PartialDate,
    ) -> Standing {
        let points = self.known_by_signing(ind);
        let exact: Vec<&Point<'a>> = points
            .iter()
            .filter(|p| format::is_exact(p.value))
            .collect();
        let newest = exact.last();
        if !self.deadline_passed(deadline) {
            return match newest {
                None => Standing::OpenNoData,
                Some(p) => Standing::Open {
                    met: reached(goal, p.value.value),
                },
            };
        }
        let end = end_of(deadline);
        match exact.iter().rev().find(|p| end_of(&p.when) <= end) {
            None => Standing::NoDataAtDeadline,
            Some(d) if reached(goal, d.value.value) => Standing::MetAtDeadline,
            Some(_) => Standing::MissedAtDeadline {
                later: newest
                    .filter(|p| end_of(&p.when) > end)
                    .map(|p| reached(goal, p.value.value)),
            },
        }
    }

    /// The standing in a few words, without values but with the dates
    /// and citations of the data used: what a key point says
    /// ("không đạt đúng hạn (số liệu năm 2022 [4]), đã đạt theo số
    /// liệu năm 2024 [5]").
    pub(super) fn standing_words(
        &mut self,
        ind: &Indicator,
        goal: &Goal,
        deadline: &PartialDate,
    ) -> Vec<Inline> {
        let points = self.known_by_signing(ind);
        let exact: Vec<&Point<'a>> = points
            .iter()
            .filter(|p| format::is_exact(p.value))
            .collect();
        let newest = exact.last().copied();
        let mut out = Vec::new();
        let data = |c: &mut Self, out: &mut Vec<Inline>, lead: String, p: &Point<'a>| {
            out.push(Inline::plain(format!(
                "{lead} số liệu {} ",
                p.when_phrase()
            )));
            out.push(c.cite(p.index));
        };
        if !self.deadline_passed(deadline) {
            match newest {
                None => out.push(Inline::plain("chưa có số liệu")),
                Some(p) => {
                    let gap = super::gap_text(ind, goal, p.value.value);
                    data(self, &mut out, format!("{gap} theo"), p);
                }
            }
            return out;
        }
        let end = end_of(deadline);
        let Some(d) = exact.iter().rev().find(|p| end_of(&p.when) <= end).copied() else {
            out.push(Inline::plain("chưa có số liệu đến thời hạn"));
            return out;
        };
        let met = reached(goal, d.value.value);
        let lead = if met { "đã đạt" } else { "không đạt" };
        data(self, &mut out, format!("{lead} đúng hạn (theo"), d);
        if !met && let Some(miss) = near_miss(ind, goal, d.value.value) {
            out.push(Inline::plain(format!(", {miss}")));
        }
        out.push(Inline::plain(")"));
        if let Some(p) = newest.filter(|p| !met && end_of(&p.when) > end) {
            let now = if reached(goal, p.value.value) {
                ", đã đạt theo"
            } else {
                ", vẫn chưa đạt theo"
            };
            data(self, &mut out, now.to_string(), p);
        }
        out
    }

    /// "86/193 [4]": a value in bold and its citation.
    pub(super) fn value_cited(&mut self, ind: &Indicator, p: &Point<'a>) -> Vec<Inline> {
        vec![
            Inline::styled(
                Self::value_text(ind, p.value),
                crate::brief::document::Emphasis::Bold,
            ),
            Inline::plain(" "),
            self.cite(p.index),
        ]
    }
}
