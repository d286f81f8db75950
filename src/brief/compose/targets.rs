//! Targets judged as of the signing date: a target whose deadline has
//! passed is judged on the data at its deadline (met, not met, no data)
//! and then on the newest data; only an open target is "còn cách".

use super::Composer;
use super::figures::Point;
use crate::brief::document::Inline;
use crate::brief::notation;
use crate::brief::wording::past_deadline_lead;
use crate::data::*;

/// Where a target stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Standing {
    /// The deadline has passed and the data of the deadline's period met it.
    MetAtDeadline,
    /// The deadline has passed and the data of the deadline's period fell
    /// short; `later` says whether newer data meets it.
    MissedAtDeadline { later: Option<bool> },
    /// The deadline has passed, but the data stops before it (a survey
    /// with no edition in the deadline's year): judged on the newest data
    /// before the deadline, never called "đúng hạn".
    BeforeDeadline { met: bool, later: Option<bool> },
    /// The deadline has passed with no data at or before it.
    NoDataAtDeadline,
    /// The deadline is still ahead: met already, or not yet.
    Open { met: bool },
    /// The deadline is still ahead and there is no data.
    OpenNoData,
}

impl Standing {
    /// A target missed, or not met on the data there is: a shortcoming.
    pub fn falls_short(self) -> bool {
        matches!(
            self,
            Standing::MissedAtDeadline { .. }
                | Standing::BeforeDeadline { met: false, .. }
                | Standing::Open { met: false }
        )
    }
}

/// One target stated by several sources: the same fact id but for its
/// source suffix ("party-state-dx-2025-s003", "…-s004") and the same
/// deadline. Told once, every source cited.
pub(super) fn same_target(a: &Fact, b: &Fact) -> bool {
    let stem = |id: &str| -> String {
        match id.rsplit_once("-s") {
            Some((stem, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => {
                stem.to_string()
            }
            _ => id.to_string(),
        }
    };
    a.date.when == b.date.when && stem(&a.id) == stem(&b.id)
}

/// How far a rank missed its group: "xếp thứ 71, chưa vào nhóm 70, cách
/// 1 bậc", or for goals told together "xếp thứ 71, chưa vào nhóm 50 (cách
/// 21 bậc) và nhóm 70 (cách 1 bậc)"; `None` for other units or a rank that
/// made every group.
fn near_miss_of(ind: &Indicator, goals: &[&Goal], value: f64) -> Option<String> {
    let missed: Vec<(String, String)> = goals
        .iter()
        .filter(|g| ind.unit.is_rank() && !reached(g, value))
        .map(|g| {
            (
                notation::number(g.value.value, 0),
                notation::number(value - g.value.value, 0),
            )
        })
        .collect();
    (!missed.is_empty())
        .then(|| crate::brief::wording::near_miss(&notation::number(value, 0), &missed))
}

fn near_miss(ind: &Indicator, goal: &Goal, value: f64) -> Option<String> {
    near_miss_of(ind, &[goal], value)
}

pub(super) fn reached(goal: &Goal, value: f64) -> bool {
    match goal.comparison {
        Comparison::AtMost => value <= goal.value.value,
        Comparison::AtLeast => value >= goal.value.value,
    }
}

/// A target's standing with the data it rests on.
pub(super) struct Assessment<'a> {
    pub standing: Standing,
    /// The point the standing is judged on.
    pub judged: Option<Point<'a>>,
    /// Newer data after the deadline, when the judged point is older.
    pub later: Option<Point<'a>>,
}

impl<'a> Composer<'a> {
    /// Measurements of an indicator known by the signing date, exact ones
    /// only (a "hơn 90" cannot meet or miss a level), oldest first.
    fn exact_known(&self, ind: &Indicator) -> Vec<Point<'a>> {
        let signing = self.signing.last_day();
        self.measurements(&ind.id, |_| true)
            .into_iter()
            .filter(|p| p.when.last_day() <= signing && notation::is_exact(p.value))
            .collect()
    }

    /// Whether `deadline` is before the signing date.
    pub(super) fn deadline_passed(&self, deadline: &PartialDate) -> bool {
        deadline.last_day() < self.signing.last_day()
    }

    /// Where a target stands as of the signing date, and on which data:
    /// an open target on the newest data; a passed one on the data of its
    /// deadline's period, else on the newest data before it (said so),
    /// then on newer data.
    pub(super) fn assess(
        &self,
        ind: &Indicator,
        goal: &Goal,
        deadline: &PartialDate,
    ) -> Assessment<'a> {
        let points = self.exact_known(ind);
        let newest = points.last().copied();
        if !self.deadline_passed(deadline) {
            let standing = match newest {
                None => Standing::OpenNoData,
                Some(p) => Standing::Open {
                    met: reached(goal, p.value.value),
                },
            };
            return Assessment {
                standing,
                judged: newest,
                later: None,
            };
        }
        let end = deadline.last_day();
        let Some(judged) = points
            .iter()
            .rev()
            .find(|p| p.when.last_day() <= end)
            .copied()
        else {
            return Assessment {
                standing: Standing::NoDataAtDeadline,
                judged: None,
                later: None,
            };
        };
        let met = reached(goal, judged.value.value);
        let later = newest.filter(|p| p.when.last_day() > end && !met);
        let later_met = later.map(|p| reached(goal, p.value.value));
        let standing = if judged.when.last_day() >= deadline.first_day() {
            match met {
                true => Standing::MetAtDeadline,
                false => Standing::MissedAtDeadline { later: later_met },
            }
        } else {
            Standing::BeforeDeadline {
                met,
                later: later_met,
            }
        };
        Assessment {
            standing,
            judged: Some(judged),
            later,
        }
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
        let a = self.assess(ind, goal, deadline);
        let mut out = Vec::new();
        let Some(p) = a.judged else {
            out.push(Inline::plain(match a.standing {
                Standing::OpenNoData => "chưa có số liệu",
                _ => "chưa có số liệu đến thời hạn",
            }));
            return (a.standing, out);
        };
        match a.standing {
            Standing::Open { .. } => {
                out.push(Inline::plain(format!(
                    "theo số liệu gần nhất ({}) là ",
                    p.when_phrase()
                )));
                out.extend(self.value_cited(ind, &p));
                out.push(Inline::plain(format!(
                    ", {}",
                    super::gap_text(ind, goal, p.value.value)
                )));
                return (a.standing, out);
            }
            Standing::BeforeDeadline { met, .. } => {
                out.push(Inline::plain(format!(
                    "{} ({}: ",
                    past_deadline_lead(deadline, met),
                    p.when_phrase()
                )));
            }
            _ => out.push(Inline::plain(if a.standing == Standing::MetAtDeadline {
                "đã đạt đúng hạn ("
            } else {
                "không đạt đúng hạn ("
            })),
        }
        out.extend(self.value_cited(ind, &p));
        if !matches!(a.standing, Standing::BeforeDeadline { .. }) {
            out.push(Inline::plain(format!(", {}", p.when_phrase())));
        }
        let met_since = a
            .later
            .as_ref()
            .is_some_and(|l| reached(goal, l.value.value));
        if let Some(miss) = near_miss(ind, goal, p.value.value).filter(|_| !met_since) {
            out.push(Inline::plain(format!("; {miss}")));
        }
        out.push(Inline::plain(")"));
        if let Some(l) = a.later {
            out.push(Inline::plain(format!(
                "; số liệu mới nhất ({}): ",
                l.when_phrase()
            )));
            out.extend(self.value_cited(ind, &l));
            out.push(Inline::plain(if reached(goal, l.value.value) {
                ", đã đạt mức mục tiêu"
            } else {
                ", vẫn chưa đạt"
            }));
        }
        (a.standing, out)
    }

    /// Where a target stands as of the signing date (nothing is cited).
    pub(super) fn standing(
        &self,
        ind: &Indicator,
        goal: &Goal,
        deadline: &PartialDate,
    ) -> Standing {
        self.assess(ind, goal, deadline).standing
    }

    /// The standing in a few words, without values but with the dates
    /// and citations of the data used: what a key point says
    /// ("không đạt đúng hạn (theo số liệu năm 2022 [4]), đã đạt theo số
    /// liệu năm 2024 [5]").
    ///
    /// Several goals with one standing may be told together (the first
    /// decides it), each with how far it missed.
    pub(super) fn standing_words_of(
        &mut self,
        ind: &Indicator,
        goals: &[&Goal],
        deadline: &PartialDate,
        distance: bool,
    ) -> Vec<Inline> {
        let goal = goals[0];
        let a = self.assess(ind, goal, deadline);
        let mut out = Vec::new();
        let data = |c: &mut Self, out: &mut Vec<Inline>, lead: String, p: &Point<'a>| {
            out.push(Inline::plain(format!(
                "{lead} số liệu {} ",
                p.when_phrase()
            )));
            out.push(c.cite(p.index));
        };
        let Some(p) = a.judged else {
            out.push(Inline::plain(match a.standing {
                Standing::OpenNoData => "chưa có số liệu",
                _ => "chưa có số liệu đến thời hạn",
            }));
            return out;
        };
        match a.standing {
            Standing::Open { .. } => {
                let gap = super::gap_text(ind, goal, p.value.value);
                data(self, &mut out, format!("{gap} theo"), &p);
                return out;
            }
            Standing::BeforeDeadline { met, .. } => {
                out.push(Inline::plain(format!(
                    "{} ({} ",
                    past_deadline_lead(deadline, met),
                    p.when_phrase()
                )));
                out.push(self.cite(p.index));
            }
            Standing::MetAtDeadline => data(self, &mut out, "đã đạt đúng hạn (theo".into(), &p),
            _ => data(self, &mut out, "không đạt đúng hạn (theo".into(), &p),
        }
        // How far it missed, unless newer data meets it since.
        let met_since = a
            .later
            .as_ref()
            .is_some_and(|l| reached(goal, l.value.value));
        if let Some(miss) =
            near_miss_of(ind, goals, p.value.value).filter(|_| distance && !met_since)
        {
            out.push(Inline::plain(format!(", {miss}")));
        }
        out.push(Inline::plain(")"));
        if let Some(l) = a.later {
            let now = if reached(goal, l.value.value) {
                ", đã đạt theo"
            } else {
                ", vẫn chưa đạt theo"
            };
            data(self, &mut out, now.to_string(), &l);
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
