import type { TargetProgressQuery } from '@tandem/web-graphql';

export type Progress = TargetProgressQuery['targetProgress'];
export type Cell = Progress['byCountry'][number];
