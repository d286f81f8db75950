//! Standard output that remembers its first error: `facts`, `suggest` and
//! `check` print many lines and must not exit 0 when none of them reached
//! the disk (`> /dev/full`, a full disk). A reader that stops early
//! (`| head`) is not an error.

use std::io::{self, Write};

pub struct CheckedOut<'a> {
    inner: &'a mut dyn Write,
    error: Option<io::Error>,
}

impl<'a> CheckedOut<'a> {
    pub fn new(inner: &'a mut dyn Write) -> Self {
        Self { inner, error: None }
    }

    /// Flushes, then the first error other than a closed pipe, if any.
    pub fn finish(mut self) -> Option<io::Error> {
        let _ = self.flush();
        self.error.filter(|e| e.kind() != io::ErrorKind::BrokenPipe)
    }

    fn keep<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && self.error.is_none()
        {
            // io::Error is not Clone: keep its code, or its kind and words.
            self.error = Some(match e.raw_os_error() {
                Some(code) => io::Error::from_raw_os_error(code),
                None => io::Error::new(e.kind(), e.to_string()),
            });
        }
        result
    }
}

impl Write for CheckedOut<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.error.is_some() {
            return Err(io::Error::other("đã lỗi"));
        }
        let r = self.inner.write(buf);
        self.keep(r)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.error.is_some() {
            return Ok(());
        }
        let r = self.inner.flush();
        self.keep(r)
    }
}
