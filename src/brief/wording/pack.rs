//! Words about data packs a user reads: in the reference list of a
//! figure a pack brought that no trusted unit signed, in the citation
//! panel, and in the pack dialog beside the version already imported.

use crate::data::PackTrust;

/// After a reference whose source came in an unsigned pack.
pub const PACK_UNSIGNED: &str = "gói dữ liệu chưa ký";
/// After a reference whose source came in a pack signed with a key not
/// in the trusted list.
pub const PACK_UNKNOWN_SIGNER: &str = "gói dữ liệu ký bằng khóa không có trong danh sách tin cậy";

/// The mark of a source a pack brought: "gói dữ liệu chưa ký".
pub fn pack_mark(trust: PackTrust) -> &'static str {
    match trust {
        PackTrust::Unsigned => PACK_UNSIGNED,
        PackTrust::UnknownSigner => PACK_UNKNOWN_SIGNER,
    }
}

/// The citation panel's warning over a fact from such a pack.
pub fn pack_warning(trust: PackTrust) -> String {
    format!(
        "Thông tin này đến từ {}: chưa đơn vị tin cậy nào ký xác nhận, hãy đối chiếu với nguồn trước khi dùng.",
        pack_mark(trust)
    )
}

/// The pack dialog's line on the version already imported and its signer:
/// "Phiên bản 1 đã nhập: Đã ký bởi Cục A".
pub fn installed_signer(version: u32, signature: &str) -> String {
    format!("Phiên bản {version} đã nhập: {signature}")
}

/// The line on the version offered: "Phiên bản 2 trong gói này: Chưa ký".
pub fn offered_signer(version: u32, signature: &str) -> String {
    format!("Phiên bản {version} trong gói này: {signature}")
}

/// Beside the disabled import button: nothing would change.
pub const IMPORT_NOTHING_CHANGED: &str =
    "Không có gì để nhập: gói này không thay đổi gì so với dữ liệu hiện có.";
/// Beside the disabled import button: every topic unticked.
pub const IMPORT_NOTHING_TICKED: &str = "Chưa chọn chủ đề nào để nhập.";
/// Beside the disabled import button: the confirmation above first.
pub const IMPORT_CONFIRM_FIRST: &str = "Hãy đánh dấu ô xác nhận ở trên trước khi nhập.";
