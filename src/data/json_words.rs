//! serde_json's messages in Vietnamese, so an error line is in one
//! language ("JSON không hợp lệ ở dòng 3, cột 7: thiếu trường `id`").
//! Messages of our own (dates, numbers) are Vietnamese already and pass
//! through; the position is given separately, so serde's " at line …" is
//! dropped.

/// The message of a JSON error, in Vietnamese where it is serde_json's.
pub fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let msg = match full.rfind(" at line ") {
        Some(at) => &full[..at],
        None => &full,
    };
    translate(msg)
}

fn translate(msg: &str) -> String {
    const FIXED: &[(&str, &str)] = &[
        (
            "EOF while parsing",
            "tệp kết thúc giữa chừng (thiếu phần cuối)",
        ),
        ("expected value", "ở đây cần một giá trị JSON"),
        ("expected `,` or `}`", "thiếu dấu `,` hoặc `}`"),
        ("expected `,` or `]`", "thiếu dấu `,` hoặc `]`"),
        ("expected `:`", "thiếu dấu `:`"),
        ("trailing comma", "thừa dấu phẩy"),
        ("trailing characters", "có ký tự thừa sau dữ liệu"),
        ("key must be a string", "tên trường phải là chuỗi"),
        ("control character", "có ký tự điều khiển trong chuỗi"),
        ("invalid escape", "chuỗi có ký tự thoát (\\) không hợp lệ"),
        ("invalid unicode code point", "mã Unicode không hợp lệ"),
        ("invalid number", "số không hợp lệ"),
        ("number out of range", "số quá lớn"),
        ("recursion limit exceeded", "lồng nhau quá sâu"),
        (
            "expected ident",
            "giá trị không hợp lệ (true, false hay null?)",
        ),
    ];
    if let Some((_, vi)) = FIXED.iter().find(|(en, _)| msg.starts_with(en)) {
        return vi.to_string();
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("thiếu trường {rest}");
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        return format!("trường {rest} ghi hai lần");
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let name = rest.split(", expected").next().unwrap_or(rest);
        return format!("trường {name} không có trong định dạng");
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let (name, allowed) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let allowed = allowed.trim_start_matches("one of ");
        return format!("giá trị {name} không hợp lệ (cần: {allowed})");
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (got, want) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("sai kiểu dữ liệu: có {}, cần {}", kind(got), kind(want));
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (got, want) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("giá trị không hợp lệ: {}, cần {}", kind(got), kind(want));
    }
    if msg.starts_with("invalid length") {
        return "số phần tử không đúng".to_string();
    }
    msg.to_string()
}

/// A type as serde names it ("a sequence", "integer `42`").
fn kind(s: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("a sequence", "danh sách [...]"),
        ("sequence", "danh sách [...]"),
        ("a map", "đối tượng {...}"),
        ("map", "đối tượng {...}"),
        ("struct", "đối tượng {...}"),
        ("a string", "chuỗi"),
        ("string", "chuỗi"),
        ("floating point", "số thực"),
        ("integer", "số nguyên"),
        ("boolean", "true/false"),
        ("a boolean", "true/false"),
        ("unit value", "null"),
        ("null", "null"),
        ("f64", "số"),
        ("f32", "số"),
        ("u8", "số nguyên không âm"),
        ("u16", "số nguyên không âm"),
        ("u32", "số nguyên không âm"),
        ("u64", "số nguyên không âm"),
        ("usize", "số nguyên không âm"),
        ("i32", "số nguyên"),
        ("i64", "số nguyên"),
    ];
    for (en, vi) in WORDS {
        if let Some(rest) = s.strip_prefix(en) {
            return format!("{vi}{rest}");
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(json: &str) -> String {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            ids: Vec<String>,
            n: f64,
        }
        json_message(&serde_json::from_str::<T>(json).unwrap_err())
    }

    #[test]
    fn serde_messages_are_in_vietnamese() {
        assert_eq!(message(""), "tệp kết thúc giữa chừng (thiếu phần cuối)");
        assert_eq!(message("x"), "ở đây cần một giá trị JSON");
        assert_eq!(message("{\"ids\": []}"), "thiếu trường `n`");
        assert_eq!(
            message("{\"ids\": 42, \"n\": 1}"),
            "sai kiểu dữ liệu: có số nguyên `42`, cần danh sách [...]"
        );
        assert!(message("{\"colour\": 1}").contains("`colour` không có trong định dạng"));
    }
}
