//! Unit tests of the frame maps: liveness across straight code, loops,
//! stores, defers, and the pcs where a frame may stand.

use super::*;
use crate::program::{OpenDefers, Ref};
use crate::types::FuncId;
use crate::verify::stack_depths;

const PTR: SlotKind = SlotKind::Ref(Ref::Ptr);

/// A function of `locals` reference slots (scalars where `scalar`) with
/// `code`, and its maps.
fn maps(
    locals: u32,
    scalar: &[u32],
    code: Vec<Op>,
    f: impl FnOnce(&mut Function),
) -> (Function, FrameMaps) {
    let mut func = Function {
        name: "main.f".into(),
        locals,
        lines: vec![1; code.len()],
        code,
        slot_kinds: (0..locals)
            .map(|i| {
                if scalar.contains(&i) {
                    SlotKind::Scalar
                } else {
                    PTR
                }
            })
            .collect(),
        ..Function::default()
    };
    f(&mut func);
    let (depths, max) = stack_depths(&func).expect("the test code verifies");
    func.max_stack = max + 8;
    let m = FrameMaps::new(&func, &depths);
    (func, m)
}

/// The live slots of a frame standing at saved pc `p`.
fn live(f: &Function, m: &FrameMaps, p: u32) -> Vec<u32> {
    match m.at(f, p).live {
        Live::Slots(s) => s.iter().collect(),
        _ => panic!("no map at pc {p}"),
    }
}

fn call() -> Op {
    Op::Call {
        func: FuncId(0),
        args: 0,
        rets: 0,
    }
}

#[test]
fn a_slot_is_live_from_its_store_to_its_last_read() {
    let code = vec![
        Op::Push { v: 0 },
        Op::StoreLocal { slot: 0 }, // 1
        call(),                     // 2: slot 0 read later
        Op::LoadLocal { slot: 0 },  // 3
        Op::Pop { n: 1 },
        call(), // 5: slot 0 dead
        Op::Return { n: 0 },
    ];
    let (f, m) = maps(2, &[], code, |_| {});
    assert_eq!(live(&f, &m, 3), [0]);
    assert_eq!(live(&f, &m, 6), Vec::<u32>::new());
    // Before its store, slot 0 is dead: the store kills it.
    assert_eq!(live(&f, &m, 0), Vec::<u32>::new());
    // Where no collection can run there is no map.
    assert!(!m.may_stand_at(2));
    assert!(matches!(m.at(&f, 2).live, Live::Unknown));
}

#[test]
fn a_slot_read_in_a_loop_is_live_around_it_and_dead_after() {
    let code = vec![
        Op::Push { v: 0 },
        Op::StoreLocal { slot: 0 }, // 1
        Op::Push { v: 0 },
        Op::StoreLocal { slot: 1 }, // 3: a scalar counter
        call(),                     // 4: loop head
        Op::LoadLocal { slot: 0 },  // 5
        Op::Pop { n: 1 },           // 6
        Op::LocalCmpImmJump {
            slot: 1,
            op: crate::op::Cmp::LtS,
            v: 10,
            target: 9,
        }, // 7
        Op::Jump { target: 4 },     // 8
        call(),                     // 9: after the loop
        Op::Return { n: 0 },
    ];
    let (f, m) = maps(2, &[1], code, |_| {});
    // Only reference slots are in the maps.
    assert_eq!(live(&f, &m, 5), [0]);
    assert_eq!(live(&f, &m, 10), Vec::<u32>::new());
}

#[test]
fn reads_that_also_write_keep_a_slot_live() {
    // `IncLocal` reads its slot: it is live before it.
    let code = vec![call(), Op::IncLocal { slot: 0, by: 1 }, Op::Return { n: 0 }];
    let (f, m) = maps(1, &[], code, |_| {});
    assert_eq!(live(&f, &m, 1), [0]);
}

#[test]
fn a_function_with_defers_keeps_what_its_epilogue_reads_everywhere() {
    let code = vec![
        Op::Push { v: 0 },
        Op::StoreLocal { slot: 0 }, // 1
        call(),                     // 2
        Op::Jump { target: 4 },     // 3
        Op::DeferReturn,            // 4: the epilogue reads slot 0
        Op::LoadLocal { slot: 0 },
        Op::Return { n: 1 },
    ];
    let (f, m) = maps(4, &[], code, |f| {
        f.deferreturn = Some(4);
        f.result_slot = 0;
        f.results = 1;
        f.open_defers = Some(OpenDefers {
            bits_slot: 1,
            defers: vec![(2, 3, 1)],
        });
    });
    // Slot 0 is live even before its store (a panic there may be
    // recovered), and so are the open-coded defers' funcdata slots.
    assert_eq!(live(&f, &m, 0), [0, 1, 2, 3]);
    assert_eq!(live(&f, &m, 3), [0, 1, 2, 3]);
    // The deferreturn point itself, where a recovery resumes.
    assert_eq!(live(&f, &m, 4), [0, 1, 2, 3]);
}

#[test]
fn the_depth_bound_covers_the_running_instructions_operands() {
    let code = vec![
        Op::Push { v: 1 },
        Op::Push { v: 2 },
        Op::Call {
            func: FuncId(0),
            args: 2,
            rets: 1,
        }, // 2: depth 2 before, 1 after
        Op::Pop { n: 1 },
        Op::Return { n: 0 },
    ];
    let (f, m) = maps(1, &[], code, |_| {});
    assert_eq!(m.at(&f, 3).depth, 2);
    // A function without maps bounds its stack by `max_stack`.
    assert_eq!(FrameMaps::default().at(&f, 3).depth, f.max_stack);
}

#[test]
fn identical_maps_are_stored_once() {
    let code = vec![call(), call(), call(), Op::Return { n: 0 }];
    // 70 reference slots among 100: two words per map.
    let scalars: Vec<u32> = (70..100).collect();
    let (_, m) = maps(100, &scalars, code, |_| {});
    assert_eq!((m.tracked.len(), m.words), (70, 2));
    assert_eq!(m.maps.len(), 2, "one distinct (empty) map");
}

#[test]
fn dead_code_after_a_panic_keeps_nothing_alive() {
    // v = ...; call(); panic(...); read(v): the read is dead code. A frame
    // standing at the panic keeps only what the panic reads; the dead read
    // must not bring back a slot that was dead (its object perhaps freed)
    // at the call's collection.
    let code = vec![
        Op::Push { v: 0 },
        Op::StoreLocal { slot: 0 }, // 1: v
        call(),                     // 2: v is dead from here on
        Op::Push { v: 0 },
        Op::Push { v: 0 },
        Op::Panic {
            fresh: crate::op::Fresh::Never,
        }, // 5
        Op::LoadLocal { slot: 0 }, // 6: dead code
        Op::Return { n: 1 },
    ];
    let (f, m) = maps(1, &[], code, |_| {});
    assert_eq!(live(&f, &m, 3), Vec::<u32>::new());
    assert_eq!(live(&f, &m, 6), Vec::<u32>::new());
}
