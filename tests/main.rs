//! One integration-test crate (one binary builds faster than many).

#[cfg(feature = "gui")]
mod app;
mod cli;
mod compose;
mod dataset;
mod docx;
mod layout;
mod pdf;
mod scale;
mod support;
mod user_data;
