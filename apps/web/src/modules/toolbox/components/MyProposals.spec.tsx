import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../../testing/render';
import { MyProposalsQuery } from '../graphql/proposals';
import { MyProposals } from './MyProposals';

const proposal = (over: Record<string, unknown>) => ({
  __typename: 'Proposal' as const,
  id: 'p',
  kind: 'RESOURCE',
  targetId: '7d1c2b4c-1111-4222-8333-944455556666',
  resourceKind: 'CHECKLIST',
  title: 'First-week checklist',
  language: null,
  status: 'PENDING',
  decision: null,
  reason: null,
  reviewerName: null,
  decidedAt: null,
  proposedAt: '2026-11-20T09:00:00.000Z',
  ...over,
});

const mocks = (myProposals: ReturnType<typeof proposal>[]) => [
  { request: { query: MyProposalsQuery }, result: { data: { myProposals } } },
];

describe('MyProposals', () => {
  it('lists each proposal with its status, the reviewer’s reason and a way to propose again when changes are asked', async () => {
    renderInApp(<MyProposals />, {
      router: true,
      mocks: mocks([
        proposal({
          id: 'r1',
          status: 'CHANGES_REQUESTED',
          decision: 'REQUEST_CHANGES',
          reason: 'Add the safety briefing',
          reviewerName: 'Ilze Ozola',
          decidedAt: '2026-11-21T09:00:00.000Z',
        }),
        proposal({
          id: 't1:lv',
          kind: 'GLOSSARY_ENTRY',
          targetId: '8d7e2b4c-1111-4222-8333-944455556666',
          resourceKind: null,
          title: 'prakses vieta',
          language: 'lv',
          status: 'APPROVED',
          decision: 'APPROVE',
          decidedAt: '2026-11-19T09:00:00.000Z',
        }),
        proposal({ id: 'r2', title: 'Feedback template', resourceKind: 'TEMPLATE' }),
      ]),
    });
    const list = await screen.findByRole('list', { name: 'My proposals' });
    const [asked, entry, pending] = within(list).getAllByRole('listitem');
    expect(within(asked).getByTestId('proposal-status').textContent).toBe('Changes asked for');
    expect(asked.textContent).toContain('Add the safety briefing');
    expect(asked.textContent).toContain('Ilze Ozola');
    expect(within(asked).getByRole('link', { name: 'Propose a revised version' }).getAttribute('href')).toBe(
      '/toolbox/propose',
    );
    expect(within(asked).getByRole('link', { name: 'First-week checklist' }).getAttribute('href')).toBe(
      '/toolbox/7d1c2b4c-1111-4222-8333-944455556666',
    );

    expect(within(entry).getByTestId('proposal-status').textContent).toBe('Approved');
    expect(entry.textContent).toContain('Dictionary entry in Latviešu');
    const term = within(entry).getByRole('link', { name: 'prakses vieta' });
    expect(term.getAttribute('href')).toBe('/dictionary/8d7e2b4c-1111-4222-8333-944455556666');
    expect(term.getAttribute('lang')).toBe('lv');
    expect(within(entry).queryByRole('link', { name: 'Propose a revised version' })).toBeNull();

    expect(within(pending).getByTestId('proposal-status').textContent).toBe('Waiting for review');
    expect(pending.textContent).not.toContain('Reviewer’s reason');
  });

  it('says so when one has proposed nothing', async () => {
    renderInApp(<MyProposals />, { router: true, mocks: mocks([]) });
    expect(await screen.findByText('You have not proposed anything yet.')).toBeTruthy();
  });
});
