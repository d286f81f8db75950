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
