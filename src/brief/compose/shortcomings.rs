//! "II. TỒN TẠI, HẠN CHẾ", computed from the data: targets missed at
//! their deadline or not yet met, indicators that fell between their last
//! two figures, and disagreements between sources; each point cited.

use super::Composer;
use super::figures::Point;
use super::key_points::TargetGroup;
use crate::brief::document::Inline;
use crate::brief::format;
use crate::brief::wording::{DASH, DISAGREEMENT_LEAD, SELF_CONTRADICTION_LEAD};
use crate::data::{Conflict, Direction, Topic};

impl<'a> Composer<'a> {
    /// Writes the computed points as items; returns how many.
    pub(super) fn shortcomings(&mut self, topics: &[&'a Topic]) -> usize {
        let before = self.blocks.len();
        self.targets_short_of_goal(topics);
        self.indicators_that_fell(topics);
        for x in self.conflicts_in_period(topics) {
            // One source against itself is not "các nguồn".
            let lead = if super::key_points::one_source(self.catalog, x) {
                SELF_CONTRADICTION_LEAD
            } else {
                DISAGREEMENT_LEAD
            };
            let inl = self.conflict_item(lead, x);
            self.push_item(inl);
        }
        self.blocks.len() - before
    }

    /// "- Mục tiêu vào nhóm 80 đến năm 2022 [3] không đạt đúng hạn …";
    /// targets on one indicator with the same deadline that came out the
    /// same way share one item, as in the key points.
    fn targets_short_of_goal(&mut self, topics: &[&'a Topic]) {
        let groups = self.target_groups(topics, &[], |y| self.in_period(y));
        let short: Vec<&TargetGroup<'a>> = groups
            .iter()
            .filter(|g| {
                self.standing(g.indicator, g.targets[0].goal, &g.deadline)
                    .falls_short()
            })
            .collect();
        let mut told: Vec<&str> = Vec::new();
        for g in &short {
            let ind = g.indicator;
            if told.contains(&ind.id.as_str()) {
                continue;
            }
            told.push(&ind.id);
            let same: Vec<&TargetGroup<'a>> = short
                .iter()
                .filter(|h| h.indicator.id == ind.id)
                .copied()
                .collect();
            for run in self.same_outcome_runs(ind, &same) {
                let mut inl = self.target_clause(&format!("{DASH}Mục tiêu"), ind, &run);
                inl.push(Inline::plain("."));
                self.push_item(inl);
            }
        }
    }

    /// "- Thứ hạng OSI giảm 22 bậc: từ 59/193 (năm 2018) [2] xuống 81/193
    /// (năm 2020) [4]."
    fn indicators_that_fell(&mut self, topics: &[&'a Topic]) {
        for topic in topics {
            // Component figures (the index's parts) are left to the
            // tables and charts.
            let series = self.topic_series(topic);
            for (ind, points) in series.into_iter().filter(|(i, _)| !i.detail) {
                let groups = Self::by_date(&points);
                for pair in groups.windows(2) {
                    self.fell(ind, &pair[0], &pair[1]);
                }
            }
        }
    }

    /// An item when the value got worse from group `a` to group `b`.
    fn fell(&mut self, ind: &crate::data::Indicator, a: &[&Point<'a>], b: &[&Point<'a>]) {
        {
            {
                let (Some(a), Some(b)) = (Self::single_value(a), Self::single_value(b)) else {
                    return;
                };
                if !format::is_exact(a.value) || !format::is_exact(b.value) {
                    return;
                }
                let delta = b.value.value - a.value.value;
                let worse = match ind.direction {
                    Direction::LowerIsBetter => delta > 0.0,
                    Direction::HigherIsBetter => delta < 0.0,
                };
                if !worse || crate::data::number::same_number(a.value.value, b.value.value) {
                    return;
                }
                let change = super::change_text(ind, a.value.value, b.value.value);
                let mut inl = vec![Inline::plain(format!("{DASH}{} {change}: từ ", ind.name))];
                inl.extend(self.value_cited(ind, a));
                inl.push(Inline::plain(format!(
                    " ({}) xuống ",
                    format::date_phrase(&a.when)
                )));
                inl.extend(self.value_cited(ind, b));
                inl.push(Inline::plain(format!(
                    " ({}).",
                    format::date_phrase(&b.when)
                )));
                self.push_item(inl);
            }
        }
    }

    /// Disagreements touching the topics' facts in the period, none of
    /// whose facts is left out.
    fn conflicts_in_period(&self, topics: &[&'a Topic]) -> Vec<&'a Conflict> {
        let catalog = self.catalog;
        catalog
            .conflicts()
            .iter()
            .filter(|x| !x.facts.iter().any(|id| self.is_excluded(id)))
            .filter(|x| !self.stated.contains(&x.id))
            .filter(|x| {
                x.facts
                    .iter()
                    .filter_map(|id| catalog.fact(id))
                    .any(|f| topics.iter().any(|t| t.id == f.topic) && self.undated_or_in_period(f))
            })
            .collect()
    }
}

impl Composer<'_> {
    /// "- {lead}{description} [1], [2].": a disagreement with the sources
    /// of every fact it links.
    pub(super) fn conflict_item(&mut self, lead: &str, x: &Conflict) -> Vec<Inline> {
        let catalog = self.catalog;
        let idx: Vec<usize> = x
            .facts
            .iter()
            .filter_map(|id| catalog.fact_index(id))
            .collect();
        let mut inl = vec![Inline::plain(format!(
            "{DASH}{lead}{} ",
            super::figures::sentence(&x.description)
        ))];
        inl.extend(self.cite_all(&idx));
        inl.push(Inline::plain("."));
        inl
    }
}
