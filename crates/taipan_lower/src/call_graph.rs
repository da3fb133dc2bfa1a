//! Which functions are in call-graph cycles (and so count towards the
//! recursion limit).

use taipan_types::hir::{self, ExprKind, StmtKind};

/// For each function: whether it can reach itself through calls.
pub(crate) fn recursive_functions(module: &hir::Module) -> Vec<bool> {
    let n = module.functions.len();
    let callees: Vec<Vec<usize>> = module
        .functions
        .iter()
        .map(|f| {
            let mut calls = Vec::new();
            for s in &f.body {
                stmt_calls(s, &mut calls);
            }
            calls.sort_unstable();
            calls.dedup();
            calls.retain(|&c| c < n);
            calls
        })
        .collect();
    let component = strongly_connected_components(&callees);
    let mut size = vec![0usize; n];
    for &c in &component {
        size[c] += 1;
    }
    (0..n).map(|f| size[component[f]] > 1 || callees[f].contains(&f)).collect()
}

/// Tarjan's algorithm with an explicit stack (call chains in generated code can
/// be long). Returns a component number per node.
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNVISITED: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNVISITED; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNVISITED; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != UNVISITED {
            continue;
        }
        // (node, position in its edge list)
        let mut work = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut pos)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*pos) {
                *pos += 1;
                if index[w] == UNVISITED {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

fn stmt_calls(s: &hir::Stmt, out: &mut Vec<usize>) {
    match &s.kind {
        StmtKind::Expr(e) => expr_calls(e, out),
        StmtKind::Assign { value, .. } => expr_calls(value, out),
        StmtKind::If { cond, then_body, else_body } => {
            expr_calls(cond, out);
            then_body.iter().chain(else_body).for_each(|s| stmt_calls(s, out));
        }
        StmtKind::While { cond, body, orelse } => {
            expr_calls(cond, out);
            body.iter().chain(orelse).for_each(|s| stmt_calls(s, out));
        }
        StmtKind::ForRange { start, stop, step, body, orelse, .. } => {
            [start, stop, step].into_iter().for_each(|e| expr_calls(e, out));
            body.iter().chain(orelse).for_each(|s| stmt_calls(s, out));
        }
        StmtKind::Return(Some(e)) | StmtKind::Yield(e) => expr_calls(e, out),
        StmtKind::Assert { cond, .. } => expr_calls(cond, out),
        StmtKind::SetItem { container, index, value, .. } => {
            [container, index, value].into_iter().for_each(|e| expr_calls(e, out));
        }
        StmtKind::Unpack { value, .. } => expr_calls(value, out),
        StmtKind::ForEach { iter, body, orelse, .. } => {
            expr_calls(iter, out);
            body.iter().chain(orelse).for_each(|s| stmt_calls(s, out));
        }
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| expr_calls(e, out)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let handler_bodies = handlers.iter().flat_map(|h| &h.body);
            body.iter().chain(handler_bodies).chain(orelse).chain(finalbody).for_each(|s| stmt_calls(s, out));
        }
        StmtKind::SetField { obj, value, .. } => {
            expr_calls(obj, out);
            expr_calls(value, out);
        }
        StmtKind::Return(None)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::MarkDefined(_)
        | StmtKind::DelLocal(_) => {}
    }
}

fn expr_calls(e: &hir::Expr, out: &mut Vec<usize>) {
    match &e.kind {
        ExprKind::Call { func, args, .. } => {
            out.push(func.index());
            args.iter().for_each(|a| expr_calls(a, out));
        }
        ExprKind::Const(_) | ExprKind::Local { .. } | ExprKind::Global { .. } => {}
        ExprKind::Convert { arg, .. } | ExprKind::Unary { arg, .. } => expr_calls(arg, out),
        ExprKind::Binary { lhs, rhs, .. } => {
            expr_calls(lhs, out);
            expr_calls(rhs, out);
        }
        ExprKind::Compare { operands: values, .. }
        | ExprKind::BoolOp { values, .. }
        | ExprKind::Builtin { args: values, .. }
        | ExprKind::Print { args: values, .. }
        | ExprKind::ObjOp { args: values, .. }
        | ExprKind::List { items: values }
        | ExprKind::Tuple { items: values }
        | ExprKind::FString { parts: values } => values.iter().for_each(|v| expr_calls(v, out)),
        ExprKind::CurrentItem | ExprKind::LetValue(_) => {}
        ExprKind::AssignExpr { value, .. } => expr_calls(value, out),
        ExprKind::Set { items, .. } => items.iter().for_each(|v| expr_calls(v, out)),
        ExprKind::Dict { items } => items.iter().for_each(|(k, v)| {
            expr_calls(k, out);
            expr_calls(v, out);
        }),
        ExprKind::Comprehension(c) => {
            for clause in &c.clauses {
                match clause {
                    hir::ComprehensionClause::For { iter, .. } => expr_calls(iter, out),
                    hir::ComprehensionClause::If(cond) => expr_calls(cond, out),
                }
            }
            expr_calls(&c.element, out);
            c.value.iter().for_each(|v| expr_calls(v, out));
        }
        ExprKind::Let { values, body } => {
            values.iter().for_each(|v| expr_calls(v, out));
            expr_calls(body, out);
        }
        ExprKind::IfExp { cond, then_value, else_value } => {
            expr_calls(cond, out);
            expr_calls(then_value, out);
            expr_calls(else_value, out);
        }
        ExprKind::New { init, args, .. } => {
            out.extend(init.map(|f| f.index()));
            args.iter().for_each(|a| expr_calls(a, out));
        }
        ExprKind::NewException { init, args, .. } => {
            out.push(init.index());
            args.iter().for_each(|a| expr_calls(a, out));
        }
        ExprKind::MethodCall { call, overrides } => {
            out.extend(overrides.iter().map(|o| o.func.index()));
            expr_calls(call, out);
        }
        ExprKind::FieldGet { obj: arg, .. }
        | ExprKind::IsNone { arg, .. }
        | ExprKind::IsInstance { arg, .. }
        | ExprKind::InstanceLen(arg) => {
            expr_calls(arg, out)
        }
        ExprKind::IsSame { lhs, rhs, .. } => {
            expr_calls(lhs, out);
            expr_calls(rhs, out);
        }
        ExprKind::CellGet { .. } => {}
        // Making a function value runs none of its code; calling one is an
        // indirect call, which its code's own depth count covers.
        ExprKind::MakeClosure { captures, .. } => captures.iter().for_each(|c| {
            if let hir::Capture::Value(v) = c {
                expr_calls(v, out)
            }
        }),
        ExprKind::CallValue { callee, args } => {
            expr_calls(callee, out);
            args.iter().for_each(|a| expr_calls(a, out));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::strongly_connected_components;

    #[test]
    fn components_group_cycles() {
        // 0 -> 1 -> 2 -> 1, 3 -> 3, 4 alone
        let edges = vec![vec![1], vec![2], vec![1], vec![3], vec![]];
        let c = strongly_connected_components(&edges);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[1]);
        assert_ne!(c[3], c[4]);
    }
}
