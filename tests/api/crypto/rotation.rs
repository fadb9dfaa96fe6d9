//! Key rotation: old blobs stay readable, `needs_rotation` finds them, `reencrypt` moves them.

use ai_usage::crypto::{CryptoError, KeyRing};

use super::{HEADER_LEN, VENDOR_KEY, ctx, key, open, ring, seal};

#[test]
fn rotation_keeps_old_blobs_readable_and_moves_them_to_the_new_key() {
    let old_ring = ring(key(1));
    let rows = [
        (ctx(1, 1), "sk-ant-admin01-aaaaaaaaaaaaaaaaaaaa"),
        (ctx(1, 2), "ghp_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        (ctx(2, 3), "crsr_cccccccccccccccccccccccc"),
    ];
    let old_blobs: Vec<Vec<u8>> = rows.iter().map(|(row, secret)| seal(&old_ring, secret, row)).collect();

    let rotating = KeyRing::new(key(2), vec![key(1)]);
    let new_only = ring(key(2));
    assert_ne!(rotating.primary_key_id(), old_ring.primary_key_id());
    assert_eq!(rotating.old_key_ids().collect::<Vec<_>>(), [old_ring.primary_key_id()]);

    for ((row, secret), old_blob) in rows.iter().zip(&old_blobs) {
        assert_eq!(open(&rotating, old_blob, row).expect("old blob reads"), *secret);
        assert!(rotating.needs_rotation(old_blob));
        assert_eq!(
            open(&new_only, old_blob, row),
            Err(CryptoError::UnknownKeyId(old_ring.primary_key_id().to_owned()))
        );

        let new_blob = rotating.reencrypt(old_blob, row).expect("re-encrypts");
        assert_eq!(&new_blob[2..HEADER_LEN], new_only.primary_key_id().as_bytes());
        assert!(!rotating.needs_rotation(&new_blob));
        assert!(!new_only.needs_rotation(&new_blob));
        assert_eq!(open(&new_only, &new_blob, row).expect("new key reads"), *secret);
        // Still bound to its row after rotation.
        assert_eq!(open(&new_only, &new_blob, &ctx(9, 9)), Err(CryptoError::DecryptionFailed));
    }
}

#[test]
fn reencrypt_refuses_a_blob_presented_for_the_wrong_row() {
    let rotating = KeyRing::new(key(2), vec![key(1)]);
    let blob = seal(&ring(key(1)), VENDOR_KEY, &ctx(1, 1));
    assert_eq!(rotating.reencrypt(&blob, &ctx(1, 2)), Err(CryptoError::DecryptionFailed));
}

#[test]
fn fresh_blobs_do_not_need_rotation_and_garbage_does() {
    let ring = ring(key(1));
    assert!(!ring.needs_rotation(&seal(&ring, VENDOR_KEY, &ctx(1, 1))));
    assert!(ring.needs_rotation(b""));
    assert!(ring.needs_rotation(&[2, 0]));
}
