import { fireEvent, screen } from '@testing-library/react';
import type { GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { MemoryRouter } from 'react-router';
import { renderInApp } from '../../../testing/render';
import { GlossaryText } from './GlossaryText';

const term: GlossaryTermFieldsFragment = {
  __typename: 'GlossaryTerm',
  id: '6f1d2c9e-0b7a-4c1e-9a57-3c1f0e6d2a11',
  domain: 'WBL',
  missingLanguages: ['ru'],
  entries: (
    [
      ['en', 'occupational safety'],
      ['et', 'tööohutus'],
      ['lv', 'darba drošība'],
      ['lt', 'darbų sauga'],
    ] as const
  ).map(([language, t]) => ({
    __typename: 'GlossaryEntry' as const,
    language,
    term: t,
    partOfSpeech: null,
    definition: null,
    example: null,
    synonyms: [],
    status: 'REVIEWED' as const,
  })),
};

describe('GlossaryText', () => {
  const show = () =>
    renderInApp(
      <MemoryRouter>
        <div data-testid="text">
          <GlossaryText text={'Par Darba drosiba.\nUn vēl.'} terms={new Map([['darba drosiba', [term]]])} />
        </div>
      </MemoryRouter>,
    );

  it('shows the term in the five languages on focus, missing ones as missing, and closes on Escape', async () => {
    show();
    const button = screen.getByRole('button', { name: /^Darba drosiba/ });
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.focus(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('tööohutus')).toBeTruthy();
    expect(screen.getByText('darbų sauga')).toBeTruthy();
    expect(screen.getByTestId('missing-language')).toBeTruthy();
    // (jsdom keeps the card in its opening transition, so it is found by its text.)
    expect(screen.getByText('Open in the dictionary').closest('a')?.getAttribute('href')).toBe(
      `/dictionary/${term.id}`,
    );
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the rest of the text as written', () => {
    show();
    expect(screen.getByTestId('text').textContent).toBe('Par Darba drosiba.\nUn vēl.');
  });
});
