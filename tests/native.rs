//! Native tests of the core and the command-line program: one binary, a module per area.
#![cfg(not(target_arch = "wasm32"))]

#[path = "native/attribution.rs"]
mod attribution;
#[path = "native/boundary.rs"]
mod boundary;
#[path = "native/fixture.rs"]
mod fixture;
#[path = "native/cli.rs"]
mod cli;
#[path = "native/json_syntax.rs"]
mod json_syntax;
#[path = "native/library.rs"]
mod library;
#[path = "native/pastes.rs"]
mod pastes;
#[path = "native/properties.rs"]
mod properties;
#[path = "native/stances.rs"]
mod stances;
#[path = "native/roundtrip.rs"]
mod roundtrip;
#[path = "native/robustness.rs"]
mod robustness;
#[path = "native/wire.rs"]
mod wire;
