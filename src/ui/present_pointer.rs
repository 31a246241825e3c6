//! Pointing while presenting: a laser pointer (hold L or the right button:
//! a bright dot with a short fading trail the audience can follow) and the
//! focus veil (a clicked node and its neighbours stay lit, the other nodes
//! are dimmed).

use std::collections::{BTreeSet, VecDeque};

use egui::{Id, LayerId, Order, Pos2, Rect, Stroke};

use super::canvas::view::{self, Transform};
use super::theme;
use crate::design::{Candidate, NodeId};

/// The laser's recent positions, with the time each was seen.
#[derive(Debug, Default)]
pub struct Laser {
    trail: VecDeque<(Pos2, f64)>,
}

impl Laser {
    /// Whether the laser is on (held) or its trail is still fading.
    pub fn is_visible(&self) -> bool {
        !self.trail.is_empty()
    }

    /// Follows the pointer while L or the right button is held, and draws
    /// the dot and its trail over everything.
    pub fn ui(&mut self, ctx: &egui::Context) {
        let (held, at, now) = ctx.input(|i| {
            let held = i.key_down(egui::Key::L) || i.pointer.secondary_down();
            (held, i.pointer.latest_pos(), i.time)
        });
        self.trail
            .retain(|(_, t)| now - t <= theme::LASER_TRAIL_SECONDS);
        if held && let Some(at) = at {
            self.trail.push_back((at, now));
        }
        if self.trail.is_empty() {
            return;
        }
        let painter = ctx.layer_painter(LayerId::new(Order::Foreground, Id::unique("laser")));
        let points: Vec<(Pos2, f64)> = self.trail.iter().copied().collect();
        for pair in points.windows(2) {
            let age = ((now - pair[1].1) / theme::LASER_TRAIL_SECONDS) as f32;
            let fade = (1.0 - age).clamp(0.0, 1.0);
            let stroke = Stroke::new(
                theme::LASER_RADIUS * fade,
                theme::LASER_COLOUR.gamma_multiply(fade),
            );
            painter.line_segment([pair[0].0, pair[1].0], stroke);
        }
        if held && let Some((tip, _)) = points.last() {
            painter.circle_filled(*tip, theme::LASER_RADIUS + 2.0, theme::LASER_HALO);
            painter.circle_filled(*tip, theme::LASER_RADIUS, theme::LASER_COLOUR);
        }
        ctx.request_repaint();
    }
}

/// Dims every node of `candidate` outside `lit` (the node in focus and
/// its neighbours), as the canvas drew them with `t`, within `area`.
pub fn focus_veil(
    painter: &egui::Painter,
    candidate: &Candidate,
    t: Transform,
    lit: &BTreeSet<NodeId>,
) {
    for node in candidate.nodes().filter(|n| !lit.contains(&n.id)) {
        let rect = Rect::from_center_size(view::pos(node.position), theme::NODE_SIZE);
        let on_screen = t.rect_to_screen(rect).expand(theme::FOCUS_VEIL_SPREAD);
        painter.rect_filled(on_screen, 0.0, theme::FOCUS_VEIL);
    }
}
