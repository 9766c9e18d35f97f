//! Go's `fmt` and `strconv` formatting core, independent of the VM's values.
