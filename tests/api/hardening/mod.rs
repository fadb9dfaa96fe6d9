//! The hostile suite (issue #10): each module attacks one surface of the service as an anonymous
//! client, a careless user or a malicious account would, and checks the service refuses clearly and
//! keeps answering everyone else.

mod accounts;
mod documents;
mod edge;
mod egress;
mod groups;
