//! The `claimlens` command-line program (native). On wasm32 the app starts from the
//! library's `#[wasm_bindgen(start)]` instead, so this binary is empty there.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let code = claimlens::cli::run(&args, &mut stdout, &mut stderr);
    std::process::exit(code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
