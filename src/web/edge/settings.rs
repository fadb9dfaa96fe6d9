//! The operator's description of the service's public edge: its public URL, the other origins
//! allowed to send cookie-authenticated requests, and the proxies whose forwarding headers count.
//! Parsed once at start-up; a malformed value stops the service with a message saying which.

use std::net::IpAddr;

/// `AI_USAGE_PUBLIC_URL`, `AI_USAGE_ALLOWED_ORIGINS` and `AI_USAGE_TRUSTED_PROXIES`, parsed.
#[derive(Debug, Clone, Default)]
pub struct EdgeSettings {
    /// Where users reach the service, when the operator said so.
    pub public_url: Option<PublicUrl>,
    /// Origins (`scheme://host[:port]`, lower case) besides the service's own that may send
    /// cookie-authenticated requests, e.g. the UI's development server.
    pub allowed_origins: Vec<String>,
    /// Peers whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed.
    pub trusted_proxies: Vec<IpNet>,
}

/// The public scheme, host and path of the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl {
    /// `scheme://host[:port]`, lower case, as browsers send it in `Origin`.
    pub origin: String,
    /// The origin plus the path prefix, without a trailing slash: absolute links start with it.
    pub base: String,
    /// Served over https: the session cookie gets `Secure`.
    pub https: bool,
}

impl EdgeSettings {
    /// Parses the three settings (each optional; lists are comma-separated).
    pub fn parse(
        public_url: Option<&str>,
        allowed_origins: Option<&str>,
        trusted_proxies: Option<&str>,
    ) -> Result<Self, String> {
        let public_url = public_url
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| PublicUrl::parse(v).map_err(|e| format!("AI_USAGE_PUBLIC_URL {v:?}: {e}")))
            .transpose()?;
        let allowed_origins = list(allowed_origins)
            .map(|v| {
                PublicUrl::parse(v)
                    .map(|url| url.origin)
                    .map_err(|e| format!("AI_USAGE_ALLOWED_ORIGINS entry {v:?}: {e}"))
            })
            .collect::<Result<_, _>>()?;
        let trusted_proxies = list(trusted_proxies)
            .map(|v| {
                IpNet::parse(v)
                    .ok_or_else(|| format!("AI_USAGE_TRUSTED_PROXIES entry {v:?}: not an IP or CIDR"))
            })
            .collect::<Result<_, _>>()?;
        Ok(EdgeSettings { public_url, allowed_origins, trusted_proxies })
    }

    /// Whether `ip` is one of the trusted proxies.
    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.trusted_proxies.iter().any(|net| net.contains(ip))
    }
}

fn list(value: Option<&str>) -> impl Iterator<Item = &str> {
    value.unwrap_or_default().split(',').map(str::trim).filter(|v| !v.is_empty())
}

impl PublicUrl {
    /// `http(s)://host[:port][/path]`; no user info, query or fragment.
    pub fn parse(value: &str) -> Result<Self, &'static str> {
        let (scheme, rest) = value.split_once("://").ok_or("needs http:// or https://")?;
        let scheme = scheme.to_ascii_lowercase();
        let https = match scheme.as_str() {
            "https" => true,
            "http" => false,
            _ => return Err("needs http:// or https://"),
        };
        if rest.contains(['?', '#', '@']) {
            return Err("no user info, query or fragment");
        }
        let (authority, path) = match rest.find('/') {
            Some(slash) => (&rest[..slash], &rest[slash..]),
            None => (rest, ""),
        };
        if authority.is_empty() || authority.contains(char::is_whitespace) {
            return Err("needs a host");
        }
        let authority = authority.to_ascii_lowercase();
        let default_port = if https { ":443" } else { ":80" };
        let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
        let origin = format!("{scheme}://{authority}");
        let base = format!("{origin}{}", path.trim_end_matches('/'));
        Ok(PublicUrl { origin, base, https })
    }
}

/// An address block: an IP with a prefix length (a bare IP is a block of one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    addr: IpAddr,
    prefix: u8,
}

impl IpNet {
    /// `10.0.0.0/8`, `::1`, `fd00::/8`, `192.0.2.7`.
    pub fn parse(value: &str) -> Option<Self> {
        let (addr, prefix) = match value.split_once('/') {
            Some((addr, prefix)) => {
                (addr.trim().parse::<IpAddr>().ok()?, Some(prefix.trim().parse::<u8>().ok()?))
            }
            None => (value.trim().parse::<IpAddr>().ok()?, None),
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(IpNet { addr, prefix })
    }

    /// Whether `ip` lies in the block (IPv4-mapped IPv6 addresses count as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                prefix_eq(u128::from(net.to_bits()), u128::from(ip.to_bits()), 32, self.prefix)
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => prefix_eq(net.to_bits(), ip.to_bits(), 128, self.prefix),
            _ => false,
        }
    }
}

fn prefix_eq(a: u128, b: u128, width: u8, prefix: u8) -> bool {
    let shift = u32::from(width - prefix);
    shift >= 128 || (a >> shift) == (b >> shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_url_parts() {
        let url = PublicUrl::parse("HTTPS://Usage.Example.com:443/ai/").unwrap();
        assert_eq!(url.origin, "https://usage.example.com");
        assert_eq!(url.base, "https://usage.example.com/ai");
        assert!(url.https);
        assert!(PublicUrl::parse("ftp://x").is_err());
        assert!(PublicUrl::parse("https://u:p@x").is_err());
    }

    #[test]
    fn cidr_blocks() {
        let net = IpNet::parse("10.0.0.0/8").unwrap();
        assert!(net.contains("10.1.2.3".parse().unwrap()));
        assert!(net.contains("::ffff:10.1.2.3".parse().unwrap()));
        assert!(!net.contains("11.0.0.1".parse().unwrap()));
        assert!(IpNet::parse("0.0.0.0/0").unwrap().contains("8.8.8.8".parse().unwrap()));
        assert!(IpNet::parse("::1").unwrap().contains("::1".parse().unwrap()));
        assert!(IpNet::parse("1.2.3.4/33").is_none());
        assert!(IpNet::parse("fd00::/8").unwrap().contains("fd12::1".parse().unwrap()));
    }
}
