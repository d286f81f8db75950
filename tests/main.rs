//! One integration-test crate (one binary builds faster than many).

#[cfg(feature = "gui")]
mod app;
#[cfg(feature = "gui")]
mod app_data;
#[cfg(feature = "gui")]
mod app_edition;
#[cfg(feature = "gui")]
mod app_laptop;
mod app_smooth;
#[cfg(feature = "gui")]
mod app_state;
#[cfg(feature = "gui")]
mod app_word;
mod cli;
mod compose;
mod curate;
mod curate_user;
mod dataset;
mod docx;
mod edition;
mod hostile_data;
mod layout;
mod output_target;
mod pdf;
mod scale;
mod support;
mod user_data;
#[cfg(feature = "gui")]
mod workbench;
