//! Windows only: embed the application icon and version information in
//! the executable (with mingw's windres when cross-compiling from Linux).

fn main() {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon.ico")
        .set("ProductName", "eGov Brief")
        .set(
            "FileDescription",
            "eGov Brief – Báo cáo tóm tắt Chính phủ điện tử",
        )
        .set("LegalCopyright", "MIT; phông Liberation: SIL OFL 1.1");
    if let Err(e) = res.compile() {
        // The program works without an icon; say so rather than fail.
        println!("cargo:warning=icon not embedded: {e}");
    }
}
