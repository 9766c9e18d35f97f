//! The collector as an embedder sees it: a bounded live set runs under a
//! heap cap far below what it allocates in all, and the stress mode
//! (collect at every safepoint) changes no output, in native code whose
//! locals live in registers and whose frames are lazy as in the
//! interpreter.

use gust::{Engine, Error, JitMode};

fn run(engine: &Engine, src: &str) -> Result<String, Error> {
    let prog = engine.compile("gc.go", src)?;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = engine.run_with_output(&prog, &[], &mut out, &mut err)?;
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    Ok(String::from_utf8(out).unwrap())
}

/// 4 million small allocations (over 350 MB in all), 1,000 live at a time.
const BOUNDED_LIVE: &str = r#"package main

import "fmt"

type node struct {
	next *node
	val  [4]int
}

func main() {
	var ring [1000]*node
	sum := 0
	for i := 0; i < 4_000_000; i++ {
		n := &node{val: [4]int{i, i, i, i}}
		n.next = n // a cycle, collected with the rest
		ring[i%1000] = n
		sum += n.val[3] % 7
	}
	fmt.Println(sum, ring[0].val[0], ring[999].next == ring[999])
}
"#;

#[test]
fn a_bounded_live_set_runs_in_a_small_heap() {
    let engine = Engine::new().jit(JitMode::Always).max_heap_bytes(64 << 20);
    let out = run(&engine, BOUNDED_LIVE).expect("the live set fits in 64 MB");
    assert_eq!(out, "11999994 3999000 true\n");
}

/// Hot loops keep pointers, slices, strings and interfaces in locals (the
/// JIT's register homes) across calls that allocate; a recursion of small
/// functions (lazy native frames) builds a tree whose only references are
/// in those frames while the leaves allocate.
const HOT_FRAMES: &str = r#"package main

import (
	"fmt"
	"strconv"
)

type tree struct {
	l, r *tree
	name string
}

func build(d int) *tree {
	if d == 0 {
		return &tree{name: strconv.Itoa(d)}
	}
	l := build(d - 1)
	r := build(d - 1)
	return &tree{l, r, strconv.Itoa(d)}
}

func (t *tree) count() int {
	if t == nil {
		return 0
	}
	return 1 + t.l.count() + t.r.count()
}

func main() {
	var keep *tree
	var words []string
	var any interface{} = &tree{name: "boxed"}
	total := 0
	for i := 0; i < 3000; i++ {
		p := &tree{name: "p" + strconv.Itoa(i)}
		s := make([]int, 8)
		s[i%8] = i
		w := fmt.Sprint(i, p.name)
		if i%500 == 0 {
			keep = build(6)
			words = append(words, w)
		}
		total += len(w) + s[i%8] + keep.count() + len(any.(*tree).name)
	}
	fmt.Println(total, keep.count(), words)
}
"#;

#[test]
fn stress_mode_changes_no_output_in_either_tier() {
    // What Go 1.27 prints.
    let want = "4919280 127 [0p0 500p500 1000p1000 1500p1500 2000p2000 2500p2500]\n";
    for mode in [JitMode::Off, JitMode::Always] {
        let engine = Engine::new().jit(mode).gc_stress(1);
        assert_eq!(run(&engine, HOT_FRAMES).unwrap(), want, "{mode:?}");
    }
}

/// Large objects whose only references are frame slots no longer read:
/// a consumed input, the slice a finished `range` walked, the previous
/// iteration's buffer. Their frames keep running while far more than the
/// cap is allocated after them.
const DEAD_LOCALS: &str = r#"package main

import "fmt"

func last(b []byte) int { return int(b[len(b)-1]) }

func parts() [][]byte {
	return [][]byte{make([]byte, 24<<20), make([]byte, 24<<20)}
}

func main() {
	total := 0
	input := make([]byte, 48<<20)
	input[len(input)-1] = 7
	total += last(input)
	for _, p := range parts() {
		total += len(p) >> 20
	}
	for i := 0; i < 6; i++ {
		b := make([]byte, 36<<20)
		b[len(b)-1] = byte(i)
		total += last(b)
	}
	fmt.Println(total)
}
"#;

#[test]
fn objects_only_dead_locals_hold_are_freed_while_their_frame_runs() {
    for mode in [JitMode::Off, JitMode::Auto, JitMode::Always] {
        // 48 MB of input, 48 MB of parts and 216 MB of buffers under a
        // 96 MB cap: only one of them is live at a time.
        let engine = Engine::new().jit(mode).max_heap_bytes(96 << 20);
        assert_eq!(run(&engine, DEAD_LOCALS).unwrap(), "70\n", "{mode:?}");
    }
}
