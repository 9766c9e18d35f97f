//! The frontend's stack: parsing, checking and lowering walk the syntax
//! tree recursively, so they run on one thread whose stack holds the
//! deepest tree the parser accepts, whatever the caller's stack (an
//! embedder may call `Engine::compile` from a small thread).

use std::cell::Cell;

/// Stack reserved for the frontend thread (address space only: pages are
/// committed as the recursion touches them), like Go's 1 GB limit for a
/// goroutine's stack.
pub const FRONTEND_STACK: usize = 1 << 30;

/// Stack one level of nesting may use, over all passes: twice the worst
/// measured in a debug build (about 16 KiB per parenthesis, block or
/// function literal level); release builds use far less.
pub const BYTES_PER_LEVEL: usize = 32 << 10;

/// The deepest nesting the parser accepts on the frontend thread
/// (32768 levels: parentheses, blocks, statements, operator chains,
/// selector, index and call chains, types each count one per level);
/// deeper programs are rejected with `exceeded max nesting depth`.
pub const MAX_DEPTH: u32 = (FRONTEND_STACK / BYTES_PER_LEVEL) as u32;

/// The nesting limit when no frontend thread could be started: what a
/// 2 MiB stack holds.
const FALLBACK_DEPTH: u32 = ((2 << 20) / BYTES_PER_LEVEL) as u32;

thread_local! {
    /// The nesting limit of this thread: set on the frontend thread.
    static DEPTH_LIMIT: Cell<Option<u32>> = const { Cell::new(None) };
}

/// The nesting limit for code running on this thread.
pub fn depth_limit() -> u32 {
    DEPTH_LIMIT.with(Cell::get).unwrap_or(FALLBACK_DEPTH)
}

/// Runs `f` on a thread with a [`FRONTEND_STACK`]-sized stack (or a
/// 64 MiB one, with a proportionally smaller nesting limit, where the
/// address space is tight), or inline when already on such a thread or
/// if no thread can be started.
pub fn with_frontend_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    if DEPTH_LIMIT.with(Cell::get).is_some() {
        return f();
    }
    let mut f = Some(f);
    for size in [FRONTEND_STACK, 64 << 20] {
        let res = std::thread::scope(|s| {
            let f = &mut f;
            std::thread::Builder::new()
                .name("gust-frontend".to_string())
                .stack_size(size)
                .spawn_scoped(s, move || {
                    DEPTH_LIMIT.with(|c| c.set(Some((size / BYTES_PER_LEVEL) as u32)));
                    f.take().map(|f| f())
                })
                .ok()
                .map(|h| h.join())
        });
        match res {
            Some(Ok(Some(r))) => return r,
            Some(Err(panic)) => std::panic::resume_unwind(panic),
            // Not started (or it lost its result): try a smaller stack.
            _ => {}
        }
    }
    match f {
        Some(f) => f(),
        // the closure ran but produced nothing: cannot happen
        None => unreachable!("frontend thread lost its result"),
    }
}
