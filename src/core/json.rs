//! JSON syntax: a value tree, a reader and a writer. No file format lives here; the formats
//! (Claimlens JSON, W3C, doccano, …) build and read these values in `core::export`.
//!
//! Why not serde_json: with serde's derives it was about 100 KB of the app's WebAssembly, and
//! its `Value` (a `BTreeMap` per object, then a second pass into typed structs) was the
//! slower half of opening a saved document. This module is a few hundred lines and reads in
//! one pass.
//!
//! What it keeps of serde_json's behaviour, so files written before read the same:
//! - a repeated key: the last one counts;
//! - numbers: an integer literal that fits an `i64` is an integer; anything else keeps its
//!   literal text, so nothing is lost to a float round trip;
//! - strings: every escape, surrogate pairs; a lone surrogate or a raw control character is an
//!   error; at most 128 levels of nesting, so hostile input cannot exhaust the stack;
//! - the pretty writer's layout (two spaces, `[]` and `{}` for empty containers).
//!
//! Unlike serde_json's default, objects keep the order their keys were written in.

use std::borrow::Cow;
use std::fmt;

/// A JSON value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    /// An integer literal that fits an `i64`.
    Int(i64),
    /// Any other number, as written (validated JSON number syntax).
    Number(Box<str>),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// An object's members in the order they were written. Lookups scan from the end, so a
/// repeated key answers with its last value. Keys written in the program are borrowed, so
/// building a large export allocates nothing for them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object {
    members: Vec<(Cow<'static, str>, Value)>,
}

/// Why a text is not JSON, and where (1-based line and column, in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub problem: Problem,
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text ends inside a value: often a file cut off in download.
    UnexpectedEnd,
    /// A character that cannot start or continue a value here.
    Unexpected,
    BadNumber,
    BadEscape,
    LoneSurrogate,
    /// A raw control character (below U+0020) inside a string.
    ControlCharacter,
    TooDeep,
    /// Something after the value.
    TrailingCharacters,
}

/// Reads a JSON text.
pub fn parse(input: &str) -> Result<Value, ParseError> {
    let mut reader = Reader { text: input, bytes: input.as_bytes(), at: 0, depth: 0 };
    let value = reader.value();
    let value = value.and_then(|v| {
        reader.skip_space();
        if reader.at < reader.bytes.len() {
            Err(Problem::TrailingCharacters)
        } else {
            Ok(v)
        }
    });
    value.map_err(|problem| reader.error(problem))
}

/// Writes a value on one line, as autosave and JSONL want it.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, None);
    out
}

/// Writes a value indented by two spaces, for files people may read.
pub fn to_string_pretty(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, Some(0));
    out.push('\n');
    out
}

impl Value {
    /// A decimal number `units / 10^scale`, written exactly ("0.734" for 734 and 3): the
    /// way scores leave the program without float formatting.
    pub fn decimal(units: i64, scale: u32) -> Value {
        let digits = units.unsigned_abs().to_string();
        let scale = scale as usize;
        let padded = if digits.len() <= scale { format!("{}{digits}", "0".repeat(scale + 1 - digits.len())) } else { digits };
        let (int, frac) = padded.split_at(padded.len() - scale);
        let frac = frac.trim_end_matches('0');
        let sign = if units < 0 { "-" } else { "" };
        let frac = if frac.is_empty() { "0" } else { frac };
        Value::Number(format!("{sign}{int}.{frac}").into_boxed_str())
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A non-negative integer literal.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Int(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }

    pub fn as_usize(&self) -> Option<usize> {
        self.as_u64().and_then(|n| usize::try_from(n).ok())
    }

    /// The number times `10^scale`, rounded half away from zero and saturating at the ends
    /// of `i64`: reads "0.7345", "7.345e-1" or "1" as thousandths without floats.
    pub fn as_scaled(&self, scale: u32) -> Option<i64> {
        match self {
            Value::Int(n) => Some(n.saturating_mul(10i64.saturating_pow(scale))),
            Value::Number(text) => Some(scaled(text, scale)),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Object> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Names the kind of value, for messages ("expected a string, found an array").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Int(_) | Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

impl Object {
    pub fn new() -> Object {
        Object::default()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets a member, replacing one of the same key.
    pub fn insert(&mut self, key: impl Into<Cow<'static, str>>, value: Value) {
        let key = key.into();
        match self.members.iter_mut().rev().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.members.push((key, value)),
        }
    }

    /// Adds a member without looking for one of the same key: for `json!`, whose keys are
    /// written out (a repeated one still reads as its last value).
    pub fn push(&mut self, key: &'static str, value: Value) {
        self.members.push((Cow::Borrowed(key), value));
    }

    /// The value of a key (the last of it), to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.members.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Keeps the members that `keep` accepts (given the key and the value).
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Value) -> bool) {
        self.members.retain(|(k, v)| keep(k, v));
    }

    /// Moves a member's value out (the last of its key), leaving null behind: how readers
    /// take long strings without copying them.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        self.members.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| std::mem::take(v))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.members.iter().map(|(k, v)| (k.as_ref(), v))
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.problem {
            Problem::UnexpectedEnd => "it ends too early",
            Problem::Unexpected => "unexpected character",
            Problem::BadNumber => "a malformed number",
            Problem::BadEscape => "a malformed escape",
            Problem::LoneSurrogate => "half of a surrogate pair",
            Problem::ControlCharacter => "a control character inside a string",
            Problem::TooDeep => "nested more than 128 levels deep",
            Problem::TrailingCharacters => "more after the end",
        };
        write!(f, "{what} at line {} column {}", self.line, self.column)
    }
}

impl std::error::Error for ParseError {}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::String(s.clone())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        i64::try_from(n).map_or_else(|_| Value::Number(n.to_string().into_boxed_str()), Value::Int)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::from(n as u64)
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Value {
        Value::Int(i64::from(n))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Int(i64::from(n))
    }
}

impl From<u8> for Value {
    fn from(n: u8) -> Value {
        Value::Int(i64::from(n))
    }
}

impl From<Object> for Value {
    fn from(o: Object) -> Value {
        Value::Object(o)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        Value::Array(items.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Value {
        o.map_or(Value::Null, Into::into)
    }
}

/// Builds a [`Value`] from JSON-like syntax: `json!({"id": a.id.as_str(), "tags": ["x", n]})`.
/// Keys are string literals; a value is any expression with a `From` into `Value`, `null`, or
/// a nested object or list.
macro_rules! json {
    (null) => { $crate::core::json::Value::Null };
    ({ $($body:tt)* }) => {{
        #[allow(unused_mut)]
        let mut object = $crate::core::json::Object::new();
        $crate::core::json::json_members!(object; $($body)*);
        $crate::core::json::Value::Object(object)
    }};
    ([ $($body:tt)* ]) => {{
        #[allow(unused_mut)]
        let mut items: Vec<$crate::core::json::Value> = Vec::new();
        $crate::core::json::json_items!(items; (); $($body)*);
        $crate::core::json::Value::Array(items)
    }};
    ($value:expr) => { $crate::core::json::Value::from($value) };
}

/// `json!`'s object members: a key, a colon, then the tokens up to the next top-level comma.
macro_rules! json_members {
    ($object:ident; ) => {};
    ($object:ident; $key:literal : $($rest:tt)*) => {
        $crate::core::json::json_member!($object; $key; (); $($rest)*)
    };
}

macro_rules! json_member {
    ($object:ident; $key:literal; ($($value:tt)*); , $($rest:tt)*) => {
        $object.push($key, $crate::core::json::json!($($value)*));
        $crate::core::json::json_members!($object; $($rest)*);
    };
    ($object:ident; $key:literal; ($($value:tt)*); ) => {
        $object.push($key, $crate::core::json::json!($($value)*));
    };
    ($object:ident; $key:literal; ($($value:tt)*); $next:tt $($rest:tt)*) => {
        $crate::core::json::json_member!($object; $key; ($($value)* $next); $($rest)*)
    };
}

/// `json!`'s list items: the tokens up to each top-level comma.
macro_rules! json_items {
    ($items:ident; (); ) => {};
    ($items:ident; ($($value:tt)+); ) => {
        $items.push($crate::core::json::json!($($value)+));
    };
    ($items:ident; ($($value:tt)+); , $($rest:tt)*) => {
        $items.push($crate::core::json::json!($($value)+));
        $crate::core::json::json_items!($items; (); $($rest)*);
    };
    ($items:ident; ($($value:tt)*); $next:tt $($rest:tt)*) => {
        $crate::core::json::json_items!($items; ($($value)* $next); $($rest)*)
    };
}

pub(crate) use {json, json_items, json_member, json_members};

/// Reads a JSON text a value at a time, for a reader that knows the shape it expects and
/// needs no tree: Claimlens JSON at start-up, where building the tree was most of the time
/// spent opening a saved document. It accepts exactly what [`parse`] accepts; every method
/// gives `None` on anything unexpected, and the caller then reads the text with [`parse`],
/// which names the problem.
pub struct Pull<'a> {
    reader: Reader<'a>,
}

impl<'a> Pull<'a> {
    pub fn new(text: &'a str) -> Pull<'a> {
        Pull { reader: Reader { text, bytes: text.as_bytes(), at: 0, depth: 0 } }
    }

    /// Enters the object that comes next.
    pub fn object(&mut self) -> Option<()> {
        self.enter(b'{')
    }

    /// Enters the list that comes next.
    pub fn list(&mut self) -> Option<()> {
        self.enter(b'[')
    }

    /// The next key of the object being read, its value to be read next; `Some(None)` when
    /// the object ends. `first`: no member was read yet, so commas are checked exactly as
    /// [`parse`] checks them.
    pub fn key(&mut self, first: bool) -> Option<Option<Cow<'a, str>>> {
        if self.close(b'}', first)? {
            return Some(None);
        }
        let r = &mut self.reader;
        r.skip_space();
        if r.peek()? != b'"' {
            return None;
        }
        let key = self.string_cow()?;
        let r = &mut self.reader;
        r.skip_space();
        if r.peek()? != b':' {
            return None;
        }
        r.at += 1;
        Some(Some(key))
    }

    /// Whether another item of the list being read comes next (`false` at its end).
    pub fn item(&mut self, first: bool) -> Option<bool> {
        Some(!self.close(b']', first)?)
    }

    /// A string; `Some(None)` for null.
    pub fn optional_string(&mut self) -> Option<Option<String>> {
        if self.null()? {
            return Some(None);
        }
        let r = &mut self.reader;
        if r.peek()? != b'"' {
            return None;
        }
        r.string().ok().map(Some)
    }

    /// Whether the next value is null (then read).
    pub fn null(&mut self) -> Option<bool> {
        let r = &mut self.reader;
        r.skip_space();
        if r.peek()? == b'n' {
            r.word("null", Value::Null).ok()?;
            return Some(true);
        }
        Some(false)
    }

    /// Any value, as a tree (a field this reader has no typed way to read, or skips).
    pub fn value(&mut self) -> Option<Value> {
        self.reader.value().ok()
    }

    /// The end of the text: nothing but white space may follow.
    pub fn end(&mut self) -> Option<()> {
        let r = &mut self.reader;
        r.skip_space();
        (r.at == r.bytes.len()).then_some(())
    }

    fn enter(&mut self, open: u8) -> Option<()> {
        let r = &mut self.reader;
        r.skip_space();
        if r.peek()? != open || r.depth == MAX_DEPTH {
            return None;
        }
        r.depth += 1;
        r.at += 1;
        Some(())
    }

    /// At a member or item: consumes the closing mark (`true`) or, after the first, the comma.
    fn close(&mut self, mark: u8, first: bool) -> Option<bool> {
        let r = &mut self.reader;
        r.skip_space();
        let c = r.peek()?;
        if c == mark {
            r.at += 1;
            r.depth -= 1;
            return Some(true);
        }
        if !first {
            if c != b',' {
                return None;
            }
            r.at += 1;
        }
        Some(false)
    }

    /// A string without escapes is borrowed from the text: keys are compared, not kept.
    fn string_cow(&mut self) -> Option<Cow<'a, str>> {
        let r = &mut self.reader;
        let from = r.at + 1;
        let len = r.bytes.get(from..)?.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if r.bytes[from + len] == b'"' {
            r.at = from + len + 1;
            return Some(Cow::Borrowed(&r.text[from..from + len]));
        }
        r.string().ok().map(Cow::Owned)
    }
}

/// How deep arrays and objects may nest (serde_json's limit too).
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn error(&self, problem: Problem) -> ParseError {
        let upto = self.text.get(..self.at.min(self.text.len())).unwrap_or(self.text);
        let line = upto.matches('\n').count() + 1;
        let column = upto.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ParseError { problem, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Value, Problem> {
        self.skip_space();
        match self.peek().ok_or(Problem::UnexpectedEnd)? {
            b'{' => self.nested(Reader::object),
            b'[' => self.nested(Reader::array),
            b'"' => self.string().map(Value::String),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(Problem::Unexpected),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Value, Problem>) -> Result<Value, Problem> {
        if self.depth == MAX_DEPTH {
            return Err(Problem::TooDeep);
        }
        self.depth += 1;
        self.at += 1;
        let v = read(self);
        self.depth -= 1;
        v
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, Problem> {
        let end = self.at + word.len();
        match self.bytes.get(self.at..end) {
            Some(b) if b == word.as_bytes() => {
                self.at = end;
                Ok(value)
            }
            // Where the word goes wrong, or the end of the text.
            _ => {
                let same = self.bytes[self.at..].iter().zip(word.as_bytes()).take_while(|(a, b)| a == b).count();
                self.at += same;
                Err(if self.at == self.bytes.len() { Problem::UnexpectedEnd } else { Problem::Unexpected })
            }
        }
    }

    /// After the `[`.
    fn array(&mut self) -> Result<Value, Problem> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek().ok_or(Problem::UnexpectedEnd)? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(Problem::Unexpected),
            }
        }
    }

    /// After the `{`.
    fn object(&mut self) -> Result<Value, Problem> {
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(Object { members }));
        }
        loop {
            self.skip_space();
            match self.peek().ok_or(Problem::UnexpectedEnd)? {
                b'"' => {}
                _ => return Err(Problem::Unexpected),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek().ok_or(Problem::UnexpectedEnd)? {
                b':' => self.at += 1,
                _ => return Err(Problem::Unexpected),
            }
            members.push((Cow::Owned(key), self.value()?));
            self.skip_space();
            match self.peek().ok_or(Problem::UnexpectedEnd)? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Ok(Value::Object(Object { members }));
                }
                _ => return Err(Problem::Unexpected),
            }
        }
    }

    /// At the opening `"`; returns the unescaped text.
    fn string(&mut self) -> Result<String, Problem> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let run = self.bytes[self.at..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            let Some(len) = run else {
                self.at = self.bytes.len();
                return Err(Problem::UnexpectedEnd);
            };
            // The stops are ASCII, so both ends are on character boundaries.
            out.push_str(&self.text[self.at..self.at + len]);
            self.at += len;
            match self.bytes[self.at] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                _ => return Err(Problem::ControlCharacter),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Problem> {
        let c = self.peek().ok_or(Problem::UnexpectedEnd)?;
        self.at += 1;
        let ch = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xD800..=0xDBFF => {
                        if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                            return Err(if self.at >= self.bytes.len() { Problem::UnexpectedEnd } else { Problem::LoneSurrogate });
                        }
                        self.at += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(Problem::LoneSurrogate);
                        }
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        char::from_u32(code).ok_or(Problem::LoneSurrogate)?
                    }
                    0xDC00..=0xDFFF => return Err(Problem::LoneSurrogate),
                    _ => char::from_u32(first).ok_or(Problem::BadEscape)?,
                }
            }
            _ => {
                self.at -= 1;
                return Err(Problem::BadEscape);
            }
        };
        out.push(ch);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Problem> {
        let mut n = 0;
        for _ in 0..4 {
            let c = self.peek().ok_or(Problem::UnexpectedEnd)?;
            let d = (c as char).to_digit(16).ok_or(Problem::BadEscape)?;
            n = n * 16 + d;
            self.at += 1;
        }
        Ok(n)
    }

    fn number(&mut self) -> Result<Value, Problem> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            None => return Err(Problem::UnexpectedEnd),
            _ => return Err(Problem::BadNumber),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        let literal = &self.text[start..self.at];
        // "-0" stays as written: as an integer it would lose its sign.
        if integer && literal != "-0" {
            if let Ok(n) = literal.parse::<i64>() {
                return Ok(Value::Int(n));
            }
        }
        Ok(Value::Number(literal.into()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), Problem> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            None => Err(Problem::UnexpectedEnd),
            _ => Err(Problem::BadNumber),
        }
    }
}

/// `literal × 10^scale`, rounded half away from zero, saturating. `literal` is valid JSON
/// number syntax (the reader checked it, and `Value::decimal` writes it); a `Value::Number`
/// made by hand from other text gives a wrong number, never a panic.
fn scaled(literal: &str, scale: u32) -> i64 {
    let (negative, rest) = match literal.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, literal),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().unwrap_or(if rest[i + 1..].starts_with('-') { i64::MIN } else { i64::MAX })),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // value = digits × 10^point, leading zeros dropped.
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).filter(u8::is_ascii_digit).map(|b| b - b'0').skip_while(|&d| d == 0).collect();
    let point = exponent.saturating_sub(frac.len() as i64).saturating_add(i64::from(scale));
    // How many digits the result has before its decimal point.
    let whole = (digits.len() as i64).saturating_add(point);
    let n = if digits.is_empty() || whole < 0 {
        0
    } else if whole > 19 {
        i64::MAX
    } else {
        let mut n: i64 = 0;
        for i in 0..whole as usize {
            let d = digits.get(i).copied().unwrap_or(0);
            n = n.checked_mul(10).and_then(|n| n.checked_add(i64::from(d))).unwrap_or(i64::MAX);
        }
        if digits.get(whole as usize).is_some_and(|&d| d >= 5) {
            n = n.saturating_add(1);
        }
        n
    };
    if negative { n.saturating_neg() } else { n }
}

fn write_value(out: &mut String, value: &Value, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(n) => write_int(out, *n),
        Value::Number(text) => out.push_str(text),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent.map(|n| n + 1));
                write_value(out, item, indent.map(|n| n + 1));
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Object(object) => {
            if object.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            for (i, (key, item)) in object.members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent.map(|n| n + 1));
                write_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(out, item, indent.map(|n| n + 1));
            }
            newline(out, indent);
            out.push('}');
        }
    }
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        for _ in 0..n {
            out.push_str("  ");
        }
    }
}

fn write_int(out: &mut String, n: i64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    for &d in &digits[i..] {
        out.push(d as char);
    }
}

fn write_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Everything stopped at is ASCII, so `from..i` lies on character boundaries.
        out.push_str(&s[from..i]);
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        } else {
            out.push_str(escaped);
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_and_writes_it_back() {
        let text = r#"{"a":[1,-2,3.5,1e3,-0,true,false,null],"b":{"c":"d\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"},"e":[],"f":{}}"#;
        let v = parse(text).expect("valid");
        assert_eq!(v.get("a").and_then(Value::as_array).map(Vec::len), Some(8));
        assert_eq!(v.get("b").and_then(|b| b.get("c")).and_then(Value::as_str), Some("d\"\\/\u{8}\u{c}\n\r\té😀"));
        let back = to_string(&v);
        assert_eq!(parse(&back), Ok(v.clone()));
        assert!(back.contains(r#""d\"\\/\b\f\n\r\té😀""#), "{back}");
        assert!(back.contains("[1,-2,3.5,1e3,-0,true,false,null]"), "{back}");
    }

    #[test]
    fn pretty_layout_matches_serde_json() {
        let v = json!({"a": 1, "b": [true, null], "c": {}, "d": []});
        assert_eq!(to_string_pretty(&v), "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ],\n  \"c\": {},\n  \"d\": []\n}\n");
    }

    #[test]
    fn the_last_of_a_repeated_key_counts() {
        let mut v = parse(r#"{"k":1,"k":2}"#).expect("valid");
        assert_eq!(v.get("k"), Some(&Value::Int(2)));
        let o = v.as_object_mut().expect("object");
        assert_eq!(o.take("k"), Some(Value::Int(2)));
        o.insert("k", Value::Int(3));
        assert_eq!(o.get("k"), Some(&Value::Int(3)));
    }

    #[test]
    fn errors_say_what_and_where() {
        let e = |s: &str| parse(s).expect_err(s);
        assert_eq!(e("").problem, Problem::UnexpectedEnd);
        assert_eq!(e("{\"a\": [1, 2").problem, Problem::UnexpectedEnd);
        assert_eq!(e("{\"a\": tru").problem, Problem::UnexpectedEnd);
        assert_eq!(e("{\"a\": trux}").problem, Problem::Unexpected);
        assert_eq!(e("[01]").problem, Problem::Unexpected);
        assert_eq!(e("[1.]").problem, Problem::BadNumber);
        assert_eq!(e("[-]").problem, Problem::BadNumber);
        assert_eq!(e("\"\\x\"").problem, Problem::BadEscape);
        assert_eq!(e("\"\\ud800\"").problem, Problem::LoneSurrogate);
        assert_eq!(e("\"\\udc00\"").problem, Problem::LoneSurrogate);
        assert_eq!(e("\"a\nb\"").problem, Problem::ControlCharacter);
        assert_eq!(e("{} x").problem, Problem::TrailingCharacters);
        assert_eq!(e("{'a': 1}").problem, Problem::Unexpected);
        let deep = "[".repeat(200);
        assert_eq!(e(&deep).problem, Problem::TooDeep);
        assert!(parse(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_ok());
        let at = e("{\n  \"é\": x\n}");
        assert_eq!((at.line, at.column), (2, 8));
        assert_eq!(at.to_string(), "unexpected character at line 2 column 8");
    }

    #[test]
    fn numbers_keep_their_value() {
        assert_eq!(parse("9223372036854775807"), Ok(Value::Int(i64::MAX)));
        assert_eq!(parse("9223372036854775808"), Ok(Value::Number("9223372036854775808".into())));
        assert_eq!(parse("12").ok().and_then(|v| v.as_u64()), Some(12));
        assert_eq!(parse("-1").ok().and_then(|v| v.as_u64()), None);
        assert_eq!(parse("1.0").ok().and_then(|v| v.as_u64()), None);
        let s = |t: &str| parse(t).expect(t).as_scaled(3).expect(t);
        assert_eq!(s("0.734"), 734);
        assert_eq!(s("0.7345"), 735);
        assert_eq!(s("0.73449"), 734);
        assert_eq!(s("7.345e-1"), 735);
        assert_eq!(s("1"), 1000);
        assert_eq!(s("1E0"), 1000);
        assert_eq!(s("-0.5"), -500);
        assert_eq!(s("0.0004"), 0);
        assert_eq!(s("0.0005"), 1);
        assert_eq!(s("1e-400"), 0);
        assert_eq!(s("1e400"), i64::MAX);
        assert_eq!(s("-1e400"), -i64::MAX);
        assert_eq!(s("123456789012345678901234567890"), i64::MAX);
        assert_eq!(s("0.00000000000000000000000000001e30"), 10_000);
        for (units, text) in [(734, "0.734"), (700, "0.7"), (1000, "1.0"), (0, "0.0"), (5, "0.005"), (-25, "-0.025"), (12345, "12.345")] {
            let v = Value::decimal(units, 3);
            assert_eq!(v, Value::Number(text.into()));
            assert_eq!(parse(&to_string(&v)).ok().and_then(|v| v.as_scaled(3)), Some(units));
        }
    }

    #[test]
    fn control_characters_are_escaped_and_the_rest_is_not() {
        let s = "a\u{1}\u{1f}<\u{2028}>é\u{7f}";
        assert_eq!(to_string(&Value::from(s)), "\"a\\u0001\\u001f<\u{2028}>é\u{7f}\"");
        assert_eq!(parse(&to_string(&Value::from(s))), Ok(Value::from(s)));
    }

    #[test]
    fn the_macro_builds_what_it_says() {
        let name = String::from("Hegseth");
        let maybe: Option<&str> = None;
        let v = json!({
            "name": name.as_str(),
            "count": 3usize,
            "nested": {"list": [1u32, "two", null, [], {}], "none": maybe},
            "computed": if name.is_empty() { "empty" } else { "full" },
        });
        assert_eq!(
            to_string(&v),
            r#"{"name":"Hegseth","count":3,"nested":{"list":[1,"two",null,[],{}],"none":null},"computed":"full"}"#
        );
        assert_eq!(json!([]), Value::Array(Vec::new()));
        assert_eq!(json!({}), Value::Object(Object::new()));
    }
}
