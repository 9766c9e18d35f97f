//! Stopping runs from outside: interrupt handles and deadlines.
//!
//! Every VM an [`Engine`](crate::Engine) makes polls its own stop flag
//! at loop back edges and calls, in the interpreter and in native code
//! (`gust_vm::stop`). An [`InterruptHandle`] sets the flags of the runs
//! it covers; a deadline (`Engine::timeout`) is a watchdog thread that
//! sets its run's flag when the time is up.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use gust_vm::stop::{Stop, StopFlag};

/// The stop flags of live VMs, and whether a handle to them was taken.
#[derive(Debug, Default)]
pub(crate) struct Flags(Mutex<Vec<Weak<StopFlag>>>, AtomicBool);

impl Flags {
    /// Whether an [`InterruptHandle`] of these flags exists (then runs
    /// compile polls into their native code).
    pub(crate) fn wanted(&self) -> bool {
        self.1.load(Ordering::Relaxed)
    }

    /// A handle to these flags.
    pub(crate) fn handle(self: &Arc<Self>) -> InterruptHandle {
        self.1.store(true, Ordering::Relaxed);
        InterruptHandle(self.clone())
    }

    /// A new flag, registered here.
    pub(crate) fn new_flag(&self) -> Arc<StopFlag> {
        let flag = Arc::new(StopFlag::default());
        let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        v.retain(|w| w.strong_count() > 0);
        v.push(Arc::downgrade(&flag));
        flag
    }

    /// Registers an existing flag.
    pub(crate) fn add(&self, flag: &Arc<StopFlag>) {
        let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        v.push(Arc::downgrade(flag));
    }

    fn request(&self, why: Stop) {
        let v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        for f in v.iter().filter_map(Weak::upgrade) {
            f.request(why);
        }
    }
}

/// Stops running Go code from another thread: every run in progress
/// that the handle covers ends with [`Error::Interrupted`](crate::Error),
/// in interpreted and in native code alike (within a loop iteration or
/// a call), without running deferred calls. Runs started afterwards are
/// not affected. Cheap to clone; `Send` and `Sync`.
///
/// From [`Engine::interrupt_handle`](crate::Engine::interrupt_handle)
/// (every run of the engine and its clones) or
/// [`Instance::interrupt_handle`](crate::Instance::interrupt_handle)
/// (that instance's calls).
#[derive(Clone, Debug)]
pub struct InterruptHandle(pub(crate) Arc<Flags>);

impl InterruptHandle {
    /// Stops the runs in progress.
    pub fn interrupt(&self) {
        self.0.request(Stop::Interrupted);
    }
}

/// A deadline for one run: a thread that sets the run's stop flag when
/// the time is up, unless the run ends first (the guard is dropped).
pub(crate) struct Watchdog {
    done: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
    flag: Arc<StopFlag>,
}

impl Watchdog {
    /// Arms a deadline `after` from now for the VM polling `flag`; `None`
    /// when no thread can be started (the run then has no deadline).
    pub(crate) fn arm(flag: &Arc<StopFlag>, after: Duration) -> Option<Watchdog> {
        let done = Arc::new(AtomicBool::new(false));
        let deadline = Instant::now() + after;
        let (d, f) = (done.clone(), flag.clone());
        let thread = std::thread::Builder::new()
            .name("gust-deadline".into())
            .stack_size(64 << 10)
            .spawn(move || loop {
                if d.load(Ordering::Acquire) {
                    return;
                }
                let now = Instant::now();
                if now >= deadline {
                    f.request(Stop::Deadline);
                    return;
                }
                std::thread::park_timeout(deadline - now);
            })
            .ok()?;
        Some(Watchdog {
            done,
            thread: Some(thread),
            flag: flag.clone(),
        })
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
        if let Some(t) = self.thread.take() {
            t.thread().unpark();
            let _ = t.join();
        }
        // A deadline that passed as the run ended must not stop the next.
        if self.flag.is_set() {
            self.flag.take();
        }
    }
}
