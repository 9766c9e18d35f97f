//! gust vm.
