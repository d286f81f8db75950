//! The pack's table of contents: who published it, which version, how
//! new its figures are, and the size and SHA-256 of every other member.
//! The signature covers exactly these bytes.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::PackError;
use crate::data::PartialDate;
use crate::data::plain_text::first_hidden;

/// The highest version number a pack may have, and the most a version
/// may step over the one imported: a forged huge version cannot block
/// every later update.
pub const MAX_VERSION: u32 = 1_000_000;
pub const MAX_VERSION_STEP: u32 = 500;

/// Version of the pack format.
pub const PACK_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    /// Stable name of the pack across versions: lower-case letters,
    /// digits and `-` (e.g. `cuc-cds-chinh-phu-so`).
    pub id: String,
    /// A newer version of the same id replaces the older one on import.
    pub version: u32,
    pub title: String,
    /// The publishing unit, as the status line names it.
    pub publisher: String,
    /// YYYY-MM-DD.
    pub created: String,
    /// The date of the newest figure (measured value) in the pack.
    pub newest_figure: Option<PartialDate>,
    /// How many facts the dataset holds.
    pub facts: usize,
    /// Every member but the manifest and its signature, sorted by name.
    pub members: Vec<MemberEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberEntry {
    pub name: String,
    pub size: u64,
    /// Lower-case hex SHA-256 of the member's bytes.
    pub sha256: String,
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Whether `id` is a pack id: 1–40 of `a-z`, `0-9`, `-`, not starting or
/// ending with `-`, no `--`. It becomes part of record ids and file
/// names (`goi/ID/bai-viet-001.txt`).
pub fn valid_pack_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

impl Manifest {
    /// The bytes written into the pack (and signed).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    }

    /// Parses and checks the fields a reader relies on.
    pub fn parse(bytes: &[u8]) -> Result<Self, PackError> {
        let bad = |m: String| PackError::BadManifest(m);
        let text =
            std::str::from_utf8(bytes).map_err(|_| bad("không phải văn bản UTF-8".into()))?;
        let m: Manifest = serde_json::from_str(text).map_err(|e| {
            bad(format!(
                "không đúng định dạng ở dòng {}, cột {}",
                e.line(),
                e.column()
            ))
        })?;
        if m.format != PACK_FORMAT {
            return Err(bad(format!(
                "định dạng gói {} không được hỗ trợ (cần {PACK_FORMAT})",
                m.format
            )));
        }
        if !valid_pack_id(&m.id) {
            return Err(bad(format!("mã gói \"{}\" không hợp lệ", m.id)));
        }
        for (field, v) in [("title", &m.title), ("publisher", &m.publisher)] {
            if let Some(c) = first_hidden(v) {
                return Err(bad(format!(
                    "trường {field} có ký tự ẩn hoặc ký tự điều khiển {c}"
                )));
            }
        }
        if m.version > MAX_VERSION {
            return Err(bad(format!(
                "phiên bản {} quá lớn (tối đa {MAX_VERSION})",
                m.version
            )));
        }
        if m.version == 0 || m.title.trim().is_empty() || m.publisher.trim().is_empty() {
            return Err(bad("thiếu phiên bản, tên gói hoặc đơn vị phát hành".into()));
        }
        if !m.members.windows(2).all(|w| w[0].name < w[1].name) {
            return Err(bad(
                "danh sách thành phần không theo thứ tự hoặc trùng tên".into()
            ));
        }
        Ok(m)
    }

    pub fn entry(&self, name: &str) -> Option<&MemberEntry> {
        self.members
            .binary_search_by(|e| e.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.members[i])
    }
}
