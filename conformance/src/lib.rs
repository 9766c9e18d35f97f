//! Conformance harness support.
