//! clap's argument errors said in Vietnamese: the kind of mistake and the
//! argument and value it is about, read from the error's context (clap
//! has no Vietnamese messages of its own). A kind not covered keeps
//! clap's English first line.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

fn context(e: &Error, kind: ContextKind) -> Option<String> {
    Some(match e.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => return None,
    })
}

/// A validator's own reason, when it is already Vietnamese (ours are);
/// Rust's English parse errors are left out.
fn reason(e: &Error) -> Option<String> {
    let source = std::error::Error::source(e)?.to_string();
    let vietnamese = !source.is_ascii();
    vietnamese.then_some(source)
}

/// The message for `e`, or `None` to keep clap's.
pub fn message(e: &Error) -> Option<String> {
    let arg = || context(e, ContextKind::InvalidArg);
    let value = || context(e, ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut m = format!("giá trị “{}” không dùng được cho {}", value()?, arg()?);
            if let Some(valid) =
                context(e, ContextKind::ValidValue).filter(|v| !v.trim().is_empty())
            {
                m.push_str(&format!(" (chọn một trong: {valid})"));
            } else if let Some(r) = reason(e) {
                m.push_str(&format!(": {r}"));
            } else if arg()?.contains("<YEAR>") {
                m.push_str(&format!(
                    ": cần một năm từ {} đến {}",
                    crate::brief::selection::MIN_YEAR,
                    crate::brief::selection::MAX_YEAR
                ));
            }
            m
        }
        ErrorKind::UnknownArgument => format!("không có tùy chọn “{}”", arg()?),
        ErrorKind::InvalidSubcommand => format!(
            "không có lệnh “{}”",
            context(e, ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::MissingRequiredArgument => format!("thiếu {}", arg()?),
        ErrorKind::MissingSubcommand => "thiếu lệnh".to_string(),
        ErrorKind::ArgumentConflict => {
            let (a, prior) = (arg()?, context(e, ContextKind::PriorArg));
            match prior {
                Some(p) if p != a => format!("không dùng {a} cùng với {p}"),
                _ => format!("{a} chỉ được dùng một lần"),
            }
        }
        ErrorKind::InvalidUtf8 => "đối số không phải văn bản UTF-8".to_string(),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("số giá trị cho {} không đúng", arg()?)
        }
        _ => return None,
    })
}
