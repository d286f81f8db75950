//! Text layout on arbitrary Unicode (decomposed Vietnamese, very long
//! words, control characters): no panic, every run inside the line width,
//! no character lost.
#![no_main]

use egov_brief::brief::document::{Emphasis, Inline};
use egov_brief::layout::page::Rgb;
use egov_brief::layout::text::{Align, TextStyle, layout_paragraph};
use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let width = 20.0 + (data[0] as f32) * 2.0;
    let align = match data[1] % 3 {
        0 => Align::Left,
        1 => Align::Center,
        _ => Align::Justify,
    };
    let raw = String::from_utf8_lossy(&data[2..]);
    for text in [raw.to_string(), raw.nfd().collect::<String>()] {
        let style = TextStyle {
            size: 13.0,
            leading: 16.0,
            align,
            first_indent: 10.0,
            indent: 0.0,
            base: if data[1] & 4 == 0 { Emphasis::Normal } else { Emphasis::Bold },
            color: Rgb::BLACK,
            link_color: Rgb::BLACK,
        };
        let lines = layout_paragraph(&[Inline::plain(text.clone())], &style, width);
        let mut laid = String::new();
        for line in &lines {
            for run in &line.runs {
                assert!(run.x >= -0.01, "{run:?}");
                // Only a single glyph wider than a whole line may overflow.
                let single_glyph = run.text.chars().count() == 1 && run.width > width;
                assert!(
                    run.x + run.width <= width + 0.05 || single_glyph,
                    "{run:?} wider than {width}"
                );
                laid.extend(run.text.chars().filter(|c| !matches!(c, ' ' | '\n' | '\t')));
            }
        }
        let expected: String = text.chars().filter(|c| !matches!(c, ' ' | '\n' | '\t')).collect();
        assert_eq!(laid, expected);
    }
});
