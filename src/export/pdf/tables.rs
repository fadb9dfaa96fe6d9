//! Tables that flow across pages: the header row is repeated at the top of every page a table
//! continues on, rows are never split, and a cell too long for its column is cut with an
//! ellipsis (the figures are right-aligned and always fit).

use super::layout::{INK, Layout, MUTED, RULE, Weight};

/// How a column's cells sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text, cut to fit.
    Left,
    /// Figures.
    Right,
}

/// One column: its title, its share of the text column's width, its alignment.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The header.
    pub title: &'static str,
    /// Fraction of the text column (the fractions of a table add up to 1).
    pub share: f32,
    /// Left for text, right for figures.
    pub align: Align,
}

/// A left-aligned text column.
pub const fn text(title: &'static str, share: f32) -> Column {
    Column { title, share, align: Align::Left }
}

/// A right-aligned figure column.
pub const fn figure(title: &'static str, share: f32) -> Column {
    Column { title, share, align: Align::Right }
}

/// Font size of table cells.
const SIZE: f32 = 8.0;
/// Font size of header cells.
const HEADER_SIZE: f32 = 6.5;
/// Height of one row.
const ROW: f32 = 13.0;

/// Draws `rows` under a header of `columns`, continuing on new pages as needed.
pub fn table(layout: &mut Layout<'_>, columns: &[Column], rows: &[Vec<String>]) {
    layout.ensure(ROW * 3.0);
    header(layout, columns);
    for row in rows {
        if layout.y + ROW > layout.bottom() {
            layout.new_page();
            header(layout, columns);
        }
        layout.y += ROW;
        cells(layout, columns, row, Weight::Regular);
    }
    layout.y += 8.0;
}

fn header(layout: &mut Layout<'_>, columns: &[Column]) {
    layout.y += ROW;
    let titles: Vec<String> = columns.iter().map(|c| c.title.to_owned()).collect();
    cells(layout, columns, &titles, Weight::Bold);
    layout.rect(layout.left(), layout.y + 3.0, layout.column(), 0.6, RULE);
}

fn cells(layout: &mut Layout<'_>, columns: &[Column], row: &[String], weight: Weight) {
    let mut x = layout.left();
    let y = layout.y;
    let color = if weight == Weight::Bold { MUTED } else { INK };
    // Headers are smaller: a column's title is often wider than its figures.
    let size = if weight == Weight::Bold { HEADER_SIZE } else { SIZE };
    for (column, cell) in columns.iter().zip(row) {
        let width = column.share * layout.column();
        match column.align {
            Align::Left => layout.text_fitted(x, y, width - 6.0, size, weight, cell),
            // A gutter before the next column, so a left-aligned cell never touches a figure.
            Align::Right => layout.text_right(x + width - 6.0, y, size, weight, color, cell),
        }
        x += width;
    }
}
