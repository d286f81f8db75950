//! What `egov-brief pack keygen|create|verify|show|import` do: the
//! analyst's and the official's steps, with what they print. Their
//! arguments are read (clap) in `crate::cli::pack`. Each step returns its
//! exit code: 0 done, 3 the pack is intact but not signed by a trusted key
//! (`verify`; `import` without `--accept-unsigned`); an error is 1.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::changes::ChangeList;
use super::error::PackError;
use super::import::{Accept, apply, prepare};
use super::installed::Installed;
use super::keys::{KeyPair, TrustedKeys, trusted_key_files};
use super::open::{OpenedPack, open_pack_file};
use super::write::{PackInfo, create};
use crate::brief::wording;
use crate::curate::user_data::{UserData, default_path};
use crate::data::date::Day;
use crate::fsio::write_atomically;

/// Exit code of an intact pack that no trusted key signed.
pub const UNTRUSTED_EXIT: i32 = 3;

/// A pack to open: its file and the lists of trusted keys named besides
/// the default ones.
#[derive(Debug, Clone)]
pub struct PackFile {
    pub file: PathBuf,
    pub keys: Vec<PathBuf>,
}

/// A new pack: what it says of itself, the key to sign with, the file.
#[derive(Debug, Clone)]
pub struct NewPack {
    pub info: PackInfo,
    pub key: Option<PathBuf>,
    pub output: PathBuf,
}

/// How to import: also an untrusted pack, only some topics, or only show
/// the change list.
#[derive(Debug, Clone, Default)]
pub struct ImportChoice {
    pub accept_unsigned: bool,
    pub topics: Vec<String>,
    pub dry_run: bool,
}

/// The user's dataset the pack commands work on: `data`, else the one in
/// the data folder.
pub fn dataset_path(data: Option<&Path>) -> PathBuf {
    data.map(Path::to_path_buf)
        .unwrap_or_else(|| default_path(&crate::fsio::data_folder()))
}

/// `pack keygen`: a new key pair, never over an existing file.
pub fn keygen(name: &str, base: &Path, out: &mut dyn Write) -> Result<i32, PackError> {
    if name.trim().is_empty() {
        return Err(PackError::Invalid("cần --name: tên đơn vị ký".into()));
    }
    if let Some(c) = crate::data::plain_text::first_hidden(name) {
        return Err(PackError::Invalid(format!(
            "--name có ký tự ẩn hoặc ký tự điều khiển {c}: hãy bỏ ký tự đó"
        )));
    }
    let with = |ext: &str| PathBuf::from(format!("{}.{ext}", base.display()));
    let (secret, public) = (with("khoa-bi-mat"), with("khoa-cong-khai.txt"));
    // A dangling link counts as a file: nothing is written through it.
    if let Some(p) = [&secret, &public]
        .into_iter()
        .find(|p| std::fs::symlink_metadata(p).is_ok())
    {
        return Err(PackError::Invalid(format!(
            "đã có tệp \"{}\"; không ghi đè tệp khóa (hãy chọn tên khác với -o)",
            p.display()
        )));
    }
    let pair = KeyPair::generate(name)?;
    // Created new (O_EXCL: never an existing file, never through a link),
    // owner-only from its first byte.
    create_new_file(&secret, pair.secret_text().as_bytes(), true)
        .map_err(|e| PackError::write(&secret, &crate::fsio::describe_io(&e)))?;
    let line = format!("{}\n", pair.public().line());
    if let Err(e) = create_new_file(&public, line.as_bytes(), false) {
        let _ = std::fs::remove_file(&secret);
        return Err(PackError::write(&public, &crate::fsio::describe_io(&e)));
    }
    let _ = writeln!(
        out,
        "Đã ghi khóa bí mật {} (giữ kín) và khóa công khai {} (mã khóa {}).",
        secret.display(),
        public.display(),
        super::keys::key_id(&pair.public().key)
    );
    Ok(0)
}

/// Writes a file that must not exist yet (O_CREAT|O_EXCL: an existing
/// file or a link, even a dangling one, is an error), readable by its
/// owner only when `private` (Unix); removed again if writing fails.
fn create_new_file(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if private { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut file = options.open(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    written
}

/// `pack create`: the dataset packed, signed with the key if any.
pub fn create_pack(dataset: &Path, args: &NewPack, out: &mut dyn Write) -> Result<i32, PackError> {
    if !dataset.exists() {
        return Err(PackError::Invalid(format!(
            "không có bộ dữ liệu \"{}\" để đóng gói",
            dataset.display()
        )));
    }
    let user = UserData::open(dataset)?;
    let said = write_pack(&user, args)?;
    let _ = writeln!(out, "{said}");
    Ok(0)
}

/// Packs the user's dataset into `args.output`, signed with the key if
/// any, never over what it is made from; returns what to say. The
/// window's "Chia sẻ dữ liệu…" and `pack create` both write through it.
pub fn write_pack(user: &UserData, args: &NewPack) -> Result<String, PackError> {
    let key = args.key.as_deref().map(KeyPair::read).transpose()?;
    let bytes = create(&user.now, &args.info, key.as_ref())?;
    refuse_inputs_of_create(&user.path, args, user)?;
    write_atomically(&args.output, &bytes).map_err(|e| PackError::write(&args.output, &e))?;
    Ok(wording::pack::pack_written(
        &args.output,
        user.now.data.facts.len(),
        bytes.len(),
        key.as_ref().map(|k| k.name.as_str()),
    ))
}

/// The pack may not be written over what it is made from: the dataset,
/// its articles, the key, the list of imported packs.
fn refuse_inputs_of_create(
    dataset: &Path,
    args: &NewPack,
    user: &UserData,
) -> Result<(), PackError> {
    let folder = crate::fsio::folder_of(dataset);
    let installed = super::installed::installed_path(dataset);
    let articles: Vec<PathBuf> = user.now.texts.keys().map(|n| folder.join(n)).collect();
    let mut inputs: Vec<(&Path, &'static str)> = vec![
        (dataset, "bộ dữ liệu được đóng gói"),
        (&installed, "danh sách gói đã nhập"),
    ];
    if let Some(k) = &args.key {
        inputs.push((k, "tệp khóa bí mật (--key)"));
    }
    inputs.extend(
        articles
            .iter()
            .map(|a| (a.as_path(), "tệp bài viết của bộ dữ liệu")),
    );
    crate::fsio::target::refuse_inputs(&args.output, &inputs)
        .map_err(|e| PackError::write(&args.output, &e))
}

/// Reads and checks the pack named by `args`.
fn open(args: &PackFile) -> Result<OpenedPack, PackError> {
    // A list named on the command line must be there (the default ones
    // may be missing).
    if let Some(missing) = args.keys.iter().find(|k| !k.is_file()) {
        return Err(PackError::Key {
            path: missing.display().to_string(),
            message: "không có tệp này (--keys cần một danh sách khóa tin cậy có thật)".into(),
        });
    }
    let mut files = trusted_key_files(&crate::fsio::data_folder());
    files.extend(args.keys.iter().cloned());
    let trusted = TrustedKeys::read(&files)?;
    open_pack_file(&args.file, &trusted)
}

/// `pack verify`: exit 0 when trusted, [`UNTRUSTED_EXIT`] when intact
/// but not signed by a trusted key.
pub fn verify(args: &PackFile, out: &mut dyn Write) -> Result<i32, PackError> {
    let pack = open(args)?;
    let _ = writeln!(
        out,
        "{}: gói \"{}\" phiên bản {}, mọi thành phần khớp bảng kê, bộ dữ liệu hợp lệ. {}.",
        args.file.display(),
        esc(&pack.manifest.title),
        pack.manifest.version,
        esc(&pack.status.to_string())
    );
    Ok(if pack.status.is_trusted() {
        0
    } else {
        UNTRUSTED_EXIT
    })
}

/// `pack show`: what the pack says of itself and its members.
pub fn show(args: &PackFile, out: &mut dyn Write) -> Result<i32, PackError> {
    let pack = open(args)?;
    let m = &pack.manifest;
    let newest = m
        .newest_figure
        .map(|d| d.to_vietnamese())
        .unwrap_or_else(|| "không có".into());
    let _ = writeln!(
        out,
        "Gói: {} (mã {}, phiên bản {})",
        esc(&m.title),
        m.id,
        m.version
    );
    let _ = writeln!(out, "Đơn vị phát hành: {}", esc(&m.publisher));
    let _ = writeln!(out, "Ngày tạo: {}", esc(&m.created));
    let _ = writeln!(out, "Số liệu mới nhất: {newest}");
    let _ = writeln!(out, "Chữ ký: {}", esc(&pack.status.to_string()));
    let _ = writeln!(
        out,
        "Nội dung: {} thông tin, {} nguồn, {} chủ đề mới, {} chỉ số mới",
        m.facts,
        pack.snapshot.data.sources.len(),
        pack.snapshot.data.topics.len(),
        pack.snapshot.data.indicators.len()
    );
    for e in &m.members {
        let _ = writeln!(out, "  {}\t{} byte\tSHA-256 {}", e.name, e.size, e.sha256);
    }
    Ok(0)
}

/// `pack import`: the change list, then (unless a dry run) the import.
pub fn import(
    dataset: &Path,
    pack_file: &PackFile,
    args: &ImportChoice,
    out: &mut dyn Write,
) -> Result<i32, PackError> {
    let pack = open(pack_file)?;
    let _ = writeln!(
        out,
        "Gói \"{}\" của {} (mã {}, phiên bản {}): {}.",
        esc(&pack.manifest.title),
        esc(&pack.manifest.publisher),
        pack.manifest.id,
        pack.manifest.version,
        esc(&pack.status.to_string())
    );
    if !pack.status.is_trusted() && !args.accept_unsigned {
        let _ = writeln!(
            out,
            "Chưa nhập: gói không được ký bằng khóa tin cậy. Chỉ nhập khi chắc chắn về nguồn gói, \
             bằng cách chạy lại với --accept-unsigned."
        );
        return Ok(UNTRUSTED_EXIT);
    }
    let what = format!("lệnh nhập gói \"{}\"", pack_file.file.display());
    let mut user = UserData::open_locked(dataset, &what)?;
    if let Some(r) = &user.recovered {
        let _ = writeln!(out, "{r}");
    }
    let installed = Installed::read(dataset)?;
    let prepared = prepare(&user, &installed, pack)?;
    unknown_topics(&prepared.pack, &args.topics)?;
    let names = super::change_text::indicator_names(&user.catalog()?, &prepared.pack);
    print_changes(&prepared.changes, &names, out);
    if args.dry_run {
        let _ = writeln!(out, "Chạy thử (--dry-run): chưa ghi gì.");
        return Ok(0);
    }
    let accept = if args.topics.is_empty() {
        Accept::All
    } else {
        Accept::Topics(args.topics.iter().cloned().collect())
    };
    apply(
        &mut user,
        &prepared,
        &accept,
        &Day::today_in_vietnam().iso(),
    )?;
    let _ = writeln!(out, "Đã nhập vào {}.", dataset.display());
    Ok(0)
}

/// Every `--topic` must name a topic of the pack (as the pack names it or
/// with its prefix): a mistyped one would import nothing and say "Đã
/// nhập".
fn unknown_topics(pack: &OpenedPack, asked: &[String]) -> Result<(), PackError> {
    let prefix = super::rename::id_prefix(&pack.manifest.id);
    let data = &pack.snapshot.data;
    let mut topics: Vec<&str> = data.facts.iter().map(|f| f.topic.as_str()).collect();
    topics.extend(data.topics.iter().map(|t| t.id.as_str()));
    topics.sort_unstable();
    topics.dedup();
    let known = |t: &str| topics.contains(&t.strip_prefix(&prefix).unwrap_or(t));
    match asked.iter().find(|t| !known(t)) {
        Some(t) => Err(PackError::Invalid(format!(
            "gói không có chủ đề \"{t}\" nên chưa nhập gì; các chủ đề của gói: {}",
            topics.join(", ")
        ))),
        None => Ok(()),
    }
}

/// A pack's text as printed: hidden and control characters escaped.
fn esc(s: &str) -> String {
    crate::data::plain_text::escaped(s)
}

/// The change list, topic by topic, every fact with its quote.
pub fn print_changes(
    list: &ChangeList,
    names: &std::collections::HashMap<String, String>,
    out: &mut dyn Write,
) {
    if let Some(note) = list.installed_note() {
        let _ = writeln!(out, "{note}");
    }
    if list.is_empty() {
        let _ = writeln!(out, "{}", wording::pack::NO_CHANGES);
        return;
    }
    for t in &list.topics {
        let _ = writeln!(out, "Chủ đề \"{}\" ({}):", esc(&t.name), esc(&t.topic));
        for entry in t.entries(names) {
            let _ = writeln!(out, "  {}", entry.line);
            for quote in &entry.quotes {
                let _ = writeln!(out, "      {quote}");
            }
        }
    }
    let _ = writeln!(out, "Tổng cộng: {}.", list.counted());
}
