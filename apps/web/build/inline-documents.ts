import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

const GENERATED = resolve(import.meta.dirname, '../../../libs/web/graphql/src/generated');

/** `graphql(` followed by a template literal without substitutions, as the operations are written. */
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*,?\s*\)/g;

/**
 * Replaces every `graphql(`…`)` call of the web app with the document that codegen generated for
 * it, written inline, at build time.
 *
 * The generated `graphql()` looks a text up in a map of every operation of the app (gql.ts), and the
 * documents live in one module (graphql.ts): a bundler keeps a module in one chunk, so the first
 * page would download every page's operations (~25 KB gzip). Inlined, each document travels with
 * the page that uses it, and the map is never bundled. This is what the client preset's Babel
 * plugin does, minus the import of the one shared module. Development and tests keep the map.
 *
 * A call whose text is not in the map fails the build: the generated code is stale (`npm run
 * codegen`).
 */
export function inlineDocuments(): Plugin {
  let documents: Map<string, string> | undefined;
  return {
    name: 'tandem-inline-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = readDocuments();
    },
    transform: {
      filter: { id: /[\\/]apps[\\/]web[\\/]src[\\/].*\.tsx?$/, code: 'graphql(' },
      handler(code, id) {
        if (!documents) throw new Error('inline-documents: buildStart did not run');
        const byText = documents;
        let replaced = 0;
        const out = code.replace(CALL, (_call, text: string) => {
          const document = byText.get(text);
          if (document === undefined) {
            throw new Error(`${id}: an operation is not in libs/web/graphql; run \`npm run codegen\``);
          }
          replaced++;
          return `(${document})`;
        });
        return replaced ? { code: out, map: null } : null;
      },
    },
  };
}

/** Operation text → the source of its generated document object, read from gql.ts and graphql.ts. */
function readDocuments(): Map<string, string> {
  const exports = new Map<string, string>();
  const graphqlTs = parse(`${GENERATED}/graphql.ts`);
  for (const statement of graphqlTs.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let initializer = declaration.initializer;
      while (initializer && ts.isAsExpression(initializer)) initializer = initializer.expression;
      if (ts.isIdentifier(declaration.name) && initializer && ts.isObjectLiteralExpression(initializer)) {
        exports.set(declaration.name.text, initializer.getText(graphqlTs));
      }
    }
  }

  const byText = new Map<string, string>();
  const gqlTs = parse(`${GENERATED}/gql.ts`);
  for (const statement of gqlTs.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const declaration = statement.declarationList.declarations[0];
    if (!declaration || !ts.isIdentifier(declaration.name) || declaration.name.text !== 'documents') continue;
    const map = declaration.initializer;
    if (!map || !ts.isObjectLiteralExpression(map)) continue;
    for (const property of map.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) continue;
      if (!ts.isPropertyAccessExpression(property.initializer)) continue;
      const document = exports.get(property.initializer.name.text);
      if (document === undefined) throw new Error(`gql.ts names ${property.initializer.name.text}, not in graphql.ts`);
      byText.set(property.name.text, document);
    }
  }
  if (byText.size === 0) throw new Error('inline-documents: no documents found in libs/web/graphql');
  return byText;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}
