//! gust frontend.
