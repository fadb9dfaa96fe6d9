//! Where the server may send vendor requests (issue #10, SSRF).
//!
//! Rules:
//! - A vendor API root is either one of the vendors' own hosts over https on the default port
//!   (`api.anthropic.com`, `api.github.com`, GitHub data residency `api.<name>.ghe.com`,
//!   `api.cursor.com`) or a host the operator listed in `AI_USAGE_ALLOWED_VENDOR_HOSTS`
//!   (`host[:port]`; a listed host may also use plain http). Anything else is refused.
//! - Hosts are compared after parsing, exactly: no userinfo, no trailing dot, no suffix match.
//!   A listed entry without a port allows any port of that host; with a port, only that port.
//! - A Copilot signed download link must be https (http only for a listed host), carry no
//!   userinfo and, as an IP literal, be a public address unless listed.
//! - Every name the HTTP client resolves passes [`GuardedResolver`]: for hosts that are not
//!   listed, loopback, private, link-local, unspecified and other non-public results are dropped,
//!   so a vendor-looking name that resolves inward (or DNS rebinding) reaches nothing.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use reqwest::Url;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::redirect;

use crate::domain::Provider;

/// Why a URL may not be called.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EgressRefused(pub String);

/// One operator-listed host.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    /// As [`Url::host_str`] prints it: lower case, IPv6 in brackets.
    host: String,
    /// `None`: any port.
    port: Option<u16>,
}

/// The vendor hosts plus what the operator listed. Cheap to clone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EgressPolicy {
    listed: Arc<Vec<Listed>>,
}

impl EgressPolicy {
    /// Only the vendors' own hosts.
    pub fn vendors_only() -> Self {
        EgressPolicy::default()
    }

    /// Parses `AI_USAGE_ALLOWED_VENDOR_HOSTS`: comma-separated `host[:port]` entries.
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut listed = Vec::new();
        for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let url = Url::parse(&format!("http://{entry}/"))
                .map_err(|e| format!("allowed vendor host {entry:?}: {e}"))?;
            let plain = url.path() == "/" && url.query().is_none() && url.fragment().is_none();
            if !plain || !url.username().is_empty() || url.password().is_some() || entry.contains('/') {
                return Err(format!("allowed vendor host {entry:?}: give host or host:port only"));
            }
            let Some(host) = url.host_str() else {
                return Err(format!("allowed vendor host {entry:?} has no host"));
            };
            let has_port = entry.rsplit_once(':').is_some_and(|(_, p)| p.chars().all(|c| c.is_ascii_digit()))
                && !entry.ends_with(']');
            // `Url` drops a port that is the scheme's default (80), so read it back from the entry.
            let port = if has_port { Some(url.port().unwrap_or(80)) } else { None };
            listed.push(Listed { host: host.to_owned(), port });
        }
        Ok(EgressPolicy { listed: Arc::new(listed) })
    }

    /// The policy plus `host[:port]` entries (tests list their fakes this way).
    pub fn allowing(entries: &[&str]) -> Result<Self, String> {
        EgressPolicy::parse(&entries.join(","))
    }

    /// This policy and `other` together: what either allows. The engine uses it for one
    /// integration's explicit allowance (the built-in sample-data fakes), never process-wide.
    pub fn and(&self, other: &EgressPolicy) -> EgressPolicy {
        let mut listed = self.listed.as_ref().clone();
        listed.extend(other.listed.iter().cloned());
        EgressPolicy { listed: Arc::new(listed) }
    }

    /// Checks `provider`'s API root and returns it parsed. A listed host may use http or https;
    /// the vendor's own host only https on the default port.
    pub fn check_api(&self, provider: Provider, base_url: &str) -> Result<Url, EgressRefused> {
        let url = parse(base_url)?;
        if url.query().is_some() || url.fragment().is_some() {
            return Err(refused("a vendor API root may not have a query or fragment"));
        }
        let host = url.host_str().unwrap_or_default();
        if url.scheme() == "https" && url.port().is_none() && is_vendor_host(provider, host) {
            return Ok(url);
        }
        if self.is_listed(&url) {
            return Ok(url);
        }
        Err(refused(&format!(
            "vendor host {} is not allowed: the vendors' own hosts are, over https; an operator may \
             allow others with AI_USAGE_ALLOWED_VENDOR_HOSTS",
            host_and_port(&url)
        )))
    }

    /// Checks a signed download link (no credentials travel with it).
    pub fn check_download(&self, link: &Url) -> Result<(), EgressRefused> {
        let url = parse(link.as_str())?;
        let listed = self.is_listed(&url);
        if url.scheme() != "https" && !listed {
            return Err(refused("a download link must be https"));
        }
        // `Url` prints IPv4 literals canonically (`127.1` and `0x7f.1` become `127.0.0.1`).
        let host = url.host_str().unwrap_or_default();
        let literal = host.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>().ok();
        if let Some(ip) = literal
            && !listed
            && !is_public(ip)
        {
            return Err(refused("a download link may not point at a private or local address"));
        }
        Ok(())
    }

    fn is_listed(&self, url: &Url) -> bool {
        let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else { return false };
        self.listed.iter().any(|l| l.host == host && l.port.is_none_or(|p| p == port))
    }

    /// True when `name` is listed on some port: such names may resolve to any address.
    fn lists_name(&self, name: &str) -> bool {
        self.listed.iter().any(|l| l.host.trim_start_matches('[').trim_end_matches(']') == name)
    }

    /// The redirect policy of API requests: credentials never leave the first origin, so a
    /// redirect is followed only within it (at most 5 hops) and refused otherwise.
    pub fn api_redirects() -> redirect::Policy {
        redirect::Policy::custom(|attempt| {
            let same_origin =
                attempt.previous().first().is_some_and(|f| f.origin() == attempt.url().origin());
            if attempt.previous().len() > 5 {
                attempt.error(RedirectRefused("too many redirects"))
            } else if same_origin {
                attempt.follow()
            } else {
                attempt.error(RedirectRefused("the vendor redirected to another host; refused"))
            }
        })
    }

    /// The redirect policy of signed downloads: each hop must pass [`Self::check_download`].
    pub fn download_redirects(&self) -> redirect::Policy {
        let policy = self.clone();
        redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() > 5 {
                attempt.error(RedirectRefused("too many redirects"))
            } else if policy.check_download(attempt.url()).is_ok() {
                attempt.follow()
            } else {
                attempt.error(RedirectRefused("a download redirected to a forbidden address; refused"))
            }
        })
    }
}

/// A redirect this module refused; [`super::http`] turns it into [`super::ProviderError::Egress`].
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct RedirectRefused(pub &'static str);

/// The DNS resolver of every vendor client: the system resolver, minus non-public results for
/// names the operator did not list.
#[derive(Debug, Clone)]
pub struct GuardedResolver {
    policy: EgressPolicy,
}

impl GuardedResolver {
    /// A resolver that applies `policy`.
    pub fn new(policy: EgressPolicy) -> Self {
        GuardedResolver { policy }
    }
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let name = name.as_str().to_owned();
        let trusted = self.policy.lists_name(&name);
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((name.as_str(), 0)).await?.collect();
            let kept: Vec<SocketAddr> = found.into_iter().filter(|a| trusted || is_public(a.ip())).collect();
            if kept.is_empty() {
                let message = format!("{name} resolves to no public address; refused");
                return Err(Box::new(EgressRefused(message)) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

fn parse(text: &str) -> Result<Url, EgressRefused> {
    let url = Url::parse(text.trim()).map_err(|_| refused("not a valid URL"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(refused("only http(s) URLs with a host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refused("a vendor URL may not carry user info (`user@host`)"));
    }
    Ok(url)
}

fn refused(reason: &str) -> EgressRefused {
    EgressRefused(reason.to_owned())
}

fn host_and_port(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default();
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

/// The vendor's own API host: `api.anthropic.com`, `api.cursor.com`, or for Copilot
/// `api.github.com` and GitHub data residency's `api.<one label>.ghe.com`.
pub fn is_vendor_host(provider: Provider, host: &str) -> bool {
    match provider {
        Provider::ClaudeCode => return host == "api.anthropic.com",
        Provider::Cursor => return host == "api.cursor.com",
        Provider::Copilot if host == "api.github.com" => return true,
        Provider::Copilot => {}
    }
    let Some(tenant) = host.strip_prefix("api.").and_then(|h| h.strip_suffix(".ghe.com")) else {
        return false;
    };
    !tenant.is_empty()
        && tenant.len() <= 63
        && !tenant.starts_with('-')
        && !tenant.ends_with('-')
        && tenant.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for globally routable unicast addresses (what `IpAddr::is_global` will be once stable).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00 // unique local
        || (first & 0xffc0) == 0xfe80 // link local
        || (first & 0xffc0) == 0xfec0 // site local (deprecated)
        || first == 0x2001 && ip.segments()[1] == 0x0db8 // documentation
        || first == 0x0064 && ip.segments()[1] == 0xff9b // NAT64 (embeds an IPv4 address)
        || first == 0x2002 // 6to4 (embeds an IPv4 address)
        || ip.segments()[..6].iter().all(|s| *s == 0)) // IPv4-compatible, deprecated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_hosts_and_ghe_tenants_are_recognised() {
        let copilot = |h| is_vendor_host(Provider::Copilot, h);
        assert!(copilot("api.github.com"));
        assert!(copilot("api.octo-corp.ghe.com"));
        assert!(!copilot("api.a.b.ghe.com"));
        assert!(!copilot("api..ghe.com"));
        assert!(!copilot("api.github.com.evil.com"));
        assert!(!copilot("evilapi.github.com"));
        assert!(!is_vendor_host(Provider::ClaudeCode, "api.github.com"));
        assert!(is_vendor_host(Provider::ClaudeCode, "api.anthropic.com"));
        assert!(is_vendor_host(Provider::Cursor, "api.cursor.com"));
    }

    #[test]
    fn api_roots_match_the_parsed_host_exactly() {
        let policy = EgressPolicy::parse("127.0.0.1:8080").unwrap();
        let ok = |u: &str| policy.check_api(Provider::Copilot, u).is_ok();
        assert!(ok("https://api.github.com"));
        assert!(ok("https://API.GitHub.COM/")); // the same host, in other letters
        assert!(ok("https://api.github.com:443"));
        assert!(ok("https://api.acme.ghe.com"));
        assert!(ok("http://127.0.0.1:8080/prefix"));
        for bad in [
            "http://api.github.com",
            "https://api.github.com.",
            "https://api.github.com:8443",
            "https://api.github.com@evil.com",
            "https://user:pw@api.github.com",
            "https://api.github.com.evil.com",
            "https://evil.com/?u=https://api.github.com",
            "https://api.github.com/#x",
            "https://api.github.com/?x=1",
            "http://127.0.0.1:8081",
            "http://127.0.0.1",
            "http://localhost:8080",
            "http://[::1]:8080",
            "http://[::ffff:127.0.0.1]:8080",
            "http://2130706433:8081",
            "http://10.0.0.1",
            "http://169.254.169.254/latest/meta-data#",
            "file:///etc/passwd",
            "gopher://127.0.0.1:8080",
        ] {
            assert!(!ok(bad), "{bad} must be refused");
        }
        // `127.1` and `2130706433` are 127.0.0.1 written differently: the listed host.
        assert!(ok("http://127.1:8080"));
        assert!(ok("http://2130706433:8080"));
    }

    #[test]
    fn download_links_must_be_public_https() {
        let policy = EgressPolicy::parse("127.0.0.1:8080").unwrap();
        let ok = |u: &str| policy.check_download(&Url::parse(u).unwrap()).is_ok();
        assert!(ok("https://objects.example.com/report.json?sig=abc"));
        assert!(ok("http://127.0.0.1:8080/file"));
        for bad in [
            "http://objects.example.com/report.json",
            "https://u:p@objects.example.com/x",
            "https://127.0.0.1:9/x",
            "https://[::1]/x",
            "https://10.0.0.8/x",
            "https://169.254.169.254/x",
            "https://[fd00::1]/x",
            "ftp://objects.example.com/x",
        ] {
            assert!(!ok(bad), "{bad} must be refused");
        }
    }

    #[test]
    fn non_public_addresses_are_recognised() {
        for ip in
            ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1"]
        {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1"]
        {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        assert!(is_public("140.82.112.5".parse().unwrap()));
        assert!(is_public("2606:4700::1111".parse().unwrap()));
    }

    #[test]
    fn listed_entries_parse_with_and_without_ports() {
        let policy = EgressPolicy::parse("127.0.0.1:8080, Proxy.Example , [::1]:9000,host:80").unwrap();
        let l = |h: &str, p: Option<u16>| Listed { host: h.to_owned(), port: p };
        assert_eq!(
            *policy.listed,
            vec![
                l("127.0.0.1", Some(8080)),
                l("proxy.example", None),
                l("[::1]", Some(9000)),
                l("host", Some(80))
            ]
        );
        assert!(EgressPolicy::parse("http://x").is_err());
        assert!(EgressPolicy::parse("a@b").is_err());
        assert!(EgressPolicy::parse("x/path").is_err());
    }
}
