import { describe, expect, it } from "vitest";
import { renumberStructureIds } from "./metadata.js";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const text = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1");

describe("renumberStructureIds", () => {
  it("renumbers tagged elements' node IDs by rank, keeping their order, width and every other byte", () => {
    const pdf = "<</ID (node00000892)>> <</ID (node00000094)>> /Names [(node00000094) 3 0 R (node00000892) 4 0 R]";
    const out = text(renumberStructureIds(bytes(pdf)));
    expect(out).toBe("<</ID (node00000002)>> <</ID (node00000001)>> /Names [(node00000001) 3 0 R (node00000002) 4 0 R]");
    expect(out.length).toBe(pdf.length);
  });

  it("gives the same bytes for two prints whose node numbers differ only by an offset", () => {
    expect(text(renumberStructureIds(bytes("(node00000094)(node00000095)")))).toBe(text(renumberStructureIds(bytes("(node00000892)(node00000893)"))));
  });
});
