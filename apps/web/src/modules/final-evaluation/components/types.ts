import type { FinalEvaluationQuery } from '@tandem/web-graphql';

export type Report = FinalEvaluationQuery['finalEvaluation'];
export type ChangeCell = Report['competenceChange'][number];
export type SatisfactionCell = Report['satisfaction'][number];
