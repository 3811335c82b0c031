//! The canonical text of a document and the offset units that meet at its edges.
//!
//! Inside the core every span is a UTF-8 byte range into one canonical text, always on
//! `char` boundaries. The DOM speaks UTF-16 code units and the wire format speaks Unicode
//! code points; [`OffsetMap`] converts between the three so each edge converts once.

/// A half-open byte range `[start, end)` into a document's canonical text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span with `start <= end`; the arguments are swapped if given backwards, so a
    /// selection made right-to-left still yields a valid span.
    pub fn new(a: usize, b: usize) -> Span {
        if a <= b {
            Span { start: a, end: b }
        } else {
            Span { start: b, end: a }
        }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The part of `self` inside `other`, if any characters are shared.
    pub fn intersect(self, other: Span) -> Option<Span> {
        let s = self.start.max(other.start);
        let e = self.end.min(other.end);
        (s < e).then_some(Span { start: s, end: e })
    }

    /// True when both ends lie on `char` boundaries of `text` and inside it.
    pub fn is_valid_in(self, text: &str) -> bool {
        self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The slice of `text` this span covers, or `None` if the span does not fit `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        if self.is_valid_in(text) {
            Some(&text[self.start..self.end])
        } else {
            None
        }
    }
}

/// Makes pasted text canonical: `\r\n` and lone `\r` become `\n`; nothing else changes.
///
/// Everything else is kept verbatim (tabs, non-breaking spaces, zero-width characters) so
/// that offsets exported from Claimlens point at exactly what the person pasted.
pub fn normalize(input: &str) -> String {
    if !input.contains('\r') {
        return input.to_string();
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// A web address and nothing else (an http(s) scheme, no white space): a line a copied page
/// brings along, or the source the header may link to (never `javascript:` or the like).
pub fn is_web_address(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace) && s.len() > 10
}

/// The UTF-8 length of the first `units` UTF-16 code units of `text`: how a DOM offset into
/// a text node becomes a byte offset. The DOM can put a point between the two halves of a
/// surrogate pair (an emoji); that point is rounded outward (up when `round_up`, for the
/// end of a selection; down for its start), so a selection never cuts a character. Past
/// the end is the end.
pub fn utf16_prefix_to_bytes(text: &str, units: usize, round_up: bool) -> usize {
    let mut seen = 0;
    for (byte, c) in text.char_indices() {
        if seen >= units {
            return byte;
        }
        let next = seen + c.len_utf16();
        if next > units {
            return if round_up { byte + c.len_utf8() } else { byte };
        }
        seen = next;
    }
    text.len()
}

/// Converts offsets between UTF-8 bytes, UTF-16 code units and code points for one text.
///
/// Built once per text in O(n); each conversion is then a binary search over the text's
/// non-ASCII characters, so ASCII-heavy news text costs almost nothing.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    len_bytes: usize,
    /// For every non-ASCII char: (byte offset, code point index, utf16 index, utf8 len, utf16 len).
    wide: Vec<Wide>,
}

#[derive(Clone, Copy, Debug)]
struct Wide {
    byte: usize,
    cp: usize,
    u16: usize,
    len8: usize,
    len16: usize,
}

/// Why an offset could not be converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetError {
    /// Past the end of the text.
    OutOfRange,
    /// Inside a multi-unit character (for example between the two halves of a surrogate pair).
    NotOnBoundary,
}

impl std::fmt::Display for OffsetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OffsetError::OutOfRange => write!(f, "offset is past the end of the text"),
            OffsetError::NotOnBoundary => write!(f, "offset falls inside a character"),
        }
    }
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut wide = Vec::new();
        let mut cp = 0usize;
        let mut u16 = 0usize;
        for (byte, c) in text.char_indices() {
            let len8 = c.len_utf8();
            let len16 = c.len_utf16();
            if len8 > 1 {
                wide.push(Wide { byte, cp, u16, len8, len16 });
            }
            cp += 1;
            u16 += len16;
        }
        OffsetMap { len_bytes: text.len(), wide }
    }

    pub fn len_bytes(&self) -> usize {
        self.len_bytes
    }

    pub fn len_codepoints(&self) -> usize {
        self.len_bytes - self.wide.iter().map(|w| w.len8 - 1).sum::<usize>()
    }

    pub fn len_utf16(&self) -> usize {
        self.byte_to_utf16(self.len_bytes).unwrap_or(0)
    }

    /// Byte offset → code point index.
    pub fn byte_to_cp(&self, byte: usize) -> Result<usize, OffsetError> {
        self.from_byte(byte, |w| w.cp, |w| w.len8 - 1)
    }

    /// Byte offset → UTF-16 code unit index.
    pub fn byte_to_utf16(&self, byte: usize) -> Result<usize, OffsetError> {
        self.from_byte(byte, |w| w.u16, |w| w.len8 - w.len16)
    }

    /// Code point index → byte offset.
    pub fn cp_to_byte(&self, cp: usize) -> Result<usize, OffsetError> {
        self.to_byte(cp, |w| w.cp, |_| 1)
    }

    /// UTF-16 code unit index → byte offset. An index between the halves of a surrogate
    /// pair is `NotOnBoundary`; the DOM can produce one, and callers decide how to round.
    pub fn utf16_to_byte(&self, u16: usize) -> Result<usize, OffsetError> {
        self.to_byte(u16, |w| w.u16, |w| w.len16)
    }

    /// Converts a byte span to code points.
    pub fn span_to_cp(&self, span: Span) -> Result<(usize, usize), OffsetError> {
        Ok((self.byte_to_cp(span.start)?, self.byte_to_cp(span.end)?))
    }

    /// Converts a code point range to a byte span.
    pub fn cp_to_span(&self, start: usize, end: usize) -> Result<Span, OffsetError> {
        Ok(Span::new(self.cp_to_byte(start)?, self.cp_to_byte(end)?))
    }

    fn from_byte(
        &self,
        byte: usize,
        unit: impl Fn(&Wide) -> usize,
        shrink: impl Fn(&Wide) -> usize,
    ) -> Result<usize, OffsetError> {
        if byte > self.len_bytes {
            return Err(OffsetError::OutOfRange);
        }
        // Index of the last wide char starting before `byte`.
        let i = self.wide.partition_point(|w| w.byte < byte);
        if i == 0 {
            return Ok(byte);
        }
        let w = &self.wide[i - 1];
        let after = w.byte + w.len8;
        if byte < after {
            return Err(OffsetError::NotOnBoundary);
        }
        // Between wide chars every char is one byte and one unit.
        Ok(unit(w) + (w.len8 - shrink(w)) + (byte - after))
    }

    fn to_byte(
        &self,
        pos: usize,
        unit: impl Fn(&Wide) -> usize,
        width: impl Fn(&Wide) -> usize,
    ) -> Result<usize, OffsetError> {
        let i = self.wide.partition_point(|w| unit(w) < pos);
        let byte = if i == 0 {
            pos
        } else {
            let w = &self.wide[i - 1];
            let after_unit = unit(w) + width(w);
            if pos < after_unit {
                return Err(OffsetError::NotOnBoundary);
            }
            w.byte + w.len8 + (pos - after_unit)
        };
        if byte > self.len_bytes {
            return Err(OffsetError::OutOfRange);
        }
        Ok(byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute(text: &str) -> Vec<(usize, usize, usize)> {
        let mut v = Vec::new();
        let (mut cp, mut u) = (0, 0);
        for (b, c) in text.char_indices() {
            v.push((b, cp, u));
            cp += 1;
            u += c.len_utf16();
        }
        v.push((text.len(), cp, u));
        v
    }

    #[test]
    fn maps_agree_with_brute_force() {
        for text in ["", "plain ascii", "café “quoted” 😀 naïve 𝔘𝔫𝔦 e\u{301}", "😀😀", "é"] {
            let m = OffsetMap::new(text);
            for (b, cp, u) in brute(text) {
                assert_eq!(m.byte_to_cp(b), Ok(cp), "{text:?} byte {b}");
                assert_eq!(m.byte_to_utf16(b), Ok(u), "{text:?} byte {b}");
                assert_eq!(m.cp_to_byte(cp), Ok(b), "{text:?} cp {cp}");
                assert_eq!(m.utf16_to_byte(u), Ok(b), "{text:?} u16 {u}");
            }
            assert_eq!(m.len_codepoints(), text.chars().count());
            assert_eq!(m.len_utf16(), text.encode_utf16().count());
        }
    }

    #[test]
    fn rejects_offsets_inside_characters_and_past_the_end() {
        let m = OffsetMap::new("a😀b");
        assert_eq!(m.byte_to_cp(2), Err(OffsetError::NotOnBoundary));
        assert_eq!(m.utf16_to_byte(2), Err(OffsetError::NotOnBoundary));
        assert_eq!(m.utf16_to_byte(3), Ok(5));
        assert_eq!(m.cp_to_byte(4), Err(OffsetError::OutOfRange));
        assert_eq!(m.byte_to_cp(7), Err(OffsetError::OutOfRange));
    }

    #[test]
    fn normalize_only_touches_line_endings() {
        assert_eq!(normalize("a\r\nb\rc\n\u{a0}d\t"), "a\nb\nc\n\u{a0}d\t");
        assert_eq!(normalize("\r\r\n"), "\n\n");
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(5, 2);
        assert_eq!(s, Span { start: 2, end: 5 });
        assert_eq!(s.intersect(Span::new(4, 9)), Some(Span::new(4, 5)));
        assert_eq!(s.intersect(Span::new(5, 9)), None);
        assert_eq!(Span::new(1, 2).slice("é"), None);
    }
}
