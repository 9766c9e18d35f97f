//! Unit tests of the collector: pointer maps of nested types, the mark of
//! every object kind, and each kind of root.

use super::*;
use crate::goroutine::{Defer, DeferRecordKind, Frame, Panic};
use crate::heap::ptr;
use crate::map::{MapKey, MapObj};
use crate::program::{Function, Program};
use crate::types::{builtin, Field, FuncId};
use crate::vm::Config;
use std::rc::Rc;

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
    let prog = Program {
        funcs: vec![Function {
            name: "main.f".into(),
            locals,
            ..Function::default()
        }],
        types,
        strings: vec![b"constant".to_vec()],
        globals: 2,
        files: vec!["t.go".into()],
        ..Program::default()
    };
    let config = Config {
        gc_stress: 0,
        ..Config::default()
    };
    Vm::new(
        Rc::new(prog),
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
        &*m,
        &[
            (1, Ref::Ptr),
            (3, Ref::Ptr),
            (5, Ref::Iface),
            (7, Ref::Ptr),
            (9, Ref::Iface),
            (11, Ref::Ptr),
        ]
    );
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
    let target = h.alloc_slots(1, Scan::None);
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
    let elem = h.alloc_slots(1, Scan::None);
    let arr = h.alloc_slots_from(vec![0, ptr(elem, 0), 0], Scan::Elems(p_int));
    // Garbage: an integer that looks like a pointer to `fake` sits in a
    // pointer-free object, and `fake` itself is unreachable.
    let fake = h.alloc_slots(2, Scan::None);
    let noscan = h.alloc_slots_from(vec![ptr(fake, 0), fake as u64], Scan::None);
    let garbage_str = h.alloc_str(b"garbage");
    // Roots: the globals hold the closure, the iterator and the array.
    let globals = h.slots_mut(1);
    globals[0] = closure as u64;
    globals[1] = iter as u64;
    vm.g.stack[0] = ptr(arr, 0);
    vm.g.frames.push(Frame {
        func: FuncId(0),
        pc: 0,
        base: 0,
        ret: 0,
        keep_results: false,
        closure: 0,
    });
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
    let pointee = h.alloc_slots(1, Scan::None);
    let s = h.alloc_str(b"boxed");
    let bx = h.alloc_slots_from(vec![7, ptr(s, 0), 5], Scan::Elems(pair));
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
    let caught_box = h.alloc_slots_from(vec![ptr(caught, 0), 6], Scan::Elems(builtin::STRING));
    vm.g.frames.push(Frame {
        func: FuncId(0),
        pc: 0,
        base: 0,
        ret: 0,
        keep_results: false,
        closure: 0,
    });
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
    vm.g.frames.push(Frame {
        func: FuncId(0),
        pc: 0,
        base: 10,
        ret: 10,
        keep_results: false,
        closure: 0,
    });
    vm.g.stack[12] = in_locals as u64;
    // Past the frame's locals and operand stack (max_stack is 0 here):
    // not a root.
    vm.g.stack[100] = beyond as u64;
    vm.collect();
    assert!(alive(&vm, in_locals));
    assert!(!alive(&vm, beyond));
}

#[test]
fn pacing_doubles_the_live_heap_and_respects_the_cap() {
    let mut vm = vm_with(TypeTable::new(), 0);
    let big = vm.heap.alloc_slots(1 << 20, Scan::None);
    vm.heap.slots_mut(1)[0] = ptr(big, 0);
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
