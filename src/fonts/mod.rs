//! The font the service draws with: DejaVu Sans, regular and bold (Bitstream Vera licence, kept
//! beside the files in `LICENSE-DejaVu.txt`). It is compiled into the binary because a container
//! has no fonts, and both renderers — the PDF report and the share card PNG — must show accented,
//! Greek and Cyrillic names the same on every machine. No system font is ever looked up.

/// DejaVu Sans (TrueType).
pub static SANS: &[u8] = include_bytes!("DejaVuSans.ttf");

/// DejaVu Sans Bold (TrueType).
pub static SANS_BOLD: &[u8] = include_bytes!("DejaVuSans-Bold.ttf");

/// The family name both faces carry, for renderers that select by name (SVG `font-family`).
pub const FAMILY: &str = "DejaVu Sans";
