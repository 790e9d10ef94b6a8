import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";
import { geoCentroid, geoMercator, geoPath } from "d3-geo";
import { placeKeys, type City, type Gazetteer } from "./gazetteer.js";

export interface MapPlace {
  name: string;
  aliases: readonly string[];
  mentions: number;
}

export interface LocatorMap {
  /** The map, drawn at build time (no browser scripts), or null when no place was found. */
  svg: string | null;
  /** Places drawn: cities as points, countries as shaded shapes. */
  found: Array<{ name: string; kind: "city" | "country" }>;
  /** Places the gazetteer does not know: listed under the map, never guessed. */
  notFound: string[];
  /** Places found but named only in passing and far from the rest: listed, not framed. */
  outside: string[];
}

const WIDTH = 660;
const HEIGHT = 290;
const PAD = 28;
const MAX_PLACES = 14;

/**
 * A locator map of the places the articles name, for black-and-white print: land in light grey,
 * the countries named in darker grey, the towns named as black points with haloed labels. A place
 * is drawn only when its name (or an alias, or the name without an Arabic article) is in the
 * gazetteer; the most populous town of that name is taken. Everything else is listed, not placed.
 */
export function locatorMap(places: readonly MapPlace[], gazetteer: Gazetteer): LocatorMap {
  const ranked = [...places].sort((a, b) => b.mentions - a.mentions).slice(0, MAX_PLACES);
  const countries: Array<{ name: string; shape: Feature<Geometry, { name: string }> }> = [];
  const cities: Array<{ name: string; city: City; mentions: number }> = [];
  const notFound: string[] = [];
  for (const place of ranked) {
    const keys = [place.name, ...place.aliases].flatMap(placeKeys);
    const shape = keys.map((k) => gazetteer.countries.get(k)).find(Boolean);
    if (shape) {
      if (!countries.some((c) => c.shape === shape)) countries.push({ name: place.name, shape });
      continue;
    }
    // An acronym names no town: "US" is not the French village of Us.
    const townKeys = [place.name, ...place.aliases].filter((n) => !/^(?:\p{Lu}\.?){2,5}$/u.test(n)).flatMap(placeKeys);
    const city = townKeys.map((k) => gazetteer.cities.get(k)?.[0]).find(Boolean);
    if (city) cities.push({ name: place.name, city, mentions: place.mentions });
    else notFound.push(place.name);
  }
  const found = [...cities.map((c) => ({ name: c.name, kind: "city" as const })), ...countries.map((c) => ({ name: c.name, kind: "country" as const }))];
  if (found.length === 0) return { svg: null, found, notFound, outside: [] };

  // Frame the towns the sources keep coming back to (with some country around them); a town named
  // once is framed only when no town is named twice. Countries frame the map when no town is named.
  const recurring = cities.filter((c) => c.mentions >= 2);
  const framedTowns = recurring.length > 0 ? recurring : cities;
  const framed: Array<Feature<Geometry>> = framedTowns.length > 0 ? [frame(framedTowns.map((t) => t.city.coordinates))] : countries.map((c) => c.shape);
  const projection = geoMercator()
    .fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], { type: "FeatureCollection", features: framed } as FeatureCollection)
    .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const named = new Set(countries.map((c) => c.shape));

  // Only the countries inside the frame are drawn: projecting the whole world costs more than the rest of the brief.
  const [west, north] = projection.invert!([0, 0]) ?? [-180, 90];
  const [east, south] = projection.invert!([WIDTH, HEIGHT]) ?? [180, -90];
  const inView = (f: Feature<Geometry, { name: string }>) => {
    const [[w, s], [e, n]] = gazetteer.bounds.get(f)!;
    return w > e || (w <= east && e >= west && s <= north && n >= south);
  };
  const land = gazetteer.world.features
    .filter(inView)
    .map((f) => ({ d: path(f), named: named.has(f) }))
    .filter((f) => f.d)
    .map((f) => `<path d="${f.d}" class="${f.named ? "country named" : "country"}"/>`)
    .join("");
  const outside: string[] = [];
  const countryLabels = countries
    .map(({ name, shape }) => {
      const [x, y] = projection(geoCentroid(shape)) ?? [NaN, NaN];
      if (x > 0 && x < WIDTH && y > 0 && y < HEIGHT) return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" class="country-label">${escapeXml(name.toUpperCase())}</text>`;
      // A country whose middle the frame does not reach is named below the map, like a town beyond it.
      outside.push(name);
      return "";
    })
    .join("");
  const points = cities
    .map(({ name, city }) => {
      const [x, y] = projection(city.coordinates) ?? [NaN, NaN];
      if (!(x >= 8 && x <= WIDTH - 8 && y >= 8 && y <= HEIGHT - 8)) {
        outside.push(name);
        return "";
      }
      const left = x > WIDTH - 120;
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.2" class="town"/><text x="${(x + (left ? -6 : 6)).toFixed(1)}" y="${(y + 3).toFixed(1)}" class="town-label"${left ? ' text-anchor="end"' : ""}>${escapeXml(name)}</text>`;
    })
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Locator map: ${escapeXml(found.map((f) => f.name).join(", "))}">
<style>.country{fill:#ececec;stroke:#fff;stroke-width:0.7}.country.named{fill:#c4c4c4}.country-label{font-size:8px;letter-spacing:0.12em;fill:#555;text-anchor:middle}.town{fill:#000;stroke:#fff;stroke-width:1.2}.town-label{font-size:9.5px;font-weight:700;fill:#000;stroke:#fff;stroke-width:2.6px;paint-order:stroke;stroke-linejoin:round}</style>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#f7f7f7"/>${land}${countryLabels}${points}<rect width="${WIDTH}" height="${HEIGHT}" fill="none" stroke="#999" stroke-width="0.8"/></svg>`;
  return { svg, found, notFound, outside };
}

/**
 * The corners of the area to show around some towns: their extent, widened to at least 12° by 6°
 * and by a quarter on each side, so a reader sees which countries they lie in.
 */
function frame(points: Array<[number, number]>): Feature<MultiPoint> {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const width = Math.max(12, (east - west) * 1.5);
  const height = Math.max(6, (north - south) * 1.5);
  const [lon, lat] = [(west + east) / 2, (south + north) / 2];
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: [[lon - width / 2, Math.max(-80, lat - height / 2)], [lon + width / 2, Math.min(80, lat + height / 2)]] },
  };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
