//! Copilot's signed `download_links` may point anywhere: only public https (or a listed host),
//! no user info, never the GitHub token, redirects checked hop by hop.

use ai_usage::providers::copilot::CopilotClient;
use ai_usage::providers::{EgressPolicy, ProviderConfig, ProviderError, Scope};

use super::port;
use crate::fake_vendor::{FakeVendor, Reply, fast_policy, fixture_json};

const TOKEN: &str = "ghp_download_test_token_0123456789";
const USERS: &str = "/orgs/acme/copilot/metrics/reports/users-1-day";

fn client(fake: &FakeVendor, allowed: &[&str]) -> CopilotClient {
    let mut config = ProviderConfig::new(&fake.base_url, TOKEN);
    config.scope = Some(Scope::Organization("acme".into()));
    config.retry = fast_policy();
    config.egress = EgressPolicy::allowing(allowed).unwrap();
    CopilotClient::new(config).expect("client builds")
}

fn links(urls: &[String]) -> Reply {
    let mut body = fixture_json("copilot_usage_report_links_1day.json");
    body["download_links"] = urls.iter().cloned().collect();
    Reply::json(body.to_string())
}

async fn fetch_with_link(api: &FakeVendor, allowed: &[&str], link: String) -> Result<(), ProviderError> {
    api.on(USERS, links(&[link]));
    let day = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    client(api, allowed).fetch_day(day).await.map(drop)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_links_to_private_or_plain_http_hosts_are_refused() {
    let api = FakeVendor::start().await;
    let other = FakeVendor::start().await; // listening, not listed
    other.on("/f", Reply::status(200, "\n"));
    let listed = format!("127.0.0.1:{}", port(&api));
    let (a, o) = (port(&api), port(&other));
    for link in [
        format!("https://localhost:{a}/f"), // resolves to loopback: the resolver refuses
        format!("http://127.0.0.1:{o}/f"),  // plain http to a host nobody listed
        format!("https://127.0.0.1:{o}/f"), // a private IP literal
        format!("https://[::1]:{o}/f"),     // IPv6 loopback
        format!("https://user:pw@127.0.0.1:{a}/f"), // user info
        "https://169.254.169.254/latest/meta-data".to_owned(),
    ] {
        let result = fetch_with_link(&api, &[&listed], link.clone()).await;
        assert!(matches!(result, Err(ProviderError::Egress(_))), "{link}: {result:?}");
    }
    assert!(other.requests().is_empty(), "{:?}", other.requests());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downloads_carry_no_credentials_and_redirects_are_checked() {
    let api = FakeVendor::start().await;
    let other = FakeVendor::start().await;
    other.on("/f", Reply::status(200, "\n"));
    let listed = format!("127.0.0.1:{}", port(&api));
    api.on("/dl/ok", Reply::status(200, "\n"));
    // Whatever the day's result (the teams report is not scripted), the download went out bare.
    let _ = fetch_with_link(&api, &[&listed], format!("{}/dl/ok", api.base_url)).await;
    let download = api.requests_to("/dl/ok");
    assert_eq!(download.len(), 1);
    assert_eq!(download[0].header("authorization"), None, "the GitHub token travelled to the link");
    assert!(api.requests_to(USERS)[0].header("authorization").is_some(), "the API call is authorised");

    // A listed link redirecting to a host nobody listed is refused at the redirect.
    api.on("/dl/hop", Reply::status(302, "").header("location", &format!("{}/f", other.base_url)));
    let result = fetch_with_link(&api, &[&listed], format!("{}/dl/hop", api.base_url)).await;
    assert!(matches!(result, Err(ProviderError::Egress(_))), "{result:?}");
    assert!(other.requests().is_empty(), "{:?}", other.requests());
}
