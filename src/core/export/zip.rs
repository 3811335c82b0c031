//! A minimal zip container: writes stored (uncompressed) entries, reads stored and deflated
//! ones. Enough for brat's three small files, with no large dependency. Inflating is left
//! to whoever holds a deflate (`core::compression`): `entries`, then `Entry::open`.

use crate::core::compression::{End, Inflated};

/// Why a zip could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a zip, or cut off before its directory.
    NotZip,
    /// An entry uses a compression method other than stored or deflate.
    Unsupported(u16),
    /// An entry's data is damaged (bad length, bad deflate stream or checksum).
    Corrupt(String),
    /// An entry is deflated and nothing here can inflate it (a browser without
    /// `DecompressionStream`).
    CannotInflate,
}

impl std::fmt::Display for ZipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ZipError::NotZip => write!(f, "this is not a zip file, or it is cut off"),
            ZipError::Unsupported(m) => write!(f, "the zip uses compression method {m}, which Claimlens cannot read"),
            ZipError::Corrupt(name) => write!(f, "the zip entry {name} is damaged"),
            ZipError::CannotInflate => write!(f, "this browser cannot unpack compressed zip entries; open it in a current Chrome, Edge, Firefox or Safari"),
        }
    }
}

/// Writes a zip of `(name, contents)` entries, stored uncompressed.
pub fn write(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let header = |sig: u32, central_dir: bool, buf: &mut Vec<u8>| {
            buf.extend_from_slice(&sig.to_le_bytes());
            if central_dir {
                buf.extend_from_slice(&20u16.to_le_bytes()); // version made by
            }
            buf.extend_from_slice(&20u16.to_le_bytes()); // version needed
            buf.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
            buf.extend_from_slice(&0u16.to_le_bytes()); // stored
            buf.extend_from_slice(&0u16.to_le_bytes()); // time
            buf.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
            buf.extend_from_slice(&crc.to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central_dir {
                buf.extend_from_slice(&0u16.to_le_bytes()); // comment
                buf.extend_from_slice(&0u16.to_le_bytes()); // disk
                buf.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                buf.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                buf.extend_from_slice(&offset.to_le_bytes());
            }
            buf.extend_from_slice(name.as_bytes());
        };
        header(0x0403_4b50, false, &mut out);
        out.extend_from_slice(data);
        header(0x0201_4b50, true, &mut central);
    }
    let dir_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&dir_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// One file in a zip, as its directory describes it, its data as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// The data is deflated (method 8): inflate it to at most `size` bytes before `open`.
    pub deflated: bool,
    /// The entry's bytes as they are in the zip.
    pub data: Vec<u8>,
    /// Its length once inflated, as the directory gives it.
    pub size: usize,
    crc: u32,
}

impl Entry {
    /// The entry's name and contents, from its inflated data (or `None` for a stored entry),
    /// once the length and checksum agree with the directory.
    pub fn open(self, inflated: Option<Inflated>) -> Result<(String, Vec<u8>), ZipError> {
        let data = match inflated {
            None if !self.deflated => self.data,
            Some(i) if self.deflated && i.end == End::Unavailable => return Err(ZipError::CannotInflate),
            Some(i) if self.deflated => i.complete().ok_or_else(|| ZipError::Corrupt(self.name.clone()))?,
            _ => return Err(ZipError::Corrupt(self.name)),
        };
        if data.len() != self.size || crc32(&data) != self.crc {
            return Err(ZipError::Corrupt(self.name));
        }
        Ok((self.name, data))
    }
}

/// The most one entry may unpack to: a hostile zip cannot exhaust memory.
pub const MAX_ENTRY: usize = 64 << 20;

/// Every file entry of a zip, its data as stored (stored or deflated; any other method is
/// an error).
pub fn entries(zip: &[u8]) -> Result<Vec<Entry>, ZipError> {
    let eocd = (0..zip.len().saturating_sub(21)).rev().find(|&i| zip[i..].starts_with(&0x0605_4b50u32.to_le_bytes())).ok_or(ZipError::NotZip)?;
    let u16_at = |i: usize| zip.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or(ZipError::NotZip);
    let u32_at = |i: usize| zip.get(i..i + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok_or(ZipError::NotZip);
    let count = u16_at(eocd + 10)? as usize;
    let mut p = u32_at(eocd + 16)? as usize;
    let mut out = Vec::new();
    for _ in 0..count {
        if u32_at(p)? != 0x0201_4b50 {
            return Err(ZipError::NotZip);
        }
        let method = u16_at(p + 10)?;
        let crc = u32_at(p + 16)?;
        let csize = u32_at(p + 20)? as usize;
        let size = u32_at(p + 24)? as usize;
        let (nlen, elen, clen) = (u16_at(p + 28)? as usize, u16_at(p + 30)? as usize, u16_at(p + 32)? as usize);
        let local = u32_at(p + 42)? as usize;
        let name = String::from_utf8_lossy(zip.get(p + 46..p + 46 + nlen).ok_or(ZipError::NotZip)?).into_owned();
        p += 46 + nlen + elen + clen;
        if name.ends_with('/') {
            continue;
        }
        let data_at = local + 30 + u16_at(local + 26)? as usize + u16_at(local + 28)? as usize;
        let data = zip.get(data_at..data_at + csize).ok_or_else(|| ZipError::Corrupt(name.clone()))?.to_vec();
        let deflated = match method {
            0 => false,
            8 if size <= MAX_ENTRY => true,
            8 => return Err(ZipError::Corrupt(name)),
            m => return Err(ZipError::Unsupported(m)),
        };
        out.push(Entry { name, deflated, data, size, crc });
    }
    Ok(out)
}

/// Reads every file entry of a zip: `(name, contents)`. Native builds only: the browser
/// inflates each deflated entry itself (`ui::compression`) and calls `Entry::open`.
#[cfg(not(target_arch = "wasm32"))]
pub fn read(zip: &[u8]) -> Result<Vec<(String, Vec<u8>)>, ZipError> {
    entries(zip)?
        .into_iter()
        .map(|e| {
            let inflated = e.deflated.then(|| crate::core::compression::inflate(&e.data, e.size));
            e.open(inflated)
        })
        .collect()
}

/// CRC-32 (IEEE), as zip uses.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage() {
        let z = write(&[("a.txt", "Zoë 😀".as_bytes()), ("b.ann", b"T1\tClaim 0 3\tZo\xc3\xab")]);
        let back = read(&z).expect("read");
        assert_eq!(back[0], ("a.txt".to_string(), "Zoë 😀".as_bytes().to_vec()));
        assert_eq!(back.len(), 2);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(read(&z[..z.len() / 2]), Err(ZipError::NotZip));
        let mut bad = z.clone();
        bad[36] ^= 0xff; // a byte of a.txt's data (after the 30-byte header and the name)
        assert!(matches!(read(&bad), Err(ZipError::Corrupt(_))));
        assert_eq!(read(b"not a zip"), Err(ZipError::NotZip));
    }

    #[test]
    fn reads_deflated_entries() {
        let data = "Deflated text, repeated. ".repeat(20);
        let deflated = crate::core::compression::deflate(data.as_bytes());
        // A one-entry zip with method 8, built by hand.
        let mut z = write(&[("x.txt", data.as_bytes())]);
        let stored_len = data.len();
        let name_len = 5;
        // Rebuild with the deflated payload.
        let mut local = z[..30 + name_len].to_vec();
        local[8] = 8;
        local[18..22].copy_from_slice(&(deflated.len() as u32).to_le_bytes());
        local.extend_from_slice(&deflated);
        let mut central = z[30 + name_len + stored_len..].to_vec();
        central[10] = 8;
        central[20..24].copy_from_slice(&(deflated.len() as u32).to_le_bytes());
        let dir_at = local.len() as u32;
        let eocd = central.len() - 22;
        central[eocd + 16..eocd + 20].copy_from_slice(&dir_at.to_le_bytes());
        local.extend_from_slice(&central);
        z = local;
        assert_eq!(read(&z).expect("inflate")[0].1, data.as_bytes());
        // Where nothing can inflate it, the message says so rather than calling it damaged.
        let entry = entries(&z).expect("entries").remove(0);
        assert!(entry.deflated);
        let none = crate::core::compression::Inflated { output: Vec::new(), end: End::Unavailable };
        assert_eq!(entry.open(Some(none)), Err(ZipError::CannotInflate));
    }
}
