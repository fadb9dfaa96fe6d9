//! Loading the key ring from the environment or the key file in the data directory.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::sync::{Arc, Barrier};

use ai_usage::crypto::{CryptoError, KEY_FILE_NAME, KeyRing, MasterKey};

use super::{VENDOR_KEY, b64_of, ctx, key, open, ring, seal};

fn key_file_mode(data_dir: &Path) -> u32 {
    std::fs::metadata(data_dir.join(KEY_FILE_NAME)).expect("key file exists").permissions().mode() & 0o777
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
                KeyRing::from_config(None, None, &data_dir).expect("loads").primary_key_id().to_owned()
            })
        })
        .collect();
    let ids: Vec<String> = handles.into_iter().map(|h| h.join().expect("thread")).collect();
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
    assert_eq!(std::fs::read_to_string(&path).expect("still there"), b64_of(&[0x42; 16]));
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
    assert_eq!(MasterKey::from_base64(&stored).expect("key").key_id(), ring.primary_key_id());
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

    let ring = KeyRing::from_config(Some(&b64_of(&[4; 32])), Some(&old), tmp.path()).expect("loads");
    assert_eq!(ring.old_key_ids().collect::<Vec<_>>(), [key(5).key_id(), key(6).key_id()]);
    assert_eq!(open(&ring, &blob_under_5, &ctx(1, 1)).expect("opens"), VENDOR_KEY);
    assert_eq!(open(&ring, &blob_under_6, &ctx(1, 1)).expect("opens"), VENDOR_KEY);
}

#[test]
fn an_invalid_old_key_names_its_position_not_its_value() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let bad = "bm90IGEga2V5";
    let old = format!("{},{bad}", b64_of(&[5; 32]));
    let err = KeyRing::from_config(Some(&b64_of(&[4; 32])), Some(&old), tmp.path()).expect_err("rejected");
    let CryptoError::InvalidKey(message) = &err else {
        panic!("expected InvalidKey, got {err:?}");
    };
    assert!(message.contains("AI_USAGE_ENCRYPTION_OLD_KEYS entry 2"), "{message}");
    assert!(!message.contains(bad), "{message}");
}
