//! Deflate through the browser's own `CompressionStream` and `DecompressionStream`
//! ('deflate-raw'), so the WebAssembly carries no compressor of its own (see
//! `core::compression`). Both are asynchronous: share links and zips go through here
//! before and after the core's plain functions.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult, WritableStream};

use crate::core::compression::{End, Inflated};

// web-sys has these only behind `--cfg=web_sys_unstable_apis`; the four members used are
// declared here instead.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// Deflates `data` (raw deflate, no header). `None` when the browser has no compression
/// streams (before Chrome 103, Firefox 113, Safari 16.4).
pub async fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    let stream = CompressionStream::new("deflate-raw").ok()?;
    pipe(&stream.writable(), &stream.readable(), data, usize::MAX).await.complete()
}

/// Inflates a raw deflate stream to at most `limit` bytes, with what came out before any
/// failure (a cut-off share link still gives its text back).
pub async fn inflate(data: &[u8], limit: usize) -> Inflated {
    let Ok(stream) = DecompressionStream::new("deflate-raw") else {
        return Inflated { output: Vec::new(), end: End::Unavailable };
    };
    pipe(&stream.writable(), &stream.readable(), data, limit).await
}

/// Writes `data` into a transform stream and reads all it gives, stopping past `limit`:
/// what came out, and why it ended.
async fn pipe(writable: &WritableStream, readable: &ReadableStream, data: &[u8], limit: usize) -> Inflated {
    let mut output = Vec::new();
    // The streams' errors carry no code; Chromium says "Compressed input was truncated."
    // when the input stops early, and names the fault otherwise.
    let failed = |e: JsValue| match e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()).to_ascii_lowercase()) {
        Some(message) if message.contains("truncat") => End::CutOff,
        _ => End::Damaged,
    };
    let writer = match writable.get_writer() {
        Ok(w) => w,
        Err(e) => return Inflated { output, end: failed(e) },
    };
    // Not awaited before reading: a write settles only once the other side has read it.
    // Awaited in the background so that their failure (reported by the reader too) is
    // handled rather than left as an unhandled rejection.
    for settles in [writer.write_with_chunk(&Uint8Array::from(data)), writer.close()] {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(settles).await;
        });
    }
    let reader = match ReadableStreamDefaultReader::new(readable) {
        Ok(r) => r,
        Err(e) => return Inflated { output, end: failed(e) },
    };
    loop {
        let step = match JsFuture::from(reader.read()).await {
            Ok(step) => step.unchecked_into::<ReadableStreamReadResult>(),
            Err(e) => return Inflated { output, end: failed(e) },
        };
        if step.get_done().unwrap_or(true) {
            return Inflated { output, end: End::Complete };
        }
        let Ok(chunk) = step.get_value().dyn_into::<Uint8Array>() else {
            return Inflated { output, end: End::Damaged };
        };
        if output.len().saturating_add(chunk.length() as usize) > limit {
            let _ = reader.cancel();
            return Inflated { output, end: End::TooLong };
        }
        let at = output.len();
        output.resize(at + chunk.length() as usize, 0);
        chunk.copy_to(&mut output[at..]);
    }
}
