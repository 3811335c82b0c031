//! Capital and small letters, for the alphabets Claimlens reads: Latin (with Latin-1,
//! Extended-A, the Romanian and Vietnamese letters), Greek, Cyrillic, Armenian and
//! fullwidth Latin.
//!
//! Why not `char::to_uppercase`/`str::to_lowercase`: they carry the whole of Unicode's case
//! tables, about 7 KB gzip of the app each, for scripts whose articles the suggestion rules
//! cannot read anyway. Every mapping here keeps a letter's UTF-8 length, so a lowercased
//! string's byte offsets are the original's (the standard one turns "İ" into two characters).
//! A letter outside these alphabets is left as it is.

/// Blocks whose capitals and small letters lie a fixed distance apart:
/// (first capital, last capital, small − capital).
const SHIFTED: &[(u32, u32, i32)] = &[
    (0x41, 0x5A, 0x20),
    (0xC0, 0xD6, 0x20),
    (0xD8, 0xDE, 0x20),
    (0x178, 0x178, -0x79), // Ÿ ÿ
    (0x386, 0x386, 0x26),
    (0x388, 0x38A, 0x25),
    (0x38C, 0x38C, 0x40),
    (0x38E, 0x38F, 0x3F),
    (0x391, 0x3A1, 0x20),
    (0x3A3, 0x3AB, 0x20),
    (0x400, 0x40F, 0x50),
    (0x410, 0x42F, 0x20),
    (0x4C0, 0x4C0, 0xF),
    (0x531, 0x556, 0x30),
    (0xFF21, 0xFF3A, 0x20),
];

/// Blocks of alternating capital and small letters, the capital first: (first, last).
const PAIRED: &[(u32, u32)] = &[
    (0x100, 0x12F),
    (0x132, 0x137),
    (0x139, 0x148),
    (0x14A, 0x177),
    (0x179, 0x17E),
    (0x200, 0x21F),
    (0x222, 0x233),
    (0x460, 0x481),
    (0x48A, 0x4BF),
    (0x4C1, 0x4CE),
    (0x4D0, 0x52F),
    (0x1E00, 0x1E95),
    (0x1EA0, 0x1EFF),
];

/// The small letter of a capital; any other character as it is.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let n = c as u32;
    for &(first, last, shift) in SHIFTED {
        if (first..=last).contains(&n) {
            return shifted(n, shift);
        }
    }
    for &(first, last) in PAIRED {
        if (first..=last).contains(&n) && (n - first) % 2 == 0 {
            return char::from_u32(n + 1).unwrap_or(c);
        }
    }
    c
}

/// The capital of a small letter; any other character as it is.
pub fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let n = c as u32;
    if c == 'ς' {
        return 'Σ';
    }
    for &(first, last, shift) in SHIFTED {
        if (shifted(first, shift) as u32..=shifted(last, shift) as u32).contains(&n) {
            return shifted(n, -shift);
        }
    }
    for &(first, last) in PAIRED {
        if (first..=last).contains(&n) && (n - first) % 2 == 1 {
            return char::from_u32(n - 1).unwrap_or(c);
        }
    }
    c
}

/// `s` with every capital made small (see `lower`); the same length in bytes.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

/// `str::lowercase()`, in place of the standard `to_lowercase()` (see the module comment).
pub trait Lowercase {
    fn lowercase(&self) -> String;
}

impl Lowercase for str {
    fn lowercase(&self) -> String {
        lowercase(self)
    }
}

fn shifted(n: u32, shift: i32) -> char {
    char::from_u32(n.wrapping_add_signed(shift)).unwrap_or(char::REPLACEMENT_CHARACTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_in_the_alphabets_it_covers() {
        let mut covered = 0;
        for n in (0..0x590).chain(0x1E00..0x1F00).chain(0xFF00..0xFF60) {
            let Some(c) = char::from_u32(n) else { continue };
            let (lo, up) = (lower(c), upper(c));
            assert_eq!(lo.len_utf8(), c.len_utf8(), "{c}");
            assert_eq!(up.len_utf8(), c.len_utf8(), "{c}");
            let std_lo: Vec<char> = c.to_lowercase().collect();
            let std_up: Vec<char> = c.to_uppercase().collect();
            // Where Unicode maps one letter to one letter of the same length, the same answer.
            if std_lo.len() == 1 && std_lo[0].len_utf8() == c.len_utf8() && lo != c {
                assert_eq!(lo, std_lo[0], "lower {c} U+{n:04X}");
                covered += 1;
            }
            if std_up.len() == 1 && std_up[0].len_utf8() == c.len_utf8() && up != c {
                assert_eq!(up, std_up[0], "upper {c} U+{n:04X}");
            }
            if lo != c {
                assert_eq!(Some(&lo), std_lo.first(), "lower {c} U+{n:04X}");
            }
            if up != c {
                assert_eq!(Some(&up), std_up.first(), "upper {c} U+{n:04X}");
            }
        }
        assert!(covered > 500, "{covered}");
        assert_eq!(lowercase("ÉMILIE Ström ŞTEFAN ÇAĞLAR ΣΩΚΡΆΤΗΣ ЗЕЛЕНСЬКИЙ Việt"), "émilie ström ştefan çağlar σωκράτησ зеленський việt");
        assert_eq!("émilie ström ßtraße".chars().map(upper).collect::<String>(), "ÉMILIE STRÖM ßTRAßE");
        assert_eq!(upper('ÿ'), 'Ÿ');
        assert_eq!(lower('İ'), 'İ', "kept: its small letter is two characters");
    }
}
