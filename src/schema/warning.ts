import { z } from "zod";

/** Something a person should know about a run that did not stop it. */
export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});

export type Warning = z.infer<typeof WarningSchema>;
