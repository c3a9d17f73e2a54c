// Converts Natural Earth 110m land (world-atlas 2.0.2, land-110m.json, TopoJSON) into one SVG path
// in an equirectangular projection: x = longitude + 180, y = 90 - latitude (degrees), rounded to
// 0.2 degree with repeated points dropped. Run once: node land-to-svg-path.js land-110m.json > land-110m.svgpath
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
      const out = [];
      for (const [lon, lat] of points) {
        const x = round(lon + 180), y = round(90 - lat);
        const last = out[out.length - 1];
        if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
      }
      if (out.length < 4) continue;
      parts.push('M' + out.map(([x, y]) => fmt(x) + ' ' + fmt(y)).join('L') + 'Z');
    }
  }
}
process.stdout.write(parts.join('') + '\n');
