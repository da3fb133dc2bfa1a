//! Expressions.

use taipan_diagnostics::Span;
use taipan_syntax::ast;
use taipan_syntax::span_of;

use crate::checker::{convert, math_constant, name_of, Checker, Resolved};
use crate::fold;
use crate::hir::{BinOp, BoolOpKind, CmpOp, Const, Conversion, Expr, ExprKind, Ty, UnaryOp};
use crate::scan::{Imported, MATH_CONSTANTS, MATH_FUNCTIONS};

/// `-9223372036854775808`: its literal is one past `i64::MAX`, so it is folded
/// as a whole.
const MIN_INT_LITERAL: &str = "9223372036854775808";

impl Checker<'_, '_> {
    /// An expression used as a value. (`expected`, when known, types empty
    /// displays and guides literals: `xs: list[float] = [1, 2]`.)
    pub fn value(&mut self, e: &ast::Expr, expected: Option<Ty>) -> Expr {
        self.expr(e, expected)
    }

    /// An expression whose truthiness is tested. Constant conditions become
    /// `bool` constants, so flow analysis sees them.
    pub fn condition(&mut self, e: &ast::Expr) -> Expr {
        // Only the truth of `a and b` matters here, so its operands may have
        // different types: each is tested for truth.
        let cond = match e {
            ast::Expr::BoolOp(b) => {
                let op = match b.op {
                    ast::BoolOp::And => BoolOpKind::And,
                    ast::BoolOp::Or => BoolOpKind::Or,
                };
                // `x is not None and x.v > 0`: each operand is checked with
                // what the ones before it imply (true for `and`, false for `or`).
                let narrowed_before = self.narrowed.clone();
                let mut values: Vec<Expr> = Vec::new();
                for v in &b.values {
                    let c = self.condition(v);
                    values.push(match c.ty {
                        Ty::Bool | Ty::Unknown => c,
                        _ => convert(Conversion::Truth, c, Ty::Bool),
                    });
                    let (when_true, when_false) = self.cond_narrowings(v);
                    self.apply_narrowings(if op == BoolOpKind::And { &when_true } else { &when_false });
                }
                self.narrowed = narrowed_before;
                if values.iter().any(|v| v.ty == Ty::Unknown) {
                    return Self::error_expr(span_of(e));
                }
                self.fold_bool_op(op, values, Ty::Bool, span_of(e))
            }
            _ => {
                let value = self.unobservable_empty(e).unwrap_or_else(|| self.expr(e, None));
                self.special_truth(value)
            }
        };
        match cond.as_const() {
            Some(c) => Self::const_expr(Const::Bool(fold::truthy(c)), cond.span),
            None => cond,
        }
    }

    /// An `int` argument (a `bool` converts).
    pub fn int_arg(&mut self, e: &ast::Expr) -> Expr {
        let arg = self.value(e, None);
        match arg.ty {
            Ty::Int | Ty::Unknown => arg,
            Ty::Bool => convert(Conversion::BoolToInt, arg, Ty::Int),
            Ty::Float => {
                self.error(arg.span, "'float' object cannot be interpreted as an integer");
                Self::error_expr(arg.span)
            }
            other => {
                self.error(arg.span, format!("expected int, found {other}"));
                Self::error_expr(arg.span)
            }
        }
    }

    pub fn expr(&mut self, e: &ast::Expr, expected: Option<Ty>) -> Expr {
        // Where `T | None` is expected, a value is a `T` (or the None constant).
        let expected = expected.map(Ty::without_none);
        let expected = crate::union::display_expected(e, expected);
        let span = span_of(e);
        use ast::Expr as E;
        match e {
            E::Constant(c) => self.constant(&c.value, span),
            E::Name(n) if matches!(expected, Some(Ty::Callable(_)))
                && matches!(self.resolve(n.id.as_str()), crate::checker::Resolved::Builtin(b) if crate::exceptions::exception_named(b).is_none()) =>
            {
                self.builtin_as_callable(n, expected.unwrap_or(Ty::Unknown), span)
            }
            E::Name(n) => self.read_name(n.id.as_str(), span),
            E::UnaryOp(u) => self.unary(u, span),
            E::BinOp(b) => {
                // `str` operands are rejected by `binary`, naming the operator.
                let lhs = self.expr(&b.left, None);
                let rhs = self.expr(&b.right, None);
                self.binary(b.op, lhs, rhs, span)
            }
            E::BoolOp(b) => self.bool_op(b, span, expected),
            E::Compare(c) => self.compare(c, span),
            E::IfExp(i) => self.if_exp(i, span, expected),
            E::Call(c) => self.call(c, span, expected),
            E::Attribute(a) => self.attribute(a, span, expected),
            E::List(l) => self.list_display(&l.elts, span, expected),
            E::Tuple(t) => self.tuple_display(&t.elts, span, expected),
            E::Dict(d) => self.dict_display(d, span, expected),
            E::Set(s) => self.set_display(&s.elts, span, expected),
            E::ListComp(c) => self.list_comprehension(c, span, expected),
            E::SetComp(c) => self.set_comprehension(c, span, expected),
            E::DictComp(c) => self.dict_comprehension(c, span, expected),
            E::Subscript(sub) => self.subscript(sub, span),
            E::JoinedStr(j) => self.fstring(&j.values, span),
            E::Lambda(l) => self.lambda_value(l, expected, span),
            E::GeneratorExp(g) => self.stored_generator(g, expected, span),
            E::NamedExpr(n) => self.named_expr(n, span, expected),
            _ => {
                self.error(span, unsupported_expr(e));
                Self::error_expr(span)
            }
        }
    }

    fn constant(&mut self, c: &ast::Constant, span: Span) -> Expr {
        let value = match c {
            ast::Constant::Int(i) => match i.to_string().parse::<i64>() {
                Ok(v) => Const::Int(v),
                Err(_) => {
                    self.error(span, "integer literal is too large for a 64-bit int");
                    return Self::error_expr(span);
                }
            },
            ast::Constant::Float(f) => Const::Float(*f),
            ast::Constant::Bool(b) => Const::Bool(*b),
            ast::Constant::None => Const::None,
            ast::Constant::Str(s) => Const::Str(s.clone()),
            ast::Constant::Bytes(_) => return self.unsupported(span, "bytes literals are not supported yet"),
            ast::Constant::Complex { .. } => return self.unsupported(span, "complex numbers are not supported yet"),
            ast::Constant::Ellipsis => return self.unsupported(span, "Ellipsis is not supported yet"),
            ast::Constant::Tuple(_) => return self.unsupported(span, "tuple literals are not supported yet"),
        };
        Self::const_expr(value, span)
    }

    pub(crate) fn unsupported(&mut self, span: Span, msg: &str) -> Expr {
        self.error(span, msg);
        Self::error_expr(span)
    }

    fn unary(&mut self, u: &ast::ExprUnaryOp, span: Span) -> Expr {
        if u.op == ast::UnaryOp::USub {
            if let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(i), .. }) = &*u.operand {
                if i.to_string() == MIN_INT_LITERAL {
                    return Self::const_expr(Const::Int(i64::MIN), span);
                }
            }
        }
        if u.op == ast::UnaryOp::Not {
            // Only the operand's truth matters: `not (a and b)` may mix types.
            let arg = self.condition(&u.operand);
            return unary_expr(UnaryOp::Not, arg, Ty::Bool, span);
        }
        let arg = self.value(&u.operand, None);
        let arg = self.int_enum_as_int(arg);
        let arg = match u.op {
            ast::UnaryOp::UAdd => self.unary_method("__pos__", "+", arg, span),
            ast::UnaryOp::Invert => self.unary_method("__invert__", "~", arg, span),
            _ => Err(arg),
        };
        let arg = match arg {
            Ok(call) => return call,
            Err(arg) => arg,
        };
        if u.op == ast::UnaryOp::USub {
            if let Ty::Instance(c) = arg.ty {
                let msg = format!("bad operand type for unary -: '{}'", c.name);
                if let Ok(e) = self.operator_call("__neg__", vec![arg.clone()], &msg, span) {
                    return e;
                }
            }
        }
        let symbol = match u.op {
            ast::UnaryOp::USub => "-",
            ast::UnaryOp::UAdd => "+",
            _ => "~",
        };
        let arg = match arg.ty {
            Ty::Unknown => return Self::error_expr(span),
            optional @ Ty::Optional(_) => {
                let what = format!("bad operand type for unary {symbol}");
                self.error(span, crate::optional_scalar::maybe_none_operand(&what, optional));
                return Self::error_expr(span);
            }
            Ty::Bool => convert(Conversion::BoolToInt, arg, Ty::Int),
            Ty::Int => arg,
            Ty::Float if u.op != ast::UnaryOp::Invert => arg,
            other => {
                self.error(span, format!("bad operand type for unary {symbol}: '{}'", other.python_name()));
                return Self::error_expr(span);
            }
        };
        let ty = arg.ty;
        match u.op {
            ast::UnaryOp::USub => unary_expr(UnaryOp::Neg, arg, ty, span),
            ast::UnaryOp::Invert => unary_expr(UnaryOp::Invert, arg, ty, span),
            // `+x` is `x` for numbers.
            _ => Expr { span, ..arg },
        }
    }

    /// `lhs op rhs` for checked operands (also used by augmented assignment).
    pub fn binary(&mut self, op: ast::Operator, lhs: Expr, rhs: Expr, span: Span) -> Expr {
        let op = match bin_op(op) {
            Some(op) => op,
            None => {
                self.error(span, "the @ operator is not supported yet");
                return Self::error_expr(span);
            }
        };
        if lhs.ty == Ty::Unknown || rhs.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        // An `IntEnum` member is an int here (`enum_expr.rs`), but not as
        // the argument of printf-style formatting (`%r` shows the member).
        let formatting = op == BinOp::Mod && lhs.ty == Ty::Str;
        let (lhs, rhs) = if formatting { (lhs, rhs) } else { (self.int_enum_as_int(lhs), self.int_enum_as_int(rhs)) };
        let (lhs, rhs) = match self.reflected_operator(op, lhs, rhs, span) {
            Ok(call) => return call,
            Err(operands) => operands,
        };
        let special = Some(crate::operator_methods::forward_method(op));
        if let (Ty::Instance(_), Some(method)) = (lhs.ty, special) {
            let msg = unsupported_operands(op, lhs.ty, rhs.ty);
            match self.operator_call(method, vec![lhs, rhs], &msg, span) {
                Ok(e) => return e,
                Err(_) => return Self::error_expr(span),
            }
        }
        // No built-in type taipan has defines `@`.
        if op == BinOp::MatMul {
            self.error(span, unsupported_operands(op, lhs.ty, rhs.ty));
            return Self::error_expr(span);
        }
        // (`"%s" % x` is printf-style formatting, which takes any value.)
        let printf = op == BinOp::Mod && lhs.ty == Ty::Str;
        if let Some(union) = [lhs.ty, rhs.ty].into_iter().find(|t| t.is_union()).filter(|_| !printf) {
            self.error(span, crate::union::narrow_first(&format!("operator '{}'", op.symbol()), union));
            return Self::error_expr(span);
        }
        if let Some(optional) = [lhs.ty, rhs.ty].into_iter().find(|t| matches!(t, Ty::Optional(_))).filter(|_| !printf) {
            let what = format!("unsupported operand types for {}: '{}' and '{}'", op.symbol(), lhs.ty, rhs.ty);
            self.error(span, crate::optional_scalar::maybe_none_operand(&what, optional));
            return Self::error_expr(span);
        }
        if let (Ty::Dict(..), Ty::Dict(..)) = (lhs.ty, rhs.ty) {
            return self.dict_binary(op, lhs, rhs, span);
        }
        if !lhs.ty.is_number() || !rhs.ty.is_number() {
            return self.sequence_binary(op, lhs, rhs, span);
        }
        let bitwise = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
        if bitwise && lhs.ty == Ty::Bool && rhs.ty == Ty::Bool {
            return binary_expr(op, lhs, rhs, Ty::Bool, span);
        }
        let any_float = lhs.ty == Ty::Float || rhs.ty == Ty::Float;
        if any_float && (bitwise || matches!(op, BinOp::LShift | BinOp::RShift)) {
            self.error(span, unsupported_operands(op, lhs.ty, rhs.ty));
            return Self::error_expr(span);
        }
        let lhs = to_int(lhs);
        let rhs = to_int(rhs);
        // `int ** negative constant` is a float in Python.
        let negative_power = op == BinOp::Pow && matches!(rhs.as_const(), Some(Const::Int(n)) if *n < 0);
        if any_float || negative_power {
            let ty = Ty::Float;
            return binary_expr(op, to_float(lhs), to_float(rhs), ty, span);
        }
        let ty = if op == BinOp::TrueDiv { Ty::Float } else { Ty::Int };
        binary_expr(op, lhs, rhs, ty, span)
    }

    fn bool_op(&mut self, b: &ast::ExprBoolOp, span: Span, expected: Option<Ty>) -> Expr {
        let op = match b.op {
            ast::BoolOp::And => BoolOpKind::And,
            ast::BoolOp::Or => BoolOpKind::Or,
        };
        // As in a condition: each operand is checked with what the ones
        // before it imply (`isinstance(o, C) and o.x == 1`).
        let narrowed_before = self.narrowed.clone();
        let mut values: Vec<Expr> = Vec::new();
        for v in &b.values {
            // An empty display takes the type of the operand before it
            // (`items or []` with `items: list[int] | None`).
            let before = values.last().map(|p: &Expr| p.ty.without_none()).filter(|_| expected.is_none() && is_empty_display(v));
            values.push(self.value(v, expected.or(before)));
            let (when_true, when_false) = self.cond_narrowings(v);
            self.apply_narrowings(if op == BoolOpKind::And { &when_true } else { &when_false });
        }
        self.narrowed = narrowed_before;
        if values.iter().any(|v| v.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        if let Some(v) = values.iter().find(|v| self.has_special_truth(v.ty)) {
            let msg = format!(
                "'and'/'or' giving a '{}' value is not supported yet (its truth calls __bool__ or __len__): use it in a condition",
                v.ty
            );
            self.error(span, msg);
            return Self::error_expr(span);
        }
        let first = values.first().map_or(Ty::Unknown, |v| v.ty);
        let ty = if values.iter().all(|v| v.ty == first) {
            first
        } else if expected == Some(Ty::Float) && values.iter().all(|v| matches!(v.ty, Ty::Int | Ty::Float)) {
            values = values.into_iter().map(to_float).collect();
            Ty::Float
        } else if let Some(e) = (op == BoolOpKind::Or).then(|| crate::optional_scalar::or_default(&values, span)).flatten() {
            return e;
        } else if let Some(union) = self.bool_op_union(&values) {
            // The operand that decides is the value: its type is known only
            // when it runs, so the value is the union of the operands' types.
            values = values.into_iter().map(|v| self.coerce(v, union)).collect();
            union
        } else {
            let word = if op == BoolOpKind::And { "and" } else { "or" };
            let other = values.iter().map(|v| v.ty).find(|t| *t != first).unwrap_or(first);
            self.error(
                span,
                format!(
                    "operands of '{word}' have different types: {first} and {other} (its value is the operand that decides, \
                     and no union of taipan's holds both; only its truth, in a condition, is supported)"
                ),
            );
            return Self::error_expr(span);
        };
        self.fold_bool_op(op, values, ty, span)
    }

    /// The union type of mixed `and`/`or` operands, if taipan has it.
    fn bool_op_union(&self, values: &[Expr]) -> Option<Ty> {
        let members: Vec<Ty> = values.iter().map(|v| v.ty).collect();
        let union = crate::union::checked_union(&members).ok()?;
        (union.is_union() || matches!(union, Ty::Optional(_))).then_some(union)
    }

    /// `a and b ...` with constants folded away.
    fn fold_bool_op(&mut self, op: BoolOpKind, mut values: Vec<Expr>, ty: Ty, span: Span) -> Expr {
        // Leading constants decide or drop out.
        while values.len() > 1 {
            let Some(c) = values[0].as_const() else { break };
            let decides = fold::truthy(c) == (op == BoolOpKind::Or);
            if decides {
                values.truncate(1);
            } else {
                values.remove(0);
            }
        }
        if values.len() == 1 {
            let value = values.pop().unwrap_or_else(|| Self::error_expr(span));
            return Expr { span, ..value };
        }
        Expr { kind: ExprKind::BoolOp { op, values }, ty, span }
    }

    fn compare(&mut self, c: &ast::ExprCompare, span: Span) -> Expr {
        let mut ops = Vec::new();
        for op in &c.ops {
            let op = match op {
                ast::CmpOp::Eq => CmpOp::Eq,
                ast::CmpOp::NotEq => CmpOp::Ne,
                ast::CmpOp::Lt => CmpOp::Lt,
                ast::CmpOp::LtE => CmpOp::Le,
                ast::CmpOp::Gt => CmpOp::Gt,
                ast::CmpOp::GtE => CmpOp::Ge,
                ast::CmpOp::Is | ast::CmpOp::IsNot => return self.is_compare(c, span),
                ast::CmpOp::In => CmpOp::In,
                ast::CmpOp::NotIn => CmpOp::NotIn,
            };
            ops.push(op);
        }
        // An empty display (`xs == []`) takes the type of its neighbour.
        let asts: Vec<&ast::Expr> = std::iter::once(&*c.left).chain(&c.comparators).collect();
        let mut checked: Vec<Option<Expr>> = Vec::new();
        for (i, o) in asts.iter().enumerate() {
            // `x in d.keys()` and the like: the right operand of `in` may be a view.
            let membership = i > 0 && matches!(ops.get(i - 1), Some(CmpOp::In | CmpOp::NotIn));
            // A display compared with a container of unions has its type
            // (`tokens == [1, "+"]`), as mypy reads it.
            let left = checked.last().and_then(|l: &Option<Expr>| l.as_ref()).map(|l| l.ty);
            let expected = left.filter(|t| !membership && crate::union::holds_union(*t) && crate::union::is_display(o));
            let deferred = crate::container_expr::is_empty_display(o) || (membership && is_empty_display(o));
            checked.push((!deferred).then(|| if membership { self.membership_container(o) } else { self.expr(o, expected) }));
        }
        for i in 0..asts.len() {
            if checked[i].is_none() {
                let neighbour = [i.wrapping_sub(1), i + 1]
                    .into_iter()
                    .find_map(|j| checked.get(j).and_then(|o| o.as_ref()).map(|o| o.ty));
                // `x in []`: a container of the left operand's type.
                let membership = i > 0 && matches!(ops.get(i - 1), Some(CmpOp::In | CmpOp::NotIn));
                let neighbour = match (membership, neighbour) {
                    (true, Some(elem)) => crate::empty_literals::empty_container_of(asts[i], elem),
                    _ => neighbour,
                };
                checked[i] = Some(match neighbour {
                    Some(_) => self.expr(asts[i], neighbour),
                    // `[] == []`: nothing can tell their elements' type.
                    None => self.unobservable_empty(asts[i]).unwrap_or_else(|| self.expr(asts[i], None)),
                });
            }
        }
        let operands: Vec<Expr> = checked.into_iter().flatten().collect();
        let operands = self.int_enum_compared(&ops, operands);
        if operands.iter().any(|o| o.ty == Ty::Unknown) {
            return Self::error_expr(span);
        }
        if self.reject_compared_function_values(&operands, &ops) {
            return Self::error_expr(span);
        }
        if let Some(e) = self.chained_instance_comparison(&ops, &operands, span) {
            return e;
        }
        // `random.Random` objects compare by identity (`object.__eq__`).
        if let ([op @ (CmpOp::Eq | CmpOp::Ne)], [a, b]) = (ops.as_slice(), operands.as_slice()) {
            if a.ty == Ty::Random && b.ty == Ty::Random {
                let (lhs, rhs) = (Box::new(a.clone()), Box::new(b.clone()));
                return Expr { kind: ExprKind::IsSame { lhs, rhs, negated: *op == CmpOp::Ne }, ty: Ty::Bool, span };
            }
        }
        if let Some(e) = self.range_comparison(&ops, &operands, span) {
            return e;
        }
        // A chain of constants folds, in order, stopping at the first false link.
        if operands.iter().all(|o| o.as_const().is_some()) {
            let mut result = Some(true);
            for (i, op) in ops.iter().enumerate() {
                let (a, b) = (operands[i].as_const(), operands[i + 1].as_const());
                match a.zip(b).and_then(|(a, b)| fold::compare(*op, a, b)) {
                    Some(true) => {}
                    Some(false) => {
                        result = Some(false);
                        break;
                    }
                    None => {
                        result = None;
                        break;
                    }
                }
            }
            if let Some(value) = result {
                return Self::const_expr(Const::Bool(value), span);
            }
        }
        // An optional number or str: by value (`optional_scalar.rs`).
        if let ([op], [_, _]) = (ops.as_slice(), operands.as_slice()) {
            if !matches!(op, CmpOp::In | CmpOp::NotIn) {
                let op = *op;
                let mut operands = operands;
                let (Some(rhs), Some(lhs)) = (operands.pop(), operands.pop()) else { return Self::error_expr(span) };
                let (lhs, rhs) = match self.union_comparison(op, lhs, rhs, span) {
                    Ok(e) => return e,
                    Err(pair) => pair,
                };
                match self.optional_comparison(op, lhs, rhs, span) {
                    Ok(e) => return e,
                    Err((lhs, rhs)) => operands = vec![lhs, rhs],
                }
                return self.compare_checked(ops, operands, span);
            }
        }
        self.compare_checked(ops, operands, span)
    }

    /// The rest of [`Self::compare`], once the operands are checked.
    /// `a < b < c` with instances among the operands: `a < b and b < c`,
    /// each link through the classes' comparison methods, the middle
    /// operands evaluated once (into a temporary the next link reads) and
    /// the rest of the chain skipped after the first false link, as in
    /// CPython.
    fn chained_instance_comparison(&mut self, ops: &[CmpOp], operands: &[Expr], span: Span) -> Option<Expr> {
        let is_instance = |t: Ty| matches!(t.without_none(), Ty::Instance(_));
        let instance_link = (0..ops.len()).any(|i| {
            !matches!(ops[i], CmpOp::In | CmpOp::NotIn) && is_instance(operands[i].ty) && is_instance(operands[i + 1].ty)
        });
        if ops.len() < 2 || !instance_link {
            return None;
        }
        let mut links = Vec::new();
        let mut left = operands[0].clone();
        for (i, op) in ops.iter().enumerate() {
            let right = operands[i + 1].clone();
            let (right, next_left) = if i + 1 < ops.len() {
                let (ty, at) = (right.ty, right.span);
                let tmp = self.fresh_local("<chained operand>", ty);
                let target = crate::hir::AssignTarget { place: crate::hir::Place::Local(tmp), convert: None };
                let store = Expr { kind: ExprKind::AssignExpr { target, value: Box::new(right) }, ty, span: at };
                (store, Some(Expr { kind: ExprKind::Local { id: tmp, checked: false }, ty, span: at }))
            } else {
                (right, None)
            };
            let link = self.compare_checked(vec![*op], vec![left, right], span);
            if link.ty == Ty::Unknown {
                return Some(link);
            }
            links.push(self.coerce(link, Ty::Bool));
            match next_left {
                Some(l) => left = l,
                None => break,
            }
        }
        Some(Expr { kind: ExprKind::BoolOp { op: BoolOpKind::And, values: links }, ty: Ty::Bool, span })
    }

    fn compare_checked(&mut self, ops: Vec<CmpOp>, operands: Vec<Expr>, span: Span) -> Expr {
        // Between instances: the classes' comparison methods, else (for
        // `==`/`!=`) identity, as CPython's default `__eq__`.
        let is_instance = |t: Ty| matches!(t.without_none(), Ty::Instance(_));
        if let ([op], [a, b]) = (ops.as_slice(), operands.as_slice()) {
            if is_instance(a.ty) && is_instance(b.ty) && !matches!(op, CmpOp::In | CmpOp::NotIn) {
                let op = *op;
                let mut operands = operands;
                let (Some(rhs), Some(lhs)) = (operands.pop(), operands.pop()) else { return Self::error_expr(span) };
                let (lhs, rhs) = match self.instance_comparison(op, lhs, rhs, span) {
                    Ok(e) => return e,
                    Err(pair) => pair,
                };
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return self.identity(lhs, rhs, op == CmpOp::Ne, span);
                }
                let symbol = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                let name = |t: Ty| match t.without_none() {
                    Ty::Instance(c) => c.name,
                    _ => "NoneType",
                };
                self.error(span, format!("'{symbol}' not supported between instances of '{}' and '{}'", name(lhs.ty), name(rhs.ty)));
                return Self::error_expr(span);
            }
        }
        // `x in obj` for an instance: `obj.__contains__(x)`.
        if let ([op @ (CmpOp::In | CmpOp::NotIn)], [_, Expr { ty: Ty::Instance(c), .. }]) = (ops.as_slice(), operands.as_slice()) {
            let (negated, class) = (*op == CmpOp::NotIn, *c);
            let mut operands = operands;
            let (Some(container), Some(item)) = (operands.pop(), operands.pop()) else { return Self::error_expr(span) };
            let msg = format!("argument of type '{}' is not iterable", class.name);
            let Ok(contains) = self.operator_call("__contains__", vec![container, item], &msg, span) else {
                return Self::error_expr(span);
            };
            return if negated { unary_expr(UnaryOp::Not, contains, Ty::Bool, span) } else { contains };
        }
        // `x in c` for an abstract collection `c` (`abstract_collections.rs`).
        if let ([op @ (CmpOp::In | CmpOp::NotIn)], [_, Expr { ty: Ty::Abstract(..), .. }]) = (ops.as_slice(), operands.as_slice()) {
            let negated = *op == CmpOp::NotIn;
            let mut operands = operands;
            let (Some(container), Some(item)) = (operands.pop(), operands.pop()) else { return Self::error_expr(span) };
            return self.abstract_contains(item, container, negated, span);
        }
        let mut operands = operands;
        if let [CmpOp::In | CmpOp::NotIn] = ops.as_slice() {
            // An instance of a subclass in a container of its base class.
            let container = operands[1].ty;
            let item = operands.remove(0);
            operands.insert(0, self.upcast_member(item, container));
        }
        for (i, op) in ops.iter().enumerate() {
            let (a, b) = (operands[i].ty, operands[i + 1].ty);
            let what = format!("'{}'", cmp_symbol(*op));
            if self.reject_runtime_comparison(b, span, &what) || self.reject_runtime_comparison(a, span, &what) {
                return Self::error_expr(span);
            }
            let numbers = a.is_number() && b.is_number();
            if numbers && !matches!(op, CmpOp::In | CmpOp::NotIn) {
                continue;
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne) && crate::abstract_collections::equality_accepted(a, b) {
                continue;
            }
            if let Some(msg) = crate::abstract_collections::ordering_rejected(cmp_symbol(*op), a, b) {
                self.error(span, msg);
                return Self::error_expr(span);
            }
            if let Err(msg) = crate::container_expr::check_object_comparison(*op, a, b) {
                self.error(span, msg);
                return Self::error_expr(span);
            }
        }
        if let [CmpOp::In | CmpOp::NotIn] = ops.as_slice() {
            let container = operands[1].ty;
            let item = operands.remove(0);
            operands.insert(0, self.membership_operand(item, container));
        }
        Expr { kind: ExprKind::Compare { operands, ops }, ty: Ty::Bool, span }
    }

    fn if_exp(&mut self, i: &ast::ExprIfExp, span: Span, expected: Option<Ty>) -> Expr {
        let cond = self.condition(&i.test);
        let (when_true, when_false) = self.cond_narrowings(&i.test);
        let narrowed_before = self.narrowed.clone();
        self.apply_narrowings(&when_true);
        let then_value = self.value(&i.body, expected);
        self.narrowed = narrowed_before.clone();
        self.apply_narrowings(&when_false);
        let else_value = self.value(&i.orelse, expected);
        self.narrowed = narrowed_before;
        if then_value.ty == Ty::Unknown || else_value.ty == Ty::Unknown {
            return Self::error_expr(span);
        }
        let joined = match expected {
            // (An expected union is joined below: both branches converted.)
            Some(e) if e.is_union() && then_value.ty != else_value.ty => {
                let then_value = self.coerce(then_value, e);
                let else_value = self.coerce(else_value, e);
                let kind = ExprKind::IfExp { cond: Box::new(cond), then_value: Box::new(then_value), else_value: Box::new(else_value) };
                return Expr { kind, ty: e, span };
            }
            Some(e @ Ty::Optional(_)) => Some(e),
            _ => crate::optional_scalar::optional_join(then_value.ty, else_value.ty),
        };
        // Instances of classes with a common base: that base (`class_join.rs`).
        let base = self.instance_join(&[then_value.ty, else_value.ty]).filter(|_| then_value.ty != else_value.ty);
        let (then_value, else_value) = if then_value.ty == else_value.ty || base.is_some() {
            (then_value, else_value)
        } else if let Some(optional) = joined.filter(|j| matches!(j, Ty::Optional(_))) {
            // `x if c else None`: both made the optional type.
            (self.coerce(then_value, optional), self.coerce(else_value, optional))
        } else if matches!((then_value.ty, else_value.ty), (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int))
            || (expected == Some(Ty::Float)
                && matches!(then_value.ty, Ty::Int | Ty::Float)
                && matches!(else_value.ty, Ty::Int | Ty::Float))
        {
            // A `float` whose int branch stays an int (`num_places.rs`).
            (to_float(then_value), to_float(else_value))
        } else {
            self.error(
                span,
                format!(
                    "conditional expression branches have different types: {} and {}",
                    then_value.ty, else_value.ty
                ),
            );
            return Self::error_expr(span);
        };
        if let Some(Const::Bool(c)) = cond.as_const() {
            let taken = if *c { then_value } else { else_value };
            return Expr { span, ..taken };
        }
        // Either value's type, or their optional join (a str and None: the
        // str keeps its own type, the expression is a `str | None`).
        let ty = base
            .or(joined.filter(|j| matches!(j, Ty::Optional(_)) && then_value.ty != else_value.ty))
            .unwrap_or(then_value.ty);
        Expr {
            kind: ExprKind::IfExp {
                cond: Box::new(cond),
                then_value: Box::new(then_value),
                else_value: Box::new(else_value),
            },
            ty,
            span,
        }
    }

    fn attribute(&mut self, a: &ast::ExprAttribute, span: Span, expected: Option<Ty>) -> Expr {
        let is_math =
            name_of(&a.value).is_some_and(|n| matches!(self.resolve(n), Resolved::Import(Imported::MathModule)));
        if !is_math {
            if let Some(name) = self.type_name_attribute(a, span) {
                return name;
            }
            if let Some(member) = self.sys_member(&ast::Expr::Attribute(a.clone())) {
                return self.sys_member_value(&member, span);
            }
            if let Some((module, member)) = self.container_member(&ast::Expr::Attribute(a.clone())) {
                return self.unsupported(span, &format!("{}.{member} can only be called", module.name()));
            }
            if let Some((module, member)) = self.std_member(&ast::Expr::Attribute(a.clone())) {
                return self.std_member_value(module, &member, span);
            }
            // `str.upper`, `Point.norm` (`unbound_methods.rs`).
            if let Some(method) = self.unbound_method_value(a, expected, span) {
                return method;
            }
            if let Some(Resolved::Class(c)) = name_of(&a.value).map(|n| self.resolve(n)) {
                return self.class_attribute(c, a.attr.as_str(), span);
            }
            if let Some(c) = self.user_exception_decl(&a.value) {
                return self.class_attribute(c, a.attr.as_str(), span);
            }
            let obj = self.expr(&a.value, None);
            if self.is_bound_method(obj.ty, a.attr.as_str()) {
                return self.bound_method(obj, a, expected, span);
            }
            return match obj.ty {
                Ty::Instance(_) | Ty::Optional(_) => self.instance_attribute(obj, a.attr.as_str(), span),
                Ty::Unknown => Self::error_expr(span),
                Ty::Union(_) => match self.union_as_common_class(obj) {
                    Ok(obj) => self.instance_attribute(obj, a.attr.as_str(), span),
                    Err(obj) => self.unsupported(span, &crate::union::narrow_first(&format!("attribute '{}'", a.attr), obj.ty)),
                },
                Ty::Deque(_) => self.deque_attribute(obj, a.attr.as_str(), span),
                Ty::Range => self.range_attribute(obj, a.attr.as_str(), span),
                Ty::Random => self.unsupported(span, &format!("Random.{} as a value is not supported yet (call it)", a.attr)),
                Ty::Exception(class) if a.attr.as_str() == "args" => self.exception_args(obj, class, span),
                Ty::Exception(class @ crate::hir::ExcClass::Builtin(crate::hir::ExcKind::SystemExit)) if a.attr.as_str() == "code" => {
                    self.system_exit_code(obj, class, span)
                }
                // Fields, properties and constants of a user exception class.
                Ty::Exception(crate::hir::ExcClass::User(_)) => self.instance_attribute(obj, a.attr.as_str(), span),
                Ty::Exception(class) => {
                    let msg = format!("attributes of exceptions ({}.{}) are not supported yet", class.name(), a.attr);
                    self.unsupported(span, &msg)
                }
                _ => self.unsupported(span, "attribute access is not supported yet"),
            };
        }
        let attr = a.attr.as_str();
        if MATH_CONSTANTS.contains(&attr) {
            if let Some(value) = math_constant(attr) {
                return Self::const_expr(Const::Float(value), span);
            }
        }
        if MATH_FUNCTIONS.contains(&attr) {
            return self.unsupported(span, "functions as values are not supported yet");
        }
        self.error(span, format!("math.{attr} is not supported yet"));
        Self::error_expr(span)
    }
}

pub(crate) fn bin_op(op: ast::Operator) -> Option<BinOp> {
    Some(match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::MatMult => BinOp::MatMul,
    })
}

pub(crate) fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

pub(crate) fn unsupported_operands(op: BinOp, a: Ty, b: Ty) -> String {
    format!("unsupported operand types for {}: '{}' and '{}'", op.symbol(), a.python_name(), b.python_name())
}

/// A `bool` as an `int`; other values unchanged.
pub(crate) fn to_int(e: Expr) -> Expr {
    match e.ty {
        Ty::Bool => convert(Conversion::BoolToInt, e, Ty::Int),
        _ => e,
    }
}

/// A number as a `float`.
pub(crate) fn to_float(e: Expr) -> Expr {
    match e.ty {
        Ty::Bool => to_float(to_int(e)),
        Ty::Int => convert(Conversion::IntToFloat, e, Ty::Float),
        _ => e,
    }
}

fn unary_expr(op: UnaryOp, arg: Expr, ty: Ty, span: Span) -> Expr {
    if let Some(c) = arg.as_const().and_then(|c| fold::unary(op, c)) {
        if let Some(folded) = crate::num_places::folded(c, ty, span) {
            return folded;
        }
    }
    Expr { kind: ExprKind::Unary { op, arg: Box::new(arg) }, ty, span }
}

fn binary_expr(op: BinOp, lhs: Expr, rhs: Expr, ty: Ty, span: Span) -> Expr {
    if let Some(c) = lhs.as_const().zip(rhs.as_const()).and_then(|(a, b)| fold::binary(op, a, b)) {
        if let Some(folded) = crate::num_places::folded(c, ty, span) {
            return folded;
        }
    }
    Expr { kind: ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, ty, span }
}

/// The message for an expression kind taipan does not support.
fn unsupported_expr(e: &ast::Expr) -> &'static str {
    use ast::Expr as E;
    match e {
        E::Lambda(_) => "lambda expressions are not supported yet",
        E::List(_) => "list literals are not supported yet",
        E::Tuple(_) => "tuple literals are not supported yet",
        E::Dict(_) => "dict literals are not supported yet",
        E::Set(_) => "set literals are not supported yet",
        E::ListComp(_) | E::SetComp(_) | E::DictComp(_) => "comprehensions are not supported yet",
        E::GeneratorExp(_) => crate::generator::GENERATOR_ELSEWHERE,
        E::JoinedStr(_) | E::FormattedValue(_) => "f-strings are not supported yet",
        E::NamedExpr(_) => "the walrus operator (:=) is not supported yet",
        E::Await(_) => "await expressions are not supported yet",
        E::Yield(_) | E::YieldFrom(_) => {
            "yield is supported only as a statement in a generator function: the value of a yield expression (send()) is not supported yet"
        }
        E::Starred(_) => "star arguments are not supported yet",
        E::Subscript(_) => "subscripts are not supported yet",
        E::Slice(_) => "slices are not supported yet",
        _ => "this expression is not supported yet",
    }
}

/// `[]`, `{}`, `set()`, `dict()`, `list()`: a display whose type only the
/// context can give.
pub(crate) fn is_empty_display(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::List(l) => l.elts.is_empty(),
        ast::Expr::Dict(d) => d.keys.is_empty(),
        ast::Expr::Call(c) => {
            c.args.is_empty()
                && c.keywords.is_empty()
                && matches!(&*c.func, ast::Expr::Name(n) if matches!(n.id.as_str(), "set" | "dict" | "list"))
        }
        _ => false,
    }
}
