import { CONSENT_TEXT_VERSION } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { CompetenceArea } from '../../modules/competences/competence-area.entity';
import { CompetenceProfile } from '../../modules/competences/competence-profile.entity';
import { Competence } from '../../modules/competences/competence.entity';
import { AssessmentRound } from '../../modules/self-assessments/assessment-round.entity';
import { SelfAssessment } from '../../modules/self-assessments/self-assessment.entity';
import { DEMO_AREAS, descriptionOf, levelNames, levelsOf, titleOf } from './demo-competence-profile';

const DAY = 86_400_000;
const DEMO_SCHOOL = 'tutor.school.ee@tandem.example';
const DEMO_COMPANY = 'tutor.company.ee@tandem.example';

/** A deterministic 0..1 value per (a, b, c): the demo is the same on every start. */
function noise(a: number, b: number, c = 0): number {
  let h = (a * 374761393 + b * 668265263 + c * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * Where school and company tutors start: school tutors are stronger in planning and assessing
 * (their daily work with curricula), company tutors in demonstrating the work and in safety.
 */
const SIDE_BIAS: Record<string, Record<string, number>> = {
  SCHOOL: { PLAN: 0.6, GUIDE: 0.1, ASSESS: 0.7, COOP: 0.1, SAFE: -0.4, GROW: 0.2 },
  COMPANY: { PLAN: -0.4, GUIDE: 0.3, ASSESS: -0.5, COOP: 0, SAFE: 0.6, GROW: -0.1 },
};
/** Joint module 1 worked on planning with the partner and on cooperation: most growth there. */
const GROWTH_AFTER_JM1: Record<string, number> = {
  PLAN: 0.8,
  GUIDE: 0.4,
  ASSESS: 0.45,
  COOP: 0.8,
  SAFE: 0.25,
  GROW: 0.4,
};
const clamp = (v: number) => Math.max(1, Math.min(4, Math.round(v)));

interface Tutor {
  person_id: string;
  email: string;
  side: string;
}

/**
 * The published profile (version 1), the five rounds of the demo edition placed on its cycle, and
 * BASELINE and AFTER_MODULE 1 self-assessments of most tutors (AFTER_MODULE 1 is still open: the
 * demo stands after joint module 1). Bulk inserts: one statement per table.
 */
export async function loadDemoCompetences(
  manager: EntityManager,
  editionId: string,
  today = new Date(),
): Promise<void> {
  const now = today.getTime();
  const phases: { kind: string; starts_on: string; ends_on: string }[] = await manager.query(
    `SELECT kind, starts_on::text, ends_on::text FROM cycle_phase WHERE edition_id = $1`,
    [editionId],
  );
  const phase = (kind: string) => phases.find((p) => p.kind === kind) as { starts_on: string; ends_on: string };
  // Rounds open in the morning and close late in the evening (Baltic time), never at the loader's clock time.
  const at = (date: string, days = 0) => new Date(Date.parse(`${date}T06:00:00Z`) + days * DAY);
  const closing = (ms: number) => new Date(Math.floor(ms / DAY) * DAY + 20 * 3_600_000 + 59 * 60_000);
  const editionStart = phase('NEEDS_ANALYSIS').starts_on;

  const profile = await manager.save(
    manager.create(CompetenceProfile, {
      version: 1,
      status: 'PUBLISHED',
      scaleLevels: 4,
      levelNames: levelNames(),
      publishedAt: at(editionStart, -30),
    }),
  );
  const areas = await manager.insert(
    CompetenceArea,
    DEMO_AREAS.map((a, i) => ({
      profileId: profile.id,
      code: a.code,
      position: i + 1,
      title: titleOf(a.title),
      description: {},
    })),
  );
  const flat = DEMO_AREAS.flatMap((a, ai) =>
    a.competences.map((c, ci) => ({ area: a, areaId: areas.identifiers[ai]['id'] as string, c, position: ci + 1 })),
  );
  const competences = await manager.insert(
    Competence,
    flat.map(({ areaId, c, position }) => ({
      profileId: profile.id,
      areaId,
      code: c.code,
      position,
      title: titleOf(c.title),
      description: descriptionOf(c),
      levels: levelsOf(c),
    })),
  );
  const competenceIds = competences.identifiers.map((i) => i['id'] as string);
  // What the modules develop: each joint module two areas, the national modules the safety frame and first guidance.
  const links: [string, string][] = [
    ['^JM1$', '^(PLAN|COOP)[.]'],
    ['^JM2$', '^(GUIDE|ASSESS)[.]'],
    ['^JM3$', '^(SAFE|GROW)[.]'],
    ['-N1$', '^SAFE[.][123]$'],
    ['-N2$', '^(GUIDE[.][12]|ASSESS[.]1)$'],
  ];
  await manager.query(
    `INSERT INTO module_competence (module_id, competence_code)
     SELECT DISTINCT m.id, c.code FROM unnest($2::text[], $3::text[]) AS l(module_re, code_re)
       JOIN module m ON m.edition_id = $1 AND m.code ~ l.module_re
       JOIN competence c ON c.profile_id = $4 AND c.code ~ l.code_re`,
    [editionId, links.map((l) => l[0]), links.map((l) => l[1]), profile.id],
  );

  const jm = (n: number) => phase(`JOINT_MODULE_${n}`).ends_on;
  const after3 = { opensAt: at(jm(3), 1), closesAt: closing(at(jm(3), 45).getTime()) };
  // The final round follows the after-module-3 round: it opens when that closes at the earliest.
  const finalOpens = new Date(
    Math.max(
      at(phase('FINAL_EVALUATION').starts_on).getTime(),
      Math.floor(after3.closesAt.getTime() / DAY) * DAY + DAY + 6 * 3_600_000,
    ),
  );
  const windows: Pick<AssessmentRound, 'kind' | 'moduleNumber' | 'opensAt' | 'closesAt'>[] = [
    {
      kind: 'BASELINE',
      moduleNumber: null,
      opensAt: at(editionStart),
      closesAt: closing(at(editionStart, 40).getTime()),
    },
    // Still open today, so that late tutors (and the demo's own tutor) can finish it.
    {
      kind: 'AFTER_MODULE',
      moduleNumber: 1,
      opensAt: at(jm(1), 1),
      closesAt: closing(Math.max(at(jm(1), 45).getTime(), now + 21 * DAY)),
    },
    { kind: 'AFTER_MODULE', moduleNumber: 2, opensAt: at(jm(2), 1), closesAt: closing(at(jm(2), 45).getTime()) },
    { kind: 'AFTER_MODULE', moduleNumber: 3, ...after3 },
    {
      kind: 'FINAL',
      moduleNumber: null,
      opensAt: finalOpens,
      closesAt: closing(Math.max(at(phase('FINAL_EVALUATION').ends_on, 1).getTime(), finalOpens.getTime() + 30 * DAY)),
    },
  ];

  const rounds = await manager.insert(
    AssessmentRound,
    windows.map((w) => ({ ...w, editionId, profileVersionId: profile.id })),
  );
  const [baseline, after1] = [rounds.identifiers[0]['id'] as string, rounds.identifiers[1]['id'] as string];

  const tutors: Tutor[] = await manager.query(
    `SELECT tp.person_id, p.email, tp.side FROM tutor_participation x
       JOIN tutor_profile tp ON tp.person_id = x.person_id JOIN person p ON p.id = x.person_id
      WHERE x.edition_id = $1 ORDER BY p.email`,
    [editionId],
  );
  const items: Partial<SelfAssessment>[] = [];
  const ratings: { item: number; competence: string; level: number }[] = [];
  const consenting: string[] = [];
  tutors.forEach((t, i) => {
    const demo = t.email === DEMO_SCHOOL || t.email === DEMO_COMPANY;
    const aptitude = (noise(i, 1) - 0.5) * 1.2;
    const baseLevels = flat.map(
      ({ area }, k) => 1.9 + aptitude + SIDE_BIAS[t.side][area.code] + (noise(i, k, 2) - 0.5) * 1.4,
    );
    if (noise(i, 3) < 0.75) consenting.push(t.person_id);
    const shared = demo || noise(i, 4) < 0.6;
    if (!demo && noise(i, 5) >= 0.9) return; // about one in ten never did the baseline
    const baselineAt = new Date(at(editionStart, 3).getTime() + Math.floor(noise(i, 6) * 30) * DAY);
    items.push({
      roundId: baseline,
      profileVersionId: profile.id,
      personId: t.person_id,
      status: 'SUBMITTED',
      submittedAt: baselineAt,
      sharedWithPartner: shared,
    });
    baseLevels.forEach((v, k) =>
      ratings.push({ item: items.length - 1, competence: competenceIds[k], level: clamp(v) }),
    );
    const after1Opens = at(jm(1), 1).getTime();
    if (t.email === DEMO_SCHOOL) {
      // The demo tutor has started AFTER_MODULE 1 and rated the first two areas: the rest is theirs to do.
      items.push({
        roundId: after1,
        profileVersionId: profile.id,
        personId: t.person_id,
        status: 'DRAFT',
        submittedAt: null,
        sharedWithPartner: true,
      });
      baseLevels.slice(0, 8).forEach((v, k) =>
        ratings.push({
          item: items.length - 1,
          competence: competenceIds[k],
          level: clamp(v + GROWTH_AFTER_JM1[flat[k].area.code] + 0.2),
        }),
      );
      return;
    }
    if (!demo && noise(i, 7) >= 0.85) return;
    const submittedAt = new Date(Math.min(now - DAY, after1Opens + Math.floor(noise(i, 8) * 20) * DAY));
    items.push({
      roundId: after1,
      profileVersionId: profile.id,
      personId: t.person_id,
      status: 'SUBMITTED',
      submittedAt,
      sharedWithPartner: shared,
    });
    baseLevels.forEach((v, k) =>
      ratings.push({
        item: items.length - 1,
        competence: competenceIds[k],
        level: clamp(v + GROWTH_AFTER_JM1[flat[k].area.code] * (0.5 + noise(i, k, 9))),
      }),
    );
  });
  if (!items.length) return;
  // Drafts first, then their ratings, then submitted: the database accepts ratings of drafts only.
  const inserted = await manager.insert(
    SelfAssessment,
    items.map((item) => ({ ...item, status: 'DRAFT' as const, submittedAt: null })),
  );
  const ids = inserted.identifiers.map((x) => x['id'] as string);
  await manager.query(
    `INSERT INTO rating (self_assessment_id, profile_version_id, competence_id, level)
     SELECT s, $1, c, l FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS x(s, c, l)`,
    [profile.id, ratings.map((r) => ids[r.item]), ratings.map((r) => r.competence), ratings.map((r) => r.level)],
  );
  const submitted = items.flatMap((item, i) =>
    item.status === 'SUBMITTED' && item.submittedAt ? [{ id: ids[i], at: item.submittedAt }] : [],
  );
  await manager.query(
    `UPDATE self_assessment s SET status = 'SUBMITTED', submitted_at = x.at FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, at) WHERE s.id = x.id`,
    [submitted.map((x) => x.id), submitted.map((x) => x.at)],
  );
  // Research consent is asked when an invitation is accepted; the demo's tutors answered it already
  // (the history of these decisions is written with the other purposes by demo-privacy.ts).
  await manager.query(
    `INSERT INTO person_consent (person_id, purpose, granted, text_version, changed_at)
     SELECT id, 'RESEARCH', id = ANY($1::uuid[]), $4, $2 FROM unnest($3::uuid[]) AS id`,
    [consenting, at(editionStart), tutors.map((t) => t.person_id), CONSENT_TEXT_VERSION],
  );
}
