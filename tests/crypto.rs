//! The crypto layer as the rest of the service uses it: seal a vendor key for a row, read it
//! back, refuse anything altered or moved, rotate keys, and load keys from env or the key file.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::sync::{Arc, Barrier};

use ai_usage::crypto::{
    CryptoError, FORMAT_VERSION, KEY_FILE_NAME, KeyRing, MasterKey, NONCE_LEN, SecretContext,
    SecretString, generate_key_base64,
};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

const VENDOR_KEY: &str = "sk-ant-admin01-Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA";
const KEY_ID_LEN: usize = 8;
const HEADER_LEN: usize = 2 + KEY_ID_LEN;
const TAG_LEN: usize = 16;

fn ctx(workspace_id: i64, integration_id: i64) -> SecretContext {
    SecretContext {
        workspace_id,
        integration_id,
    }
}

fn key(fill: u8) -> MasterKey {
    MasterKey::from_bytes([fill; 32])
}

fn ring(primary: MasterKey) -> KeyRing {
    KeyRing::new(primary, Vec::new())
}

fn seal(ring: &KeyRing, secret: &str, ctx: &SecretContext) -> Vec<u8> {
    ring.encrypt(&SecretString::from(secret), ctx)
        .expect("encrypts")
}

fn open(ring: &KeyRing, blob: &[u8], ctx: &SecretContext) -> Result<String, CryptoError> {
    ring.decrypt(blob, ctx)
        .map(|secret| secret.expose().to_owned())
}

fn b64_of(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

// --- sealing and opening -------------------------------------------------------------------

#[test]
fn a_sealed_key_opens_to_the_same_key_for_the_same_row() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(3, 7));
    assert_eq!(open(&ring, &blob, &ctx(3, 7)).expect("opens"), VENDOR_KEY);
}

#[test]
fn the_blob_is_versioned_names_its_key_and_hides_the_plaintext() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(3, 7));

    assert_eq!(blob[0], FORMAT_VERSION);
    assert_eq!(blob[0], 1);
    assert_eq!(usize::from(blob[1]), KEY_ID_LEN);
    assert_eq!(&blob[2..HEADER_LEN], ring.primary_key_id().as_bytes());
    assert_eq!(
        blob.len(),
        HEADER_LEN + NONCE_LEN + VENDOR_KEY.len() + TAG_LEN
    );
    let body = &blob[HEADER_LEN + NONCE_LEN..];
    assert!(
        !body
            .windows(8)
            .any(|w| VENDOR_KEY.as_bytes().windows(8).any(|k| k == w))
    );
}

#[test]
fn an_empty_secret_round_trips() {
    let ring = ring(key(1));
    let blob = seal(&ring, "", &ctx(1, 1));
    assert_eq!(open(&ring, &blob, &ctx(1, 1)).expect("opens"), "");
}

#[test]
fn sealing_the_same_key_twice_uses_different_nonces() {
    let ring = ring(key(1));
    let first = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    let second = seal(&ring, VENDOR_KEY, &ctx(1, 1));

    let nonce = |blob: &[u8]| blob[HEADER_LEN..HEADER_LEN + NONCE_LEN].to_vec();
    assert_ne!(nonce(&first), nonce(&second));
    assert_ne!(first, second);
    assert_eq!(open(&ring, &first, &ctx(1, 1)).expect("opens"), VENDOR_KEY);
    assert_eq!(open(&ring, &second, &ctx(1, 1)).expect("opens"), VENDOR_KEY);
}

#[test]
fn flipping_any_bit_of_nonce_ciphertext_or_tag_fails_decryption() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    // Every byte after the header: the nonce, the ciphertext body and the tag at the end.
    for index in HEADER_LEN..blob.len() {
        let mut tampered = blob.clone();
        tampered[index] ^= 0x01;
        assert_eq!(
            open(&ring, &tampered, &ctx(1, 1)),
            Err(CryptoError::DecryptionFailed),
            "byte {index} flipped"
        );
    }
}

#[test]
fn an_appended_byte_fails_decryption() {
    let ring = ring(key(1));
    let mut blob = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    blob.push(0);
    assert_eq!(
        open(&ring, &blob, &ctx(1, 1)),
        Err(CryptoError::DecryptionFailed)
    );
}

#[test]
fn a_blob_moved_to_another_row_fails_decryption() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(3, 7));
    for other in [ctx(3, 8), ctx(4, 7), ctx(7, 3), ctx(-3, 7)] {
        assert_eq!(
            open(&ring, &blob, &other),
            Err(CryptoError::DecryptionFailed),
            "{other:?}"
        );
    }
}

#[test]
fn associated_data_names_the_row() {
    assert_eq!(ctx(3, 7).associated_data(), b"ai-usage:v1:3:7".to_vec());
    assert_ne!(ctx(1, 23).associated_data(), ctx(12, 3).associated_data());
}

#[test]
fn a_blob_under_a_key_the_ring_does_not_have_is_an_unknown_key_id() {
    let writer = ring(key(1));
    let reader = ring(key(2));
    let blob = seal(&writer, VENDOR_KEY, &ctx(1, 1));
    assert_eq!(
        open(&reader, &blob, &ctx(1, 1)),
        Err(CryptoError::UnknownKeyId(
            writer.primary_key_id().to_owned()
        ))
    );
}

#[test]
fn the_wrong_key_under_a_forged_key_id_fails_decryption() {
    let writer = ring(key(1));
    let reader = ring(key(2));
    let mut blob = seal(&writer, VENDOR_KEY, &ctx(1, 1));
    blob[2..HEADER_LEN].copy_from_slice(reader.primary_key_id().as_bytes());
    assert_eq!(
        open(&reader, &blob, &ctx(1, 1)),
        Err(CryptoError::DecryptionFailed)
    );
}

#[test]
fn an_unknown_format_version_is_refused_by_number() {
    let ring = ring(key(1));
    let mut blob = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    for version in [0, 2, 255] {
        blob[0] = version;
        assert_eq!(
            open(&ring, &blob, &ctx(1, 1)),
            Err(CryptoError::UnsupportedVersion(version))
        );
    }
}

#[test]
fn every_blob_too_short_to_hold_header_nonce_and_tag_is_truncated() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    for len in 0..HEADER_LEN + NONCE_LEN + TAG_LEN {
        assert_eq!(
            open(&ring, &blob[..len], &ctx(1, 1)),
            Err(CryptoError::Truncated),
            "first {len} bytes"
        );
    }
}

#[test]
fn a_key_id_length_beyond_the_blob_is_truncated() {
    assert_eq!(
        open(&ring(key(1)), &[1, 200, b'a', b'b'], &ctx(1, 1)),
        Err(CryptoError::Truncated)
    );
}

// --- rotation --------------------------------------------------------------------------------

#[test]
fn rotation_keeps_old_blobs_readable_and_moves_them_to_the_new_key() {
    let old_ring = ring(key(1));
    let rows = [
        (ctx(1, 1), "sk-ant-admin01-aaaaaaaaaaaaaaaaaaaa"),
        (ctx(1, 2), "ghp_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        (ctx(2, 3), "crsr_cccccccccccccccccccccccc"),
    ];
    let old_blobs: Vec<Vec<u8>> = rows
        .iter()
        .map(|(row, secret)| seal(&old_ring, secret, row))
        .collect();

    let rotating = KeyRing::new(key(2), vec![key(1)]);
    let new_only = ring(key(2));
    assert_ne!(rotating.primary_key_id(), old_ring.primary_key_id());
    assert_eq!(
        rotating.old_key_ids().collect::<Vec<_>>(),
        [old_ring.primary_key_id()]
    );

    for ((row, secret), old_blob) in rows.iter().zip(&old_blobs) {
        assert_eq!(
            open(&rotating, old_blob, row).expect("old blob reads"),
            *secret
        );
        assert!(rotating.needs_rotation(old_blob));
        assert_eq!(
            open(&new_only, old_blob, row),
            Err(CryptoError::UnknownKeyId(
                old_ring.primary_key_id().to_owned()
            ))
        );

        let new_blob = rotating.reencrypt(old_blob, row).expect("re-encrypts");
        assert_eq!(
            &new_blob[2..HEADER_LEN],
            new_only.primary_key_id().as_bytes()
        );
        assert!(!rotating.needs_rotation(&new_blob));
        assert!(!new_only.needs_rotation(&new_blob));
        assert_eq!(
            open(&new_only, &new_blob, row).expect("new key reads"),
            *secret
        );
        // Still bound to its row after rotation.
        assert_eq!(
            open(&new_only, &new_blob, &ctx(9, 9)),
            Err(CryptoError::DecryptionFailed)
        );
    }
}

#[test]
fn reencrypt_refuses_a_blob_presented_for_the_wrong_row() {
    let rotating = KeyRing::new(key(2), vec![key(1)]);
    let blob = seal(&ring(key(1)), VENDOR_KEY, &ctx(1, 1));
    assert_eq!(
        rotating.reencrypt(&blob, &ctx(1, 2)),
        Err(CryptoError::DecryptionFailed)
    );
}

#[test]
fn fresh_blobs_do_not_need_rotation_and_garbage_does() {
    let ring = ring(key(1));
    assert!(!ring.needs_rotation(&seal(&ring, VENDOR_KEY, &ctx(1, 1))));
    assert!(ring.needs_rotation(b""));
    assert!(ring.needs_rotation(&[2, 0]));
}

// --- master keys -----------------------------------------------------------------------------

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
    assert!(
        message.contains("32") && message.contains("16"),
        "{message}"
    );
    assert!(!message.contains(&short), "{message}");

    let long = b64_of(&[0x5A; 33]);
    assert!(matches!(
        MasterKey::from_base64(&long),
        Err(CryptoError::InvalidKey(_))
    ));
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

// --- configuration: environment and key file -------------------------------------------------

fn key_file_mode(data_dir: &Path) -> u32 {
    std::fs::metadata(data_dir.join(KEY_FILE_NAME))
        .expect("key file exists")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn without_a_configured_key_a_key_file_is_created_once_with_mode_0600() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data_dir = tmp.path().join("not/yet/there");

    let first = KeyRing::from_config(None, None, &data_dir).expect("creates key file");
    assert_eq!(key_file_mode(&data_dir), 0o600);

    let second = KeyRing::from_config(None, None, &data_dir).expect("reuses key file");
    assert_eq!(first.primary_key_id(), second.primary_key_id());

    let stored = std::fs::read_to_string(data_dir.join(KEY_FILE_NAME)).expect("readable");
    let stored_key = MasterKey::from_base64(&stored).expect("file holds a base64 key");
    assert_eq!(stored_key.key_id(), first.primary_key_id());

    // What one start sealed, the next start opens.
    let blob = seal(&first, VENDOR_KEY, &ctx(1, 1));
    assert_eq!(open(&second, &blob, &ctx(1, 1)).expect("opens"), VENDOR_KEY);
}

#[test]
fn concurrent_first_starts_agree_on_one_key() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data_dir = Arc::new(tmp.path().join("data"));
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let data_dir = Arc::clone(&data_dir);
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                KeyRing::from_config(None, None, &data_dir)
                    .expect("loads")
                    .primary_key_id()
                    .to_owned()
            })
        })
        .collect();
    let ids: Vec<String> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
}

#[test]
fn a_key_file_with_invalid_content_is_a_key_file_error_naming_the_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join(KEY_FILE_NAME);

    for content in ["this is not a key!".to_owned(), b64_of(&[0x42; 16])] {
        std::fs::write(&path, &content).expect("write");
        let err = KeyRing::from_config(None, None, tmp.path()).expect_err("rejected");
        let CryptoError::KeyFile(message) = &err else {
            panic!("expected KeyFile, got {err:?}");
        };
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(!message.contains(&content), "{message}");
    }
    // The bad file is reported, never replaced by a fresh key.
    assert_eq!(
        std::fs::read_to_string(&path).expect("still there"),
        b64_of(&[0x42; 16])
    );
}

#[test]
fn the_environment_key_wins_and_no_key_file_is_written() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let encoded = b64_of(&[4; 32]);
    let ring = KeyRing::from_config(Some(&encoded), None, tmp.path()).expect("loads");
    assert_eq!(ring.primary_key_id(), key(4).key_id());
    assert!(!tmp.path().join(KEY_FILE_NAME).exists());
}

#[test]
fn a_blank_environment_key_falls_back_to_the_key_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let ring = KeyRing::from_config(Some("  "), None, tmp.path()).expect("loads");
    let stored = std::fs::read_to_string(tmp.path().join(KEY_FILE_NAME)).expect("created");
    assert_eq!(
        MasterKey::from_base64(&stored).expect("key").key_id(),
        ring.primary_key_id()
    );
}

#[test]
fn an_invalid_environment_key_names_the_variable_not_the_value() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let short = b64_of(&[4; 31]);
    let err = KeyRing::from_config(Some(&short), None, tmp.path()).expect_err("rejected");
    let CryptoError::InvalidKey(message) = &err else {
        panic!("expected InvalidKey, got {err:?}");
    };
    assert!(message.contains("AI_USAGE_ENCRYPTION_KEY"), "{message}");
    assert!(!message.contains(&short), "{message}");
}

#[test]
fn old_keys_from_the_environment_decrypt_old_blobs() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let blob_under_5 = seal(&ring(key(5)), VENDOR_KEY, &ctx(1, 1));
    let blob_under_6 = seal(&ring(key(6)), VENDOR_KEY, &ctx(1, 1));
    let old = format!(" {} ,{},", b64_of(&[5; 32]), b64_of(&[6; 32]));

    let ring =
        KeyRing::from_config(Some(&b64_of(&[4; 32])), Some(&old), tmp.path()).expect("loads");
    assert_eq!(
        ring.old_key_ids().collect::<Vec<_>>(),
        [key(5).key_id(), key(6).key_id()]
    );
    assert_eq!(
        open(&ring, &blob_under_5, &ctx(1, 1)).expect("opens"),
        VENDOR_KEY
    );
    assert_eq!(
        open(&ring, &blob_under_6, &ctx(1, 1)).expect("opens"),
        VENDOR_KEY
    );
}

#[test]
fn an_invalid_old_key_names_its_position_not_its_value() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let bad = "bm90IGEga2V5";
    let old = format!("{},{bad}", b64_of(&[5; 32]));
    let err = KeyRing::from_config(Some(&b64_of(&[4; 32])), Some(&old), tmp.path())
        .expect_err("rejected");
    let CryptoError::InvalidKey(message) = &err else {
        panic!("expected InvalidKey, got {err:?}");
    };
    assert!(
        message.contains("AI_USAGE_ENCRYPTION_OLD_KEYS entry 2"),
        "{message}"
    );
    assert!(!message.contains(bad), "{message}");
}

// --- SecretString ----------------------------------------------------------------------------

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
    let row = Integration {
        name: "claude",
        api_key: SecretString::from(VENDOR_KEY),
    };
    let printed = format!("{row:?} {row:#?}");
    assert!(!printed.contains(VENDOR_KEY), "{printed}");
    assert!(!printed.contains("Zm9vYmFy"), "{printed}");
    assert!(printed.contains("[redacted]"));
}

#[test]
fn hints_show_the_vendor_prefix_and_the_last_four_characters() {
    let cases = [
        (
            "sk-ant-admin01-Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA",
            "sk-ant-admin01-…4OTA",
        ),
        ("ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_…8B4a"),
        (
            "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
            "github_pat_…wxyz",
        ),
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
