//! Writing the laid-out pages as a PDF with krilla: text as glyphs of the bundled font (subset
//! and embedded by krilla, with a text layer so the report can be searched and copied),
//! rectangles and lines as vector paths, and a footer with the page number on every page.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::text::Font;

use super::layout::{Layout, MARGIN, MUTED, Op, Rgb, Shaper, Weight};
use crate::fonts;

/// The two faces as krilla fonts.
struct Faces {
    regular: Font,
    bold: Font,
}

/// Writes `layout`'s pages, each with the footer `footer · page i of n`.
pub fn pdf(layout: Layout<'_>, shaper: &Shaper, title: &str, footer: &str) -> Result<Vec<u8>, String> {
    let faces = Faces {
        regular: Font::new(fonts::SANS.into(), 0).ok_or("the bundled regular font is unreadable")?,
        bold: Font::new(fonts::SANS_BOLD.into(), 0).ok_or("the bundled bold font is unreadable")?,
    };
    let (width, height) = (layout.width, layout.height);
    let total = layout.pages.len();
    let mut document = Document::new();
    document.set_metadata(Metadata::new().title(title.to_owned()).creator("ai-usage".to_owned()));
    for (index, mut ops) in layout.pages.into_iter().enumerate() {
        let y = height - MARGIN + 6.0;
        let footer_left = shaper.shape(footer, Weight::Regular);
        ops.push(Op::Text {
            x: MARGIN,
            y,
            size: 7.5,
            weight: Weight::Regular,
            color: MUTED,
            run: footer_left,
        });
        let number = shaper.shape(&format!("Page {} of {}", index + 1, total), Weight::Regular);
        let x = width - MARGIN - number.width_em * 7.5;
        ops.push(Op::Text { x, y, size: 7.5, weight: Weight::Regular, color: MUTED, run: number });
        let settings = PageSettings::from_wh(width, height).ok_or("invalid paper size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in &ops {
            draw(&mut surface, &faces, op);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("krilla could not write the PDF: {e:?}"))
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn draw(surface: &mut Surface<'_>, faces: &Faces, op: &Op) {
    match op {
        Op::Text { x, y, size, weight, color, run } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*color)));
            let font = match weight {
                Weight::Regular => faces.regular.clone(),
                Weight::Bold => faces.bold.clone(),
            };
            surface.draw_glyphs(Point::from_xy(*x, *y), &run.glyphs, font, &run.text, *size, false);
        }
        Op::Rect { x, y, w, h, color } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else { return };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
        Op::Line { points, width, color } => {
            let mut builder = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 { builder.move_to(*x, *y) } else { builder.line_to(*x, *y) }
            }
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(color.0, color.1, color.2).into(),
                    width: *width,
                    line_cap: LineCap::Round,
                    line_join: LineJoin::Round,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
    }
}
