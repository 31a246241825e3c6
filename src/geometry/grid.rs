//! A uniform grid of rectangles for the questions the geometry asks many
//! times per frame: which boxes does this segment or rectangle meet?

use std::collections::BTreeMap;

use super::rect::Rect;
use crate::design::Point;

/// Size of a grid cell in canvas units (about one node).
const CELL: f32 = 240.0;

/// Rectangles by cell; each item has a caller's key.
#[derive(Debug, Default)]
pub struct Grid<K: Copy + PartialEq> {
    cells: BTreeMap<(i32, i32), Vec<usize>>,
    items: Vec<(K, Rect)>,
}

fn cell_of(v: f32) -> i32 {
    (v / CELL).floor() as i32
}

impl<K: Copy + PartialEq> Grid<K> {
    pub fn new() -> Self {
        Self {
            cells: BTreeMap::new(),
            items: Vec::new(),
        }
    }

    pub fn insert(&mut self, key: K, rect: Rect) {
        let index = self.items.len();
        self.items.push((key, rect));
        for cx in cell_of(rect.min.x)..=cell_of(rect.max.x) {
            for cy in cell_of(rect.min.y)..=cell_of(rect.max.y) {
                self.cells.entry((cx, cy)).or_default().push(index);
            }
        }
    }

    /// Items whose rectangle overlaps `area`.
    pub fn any_overlap(&self, area: &Rect, skip: impl Fn(K) -> bool) -> bool {
        for cx in cell_of(area.min.x)..=cell_of(area.max.x) {
            for cy in cell_of(area.min.y)..=cell_of(area.max.y) {
                let Some(items) = self.cells.get(&(cx, cy)) else {
                    continue;
                };
                if items.iter().any(|&i| {
                    let (key, rect) = self.items[i];
                    !skip(key) && rect.overlaps(area)
                }) {
                    return true;
                }
            }
        }
        false
    }

    /// Rectangles (grown by `margin`) the segment `a`-`b` passes through,
    /// skipping keys `skip` accepts; each reported once.
    pub fn along_segment(
        &self,
        a: Point,
        b: Point,
        margin: f32,
        skip: impl Fn(K) -> bool,
    ) -> Vec<Rect> {
        let bounds = Rect::from_min_max(
            Point::new(a.x.min(b.x), a.y.min(b.y)),
            Point::new(a.x.max(b.x), a.y.max(b.y)),
        )
        .expand(margin);
        let mut found: Vec<usize> = Vec::new();
        for cx in cell_of(bounds.min.x)..=cell_of(bounds.max.x) {
            for cy in cell_of(bounds.min.y)..=cell_of(bounds.max.y) {
                let Some(items) = self.cells.get(&(cx, cy)) else {
                    continue;
                };
                for &i in items {
                    let (key, rect) = self.items[i];
                    if !found.contains(&i) && !skip(key) && rect.expand(margin).meets_segment(a, b)
                    {
                        found.push(i);
                    }
                }
            }
        }
        found.into_iter().map(|i| self.items[i].1).collect()
    }
}
