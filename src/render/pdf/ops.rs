//! A content stream written as bytes: numbers with two decimals at most
//! and text as hexadecimal glyph codes (pdf-writer escapes the two-byte
//! codes as octal, "\000\f", half as long again and slower to deflate).

/// `v` rounded to hundredths of a point (a two-hundredth of a millimetre,
/// no visible difference): how every coordinate in the file is written.
pub(super) fn hundredths(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The bytes of a content stream being written.
#[derive(Default)]
pub(super) struct Ops {
    pub(super) buf: Vec<u8>,
}

impl Ops {
    /// `v` rounded to hundredths (a two-hundredth of a millimetre, no
    /// visible difference), then a space.
    pub(super) fn num(&mut self, v: f32) -> &mut Self {
        let n = (f64::from(v) * 100.0).round() as i64;
        if n < 0 {
            self.buf.push(b'-');
        }
        let n = n.unsigned_abs();
        let mut ints = itoa::Buffer::new();
        self.buf.extend_from_slice(ints.format(n / 100).as_bytes());
        let (tenths, hundredths) = ((n % 100 / 10) as u8, (n % 10) as u8);
        if tenths != 0 || hundredths != 0 {
            self.buf.push(b'.');
            self.buf.push(b'0' + tenths);
            if hundredths != 0 {
                self.buf.push(b'0' + hundredths);
            }
        }
        self.buf.push(b' ');
        self
    }

    /// An operator and the line's end.
    pub(super) fn op(&mut self, name: &str) -> &mut Self {
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b'\n');
        self
    }

    /// A name operand ("/EGBREG ").
    pub(super) fn name(&mut self, name: &[u8]) -> &mut Self {
        self.buf.push(b'/');
        self.buf.extend_from_slice(name);
        self.buf.push(b' ');
        self
    }

    /// A glyph code inside an open hexadecimal string.
    pub(super) fn glyph(&mut self, code: u16) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        for shift in [12, 8, 4, 0] {
            self.buf.push(HEX[usize::from(code >> shift & 0xF)]);
        }
    }

    pub(super) fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(bytes);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::Ops;

    fn written(f: impl FnOnce(&mut Ops)) -> String {
        let mut o = Ops::default();
        f(&mut o);
        String::from_utf8(o.buf).unwrap()
    }

    #[test]
    fn numbers_keep_two_decimals_and_drop_trailing_zeros() {
        assert_eq!(
            written(|o| {
                o.num(595.2756);
            }),
            "595.28 "
        );
        assert_eq!(
            written(|o| {
                o.num(12.0);
            }),
            "12 "
        );
        assert_eq!(
            written(|o| {
                o.num(0.5);
            }),
            "0.5 "
        );
        assert_eq!(
            written(|o| {
                o.num(-16.25);
            }),
            "-16.25 "
        );
        assert_eq!(
            written(|o| {
                o.num(0.05);
            }),
            "0.05 "
        );
        assert_eq!(
            written(|o| {
                o.num(-0.001);
            }),
            "0 "
        );
        assert_eq!(
            written(|o| {
                o.num(1000.996);
            }),
            "1001 "
        );
    }

    #[test]
    fn glyph_codes_are_four_hex_digits() {
        assert_eq!(
            written(|o| {
                o.glyph(0x000C);
                o.glyph(0x01AF);
            }),
            "000C01AF"
        );
    }
}
