export * from "./article.js";
export * from "./briefing.js";
export * from "./fact.js";
export * from "./facts.js";
export * from "./warning.js";
export * from "./view-model.js";
