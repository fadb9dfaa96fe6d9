//! Who may download which file, refusals as status codes, the download headers and the BOM.

use serde_json::Value;

use super::{RANGE, Table, World};

async fn who_may_download_what(backend: &str) {
    let w = World::new(backend).await;
    let ws = w.ws;
    for file in ["usage.csv", "people.csv", "daily.csv"] {
        // Anonymous: 401 before any parameter is looked at, even garbage.
        for query in [format!("workspace={ws}"), "%%%&&=x&frm=no".to_owned()] {
            let response = w.get(None, &format!("/export/{file}?{query}")).await;
            assert_eq!(response.status(), 401, "{file}?{query}");
        }
        let response = w.get(Some(&w.outsider), &format!("/export/{file}?workspace={ws}")).await;
        assert_eq!(response.status(), 403, "{file}: another workspace's");
        let response =
            w.get(Some(&w.owner), &format!("/export/{file}?workspace={ws}&granularity=HOUR")).await;
        assert_eq!(response.status(), 400, "{file}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{body}");
    }
    let viewer = |file: &str| format!("/export/{file}?workspace={ws}&{RANGE}");
    assert_eq!(w.get(Some(&w.viewer), &viewer("usage.csv")).await.status(), 200);
    let by = |dimension: &str| format!("{}&breakdown={dimension}", viewer("usage.csv"));
    assert_eq!(w.get(Some(&w.viewer), &by("MODEL")).await.status(), 200);
    assert_eq!(w.get(Some(&w.viewer), &by("PERSON")).await.status(), 403, "PERSON rows are per-person data");
    assert_eq!(w.get(Some(&w.viewer), &viewer("people.csv")).await.status(), 403);
    assert_eq!(w.get(Some(&w.viewer), &viewer("daily.csv")).await.status(), 403);
    // A member's per-person files hold their own rows only: they have no identity here.
    let own = w.get(Some(&w.member), &viewer("daily.csv")).await;
    assert_eq!(own.status(), 200);
    assert_eq!(Table::parse(&own.bytes().await.unwrap()).rows.len(), 0);
    // A DAY series over four years is refused as `usageSeries` refuses it, with a status code.
    let long = format!("/export/usage.csv?workspace={ws}&from=2020-01-01&to=2023-12-31&granularity=DAY");
    assert_eq!(w.get(Some(&w.owner), &long).await.status(), 400);
}

async fn download_headers_and_bom(backend: &str) {
    let w = World::new(backend).await;
    let response =
        w.get(Some(&w.owner), &format!("/export/daily.csv?workspace={}&{RANGE}&bom=1", w.ws)).await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(header("cache-control"), "no-store");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"ai-usage-daily-2024-03-01-2024-03-31.csv\""
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFday,integration_id,"), "{:?}", &bytes[..20]);
    assert!(bytes.ends_with(b"\r\n"), "RFC 4180 line ends");
    let plain = w.get(Some(&w.owner), &format!("/export/people.csv?workspace={}&{RANGE}", w.ws)).await;
    assert!(plain.bytes().await.unwrap().starts_with(b"rank,"));
}

on_both_backends!(who_may_download_what, download_headers_and_bom);
