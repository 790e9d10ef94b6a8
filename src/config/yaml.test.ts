import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors.js";
import { BriefingConfigSchema } from "../schema/index.js";
import { parseYaml } from "./yaml.js";

function errorOf(text: string): ConfigError {
  try {
    parseYaml(text, "b/briefing.yaml", BriefingConfigSchema);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseYaml with the briefing schema", () => {
  it("accepts a minimal briefing and fills defaults", () => {
    const config = parseYaml("title: Raqqa\n", "briefing.yaml", BriefingConfigSchema);
    expect(config).toMatchObject({ title: "Raqqa", paper: "a4", locale: "en-GB", takeaways: [], timeline: { order: "oldest-first" } });
  });

  it.each([
    ["malformed YAML", "title: T\n\tauthor: x\n", 2, /malformed YAML: Tabs/],
    ["an unknown field, at its own line", "title: T\nauthr: me\n", 2, /unknown field "authr"/],
    ["a date that is not a day", "title: T\nas_of: 2017-02-30\n", 2, /as_of: not a real calendar day/],
    ["a wrong paper size", "title: T\npaper: a5\n", 2, /paper:/],
    ["an unknown field inside a source", "title: T\nsources:\n  cnn:\n    grade: B2\n    colour: red\n", 5, /sources\.cnn: unknown field "colour"/],
    ["a bad Admiralty grade", "title: T\nsources:\n  cnn:\n    grade: Z9\n", 4, /Admiralty grade/],
    ["a missing title", "author: me\n", 1, /title/],
    ["a period running backwards", "title: T\nperiod:\n  from: 2017-01-02\n  to: 2016-01-01\n", 2, /period/],
    ["a duplicate key", "title: A\ntitle: B\n", 2, /malformed YAML/],
  ])("reports %s with file and line", (_name, text, line, message) => {
    const error = errorOf(text);
    expect(error.file).toBe("b/briefing.yaml");
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.located).toMatch(new RegExp(`^b/briefing\\.yaml:${line}: `));
  });

  it("shifts lines by an offset, for YAML embedded in a larger file", () => {
    expect(() => parseYaml("title: T\nbogus: 1\n", "a.md", BriefingConfigSchema, 1)).toThrow(expect.objectContaining({ line: 3 }));
  });
});
