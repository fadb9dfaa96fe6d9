//! Reading vendor answers: response headers (`Link`, `retry-after`) and the human text of an
//! error body.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// A header's value, when it is present and text.
pub(super) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The `rel="next"` URL of a `Link` header such as
/// `<https://api.github.com/…?page=2>; rel="next", <…?page=5>; rel="last"`.
pub(super) fn next_link(value: &str) -> Option<String> {
    value.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        let is_next = params.split(';').any(|p| {
            let p = p.trim();
            p.eq_ignore_ascii_case(r#"rel="next""#) || p.eq_ignore_ascii_case("rel=next")
        });
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        is_next.then(|| target.to_owned())
    })
}

/// `retry-after` as delay-seconds or an HTTP date.
pub(super) fn parse_retry_after(value: &str, now: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    Some((at.to_utc() - now).to_std().unwrap_or(Duration::ZERO))
}

/// The human text of a vendor error body. Accepts Anthropic's `{error:{type,message}}`, GitHub's
/// `{message}`, and Cursor's four shapes (`{error,message}`, `{code,message}`, `{error}`,
/// `{outcome,message}`); anything else is kept as raw text (callers bound it with [`excerpt`](crate::providers::excerpt::excerpt)).
pub fn vendor_message(status: StatusCode, body: &str) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    let from_json = parsed.as_ref().and_then(|v| {
        let text = |v: Option<&serde_json::Value>| v.and_then(|m| m.as_str()).map(str::to_owned);
        text(v.pointer("/error/message")).or_else(|| text(v.get("message"))).or_else(|| text(v.get("error")))
    });
    match from_json {
        Some(message) => message,
        None if body.trim().is_empty() => status.canonical_reason().unwrap_or("no message").to_owned(),
        None => body.trim().chars().take(4096).collect(),
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z").map(|d| d.to_utc()).ok();
        let now = now.expect("fixed timestamp parses");
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now), Some(Duration::from_secs(30)));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn next_link_reads_githubs_link_header() {
        let header = r#"<https://api.github.com/x?page=2&per_page=100>; rel="next", <https://api.github.com/x?page=5&per_page=100>; rel="last""#;
        assert_eq!(next_link(header).as_deref(), Some("https://api.github.com/x?page=2&per_page=100"));
        let last_page = r#"<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first""#;
        assert_eq!(next_link(last_page), None);
        assert_eq!(next_link("garbage"), None);
    }

    #[test]
    fn vendor_message_reads_every_documented_shape() {
        let s = StatusCode::BAD_REQUEST;
        let anthropic = r#"{"type":"error","error":{"type":"not_found_error","message":"gone"}}"#;
        assert_eq!(vendor_message(s, anthropic), "gone");
        assert_eq!(vendor_message(s, r#"{"error":"Bad","message":"m1"}"#), "m1");
        assert_eq!(vendor_message(s, r#"{"code":"error","message":"m2"}"#), "m2");
        assert_eq!(vendor_message(s, r#"{"error":"only error"}"#), "only error");
        assert_eq!(vendor_message(s, r#"{"outcome":"error","message":"m4"}"#), "m4");
        assert_eq!(vendor_message(s, "<xml>nope</xml>"), "<xml>nope</xml>");
        assert_eq!(vendor_message(s, ""), "Bad Request");
    }
}
