//! gust embedding API.
