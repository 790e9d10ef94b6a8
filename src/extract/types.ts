import type { Fact, Warning } from "../schema/index.js";
import type { ArticleDoc } from "./document.js";

/**
 * What one extraction run shares between its steps (markdown-it's `env`): the facts the earlier
 * extractors produced for this article, and the warnings a person should see.
 */
export interface ExtractContext {
  facts: Fact[];
  warnings: Warning[];
}

/** One step of the extraction chain: pure, from a segmented article to the facts it finds. */
export type Extractor = (doc: ArticleDoc, ctx: ExtractContext) => Fact[];
