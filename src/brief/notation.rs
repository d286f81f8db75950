//! How the brief writes numbers, dates and names the Vietnamese way (its
//! notation): `30,86%`, `117.158`, `20/8/2021`, "ngày 05 tháng 02 năm
//! 2026", roman section numbers, capitals.

use crate::data::{Amount, PartialDate, Qualifier};

/// `117158.0, 0` → "117.158"; `12.544, 2` → "12,54"; trailing decimal
/// zeros are dropped ("2,5" not "2,50"), a negative sign kept.
pub fn number(value: f64, max_decimals: usize) -> String {
    let factor = 10f64.powi(max_decimals as i32);
    let rounded = (value.abs() * factor).round() / factor;
    let int = rounded.trunc() as u64;
    let mut frac = format!("{:.*}", max_decimals, rounded.fract());
    // "0.54" → "54"
    frac = frac
        .get(2..)
        .unwrap_or("")
        .trim_end_matches('0')
        .to_string();
    let digits = int.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    let sign = if value < 0.0 && (int > 0 || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// An amount as the source wrote it, with its qualifier: "hơn 6,3 triệu".
pub fn amount(a: &Amount) -> String {
    match a.qualifier.word() {
        Some(w) => format!("{w} {}", a.text),
        None => a.text.clone(),
    }
}

/// A rank with its total: "86/193".
pub fn rank(a: &Amount) -> String {
    let n = number(a.value, 0);
    let q = a
        .qualifier
        .word()
        .map(|w| format!("{w} "))
        .unwrap_or_default();
    match a.out_of {
        Some(total) => format!("{q}{n}/{total}"),
        None => format!("{q}{n}"),
    }
}

/// True when the number is exact enough to compute a change from.
pub fn is_exact(a: &Amount) -> bool {
    a.qualifier == Qualifier::Exact
}

/// "ngày 20/8/2021", "tháng 8/2021", "năm 2021".
pub fn date_phrase(d: &PartialDate) -> String {
    match d.precision() {
        crate::data::Precision::Day => format!("ngày {}", d.to_short()),
        _ => d.to_vietnamese(),
    }
}

/// Place and date line of the header, Decree 30 style: days below 10 and
/// the months January and February take a leading zero.
pub fn place_date(place: &str, day: u8, month: u8, year: i32) -> String {
    let d = if day < 10 {
        format!("0{day}")
    } else {
        day.to_string()
    };
    let m = if month <= 2 {
        format!("0{month}")
    } else {
        month.to_string()
    };
    let place = place.trim();
    if place.is_empty() {
        format!("Ngày {d} tháng {m} năm {year}")
    } else {
        format!("{place}, ngày {d} tháng {m} năm {year}")
    }
}

/// Year range: "2014–2030", or one year.
pub fn period(from: i32, to: i32) -> String {
    if from == to {
        format!("năm {from}")
    } else {
        format!("giai đoạn {from}–{to}")
    }
}

pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Upper case for Vietnamese headings.
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// Roman numeral for section headings (I, II, … up to 39).
pub fn roman(n: usize) -> String {
    const TENS: [&str; 4] = ["", "X", "XX", "XXX"];
    const ONES: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    if n == 0 || n >= 40 {
        return n.to_string();
    }
    format!("{}{}", TENS[n / 10], ONES[n % 10])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(number(117158.0, 0), "117.158");
        assert_eq!(number(30.86, 2), "30,86");
        assert_eq!(number(12.54, 2), "12,54");
        assert_eq!(number(2.5, 2), "2,5");
        assert_eq!(number(1234567.891, 1), "1.234.567,9");
        assert_eq!(number(-3.0, 0), "-3");
        assert_eq!(number(0.0, 2), "0");
        assert_eq!(number(999.999, 2), "1.000");
    }

    #[test]
    fn decree_30_place_date() {
        assert_eq!(
            place_date("Hà Nội", 5, 2, 2026),
            "Hà Nội, ngày 05 tháng 02 năm 2026"
        );
        assert_eq!(
            place_date("Hà Nội", 27, 11, 2026),
            "Hà Nội, ngày 27 tháng 11 năm 2026"
        );
        assert_eq!(place_date("", 1, 3, 2026), "Ngày 01 tháng 3 năm 2026");
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(40), "40");
    }
}
