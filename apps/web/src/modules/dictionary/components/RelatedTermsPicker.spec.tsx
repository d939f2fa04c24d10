import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../../testing/render';
import { GlossaryTermsQuery } from '../graphql/dictionary';
import { useState } from 'react';
import { RelatedTermsPicker, type RelatedTerm } from './RelatedTermsPicker';

function Picker({ onSubmit }: { onSubmit: (ids: string[]) => void }) {
  const [value, setValue] = useState<RelatedTerm[]>([{ id: 'b', term: 'apprenticeship' }]);
  return (
    <>
      <RelatedTermsPicker termId="a" value={value} onChange={setValue} />
      <button type="button" onClick={() => onSubmit(value.map((r) => r.id))}>
        Save
      </button>
    </>
  );
}

const term = (id: string, text: string) => ({
  __typename: 'GlossaryTerm' as const,
  id,
  domain: 'WBL' as const,
  missingLanguages: [],
  entries: [
    {
      __typename: 'GlossaryEntry' as const,
      language: 'en',
      term: text,
      partOfSpeech: null,
      definition: null,
      example: null,
      synonyms: [],
      status: 'REVIEWED' as const,
    },
  ],
});

describe('RelatedTermsPicker', () => {
  it('offers the terms found by searching (never the term itself) and adds the one chosen', async () => {
    const onSubmit = vi.fn();
    renderInApp(<Picker onSubmit={onSubmit} />, {
      mocks: [
        {
          request: { query: GlossaryTermsQuery, variables: {} },
          result: { data: { glossaryTerms: [term('a', 'apprentice'), term('c', 'journeyman')] } },
        },
      ],
    });
    const input = screen
      .getAllByLabelText('Related terms')
      .find((el) => el.tagName === 'INPUT' && el.getAttribute('type') !== 'hidden') as HTMLElement;
    fireEvent.focus(input);
    fireEvent.click(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const option = await screen.findByRole('option', { name: 'journeyman', hidden: true });
    expect(screen.queryByRole('option', { name: 'apprentice', hidden: true })).toBeNull();
    fireEvent.click(option);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(['b', 'c']);
  });
});
