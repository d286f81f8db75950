//! The `pack` subcommands' arguments (clap) and their dispatch to
//! [`crate::pack::cli`], which does the work without knowing clap.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use crate::data::date::Day;
use crate::pack::cli::{self as steps, ImportChoice, NewPack, PackFile};
use crate::pack::{PackError, PackInfo};

pub use crate::pack::cli::UNTRUSTED_EXIT;

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Tạo cặp khóa ký gói: BASE.khoa-bi-mat (giữ kín) và BASE.khoa-cong-khai.txt (gửi phòng CNTT).
    Keygen {
        /// Tên đơn vị ký, hiện trên máy người nhận ("Đã ký bởi …").
        #[arg(long)]
        name: String,
        /// Tên tệp khóa, không có đuôi.
        #[arg(short = 'o', long = "output", value_name = "BASE")]
        output: PathBuf,
    },
    /// Đóng gói bộ dữ liệu của bạn (hoặc --data) thành tệp .egb, ký nếu có --key.
    Create(CreateArgs),
    /// Kiểm tra gói: thành phần khớp bảng kê, chữ ký, bộ dữ liệu.
    Verify(OpenArgs),
    /// Xem thông tin gói và danh sách thành phần.
    Show(OpenArgs),
    /// Nhập gói vào bộ dữ liệu của bạn (hoặc --data), in danh sách thay đổi trước.
    Import(ImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Mã gói, giữ nguyên qua các phiên bản (chữ thường không dấu, số, '-').
    #[arg(long)]
    pub id: String,
    /// Phiên bản (số nguyên từ 1; bản sau lớn hơn bản trước).
    #[arg(long = "pack-version", value_name = "N")]
    pub version: u32,
    /// Tên gói.
    #[arg(long)]
    pub title: String,
    /// Đơn vị phát hành.
    #[arg(long)]
    pub publisher: String,
    /// Ngày tạo, YYYY-MM-DD (mặc định hôm nay).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Tệp khóa bí mật để ký (không có: gói chưa ký).
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Tệp gói sẽ ghi (.egb).
    #[arg(short = 'o', long = "output", value_name = "FILE.egb")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// Tệp gói (.egb).
    #[arg(value_name = "FILE.egb")]
    pub file: PathBuf,
    /// Thêm một danh sách khóa tin cậy (ngoài khoa-tin-cay.txt cạnh chương trình và trong thư mục dữ liệu).
    #[arg(long = "keys", value_name = "FILE")]
    pub keys: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub open: OpenArgs,
    /// Nhập cả gói chưa ký hoặc ký bằng khóa không có trong danh sách tin cậy.
    #[arg(long)]
    pub accept_unsigned: bool,
    /// Chỉ nhập chủ đề này (lặp lại cho nhiều chủ đề; mặc định mọi chủ đề).
    #[arg(long = "topic", value_name = "ID")]
    pub topics: Vec<String>,
    /// Chỉ in danh sách thay đổi, không ghi gì.
    #[arg(long)]
    pub dry_run: bool,
}

impl CreateArgs {
    /// The pack to make; `--date` is read as every day is ([`Day`]).
    fn new_pack(self) -> Result<NewPack, PackError> {
        let created = match &self.date {
            Some(d) => d
                .parse::<Day>()
                .map_err(|e| PackError::Invalid(format!("--date \"{d}\": {e}")))?,
            None => Day::today_in_vietnam(),
        };
        Ok(NewPack {
            info: PackInfo {
                id: self.id,
                version: self.version,
                title: self.title,
                publisher: self.publisher,
                created,
            },
            key: self.key,
            output: self.output,
        })
    }
}

impl From<OpenArgs> for PackFile {
    fn from(args: OpenArgs) -> Self {
        PackFile {
            file: args.file,
            keys: args.keys,
        }
    }
}

/// Runs a pack command on the user's dataset `data` (default: the one in
/// the data folder); returns the exit code.
pub fn run(
    data: Option<&Path>,
    command: PackCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let dataset = steps::dataset_path(data);
    let result = match command {
        PackCommand::Keygen { name, output } => steps::keygen(&name, &output, out),
        PackCommand::Create(args) => args
            .new_pack()
            .and_then(|pack| steps::create_pack(&dataset, &pack, out)),
        PackCommand::Verify(args) => steps::verify(&args.into(), out),
        PackCommand::Show(args) => steps::show(&args.into(), out),
        PackCommand::Import(args) => {
            let choice = ImportChoice {
                accept_unsigned: args.accept_unsigned,
                topics: args.topics,
                dry_run: args.dry_run,
            };
            steps::import(&dataset, &args.open.into(), &choice, out)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "lỗi: {}", super::one_line(&e.to_string()));
            1
        }
    }
}
