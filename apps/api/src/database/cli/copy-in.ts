import type { Client } from 'pg';

/**
 * `COPY … FROM STDIN` with the plain `pg` client (no extra package): a submittable query that
 * streams the rows when the server asks for them. Used by the benchmark generators, which load
 * hundreds of thousands of rows — row-by-row INSERTs would take minutes.
 */
class CopyIn {
  private resolve!: () => void;
  private reject!: (e: unknown) => void;
  private error: unknown = null;
  readonly done = new Promise<void>((res, rej) => {
    this.resolve = res;
    this.reject = rej;
  });

  constructor(
    private readonly text: string,
    private readonly chunks: Buffer[],
  ) {}

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  handleCommandComplete(): void {
    // the row count is not needed: copyRows counts the rows it sent
  }
  handleReadyForQuery(): void {
    if (this.error) this.reject(this.error);
    else this.resolve();
  }
  handleError(error: unknown): void {
    this.error = error;
  }
}

/** Copies rows (arrays of values; null → \N) into `table (columns)` in text format. */
export async function copyRows(
  client: Client,
  table: string,
  columns: string[],
  rows: Iterable<(string | number | boolean | null)[]>,
): Promise<number> {
  const chunks: Buffer[] = [];
  let lines: string[] = [];
  let count = 0;
  const flush = () => {
    if (lines.length) chunks.push(Buffer.from(lines.join(''), 'utf8'));
    lines = [];
  };
  for (const row of rows) {
    lines.push(
      row
        .map((v) =>
          v === null
            ? '\\N'
            : String(v).replace(/[\\\t\n\r]/g, (c) =>
                c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
              ),
        )
        .join('\t') + '\n',
    );
    count++;
    if (lines.length >= 10_000) flush();
  }
  flush();
  const copy = new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, chunks);
  (client as unknown as { query(q: CopyIn): void }).query(copy);
  await copy.done;
  return count;
}
