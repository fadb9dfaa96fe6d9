//! The demo's figures: deterministic, seeded, and shaped like a real team's week.
//!
//! A day is made of work *slices* (think hours). A slice of one person with one tool is active or
//! not, with an intensity; each fake vendor turns active slices into its own fields with numbers
//! drawn from the slice's own random stream. Everything is a pure function of (seed, tool,
//! person, day, slice), so the same seed gives the same figures on every run and every machine.
//!
//! Rhythm: on weekdays about half of a person's slices are active, scaled by how much they use
//! AI tools; at weekends only the odd slice is. Every slice has at least one active person per
//! tool, so each tick of the demo moves the numbers.
//!
//! Time: days before the demo started are complete ([`FULL_DAY_SLICES`]); the day the demo
//! started begins with [`MORNING_SLICES`] and every tick adds one slice to today
//! ([`DemoClock::tick`]), as the working day goes on, up to [`MAX_DAY_SLICES`]: a demo (or a
//! sample workspace) left running for days keeps days shaped like its history, instead of each
//! day growing by a slice every tick around the clock.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDate, Weekday};

use super::cast::{MEMBERS, Member};

/// Slices of a finished day.
pub const FULL_DAY_SLICES: u32 = 8;
/// Slices today already has when the demo starts.
pub const MORNING_SLICES: u32 = 3;
/// Slices a day the demo runs through gets at most: a long day's work, so the numbers move for
/// a while after the start (a tick each), then rest until the next UTC day.
pub const MAX_DAY_SLICES: u32 = 3 * FULL_DAY_SLICES;

/// The three tools, as the generator tells their streams apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    ClaudeCode,
    Copilot,
    Cursor,
}

impl Tool {
    fn salt(self) -> u64 {
        match self {
            Tool::ClaudeCode => 0xC1A0_DE00,
            Tool::Copilot => 0xC0_9170,
            Tool::Cursor => 0xC0_4507,
        }
    }

    /// Whether `member` uses this tool at all.
    pub fn used_by(self, member: &Member) -> bool {
        match self {
            Tool::ClaudeCode => member.claude_code,
            Tool::Copilot => member.copilot_seat && !member.copilot_idle,
            Tool::Cursor => member.cursor,
        }
    }
}

/// SplitMix64: tiny, fast, and the same everywhere (no dependency on a crate's algorithm).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A stream for `parts`, mixed into `seed`.
    pub fn of(seed: u64, parts: &[u64]) -> Rng {
        let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
        for part in parts {
            state = Rng(state ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03)).next_u64();
        }
        Rng(state)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// About `mean`, between 0.5× and 1.5× of it, rounded.
    pub fn around(&mut self, mean: f64) -> i64 {
        (mean * (0.5 + self.unit())).round().max(0.0) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }
}

/// One active slice: how hard the person worked with the tool, and the numbers to draw from.
#[derive(Debug, Clone)]
pub struct Slice {
    pub index: u32,
    /// Around 1.0; heavy users higher.
    pub intensity: f64,
    pub rng: Rng,
}

fn day_number(day: NaiveDate) -> u64 {
    u64::try_from(day.num_days_from_ce()).unwrap_or(0)
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Where the demo's time stands: which days have figures and how many slices each.
#[derive(Debug, Clone)]
pub struct DemoClock {
    pub seed: u64,
    /// The first day with any figures.
    pub first_day: NaiveDate,
    /// The UTC day the demo started.
    pub started: NaiveDate,
    /// Slices of each day since the demo started (days it ran through and today).
    revealed: Arc<Mutex<BTreeMap<NaiveDate, u32>>>,
    /// Days the fake Claude Code API answers with an outage (503), for tests of failed days.
    failing: Arc<Mutex<BTreeSet<NaiveDate>>>,
}

impl DemoClock {
    /// History of `history_days` days before `today`, with today's morning already done.
    pub fn new(seed: u64, today: NaiveDate, history_days: u32) -> DemoClock {
        let revealed = BTreeMap::from([(today, MORNING_SLICES)]);
        DemoClock {
            seed,
            first_day: today - chrono::Duration::days(i64::from(history_days)),
            started: today,
            revealed: Arc::new(Mutex::new(revealed)),
            failing: Arc::default(),
        }
    }

    /// From now on the fake Claude Code API fails `day` (or, with `false`, serves it again).
    pub fn set_failing(&self, day: NaiveDate, failing: bool) {
        let mut days = self.failing.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if failing {
            days.insert(day);
        } else {
            days.remove(&day);
        }
    }

    /// Whether `day` is set to fail.
    pub fn is_failing(&self, day: NaiveDate) -> bool {
        self.failing.lock().unwrap_or_else(std::sync::PoisonError::into_inner).contains(&day)
    }

    /// Another slice of `today`'s work happened, unless today has [`MAX_DAY_SLICES`] already;
    /// whether it did.
    pub fn tick(&self, today: NaiveDate) -> bool {
        let mut revealed = self.lock();
        let slices = revealed.entry(today).or_insert(0);
        let added = *slices < MAX_DAY_SLICES;
        if added {
            *slices += 1;
        }
        added
    }

    /// How many slices `day` has, as of now.
    pub fn slices_of(&self, day: NaiveDate) -> u32 {
        if day < self.first_day {
            0
        } else if day < self.started {
            FULL_DAY_SLICES
        } else {
            self.lock().get(&day).copied().unwrap_or(0)
        }
    }

    /// Whether the vendors have a report for `day` at all.
    pub fn has_day(&self, day: NaiveDate) -> bool {
        day >= self.first_day && day <= chrono::Utc::now().date_naive()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<NaiveDate, u32>> {
        self.revealed.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The active slices of member `index` with `tool` on `day`, as of now.
    pub fn slices(&self, tool: Tool, index: usize, day: NaiveDate) -> Vec<Slice> {
        let member = &MEMBERS[index];
        if !tool.used_by(member)
            || member.joined_days_ago.is_some_and(|d| day < self.started - chrono::Duration::days(d))
        {
            return Vec::new();
        }
        (0..self.slices_of(day))
            .filter_map(|slice| {
                let mut rng =
                    Rng::of(self.seed, &[tool.salt(), index as u64, day_number(day), u64::from(slice)]);
                let p = if is_weekend(day) { 0.05 } else { (0.3 + 0.25 * member.intensity).min(0.85) };
                let active = rng.chance(p) || self.on_call(tool, day, slice) == Some(index);
                active.then(|| Slice {
                    index: slice,
                    intensity: member.intensity * (0.6 + 0.8 * rng.unit()),
                    rng,
                })
            })
            .collect()
    }

    /// The person who is active in a slice whatever the dice say, so every slice moves the
    /// numbers of every tool: one of the tool's users, in turn.
    fn on_call(&self, tool: Tool, day: NaiveDate, slice: u32) -> Option<usize> {
        let users: Vec<usize> = (0..MEMBERS.len())
            .filter(|&i| tool.used_by(&MEMBERS[i]) && MEMBERS[i].joined_days_ago.is_none())
            .collect();
        if users.is_empty() {
            return None;
        }
        let turn = (day_number(day) + u64::from(slice)) as usize % users.len();
        Some(users[turn])
    }

    /// The CI pipeline's active slices on `day` (Claude Code only): busy on weekdays, nightly
    /// builds at weekends.
    pub fn ci_slices(&self, day: NaiveDate) -> Vec<Slice> {
        (0..self.slices_of(day))
            .filter_map(|slice| {
                let mut rng = Rng::of(self.seed, &[0xC1, day_number(day), u64::from(slice)]);
                let p = if is_weekend(day) { 0.25 } else { 0.7 };
                rng.chance(p).then(|| Slice { index: slice, intensity: 2.0 + rng.unit(), rng })
            })
            .collect()
    }

    /// The last day on or before `today` on which member `index` used `tool`.
    pub fn last_active_day(&self, tool: Tool, index: usize, today: NaiveDate) -> Option<NaiveDate> {
        let mut day = today;
        while day >= self.first_day {
            if !self.slices(tool, index, day).is_empty() {
                return Some(day);
            }
            day = day.pred_opt()?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_figures() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        let (a, b) = (DemoClock::new(7, today, 30), DemoClock::new(7, today, 30));
        let day = today - chrono::Duration::days(3);
        let draw =
            |c: &DemoClock| c.slices(Tool::Cursor, 0, day).iter().map(|s| s.intensity).collect::<Vec<_>>();
        assert_eq!(draw(&a), draw(&b));
        assert_ne!(draw(&a), draw(&DemoClock::new(8, today, 30)));
    }

    #[test]
    fn weekdays_are_busier_than_weekends_and_ticks_add_work() {
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let clock = DemoClock::new(1, monday + chrono::Duration::days(30), 60);
        let count = |offset: i64| -> usize {
            (0..4)
                .map(|w| monday + chrono::Duration::days(offset + 7 * w))
                .map(|d| (0..MEMBERS.len()).map(|i| clock.slices(Tool::Copilot, i, d).len()).sum::<usize>())
                .sum()
        };
        assert!(count(1) > 3 * count(5), "Tuesday {} vs Saturday {}", count(1), count(5));
        let today = clock.started;
        let before: usize = (0..MEMBERS.len()).map(|i| clock.slices(Tool::Cursor, i, today).len()).sum();
        assert!(clock.tick(today));
        let after: usize = (0..MEMBERS.len()).map(|i| clock.slices(Tool::Cursor, i, today).len()).sum();
        assert!(after > before);
    }

    #[test]
    fn a_day_stops_growing_at_its_limit_and_the_next_day_starts_afresh() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let clock = DemoClock::new(1, today, 30);
        let added = (0..1000).filter(|_| clock.tick(today)).count();
        assert_eq!(added as u32, MAX_DAY_SLICES - MORNING_SLICES);
        assert_eq!(clock.slices_of(today), MAX_DAY_SLICES);
        let tomorrow = today.succ_opt().unwrap();
        assert!(clock.tick(tomorrow));
        assert_eq!((clock.slices_of(today), clock.slices_of(tomorrow)), (MAX_DAY_SLICES, 1));
    }
}
