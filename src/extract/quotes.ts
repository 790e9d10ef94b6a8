import type { Fact } from "../schema/index.js";
import type { ArticleDoc } from "./document.js";
import type { ExtractContext } from "./types.js";

// Placeholder until the quotes extractor lands.
export default function quotes(_doc: ArticleDoc, _ctx: ExtractContext): Fact[] {
  return [];
}
