//! Layers: cycles are broken by turning the edges that close them (found by
//! a depth-first search in node order), then each node goes one layer
//! after its deepest predecessor (longest path), and a source is pulled
//! next to its nearest successor so that its edges stay short.

/// The edges with cycles broken: `(from, to)` pointing forwards, without
/// self-loops.
pub fn acyclic(node_count: usize, edges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = vec![Vec::new(); node_count];
    for &(a, b) in edges {
        if a != b {
            out[a].push(b);
        }
    }
    // 0 unseen, 1 on the stack, 2 done
    let mut state = vec![0u8; node_count];
    let mut reversed = std::collections::BTreeSet::new();
    for root in 0..node_count {
        if state[root] != 0 {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        state[root] = 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&to) = out[node].get(*next) {
                *next += 1;
                match state[to] {
                    0 => {
                        state[to] = 1;
                        stack.push((to, 0));
                    }
                    1 => {
                        reversed.insert((node, to));
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
    edges
        .iter()
        .filter(|(a, b)| a != b)
        .map(|&(a, b)| {
            if reversed.contains(&(a, b)) {
                (b, a)
            } else {
                (a, b)
            }
        })
        .collect()
}

/// The layer of every node for acyclic `edges`.
pub fn layers(node_count: usize, edges: &[(usize, usize)]) -> Vec<usize> {
    let mut succ = vec![Vec::new(); node_count];
    let mut waiting = vec![0usize; node_count];
    for &(a, b) in edges {
        succ[a].push(b);
        waiting[b] += 1;
    }
    let mut order = Vec::with_capacity(node_count);
    let mut queue: std::collections::VecDeque<usize> =
        (0..node_count).filter(|&n| waiting[n] == 0).collect();
    let mut layer = vec![0usize; node_count];
    while let Some(n) = queue.pop_front() {
        order.push(n);
        for &s in &succ[n] {
            layer[s] = layer[s].max(layer[n] + 1);
            waiting[s] -= 1;
            if waiting[s] == 0 {
                queue.push_back(s);
            }
        }
    }
    // sources sit just before their nearest successor
    let mut has_pred = vec![false; node_count];
    for &(_, b) in edges {
        has_pred[b] = true;
    }
    for &n in order.iter().rev() {
        if !has_pred[n]
            && let Some(nearest) = succ[n].iter().map(|&s| layer[s]).min()
        {
            layer[n] = nearest.saturating_sub(1).max(layer[n]);
        }
    }
    layer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_broken_and_layers_follow_the_longest_path() {
        let edges = acyclic(3, &[(0, 1), (1, 2), (2, 0), (1, 1)]);
        assert_eq!(edges, vec![(0, 1), (1, 2), (0, 2)]);
        assert_eq!(layers(3, &edges), vec![0, 1, 2]);
    }

    #[test]
    fn a_source_sits_next_to_its_successor() {
        // 0 -> 1 -> 2 -> 3, and 4 -> 3
        let edges = [(0, 1), (1, 2), (2, 3), (4, 3)];
        assert_eq!(layers(5, &edges), vec![0, 1, 2, 3, 2]);
    }
}
