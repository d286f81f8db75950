//! A statement in the words of its day, read on the signing day: what
//! counted back from when it was said ("trong khoảng 3 năm trở lại đây")
//! gets the year it counts to, and a title held in a body since merged or
//! renamed ("Thứ trưởng Bộ Thông tin và Truyền thông") reads "khi đó là …".
//! A brief signed in the statement's own year reads it as written.

use super::Composer;
use super::figures::sentence;
use crate::brief::wording::{RELATIVE_TIME_WORDS, TITLES_HELD, counted_to, title_then};
use crate::data::register::ChangeKind;
use crate::data::{DateRole, Fact, PartialDate};

/// `text` with " (tính đến năm {year})" after its first words that count
/// time back from when it was said.
fn anchored(text: &str, year: i32) -> String {
    let first = RELATIVE_TIME_WORDS
        .iter()
        .filter_map(|w| text.find(w).map(|at| at + w.len()))
        .min();
    match first {
        Some(end) => format!("{}{}{}", &text[..end], counted_to(year), &text[end..]),
        None => text.to_string(),
    }
}

impl<'a> Composer<'a> {
    /// A fact's summary as a sentence's body, read on the signing day.
    pub(super) fn as_of_signing(&self, f: &Fact) -> String {
        let mut text = sentence(&f.summary);
        let Some(said) = self.said_on(f) else {
            return text;
        };
        if self.signing.year_value() > said.year_value() {
            text = anchored(&text, said.year_value());
        }
        for name in self.old_names_since(&said) {
            if !text.contains(&name) {
                continue;
            }
            for title in TITLES_HELD {
                text = title_then(&text, &format!("{title} {name}"));
            }
        }
        text
    }

    /// When the fact's words were said: its date, or for a target (dated
    /// by its deadline) the day it was set, else its source's day.
    fn said_on(&self, f: &Fact) -> Option<PartialDate> {
        match f.date.role {
            DateRole::Deadline => f
                .set_by
                .as_ref()
                .and_then(|s| s.on)
                .or_else(|| self.catalog.source(&f.source)?.known_from().copied()),
            _ => f.date.when,
        }
    }

    /// The names, full and short, of the bodies merged or renamed after
    /// `said` and by the signing day.
    fn old_names_since(&self, said: &PartialDate) -> Vec<String> {
        let said = said.last_day();
        self.in_force()
            .filter(|(r, _)| matches!(r.kind, ChangeKind::BodyMerged | ChangeKind::BodyRenamed))
            .filter(|(r, _)| r.effective().is_some_and(|d| d.first_day() > said))
            .flat_map(|(r, _)| {
                r.renames
                    .iter()
                    .flat_map(|n| std::iter::once(n.old.clone()).chain(n.old_short.clone()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::anchored;

    #[test]
    fn time_counted_back_gets_its_year() {
        assert_eq!(
            anchored(
                "Môi trường pháp lý cơ bản được hình thành nhờ các Nghị định ban hành trong khoảng 3 năm trở lại đây",
                2022
            ),
            "Môi trường pháp lý cơ bản được hình thành nhờ các Nghị định ban hành trong khoảng 3 năm trở lại đây (tính đến năm 2022)"
        );
        assert_eq!(anchored("Năm 2020 đạt 30,86%", 2020), "Năm 2020 đạt 30,86%");
    }
}
