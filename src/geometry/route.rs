//! Orthogonal edge routes around nodes. An edge leaves its source by the
//! side facing the target and enters the target by the opposite side; the
//! route is straight when the ports line up, else a Z through the channel
//! between the two, else a detour along a lane beside the nodes in the way.
//! Among the candidates the one meeting fewest nodes wins, then the
//! shortest with fewest bends. Routing happens in a local frame where the
//! edge goes right (`frame`), so there is one set of rules.

use super::frame::{Frame, Side};
use super::grid::Grid;
use super::metrics::ROUTE_CLEARANCE;
use super::rect::Rect;
use crate::design::{NodeId, Point};

/// How close a segment may pass a node it goes around.
const GRAZE: f32 = 3.0;
/// Cost of a bend, in canvas units of length.
const BEND_COST: f32 = 20.0;
/// Rounds of detours tried around the nodes the best route still meets.
const DETOUR_ROUNDS: usize = 2;

/// The nodes an edge must avoid, and which two it connects.
pub struct Obstacles<'g> {
    pub grid: &'g Grid<NodeId>,
    pub from: NodeId,
    pub to: NodeId,
}

impl Obstacles<'_> {
    /// The nodes (in canvas coordinates) a polyline in `frame` meets.
    fn met(&self, frame: Frame, points: &[Point]) -> Vec<Rect> {
        let skip = |k: NodeId| k == self.from || k == self.to;
        let mut met: Vec<Rect> = Vec::new();
        for pair in points.windows(2) {
            let (a, b) = (frame.to_canvas(pair[0]), frame.to_canvas(pair[1]));
            for r in self.grid.along_segment(a, b, GRAZE, skip) {
                if !met.contains(&r) {
                    met.push(r);
                }
            }
        }
        met
    }
}

/// A route in the local frame with its cost.
struct Scored {
    points: Vec<Point>,
    met: Vec<Rect>,
    cost: f32,
}

fn score(obstacles: &Obstacles<'_>, frame: Frame, points: Vec<Point>) -> Scored {
    let met = obstacles.met(frame, &points);
    let length: f32 = points
        .windows(2)
        .map(|p| (p[1].x - p[0].x).abs() + (p[1].y - p[0].y).abs())
        .sum();
    let bends = points.len().saturating_sub(2) as f32;
    let cost = met.len() as f32 * 1.0e6 + length + bends * BEND_COST;
    Scored { points, met, cost }
}

/// The route from `start` (on the source's `side`) to `end` (on the
/// target's opposite side); `channel` shifts the Z's middle leg so that
/// fanned-apart parallel edges keep apart there too.
pub fn orthogonal(
    obstacles: &Obstacles<'_>,
    side: Side,
    start: Point,
    end: Point,
    channel: f32,
) -> Vec<Point> {
    let frame = Frame::leaving(side);
    let (s, e) = (frame.to_local(start), frame.to_local(end));
    if (s.y - e.y).abs() < 0.5 {
        let straight = score(obstacles, frame, vec![s, Point::new(e.x, s.y)]);
        if straight.met.is_empty() {
            return to_canvas(frame, straight.points);
        }
    }
    let mid = (s.x + e.x) / 2.0 + channel;
    let near_start = s.x + ROUTE_CLEARANCE;
    let near_end = e.x - ROUTE_CLEARANCE;
    let mut best: Option<Scored> = None;
    for x in [mid, near_start, near_end] {
        let z = vec![s, Point::new(x, s.y), Point::new(x, e.y), e];
        best = Some(better(best, score(obstacles, frame, z)));
        if best.as_ref().is_some_and(|b| b.met.is_empty()) {
            break;
        }
    }
    for _ in 0..DETOUR_ROUNDS {
        let Some(current) = best.as_ref().filter(|b| !b.met.is_empty()) else {
            break;
        };
        let lanes: Vec<f32> = current
            .met
            .iter()
            .flat_map(|r| {
                let r = frame.rect_to_local(r);
                [r.min.y - ROUTE_CLEARANCE, r.max.y + ROUTE_CLEARANCE]
            })
            .collect();
        for lane in lanes {
            let detour = vec![
                s,
                Point::new(near_start, s.y),
                Point::new(near_start, lane),
                Point::new(near_end, lane),
                Point::new(near_end, e.y),
                e,
            ];
            best = Some(better(best, score(obstacles, frame, detour)));
        }
    }
    let points = best.map_or_else(|| vec![s, e], |b| b.points);
    to_canvas(frame, simplify(points))
}

fn better(best: Option<Scored>, candidate: Scored) -> Scored {
    match best {
        Some(b) if b.cost <= candidate.cost => b,
        _ => candidate,
    }
}

fn to_canvas(frame: Frame, points: Vec<Point>) -> Vec<Point> {
    points.into_iter().map(|p| frame.to_canvas(p)).collect()
}

/// Drops points that make no turn (zero-length legs, straight runs).
fn simplify(points: Vec<Point>) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(points.len());
    for p in points {
        if out
            .last()
            .is_some_and(|l: &Point| (l.x - p.x).abs() < 0.01 && (l.y - p.y).abs() < 0.01)
        {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let collinear = ((a.x - b.x).abs() < 0.01 && (b.x - p.x).abs() < 0.01)
                || ((a.y - b.y).abs() < 0.01 && (b.y - p.y).abs() < 0.01);
            if collinear {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// A loop from the top to the right side of `r`; `index` nests several.
pub fn self_loop(r: &Rect, index: usize) -> Vec<Point> {
    let grow = 20.0 + index as f32 * 10.0;
    let top_x = r.max.x - 30.0 - index as f32 * 8.0;
    let right_y = r.min.y + 20.0 + index as f32 * 8.0;
    vec![
        Point::new(top_x, r.min.y),
        Point::new(top_x, r.min.y - grow),
        Point::new(r.max.x + grow, r.min.y - grow),
        Point::new(r.max.x + grow, right_y),
        Point::new(r.max.x, right_y),
    ]
}

/// Where the ray from `r`'s centre towards `toward` leaves `r` (for nodes
/// too close for an orthogonal route).
pub fn border_point(r: &Rect, toward: Point) -> Point {
    let c = r.center();
    let (dx, dy) = (toward.x - c.x, toward.y - c.y);
    if dx.abs() < f32::EPSILON && dy.abs() < f32::EPSILON {
        return c;
    }
    let tx = if dx.abs() > f32::EPSILON {
        (r.width() / 2.0) / dx.abs()
    } else {
        f32::INFINITY
    };
    let ty = if dy.abs() > f32::EPSILON {
        (r.height() / 2.0) / dy.abs()
    } else {
        f32::INFINITY
    };
    let t = tx.min(ty);
    Point::new(c.x + dx * t, c.y + dy * t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rects: &[(u64, Rect)]) -> Grid<NodeId> {
        let mut g = Grid::new();
        for (id, r) in rects {
            g.insert(NodeId(*id), *r);
        }
        g
    }

    #[test]
    fn aligned_ports_give_a_straight_line_and_others_a_z() {
        let g = grid(&[]);
        let o = Obstacles {
            grid: &g,
            from: NodeId(1),
            to: NodeId(2),
        };
        let line = orthogonal(
            &o,
            Side::Right,
            Point::new(0.0, 0.0),
            Point::new(100.0, 0.0),
            0.0,
        );
        assert_eq!(line.len(), 2);
        let z = orthogonal(
            &o,
            Side::Right,
            Point::new(0.0, 0.0),
            Point::new(100.0, 50.0),
            0.0,
        );
        assert_eq!(
            z,
            vec![
                Point::new(0.0, 0.0),
                Point::new(50.0, 0.0),
                Point::new(50.0, 50.0),
                Point::new(100.0, 50.0)
            ]
        );
    }

    #[test]
    fn a_node_in_the_way_is_gone_around() {
        let blocker = Rect::from_center_size(Point::new(200.0, 0.0), 100.0, 60.0);
        let g = grid(&[(3, blocker)]);
        let o = Obstacles {
            grid: &g,
            from: NodeId(1),
            to: NodeId(2),
        };
        let route = orthogonal(
            &o,
            Side::Right,
            Point::new(0.0, 0.0),
            Point::new(400.0, 0.0),
            0.0,
        );
        assert!(
            route.windows(2).all(|p| !blocker.meets_segment(p[0], p[1])),
            "{route:?}"
        );
        // the same in a top-to-bottom frame
        let blocker_tb = Rect::from_center_size(Point::new(0.0, 200.0), 60.0, 100.0);
        let g = grid(&[(3, blocker_tb)]);
        let o = Obstacles {
            grid: &g,
            from: NodeId(1),
            to: NodeId(2),
        };
        let route = orthogonal(
            &o,
            Side::Bottom,
            Point::new(0.0, 0.0),
            Point::new(0.0, 400.0),
            0.0,
        );
        assert!(
            route
                .windows(2)
                .all(|p| !blocker_tb.meets_segment(p[0], p[1])),
            "{route:?}"
        );
    }
}
