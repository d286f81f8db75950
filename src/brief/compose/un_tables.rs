//! What the UN survey tables add to a topic: the chart comparing Việt Nam with the other ASEAN
//! states in the newest edition, drawn from the very rows the place cites.

use super::Composer;
use super::figures::Point;
use crate::brief::document::*;
use crate::brief::wording::{COMPARISON_AXIS, state_name};
use crate::data::table;
use crate::data::{FactKind, Group, Indicator};

/// "năm 2014, 2016 và 2018".
pub(super) fn years_phrase(years: &[i32]) -> String {
    let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    match list.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("năm {} và {last}", rest.join(", "))
        }
        _ => format!("năm {}", list.join("")),
    }
}

/// An indicator's name without its explanation in brackets: "Điểm EGDI"
/// in "Điểm EGDI (phát triển Chính phủ điện tử)".
pub(super) fn short_name(name: &str) -> &str {
    name.split_once(" (").map_or(name, |(head, _)| head)
}

/// The acronym in brackets at the end of an index's name: "EGDI" in
/// "Chỉ số phát triển Chính phủ điện tử (EGDI)".
fn acronym(name: &str) -> Option<&str> {
    let inner = name.trim_end().strip_suffix(')')?.rsplit_once('(')?.1;
    (!inner.is_empty() && inner.chars().all(|c| c.is_ascii_uppercase())).then_some(inner)
}

/// A score printed with the four decimals the UN prints: "0,7709".
fn score_label(v: f64) -> String {
    format!("{v:.4}").replace('.', ",")
}

/// The UN survey's group of a state by its score, 0 (low) to 3 (very
/// high): the survey's method puts a score above 0,75 in the very high
/// group, from 0,50 in the high, from 0,25 in the middle, below in the
/// low (pages in seeds/un-egov/README.md). By this rule the bundled 2024
/// table has 76, 62, 44 and 11 states in the four groups, as the UN
/// reported for 2024.
pub(super) fn un_group(score: f64) -> usize {
    match score {
        s if s > 0.75 => 3,
        s if s >= 0.5 => 2,
        s if s >= 0.25 => 1,
        _ => 0,
    }
}

impl<'a> Composer<'a> {
    /// The newest score of the period, with the one before it, of an
    /// indicator the UN groups states by, when the two put Việt Nam in
    /// different groups: the change is a development of its topic.
    pub(super) fn group_change(
        ind: &Indicator,
        points: &[Point<'a>],
    ) -> Option<(Point<'a>, Point<'a>)> {
        let [.., before, newest] = points else {
            return None;
        };
        let changed = un_group(before.value.value) != un_group(newest.value.value);
        (ind.un_groups && changed).then_some((*newest, *before))
    }

    /// "Điểm EGDI của Việt Nam là 0,7709 [1] (năm 2022: 0,6787 [2]);
    /// theo cách phân nhóm của Liên hợp quốc …, Việt Nam chuyển từ nhóm
    /// … ở mức cao lên nhóm ở mức rất cao".
    pub(super) fn group_change_told(
        &mut self,
        ind: &Indicator,
        (newest, before): (Point<'a>, Point<'a>),
    ) -> Vec<Inline> {
        let score = acronym(&ind.name).unwrap_or_else(|| short_name(&ind.name));
        let [lead, middle, end] = crate::brief::wording::un_group_change(
            score,
            &score_label(newest.value.value),
            (before.when.year_value(), &score_label(before.value.value)),
            un_group(before.value.value),
            un_group(newest.value.value),
        );
        vec![
            Inline::plain(lead),
            self.cite(newest.index),
            Inline::plain(middle),
            self.cite(before.index),
            Inline::plain(end),
        ]
    }

    /// Việt Nam against the other ASEAN states in the newest edition of
    /// the series: one bar per row the ASEAN place was computed from, by
    /// the score it was computed on. `None` without such a place.
    pub(super) fn comparison_chart(&mut self, points: &[Point<'a>]) -> Option<ChartSpec> {
        let p = points
            .iter()
            .rev()
            .find(|p| p.ranked.is_some_and(|r| r.group == Group::Asean))?;
        let rule = p.ranked?;
        let catalog = self.catalog;
        let source = catalog.source(&p.fact.source)?;
        let meta = source.table.as_ref()?;
        let text = catalog.source_text(source);
        let mut bars = Vec::new();
        for &row in &rule.rows {
            let name = table::state_name(text, row, &meta.name_column).ok()?;
            let field = table::cell(text, row, &rule.column).ok()?;
            let value = table::round_written(&field, 4)?;
            bars.push(ChartBar {
                label: state_name(&name).unwrap_or(&name).to_string(),
                value,
                value_label: score_label(value),
                marked: row == p.fact.quote.span(),
            });
        }
        bars.sort_by(|a, b| b.value.total_cmp(&a.value));
        // The score the place was computed on, named as its indicator is.
        let score = catalog
            .facts()
            .iter()
            .find_map(|f| match &f.kind {
                FactKind::Measurement {
                    indicator,
                    cell: Some(c),
                    ..
                } if f.source == source.id && c.column == rule.column => {
                    catalog.indicator(indicator)
                }
                _ => None,
            })
            .map(|ind| match acronym(&ind.name) {
                Some(a) => format!("Điểm {a}"),
                None => short_name(&ind.name).to_string(),
            })
            .unwrap_or_else(|| rule.column.clone());
        let mut source_line = vec![Inline::plain("Nguồn: ")];
        source_line.push(self.cite(p.index));
        Some(ChartSpec {
            title: format!(
                "{score} của {} nước ASEAN năm {}",
                bars.len(),
                p.when.year_value()
            ),
            axis_label: COMPARISON_AXIS.to_string(),
            axis: ValueAxis::Index,
            points: Vec::new(),
            targets: Vec::new(),
            source_line,
            derived_key: None,
            bars,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases() {
        assert_eq!(years_phrase(&[2024]), "năm 2024");
        assert_eq!(years_phrase(&[2014, 2016, 2018]), "năm 2014, 2016 và 2018");
        assert_eq!(
            short_name("Điểm EGDI (phát triển Chính phủ điện tử)"),
            "Điểm EGDI"
        );
        assert_eq!(short_name("Điểm EGDI"), "Điểm EGDI");
        assert_eq!(
            acronym("Chỉ số phát triển Chính phủ điện tử (EGDI)"),
            Some("EGDI")
        );
        assert_eq!(
            acronym("Thứ hạng Chính phủ điện tử trong ASEAN (10 nước)"),
            None
        );
        assert_eq!(score_label(0.77), "0,7700");
    }

    #[test]
    fn the_un_groups_by_score() {
        // Việt Nam's EGDI: 0,4705 (2014), 0,6787 (2022), 0,7709 (2024).
        assert_eq!(un_group(0.4705), 1);
        assert_eq!(un_group(0.6787), 2);
        assert_eq!(un_group(0.7709), 3);
        assert_eq!(un_group(0.75), 2);
        assert_eq!(un_group(0.5), 2);
        assert_eq!(un_group(0.2), 0);
    }
}
