//! Cross-site request forgery: a browser attaches the session cookie to requests any site makes,
//! so a cookie alone must not authorise a state change. The rules:
//!
//! - A request with an `Authorization` header is authenticated by it, never by the cookie (see
//!   `auth::caller::token_from_headers`): it cannot be forged cross-site and needs no `Origin`.
//! - A request that carries the session cookie and uses an unsafe method (anything but GET, HEAD,
//!   OPTIONS), or upgrades to a WebSocket, must come with an `Origin` that is the service's own
//!   (its public URL, or the `Host` it was reached at) or one the operator allowed. Otherwise 403.
//! - A GET that carries the session cookie and holds a mutation is refused (405, `Allow: POST`):
//!   links and images are GETs any page can make.

use axum::http::header::{AUTHORIZATION, COOKIE, HOST, ORIGIN, UPGRADE};
use axum::http::{HeaderMap, Method, Uri};

use super::EdgeSettings;
use crate::auth::caller::SESSION_COOKIE;

/// Why a request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Cookie-authenticated, unsafe, and not from an allowed origin.
    CrossOrigin,
    /// A cookie-authenticated mutation sent over GET.
    MutationOverGet,
}

/// Applies the rules above.
pub fn check(
    settings: &EdgeSettings,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<(), Refusal> {
    if headers.contains_key(AUTHORIZATION) || !has_session_cookie(headers) {
        return Ok(());
    }
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if safe && !headers.contains_key(UPGRADE) {
        if *method == Method::GET && uri.query().is_some_and(query_holds_mutation) {
            return Err(Refusal::MutationOverGet);
        }
        return Ok(());
    }
    match headers.get(ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) if origin_allowed(settings, headers, origin) => Ok(()),
        _ => Err(Refusal::CrossOrigin),
    }
}

fn has_session_cookie(headers: &HeaderMap) -> bool {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, _)| name == SESSION_COOKIE)
}

fn origin_allowed(settings: &EdgeSettings, headers: &HeaderMap, origin: &str) -> bool {
    let origin = origin.trim().to_ascii_lowercase();
    if settings.public_url.as_ref().is_some_and(|url| url.origin == origin)
        || settings.allowed_origins.contains(&origin)
    {
        return true;
    }
    // Same origin as the address the request was sent to: the `Host` the browser put on it. The
    // scheme is not compared: behind a TLS-terminating proxy nobody told us about, the page is
    // https while this hop is http, and a page on the same host is the service itself.
    let Some(host) = headers.get(HOST).and_then(|v| v.to_str().ok()) else { return false };
    let Some((scheme, authority)) = origin.split_once("://") else { return false };
    let default_port = match scheme {
        "https" => ":443",
        "http" => ":80",
        _ => return false,
    };
    let host = host.trim().to_ascii_lowercase();
    let host = host.strip_suffix(default_port).unwrap_or(&host);
    authority == host
}

/// Whether a GET query string's `query` parameter holds a mutation operation. A lexical scan, not
/// a parse (parsing is where hostile documents do their damage): the word `mutation` outside any
/// brackets, string or comment starts a mutation. It errs on the side of refusing.
fn query_holds_mutation(query_string: &str) -> bool {
    query_string
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(name, _)| *name == "query")
        .any(|(_, value)| document_holds_mutation(&percent_decode(value)))
}

fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn document_holds_mutation(document: &str) -> bool {
    let mut depth = 0usize;
    let mut chars = document.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '#' => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' || c == '\r' {
                        break;
                    }
                }
            }
            '"' => {
                let block = document[at..].starts_with("\"\"\"");
                if block {
                    chars.next();
                    chars.next();
                    match document[at + 3..].find("\"\"\"") {
                        Some(end) => {
                            let stop = at + 3 + end + 3;
                            while chars.peek().is_some_and(|(i, _)| *i < stop) {
                                chars.next();
                            }
                        }
                        None => return false,
                    }
                } else {
                    while let Some((_, c)) = chars.next() {
                        match c {
                            '\\' => {
                                chars.next();
                            }
                            '"' | '\n' => break,
                            _ => {}
                        }
                    }
                }
            }
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth = depth.saturating_sub(1),
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut end = at + c.len_utf8();
                while let Some((i, c)) = chars.peek().copied() {
                    if c.is_ascii_alphanumeric() || c == '_' {
                        end = i + 1;
                        chars.next();
                    } else {
                        break;
                    }
                }
                let preceded_by_dollar = document[..at].ends_with('$');
                if depth == 0 && !preceded_by_dollar && &document[at..end] == "mutation" {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_mutations_lexically() {
        assert!(document_holds_mutation("mutation { logOut }"));
        assert!(document_holds_mutation("query A { health } mutation B { logOut }"));
        assert!(!document_holds_mutation("{ health }"));
        assert!(!document_holds_mutation("query($mutation: Int) { a(x: \"mutation\") { mutation } }"));
        assert!(!document_holds_mutation("# mutation\n{ health }"));
        assert!(!document_holds_mutation("{ a(x: \"\"\"\nmutation\n\"\"\") }"));
        assert!(query_holds_mutation("query=mutation%20%7B%20logOut%20%7D"));
        assert!(query_holds_mutation("x=1&query=mutation+%7B+logOut+%7D"));
        assert!(!query_holds_mutation("query=%7B+health+%7D"));
    }
}
