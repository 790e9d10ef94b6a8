import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { assembleFacts } from "../pipeline/assemble.js";
import { loadBriefing } from "../pipeline/load.js";
import { ViewModelSchema } from "../schema/view-model.js";
import { buildViewModel } from "./model.js";
import { templateDataMarkdown } from "./template-docs.js";

describe("the documented template data", () => {
  it("is what the example briefing's view model holds, field for field", async () => {
    const loaded = await loadBriefing("briefings/raqqa");
    const model = buildViewModel({ config: loaded.config, facts: await assembleFacts(loaded) });
    expect(ViewModelSchema.strict().safeParse(model).error?.issues ?? []).toEqual([]);
    expect(ViewModelSchema.parse(model)).toEqual(model);
  }, 30_000);

  it("docs/template-data.md is current (npm run docs regenerates it)", async () => {
    expect(await readFile("docs/template-data.md", "utf8")).toBe(templateDataMarkdown());
  });
});
