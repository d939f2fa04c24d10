import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { InviteOrganisationChoicesQuery } from '../graphql/people';

export interface EmployerChoice {
  value: string;
  label: string;
}

/** The organisations of a country that can employ the invited person (all kinds, or only `kinds`). */
export function useEmployerChoices(country: string | null, kinds: readonly string[] | null) {
  const { data, loading, error } = useQuery(InviteOrganisationChoicesQuery, {
    variables: { country: country ?? '' },
    skip: !country,
    fetchPolicy: 'cache-first',
  });
  const choices = useMemo<EmployerChoice[]>(
    () =>
      (data?.organisations.edges ?? [])
        .map((edge) => edge.node)
        .filter((org) => !kinds || kinds.includes(org.kind))
        .map((org) => ({ value: org.id, label: org.city ? `${org.name} (${org.city})` : org.name })),
    [data, kinds],
  );
  return { choices, loading, error };
}
