//! Helpers of the bench binaries.
#![allow(dead_code)] // each bench uses a different part

pub mod seed;
