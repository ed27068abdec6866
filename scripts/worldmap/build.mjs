// Writes the country shapes of dyad's map page from the pinned world-atlas package (Natural Earth's
// admin-0 countries at 1:110m, as TopoJSON), turned into GeoJSON by topojson-client:
//
//   app/src/main/resources/dev/dyad/app/web/static/world.json
//
// One feature per country, {"type": "Feature", "id": ISO 3166-1 numeric or "", "properties": {"name"},
// "geometry"}, sorted by name; coordinates rounded to two decimals (about a kilometre, finer than the
// 1:110m lines), repeated points dropped, rings left with fewer than four points dropped, rings cut
// where they step across the antimeridian (see splitRing). The output
// depends only on the inputs: nothing records the date or the machine, and the build stops with a
// message when the data is not what this script expects.
//
// Usage: npm ci && npm run build   (from this folder)

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const OUT = join(root, 'app/src/main/resources/dev/dyad/app/web/static/world.json');
const SCALE = 100;

function fail(message) {
    console.error(`worldmap: ${message}`);
    process.exit(1);
}

function round(x) {
    return Math.round(x * SCALE) / SCALE;
}

function ring(points, where) {
    const out = [];
    for (const p of points) {
        if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
            fail(`${where}: a point out of range: ${p}`);
        }
        const q = [round(p[0]), round(p[1])];
        const last = out[out.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) {
            out.push(q);
        }
    }
    return out.length >= 4 ? out : null;
}

// Where a ring steps from one side of the antimeridian to the other (180 to -180 along the same meridian,
// as world-atlas joins the parts Natural Earth cut there), a map drawn on longitude and latitude would
// draw a line across the whole world. Such a ring is cut at each step into pieces, each closed along
// the meridian (Fiji, Russia); a ring that steps an odd number of times goes round a pole and is closed
// through that pole instead (Antarctica).
function splitRing(r) {
    const jumps = [];
    for (let i = 1; i < r.length; i++) {
        if (Math.abs(r[i][0] - r[i - 1][0]) > 180) {
            jumps.push(i);
        }
    }
    if (jumps.length === 0) {
        return [r];
    }
    const open = r.slice(0, -1);
    const start = jumps[0];
    const turned = open.slice(start).concat(open.slice(0, start));
    if (jumps.length % 2 === 1) {
        const pole = turned.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
        const first = turned[0];
        const last = turned[turned.length - 1];
        return [turned.concat([[last[0], pole], [first[0], pole], first])];
    }
    const pieces = [];
    let piece = [turned[0]];
    for (let i = 1; i < turned.length; i++) {
        if (Math.abs(turned[i][0] - turned[i - 1][0]) > 180) {
            pieces.push(piece);
            piece = [];
        }
        piece.push(turned[i]);
    }
    pieces.push(piece);
    return pieces.map(p => p.concat([p[0]]));
}

// a polygon whose outer ring is cut becomes one polygon per piece; its holes (none at 1:110m cross the
// antimeridian) stay with the first
function polygons(rings, where) {
    const outer = ring(rings[0], where);
    if (!outer) {
        return [];
    }
    const holes = rings.slice(1).map(r => ring(r, where)).filter(Boolean);
    const pieces = splitRing(outer).map(r => ring(r, where)).filter(Boolean);
    return pieces.map((p, i) => (i === 0 ? [p, ...holes] : [p]));
}

function geometry(g, where) {
    if (g === null) {
        return null;
    }
    let ps;
    if (g.type === 'Polygon') {
        ps = polygons(g.coordinates, where);
    } else if (g.type === 'MultiPolygon') {
        ps = g.coordinates.flatMap(p => polygons(p, where));
    } else {
        fail(`${where}: a geometry of type ${g.type}, expected Polygon or MultiPolygon`);
    }
    for (const p of ps) {
        for (const r of p) {
            for (let i = 1; i < r.length; i++) {
                // along a pole, the edge of the map, is the one way round allowed
                if (Math.abs(r[i][0] - r[i - 1][0]) > 180 && !(Math.abs(r[i][1]) === 90 && r[i][1] === r[i - 1][1])) {
                    fail(`${where}: a ring still steps across the antimeridian at ${r[i - 1]} ${r[i]}`);
                }
            }
        }
    }
    return ps.length === 0 ? null : ps.length === 1 ? {type: 'Polygon', coordinates: ps[0]}
        : {type: 'MultiPolygon', coordinates: ps};
}

const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
if (!atlas.objects || !atlas.objects.countries) {
    fail('world-atlas has no countries object');
}
const version = require('world-atlas/package.json').version;
const features = [];
const names = new Set();
for (const f of feature(atlas, atlas.objects.countries).features) {
    const name = f.properties && f.properties.name;
    if (!name || typeof name !== 'string') {
        fail(`a country without a name (id ${f.id})`);
    }
    if (names.has(name)) {
        fail(`two countries named ${name}`);
    }
    names.add(name);
    const id = f.id === undefined || f.id === null ? '' : String(f.id);
    if (id !== '' && !/^\d{3}$/.test(id)) {
        fail(`${name}: id ${id} is not an ISO 3166-1 numeric code`);
    }
    const g = geometry(f.geometry, name);
    if (g) {
        features.push({type: 'Feature', id, properties: {name}, geometry: g});
    }
}
if (features.length < 150) {
    fail(`only ${features.length} countries: not the expected world`);
}
features.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));
const out = {
    type: 'FeatureCollection',
    source: `Natural Earth admin-0 countries 1:110m (public domain), from world-atlas ${version}`,
    features,
};
writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(`worldmap: ${features.length} countries written to ${OUT.slice(root.length + 1)}`);
