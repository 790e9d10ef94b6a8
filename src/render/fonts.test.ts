import { describe, expect, it } from "vitest";
import { fontFaceCss, usesRange } from "./fonts.js";

describe("fonts", () => {
  it("tells whether a text needs a unicode-range", () => {
    expect(usesRange("Raqqa’s “gates” — 12 km", "U+0100-02BA,U+1E00-1E9F")).toBe(false);
    expect(usesRange("Recep Tayyip Erdoğan", "U+0100-02BA,U+1E00-1E9F")).toBe(true);
    expect(usesRange("Łódź", "U+0100-02BA,U+1E00-1E9F")).toBe(true);
  });

  it("inlines only the subsets the document's text needs, and always latin", () => {
    const english = fontFaceCss("Kurdish forces entered Raqqa.");
    const turkish = fontFaceCss("Erdoğan said.");
    expect(english.match(/@font-face/g)).toHaveLength(7);
    expect(turkish.match(/@font-face/g)).toHaveLength(14);
    expect(english).not.toContain("U+0100-02BA");
    expect(turkish).toContain("U+0100-02BA");
  });
});
