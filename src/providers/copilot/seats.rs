//! The Copilot seat roster (github-copilot.md §3): `GET …/copilot/billing/seats`, org or
//! enterprise, 100 per page, following `Link: rel="next"` until it is absent.
//!
//! Seats are keyed by `assignee.login`, like the usage reports' actors, so seats and usage meet
//! on the same actor. The docs' own example gives two assignees the same `id`, so the id is
//! kept as the actor's external id but never used to tell seats apart. A seat without an
//! assignee cannot be attributed and is skipped. Timestamps carry offsets (`-06:00`) and are
//! stored in UTC.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use reqwest::Url;
use serde::Deserialize;

use super::{API_VERSION, CopilotClient};
use crate::domain::{ActorKey, ActorKind, Provider, Seat};
use crate::providers::{ProviderError, parse};

/// The documented maximum page size.
const PER_PAGE: &str = "100";
/// A guard against a `Link` header that never ends.
const MAX_PAGES: usize = 10_000;

/// One page of the seats list.
#[derive(Debug, Deserialize)]
struct SeatsPage {
    #[serde(default)]
    seats: Vec<SeatRecord>,
}

#[derive(Debug, Deserialize)]
struct SeatRecord {
    created_at: Option<String>,
    last_activity_at: Option<String>,
    plan_type: Option<String>,
    pending_cancellation_date: Option<String>,
    assignee: Option<Assignee>,
}

#[derive(Debug, Deserialize)]
struct Assignee {
    login: Option<String>,
    id: Option<i64>,
    /// Simple User's optional real name; absent from the docs' example.
    name: Option<String>,
}

impl CopilotClient {
    /// Every seat of the organization or enterprise, across all pages.
    pub async fn fetch_seats(&self) -> Result<Vec<Seat>, ProviderError> {
        let today = chrono::Utc::now().date_naive();
        let mut url = self.scope_url(&["copilot", "billing", "seats"])?;
        url.query_pairs_mut().append_pair("per_page", PER_PAGE);
        let mut seats = Vec::new();
        for page in 1..=MAX_PAGES {
            let response = self
                .http
                .send(|c| {
                    c.get(url.clone())
                        .bearer_auth(&self.secret)
                        .header("X-GitHub-Api-Version", API_VERSION)
                        .header("Accept", "application/vnd.github+json")
                })
                .await?;
            let what = format!("seats page {page}");
            let parsed: SeatsPage = parse::json(Provider::Copilot, today, &what, &response.body)?;
            for (index, record) in parsed.seats.into_iter().enumerate() {
                if let Some(seat) = seat(today, &what, index, record)? {
                    seats.push(seat);
                }
            }
            match response.next_link {
                Some(next) => url = self.same_origin(&next)?,
                None => return Ok(seats),
            }
        }
        Err(ProviderError::Malformed {
            provider: Provider::Copilot,
            day: today,
            detail: format!("seats: still a next page after {MAX_PAGES} pages"),
        })
    }

    /// A `Link` target, accepted only on the configured API host: the token travels with it.
    fn same_origin(&self, link: &str) -> Result<Url, ProviderError> {
        let base =
            Url::parse(&self.base_url).map_err(|e| ProviderError::Config(format!("bad base URL: {e}")))?;
        match Url::parse(link) {
            Ok(next) if next.origin() == base.origin() => Ok(next),
            _ => Err(ProviderError::Malformed {
                provider: Provider::Copilot,
                day: chrono::Utc::now().date_naive(),
                detail: "seats: the next-page link points away from the API host".to_owned(),
            }),
        }
    }
}

fn seat(today: NaiveDate, what: &str, index: usize, r: SeatRecord) -> Result<Option<Seat>, ProviderError> {
    let Some(assignee) = r.assignee else { return Ok(None) };
    let Some(login) = assignee.login.filter(|l| !l.is_empty()) else { return Ok(None) };
    let time = |field: &str, value: Option<String>| -> Result<Option<NaiveDateTime>, ProviderError> {
        value
            .map(|v| {
                DateTime::parse_from_rfc3339(&v).map(|t| t.naive_utc()).map_err(|_| {
                    ProviderError::Malformed {
                        provider: Provider::Copilot,
                        day: today,
                        detail: format!(
                            "{what}: field `seats[{index}].{field}`: {v:?} is not an RFC 3339 time"
                        ),
                    }
                })
            })
            .transpose()
    };
    let pending_cancellation_date = r
        .pending_cancellation_date
        .map(|v| {
            v.parse::<NaiveDate>().map_err(|_| ProviderError::Malformed {
                provider: Provider::Copilot,
                day: today,
                detail: format!(
                    "{what}: field `seats[{index}].pending_cancellation_date`: {v:?} is not a YYYY-MM-DD day"
                ),
            })
        })
        .transpose()?;
    Ok(Some(Seat {
        actor: ActorKey {
            kind: ActorKind::Login,
            identifier: login,
            external_id: assignee.id.map(|id| id.to_string()),
        },
        plan: r.plan_type.filter(|p| !p.is_empty()),
        assigned_at: time("created_at", r.created_at)?,
        last_activity_at: time("last_activity_at", r.last_activity_at)?,
        pending_cancellation_date,
        display_name: assignee.name.filter(|n| !n.trim().is_empty()),
    }))
}
