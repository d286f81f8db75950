//! The words a brief says about time: what its signing day hides, the
//! period as that day reads it, and what changed since the sources were
//! written (the register of official changes).

use crate::brief::notation::{capitalize, date_phrase};
use crate::data::{FactDate, PartialDate};

/// "20/8/2021", "tháng 8/2021", "năm 2021", or "không rõ thời điểm";
/// an inferred date is marked so the reader knows it was read from
/// context.
pub fn fact_date(d: &FactDate) -> String {
    match &d.when {
        None => super::UNKNOWN_TIME.to_string(),
        Some(when) => {
            let base = capitalize(&date_phrase(when));
            if d.inferred.is_some() {
                format!("{base} (suy ra)")
            } else {
                base
            }
        }
    }
}

/// A source the signing day hides, for the window's notice.
#[derive(Debug, Clone, PartialEq)]
pub struct UnpublishedSource {
    /// Who published it (or its title, for a page that does not say).
    pub name: String,
    /// When it became known; for an undated page, the earliest day.
    pub known: Option<PartialDate>,
    /// `known` is only a lower bound ("không sớm hơn").
    pub bound: bool,
    /// Facts of the chosen topics it holds.
    pub facts: usize,
}

/// The window's notice on a backdated brief: "Báo cáo ký ngày 1/3/2021
/// chỉ dùng thông tin đã công bố đến ngày đó; 64 thông tin của 5 nguồn
/// công bố sau ngày này không có trong báo cáo: …".
pub fn unpublished_notice(signing: &PartialDate, items: &[UnpublishedSource]) -> String {
    let total: usize = items.iter().map(|u| u.facts).sum();
    let list: Vec<String> = items
        .iter()
        .map(|u| {
            let when = match (&u.known, u.bound) {
                (Some(d), false) => format!("công bố {}", d.to_short()),
                (Some(d), true) => format!("không sớm hơn {}", d.to_short()),
                (None, _) => "không rõ ngày".to_string(),
            };
            format!("{} ({when}): {} thông tin", u.name, u.facts)
        })
        .collect();
    format!(
        "Báo cáo ký ngày {} chỉ dùng thông tin đã công bố đến ngày đó; {total} thông tin của {} nguồn công bố sau ngày này không có trong báo cáo: {}.",
        signing.to_short(),
        items.len(),
        list.join("; ")
    )
}

/// Said after the cut-off when the signing day is past the expected
/// release of a UN survey edition the data lacks.
pub fn missing_edition(edition: i32, latest: i32) -> String {
    format!(
        "Báo cáo chưa có kết quả Khảo sát Chính phủ điện tử năm {edition} của Liên hợp quốc (số liệu đến năm {latest})."
    )
}

/// The period a brief covers as the signing day reads it: results only
/// reach the signing year, targets may run past it ("giai đoạn 2014–2026
/// và mục tiêu đến năm 2030").
pub fn period_as_of(from: i32, to: i32, signing_year: i32) -> String {
    use crate::brief::notation::period;
    if to <= signing_year {
        period(from, to)
    } else if from <= signing_year {
        format!("{} và mục tiêu đến năm {to}", period(from, signing_year))
    } else {
        format!("mục tiêu {}", period(from, to))
    }
}

/// Put after a body's old name: "Bộ TT&TT (nay là Bộ Khoa học và Công nghệ [n])".
pub const NOW_CALLED: &str = "nay là";

/// Put after the old name of a body merged into another: "Bộ TT&TT (nay
/// đã hợp nhất vào Bộ Khoa học và Công nghệ [n])".
pub const NOW_MERGED_INTO: &str = "nay đã hợp nhất vào";

/// What became of an expected event, from the register: "đã được Quốc hội
/// thông qua ngày 22/6/2023 (Luật số 20/2023/QH15), có hiệu lực từ
/// 1/7/2024".
pub fn outcome_words(r: &crate::data::register::RegisterRow) -> String {
    let mut s = format!("đã được {} {}", r.issuer, outcome_verb(r));
    if let Some(d) = r.issued {
        s.push_str(&format!(" {}", day_phrase(&d)));
    }
    if let Some(name) = r.instrument_name() {
        s.push_str(&format!(" ({name})"));
    }
    s.push_str(&in_force_words(r));
    s
}

/// A law or a reorganisation is passed ("thông qua"), the rest issued.
fn outcome_verb(r: &crate::data::register::RegisterRow) -> &'static str {
    use crate::data::register::ChangeKind;
    match r.kind {
        ChangeKind::LawPassed | ChangeKind::UnitsReorganised => "thông qua",
        _ => "ban hành",
    }
}

/// The outcome again, once said in full: "đã được thông qua (Luật số
/// 20/2023/QH15)".
pub fn outcome_short(r: &crate::data::register::RegisterRow) -> String {
    let verb = outcome_verb(r);
    match r.instrument_name() {
        Some(name) => format!("đã được {verb} ({name})"),
        None => format!("đã được {verb}"),
    }
}

/// ", có hiệu lực từ 1/7/2024"; empty when the row gives no day in force.
pub fn in_force_words(r: &crate::data::register::RegisterRow) -> String {
    r.in_force
        .map(|d| format!(", có hiệu lực từ {}", d.to_short()))
        .unwrap_or_default()
}

/// "ngày 22/6/2023", "tháng 11/2024", "năm 2024".
fn day_phrase(d: &PartialDate) -> String {
    match d.day_value() {
        Some(_) => format!("ngày {}", d.to_short()),
        None => d.to_vietnamese(),
    }
}

/// Words of a statement that count time back from when it was said
/// ("trong khoảng 3 năm trở lại đây"): read years later, they say the
/// year they count to.
pub const RELATIVE_TIME_WORDS: [&str; 3] = ["trở lại đây", "vừa qua", "gần đây"];

/// After such words: " (tính đến năm 2022)".
pub fn counted_to(year: i32) -> String {
    format!(" (tính đến năm {year})")
}

/// Titles a person holds in a body: "Thứ trưởng Bộ Thông tin và Truyền
/// thông".
pub const TITLES_HELD: [&str; 6] = [
    "Bộ trưởng",
    "Thứ trưởng",
    "Chủ nhiệm",
    "Cục trưởng",
    "Vụ trưởng",
    "Giám đốc",
];

/// A title `held` in a body merged or renamed since, read as the title of
/// its day: "ông Phạm Anh Tuấn, Thứ trưởng Bộ …, cho biết" → "ông Phạm Anh
/// Tuấn, khi đó là Thứ trưởng Bộ …, cho biết"; "Bộ trưởng Bộ TT&TT Nguyễn
/// Mạnh Hùng phát biểu" → "Nguyễn Mạnh Hùng, khi đó là Bộ trưởng Bộ
/// TT&TT, phát biểu". A title with no person named is left as it is: an
/// event of its day ("Bộ trưởng Bộ TT&TT ký Tờ trình …").
pub fn title_then(text: &str, held: &str) -> String {
    let apposition = format!(", {held},");
    if text.contains(&apposition) {
        return text.replacen(&apposition, &format!(", {THEN} {held},"), 1);
    }
    let Some(at) = text.find(&format!("{held} ")) else {
        return text.to_string();
    };
    let after = &text[at + held.len() + 1..];
    // The person: the words with a capital right after the title, up to
    // a punctuation mark.
    let mut words: Vec<&str> = Vec::new();
    for w in after.split(' ') {
        let name = w.trim_end_matches([',', '.', ';', ':']);
        if !name.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        words.push(name);
        if name.len() < w.len() {
            break;
        }
    }
    if !(2..=5).contains(&words.len()) {
        return text.to_string();
    }
    let person = words.join(" ");
    let rest = &after[person.len()..];
    let comma = if rest.starts_with([',', '.', ';', ':']) || rest.is_empty() {
        ""
    } else {
        ","
    };
    format!("{}{person}, {THEN} {held}{comma}{rest}", &text[..at])
}

/// Before a title a person held then.
const THEN: &str = "khi đó là";

/// An expected event whose time has passed and that the data does not
/// answer.
/// `expected`: the statement names an expected time ("dự kiến"), which
/// has passed; else it is a plan ("đang chuẩn bị", "sẽ") a year old or more.
pub fn expected_passed_note(expected: bool) -> String {
    if expected {
        "; đã quá thời điểm dự kiến, chưa có thông tin về kết quả".to_string()
    } else {
        "; chưa có thông tin về kết quả".to_string()
    }
}

/// The word of a statement that names an expected time.
pub const EXPECTED_WORD: &str = "dự kiến";

/// The same in a few words, after a figure: "theo cách phân loại trước
/// Nghị định số 42/2022/NĐ-CP", "theo đơn vị hành chính trước ngày 1/7/2025".
pub fn applies_phrase(r: &crate::data::register::RegisterRow) -> String {
    use crate::data::register::ChangeKind;
    match r.kind {
        ChangeKind::ClassificationReplaced => format!(
            "theo cách phân loại trước {}",
            r.instrument_name().unwrap_or_else(|| r.title.clone())
        ),
        _ => format!(
            "theo đơn vị hành chính trước ngày {}",
            r.effective().map(|d| d.to_short()).unwrap_or_default()
        ),
    }
}

/// Said under each topic whose figures rest on a structure or
/// classification since replaced.
pub fn applies_note(r: &crate::data::register::RegisterRow) -> String {
    use crate::data::register::ChangeKind;
    let by = r.instrument_name().unwrap_or_else(|| r.title.clone());
    let from = r.effective().map(|d| d.to_short()).unwrap_or_default();
    match r.kind {
        ChangeKind::ClassificationReplaced => format!(
            "Số liệu về mức độ dịch vụ công trực tuyến nêu trên theo cách phân loại trước {by} (áp dụng từ {from})"
        ),
        _ => format!(
            "Số liệu về tỉnh, huyện, cấp chính quyền nêu trên theo đơn vị hành chính trước ngày {from} ({by})"
        ),
    }
}

/// An undated page's publication as its text bounds it: "không rõ ngày
/// (không sớm hơn 17/9/2020)".
pub fn not_before(day: &PartialDate) -> String {
    format!("{} (không sớm hơn {})", super::UNKNOWN_DATE, day.to_short())
}

/// A target whose deadline has passed with data from before it only:
/// "đã hết thời hạn (chưa có số liệu năm 2025), chưa đạt theo số liệu gần
/// nhất" (then the newest figure, cited).
pub fn past_deadline_lead(deadline: &PartialDate, met: bool) -> String {
    format!(
        "đã hết thời hạn (chưa có số liệu {}), {} theo số liệu gần nhất",
        date_phrase(deadline),
        if met { "đã đạt" } else { "chưa đạt" }
    )
}

#[cfg(test)]
mod tests {
    use super::title_then;

    #[test]
    fn a_title_in_a_body_since_merged_is_the_title_of_its_day() {
        let tuan = "Theo ông Phạm Anh Tuấn, Thứ trưởng Bộ Thông tin và Truyền thông, chủ trương xây dựng Chính phủ số đặt mục tiêu hoàn thành xây dựng Chính phủ số";
        assert_eq!(
            title_then(tuan, "Thứ trưởng Bộ Thông tin và Truyền thông"),
            "Theo ông Phạm Anh Tuấn, khi đó là Thứ trưởng Bộ Thông tin và Truyền thông, chủ trương xây dựng Chính phủ số đặt mục tiêu hoàn thành xây dựng Chính phủ số"
        );
        assert_eq!(
            title_then(
                "Ủy ban Thường vụ Quốc hội họp, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng phát biểu tại phiên họp",
                "Bộ trưởng Bộ TT&TT"
            ),
            "Ủy ban Thường vụ Quốc hội họp, Nguyễn Mạnh Hùng, khi đó là Bộ trưởng Bộ TT&TT, phát biểu tại phiên họp"
        );
        assert_eq!(
            title_then(
                "Phát biểu của Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng",
                "Bộ trưởng Bộ TT&TT"
            ),
            "Phát biểu của Nguyễn Mạnh Hùng, khi đó là Bộ trưởng Bộ TT&TT"
        );
        // No person named: an event of its day, as written.
        let signed = "Thừa ủy quyền của Chính phủ, Bộ trưởng Bộ TT&TT ký Tờ trình số 363/TTr-CP";
        assert_eq!(title_then(signed, "Bộ trưởng Bộ TT&TT"), signed);
    }
}
