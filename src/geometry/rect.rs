//! Points and axis-aligned rectangles in canvas units (y grows downwards),
//! the only shapes the geometry needs.

use crate::design::Point;

/// An axis-aligned rectangle, `min` top-left, `max` bottom-right.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
}

impl Rect {
    pub fn from_min_max(min: Point, max: Point) -> Self {
        Self { min, max }
    }

    pub fn from_center_size(center: Point, width: f32, height: f32) -> Self {
        Self {
            min: Point::new(center.x - width / 2.0, center.y - height / 2.0),
            max: Point::new(center.x + width / 2.0, center.y + height / 2.0),
        }
    }

    pub fn from_min_size(min: Point, width: f32, height: f32) -> Self {
        Self {
            min,
            max: Point::new(min.x + width, min.y + height),
        }
    }

    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    pub fn center(&self) -> Point {
        Point::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// Grown by `by` on every side.
    pub fn expand(&self, by: f32) -> Self {
        Self {
            min: Point::new(self.min.x - by, self.min.y - by),
            max: Point::new(self.max.x + by, self.max.y + by),
        }
    }

    pub fn union(&self, other: &Self) -> Self {
        Self {
            min: Point::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: Point::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    pub fn translate(&self, dx: f32, dy: f32) -> Self {
        Self {
            min: Point::new(self.min.x + dx, self.min.y + dy),
            max: Point::new(self.max.x + dx, self.max.y + dy),
        }
    }

    /// Whether the two rectangles share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Self) -> bool {
        self.min.x < other.max.x
            && other.min.x < self.max.x
            && self.min.y < other.max.y
            && other.min.y < self.max.y
    }

    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    /// Whether the segment `a`-`b` passes through the rectangle's inside
    /// (Liang-Barsky clipping).
    pub fn meets_segment(&self, a: Point, b: Point) -> bool {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let mut t0 = 0.0f32;
        let mut t1 = 1.0f32;
        let sides = [
            (-dx, a.x - self.min.x),
            (dx, self.max.x - a.x),
            (-dy, a.y - self.min.y),
            (dy, self.max.y - a.y),
        ];
        for (p, q) in sides {
            if p.abs() < f32::EPSILON {
                if q <= 0.0 {
                    return false;
                }
                continue;
            }
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 >= t1 {
                return false;
            }
        }
        true
    }
}

/// Distance from `p` to the segment `a`-`b`.
pub fn segment_distance(p: Point, a: Point, b: Point) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 <= f32::EPSILON {
        0.0
    } else {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0)
    };
    let (cx, cy) = (a.x + dx * t, a.y + dy * t);
    ((p.x - cx).powi(2) + (p.y - cy).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_through_and_beside_a_rectangle() {
        let r = Rect::from_min_max(Point::new(0.0, 0.0), Point::new(10.0, 10.0));
        assert!(r.meets_segment(Point::new(-5.0, 5.0), Point::new(15.0, 5.0)));
        assert!(!r.meets_segment(Point::new(-5.0, 11.0), Point::new(15.0, 11.0)));
        assert!(!r.meets_segment(Point::new(-5.0, 10.0), Point::new(15.0, 10.0)));
        assert!(r.meets_segment(Point::new(5.0, 5.0), Point::new(5.0, 6.0)));
    }

    #[test]
    fn touching_rectangles_do_not_overlap() {
        let a = Rect::from_min_size(Point::new(0.0, 0.0), 10.0, 10.0);
        assert!(!a.overlaps(&a.translate(10.0, 0.0)));
        assert!(a.overlaps(&a.translate(9.0, 9.0)));
        assert!(
            (segment_distance(
                Point::new(5.0, 3.0),
                Point::new(0.0, 0.0),
                Point::new(10.0, 0.0)
            ) - 3.0)
                .abs()
                < 1e-4
        );
    }
}
