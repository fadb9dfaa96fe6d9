//! How many exports run at once. A CSV export streams for as long as the client reads (a million
//! rows take seconds), and each of its pages is a query, so without a bound a few clients that
//! open many downloads would take the database from everyone else. Two limits:
//! - per user, at most [`STREAMS_PER_USER`] CSV downloads open at once; one more is answered 429
//!   at once (it would only queue behind the caller's own downloads);
//! - for the whole service, at most [`CONCURRENT_STREAMS`]; a request waits up to [`SLOT_WAIT`]
//!   for a place, else 429.
//!
//! The PDF report's render slots ([`super::export_pdf`]) wait the same way, through [`slot`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, Bytes};
use futures_util::StreamExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::export::ExportError;

/// CSV downloads streaming at once across the service.
pub const CONCURRENT_STREAMS: usize = 8;
/// CSV downloads one user may have open at once.
pub const STREAMS_PER_USER: usize = 2;
/// How long a request waits for a free slot before it is answered 429.
pub const SLOT_WAIT: Duration = Duration::from_secs(1);

/// A permit of `slots`, waiting at most [`SLOT_WAIT`]; `Busy` when none frees up.
pub async fn slot(slots: &Arc<Semaphore>) -> Result<OwnedSemaphorePermit, ExportError> {
    match tokio::time::timeout(SLOT_WAIT, slots.clone().acquire_owned()).await {
        Ok(Ok(permit)) => Ok(permit),
        _ => Err(ExportError::Busy),
    }
}

/// The CSV routes' limits, shared by their handlers.
pub struct StreamLimits {
    service: Arc<Semaphore>,
    open_per_user: Arc<Mutex<HashMap<i64, usize>>>,
    per_user: usize,
}

/// One open download: frees its places (the user's and the service's) when dropped.
pub struct StreamSlot {
    _service: OwnedSemaphorePermit,
    _user: UserPlace,
}

/// One of a user's [`STREAMS_PER_USER`] places; the map entry goes with the user's last place,
/// so the map holds no more users than there are downloads open or waiting.
struct UserPlace {
    user_id: i64,
    open_per_user: Arc<Mutex<HashMap<i64, usize>>>,
}

impl StreamLimits {
    /// [`CONCURRENT_STREAMS`] for the service, [`STREAMS_PER_USER`] per user.
    pub fn new() -> Self {
        Self::with(CONCURRENT_STREAMS, STREAMS_PER_USER)
    }

    fn with(service: usize, per_user: usize) -> Self {
        StreamLimits { service: Arc::new(Semaphore::new(service)), open_per_user: Arc::default(), per_user }
    }

    /// A place for one more download of `user_id`: `Busy` at once past the user's limit, or
    /// after [`SLOT_WAIT`] when the service's places stay taken.
    pub async fn take(&self, user_id: i64) -> Result<StreamSlot, ExportError> {
        let user = self.user_place(user_id)?;
        let service = slot(&self.service).await?;
        Ok(StreamSlot { _service: service, _user: user })
    }

    fn user_place(&self, user_id: i64) -> Result<UserPlace, ExportError> {
        let mut open = self.open_per_user.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(user_id).or_insert(0);
        if *count >= self.per_user {
            return Err(ExportError::Busy);
        }
        *count += 1;
        Ok(UserPlace { user_id, open_per_user: self.open_per_user.clone() })
    }
}

impl Default for StreamLimits {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for UserPlace {
    fn drop(&mut self) {
        let mut open = self.open_per_user.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.user_id) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.user_id);
            }
        }
    }
}

/// `body`, holding `slot` until its end: the slot is freed as the body yields its last chunk
/// (before the response's end reaches the client, so a client that downloads files one after
/// the other never finds its own finished download still counted), or when the body is dropped
/// because the client left (the producer then stops at its next page).
pub fn holding(body: Body, slot: StreamSlot) -> Body {
    let release = futures_util::stream::once(async move {
        drop(slot);
        None::<Result<Bytes, axum::Error>>
    })
    .filter_map(std::future::ready);
    Body::from_stream(body.into_data_stream().chain(release))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn busy(result: Result<StreamSlot, ExportError>) -> bool {
        matches!(result, Err(ExportError::Busy))
    }

    #[tokio::test]
    async fn a_user_gets_their_places_and_the_service_its_own() {
        let limits = StreamLimits::with(3, 2);
        let first = limits.take(1).await.unwrap();
        let second = limits.take(1).await.unwrap();
        assert!(busy(limits.take(1).await), "a third download of one user");
        // Another user takes the service's last place; then everyone waits, then is refused.
        let other = limits.take(2).await.unwrap();
        let waited = tokio::time::Instant::now();
        assert!(busy(limits.take(3).await), "the service is full");
        assert!(waited.elapsed() >= SLOT_WAIT, "a request waits for a place before it is refused");

        // A finished download gives both places back; the user's entry goes with the last one.
        drop(first);
        let third = limits.take(1).await.unwrap();
        drop((second, third, other));
        assert!(limits.open_per_user.lock().unwrap().is_empty());
        assert_eq!(limits.service.available_permits(), 3);
    }

    #[tokio::test]
    async fn a_waiting_request_gets_the_place_a_download_frees() {
        let limits = Arc::new(StreamLimits::with(1, 2));
        let open = limits.take(1).await.unwrap();
        let waiting = tokio::spawn({
            let limits = limits.clone();
            async move { limits.take(2).await.is_ok() }
        });
        tokio::time::sleep(SLOT_WAIT / 2).await;
        drop(open);
        assert!(waiting.await.unwrap(), "the freed place went to the waiting request");
    }

    #[tokio::test]
    async fn the_body_holds_its_slot_to_its_end_or_until_it_is_dropped() {
        let limits = StreamLimits::with(1, 1);
        let chunks = || futures_util::stream::iter(["a,b\r\n", "1,2\r\n"].map(Ok::<_, axum::Error>));
        let mut body = holding(Body::from_stream(chunks()), limits.take(7).await.unwrap()).into_data_stream();
        assert_eq!(&body.next().await.unwrap().unwrap()[..], b"a,b\r\n");
        assert!(busy(limits.take(7).await), "the download is still open");
        assert_eq!(&body.next().await.unwrap().unwrap()[..], b"1,2\r\n");
        assert!(body.next().await.is_none());
        let next = limits.take(7).await;
        assert!(next.is_ok(), "the places came back at the body's end, before it was dropped");
        drop((body, next));

        // A client that leaves mid-file gives the places back too.
        let mut left = holding(Body::from_stream(chunks()), limits.take(7).await.unwrap()).into_data_stream();
        left.next().await.unwrap().unwrap();
        drop(left);
        assert!(limits.take(7).await.is_ok(), "the places came back with the dropped body");
    }
}
