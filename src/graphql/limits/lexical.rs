//! A bounded look at a document's raw text, before async-graphql's parser sees it.
//!
//! The parser recurses once per nested list, object, selection set or argument list, and it has
//! no guard for values: a 3 KB body of `[[[…]]]` overflows a worker's stack and aborts the whole
//! process. This scan is one pass over the bytes with no recursion and no allocation; it skips
//! strings, block strings and comments (a `[` inside them is text, not nesting) and refuses a
//! document that is too large, nests `{ [ (` too deeply, or holds too many tokens. What it lets
//! through is small enough for the parser to handle quickly and without a deep stack.

/// Why a document was refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexicalError {
    Size { bytes: usize, max: usize },
    Nesting { max: usize },
    Tokens { max: usize },
}

impl LexicalError {
    pub fn message(&self) -> String {
        match self {
            LexicalError::Size { bytes, max } => {
                format!("the document is {bytes} bytes; at most {max} are accepted")
            }
            LexicalError::Nesting { max } => {
                format!("the document nests brackets more than {max} deep")
            }
            LexicalError::Tokens { max } => {
                format!("the document has more than {max} tokens")
            }
        }
    }
}

/// The bounds a document's text must respect.
#[derive(Debug, Clone, Copy)]
pub struct LexicalLimits {
    pub max_bytes: usize,
    /// `{`, `[` and `(` open at once, all kinds together.
    pub max_nesting: usize,
    pub max_tokens: usize,
}

/// Scans `text` once; `Ok` when it respects `limits`. Malformed text (an unclosed string, a stray
/// `]`) is left to the parser, which reports it with a position.
pub fn scan(text: &str, limits: &LexicalLimits) -> Result<(), LexicalError> {
    let bytes = text.as_bytes();
    if bytes.len() > limits.max_bytes {
        return Err(LexicalError::Size { bytes: bytes.len(), max: limits.max_bytes });
    }
    let mut depth = 0usize;
    let mut tokens = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => {
                i += 1;
                continue;
            }
            b'#' => {
                i = skip_comment(bytes, i);
                continue;
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => i = skip_block_string(bytes, i + 3),
            b'"' => i = skip_string(bytes, i + 1),
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > limits.max_nesting {
                    return Err(LexicalError::Nesting { max: limits.max_nesting });
                }
                i += 1;
            }
            b'}' | b']' | b')' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' => {
                while i < bytes.len() && is_word(bytes[i]) {
                    i += 1;
                }
            }
            // `...` is one token; every other byte (punctuators, stray characters) is one.
            b'.' if bytes[i..].starts_with(b"...") => i += 3,
            _ => i += 1,
        }
        tokens += 1;
        if tokens > limits.max_tokens {
            return Err(LexicalError::Tokens { max: limits.max_tokens });
        }
    }
    Ok(())
}

/// What continues a name or number (`-1.5e+3` is one token).
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'.')
}

fn skip_comment(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
        i += 1;
    }
    i
}

/// From just after the opening quote to just after the closing one (or the end of a line, where
/// the string is malformed anyway).
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            b'\n' | b'\r' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// From just after the opening `"""` to just after the closing one; `\"""` does not close it.
fn skip_block_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        if bytes[i..].starts_with(b"\\\"\"\"") {
            i += 4;
        } else if bytes[i..].starts_with(b"\"\"\"") {
            return i + 3;
        } else {
            i += 1;
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: LexicalLimits = LexicalLimits { max_bytes: 1_000, max_nesting: 4, max_tokens: 30 };

    #[test]
    fn counts_brackets_of_every_kind_together() {
        assert!(scan("{ a(x: [1]) }", &LIMITS).is_ok());
        assert_eq!(scan("{ a(x: [{y: 1}]) }", &LIMITS), Ok(()));
        assert_eq!(scan("{ a(x: [{y: [1]}]) }", &LIMITS), Err(LexicalError::Nesting { max: 4 }));
        assert_eq!(scan("{{{{{", &LIMITS), Err(LexicalError::Nesting { max: 4 }));
    }

    #[test]
    fn brackets_in_strings_and_comments_are_text() {
        assert_eq!(scan(r#"{ a(x: "[[[[[[\"[[[[") }"#, &LIMITS), Ok(()));
        assert_eq!(scan("{ a(x: \"\"\"[[[[[[ \\\"\"\" [[[[[ \"\"\") }", &LIMITS), Ok(()));
        assert_eq!(scan("# [[[[[[[[\n{ a }", &LIMITS), Ok(()));
    }

    #[test]
    fn bounds_size_and_tokens() {
        let long = "a ".repeat(600);
        assert_eq!(scan(&long, &LIMITS), Err(LexicalError::Size { bytes: 1_200, max: 1_000 }));
        let many = "{ ".to_owned() + &"a ".repeat(40) + "}";
        assert_eq!(scan(&many, &LIMITS), Err(LexicalError::Tokens { max: 30 }));
        assert_eq!(scan("{ a(x: -1.5e3, y: \"s\") ...F }", &LIMITS), Ok(()));
    }
}
