//! Stopping a run from outside the program: an interrupt from another
//! thread, a deadline passing, or its fuel running out.
//!
//! A VM polls its [`StopFlag`] at loop back edges and calls, in both
//! tiers (native code: at loop headers and function entries, a load and
//! a compare; the interpreter: `back_edge!` and `push_frame`). A set
//! flag ends the run at once with [`Unwind::Stopped`], like `os.Exit`:
//! no deferred call runs. Taking the request clears the flag, so the VM
//! runs again afterwards.
//!
//! **Fuel** (`Vm::fuel`, when the embedder sets a budget): every poll
//! spends one unit (a loop iteration or a call; the tiers poll at
//! slightly different points, so counts agree only roughly), and the run
//! stops with [`Stop::Fuel`] when none is left.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::vm::{Unwind, Vm, VmResult};

/// Why a run was stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Another thread asked for it.
    Interrupted,
    /// The run's deadline passed.
    Deadline,
    /// The run spent its fuel.
    Fuel,
}

/// A VM's stop request, shared with the threads that may stop it: 0 to
/// run on, else the [`Stop`] asked for.
#[derive(Debug, Default)]
pub struct StopFlag(AtomicU32);

impl StopFlag {
    /// Asks the VM polling this flag to stop (the first request wins).
    pub fn request(&self, why: Stop) {
        let code = match why {
            Stop::Interrupted => 1,
            Stop::Deadline => 2,
            Stop::Fuel => 3,
        };
        let _ = self
            .0
            .compare_exchange(0, code, Ordering::Release, Ordering::Relaxed);
    }

    /// Takes the pending request, if any, clearing the flag.
    pub fn take(&self) -> Option<Stop> {
        match self.0.swap(0, Ordering::Acquire) {
            0 => None,
            1 => Some(Stop::Interrupted),
            2 => Some(Stop::Deadline),
            _ => Some(Stop::Fuel),
        }
    }

    /// Whether a request is pending (what native code tests).
    #[inline]
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed) != 0
    }

    /// The word native code tests (nonzero: a request is pending).
    pub(crate) fn word(&self) -> *const AtomicU32 {
        &self.0
    }
}

impl Vm {
    /// A poll: `Err(Unwind::Stopped)` when a stop was requested.
    #[inline]
    pub(crate) fn poll_stop(&mut self) -> VmResult<()> {
        self.fuel -= 1;
        if self.stop.is_set() || self.fuel < 0 {
            return self.stopped();
        }
        Ok(())
    }

    /// Gives the run `units` of fuel (`i64::MAX`: unlimited).
    pub fn set_fuel(&mut self, units: i64) {
        self.fuel = units;
    }

    #[cold]
    fn stopped(&mut self) -> VmResult<()> {
        if self.fuel < 0 {
            self.fuel = 0;
            return Err(Unwind::Stopped(Stop::Fuel));
        }
        match self.stop.take() {
            Some(why) => Err(Unwind::Stopped(why)),
            None => Ok(()),
        }
    }
}
