//! The signing date on a new day, and NFC for what was typed.

use crate::brief::Selection;
use crate::brief::selection::{Day, HeaderFields};

/// On a new day (the state was saved on another day, or on an unknown
/// one) the signing date becomes `today` unless the user pinned it ("Giữ
/// ngày này"). Returns the notice to show when it was changed.
pub fn refresh_signing_date(
    header: &mut HeaderFields,
    saved_on: Option<Day>,
    today: Day,
) -> Option<String> {
    if header.date_pinned || saved_on == Some(today) || header.date == today {
        return None;
    }
    let old = header.date;
    header.date = today;
    Some(format!(
        "Ngày ký đã được đặt lại là hôm nay, {}/{}/{} (lần trước: {}/{}/{}). Muốn giữ một ngày \
         cố định, hãy đánh dấu \"Giữ ngày này\".",
        today.day, today.month, today.year, old.day, old.month, old.year
    ))
}

/// Where today's date comes from: the clock in Vietnam, or a test's.
pub type Clock = Box<dyn Fn() -> Day>;

/// Midnight while the window is open: the day the app last saw, so that a
/// brief left open overnight is not signed with yesterday's date.
pub struct DayWatch {
    seen: Day,
    clock: Clock,
}

impl DayWatch {
    pub fn new(clock: Clock) -> Self {
        Self {
            seen: clock(),
            clock,
        }
    }

    /// On a new day, a signing date that was the old today (and is not
    /// pinned) becomes the new today; returns the notice to show. A date
    /// the user chose stays.
    pub fn check(&mut self, header: &mut HeaderFields) -> Option<String> {
        let today = (self.clock)();
        if today == self.seen {
            return None;
        }
        let old = std::mem::replace(&mut self.seen, today);
        if header.date_pinned || header.date != old {
            return None;
        }
        header.date = today;
        Some(format!(
            "Đã sang ngày mới: ngày ký được đổi thành hôm nay, {}/{}/{}. Muốn giữ một ngày cố \
             định, hãy đánh dấu \"Giữ ngày này\".",
            today.day, today.month, today.year
        ))
    }
}

/// The selection with its header text in NFC (input methods in
/// "Unicode tổ hợp" mode type decomposed letters).
pub fn nfc_selection(selection: &Selection) -> Selection {
    let mut s = selection.clone();
    let h = &mut s.header;
    for field in [
        &mut h.issuer,
        &mut h.place,
        &mut h.title,
        &mut h.recipients,
        &mut h.signer_title,
        &mut h.signer_name,
    ] {
        if let std::borrow::Cow::Owned(composed) = crate::data::plain_text::nfc(field) {
            *field = composed;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midnight_moves_an_unpinned_today_but_not_a_chosen_date() {
        use std::cell::Cell;
        use std::rc::Rc;
        let day = |d| Day {
            year: 2026,
            month: 11,
            day: d,
        };
        let now = Rc::new(Cell::new(day(27)));
        let clock = now.clone();
        let mut watch = DayWatch::new(Box::new(move || clock.get()));
        let mut header = HeaderFields {
            date: day(27),
            ..HeaderFields::default()
        };
        assert_eq!(watch.check(&mut header), None);
        now.set(day(28));
        assert!(watch.check(&mut header).is_some());
        assert_eq!(header.date, day(28));
        // Once a day only, and a date the user chose stays.
        assert_eq!(watch.check(&mut header), None);
        header.date = day(20);
        now.set(day(29));
        assert_eq!(watch.check(&mut header), None);
        assert_eq!(header.date, day(20));
        // Pinned: stays too.
        header.date = day(29);
        header.date_pinned = true;
        now.set(day(30));
        assert_eq!(watch.check(&mut header), None);
        assert_eq!(header.date, day(29));
    }
}
