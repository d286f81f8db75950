//! The short edition's body: each topic's headline finding in one or two
//! sentences, so the main part stands alone and a leader reads it in
//! minutes; the tables, charts and chronology are in the appendix. The
//! headline indicator is the key points' (never said twice), so a topic
//! says its other main figures, its newest development and, where there
//! is room, its nearest open target.

use super::Composer;
use super::figures::Point;
use crate::brief::document::{Emphasis, Inline};
use crate::brief::notation;
use crate::brief::wording::{INFERRED_MARK, LATEST_DEVELOPMENT, next_target};
use crate::data::{Fact, FactKind, Indicator, PartialDate, Topic};

/// A fact with its index in the catalog.
type Indexed<'a> = (usize, &'a Fact);

/// At most this many figures in a topic's finding.
const FIGURES: usize = 2;

/// "Điểm EGDI" inside a sentence: "điểm EGDI"; a name that opens with
/// an acronym or a proper name keeps it ("EGDI …", "Cổng …").
pub(super) fn in_sentence(name: &str) -> String {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or_default();
    // "Chỉ số phát triển Chính phủ điện tử (EGDI)" is the index's name.
    let keep = first.chars().skip(1).any(char::is_uppercase)
        || ["Cổng", "Trục", "Trung", "Nền", "Hệ"].contains(&first)
        || name.starts_with("Chỉ số ");
    if keep {
        return name.to_string();
    }
    let mut c = first.chars();
    let lowered: String = c
        .next()
        .map_or(String::new(), |f| f.to_lowercase().chain(c).collect());
    std::iter::once(lowered.as_str())
        .chain(words)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A date as the last day it can mean: the newest of several dates.
fn end_key(d: &PartialDate) -> (i32, u8, u8) {
    (
        d.year_value(),
        d.month_value().unwrap_or(12),
        d.day_value().unwrap_or(31),
    )
}

impl<'a> Composer<'a> {
    /// The topic's finding: its figures, its newest development, its
    /// nearest open target; the first two that exist.
    pub(super) fn finding(
        &mut self,
        topic: &Topic,
        series: &[(&'a Indicator, Vec<Point<'a>>)],
        facts: &[Indexed<'a>],
    ) -> Vec<Inline> {
        let mut sentences: Vec<Vec<Inline>> = Vec::new();
        sentences.extend(self.figures_sentence(topic, series, false));
        // An event (a decree, a launch) earns the page, then an open
        // target; a statement or an opinion only when the topic has
        // nothing else: the rest is in the appendix.
        sentences.extend(self.latest_development(facts, true));
        if sentences.len() < 2 {
            sentences.extend(self.next_target(facts));
        }
        if sentences.is_empty() {
            sentences.extend(self.latest_development(facts, false));
        }
        if sentences.is_empty() {
            sentences.extend(self.figures_sentence(topic, series, true));
        }
        let mut out = Vec::new();
        for (k, s) in sentences.into_iter().take(2).enumerate() {
            if k > 0 {
                out.push(Inline::plain(" "));
            }
            out.extend(s);
        }
        out
    }

    /// "Theo số liệu năm 2024, chỉ số … (EGDI) là 0,7709 [5]; thứ hạng …
    /// là 75/193 [6]." The newest figures of the topic's main
    /// indicators other than its headline (unless `headline`).
    fn figures_sentence(
        &mut self,
        topic: &Topic,
        series: &[(&'a Indicator, Vec<Point<'a>>)],
        headline: bool,
    ) -> Option<Vec<Inline>> {
        let mut newest: Vec<(&'a Indicator, Vec<&Point<'a>>)> = series
            .iter()
            .filter(|(ind, _)| !ind.detail)
            .filter(|(ind, _)| headline || topic.headline.as_deref() != Some(ind.id.as_str()))
            .filter_map(|(ind, points)| {
                let groups = Self::by_date(points);
                let last = groups.last()?.clone();
                Self::single_value(&last).map(|_| (*ind, last))
            })
            .collect();
        // The newest first; dataset order among equals.
        newest.sort_by_key(|(_, g)| std::cmp::Reverse(end_key(&g[0].when)));
        newest.truncate(FIGURES);
        let first = newest.first()?;
        let one_date = newest.iter().all(|(_, g)| g[0].when == first.1[0].when);
        let mut out = vec![Inline::plain(if one_date {
            format!("Theo số liệu {}, ", notation::date_phrase(&first.1[0].when))
        } else {
            "Theo số liệu gần nhất, ".to_string()
        })];
        for (k, (ind, group)) in newest.iter().enumerate() {
            if k > 0 {
                out.push(Inline::plain("; "));
            }
            out.push(Inline::plain(format!("{} là ", in_sentence(&ind.name))));
            out.push(Inline::styled(
                Self::value_text(ind, group[0].value),
                Emphasis::Bold,
            ));
            if one_date {
                out.push(Inline::plain(" "));
            } else {
                out.push(Inline::plain(format!(
                    " ({}) ",
                    notation::date_phrase(&group[0].when)
                )));
            }
            let idx: Vec<usize> = group.iter().map(|p| p.index).collect();
            out.extend(self.cite_all(&idx));
            out.extend(self.applies_inline(&idx));
        }
        out.push(Inline::plain("."));
        Some(out)
    }

    /// "Diễn biến gần nhất, ngày 12/11/2022: … [4]." An event (a decree,
    /// a launch) before a statement: it is what happened.
    fn latest_development(
        &mut self,
        facts: &[Indexed<'a>],
        events_only: bool,
    ) -> Option<Vec<Inline>> {
        let (index, f) = facts
            .iter()
            .copied()
            .filter(|(_, f)| match f.kind {
                FactKind::Event { .. } => true,
                FactKind::Statement => !events_only,
                _ => false,
            })
            .filter(|(_, f)| f.date.when.is_some_and(|w| self.in_period(w.year_value())))
            .filter(|(_, f)| !self.stale_expectation(f))
            .max_by_key(|(i, f)| {
                (
                    matches!(f.kind, FactKind::Event { .. }),
                    f.date.when.map(|w| end_key(&w)),
                    std::cmp::Reverse(*i),
                )
            })?;
        let when = f.date.when?;
        let mut date = notation::date_phrase(&when);
        if f.date.inferred.is_some() {
            date.push_str(INFERRED_MARK);
            self.inferred_marked = true;
        }
        let mut out = self.told(index, f, &format!("{LATEST_DEVELOPMENT}, {date}"), None);
        out.push(Inline::plain("."));
        Some(out)
    }

    /// "Mục tiêu đến năm 2025 (còn thời hạn): … [7], [8]." A target
    /// not measured by an indicator whose deadline is still ahead.
    fn next_target(&mut self, facts: &[Indexed<'a>]) -> Option<Vec<Inline>> {
        let open: Vec<Indexed<'a>> = facts
            .iter()
            .copied()
            .filter(|(_, f)| {
                matches!(&f.kind, FactKind::Target { indicator, goal } if indicator.is_none() || goal.is_none())
            })
            .filter(|(_, f)| {
                f.date
                    .when
                    .is_some_and(|w| self.in_period(w.year_value()) && !self.deadline_passed(&w))
            })
            .collect();
        let &(_, f) = open
            .iter()
            .min_by_key(|(i, f)| (f.date.when.map(|w| end_key(&w)), *i))?;
        let when = f.date.when?;
        let same: Vec<usize> = open
            .iter()
            .filter(|(_, g)| super::targets::same_target(f, g))
            .map(|(i, _)| *i)
            .collect();
        let mut out = vec![Inline::plain(format!(
            "{}: {} ",
            next_target(&notation::date_phrase(&when)),
            self.as_of_signing(f)
        ))];
        out.extend(self.cite_all(&same));
        out.push(Inline::plain("."));
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::in_sentence;

    #[test]
    fn a_name_inside_a_sentence() {
        assert_eq!(
            in_sentence("Tỷ lệ hồ sơ xử lý trực tuyến"),
            "tỷ lệ hồ sơ xử lý trực tuyến"
        );
        assert_eq!(
            in_sentence("Chỉ số phát triển Chính phủ điện tử (EGDI)"),
            "Chỉ số phát triển Chính phủ điện tử (EGDI)"
        );
        assert_eq!(in_sentence("EGDI"), "EGDI");
        assert_eq!(
            in_sentence("Thứ hạng Chính phủ điện tử trong ASEAN (10 nước)"),
            "thứ hạng Chính phủ điện tử trong ASEAN (10 nước)"
        );
    }
}
