//! Turns Cursor daily-usage records and usage events into [`ActorDay`]s, keyed by email
//! (trimmed, lower-cased: the only identity shared by Cursor's endpoints).
//!
//! Daily usage gives activity: tabs shown / accepted → suggestions, total lines added /
//! deleted → lines added / removed, total lines added → lines suggested (the denominator of
//! acceptance by lines), accepted lines added → lines accepted, accepts / rejects of
//! applied edits → tool accepted / rejected, composer + chat + agent requests + Cmd-K uses →
//! interactions. Usage events give tokens, cost (`chargedCents`) and the per-model breakdown.
//! `mostUsedModel` and the most-used extensions are not breakdowns: they carry no amounts.
//!
//! Interactions by model must sum to the headline, which counts daily usage's requests. Usage
//! events are one row per request with its model, so each model row counts its events, and the
//! requests no event accounts for (headline − events, from the vendor's two figures of the same
//! actor-day) go to an [`UNATTRIBUTED`] row. When an actor-day has more events than daily usage
//! has requests (events of kinds daily usage does not count, e.g. headless or Bugbot calls, or
//! an actor missing from daily usage), the events cannot be the headline's requests: the model
//! rows then carry no interactions and the whole headline is unattributed. Tokens and cost come
//! from the events alone, headline and model rows alike, so they sum without such a row.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::payload::{DailyRecord, UsageEvent};
use crate::domain::{ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, UNATTRIBUTED};

/// Model usage with its cost still in fractional cents, rounded only once summed.
#[derive(Default)]
struct Spend {
    measures: Measures,
    cents: f64,
}

impl Spend {
    fn finish(mut self) -> Measures {
        self.measures.cost_millicents = (self.cents * 1000.0).round() as i64;
        self.measures
    }
}

#[derive(Default)]
struct ActorTotals {
    /// Daily usage said so (or showed activity), or a usage event happened.
    active: bool,
    activity: Measures,
    spend: Spend,
    by_model: BTreeMap<String, Spend>,
}

/// Totals per (day, email) across a window.
#[derive(Default)]
pub(super) struct WindowTotals {
    actors: BTreeMap<(NaiveDate, String), ActorTotals>,
}

pub(super) fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

impl WindowTotals {
    /// Adds a member's day from daily usage.
    pub fn add_daily(&mut self, day: NaiveDate, r: &DailyRecord) {
        let interactions = r.composer_requests + r.chat_requests + r.agent_requests + r.cmdk_usages;
        let m = Measures {
            interactions,
            lines_added: r.total_lines_added,
            lines_removed: r.total_lines_deleted,
            lines_suggested: r.total_lines_added,
            lines_accepted: r.accepted_lines_added,
            suggestions_shown: r.total_tabs_shown,
            suggestions_accepted: r.total_tabs_accepted,
            tool_accepted: r.total_accepts,
            tool_rejected: r.total_rejects,
            ..Measures::default()
        };
        // `isActive` is optional; without it, any activity counts.
        let active = r.is_active.unwrap_or(m != Measures::default());
        let totals = self.actors.entry((day, email_key(&r.email))).or_default();
        totals.active |= active;
        totals.activity += m;
    }

    /// Adds one usage event; an event alone makes its user active that day.
    pub fn add_event(&mut self, day: NaiveDate, e: &UsageEvent) {
        let tokens = e.token_usage.as_ref();
        let measures = Measures {
            interactions: 1,
            input_tokens: tokens.map_or(0, |t| t.input_tokens),
            output_tokens: tokens.map_or(0, |t| t.output_tokens),
            cache_read_tokens: tokens.map_or(0, |t| t.cache_read_tokens),
            cache_write_tokens: tokens.map_or(0, |t| t.cache_write_tokens),
            ..Measures::default()
        };
        // `chargedCents` reconciles with /teams/spend; older responses only had the token cost.
        let cents = e.charged_cents.or(tokens.and_then(|t| t.total_cents)).unwrap_or(0.0);
        let totals = self.actors.entry((day, email_key(&e.user_email))).or_default();
        totals.active = true;
        // Requests are counted by daily usage; at actor level events add only tokens and cost.
        totals.spend.measures += Measures { interactions: 0, ..measures };
        totals.spend.cents += cents;
        let model = e.model.clone().unwrap_or_else(|| "unknown".to_owned());
        let by_model = totals.by_model.entry(model).or_default();
        by_model.measures += measures;
        by_model.cents += cents;
    }

    /// The actor-days of `day`, in email order.
    pub fn actor_days(&mut self, day: NaiveDate) -> Vec<ActorDay> {
        let keys: Vec<_> = self
            .actors
            .range((day, String::new())..)
            .take_while(|((d, _), _)| *d == day)
            .map(|(k, _)| k.clone())
            .collect();
        keys.into_iter()
            .filter_map(|key| self.actors.remove(&key).map(|t| (key.1, t)))
            .map(|(email, totals)| {
                let mut measures = totals.activity;
                measures += totals.spend.finish();
                ActorDay {
                    actor: ActorKey { kind: ActorKind::Email, identifier: email, external_id: None },
                    active: totals.active,
                    breakdowns: model_rows(measures.interactions, totals.by_model),
                    measures,
                    teams: Vec::new(),
                }
            })
            .collect()
    }
}

/// The model rows of an actor-day whose headline counts `requests` interactions, plus the
/// unattributed row (see the module docs).
fn model_rows(requests: i64, by_model: BTreeMap<String, Spend>) -> Vec<Breakdown> {
    let events: i64 = by_model.values().map(|s| s.measures.interactions).sum();
    let attributable = events <= requests;
    let unattributed = if attributable { requests - events } else { requests };
    let mut rows: Vec<Breakdown> = by_model
        .into_iter()
        .map(|(value, spend)| {
            let mut measures = spend.finish();
            if !attributable {
                measures.interactions = 0;
            }
            Breakdown { dimension: Dimension::Model, value, measures }
        })
        .collect();
    if unattributed > 0 {
        rows.push(Breakdown {
            dimension: Dimension::Model,
            value: UNATTRIBUTED.to_owned(),
            measures: Measures { interactions: unattributed, ..Measures::default() },
        });
    }
    rows
}
