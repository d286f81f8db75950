//! "Những điểm chính": three to seven one-sentence points computed from
//! the selection, in order of importance: each topic's headline indicator
//! (latest value, change since the start of the period), the targets due
//! in or after the period against the latest status, and disagreements
//! between sources touching a headline. Every number is a fact's value or
//! date, or the difference of two cited values; every point is cited.

use std::collections::HashSet;

use super::Composer;
use super::figures::Point;
use crate::brief::document::{HeadingLevel, Inline, ParagraphStyle};
use crate::brief::format;
use crate::brief::wording::{DASH, DISAGREEMENT_LEAD, KEY_POINTS_HEADING};
use crate::data::*;

/// At most this many key points.
pub const MAX_KEY_POINTS: usize = 7;

/// A target fact with its goal.
pub(super) struct Goaled<'a> {
    index: usize,
    goal: &'a Goal,
}

/// Targets on one indicator with one deadline (several when sources
/// give different goals or repeat one).
pub(super) struct TargetGroup<'a> {
    indicator: &'a Indicator,
    deadline: PartialDate,
    pub targets: Vec<Goaled<'a>>,
}

/// "thứ hạng …" from "Thứ hạng …": a name inside a sentence.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "vào nhóm 50", "đạt từ 80% trở lên".
fn goal_words(ind: &Indicator, goal: &Goal) -> String {
    let level = match &ind.unit {
        Unit::Rank { .. } => return format!("vào nhóm {}", format::number(goal.value.value, 0)),
        Unit::Percent | Unit::Index => format::amount(&goal.value),
        Unit::Count { noun } => format!("{} {noun}", format::amount(&goal.value)),
    };
    match goal.comparison {
        Comparison::AtLeast => format!("đạt từ {level} trở lên"),
        Comparison::AtMost => format!("không quá {level}"),
    }
}

/// "nhóm 50", "từ 80% trở lên": the goal's level in a bracket.
fn goal_level(ind: &Indicator, goal: &Goal) -> String {
    let words = goal_words(ind, goal);
    words
        .strip_prefix("vào ")
        .or(words.strip_prefix("đạt "))
        .unwrap_or(&words)
        .to_string()
}

impl<'a> Composer<'a> {
    /// Writes the key points (heading and items) into the blocks.
    pub(super) fn key_points(&mut self, topics: &[&Topic]) {
        let catalog = self.catalog;
        let headlines: Vec<&'a Indicator> = topics
            .iter()
            .filter_map(|t| t.headline.as_deref())
            .filter_map(|id| catalog.indicator(id))
            .collect();
        let mut points: Vec<Vec<Inline>> = Vec::new();
        let mut stated: HashSet<&str> = HashSet::new();
        for ind in &headlines {
            if points.len() < MAX_KEY_POINTS
                && let Some(p) = self.headline_point(ind)
            {
                points.push(p);
            }
        }
        let from = self.from;
        for group in self.target_groups(topics, &headlines, |y| y >= from) {
            if points.len() >= MAX_KEY_POINTS {
                break;
            }
            let ids: HashSet<&str> = group
                .targets
                .iter()
                .map(|t| catalog.facts()[t.index].id.as_str())
                .collect();
            for x in catalog.conflicts() {
                if x.facts.iter().all(|f| ids.contains(f.as_str())) {
                    stated.insert(x.id.as_str());
                }
            }
            points.push(self.target_point(&group));
        }
        for x in self.headline_conflicts(&headlines) {
            if points.len() < MAX_KEY_POINTS && !stated.contains(x.id.as_str()) {
                points.push(self.conflict_point(x));
            }
        }
        if points.is_empty() {
            return;
        }
        self.heading(HeadingLevel::Section, KEY_POINTS_HEADING.to_string());
        for p in points {
            self.push_paragraph(ParagraphStyle::Item, p);
        }
    }

    /// "- Thứ hạng …: 86/193 (năm 2020) [1], tăng 13 bậc so với 99/193
    /// (năm 2014, suy ra) [2]."
    fn headline_point(&mut self, ind: &'a Indicator) -> Option<Vec<Inline>> {
        let points: Vec<Point<'a>> = self.measurements(&ind.id, |w| self.in_period(w));
        let groups = Self::by_date(&points);
        let (first, latest) = (groups.first()?, groups.last()?);
        let mut inl = vec![Inline::plain(format!("{DASH}{}: ", ind.name))];
        inl.extend(self.value_with_citations(ind, latest));
        if groups.len() >= 2
            && let (Some(a), Some(b)) = (Self::single_value(latest), Self::single_value(first))
            && format::is_exact(a.value)
            && format::is_exact(b.value)
        {
            inl.push(Inline::plain(format!(
                ", {} so với ",
                super::change_text(ind, b.value.value, a.value.value)
            )));
            inl.extend(self.value_with_citations(ind, first));
        }
        inl.push(Inline::plain("."));
        Some(inl)
    }

    /// Targets with a goal on an indicator of `topics` whose deadline
    /// year passes `keep`, grouped by indicator and deadline: headline
    /// indicators first, then by deadline.
    pub(super) fn target_groups(
        &self,
        topics: &[&Topic],
        headlines: &[&'a Indicator],
        keep: impl Fn(i32) -> bool,
    ) -> Vec<TargetGroup<'a>> {
        let catalog = self.catalog;
        let mut groups: Vec<TargetGroup<'a>> = Vec::new();
        for (index, f) in self.facts() {
            let FactKind::Target {
                indicator: Some(ind_id),
                goal: Some(goal),
            } = &f.kind
            else {
                continue;
            };
            let (Some(deadline), Some(ind)) = (f.date.when, catalog.indicator(ind_id)) else {
                continue;
            };
            if !keep(deadline.year_value()) || !topics.iter().any(|t| t.id == f.topic) {
                continue;
            }
            let t = Goaled { index, goal };
            match groups
                .iter_mut()
                .find(|g| g.indicator.id == ind.id && g.deadline == deadline)
            {
                Some(g) => g.targets.push(t),
                None => groups.push(TargetGroup {
                    indicator: ind,
                    deadline,
                    targets: vec![t],
                }),
            }
        }
        groups.sort_by_key(|g| {
            let headline = headlines.iter().position(|h| h.id == g.indicator.id);
            (headline.is_none(), g.deadline.sort_key(), headline)
        });
        groups
    }

    /// "- Mục tiêu đến năm 2025: thứ hạng … vào nhóm 50 [1]; hiện trạng:
    /// 86/193 (năm 2020) [1], còn cách mục tiêu 36 bậc."
    pub(super) fn target_point(&mut self, g: &TargetGroup<'a>) -> Vec<Inline> {
        let ind = g.indicator;
        // Distinct goals, each with the facts that state it.
        let mut goals: Vec<(&'a Goal, Vec<usize>)> = Vec::new();
        for t in &g.targets {
            match goals.iter_mut().find(|(goal, _)| {
                goal.comparison == t.goal.comparison
                    && number::same_number(goal.value.value, t.goal.value.value)
            }) {
                Some((_, facts)) => facts.push(t.index),
                None => goals.push((t.goal, vec![t.index])),
            }
        }
        let mut inl = vec![Inline::plain(format!(
            "{DASH}Mục tiêu đến {}: {} ",
            format::date_phrase(&g.deadline),
            lower_first(&ind.name)
        ))];
        for (k, (goal, facts)) in goals.iter().enumerate() {
            if k > 0 {
                inl.push(Inline::plain(" hoặc "));
            }
            let words = if k == 0 {
                goal_words(ind, goal)
            } else {
                goal_level(ind, goal)
            };
            inl.push(Inline::plain(format!("{words} ")));
            inl.extend(self.cite_all(facts));
        }
        if goals.len() > 1 {
            inl.push(Inline::plain(" (các nguồn nêu khác nhau)"));
        }
        let points = self.measurements(&ind.id, |w| w <= self.to);
        let groups = Self::by_date(&points);
        match groups.last() {
            None => inl.push(Inline::plain("; chưa có số liệu về hiện trạng")),
            Some(latest) => {
                inl.push(Inline::plain("; hiện trạng: "));
                inl.extend(self.value_with_citations(ind, latest));
                if let Some(p) = Self::single_value(latest)
                    && format::is_exact(p.value)
                {
                    let gaps: Vec<String> = goals
                        .iter()
                        .map(|(goal, _)| {
                            let gap = super::gap_text(ind, goal, p.value.value);
                            if goals.len() > 1 {
                                format!("{gap} ({})", goal_level(ind, goal))
                            } else {
                                gap
                            }
                        })
                        .collect();
                    inl.push(Inline::plain(format!(", {}", gaps.join(", "))));
                }
            }
        }
        inl.push(Inline::plain("."));
        inl
    }

    /// Disagreements, none of whose facts is left out, touching a
    /// headline indicator inside the period.
    fn headline_conflicts(&self, headlines: &[&'a Indicator]) -> Vec<&'a Conflict> {
        let catalog = self.catalog;
        let on_headline = |f: &Fact| match &f.kind {
            FactKind::Measurement { indicator, .. }
            | FactKind::Target {
                indicator: Some(indicator),
                ..
            } => headlines.iter().any(|h| h.id == *indicator),
            _ => false,
        };
        catalog
            .conflicts()
            .iter()
            .filter(|x| !x.facts.iter().any(|id| self.is_excluded(id)))
            .filter(|x| {
                x.facts.iter().filter_map(|id| catalog.fact(id)).any(|f| {
                    on_headline(f) && f.date.when.is_none_or(|w| self.in_period(w.year_value()))
                })
            })
            .collect()
    }

    /// "- Các nguồn chưa thống nhất: … [1], [2]."
    fn conflict_point(&mut self, x: &Conflict) -> Vec<Inline> {
        self.conflict_item(DISAGREEMENT_LEAD, x)
    }
}
