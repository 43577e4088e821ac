// skytruce dashboard: a map of incidents (places struck) coloured by grade, a table of
// waves (attack episodes), a daily timeline, filters.
// Everything is drawn here from the API and a vendored base map: no network needed.
"use strict";
const BOUNDS = { west: 12, east: 52, south: 40, north: 62 };
const MAP = { w: 800, h: 480 };
const SVG = "http://www.w3.org/2000/svg";
const CATEGORY_COLOURS = { drone: "#bf8700", cruise_missile: "#2f81f7", ballistic_missile: "#cf222e",
  guided_bomb: "#8250df", missile: "#0a7b83", aircraft_missile: "#57606a", air_defence_missile: "#953800", unknown: "#999" };

const project = ([lon, lat]) => [
  (lon - BOUNDS.west) / (BOUNDS.east - BOUNDS.west) * MAP.w,
  // Mercator-like stretch keeps the region recognisable without a projection library
  (Math.log(Math.tan(Math.PI / 4 + BOUNDS.north * Math.PI / 360)) - Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360))) /
  (Math.log(Math.tan(Math.PI / 4 + BOUNDS.north * Math.PI / 360)) - Math.log(Math.tan(Math.PI / 4 + BOUNDS.south * Math.PI / 360))) * MAP.h,
];

function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function ringPath(ring) {
  return ring.map((pt, i) => (i ? "L" : "M") + project(pt).map((v) => v.toFixed(1)).join(",")).join("") + "Z";
}

function geometryPath(g) {
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  return polygons.map((p) => p.map(ringPath).join("")).join("");
}

async function drawBaseMap(svg) {
  const [countries, regions] = await Promise.all([
    fetch("/static/basemap.geojson").then((r) => r.json()), fetch("/map/admin1.geojson").then((r) => r.json())]);
  const layer = el("g", { class: "base" }, svg);
  for (const f of countries.features) {
    const path = el("path", { d: geometryPath(f.geometry),
      class: "country" + (["Ukraine", "Russia", "Belarus"].includes(f.properties.name) ? " focus" : "") }, layer);
    el("title", {}, path).textContent = f.properties.name || "";
  }
  // first-level regions (oblasts, Russia's regions, Belarus, Moldova, the border regions of Romania and Poland)
  const outlines = el("g", { class: "regions" }, svg);
  for (const f of regions.features) {
    const path = el("path", { d: geometryPath(f.geometry), class: "region", "data-region": f.properties.region }, outlines);
    el("title", {}, path).textContent = `${f.properties.region} (${f.properties.country})`;
  }
}

function query(form, extra = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (v) params.set(k, v);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  return params;
}

function weaponsText(e) {
  return e.totals.map((w) => `${w.model || w.category} ${w.launched ?? "?"}/${w.destroyed ?? "?"}`).join("; ");
}

function drawEvents(svg, events) {
  svg.querySelector("g.events")?.remove();
  const layer = el("g", { class: "events" }, svg);
  for (const e of events) {
    if (e.lat == null || e.lon == null) continue;
    const [x, y] = project([e.lon, e.lat]);
    const launched = e.totals.reduce((s, w) => s + (w.launched || 0), 0);
    const a = el("a", { href: `/events/${encodeURIComponent(e.id)}` }, layer);
    const dot = el("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: Math.min(14, 3 + Math.sqrt(launched) / 2).toFixed(1),
      class: `event-dot ${e.grade}`, "data-event": e.id }, a);
    el("title", {}, dot).textContent = `${e.end} · ${e.attacker || "?"} · ${e.place || ""} (${e.scope}) · ${weaponsText(e)} · ${e.grade}`;
  }
}

function waveRow(e) {
  const tr = document.createElement("tr");
  tr.dataset.event = e.id;
  const cells = [e.end, e.attacker || "?", e.place || "", weaponsText(e), e.grade, String(e.incident_ids.length),
    e.sources.map((s) => s.name).join("; ")];
  cells.forEach((text, i) => {
    const td = document.createElement("td");
    if (i === 0) {
      const a = document.createElement("a");
      a.href = `/events/${encodeURIComponent(e.id)}`;
      a.textContent = text;
      td.appendChild(a);
    } else td.textContent = text;
    if (i === 4) td.className = "grade-cell";
    tr.appendChild(td);
  });
  return tr;
}

function fillTable(tbody, events, append) {
  if (!append) tbody.replaceChildren();
  for (const e of events) tbody.appendChild(waveRow(e));
}

function wanted(form, e) {
  const f = Object.fromEntries(new FormData(form).entries());
  return (!f.party || e.attacker === f.party) && (!f.grade || e.grade === f.grade) &&
    (!f.since || (e.end || "") >= f.since) && (!f.until || (e.start || "") <= f.until) &&
    (!f.weapon || e.totals.some((w) => w.model === f.weapon || w.category === f.weapon));
}

async function follow() {
  // Ask for what changed since the last change seen; a 304 (same ETag) means nothing did.
  const live = document.getElementById("live");
  const form = document.getElementById("filters");
  let etag = null, seen = 0;
  for (;;) {
    await new Promise((done) => setTimeout(done, Number(live.dataset.every)));
    try {
      const response = await fetch(`/api/changes?after=${live.dataset.after}`, { headers: etag ? { "If-None-Match": etag } : {} });
      if (response.status === 304 || !response.ok) continue;
      etag = response.headers.get("ETag");
      const body = await response.json();
      live.dataset.after = body.last;
      const tbody = document.querySelector("#events tbody");
      const map = document.getElementById("map");
      const dots = JSON.parse(map.dataset.events || "[]");
      for (const change of body.changes) {
        const e = change.event;
        if (!e || !wanted(form, e)) continue;
        seen += 1;
        if (e.level === "wave") {
          const row = waveRow(e);
          row.classList.add("live");
          tbody.querySelector(`tr[data-event="${CSS.escape(e.id)}"]`)?.remove();
          tbody.prepend(row);
        } else {
          const at = dots.findIndex((d) => d.id === e.id);
          const dot = { id: e.id, lat: e.lat, lon: e.lon, end: e.end, attacker: e.attacker, place: e.place, scope: e.scope,
            grade: e.grade, totals: e.totals };
          if (at >= 0) dots[at] = dot; else dots.push(dot);
        }
      }
      map.dataset.events = JSON.stringify(dots);
      drawEvents(map, dots);
      live.textContent = `live · ${seen} update${seen === 1 ? "" : "s"}`;
    } catch (err) {
      live.textContent = "live · reconnecting";
    }
  }
}

function drawTimeline(svg, rows) {
  svg.replaceChildren();
  if (!rows.length) { el("text", { x: 20, y: 40 }, svg).textContent = "no daily figures for these filters"; return; }
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const byDay = new Map(days.map((d) => [d, { total: 0, destroyed: 0, parts: [] }]));
  for (const r of rows) { const d = byDay.get(r.day); d.total += r.launched; d.destroyed += r.destroyed; d.parts.push(r); }
  const max = Math.max(...[...byDay.values()].map((d) => d.total), 1);
  const W = 800, H = 200, bw = W / days.length;
  days.forEach((day, i) => {
    let y = H;
    for (const part of byDay.get(day).parts) {
      const h = part.launched / max * (H - 10);
      y -= h;
      const rect = el("rect", { x: (i * bw).toFixed(2), y: y.toFixed(1), width: Math.max(bw - 0.5, 0.5).toFixed(2),
        height: h.toFixed(1), fill: CATEGORY_COLOURS[part.category] || "#999" }, svg);
      el("title", {}, rect).textContent = `${day} ${part.category}: ${part.launched} launched, ${part.destroyed} destroyed`;
    }
  });
  el("polyline", { fill: "none", stroke: "#1d232a", "stroke-width": 1,
    points: days.map((d, i) => `${(i * bw + bw / 2).toFixed(1)},${(H - byDay.get(d).destroyed / max * (H - 10)).toFixed(1)}`).join(" ") }, svg);
  el("text", { x: 4, y: 215, "font-size": 11 }, svg).textContent = days[0];
  el("text", { x: W - 70, y: 215, "font-size": 11 }, svg).textContent = days[days.length - 1];
  el("text", { x: W - 120, y: 12, "font-size": 11 }, svg).textContent = `max ${max.toLocaleString()} / day`;
}

async function page(params, level, cursor) {
  const query = new URLSearchParams(params);
  query.set("level", level);
  if (cursor) query.set("cursor", cursor);
  return (await fetch(`/api/events?${query}`)).json();
}

async function load(append = false) {
  const form = document.getElementById("filters");
  const map = document.getElementById("map");
  const more = document.getElementById("more");
  const params = query(form, { limit: 500 });
  const [waves, incidents] = await Promise.all([
    !append || more.dataset.waves ? page(params, "wave", append ? more.dataset.waves : "") : { events: [] },
    !append || more.dataset.incidents ? page(params, "incident", append ? more.dataset.incidents : "") : { events: [] }]);
  const shown = (append ? JSON.parse(map.dataset.events || "[]") : []).concat(incidents.events);
  map.dataset.events = JSON.stringify(shown.map((e) => ({ id: e.id, lat: e.lat, lon: e.lon, end: e.end, attacker: e.attacker,
    place: e.place, scope: e.scope, grade: e.grade, totals: e.totals }))) ;
  drawEvents(map, shown);
  fillTable(document.querySelector("#events tbody"), waves.events, append);
  const rows = document.querySelectorAll("#events tbody tr").length;
  document.getElementById("count").textContent = `${rows} waves, ${shown.length} incidents` +
    (waves.next_cursor || incidents.next_cursor ? " (more available)" : "");
  more.hidden = !(waves.next_cursor || incidents.next_cursor);
  more.dataset.waves = waves.next_cursor || "";
  more.dataset.incidents = incidents.next_cursor || "";
  if (!append) {
    const t = query(form);
    t.delete("grade"); t.delete("weapon");
    drawTimeline(document.getElementById("timeline"), await (await fetch(`/api/timeline?${t}`)).json());
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await drawBaseMap(document.getElementById("map"));
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(false); });
  document.getElementById("more").addEventListener("click", () => load(true));
  await load(false);
  document.body.dataset.ready = "yes";
  follow();
});
