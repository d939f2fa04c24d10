import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inlineDocuments } from './inline-documents';

const SESSION_OPERATIONS = resolve(import.meta.dirname, '../src/modules/session/graphql/session.ts');

function transformWith(code: string, id = SESSION_OPERATIONS): string | null {
  const plugin = inlineDocuments();
  (plugin.buildStart as () => void)();
  // The handler uses no plugin context: called as the bundler would, with an empty one.
  const { handler } = plugin.transform as { handler: (code: string, id: string) => { code: string } | null };
  return handler.call({}, code, id)?.code ?? null;
}

describe('inlineDocuments', () => {
  it('replaces each graphql() call with the generated document, fragments included, so no operation map is bundled', () => {
    const code = transformWith(readFileSync(SESSION_OPERATIONS, 'utf8'));

    expect(code).not.toBeNull();
    expect(code).not.toMatch(/graphql\(`/);
    expect(code).toContain("kind: 'OperationDefinition'");
    expect(code).toContain("value: 'Me'");
    expect(code).toContain("kind: 'FragmentDefinition'");
  });

  it('fails the build on an operation that codegen has not generated', () => {
    expect(() =>
      transformWith('const Q = graphql(`\n  query NotGenerated {\n    me {\n      id\n    }\n  }\n`);'),
    ).toThrow(/npm run codegen/);
  });
});
