import { CITY_NAMES, COUNTRY_NAMES } from "./places";

// Where a candidate lives, from the résumé: a "Location:"/"Address:"/"based in" statement, else a city
// named in the header (the first lines). Only a known city or country is taken, as written there.

const HEADER_LINES = 6;
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PLACE = new RegExp(`(?<![\\p{L}])(${[...CITY_NAMES, ...COUNTRY_NAMES].map(escape).join("|")})(?![\\p{L}])`, "u");
// Every place a line names, left to right (reset before each line).
const PLACES = new RegExp(PLACE.source, "gu");
const STATED = /\b(?:location|address|based in|lives in|residence|city)\s*[:\-–]?\s*([^\n]{2,80})/i;
const CITIES = new Set(CITY_NAMES);
// A country right after a capitalised word is part of a name, not where someone lives: "Social Work
// England", "NHS England", "Sport Wales".
const NAME_BEFORE = /\p{Lu}[\p{L}.&'-]*\s+$/u;

/** The city (or, failing that, the country) the résumé says the candidate is in; null when it does not say. */
export function locationFrom(text: string): string | null {
  const stated = STATED.exec(text)?.[1];
  const statedPlace = stated ? PLACE.exec(stated)?.[1] : undefined;
  if (statedPlace) return statedPlace;
  const header = text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .slice(0, HEADER_LINES);
  let country: string | null = null;
  for (const line of header) {
    PLACES.lastIndex = 0;
    for (let match = PLACES.exec(line); match; match = PLACES.exec(line)) {
      if (CITIES.has(match[1]!)) return match[1]!;
      if (!NAME_BEFORE.test(line.slice(0, match.index))) country ??= match[1]!;
    }
  }
  return country;
}

/** The place a location names, for comparing: its first part, folded ("Berlin, Germany" → "berlin"). */
export function placeKey(location: string): string {
  return location
    .split(/[,(/]/)[0]!
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .trim()
    .toLowerCase();
}
