//! The card's PNG, rendered once at creation: SVG → usvg tree (with a font database holding only
//! the bundled DejaVu Sans faces, so no system font is ever read and every machine draws the same
//! card) → tiny-skia pixmap → PNG.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use super::card_svg::{HEIGHT, WIDTH};
use crate::fonts;

/// The bundled faces only, loaded once per process.
fn font_database() -> Arc<usvg::fontdb::Database> {
    static DATABASE: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(fonts::SANS.to_vec());
            db.load_font_data(fonts::SANS_BOLD.to_vec());
            db.set_sans_serif_family(fonts::FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// Renders `svg` (a [`super::card_svg`] document) to a PNG of [`WIDTH`] × [`HEIGHT`].
pub fn render(svg: &str) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: fonts::FAMILY.to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("the card's SVG: {e}"))?;
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate the card's pixels")?;
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the card: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_text_with_the_bundled_font_at_the_card_size() {
        let svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}"><text x="10" y="100" font-size="80" font-family="{}" fill="#000">Ærø</text></svg>"##,
            fonts::FAMILY
        );
        let png = render(&svg).unwrap();
        let pixmap = Pixmap::decode_png(&png).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
        // The text drew something: some pixel is not transparent.
        assert!(pixmap.pixels().iter().any(|p| p.alpha() > 0), "no glyph was drawn");
    }
}
