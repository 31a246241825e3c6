//! What the window's first frames ask the renderer to draw: per frame, the
//! triangles and vertices after tessellation, grouped by clip rectangle
//! (each panel clips to its own), and the font atlas. A software renderer
//! (Mesa's llvmpipe, as under Xvfb) pays per triangle and per pixel, so
//! this explains start-up figures (with the time of the app's construction,
//! each pass and its tessellation) that `scripts/startup-memory.sh` measures.
//!
//! `cargo run --release --example paint_stats -- [WORKSPACE.ron]`; with
//! `BY_SHAPE=1`, the third frame's triangles by kind of shape too.
#![allow(clippy::print_stdout, reason = "a diagnostic that prints")]

use std::collections::BTreeMap;
use std::time::Instant;

use egui::{Pos2, RawInput, Rect, vec2};
use plinth::ui::{AppOptions, PlinthApp, Settings};

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        ..RawInput::default()
    }
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// The pixels the renderer shades for `mesh` within `clip`: each
/// triangle's area, cut to the clip rectangle's by its bounding box (a
/// software renderer pays per shaded pixel, so overdraw costs).
fn shaded_area(mesh: &egui::Mesh, clip: Rect) -> f32 {
    mesh.indices
        .chunks_exact(3)
        .map(|t| {
            let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize].pos);
            let area = ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0;
            let bounds = Rect::from_points(&[a, b, c]);
            let kept = bounds.intersect(clip);
            if bounds.area() <= 0.0 || !kept.is_positive() {
                return 0.0;
            }
            area * (kept.area() / bounds.area()).min(1.0)
        })
        .sum()
}

/// The triangles and shaded pixels of each kind of shape (rectangles by
/// corner radius and stroke), the 25 with most triangles first.
fn triangles_by_shape(ctx: &egui::Context, shapes: &[egui::epaint::ClippedShape], ppp: f32) {
    let mut kinds: BTreeMap<String, (usize, usize, f32)> = BTreeMap::new();
    for clipped in shapes {
        let kind = match &clipped.shape {
            egui::Shape::Rect(r) => {
                format!("Rect r={} stroke={}", r.corner_radius.nw, r.stroke.width)
            }
            egui::Shape::Circle(c) => format!("Circle r={:.0} stroke={}", c.radius, c.stroke.width),
            other => format!("{other:?}")
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect(),
        };
        let (triangles, shaded) = ctx
            .tessellate(vec![clipped.clone()], ppp)
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => {
                    (m.indices.len() / 3, shaded_area(m, p.clip_rect))
                }
                egui::epaint::Primitive::Callback(_) => (0, 0.0),
            })
            .fold((0, 0.0), |(t, a), (dt, da)| (t + dt, a + da));
        let entry = kinds.entry(kind).or_default();
        entry.0 += 1;
        entry.1 += triangles;
        entry.2 += shaded;
    }
    let mut list: Vec<_> = kinds.into_iter().collect();
    list.sort_by_key(|(_, (_, t, _))| std::cmp::Reverse(*t));
    for (kind, (count, triangles, shaded)) in list.iter().take(25) {
        println!("  {triangles:>6} triangles, {shaded:>8.0} px shaded, from {count:>5} x {kind}");
    }
}

fn main() {
    let options = AppOptions {
        no_user_catalog: true,
        native_dialogs: false,
        open: std::env::args().nth(1).map(Into::into),
        ..AppOptions::default()
    };
    // As the window does: the file is read ahead (with the first candidate's
    // geometry) while the graphics set-up would run; here nothing runs
    // meanwhile, so the construction below waits for it.
    let started = Instant::now();
    let prefetch = options
        .open
        .as_deref()
        .map(plinth::session::prefetch::Prefetch::start);
    let mut app = PlinthApp::with_prefetch(options, Settings::default(), prefetch);
    println!("app built in {:.1} ms", ms(started));
    let ctx = egui::Context::default();
    for frame in 0..3 {
        let pass = Instant::now();
        let output = ctx.run_ui(input(), |ui| app.show(ui));
        let pass_ms = ms(pass);
        let tessellating = Instant::now();
        // The method path does not satisfy the closure's higher-ranked lifetime.
        #[allow(clippy::redundant_closure_for_method_calls)]
        let atlas = ctx.fonts(|f| f.font_image_size());
        if std::env::var_os("BY_SHAPE").is_some() && frame == 2 {
            triangles_by_shape(&ctx, &output.shapes, output.pixels_per_point);
        }
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let mut by_clip: BTreeMap<String, (usize, usize, f32)> = BTreeMap::new();
        for p in &primitives {
            if let egui::epaint::Primitive::Mesh(mesh) = &p.primitive {
                let r = p.clip_rect;
                let key = format!(
                    "{:>5.0},{:>4.0} {:>5.0}x{:<4.0}",
                    r.min.x,
                    r.min.y,
                    r.width(),
                    r.height()
                );
                let entry = by_clip.entry(key).or_default();
                entry.0 += mesh.indices.len() / 3;
                entry.1 += mesh.vertices.len();
                entry.2 += shaded_area(mesh, r);
            }
        }
        let tessellate_ms = ms(tessellating);
        let triangles: usize = by_clip.values().map(|v| v.0).sum();
        let vertices: usize = by_clip.values().map(|v| v.1).sum();
        let area: f32 = by_clip.values().map(|v| v.2).sum();
        let passes = output.platform_output.num_completed_passes;
        let discards: Vec<String> = output
            .platform_output
            .request_discard_reasons
            .iter()
            .map(|cause| format!("{} ({}:{})", cause.reason, cause.file, cause.line))
            .collect();
        println!("frame {frame}: {passes} pass(es); discarded for: {discards:?}");
        println!(
            "frame {frame}: pass {pass_ms:.1} ms, tessellation {tessellate_ms:.1} ms, \
             {triangles} triangles, {vertices} vertices, {} meshes, atlas {atlas:?}, \
             {:.2} screens shaded",
            primitives.len(),
            area / (1280.0 * 800.0)
        );
        for (clip, (t, v, a)) in &by_clip {
            println!("  clip {clip}: {t:>7} triangles {v:>7} vertices {a:>9.0} px shaded");
        }
    }
}
