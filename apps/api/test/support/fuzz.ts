import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts an attacker or a careless user sends: control characters, broken Unicode, injections, sizes. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ufeff',
  '\u202eevil',
  '😀'.repeat(50),
  'x'.repeat(5000),
  "'; DROP TABLE person; --",
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  '$1',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '=HYPERLINK("http://evil.example")',
  'null',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30T25:61',
  '2026-03-29T03:30',
  '2026-10-25T03:30',
  'Europe/Riga',
  'Mars/Olympus',
  'en',
  'EE',
  'ZZ',
  'person@test.example',
  'not an e-mail',
  'https://example.org/x',
  'javascript:alert(1)',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'eyJhbGciOi',
  'WyIyMDI2LTAxLTAxIiwieCJd', // a cursor of the right shape with bad content
  'Wy',
];
const HOSTILE_INTS = [0, 1, -1, 2, 7, 100, 1000, 2147483647, -2147483648, 99999];
const HOSTILE_FLOATS = [0, -0.5, 0.001, 1.5, 12.345, 1e300, -1e300, 999.99];
const HOSTILE_DATES = ['2026-01-01T00:00:00.000Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', ''];

export interface FuzzContext {
  random: () => number;
  /** Real ids found in the database: most calls should reach past NOT_FOUND. */
  ids: string[];
}

const pick = <T>(ctx: FuzzContext, xs: readonly T[]): T => xs[Math.floor(ctx.random() * xs.length)];

const localTime = (ctx: FuzzContext) => {
  const d = new Date(Date.now() + Math.floor(ctx.random() * 60 + 2) * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${pick(ctx, ['09:00', '13:30', '17:00'])}`;
};

/**
 * A value a real form would send for a field of this name: most fields are plausible, so that calls
 * get past the first validation error and one hostile value meets the code behind it.
 */
function plausibleString(ctx: FuzzContext, name: string): string {
  if (/email/i.test(name)) return `fuzz-${Math.floor(ctx.random() * 1e6)}@test.example`;
  if (/language|locale/i.test(name)) return pick(ctx, ['en', 'et', 'lv', 'lt', 'ru']);
  if (/country/i.test(name)) return pick(ctx, ['EE', 'LV', 'LT']);
  if (/zone/i.test(name)) return pick(ctx, ['Europe/Riga', 'Europe/Tallinn', 'Europe/Vilnius']);
  if (/(At|deadline)$/i.test(name)) return localTime(ctx);
  if (/(On|date|from|to)$/i.test(name)) return localTime(ctx).slice(0, 10);
  if (/url|website|link/i.test(name)) return 'https://example.org/fuzz';
  if (/password/i.test(name)) return 'a long enough password 123';
  if (/token|code/i.test(name)) return 'x'.repeat(43);
  if (/id$/i.test(name) && ctx.ids.length) return pick(ctx, ctx.ids);
  return `Fuzz text ${Math.floor(ctx.random() * 1000)}`;
}

function scalarValue(ctx: FuzzContext, type: GraphQLScalarType, name: string): unknown {
  const hostile = ctx.random() < 0.35;
  switch (type.name) {
    case 'ID':
      return !hostile && ctx.ids.length ? pick(ctx, ctx.ids) : pick(ctx, HOSTILE_STRINGS);
    case 'String':
      return hostile ? pick(ctx, HOSTILE_STRINGS) : plausibleString(ctx, name);
    case 'Int':
      return hostile ? pick(ctx, HOSTILE_INTS) : Math.floor(ctx.random() * 30) + 1;
    case 'Float':
      return hostile ? pick(ctx, HOSTILE_FLOATS) : Math.round(ctx.random() * 800) / 100;
    case 'Boolean':
      return ctx.random() < 0.5;
    case 'DateTime':
      return pick(ctx, HOSTILE_DATES);
    default:
      return hostile ? pick(ctx, HOSTILE_STRINGS) : new Date(Date.now() + 86_400_000).toISOString();
  }
}

/** A value of `type`; nullable positions are sometimes null or left out (undefined). */
export function valueOf(ctx: FuzzContext, type: GraphQLInputType, depth = 0, name = ''): unknown {
  if (isNonNullType(type)) return valueOf(ctx, type.ofType as GraphQLInputType, depth, name);
  if (ctx.random() < 0.15) return null;
  if (isListType(type)) {
    const n = pick(ctx, [0, 1, 1, 2, 3, depth > 1 ? 1 : 30]);
    return Array.from({ length: n }, () =>
      valueOf(ctx, (type as GraphQLList<GraphQLInputType>).ofType, depth + 1, name),
    );
  }
  if (isEnumType(type)) return pick(ctx, (type as GraphQLEnumType).getValues()).value;
  if (isInputObjectType(type)) return inputObject(ctx, type as GraphQLInputObjectType, depth);
  return scalarValue(ctx, type as GraphQLScalarType, name);
}

function inputObject(ctx: FuzzContext, type: GraphQLInputObjectType, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    if (!required && ctx.random() < 0.3) continue;
    const v = depth > 3 ? null : valueOf(ctx, field.type, depth + 1, field.name);
    if (v === undefined || (v === null && isNonNullType(field.type))) {
      if (required) out[field.name] = valueOf(ctx, field.type, depth + 1, field.name);
      continue;
    }
    out[field.name] = v;
  }
  return out;
}

function typeRef(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return `${typeRef(type.ofType as GraphQLInputType)}!`;
  if (type instanceof GraphQLList) return `[${typeRef(type.ofType as GraphQLInputType)}]`;
  return (type as { name: string }).name;
}

/** The leaf fields of an object type (one level), or nothing for leaf return types. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values((named as GraphQLObjectType).getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

export interface FuzzOperation {
  kind: 'query' | 'mutation';
  name: string;
  args: readonly GraphQLArgument[];
  document: string;
}

/** Every query and mutation of the schema as a document taking all its arguments as variables. */
export function operationsOf(schema: GraphQLSchema, skip: readonly string[] = []): FuzzOperation[] {
  const ops: FuzzOperation[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (skip.includes(field.name)) continue;
      const vars = field.args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
      ops.push({ kind, name: field.name, args: field.args, document });
    }
  }
  return ops;
}

/** Variables for one call: every argument generated (required ones always given). */
export function variablesFor(ctx: FuzzContext, op: FuzzOperation): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const arg of op.args) {
    let v = valueOf(ctx, arg.type, 0, arg.name);
    if (v === null && isNonNullType(arg.type)) v = valueOf(ctx, arg.type, 0, arg.name);
    if (v === undefined) continue;
    if (v === null && arg.defaultValue !== undefined && ctx.random() < 0.5) continue;
    vars[arg.name] = v;
  }
  return vars;
}

/** What must never reach a client: a server error, a stack trace, SQL or driver text. */
const LEAKS =
  /\((?:\/|file:)[^)]*:\d+:\d+\)|\n\s+at |QueryFailedError|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|violates|syntax error|duplicate key|relation "|column "|invalid input syntax|pg_|node_modules|stacktrace/i;

export interface FuzzFinding {
  operation: string;
  role: string;
  status: number;
  variables: Record<string, unknown>;
  problem: string;
}

export function problemsIn(status: number, body: unknown): string | null {
  if (status >= 500) return `HTTP ${status}`;
  const errors = (body as { errors?: { message: string; extensions?: Record<string, unknown> }[] })?.errors ?? [];
  for (const e of errors) {
    if (e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${e.message}`;
    const text = JSON.stringify({ message: e.message, extensions: e.extensions });
    if (LEAKS.test(text)) return `leak: ${text.slice(0, 300)}`;
  }
  return null;
}
