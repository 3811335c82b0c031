//! Publication dates as people write them, read into ISO 8601 (`YYYY-MM-DD` or
//! `YYYY-MM-DDTHH:MM`). A date without a year, or a relative one ("3 hours ago"), gives
//! `None`: Claimlens never guesses.

use crate::core::case::Lowercase;

/// Reads the first complete date in `line`.
pub fn parse_date(line: &str) -> Option<String> {
    if let Some(iso) = iso_date(line) {
        return Some(iso);
    }
    let tokens = tokenize(line);
    for (i, t) in tokens.iter().enumerate() {
        let Some(month) = month_number(t) else { continue };
        // "13 February 2025" / "Thu 13 Feb 2025"
        let day_before = i.checked_sub(1).and_then(|j| day(&tokens[j]));
        // "Feb 13, 2025" / "Feb, 13 2025" / "February 13 2025"
        let day_after = tokens.get(i + 1).and_then(|t| day(t));
        let (day, year_at) = match (day_before, day_after) {
            (_, Some(d)) if tokens.get(i + 2).and_then(|t| year(t)).is_some() => (d, i + 2),
            (Some(d), _) if tokens.get(i + 1).and_then(|t| year(t)).is_some() => (d, i + 1),
            _ => continue,
        };
        let y = tokens.get(year_at).and_then(|t| year(t))?;
        let mut out = format!("{y:04}-{month:02}-{day:02}");
        // The time usually follows the date; AP writes it first ("7:42 PM GMT, February 13, 2025").
        let time = time_after(&tokens[year_at + 1..]).or_else(|| time_anywhere(&tokens[..i]));
        if let Some((h, m)) = time {
            out.push_str(&format!("T{h:02}:{m:02}"));
        }
        return Some(out);
    }
    numeric_date(&tokens)
}

/// "17/02/2025" (France 24), "02/17/2025" (Politico), "17.02.2025" (German): day and month
/// told apart by a number over 12, or by the dots, which only day-first dates use. "03/02/2025"
/// could be either, and stays unknown.
fn numeric_date(tokens: &[String]) -> Option<String> {
    tokens.iter().enumerate().find_map(|(i, t)| {
        let dots = t.contains('.');
        let mut parts = t.split(['/', '.']);
        let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
        let small = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
        if parts.next().is_some() || !small(a) || !small(b) || t.contains('/') && dots {
            return None;
        }
        // A year of two digits is this century's ("02/17/25", The Hill).
        let y = year(y).or_else(|| (y.len() == 2).then(|| y.parse::<u32>().ok()).flatten().map(|y| 2000 + y))?;
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        let (day, month) = match (a, b) {
            (a, b) if a > 12 && b <= 12 => (a, b),
            (a, b) if b > 12 && a <= 12 && !dots => (b, a),
            (a, b) if dots && b <= 12 => (a, b),
            _ => return None,
        };
        if !(1..=31).contains(&day) || month == 0 {
            return None;
        }
        let mut out = format!("{y:04}-{month:02}-{day:02}");
        if let Some((h, m)) = time_after(&tokens[i + 1..]) {
            out.push_str(&format!("T{h:02}:{m:02}"));
        }
        Some(out)
    })
}

/// "2025-02-13", optionally followed by "T19:13" or " 19:13".
fn iso_date(line: &str) -> Option<String> {
    let b = line.as_bytes();
    for start in 0..b.len().saturating_sub(9) {
        let w = &b[start..start + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        let boundary = start == 0 || !b[start - 1].is_ascii_alphanumeric();
        if boundary && digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10) {
            let s = std::str::from_utf8(w).ok()?;
            let (y, m, d) = (s[0..4].parse::<u32>().ok()?, s[5..7].parse::<u32>().ok()?, s[8..10].parse::<u32>().ok()?);
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1800..=2200).contains(&y) {
                continue;
            }
            let mut out = s.to_string();
            let rest = &line[start + 10..];
            let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')).unwrap_or("");
            if let Some((h, mi)) = time_after(&tokenize(rest)) {
                out.push_str(&format!("T{h:02}:{mi:02}"));
            }
            return Some(out);
        }
    }
    None
}

/// Words and numbers, lower-cased, with dots kept inside ("p.m", "7:13", "19.13").
fn tokenize(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in line.split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '(' || c == ')') {
        let t = t.trim_matches(|c: char| c == '.' || c == '-' || c == '–' || c == '—' || c == '·').lowercase();
        // Spanish and Portuguese "12 de marzo de 2025": the "de" between day, month and year says nothing.
        if matches!(t.as_str(), "de" | "del") {
            continue;
        }
        // A copy can glue the year to the time ("February 13, 20253:45 PM"): split them.
        let glued = t.len() > 4 && t.as_bytes()[..5].iter().all(u8::is_ascii_digit) && t[4..].contains(':');
        if glued {
            out.push(t[..4].to_string());
            out.push(t[4..].to_string());
        } else if !t.is_empty() {
            out.push(t);
        }
    }
    out
}

/// The months' names, lower-case, in order.
pub const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// The months' French, German, Spanish and Portuguese names (and abbreviations), where they
/// differ from the English ones.
const FOREIGN_MONTHS: [&str; 12] = [
    "janvier januar enero ene janeiro", "février februar febrero fevereiro fev", "mars märz marzo março", "avril abril abr",
    "mai mayo maio", "juin juni junio junho", "juillet juli julio julho", "août agosto ago", "septembre septiembre setiembre setembro set",
    "octobre oktober octubre outubro out", "novembre noviembre novembro", "décembre dezember diciembre dic dezembro dez",
];

fn month_number(t: &str) -> Option<u32> {
    let t = t.trim_end_matches('.');
    for (i, m) in MONTHS.iter().enumerate() {
        if t == *m || (t.len() >= 3 && m.starts_with(t) && (t.len() == 3 || t == "sept")) || FOREIGN_MONTHS[i].split(' ').any(|n| n == t) {
            return Some(i as u32 + 1);
        }
    }
    None
}

fn day(t: &str) -> Option<u32> {
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 13th, 1st
    let d: u32 = t.parse().ok()?;
    (t.len() <= 2 && (1..=31).contains(&d)).then_some(d)
}

fn year(t: &str) -> Option<u32> {
    let y: u32 = t.parse().ok()?;
    (t.len() == 4 && (1800..=2200).contains(&y)).then_some(y)
}

/// "19:13", "7:13 p.m.", "7.13pm", "at 7:13 pm", "19.13 GMT"; the first time in `tokens`.
fn time_after(tokens: &[String]) -> Option<(u32, u32)> {
    for (i, t) in tokens.iter().enumerate().take(4) {
        if matches!(t.as_str(), "at" | "on" | "à" | "um" | "a" | "las" | "às") {
            continue;
        }
        // French writes "10h02".
        let french = t.split_once('h').filter(|(h, m)| !h.is_empty() && h.len() <= 2 && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()));
        let t = &french.map_or_else(|| t.clone(), |(h, m)| format!("{h}:{m}"));
        let (clock, suffix) = split_suffix(t);
        let sep = clock.find([':', '.'])?;
        // Minutes are two digits, perhaps followed by ":SS".
        let minutes = clock.get(sep + 1..sep + 3)?;
        let tail = &clock[sep + 3..];
        let (Ok(mut h), Ok(m)) = (clock[..sep].parse::<u32>(), minutes.parse::<u32>()) else { return None };
        if !(tail.is_empty() || tail.starts_with(':')) || h > 23 || m > 59 {
            return None;
        }
        let meridiem = if suffix.is_empty() { tokens.get(i + 1).map(|s| s.as_str()).unwrap_or("") } else { suffix };
        match meridiem.replace('.', "").as_str() {
            "pm" if h < 12 => h += 12,
            "am" if h == 12 => h = 0,
            _ => {}
        }
        return Some((h, m));
    }
    None
}

/// The first clock time in `tokens`, wherever it stands.
fn time_anywhere(tokens: &[String]) -> Option<(u32, u32)> {
    (0..tokens.len()).find_map(|i| {
        let t = &tokens[i];
        (t.contains(':') && t.starts_with(|c: char| c.is_ascii_digit())).then(|| time_after(&tokens[i..])).flatten()
    })
}

fn split_suffix(t: &str) -> (&str, &str) {
    let cut = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    (&t[..cut], &t[cut..])
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn reads_the_forms_news_sites_use() {
        let cases = [
            ("Published: Feb, 13 2025 19:13", Some("2025-02-13T19:13")),
            ("13 February 2025", Some("2025-02-13")),
            ("Feb. 13, 2025 at 7:13 p.m. EST", Some("2025-02-13T19:13")),
            ("Updated Feb. 13, 2025, 12:05 a.m. ET", Some("2025-02-13T00:05")),
            ("2025-02-13", Some("2025-02-13")),
            ("2025-02-13T08:30:00Z", Some("2025-02-13T08:30")),
            ("Thu 13 Feb 2025 19.13 GMT", Some("2025-02-13T19:13")),
            ("Last modified on Thu 13 Feb 2025 19.13 GMT", Some("2025-02-13T19:13")),
            ("Sept. 3, 2024", Some("2024-09-03")),
            ("Published 3 March 2025", Some("2025-03-03")),
            ("Updated 3 hours ago", None),
            ("Updated 7:42 PM GMT, February 13, 2025", Some("2025-02-13T19:42")),
            ("LONDON, Feb 13 (Reuters) -", None),
            ("February 13, 20253:45 PM GMTUpdated 2 hours ago", Some("2025-02-13T15:45")),
            ("May the best team win", None),
            ("Publié le 12 mars 2025 à 10h02", Some("2025-03-12T10:02")),
            ("Mis à jour le 1er août 2024 à 18:30", Some("2024-08-01T18:30")),
            ("Berlin, 12. März 2025, 14:05 Uhr", Some("2025-03-12T14:05")),
            ("Veröffentlicht am 3. Dezember 2024", Some("2024-12-03")),
            ("Madrid - 12 mar 2025 - 10:02 CET", Some("2025-03-12T10:02")),
            ("Publicado el 12 de marzo de 2025 a las 10:02", Some("2025-03-12T10:02")),
            ("Actualizado: 3 dic 2024", Some("2024-12-03")),
            ("1 de agosto del 2024", Some("2024-08-01")),
            ("13/02/2025 às 10h02", Some("2025-02-13T10:02")),
            ("Publicado em 13 de fevereiro de 2025", Some("2025-02-13")),
            ("Issued on: 17/02/2025 - 18:42", Some("2025-02-17T18:42")),
            ("02/17/2025 06:42 PM EST", Some("2025-02-17T18:42")),
            ("17.02.2025, 14:05 Uhr", Some("2025-02-17T14:05")),
            ("03.02.2025", Some("2025-02-03")),
            ("03/02/2025", None),
            ("Open 24/7", None),
            ("by Jane Doe - 02/17/25 6:42 PM ET", Some("2025-02-17T18:42")),
            ("3.5/10", None),
            ("13/13/2025", None),
            ("", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_date(input).as_deref(), want, "{input}");
        }
    }
}
