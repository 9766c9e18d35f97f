//! Unit tests of the collector: pointer maps of nested types, the mark of
//! every object kind, and each kind of root.

use super::*;
use crate::goroutine::{Defer, DeferRecordKind, Frame, Panic};
use crate::heap::ptr;
use crate::map::{MapKey, MapObj};
use crate::program::{Function, Program};
use crate::types::{builtin, Field, FuncId};
use crate::vm::Config;
use std::sync::Arc;

fn field(name: &str, ty: TypeId) -> Field {
    Field {
        name: name.to_string(),
        ty,
        embedded: false,
        tag: None,
    }
}

/// A VM whose program has the given types and one function of
/// `locals` slots (a frame for it is pushed by the tests that need one).
fn vm_with(types: TypeTable, locals: u32) -> Vm {
    vm_with_func(
        types,
        Function {
            name: "main.f".into(),
            locals,
            ..Function::default()
        },
    )
}

/// A VM whose program has the given types and the one function `f`.
fn vm_with_func(types: TypeTable, f: Function) -> Vm {
    let prog = Program {
        funcs: vec![f],
        types,
        strings: vec![b"constant".to_vec()],
        globals: 16,
        files: vec!["t.go".into()],
        ..Program::default()
    };
    let config = Config {
        gc_stress: 0,
        ..Config::default()
    };
    Vm::new(
        Arc::new(prog),
        config,
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    )
}

fn alive(vm: &Vm, h: Handle) -> bool {
    !matches!(vm.heap.obj(h), Obj::Free)
}

#[test]
fn pointer_maps_of_nested_structs_and_arrays() {
    let mut t = TypeTable::new();
    let p_int = t.intern(Type::Pointer(builtin::INT));
    let iface = t.intern(Type::Interface(vec![]));
    // struct { a int; s string; b [2]struct{ x *int; y int; i interface{} }; z [0]*int; sl []int }
    let inner = t.intern(Type::Struct(vec![
        field("x", p_int),
        field("y", builtin::INT),
        field("i", iface),
    ]));
    let arr = t.intern(Type::Array(inner, 2));
    let zero = t.intern(Type::Array(p_int, 0));
    let slice = t.intern(Type::Slice(builtin::INT));
    let outer = t.intern(Type::Struct(vec![
        field("a", builtin::INT),
        field("s", builtin::STRING),
        field("b", arr),
        field("z", zero),
        field("sl", slice),
    ]));
    let mut maps = PointerMaps::default();
    let m = maps.get(&t, outer);
    assert_eq!(
        m,
        &[
            (1, 8, Ref::Ptr),
            (3, 24, Ref::Ptr),
            (5, 40, Ref::Iface),
            (7, 56, Ref::Ptr),
            (9, 72, Ref::Iface),
            (11, 88, Ref::Ptr),
        ]
    );
    // Narrow fields pack in memory: the byte offsets are Go's.
    let narrow = t.intern(Type::Struct(vec![
        field("a", builtin::INT8),
        field("p", p_int),
        field("b", builtin::BOOL),
        field("c", builtin::INT32),
        field("s", builtin::STRING),
    ]));
    let m = maps.get(&t, narrow);
    assert_eq!(m, &[(1, 8, Ref::Ptr), (4, 24, Ref::Ptr)]);
    assert!(maps.is_pointer_free(&t, builtin::FLOAT64));
    assert!(maps.is_pointer_free(&t, zero));
    let ints = t.intern(Type::Array(builtin::INT, 1 << 20));
    assert!(maps.is_pointer_free(&t, ints));
    assert!(!maps.is_pointer_free(&t, outer));
}

#[test]
fn marks_every_object_kind_and_frees_the_rest() {
    let mut t = TypeTable::new();
    let p_int = t.intern(Type::Pointer(builtin::INT));
    let map_ty = t.intern(Type::Map(builtin::STRING, p_int));
    let _ = map_ty;
    let mut vm = vm_with(t, 1);
    let h = &mut vm.heap;
    // Reachable only through a map value, a map key, a closure, an
    // iterator, a slice of pointers, an interface box.
    let target = h.alloc_mem(8, Scan::None);
    let key = h.alloc_str(b"key");
    let mut m = MapObj::new(2, 1);
    m.insert(
        MapKey::Bytes(b"key".to_vec().into()),
        &[ptr(key, 0), 3],
        &[ptr(target, 0)],
    )
    .unwrap();
    let map = h.alloc_map(m, builtin::STRING, p_int);
    let cl_target = h.alloc_str(b"captured");
    let closure = h.alloc_closure(FuncId(0), &[cl_target as u64]);
    let iter = h.alloc_map_iter(map);
    let elem = h.alloc_mem(8, Scan::None);
    let arr = h.alloc_words(vec![0, ptr(elem, 0), 0], Scan::Elems(p_int));
    // Garbage: an integer that looks like a pointer to `fake` sits in a
    // pointer-free object, and `fake` itself is unreachable.
    let fake = h.alloc_mem(16, Scan::None);
    let noscan = h.alloc_words(vec![ptr(fake, 0), fake as u64], Scan::None);
    let garbage_str = h.alloc_str(b"garbage");
    // Roots: the globals hold the closure, the iterator and the array.
    let globals = h.words_mut(1);
    globals[0] = closure as u64;
    globals[1] = iter as u64;
    vm.g.stack[0] = ptr(arr, 0);
    push_frame(&mut vm, 0);
    vm.collect();
    for h in [target, key, map, cl_target, closure, iter, elem, arr] {
        assert!(alive(&vm, h), "object {h} was freed");
    }
    for h in [fake, noscan, garbage_str] {
        assert!(!alive(&vm, h), "object {h} survived");
    }
    // The constant string and the globals are permanent.
    assert!(alive(&vm, 1) && alive(&vm, 2));
    // Freed handles are reused.
    let again = vm.heap.alloc_str(b"new");
    assert!([fake, noscan, garbage_str].contains(&again));
}

#[test]
fn interface_data_words_follow_the_dynamic_type() {
    let mut t = TypeTable::new();
    let p_int = t.intern(Type::Pointer(builtin::INT));
    let pair = t.intern(Type::Struct(vec![
        field("a", builtin::INT),
        field("s", builtin::STRING),
    ]));
    let mut vm = vm_with(t, 0);
    let h = &mut vm.heap;
    let pointee = h.alloc_mem(8, Scan::None);
    let s = h.alloc_str(b"boxed");
    let bx = h.alloc_words(vec![7, ptr(s, 0), 5], Scan::Elems(pair));
    // An int whose value is a live handle: a scalar, never followed.
    let bystander = h.alloc_str(b"bystander");
    vm.g.panics.push(Panic {
        value: [p_int.0 as u64, ptr(pointee, 0)],
        fresh: false,
        recovered: false,
        aborted: false,
        argp: None,
        goexit: false,
        start: 0,
    });
    vm.g.panics.push(Panic {
        value: [pair.0 as u64, ptr(bx, 0)],
        ..vm.g.panics[0].clone()
    });
    vm.g.panics.push(Panic {
        value: [builtin::INT.0 as u64, bystander as u64],
        ..vm.g.panics[0].clone()
    });
    vm.collect();
    assert!(alive(&vm, pointee) && alive(&vm, bx) && alive(&vm, s));
    assert!(!alive(&vm, bystander));
}

#[test]
fn defer_records_and_catch_points_are_roots() {
    let mut vm = vm_with(TypeTable::new(), 0);
    let h = &mut vm.heap;
    let arg = h.alloc_str(b"arg");
    let env = h.alloc_str(b"env");
    let closure = h.alloc_closure(FuncId(0), &[env as u64]);
    let caught = h.alloc_str(b"caught");
    let caught_box = h.alloc_words(vec![ptr(caught, 0), 6], Scan::Elems(builtin::STRING));
    push_frame(&mut vm, 0);
    vm.g.defers.push(Defer {
        frame: 0,
        closure: closure as u64,
        args: [arg as u64].into_iter().collect(),
        started: false,
        panic: None,
        kind: DeferRecordKind::Heap,
    });
    vm.g.catch_points.push(crate::goroutine::CatchPoint {
        frame: 0,
        value: Some([builtin::STRING.0 as u64, ptr(caught_box, 0)]),
    });
    vm.collect();
    for h in [arg, env, closure, caught, caught_box] {
        assert!(alive(&vm, h), "object {h} was freed");
    }
    vm.g.defers.clear();
    vm.g.catch_points.clear();
    vm.collect();
    for h in [arg, env, closure, caught, caught_box] {
        assert!(!alive(&vm, h), "object {h} survived");
    }
}

#[test]
fn frames_are_scanned_up_to_the_innermost_operand_stack() {
    let mut vm = vm_with(TypeTable::new(), 3);
    let h = &mut vm.heap;
    let in_locals = h.alloc_str(b"local");
    let beyond = h.alloc_str(b"beyond");
    push_frame(&mut vm, 10);
    vm.g.stack[12] = in_locals as u64;
    // Past the frame's locals and operand stack (max_stack is 0 here):
    // not a root.
    vm.g.stack[100] = beyond as u64;
    vm.collect();
    assert!(alive(&vm, in_locals));
    assert!(!alive(&vm, beyond));
}

/// Pushes a frame of function 0 at `base`.
fn push_frame(vm: &mut Vm, base: u32) {
    vm.g.frames.push(Frame {
        func: FuncId(0),
        pc: 0,
        base,
        ret: base,
        keep_results: false,
        closure: 0,
    });
}

#[test]
fn frame_locals_follow_the_pointer_map() {
    use crate::program::{Ref, SlotKind};
    let mut t = TypeTable::new();
    let p_int = t.intern(Type::Pointer(builtin::INT));
    let iface = t.intern(Type::Interface(vec![]));
    let pair = t.intern(Type::Struct(vec![
        field("a", builtin::INT),
        field("s", builtin::STRING),
    ]));
    // func(n int, p *int, x interface{}) with locals s string, m
    // map-like handle, then two slots the map does not describe.
    let mut kinds = vec![];
    for ty in [builtin::INT, p_int, iface, builtin::STRING] {
        slot_kinds(&t, ty, &mut kinds);
    }
    kinds.push(SlotKind::Ref(Ref::Handle));
    assert_eq!(
        kinds,
        [
            SlotKind::Scalar,
            SlotKind::Ref(Ref::Ptr),
            SlotKind::Ref(Ref::Iface),
            SlotKind::Scalar,
            SlotKind::Ref(Ref::Ptr),
            SlotKind::Scalar,
            SlotKind::Ref(Ref::Handle),
        ]
    );
    let mut vm = vm_with_func(
        t,
        Function {
            name: "main.f".into(),
            params: 4,
            locals: 12,
            pad: 3,
            slot_kinds: kinds,
            ..Function::default()
        },
    );
    let h = &mut vm.heap;
    let by_int = h.alloc_mem(8, Scan::None);
    let by_len = h.alloc_str(b"length");
    let pointee = h.alloc_mem(8, Scan::None);
    let text = h.alloc_str(b"text");
    let s = h.alloc_str(b"boxed");
    let bx = h.alloc_words(vec![7, ptr(s, 0), 5], Scan::Elems(pair));
    let closure = h.alloc_closure(FuncId(0), &[]);
    let undescribed = h.alloc_str(b"undescribed");
    let in_pad = h.alloc_str(b"pad");
    let operand = h.alloc_str(b"operand");
    let base = 4;
    let frame = [
        by_int as u64,      // n int: a scalar equal to a live handle
        ptr(pointee, 0),    // p *int
        pair.0 as u64,      // x: the dynamic type,
        ptr(bx, 0),         //    the box
        ptr(text, 2),       // s: data pointer,
        by_len as u64,      //    length (equal to a live handle)
        closure as u64,     // a handle
        0,                  // undescribed: conservative
        undescribed as u64, // undescribed: conservative
        ptr(in_pad, 0),     // pad: never scanned
        0,
        0,
        ptr(operand, 0), // the operand stack: conservative
    ];
    vm.g.stack[base..base + frame.len()].copy_from_slice(&frame);
    push_frame(&mut vm, base as u32);
    vm.sp = base + frame.len();
    vm.collect();
    for h in [pointee, text, bx, s, closure, undescribed, operand] {
        assert!(alive(&vm, h), "object {h} was freed");
    }
    for h in [by_int, by_len, in_pad] {
        assert!(!alive(&vm, h), "object {h} survived");
    }
}

#[test]
fn operand_stacks_between_frames_are_conservative() {
    use crate::program::SlotKind;
    // Two frames of a function with two scalar locals: the caller's
    // operand stack (between its locals and the callee's base) is
    // scanned conservatively, both frames' locals by the map.
    let mut vm = vm_with_func(
        TypeTable::new(),
        Function {
            name: "main.f".into(),
            locals: 2,
            max_stack: 4,
            slot_kinds: vec![SlotKind::Scalar; 2],
            ..Function::default()
        },
    );
    let h = &mut vm.heap;
    let objs: Vec<Handle> = (0..6).map(|_| h.alloc_str(b"x")).collect();
    // Caller at 0: locals 0..2, operands 2..4; callee at 4: locals 4..6,
    // operands 6..
    for (i, &o) in objs.iter().enumerate() {
        vm.g.stack[i] = o as u64;
    }
    push_frame(&mut vm, 0);
    push_frame(&mut vm, 4);
    vm.sp = 6;
    vm.collect();
    let alive_now: Vec<bool> = objs.iter().map(|&o| alive(&vm, o)).collect();
    assert_eq!(alive_now, [false, false, true, true, false, false]);
}

#[test]
fn pacing_doubles_the_live_heap_and_respects_the_cap() {
    let mut vm = vm_with(TypeTable::new(), 0);
    let big = vm.heap.alloc_mem(8 << 20, Scan::None);
    vm.heap.words_mut(1)[0] = ptr(big, 0);
    vm.collect();
    let live = vm.heap.bytes();
    assert!(live > 8 << 20);
    assert!(!vm.heap.wants_collection());
    vm.heap.note_growth(live);
    assert!(
        vm.heap.wants_collection(),
        "the goal is twice the live heap"
    );
    vm.heap.set_limit(live + 100);
    assert!(vm.heap.over_limit(200));
    assert!(matches!(
        vm.reserve_heap(200),
        Err(RuntimeError::OutOfMemory(200))
    ));
}

#[test]
fn frames_keep_only_their_live_slots_and_operands() {
    use crate::op::Op;
    use crate::program::SlotKind;
    // main.f(p, q *T): calls g with `q` on the operand stack, then reads
    // `p`; `q`'s slot is dead after it is loaded.
    let code = vec![
        Op::LoadLocal { slot: 1 },
        Op::Call {
            func: FuncId(0),
            args: 1,
            rets: 0,
        },
        Op::LoadLocal { slot: 0 },
        Op::Return { n: 1 },
    ];
    let mut vm = vm_with_func(
        TypeTable::new(),
        Function {
            name: "main.f".into(),
            params: 2,
            results: 1,
            locals: 2,
            lines: vec![1; code.len()],
            code,
            slot_kinds: vec![SlotKind::Ref(Ref::Handle); 2],
            ..Function::default()
        },
    );
    let mut prog = (*vm.prog).clone();
    crate::verify::verify_program(&mut prog).unwrap();
    vm.prog = Arc::new(prog);
    let h = &mut vm.heap;
    let (p, q, operand, stale) = (
        h.alloc_str(b"p"),
        h.alloc_str(b"q"),
        h.alloc_str(b"q, the argument"),
        h.alloc_str(b"above the operands"),
    );
    // Standing at the call (saved pc 2): locals 0..2, the argument at 2,
    // a stale slot at 3 within `max_stack` but above the stack's depth.
    vm.g.stack[..4].copy_from_slice(&[p as u64, q as u64, operand as u64, stale as u64]);
    push_frame(&mut vm, 0);
    vm.g.frames[0].pc = 2;
    vm.sp = 0;
    vm.collect();
    let alive_now: Vec<bool> = [p, q, operand, stale]
        .iter()
        .map(|&h| alive(&vm, h))
        .collect();
    assert_eq!(alive_now, [true, false, true, false]);
}
