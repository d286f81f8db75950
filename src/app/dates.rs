//! The signing date on a new day, and NFC for what was typed.

use unicode_normalization::{UnicodeNormalization, is_nfc};

use crate::brief::Selection;
use crate::brief::selection::{Day, HeaderFields};

/// "2026-11-23" back to a day.
pub fn parse_iso(iso: &str) -> Option<Day> {
    let mut parts = iso.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    let d = Day { year, month, day };
    d.to_partial_date().map(|_| d)
}

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
        if !is_nfc(field) {
            *field = field.nfc().collect();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_round_trip_and_nonsense_is_none() {
        let d = Day {
            year: 2026,
            month: 2,
            day: 28,
        };
        assert_eq!(parse_iso(&d.iso()), Some(d));
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("hôm qua"), None);
    }
}
