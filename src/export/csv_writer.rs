//! Writing a CSV file as a stream: a task produces the rows page by page into a [`CsvSink`],
//! which hands each page to the response body as one chunk through a bounded channel. The whole
//! file is never in memory: at most [`CHANNEL_CHUNKS`] pages wait for a slow client, and the
//! producer waits with them.
//!
//! RFC 4180 (the `csv` crate: CRLF line ends, quotes where needed). An error once the header
//! has gone out cannot change the status any more: the stream ends with an error, so the
//! connection drops instead of ending cleanly, and the error is logged. A client that goes
//! away stops the producer at its next page.

use std::future::Future;

use axum::body::{Body, Bytes};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use super::ExportError;
use super::columns::Cell;
use crate::analytics::AnalyticsError;
use crate::storage::StorageError;

/// Pages waiting for the client at most; the producer waits when they are all taken.
pub const CHANNEL_CHUNKS: usize = 4;

/// The UTF-8 byte-order mark (`bom=1`), which Excel needs to read UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

type Chunk = Result<Bytes, std::io::Error>;

/// Where a producer writes rows; each [`CsvSink::flush`] sends what was written as one chunk.
pub struct CsvSink {
    writer: csv::Writer<Vec<u8>>,
    tx: mpsc::Sender<Chunk>,
}

/// Why a producer stopped before its end.
#[derive(Debug)]
pub enum Stop {
    /// The client closed the connection.
    Gone,
    /// The figures could not be read.
    Failed(ExportError),
}

impl From<ExportError> for Stop {
    fn from(err: ExportError) -> Self {
        Stop::Failed(err)
    }
}

impl From<StorageError> for Stop {
    fn from(err: StorageError) -> Self {
        Stop::Failed(err.into())
    }
}

impl From<AnalyticsError> for Stop {
    fn from(err: AnalyticsError) -> Self {
        Stop::Failed(err.into())
    }
}

impl CsvSink {
    /// Writes one row into the pending chunk.
    pub fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) -> Result<(), Stop> {
        // Rendered one cell at a time; `write_field` quotes each as RFC 4180 needs.
        for cell in cells {
            self.writer.write_field(cell.render().as_bytes()).map_err(csv_failed)?;
        }
        self.writer.write_record(None::<&[u8]>).map_err(csv_failed)
    }

    /// Sends the rows written since the last flush as one chunk; waits while the client is slow.
    pub async fn flush(&mut self) -> Result<(), Stop> {
        // The writer owns its buffer: a fresh one takes over and the filled one becomes the chunk.
        let filled = std::mem::replace(&mut self.writer, rfc4180(Vec::with_capacity(64 * 1024)));
        let chunk = filled.into_inner().map_err(|e| Stop::Failed(ExportError::Internal(e.to_string())))?;
        if chunk.is_empty() {
            return Ok(());
        }
        self.tx.send(Ok(Bytes::from(chunk))).await.map_err(|_| Stop::Gone)
    }
}

/// A writer of RFC 4180 records (CRLF line ends; the crate's default is LF) into `buffer`.
fn rfc4180(buffer: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(buffer)
}

fn csv_failed(err: csv::Error) -> Stop {
    Stop::Failed(ExportError::Internal(format!("writing CSV: {err}")))
}

/// A response body that `produce` fills: the BOM if asked, the header row (sent at once, so the
/// first byte does not wait for the first page), then whatever `produce` writes.
pub fn stream<F, Fut>(kind: &'static str, bom: bool, header: Vec<String>, produce: F) -> Body
where
    F: FnOnce(CsvSink) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(), Stop>> + Send + 'static,
{
    let (tx, rx) = mpsc::channel::<Chunk>(CHANNEL_CHUNKS);
    let errors = tx.clone();
    tokio::spawn(async move {
        let mut buffer = Vec::with_capacity(64 * 1024);
        if bom {
            buffer.extend_from_slice(BOM);
        }
        let mut sink = CsvSink { writer: rfc4180(buffer), tx };
        let started = async {
            sink.row(header.iter().map(|name| Cell::Word(name)))?;
            sink.flush().await
        };
        let outcome = match started.await {
            Ok(()) => produce(sink).await,
            Err(stop) => Err(stop),
        };
        match outcome {
            Ok(()) => {}
            Err(Stop::Gone) => tracing::debug!(kind, "the client left before the export ended"),
            Err(Stop::Failed(err)) => {
                let detail = match err {
                    ExportError::Internal(detail) => detail,
                    other => format!("{other:?}"),
                };
                tracing::error!(kind, error = %detail, "an export failed after its header was sent");
                // The body ends with an error: the connection drops instead of ending cleanly, so
                // no one mistakes a cut file for a whole one.
                let _ = errors.send(Err(std::io::Error::other("the export failed"))).await;
            }
        }
    });
    Body::from_stream(ReceiverStream::new(rx))
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt;

    use super::*;

    #[tokio::test]
    async fn each_flush_is_one_chunk_and_a_late_failure_ends_the_body_with_an_error() {
        let header = vec!["a".to_owned(), "b".to_owned()];
        let body = stream("test", true, header, |mut sink| async move {
            sink.row([Cell::Number(Some(-1)), Cell::text("=x")])?;
            sink.row([Cell::Number(None), Cell::text("two, \"quoted\"")])?;
            sink.flush().await?;
            Err(Stop::Failed(ExportError::Internal("the database went away".into())))
        });
        let mut chunks = body.into_data_stream();
        let header = chunks.next().await.unwrap().unwrap();
        assert_eq!(&header[..], b"\xEF\xBB\xBFa,b\r\n", "BOM, then the header at once");
        let page = chunks.next().await.unwrap().unwrap();
        assert_eq!(&page[..], b"-1,'=x\r\n,\"two, \"\"quoted\"\"\"\r\n");
        assert!(chunks.next().await.unwrap().is_err(), "a cut file does not end cleanly");
        assert!(chunks.next().await.is_none());
    }
}
