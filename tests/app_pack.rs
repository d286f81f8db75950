//! "Mở gói dữ liệu…" in the window: the signature status and the change
//! list with quotes before anything is written, then the import; a pack
//! no trusted key signed is imported only after the confirmation.

use std::path::{Path, PathBuf};

use egov_brief::app::{self, EgovApp, FileDialogs};
use egov_brief::export::FileType;
use egov_brief::pack::KeyPair;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::pack::{QUOTE, signed_pack};
use crate::support::catalog;
use crate::workbench::replace_field;

/// A dialog that picks `pack` when asked for a data pack.
struct PackDialog {
    pack: PathBuf,
}

impl FileDialogs for PackDialog {
    fn save_export(&mut self, _: &str, _: FileType) -> Option<PathBuf> {
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

/// The analyst's pack as version `version`, signed by `key` or not.
fn pack_bytes(version: u32, key: Option<&KeyPair>) -> Vec<u8> {
    let data = crate::pack::snapshot(&crate::pack::analyst_dataset(true));
    egov_brief::pack::create(&data, &crate::pack::info(version), key).unwrap()
}

/// "Mở gói dữ liệu…" on the pack file as it is now.
fn open_pack(h: &mut Harness<'static, EgovApp>) {
    h.get_by_label("Mở gói dữ liệu…").click();
    h.run();
}

const SIGNER: &str = "Cục Chuyển đổi số quốc gia";

#[test]
fn the_dialog_names_the_imported_versions_signer_and_an_unsigned_one_cannot_replace_it() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate(SIGNER).unwrap();
    std::fs::write(
        dir.path().join("khoa-tin-cay.txt"),
        format!("{}\n", key.public().line()),
    )
    .unwrap();
    let file = dir.path().join("goi.egb");
    std::fs::write(&file, pack_bytes(1, Some(&key))).unwrap();
    let mut h = harness(&file, dir.path());
    open_pack(&mut h);
    h.get_by_label(IMPORT).click();
    h.run();
    let after_one = h.state().fact_count().unwrap();

    // Version 2, same key: both signers side by side.
    std::fs::write(&file, pack_bytes(2, Some(&key))).unwrap();
    open_pack(&mut h);
    h.get_by_label(&format!("Phiên bản 1 đã nhập: Đã ký bởi {SIGNER}"));
    h.get_by_label(&format!("Phiên bản 2 trong gói này: Đã ký bởi {SIGNER}"));
    h.get_by_label("Huỷ").click();
    h.run();

    // Version 2 unsigned: refused, nothing written.
    std::fs::write(&file, pack_bytes(2, None)).unwrap();
    open_pack(&mut h);
    assert!(h.query_by_label(IMPORT).is_none(), "an import was offered");
    h.get_by_label_contains("gói này chưa ký. Chỉ gói ký bằng cùng khóa mới thay được");
    h.get_by_label("Dữ liệu của bạn không thay đổi.");
    assert_eq!(h.state().fact_count(), Some(after_one));
}

#[test]
fn a_figure_from_an_unsigned_pack_is_marked_in_the_window_and_the_references() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("goi.egb");
    std::fs::write(&file, pack_bytes(1, None)).unwrap();
    let mut h = harness(&file, dir.path());
    open_pack(&mut h);
    h.get_by_label("Chưa ký");
    h.get_by_label(
        "Tôi đã xác minh nguồn gói này và vẫn muốn nhập dù gói không được ký bởi đơn vị tin cậy",
    )
    .click();
    h.run();
    h.get_by_label(IMPORT).click();
    h.run();

    // The pack's 87/193 of 2020 disagrees with the bundled 86/193, so the
    // brief cites it; its reference says where it came from.
    let refs = h.state().references();
    let entry = refs
        .iter()
        .find(|r| r.text.starts_with(SIGNER))
        .expect("the pack's article is cited");
    assert!(
        entry.text.ends_with("(gói dữ liệu chưa ký)."),
        "{}",
        entry.text
    );
    // The bundled sources are not marked.
    assert_eq!(
        refs.iter()
            .filter(|r| r.text.contains("gói dữ liệu chưa ký"))
            .count(),
        1
    );
    // Exported: the PDF's reference list says it too.
    let pdf = crate::support::pdf_bytes(h.state().briefing().unwrap());
    let text = crate::support::pdf_text(&pdf);
    assert!(text.contains("gói dữ liệu chưa ký"), "{text}");

    // The citation panel warns over the quote.
    let marker = format!("Trích dẫn [{}]", entry.number);
    for _ in 0..h.state().page_count().unwrap() {
        if h.query_all_by_label(&marker).next().is_some() {
            break;
        }
        h.key_press(egui::Key::PageDown);
        h.run();
    }
    h.get_all_by_label(&marker)
        .next()
        .expect("the marker is in the preview")
        .click();
    h.run();
    h.get_by_label(
        "Thông tin này đến từ gói dữ liệu chưa ký: chưa đơn vị tin cậy nào ký xác nhận, \
         hãy đối chiếu với nguồn trước khi dùng.",
    );
}

#[test]
fn the_change_list_names_the_indicator_and_an_idle_import_button_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::generate(SIGNER).unwrap();
    std::fs::write(
        dir.path().join("khoa-tin-cay.txt"),
        format!("{}\n", key.public().line()),
    )
    .unwrap();
    let file = dir.path().join("goi.egb");
    std::fs::write(&file, pack_bytes(1, Some(&key))).unwrap();
    let mut h = harness(&file, dir.path());
    open_pack(&mut h);
    // The pack's own indicator, by name, before its value: the line
    // `pack import` prints (tests/pack.rs), word for word.
    h.get_by_label("+ mới: cuc-cds:nd-1 (Năm 2025): Tỉ lệ hồ sơ giải quyết trực tuyến 52,7%");
    // A bundled indicator too, in the disagreement.
    h.get_by_label(
        "+ mới: cuc-cds:nd-2 (Năm 2020): Thứ hạng Chính phủ điện tử (EGDI) trên thế giới 87/193",
    );
    assert!(!h.get_by_label(IMPORT).accesskit_node().is_disabled());
    h.get_by_label(IMPORT).click();
    h.run();

    // The same pack again: nothing to import, and the window says so.
    open_pack(&mut h);
    assert!(h.get_by_label(IMPORT).accesskit_node().is_disabled());
    h.get_by_label("Không có gì để nhập: gói này không thay đổi gì so với dữ liệu hiện có.");
}

#[test]
fn sharing_prefills_the_issuing_unit_from_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    crate::pack::write_dataset(&folder, &crate::pack::analyst_dataset(true));
    let key = KeyPair::generate(SIGNER).unwrap();
    std::fs::write(folder.join("khoa-don-vi.khoa-bi-mat"), key.secret_text()).unwrap();
    let mut h = harness(&dir.path().join("khong-dung.egb"), &folder);
    h.get_by_label("Thêm bài viết…").click();
    h.run();
    h.get_by_label("Chia sẻ dữ liệu…").click();
    h.run();
    assert_eq!(
        h.get_by_label("Đơn vị phát hành").value().as_deref(),
        Some(SIGNER)
    );
}
