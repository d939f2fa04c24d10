import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

// In a file of its own: test-only probe types registered elsewhere must not leak into this schema.
describe('the committed schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the code (run `npm run schema` after changing the API)', () => {
    const fromCode = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('# '))
      .join('\n');
    expect(committed.trim()).toBe(fromCode.trim());
  });
});
