pub mod article;
pub mod notice;
pub mod panel;
pub mod paste;
pub mod toolbar;
