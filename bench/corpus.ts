import type { Article } from "../src/schema/index.js";

const PEOPLE = ["Maria Lopez", "Ahmed Karimi", "Ann Reed", "John Dorrian", "Li Wei", "Sara Novak"];
const ROLES = ["the spokeswoman for the ministry", "a senior army commander", "the head of the relief agency", "a local official"];
const ORGS = ["United Relief Agency", "Northern Defence Forces", "Coastal Monitoring Group", "Central Bank"];
const PLACES = ["Alton", "Brisk", "Corran", "Delft", "Eston"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Deterministic pseudo-random numbers, so every run measures the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A news-like article made from sentence patterns: quotes, dated events, figures, names. */
export function generateArticle(index: number): Article {
  const r = random(index + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const paragraphs: string[] = [`${pick(ORGS)} reports fighting near ${pick(PLACES)}`];
  for (let p = 0; p < 12; p++) {
    const person = pick(PEOPLE);
    const n = Math.floor(r() * 90_000) + 100;
    paragraphs.push(
      [
        `${pick(ORGS)} said on ${pick(DAYS)} that ${n.toLocaleString("en-US")} people had fled ${pick(PLACES)} since early March.`,
        `“We are doing what we can, but the need is growing by the day,” said ${person}, ${pick(ROLES)}.`,
        `Last week, about ${Math.floor(r() * 400) + 2} trucks reached the area, carrying ${Math.floor(r() * 90) + 10} tonnes of food.`,
        `${person.split(" ")[1]} added that the roads would reopen on ${pick(DAYS)}.`,
      ].join(" "),
    );
  }
  return { id: `bench-${index}`, path: `bench-${index}.txt`, format: "text", title: paragraphs[0]!, outlet: "Bench Wire", published: "2024-05-17", url: null, author: null, text: paragraphs.join("\n\n") };
}
