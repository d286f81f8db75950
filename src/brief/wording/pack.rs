//! The words of data packs, the same in the window and on the command
//! line: what writing one says, and its change list
//! (`pack::change_text` puts that together).

use std::path::Path;

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

/// A topic's changes counted, as the window's tick box names them.
pub fn topic_counts(name: &str, [a, c, r, k]: [usize; 4]) -> String {
    format!("{name} ({a} mới, {c} thay đổi, {r} bỏ, {k} mâu thuẫn)")
}

/// All changes counted: "2 thông tin mới, 0 thay đổi, 0 bỏ đi, 1 mâu
/// thuẫn mới".
pub fn change_counts([a, c, r, k]: [usize; 4]) -> String {
    format!("{a} thông tin mới, {c} thay đổi, {r} bỏ đi, {k} mâu thuẫn mới")
}

/// Under a list cut short in the window.
pub fn more_items(n: usize) -> String {
    format!("… và {n} mục khác")
}
