//! gust x86-64 JIT tier (skeleton; see issue "JIT tier").
