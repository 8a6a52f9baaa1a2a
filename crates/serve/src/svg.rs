//! Inline SVG charts built with maud (so labels are escaped): a bar chart
//! and a circular network drawing. No scripts, no external files.

use maud::{html, Markup};
use onshore_store::Network;

/// Vertical bars, one per `(label, value)`, labels under every few bars.
pub fn bar_chart(bars: &[(String, u64)], title: &str) -> Markup {
    let w = 640.0_f64;
    let h = 200.0_f64;
    let (left, bottom, top) = (32.0, 36.0, 12.0);
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1) as f64;
    let n = bars.len().max(1) as f64;
    let slot = (w - left) / n;
    let label_every = ((bars.len() as f64) / 12.0).ceil().max(1.0) as usize;
    html! {
        svg class="chart bars" viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(title) {
            title { (title) }
            line x1=(left) y1=(h - bottom) x2=(w) y2=(h - bottom) class="axis" {}
            text x="2" y=(top + 4.0) class="tick" { (max as u64) }
            @for (i, (label, value)) in bars.iter().enumerate() {
                @let bh = (*value as f64 / max) * (h - bottom - top);
                @let x = left + i as f64 * slot + slot * 0.1;
                rect class="bar" x=(fmt(x)) y=(fmt(h - bottom - bh)) width=(fmt(slot * 0.8)) height=(fmt(bh)) {
                    title { (label) ": " (value) }
                }
                @if i % label_every == 0 {
                    text class="tick" x=(fmt(x)) y=(fmt(h - bottom + 14.0)) { (label) }
                }
            }
        }
    }
}

/// Nodes on a circle (the `center` node in the middle), edges with widths by weight.
pub fn network(net: &Network, center: Option<i64>, href: impl Fn(i64) -> String) -> Markup {
    let size = 520.0_f64;
    let c = size / 2.0;
    let r = size / 2.0 - 80.0;
    let ring: Vec<_> = net.nodes.iter().filter(|n| Some(n.id) != center).collect();
    let mut pos = std::collections::HashMap::new();
    for (i, n) in ring.iter().enumerate() {
        let a = std::f64::consts::TAU * i as f64 / ring.len().max(1) as f64 - std::f64::consts::FRAC_PI_2;
        pos.insert(n.id, (c + r * a.cos(), c + r * a.sin()));
    }
    if let Some(id) = center {
        pos.insert(id, (c, c));
    }
    let max_w = net.edges.iter().map(|e| e.weight).max().unwrap_or(1).max(1) as f64;
    html! {
        svg class="chart network" viewBox=(format!("0 0 {size} {size}")) role="img" aria-label="cooperation network" data-nodes=(net.nodes.len()) data-edges=(net.edges.len()) {
            title { "cooperation network" }
            @for e in &net.edges {
                @if let (Some(a), Some(b)) = (pos.get(&e.source), pos.get(&e.target)) {
                    line class="edge" x1=(fmt(a.0)) y1=(fmt(a.1)) x2=(fmt(b.0)) y2=(fmt(b.1))
                        stroke-width=(fmt(1.0 + 5.0 * e.weight as f64 / max_w)) {
                        title { (e.weight) " shared events" }
                    }
                }
            }
            @for n in &net.nodes {
                @if let Some(p) = pos.get(&n.id) {
                    a href=(href(n.id)) {
                        circle class=(format!("node {}", n.kind)) cx=(fmt(p.0)) cy=(fmt(p.1)) r=(if Some(n.id) == center { "12" } else { "8" }) {
                            title { (n.name) " (" (n.kind) ")" }
                        }
                        text class="label" x=(fmt(p.0)) y=(fmt(p.1 - 14.0)) text-anchor="middle" { (short(&n.name)) }
                    }
                }
            }
        }
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

fn short(s: &str) -> String {
    if s.chars().count() > 28 {
        format!("{}…", s.chars().take(27).collect::<String>())
    } else {
        s.to_string()
    }
}
