//! The zip around the members must be exactly as [`super::write`] makes
//! it: entries back to back in central-directory order, fixed versions,
//! no flags, deflate, the manifest's date at midnight, mode 0644, no
//! extra fields or comments, nothing before, between or after. The
//! manifest's digests cover the members' bytes and the signature covers
//! the manifest; this covers the rest, so that one byte changed anywhere
//! in a pack is refused.
//!
//! A newer zip crate that wrote other version numbers would make packs
//! this check refuses: the round-trip tests catch that.

use super::error::PackError;

const LOCAL: [u8; 4] = [0x50, 0x4b, 0x03, 0x04];
const CENTRAL: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
/// "Made by" Unix, zip 2.0; "needed" 2.0.
const MADE_BY: usize = 0x0314;
const NEEDED: usize = 20;
const DEFLATE: usize = 8;
/// A regular file, rw-r--r--, in the high half of the external attributes.
const EXTERNAL: usize = 0o100644 << 16;

pub(crate) fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

pub(crate) fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The zip date of midnight on `created` (YYYY-MM-DD).
pub fn dos_date(created: &str) -> Option<usize> {
    let mut parts = created.split('-').map(|p| p.parse::<usize>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    // Outside the zip's years (0000, 0001, 9999) the date is refused.
    let real = (1980..=2107).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
    real.then_some(((y - 1980) << 9) | (m << 5) | d)
}

fn refused(member: &str, what: &'static str) -> PackError {
    PackError::NotCanonical {
        member: member.to_string(),
        what,
    }
}

/// Checks every byte of `b` outside the members' contents.
pub fn check_form(b: &[u8], date: usize) -> Result<(), PackError> {
    let whole = "(mục lục tệp nén)";
    let short = || refused(whole, "tệp bị cắt");
    let end = b.len().checked_sub(22).ok_or_else(short)?;
    let field = |at: usize| u16_at(b, end + at).ok_or_else(short);
    if !b[end..].starts_with(&END) || field(4)? != 0 || field(6)? != 0 || field(20)? != 0 {
        return Err(refused(whole, "phần kết thúc khác chuẩn"));
    }
    let count = field(10)?;
    let (dir_size, dir_start) = (
        u32_at(b, end + 12).ok_or_else(short)?,
        u32_at(b, end + 16).ok_or_else(short)?,
    );
    if field(8)? != count || dir_start.checked_add(dir_size) != Some(end) {
        return Err(refused(whole, "số mục hoặc vị trí mục lục khác chuẩn"));
    }
    let (mut at, mut next_local) = (dir_start, 0usize);
    for _ in 0..count {
        let name_len = u16_at(b, at + 28).ok_or_else(short)?;
        let name_bytes = b.get(at + 46..at + 46 + name_len).ok_or_else(short)?;
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        let c = |off: usize| u16_at(b, at + off).unwrap_or(usize::MAX);
        let c32 = |off: usize| u32_at(b, at + off).unwrap_or(usize::MAX);
        let central_ok = b[at..].starts_with(&CENTRAL)
            && (c(4), c(6), c(8), c(10), c(12), c(14)) == (MADE_BY, NEEDED, 0, DEFLATE, 0, date)
            && (c(30), c(32), c(34), c(36)) == (0, 0, 0, 0)
            && c32(38) == EXTERNAL
            && c32(42) == next_local;
        if !central_ok {
            return Err(refused(&name, "mục lục của thành phần khác chuẩn"));
        }
        let (crc, packed, size) = (c32(16), c32(20), c32(24));
        let l = |off: usize| u16_at(b, next_local + off).unwrap_or(usize::MAX);
        let l32 = |off: usize| u32_at(b, next_local + off).unwrap_or(usize::MAX);
        let local_ok = b.get(next_local..).is_some_and(|r| r.starts_with(&LOCAL))
            && (l(4), l(6), l(8), l(10), l(12)) == (NEEDED, 0, DEFLATE, 0, date)
            && (l32(14), l32(18), l32(22)) == (crc, packed, size)
            && (l(26), l(28)) == (name_len, 0)
            && b.get(next_local + 30..next_local + 30 + name_len) == Some(name_bytes);
        if !local_ok {
            return Err(refused(&name, "phần đầu của thành phần khác chuẩn"));
        }
        next_local += 30 + name_len + packed;
        at += 46 + name_len;
    }
    if next_local != dir_start || at != end {
        return Err(refused(whole, "có dữ liệu thừa giữa các thành phần"));
    }
    Ok(())
}

/// The first name the central directory lists twice (for the message
/// only: the zip crate already said there is one).
pub fn duplicate_name(b: &[u8]) -> Option<String> {
    let eocd = (0..b.len().saturating_sub(21))
        .rev()
        .find(|&i| b[i..].starts_with(&END))?;
    let count = u16_at(b, eocd + 10)?;
    let mut at = u32_at(b, eocd + 16)?;
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..count {
        if !b.get(at..)?.starts_with(&CENTRAL) {
            return None;
        }
        let (name_len, extra, comment) = (
            u16_at(b, at + 28)?,
            u16_at(b, at + 30)?,
            u16_at(b, at + 32)?,
        );
        let name = String::from_utf8_lossy(b.get(at + 46..at + 46 + name_len)?).into_owned();
        if !seen.insert(name.clone()) {
            return Some(name);
        }
        at += 46 + name_len + extra + comment;
    }
    None
}
