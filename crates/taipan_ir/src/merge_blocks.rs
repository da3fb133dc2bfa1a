//! Merging of straight-line block chains: a block that jumps to a block no
//! other edge reaches takes that block's instructions and terminator.
//!
//! Inlining splits the calling block around each inlined body; merging the
//! pieces back gives the refcount-pair pass (`refcount_pairs.rs`) whole
//! straight-line regions to look at, and the printed IR reads as the source.

use crate::{BlockId, Function, Module, Terminator};

/// Merges the chains of every function of `module`.
pub fn merge_block_chains(module: &mut Module) {
    for f in &mut module.functions {
        merge_chains(f);
    }
}

fn merge_chains(f: &mut Function) {
    // Merging moves edges from the absorbed block to its absorber, so the
    // counts stay right for the blocks that remain.
    let preds = predecessor_counts(f);
    let mut dead = vec![false; f.blocks.len()];
    for a in 0..f.blocks.len() {
        if dead[a] {
            continue;
        }
        while let Terminator::Jump(b) = f.blocks[a].term {
            let b = b.index();
            if b == a
                || b == 0
                || dead[b]
                || preds[b] != 1
                || f.blocks[b].on_error != f.blocks[a].on_error
            {
                break;
            }
            let absorbed = std::mem::take(&mut f.blocks[b].insts);
            let term = std::mem::replace(&mut f.blocks[b].term, Terminator::Unreachable);
            f.blocks[a].insts.extend(absorbed);
            f.blocks[a].term = term;
            dead[b] = true;
        }
    }
    remove_blocks(f, &dead);
}

/// How many edges (terminators and error targets) reach each block.
fn predecessor_counts(f: &Function) -> Vec<usize> {
    let mut count = vec![0; f.blocks.len()];
    let mut add = |b: BlockId| {
        if let Some(c) = count.get_mut(b.index()) {
            *c += 1;
        }
    };
    for block in &f.blocks {
        match block.term {
            Terminator::Jump(t) => add(t),
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => {
                add(then_block);
                add(else_block);
            }
            _ => {}
        }
        if let Some(e) = block.on_error {
            add(e);
        }
    }
    count
}

/// Removes the `dead` blocks (which no edge reaches any more) and renumbers
/// the others.
fn remove_blocks(f: &mut Function, dead: &[bool]) {
    let mut new_id = Vec::with_capacity(dead.len());
    let mut next = 0;
    for &d in dead {
        new_id.push(BlockId(next));
        next += u32::from(!d);
    }
    let mut index = 0;
    f.blocks.retain(|_| {
        index += 1;
        !dead[index - 1]
    });
    let renumber = |b: &mut BlockId| *b = new_id[b.index()];
    for block in &mut f.blocks {
        match &mut block.term {
            Terminator::Jump(t) => renumber(t),
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => {
                renumber(then_block);
                renumber(else_block);
            }
            _ => {}
        }
        if let Some(e) = &mut block.on_error {
            renumber(e);
        }
    }
}
