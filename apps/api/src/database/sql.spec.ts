import { sql } from './sql';

describe('sql', () => {
  it('turns every interpolated value into a numbered parameter, in order', () => {
    const id = 'a-b';
    expect(sql`SELECT * FROM t WHERE id = ${id} AND n > ${3}`.compile()).toEqual({
      text: 'SELECT * FROM t WHERE id = $1 AND n > $2',
      values: ['a-b', 3],
    });
  });

  it('splices nested fragments with their own parameters, renumbered', () => {
    const scope = sql`(c.code = ANY(${['EE', 'LV']}::text[]) OR ${true})`;
    const query = sql`SELECT 1 WHERE e.id = ${'e1'} AND ${scope} AND s.kind = ${'JOINT'}`;
    expect(query.compile()).toEqual({
      text: 'SELECT 1 WHERE e.id = $1 AND (c.code = ANY($2::text[]) OR $3) AND s.kind = $4',
      values: ['e1', ['EE', 'LV'], true, 'JOINT'],
    });
  });

  it('keeps text that looks like a placeholder as text, and a value that looks like SQL as a value', () => {
    const query = sql`SELECT '$1' AS x WHERE name = ${"x'; DROP TABLE person; --"}`;
    expect(query.compile()).toEqual({
      text: "SELECT '$1' AS x WHERE name = $1",
      values: ["x'; DROP TABLE person; --"],
    });
  });

  it('joins fragments and ANDs the conditions that apply, TRUE when none does', () => {
    const status: string | null = null;
    const where = sql.and([sql`a = ${1}`, status && sql`b = ${status}`, sql`c = ${2}`]);
    expect(where.compile()).toEqual({ text: '(a = $1) AND (c = $2)', values: [1, 2] });
    expect(sql.and([null, false]).compile()).toEqual({ text: 'TRUE', values: [] });
    expect(sql`VALUES ${sql.join([sql`(${1})`, sql`(${2})`, sql`(${3})`])}`.compile()).toEqual({
      text: 'VALUES ($1), ($2), ($3)',
      values: [1, 2, 3],
    });
    expect(sql.join([]).compile()).toEqual({ text: '', values: [] });
  });

  it('puts constant text in with raw, without parameters', () => {
    expect(sql`SELECT ${sql.raw('a, b')} FROM t LIMIT ${5}`.compile()).toEqual({
      text: 'SELECT a, b FROM t LIMIT $1',
      values: [5],
    });
  });
});
