import { isUuid } from '@tandem/shared-domain';
import type { Audience, ResourceKind, ResourceSort } from '@tandem/web-graphql';

/* Every value of the schema's enums once: a value the API adds is a compile error until it is named. */

const KINDS: Record<ResourceKind, true> = {
  MANUAL: true,
  GUIDE: true,
  TEMPLATE: true,
  BEST_PRACTICE: true,
  VIDEO: true,
  CHECKLIST: true,
  COLLABORATION_WAY: true,
  HANDBOOK_CHAPTER: true,
};
export const RESOURCE_KINDS = Object.keys(KINDS) as ResourceKind[];

const AUDIENCES: Record<Audience, true> = { SCHOOL_TUTOR: true, COMPANY_TUTOR: true, TRAINER: true, COORDINATOR: true };
export const AUDIENCE_LIST = Object.keys(AUDIENCES) as Audience[];

/** The person chooses newest or most used; RELEVANCE is the API's order of a search. */
export const RESOURCE_SORTS = ['NEWEST', 'MOST_USED'] as const satisfies readonly ResourceSort[];
export type ToolboxSort = (typeof RESOURCE_SORTS)[number];

export const resourceKindKey = (kind: ResourceKind) => `toolbox.resources.kinds.${kind}` as const;
export const audienceKey = (audience: Audience) => `toolbox.resources.audiences.${audience}` as const;

export const isResourceKind = (value: string | null | undefined): value is ResourceKind => !!value && value in KINDS;
export const isAudience = (value: string | null | undefined): value is Audience => !!value && value in AUDIENCES;
export const isToolboxSort = (value: string | null | undefined): value is ToolboxSort =>
  (RESOURCE_SORTS as readonly string[]).includes(value ?? '');

export const resourcePath = (id: string) => `/toolbox/${encodeURIComponent(id)}`;

/** The API's ids are UUIDs; anything else in the address cannot name a resource. */
export const isResourceId = (value: string | undefined): value is string => isUuid(value);
