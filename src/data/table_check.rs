//! The honesty checks of facts taken from a table: the quote is one whole
//! data row; a value is that row's cell in the named column (or its stated
//! rounding); a place follows from the rows it cites by its rule.

use super::model::{Amount, Cell, Fact, FactKind, Group, Source, Span, TableMeta, TableRank};
use super::number::same_number;
use super::table;

/// A table source: its body is exactly its data rows, it has the column
/// that names the states, and it is dated in its edition's year.
pub fn source(text: &str, s: &Source, meta: &TableMeta) -> Vec<String> {
    let mut out = Vec::new();
    if s.body != [table::body_span(text)] {
        let b = table::body_span(text);
        out.push(format!(
            "thân bảng (body) phải là mọi dòng sau dòng tiêu đề: [{}..{}]",
            b.start, b.end
        ));
    }
    if !table::header(text).contains(&meta.name_column) {
        out.push(format!("bảng không có cột tên \"{}\"", meta.name_column));
    }
    if s.published.is_none_or(|p| p.year_value() != meta.edition) {
        out.push(format!(
            "ngày công bố của bảng phải là năm của kỳ khảo sát ({})",
            meta.edition
        ));
    }
    out
}

/// The quote of a table fact is one whole data row.
pub fn row_quote(text: &str, quote: Span) -> Option<String> {
    (!table::is_data_row(text, quote)).then(|| {
        format!(
            "trích dẫn {}..{} không phải trọn một dòng số liệu của bảng",
            quote.start, quote.end
        )
    })
}

/// The value is the row's cell in `cell.column`, as written or rounded
/// as stated.
pub fn cell_value(text: &str, row: Span, cell: &Cell, value: &Amount) -> Result<(), String> {
    let field = table::cell(text, row, &cell.column)?;
    let written = match cell.decimals {
        None => table::number(&field),
        Some(d) => table::round_written(&field, d),
    };
    let Some(written) = written else {
        return Err(format!(
            "ô \"{field}\" của cột \"{}\" không phải số",
            cell.column
        ));
    };
    if !same_number(written, value.value) {
        let how = match cell.decimals {
            Some(d) => format!(", làm tròn {d} chữ số thập phân là {written}"),
            None => String::new(),
        };
        return Err(format!(
            "giá trị {} không phải cột \"{}\" của dòng trích dẫn (ô ghi \"{field}\"{how})",
            value.value, cell.column
        ));
    }
    // Counting the ranked rows scans the table: only for a rank's total.
    if let Some(n) = value.out_of
        && let ranked = table::filled_rows(text, &cell.column)
        && n as usize != ranked
    {
        return Err(format!(
            "tổng {n} khác số dòng có giá trị ở cột \"{}\" ({ranked})",
            cell.column
        ));
    }
    Ok(())
}

/// The rows a place is counted among: the whole table, or exactly one
/// row per member of the group.
fn group_rows(
    text: &str,
    meta: &TableMeta,
    rank: &TableRank,
    out: &mut Vec<String>,
) -> Option<Vec<Span>> {
    let Some(members) = rank.group.members() else {
        if !rank.rows.is_empty() {
            out.push("xếp hạng trên toàn bảng không liệt kê dòng (rows)".into());
        }
        return Some(table::data_rows(text));
    };
    let mut names = Vec::new();
    for &row in &rank.rows {
        if !table::is_data_row(text, row) {
            out.push(format!(
                "dòng {}..{} không phải trọn một dòng số liệu",
                row.start, row.end
            ));
            return None;
        }
        match table::state_name(text, row, &meta.name_column) {
            Ok(n) => names.push(n),
            Err(e) => {
                out.push(e);
                return None;
            }
        }
    }
    let mut sorted = names.clone();
    sorted.sort();
    let mut want: Vec<String> = members.iter().map(|m| m.to_string()).collect();
    want.sort();
    if sorted != want {
        out.push(format!(
            "các dòng được xếp ({}) không đúng là các nước {:?} ({})",
            names.join("; "),
            rank.group,
            want.join("; ")
        ));
        return None;
    }
    Some(rank.rows.clone())
}

/// The value (and the ties stated) follow from the rows by the rule.
pub fn ranked_value(
    text: &str,
    meta: &TableMeta,
    row: Span,
    rank: &TableRank,
    value: &Amount,
) -> Vec<String> {
    let mut out = Vec::new();
    if rank.explanation.trim().is_empty() {
        out.push("thứ hạng suy ra cần lời giải thích (explanation)".into());
    }
    let Some(rows) = group_rows(text, meta, rank, &mut out) else {
        return out;
    };
    if !rows.contains(&row) {
        out.push("dòng trích dẫn không nằm trong các dòng được xếp".into());
        return out;
    }
    match table::place_among(text, &rows, &rank.column, row) {
        Err(e) => out.push(e),
        Ok(p) => {
            if !same_number(p.place as f64, value.value) {
                out.push(format!(
                    "xếp theo cột \"{}\" (cao trước) trong {} dòng, dòng trích dẫn đứng thứ {}, không phải {}",
                    rank.column, p.of, p.place, value.value
                ));
            }
            if !rank.explanation.contains(&value.text) {
                out.push(format!(
                    "lời giải thích không nêu kết quả \"{}\"",
                    value.text
                ));
            }
            if p.ties > 0
                && !rank
                    .explanation
                    .contains(&format!("đồng hạng với {}", p.ties))
            {
                out.push(format!(
                    "lời giải thích phải nói đồng hạng với {} nước",
                    p.ties
                ));
            }
            if p.ties != rank.ties {
                out.push(format!(
                    "có {} nước khác cùng giá trị, không phải {} (ties)",
                    p.ties, rank.ties
                ));
            }
            if value.out_of.is_some_and(|n| n != p.of) {
                out.push(format!(
                    "tổng {:?} khác số dòng được xếp ({})",
                    value.out_of, p.of
                ));
            }
        }
    }
    if rank.group != Group::World && value.out_of.is_none() {
        out.push("thứ hạng trong nhóm cần tổng (out_of)".into());
    }
    out
}

/// Every problem of a fact whose source is a table: its quote is one
/// row, its date the edition's year, and its value either a cell of that
/// row or a place the rows imply.
pub fn fact(
    text: &str,
    f: &Fact,
    meta: &TableMeta,
    (cell, ranked): (Option<&Cell>, Option<&TableRank>),
) -> Vec<String> {
    let mut problems = Vec::new();
    problems.extend(row_quote(text, f.quote.span()));
    if f.date.when.is_none_or(|w| w.year_value() != meta.edition) {
        problems.push(format!(
            "số liệu của bảng kỳ {0} phải mang ngày năm {0}",
            meta.edition
        ));
    }
    let FactKind::Measurement { value, .. } = &f.kind else {
        return problems;
    };
    if !problems.is_empty() {
        return problems;
    }
    match (cell, ranked) {
        (Some(cell), None) => problems.extend(cell_value(text, f.quote.span(), cell, value).err()),
        (None, Some(rank)) => {
            problems.extend(ranked_value(text, meta, f.quote.span(), rank, value))
        }
        _ => problems.push(
            "giá trị lấy từ bảng phải nêu đúng một trong cell (cột) hoặc ranked (quy tắc xếp hạng)"
                .into(),
        ),
    }
    problems
}
