//! gust's frontend: Go source text to checked, lowered bytecode.
//!
//! Pipeline: [`lexer`] (tokens with automatic semicolons) → [`parser`]
//! ([`ast`]) → [`check`] (types, constants, names) → lowering to `gust_vm`
//! bytecode.

pub mod ast;
pub mod check;
pub mod compile;
pub mod constant;
pub mod defers;
pub mod go_api;
pub mod lexer;
pub mod lower;
pub mod parser;
pub mod pos;
pub mod stack;
pub mod syntax_string;
pub mod token;
pub mod visit;
