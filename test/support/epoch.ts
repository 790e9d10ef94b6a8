/** Runs `work` with SOURCE_DATE_EPOCH set (reproducible PDFs), then puts the variable back as it was. */
export async function withSourceDateEpoch<T>(epoch: string, work: () => Promise<T>): Promise<T> {
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = epoch;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
}
