import type { EntityManager, QueryResult } from 'typeorm';

/**
 * A piece of SQL whose parameters travel apart from its text. Written as a tagged template,
 * `sql\`SELECT … WHERE t.id = ${id}\``, every interpolated value becomes a bind parameter; an
 * interpolated `Sql` is spliced in with its own parameters, so conditions compose without anyone
 * numbering `$n` by hand. Only `sql.raw` puts text into the statement, for constant SQL.
 */
export class Sql {
  private constructor(
    private readonly strings: readonly string[],
    private readonly values: readonly unknown[],
  ) {}

  /** The tag: nested fragments are flattened, everything else is a parameter. */
  static of(strings: readonly string[], values: readonly unknown[]): Sql {
    const texts = [strings[0]];
    const params: unknown[] = [];
    values.forEach((value, i) => {
      if (value instanceof Sql) {
        texts[texts.length - 1] += value.strings[0];
        value.values.forEach((inner, j) => {
          params.push(inner);
          texts.push(value.strings[j + 1]);
        });
        texts[texts.length - 1] += strings[i + 1];
      } else {
        params.push(value);
        texts.push(strings[i + 1]);
      }
    });
    return new Sql(texts, params);
  }

  /** The statement text with `$1…$n` in order, and the values to bind to them. */
  compile(): { text: string; values: unknown[] } {
    return {
      text: this.strings.reduce((text, part, i) => `${text}$${i}${part}`),
      values: [...this.values],
    };
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return Sql.of(strings, values);
}

/** Constant SQL text (a column list, a keyword); never anything a user sent. */
sql.raw = (text: string): Sql => Sql.of([text], []);

sql.empty = Sql.of([''], []);

/** The fragments separated by `separator` (default `, `). */
sql.join = (parts: readonly Sql[], separator: Sql = sql.raw(', ')): Sql => {
  const pieces = parts.flatMap((part, i) => (i ? [separator, part] : [part]));
  return Sql.of(pieces.map(() => '').concat(''), pieces);
};

/** The conditions that apply (falsy ones are left out), joined with AND; TRUE when none does. */
sql.and = (conditions: readonly (Sql | false | null | undefined)[]): Sql => {
  const kept = conditions.filter((c): c is Sql => c instanceof Sql);
  return kept.length ? sql`(${sql.join(kept, sql.raw(') AND ('))})` : sql.raw('TRUE');
};

async function run(db: EntityManager, query: Sql): Promise<QueryResult> {
  const { text, values } = query.compile();
  // A transaction's manager has its own runner (the transaction's client); otherwise borrow one.
  const runner = db.queryRunner ?? db.connection.createQueryRunner();
  try {
    return (await runner.query(text, values, true)) as QueryResult;
  } finally {
    if (!db.queryRunner) await runner.release();
  }
}

/**
 * The rows of a query, as the row type the caller declares for its select list (the one place
 * where untyped driver results meet typed code: repositories declare their row interfaces).
 */
export async function rows<R>(db: EntityManager, query: Sql): Promise<R[]> {
  return ((await run(db, query)).records ?? []) as R[];
}

/** The first row, or null when there is none. */
export async function maybeOne<R>(db: EntityManager, query: Sql): Promise<R | null> {
  return (await rows<R>(db, query))[0] ?? null;
}

/** The first row of a query that always answers one (an aggregate, a RETURNING of a fixed insert). */
export async function one<R>(db: EntityManager, query: Sql): Promise<R> {
  const row = await maybeOne<R>(db, query);
  if (row === null) throw new Error(`expected a row from: ${query.compile().text.slice(0, 200)}`);
  return row;
}

/** Runs a statement and answers how many rows it inserted, changed or deleted. */
export async function execute(db: EntityManager, query: Sql): Promise<number> {
  return (await run(db, query)).affected ?? 0;
}
