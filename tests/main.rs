//! One integration-test crate (one binary builds faster than many).

mod agree;
#[cfg(feature = "gui")]
mod app;
#[cfg(feature = "gui")]
mod app_data;
#[cfg(feature = "gui")]
mod app_edition;
#[cfg(feature = "gui")]
mod app_hit;
#[cfg(feature = "gui")]
mod app_hit_justified;
#[cfg(feature = "gui")]
mod app_laptop;
#[cfg(feature = "gui")]
mod app_launch;
#[cfg(feature = "gui")]
mod app_pack;
#[cfg(feature = "gui")]
mod app_save;
#[cfg(feature = "gui")]
mod app_small;
#[cfg(feature = "gui")]
mod app_smaller;
#[cfg(feature = "gui")]
mod app_smooth;
#[cfg(feature = "gui")]
mod app_state;
#[cfg(feature = "gui")]
mod app_state_reset;
#[cfg(feature = "gui")]
mod app_trust;
#[cfg(feature = "gui")]
mod app_word;
mod cli;
mod compose;
mod curate;
mod curate_user;
mod data_commit;
mod dataset;
mod docx;
mod docx_emf;
mod edition;
mod form_refuses;
mod guesses;
mod hostile_data;
mod known_on_date;
mod layers;
mod layout;
mod links_inputs;
mod observations;
mod output_target;
mod pack;
mod pack_bits;
mod pack_small;
mod pack_trust;
mod pdf;
mod reader_items;
mod report;
mod scale;
mod since_then;

mod support;
mod tables;
mod trust;
mod trust_bundled;
mod user_data;
mod word_pandoc;
#[cfg(feature = "gui")]
mod wording;
#[cfg(feature = "gui")]
mod workbench;
#[cfg(feature = "gui")]
mod workbench_news;
mod workbench_session;
