//! Parsing and generating master keys; errors never quote the key.

use ai_usage::crypto::{CryptoError, MasterKey, generate_key_base64};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::{b64_of, key};

#[test]
fn a_key_that_is_not_base64_is_invalid_and_not_quoted() {
    let bad = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY$";
    let err = MasterKey::from_base64(bad).expect_err("rejected");
    assert!(matches!(err, CryptoError::InvalidKey(_)), "{err:?}");
    let message = err.to_string();
    assert!(!message.contains(bad), "{message}");
    assert!(!message.contains('$'), "names the bad character: {message}");
}

#[test]
fn a_key_of_the_wrong_length_is_invalid_and_says_the_length() {
    let short = b64_of(&[0x5A; 16]);
    let err = MasterKey::from_base64(&short).expect_err("rejected");
    assert!(matches!(err, CryptoError::InvalidKey(_)), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("32") && message.contains("16"), "{message}");
    assert!(!message.contains(&short), "{message}");

    let long = b64_of(&[0x5A; 33]);
    assert!(matches!(MasterKey::from_base64(&long), Err(CryptoError::InvalidKey(_))));
}

#[test]
fn a_valid_base64_key_parses_with_surrounding_whitespace() {
    let encoded = b64_of(&[9; 32]);
    let parsed = MasterKey::from_base64(&format!("  {encoded}\n")).expect("parses");
    assert_eq!(parsed.key_id(), key(9).key_id());
}

#[test]
fn generated_keys_are_valid_and_distinct() {
    let first = generate_key_base64();
    let second = generate_key_base64();
    assert_ne!(first, second);
    let key = MasterKey::from_base64(&first).expect("a generated key parses");
    assert_eq!(STANDARD.decode(&first).expect("base64").len(), 32);
    assert!(!format!("{key:?}").contains(&first));
}
