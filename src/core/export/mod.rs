//! Serialization formats. One module per format; only this module and `share` know any
//! wire format, so the model's Rust types can change without breaking saved files.

pub mod json;
