//! Positions for imported nodes: layers by longest path from the sources
//! (a cycle is broken at its first node in order),
//! laid out along the flowchart's direction, 220 canvas units apart.
//!
//! Linear in nodes plus edges, and deterministic.

use std::collections::VecDeque;

use super::diagram::Flow;
use crate::design::Point;

/// Distance between layers and between nodes of a layer, in canvas units.
pub const SPACING: f32 = 220.0;

/// One position per node; `edges` are (from, to) node indices.
pub(super) fn positions(node_count: usize, edges: &[(usize, usize)], flow: Flow) -> Vec<Point> {
    let depth = depths(node_count, edges);
    let deepest = depth.iter().copied().max().unwrap_or(0);
    let mut filled = vec![0usize; deepest + 1];
    depth
        .iter()
        .map(|&layer| {
            let slot = filled[layer];
            filled[layer] += 1;
            let along = match flow {
                Flow::TopBottom | Flow::LeftRight => layer,
                Flow::BottomTop | Flow::RightLeft => deepest - layer,
            };
            let (along, across) = (along as f32 * SPACING, slot as f32 * SPACING);
            match flow {
                Flow::TopBottom | Flow::BottomTop => Point::new(across, along),
                Flow::LeftRight | Flow::RightLeft => Point::new(along, across),
            }
        })
        .collect()
}

/// The layer of each node: one more than its deepest placed predecessor.
fn depths(node_count: usize, edges: &[(usize, usize)]) -> Vec<usize> {
    let mut outgoing = vec![Vec::new(); node_count];
    let mut waiting = vec![0usize; node_count];
    for &(from, to) in edges.iter().filter(|(from, to)| from != to) {
        outgoing[from].push(to);
        waiting[to] += 1;
    }
    let mut depth = vec![0usize; node_count];
    let mut queued: Vec<bool> = waiting.iter().map(|&w| w == 0).collect();
    let mut queue: VecDeque<usize> = (0..node_count).filter(|&n| queued[n]).collect();
    let mut next_forced = 0;
    loop {
        while let Some(node) = queue.pop_front() {
            for &to in &outgoing[node] {
                if queued[to] {
                    continue;
                }
                depth[to] = depth[to].max(depth[node] + 1);
                waiting[to] -= 1;
                if waiting[to] == 0 {
                    queued[to] = true;
                    queue.push_back(to);
                }
            }
        }
        // a cycle holds the rest back: start it at its first node, in order
        while next_forced < node_count && queued[next_forced] {
            next_forced += 1;
        }
        if next_forced == node_count {
            return depth;
        }
        queued[next_forced] = true;
        queue.push_back(next_forced);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_follow_the_longest_path() {
        // 0 -> 1 -> 2, 0 -> 2, 3 alone
        assert_eq!(depths(4, &[(0, 1), (1, 2), (0, 2)]), [0, 1, 2, 0]);
    }

    #[test]
    fn cycles_and_self_loops_terminate() {
        assert_eq!(depths(3, &[(0, 1), (1, 2), (2, 0)]), [0, 1, 2]);
        assert_eq!(depths(2, &[(1, 1), (1, 0)]), [1, 0]);
        assert_eq!(depths(0, &[]), Vec::<usize>::new());
    }

    #[test]
    fn directions_place_layers_along_their_axis() {
        let edges = [(0, 1), (0, 2)];
        let lr = positions(3, &edges, Flow::LeftRight);
        assert_eq!(
            lr,
            [
                Point::new(0.0, 0.0),
                Point::new(220.0, 0.0),
                Point::new(220.0, 220.0)
            ]
        );
        let bt = positions(3, &edges, Flow::BottomTop);
        assert_eq!(
            bt,
            [
                Point::new(0.0, 220.0),
                Point::new(0.0, 0.0),
                Point::new(220.0, 0.0)
            ]
        );
        let rl = positions(3, &edges, Flow::RightLeft);
        assert_eq!(rl[0], Point::new(220.0, 0.0));
        let tb = positions(3, &edges, Flow::TopBottom);
        assert_eq!(tb[2], Point::new(220.0, 220.0));
    }
}
