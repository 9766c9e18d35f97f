//! Embedding costs, gust against mlua (Lua 5.4) and rhai, in one run
//! (`cargo bench -p gust-benches --bench embed`):
//!
//! * **Rust → script:** calling a script function that adds two integers,
//!   from Rust, with typed arguments and result.
//! * **script → Rust:** a script loop calling a host function that adds
//!   two integers (time per call).
//! * **per run:** running a compiled small script (a map of word counts,
//!   a sort, a formatted string) again from a fresh state: gust runs the
//!   compiled program in a new VM, mlua loads the script's precompiled
//!   bytecode into a new state, rhai runs its compiled AST with a new
//!   scope.
//!
//! Each figure is the median of 7 batches, per operation; the last column
//! is gust's time over mlua's. Arguments after `--` keep only the rows
//! whose name contains one of them (`-- script`).

use std::hint::black_box;
use std::time::{Duration, Instant};

use gust::{Engine, HostPackage, JitMode};
use mlua::{Function, Lua};

const GO: &str = r#"package main

import (
	"fmt"
	"host"
	"sort"
	"strings"
)

func Add(a, b int) int { return a + b }

func CallHost(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = host.Add(s, i)
	}
	return s
}

func main() {
	m := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		m[w]++
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	_ = fmt.Sprintf("%v %d", keys, m["the"])
}
"#;

const LUA: &str = r#"
function add(a, b) return a + b end
function callhost(n)
  local s = 0
  for i = 0, n - 1 do s = hadd(s, i) end
  return s
end
"#;

const LUA_RUN: &str = r#"
local m = {}
for w in string.gmatch("the quick brown fox jumps over the lazy dog the end", "%S+") do
  m[w] = (m[w] or 0) + 1
end
local keys = {}
for k in pairs(m) do keys[#keys + 1] = k end
table.sort(keys)
local _ = string.format("[%s] %d", table.concat(keys, " "), m["the"])
"#;

const RHAI: &str = r#"
fn add(a, b) { a + b }
fn callhost(n) {
  let s = 0;
  for i in 0..n { s = hadd(s, i); }
  s
}
"#;

const RHAI_RUN: &str = r#"
let m = #{};
for w in "the quick brown fox jumps over the lazy dog the end".split(" ") {
  if w in m { m[w] += 1; } else { m[w] = 1; }
}
let keys = m.keys();
keys.sort();
let s = `${keys} ${m["the"]}`;
"#;

/// The median over 7 batches of the time per operation of `f`, run `n`
/// times a batch.
fn per_op(n: u32, mut f: impl FnMut(u32)) -> Duration {
    let mut t: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            for i in 0..n {
                f(i);
            }
            start.elapsed() / n
        })
        .collect();
    t.sort();
    t[3]
}

/// Whether row `what` was asked for (no filter: all).
fn wanted(what: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| what.contains(f.as_str()))
}

fn row(what: &str, gust: Duration, lua: Duration, rhai: Duration) {
    let ns = |d: Duration| d.as_secs_f64() * 1e9;
    println!(
        "{what:<28} {:>10.0} ns {:>10.0} ns {:>10.0} ns {:>8.2}x",
        ns(gust),
        ns(lua),
        ns(rhai),
        ns(gust) / ns(lua)
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let host = HostPackage::new("host").func("Add", "(a, b int) int", |a: i64, b: i64| a + b);
    let engine = Engine::new().jit(JitMode::Auto).package(host);
    let program = engine.compile("embed.go", GO)?;
    let mut inst = engine.instantiate(&program)?;

    let lua = Lua::new();
    lua.globals().set(
        "hadd",
        lua.create_function(|_, (a, b): (i64, i64)| Ok(a + b))?,
    )?;
    lua.load(LUA).exec()?;
    let add: Function = lua.globals().get("add")?;
    let callhost: Function = lua.globals().get("callhost")?;

    let mut rhai = rhai::Engine::new();
    rhai.register_fn("hadd", |a: i64, b: i64| a + b);
    let ast = rhai.compile(RHAI)?;
    let run_ast = rhai.compile(RHAI_RUN)?;
    let mut scope = rhai::Scope::new();

    println!(
        "{:<28} {:>13} {:>13} {:>13} {:>9}",
        "", "gust", "mlua", "rhai", "gust/mlua"
    );
    let rows = [
        "Rust -> script call",
        "script -> Rust call",
        "per run (map, sort, format)",
    ];
    if wanted(rows[0]) {
        let gust = per_op(20_000, |i| {
            black_box(inst.call::<_, i64>("Add", (i as i64, 1)).unwrap());
        });
        let l = per_op(20_000, |i| {
            black_box(add.call::<i64>((i as i64, 1)).unwrap());
        });
        let r = per_op(20_000, |i| {
            black_box(
                rhai.call_fn::<i64>(&mut scope, &ast, "add", (i as i64, 1_i64))
                    .unwrap(),
            );
        });
        row(rows[0], gust, l, r);
    }

    const N: u32 = 200_000;
    if wanted(rows[1]) {
        let gust = per_op(1, |_| {
            black_box(inst.call::<_, i64>("CallHost", (N as i64,)).unwrap());
        }) / N;
        let l = per_op(1, |_| {
            black_box(callhost.call::<i64>(N as i64).unwrap());
        }) / N;
        let r = per_op(1, |_| {
            black_box(
                rhai.call_fn::<i64>(&mut scope, &ast, "callhost", (N as i64,))
                    .unwrap(),
            );
        }) / N;
        row(rows[1], gust, l, r);
    }

    if !wanted(rows[2]) {
        return Ok(());
    }
    let bytecode = lua.load(LUA_RUN).into_function()?.dump(true);
    let gust = per_op(500, |_| {
        let s = engine.run_with_output(&program, &[], &mut std::io::sink(), &mut std::io::sink());
        black_box(s.unwrap());
    });
    let l = per_op(500, |_| {
        let lua = Lua::new();
        lua.load(&bytecode[..]).exec().unwrap();
    });
    let r = per_op(500, |_| {
        rhai.run_ast_with_scope(&mut rhai::Scope::new(), &run_ast)
            .unwrap();
    });
    row(rows[2], gust, l, r);
    Ok(())
}
