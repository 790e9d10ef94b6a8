import type { Fact } from "../schema/index.js";
import type { ArticleDoc } from "./document.js";
import type { ExtractContext } from "./types.js";

// Placeholder until the events extractor lands.
export default function events(_doc: ArticleDoc, _ctx: ExtractContext): Fact[] {
  return [];
}
