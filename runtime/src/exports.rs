//! Checks that the runtime exports every `RuntimeFn` of the contract, under its
//! symbol, with a Rust signature matching `RuntimeFn::sig()`.
//!
//! Each entry casts an exported function to a function pointer type, so a
//! missing or renamed function fails to compile, and the pointer's parameter
//! and return types are mapped back to `AbiType`s and compared with the contract.

use taipan_abi::{AbiType, RuntimeFn, RuntimeSig};

use crate::cpython_api::PyObject;
use crate::exception_classes::*;
use crate::exception_object::*;
use crate::exceptions::*;
use crate::ext_convert::*;
use crate::ext_copy::*;
use crate::ext_keywords::*;
use crate::ext_module::*;
use crate::interpreter::*;
use crate::ffi_result::{ErrFlag, F64Result, I64Result, PtrResult};
use crate::float_ops::*;
use crate::generator::*;
use crate::input::*;
use crate::instance::*;
use crate::instance_callbacks::*;
use crate::iterable_ops::*;
use crate::int_ops::*;
use crate::main::*;
use crate::math_ops::*;
use crate::num_ops::*;
use crate::hash::*;
use crate::object::*;
use crate::optional_box::*;
use crate::output::*;
use crate::deque_ops::*;
use crate::dict_ops::*;
use crate::list_ops::*;
use crate::set_ops::*;
use crate::tuple_ops::*;
use crate::type_of::*;
use crate::union_ops::*;
use crate::slot_ops::*;
use crate::format::*;
use crate::int_builtins::*;
use crate::parse_number::*;
use crate::random_ops::*;
use crate::range_ops::*;
use crate::itertools_ops::*;
use crate::time_ops::*;
use crate::str_case::*;
use crate::str_ops::*;
use crate::str_pad::*;
use crate::str_predicates::*;
use crate::str_search::*;
use crate::str_split::*;
use crate::str_strip::*;
use crate::sys_argv::*;

/// The ABI type of a parameter.
trait AbiParam {
    const TYPE: AbiType;
}

/// The ABI result of a return type: `(ret, can_raise)`.
trait AbiReturn {
    const RET: (Option<AbiType>, bool);
}

macro_rules! abi_params {
    ($($rust:ty => $abi:ident),* $(,)?) => {
        $(impl AbiParam for $rust { const TYPE: AbiType = AbiType::$abi; })*
    };
}

abi_params! {
    u8 => I8,
    u32 => I32,
    i32 => I32,
    i64 => I64,
    f64 => F64,
    *const u8 => Ptr,
    *mut u8 => Ptr,
    Option<ModuleBody> => Ptr,
    Option<KeyFn> => Ptr,
    *mut PyObject => Ptr,
    *const *mut PyObject => Ptr,
    *mut *mut PyObject => Ptr,
    *mut std::ffi::c_void => Ptr,
}

macro_rules! abi_returns {
    ($($rust:ty => ($ret:expr, $raises:expr)),* $(,)?) => {
        $(impl AbiReturn for $rust { const RET: (Option<AbiType>, bool) = ($ret, $raises); })*
    };
}

abi_returns! {
    () => (None, false),
    u8 => (Some(AbiType::I8), false),
    i32 => (Some(AbiType::I32), false),
    i64 => (Some(AbiType::I64), false),
    f64 => (Some(AbiType::F64), false),
    I64Result => (Some(AbiType::I64), true),
    F64Result => (Some(AbiType::F64), true),
    PtrResult => (Some(AbiType::Ptr), true),
    *mut u8 => (Some(AbiType::Ptr), false),
    *mut PyObject => (Some(AbiType::Ptr), false),
    *mut std::ffi::c_void => (Some(AbiType::Ptr), false),
    ErrFlag => (None, true),
}

/// A signature read off a Rust function pointer type: `(params, ret, can_raise)`.
type FoundSig = (Vec<AbiType>, Option<AbiType>, bool);

/// The contract signature a Rust function pointer type implements.
trait ExportedSig {
    fn sig() -> FoundSig;
}

macro_rules! exported_sig_for_arity {
    ($($param:ident),*) => {
        impl<$($param: AbiParam,)* R: AbiReturn> ExportedSig for extern "C" fn($($param),*) -> R {
            fn sig() -> FoundSig {
                (vec![$($param::TYPE),*], R::RET.0, R::RET.1)
            }
        }
        impl<$($param: AbiParam,)* R: AbiReturn> ExportedSig for unsafe extern "C" fn($($param),*) -> R {
            fn sig() -> FoundSig {
                (vec![$($param::TYPE),*], R::RET.0, R::RET.1)
            }
        }
    };
}

exported_sig_for_arity!();
exported_sig_for_arity!(A);
exported_sig_for_arity!(A, B);
exported_sig_for_arity!(A, B, C);
exported_sig_for_arity!(A, B, C, D);
exported_sig_for_arity!(A, B, C, D, E);
exported_sig_for_arity!(A, B, C, D, E, F);
exported_sig_for_arity!(A, B, C, D, E, F, G);

fn sig_of<F: ExportedSig>(_: F) -> FoundSig {
    F::sig()
}

/// `(symbol, signature)` of every exported function. `unsafe` marks functions
/// taking pointers; `_` per parameter gives the arity.
macro_rules! exports {
    ($($(#[$unsafe:ident])? $name:ident($($p:tt),*);)*) => {
        vec![$((stringify!($name), exports!(@cast $(#[$unsafe])? $name($($p),*)))),*]
    };
    (@cast #[unsafe_fn] $name:ident($($p:tt),*)) => {
        sig_of($name as unsafe extern "C" fn($($p),*) -> _)
    };
    (@cast $name:ident($($p:tt),*)) => {
        sig_of($name as extern "C" fn($($p),*) -> _)
    };
}

fn exported() -> Vec<(&'static str, FoundSig)> {
    exports! {
        #[unsafe_fn] tp_main(_, _);
        #[unsafe_fn] tp_ext_init(_);
        #[unsafe_fn] tp_ext_arity_error(_, _, _, _);
        #[unsafe_fn] tp_ext_arg_int(_, _, _);
        #[unsafe_fn] tp_ext_arg_float(_, _, _);
        #[unsafe_fn] tp_ext_arg_bool(_, _, _);
        #[unsafe_fn] tp_ext_arg_obj(_, _, _, _);
        tp_ext_release_gil();
        #[unsafe_fn] tp_ext_acquire_gil(_);
        #[unsafe_fn] tp_ext_bind_keywords(_, _, _, _, _, _, _);
        #[unsafe_fn] tp_ext_return_obj(_, _);
        tp_ext_return_int(_);
        tp_ext_return_float(_);
        tp_ext_return_bool(_);
        tp_ext_return_none();
        #[unsafe_fn] tp_python_main(_, _, _, _);
        #[unsafe_fn] tp_ext_raise_pending(_);
        #[unsafe_fn] tp_register_classes(_);
        tp_instance_new(_);
        #[unsafe_fn] tp_gen_advance(_);
        #[unsafe_fn] tp_list_iter_new(_, _);
        #[unsafe_fn] tp_iterable_iter(_, _);
        #[unsafe_fn] tp_abstract_len(_);
        #[unsafe_fn] tp_abstract_truth(_);
        #[unsafe_fn] tp_abstract_contains(_, _, _);
        #[unsafe_fn] tp_sequence_getitem(_, _);
        #[unsafe_fn] tp_sequence_slice(_, _, _, _);
        #[unsafe_fn] tp_sequence_index(_, _, _);
        #[unsafe_fn] tp_sequence_count(_, _, _);
        #[unsafe_fn] tp_instance_repr(_);
        #[unsafe_fn] tp_exc_isinstance(_, _);
        #[unsafe_fn] tp_type_name(_);
        #[unsafe_fn] tp_instance_truth(_);
        #[unsafe_fn] tp_type_code(_);
        #[unsafe_fn] tp_truth_obj(_);
        #[unsafe_fn] tp_instance_eq(_, _);
        #[unsafe_fn] tp_instance_ne(_, _);
        tp_callback_check();
        tp_raise_code(_);
        #[unsafe_fn] tp_raise(_, _);
        #[unsafe_fn] tp_traceback_add(_, _);
        #[unsafe_fn] tp_exc_new(_, _);
        #[unsafe_fn] tp_raise_object(_);
        tp_exc_matches(_);
        tp_exc_fetch();
        #[unsafe_fn] tp_exc_args(_);
        #[unsafe_fn] tp_exc_register(_, _, _, _, _, _);
        #[unsafe_fn] tp_exc_init(_, _);
        #[unsafe_fn] tp_exc_str(_);
        tp_write_int(_);
        tp_write_float(_);
        tp_write_bool(_);
        tp_write_none();
        #[unsafe_fn] tp_write_str(_);
        tp_flush();
        #[unsafe_fn] tp_write_stderr(_);
        tp_sys_argv();
        #[unsafe_fn] tp_incref(_);
        #[unsafe_fn] tp_decref(_);
        #[unsafe_fn] tp_dealloc(_);
        tp_live_objects();
        #[unsafe_fn] tp_repr_slot(_, _);
        #[unsafe_fn] tp_str_slot(_, _);
        #[unsafe_fn] tp_eq_slot(_, _, _);
        #[unsafe_fn] tp_compare_slot(_, _, _, _);
        #[unsafe_fn] tp_hash_slot(_, _);
        #[unsafe_fn] tp_str_concat(_, _);
        #[unsafe_fn] tp_str_repeat(_, _);
        #[unsafe_fn] tp_str_len(_);
        #[unsafe_fn] tp_str_getitem(_, _);
        #[unsafe_fn] tp_str_slice(_, _, _, _);
        #[unsafe_fn] tp_str_contains(_, _);
        #[unsafe_fn] tp_str_eq(_, _);
        #[unsafe_fn] tp_str_compare(_, _);
        #[unsafe_fn] tp_str_hash(_);
        #[unsafe_fn] tp_str_ord(_);
        tp_chr(_);
        #[unsafe_fn] tp_str_char_at_byte(_, _);
        #[unsafe_fn] tp_str_byte_len(_);
        tp_int_to_str(_);
        tp_float_to_str(_);
        tp_bool_to_str(_);
        #[unsafe_fn] tp_str_repr(_);
        #[unsafe_fn] tp_ascii_slot(_, _);
        #[unsafe_fn] tp_str_find(_, _, _, _);
        #[unsafe_fn] tp_str_rfind(_, _, _, _);
        #[unsafe_fn] tp_str_count(_, _, _, _);
        #[unsafe_fn] tp_str_index(_, _, _, _);
        #[unsafe_fn] tp_str_rindex(_, _, _, _);
        #[unsafe_fn] tp_str_startswith(_, _, _, _);
        #[unsafe_fn] tp_str_endswith(_, _, _, _);
        #[unsafe_fn] tp_str_startswith_tuple(_, _, _, _);
        #[unsafe_fn] tp_str_endswith_tuple(_, _, _, _);
        #[unsafe_fn] tp_str_replace(_, _, _, _);
        #[unsafe_fn] tp_str_split(_, _, _);
        #[unsafe_fn] tp_str_rsplit(_, _, _);
        #[unsafe_fn] tp_str_splitlines(_, _);
        #[unsafe_fn] tp_str_join(_, _);
        #[unsafe_fn] tp_str_partition(_, _);
        #[unsafe_fn] tp_str_rpartition(_, _);
        #[unsafe_fn] tp_str_strip(_, _);
        #[unsafe_fn] tp_str_lstrip(_, _);
        #[unsafe_fn] tp_str_rstrip(_, _);
        #[unsafe_fn] tp_str_removeprefix(_, _);
        #[unsafe_fn] tp_str_removesuffix(_, _);
        #[unsafe_fn] tp_str_ljust(_, _, _);
        #[unsafe_fn] tp_str_rjust(_, _, _);
        #[unsafe_fn] tp_str_center(_, _, _);
        #[unsafe_fn] tp_str_zfill(_, _);
        #[unsafe_fn] tp_str_upper(_);
        #[unsafe_fn] tp_str_lower(_);
        #[unsafe_fn] tp_str_casefold(_);
        #[unsafe_fn] tp_str_swapcase(_);
        #[unsafe_fn] tp_str_title(_);
        #[unsafe_fn] tp_str_capitalize(_);
        #[unsafe_fn] tp_str_isdigit(_);
        #[unsafe_fn] tp_str_isdecimal(_);
        #[unsafe_fn] tp_str_isnumeric(_);
        #[unsafe_fn] tp_str_isalpha(_);
        #[unsafe_fn] tp_str_isalnum(_);
        #[unsafe_fn] tp_str_isspace(_);
        #[unsafe_fn] tp_str_isprintable(_);
        #[unsafe_fn] tp_str_isascii(_);
        #[unsafe_fn] tp_str_isupper(_);
        #[unsafe_fn] tp_str_islower(_);
        #[unsafe_fn] tp_str_istitle(_);
        #[unsafe_fn] tp_format_int(_, _);
        #[unsafe_fn] tp_format_float(_, _);
        #[unsafe_fn] tp_format_bool(_, _);
        #[unsafe_fn] tp_format_str(_, _);
        #[unsafe_fn] tp_format_slot(_, _, _);
        #[unsafe_fn] tp_str_to_int(_, _);
        #[unsafe_fn] tp_str_to_float(_);
        tp_int_hex(_);
        tp_int_oct(_);
        tp_int_bin(_);
        tp_int_pow_mod(_, _, _);
        tp_int_pow(_, _);
        tp_range_len(_, _, _);
        tp_range_new(_, _, _);
        #[unsafe_fn] tp_range_length(_);
        #[unsafe_fn] tp_range_getitem(_, _);
        #[unsafe_fn] tp_range_slice(_, _, _, _);
        #[unsafe_fn] tp_range_contains(_, _);
        #[unsafe_fn] tp_range_index(_, _);
        #[unsafe_fn] tp_range_count(_, _);
        #[unsafe_fn] tp_range_eq(_, _);
        tp_int_truediv(_, _);
        tp_int_lshift(_, _);
        tp_int_rshift(_, _);
        tp_int_float_cmp(_, _);
        tp_int_round_ndigits(_, _);
        tp_float_floordiv(_, _);
        tp_float_mod(_, _);
        tp_float_pow(_, _);
        tp_float_to_int(_);
        tp_float_round(_);
        tp_float_round_ndigits(_, _);
        tp_num_from_int(_);
        tp_num_to_float(_);
        tp_num_add(_, _);
        tp_num_sub(_, _);
        tp_num_mul(_, _);
        tp_num_floordiv(_, _);
        tp_num_mod(_, _);
        tp_num_pow(_, _);
        tp_num_neg(_);
        tp_num_abs(_);
        tp_num_round_ndigits(_, _);
        #[unsafe_fn] tp_num_list_sum(_, _);
        tp_num_box(_);
        tp_num_to_str(_);
        #[unsafe_fn] tp_num_format(_, _);
        tp_write_num(_);
        #[unsafe_fn] tp_ext_arg_num(_, _, _);
        tp_ext_return_num(_);
        tp_math_sqrt(_);
        tp_math_exp(_);
        tp_math_log(_);
        tp_math_log_base(_, _);
        tp_math_log2(_);
        tp_math_log10(_);
        tp_math_sin(_);
        tp_math_cos(_);
        tp_math_tan(_);
        tp_math_asin(_);
        tp_math_acos(_);
        tp_math_atan(_);
        tp_math_sinh(_);
        tp_math_cosh(_);
        tp_math_tanh(_);
        tp_math_expm1(_);
        tp_math_log1p(_);
        tp_math_factorial(_);
        tp_math_comb(_, _);
        tp_math_perm(_, _);
        tp_math_lcm(_, _);
        tp_int_bit_length(_);
        tp_int_bit_count(_);
        tp_float_is_integer(_);
        #[unsafe_fn] tp_input(_);
        tp_math_atan2(_, _);
        tp_math_hypot(_, _);
        tp_math_pow(_, _);
        tp_math_fmod(_, _);
        tp_math_copysign(_, _);
        tp_math_degrees(_);
        tp_math_radians(_);
        tp_math_floor(_);
        tp_math_ceil(_);
        tp_math_trunc(_);
        tp_math_isqrt(_);
        tp_math_gcd(_, _);
        tp_math_isclose(_, _, _, _);
        #[unsafe_fn] tp_math_fsum(_);
        tp_math_fsum_state();
        #[unsafe_fn] tp_math_fsum_add(_, _);
        #[unsafe_fn] tp_math_fsum_result(_);
        #[unsafe_fn] tp_math_prod_int(_, _);
        #[unsafe_fn] tp_math_prod_float(_, _);
        #[unsafe_fn] tp_math_dist(_, _);
        tp_math_isnan(_);
        tp_math_isinf(_);
        tp_math_isfinite(_);
        tp_random_new(_);
        tp_random_new_entropy();
        #[unsafe_fn] tp_random_seed(_, _);
        #[unsafe_fn] tp_random_seed_entropy(_);
        #[unsafe_fn] tp_random_random(_);
        #[unsafe_fn] tp_random_getrandbits(_, _);
        #[unsafe_fn] tp_random_randrange_stop(_, _);
        #[unsafe_fn] tp_random_randrange(_, _, _, _);
        #[unsafe_fn] tp_random_randint(_, _, _);
        #[unsafe_fn] tp_random_uniform(_, _, _);
        #[unsafe_fn] tp_random_uniform_int(_, _, _);
        #[unsafe_fn] tp_random_gauss(_, _, _);
        #[unsafe_fn] tp_random_expovariate(_, _);
        #[unsafe_fn] tp_random_choice(_, _);
        #[unsafe_fn] tp_random_shuffle(_, _);
        #[unsafe_fn] tp_random_sample(_, _, _);
        #[unsafe_fn] tp_random_choices(_, _, _);
        #[unsafe_fn] tp_random_choices_weighted(_, _, _, _);
        #[unsafe_fn] tp_random_choice_range(_, _, _, _);
        #[unsafe_fn] tp_random_sample_range(_, _, _, _, _);
        #[unsafe_fn] tp_random_choices_range(_, _, _, _, _);
        #[unsafe_fn] tp_itertools_product(_, _);
        #[unsafe_fn] tp_itertools_permutations(_, _);
        #[unsafe_fn] tp_itertools_combinations(_, _);
        #[unsafe_fn] tp_itertools_combinations_wr(_, _);
        #[unsafe_fn] tp_itertools_accumulate(_);
        #[unsafe_fn] tp_itertools_chain(_, _);
        #[unsafe_fn] tp_itertools_pairwise(_);
        tp_time_time();
        tp_time_time_ns();
        tp_time_perf_counter();
        tp_time_perf_counter_ns();
        tp_time_process_time();
        tp_time_sleep(_);
        #[unsafe_fn] tp_list_append(_, _);
        #[unsafe_fn] tp_list_extend(_, _);
        #[unsafe_fn] tp_list_insert(_, _, _);
        #[unsafe_fn] tp_list_pop(_, _);
        #[unsafe_fn] tp_list_getitem(_, _);
        #[unsafe_fn] tp_list_setitem(_, _, _);
        #[unsafe_fn] tp_list_delitem(_, _);
        #[unsafe_fn] tp_list_clear(_);
        #[unsafe_fn] tp_list_reverse(_);
        #[unsafe_fn] tp_list_copy(_);
        #[unsafe_fn] tp_list_concat(_, _);
        #[unsafe_fn] tp_list_repeat(_, _);
        #[unsafe_fn] tp_list_repeat_in_place(_, _);
        #[unsafe_fn] tp_list_getslice(_, _, _, _);
        #[unsafe_fn] tp_list_setslice(_, _, _, _, _);
        #[unsafe_fn] tp_list_delslice(_, _, _, _);
        #[unsafe_fn] tp_list_contains(_, _);
        #[unsafe_fn] tp_list_count(_, _);
        #[unsafe_fn] tp_list_index(_, _, _, _);
        #[unsafe_fn] tp_list_remove(_, _);
        #[unsafe_fn] tp_list_eq(_, _);
        #[unsafe_fn] tp_list_compare(_, _, _);
        #[unsafe_fn] tp_list_sort(_, _, _, _, _);
        #[unsafe_fn] tp_list_min(_);
        #[unsafe_fn] tp_list_max(_);
        #[unsafe_fn] tp_list_min_key(_, _, _, _);
        #[unsafe_fn] tp_list_max_key(_, _, _, _);
        #[unsafe_fn] tp_list_sum_int(_, _);
        #[unsafe_fn] tp_list_sum_float(_, _);
        #[unsafe_fn] tp_list_repr(_);
        tp_dict_new_flavored(_, _, _, _, _);
        #[unsafe_fn] tp_dict_copy_flavored(_);
        #[unsafe_fn] tp_counter_add_elements(_, _, _);
        #[unsafe_fn] tp_counter_subtract(_, _);
        #[unsafe_fn] tp_counter_most_common(_, _);
        #[unsafe_fn] tp_counter_elements(_);
        #[unsafe_fn] tp_counter_total(_);
        #[unsafe_fn] tp_dict_binary(_, _, _);
        #[unsafe_fn] tp_odict_move_to_end(_, _, _);
        #[unsafe_fn] tp_odict_popitem(_, _, _);
        tp_deque_new(_, _);
        #[unsafe_fn] tp_deque_extend(_, _, _);
        #[unsafe_fn] tp_deque_append(_, _, _);
        #[unsafe_fn] tp_deque_pop(_, _);
        #[unsafe_fn] tp_deque_clear(_);
        #[unsafe_fn] tp_deque_rotate(_, _);
        #[unsafe_fn] tp_deque_reverse(_);
        #[unsafe_fn] tp_deque_getitem(_, _);
        #[unsafe_fn] tp_deque_setitem(_, _, _);
        #[unsafe_fn] tp_deque_state(_);
        #[unsafe_fn] tp_deque_iter_check(_, _);
        #[unsafe_fn] tp_deque_maxlen(_);
        #[unsafe_fn] tp_deque_remove(_, _);
        #[unsafe_fn] tp_deque_index(_, _);
        #[unsafe_fn] tp_deque_insert(_, _, _);
        #[unsafe_fn] tp_deque_copy(_);
        #[unsafe_fn] tp_list_heappush(_, _);
        #[unsafe_fn] tp_list_heappop(_);
        #[unsafe_fn] tp_list_heapreplace(_, _);
        #[unsafe_fn] tp_list_heappushpop(_, _);
        #[unsafe_fn] tp_list_heapify(_);
        #[unsafe_fn] tp_list_truncate(_, _);
        #[unsafe_fn] tp_list_bisect(_, _, _, _, _);
        #[unsafe_fn] tp_list_insort(_, _, _, _, _);
        tp_list_new(_, _);
        tp_tuple_new(_);
        #[unsafe_fn] tp_tuple_set_item(_, _, _, _);
        #[unsafe_fn] tp_tuple_getitem(_, _);
        #[unsafe_fn] tp_tuple_getslice(_, _, _, _);
        #[unsafe_fn] tp_tuple_concat(_, _);
        #[unsafe_fn] tp_tuple_repeat(_, _);
        #[unsafe_fn] tp_tuple_contains(_, _, _);
        #[unsafe_fn] tp_tuple_eq(_, _);
        #[unsafe_fn] tp_tuple_compare(_, _, _);
        #[unsafe_fn] tp_tuple_repr(_);
        #[unsafe_fn] tp_tuple_to_list(_, _);
        #[unsafe_fn] tp_list_to_tuple(_);
        tp_dict_new(_, _);
        #[unsafe_fn] tp_dict_getitem(_, _);
        #[unsafe_fn] tp_dict_setitem(_, _, _);
        #[unsafe_fn] tp_dict_delitem(_, _);
        #[unsafe_fn] tp_dict_contains(_, _);
        #[unsafe_fn] tp_dict_find(_, _);
        #[unsafe_fn] tp_dict_get(_, _, _);
        #[unsafe_fn] tp_dict_setdefault(_, _, _);
        #[unsafe_fn] tp_dict_pop(_, _);
        #[unsafe_fn] tp_dict_pop_default(_, _, _);
        #[unsafe_fn] tp_dict_popitem(_);
        #[unsafe_fn] tp_dict_update(_, _);
        #[unsafe_fn] tp_dict_clear(_);
        #[unsafe_fn] tp_dict_copy(_);
        #[unsafe_fn] tp_dict_eq(_, _);
        #[unsafe_fn] tp_dict_iter_next(_, _, _, _);
        #[unsafe_fn] tp_dict_key_at(_, _);
        #[unsafe_fn] tp_dict_value_at(_, _);
        #[unsafe_fn] tp_dict_set_value_at(_, _, _);
        #[unsafe_fn] tp_dict_keys(_);
        #[unsafe_fn] tp_dict_values(_);
        #[unsafe_fn] tp_dict_items(_);
        #[unsafe_fn] tp_dict_repr(_);
        tp_set_new(_);
        #[unsafe_fn] tp_set_add(_, _);
        #[unsafe_fn] tp_set_discard(_, _);
        #[unsafe_fn] tp_set_remove(_, _);
        #[unsafe_fn] tp_set_pop(_);
        #[unsafe_fn] tp_set_contains(_, _);
        #[unsafe_fn] tp_set_clear(_);
        #[unsafe_fn] tp_set_copy(_);
        #[unsafe_fn] tp_set_from_list(_);
        #[unsafe_fn] tp_set_from_dict(_);
        #[unsafe_fn] tp_set_update_list(_, _);
        #[unsafe_fn] tp_set_to_list(_);
        #[unsafe_fn] tp_set_or(_, _);
        #[unsafe_fn] tp_set_and(_, _);
        #[unsafe_fn] tp_set_sub(_, _);
        #[unsafe_fn] tp_set_xor(_, _);
        #[unsafe_fn] tp_set_ior(_, _);
        #[unsafe_fn] tp_set_iand(_, _);
        #[unsafe_fn] tp_set_isub(_, _);
        #[unsafe_fn] tp_set_ixor(_, _);
        #[unsafe_fn] tp_set_intersection_list(_, _);
        #[unsafe_fn] tp_set_difference_update_list(_, _);
        #[unsafe_fn] tp_set_issubset(_, _);
        #[unsafe_fn] tp_set_isdisjoint(_, _);
        #[unsafe_fn] tp_set_eq(_, _);
        #[unsafe_fn] tp_set_compare(_, _, _);
        #[unsafe_fn] tp_set_iter_next(_, _, _);
        #[unsafe_fn] tp_set_key_at(_, _);
        #[unsafe_fn] tp_set_repr(_);
        tp_box_int(_);
        tp_box_float(_);
        tp_box_bool(_);
        #[unsafe_fn] tp_dict_get_boxed(_, _);
    }
}

#[test]
fn every_runtime_fn_is_exported_with_the_contract_signature() {
    let exported = exported();
    for &func in RuntimeFn::ALL {
        let symbol = func.symbol();
        let Some((_, (params, ret, can_raise))) = exported.iter().find(|(name, _)| *name == symbol)
        else {
            panic!("runtime does not export `{symbol}` ({func:?})");
        };
        let RuntimeSig { params: want_params, ret: want_ret, can_raise: want_raise } = func.sig();
        // A slot is an `i64` in Rust: compare at the machine level.
        let machine = |ty: AbiType| if ty == AbiType::Slot { AbiType::I64 } else { ty };
        let want_params: Vec<AbiType> = want_params.iter().copied().map(machine).collect();
        let want_ret = want_ret.map(machine);
        assert_eq!(
            (params.as_slice(), *ret, *can_raise),
            (want_params.as_slice(), want_ret, want_raise),
            "signature of `{symbol}`"
        );
    }
    // And nothing is exported that the contract does not know.
    for (name, _) in &exported {
        assert!(RuntimeFn::ALL.iter().any(|f| f.symbol() == *name), "`{name}` is not in RuntimeFn");
    }
}

#[test]
fn frame_depth_symbol_matches_the_contract() {
    // Taking the address compiles only if the static exists under this name.
    let _address = std::ptr::addr_of!(tp_frame_depth);
    assert_eq!(stringify!(tp_frame_depth), taipan_abi::FRAME_DEPTH_SYMBOL);
}
