import { describe, expect, it } from "vitest";
import { gazetteer, placeKeys } from "./gazetteer.js";
import { locatorMap } from "./locator-map.js";

const place = (name: string, mentions = 3, aliases: string[] = []) => ({ name, aliases, mentions });

describe("placeKeys", () => {
  it("finds Arabic names with or without their article, whatever the accents and case", () => {
    expect(placeKeys("Ar Raqqah")).toEqual(["ar raqqah", "raqqah"]);
    expect(placeKeys("al-Ḥasakah")).toEqual(["al hasakah", "hasakah"]);
    expect(placeKeys("Albany")).toEqual(["albany"]);
  });
});

describe("locatorMap", () => {
  it("places the towns and shades the countries the sources name, and lists what it cannot find", () => {
    const map = locatorMap([place("Raqqa", 36, ["Raqqah"]), place("Mosul", 11), place("Syria", 8), place("Iraq", 4), place("Nowhereville-on-Sea", 2), place("Mosull", 2)], gazetteer());
    expect(map.found).toEqual(expect.arrayContaining([{ name: "Raqqa", kind: "city" }, { name: "Mosul", kind: "city" }, { name: "Syria", kind: "country" }, { name: "Iraq", kind: "country" }]));
    // Never guessed: a misspelling is not "close enough".
    expect(map.notFound).toEqual(["Nowhereville-on-Sea", "Mosull"]);
    expect(map.svg).toContain(">Raqqa</text>");
    expect(map.svg).toContain(">SYRIA</text>");
    expect(map.svg).toMatch(/class="country named"/);
    expect(map.svg).not.toContain("NaN");
  });

  it("frames the towns the sources return to, and lists a town named once far away", () => {
    const map = locatorMap([place("Raqqa", 36, ["Raqqah"]), place("Mosul", 11), place("Manchester", 1)], gazetteer());
    expect(map.outside).toEqual(["Manchester"]);
    expect(map.svg).not.toContain(">Manchester<");
  });

  it("finds a country by the names the articles use, never a town by an acronym, and names a country beyond the frame", () => {
    const map = locatorMap([place("Raqqa", 36), place("Mosul", 11), place("United States", 4, ["US"]), place("Democratic Republic of the Congo", 2, ["DRC"])], gazetteer());
    expect(map.found).toEqual(expect.arrayContaining([{ name: "United States", kind: "country" }, { name: "Democratic Republic of the Congo", kind: "country" }]));
    expect(map.outside).toEqual(expect.arrayContaining(["United States", "Democratic Republic of the Congo"]));
    expect(locatorMap([place("Raqqa", 3), place("UN", 2)], gazetteer()).found).not.toContainEqual({ name: "UN", kind: "city" });
  });

  it("draws no map when no place is found, and escapes names into the SVG", () => {
    expect(locatorMap([place("Qwzxvilleton")], gazetteer())).toEqual({ svg: null, found: [], notFound: ["Qwzxvilleton"], outside: [] });
    const map = locatorMap([place("Paris", 3, ["<b>Paris</b>"])], gazetteer());
    expect(map.svg).toContain(">Paris</text>");
    expect(map.svg).not.toContain("<b>");
  });
});
