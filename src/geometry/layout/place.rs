//! Coordinates from the layer order. Along the flow, layers are columns
//! (or rows) as deep as their deepest node. Across it, a group and all its
//! members (over every layer it spans) are one block and every other node
//! is a block of its own; blocks are stacked in their order with each one
//! pulled towards the mean position of its neighbours, over three passes,
//! so that a group's boundary never takes in a node that is not its own.

use std::collections::BTreeMap;

use super::order::Layered;

/// Distances used by the placement, in canvas units.
#[derive(Debug, Clone, Copy)]
pub struct Spacing {
    pub layer_gap: f32,
    pub node_gap: f32,
    /// Room inside a group before its first member across the flow (the
    /// title strip when it lies across) and after its last.
    pub group_before: f32,
    pub group_after: f32,
}

/// Across-size of a dummy (a long edge passing a layer).
const DUMMY: f32 = 16.0;
/// Passes of the across placement.
const PASSES: usize = 3;

enum Block {
    Single(usize),
    Group(Vec<usize>),
}

/// `(along, across)` centre of every real vertex; `sizes` are `(along,
/// across)` of the real vertices.
pub fn place(g: &Layered, sizes: &[(f32, f32)], spacing: &Spacing) -> Vec<(f32, f32)> {
    let along = along(g, sizes, spacing);
    let across_size = |v: usize| if v < g.real { sizes[v].1 } else { DUMMY };
    let blocks = blocks(g);
    let mut neighbours = vec![Vec::new(); g.layer_of.len()];
    for &(a, b) in &g.edges {
        neighbours[a].push(b);
        neighbours[b].push(a);
    }
    let mut centre: Vec<f32> = Vec::new();
    for pass in 0..PASSES {
        let desired: Option<Vec<f32>> = (pass > 0).then(|| {
            (0..g.layer_of.len())
                .map(|v| {
                    let n = &neighbours[v];
                    if n.is_empty() {
                        centre[v]
                    } else {
                        n.iter().map(|&u| centre[u]).sum::<f32>() / n.len() as f32
                    }
                })
                .collect()
        });
        centre = stack(g, &blocks, &across_size, desired.as_deref(), spacing);
    }
    (0..g.real).map(|v| (along[v], centre[v])).collect()
}

/// Along-coordinate of each real vertex: the middle of its layer.
fn along(g: &Layered, sizes: &[(f32, f32)], spacing: &Spacing) -> Vec<f32> {
    let mut depth = vec![0.0f32; g.layers.len()];
    for (v, size) in sizes.iter().enumerate().take(g.real) {
        let l = g.layer_of[v];
        depth[l] = depth[l].max(size.0);
    }
    let mut start = Vec::with_capacity(depth.len());
    let mut at = 0.0;
    for d in &depth {
        start.push(at);
        at += d + spacing.layer_gap;
    }
    (0..g.real)
        .map(|v| {
            let l = g.layer_of[v];
            start[l] + depth[l] / 2.0
        })
        .collect()
}

/// Blocks in stacking order: by the mean relative position of their vertices.
fn blocks(g: &Layered) -> Vec<Block> {
    let pos = g.positions();
    let rel = |v: usize| (pos[v] as f32 + 0.5) / g.layers[g.layer_of[v]].len() as f32;
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut keyed: Vec<(f32, usize, Block)> = Vec::new();
    for layer in &g.layers {
        for &v in layer {
            match g.group_of[v] {
                Some(group) => groups.entry(group).or_default().push(v),
                None => keyed.push((rel(v), v, Block::Single(v))),
            }
        }
    }
    for members in groups.into_values() {
        let key = members.iter().map(|&v| rel(v)).sum::<f32>() / members.len() as f32;
        keyed.push((key, members[0], Block::Group(members)));
    }
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().map(|k| k.2).collect()
}

/// Consecutive single blocks of one layer that pushed each other: they
/// sit as one run centred on the mean of their wishes.
struct Run {
    /// Members with their centre relative to the run's top.
    members: Vec<(usize, f32)>,
    /// Sum over members of (desired centre - relative centre).
    wish: f32,
    height: f32,
    floor: f32,
    top: f32,
}

impl Run {
    fn settle(&mut self) {
        self.top = (self.wish / self.members.len() as f32).max(self.floor);
    }
}

/// One pass: each block as close to its desired place as the blocks
/// before it allow; single nodes that collide share the displacement.
fn stack(
    g: &Layered,
    blocks: &[Block],
    size: &dyn Fn(usize) -> f32,
    desired: Option<&[f32]>,
    spacing: &Spacing,
) -> Vec<f32> {
    let mut floor = vec![f32::NEG_INFINITY; g.layers.len()];
    let mut runs: Vec<Vec<Run>> = (0..g.layers.len()).map(|_| Vec::new()).collect();
    let mut centre = vec![0.0f32; g.layer_of.len()];
    for block in blocks {
        match block {
            Block::Single(v) => {
                let l = g.layer_of[*v];
                let half = size(*v) / 2.0;
                let want = desired.map_or(half, |d| d[*v]);
                let mut run = Run {
                    members: vec![(*v, half)],
                    wish: want - half,
                    height: size(*v),
                    floor: floor[l],
                    top: 0.0,
                };
                run.settle();
                while let Some(mut prev) = runs[l].pop() {
                    let shift = prev.height + spacing.node_gap;
                    if prev.top + shift <= run.top {
                        runs[l].push(prev);
                        break;
                    }
                    prev.wish += run.wish - shift * run.members.len() as f32;
                    prev.members
                        .extend(run.members.iter().map(|&(m, o)| (m, o + shift)));
                    prev.height = shift + run.height;
                    prev.settle();
                    run = prev;
                }
                runs[l].push(run);
            }
            Block::Group(members) => {
                let span = span(g, members);
                for l in span.clone() {
                    for run in runs[l].drain(..) {
                        for (m, o) in run.members {
                            centre[m] = run.top + o;
                        }
                        floor[l] = floor[l].max(run.top + run.height + spacing.node_gap);
                    }
                }
                group(g, members, size, desired, spacing, &mut floor, &mut centre);
            }
        }
    }
    for run in runs.into_iter().flatten() {
        for (m, o) in run.members {
            centre[m] = run.top + o;
        }
    }
    centre
}

/// The layers a group's members span.
fn span(g: &Layered, members: &[usize]) -> std::ops::RangeInclusive<usize> {
    let first = members.iter().map(|&v| g.layer_of[v]).min().unwrap_or(0);
    let last = members.iter().map(|&v| g.layer_of[v]).max().unwrap_or(0);
    first..=last
}

/// Places a group's members, stacked per layer and centred in the group.
fn group(
    g: &Layered,
    members: &[usize],
    size: &dyn Fn(usize) -> f32,
    desired: Option<&[f32]>,
    spacing: &Spacing,
    free: &mut [f32],
    centre: &mut [f32],
) {
    // members by layer, in layer order (members arrive in layer order)
    let mut by_layer: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &v in members {
        by_layer.entry(g.layer_of[v]).or_default().push(v);
    }
    let height = |vs: &[usize]| {
        vs.iter().map(|&v| size(v)).sum::<f32>() + spacing.node_gap * (vs.len() as f32 - 1.0)
    };
    let inner = by_layer.values().map(|vs| height(vs)).fold(0.0, f32::max);
    // each member's centre relative to the block's top
    let mut offset = Vec::with_capacity(members.len());
    for vs in by_layer.values() {
        let mut at = spacing.group_before + (inner - height(vs)) / 2.0;
        for &v in vs {
            offset.push((v, at + size(v) / 2.0));
            at += size(v) + spacing.node_gap;
        }
    }
    let first = by_layer.keys().next().copied().unwrap_or(0);
    let last = by_layer.keys().next_back().copied().unwrap_or(0);
    let lowest = free[first..=last]
        .iter()
        .copied()
        .fold(f32::NEG_INFINITY, f32::max);
    let want = desired.map_or(0.0, |d| {
        offset.iter().map(|&(v, o)| d[v] - o).sum::<f32>() / offset.len().max(1) as f32
    });
    let top = want.max(lowest);
    for (v, o) in offset {
        centre[v] = top + o;
    }
    let bottom = top + spacing.group_before + inner + spacing.group_after + spacing.node_gap;
    for f in &mut free[first..=last] {
        *f = bottom;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPACING: Spacing = Spacing {
        layer_gap: 100.0,
        node_gap: 20.0,
        group_before: 30.0,
        group_after: 10.0,
    };

    #[test]
    fn nodes_of_a_layer_do_not_overlap_and_layers_are_apart() {
        let g = Layered::new(&[0, 1, 1, 1], &[None; 4], &[(0, 1), (0, 2), (0, 3)]);
        let sizes = [(100.0, 50.0); 4];
        let c = place(&g, &sizes, &SPACING);
        assert_eq!(c[1].0, 250.0);
        let mut across: Vec<f32> = c[1..].iter().map(|p| p.1).collect();
        across.sort_by(f32::total_cmp);
        assert!(across.windows(2).all(|w| w[1] - w[0] >= 70.0), "{across:?}");
        // the source sits level with the middle of its three successors
        assert!((c[0].1 - across[1]).abs() < 1.0, "{c:?}");
    }

    #[test]
    fn a_node_outside_a_group_stays_outside_its_span() {
        // 0 and 2 in group 0, spanning layers 0..=1; 1 alone in layer 1
        let groups = [Some(0), None, Some(0)];
        let g = Layered::new(&[0, 1, 1], &groups, &[(0, 2), (0, 1)]);
        let c = place(&g, &[(100.0, 50.0); 3], &SPACING);
        let group_top = c[0].1.min(c[2].1) - 25.0 - SPACING.group_before;
        let group_bottom = c[0].1.max(c[2].1) + 25.0 + SPACING.group_after;
        assert!(
            c[1].1 + 25.0 <= group_top || c[1].1 - 25.0 >= group_bottom,
            "{c:?}"
        );
    }
}
