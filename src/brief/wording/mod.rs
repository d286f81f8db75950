//! The fixed words of the document: the Decree 30 header lines and the
//! labels the composer puts around the data. Layout never writes text of
//! its own; it takes these from the composed document. The words the
//! window and the command line say are here too, as plain words (no egui,
//! no clap): [`window`], [`command`], and what an export says (both).

pub mod command;
mod export;
pub mod pack;
mod time;
pub mod window;
pub use export::*;
pub use pack::*;
pub use time::*;

/// The national name, first line of the right-hand header column.
pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// The national motto, under the national name.
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The title used when the user leaves it empty.
pub const DEFAULT_TITLE: &str = "Báo cáo tóm tắt";
/// Heading of the reference list.
pub const REFERENCES_HEADING: &str = "NGUỒN THAM KHẢO";
/// Label of the recipients' list in the closing block.
pub const RECIPIENTS_LABEL: &str = "Nơi nhận:";
/// The key under a chart that has derived (hollow) points.
pub const DERIVED_KEY: &str = "Chấm rỗng: giá trị tính từ số liệu khác, ghi chú (*) dưới bảng.";
/// The columns of a key-figures table.
pub const TABLE_COLUMNS: [&str; 4] = ["Chỉ tiêu", "Kết quả", "Thời điểm", "Nguồn"];
/// A derived value and an inferred date are marked once in a table and
/// explained in a note under it.
pub const DERIVED_MARK: &str = " (*)";
pub const DERIVED_NOTE: &str = "Giá trị tính từ số liệu khác";
/// Opens the note on derived values of earlier years (on the charts).
pub const EARLIER_VALUES_LEAD: &str = "Những năm trước (chấm rỗng trên biểu đồ):";
/// How earlier places were computed when the newest was told in the table.
pub const RANKED_SAME_WAY: &str = "tính theo cách tương tự, từ bảng số liệu cùng năm";
pub const INFERRED_MARK: &str = " (**)";
/// The (**) mark explained once, in "Ghi chú về số liệu".
pub const INFERRED_NOTE: &str = "Thời điểm có dấu (**): nguồn không ghi thời điểm, thời điểm được xác định theo ngày đăng bài hoặc theo câu liền trước trong bài";
/// The dash that opens a list item, tied to the first word by a
/// non-breaking space so justification never widens the gap after it.
pub const DASH: &str = "-\u{a0}";
/// Heading of the key points, right after the title.
pub const KEY_POINTS_HEADING: &str = "NHỮNG ĐIỂM CHÍNH";
/// Heading and title of the short edition's appendix (Decree 30/2020/NĐ-CP,
/// Phụ lục I, Phần I, Mục III, khoản 1: the word "Phụ lục" on its own
/// line, the appendix's name in capitals, then the "Kèm theo" note).
pub const APPENDIX_HEADING: &str = "PHỤ LỤC";
pub const APPENDIX_TITLE: &str = "SỐ LIỆU CHI TIẾT, BIỂU ĐỒ, DIỄN BIẾN VÀ MỤC TIÊU";
/// Opens "I. KẾT QUẢ" of the short edition: the text points to its
/// appendix (Decree 30, Phụ lục I, Phần I, Mục III, khoản 1, điểm a).
pub const SEE_APPENDIX: &str = "Số liệu chi tiết, biểu đồ, diễn biến và mục tiêu của từng nội dung nêu tại Phụ lục kèm theo Báo cáo này.";
/// Heading of the notes on the data: disagreements between sources,
/// figures that do not add up, dates read from context. Never a
/// shortcoming of the programme, never a key point.
pub const DATA_NOTES_HEADING: &str = "GHI CHÚ VỀ SỐ LIỆU";
/// The one wording for a time a source does not give: a development, a
/// deadline, a statement.
pub const UNKNOWN_TIME: &str = "Không rõ thời điểm";
/// Opens the newest development of a topic in the short edition's body.
pub const LATEST_DEVELOPMENT: &str = "Diễn biến gần nhất";
/// Opens the nearest open target of a topic in the short edition's body:
/// "Mục tiêu đến năm 2030 (còn thời hạn)".
pub fn next_target(deadline: &str) -> String {
    format!("Mục tiêu đến {deadline} (còn thời hạn)")
}
/// Said once before the targets whose deadline passed with nothing to
/// judge them by (instead of after each of them).
pub const PASSED_UNJUDGED_LEAD: &str = "Các mục tiêu đã quá thời hạn, chưa có số liệu để đánh giá:";
/// Said of a derived value inside a sentence.
pub const DERIVED_WORDS: &str = "tính từ số liệu khác";

/// What a source does not say, in one spelling everywhere: the reference
/// list, the citation panel, the clipboard, "Giới thiệu", the workbench.
pub const UNKNOWN_PUBLISHER: &str = "Không rõ đơn vị đăng";
pub const UNKNOWN_TITLE: &str = "không rõ tiêu đề";
pub const UNKNOWN_DATE: &str = "không rõ ngày";

/// What a reference says of a copy: a page that republishes a named
/// outlet's article, and a re-post of unknown origin.
pub const CREDITED_NOTE: &str = "bài đăng lại, trang đăng không ghi tên";
pub const UNKNOWN_REPOST_NOTE: &str = "bản đăng lại trên một trang không rõ nguồn gốc";
/// Printed after a statement or figure resting on an untrustworthy source
/// that the official brought back.
pub const UNTRUSTWORTHY_WARNING: &str = "nguồn không đáng tin cậy, do người lập báo cáo đưa vào";
/// Opens the reason in the reference entry of an untrustworthy source.
pub const UNTRUSTWORTHY_REFERENCE: &str = "Cảnh báo: nguồn không đáng tin cậy";

/// A source's standing as the window and the workbench name it.
pub fn standing_label(kind: crate::data::StandingKind) -> &'static str {
    use crate::data::StandingKind as K;
    match kind {
        K::OfficialInstrument => "Văn bản chính thức",
        K::OfficialData => "Số liệu chính thức",
        K::OfficialPortal => "Cổng thông tin chính thức",
        K::Press => "Báo chí",
        K::RepostKnownOrigin => "Bản đăng lại, rõ nguồn gốc",
        K::Untrustworthy => "Không đáng tin cậy",
    }
}
/// Before where the copy of a table was taken from, in its reference.
pub const COPY_LEAD: &str = "bản sao từ";
/// A rank target's group: "vào nhóm 4 nước dẫn đầu ASEAN", or "vào nhóm
/// 50" when the data does not name the group ranked.
pub fn rank_group(n: &str, among: Option<&str>) -> String {
    match among {
        Some(g) => format!("vào nhóm {n} nước dẫn đầu {g}"),
        None => format!("vào nhóm {n}"),
    }
}

/// A rank that missed its group, `missed` as (group, places): "xếp thứ
/// 71, chưa vào nhóm 70, cách 1 bậc"; several: "xếp thứ 71, chưa vào nhóm
/// 50 (cách 21 bậc) và nhóm 70 (cách 1 bậc)".
pub fn near_miss(place: &str, missed: &[(String, String)]) -> String {
    match missed {
        [(group, places)] => format!("xếp thứ {place}, chưa vào nhóm {group}, cách {places} bậc"),
        _ => {
            let each: Vec<String> = missed
                .iter()
                .map(|(g, n)| format!("nhóm {g} (cách {n} bậc)"))
                .collect();
            format!("xếp thứ {place}, chưa vào {}", each.join(" và "))
        }
    }
}

/// What a value counts over time, for the table's "Thời điểm" and inside
/// sentences (`end` is the date as written there): "lũy kế từ 12/3/2019
/// đến 19/8/2021", "từ đầu năm đến 1/11/2022"; `None` at a point in time.
pub fn basis_words(basis: &crate::data::Basis, end: &str) -> Option<String> {
    use crate::data::Basis as B;
    Some(match basis {
        B::RunningTotal { since: Some(s) } => format!("lũy kế từ {} đến {end}", s.to_short()),
        B::RunningTotal { since: None } => format!("lũy kế đến {end}"),
        B::YearToDate => format!("từ đầu năm đến {end}"),
        B::Period { from: Some(f) } => format!("từ {} đến {end}", f.to_short()),
        B::Period { from: None } | B::PointInTime => return None,
    })
}

/// Said of a set-by: "nêu tại Hội thảo …, 17/9/2020".
pub fn set_by_words(by: &str, on: Option<&str>) -> String {
    match on {
        Some(d) => format!("nêu tại {by}, {d}"),
        None => format!("nêu tại {by}"),
    }
}

/// A key point's figure, the newest: "theo số liệu gần nhất (năm 2024)".
pub const NEWEST_FIGURE: &str = "theo số liệu gần nhất";
/// Why a key point's figure is not the newest, as the runs around the
/// citations of the newer figures: "; số liệu ngày 20/8/2021 ", " có mâu
/// thuẫn, xem Ghi chú về số liệu".
pub fn newer_doubtful_words(when: &str) -> [String; 2] {
    [
        format!("; số liệu {when} "),
        " có mâu thuẫn, xem Ghi chú về số liệu".to_string(),
    ]
}
/// In brackets after a value in a table whose source contradicts itself:
/// "43,40% (xem Ghi chú; năm 2020: 30,86%)".
pub const SEE_NOTES: &str = "xem Ghi chú";

/// Said of a theme whose every figure in the period is doubtful.
pub const NO_RELIABLE_FIGURE: &str = ": chưa có số liệu tin cậy trong giai đoạn";

/// Said of a key point all of whose sources are weak.
pub const WEAK_SOURCES_NOTE: &str = "nguồn chưa rõ đơn vị đăng";

/// The name of the `n`-th chart as Word's selection pane shows it.
pub fn chart_name(number: usize) -> String {
    format!("Biểu đồ {number}")
}

/// What a chart shows, in its own words, for readers who cannot see the
/// picture (the Word copy's alt text): "Title. Axis. 2014: 99; 2016: 89.
/// Target. Key."
pub fn chart_alt_text(spec: &super::document::ChartSpec) -> String {
    let mut parts = vec![spec.title.clone(), spec.axis_label.clone()];
    let points: Vec<String> = spec
        .points
        .iter()
        .map(|p| format!("{}: {}", p.x_label, p.label))
        .chain(
            spec.bars
                .iter()
                .map(|b| format!("{}: {}", b.label, b.value_label)),
        )
        .collect();
    parts.push(points.join("; "));
    parts.extend(spec.targets.iter().map(|t| t.label.clone()));
    parts.extend(spec.derived_key.clone());
    parts
        .into_iter()
        .map(|p| p.trim().trim_end_matches('.').to_string())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(". ")
        + "."
}

/// Words of a statement that describe the situation when it was made
/// ("đang", "dự kiến", "sẽ"): such a statement carries its date.
pub const INTENT_WORDS: [&str; 6] = ["đang", "dự kiến", "sẽ", "chuẩn bị", "hiện tại", "hiện nay"];
/// Opens a development that states an intent: "Thông tin năm 2022: …".
pub const STATED_LEAD: &str = "Thông tin";
/// The opening paragraph when the official writes none.
pub const DEFAULT_OPENING: &str = "Báo cáo tổng hợp kết quả xây dựng Chính phủ điện tử, Chính phủ số của Việt Nam {period}, trên cơ sở các bài viết và bảng số liệu nêu tại mục Nguồn tham khảo";
/// Said in the cut-off sentence when a key point rests on figures more
/// than two years older than the signing date.
pub fn stale_notice(from: i32, to: i32) -> String {
    let years = if from == to {
        format!("năm {from}")
    } else {
        format!("năm {from}–{to}")
    };
    format!(
        "Một số số liệu nêu tại phần Những điểm chính là số liệu {years}, đã cũ hơn 2 năm so với ngày báo cáo, cần cập nhật khi có số liệu mới."
    )
}
/// Heads the short edition's list of the sources cited only in its
/// appendix, at the appendix's end; their numbers follow the main list's.
pub const APPENDIX_REFERENCES_HEADING: &str = "NGUỒN THAM KHẢO (TIẾP THEO)";
/// A UN table named in a few words ("bảng số liệu năm 2024").
pub const SURVEY_TABLE: &str = "bảng số liệu năm";
/// The report's sections.
pub const RESULTS_HEADING: &str = "KẾT QUẢ";
pub const SHORTCOMINGS_HEADING: &str = "TỒN TẠI, HẠN CHẾ";
pub const PROPOSALS_HEADING: &str = "ĐỀ XUẤT, KIẾN NGHỊ";
/// Closes section I when some chosen topics have nothing in the period.
pub const NO_DATA_TOPICS: &str = "Không có thông tin trong giai đoạn về";
/// "Lưu: VT" in the recipients' list: the records clerk's copy.
pub const ARCHIVE_LINE: &str = "Lưu: VT";
/// The value axis of index scores (0–1).
pub const INDEX_AXIS: &str = "Điểm chỉ số (thang 0–1)";
/// The value axis of a comparison of states.
pub const COMPARISON_AXIS: &str = "Điểm chỉ số (thang 0–1); Việt Nam tô đen";

/// Vietnamese names of the states the UN tables name in English (the
/// Southeast Asian ones a comparison chart shows); `None` for others.
pub fn state_name(table_name: &str) -> Option<&'static str> {
    Some(match table_name {
        "Brunei Darussalam" => "Bru-nây",
        "Cambodia" => "Cam-pu-chia",
        "Indonesia" => "In-đô-nê-xi-a",
        "Lao People's Democratic Republic" => "Lào",
        "Malaysia" => "Ma-lai-xi-a",
        "Myanmar" => "Mi-an-ma",
        "Philippines" => "Phi-líp-pin",
        "Singapore" => "Xin-ga-po",
        "Thailand" => "Thái Lan",
        "Viet Nam" => "Việt Nam",
        "Timor-Leste" => "Đông Ti-mo",
        _ => return None,
    })
}

/// The UN survey's groups of states by score, lowest first: the group's
/// name and the scores it holds (seeds/un-egov/README.md, "EGDI groups").
const UN_GROUPS: [(&str, &str); 4] = [
    ("thấp", "dưới 0,25"),
    ("trung bình", "từ 0,25 đến dưới 0,50"),
    ("cao", "từ 0,50 đến 0,75"),
    ("rất cao", "trên 0,75"),
];

/// A change of Việt Nam's group in the UN survey, as the runs around the
/// citations of the newest score and of the one before it: "Điểm EGDI
/// của Việt Nam là 0,7709 ", " (năm 2022: 0,6787 ", "); theo cách phân
/// nhóm của Liên hợp quốc (mức rất cao: điểm trên 0,75), Việt Nam chuyển
/// từ nhóm quốc gia có chỉ số EGDI ở mức cao lên nhóm ở mức rất cao".
/// `from` and `to` are groups, 0 (thấp) to 3 (rất cao).
pub fn un_group_change(
    score: &str,
    now: &str,
    (before_year, before): (i32, &str),
    from: usize,
    to: usize,
) -> [String; 3] {
    let name = |g: usize| UN_GROUPS[g.min(3)].0;
    let (to_name, to_range) = UN_GROUPS[to.min(3)];
    let way = if to > from { "lên" } else { "xuống" };
    [
        format!("Điểm {score} của Việt Nam là {now} "),
        format!(" (năm {before_year}: {before} "),
        format!(
            "); theo cách phân nhóm của Liên hợp quốc (mức {to_name}: điểm {to_range}), Việt Nam chuyển từ nhóm quốc gia có chỉ số {score} ở mức {} {way} nhóm ở mức {}",
            name(from),
            name(to)
        ),
    ]
}

/// Before the number and symbol of a document (Decree 30).
pub const NUMBER_LABEL: &str = "Số:";

/// Terms as a Vietnamese editor writes them in our own words (summaries,
/// names, notes; a verbatim quote is never changed): the wrong spelling,
/// then the right one.
pub const TERMS: &[(&str, &str)] = &[
    ("Liên Hợp Quốc", "Liên hợp quốc"),
    ("cơ quan Nhà nước", "cơ quan nhà nước"),
    ("ngân sách Nhà nước", "ngân sách nhà nước"),
    ("tổng công ty Nhà nước", "tổng công ty nhà nước"),
    (
        "Điểm EGDI (phát triển Chính phủ điện tử)",
        "Chỉ số phát triển Chính phủ điện tử (EGDI)",
    ),
    (
        "Lượt cán bộ được",
        "Số lượt cán bộ, công chức, viên chức được",
    ),
];

/// The ties of places computed from a table, once per number of states
/// tied: "năm 2014 và 2016 đồng hạng với 1 nước khác; năm 2018 đồng hạng
/// với 5 nước khác".
pub fn ties_phrase(ties: &[(i32, u32)]) -> String {
    let mut groups: Vec<(u32, Vec<i32>)> = Vec::new();
    for &(year, n) in ties {
        match groups.iter_mut().find(|(m, _)| *m == n) {
            Some((_, years)) => years.push(year),
            None => groups.push((n, vec![year])),
        }
    }
    groups
        .iter()
        .map(|(n, years)| {
            let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
            let years = match list.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} và {last}", rest.join(", ")),
                _ => list.join(""),
            };
            format!("năm {years} đồng hạng với {n} nước khác")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Words that open the function of a body after its kind ("Cục",
/// "Bộ"): the word after them takes a capital ("Cục Chuyển đổi số quốc
/// gia", "Bộ Khoa học và Công nghệ").
const BODY_KINDS: &[&str] = &[
    "bộ",
    "cục",
    "tổng cục",
    "vụ",
    "sở",
    "viện",
    "học viện",
    "ban",
    "văn phòng",
    "trung tâm",
    "thanh tra",
    "phòng",
    "chi cục",
    "đài",
    "báo",
    "tạp chí",
];
/// Kinds whose next words stay lower case ("Ủy ban nhân dân tỉnh …").
const PEOPLES_BODIES: &[&str] = &["ủy ban nhân dân", "hội đồng nhân dân", "uỷ ban nhân dân"];
/// Words of administrative units: the place name after them is a name.
const UNIT_WORDS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
];
/// Proper names that keep their capitals inside a body's name.
const PROPER_NAMES: &[&str] = &[
    "Việt Nam",
    "Chính phủ",
    "Quốc hội",
    "Trung ương",
    "Nhà nước Việt Nam",
];

/// An issuing body typed in capitals ("CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"), as a
/// sentence names it ("Cục Chuyển đổi số quốc gia"): the kind of body
/// and the first word of its function take capitals, "và" joins two
/// functions ("Bộ Khoa học và Công nghệ"), a place after "tỉnh", "thành
/// phố"… is a name. A name typed in mixed case is the user's own
/// spelling and stays as typed.
pub fn issuer_in_sentence(name: &str) -> String {
    let name = name.trim();
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let words: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut capital_next = true;
    let mut in_place = false;
    let mut i = 0;
    while i < words.len() {
        let rest = words[i..].join(" ");
        let starts = |p: &str| rest == p || rest.starts_with(&format!("{p} "));
        if let Some(kind) = PEOPLES_BODIES.iter().find(|p| starts(p)) {
            let n = kind.split(' ').count();
            for (k, w) in words[i..i + n].iter().enumerate() {
                out.push(if k == 0 && capital_next {
                    super::notation::capitalize(w)
                } else {
                    w.clone()
                });
            }
            i += n;
            capital_next = false;
            continue;
        }
        if let Some(unit) = UNIT_WORDS.iter().find(|p| starts(p)) {
            let n = unit.split(' ').count();
            out.extend(words[i..i + n].iter().cloned());
            i += n;
            in_place = true;
            continue;
        }
        let kind = (out.is_empty() || capital_next)
            .then(|| {
                BODY_KINDS
                    .iter()
                    .filter(|p| starts(p))
                    .max_by_key(|p| p.len())
            })
            .flatten();
        if let Some(kind) = kind {
            let n = kind.split(' ').count();
            for (k, w) in words[i..i + n].iter().enumerate() {
                out.push(if k == 0 {
                    super::notation::capitalize(w)
                } else {
                    w.clone()
                });
            }
            i += n;
            capital_next = true;
            continue;
        }
        let w = &words[i];
        if capital_next || in_place {
            out.push(super::notation::capitalize(w));
        } else {
            out.push(w.clone());
        }
        capital_next = w == "và";
        i += 1;
    }
    let mut s = out.join(" ");
    for proper in PROPER_NAMES {
        let low = proper.to_lowercase();
        let cap = super::notation::capitalize(&low);
        for form in [low, cap] {
            if form != *proper {
                s = s.replace(&form, proper);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issuer_in_capitals_is_named_in_sentence_case() {
        assert_eq!(
            issuer_in_sentence("CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"),
            "Cục Chuyển đổi số quốc gia"
        );
        assert_eq!(
            issuer_in_sentence("BỘ KHOA HỌC VÀ CÔNG NGHỆ"),
            "Bộ Khoa học và Công nghệ"
        );
        assert_eq!(
            issuer_in_sentence("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"),
            "Ủy ban nhân dân tỉnh Hà Giang"
        );
        assert_eq!(
            issuer_in_sentence("VĂN PHÒNG CHÍNH PHỦ"),
            "Văn phòng Chính phủ"
        );
        assert_eq!(
            issuer_in_sentence("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
            "Sở Thông tin và Truyền thông"
        );
        // Typed in mixed case: the user's spelling.
        assert_eq!(issuer_in_sentence("Phòng Tổng hợp"), "Phòng Tổng hợp");
    }

    #[test]
    fn ties_are_said_once_per_number_of_states() {
        assert_eq!(
            ties_phrase(&[(2014, 1), (2016, 1), (2018, 5)]),
            "năm 2014 và 2016 đồng hạng với 1 nước khác; năm 2018 đồng hạng với 5 nước khác"
        );
        assert_eq!(
            ties_phrase(&[(2012, 3)]),
            "năm 2012 đồng hạng với 3 nước khác"
        );
    }

    #[test]
    fn the_terms_are_written_one_way() {
        let fix = |s: &str| {
            TERMS.iter().fold(s.to_string(), |acc, (wrong, right)| {
                acc.replace(wrong, right)
            })
        };
        assert_eq!(
            fix("Theo đánh giá của Liên Hợp Quốc, cơ quan Nhà nước"),
            "Theo đánh giá của Liên hợp quốc, cơ quan nhà nước"
        );
        for (wrong, right) in TERMS {
            assert!(!right.contains(wrong), "{right}");
        }
    }

    #[test]
    fn one_wording_for_an_unknown_time() {
        assert_eq!(UNKNOWN_TIME, "Không rõ thời điểm");
        assert_eq!(
            fact_date(&crate::data::FactDate {
                when: None,
                role: crate::data::DateRole::Measured,
                inferred: None,
                basis: None,
            }),
            "Không rõ thời điểm"
        );
    }
}
