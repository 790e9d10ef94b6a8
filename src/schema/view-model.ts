import { z } from "zod";

// What the templates see. The view model is typed by this schema (src/render/model.ts returns
// `ViewModel`), a test parses the example's model with it, and docs/template-data.md is generated
// from it (`npm run docs`): the documentation cannot drift from the data.

const text = (description: string) => z.string().describe(description);
const optionalText = (description: string) => z.string().nullable().describe(description);

export const CitesSchema = z
  .object({
    numbers: z.array(z.number().int().positive()).describe("Source note numbers, at most three: other outlets first"),
    more: z.number().int().nonnegative().describe("How many more sources report the fact"),
  })
  .describe("A fact's citations: pass to `{{cite cites}}`");

export const SourceNoteSchema = z.object({
  number: z.number().int().positive().describe("Note number, in order of first citation; a source cited again keeps it"),
  id: text("Article ID (file name without extension)"),
  outlet: optionalText("Outlet, e.g. CNN"),
  title: text("Headline"),
  date: optionalText("Publication date in the briefing's locale"),
  url: optionalText("Address of the article"),
  grade: optionalText("Admiralty grade from briefing.yaml, e.g. B2"),
  gradeText: optionalText("The grade in words: \"usually reliable, probably true\""),
});

export const ViewModelSchema = z.object({
  lang: text("The briefing's locale (BCP 47), for `<html lang>` and hyphenation"),
  paper: z.enum(["a4", "letter"]).describe("Paper size"),
  style: z.enum(["standard", "flash"]).describe("The built-in look"),
  flash: z.boolean().describe("True for the one-page flash update, which leaves out the long sections"),
  title: text("Title"),
  subtitle: optionalText("Subtitle"),
  reportNumber: optionalText("Report number"),
  author: optionalText("Author or desk"),
  asOf: optionalText("The day the briefing speaks for, formatted"),
  period: z.object({ from: text("First day"), to: text("Last day") }).nullable().describe("Period covered"),
  handling: z
    .object({
      text: text("The marking as printed"),
      tlp: z.string().nullable().describe("TLP colour name (clear, green, amber, amber-strict, red) or null for free text"),
      colour: text("Text colour of the banner"),
      background: text("Background colour of the banner"),
    })
    .nullable()
    .describe("Handling marking, printed top and bottom of every page"),
  furniture: z
    .object({
      size: text("CSS page size: A4 or letter"),
      header: text("Running header (left)"),
      asOf: text("Running header (right): \"As of …\""),
      footer: text("Running footer (left)"),
    })
    .describe("What the page margins carry (partials/page.hbs)"),
  summaryHtml: z.string().describe("The summary from briefing.yaml, rendered from Markdown (raw HTML off): use `{{{summaryHtml}}}`"),
  takeaways: z.array(z.string()).describe("Key takeaways, each rendered from inline Markdown: use `{{{this}}}`"),
  counts: z
    .object({
      sources: z.number().int().describe("Articles read"),
      outlets: z.number().int().describe("Distinct outlets"),
      events: z.number().int().describe("Timeline entries printed"),
      quotes: z.number().int().describe("Quotes printed"),
      figures: z.number().int().describe("Figures printed"),
    })
    .describe("Counts for the masthead"),
  timeline: z
    .array(
      z.object({
        id: text("Fact ID, as `briefing extract` shows it"),
        number: z.number().int().describe("Row number, also printed on the timeline graphic"),
        iso: text("The date as resolved: 2016-11-06, 2017-W22, 2016-11 or 2016"),
        date: text("The date in the briefing's locale"),
        precision: z.enum(["day", "week", "month", "year"]).describe("How precise the date is"),
        text: text("The sentence stating the happening (or the analyst's rewording)"),
        expression: text("The date as the article wrote it"),
        cites: CitesSchema,
      }),
    )
    .describe("Selected events in date order"),
  timelineGraphic: z.string().nullable().describe("The timeline drawn as SVG: use `{{{timelineGraphic}}}`"),
  undated: z
    .array(z.object({ id: text("Fact ID"), expression: text("The date as written"), text: text("The sentence"), cites: CitesSchema }))
    .describe("Sentences whose relative date could not be resolved (no publication date)"),
  locatorMap: z
    .object({
      svg: z.string().describe("The map as SVG: use `{{{locatorMap.svg}}}`"),
      notFound: z.array(z.string()).describe("Places the gazetteer does not know: listed, not placed"),
      outside: z.array(z.string()).describe("Places named once and far from the rest: listed, not framed"),
    })
    .nullable()
    .describe("Locator map of the places the articles name; null in the flash style or when none is found"),
  quotes: z
    .array(
      z.object({
        id: text("Fact ID"),
        text: text("The words quoted"),
        speaker: optionalText("Who said it"),
        role: optionalText("The speaker's role"),
        said: optionalText("When it was said, where the text dates it"),
        reported: optionalText("When it was reported, when the text does not date it"),
        partial: z.boolean().describe("A fragment woven into the reporter's sentence"),
        cites: CitesSchema,
      }),
    )
    .describe("Selected quotes, most important first"),
  figures: z
    .array(
      z.object({
        id: text("Fact ID"),
        value: text("The number formatted, or an order of magnitude as written (\"tens of thousands\")"),
        unit: optionalText("Unit (km, %, USD)"),
        context: text("The clause around the figure, verbatim"),
        counts: optionalText("What is counted"),
        qualifier: optionalText("more than, up to, about …"),
        approximate: z.boolean().describe("The figure is not exact"),
        attribution: optionalText("Who gives the figure"),
        text: text("The figure's phrase, verbatim"),
        cites: CitesSchema,
      }),
    )
    .describe("Selected figures, most reported first"),
  disagreements: z
    .array(
      z.object({
        id: text("Disagreement ID"),
        topic: text("What is disputed: \"killed\", \"displaced: Delft\""),
        claims: z.array(z.object({ value: text("The figure"), text: text("The claim, verbatim"), attribution: optionalText("Who makes it"), cites: CitesSchema })).describe("Claims shown"),
        others: z
          .object({ count: z.number().int(), from: text("Lowest"), to: text("Highest"), sources: z.number().int().describe("Articles they come from") })
          .nullable()
          .describe("Further claims of a long dispute, summed up"),
      }),
    )
    .describe("Where sources differ: never trimmed"),
  actors: z
    .array(
      z.object({
        name: text("Fullest name"),
        type: z.enum(["person", "organisation", "place"]),
        aliases: z.array(z.string()).describe("Other names the sources use"),
        roles: z.array(z.string()).describe("Up to two titles or roles"),
        mentions: z.number().int().describe("Mentions across sources"),
      }),
    )
    .describe("The twelve most-mentioned actors"),
  analystNotes: z
    .array(z.object({ id: text("Note ID"), text: text("The analyst's words"), date: optionalText("Date, formatted") }))
    .describe("Notes added in briefing.yaml: printed as the analyst's, never as sourced fact"),
  annex: z
    .object({
      events: z.array(z.object({ id: text("Fact ID"), date: text("Date"), text: text("Sentence"), cites: CitesSchema })),
      quotes: z.array(z.object({ id: text("Fact ID"), text: text("Words"), speaker: optionalText("Speaker"), partial: z.boolean(), cites: CitesSchema })),
      figures: z.array(z.object({ id: text("Fact ID"), text: text("Figure"), context: text("Clause"), attribution: optionalText("Who gives it"), cites: CitesSchema })),
    })
    .nullable()
    .describe("Everything the selection left out (`annex: true`)"),
  notes: z.array(SourceNoteSchema).describe("Numbered source notes: cited sources, then (when few, or with the annex) the rest"),
  footnotes: z.boolean().describe("Source notes at the foot of each page that cites them (`notes: footnotes`)"),
  uncitedSources: z
    .object({ count: z.number().int(), outlets: z.number().int(), from: z.string().nullable(), to: z.string().nullable() })
    .nullable()
    .describe("Sources read but not cited, summed up when there are many"),
  gradeLegend: z
    .object({ reliability: z.record(z.string(), z.string()), credibility: z.record(z.string(), z.string()) })
    .nullable()
    .describe("The Admiralty scale in words, when any source is graded"),
});

export type ViewModel = z.infer<typeof ViewModelSchema>;
export type SourceNote = z.infer<typeof SourceNoteSchema>;
export type Cites = z.infer<typeof CitesSchema>;
