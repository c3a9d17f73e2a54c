// Converts Natural Earth 110m land (world-atlas 2.0.2, land-110m.json, TopoJSON) into one SVG path
// in an equirectangular projection: x = longitude + 180, y = 90 - latitude (degrees), rounded to
// 0.2 degree with repeated points dropped, Antarctica left out. Run once: node land-to-svg-path.js land-110m.json > land-110m.svgpath
const fs = require('fs');
const topo = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const arcPoints = i => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
const step = 0.2;
const round = v => Math.round(v / step) * step;
const fmt = v => (Math.round(v * 10) / 10).toString();
const parts = [];
for (const geometry of topo.objects.land.geometries) {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = [];
      ring.forEach((arcIndex, k) => {
        const pts = arcPoints(arcIndex);
        (k === 0 ? pts : pts.slice(1)).forEach(p => points.push(p));
      });
      // Antarctica (south of 60 S) is left out: the report's map stops at 58 S.
      if (Math.max(...points.map(([, lat]) => -lat)) > 60) continue;
      // Rings crossing the antimeridian (Chukotka, Fiji) are unwrapped so that they stay closed shapes,
      // then drawn a second time shifted by 360 degrees; the map's frame clips what falls outside.
      const out = [];
      let shift = 0;
      let previous = null;
      for (const [lon, lat] of points) {
        if (previous !== null && lon + shift - previous > 180) shift -= 360;
        if (previous !== null && lon + shift - previous < -180) shift += 360;
        previous = lon + shift;
        const x = round(lon + shift + 180), y = round(90 - lat);
        const last = out[out.length - 1];
        if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
      }
      if (out.length < 4) continue;
      const xs = out.map(([x]) => x);
      const copies = [0];
      if (Math.max(...xs) > 360) copies.push(-360);
      if (Math.min(...xs) < 0) copies.push(360);
      for (const dx of copies) {
        parts.push('M' + out.map(([x, y]) => fmt(x + dx) + ' ' + fmt(y)).join('L') + 'Z');
      }
    }
  }
}
process.stdout.write(parts.join('') + '\n');
