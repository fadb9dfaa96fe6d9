//! The parts of the two WebSocket subprotocols that async-graphql's handler gets wrong, fixed
//! around it rather than in a copy of it: a gate that reads every client message before the handler
//! does and every server message after it.
//!
//! | situation | graphql-transport-ws | legacy graphql-ws |
//! |---|---|---|
//! | message that is not JSON with a `type` | close 4400 | close 4400 |
//! | `subscribe` / `start` before `connection_ack` | close 4401 | close 4401 |
//! | `subscribe` with an id already running | close 4409 | — (the legacy protocol replaces it) |
//! | operation refused before it ran (parse, validation, access) | `error` with the errors | `data` with the errors |
//! | `connection_init` refused | close 4403 | `connection_error`, then close 4403 |
//! | server shutting down | close 1001 | close 1001 |
//! | a client message over 256 KiB | close 1009 | close 1009 |

use std::collections::HashSet;

use async_graphql::http::WebSocketProtocols;
use serde::Deserialize;
use serde_json::Value;

/// A close the gate decided on: code and reason.
pub type Close = (u16, String);

/// What the gate knows about one socket.
pub struct Gate {
    protocol: WebSocketProtocols,
    acknowledged: bool,
    /// Operations started and not yet finished.
    running: HashSet<String>,
    /// Operations that have sent nothing yet: their first answer may still be a refusal.
    unanswered: HashSet<String>,
    /// Operations whose refusal went out as `error`: their trailing `complete` is dropped.
    errored: HashSet<String>,
    /// The handler refused `connection_init` (legacy `connection_error`).
    init_refused: bool,
    /// A close the gate decided on while reading; sent once the handler has stopped.
    pending_close: Option<Close>,
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<String>,
}

impl Gate {
    pub fn new(protocol: WebSocketProtocols) -> Gate {
        Gate {
            protocol,
            acknowledged: false,
            running: HashSet::new(),
            unanswered: HashSet::new(),
            errored: HashSet::new(),
            init_refused: false,
            pending_close: None,
        }
    }

    pub fn acknowledged(&self) -> bool {
        self.acknowledged
    }

    /// A client message: `false` ends the input, and the socket closes with the code decided.
    pub fn admit(&mut self, text: &[u8]) -> bool {
        match self.inbound(text) {
            Ok(()) => true,
            Err(close) => {
                self.pending_close = Some(close);
                false
            }
        }
    }

    /// Reading from the socket failed: a message over the size limit is 1009 (tungstenite's
    /// capacity error says "too long"), anything else a protocol error.
    pub fn read_failed(&mut self, error: &str) {
        let close =
            if error.contains("too long") { (1009, "Message too big") } else { (1002, "Protocol error") };
        self.pending_close = Some((close.0, close.1.to_owned()));
    }

    fn inbound(&mut self, text: &[u8]) -> Result<(), Close> {
        let envelope: Envelope =
            serde_json::from_slice(text).map_err(|_| (4400, "Invalid message received".to_owned()))?;
        match (envelope.kind.as_str(), envelope.id) {
            ("subscribe" | "start", _) if !self.acknowledged => Err((4401, "Unauthorized".to_owned())),
            ("subscribe", Some(id)) if self.running.contains(&id) => {
                Err((4409, format!("Subscriber for {id} already exists")))
            }
            ("subscribe" | "start", Some(id)) => {
                self.running.insert(id.clone());
                self.unanswered.insert(id);
                Ok(())
            }
            ("complete" | "stop", Some(id)) => {
                self.running.remove(&id);
                self.unanswered.remove(&id);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// A server message from the handler, as it should go out; `None` drops it.
    pub fn outbound(&mut self, text: String) -> Option<String> {
        let Ok(mut message) = serde_json::from_str::<Value>(&text) else { return Some(text) };
        let kind = message.get("type").and_then(Value::as_str).unwrap_or("").to_owned();
        let id = message.get("id").and_then(Value::as_str).map(str::to_owned);
        match (kind.as_str(), id) {
            ("connection_ack", _) => self.acknowledged = true,
            ("connection_error", _) => self.init_refused = true,
            ("next", Some(id)) if self.unanswered.remove(&id) && is_refusal(&message["payload"]) => {
                // graphql-transport-ws: an operation that never ran is answered with `error`
                // (its payload the errors), and no `complete` follows.
                self.errored.insert(id.clone());
                self.running.remove(&id);
                let errors = message["payload"]["errors"].take();
                return Some(serde_json::json!({ "type": "error", "id": id, "payload": errors }).to_string());
            }
            ("next" | "data", Some(id)) => {
                self.unanswered.remove(&id);
            }
            ("complete", Some(id)) => {
                self.running.remove(&id);
                self.unanswered.remove(&id);
                if self.errored.remove(&id) {
                    return None;
                }
            }
            _ => {}
        }
        Some(text)
    }

    /// How to close once the handler's stream has ended.
    pub fn close_at_end(&mut self) -> Close {
        if let Some(close) = self.pending_close.take() {
            return close;
        }
        if self.init_refused && self.protocol == WebSocketProtocols::SubscriptionsTransportWS {
            (4403, "Forbidden".to_owned())
        } else {
            (1000, "Normal Closure".to_owned())
        }
    }
}

/// A result that carries errors and no data: the operation was refused before it produced any.
fn is_refusal(payload: &Value) -> bool {
    let no_data = payload.get("data").is_none_or(Value::is_null);
    let errors = payload.get("errors").and_then(Value::as_array).is_some_and(|e| !e.is_empty());
    no_data && errors
}
