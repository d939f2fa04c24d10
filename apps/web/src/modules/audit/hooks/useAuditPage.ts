import { useSuspenseQuery } from '@apollo/client/react';
import { isAuditOperation } from '@tandem/shared-domain';
import type { AuditOperation } from '@tandem/shared-domain';
import { startTransition } from 'react';
import { useSearchParams } from 'react-router';
import { AuditEventsQuery } from '../graphql/audit';

export const AUDIT_PAGE_SIZE = 25;

/**
 * The audit page number and the operation shown live in the URL (`?operation=moveCyclePhase&page=3`),
 * so a view can be shared and survives reloads. An operation the app does not know is ignored.
 */
export function useAuditPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const page = Number.isFinite(requested) && requested > 0 ? requested : 1;
  const asked = searchParams.get('operation');
  const operation: AuditOperation | null = asked && isAuditOperation(asked) ? asked : null;

  const { data } = useSuspenseQuery(AuditEventsQuery, {
    variables: { first: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE, operation },
    // The log grows with every action: always ask the server, show the cached page meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  const { items, total } = data.auditEvents;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  // In a transition, the page shown stays (and keeps focus) until the next one has loaded.
  const goToPage = (next: number) =>
    startTransition(() =>
      setSearchParams((params) => {
        params.set('page', String(next));
        return params;
      }),
    );

  // Another operation starts again at the first page.
  const showOperation = (next: AuditOperation | null) =>
    startTransition(() =>
      setSearchParams((params) => {
        if (next) params.set('operation', next);
        else params.delete('operation');
        params.delete('page');
        return params;
      }),
    );

  return { page, pageCount, total, items, goToPage, pageSize: AUDIT_PAGE_SIZE, operation, showOperation };
}
