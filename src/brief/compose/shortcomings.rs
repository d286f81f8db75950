//! "II. TỒN TẠI, HẠN CHẾ", computed from the data: shortcomings of the
//! programme only — targets missed at their deadline or not yet met
//! (those the key points have not judged already), and indicators whose
//! newest figure is below their best in the period, with both years.
//! Disagreements between sources and doubtful figures are notes on the
//! data ([`Composer::data_notes`]), never here.

use super::Composer;
use super::figures::Point;
use super::key_points::TargetGroup;
use crate::brief::document::{Block, HeadingLevel, Inline};
use crate::brief::notation;
use crate::brief::wording::{DASH, DATA_NOTES_HEADING, INFERRED_NOTE};
use crate::data::{Conflict, Direction, Indicator, Topic};

impl<'a> Composer<'a> {
    /// Writes the computed points as items; returns how many.
    pub(super) fn shortcomings(&mut self, topics: &[&'a Topic]) -> usize {
        let before = self.blocks.len();
        self.targets_short_of_goal(topics);
        self.indicators_below_best(topics);
        self.blocks.len() - before
    }

    /// Target groups that fall short as of the signing date and that no
    /// key point has judged (a page apart, the leader would read the same
    /// judgement twice).
    fn short_groups(&self, topics: &[&'a Topic]) -> Vec<TargetGroup<'a>> {
        self.target_groups(topics, &[], |y| self.in_period(y))
            .into_iter()
            .filter(|g| {
                !g.targets
                    .iter()
                    .any(|t| self.said_targets.contains(&t.index))
            })
            .filter(|g| {
                self.standing(g.indicator, g.targets[0].goal, &g.deadline)
                    .falls_short()
            })
            .collect()
    }

    /// "- Mục tiêu thứ hạng … trong ASEAN (10 nước) vào nhóm 4 đến năm
    /// 2025 [7] không đạt đúng hạn …", the indicator named; targets on one
    /// indicator with the same deadline that came out the same way share
    /// one item, as in the key points.
    fn targets_short_of_goal(&mut self, topics: &[&'a Topic]) {
        let groups = self.short_groups(topics);
        let short: Vec<&TargetGroup<'a>> = groups.iter().collect();
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
            let lead = format!("{DASH}Mục tiêu {}", super::finding::in_sentence(&ind.name));
            for run in self.same_outcome_runs(ind, &same) {
                let mut inl = self.target_clause(&lead, ind, &run, true);
                inl.push(Inline::plain("."));
                self.push_item(inl);
            }
        }
    }

    /// "- Thứ hạng … (OSI) trên thế giới theo số liệu gần nhất (năm 2024)
    /// là 75/193 [5], thấp hơn 16 bậc so với 59/193 (năm 2018) [3]."
    /// The newest figure against the best earlier one in the period: a
    /// fall that was later made good is no shortcoming, one that was not
    /// is told on the newest data.
    fn indicators_below_best(&mut self, topics: &[&'a Topic]) {
        for topic in topics {
            // Component figures (the index's parts) are left to the
            // tables and charts.
            let series = self.topic_series(topic);
            for (ind, points) in series.into_iter().filter(|(i, _)| !i.detail) {
                let groups = Self::by_date(&points);
                let Some((newest, earlier)) = groups.split_last() else {
                    continue;
                };
                let Some(now) = Self::exact_value(newest) else {
                    continue;
                };
                let better = |a: f64, b: f64| match ind.direction {
                    Direction::LowerIsBetter => a < b,
                    Direction::HigherIsBetter => a > b,
                };
                let best = earlier.iter().filter_map(|g| Self::exact_value(g)).fold(
                    None::<&Point<'a>>,
                    |best, p| match best {
                        Some(b) if !better(p.value.value, b.value.value) => Some(b),
                        _ => Some(p),
                    },
                );
                if let Some(best) = best
                    && better(best.value.value, now.value.value)
                    && !crate::data::number::same_number(best.value.value, now.value.value)
                {
                    let inl = self.below_best_item(ind, now, best);
                    self.push_item(inl);
                }
            }
        }
    }

    /// A date group's one exact value.
    fn exact_value<'p>(group: &[&'p Point<'a>]) -> Option<&'p Point<'a>> {
        Self::single_value(group).filter(|p| notation::is_exact(p.value))
    }

    fn below_best_item(
        &mut self,
        ind: &Indicator,
        now: &Point<'a>,
        best: &Point<'a>,
    ) -> Vec<Inline> {
        let mut inl = vec![Inline::plain(format!(
            "{DASH}{} theo số liệu gần nhất ({}) là ",
            ind.name,
            notation::date_phrase(&now.when)
        ))];
        inl.extend(self.value_cited(ind, now));
        inl.push(Inline::plain(format!(
            ", {} so với ",
            super::figures::shortfall_text(ind, best.value.value, now.value.value)
        )));
        inl.extend(self.value_dated_cited(ind, best));
        inl.push(Inline::plain("."));
        inl
    }

    /// "59/193 (năm 2018) [3]".
    fn value_dated_cited(&mut self, ind: &Indicator, p: &Point<'a>) -> Vec<Inline> {
        vec![
            Inline::styled(
                Self::value_text(ind, p.value),
                crate::brief::document::Emphasis::Bold,
            ),
            Inline::plain(format!(" ({}) ", notation::date_phrase(&p.when))),
            self.cite(p.index),
        ]
    }

    /// "GHI CHÚ VỀ SỐ LIỆU": the disagreements between sources and within
    /// one source touching the topics in the period, each cited, and what
    /// the (**) mark on a date means when one was printed. Empty when
    /// there is nothing to note.
    pub(super) fn data_notes(&mut self, topics: &[&'a Topic]) -> Vec<Block> {
        let start = self.blocks.len();
        for x in self.conflicts_in_period(topics) {
            let inl = self.conflict_item(x);
            self.push_item(inl);
        }
        if self.inferred_marked {
            self.push_item(vec![Inline::plain(format!("{DASH}{INFERRED_NOTE}."))]);
        }
        if self.blocks.len() == start {
            return Vec::new();
        }
        let mut notes = vec![Block::Heading {
            level: HeadingLevel::Section,
            text: DATA_NOTES_HEADING.to_string(),
        }];
        notes.extend(self.blocks.drain(start..));
        notes
    }

    /// Disagreements touching the topics' facts in the period, none of
    /// whose facts is left out.
    fn conflicts_in_period(&self, topics: &[&'a Topic]) -> Vec<&'a Conflict> {
        let catalog = self.catalog;
        catalog
            .conflicts()
            .iter()
            .filter(|x| !x.facts.iter().any(|id| self.is_excluded(id)))
            .filter(|x| {
                x.facts
                    .iter()
                    .filter_map(|id| catalog.fact(id))
                    .any(|f| topics.iter().any(|t| t.id == f.topic) && self.undated_or_in_period(f))
            })
            .collect()
    }

    /// "- {description} [1], [2].": a disagreement with the sources of
    /// every fact it links.
    fn conflict_item(&mut self, x: &Conflict) -> Vec<Inline> {
        let catalog = self.catalog;
        let idx: Vec<usize> = x
            .facts
            .iter()
            .filter_map(|id| catalog.fact_index(id))
            .collect();
        let mut inl = vec![Inline::plain(format!(
            "{DASH}{} ",
            super::figures::sentence(&x.description)
        ))];
        inl.extend(self.cite_all(&idx));
        // Each note on figures of a replaced classification says so.
        self.applies_said.clear();
        inl.extend(self.applies_inline(&idx));
        inl.push(Inline::plain("."));
        inl
    }
}
