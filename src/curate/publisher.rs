//! Who published a page, as the page itself says: the copyright line of
//! its footer ("© Bản quyền thuộc Báo điện tử X"), a footer line naming the
//! paper ("Báo điện tử X", "Cổng Thông tin điện tử X"), the byline of a
//! re-post ("Theo TTXVN") or the follow link ("Theo dõi thoidai.com.vn
//! trên"). An offer only: the user confirms it in the workbench.

/// Lines this long are prose, not a footer or a byline.
const SHORT: usize = 120;

/// The publisher and the line it was read from.
pub fn publisher(text: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.len() <= SHORT)
        .collect();
    let found = |read: fn(&str) -> Option<String>| {
        lines
            .iter()
            .rev()
            .find_map(|l| read(l).map(|p| (p, l.to_string())))
    };
    found(copyright)
        .or_else(|| found(paper_line))
        .or_else(|| found(byline))
        .or_else(|| found(follow_link))
}

/// The name up to the first separator, without trailing punctuation.
fn name(s: &str) -> Option<String> {
    let end = s.find(['|', '.', ';', '–']).unwrap_or(s.len());
    let end = s[..end].find(" - ").unwrap_or(end);
    let n = s[..end].trim().trim_end_matches([',', ':', '.']);
    (n.chars().count() >= 3 && n.chars().next().is_some_and(char::is_uppercase))
        .then(|| n.to_string())
}

/// "© 2024 Báo X", "Bản quyền thuộc về Báo X", "Copyright © Báo X".
fn copyright(line: &str) -> Option<String> {
    ["Bản quyền thuộc về", "Bản quyền thuộc", "Copyright", "©"]
        .iter()
        .find_map(|marker| {
            let at = line.find(marker)?;
            let rest = line[at + marker.len()..].trim_start_matches([' ', '©']);
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
            let rest = ["Bản quyền thuộc về ", "Bản quyền thuộc "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest);
            name(rest.trim())
        })
}

/// A footer line that starts with the paper's name.
fn paper_line(line: &str) -> Option<String> {
    [
        "Báo điện tử ",
        "Cổng Thông tin điện tử ",
        "Cổng thông tin điện tử ",
        "Tạp chí ",
        "Trang thông tin điện tử ",
    ]
    .iter()
    .any(|p| line.starts_with(p))
    .then(|| name(line))
    .flatten()
}

/// "Theo TTXVN", "Nguồn: VnExpress" on a line of its own.
fn byline(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("Theo ")
        .or(line.strip_prefix("Nguồn: "))?;
    (rest.len() <= 40 && !rest.contains(','))
        .then(|| name(rest))
        .flatten()
}

/// "Theo dõi thoidai.com.vn trên": the site's address.
fn follow_link(line: &str) -> Option<String> {
    let rest = line.strip_prefix("Theo dõi ")?;
    let site = rest.split_whitespace().next()?;
    (site.contains('.') && !site.ends_with('.')).then(|| site.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_footer_names_the_publisher_before_a_byline() {
        let page = "Trang chủ\nBài viết dài.\nTheo TTXVN\nTin liên quan\n\
            © Bản quyền thuộc Báo điện tử Tin Mẫu. Cơ quan chủ quản: Hội Mẫu\n";
        assert_eq!(
            publisher(page),
            Some((
                "Báo điện tử Tin Mẫu".to_string(),
                "© Bản quyền thuộc Báo điện tử Tin Mẫu. Cơ quan chủ quản: Hội Mẫu".to_string()
            ))
        );
        assert_eq!(
            publisher("Bài.\nTheo TTXVN\n").map(|p| p.0).as_deref(),
            Some("TTXVN")
        );
        assert_eq!(
            publisher("Theo dõi thoidai.com.vn trên\nBài.\n")
                .map(|p| p.0)
                .as_deref(),
            Some("thoidai.com.vn")
        );
        assert_eq!(publisher("Theo ông Phan, cần làm ngay.\n"), None);
    }
}
