//! Breaking styled text into lines with the real font metrics.
//!
//! Vietnamese separates syllables with spaces, so lines break at spaces;
//! a word wider than the line (a long URL, a fuzzer's input) is cut
//! between characters rather than allowed to cross the margin.

use super::fonts::{FontStyle, Fonts};
use super::page::{Rgb, TextRun};
use crate::brief::document::{Citation, Emphasis, Inline};

pub fn font_style(e: Emphasis) -> FontStyle {
    match e {
        Emphasis::Normal => FontStyle::Regular,
        Emphasis::Bold => FontStyle::Bold,
        Emphasis::Italic => FontStyle::Italic,
        Emphasis::BoldItalic => FontStyle::BoldItalic,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Align {
    Left,
    Center,
    /// Both edges, except the last line of the paragraph.
    Justify,
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    /// Baseline-to-baseline distance.
    pub leading: f32,
    pub align: Align,
    /// Extra indent of the first line (may be negative with `indent`).
    pub first_indent: f32,
    /// Indent of every line from the left edge.
    pub indent: f32,
    /// Emphasis replaced for `Normal` pieces (headings set bold this way).
    pub base: Emphasis,
    pub color: Rgb,
    /// Colour of `[n]` markers.
    pub link_color: Rgb,
}

/// A piece of a word: text of one style and one link.
#[derive(Debug, Clone, PartialEq)]
struct Piece {
    text: String,
    style: FontStyle,
    link: Option<Citation>,
    width: f32,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Word {
    pieces: Vec<Piece>,
    width: f32,
    /// A later part of a word cut because it was wider than the line: it
    /// starts a new line and no space precedes it.
    continues: bool,
}

/// One laid-out line: runs with x relative to the paragraph's left edge
/// and y = 0 on the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<TextRun>,
}

fn resolve(base: Emphasis, e: Emphasis) -> FontStyle {
    match (base, e) {
        (b, Emphasis::Normal) => font_style(b),
        (Emphasis::Bold, Emphasis::Italic) => FontStyle::BoldItalic,
        (_, e) => font_style(e),
    }
}

/// Splits inline text into words at spaces (and newlines); a citation
/// glued to the text stays one word with it.
fn words(inlines: &[Inline], style: &TextStyle, fonts: &Fonts) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = Word::default();
    for inline in inlines {
        let fs = resolve(style.base, inline.emphasis);
        let mut first = true;
        for part in inline.text.split([' ', '\n', '\t']) {
            if !first && !current.pieces.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            first = false;
            if part.is_empty() {
                continue;
            }
            let width = fonts.width(fs, style.size, part);
            current.width += width;
            match current.pieces.last_mut() {
                Some(p) if p.style == fs && p.link == inline.cite => {
                    p.text.push_str(part);
                    p.width += width;
                }
                _ => current.pieces.push(Piece {
                    text: part.to_string(),
                    style: fs,
                    link: inline.cite,
                    width,
                }),
            }
        }
    }
    if !current.pieces.is_empty() {
        out.push(current);
    }
    out
}

/// Cuts a word wider than `max` into pieces that fit, between characters.
fn split_long_word(word: Word, max: f32, size: f32, fonts: &Fonts) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current = Word::default();
    for piece in word.pieces {
        let mut buf = String::new();
        let mut buf_w = 0.0;
        for ch in piece.text.chars() {
            let mut tmp = [0u8; 4];
            let w = fonts.width(piece.style, size, ch.encode_utf8(&mut tmp));
            if current.width + buf_w + w > max && (current.width + buf_w) > 0.0 {
                if !buf.is_empty() {
                    current.pieces.push(Piece {
                        text: std::mem::take(&mut buf),
                        width: buf_w,
                        ..piece.clone()
                    });
                    current.width += buf_w;
                    buf_w = 0.0;
                }
                out.push(std::mem::take(&mut current));
            }
            buf.push(ch);
            buf_w += w;
        }
        if !buf.is_empty() {
            current.pieces.push(Piece {
                text: buf,
                width: buf_w,
                ..piece
            });
            current.width += buf_w;
        }
    }
    if !current.pieces.is_empty() {
        out.push(current);
    }
    for w in out.iter_mut().skip(1) {
        w.continues = true;
    }
    out
}

/// Lays a paragraph out into lines no wider than `width`.
pub fn layout_paragraph(inlines: &[Inline], style: &TextStyle, width: f32) -> Vec<Line> {
    let fonts = Fonts::get();
    let space = fonts.width(font_style(style.base), style.size, " ");
    // Words wider than a whole line are cut to fit one; a line narrower
    // than a single glyph is the only case where a glyph may overflow.
    let line_width = (width - style.indent).max(1.0);
    let mut all = Vec::new();
    for w in words(inlines, style, fonts) {
        if w.width > line_width {
            all.extend(split_long_word(w, line_width, style.size, fonts));
        } else {
            all.push(w);
        }
    }

    // Greedy filling: Vietnamese text has short words and no hyphenation,
    // so a greedy fill looks as good as an optimal one here.
    let mut lines: Vec<Vec<Word>> = Vec::new();
    let mut current: Vec<Word> = Vec::new();
    let mut used = 0.0;
    for w in all {
        let avail = width - line_left(style, lines.is_empty());
        if current.is_empty() && lines.is_empty() && w.width > avail + 0.01 {
            // The first line, shortened by its indent, cannot hold even this
            // word: leave it empty rather than cross the margin.
            lines.push(Vec::new());
        }
        let avail = width - line_left(style, lines.is_empty());
        let needed = if current.is_empty() {
            w.width
        } else {
            used + space + w.width
        };
        if !current.is_empty() && (w.continues || needed > avail + 0.01) {
            lines.push(std::mem::take(&mut current));
            used = w.width;
        } else {
            used = needed;
        }
        current.push(w);
    }
    if !current.is_empty() {
        lines.push(current);
    }

    let count = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, words)| place_line(words, style, width, i == 0, i + 1 == count, space))
        .collect()
}

fn line_left(style: &TextStyle, first: bool) -> f32 {
    style.indent + if first { style.first_indent } else { 0.0 }
}

fn place_line(
    words: Vec<Word>,
    style: &TextStyle,
    width: f32,
    first: bool,
    last: bool,
    space: f32,
) -> Line {
    let left = line_left(style, first);
    let avail = width - left;
    let natural: f32 =
        words.iter().map(|w| w.width).sum::<f32>() + space * (words.len().saturating_sub(1)) as f32;
    let gaps = words.len().saturating_sub(1) as f32;
    let (mut x, gap) = match style.align {
        Align::Left => (left, space),
        Align::Center => (left + ((avail - natural) / 2.0).max(0.0), space),
        Align::Justify if last || gaps == 0.0 => (left, space),
        Align::Justify => (left, space + ((avail - natural) / gaps).max(0.0)),
    };
    let stretched = gap > space + 0.01;
    let mut runs: Vec<TextRun> = Vec::new();
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            // Without stretching, a space joins the word to the previous
            // run of the same style, which keeps the PDF small and its
            // text extraction natural.
            let join = !stretched
                && runs.last().is_some_and(|r: &TextRun| {
                    r.link.is_none() && w.pieces[0].link.is_none() && r.style == w.pieces[0].style
                });
            if join {
                let r = runs.last_mut().expect("checked above");
                r.text.push(' ');
                r.width += space;
            }
            x += gap;
        }
        for p in w.pieces {
            let can_merge = runs.last().is_some_and(|r| {
                r.style == p.style
                    && r.link.is_none()
                    && p.link.is_none()
                    && (r.x + r.width - x).abs() < 0.01
            });
            if can_merge {
                let r = runs.last_mut().expect("checked above");
                r.text.push_str(&p.text);
                r.width += p.width;
            } else {
                runs.push(TextRun {
                    x,
                    y: 0.0,
                    text: p.text,
                    style: p.style,
                    size: style.size,
                    color: if p.link.is_some() {
                        style.link_color
                    } else {
                        style.color
                    },
                    width: p.width,
                    link: p.link,
                });
            }
            x += p.width;
        }
    }
    Line { runs }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(align: Align) -> TextStyle {
        TextStyle {
            size: 13.0,
            leading: 16.0,
            align,
            first_indent: 20.0,
            indent: 0.0,
            base: Emphasis::Normal,
            color: Rgb::BLACK,
            link_color: Rgb::BLUE,
        }
    }

    fn text_of(lines: &[Line]) -> String {
        lines
            .iter()
            .map(|l| {
                l.runs
                    .iter()
                    .map(|r| r.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn lines_stay_within_width_and_keep_every_word() {
        let text = "Tỉ lệ dịch vụ công trực tuyến mức độ 4 trên cả nước năm 2020 đạt 30,86%, \
                    vượt mục tiêu Chính phủ đề ra tại Nghị quyết số 17/NQ-CP.";
        for align in [Align::Left, Align::Center, Align::Justify] {
            let lines = layout_paragraph(&[Inline::plain(text)], &style(align), 200.0);
            assert!(lines.len() > 2);
            for l in &lines {
                for r in &l.runs {
                    assert!(r.x >= 0.0 && r.x + r.width <= 200.01, "{r:?}");
                }
            }
            let words: Vec<&str> = text.split(' ').collect();
            assert_eq!(text_of(&lines).split(' ').collect::<Vec<_>>(), words);
        }
    }

    #[test]
    fn justified_lines_reach_the_right_edge_except_the_last() {
        let text = "Trục liên thông văn bản quốc gia đã được xây dựng nhằm kết nối các hệ thống \
                    quản lý văn bản điều hành của các bộ, ngành, địa phương.";
        let lines = layout_paragraph(&[Inline::plain(text)], &style(Align::Justify), 220.0);
        for l in &lines[..lines.len() - 1] {
            let r = l.runs.last().unwrap();
            assert!((r.x + r.width - 220.0).abs() < 0.05, "{}", r.x + r.width);
        }
        let last = lines.last().unwrap().runs.last().unwrap();
        assert!(last.x + last.width < 219.0);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_not_overflowing() {
        let long = "ạ".repeat(300);
        let lines = layout_paragraph(
            &[Inline::plain(long.clone())],
            &style(Align::Justify),
            100.0,
        );
        assert!(lines.len() > 3);
        let joined: String = lines
            .iter()
            .flat_map(|l| l.runs.iter())
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(joined, long);
        for l in &lines {
            for r in &l.runs {
                assert!(r.x + r.width <= 100.01);
            }
        }
    }

    #[test]
    fn a_first_line_too_short_for_its_first_word_is_left_empty() {
        // Found by the layout fuzzer: 20 pt wide, 10 pt first indent, a
        // glyph 10.1 pt wide.
        let mut st = style(Align::Left);
        st.first_indent = 10.0;
        let lines = layout_paragraph(&[Inline::plain("\0 ab")], &st, 20.0);
        for l in &lines {
            for r in &l.runs {
                assert!(r.x + r.width <= 20.01, "{r:?}");
            }
        }
        assert!(lines[0].runs.is_empty());
    }

    #[test]
    fn citations_are_their_own_runs() {
        let c = Citation { number: 3, fact: 7 };
        let inl = vec![
            Inline::plain("đạt 30,86% "),
            Inline::citation(c),
            Inline::plain("."),
        ];
        let lines = layout_paragraph(&inl, &style(Align::Left), 400.0);
        let runs: Vec<_> = lines[0].runs.iter().collect();
        let cite = runs.iter().find(|r| r.link == Some(c)).unwrap();
        assert_eq!(cite.text, "[3]");
        assert!(
            runs.iter()
                .any(|r| r.text == "." && r.x >= cite.x + cite.width - 0.01)
        );
    }

    #[test]
    fn empty_text_gives_no_lines() {
        assert!(
            layout_paragraph(&[Inline::plain("   ")], &style(Align::Justify), 100.0).is_empty()
        );
    }
}
