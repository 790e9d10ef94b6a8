import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.js";
import { isPlaceName } from "./places.js";
import { testArticle } from "./test-article.js";

describe("isPlaceName", () => {
  it.each(["Iran", "North Korea", "Congo", "UAE", "Tehran", "Kabul", "Europe", "Tahrir Square", "Arabian Sea", "New Orleans", "Port Harcourt", "Middle East", "Barton Street East", "King Street West", "County Cork", "Nuevo León"])("%s is a place", (name) => {
    expect(isPlaceName(name)).toBe(true);
  });

  it.each(["Reuters", "New GM", "Jane Roe", "Islamic State", "Square", "Yorkshire Water North", "County Council"])("%s is not", (name) => {
    expect(isPlaceName(name)).toBe(false);
  });
});

describe("actor types", () => {
  const types = (text: string) => Object.fromEntries(extractArticle(testArticle(text), { only: ["actors"] }).actors.map((a) => [a.name, a.type]));

  it("types a country as a place even where its acronym reads like an organisation's", () => {
    expect(types("The United States and Russia met. US officials spoke.")).toMatchObject({ "United States": "place", Russia: "place" });
  });

  it("types a country as a place even where it speaks, and keeps a titled person a person", () => {
    expect(types("Iran said the talks were over. Queen Victoria opened the bridge.")).toMatchObject({ Iran: "place", Victoria: "person" });
  });

  it("takes a name set after a place by a comma for the larger place, but not a personal name", () => {
    const typed = types("The arrest was made in Monroe County, Pennsylvania. The president of the church in New York City, John Carmichael, said so.");
    expect(typed).toMatchObject({ Pennsylvania: "place" });
    expect(typed["John Carmichael"]).not.toBe("place");
  });

  it("types a person described by a family role, and reads no name into an opening speech verb", () => {
    expect(types("Steve Goncalves, the father of the victim, spoke on Friday. Says Ron Rotunda, a law professor: “No.”")).toMatchObject({ "Steve Goncalves": "person", "Ron Rotunda": "person" });
  });

  it("takes no town the text puts things in for the last word of a club's name, and the club's first word for the club ('Płomień Tarnów … in Tarnów … Płomień said')", () => {
    const text = "The league has banned Płomień Tarnów head coach Andrzej Sobczak after the match in Tarnów.\n\nPłomień said in a statement on Tuesday that it would appeal.";
    const actors = extractArticle(testArticle(text), { only: ["actors"] }).actors;
    expect(actors.find((a) => a.name === "Płomień Tarnów")).toMatchObject({ type: "organisation", aliases: ["Płomień"] });
    expect(actors.find((a) => a.name === "Tarnów")?.type).toBe("place");
    // (Nor a possessive after "in": "a witness in Salcido's trial" is the promoter's.)
    expect(types("The boxer said promoter Héctor Arturo Salcido owed him money. He was a witness in Salcido's trial.")).not.toHaveProperty("Salcido");
  });

  it("takes a nickname in parentheses after a person's name as an alias", () => {
    const [coach] = extractArticle(testArticle("Coach Mohamed Sobah (Soba) was confident. “We will win,” Soba said."), { only: ["actors"] }).actors;
    expect(coach).toMatchObject({ name: "Mohamed Sobah", type: "person" });
    expect(coach!.aliases).toContain("Soba");
  });
});
