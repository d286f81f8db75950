//! A topic's key figures as a numbered table: "Bảng n. …" with Chỉ tiêu |
//! Kết quả | Thời điểm | Nguồn, one row per indicator (its latest value
//! in the period), derived values and inferred dates marked once with a
//! note under the table.

use super::Composer;
use super::figures::{Point, sentence};
use crate::brief::document::*;
use crate::brief::notation;
use crate::brief::wording::{
    DASH, DERIVED_MARK, DERIVED_NOTE, EARLIER_VALUES_LEAD, INFERRED_MARK, RANKED_SAME_WAY,
    SEE_NOTES, TABLE_COLUMNS, ties_phrase,
};
use crate::data::Indicator;

/// Shares of the text width: name, value, date, sources.
const SHARES: [f32; 4] = [0.46, 0.2, 0.18, 0.16];
const ALIGNS: [CellAlign; 4] = [
    CellAlign::Left,
    CellAlign::Center,
    CellAlign::Center,
    CellAlign::Center,
];

impl<'a> Composer<'a> {
    /// The table of the latest values of `series`, numbered next.
    pub(super) fn figures_table(
        &mut self,
        title: &str,
        series: &[(&'a Indicator, Vec<Point<'a>>)],
    ) -> Block {
        self.tables += 1;
        let mut rows = Vec::new();
        // The derived values shown in the table, each with its
        // explanation.
        let mut shown_derived: Vec<Vec<Inline>> = Vec::new();
        for (ind, points) in series {
            let groups = Self::by_date(points);
            let Some(latest) = groups.last() else {
                continue;
            };
            for p in latest.iter() {
                if let Some(how) = explanation(p) {
                    shown_derived.push(self.derivation_line(ind, p, how));
                }
            }
            // A series without a chart gives its earlier values here.
            let earlier: Vec<&Point<'a>> = if Self::charted(points) {
                Vec::new()
            } else {
                groups[..groups.len() - 1]
                    .iter()
                    .filter_map(|g| Self::single_value(g))
                    .collect()
            };
            for p in &earlier {
                if let Some(how) = explanation(p) {
                    shown_derived.push(self.derivation_line(ind, p, how));
                }
            }
            rows.push(self.table_row(ind, latest, &earlier));
        }
        let mut notes = self.table_notes(series, shown_derived);
        // Figures on a structure or classification replaced since say so
        // under the table that shows them ("mức độ 4" before Nghị định số
        // 42/2022/NĐ-CP).
        let shown: Vec<usize> = series
            .iter()
            .flat_map(|(_, points)| points.iter().map(|p| p.index))
            .collect();
        notes.extend(self.applies_notes(&shown));
        Block::Table(TableSpec {
            caption: format!("Bảng {}. {title}", self.tables),
            columns: TABLE_COLUMNS
                .iter()
                .zip(SHARES)
                .zip(ALIGNS)
                .map(|((t, share), align)| TableColumn {
                    title: t.to_string(),
                    share,
                    align,
                })
                .collect(),
            rows,
            notes,
        })
    }

    /// Name | value (marked when derived; the `earlier` values of a
    /// series without a chart after it, "97,3% (ngày 15/12/2021: 96%)") |
    /// date (marked when inferred) | sources.
    fn table_row(
        &mut self,
        ind: &Indicator,
        latest: &[&Point<'a>],
        earlier: &[&Point<'a>],
    ) -> Vec<Vec<Inline>> {
        let mut value = match Self::single_value(latest) {
            Some(p) => Self::value_text(ind, p.value),
            None => latest
                .iter()
                .map(|p| Self::value_text(ind, p.value))
                .collect::<Vec<_>>()
                .join(" hoặc "),
        };
        if latest.iter().all(|p| p.is_derived()) {
            value.push_str(DERIVED_MARK);
        }
        // In brackets after the value: "xem Ghi chú" for a figure from a
        // sentence that contradicts itself, then the earlier values.
        let mut after: Vec<String> = Vec::new();
        if latest.iter().any(|p| self.contradicts_itself(p.index)) {
            after.push(SEE_NOTES.to_string());
        }
        if !earlier.is_empty() {
            let before: Vec<String> = earlier
                .iter()
                .rev()
                .map(|p| {
                    let mark = if p.is_derived() { DERIVED_MARK } else { "" };
                    format!(
                        "{}: {}{mark}",
                        notation::date_phrase(&p.when),
                        Self::value_text(ind, p.value)
                    )
                })
                .collect();
            after.push(before.join("; "));
        }
        if !after.is_empty() {
            value.push_str(&format!(" ({})", after.join("; ")));
        }
        let mut when = latest[0].when_short();
        let inferred = |p: &&Point<'a>| p.fact.date.inferred.is_some();
        let marked = match Self::single_value(latest) {
            // One observation: one source stating its date makes it stated.
            Some(_) => latest.iter().all(inferred),
            None => latest.iter().any(inferred),
        };
        if marked {
            // Explained once, in "Ghi chú về số liệu".
            when.push_str(INFERRED_MARK);
            self.inferred_marked = true;
        }
        let idx: Vec<usize> = latest.iter().chain(earlier).map(|p| p.index).collect();
        let mut sources = self.cite_all(&idx);
        sources.extend(self.warning(&idx));
        vec![
            vec![Inline::plain(&ind.name)],
            vec![Inline::plain(value)],
            vec![Inline::plain(when)],
            sources,
        ]
    }

    /// "- <indicator>, <date>: <how it was computed> [n]."
    fn derivation_line(&mut self, ind: &Indicator, p: &Point<'a>, how: &str) -> Vec<Inline> {
        vec![
            Inline::plain(format!(
                "{DASH}{}, {}: {} ",
                ind.name,
                notation::date_phrase(&p.when),
                sentence(how)
            )),
            self.cite(p.index),
            Inline::plain("."),
        ]
    }

    /// The notes under the table, once for the table: (*) the derived
    /// values shown, then the hollow dots of the charts. The (**) of an
    /// inferred date is explained once in "Ghi chú về số liệu".
    fn table_notes(
        &mut self,
        series: &[(&'a Indicator, Vec<Point<'a>>)],
        shown_derived: Vec<Vec<Inline>>,
    ) -> Vec<Vec<Inline>> {
        let earlier = self.earlier_values(series);
        let mut notes = Vec::new();
        if !shown_derived.is_empty() || !earlier.is_empty() {
            notes.push(vec![Inline::plain(format!(
                "{} {DERIVED_NOTE}:",
                DERIVED_MARK.trim()
            ))]);
            notes.extend(shown_derived);
        }
        if !earlier.is_empty() {
            notes.push(vec![Inline::plain(EARLIER_VALUES_LEAD)]);
            notes.extend(earlier);
        }
        notes
    }
}

/// How a derived value was computed: an article's arithmetic, or the
/// place the UN table's rows give.
fn explanation<'p>(p: &'p Point<'_>) -> Option<&'p str> {
    match (p.derived, p.ranked) {
        (Some(d), _) => Some(&d.explanation),
        (None, Some(r)) => Some(&r.explanation),
        (None, None) => None,
    }
}

impl<'a> Composer<'a> {
    /// The derived values of earlier years, which the charts show (their
    /// hollow dots point here): an article's arithmetic each, and the
    /// places computed from the UN tables once per indicator ("năm 2014,
    /// 2016 và 2018: cùng cách, từ bảng của năm đó"). One line each.
    fn earlier_values(&mut self, series: &[(&'a Indicator, Vec<Point<'a>>)]) -> Vec<Vec<Inline>> {
        let mut lines: Vec<Vec<Inline>> = Vec::new();
        for (ind, points) in series.iter().filter(|(_, p)| Self::charted(p)) {
            let groups = Self::by_date(points);
            let Some(latest) = groups.last() else {
                continue;
            };
            // Only dates whose every value is derived: the hollow dots. A
            // date a source also states directly is drawn solid and needs
            // no note.
            let earlier: Vec<&Point<'a>> = groups[..groups.len() - 1]
                .iter()
                .filter(|g| g.iter().all(|p| p.is_derived()))
                .flat_map(|g| g.iter().copied())
                .collect();
            for p in &earlier {
                if let Some(d) = p.derived {
                    lines.push(self.derivation_line(ind, p, &d.explanation));
                }
            }
            let ranked: Vec<&Point<'a>> = earlier
                .iter()
                .copied()
                .filter(|p| p.ranked.is_some())
                .collect();
            if !ranked.is_empty() {
                let same_way = latest.iter().any(|p| p.ranked.is_some());
                let mut line = vec![Inline::plain(DASH)];
                line.extend(self.ranked_clause(ind, &ranked, same_way));
                line.push(Inline::plain("."));
                lines.push(line);
            }
        }
        lines
    }

    /// "Thứ hạng … ASEAN năm 2014, 2016 và 2018: tính cùng cách, từ bảng
    /// số liệu của năm đó [1], [2], [3] (năm 2018 đồng hạng với 1 nước)".
    fn ranked_clause(
        &mut self,
        ind: &Indicator,
        ranked: &[&Point<'a>],
        same_way: bool,
    ) -> Vec<Inline> {
        let years: Vec<i32> = ranked.iter().map(|p| p.when.year_value()).collect();
        let how = match (same_way, ranked.last().and_then(|p| p.ranked)) {
            (false, Some(r)) => sentence(&r.explanation),
            _ => RANKED_SAME_WAY.to_string(),
        };
        let mut out = vec![Inline::plain(format!(
            "{} {}: {how} ",
            super::un_tables::short_name(&ind.name),
            super::un_tables::years_phrase(&years)
        ))];
        let idx: Vec<usize> = ranked.iter().map(|p| p.index).collect();
        out.extend(self.cite_all(&idx));
        let ties: Vec<(i32, u32)> = ranked
            .iter()
            .filter_map(|p| {
                let r = p.ranked?;
                (r.ties > 0).then(|| (p.when.year_value(), r.ties))
            })
            .collect();
        if !ties.is_empty() {
            out.push(Inline::plain(format!(" ({})", ties_phrase(&ties))));
        }
        out
    }
}
