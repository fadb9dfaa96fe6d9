//! The rows one provider-day becomes, ready for [`super::day_writer`] to insert: the vendor's
//! actor rows merged per actor, then usage, breakdown and team rows keyed by stored actor id.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, NaiveDateTime};
use diesel::Insertable;

use super::StorageError;
use super::schema::{actor_teams, daily_usage, raw_payloads, usage_breakdowns};
use crate::domain::{ActorDay, ActorKey, ActorKind, Dimension, Measures};

#[derive(Insertable)]
#[diesel(table_name = daily_usage)]
pub(super) struct NewDailyUsage<'a> {
    pub integration_id: i64,
    pub actor_id: i64,
    pub day: NaiveDate,
    pub active: bool,
    pub sessions: i64,
    pub interactions: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    pub cache_read_tokens: i64,
    pub cache_write_tokens: i64,
    pub cost_millicents: i64,
    pub currency: &'a str,
    pub lines_added: i64,
    pub lines_removed: i64,
    pub lines_accepted: i64,
    pub suggestions_shown: i64,
    pub suggestions_accepted: i64,
    pub tool_accepted: i64,
    pub tool_rejected: i64,
    pub commits: i64,
    pub pull_requests: i64,
    pub updated_at: NaiveDateTime,
    pub lines_suggested: i64,
}

#[derive(Insertable)]
#[diesel(table_name = usage_breakdowns)]
pub(super) struct NewBreakdown<'a> {
    pub integration_id: i64,
    pub actor_id: i64,
    pub day: NaiveDate,
    pub dimension: Dimension,
    pub value: &'a str,
    pub interactions: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    pub cache_read_tokens: i64,
    pub cache_write_tokens: i64,
    pub cost_millicents: i64,
    pub lines_added: i64,
    pub lines_removed: i64,
    pub lines_accepted: i64,
    pub suggestions_shown: i64,
    pub suggestions_accepted: i64,
    pub lines_suggested: i64,
}

/// The rows of one day, ready to insert.
pub(super) struct DayRows<'a> {
    /// Per actor id: active, and the measures.
    pub figures: BTreeMap<i64, (bool, Measures)>,
    pub usage: Vec<NewDailyUsage<'a>>,
    pub breakdowns: Vec<NewBreakdown<'a>>,
    pub teams: Vec<NewActorTeam<'a>>,
}

impl<'a> DayRows<'a> {
    pub fn build(
        merged: &'a BTreeMap<ActorKey, ActorDay>,
        actor_ids: &HashMap<(ActorKind, String), i64>,
        integration_id: i64,
        day: NaiveDate,
        currency: &'a str,
        now: NaiveDateTime,
    ) -> Result<Self, StorageError> {
        let mut rows = DayRows {
            figures: BTreeMap::new(),
            usage: Vec::with_capacity(merged.len()),
            breakdowns: Vec::new(),
            teams: Vec::new(),
        };
        for (key, actor_day) in merged {
            let actor_id =
                actor_ids.get(&(key.kind, key.identifier.clone())).copied().ok_or(StorageError::NotFound)?;
            rows.figures.insert(actor_id, (actor_day.active, actor_day.measures));
            rows.usage.push(new_daily_usage(integration_id, actor_id, day, actor_day, currency, now));
            for b in &actor_day.breakdowns {
                rows.breakdowns.push(new_breakdown(
                    integration_id,
                    actor_id,
                    day,
                    b.dimension,
                    &b.value,
                    &b.measures,
                ));
            }
            for team in &actor_day.teams {
                rows.teams.push(NewActorTeam { integration_id, actor_id, day, team });
            }
        }
        Ok(rows)
    }
}

#[derive(Insertable)]
#[diesel(table_name = actor_teams)]
pub(super) struct NewActorTeam<'a> {
    pub integration_id: i64,
    pub actor_id: i64,
    pub day: NaiveDate,
    pub team: &'a str,
}

#[derive(Insertable)]
#[diesel(table_name = raw_payloads)]
pub(super) struct NewRawPayload<'a> {
    pub integration_id: i64,
    pub day: NaiveDate,
    pub endpoint: &'a str,
    pub payload: &'a str,
    pub fetched_at: NaiveDateTime,
}

/// A vendor may report one actor in several rows (Claude Code splits local and remote sessions):
/// sum them so each actor has one row per day, and one breakdown row per dimension value.
pub(super) fn merge_actor_days(days: &[ActorDay]) -> BTreeMap<ActorKey, ActorDay> {
    let mut merged: BTreeMap<ActorKey, ActorDay> = BTreeMap::new();
    for day in days {
        let key = ActorKey { external_id: None, ..day.actor.clone() };
        match merged.get_mut(&key) {
            None => {
                let mut first = day.clone();
                first.breakdowns.clear();
                first.teams.clear();
                merged.insert(key.clone(), first);
            }
            Some(existing) => {
                existing.active |= day.active;
                existing.measures += day.measures;
            }
        }
        let entry = merged.get_mut(&key).expect("inserted above");
        if entry.actor.external_id.is_none() {
            entry.actor.external_id = day.actor.external_id.clone();
        }
        for b in &day.breakdowns {
            match entry.breakdowns.iter_mut().find(|e| e.dimension == b.dimension && e.value == b.value) {
                Some(e) => e.measures += b.measures,
                None => entry.breakdowns.push(b.clone()),
            }
        }
        for team in &day.teams {
            if !entry.teams.contains(team) {
                entry.teams.push(team.clone());
            }
        }
    }
    merged
}

fn new_daily_usage<'a>(
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    actor_day: &ActorDay,
    currency: &'a str,
    now: NaiveDateTime,
) -> NewDailyUsage<'a> {
    let m = &actor_day.measures;
    NewDailyUsage {
        integration_id,
        actor_id,
        day,
        active: actor_day.active,
        sessions: m.sessions,
        interactions: m.interactions,
        input_tokens: m.input_tokens,
        output_tokens: m.output_tokens,
        cache_read_tokens: m.cache_read_tokens,
        cache_write_tokens: m.cache_write_tokens,
        cost_millicents: m.cost_millicents,
        currency,
        lines_added: m.lines_added,
        lines_removed: m.lines_removed,
        lines_accepted: m.lines_accepted,
        suggestions_shown: m.suggestions_shown,
        suggestions_accepted: m.suggestions_accepted,
        tool_accepted: m.tool_accepted,
        tool_rejected: m.tool_rejected,
        commits: m.commits,
        pull_requests: m.pull_requests,
        updated_at: now,
        lines_suggested: m.lines_suggested,
    }
}

fn new_breakdown<'a>(
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    dimension: Dimension,
    value: &'a str,
    m: &Measures,
) -> NewBreakdown<'a> {
    NewBreakdown {
        integration_id,
        actor_id,
        day,
        dimension,
        value,
        interactions: m.interactions,
        input_tokens: m.input_tokens,
        output_tokens: m.output_tokens,
        cache_read_tokens: m.cache_read_tokens,
        cache_write_tokens: m.cache_write_tokens,
        cost_millicents: m.cost_millicents,
        lines_added: m.lines_added,
        lines_removed: m.lines_removed,
        lines_accepted: m.lines_accepted,
        suggestions_shown: m.suggestions_shown,
        suggestions_accepted: m.suggestions_accepted,
        lines_suggested: m.lines_suggested,
    }
}
