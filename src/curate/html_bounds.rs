//! A quick look at a web page before it is turned into text: the
//! converter's time and memory grow with how deep tags nest (quadratic)
//! and how many there are, so a hostile or broken page (100.000 nested
//! `<div>`) is refused up front with a clear message instead of hanging
//! the window. A bound, not a parser: tags whose end tag may be left out
//! (`<p>`, `<li>`…) and empty ones (`<br>`) do not count towards depth.

/// Deepest nesting accepted; news pages nest a few dozen levels.
pub const MAX_HTML_DEPTH: usize = 512;
/// Most tags accepted; a long news page has a few thousand.
pub const MAX_HTML_ELEMENTS: usize = 40_000;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Elements whose end tag may be left out: they do not nest in practice.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is text up to their end tag, never tags.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title"];

/// Where `needle` (lower case ASCII) first occurs in `haystack`, any case.
fn find_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// Why the page is too big to convert, if it is.
pub fn html_problem(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut elements) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while let Some(at) = memchr(b'<', &bytes[i..]) {
        i += at + 1;
        if bytes[i..].starts_with(b"!--") {
            // A comment: skip to its end.
            match find(&bytes[i..], b"-->") {
                Some(end) => i += end + 3,
                None => break,
            }
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || !bytes[start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[start..start + len].to_ascii_lowercase();
        let counts = !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str());
        if closing {
            if counts {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        elements += 1;
        if RAW_TEXT.contains(&name.as_str()) {
            // Its content is text, not tags (`if (a < b)` in a script):
            // skip to its end tag.
            let end_tag = format!("</{name}");
            match find_ignoring_case(&bytes[start..], end_tag.as_bytes()) {
                Some(end) => i = start + end + end_tag.len(),
                None => break,
            }
            continue;
        }
        // Within a tag's usual length, so the scan stays linear.
        let tag = &bytes[start..bytes.len().min(start + 4096)];
        let self_closing = memchr(b'>', tag).is_some_and(|gt| gt > 0 && tag[gt - 1] == b'/');
        if counts && !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
        if elements > MAX_HTML_ELEMENTS {
            return Some(format!(
                "trang HTML có quá nhiều thẻ (hơn {MAX_HTML_ELEMENTS}); hãy lưu riêng phần bài viết (ví dụ chép nội dung vào tệp .txt)"
            ));
        }
        if deepest > MAX_HTML_DEPTH {
            return Some(format!(
                "trang HTML lồng thẻ quá sâu (hơn {MAX_HTML_DEPTH} lớp); hãy lưu riêng phần bài viết (ví dụ chép nội dung vào tệp .txt)"
            ));
        }
    }
    None
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_page_passes_and_deep_or_huge_ones_do_not() {
        let page = "<html><head><meta charset=utf-8><title>T</title></head><body><div><p>Một<br>hai \
                    <p>Ba <!-- <div><div> --> <img src=x /></div></body></html>";
        assert_eq!(html_problem(page), None);
        // Unclosed paragraphs and list items do not count as nesting.
        assert_eq!(html_problem(&"<p>đoạn <li>mục ".repeat(10_000)), None);
        let deep = "<div>".repeat(MAX_HTML_DEPTH + 1);
        assert!(html_problem(&deep).unwrap().contains("quá sâu"));
        // `<` inside a script or a style is text, not tags.
        let script = format!(
            "<script>{}</SCRIPT><style>{}</style><div>sau</div>",
            "if (a <b) x <div ".repeat(MAX_HTML_DEPTH + 10),
            "a<b ".repeat(MAX_HTML_DEPTH + 10)
        );
        assert_eq!(html_problem(&script), None);
        let closed = "<div></div>".repeat(1000);
        assert_eq!(html_problem(&closed), None);
        let many = "<span>a</span>".repeat(MAX_HTML_ELEMENTS + 1);
        assert!(html_problem(&many).unwrap().contains("quá nhiều thẻ"));
        // "a < b" in text is not a tag.
        assert_eq!(html_problem(&"a < b <3 ".repeat(100_000)), None);
    }
}
