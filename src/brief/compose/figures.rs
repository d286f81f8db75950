//! Key figures of an indicator (latest value, change, the whole series,
//! how derived values were obtained) and targets against the latest
//! status.

use super::Composer;
use super::topic::Part;
use crate::brief::document::*;
use crate::brief::format;
use crate::brief::wording::{DASH, KEY_FIGURES_LEAD};
use crate::data::*;

/// A measurement of an indicator, with its fact index.
pub(super) struct Point<'a> {
    pub index: usize,
    pub fact: &'a Fact,
    pub when: PartialDate,
    pub value: &'a Amount,
    pub derived: Option<&'a Derivation>,
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
        let mut points: Vec<Point<'a>> = self
            .facts()
            .filter_map(|(index, f)| match &f.kind {
                FactKind::Measurement {
                    indicator,
                    value,
                    derived,
                } if indicator == indicator_id => {
                    let when = f.date.when?;
                    keep(when.year_value()).then_some(Point {
                        index,
                        fact: f,
                        when,
                        value,
                        derived: derived.as_ref(),
                    })
                }
                _ => None,
            })
            .collect();
        points.sort_by_key(|p| p.when.sort_key());
        points
    }

    /// How a value is printed in the text: "86/193", "30,86%",
    /// "hơn 6,3 triệu văn bản".
    pub(super) fn value_text(ind: &Indicator, a: &Amount) -> String {
        match &ind.unit {
            Unit::Rank { out_of } => {
                let mut a = a.clone();
                a.out_of = a.out_of.or(*out_of);
                format::rank(&a)
            }
            Unit::Percent => format::amount(a),
            Unit::Count { noun } => format!("{} {noun}", format::amount(a)),
        }
    }

    /// Short label next to a chart point.
    pub(super) fn chart_label(ind: &Indicator, a: &Amount) -> String {
        match &ind.unit {
            Unit::Rank { .. } => format::number(a.value, 0),
            _ => format::amount(a),
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

    pub(super) fn value_with_citations(
        &mut self,
        ind: &Indicator,
        group: &[&Point<'a>],
    ) -> Vec<Inline> {
        let when = format::date_phrase(&group[0].when);
        let inferred = if group.iter().all(|p| p.fact.date.inferred.is_some()) {
            ", suy ra"
        } else {
            ""
        };
        let mut out = Vec::new();
        match Self::single_value(group) {
            Some(p) => {
                let derived = if p.derived.is_some() { ", suy ra" } else { "" };
                out.push(Inline::styled(
                    Self::value_text(ind, p.value),
                    Emphasis::Bold,
                ));
                out.push(Inline::plain(format!(" ({when}{inferred}{derived}) ")));
                let idx: Vec<usize> = group.iter().map(|p| p.index).collect();
                out.extend(self.cite_all(&idx));
            }
            None => {
                out.push(Inline::plain(format!(
                    "các nguồn không thống nhất ({when}{inferred}): "
                )));
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

    /// The latest value and its change, the whole series, how derived
    /// values were obtained, and a chart where there are two or more dates.
    pub(super) fn key_figure(&mut self, ind: &Indicator, points: &[Point<'a>], part: Part) {
        let groups = Self::by_date(points);
        if part != Part::Details {
            self.latest_and_change(ind, &groups);
        }
        if part == Part::Latest {
            return;
        }
        if groups.len() > 2 {
            self.series_note(ind, &groups);
        }
        self.derivation_notes(points);
        if groups.len() >= 2 {
            let chart = self.chart(ind, points);
            self.blocks.push(Block::Chart(chart));
        }
    }

    /// The short edition's key figures of a topic in one paragraph:
    /// "Số liệu chính: A: 86/193 (năm 2020) [1], tăng 2 bậc so với …; B: …."
    pub(super) fn figures_paragraph(&mut self, series: &[(&'a Indicator, Vec<Point<'a>>)]) {
        let mut inl = vec![Inline::styled(KEY_FIGURES_LEAD, Emphasis::Italic)];
        for (k, (ind, points)) in series.iter().enumerate() {
            self.dated_facts += points.len();
            let groups = Self::by_date(points);
            let Some(latest) = groups.last() else {
                continue;
            };
            if k > 0 {
                inl.push(Inline::plain("; "));
            }
            inl.push(Inline::plain(format!("{}: ", ind.name)));
            inl.extend(self.value_with_citations(ind, latest));
            if groups.len() >= 2 {
                let prev = &groups[groups.len() - 2];
                if let (Some(a), Some(b)) = (Self::single_value(latest), Self::single_value(prev))
                    && format::is_exact(a.value)
                    && format::is_exact(b.value)
                {
                    inl.push(Inline::plain(format!(
                        ", {} so với ",
                        change_text(ind, b.value.value, a.value.value)
                    )));
                    inl.extend(self.value_with_citations(ind, prev));
                }
            }
        }
        inl.push(Inline::plain("."));
        self.push_paragraph(ParagraphStyle::Body, inl);
    }

    /// Whether an indicator's points have anything beyond the latest
    /// value and its change: a series, a derivation or a chart.
    pub(super) fn has_details(points: &[Point<'a>]) -> bool {
        Self::by_date(points).len() >= 2 || points.iter().any(|p| p.derived.is_some())
    }

    /// "- Xếp hạng EGDI: 86/193 (năm 2020) [1]; so với 88/193 …: tăng 2 bậc."
    fn latest_and_change(&mut self, ind: &Indicator, groups: &[Vec<&Point<'a>>]) {
        let latest = groups.last().expect("non-empty series");
        let mut inl = vec![Inline::plain(format!("{DASH}{}: ", ind.name))];
        inl.extend(self.value_with_citations(ind, latest));
        if groups.len() >= 2 {
            let prev = &groups[groups.len() - 2];
            inl.push(Inline::plain("; so với "));
            inl.extend(self.value_with_citations(ind, prev));
            if let (Some(a), Some(b)) = (Self::single_value(latest), Self::single_value(prev))
                && format::is_exact(a.value)
                && format::is_exact(b.value)
            {
                inl.push(Inline::plain(format!(
                    ": {}",
                    change_text(ind, b.value.value, a.value.value)
                )));
            }
        }
        inl.push(Inline::plain("."));
        self.push_item(inl);
    }

    /// The whole series, when it is longer than the two values above.
    fn series_note(&mut self, ind: &Indicator, groups: &[Vec<&Point<'a>>]) {
        let mut inl = vec![Inline::plain("  Các mốc: ")];
        for (k, g) in groups.iter().enumerate() {
            if k > 0 {
                inl.push(Inline::plain("; "));
            }
            inl.push(Inline::plain(format!("{}: ", g[0].when.to_short())));
            match Self::single_value(g) {
                Some(p) => {
                    let d = if p.derived.is_some() { " (suy ra)" } else { "" };
                    inl.push(Inline::plain(format!(
                        "{}{d} ",
                        Self::chart_label(ind, p.value)
                    )));
                    let idx: Vec<usize> = g.iter().map(|p| p.index).collect();
                    inl.extend(self.cite_all(&idx));
                }
                None => {
                    for (j, p) in g.iter().enumerate() {
                        if j > 0 {
                            inl.push(Inline::plain(" hoặc "));
                        }
                        inl.push(Inline::plain(format!(
                            "{} ",
                            Self::chart_label(ind, p.value)
                        )));
                        inl.push(self.cite(p.index));
                    }
                }
            }
        }
        inl.push(Inline::plain("."));
        self.push_paragraph(ParagraphStyle::Note, inl);
    }

    /// How each derived value was obtained.
    fn derivation_notes(&mut self, points: &[Point<'a>]) {
        for p in points {
            if let Some(d) = p.derived {
                let mut inl = vec![Inline::plain(format!(
                    "Giá trị {} là suy ra: {} ",
                    format::date_phrase(&p.when),
                    sentence(&d.explanation)
                ))];
                inl.push(self.cite(p.index));
                inl.push(Inline::plain("."));
                self.push_paragraph(ParagraphStyle::Note, inl);
            }
        }
    }

    pub(super) fn target_item(&mut self, index: usize, f: &Fact) {
        let deadline = f
            .date
            .when
            .map(|w| format::date_phrase(&w))
            .map(|d| format!("Đến {d}"))
            .unwrap_or_else(|| "Thời hạn không rõ".into());
        let mut inl = vec![Inline::plain(format!(
            "{DASH}{deadline}: {} ",
            sentence(&f.summary)
        ))];
        inl.push(self.cite(index));
        inl.push(Inline::plain("."));
        if let FactKind::Target {
            indicator: Some(ind_id),
            goal: Some(goal),
        } = &f.kind
            && let Some(ind) = self.catalog.indicator(ind_id)
        {
            // The latest status up to the end of the period.
            let points = self.measurements(ind_id, |w| w <= self.to);
            let groups = Self::by_date(&points);
            match groups.last() {
                None => inl.push(Inline::plain(" Chưa có số liệu về hiện trạng.")),
                Some(latest) => {
                    inl.push(Inline::plain(format!(" Hiện trạng ({}): ", ind.name)));
                    inl.extend(self.value_with_citations(ind, latest));
                    if let Some(p) = Self::single_value(latest)
                        && format::is_exact(p.value)
                    {
                        inl.push(Inline::plain(format!(
                            ", {}",
                            gap_text(ind, goal, p.value.value)
                        )));
                    }
                    inl.push(Inline::plain("."));
                }
            }
        }
        self.push_item(inl);
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
            let places = format::number(delta.abs(), 0);
            // A smaller rank number is a better place: "tăng" bậc.
            if (delta < 0.0) == better_if_lower {
                format!("tăng {places} bậc")
            } else {
                format!("giảm {places} bậc")
            }
        }
        Unit::Percent => signed_change(delta, "điểm phần trăm"),
        Unit::Count { noun } => signed_change(delta, noun),
    }
}

/// "tăng 1,5 điểm phần trăm"; a change that shows as 0 at two decimals
/// is "gần như không đổi", never "tăng 0".
fn signed_change(delta: f64, unit: &str) -> String {
    let amount = format::number(delta.abs(), 2);
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
        Unit::Rank { .. } => (format::number(gap, 0), "bậc", "1"),
        Unit::Percent => (format::number(gap, 2), "điểm phần trăm", "0,01"),
        Unit::Count { noun } => (format::number(gap, 2), noun.as_str(), "0,01"),
    };
    if amount == "0" {
        return format!("còn cách mục tiêu chưa đến {least} {unit}");
    }
    format!("còn cách mục tiêu {amount} {unit}")
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
