//! The measurements of an indicator and how a value is written: grouped
//! by date, with their citations, and the change between two values or
//! the gap to a goal.

use super::Composer;
use crate::brief::document::*;
use crate::brief::notation;
use crate::brief::wording::DERIVED_WORDS;
use crate::data::*;

/// A measurement of an indicator, with its fact index.
#[derive(Clone, Copy)]
pub(super) struct Point<'a> {
    pub index: usize,
    pub fact: &'a Fact,
    pub when: PartialDate,
    pub value: &'a Amount,
    pub derived: Option<&'a Derivation>,
    /// A place computed from a table's rows.
    pub ranked: Option<&'a TableRank>,
}

impl Point<'_> {
    /// Derived from another fact or computed from a table's rows: drawn
    /// hollow and explained in a note.
    pub fn is_derived(&self) -> bool {
        self.derived.is_some() || self.ranked.is_some()
    }
}

impl Point<'_> {
    /// The table's "Thời điểm": "19/8/2021", or what a running or
    /// year-to-date count covers ("lũy kế từ 12/3/2019 đến 19/8/2021").
    pub fn when_short(&self) -> String {
        self.with_basis(self.when.to_short())
    }

    /// The same inside a sentence: "ngày 19/8/2021", "từ đầu năm đến
    /// ngày 1/11/2022".
    pub fn when_phrase(&self) -> String {
        self.with_basis(notation::date_phrase(&self.when))
    }

    fn with_basis(&self, end: String) -> String {
        let basis = self.fact.date.basis.as_ref();
        basis
            .and_then(|b| crate::brief::wording::basis_words(b, &end))
            .unwrap_or(end)
    }
}

/// A value dated by a day or a month that equals the value stated for
/// its whole year is that year's observation, cited twice, never a second
/// point beside it ("2024" and "19/9/2024").
fn same_as_the_year(points: &mut [Point<'_>]) {
    let years: Vec<(PartialDate, f64, Qualifier)> = points
        .iter()
        .filter(|p| p.when.precision() == Precision::Year)
        .map(|p| (p.when, p.value.value, p.value.qualifier))
        .collect();
    for p in points.iter_mut() {
        let year = PartialDate::year(p.when.year_value());
        let same = years.iter().any(|(w, v, q)| {
            *w == year && number::same_number(*v, p.value.value) && *q == p.value.qualifier
        });
        if p.when.precision() != Precision::Year && same {
            p.when = year;
        }
    }
}

/// A summary as the body of a sentence: no end punctuation of its own.
pub(super) fn sentence(s: &str) -> String {
    s.trim().trim_end_matches(['.', ';']).to_string()
}

impl<'a> Composer<'a> {
    /// Dated measurements of an indicator whose year passes `keep`, in
    /// date order.
    pub(super) fn measurements(
        &self,
        indicator_id: &str,
        keep: impl Fn(i32) -> bool,
    ) -> Vec<Point<'a>> {
        let editions = self.editions(indicator_id);
        let mut points: Vec<Point<'a>> = self
            .facts()
            .filter_map(|(index, f)| match &f.kind {
                FactKind::Measurement {
                    indicator,
                    value,
                    derived,
                    ranked,
                    ..
                } if indicator == indicator_id => {
                    let when = editions.observed(self.catalog, f, f.date.when?);
                    keep(when.year_value()).then_some(Point {
                        index,
                        fact: f,
                        when,
                        value,
                        derived: derived.as_ref(),
                        ranked: ranked.as_deref(),
                    })
                }
                _ => None,
            })
            .collect();
        same_as_the_year(&mut points);
        points.sort_by_key(|p| p.when.sort_key());
        // The same value at the same date from a better source: cite
        // that one only; but a figure the user added is the same
        // observation, cited beside it.
        let rank = |p: &Point<'a>| super::cite::fact_rank(self.catalog, p.index);
        let outranked: Vec<usize> = points
            .iter()
            .filter(|p| !super::cite::is_users(self.catalog, p.index))
            .filter(|p| {
                points.iter().any(|q| {
                    q.when == p.when
                        && number::same_number(q.value.value, p.value.value)
                        && q.value.qualifier == p.value.qualifier
                        && rank(q) > rank(p)
                })
            })
            .map(|p| p.index)
            .collect();
        points.retain(|p| !outranked.contains(&p.index));
        points
    }

    /// How a value is printed in the text: "86/193", "30,86%", "45 bộ,
    /// cơ quan, địa phương"; a count whose indicator's name already says
    /// what is counted is the number alone ("Số lượt cán bộ, công chức,
    /// viên chức …: 117.158", not "117.158 lượt cán bộ, công chức, viên
    /// chức" after it).
    pub(super) fn value_text(ind: &Indicator, a: &Amount) -> String {
        match &ind.unit {
            Unit::Rank { out_of } => {
                let mut a = a.clone();
                a.out_of = a.out_of.or(*out_of);
                notation::rank(&a)
            }
            Unit::Percent | Unit::Index => notation::amount(a),
            Unit::Count { noun } if ind.name.to_lowercase().contains(&noun.to_lowercase()) => {
                notation::amount(a)
            }
            Unit::Count { noun } => format!("{} {noun}", notation::amount(a)),
        }
    }

    /// Short label next to a chart point.
    pub(super) fn chart_label(ind: &Indicator, a: &Amount) -> String {
        match &ind.unit {
            Unit::Rank { .. } => notation::number(a.value, 0),
            _ => notation::amount(a),
        }
    }

    /// Groups points by date (several sources may report the same date).
    pub(super) fn by_date<'p>(points: &'p [Point<'a>]) -> Vec<Vec<&'p Point<'a>>> {
        let mut groups: Vec<Vec<&Point>> = Vec::new();
        for p in points {
            match groups.last_mut() {
                Some(g) if g[0].when == p.when => g.push(p),
                _ => groups.push(vec![p]),
            }
        }
        groups
    }

    pub(super) fn single_value<'p>(group: &[&'p Point<'a>]) -> Option<&'p Point<'a>> {
        let first = group.first()?;
        group
            .iter()
            .all(|p| {
                number::same_number(p.value.value, first.value.value)
                    && p.value.qualifier == first.value.qualifier
            })
            .then_some(*first)
    }

    /// A date group's value, cited: "86/193 (năm 2020) [1], [2]"; with
    /// `dated` false, without the date (said before it). Several values
    /// at one date: "23/47 theo [3] và 24/47 theo [1]".
    pub(super) fn value_with_citations(
        &mut self,
        ind: &Indicator,
        group: &[&Point<'a>],
        dated: bool,
    ) -> Vec<Inline> {
        let when = group[0].when_phrase();
        let mut out = Vec::new();
        match Self::single_value(group) {
            Some(p) => {
                out.push(Inline::styled(
                    Self::value_text(ind, p.value),
                    Emphasis::Bold,
                ));
                // One source stating the value makes it stated, not derived.
                let all = group.iter().all(|p| p.is_derived());
                let derived = all.then_some(DERIVED_WORDS);
                let note: Vec<&str> = [dated.then_some(when.as_str()), derived]
                    .into_iter()
                    .flatten()
                    .collect();
                if note.is_empty() {
                    out.push(Inline::plain(" "));
                } else {
                    out.push(Inline::plain(format!(" ({}) ", note.join(", "))));
                }
                let idx: Vec<usize> = group.iter().map(|p| p.index).collect();
                out.extend(self.cite_all(&idx));
            }
            None => {
                if dated {
                    out.push(Inline::plain(format!(
                        "các nguồn không thống nhất ({when}): "
                    )));
                } else {
                    out.push(Inline::plain("các nguồn không thống nhất: "));
                }
                for (k, p) in group.iter().enumerate() {
                    if k > 0 {
                        out.push(Inline::plain(k_sep(k, group.len())));
                    }
                    out.push(Inline::styled(
                        Self::value_text(ind, p.value),
                        Emphasis::Bold,
                    ));
                    out.push(Inline::plain(" theo "));
                    out.push(self.cite(p.index));
                }
            }
        }
        out
    }
}

fn k_sep(k: usize, n: usize) -> &'static str {
    if k + 1 == n { " và " } else { ", " }
}

/// "tăng 2 bậc", "tăng 12,54 điểm phần trăm", "giảm 1.234 văn bản".
pub fn change_text(ind: &Indicator, before: f64, after: f64) -> String {
    let better_if_lower = ind.direction == Direction::LowerIsBetter;
    let delta = after - before;
    if number::same_number(before, after) {
        return "không đổi".to_string();
    }
    match &ind.unit {
        Unit::Rank { .. } => {
            let places = notation::number(delta.abs(), 0);
            // A smaller rank number is a better place: "tăng" bậc.
            if (delta < 0.0) == better_if_lower {
                format!("tăng {places} bậc")
            } else {
                format!("giảm {places} bậc")
            }
        }
        Unit::Percent => signed_change(delta, "điểm phần trăm"),
        Unit::Count { noun } => signed_change(delta, noun),
        Unit::Index => {
            let word = if delta > 0.0 { "tăng" } else { "giảm" };
            format!("{word} {} điểm", notation::number(delta.abs(), 4))
        }
    }
}

/// How far a newer value is below an earlier, better one, said as a gap
/// and not as a change (it may have been climbing back since): "thấp
/// hơn 16 bậc", "thấp hơn 3,5 điểm phần trăm", "ít hơn 1.234 văn bản".
pub fn shortfall_text(ind: &Indicator, best: f64, now: f64) -> String {
    let gap = (now - best).abs();
    match &ind.unit {
        Unit::Rank { .. } => format!("thấp hơn {} bậc", notation::number(gap, 0)),
        Unit::Percent => format!("thấp hơn {} điểm phần trăm", notation::number(gap, 2)),
        Unit::Index => format!("thấp hơn {} điểm", notation::number(gap, 4)),
        Unit::Count { noun } if ind.direction == Direction::HigherIsBetter => {
            format!("ít hơn {} {noun}", notation::number(gap, 2))
        }
        Unit::Count { noun } => format!("nhiều hơn {} {noun}", notation::number(gap, 2)),
    }
}

/// "tăng 1,5 điểm phần trăm"; a change that shows as 0 at two decimals
/// is "gần như không đổi", never "tăng 0".
fn signed_change(delta: f64, unit: &str) -> String {
    let amount = notation::number(delta.abs(), 2);
    if amount == "0" {
        return format!("gần như không đổi (chênh lệch dưới 0,01 {unit})");
    }
    let word = if delta > 0.0 { "tăng" } else { "giảm" };
    format!("{word} {amount} {unit}")
}

/// How far the latest value is from a goal.
pub fn gap_text(ind: &Indicator, goal: &Goal, latest: f64) -> String {
    let reached = match goal.comparison {
        Comparison::AtMost => latest <= goal.value.value,
        Comparison::AtLeast => latest >= goal.value.value,
    };
    if reached {
        return "đã đạt mức mục tiêu".to_string();
    }
    let gap = (latest - goal.value.value).abs();
    let (amount, unit, least) = match &ind.unit {
        Unit::Rank { .. } => (notation::number(gap, 0), "bậc", "1"),
        Unit::Percent => (notation::number(gap, 2), "điểm phần trăm", "0,01"),
        Unit::Count { noun } => (notation::number(gap, 2), noun.as_str(), "0,01"),
        Unit::Index => (notation::number(gap, 4), "điểm", "0,0001"),
    };
    if amount == "0" {
        return format!("còn cách chưa đến {least} {unit}");
    }
    format!("còn cách {amount} {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Direction, Indicator, Unit};

    fn percent() -> Indicator {
        serde_json::from_value(serde_json::json!({
            "id": "p", "topic": "t", "name": "Tỉ lệ", "definition": "d",
            "unit": {"type": "percent"}, "direction": "higher_is_better"
        }))
        .unwrap()
    }

    #[test]
    fn a_shortfall_is_a_gap_to_the_best_figure() {
        let ind = percent();
        assert_eq!(
            shortfall_text(&ind, 45.0, 41.5),
            "thấp hơn 3,5 điểm phần trăm"
        );
    }

    #[test]
    fn a_change_that_rounds_to_zero_is_not_an_increase_of_zero() {
        let ind = percent();
        assert_eq!(ind.direction, Direction::HigherIsBetter);
        assert!(matches!(ind.unit, Unit::Percent));
        assert_eq!(change_text(&ind, 30.86, 32.36), "tăng 1,5 điểm phần trăm");
        let tiny = change_text(&ind, 30.861, 30.863);
        assert!(!tiny.contains(" 0 "), "{tiny}");
        assert!(tiny.starts_with("gần như không đổi"), "{tiny}");
    }
}
