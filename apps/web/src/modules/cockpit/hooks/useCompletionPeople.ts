import { useConnection } from '../../operations/hooks/useConnection';
import type { PeopleFilter } from '../export-links';
import { CompletionPeopleQuery } from '../graphql/cockpit';

export const DRILL_DOWN_PAGE_SIZE = 50;

/** The tutors behind a cockpit number (none asked while `filter` is null); "Show more" appends. */
export function useCompletionPeople(filter: PeopleFilter | null) {
  return useConnection(CompletionPeopleQuery, (data) => data.completionPeople, {
    variables: { ...filter, first: DRILL_DOWN_PAGE_SIZE },
    skip: !filter,
    fetchPolicy: 'network-only',
  });
}
