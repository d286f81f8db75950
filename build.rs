//! Sets the build date shown in the "Giới thiệu" window, and on Windows
//! embeds the application icon and version information in the executable
//! (with mingw's windres when cross-compiling from Linux).

fn main() {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    println!("cargo:rustc-env=EGOV_BRIEF_BUILD_DATE={}", build_date());
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

/// The build date as d/m/yyyy: from `SOURCE_DATE_EPOCH` (set by
/// scripts/package.sh, so packages are reproducible), else the date of the
/// commit being built, else "không rõ".
fn build_date() -> String {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .or_else(|| {
            let out = std::process::Command::new("git")
                .args(["log", "-1", "--format=%ct"])
                .output()
                .ok()?;
            if let Ok(dir) = std::process::Command::new("git")
                .args(["rev-parse", "--git-path", "logs/HEAD"])
                .output()
            {
                let path = String::from_utf8_lossy(&dir.stdout).trim().to_string();
                if !path.is_empty() && std::path::Path::new(&path).exists() {
                    println!("cargo:rerun-if-changed={path}");
                }
            }
            String::from_utf8(out.stdout).ok()?.trim().parse().ok()
        });
    match epoch {
        Some(secs) => {
            // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
            let z = secs.div_euclid(86_400) + 719_468;
            let era = z.div_euclid(146_097);
            let doe = z - era * 146_097;
            let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            let mp = (5 * doy + 2) / 153;
            let day = doy - (153 * mp + 2) / 5 + 1;
            let month = if mp < 10 { mp + 3 } else { mp - 9 };
            let year = yoe + era * 400 + i64::from(month <= 2);
            format!("{day}/{month}/{year}")
        }
        None => "không rõ".to_string(),
    }
}
