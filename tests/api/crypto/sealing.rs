//! Sealing a key for a row and opening it: format, nonces, tampering, row binding, bad blobs.

use ai_usage::crypto::{CryptoError, FORMAT_VERSION, NONCE_LEN};

use super::{HEADER_LEN, KEY_ID_LEN, TAG_LEN, VENDOR_KEY, ctx, key, open, ring, seal};

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
    assert_eq!(blob.len(), HEADER_LEN + NONCE_LEN + VENDOR_KEY.len() + TAG_LEN);
    let body = &blob[HEADER_LEN + NONCE_LEN..];
    assert!(!body.windows(8).any(|w| VENDOR_KEY.as_bytes().windows(8).any(|k| k == w)));
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
    assert_eq!(open(&ring, &blob, &ctx(1, 1)), Err(CryptoError::DecryptionFailed));
}

#[test]
fn a_blob_moved_to_another_row_fails_decryption() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(3, 7));
    for other in [ctx(3, 8), ctx(4, 7), ctx(7, 3), ctx(-3, 7)] {
        assert_eq!(open(&ring, &blob, &other), Err(CryptoError::DecryptionFailed), "{other:?}");
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
        Err(CryptoError::UnknownKeyId(writer.primary_key_id().to_owned()))
    );
}

#[test]
fn the_wrong_key_under_a_forged_key_id_fails_decryption() {
    let writer = ring(key(1));
    let reader = ring(key(2));
    let mut blob = seal(&writer, VENDOR_KEY, &ctx(1, 1));
    blob[2..HEADER_LEN].copy_from_slice(reader.primary_key_id().as_bytes());
    assert_eq!(open(&reader, &blob, &ctx(1, 1)), Err(CryptoError::DecryptionFailed));
}

#[test]
fn an_unknown_format_version_is_refused_by_number() {
    let ring = ring(key(1));
    let mut blob = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    for version in [0, 2, 255] {
        blob[0] = version;
        assert_eq!(open(&ring, &blob, &ctx(1, 1)), Err(CryptoError::UnsupportedVersion(version)));
    }
}

#[test]
fn every_blob_too_short_to_hold_header_nonce_and_tag_is_truncated() {
    let ring = ring(key(1));
    let blob = seal(&ring, VENDOR_KEY, &ctx(1, 1));
    for len in 0..HEADER_LEN + NONCE_LEN + TAG_LEN {
        assert_eq!(open(&ring, &blob[..len], &ctx(1, 1)), Err(CryptoError::Truncated), "first {len} bytes");
    }
}

#[test]
fn a_key_id_length_beyond_the_blob_is_truncated() {
    assert_eq!(open(&ring(key(1)), &[1, 200, b'a', b'b'], &ctx(1, 1)), Err(CryptoError::Truncated));
}
