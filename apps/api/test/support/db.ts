import type { DataSource } from 'typeorm';

/** The first row a statement answers: the factories' INSERT … RETURNING. */
export async function row<T>(db: DataSource, text: string, params: unknown[] = []): Promise<T> {
  const [first] = (await db.query(text, params)) as T[];
  if (!first) throw new Error(`no row from: ${text.slice(0, 120)}`);
  return first;
}

let counter = 0;
/** A short token unique within the test run, for names, codes and e-mails. */
export function uniqueTag(): string {
  counter += 1;
  return `${process.pid.toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
