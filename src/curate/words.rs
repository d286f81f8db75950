//! The words of a sentence with their byte offsets, the punctuation
//! around them trimmed, and whether they sit inside a quoted name
//! (“…”): the guesses read words, and quoted titles are not figures.

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Word<'a> {
    /// The word without the punctuation around it ("65,11%", "2020").
    pub clean: &'a str,
    /// Lower case, for matching cue words.
    pub lower: String,
    /// Byte offsets of `clean` in the sentence.
    pub start: usize,
    pub end: usize,
    /// Inside “…” or "…" (a title, a slogan).
    pub quoted: bool,
    /// Inside ( … ).
    pub bracketed: bool,
    /// A comma, semicolon or colon follows the word.
    pub pause_after: bool,
}

const AROUND: &[char] = &[
    ',', '.', ';', ':', '!', '?', '“', '”', '"', '(', ')', '…', '‘', '’', '[', ']', '\'',
];

/// The words of `s`, in order.
pub fn words(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let (mut quoted, mut bracketed) = (false, false);
    let mut offset = 0;
    for raw in s.split_whitespace() {
        let at = offset + s[offset..].find(raw).unwrap_or(0);
        offset = at + raw.len();
        let opens_quote = raw.starts_with(['“', '"']);
        let opens_bracket = raw.starts_with('(');
        quoted |= opens_quote;
        bracketed |= opens_bracket;
        let clean = raw.trim_matches(AROUND);
        if !clean.is_empty() {
            let lead = raw.find(clean).unwrap_or(0);
            out.push(Word {
                clean,
                lower: clean.to_lowercase(),
                start: at + lead,
                end: at + lead + clean.len(),
                quoted,
                bracketed,
                pause_after: raw[lead + clean.len()..]
                    .trim_start_matches([')', '”', '"', '’'])
                    .starts_with([',', ';', ':']),
            });
        }
        let straight = raw.matches('"').count();
        if raw.contains('”') || straight >= if raw.starts_with('"') { 2 } else { 1 } {
            quoted = false;
        }
        if raw.contains(')') {
            bracketed = false;
        }
    }
    out
}

/// Does the phrase (lower case, space-separated) start at word `i`?
pub fn phrase_at(words: &[Word], i: usize, phrase: &str) -> bool {
    // No allocation: it runs for every word and cue of a sentence.
    phrase
        .split(' ')
        .enumerate()
        .all(|(k, p)| words.get(i + k).is_some_and(|w| w.lower == p))
}

/// Does the phrase end right before word `i`?
pub fn phrase_before(words: &[Word], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    i >= n && phrase_at(words, i - n, phrase)
}

/// Is any of the phrases among the `n` words before `i`?
pub fn cue_before(words: &[Word], i: usize, n: usize, phrases: &[&str]) -> bool {
    (i.saturating_sub(n)..i).any(|k| phrases.iter().any(|p| phrase_at(words, k, p)))
}

/// A year of the range the data uses, written alone.
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_quotes_and_brackets_are_kept() {
        let s = "Hội thảo “Chính phủ số 2030” khai trương (12/3/2019), đạt 65,11%.";
        let w = words(s);
        let find = |t: &str| w.iter().find(|x| x.clean == t).unwrap();
        assert_eq!(&s[find("65,11%").start..find("65,11%").end], "65,11%");
        assert!(find("2030").quoted);
        assert!(!find("khai").quoted);
        assert!(find("12/3/2019").bracketed);
        assert!(!find("đạt").bracketed);
        assert!(find("12/3/2019").pause_after);
        assert!(phrase_at(&w, 0, "hội thảo"));
    }
}
