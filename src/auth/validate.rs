//! Length and format rules for what people type: emails and names (display, workspace, token).
//! Every rule is cheap and runs before anything is hashed or stored; a refusal is
//! `BAD_USER_INPUT` with a message that says what to fix.

/// Longest email accepted (RFC 5321's path limit less the brackets).
pub const MAX_EMAIL_LEN: usize = 254;
/// Longest local part (before `@`) accepted.
pub const MAX_EMAIL_LOCAL_LEN: usize = 64;
/// Longest display, workspace or token name accepted, in characters.
pub const MAX_NAME_LEN: usize = 100;

/// What is wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error(
        "the email must be an address such as name@example.com, at most {MAX_EMAIL_LEN} characters, without spaces, quotes or angle brackets"
    )]
    /// Not an address this service accepts.
    Email,
    #[error("{0} must not be empty")]
    /// Empty after trimming; names what was empty.
    Empty(&'static str),
    #[error("{0} must be at most {MAX_NAME_LEN} characters")]
    /// Longer than [`MAX_NAME_LEN`]; names what was too long.
    TooLong(&'static str),
    #[error("{0} must not contain control or direction-override characters")]
    /// Holds control or bidirectional-override characters; names where.
    ControlCharacters(&'static str),
}

/// The email as stored and compared: trimmed and lower-cased, when it is a plausible address.
pub fn email(raw: &str) -> Result<String, InputError> {
    let email = raw.trim().to_lowercase();
    let Some((local, domain)) = email.split_once('@') else { return Err(InputError::Email) };
    let forbidden = |c: char| {
        c.is_whitespace() || c.is_control() || is_format_override(c) || "<>()[]\\,;:\"'`@".contains(c)
    };
    let domain_ok = domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..");
    let ok = email.len() <= MAX_EMAIL_LEN
        && !local.is_empty()
        && local.len() <= MAX_EMAIL_LOCAL_LEN
        && domain_ok
        && !local.chars().chain(domain.chars()).any(forbidden);
    if ok { Ok(email) } else { Err(InputError::Email) }
}

/// A required name (workspace, token), trimmed: not empty, at most [`MAX_NAME_LEN`] characters, no
/// control characters. `what` names it in the message ("a workspace name").
pub fn name<'a>(raw: &'a str, what: &'static str) -> Result<&'a str, InputError> {
    let name = optional_name(raw, what)?;
    if name.is_empty() { Err(InputError::Empty(what)) } else { Ok(name) }
}

/// Like [`name`], but an empty name is allowed (a display name defaults to the email's local part).
pub fn optional_name<'a>(raw: &'a str, what: &'static str) -> Result<&'a str, InputError> {
    let name = raw.trim();
    if name.chars().count() > MAX_NAME_LEN {
        return Err(InputError::TooLong(what));
    }
    if name.chars().any(|c| c.is_control() || is_format_override(c)) {
        return Err(InputError::ControlCharacters(what));
    }
    Ok(name)
}

/// Bidirectional overrides and isolates: they make a name display as something else.
fn is_format_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(email("  Ana@Example.COM ").unwrap(), "ana@example.com");
        assert_eq!(email("first.last+tag@sub.example.io").unwrap(), "first.last+tag@sub.example.io");
        for bad in [
            "not-an-email",
            "@x.io",
            "a@x",
            "a@.x.io",
            "a@x..io",
            "<script>@x.io",
            "a b@x.io",
            "a@b@x.io",
            "a\u{0}@x.io",
            "\"a\"@x.io",
        ] {
            assert_eq!(email(bad), Err(InputError::Email), "{bad:?}");
        }
        assert!(email(&format!("{}@x.io", "a".repeat(65))).is_err());
        assert!(email(&format!("a@{}.io", "b".repeat(260))).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(name("  Platform ", "a workspace name").unwrap(), "Platform");
        assert_eq!(name("   ", "a workspace name"), Err(InputError::Empty("a workspace name")));
        assert!(name(&"x".repeat(101), "a name").is_err());
        assert!(name(&"é".repeat(100), "a name").is_ok());
        assert!(name("a\nb", "a name").is_err());
        assert!(name("evil\u{202E}gnp.exe", "a name").is_err());
    }
}
