//! The page model the report is laid out on, before any PDF exists: pages of drawing operations
//! (text, rectangles, polylines) in points, origin top left, and a cursor that flows content down
//! the page and opens a new one when it runs out. Laying out first and writing after lets every
//! footer say "page i of n".
//!
//! Text is shaped once here (rustybuzz, the bundled DejaVu Sans) so that what is measured for
//! alignment and wrapping is exactly what is drawn.

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Face, UnicodeBuffer};

use crate::export::query::Paper;
use crate::fonts;

/// Space kept free on every side of a page, in points.
pub const MARGIN: f32 = 48.0;
/// Space at the bottom kept for the footer.
const FOOTER: f32 = 24.0;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Body text.
pub const INK: Rgb = Rgb(33, 37, 41);
/// Secondary text and axes.
pub const MUTED: Rgb = Rgb(108, 117, 125);
/// Grid lines and table rules.
pub const RULE: Rgb = Rgb(222, 226, 230);

/// Which face of the bundled font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
}

/// One shaped run of text: glyphs with advances per point of font size.
#[derive(Debug, Clone)]
pub struct Shaped {
    /// The text the glyphs came from (kept for the PDF's text layer).
    pub text: String,
    /// The glyphs, advances normalised to the em.
    pub glyphs: Vec<KrillaGlyph>,
    /// The run's width at a font size of 1 pt.
    pub width_em: f32,
}

/// Something drawn on a page.
#[derive(Debug, Clone)]
pub enum Op {
    /// A run of text whose baseline starts at (`x`, `y`).
    Text {
        /// Left end of the baseline.
        x: f32,
        /// The baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// The face.
        weight: Weight,
        /// The colour.
        color: Rgb,
        /// The shaped glyphs.
        run: Shaped,
    },
    /// A filled rectangle.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// The fill.
        color: Rgb,
    },
    /// A stroked polyline.
    Line {
        /// The points, in order.
        points: Vec<(f32, f32)>,
        /// Stroke width.
        width: f32,
        /// The colour.
        color: Rgb,
    },
}

/// The two faces of the bundled font, ready to shape with.
pub struct Shaper {
    regular: Face<'static>,
    bold: Face<'static>,
}

impl Shaper {
    /// Parses the bundled faces; `None` only if the compiled-in font were broken.
    pub fn new() -> Option<Shaper> {
        Some(Shaper {
            regular: Face::from_slice(fonts::SANS, 0)?,
            bold: Face::from_slice(fonts::SANS_BOLD, 0)?,
        })
    }

    /// Shapes `text` with one face (one line: newlines and tabs are drawn as spaces).
    pub fn shape(&self, text: &str, weight: Weight) -> Shaped {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(&text);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(face, &[], buffer);
        let upem = face.units_per_em() as f32;
        let mut clusters: Vec<usize> = output.glyph_infos().iter().map(|i| i.cluster as usize).collect();
        clusters.sort_unstable();
        clusters.dedup();
        // A glyph's text is its cluster up to the next cluster start, in either direction.
        let end_of = |start: usize| clusters.iter().copied().find(|c| *c > start).unwrap_or(text.len());
        let mut width = 0.0;
        let glyphs = output
            .glyph_infos()
            .iter()
            .zip(output.glyph_positions())
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                width += pos.x_advance as f32 / upem;
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / upem,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    start..end_of(start),
                    None,
                )
            })
            .collect();
        Shaped { text, glyphs, width_em: width }
    }
}

/// Paper size in points.
pub fn paper_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (595.0, 842.0),
        Paper::Letter => (612.0, 792.0),
    }
}

/// The report being laid out: finished pages, the current one, and the cursor's height on it.
pub struct Layout<'s> {
    shaper: &'s Shaper,
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Every page so far (the last is the one being filled).
    pub pages: Vec<Vec<Op>>,
    /// Where the next block starts, from the top of the current page.
    pub y: f32,
}

impl<'s> Layout<'s> {
    /// An empty report on `paper`, with its first page open.
    pub fn new(shaper: &'s Shaper, paper: Paper) -> Self {
        let (width, height) = paper_size(paper);
        Layout { shaper, width, height, pages: vec![Vec::new()], y: MARGIN }
    }

    /// Left edge of the text column.
    pub fn left(&self) -> f32 {
        MARGIN
    }

    /// Right edge of the text column.
    pub fn right(&self) -> f32 {
        self.width - MARGIN
    }

    /// Width of the text column.
    pub fn column(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    /// The lowest point content may reach.
    pub fn bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER
    }

    /// Opens a new page and puts the cursor at its top.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Opens a new page unless `height` more points fit on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// The width of `text` at `size`.
    pub fn measure(&self, text: &str, size: f32, weight: Weight) -> f32 {
        self.shaper.shape(text, weight).width_em * size
    }

    /// Draws `text` with its baseline's left end at (`x`, `y`); returns its width.
    pub fn text(&mut self, x: f32, y: f32, size: f32, weight: Weight, color: Rgb, text: &str) -> f32 {
        let run = self.shaper.shape(text, weight);
        let width = run.width_em * size;
        if !run.glyphs.is_empty() {
            self.push(Op::Text { x, y, size, weight, color, run });
        }
        width
    }

    /// Draws `text` ending at `right`.
    pub fn text_right(&mut self, right: f32, y: f32, size: f32, weight: Weight, color: Rgb, text: &str) {
        let run = self.shaper.shape(text, weight);
        let x = right - run.width_em * size;
        self.push(Op::Text { x, y, size, weight, color, run });
    }

    /// Draws `text` centred on `center`.
    pub fn text_centered(&mut self, center: f32, y: f32, size: f32, weight: Weight, color: Rgb, text: &str) {
        let run = self.shaper.shape(text, weight);
        let x = center - run.width_em * size / 2.0;
        self.push(Op::Text { x, y, size, weight, color, run });
    }

    /// Draws `text` cut with an ellipsis to fit `width`.
    pub fn text_fitted(&mut self, x: f32, y: f32, width: f32, size: f32, weight: Weight, text: &str) {
        let mut fitted = text.to_owned();
        // Names are short; this loop runs a few times at most for an over-long one.
        while !fitted.is_empty() && self.measure(&fitted, size, weight) > width {
            let keep = fitted.chars().count().saturating_sub(2);
            fitted = fitted.chars().take(keep).collect::<String>() + "…";
            if keep == 0 {
                break;
            }
        }
        self.text(x, y, size, weight, INK, &fitted);
    }

    /// Fills a rectangle.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        if w > 0.0 && h > 0.0 {
            self.push(Op::Rect { x, y, w, h, color });
        }
    }

    /// Strokes a polyline.
    pub fn line(&mut self, points: Vec<(f32, f32)>, width: f32, color: Rgb) {
        if points.len() >= 2 {
            self.push(Op::Line { points, width, color });
        }
    }

    /// A section title, on a new page when less than `keep` points of its content would fit.
    pub fn heading(&mut self, title: &str, keep: f32) {
        self.ensure(48.0 + keep);
        self.y += 28.0;
        self.text(MARGIN, self.y, 15.0, Weight::Bold, INK, title);
        self.y += 14.0;
    }

    /// Wrapped text across the column, flowing onto new pages.
    pub fn paragraph(&mut self, text: &str, size: f32, color: Rgb) {
        self.paragraph_at(MARGIN, self.column(), text, size, Weight::Regular, color);
    }

    /// Wrapped text in a column of `width` starting at `x`.
    pub fn paragraph_at(&mut self, x: f32, width: f32, text: &str, size: f32, weight: Weight, color: Rgb) {
        let leading = size * 1.35;
        for line in self.wrap(text, width, size, weight) {
            self.ensure(leading);
            self.y += leading;
            self.text(x, self.y - leading * 0.25, size, weight, color, &line);
        }
    }

    /// Splits `text` into lines no wider than `width` (a word longer than a line stays whole).
    pub fn wrap(&self, text: &str, width: f32, size: f32, weight: Weight) -> Vec<String> {
        let space = self.measure(" ", size, weight);
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut used = 0.0;
        for word in text.split_whitespace() {
            let w = self.measure(word, size, weight);
            if !line.is_empty() && used + space + w > width {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            if !line.is_empty() {
                line.push(' ');
                used += space;
            }
            line.push_str(word);
            used += w;
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}
