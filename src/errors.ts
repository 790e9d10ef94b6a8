/**
 * The few error classes the pipeline throws. Only `src/cli` turns them into messages and exit codes;
 * library code throws, never exits or prints.
 */
export class BriefingError extends Error {
  override readonly name: string = "BriefingError";
  /** The file the problem is in, when there is one. */
  readonly file: string | undefined;
  /** 1-based line in `file`, when known. */
  readonly line: number | undefined;

  constructor(message: string, options: { file?: string; line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.file = options.file;
    this.line = options.line;
  }

  /** `file:line: message`, the form editors and terminals link to. */
  get located(): string {
    if (!this.file) return this.message;
    return this.line ? `${this.file}:${this.line}: ${this.message}` : `${this.file}: ${this.message}`;
  }
}

/** An article that cannot be read: missing, empty, binary, undecodable. */
export class IngestError extends BriefingError {
  override readonly name = "IngestError";
}

/** briefing.yaml (or front matter) that is malformed or fails validation. */
export class ConfigError extends BriefingError {
  override readonly name = "ConfigError";
}

/** A template or style that cannot be found or compiled, or fails while rendering. */
export class TemplateError extends BriefingError {
  override readonly name = "TemplateError";
}

/** The browser cannot be found, will not start, crashes or hangs; or the PDF cannot be written. */
export class PrintError extends BriefingError {
  override readonly name = "PrintError";
}

/** Bad command-line usage: exit code 2. */
export class UsageError extends BriefingError {
  override readonly name = "UsageError";
}
