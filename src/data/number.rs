//! Reading numbers written the Vietnamese way (`30,86%`, `117.158`,
//! `6,3 triệu`, `86/193`), so a stored value can be checked against the
//! words of its quote.

/// A number as it is written in a source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WrittenNumber {
    pub value: f64,
    /// The denominator of a rank or a ratio written `86/193`.
    pub out_of: Option<f64>,
    pub percent: bool,
}

/// Parses the Vietnamese written form of one number.
///
/// `.` groups thousands, `,` marks decimals, an optional `%` follows,
/// an optional scale word (`nghìn`, `triệu`, `tỷ`) multiplies, and `a/b`
/// is a value out of a total. Returns `None` for anything else.
pub fn parse_vietnamese_number(text: &str) -> Option<WrittenNumber> {
    let text = text.trim();
    if let Some((a, b)) = text.split_once('/') {
        let value = parse_plain(a.trim())?;
        let out_of = parse_plain(b.trim())?;
        return Some(WrittenNumber {
            value,
            out_of: Some(out_of),
            percent: false,
        });
    }
    let (number, scale) = match text.rsplit_once(' ') {
        Some((n, word)) => (n.trim(), scale_word(word)?),
        None => (text, 1.0),
    };
    let (number, percent) = match number.strip_suffix('%') {
        Some(n) => (n, true),
        None => (number, false),
    };
    let value = parse_plain(number)? * scale;
    Some(WrittenNumber {
        value,
        out_of: None,
        percent,
    })
}

fn scale_word(word: &str) -> Option<f64> {
    match word {
        "nghìn" | "ngàn" => Some(1e3),
        "triệu" => Some(1e6),
        "tỷ" | "tỉ" => Some(1e9),
        _ => None,
    }
}

/// `117.158` → 117158, `30,86` → 30.86, `6` → 6. Thousand groups must be
/// three digits long, so `1.5` is refused rather than misread.
fn parse_plain(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let (int_part, frac_part) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let groups: Vec<&str> = int_part.split('.').collect();
    let first_ok = !groups[0].is_empty()
        && groups[0].len() <= if groups.len() > 1 { 3 } else { 18 }
        && groups[0].bytes().all(|b| b.is_ascii_digit());
    let rest_ok = groups[1..]
        .iter()
        .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !first_ok || !rest_ok {
        return None;
    }
    let mut digits: String = groups.concat();
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    digits.parse().ok()
}

/// True when two stored numbers are the same figure (they come from decimal
/// text, so a tiny tolerance absorbs binary rounding only).
pub fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Is `number` written in `text` as a whole number (not inside a longer
/// one, so "8" is not found in "86")?
pub fn contains_number(text: &str, number: &str) -> bool {
    let is_num = |ch: char| ch.is_ascii_digit();
    text.match_indices(number).any(|(at, m)| {
        let before = text[..at].chars().next_back();
        let after = text[at + m.len()..].chars().next();
        let glued_before = before.is_some_and(|b| {
            is_num(b) || ((b == '.' || b == ',') && text[..at - 1].ends_with(|x: char| is_num(x)))
        });
        let glued_after = after.is_some_and(|a| {
            is_num(a)
                || ((a == '.' || a == ',')
                    && text[at + m.len() + 1..].starts_with(|x: char| is_num(x)))
        });
        !glued_before && !glued_after
    })
}

/// Number tokens (`30,86`, `117.158`, `2021`) in a sentence.
pub fn numbers_in(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || ((bytes[i] == b'.' || bytes[i] == b',')
                        && i + 1 < bytes.len()
                        && bytes[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            out.push(&text[start..i]);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> f64 {
        parse_vietnamese_number(s).unwrap().value
    }

    #[test]
    fn reads_vietnamese_forms() {
        assert_eq!(v("30,86%"), 30.86);
        assert!(parse_vietnamese_number("30,86%").unwrap().percent);
        assert_eq!(v("117.158"), 117158.0);
        assert_eq!(v("6,3 triệu"), 6_300_000.0);
        assert_eq!(v("100 triệu"), 100_000_000.0);
        assert_eq!(v("1.039"), 1039.0);
        let r = parse_vietnamese_number("86/193").unwrap();
        assert_eq!((r.value, r.out_of), (86.0, Some(193.0)));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for bad in ["", "abc", "1.5", "1,", "12 cái", "%", "1..000", "/3"] {
            assert!(parse_vietnamese_number(bad).is_none(), "{bad}");
        }
    }
}
