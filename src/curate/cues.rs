//! What the words around a figure say it is not: a change ("tăng 15
//! bậc"), a threshold of a definition ("lớn hơn 0,75"), another country's
//! figure ("Singapore … thứ 3"), another indicator's ("EPI … thứ 72"), a
//! starting point ("kể từ … năm 2003"). Read the same way by the guesser
//! (to leave a field blank) and by the form (to refuse it).

use std::ops::Range;

/// Indicator families by the names and abbreviations news gives them;
/// catalogue ids of a family start with its key ("epi-score").
const FAMILIES: &[(&str, &[&str])] = &[
    ("egdi", &["egdi", "phát triển chính phủ điện tử"]),
    ("osi", &["osi", "chỉ số dịch vụ trực tuyến"]),
    ("epi", &["epi", "tham gia điện tử", "tham gia kỹ thuật số"]),
    ("hci", &["hci", "nguồn nhân lực", "vốn con người"]),
    ("tii", &["tii", "hạ tầng viễn thông"]),
    (
        "dti",
        &["dti", "chỉ số chuyển đổi số", "đánh giá chuyển đổi số"],
    ),
    ("par", &["par index", "cải cách hành chính"]),
    ("papi", &["papi"]),
    ("pci", &["pci", "năng lực cạnh tranh cấp tỉnh"]),
    ("sipas", &["sipas", "chỉ số hài lòng"]),
];

/// Countries other than Việt Nam that news on e-government compares with.
const COUNTRIES: &[&str] = &[
    "Việt Nam",
    "Singapore",
    "Thái Lan",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Brunei",
    "Campuchia",
    "Lào",
    "Myanmar",
    "Đông Timor",
    "Timor-Leste",
    "Hàn Quốc",
    "Nhật Bản",
    "Trung Quốc",
    "Ấn Độ",
    "Đan Mạch",
    "Estonia",
    "Phần Lan",
    "Thụy Điển",
    "Na Uy",
    "Hà Lan",
    "Anh",
    "Pháp",
    "Đức",
    "Mỹ",
    "Hoa Kỳ",
    "Australia",
    "Úc",
    "New Zealand",
    "Mông Cổ",
    "Ukraine",
    "Mongolia",
];

/// Whether `name` occurs in `text` as whole words.
fn has_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The indicator families a text names ("Chỉ số tham gia điện tử (EPI)"
/// → epi). "Chính phủ điện tử" alone names the survey, not one index.
pub fn named_families(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    FAMILIES
        .iter()
        .filter(|(_, names)| names.iter().any(|n| has_word(&lower, n)))
        .map(|(key, _)| *key)
        .collect()
}

/// The family of a catalogue indicator, from its id.
pub fn family_of(id: &str) -> Option<&'static str> {
    let head = id.split('-').next()?;
    FAMILIES.iter().map(|(k, _)| *k).find(|k| *k == head)
}

/// The text names an indicator family and not this indicator's: "EPI …
/// xếp thứ 72" is not the EGDI rank, "điểm DTI" is no catalogue index.
pub fn names_another_indicator(text: &str, id: &str) -> bool {
    let named = named_families(text);
    !named.is_empty() && family_of(id).is_none_or(|f| !named.contains(&f))
}

/// The clause of `s` that holds byte `at`: between the `;` around it.
pub fn clause_at(s: &str, at: usize) -> &str {
    let from = s[..at].rfind(';').map_or(0, |k| k + 1);
    let to = s[at..].find(';').map_or(s.len(), |k| at + k);
    &s[from..to]
}

/// How far back the words before a figure are read: enough for a clause,
/// and bounded so that a sentence of many figures stays linear.
const LOOK_BACK: usize = 300;

/// The start of the text at most `LOOK_BACK` bytes before `at`.
fn window_start(s: &str, at: usize) -> usize {
    let mut k = at.saturating_sub(LOOK_BACK);
    while !s.is_char_boundary(k) {
        k += 1;
    }
    k
}

/// The `n` words right before byte `at`, lower case.
fn before(s: &str, at: usize, n: usize) -> String {
    let words: Vec<&str> = s[window_start(s, at)..at].split_whitespace().collect();
    words[words.len().saturating_sub(n)..]
        .join(" ")
        .to_lowercase()
}

/// The figure at `start..end` is a change: "tăng 15 bậc", "giảm 2 hạng",
/// "tăng 12,4 điểm phần trăm", "tăng thêm 3 điểm".
pub fn change_at(s: &str, start: usize, end: usize) -> bool {
    let b = before(s, start, 3);
    let cue = ["tăng", "giảm", "tăng thêm", "giảm đi", "tụt"]
        .iter()
        .any(|c| {
            b.ends_with(c)
                || b.ends_with(&format!("{c} khoảng"))
                || b.ends_with(&format!("{c} hơn"))
        });
    let after = s[end..].trim_start().to_lowercase();
    cue && ["bậc", "hạng", "điểm", "vị trí"]
        .iter()
        .any(|u| after.starts_with(u))
}

/// The sentence defines levels or a scale rather than measuring: "chia
/// làm 4 mức", "thang điểm từ 0 đến 1", "Rất cao: Chỉ số lớn hơn 0,75".
pub fn is_definition(s: &str) -> bool {
    let lower = s.to_lowercase();
    let scale = [
        "được chia",
        "chia làm",
        "chia thành",
        "thang điểm",
        "ngưỡng",
    ]
    .iter()
    .any(|c| lower.contains(c));
    let bounds = ["lớn hơn", "nhỏ hơn", "trở lên", "dưới"]
        .iter()
        .filter(|c| lower.contains(*c))
        .count();
    scale || (bounds >= 2 && lower.contains(':'))
}

/// The figure at `start..end` is a bound, not a level reached: "lớn hơn
/// 0,75", "vượt mức 0,75", "dưới 0,5", "từ 0,7 trở lên", or any figure of
/// a definition.
pub fn threshold_at(s: &str, start: usize, end: usize) -> bool {
    let b = before(s, start, 2);
    let after = s[end..].trim_start().to_lowercase();
    is_definition(s)
        || [
            "lớn hơn",
            "nhỏ hơn",
            "vượt mức",
            "dưới",
            "cao hơn mức",
            "thấp hơn mức",
        ]
        .iter()
        .any(|c| b.ends_with(c))
        || after.starts_with("trở lên")
        || after.starts_with("trở xuống")
}

/// Every country named in `text`, with where it starts, in order.
fn countries_in(text: &str) -> Vec<(usize, &'static str)> {
    let mut found: Vec<(usize, &'static str)> = COUNTRIES
        .iter()
        .flat_map(|c| {
            text.match_indices(c)
                .filter(|(k, _)| {
                    let after = text[k + c.len()..].chars().next();
                    !after.is_some_and(char::is_alphanumeric)
                        && !text[..*k]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                })
                .map(move |(k, _)| (k, *c))
        })
        .collect();
    found.sort();
    found
}

/// Words before a country that make it an object, not the subject:
/// "vượt Brunei", "sau Singapore", "xếp trên Việt Nam".
const OBJECT_OF: &[&str] = &["vượt", "sau", "trên", "hơn", "với", "cùng", "như"];

/// The country a figure is about: the nearest named before it in its
/// clause (else in the sentence) that is not the object of a comparison
/// ("Việt Nam đã vượt Brunei để vươn lên vị trí thứ 5" is Việt Nam's).
pub fn country_of(s: &str, at: usize) -> Option<&'static str> {
    let window = window_start(s, at);
    let from = s[window..at].rfind(';').map_or(window, |k| window + k + 1);
    let mut named = countries_in(&s[from..at]);
    let mut base = from;
    if named.is_empty() {
        named = countries_in(&s[window..at]);
        base = window;
    }
    let subject = named.iter().rev().find(|(k, _)| {
        let before = s[base..base + k]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        !OBJECT_OF.contains(&before.to_lowercase().as_str())
    });
    subject.or(named.last()).map(|(_, c)| *c)
}

/// The figure at `at` is about another country.
pub fn foreign_at(s: &str, at: usize) -> bool {
    country_of(s, at).is_some_and(|c| c != "Việt Nam")
}

/// Spans that name a starting point, not the fact's date: from "kể từ",
/// "từ khi", "lần đầu" or "lũy kế từ" to the end of the clause (the next
/// comma, semicolon or full stop).
pub fn since_spans(s: &str) -> Vec<Range<usize>> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return Vec::new();
    }
    ["kể từ", "từ khi", "lần đầu", "bắt đầu từ"]
        .iter()
        .flat_map(|cue| lower.match_indices(cue).map(|(k, _)| k))
        .map(|k| {
            let end = s[k..].find([',', ';', '.']).map_or(s.len(), |e| k + e);
            k..end
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_indicator_is_ruled_out_by_its_name() {
        let s = "Trong bảng Chỉ số tham gia điện tử (EPI) năm 2024, Việt Nam đạt 0.6027, xếp thứ 72 trên thế giới";
        assert!(names_another_indicator(s, "egdi-rank-world"));
        assert!(!names_another_indicator(s, "epi-score"));
        assert!(!names_another_indicator(
            "Việt Nam xếp thứ 71/193, điểm EGDI đạt 0,7709",
            "egdi-rank-world"
        ));
        assert!(names_another_indicator("điểm DTI đạt 0,6124", "egdi-score"));
        assert!(!names_another_indicator(
            "Theo Khảo sát Chính phủ điện tử, Việt Nam xếp thứ 71",
            "egdi-rank-world"
        ));
    }

    #[test]
    fn changes_thresholds_countries_and_starts_are_read() {
        let s = "Việt Nam tăng 15 bậc, lên thứ 71.";
        let at = s.find("15").unwrap();
        assert!(change_at(s, at, at + 2));
        let at = s.find("71").unwrap();
        assert!(!change_at(s, at, at + 2));
        let s = "tỷ lệ đạt 45%, tăng 12,4 điểm phần trăm";
        let at = s.find("12,4").unwrap();
        assert!(change_at(s, at, at + 4));
        let s =
            "EGDI được chia làm 04 mức (Rất cao: Chỉ số lớn hơn 0,75; Cao: Chỉ số từ 0,5 đến 0,75)";
        let at = s.find("0,75").unwrap();
        assert!(threshold_at(s, at, at + 4));
        let s = "Điểm EGDI đạt 0,7709, cao hơn mức trung bình của thế giới.";
        let at = s.find("0,7709").unwrap();
        assert!(!threshold_at(s, at, at + 6));
        let s =
            "Singapore tăng 9 bậc và vươn lên xếp thứ 3 trên toàn thế giới; Việt Nam tăng 15 bậc";
        assert!(foreign_at(s, s.find('3').unwrap()));
        assert!(!foreign_at(s, s.find("15").unwrap()));
        let s = "Việt Nam đã vượt Brunei để vươn lên vị trí thứ 5 trong 11 nước";
        assert!(!foreign_at(s, s.find('5').unwrap()));
        let s = "Sau Singapore, Thái Lan và Malaysia, Việt Nam đứng thứ 5 trong khu vực";
        assert!(!foreign_at(s, s.find('5').unwrap()));
        let s = "Singapore, nước xếp trên Việt Nam, đứng thứ 3 thế giới";
        assert!(foreign_at(s, s.find('3').unwrap()));
        let s = "cao nhất kể từ khi bắt đầu tham gia đánh giá EGDI năm 2003. Khác";
        let spans = since_spans(s);
        assert!(spans.iter().any(|r| r.contains(&s.find("2003").unwrap())));
    }
}
