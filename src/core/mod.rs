//! The pure core of Claimlens: no browser, no I/O. It never names yew, web-sys, js-sys,
//! gloo or wasm-bindgen (a native test scans the sources), so it is tested with plain
//! `cargo test` and shared by the browser app and the command-line program.

pub mod anchor;
pub mod article;
pub mod bench;
pub mod case;
pub mod compression;
pub mod export;
pub mod json;
pub mod library;
pub mod mentions;
pub mod model;
pub mod navigate;
pub mod parse;
pub mod positions;
pub mod segments;
pub mod share;
pub mod sort;
pub mod suggest;
pub mod text;
