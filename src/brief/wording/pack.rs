//! Words about data packs a user reads: in the reference list of a
//! figure a pack brought that no trusted unit signed, in the citation
//! panel, in the pack dialog beside the version already imported, what
//! writing a pack says (window and command line), and the change list
//! `pack import` prints (`pack::change_text` puts it together).

use std::path::Path;

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

/// Said after a pack was written: "Đã ghi gói goi.egb (12 thông tin, 40
/// KB, ký bằng khóa của Cục Chuyển đổi số quốc gia)."
pub fn pack_written(path: &Path, facts: usize, bytes: usize, signer: Option<&str>) -> String {
    let signed = match signer {
        Some(name) => format!("ký bằng khóa của {name}"),
        None => "chưa ký".to_string(),
    };
    format!(
        "Đã ghi gói {} ({facts} thông tin, {} KB, {signed}).",
        path.display(),
        bytes.div_ceil(1024)
    )
}

/// Said when a version of the pack was imported before.
pub fn installed_before(installed: u32, version: u32) -> String {
    if installed == version {
        format!("Phiên bản {installed} của gói này đã được nhập trước đây.")
    } else {
        format!("Đã nhập phiên bản {installed} của gói này; phiên bản {version} thay cho nó.")
    }
}

/// Said when the pack changes nothing.
pub const NO_CHANGES: &str = "Không có thay đổi nào.";

/// A new fact: "+ mới: id (20/8/2021): 30,86%".
pub fn added(id: &str, date: &str, value: &str) -> String {
    format!("+ mới: {id} ({date}): {value}")
}

/// A changed fact: "~ thay đổi: id: 71/193 → 70/193".
pub fn changed(id: &str, old: &str, new: &str) -> String {
    format!("~ thay đổi: {id}: {old} → {new}")
}

/// A fact the new version no longer has.
pub fn removed(id: &str, date: &str, value: &str) -> String {
    format!("- bỏ: {id} ({date}): {value}")
}

/// A fact that disagrees with facts already there.
pub fn conflict(id: &str, value: &str, existing: &[String]) -> String {
    format!(
        "! mâu thuẫn: {id} ghi {value}, dữ liệu đã có ghi {}; cả hai được giữ và ghi là mâu thuẫn",
        existing.join(", ")
    )
}

/// A quote under a change; `which` is "" or "cũ: ", "mới: ".
pub fn quote(which: &str, text: &str) -> String {
    format!("{which}“{text}”")
}

/// All changes counted: "2 thông tin mới, 0 thay đổi, 0 bỏ đi, 1 mâu
/// thuẫn mới".
pub fn change_counts([a, c, r, k]: [usize; 4]) -> String {
    format!("{a} thông tin mới, {c} thay đổi, {r} bỏ đi, {k} mâu thuẫn mới")
}
