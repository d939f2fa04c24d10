import { screen, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { EvidenceSnapshotFieldsFragment, ImprovementActionFieldsFragment } from '@tandem/web-graphql';
import { renderInApp } from '../../../testing/render';
import { ActionsList } from './ActionsList';

const texts = englishCatalogue.evidence;
const snapshot = (value: number, n: number): EvidenceSnapshotFieldsFragment => ({
  __typename: 'EvidenceSnapshot',
  label: 'COOP.1 Agreeing roles',
  groupSize: n,
  takenAt: '2026-11-20T10:00:00.000Z',
  question: 'Agreeing roles',
  countryCode: null,
  side: null,
  value,
  change: null,
  changeCount: null,
  quote: null,
});
const action = (over: Partial<ImprovementActionFieldsFragment>): ImprovementActionFieldsFragment => ({
  __typename: 'ImprovementAction',
  id: 'a1',
  status: 'PROPOSED',
  change: 'A half-day tandem workshop',
  owner: 'Joint module team',
  dueOn: '2026-11-30',
  module: { __typename: 'EvidenceModule', id: 'm1', code: 'JM1' },
  moduleVersion: null,
  findings: [],
  checkNote: null,
  checkBefore: null,
  checkAfter: null,
  lockVersion: 1,
  ...over,
});

describe('ActionsList', () => {
  it('shows the module version of a DONE action and, once CHECKED, the figure before and after with its n', () => {
    renderInApp(
      <ActionsList
        actions={[
          action({
            status: 'CHECKED',
            moduleVersion: { __typename: 'ImprovementModuleVersion', id: 'v2', version: 2, publishedAt: null },
            checkNote: 'It worked.',
            checkBefore: snapshot(1.6, 634),
            checkAfter: snapshot(2.57, 513),
          }),
          action({ id: 'a2', change: 'Examples from small companies' }),
        ]}
      />,
    );
    const [checked, proposed] = screen.getAllByRole('article');
    expect(within(checked).getByText('JM1, version 2', { exact: false })).toBeTruthy();
    const check = within(checked).getByRole('region', { name: texts.actions.checkTitle });
    expect(within(check).getByText(texts.actions.before)).toBeTruthy();
    expect(within(check).getByText('Figure: 1.6')).toBeTruthy();
    expect(within(check).getByText('Figure: 2.57')).toBeTruthy();
    expect(within(check).getByText(/n = 634/)).toBeTruthy();
    expect(within(proposed).queryByRole('region')).toBeNull();
    expect(within(proposed).getByText(texts.actionStatus.PROPOSED)).toBeTruthy();
  });
});
