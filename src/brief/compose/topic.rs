//! One topic's numbered sub-section of "I. KẾT QUẢ": its table of key
//! figures, charts, developments and targets (full edition); its
//! headline finding in one or two sentences in the short edition's body
//! ([`super::finding`]), the rest in its appendix.

use super::Composer;
use super::figures::Point;
use super::targets::same_target;
use crate::brief::document::{HeadingLevel, Inline};
use crate::brief::selection::Length;
use crate::brief::wording::{
    DASH, INFERRED_MARK, INTENT_WORDS, PASSED_UNJUDGED_LEAD, STATED_LEAD, UNKNOWN_TIME,
};
use crate::brief::{notation, wording};
use crate::data::{Fact, FactKind, Indicator, PartialDate, Topic};

/// A fact with its index in the catalog.
type Indexed<'a> = (usize, &'a Fact);

/// Dated facts first in date order, then the undated ones (said so). A
/// date known to the year only ("năm 2022") spans the year: it comes after
/// that year's days ("25/1/2022"), as a reader of a chronology expects.
fn by_date_undated_last(facts: &mut [Indexed<'_>]) {
    by_date_with(facts, |(_, f)| f.date.when);
}

/// Date order by `when`; a year-only or month-only date after the days it
/// holds, undated last.
fn by_date_with(facts: &mut [Indexed<'_>], when: impl Fn(&Indexed<'_>) -> Option<PartialDate>) {
    let end = |w: PartialDate| {
        (
            w.year_value(),
            w.month_value().unwrap_or(13),
            w.day_value().unwrap_or(32),
        )
    };
    facts.sort_by_key(|x| (when(x).is_none(), when(x).map(end), x.0));
}

/// Two measurable targets on one indicator with one deadline and goal
/// (a fact is the same as itself).
fn same_goal(a: &Fact, b: &Fact) -> bool {
    match (&a.kind, &b.kind) {
        (
            FactKind::Target {
                indicator: Some(i),
                goal: Some(g),
            },
            FactKind::Target {
                indicator: Some(j),
                goal: Some(h),
            },
        ) => {
            i == j
                && a.date.when == b.date.when
                && g.comparison == h.comparison
                && crate::data::number::same_number(g.value.value, h.value.value)
        }
        _ => std::ptr::eq(a, b),
    }
}

/// " (nêu tại Hội thảo …, 17/9/2020)": who set or stated the targets
/// and when, so targets set at different times read side by side.
fn set_by_clause(catalog: &crate::data::Catalog, same: &[usize]) -> String {
    let mut said: Vec<String> = Vec::new();
    for f in same {
        if let Some(s) = &catalog.facts()[*f].set_by {
            let on = s.on.map(|d| d.to_short());
            let words = wording::set_by_words(&s.by, on.as_deref());
            if !said.contains(&words) {
                said.push(words);
            }
        }
    }
    if said.is_empty() {
        String::new()
    } else {
        format!(" ({})", said.join("; "))
    }
}

/// Whether a summary states an intent or a state of affairs at the time
/// ("đang", "dự kiến", "sẽ"): it then carries the date it was said.
fn states_intent(summary: &str) -> bool {
    let s = format!(" {} ", summary.to_lowercase());
    INTENT_WORDS.iter().any(|w| s.contains(&format!(" {w} ")))
}

impl<'a> Composer<'a> {
    fn topic_heading(&mut self, number: usize, topic: &Topic) {
        self.heading(
            HeadingLevel::Subsection,
            format!("{number}. {}", notation::capitalize(&topic.name)),
        );
        self.part = 0;
    }

    /// "a) Diễn biến": the next lettered part of a topic.
    fn part_heading(&mut self, title: &str) {
        let letter = (b'a' + (self.part % 26) as u8) as char;
        self.part += 1;
        self.heading(HeadingLevel::Part, format!("{letter}) {title}"));
    }

    /// The topic's facts in the brief. A register row is told as a fact
    /// of its topic only when it is news since the topic's articles;
    /// otherwise it is cited where it changes how an older statement
    /// reads (`since.rs`).
    pub(super) fn topic_facts(&self, topic: &Topic) -> Vec<Indexed<'a>> {
        let is_row = |f: &Fact| f.id.starts_with(crate::data::register::FACT_PREFIX);
        let newest = self
            .facts()
            .filter(|(_, f)| f.topic == topic.id && !is_row(f))
            .filter_map(|(_, f)| f.date.when.map(|w| w.last_day()))
            .max();
        self.facts()
            .filter(|(_, f)| f.topic == topic.id)
            .filter(|(_, f)| !is_row(f) || self.news_since(f, newest))
            .collect()
    }

    /// Whether a topic has anything to say in the period.
    pub(super) fn has_content(&self, topic: &Topic) -> bool {
        self.topic_facts(topic)
            .iter()
            .any(|(_, f)| self.undated_or_in_period(f))
    }

    /// The topic's part of the body, numbered `number`: everything in
    /// the full edition, the headline finding in the short one.
    pub(super) fn topic_section(&mut self, number: usize, topic: &'a Topic) {
        // A replaced structure is said under each topic whose figures
        // rest on it: a reader of one section sees it there.
        self.applies_said.clear();
        let facts = self.topic_facts(topic);
        let series = self.topic_series(topic);
        self.topic_heading(number, topic);
        if self.length == Length::Short {
            // Counted for the empty-period check as the full edition
            // counts them: dated inside the period.
            self.dated_facts += facts
                .iter()
                .filter(|(_, f)| f.date.when.is_some_and(|w| self.in_period(w.year_value())))
                .count();
            let finding = self.finding(topic, &series, &facts);
            self.push_paragraph(crate::brief::document::ParagraphStyle::Body, finding);
            return;
        }
        self.everything(&format!("Số liệu chính: {}", topic.name), &series, &facts);
    }

    /// A topic's table, charts, developments and targets: the full
    /// edition's section and the short edition's appendix alike.
    fn everything(
        &mut self,
        table_title: &str,
        series: &[(&'a Indicator, Vec<Point<'a>>)],
        facts: &[Indexed<'a>],
    ) {
        self.table_of(table_title, series);
        self.charts_of(series);
        self.developments(series, facts);
        let targets: Vec<Indexed<'a>> = facts
            .iter()
            .copied()
            .filter(|(_, f)| matches!(f.kind, FactKind::Target { .. }))
            .filter(|(_, f)| self.undated_or_in_period(f))
            .collect();
        if !targets.is_empty() {
            self.part_heading("Mục tiêu");
            self.target_items(&targets);
        }
        let indices: Vec<usize> = facts.iter().map(|(i, _)| *i).collect();
        for note in self.applies_notes(&indices) {
            self.push_paragraph(crate::brief::document::ParagraphStyle::Note, note);
        }
    }

    /// The topic's part of the short edition's appendix: every figure,
    /// the charts, developments and targets; false when it has none.
    pub(super) fn topic_appendix(&mut self, number: usize, topic: &Topic) -> bool {
        let start = self.blocks.len();
        self.in_appendix = true;
        self.applies_said.clear();
        self.topic_heading(number, topic);
        let body = self.blocks.len();
        let facts = self.topic_facts(topic);
        let series = self.topic_series(topic);
        self.everything(
            &format!("Số liệu chi tiết: {}", topic.name),
            &series,
            &facts,
        );
        if self.blocks.len() == body {
            self.blocks.truncate(start);
            return false;
        }
        true
    }

    /// Undated facts, or dated ones inside the period.
    pub(super) fn undated_or_in_period(&self, f: &Fact) -> bool {
        f.date.when.is_none_or(|w| self.in_period(w.year_value()))
    }

    /// The topic's indicators with their points in the period, in
    /// dataset order.
    pub(super) fn topic_series(&self, topic: &Topic) -> Vec<(&'a Indicator, Vec<Point<'a>>)> {
        let catalog = self.catalog;
        catalog
            .indicators()
            .iter()
            .filter(|i| i.topic == topic.id)
            .map(|ind| (ind, self.measurements(&ind.id, |w| self.in_period(w))))
            .filter(|(_, points)| !points.is_empty())
            .collect()
    }

    fn table_of(&mut self, title: &str, series: &[(&'a Indicator, Vec<Point<'a>>)]) {
        if series.is_empty() {
            return;
        }
        if self.length == Length::Full {
            self.dated_facts += series.iter().map(|(_, p)| p.len()).sum::<usize>();
        }
        let table = self.figures_table(title, series);
        self.blocks.push(table);
    }

    /// A chart for each indicator whose series earns one (see
    /// [`Composer::charted`]).
    fn charts_of(&mut self, series: &[(&'a Indicator, Vec<Point<'a>>)]) {
        for (ind, points) in series {
            if Self::charted(points) {
                let chart = self.chart(ind, points);
                self.blocks
                    .push(crate::brief::document::Block::Chart(chart));
            }
            // Việt Nam against the ASEAN states, from the newest table.
            if let Some(chart) = self.comparison_chart(points) {
                self.blocks
                    .push(crate::brief::document::Block::Chart(chart));
            }
        }
    }

    /// Developments in date order; undated ones (and undated
    /// measurements) last. A statement of intent carries the date it was
    /// made.
    fn developments(&mut self, series: &[(&'a Indicator, Vec<Point<'a>>)], facts: &[Indexed<'a>]) {
        // A new group in the UN survey is told at its score's date.
        let groups: Vec<(&'a Indicator, (Point<'a>, Point<'a>))> = series
            .iter()
            .filter_map(|(ind, points)| Some((*ind, Self::group_change(ind, points)?)))
            .collect();
        let mut list: Vec<Indexed<'a>> = facts
            .iter()
            .copied()
            .filter(|(_, f)| matches!(f.kind, FactKind::Event { .. } | FactKind::Statement))
            // A vendor's promotion of its products is not a result.
            .filter(|(_, f)| f.vendor.is_none())
            .filter(|(_, f)| !self.stale_expectation(f))
            .filter(|(_, f)| self.undated_or_in_period(f))
            .collect();
        let registered: std::collections::HashMap<usize, (PartialDate, usize)> = list
            .iter()
            .filter(|(_, f)| f.date.when.is_none())
            .filter_map(|(i, f)| Some((*i, self.register_date(&f.id)?)))
            .collect();
        list.extend(
            groups
                .iter()
                .map(|(_, (newest, _))| (newest.index, newest.fact)),
        );
        by_date_with(&mut list, |(i, f)| {
            f.date.when.or(registered.get(i).map(|d| d.0))
        });
        list.extend(facts.iter().copied().filter(|(_, f)| {
            matches!(f.kind, FactKind::Measurement { .. }) && f.date.when.is_none()
        }));
        if list.is_empty() {
            return;
        }
        self.part_heading("Diễn biến");
        for (index, f) in list {
            if f.date.when.is_some() {
                self.dated_facts += 1;
            }
            // An inferred date is marked, and explained once after the list.
            let mut date = wording::fact_date(&crate::data::FactDate {
                inferred: None,
                when: f.date.when.or(registered.get(&index).map(|d| d.0)),
                ..f.date.clone()
            });
            if f.date.inferred.is_some() && f.date.when.is_some() {
                date.push_str(INFERRED_MARK);
                self.inferred_marked = true;
            }
            let lead = if states_intent(&f.summary) && f.date.when.is_some() {
                format!("{STATED_LEAD} {}", date.to_lowercase())
            } else {
                date
            };
            let lead = format!("{DASH}{lead}");
            let group = groups.iter().find(|(_, (newest, _))| newest.index == index);
            let mut inl = match group {
                Some(&(ind, change)) => {
                    let mut inl = vec![Inline::plain(format!("{lead}: "))];
                    inl.extend(self.group_change_told(ind, change));
                    inl
                }
                None => self.told(index, f, &lead, registered.get(&index).map(|d| d.1)),
            };
            inl.push(Inline::plain("."));
            self.push_item(inl);
        }
    }

    /// "{lead}: what happened [n]" with what the register adds: the
    /// instrument that dates it, its day in force, its outcome or
    /// "đã quá thời điểm dự kiến". A register row's own event names the
    /// old body it renames, so "(nay là …)" is not added to it.
    pub(super) fn told(
        &mut self,
        index: usize,
        f: &'a Fact,
        lead: &str,
        dated_by_row: Option<usize>,
    ) -> Vec<Inline> {
        let mut inl = if f.id.starts_with(crate::data::register::FACT_PREFIX) {
            vec![Inline::plain(format!("{lead}: {} ", f.summary))]
        } else {
            self.read_now(&format!("{lead}: {} ", self.as_of_signing(f)))
        };
        inl.push(self.cite(index));
        inl.extend(self.warning(&[index]));
        if let Some(row) = dated_by_row {
            inl.extend(self.dated_by(row));
        }
        // A plan or an expectation of more than a year before the
        // signing day is not presented as still pending.
        let overtaken = states_intent(&f.summary) && self.a_year_before_signing(f);
        inl.extend(self.outcome(&f.id, overtaken));
        inl
    }

    /// Targets in deadline order: a measurable one judged as of the
    /// signing date (sources stating the same goal cited together), the
    /// others as stated; those whose deadline passed with nothing to
    /// judge them by under one lead line, said once.
    fn target_items(&mut self, targets: &[Indexed<'a>]) {
        let mut list = targets.to_vec();
        by_date_undated_last(&mut list);
        let mut done: Vec<usize> = Vec::new();
        let mut unjudged: Vec<Vec<usize>> = Vec::new();
        for &(index, f) in &list {
            if done.contains(&index) {
                continue;
            }
            let same: Vec<usize> = list
                .iter()
                .filter(|(_, g)| same_goal(f, g) || same_target(f, g))
                .map(|(i, _)| *i)
                .collect();
            done.extend(&same);
            if f.date.when.is_some() {
                self.dated_facts += same.len();
            }
            let mut same = same;
            super::cite::keep_best(self.catalog, &mut same);
            let Some(f) = same.first().map(|&i| &self.catalog.facts()[i]) else {
                continue;
            };
            let measurable = matches!(
                &f.kind,
                FactKind::Target {
                    indicator: Some(_),
                    goal: Some(_)
                }
            );
            if !measurable
                && !self.has_outcome(&f.id)
                && f.date.when.is_some_and(|w| self.deadline_passed(&w))
            {
                unjudged.push(same);
                continue;
            }
            let inl = self.target_item(&same, f);
            self.push_item(inl);
        }
        if !unjudged.is_empty() {
            self.push_paragraph(
                crate::brief::document::ParagraphStyle::Body,
                vec![Inline::plain(PASSED_UNJUDGED_LEAD)],
            );
            for same in unjudged {
                let f = &self.catalog.facts()[same[0]];
                let inl = self.target_item(&same, f);
                self.push_item(inl);
            }
        }
    }

    /// "- Mục tiêu thứ hạng … vào nhóm 80 đến năm 2022 [3]: không đạt đúng hạn
    /// (86/193 [4], năm 2022); …." or "- Đến năm 2025: … [2]."
    pub(super) fn target_item(&mut self, same: &[usize], f: &'a Fact) -> Vec<Inline> {
        let catalog = self.catalog;
        if let FactKind::Target {
            indicator: Some(ind_id),
            goal: Some(goal),
        } = &f.kind
            && let (Some(ind), Some(deadline)) = (catalog.indicator(ind_id), f.date.when)
        {
            let mut inl = vec![Inline::plain(format!(
                "{DASH}{}{} ",
                super::key_points::target_phrase(ind, goal, &deadline),
                set_by_clause(catalog, same)
            ))];
            inl.extend(self.cite_targets(same));
            inl.extend(self.warning(same));
            inl.push(Inline::plain(": "));
            let (_, words) = self.judge(ind, goal, &deadline);
            inl.extend(words);
            inl.push(Inline::plain("."));
            return inl;
        }
        let deadline = match f.date.when {
            Some(w) => format!("Đến {}", notation::date_phrase(&w)),
            None => UNKNOWN_TIME.into(),
        };
        let mut inl = self.read_now(&format!("{DASH}{deadline}: {} ", self.as_of_signing(f)));
        inl.extend(self.cite_all(same));
        inl.extend(self.warning(same));
        if self.has_outcome(&f.id) {
            inl.extend(self.outcome(&f.id, false));
        }
        // A passed deadline without an outcome is said once, before the
        // list of such targets ([`PASSED_UNJUDGED_LEAD`]).
        inl.push(Inline::plain("."));
        inl
    }
}
