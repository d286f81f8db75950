//! A small XML writer: the parts of a .docx are short, fixed in shape and
//! written once, so they are built as strings with every piece of text
//! escaped on the way in.

use std::fmt::Write;

/// Text and attribute values escaped for XML; characters XML 1.0 does not
/// allow (control characters other than tab, line feed and carriage
/// return) are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An XML document under construction.
#[derive(Debug, Default)]
pub struct Xml {
    out: String,
}

impl Xml {
    /// A new part, with the XML declaration.
    pub fn new() -> Self {
        let mut out = String::with_capacity(4096);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        Self { out }
    }

    /// Opens `<name a="v" …>`; values are escaped.
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start(name, attrs);
        self.out.push('>');
        self
    }

    /// Writes `<name a="v" …/>`; values are escaped.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start(name, attrs);
        self.out.push_str("/>");
        self
    }

    /// Writes `<name w:val="value"/>`, the usual shape of a property.
    pub fn val(&mut self, name: &str, value: impl std::fmt::Display) -> &mut Self {
        let _ = write!(
            self.out,
            "<{name} w:val=\"{}\"/>",
            escape(&value.to_string())
        );
        self
    }

    pub fn close(&mut self, name: &str) -> &mut Self {
        let _ = write!(self.out, "</{name}>");
        self
    }

    /// Escaped character data.
    pub fn text(&mut self, s: &str) -> &mut Self {
        self.out.push_str(&escape(s));
        self
    }

    /// `<name>text</name>`.
    pub fn element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(name, attrs).text(text).close(name)
    }

    /// Markup written as is: for fixed fragments without user text.
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.out.push_str(s);
        self
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{}\"", escape(v));
        }
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_control_characters_dropped() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(escape("x\u{1}y\u{b}z\tw"), "xyz\tw");
        let mut x = Xml::default();
        x.open("w:p", &[("a", "1&2")]).text("Hà Nội").close("w:p");
        assert_eq!(x.finish(), "<w:p a=\"1&amp;2\">Hà Nội</w:p>");
    }
}
