//! One topic's section: its key figures, developments, targets and the
//! disagreements between sources, each part numbered when present.

use super::Composer;
use super::figures::{Point, sentence};
use crate::brief::document::{HeadingLevel, Inline, ParagraphStyle};
use crate::brief::format;
use crate::brief::selection::Length;
use crate::brief::wording::DASH;
use crate::data::{Conflict, Fact, FactKind, Indicator, Topic};

/// A fact with its index in the catalog.
type Indexed<'a> = (usize, &'a Fact);

/// Dated facts first in date order, then the undated ones (said so).
fn by_date_undated_last(facts: &mut [Indexed<'_>]) {
    facts.sort_by_key(|(i, f)| (f.date.when.is_none(), f.date.when.map(|w| w.sort_key()), *i));
}

/// Which part of a topic's key figures to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// Everything: latest value and change, series, derivations, chart.
    All,
    /// The body of the short edition: latest value and change.
    Latest,
    /// The appendix of the short edition: series, derivations, chart.
    Details,
}

impl<'a> Composer<'a> {
    fn topic_heading(&mut self, number: usize, topic: &Topic) {
        self.heading(
            HeadingLevel::Section,
            format!("{}. {}", format::roman(number), format::upper(&topic.name)),
        );
        self.subsection = 0;
    }

    /// The facts of a topic still in the brief.
    fn topic_facts(&self, topic: &Topic) -> Vec<Indexed<'a>> {
        self.facts().filter(|(_, f)| f.topic == topic.id).collect()
    }

    /// A topic's section of the body: everything (full edition), or its
    /// key figures and targets against status (short edition, where a
    /// topic with neither is left to the appendix). Returns whether a
    /// section was written.
    pub(super) fn topic_section(&mut self, number: usize, topic: &Topic) -> bool {
        let facts = self.topic_facts(topic);
        if self.length == Length::Short {
            return self.short_section(number, topic, &facts);
        }
        self.topic_heading(number, topic);
        let start = self.blocks.len();
        self.key_figures(topic, Part::All);
        self.developments(&facts);
        self.targets(&facts, false);
        self.disagreements(&facts);
        if self.blocks.len() == start {
            let text = format!(
                "Không có thông tin của chủ đề này trong {}.",
                format::period(self.from, self.to)
            );
            self.push_paragraph(ParagraphStyle::Note, vec![Inline::plain(text)]);
        }
        true
    }

    /// The short edition's section: one paragraph of key figures, then
    /// the targets on an indicator against the latest status.
    fn short_section(&mut self, number: usize, topic: &Topic, facts: &[Indexed<'a>]) -> bool {
        let mut series = self.topic_series(topic);
        // Component figures are left to the appendix; counted there.
        series.retain(|(ind, _)| !ind.detail);
        let groups = self.target_groups(std::slice::from_ref(&topic), &[], |y| self.in_period(y));
        if series.is_empty() && groups.is_empty() {
            // Counted for the empty-period check, written in the appendix.
            self.dated_facts += facts.iter().filter(|(_, f)| f.date.when.is_some()).count();
            return false;
        }
        self.topic_heading(number, topic);
        if !series.is_empty() {
            self.figures_paragraph(&series);
        }
        for g in &groups {
            self.dated_facts += g.targets.len();
            let inl = self.target_point(g);
            self.push_item(inl);
        }
        true
    }

    /// A topic's part of the short edition's appendix: series, charts,
    /// developments, the other targets and disagreements; nothing when it
    /// has none. Returns whether it wrote something.
    pub(super) fn topic_appendix(&mut self, number: usize, topic: &Topic) -> bool {
        let start = self.blocks.len();
        self.topic_heading(number, topic);
        let facts = self.topic_facts(topic);
        let body = self.blocks.len();
        self.key_figures(topic, Part::Details);
        self.developments(&facts);
        self.targets(&facts, true);
        self.disagreements(&facts);
        if self.blocks.len() == body {
            self.blocks.truncate(start);
            return false;
        }
        true
    }

    /// Undated facts, or dated ones inside the period.
    fn undated_or_in_period(&self, f: &Fact) -> bool {
        f.date.when.is_none_or(|w| self.in_period(w.year_value()))
    }

    /// The topic's indicators with their points in the period, in
    /// dataset order.
    fn topic_series(&self, topic: &Topic) -> Vec<(&'a Indicator, Vec<Point<'a>>)> {
        let catalog = self.catalog;
        catalog
            .indicators()
            .iter()
            .filter(|i| i.topic == topic.id)
            .map(|ind| (ind, self.measurements(&ind.id, |w| self.in_period(w))))
            .filter(|(_, points)| !points.is_empty())
            .collect()
    }

    /// 1. Key figures, per indicator in dataset order.
    fn key_figures(&mut self, topic: &Topic, part: Part) {
        let series = self.topic_series(topic);
        let series: Vec<_> = series
            .into_iter()
            .filter(|(_, points)| part != Part::Details || Self::has_details(points))
            .collect();
        if series.is_empty() {
            return;
        }
        self.subheading(match part {
            Part::Details => "Số liệu chi tiết và biểu đồ",
            _ => "Số liệu chính",
        });
        for (ind, points) in &series {
            self.dated_facts += points.len();
            self.key_figure(ind, points, part);
        }
    }

    /// Part 2, developments in date order; undated ones (and undated
    /// measurements) last, said so.
    fn developments(&mut self, facts: &[Indexed<'a>]) {
        let mut list: Vec<Indexed<'a>> = facts
            .iter()
            .copied()
            .filter(|(_, f)| matches!(f.kind, FactKind::Event { .. } | FactKind::Statement))
            .filter(|(_, f)| self.undated_or_in_period(f))
            .collect();
        by_date_undated_last(&mut list);
        list.extend(facts.iter().copied().filter(|(_, f)| {
            matches!(f.kind, FactKind::Measurement { .. }) && f.date.when.is_none()
        }));
        if list.is_empty() {
            return;
        }
        self.subheading("Diễn biến và nhận định");
        for (index, f) in list {
            if f.date.when.is_some() {
                self.dated_facts += 1;
            }
            let mut inl = vec![Inline::plain(format!(
                "{DASH}{}: {} ",
                format::fact_date(&f.date),
                sentence(&f.summary)
            ))];
            inl.push(self.cite(index));
            inl.push(Inline::plain("."));
            self.push_item(inl);
        }
    }

    /// Part 3, targets due in the period, against the latest status; only
    /// those without a measurable goal when `other` (the short edition's
    /// appendix: the others are in the body).
    fn targets(&mut self, facts: &[Indexed<'a>], other: bool) {
        let mut list: Vec<Indexed<'a>> = facts
            .iter()
            .copied()
            .filter(|(_, f)| match &f.kind {
                FactKind::Target { indicator, goal } => {
                    !other || indicator.is_none() || goal.is_none()
                }
                _ => false,
            })
            .filter(|(_, f)| self.undated_or_in_period(f))
            .collect();
        if list.is_empty() {
            return;
        }
        self.subheading(if other {
            "Các mục tiêu khác"
        } else {
            "Mục tiêu và hiện trạng"
        });
        by_date_undated_last(&mut list);
        for (index, f) in list {
            if f.date.when.is_some() {
                self.dated_facts += 1;
            }
            self.target_item(index, f);
        }
    }

    /// 4. Disagreements touching this topic's facts, stated plainly.
    fn disagreements(&mut self, facts: &[Indexed<'a>]) {
        let catalog = self.catalog;
        let mut conflicts: Vec<&Conflict> = Vec::new();
        for (_, f) in facts {
            for x in catalog.conflicts_of(&f.id) {
                if !conflicts.iter().any(|c| c.id == x.id) {
                    conflicts.push(x);
                }
            }
        }
        conflicts.retain(|x| {
            !x.facts.iter().any(|id| self.is_excluded(id))
                && x.facts.iter().any(|id| {
                    catalog
                        .fact(id)
                        .is_some_and(|f| self.undated_or_in_period(f))
                })
        });
        if conflicts.is_empty() {
            return;
        }
        self.subheading("Các nguồn chưa thống nhất");
        for x in conflicts {
            let inl = self.conflict_item("", x);
            self.push_item(inl);
        }
    }

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
            sentence(&x.description)
        ))];
        inl.extend(self.cite_all(&idx));
        inl.push(Inline::plain("."));
        inl
    }
}
