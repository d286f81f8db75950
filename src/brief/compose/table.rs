//! A topic's key figures as a numbered table: "Bảng n. …" with Chỉ tiêu |
//! Kết quả | Thời điểm | Nguồn, one row per indicator (its latest value
//! in the period), derived values and inferred dates marked once with a
//! note under the table.

use super::Composer;
use super::figures::{Point, sentence};
use crate::brief::document::*;
use crate::brief::format;
use crate::brief::wording::{
    DERIVED_MARK, DERIVED_NOTE, INFERRED_MARK, INFERRED_NOTE, TABLE_COLUMNS,
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
        brief: bool,
    ) -> Block {
        self.tables += 1;
        let mut rows = Vec::new();
        let mut derived: Vec<Vec<Inline>> = Vec::new();
        let mut inferred = false;
        for (ind, points) in series {
            let groups = Self::by_date(points);
            let Some(latest) = groups.last() else {
                continue;
            };
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
            // Every derived value of the series (the chart shows them too);
            // in the short body, one line pointing to the appendix.
            for p in points.iter().filter(|_| !brief) {
                let Some(d) = p.derived else {
                    continue;
                };
                let mut note = vec![Inline::plain(format!(
                    "{} {DERIVED_NOTE} ({}, {}): {} ",
                    DERIVED_MARK.trim(),
                    ind.name,
                    format::date_phrase(&p.when),
                    sentence(&d.explanation)
                ))];
                note.push(self.cite(p.index));
                note.push(Inline::plain("."));
                derived.push(note);
            }
            let mut when = latest[0].when.to_short();
            if latest.iter().any(|p| p.fact.date.inferred.is_some()) {
                when.push_str(INFERRED_MARK);
                inferred = true;
            }
            let idx: Vec<usize> = latest.iter().map(|p| p.index).collect();
            rows.push(vec![
                vec![Inline::plain(&ind.name)],
                vec![Inline::plain(value)],
                vec![Inline::plain(when)],
                self.cite_all(&idx),
            ]);
        }
        let mut notes = derived;
        if brief && rows.iter().any(|r| plain_has(&r[1], DERIVED_MARK.trim())) {
            notes.push(vec![Inline::plain(format!(
                "{} {DERIVED_NOTE}; cách tính nêu tại Phụ lục.",
                DERIVED_MARK.trim()
            ))]);
        }
        if inferred {
            let note = format!("{} {INFERRED_NOTE}.", INFERRED_MARK.trim());
            notes.push(vec![Inline::plain(note)]);
        }
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
}

/// Whether a cell's text holds `needle`.
fn plain_has(cell: &[Inline], needle: &str) -> bool {
    cell.iter().any(|i| i.text.contains(needle))
}
