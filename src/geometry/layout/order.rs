//! The order of nodes within each layer: long edges get a dummy node per
//! layer they cross, then layer-by-layer barycentre sweeps (down, then up)
//! move each node towards the mean position of its neighbours, keeping the
//! members of a group next to each other; the order with the fewest
//! crossings seen is kept.

/// Sweeps (one down and one up each) tried.
const SWEEPS: usize = 6;

/// A proper layered graph: every edge joins adjacent layers.
#[derive(Debug, Clone)]
pub struct Layered {
    pub layer_of: Vec<usize>,
    pub group_of: Vec<Option<usize>>,
    /// The first `real` vertices are the nodes; the rest are dummies.
    pub real: usize,
    /// Vertices of each layer, in order.
    pub layers: Vec<Vec<usize>>,
    /// `(upper, lower)` pairs between adjacent layers.
    pub edges: Vec<(usize, usize)>,
}

impl Layered {
    /// Splits every edge longer than one layer with dummies (a dummy takes
    /// the group both ends share, if any).
    pub fn new(layer: &[usize], groups: &[Option<usize>], edges: &[(usize, usize)]) -> Self {
        let mut layer_of = layer.to_vec();
        let mut group_of = groups.to_vec();
        let real = layer.len();
        let mut proper = Vec::with_capacity(edges.len());
        for &(a, b) in edges {
            let shared = if groups[a] == groups[b] {
                groups[a]
            } else {
                None
            };
            let mut prev = a;
            for l in layer[a] + 1..layer[b] {
                let dummy = layer_of.len();
                layer_of.push(l);
                group_of.push(shared);
                proper.push((prev, dummy));
                prev = dummy;
            }
            proper.push((prev, b));
        }
        let depth = layer_of.iter().copied().max().map_or(0, |d| d + 1);
        let mut layers = vec![Vec::new(); depth];
        let mut by_group: Vec<usize> = (0..layer_of.len()).collect();
        by_group.sort_by_key(|&v| (group_of[v], v));
        for v in by_group {
            layers[layer_of[v]].push(v);
        }
        Self {
            layer_of,
            group_of,
            real,
            layers,
            edges: proper,
        }
    }

    /// Position of every vertex within its layer.
    pub fn positions(&self) -> Vec<usize> {
        let mut pos = vec![0; self.layer_of.len()];
        for layer in &self.layers {
            for (i, &v) in layer.iter().enumerate() {
                pos[v] = i;
            }
        }
        pos
    }

    /// Edge crossings between all adjacent layers.
    pub fn crossings(&self) -> usize {
        let pos = self.positions();
        let mut by_layer: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.layers.len()];
        for &(a, b) in &self.edges {
            by_layer[self.layer_of[a]].push((pos[a], pos[b]));
        }
        by_layer
            .iter_mut()
            .enumerate()
            .map(|(l, pairs)| {
                pairs.sort_unstable();
                let width = self.layers.get(l + 1).map_or(0, Vec::len);
                inversions(pairs.iter().map(|p| p.1), width)
            })
            .sum()
    }

    /// Barycentre sweeps; keeps the best order found.
    pub fn minimise_crossings(&mut self) {
        let mut up: Vec<Vec<usize>> = vec![Vec::new(); self.layer_of.len()];
        let mut down: Vec<Vec<usize>> = vec![Vec::new(); self.layer_of.len()];
        for &(a, b) in &self.edges {
            down[a].push(b);
            up[b].push(a);
        }
        let mut best = (self.crossings(), self.layers.clone());
        for _ in 0..SWEEPS {
            if best.0 == 0 {
                break;
            }
            for l in 1..self.layers.len() {
                self.reorder(l, &up);
            }
            for l in (0..self.layers.len().saturating_sub(1)).rev() {
                self.reorder(l, &down);
            }
            let now = self.crossings();
            if now < best.0 {
                best = (now, self.layers.clone());
            }
        }
        self.layers = best.1;
    }

    /// Sorts layer `l` by the barycentre of each vertex's `neighbours`, the
    /// members of a group kept together at their mean barycentre.
    fn reorder(&mut self, l: usize, neighbours: &[Vec<usize>]) {
        let pos = self.positions();
        let layer = &self.layers[l];
        let bary: Vec<f32> = layer
            .iter()
            .map(|&v| {
                let n = &neighbours[v];
                if n.is_empty() {
                    pos[v] as f32
                } else {
                    n.iter().map(|&u| pos[u] as f32).sum::<f32>() / n.len() as f32
                }
            })
            .collect();
        let mut group_sum: std::collections::BTreeMap<usize, (f32, f32)> = Default::default();
        for (i, &v) in layer.iter().enumerate() {
            if let Some(g) = self.group_of[v] {
                let e = group_sum.entry(g).or_default();
                e.0 += bary[i];
                e.1 += 1.0;
            }
        }
        let mut keyed: Vec<(f32, Option<usize>, f32, usize, usize)> = layer
            .iter()
            .enumerate()
            .map(|(i, &v)| {
                let block = self.group_of[v].map_or(bary[i], |g| {
                    let (sum, n) = group_sum[&g];
                    sum / n
                });
                (block, self.group_of[v], bary[i], pos[v], v)
            })
            .collect();
        keyed.sort_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(a.1.cmp(&b.1))
                .then(a.2.total_cmp(&b.2))
                .then(a.3.cmp(&b.3))
        });
        self.layers[l] = keyed.into_iter().map(|k| k.4).collect();
    }
}

/// Inversions of `seq` (values below `width`), with a Fenwick tree.
fn inversions(seq: impl Iterator<Item = usize>, width: usize) -> usize {
    let mut tree = vec![0usize; width + 1];
    let mut count = 0;
    for (seen, v) in seq.enumerate() {
        // how many seen so far are greater than v
        let mut i = v + 1;
        let mut not_greater = 0;
        while i > 0 {
            not_greater += tree[i];
            i &= i - 1;
        }
        count += seen - not_greater;
        let mut i = v + 1;
        while i <= width {
            tree[i] += 1;
            i += i & i.wrapping_neg();
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crossing_that_need_not_be_is_removed() {
        // 0 -> 3, 1 -> 2: in index order the two edges cross
        let mut g = Layered::new(&[0, 0, 1, 1], &[None; 4], &[(0, 3), (1, 2)]);
        assert_eq!(g.crossings(), 1);
        g.minimise_crossings();
        assert_eq!(g.crossings(), 0);
    }

    #[test]
    fn long_edges_get_dummies_and_groups_stay_together() {
        let groups = [Some(0), None, Some(0), None];
        let g = Layered::new(&[0, 0, 0, 2], &groups, &[(0, 3)]);
        assert_eq!(g.layer_of.len(), 5);
        assert_eq!(g.edges, vec![(0, 4), (4, 3)]);
        // members of group 0 are neighbours in layer 0
        let layer = &g.layers[0];
        let a = layer.iter().position(|&v| v == 0).unwrap();
        let b = layer.iter().position(|&v| v == 2).unwrap();
        assert_eq!(a.abs_diff(b), 1, "{layer:?}");
    }
}
