import { continents, countries } from "countries-list";
import { BIG_CITIES } from "./cities.js";

/**
 * Whether a name is a place: a country (by its name, a short form or an alias), a capital or a
 * continent, from the countries-list data; or a name headed by a word for a place ("Tahrir Square",
 * "Silicon Valley", "Arabian Sea") or opened by one ("New Orleans", "Port Harcourt", "Santa Clara").
 */
export function isPlaceName(name: string): boolean {
  if (isKnownPlace(name)) return true;
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  // "New York", but not "New GM": an opener names a place only before a word written like a name.
  // ("Barton Street East", "King Street West": a street's head may take a point of the compass after it.)
  const head = words.length > 2 && /^(?:East|West|North|South)$/.test(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
  // (Not a county's body: "County Council", "County Court".)
  return PLACE_HEADS.has(head) || (PLACE_OPENERS.has(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!) && !/^(?:Council|Court|Hall|Board|Commissioners?|Sheriff)$/.test(words[1]!));
}

/** A word that heads or opens a place's name: "Gulf", "Valley", "New". */
export function isPlaceWord(word: string): boolean {
  return PLACE_HEADS.has(word) || PLACE_OPENERS.has(word);
}

/** A country, capital or continent by the countries-list data: "United States", "Tehran", "Africa". */
export function isKnownPlace(name: string): boolean {
  return KNOWN_PLACES.has(name.toLowerCase());
}

const PLACE_HEADS = new Set(
  ("Street Avenue Road Square Valley River Sea Ocean Lake Bay Gulf Island Islands Coast Mountain Mountains Hills Desert Province County " +
    "District Region Territory Peninsula Strait Canal Park Airport Station Bridge City Town Village Heights Beach Falls Harbour Harbor Highway Plain Plains Basin Delta Strip").split(" "),
);
// ("Co Cork", "Co. Antrim": an Irish county, as Irish papers write it.)
// ("County Cork", "Nuevo León": an Irish county, a Spanish "new".)
const PLACE_OPENERS = new Set("New Nuevo Nueva North South East West Middle Far Upper Lower Saint St San Santa Los Las Fort Port Mount Lake Cape Gulf Isle Co Co. County".split(" "));

/** Every country countries-list knows, with the other names it gives it ("United States": "US", "USA") and its capital. */
export const COUNTRIES: ReadonlyArray<{ name: string; aliases: readonly string[]; capital: string }> = Object.values(countries).map((country) => ({
  name: country.name,
  aliases: "alias" in country && Array.isArray(country.alias) ? (country.alias as string[]) : [],
  capital: country.capital,
}));

const KNOWN_PLACES: ReadonlySet<string> = (() => {
  const names = new Set<string>(Object.values(continents).map((c) => c.toLowerCase()));
  for (const country of COUNTRIES) {
    const forms = [country.name, country.capital, ...country.aliases];
    // "Republic of the Congo", "Democratic Republic of the Congo": the country is also "Congo".
    const short = /\bof the (.+)$/.exec(country.name)?.[1];
    if (short) forms.push(short);
    for (const form of forms) if (form) names.add(form.toLowerCase());
  }
  return names;
})();

/** A city of a million people or more ("Mumbai", "Bengaluru", "Chicago"), by GeoNames (see scripts/cities.mjs). */
export function isBigCity(name: string): boolean {
  return BIG_CITY_NAMES.has(name.toLowerCase());
}
const BIG_CITY_NAMES: ReadonlySet<string> = new Set(BIG_CITIES.map((name) => name.toLowerCase()));
