//! The HTTP edge: one middleware in front of every route that works out who is really asking
//! (the client address and scheme behind trusted proxies), refuses forged cross-site requests,
//! and puts the security headers on the answer.

mod csrf;
mod headers;
mod settings;

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

pub use headers::GRAPHIQL_CSP;
pub use settings::{EdgeSettings, IpNet, PublicUrl};

use super::AppState;

/// What the edge learnt about a request, for the handlers behind it (a request extension).
#[derive(Debug, Clone, Copy)]
pub struct RequestEdge {
    /// The client's address: the peer, or behind trusted proxies the right-most untrusted
    /// address of `X-Forwarded-For`.
    pub client_ip: IpAddr,
    /// Whether the client reached the service over https (the public URL's scheme, or a trusted
    /// proxy's `X-Forwarded-Proto`).
    pub https: bool,
}

/// The middleware: see the module comment.
pub async fn guard(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut request: Request,
    next: Next,
) -> Response {
    let settings = &state.edge;
    let edge = RequestEdge {
        client_ip: client_ip(settings, peer.ip(), request.headers()),
        https: forwarded_https(settings, peer.ip(), request.headers())
            .unwrap_or_else(|| settings.public_url.as_ref().is_some_and(|url| url.https)),
    };
    if csrf::check(settings, request.method(), request.headers()).is_err() {
        return cross_origin_refused();
    }
    request.extensions_mut().insert(edge);
    let mut response = next.run(request).await;
    headers::secure(response.headers_mut());
    response
}

/// The client address per the rules on [`RequestEdge::client_ip`]. Walks `X-Forwarded-For` from
/// the right while the hop that appended an entry is trusted; an entry that is not an address
/// ends the walk at the last trusted hop.
fn client_ip(settings: &EdgeSettings, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if !settings.trusts(peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else { break };
        client = ip;
        if !settings.trusts(ip) {
            break;
        }
    }
    client
}

/// A trusted proxy's `X-Forwarded-Proto` (its right-most value): `Some(true)` for https.
fn forwarded_https(settings: &EdgeSettings, peer: IpAddr, headers: &HeaderMap) -> Option<bool> {
    if !settings.trusts(peer) {
        return None;
    }
    let value = headers.get("x-forwarded-proto")?.to_str().ok()?;
    let proto = value.rsplit(',').next()?.trim();
    Some(proto.eq_ignore_ascii_case("https"))
}

/// A GraphQL-shaped error body with `extensions.code`, as every error of the API has.
fn cross_origin_refused() -> Response {
    let body = serde_json::json!({ "errors": [{
        "message": "a request authenticated by the session cookie must come from this service's own origin",
        "extensions": { "code": crate::graphql::ApiError::Forbidden.code() },
    }] });
    let mut response = (StatusCode::FORBIDDEN, axum::Json(body)).into_response();
    headers::secure(response.headers_mut());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(proxies: &str) -> EdgeSettings {
        EdgeSettings::parse(None, None, Some(proxies)).unwrap()
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", value.parse().unwrap());
        headers
    }

    #[test]
    fn forwarded_for_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let stranger: IpAddr = "203.0.113.9".parse().unwrap();
        let s = settings("10.0.0.0/8");
        assert_eq!(
            client_ip(&s, proxy, &forwarded("198.51.100.1")),
            "198.51.100.1".parse::<IpAddr>().unwrap()
        );
        // The client's own claim sits left of what the proxy appended: right-most untrusted wins.
        assert_eq!(
            client_ip(&s, proxy, &forwarded("1.1.1.1, 198.51.100.1, 10.0.0.2")),
            "198.51.100.1".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_ip(&s, stranger, &forwarded("1.1.1.1")), stranger);
        assert_eq!(client_ip(&s, proxy, &forwarded("garbage")), proxy);
        assert_eq!(client_ip(&s, proxy, &HeaderMap::new()), proxy);
    }
}
