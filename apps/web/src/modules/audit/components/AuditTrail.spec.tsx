import { fireEvent, screen, within } from '@testing-library/react';

import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../../testing/render';
import { MyAuditTrailQuery, PersonAuditTrailQuery } from '../graphql/audit';
import { AuditTrail } from './AuditTrail';

const event = (n: number, actorName: string | null = 'Mart Saar') => ({
  __typename: 'AuditEvent' as const,
  id: String(n),
  occurredAt: `2026-11-${String(10 + n).padStart(2, '0')}T09:00:00.000Z`,
  actorName,
  operation: n % 2 ? 'viewPersonRecord' : 'requestDataExport',
  summary: `Event ${n}`,
});
const page = (field: 'myAuditTrail' | 'personAuditTrail', items: ReturnType<typeof event>[], total: number) => ({
  [field]: { __typename: 'AuditEventPage' as const, total, items },
});

describe('AuditTrail', () => {
  it('lists who read or changed one’s data with the operation in the reader’s language, and shows more on request', async () => {
    const first = Array.from({ length: 20 }, (_, i) => event(i + 1));
    const more = [...first, event(21, null)];
    renderInApp(<AuditTrail />, {
      mocks: [
        {
          request: { query: MyAuditTrailQuery, variables: { first: 20 } },
          result: { data: page('myAuditTrail', first, 21) },
        },
        {
          request: { query: MyAuditTrailQuery, variables: { first: 40 } },
          result: { data: page('myAuditTrail', more, 21) },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: /Reads of your self-assessments/ });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(within(table).getAllByText('Record viewed').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Mart Saar').length).toBe(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Event 21')).toBeTruthy();
    // An event of the platform itself has no reader's name.
    expect(screen.getByText('System')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says so when nobody has read or changed the data, for one person too', async () => {
    renderInApp(<AuditTrail personId="8d7e2b4c-1111-4222-8333-944455556666" />, {
      mocks: [
        {
          request: {
            query: PersonAuditTrailQuery,
            variables: { personId: '8d7e2b4c-1111-4222-8333-944455556666', first: 20 },
          },
          result: { data: page('personAuditTrail', [], 0) },
        },
      ],
    });
    expect(await screen.findByText('Nobody has read or changed your data yet.')).toBeTruthy();
  });
});
