//! The public page of a card: static HTML with the card's image and the OpenGraph and Twitter
//! tags that make LinkedIn (and others) show it as a large image. Built from the snapshot only;
//! every piece of text is escaped. It shows nothing of the workspace but what the card shows
//! (a TEAM card's title names its team), and runs no script: its policy allows only its own
//! stylesheet (by hash) and images from the service.

use std::sync::OnceLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

use super::card_svg::{HEIGHT, WIDTH, escape};
use super::links::CardLinks;
use super::snapshot::Snapshot;

/// The page's only style, inline and allowed by its hash in [`content_security_policy`].
const STYLE: &str = "body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;\
justify-content:center;background:#0f172a;color:#e2e8f0;font-family:system-ui,sans-serif}\
img{max-width:min(96vw,1200px);height:auto;border-radius:12px;box-shadow:0 8px 32px #0008}\
p{margin:16px;font-size:14px;color:#94a3b8}";

/// The page's Content-Security-Policy: nothing runs; the style by hash, images from the service.
pub fn content_security_policy() -> &'static str {
    static POLICY: OnceLock<String> = OnceLock::new();
    POLICY.get_or_init(|| {
        let hash = STANDARD.encode(Sha256::digest(STYLE.as_bytes()));
        format!(
            "default-src 'none'; img-src 'self'; style-src 'sha256-{hash}'; base-uri 'none'; \
             form-action 'none'; frame-ancestors 'none'"
        )
    })
}

/// The page of the card at `links` showing `snapshot`.
pub fn html(snapshot: &Snapshot, links: &CardLinks) -> String {
    let title = escape(&snapshot.title);
    let description = escape(&description(snapshot));
    let page = escape(&links.page);
    let image = escape(&links.image);
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<meta name="description" content="{description}">
<meta property="og:type" content="website">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{page}">
<meta property="og:image" content="{image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="{WIDTH}">
<meta property="og:image:height" content="{HEIGHT}">
<meta property="og:image:alt" content="{description}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{title}">
<meta name="twitter:description" content="{description}">
<meta name="twitter:image" content="{image}">
<style>{STYLE}</style>
</head>
<body>
<img src="{image}" width="{WIDTH}" height="{HEIGHT}" alt="{description}">
<p>{title} · {period}</p>
</body>
</html>
"#,
        period = escape(&snapshot.period_label()),
    )
}

/// One line of the frozen figures: `12 active days · 4 day streak · 1 Mar – 31 Mar 2026`.
pub fn description(snapshot: &Snapshot) -> String {
    let mut parts: Vec<String> =
        snapshot.figures.iter().map(|f| format!("{} {}", f.text, f.figure.label())).collect();
    parts.push(snapshot.period_label());
    parts.join(" · ")
}
