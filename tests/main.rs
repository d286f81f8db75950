//! One integration-test crate (one binary builds faster than many).

#[cfg(feature = "gui")]
mod app;
#[cfg(feature = "gui")]
mod app_edition;
#[cfg(feature = "gui")]
mod app_laptop;
#[cfg(feature = "gui")]
mod app_smooth;
mod cli;
mod compose;
mod curate;
mod dataset;
mod docx;
mod edition;
mod layout;
mod pdf;
mod scale;
mod support;
mod user_data;
