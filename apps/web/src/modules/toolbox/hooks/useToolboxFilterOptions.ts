import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ToolboxFilterOptionsQuery } from '../graphql/toolbox';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * The competences of the published profile and the modules, as choices of the toolbox filters.
 * While they load (or if they cannot be read) the lists are empty and only "all" is offered.
 */
export function useToolboxFilterOptions(): { competences: FilterOption[]; modules: FilterOption[] } {
  const { data } = useQuery(ToolboxFilterOptionsQuery, { errorPolicy: 'all' });
  return useMemo(() => {
    const competences = (data?.competenceProfile?.areas ?? []).flatMap((area) =>
      area.competences.map((c) => ({ value: c.id, label: `${c.code} ${c.title}` })),
    );
    // A module can come in more than one version or language: one choice each.
    const seen = new Set<string>();
    const modules = (data?.modules ?? []).flatMap((m) => {
      if (seen.has(m.id)) return [];
      seen.add(m.id);
      return [{ value: m.id, label: `${m.code} ${m.title}` }];
    });
    return { competences, modules };
  }, [data]);
}
