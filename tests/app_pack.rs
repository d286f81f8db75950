//! "Mở gói dữ liệu…" in the window: the signature status and the change
//! list with quotes before anything is written, then the import; a pack
//! no trusted key signed is imported only after the confirmation.

use std::path::{Path, PathBuf};

use egov_brief::app::{self, EgovApp, FileDialogs};
use egov_brief::export::Format;
use egov_brief::pack::KeyPair;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::pack::{QUOTE, signed_pack};
use crate::support::catalog;
use crate::workbench::replace_field;

/// A dialog that picks `pack` when asked for a data pack.
struct PackDialog {
    pack: PathBuf,
}

impl FileDialogs for PackDialog {
    fn save_export(&mut self, _: &str, _: Format) -> Option<PathBuf> {
        None
    }

    fn open_dataset(&mut self) -> Option<PathBuf> {
        None
    }

    fn open_pack_file(&mut self) -> Option<PathBuf> {
        Some(self.pack.clone())
    }
}

fn harness(pack: &Path, folder: &Path) -> Harness<'static, EgovApp> {
    let (pack, folder) = (pack.to_path_buf(), folder.to_path_buf());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| {
            app::fonts::install(&cc.egui_ctx);
            let catalog = catalog();
            let selection = app::default_selection(&catalog);
            EgovApp::new(catalog, Box::new(PackDialog { pack }), Some(selection))
                .with_data_folder(folder)
        });
    harness.run();
    harness
}

const IMPORT: &str = "Nhập các chủ đề đã chọn";

#[test]
fn a_signed_pack_shows_its_changes_then_imports() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục Chuyển đổi số quốc gia").unwrap();
    let pack = dir.path().join("goi.egb");
    std::fs::write(&pack, signed_pack(&key)).unwrap();
    std::fs::write(
        dir.path().join("khoa-tin-cay.txt"),
        format!("{}\n", key.public().line()),
    )
    .unwrap();
    let mut harness = harness(&pack, dir.path());
    let before = harness.state().fact_count().unwrap();
    harness.get_by_label("Mở gói dữ liệu…").click();
    harness.run();
    harness.get_by_label("Đã ký bởi Cục Chuyển đổi số quốc gia");
    harness.get_by_label(&format!("“{QUOTE}”"));
    harness.get_by_label("Hồ sơ trực tuyến toàn quốc (1 mới, 0 thay đổi, 0 bỏ, 0 mâu thuẫn)");
    // Nothing is written before the official says so.
    assert!(!dir.path().join("du-lieu-bo-sung.json").exists());
    harness.get_by_label(IMPORT).click();
    harness.run();
    assert_eq!(harness.state().fact_count(), Some(before + 2));
    let status = harness.state().status().unwrap().text.clone();
    assert!(
        status.contains("Đã nhập gói “Số liệu chuyển đổi số 2026”"),
        "{status}"
    );
    assert!(
        status.contains("2 thông tin mới, 0 thay đổi, 0 bỏ đi, 1 mâu thuẫn mới"),
        "{status}"
    );
    let line = "Gói “Số liệu chuyển đổi số 2026” phiên bản 1: Đã ký bởi Cục Chuyển đổi số quốc gia";
    harness.get_by_label(line);
    // The About window names it too.
    harness.get_by_label("Giới thiệu").click();
    harness.run();
    assert_eq!(harness.get_all_by_label(line).count(), 2);
}

#[test]
fn an_unknown_signer_needs_a_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate("Cục lạ").unwrap();
    let pack = dir.path().join("goi.egb");
    std::fs::write(&pack, signed_pack(&key)).unwrap();
    let mut harness = harness(&pack, dir.path());
    let before = harness.state().fact_count().unwrap();
    harness.get_by_label("Mở gói dữ liệu…").click();
    harness.run();
    let id = egov_brief::pack::keys::key_id(&key.public().key);
    harness.get_by_label(&format!(
        "Đã ký bằng khóa không có trong danh sách tin cậy (mã khóa {id})"
    ));
    harness.get_by_label(IMPORT).click();
    harness.run();
    assert_eq!(
        harness.state().fact_count(),
        Some(before),
        "imported without asking"
    );
    harness
        .get_by_label(
            "Tôi đã xác minh nguồn gói này và vẫn muốn nhập dù gói không được ký bởi đơn vị tin cậy",
        )
        .click();
    harness.run();
    harness.get_by_label(IMPORT).click();
    harness.run();
    assert_eq!(harness.state().fact_count(), Some(before + 2));
}

#[test]
fn the_workbench_shares_the_users_data_as_a_signed_pack() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    crate::pack::write_dataset(&folder, &crate::pack::analyst_dataset(true));
    let key = KeyPair::generate("Cục Chuyển đổi số quốc gia").unwrap();
    std::fs::write(folder.join("khoa-don-vi.khoa-bi-mat"), key.secret_text()).unwrap();
    let out = dir.path().join("goi-chia-se.egb");
    let mut h = harness(&dir.path().join("khong-dung.egb"), &folder);
    h.get_by_label("Thêm bài viết…").click();
    h.run();
    h.get_by_label("Chia sẻ dữ liệu…").click();
    h.run();
    replace_field(&mut h, "Mã gói", "cuc-cds");
    replace_field(&mut h, "Đơn vị phát hành", "Cục Chuyển đổi số quốc gia");
    replace_field(&mut h, "Tệp gói sẽ ghi", &out.display().to_string());
    h.get_by_label("Ghi gói dữ liệu").click();
    h.run();
    let trusted = egov_brief::pack::TrustedKeys {
        keys: vec![key.public()],
    };
    let pack = egov_brief::pack::open_pack_file(&out, &trusted).expect("the pack opens");
    assert!(pack.status.is_trusted(), "{}", pack.status);
    assert_eq!(pack.manifest.id, "cuc-cds");
    assert_eq!(pack.manifest.facts, 2);
}
