import { useSuspenseQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { AuditEventsQuery } from '../graphql/audit';

export const AUDIT_PAGE_SIZE = 25;

/** The audit page number lives in the URL (`?page=3`), so it can be shared and survives reloads. */
export function useAuditPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const page = Number.isFinite(requested) && requested > 0 ? requested : 1;

  const { data } = useSuspenseQuery(AuditEventsQuery, {
    variables: { first: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
    // The log grows with every action: always ask the server, show the cached page meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  const { items, total } = data.auditEvents;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  const goToPage = (next: number) =>
    setSearchParams((params) => {
      params.set('page', String(next));
      return params;
    });

  return { page, pageCount, total, items, goToPage, pageSize: AUDIT_PAGE_SIZE };
}
