//! "Những điểm chính": at most six sentences a leader can read aloud, one
//! per theme: each topic's headline indicator (its latest value and its
//! change since the start of the period) with the targets on it judged as
//! of the signing date. Disagreements between sources are notes on the
//! data ("Ghi chú về số liệu"), never a key point. Every number is a fact's value or date, or the difference of two
//! cited values; every point is cited; the body says the same things in
//! other forms (tables, target items), never in these sentences.

use super::Composer;
use super::cite::is_weak;
use super::figures::Point;
use super::targets::Standing;
use crate::brief::document::{HeadingLevel, Inline, ParagraphStyle};
use crate::brief::notation;
use crate::brief::wording::{
    DASH, KEY_POINTS_HEADING, NEWEST_FIGURE, NO_RELIABLE_FIGURE, WEAK_SOURCES_NOTE,
    newer_doubtful_words,
};
use crate::data::*;

/// At most this many key points.
pub const MAX_KEY_POINTS: usize = 6;

/// A key point: its words, the facts it rests on and its theme.
struct KeyPoint {
    inlines: Vec<Inline>,
    facts: Vec<usize>,
    theme: String,
}

/// A target fact with its goal.
pub(super) struct Goaled<'a> {
    pub index: usize,
    pub goal: &'a Goal,
}

/// Targets on one indicator with one deadline (several when sources
/// give different goals or repeat one).
pub(super) struct TargetGroup<'a> {
    pub indicator: &'a Indicator,
    pub deadline: PartialDate,
    pub targets: Vec<Goaled<'a>>,
}

/// "vào nhóm 4 nước dẫn đầu ASEAN", "vào nhóm 50", "đạt từ 80% trở lên".
pub(super) fn goal_words(ind: &Indicator, goal: &Goal) -> String {
    let level = match &ind.unit {
        Unit::Rank { .. } => {
            return crate::brief::wording::rank_group(
                &notation::number(goal.value.value, 0),
                ind.ranked_among.as_deref(),
            );
        }
        Unit::Percent | Unit::Index => notation::amount(&goal.value),
        Unit::Count { noun } => format!("{} {noun}", notation::amount(&goal.value)),
    };
    match goal.comparison {
        Comparison::AtLeast => format!("đạt từ {level} trở lên"),
        Comparison::AtMost => format!("không quá {level}"),
    }
}

/// A goal inside a key point, whose sentence opens with the indicator
/// (which names the group ranked): "vào nhóm 80".
fn point_goal_words(ind: &Indicator, goal: &Goal) -> String {
    match ind.unit {
        Unit::Rank { .. } => {
            crate::brief::wording::rank_group(&notation::number(goal.value.value, 0), None)
        }
        _ => goal_words(ind, goal),
    }
}

/// A conflict all of whose facts are in one source: a sentence that
/// contradicts itself.
pub(super) fn one_source(catalog: &Catalog, x: &Conflict) -> bool {
    x.facts
        .iter()
        .filter_map(|id| catalog.fact(id))
        .map(|f| f.source.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len()
        == 1
}

/// A target outside its indicator's sentence, naming the indicator:
/// "Mục tiêu thứ hạng Chính phủ điện tử trong ASEAN (10 nước) vào nhóm 4
/// đến năm 2025".
pub(super) fn target_phrase(ind: &Indicator, goal: &Goal, deadline: &PartialDate) -> String {
    format!(
        "Mục tiêu {} {} đến {}",
        super::finding::in_sentence(&ind.name),
        goal_words(ind, goal),
        notation::date_phrase(deadline)
    )
}

/// Months from the end of `d` to `day`: how old a figure is.
fn months_between(d: &PartialDate, day: &PartialDate) -> i32 {
    let end = d.year_value() * 12 + d.month_value().unwrap_or(12) as i32;
    let now = day.year_value() * 12 + day.month_value().unwrap_or(12) as i32;
    now - end
}

/// A figure older than this is flagged: the window and the document say
/// so.
pub const STALE_MONTHS: i32 = 24;

impl<'a> Composer<'a> {
    /// Writes the key points (heading and items) into the blocks, and
    /// notes the ones resting on figures older than two years.
    pub(super) fn key_points(&mut self, topics: &[&'a Topic]) {
        let catalog = self.catalog;
        let mut points: Vec<KeyPoint> = Vec::new();
        for topic in topics {
            let Some(ind) = topic.headline.as_deref().and_then(|i| catalog.indicator(i)) else {
                continue;
            };
            if points.len() < MAX_KEY_POINTS
                && let Some(p) = self.topic_point(topic, ind)
            {
                points.push(p);
            }
        }
        if points.is_empty() {
            return;
        }
        self.heading(HeadingLevel::Section, KEY_POINTS_HEADING.to_string());
        for mut p in points {
            if !p.facts.is_empty() && p.facts.iter().all(|&f| self.weak_fact(f)) {
                let end = p.inlines.pop();
                p.inlines
                    .push(Inline::plain(format!(" (theo {WEAK_SOURCES_NOTE})")));
                p.inlines.extend(end);
            }
            if let Some(newest) = self.newest_of(&p.facts)
                && months_between(&newest, &self.signing) > STALE_MONTHS
            {
                self.stale.push((self.blocks.len(), p.theme.clone()));
                self.stale_data.push(newest);
            }
            self.push_paragraph(ParagraphStyle::Item, p.inlines);
        }
    }

    /// A figure that may not lead: brought back from an untrustworthy
    /// source, or from a sentence the data marks as contradicting itself
    /// (a conflict all of whose facts are in one source).
    fn doubtful(&self, f: usize) -> bool {
        self.admitted.contains(&f) || self.contradicts_itself(f)
    }

    /// A figure from a sentence the data marks as contradicting itself (a
    /// conflict all of whose facts are in one source).
    pub(super) fn contradicts_itself(&self, f: usize) -> bool {
        let catalog = self.catalog;
        let id = &catalog.facts()[f].id;
        catalog
            .conflicts()
            .iter()
            .any(|x| one_source(catalog, x) && x.facts.contains(id))
    }

    fn weak_fact(&self, f: usize) -> bool {
        let catalog = self.catalog;
        catalog
            .source(&catalog.facts()[f].source)
            .is_none_or(is_weak)
    }

    /// The newest date of the measurements among `facts`.
    pub(super) fn newest_of(&self, facts: &[usize]) -> Option<PartialDate> {
        facts
            .iter()
            .map(|&f| &self.catalog.facts()[f])
            .filter_map(|f| match &f.kind {
                FactKind::Measurement { indicator, .. } => {
                    let editions = self.editions(indicator);
                    Some(editions.observed(self.catalog, f, f.date.when?))
                }
                _ => None,
            })
            .max_by_key(|d| d.sort_key())
    }

    /// "- Thứ hạng … theo số liệu gần nhất (năm 2020) là 86/193 [1], tăng
    /// 13 bậc so với 99/193 (năm 2014) [2]; mục tiêu vào nhóm 80 đến năm
    /// 2022 không đạt đúng hạn, …."
    fn topic_point(&mut self, topic: &Topic, ind: &'a Indicator) -> Option<KeyPoint> {
        // Doubtful figures never lead: the point uses the indicator's
        // other figures, or says it has no reliable one.
        let all: Vec<Point<'a>> = self.measurements(&ind.id, |w| self.in_period(w));
        let had_figures = !all.is_empty();
        let set_aside: Vec<usize> = all.iter().map(|p| p.index).collect();
        let (set_aside_points, points): (Vec<Point<'a>>, Vec<Point<'a>>) =
            all.into_iter().partition(|p| self.doubtful(p.index));
        let groups = Self::by_date(&points);
        let from = self.from;
        let targets = self.target_groups(&[topic], &[ind], |y| y >= from);
        let targets: Vec<&TargetGroup<'a>> = targets
            .iter()
            .filter(|g| g.indicator.id == ind.id)
            .collect();
        if !had_figures && targets.is_empty() {
            return None;
        }
        let mut facts: Vec<usize> = Vec::new();
        let mut inl = self.read_now(&format!("{DASH}{}", ind.name));
        if let (Some(first), Some(latest)) = (groups.first(), groups.last()) {
            facts.extend(latest.iter().map(|p| p.index));
            // Newer figures set aside as doubtful: the point says the one
            // it gives is the newest reliable one, and why.
            let newer_doubtful: Vec<&Point<'a>> = set_aside_points
                .iter()
                .filter(|p| p.when.sort_key() > latest[0].when.sort_key())
                .filter(|p| self.contradicts_itself(p.index))
                .collect();
            // With newer figures set aside, the figure is given by its
            // date, not as the newest: "… mức độ 4 năm 2020 là 30,86%".
            let when = latest[0].when_phrase();
            inl.push(Inline::plain(match newer_doubtful.is_empty() {
                true => format!(" {NEWEST_FIGURE} ({when}) là "),
                false => format!(" {when} là "),
            }));
            inl.extend(self.value_with_citations(ind, latest, false));
            if groups.len() >= 2
                && let (Some(a), Some(b)) = (Self::single_value(latest), Self::single_value(first))
                && notation::is_exact(a.value)
                && notation::is_exact(b.value)
            {
                facts.extend(first.iter().map(|p| p.index));
                inl.push(Inline::plain(format!(
                    ", {} so với ",
                    super::change_text(ind, b.value.value, a.value.value)
                )));
                inl.extend(self.value_with_citations(ind, first, true));
            }
            // "(theo cách phân loại trước Nghị định số 42/2022/NĐ-CP [n])":
            // a figure on a replaced classification says so where read first.
            inl.extend(self.applies_inline(&facts));
            if let Some(newer) = newer_doubtful.last() {
                let [lead, end] = newer_doubtful_words(&newer.when_phrase());
                let idx: Vec<usize> = newer_doubtful
                    .iter()
                    .filter(|p| p.when == newer.when)
                    .map(|p| p.index)
                    .collect();
                inl.push(Inline::plain(lead));
                inl.extend(self.cite_all(&idx));
                inl.push(Inline::plain(end));
            }
        } else if had_figures {
            // Cited: the reader can see which figures were set aside.
            inl.push(Inline::plain(format!("{NO_RELIABLE_FIGURE} ")));
            inl.extend(self.cite_all(&set_aside));
        } else {
            inl.push(Inline::plain(": chưa có số liệu trong giai đoạn"));
        }
        let mut lead = ". Mục tiêu";
        for run in self.same_outcome_runs(ind, &targets) {
            let said = run.iter().flat_map(|g| g.targets.iter().map(|t| t.index));
            facts.extend(said.clone());
            // Judged here, so said nowhere else.
            self.said_targets.extend(said);
            inl.extend(self.target_clause(lead, ind, &run, false));
            lead = "; mục tiêu";
        }
        inl.push(Inline::plain("."));
        Some(KeyPoint {
            inlines: inl,
            facts,
            theme: topic.name.clone(),
        })
    }

    /// Targets with the same deadline that came out the same way (both
    /// missed at the deadline, say) are told in one clause; an open target
    /// has its own distance to go, so it stands alone.
    pub(super) fn same_outcome_runs<'g>(
        &self,
        ind: &Indicator,
        targets: &[&'g TargetGroup<'a>],
    ) -> Vec<Vec<&'g TargetGroup<'a>>> {
        // Each run with the standing its targets share.
        let mut runs: Vec<(Standing, Vec<&'g TargetGroup<'a>>)> = Vec::new();
        for &g in targets {
            let standing = self.standing(ind, g.targets[0].goal, &g.deadline);
            let open = matches!(standing, Standing::Open { .. } | Standing::OpenNoData);
            match runs.last_mut() {
                Some((shared, run))
                    if !open && *shared == standing && run[0].deadline == g.deadline =>
                {
                    run.push(g)
                }
                _ => runs.push((standing, vec![g])),
            }
        }
        runs.into_iter().map(|(_, run)| run).collect()
    }

    /// "Mục tiêu vào nhóm 80 đến năm 2022 [4] không đạt đúng hạn (…)",
    /// or for targets told together "mục tiêu vào nhóm 50 [6] và vào nhóm
    /// 70 [7] đến năm 2025 không đạt đúng hạn (…)".
    /// `group`: name the group ranked ("vào nhóm 4 nước dẫn đầu ASEAN"),
    /// where no sentence about the indicator came first.
    pub(super) fn target_clause(
        &mut self,
        lead: &str,
        ind: &Indicator,
        run: &[&TargetGroup<'a>],
        group: bool,
    ) -> Vec<Inline> {
        let words = |goal: &Goal| {
            if group {
                goal_words(ind, goal)
            } else {
                point_goal_words(ind, goal)
            }
        };
        let deadline = run[0].deadline;
        let cited = |c: &mut Self, g: &TargetGroup<'a>| {
            let idx: Vec<usize> = g.targets.iter().map(|t| t.index).collect();
            c.cite_targets(&idx)
        };
        let mut out = Vec::new();
        if let [g] = run {
            out.push(Inline::plain(format!(
                "{lead} {} đến {} ",
                words(g.targets[0].goal),
                notation::date_phrase(&deadline)
            )));
            out.extend(cited(self, g));
        } else {
            for (k, g) in run.iter().enumerate() {
                let joint = if k == 0 {
                    format!("{lead} ")
                } else {
                    " và ".to_string()
                };
                out.push(Inline::plain(format!(
                    "{joint}{} ",
                    words(g.targets[0].goal)
                )));
                out.extend(cited(self, g));
            }
            out.push(Inline::plain(format!(
                " đến {}",
                notation::date_phrase(&deadline)
            )));
        }
        out.push(Inline::plain(" "));
        // In II each goal says how far it missed; a key point keeps to the
        // standing (the body's target items say the distance).
        let goals: Vec<&Goal> = run.iter().map(|g| g.targets[0].goal).collect();
        out.extend(self.standing_words_of(ind, &goals, &deadline, group));
        out
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
            match groups.iter_mut().find(|g| {
                g.indicator.id == ind.id
                    && g.deadline == deadline
                    && number::same_number(g.targets[0].goal.value.value, goal.value.value)
            }) {
                Some(g) => g.targets.push(t),
                None => groups.push(TargetGroup {
                    indicator: ind,
                    deadline,
                    targets: vec![t],
                }),
            }
        }
        for g in &mut groups {
            let mut idx: Vec<usize> = g.targets.iter().map(|t| t.index).collect();
            super::cite::keep_best(catalog, &mut idx);
            g.targets.retain(|t| idx.contains(&t.index));
        }
        groups.sort_by_key(|g| {
            let headline = headlines.iter().position(|h| h.id == g.indicator.id);
            (headline.is_none(), g.deadline.sort_key(), headline)
        });
        groups
    }
}
