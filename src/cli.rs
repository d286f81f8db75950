//! The command line of the same binary: `topics`, `facts`, `export`,
//! `check`, `suggest` and `pack` (arguments in `cli/pack.rs`, the work in
//! [`crate::pack::cli`]). The only room that knows clap.
//! Every mistake gets one line saying what is wrong and a non-zero exit
//! (`check` lists every problem of the file, one per line).

mod clap_vi;
mod out;
pub mod pack;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::brief::notes::read_notes;
use crate::brief::selection::{Day, MAX_YEAR, MIN_YEAR, default_number};
use crate::brief::{HeaderFields, Length, Selection, wording};
use crate::briefing::Briefing;
use crate::data::{Catalog, LoadError, load_bundled, load_dataset_file};
use crate::export::{self, FileType};

#[derive(Debug, Parser)]
#[command(
    name = "egov-brief",
    version,
    about = "Báo cáo tóm tắt về Chính phủ điện tử, Chính phủ số của Việt Nam (không có lệnh: mở cửa sổ)"
)]
pub struct Cli {
    /// Bộ dữ liệu JSON thay cho (hoặc bổ sung vào) dữ liệu đi kèm.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Liệt kê mã và tên các chủ đề.
    Topics,
    /// Liệt kê mã, thời điểm và nội dung các thông tin (dùng với --exclude).
    Facts {
        /// Chỉ các thông tin của chủ đề này.
        #[arg(long = "topic", value_name = "ID")]
        topic: Option<String>,
    },
    /// Xuất báo cáo PDF hoặc Word (.docx).
    Export(Box<ExportArgs>),
    /// In các câu có số liệu trong thân một bài viết (.txt, .html) dưới dạng JSON, mỗi dòng một câu,
    /// kèm các giá trị bàn làm việc điền sẵn: loại, giá trị, ngày và lý do, chỉ số, chủ đề.
    /// Vị trí (byte) tính trên văn bản đã chuẩn hoá Unicode NFC, đúng văn bản bộ dữ liệu trích dẫn.
    Suggest {
        /// Bài viết: tệp văn bản UTF-8 hoặc trang HTML.
        #[arg(value_name = "ARTICLE")]
        article: PathBuf,
    },
    /// Gói dữ liệu (.egb) có chữ ký: tạo khóa, đóng gói, kiểm tra, xem, nhập.
    #[command(subcommand)]
    Pack(pack::PackCommand),
    /// Kiểm tra một tệp bộ dữ liệu theo đúng các quy tắc khi mở nó.
    Check {
        /// Tệp bộ dữ liệu JSON.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["topic", "all_topics"])))]
pub struct ExportArgs {
    /// Mã chủ đề (lặp lại để chọn nhiều chủ đề).
    #[arg(long = "topic", value_name = "ID")]
    pub topic: Vec<String>,
    /// Chọn mọi chủ đề.
    #[arg(long)]
    pub all_topics: bool,
    /// Năm đầu của giai đoạn.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(MIN_YEAR as i64..=MAX_YEAR as i64))]
    pub from: i32,
    /// Năm cuối của giai đoạn.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(MIN_YEAR as i64..=MAX_YEAR as i64))]
    pub to: i32,
    /// Tệp sẽ ghi: FILE.pdf hoặc FILE.docx (định dạng theo đuôi tệp).
    #[arg(short = 'o', long = "output", value_name = "FILE.pdf|FILE.docx")]
    pub output: PathBuf,
    /// Định dạng khi tên tệp không có đuôi .pdf hay .docx (mặc định pdf).
    #[arg(long, value_enum, value_name = "pdf|docx")]
    pub format: Option<FormatArg>,
    /// Tên văn bản (mặc định "Báo cáo tóm tắt").
    #[arg(long)]
    pub title: Option<String>,
    /// Đoạn mở đầu (căn cứ báo cáo); mặc định soạn từ lựa chọn.
    #[arg(long, value_name = "TEXT")]
    pub opening: Option<String>,
    /// Cơ quan ban hành; dùng "\n" giữa cơ quan chủ quản và đơn vị.
    #[arg(long)]
    pub issuer: Option<String>,
    /// Địa danh trên văn bản (mặc định Hà Nội).
    #[arg(long)]
    pub place: Option<String>,
    /// Ngày trên văn bản, YYYY-MM-DD (mặc định hôm nay, giờ Việt Nam).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = str::parse::<Day>)]
    pub date: Option<Day>,
    /// Nơi nhận (lặp lại cho nhiều nơi).
    #[arg(long = "recipient", value_name = "TEXT")]
    pub recipients: Vec<String>,
    /// Chức vụ người ký; "\n" xuống dòng (ví dụ "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG").
    #[arg(long)]
    pub signer_title: Option<String>,
    /// Họ tên người ký.
    #[arg(long)]
    pub signer_name: Option<String>,
    /// Độ dài: short (tóm tắt, biểu đồ và diễn biến ở Phụ lục) hoặc full (đầy đủ).
    #[arg(long, value_enum, default_value_t = LengthArg::Full)]
    pub length: LengthArg,
    /// Tệp UTF-8 với phần nhận định, đề xuất của đơn vị ("## Tiêu đề" mở một mục, "- " mở một ý).
    #[arg(long, value_name = "FILE")]
    pub notes: Option<PathBuf>,
    /// Bỏ một thông tin khỏi báo cáo (lặp lại; mã xem bằng `egov-brief facts`).
    #[arg(long = "exclude", value_name = "FACT_ID")]
    pub exclude: Vec<String>,
    /// Vẫn đưa vào một thông tin từ nguồn không đáng tin cậy (in kèm cảnh báo); lặp lại được.
    #[arg(long = "admit-untrustworthy", value_name = "FACT_ID")]
    pub admit_untrustworthy: Vec<String>,
    /// In màu (mặc định in đen trắng).
    #[arg(long)]
    pub color: bool,
    /// Số, ký hiệu văn bản (mặc định "Số:      /BC-" và chữ viết tắt của đơn vị).
    #[arg(long, value_name = "TEXT")]
    pub number: Option<String>,
    /// Chữ viết tắt tên đơn vị ban hành, ghi sau "/BC-" trong số, ký hiệu.
    #[arg(long, value_name = "ABBR")]
    pub abbreviation: Option<String>,
}

/// `--format`: the export's [`FileType`] as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Pdf,
    Docx,
}

impl From<FormatArg> for FileType {
    fn from(arg: FormatArg) -> Self {
        match arg {
            FormatArg::Pdf => FileType::Pdf,
            FormatArg::Docx => FileType::Docx,
        }
    }
}

/// `--length`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LengthArg {
    Short,
    Full,
}

impl ExportArgs {
    /// The format: the output's extension, else `--format`, else PDF; an
    /// extension that contradicts `--format` is a mistake.
    pub fn output_format(&self) -> Result<FileType, String> {
        match (
            FileType::from_path(&self.output),
            self.format.map(FileType::from),
        ) {
            (Some(ext), Some(asked)) if ext != asked => Err(format!(
                "tệp {} có đuôi .{} nhưng --format là {}",
                self.output.display(),
                ext.extension(),
                asked.extension()
            )),
            (Some(f), _) | (None, Some(f)) => Ok(f),
            (None, None) => Ok(FileType::Pdf),
        }
    }

    /// The selection the arguments ask for; a notes file that cannot be
    /// read or a fact id the dataset lacks is an error, said in one line.
    pub fn selection(&self, catalog: &Catalog) -> Result<Selection, String> {
        let topics = if self.all_topics {
            catalog.topic_ids()
        } else {
            self.topic.clone()
        };
        if let Some(f) = self.exclude.iter().find(|f| catalog.fact(f).is_none()) {
            return Err(format!(
                "không có thông tin \"{f}\" để bỏ khỏi báo cáo (xem `egov-brief facts`)"
            ));
        }
        if let Some(f) = self
            .admit_untrustworthy
            .iter()
            .find(|f| catalog.fact(f).is_none())
        {
            return Err(format!(
                "không có thông tin \"{f}\" để đưa vào báo cáo (xem `egov-brief facts`)"
            ));
        }
        let own_sections = match &self.notes {
            Some(path) => read_notes(path).map_err(|e| format!("{}: {e}", path.display()))?,
            None => Vec::new(),
        };
        Ok(Selection {
            topics,
            from: self.from,
            to: self.to,
            header: self.header(),
            length: match self.length {
                LengthArg::Short => Length::Short,
                LengthArg::Full => Length::Full,
            },
            own_sections,
            excluded: self.exclude.clone(),
            admitted_untrustworthy: self.admit_untrustworthy.clone(),
            color: self.color,
            opening: self.opening.clone().unwrap_or_default(),
        })
    }

    fn header(&self) -> HeaderFields {
        let mut header = HeaderFields::default();
        if let Some(t) = &self.title {
            header.title = t.clone();
        }
        if let Some(i) = &self.issuer {
            header.issuer = i.replace("\\n", "\n");
        }
        if let Some(p) = &self.place {
            header.place = p.clone();
        }
        if let Some(d) = self.date {
            header.date = d;
        }
        if !self.recipients.is_empty() {
            header.recipients = self.recipients.join("\n");
        }
        if let Some(s) = &self.signer_title {
            header.signer_title = s.replace("\\n", "\n");
        }
        if let Some(s) = &self.signer_name {
            header.signer_name = s.clone();
        }
        if let Some(a) = &self.abbreviation {
            header.number = default_number(a);
        }
        if let Some(n) = &self.number {
            header.number = n.clone();
        }
        header
    }
}

/// `facts`: one line per fact, "id<TAB>date<TAB>summary", in dataset order.
fn list_facts(
    catalog: &Catalog,
    topic: Option<&str>,
    out: &mut dyn std::io::Write,
) -> Result<(), String> {
    if let Some(t) = topic
        && catalog.topic(t).is_none()
    {
        return Err(format!(
            "không có chủ đề \"{t}\" (xem danh sách bằng lệnh `egov-brief topics`)"
        ));
    }
    for f in catalog.facts() {
        if topic.is_none_or(|t| f.topic == t) {
            let _ = writeln!(
                out,
                "{}\t{}\t{}",
                f.id,
                wording::fact_date(&f.date),
                f.summary
            );
        }
    }
    Ok(())
}

/// Runs a command; returns the process exit code. Output goes to the
/// given writers so tests can read it; output that could not be written
/// is said on `err`, with a non-zero exit.
pub fn run(
    data: Option<&std::path::Path>,
    command: Command,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> i32 {
    let mut checked = out::CheckedOut::new(out);
    let code = run_command(data, command, &mut checked, err);
    match checked.finish() {
        None => code,
        Some(e) => {
            let _ = writeln!(
                err,
                "lỗi: không ghi được kết quả ra đầu ra chuẩn ({}): kết quả không đầy đủ.",
                crate::fsio::describe_io(&e)
            );
            if code == 0 { 1 } else { code }
        }
    }
}

fn run_command(
    data: Option<&std::path::Path>,
    command: Command,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> i32 {
    match command {
        Command::Check { file } => check(&file, out, err),
        Command::Pack(command) => pack::run(data, command, out, err),
        Command::Suggest { article } => suggest(data, &article, out, err),
        Command::Topics => {
            let Some(catalog) = catalog_or_report(data, err) else {
                return 1;
            };
            for t in catalog.topics() {
                let _ = writeln!(out, "{}\t{}", t.id, t.name);
            }
            0
        }
        Command::Facts { topic } => {
            let Some(catalog) = catalog_or_report(data, err) else {
                return 1;
            };
            match list_facts(&catalog, topic.as_deref(), out) {
                Ok(()) => 0,
                Err(e) => {
                    let _ = writeln!(err, "lỗi: {e}");
                    1
                }
            }
        }
        Command::Export(args) => match catalog_or_report(data, err) {
            Some(catalog) => export(&catalog, data, &args, out, err),
            None => 1,
        },
    }
}

/// The dataset to work on; when it does not load, says why on `err`.
fn catalog_or_report(
    data: Option<&std::path::Path>,
    err: &mut dyn std::io::Write,
) -> Option<Catalog> {
    match load_catalog(data) {
        Ok(c) => Some(c),
        Err(e) => {
            let _ = writeln!(
                err,
                "lỗi: bộ dữ liệu không dùng được: {}",
                one_line(&e.to_string())
            );
            None
        }
    }
}

/// The export's output may not be one of its inputs: the dataset, the
/// notes, the user's data and the list of imported packs.
fn refuse_inputs_of(
    args: &ExportArgs,
    data: Option<&std::path::Path>,
) -> Result<(), crate::fsio::WriteError> {
    let user = crate::curate::user_data::default_path(&crate::fsio::data_folder());
    let installed = crate::pack::installed::installed_path(&user);
    let mut inputs: Vec<(&std::path::Path, &'static str)> = vec![
        (&user, "dữ liệu của bạn"),
        (&installed, "danh sách gói đã nhập"),
    ];
    if let Some(d) = data {
        inputs.push((d, "bộ dữ liệu (--data)"));
    }
    if let Some(n) = &args.notes {
        inputs.push((n, "tệp nhận định (--notes)"));
    }
    crate::fsio::target::refuse_inputs(&args.output, &inputs)
}

fn export(
    catalog: &Catalog,
    data: Option<&std::path::Path>,
    args: &ExportArgs,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> i32 {
    let selection = match args.selection(catalog) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "lỗi: {}", one_line(&e));
            return 1;
        }
    };
    if let Err(e) = refuse_inputs_of(args, data) {
        let _ = writeln!(err, "lỗi: {}", one_line(&e.to_string()));
        return 1;
    }
    let result = args.output_format().and_then(|format| {
        Briefing::prepare(catalog, &selection)
            .map_err(|e| e.to_string())
            .and_then(|b| {
                let hidden = b.document.freshness.unpublished.clone();
                export::export(&b, &args.output, format)
                    .map_err(|e| e.to_string())
                    .map(|report| (format, report, hidden))
            })
    });
    if result.is_ok() && selection.header.issuer.trim().is_empty() {
        let _ = writeln!(
            err,
            "lưu ý: không có --issuer, ô cơ quan ban hành (góc trên bên trái) để trống."
        );
    }
    // A backdated brief is shorter: say which sources the day hides.
    if let Ok((_, _, Some(hidden))) = &result {
        let _ = writeln!(err, "lưu ý: {hidden}");
    }
    if let Ok((_, report, _)) = &result
        && report.other_links > 0
    {
        let _ = writeln!(err, "{}", wording::other_links_note(report.other_links));
    }
    match result {
        Ok((format, report, _)) => {
            let pages = (format == FileType::Pdf).then_some(report.pages);
            let done = wording::export_done(&args.output, pages, report.bytes);
            let _ = writeln!(out, "{done}");
            0
        }
        Err(e) => {
            let _ = writeln!(err, "lỗi: {}", one_line(&e));
            1
        }
    }
}

/// Prints the candidate sentences of an article as JSON lines, each with
/// the guesses the workbench's form would prefill; offsets are bytes of
/// the file (of the text made from it, for HTML).
fn suggest(
    data: Option<&std::path::Path>,
    path: &std::path::Path,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> i32 {
    let article = match crate::curate::read_article(path) {
        Ok(a) => a,
        Err(e) => {
            let _ = writeln!(err, "lỗi: {}", one_line(&e.to_string()));
            return 1;
        }
    };
    let Some(catalog) = catalog_or_report(data, err) else {
        return 1;
    };
    // Offsets into the text the dataset will quote: the loader keeps
    // sources in NFC, so a decomposed file is normalised first.
    let text = crate::data::plain_text::nfc(&article.text);
    for g in crate::curate::suggest::guesses(&text, &catalog) {
        match serde_json::to_string(&g) {
            Ok(line) => {
                let _ = writeln!(out, "{line}");
            }
            Err(e) => {
                let _ = writeln!(err, "lỗi: {e}");
                return 1;
            }
        }
    }
    0
}

/// Validates a dataset file with the rules of loading: exit 0 when it
/// loads, otherwise every problem with its record, one per line, exit 1.
fn check(
    file: &std::path::Path,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> i32 {
    match load_dataset_file(file) {
        Ok(c) => {
            let _ = writeln!(
                out,
                "{}: hợp lệ ({} thông tin, {} nguồn, {} chủ đề, {} chỉ số).",
                file.display(),
                c.facts().len(),
                c.sources().len(),
                c.topics().len(),
                c.indicators().len()
            );
            0
        }
        Err(LoadError::Invalid {
            file: name,
            problems,
        }) => {
            let _ = writeln!(err, "{name}: {} lỗi dữ liệu", problems.len());
            for p in &problems {
                let _ = writeln!(err, "{p}");
            }
            1
        }
        Err(e) => {
            let _ = writeln!(err, "lỗi: {}", one_line(&e.to_string()));
            1
        }
    }
}

/// The bundled dataset, or the user's file when one is given.
pub fn load_catalog(data: Option<&std::path::Path>) -> Result<Catalog, LoadError> {
    match data {
        Some(path) => {
            let folder = crate::fsio::folder_of(path);
            if let Some(said) = crate::curate::commit::recover_at_start(&folder) {
                eprintln!("{said}");
            }
            crate::pack::installed::load_user_dataset(path)
        }
        None => load_bundled(),
    }
}

/// Keeps a message on one line.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses the command line; on a mistake prints clap's first error line
/// (not the whole usage screen) and returns the exit code to use.
pub fn parse<I, T>(args: I) -> Result<Cli, (i32, String)>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    match Cli::try_parse_from(args) {
        Ok(cli) => Ok(cli),
        Err(e) => {
            use clap::error::ErrorKind;
            match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    Err((0, e.render().to_string()))
                }
                _ => {
                    // clap's message is its first paragraph; the usage
                    // screen after it is left out.
                    if let Some(m) = clap_vi::message(&e) {
                        return Err((2, format!("lỗi: {m} (xem `egov-brief --help`)")));
                    }
                    let rendered = e.render().to_string();
                    let first = rendered
                        .split("\n\n")
                        .next()
                        .unwrap_or("error: invalid arguments")
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    Err((
                        2,
                        format!(
                            "lỗi: {} (xem `egov-brief --help`)",
                            first.trim_start_matches("error: ")
                        ),
                    ))
                }
            }
        }
    }
}
