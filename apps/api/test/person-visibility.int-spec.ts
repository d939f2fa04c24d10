import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import pino from 'pino';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { GqlClient } from './support/gql-client';
import { startTestApp, TestApp } from './support/test-app';
import { signedInClient } from './support/training-fixtures';

/**
 * The README's "who sees whom" table, swept over the whole schema: every query, with ids of real
 * demo records in and out of the caller's scope, asking every path that ends at a person's name or
 * e-mail (generated from the schema, so a field added tomorrow is swept tomorrow), as one person of
 * each role. Every name and e-mail in the answers is traced back to the person it belongs to and must
 * be one the table lets that caller see:
 *
 * - everyone sees themself, and the people acting in a programme role (ADMIN, COORDINATOR, TRAINER)
 *   by name where they authored what the caller may read (a decision, a session they train);
 * - a COORDINATOR the people of their country; a TRAINER the people holding a seat in the sessions
 *   they train; a MANAGER the tutors of their organisation, those tutors' partners and the people
 *   who went on the organisation's mobilities; a TUTOR their
 *   partners, the partner candidates who consented (PARTNER_SUGGESTIONS), and the people of their own
 *   sessions and of study visits who consented to appear on rosters (ROSTER_NAME);
 * - RESEARCHER and OBSERVER nobody else.
 * E-mails only: ADMIN everyone's, COORDINATOR their country's, MANAGER their tutors', TUTOR their
 * partners', everyone their own.
 *
 * Queries only: a mutation's answer is the object it changed, which the same resolvers render.
 */
const CALLERS = [
  'coordinator.ee@tandem.example',
  'trainer.lv@tandem.example',
  'tutor.school.ee@tandem.example',
  'manager@tandem.example',
  'researcher@tandem.example',
  'observer@tandem.example',
];
/** Fields whose value can be a person's name or e-mail; values that are no person's are ignored. */
const PERSON_FIELD = /(^name|Name|^email|Email)$/;
const MAX_DEPTH = 6;
const IDS_PER_ARGUMENT = 3;
const PARALLEL = 6;

interface Caller {
  email: string;
  personId: string;
  client: GqlClient;
  seesName: Set<string>;
  seesEmail: Set<string>;
}

/** Object types from which a person field can be reached (within the depth). */
function reachingTypes(schema: GraphQLSchema): Set<string> {
  const reaches = new Set<string>();
  const types = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const type of types) {
      if (reaches.has(type.name)) continue;
      const hit = Object.values(type.getFields()).some((f) => {
        const named = getNamedType(f.type);
        if (f.args.some((a) => isNonNullType(a.type))) return false;
        return isLeafType(named) ? PERSON_FIELD.test(f.name) && named.name === 'String' : reaches.has(named.name);
      });
      if (hit) {
        reaches.add(type.name);
        changed = true;
      }
    }
  }
  return reaches;
}

/** The selection of `type` down to every person field, with `id` where there is one. */
function selectionOf(type: GraphQLObjectType, reaches: Set<string>, depth: number, path: string[]): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if ((PERSON_FIELD.test(field.name) && named.name === 'String') || field.name === 'id') parts.push(field.name);
    } else if (isObjectType(named) && reaches.has(named.name) && depth < MAX_DEPTH && !path.includes(named.name)) {
      const inner = selectionOf(named, reaches, depth + 1, [...path, named.name]);
      if (inner) parts.push(`${field.name} ${inner}`);
    }
  }
  return parts.some((p) => p !== 'id') ? `{ ${parts.join(' ')} }` : '';
}

function typeRef(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeRef(type.ofType as GraphQLInputType)}!`;
  if (isListType(type)) return `[${typeRef(type.ofType as GraphQLInputType)}]`;
  return type.name;
}

/** `trainingSessionId` → `training_session`. */
const tableOf = (name: string) =>
  name
    .replace(/Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();

describe('who sees whom, swept over every query of the schema (issue 17)', () => {
  let t: TestApp;
  const callers: Caller[] = [];
  const personOf = new Map<string, Set<string>>();
  const idsOf = new Map<string, string[]>();

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_COST: '100000' });
    await loadDemoData(t.db, pino({ level: 'silent' }), 'test');
    const people: { id: string; email: string; given_name: string; family_name: string }[] = await t.db.query(
      `SELECT id, email, given_name, family_name FROM person`,
    );
    const remember = (value: string, id: string) => {
      const key = value.trim().toLowerCase();
      if (key.length < 3) return;
      personOf.set(key, (personOf.get(key) ?? new Set()).add(id));
    };
    for (const p of people) {
      remember(p.email, p.id);
      remember(`${p.given_name} ${p.family_name}`, p.id);
    }
    // Ids of every table with a uuid id, spread over the table (not only the first rows).
    const tables: { table_name: string }[] = await t.db.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
    );
    for (const { table_name } of tables) {
      const rows: { id: string }[] = await t.db.query(
        `SELECT id::text AS id FROM "${table_name}" ORDER BY md5(id::text) LIMIT ${IDS_PER_ARGUMENT}`,
      );
      idsOf.set(
        table_name,
        rows.map((r) => r.id),
      );
    }
    for (const email of CALLERS) {
      const [me] = await t.db.query(`SELECT id FROM person WHERE email = $1`, [email]);
      const seen = await visibleTo(t, me.id);
      callers.push({ email, personId: me.id, client: await signedInClient(t, me.id), ...seen });
    }
  }, 180_000);
  afterAll(() => t?.close());

  /** Argument values to try: each id argument with ids of its table, the rest plausible. */
  function argumentSets(args: readonly GraphQLArgument[]): Record<string, unknown>[] | null {
    let sets: Record<string, unknown>[] = [{}];
    for (const arg of args) {
      const named = getNamedType(arg.type);
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      let values: unknown[];
      if (named.name === 'ID' || (named.name === 'String' && /Id$/.test(arg.name))) {
        const table = tableOf(arg.name === 'id' ? '' : arg.name);
        const ids = idsOf.get(table) ?? [];
        if (!ids.length && !required) continue;
        values = ids.length ? ids : [...idsOf.values()].flat().slice(0, IDS_PER_ARGUMENT);
        if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) values = [values];
      } else if (named.name === 'Int' && /^(first|limit|take)$/.test(arg.name)) values = [50];
      else if (!required) continue;
      else if (isEnumType(named)) values = [named.getValues()[0].value];
      else if (/country/i.test(arg.name)) values = ['EE', 'LV'];
      else if (named.name === 'String') values = [/language/i.test(arg.name) ? 'en' : 'a'];
      else if (named.name === 'Int') values = [1];
      else if (named.name === 'Boolean') values = [false];
      else if (isInputObjectType(named) && Object.values(named.getFields()).every((f) => !isNonNullType(f.type)))
        values = [{}];
      else return null;
      if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) && !Array.isArray(values[0]))
        values = [values];
      sets = sets.flatMap((set) => values.map((v) => ({ ...set, [arg.name]: v })));
    }
    return sets;
  }

  it('answers no name or e-mail outside the table, for any role, on any query', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const reaches = reachingTypes(schema);
    const calls: { caller: Caller; field: string; document: string; variables: Record<string, unknown> }[] = [];
    const untried: string[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || !reaches.has(named.name)) continue;
      const sets = argumentSets(field.args);
      if (!sets) {
        untried.push(field.name);
        continue;
      }
      const used = field.args.filter((a) => sets.some((s) => a.name in s));
      const vars = used.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
      const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `query Sweep${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(named, reaches, 1, [named.name])} }`;
      for (const caller of callers)
        for (const variables of sets) calls.push({ caller, field: field.name, document, variables });
    }

    const findings = new Set<string>();
    const answered = new Map<string, number>();
    let names = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < calls.length) {
          const { caller, field, document, variables } = calls[next++];
          const res = await caller.client.request<Record<string, unknown>>(document, variables);
          const code = res.errors?.[0]?.extensions?.['code'];
          answered.set(String(code ?? 'OK'), (answered.get(String(code ?? 'OK')) ?? 0) + 1);
          if (code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED')
            findings.add(`${field}: ${code} ${res.errors?.[0]?.message}`);
          walk(res.data, '', (path, key, value) => {
            const owners = personOf.get(value.trim().toLowerCase());
            if (!owners) return;
            names++;
            const email = /email$/i.test(key);
            const allowed = [...owners].some((id) => (email ? caller.seesEmail : caller.seesName).has(id));
            if (!allowed)
              findings.add(`${caller.email}: ${path} shows ${email ? 'the e-mail' : 'the name'} of a person`);
          });
        }
      }),
    );
    console.log(
      `person sweep: ${calls.length} calls over ${new Set(calls.map((c) => c.field)).size} queries, ${names} names and e-mails checked; answers ${JSON.stringify(Object.fromEntries(answered))}; not tried (required input): ${untried.join(', ') || 'none'}`,
    );
    expect(names).toBeGreaterThan(100);
    expect([...findings].sort()).toEqual([]);
  }, 300_000);
});

/** Every string under a person field of an answer, with its path (list positions left out). */
function walk(value: unknown, path: string, visit: (path: string, key: string, value: string) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, path, visit);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (typeof inner === 'string' && PERSON_FIELD.test(key)) visit(at, key, inner);
      else walk(inner, at, visit);
    }
}

/** Whom the table lets this person see by name, and by e-mail (person ids), read from the database. */
async function visibleTo(t: TestApp, personId: string): Promise<{ seesName: Set<string>; seesEmail: Set<string> }> {
  const ids = async (query: string) =>
    new Set<string>(((await t.db.query(query, [personId])) as { id: string }[]).map((r) => r.id));
  const grants: { role: string; country_code: string | null; organisation_id: string | null }[] = await t.db.query(
    `SELECT role, country_code, organisation_id FROM role_grant WHERE person_id = $1`,
    [personId],
  );
  const has = (role: string) => grants.some((g) => g.role === role);
  if (has('ADMIN')) {
    const all = await ids(`SELECT id FROM person WHERE $1::uuid IS NOT NULL`);
    return { seesName: all, seesEmail: all };
  }
  const self = `SELECT $1::uuid AS id`;
  const staff = `SELECT person_id AS id FROM role_grant WHERE role IN ('ADMIN', 'COORDINATOR', 'TRAINER')`;
  const inCountry = `SELECT p.id FROM person p WHERE EXISTS (
      SELECT 1 FROM role_grant mine WHERE mine.person_id = $1 AND mine.role = 'COORDINATOR' AND (
        EXISTS (SELECT 1 FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                 WHERE tp.person_id = p.id AND o.country_code = mine.country_code)
        OR EXISTS (SELECT 1 FROM role_grant g LEFT JOIN organisation go ON go.id = g.organisation_id
                    WHERE g.person_id = p.id AND COALESCE(g.country_code, go.country_code) = mine.country_code)))`;
  const ofMySessions = `SELECT ep.person_id AS id FROM enrolment_person ep
      JOIN session_trainer st ON st.session_id = ep.session_id WHERE st.person_id = $1`;
  const myTutors = `SELECT tp.person_id AS id FROM tutor_profile tp
      JOIN role_grant g ON g.organisation_id = tp.organisation_id AND g.role = 'MANAGER' WHERE g.person_id = $1`;
  const myMobilities = `SELECT m.person_id AS id FROM mobility m
      JOIN role_grant g ON g.organisation_id = m.from_organisation_id AND g.role = 'MANAGER' WHERE g.person_id = $1`;
  const partnersOf = (who: string) => `SELECT CASE WHEN t.school_tutor_id IN (${who}) THEN t.company_tutor_id
      ELSE t.school_tutor_id END AS id FROM tandem t WHERE t.school_tutor_id IN (${who}) OR t.company_tutor_id IN (${who})`;
  const consented = (purpose: string) =>
    `SELECT person_id AS id FROM person_consent WHERE purpose = '${purpose}' AND granted`;
  const coParticipants = `SELECT other.person_id AS id FROM enrolment_person mine
      JOIN enrolment_person other ON other.session_id = mine.session_id
     WHERE mine.person_id = $1 AND other.person_id IN (${consented('ROSTER_NAME')})
     UNION SELECT person_id FROM study_visit_participant WHERE person_id IN (${consented('ROSTER_NAME')})`;
  const candidates = `SELECT tp.person_id AS id FROM tutor_profile tp WHERE tp.person_id IN (${consented('PARTNER_SUGGESTIONS')})`;

  const names = [self, staff];
  const emails = [self];
  if (has('COORDINATOR')) {
    names.push(inCountry);
    emails.push(inCountry);
  }
  if (has('TRAINER')) names.push(ofMySessions);
  if (has('MANAGER')) {
    names.push(myTutors, partnersOf(myTutors), myMobilities);
    emails.push(myTutors);
  }
  if (has('TUTOR') || (await ids(`SELECT person_id AS id FROM tutor_profile WHERE person_id = $1`)).size) {
    names.push(partnersOf('$1'), candidates, coParticipants);
    emails.push(partnersOf('$1'));
  }
  return {
    seesName: await ids(names.map((q) => `(${q})`).join(' UNION ')),
    seesEmail: await ids(emails.map((q) => `(${q})`).join(' UNION ')),
  };
}
