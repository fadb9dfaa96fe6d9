//! How the report writes figures: the dashboard's English formats (`web/src/lib/dashboard/format.ts`)
//! — grouped integers, money from millicents, percentages, signed changes — and "not reported"
//! for a measure no tool in scope reports (null, never 0).

/// The word shown for a measure no tool in scope reports.
pub const NOT_REPORTED: &str = "not reported";

/// 1234567 → `1,234,567`.
pub fn int(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0 { format!("−{out}") } else { out }
}

/// An optional count: grouped, or "not reported".
pub fn count(value: Option<i64>) -> String {
    value.map_or_else(|| NOT_REPORTED.to_owned(), int)
}

/// Millicents (thousandths of a cent) as dollars with cents: 123_456_789 → `$1,234.57`.
pub fn money(millicents: Option<i64>) -> String {
    let Some(m) = millicents else { return NOT_REPORTED.to_owned() };
    // Rounded to the cent, half away from zero, in integers (no float drift on large sums).
    let cents = (m.unsigned_abs() + 500) / 1_000;
    let sign = if m < 0 { "−" } else { "" };
    format!("{sign}${}.{:02}", int((cents / 100) as i64), cents % 100)
}

/// A ratio as a percentage with one decimal: 0.8421 → `84.2%`.
pub fn percent(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| NOT_REPORTED.to_owned(), |r| format!("{:.1}%", r * 100.0))
}

/// A signed change of a count: `+12`, `−3`, `±0`.
pub fn signed(value: i64) -> String {
    match value {
        0 => "±0".to_owned(),
        v if v > 0 => format!("+{}", int(v)),
        v => int(v),
    }
}

/// A signed change of money.
pub fn signed_money(millicents: i64) -> String {
    match millicents {
        0 => "±$0.00".to_owned(),
        m if m > 0 => format!("+{}", money(Some(m))),
        m => money(Some(m)),
    }
}

/// A relative change: `+5.0%`, `−12.5%`; nothing when the previous period had none.
pub fn relative(ratio: Option<f64>) -> String {
    match ratio {
        None => String::new(),
        Some(r) if r >= 0.0 => format!("(+{:.1}%)", r * 100.0),
        Some(r) => format!("(−{:.1}%)", -r * 100.0),
    }
}

/// A change in percentage points between two ratios.
pub fn points(current: Option<f64>, previous: Option<f64>) -> String {
    match (current, previous) {
        (Some(c), Some(p)) => {
            let d = (c - p) * 100.0;
            if d.abs() < 0.05 {
                "±0.0 pt".to_owned()
            } else if d > 0.0 {
                format!("+{d:.1} pt")
            } else {
                format!("−{:.1} pt", -d)
            }
        }
        _ => String::new(),
    }
}

/// A short axis label for a big number: 1234 → `1.2k`, 3_400_000 → `3.4M`.
pub fn compact(value: f64) -> String {
    let a = value.abs();
    if a >= 1e9 {
        format!("{:.1}G", value / 1e9)
    } else if a >= 1e6 {
        format!("{:.1}M", value / 1e6)
    } else if a >= 1e4 {
        format!("{:.0}k", value / 1e3)
    } else if a >= 1e3 {
        format!("{:.1}k", value / 1e3)
    } else if value.fract() != 0.0 && a < 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.0}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_figures_as_the_dashboard_does() {
        assert_eq!(int(0), "0");
        assert_eq!(int(999), "999");
        assert_eq!(int(1_000), "1,000");
        assert_eq!(int(-1_234_567), "−1,234,567");
        assert_eq!(money(Some(123_456_789)), "$1,234.57");
        assert_eq!(money(Some(499)), "$0.00");
        assert_eq!(money(Some(500)), "$0.01");
        assert_eq!(money(None), NOT_REPORTED);
        assert_eq!(percent(Some(0.8421)), "84.2%");
        assert_eq!(signed(12), "+12");
        assert_eq!(signed(-3_000), "−3,000");
        assert_eq!(relative(Some(-0.125)), "(−12.5%)");
        assert_eq!(compact(3_400_000.0), "3.4M");
        assert_eq!(compact(0.5), "0.5");
        assert_eq!(compact(2.0), "2");
    }
}
