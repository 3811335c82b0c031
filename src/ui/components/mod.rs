pub mod article;
pub mod header;
pub mod library;
pub mod notice;
pub mod panel;
pub mod paste;
pub mod share;
pub mod toolbar;
