//! The addresses of a card and what is posted with it. Every address is absolute and starts at
//! the operator's public URL (`AI_USAGE_PUBLIC_URL`), never at a request's `Host`: a crawler
//! fetching `og:image` must reach this service, and a forged `Host` must not redirect it.

use super::snapshot::Snapshot;

/// A card's public addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardLinks {
    /// The page: `{base}/s/{token}`.
    pub page: String,
    /// The PNG: `{base}/s/{token}/card.png`.
    pub image: String,
    /// The PNG as a download: `…/card.png?download=1`.
    pub download: String,
}

impl CardLinks {
    /// The addresses of the card with `token`, under `base` (no trailing slash).
    pub fn new(base: &str, token: &str) -> CardLinks {
        let page = format!("{base}/s/{token}");
        let image = format!("{page}/card.png");
        let download = format!("{image}?download=1");
        CardLinks { page, image, download }
    }

    /// LinkedIn's share dialog for the page.
    pub fn linkedin(&self) -> String {
        let query = serde_urlencoded::to_string([("url", self.page.as_str())]).unwrap_or_default();
        format!("https://www.linkedin.com/sharing/share-offsite/?{query}")
    }
}

/// A suggested post: the frozen figures in one sentence, then the page's address.
pub fn post_text(snapshot: &Snapshot, page: &str) -> String {
    let figures: Vec<String> = snapshot
        .figures
        .iter()
        .filter(|f| f.value.is_some() || f.tool.is_some())
        .map(|f| format!("{} {}", f.text, f.figure.label()))
        .collect();
    let period = snapshot.period_label();
    if figures.is_empty() {
        return format!("{}: my AI coding, {period}. {page}", snapshot.title);
    }
    format!("{} — {period}: {}. {page}", snapshot.title, figures.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_start_at_the_public_url_and_linkedin_gets_it_encoded() {
        let links = CardLinks::new("https://usage.example.com/ai", "abc_-1");
        assert_eq!(links.page, "https://usage.example.com/ai/s/abc_-1");
        assert_eq!(links.image, "https://usage.example.com/ai/s/abc_-1/card.png");
        assert_eq!(links.download, "https://usage.example.com/ai/s/abc_-1/card.png?download=1");
        assert_eq!(
            links.linkedin(),
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fusage.example.com%2Fai%2Fs%2Fabc_-1"
        );
    }
}
