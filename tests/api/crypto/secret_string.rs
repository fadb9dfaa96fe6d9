//! `SecretString`: never printed, and hints that reveal little.

use ai_usage::crypto::SecretString;

use super::VENDOR_KEY;

#[test]
fn a_secret_string_never_prints_its_value() {
    let secret = SecretString::from(VENDOR_KEY);
    assert_eq!(format!("{secret:?}"), "[redacted]");
    assert_eq!(format!("{secret}"), "[redacted]");
    assert_eq!(secret.expose(), VENDOR_KEY);

    #[derive(Debug)]
    #[expect(dead_code, reason = "only printed")]
    struct Integration {
        name: &'static str,
        api_key: SecretString,
    }
    let row = Integration { name: "claude", api_key: SecretString::from(VENDOR_KEY) };
    let printed = format!("{row:?} {row:#?}");
    assert!(!printed.contains(VENDOR_KEY), "{printed}");
    assert!(!printed.contains("Zm9vYmFy"), "{printed}");
    assert!(printed.contains("[redacted]"));
}

#[test]
fn hints_show_the_vendor_prefix_and_the_last_four_characters() {
    let cases = [
        ("sk-ant-admin01-Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA", "sk-ant-admin01-…4OTA"),
        ("ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_…8B4a"),
        ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_…wxyz"),
        ("crsr_0123456789abcdef0123456789abcdef", "crsr_…cdef"),
        ("key_0123456789abcdefWXYZ", "key…WXYZ"),
        ("shortkey99", "…99"),
    ];
    for (key, expected) in cases {
        assert_eq!(SecretString::from(key).hint(), expected, "{key}");
    }
}

#[test]
fn a_hint_never_shows_more_than_a_third_of_a_short_key() {
    for len in 0..12 {
        let key: String = "ABCDEFGHIJKL".chars().take(len).collect();
        let hint = SecretString::from(key.as_str()).hint();
        let shown = hint.trim_start_matches('…').chars().count();
        assert!(shown * 3 <= len, "{key:?} -> {hint:?}");
        assert!(shown <= 2, "{key:?} -> {hint:?}");
    }
}
