//! One topic's section: its key figures, developments, targets and the
//! disagreements between sources, each part numbered when present.

use super::Composer;
use super::figures::sentence;
use crate::brief::document::{HeadingLevel, Inline, ParagraphStyle};
use crate::brief::format;
use crate::brief::wording::DASH;
use crate::data::{Conflict, Fact, FactKind, Indicator, Topic};

/// A fact with its index in the catalog.
type Indexed<'a> = (usize, &'a Fact);

/// Dated facts first in date order, then the undated ones (said so).
fn by_date_undated_last(facts: &mut [Indexed<'_>]) {
    facts.sort_by_key(|(i, f)| (f.date.when.is_none(), f.date.when.map(|w| w.sort_key()), *i));
}

impl<'a> Composer<'a> {
    pub(super) fn topic_section(&mut self, number: usize, topic: &Topic) {
        self.heading(
            HeadingLevel::Section,
            format!("{}. {}", format::roman(number), format::upper(&topic.name)),
        );
        self.subsection = 0;
        let catalog = self.catalog;
        let facts: Vec<Indexed<'a>> = catalog
            .facts()
            .iter()
            .enumerate()
            .filter(|(_, f)| f.topic == topic.id)
            .collect();
        let start = self.blocks.len();
        self.key_figures(topic);
        self.developments(&facts);
        self.targets(&facts);
        self.disagreements(&facts);
        if self.blocks.len() == start {
            let text = format!(
                "Không có thông tin của chủ đề này trong {}.",
                format::period(self.from, self.to)
            );
            self.push_paragraph(ParagraphStyle::Note, vec![Inline::plain(text)]);
        }
    }

    /// Undated facts, or dated ones inside the period.
    fn undated_or_in_period(&self, f: &Fact) -> bool {
        f.date.when.is_none_or(|w| self.in_period(w.year_value()))
    }

    /// 1. Key figures, per indicator in dataset order.
    fn key_figures(&mut self, topic: &Topic) {
        let catalog = self.catalog;
        let series: Vec<(&Indicator, _)> = catalog
            .indicators()
            .iter()
            .filter(|i| i.topic == topic.id)
            .map(|ind| (ind, self.measurements(&ind.id, |w| self.in_period(w))))
            .filter(|(_, points)| !points.is_empty())
            .collect();
        if series.is_empty() {
            return;
        }
        self.subheading("Số liệu chính");
        for (ind, points) in &series {
            self.dated_facts += points.len();
            self.key_figure(ind, points);
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

    /// 3. Targets due in the period, against the latest status.
    fn targets(&mut self, facts: &[Indexed<'a>]) {
        let mut list: Vec<Indexed<'a>> = facts
            .iter()
            .copied()
            .filter(|(_, f)| matches!(f.kind, FactKind::Target { .. }))
            .filter(|(_, f)| self.undated_or_in_period(f))
            .collect();
        if list.is_empty() {
            return;
        }
        self.subheading("Mục tiêu và hiện trạng");
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
            x.facts.iter().any(|id| {
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
            let idx: Vec<usize> = x
                .facts
                .iter()
                .filter_map(|id| catalog.fact_index(id))
                .collect();
            let mut inl = vec![Inline::plain(format!(
                "{DASH}{} ",
                sentence(&x.description)
            ))];
            inl.extend(self.cite_all(&idx));
            inl.push(Inline::plain("."));
            self.push_item(inl);
        }
    }
}
