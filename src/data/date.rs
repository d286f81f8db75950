//! Dates as the sources state them: a year, a month or a day, never more
//! precise than the article says.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of a date the source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to year, month or day precision.
///
/// Written in JSON as `"2021"`, `"2021-08"` or `"2021-08-20"`; the precision
/// follows from the form, so a "day" date without a month cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    pub fn month(year: i32, month: u8) -> Result<Self, DateError> {
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(month));
        }
        Ok(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    pub fn day(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        let d = Self::month(year, month)?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(Self {
            day: Some(day),
            ..d
        })
    }

    pub fn year_value(&self) -> i32 {
        self.year
    }

    pub fn month_value(&self) -> Option<u8> {
        self.month
    }

    pub fn day_value(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Sort key that puts a less precise date before a more precise one of
    /// the same period ("2021" before "2021-03").
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }

    /// The first day the date can mean: "2022" starts on 1/1/2022.
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean, for "at or before" comparisons:
    /// "2022" is all of 2022, so it ends on 31/12/2022.
    pub fn last_day(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or(days_in_month(self.year, month)),
        )
    }

    /// Vietnamese written form: `20/8/2021`, `tháng 8/2021`, `năm 2021`.
    pub fn to_vietnamese(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d}/{m}/{}", self.year),
            (Some(m), None) => format!("tháng {m}/{}", self.year),
            _ => format!("năm {}", self.year),
        }
    }

    /// Short form without the word "năm"/"tháng": `20/8/2021`, `8/2021`, `2021`.
    pub fn to_short(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d}/{m}/{}", self.year),
            (Some(m), None) => format!("{m}/{}", self.year),
            _ => format!("{}", self.year),
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("ngày \"{0}\" không đúng dạng YYYY, YYYY-MM hoặc YYYY-MM-DD")]
    Format(String),
    #[error("tháng {0} không tồn tại")]
    Month(u8),
    #[error("ngày {day}/{month}/{year} không tồn tại")]
    Day { year: i32, month: u8, day: u8 },
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DateError::Format(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        match parts.as_slice() {
            [y] => Ok(Self::year(num(y, 4)? as i32)),
            [y, m] => Self::month(num(y, 4)? as i32, num(m, 2)? as u8),
            [y, m, d] => Self::day(num(y, 4)? as i32, num(m, 2)? as u8, num(d, 2)? as u8),
            _ => Err(bad()),
        }
    }
}

/// Earliest and latest years a period, a signing date or a pack's day may
/// name (one rule for the window, the command line and packs).
pub const MIN_YEAR: i32 = 1990;
pub const MAX_YEAR: i32 = 2100;

/// A calendar day: the header date, a pack's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// Today in Vietnam (UTC+7, no daylight saving), from the system clock.
    pub fn today_in_vietnam() -> Day {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Day::from_unix_days((secs + 7 * 3600).div_euclid(86_400))
    }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Day {
            year: (if m <= 2 { y + 1 } else { y }) as i32,
            month: m,
            day: d,
        }
    }

    pub fn to_partial_date(self) -> Option<PartialDate> {
        PartialDate::day(self.year, self.month, self.day).ok()
    }

    /// "2026-11-23", for file names.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Why a "YYYY-MM-DD" is not a [`Day`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DayError {
    #[error("cần đủ ngày, tháng, năm (YYYY-MM-DD), không phải \"{0}\"")]
    NotADay(String),
    #[error("năm {0} phải trong khoảng {MIN_YEAR}–{MAX_YEAR}")]
    Year(i32),
    #[error(transparent)]
    Date(#[from] DateError),
}

/// "2026-11-23" (spaces around it ignored), a real day of a year from
/// [`MIN_YEAR`] to [`MAX_YEAR`].
impl FromStr for Day {
    type Err = DayError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let date: PartialDate = s.parse()?;
        let year = date.year_value();
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DayError::Year(year));
        }
        match (date.month_value(), date.day_value()) {
            (Some(month), Some(day)) => Ok(Day { year, month, day }),
            _ => Err(DayError::NotADay(s.to_string())),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_day_numbers() {
        assert_eq!(
            Day::from_unix_days(0),
            Day {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2026-11-27 is day 20_784.
        assert_eq!(Day::from_unix_days(20_784).iso(), "2026-11-27");
        assert_eq!(Day::from_unix_days(11_016).iso(), "2000-02-29");
    }

    #[test]
    fn a_day_is_read_from_yyyy_mm_dd_within_the_years_allowed() {
        let day = |year, month, day| Day { year, month, day };
        assert_eq!(" 2026-11-23 ".parse::<Day>(), Ok(day(2026, 11, 23)));
        assert_eq!("1990-01-01".parse::<Day>(), Ok(day(1990, 1, 1)));
        assert_eq!("2100-12-31".parse::<Day>(), Ok(day(2100, 12, 31)));
        assert_eq!("0000-01-01".parse::<Day>(), Err(DayError::Year(0)));
        assert_eq!("1989-12-31".parse::<Day>(), Err(DayError::Year(1989)));
        assert_eq!("2101-01-01".parse::<Day>(), Err(DayError::Year(2101)));
        assert_eq!(
            "2026-11".parse::<Day>(),
            Err(DayError::NotADay("2026-11".into()))
        );
        assert!(matches!(
            "2026-02-30".parse::<Day>(),
            Err(DayError::Date(DateError::Day { .. }))
        ));
        assert!(matches!(
            "hôm qua".parse::<Day>(),
            Err(DayError::Date(DateError::Format(_)))
        ));
    }

    #[test]
    fn parses_each_precision_and_rejects_impossible_dates() {
        let d: PartialDate = "2021-08-20".parse().unwrap();
        assert_eq!(d.precision(), Precision::Day);
        assert_eq!(d.to_vietnamese(), "20/8/2021");
        assert_eq!(
            "2020".parse::<PartialDate>().unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            "2020-08".parse::<PartialDate>().unwrap().to_vietnamese(),
            "tháng 8/2020"
        );
        assert!("2021-02-29".parse::<PartialDate>().is_err());
        assert!("2020-02-29".parse::<PartialDate>().is_ok());
        assert!("2021-13".parse::<PartialDate>().is_err());
        assert!("21-1-1".parse::<PartialDate>().is_err());
        assert!("".parse::<PartialDate>().is_err());
    }

    #[test]
    fn less_precise_sorts_first() {
        let y: PartialDate = "2021".parse().unwrap();
        let m: PartialDate = "2021-03".parse().unwrap();
        assert!(y.sort_key() < m.sort_key());
    }
}
