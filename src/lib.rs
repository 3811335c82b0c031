//! Claimlens: see who claims what in a news article.
//!
//! `core` is pure Rust shared by the browser app and the `claimlens` command-line program;
//! `ui` is the Yew front end and exists only when compiled to WebAssembly.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
