//! A local frame for routing: every edge is routed as if it left its
//! source to the right, then turned back into canvas coordinates (a swap of
//! the axes for edges leaving at the top or bottom, a mirror for those
//! going left or up).

use super::rect::Rect;
use crate::design::Point;

/// Which side of a node an edge leaves or enters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Left,
    Right,
    Top,
    Bottom,
}

impl Side {
    pub fn opposite(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
            Self::Top => Self::Bottom,
            Self::Bottom => Self::Top,
        }
    }

    /// Whether ports on this side spread along y (left and right sides).
    pub fn is_vertical(self) -> bool {
        matches!(self, Self::Left | Self::Right)
    }
}

/// The mapping from canvas to local coordinates.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    swap: bool,
    flip: bool,
}

impl Frame {
    /// The frame in which an edge leaving by `side` goes right.
    pub fn leaving(side: Side) -> Self {
        match side {
            Side::Right => Self {
                swap: false,
                flip: false,
            },
            Side::Left => Self {
                swap: false,
                flip: true,
            },
            Side::Bottom => Self {
                swap: true,
                flip: false,
            },
            Side::Top => Self {
                swap: true,
                flip: true,
            },
        }
    }

    pub fn to_local(self, p: Point) -> Point {
        let (x, y) = if self.swap { (p.y, p.x) } else { (p.x, p.y) };
        Point::new(if self.flip { -x } else { x }, y)
    }

    pub fn to_canvas(self, p: Point) -> Point {
        let x = if self.flip { -p.x } else { p.x };
        if self.swap {
            Point::new(p.y, x)
        } else {
            Point::new(x, p.y)
        }
    }

    pub fn rect_to_local(self, r: &Rect) -> Rect {
        let a = self.to_local(r.min);
        let b = self.to_local(r.max);
        Rect::from_min_max(
            Point::new(a.x.min(b.x), a.y.min(b.y)),
            Point::new(a.x.max(b.x), a.y.max(b.y)),
        )
    }
}

/// The sides two boxes face each other by, or `None` when they overlap in
/// both directions (nothing orthogonal fits between them).
pub fn facing_sides(a: &Rect, b: &Rect) -> Option<(Side, Side)> {
    let right_gap = b.min.x - a.max.x;
    let left_gap = a.min.x - b.max.x;
    let down_gap = b.min.y - a.max.y;
    let up_gap = a.min.y - b.max.y;
    let h = right_gap.max(left_gap);
    let v = down_gap.max(up_gap);
    if h <= 0.0 && v <= 0.0 {
        return None;
    }
    let side = if h >= v {
        if right_gap >= left_gap {
            Side::Right
        } else {
            Side::Left
        }
    } else if down_gap >= up_gap {
        Side::Bottom
    } else {
        Side::Top
    };
    Some((side, side.opposite()))
}

/// The middle of `side` of `r`, moved by `offset` along the side.
pub fn port(r: &Rect, side: Side, offset: f32) -> Point {
    let c = r.center();
    match side {
        Side::Left => Point::new(r.min.x, c.y + offset),
        Side::Right => Point::new(r.max.x, c.y + offset),
        Side::Top => Point::new(c.x + offset, r.min.y),
        Side::Bottom => Point::new(c.x + offset, r.max.y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip() {
        let p = Point::new(3.0, -7.0);
        for side in [Side::Left, Side::Right, Side::Top, Side::Bottom] {
            let f = Frame::leaving(side);
            assert_eq!(f.to_canvas(f.to_local(p)), p);
        }
        // leaving at the bottom means going right in the local frame
        let f = Frame::leaving(Side::Bottom);
        let (a, b) = (
            f.to_local(Point::new(0.0, 0.0)),
            f.to_local(Point::new(0.0, 10.0)),
        );
        assert!(b.x > a.x);
        let f = Frame::leaving(Side::Top);
        let (a, b) = (
            f.to_local(Point::new(0.0, 0.0)),
            f.to_local(Point::new(0.0, -10.0)),
        );
        assert!(b.x > a.x);
    }

    #[test]
    fn boxes_face_each_other_across_the_widest_gap() {
        let a = Rect::from_min_size(Point::new(0.0, 0.0), 100.0, 50.0);
        assert_eq!(
            facing_sides(&a, &a.translate(300.0, 20.0)),
            Some((Side::Right, Side::Left))
        );
        assert_eq!(
            facing_sides(&a, &a.translate(10.0, -200.0)),
            Some((Side::Top, Side::Bottom))
        );
        assert_eq!(facing_sides(&a, &a.translate(10.0, 10.0)), None);
    }
}
