//! Survey tables (CSV) as sources. A row is one line of the file, quoted
//! verbatim like a sentence of an article; its fields are read the way
//! the file writes them (RFC 4180 quoting, names with trailing spaces
//! trimmed only to compare them).
//!
//! A CSV crate would read whole files into records; here one quoted line
//! is split at a time, and byte offsets of lines matter more than records,
//! so the dozen lines below do the job.

use super::model::{Group, Span};

/// ASEAN's ten members, as the UN tables name them.
const ASEAN: [&str; 10] = [
    "Brunei Darussalam",
    "Cambodia",
    "Indonesia",
    "Lao People's Democratic Republic",
    "Malaysia",
    "Myanmar",
    "Philippines",
    "Singapore",
    "Thailand",
    "Viet Nam",
];

/// The eleventh state of Southeast Asia, not (yet) an ASEAN member.
const TIMOR_LESTE: &str = "Timor-Leste";

impl Group {
    /// The member names (`None` for the world: every row).
    pub fn members(&self) -> Option<Vec<&'static str>> {
        match self {
            Group::World => None,
            Group::Asean => Some(ASEAN.to_vec()),
            Group::SoutheastAsia => {
                let mut all = ASEAN.to_vec();
                all.push(TIMOR_LESTE);
                Some(all)
            }
        }
    }
}

/// The fields of one line, unquoted; `None` when a quote is left open.
pub fn split_row(line: &str) -> Option<Vec<String>> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match (ch, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    fields.push(field);
    (!quoted).then_some(fields)
}

/// The header line's span (without its line ending).
fn header_span(text: &str) -> Span {
    let end = text.find(['\r', '\n']).unwrap_or(text.len());
    Span { start: 0, end }
}

/// The column names of a table.
pub fn header(text: &str) -> Vec<String> {
    let h = header_span(text);
    split_row(&text[h.start..h.end]).unwrap_or_default()
}

/// Every data row (non-empty line after the header), without line endings.
pub fn data_rows(text: &str) -> Vec<Span> {
    let mut rows = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if start > 0 && !content.is_empty() {
            rows.push(Span {
                start,
                end: start + content.len(),
            });
        }
        start += line.len();
    }
    rows
}

/// The span of the data rows: everything after the header line.
pub fn body_span(text: &str) -> Span {
    let h = header_span(text);
    let after = text[h.end..]
        .find('\n')
        .map(|i| h.end + i + 1)
        .unwrap_or(text.len());
    Span {
        start: after,
        end: text.len(),
    }
}

/// Whether `span` is exactly one data row: a whole line after the header.
pub fn is_data_row(text: &str, span: Span) -> bool {
    data_rows(text).contains(&span)
}

/// One field of a row by column name, as written (quotes removed).
pub fn cell(text: &str, row: Span, column: &str) -> Result<String, String> {
    let names = header(text);
    let Some(k) = names.iter().position(|n| n == column) else {
        return Err(format!(
            "bảng không có cột \"{column}\" (các cột: {})",
            names.join(", ")
        ));
    };
    let fields = split_row(&text[row.start..row.end])
        .ok_or_else(|| "dòng có dấu ngoặc kép không đóng".to_string())?;
    fields
        .get(k)
        .cloned()
        .ok_or_else(|| format!("dòng không có cột \"{column}\" (thiếu trường)"))
}

/// A number as the tables write it: "0.77092", "136.0", "71".
pub fn number(field: &str) -> Option<f64> {
    let v: f64 = field.trim().parse().ok()?;
    v.is_finite().then_some(v)
}

/// A written non-negative decimal ("0.67875") rounded half up to
/// `decimals` places on its digits, not on its binary value, so 0,67875
/// gives 0,6788 as a reader rounding by hand would.
pub fn round_written(field: &str, decimals: u32) -> Option<f64> {
    let s = field.trim();
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits_only = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits_only(int) || !digits_only(frac) || int.len() > 15 {
        return None;
    }
    let d = decimals as usize;
    let padded = format!("{frac:0<width$}", width = d + 1);
    let mut kept: u128 = format!("{int}{}", &padded[..d]).parse().ok()?;
    if padded.as_bytes()[d] >= b'5' {
        kept += 1;
    }
    Some(kept as f64 / 10f64.powi(decimals as i32))
}

/// A row's place among `rows` by a score column, highest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// 1 + how many rows score strictly higher.
    pub place: u32,
    /// How many other rows score exactly the same.
    pub ties: u32,
    /// How many rows were ranked.
    pub of: u32,
}

/// Computes the place of `target` among `rows` ordered by `column`;
/// rows whose cell is empty are left out.
pub fn place_among(text: &str, rows: &[Span], column: &str, target: Span) -> Result<Place, String> {
    let score = |row: Span| -> Result<f64, String> {
        let field = cell(text, row, column)?;
        number(&field).ok_or_else(|| format!("ô \"{field}\" của cột \"{column}\" không phải số"))
    };
    let mine = score(target)?;
    let (mut higher, mut same, mut of) = (0, 0, 0);
    for &row in rows {
        // An empty cell: the state was not surveyed that year, not ranked.
        if cell(text, row, column)?.trim().is_empty() {
            continue;
        }
        of += 1;
        let v = score(row)?;
        if v > mine {
            higher += 1;
        } else if v == mine && row != target {
            same += 1;
        }
    }
    Ok(Place {
        place: higher + 1,
        ties: same,
        of,
    })
}

/// How many rows have a value in `column` (the number ranked).
pub fn filled_rows(text: &str, column: &str) -> usize {
    data_rows(text)
        .into_iter()
        .filter(|&r| cell(text, r, column).is_ok_and(|c| !c.trim().is_empty()))
        .count()
}

/// The trimmed state name of a row.
pub fn state_name(text: &str, row: Span, name_column: &str) -> Result<String, String> {
    cell(text, row, name_column).map(|n| n.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "Year,Name,Score\r\n2022,\"Viet Nam \",0.67870\r\n2022,\"A, B\",0.9\r\n2022,C,0.67870\r\n2022,D,\r\n";

    #[test]
    fn rows_and_quoted_fields() {
        let rows = data_rows(T);
        assert_eq!(rows.len(), 4);
        assert_eq!(filled_rows(T, "Score"), 3);
        assert_eq!(&T[rows[0].start..rows[0].end], "2022,\"Viet Nam \",0.67870");
        assert_eq!(cell(T, rows[1], "Name").unwrap(), "A, B");
        assert_eq!(state_name(T, rows[0], "Name").unwrap(), "Viet Nam");
        assert!(cell(T, rows[0], "Rank").is_err());
        assert!(split_row("a,\"b").is_none());
        assert_eq!(&T[body_span(T).start..body_span(T).start + 4], "2022");
    }

    #[test]
    fn equal_scores_share_a_place() {
        let rows = data_rows(T);
        let p = place_among(T, &rows, "Score", rows[0]).unwrap();
        assert_eq!((p.place, p.ties, p.of), (2, 1, 3));
        let p = place_among(T, &rows, "Score", rows[1]).unwrap();
        assert_eq!((p.place, p.ties), (1, 0));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_written("0.77092", 4), Some(0.7709));
        assert_eq!(round_written("0.44543999999999995", 4), Some(0.4454));
        assert_eq!(round_written("0.67875", 4), Some(0.6788));
        assert_eq!(round_written("0.9", 4), Some(0.9));
        assert_eq!(round_written("90.0", 0), Some(90.0));
        assert_eq!(round_written("-1", 0), None);
    }
}
