import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';

const WEB_SRC = resolve(__dirname, '../../../web/src');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) yield path;
  }
}

/** Every operation and fragment the web app sends, read from its sources as codegen reads them. */
export function webDocument(): DocumentNode {
  const texts: string[] = [];
  for (const file of sourceFiles(WEB_SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) texts.push(m[1]);
  }
  return parse(texts.join('\n'));
}

/** One operation of the web app as it is sent: the operation and the fragments it uses. */
export function webOperation(document: DocumentNode, name: string): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name) operation = d;
  }
  if (!operation) throw new Error(`the web app has no operation ${name}`);
  const used = new Set<string>();
  const visitSpreads = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        visitSpreads(fragments.get(spread.name.value)!);
      },
    });
  visitSpreads(operation);
  return [operation, ...[...used].map((f) => fragments.get(f)!)].map((d) => print(d)).join('\n');
}
