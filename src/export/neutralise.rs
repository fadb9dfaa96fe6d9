//! Spreadsheet formula injection: a text cell a spreadsheet would read as a formula (`=`, `+`,
//! `-`, `@`, or a leading TAB or CR that some programs skip before looking) gets a leading `'`,
//! which every common spreadsheet shows as "this is text". Only free text goes through here
//! (names, identifiers, breakdown values); numeric columns are written as numbers and never
//! neutralised, so `-12` stays the number `-12`.

use std::borrow::Cow;

/// The first characters that make a spreadsheet treat a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text`, with a leading `'` when a spreadsheet would read it as a formula.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formulas_become_text() {
        assert_eq!(neutralise("=HYPERLINK(\"http://x\",\"y\")"), "'=HYPERLINK(\"http://x\",\"y\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\t=1"), "'\t=1");
        assert_eq!(neutralise("\r=1"), "'\r=1");
    }

    #[test]
    fn plain_text_is_left_alone() {
        for text in ["", "ann@x.io", "claude-sonnet-4", "a=b", " =1", "'quoted", "Zoë"] {
            assert_eq!(neutralise(text), text);
        }
    }
}
