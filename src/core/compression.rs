//! Deflate, as share links and zips use it, split from the formats that carry it.
//!
//! The browser app deflates and inflates with the browser's own `CompressionStream` and
//! `DecompressionStream` (`ui::compression`), which are asynchronous; the command-line program
//! and the native tests use miniz_oxide (`deflate`, `inflate`, native builds only). Shipping
//! miniz_oxide in the WebAssembly as well cost 16.6 KB gzip for what every browser already
//! has. So the formats do their own parts (base64 and version for a link, directory and
//! checksums for a zip) in plain functions, and whoever holds a deflate takes the bytes
//! between them; both sides' results arrive as an `Inflated`.

/// What inflating a deflate stream gave: its output up to where it stopped, and why it
/// stopped. A cut-off share link still gives back the text at its start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inflated {
    pub output: Vec<u8>,
    pub end: End,
}

/// Why inflating stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// The stream ended where it says it ends.
    Complete,
    /// The input ran out before the stream's end.
    CutOff,
    /// The input is not a valid deflate stream, or it has bytes after the end.
    Damaged,
    /// The output would be longer than the limit asked for.
    TooLong,
    /// Nothing could inflate it: a browser without `DecompressionStream` (before Chrome
    /// 103, Firefox 113, Safari 16.4).
    Unavailable,
}

impl Inflated {
    /// The whole output, when the stream was complete.
    pub fn complete(self) -> Option<Vec<u8>> {
        (self.end == End::Complete).then_some(self.output)
    }
}

/// Deflates `data` (raw deflate, no zlib header), as small as miniz_oxide makes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(data, 10)
}

/// Inflates a raw deflate stream to at most `limit` bytes.
#[cfg(not(target_arch = "wasm32"))]
pub fn inflate(data: &[u8], limit: usize) -> Inflated {
    // miniz_oxide's `decompress_to_vec` hands back its whole buffer on failure, bytes not yet
    // written included; this loop is its own, keeping only what was written.
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut output = vec![0; data.len().saturating_mul(3).clamp(1, limit.max(1))];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut input, mut written) = (data, 0);
    loop {
        let (status, read, wrote) = decompress(&mut state, input, &mut output, written, inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF);
        written += wrote;
        input = input.get(read..).unwrap_or_default();
        let end = match status {
            TINFLStatus::Done => End::Complete,
            TINFLStatus::HasMoreOutput if output.len() < limit => {
                output.resize(output.len().saturating_mul(2).min(limit), 0);
                continue;
            }
            TINFLStatus::HasMoreOutput => End::TooLong,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => End::CutOff,
            _ => End::Damaged,
        };
        // The buffer is never empty, so a limit of 0 can be passed by one byte: caught here.
        let end = if written > limit { End::TooLong } else { end };
        output.truncate(written.min(limit));
        return Inflated { output, end };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflate_says_why_it_stopped() {
        // Words that do not repeat much, so half the stream holds half the text.
        let text: String = (0..3000u32).map(|i| format!("{} Zoë 😀 ", (i * 7919 % 1000))).collect();
        let packed = deflate(text.as_bytes());
        assert!(packed.len() < text.len() / 2);
        assert_eq!(inflate(&packed, 1 << 20).complete(), Some(text.as_bytes().to_vec()));
        let cut = inflate(&packed[..packed.len() / 2], 1 << 20);
        assert_eq!(cut.end, End::CutOff);
        assert!(!cut.output.is_empty() && text.as_bytes().starts_with(&cut.output), "{:?}", cut.output);
        assert_eq!(inflate(&packed, 100).end, End::TooLong);
        assert_eq!(inflate(&[0xff; 16], 1 << 20).end, End::Damaged);
        // An empty entry's limit is 0: its empty stream is complete, any byte too many.
        assert_eq!(inflate(&deflate(b""), 0).complete(), Some(Vec::new()));
        assert_eq!(inflate(&deflate(b"x"), 0).end, End::TooLong);
    }
}
