//! Unit tests of lowering's frame pointer maps (`Function::slot_kinds`).

use gust_vm::program::{Ref, SlotKind};

fn slot_kinds(src: &str, func: &str) -> Vec<SlotKind> {
    let prog = crate::compile::compile("t.go", src).expect("compiles");
    let f = prog
        .funcs
        .iter()
        .find(|f| f.name == func)
        .expect("function");
    assert!(f.slot_kinds.len() as u32 <= f.locals - f.pad);
    f.slot_kinds.clone()
}

#[test]
fn parameters_variables_and_boxes_are_typed() {
    use SlotKind::{Ref as R, Scalar};
    let src = r#"package main

type T struct {
	a int
	p *int
}

func f(n int, p *int, s string, x any, m map[int]int, t T) int {
	q := &n
	var e error
	return *q + len(s) + t.a + len(m) + *p + e.(interface{ X() int }).X() + x.(int)
}

func main() { f(1, nil, "", nil, nil, T{}) }
"#;
    let k = slot_kinds(src, "main.f");
    assert_eq!(
        k[..13],
        [
            Scalar,         // n
            R(Ref::Ptr),    // p
            R(Ref::Ptr),    // s: data,
            Scalar,         //    length
            R(Ref::Iface),  // x: type word,
            Scalar,         //    data word
            R(Ref::Handle), // m
            Scalar,         // t.a
            R(Ref::Ptr),    // t.p
            R(Ref::Ptr),    // n's box
            Scalar,         // n's value, on its way to the box
            R(Ref::Ptr),    // q
            R(Ref::Iface),  // e
        ]
    );
}

#[test]
fn range_loops_describe_their_state() {
    use SlotKind::{Ref as R, Scalar};
    let src = r#"package main

func f(xs []*int, s string, m map[string]int) (n int) {
	for _, x := range xs {
		n += *x
	}
	for i := range s {
		n += i
	}
	for k := range m {
		n += len(k)
	}
	return
}

func main() { f(nil, "", nil) }
"#;
    let k = slot_kinds(src, "main.f");
    // Parameters, the named result, then the loops' state: no slot of
    // this function is left conservative.
    assert_eq!(
        k[..7],
        [
            R(Ref::Ptr),
            Scalar,
            Scalar,
            R(Ref::Ptr),
            Scalar,
            R(Ref::Handle),
            Scalar
        ]
    );
    assert!(k.contains(&R(Ref::Handle)));
    assert!(!k.contains(&SlotKind::Conservative), "{k:?}");
}
