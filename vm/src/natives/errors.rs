//! `errors` helpers that need run-time type information.

use crate::heap::ptr_handle;
use crate::types::{Type, TypeId};
use crate::vm::{Vm, VmResult};

/// `errors.comparable(v any) bool`: whether `v`'s dynamic type supports
/// `==`.
pub(crate) fn comparable(vm: &mut Vm, at: usize) -> VmResult<()> {
    let t = vm.arg(at, 0);
    let r = t == 0 || vm.comparable(TypeId(t as u32));
    vm.ret(at, 0, r as u64);
    Ok(())
}

/// The element type of `errors.As`'s target, if it is a non-nil pointer.
fn target_elem(vm: &Vm, target: [u64; 2]) -> Option<TypeId> {
    if target[0] == 0 || ptr_handle(target[1]) == 0 {
        return None;
    }
    match vm.prog.types.get(TypeId(target[0] as u32)) {
        Type::Pointer(e) => Some(*e),
        _ => None,
    }
}

/// `errors.checkAsTarget(target any)`: Go's panics for bad targets.
pub(crate) fn check_as_target(vm: &mut Vm, at: usize) -> VmResult<()> {
    let target = [vm.arg(at, 0), vm.arg(at, 1)];
    let Some(elem) = target_elem(vm, target) else {
        return Err(vm.panic_with_string("errors: target must be a non-nil pointer"));
    };
    let is_iface = matches!(vm.prog.types.under(elem), Type::Interface(_));
    let implements_error = vm.prog.string_method(elem, "Error").is_some();
    if !is_iface && !implements_error {
        return Err(vm.panic_with_string("errors: *target must be interface or implement error"));
    }
    Ok(())
}

/// `errors.assignTo(err error, target any) bool`: if `err` is assignable
/// to `*target`'s type, stores it there.
pub(crate) fn assign_to(vm: &mut Vm, at: usize) -> VmResult<()> {
    let err = [vm.arg(at, 0), vm.arg(at, 1)];
    let target = [vm.arg(at, 2), vm.arg(at, 3)];
    let Some(elem) = target_elem(vm, target) else {
        vm.ret(at, 0, 0);
        return Ok(());
    };
    let dyn_ty = TypeId(err[0] as u32);
    let is_iface = matches!(vm.prog.types.under(elem), Type::Interface(_));
    let ok = if is_iface {
        vm.type_matches(err[0], elem)
    } else {
        dyn_ty == elem
    };
    if ok {
        let vals = if is_iface {
            err.to_vec()
        } else {
            vm.unbox_iface_data(dyn_ty, err[1])
        };
        vm.store_value(elem, target[1], &vals);
    }
    vm.ret(at, 0, ok as u64);
    Ok(())
}
