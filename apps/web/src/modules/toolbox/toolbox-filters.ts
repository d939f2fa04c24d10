import { isLocale, isUuid, type Locale } from '@tandem/shared-domain';
import type { Audience, ResourceFilter, ResourceKind, ResourceSort } from '@tandem/web-graphql';
import { isAudience, isResourceKind, isToolboxSort, type ToolboxSort } from './labels';

/** What the toolbox is filtered by; kept in the address (`?q=darba+drosiba&kind=MANUAL&sort=MOST_USED`). */
export interface ToolboxFilters {
  search: string;
  kind: ResourceKind | null;
  language: Locale | null;
  audience: Audience | null;
  competenceId: string | null;
  moduleId: string | null;
  /** null: the API's order (best match for a search, else newest). */
  sort: ToolboxSort | null;
}

export const EMPTY_TOOLBOX_FILTERS: ToolboxFilters = {
  search: '',
  kind: null,
  language: null,
  audience: null,
  competenceId: null,
  moduleId: null,
  sort: null,
};

export const TOOLBOX_SEARCH_MAX_LENGTH = 100;

/** Reads the filters from the address; anything unknown counts as "no filter". */
export function readToolboxFilters(params: URLSearchParams): ToolboxFilters {
  const kind = params.get('kind');
  const language = params.get('language');
  const audience = params.get('audience');
  const sort = params.get('sort');
  const competence = params.get('competence');
  const module = params.get('module');
  return {
    search: (params.get('q') ?? '').trim().slice(0, TOOLBOX_SEARCH_MAX_LENGTH),
    kind: isResourceKind(kind) ? kind : null,
    language: isLocale(language) ? language : null,
    audience: isAudience(audience) ? audience : null,
    competenceId: isUuid(competence) ? competence : null,
    moduleId: isUuid(module) ? module : null,
    sort: isToolboxSort(sort) ? sort : null,
  };
}

/** The address form: only what is set, in a stable order. */
export function toolboxFiltersToParams(filters: ToolboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('q', search);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.language) params.set('language', filters.language);
  if (filters.audience) params.set('audience', filters.audience);
  if (filters.competenceId) params.set('competence', filters.competenceId);
  if (filters.moduleId) params.set('module', filters.moduleId);
  if (filters.sort) params.set('sort', filters.sort);
  return params;
}

export function toResourceFilter(filters: ToolboxFilters): ResourceFilter {
  const search = filters.search.trim();
  return {
    ...(search && { search }),
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.language && { language: filters.language }),
    ...(filters.audience && { audience: filters.audience }),
    ...(filters.competenceId && { competenceId: filters.competenceId }),
    ...(filters.moduleId && { moduleId: filters.moduleId }),
  };
}

/** A search is ordered by relevance unless the person picked an order; a plain list by newest. */
export function toResourceSort(filters: ToolboxFilters): ResourceSort {
  return filters.sort ?? (filters.search.trim() ? 'RELEVANCE' : 'NEWEST');
}

export function hasToolboxFilters(filters: ToolboxFilters): boolean {
  return Object.values(filters).some(Boolean);
}
