import { screen, within } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { cardField, onAPhone } from '../../../testing/phone';
import { renderInApp } from '../../../testing/render';
import { cardLanguage, TermResults } from './TermResults';

const texts = englishCatalogue.toolbox.dictionary;
const term = (id: string, entries: [GlossaryTermFieldsFragment['entries'][number]['language'], string][]) =>
  ({
    __typename: 'GlossaryTerm',
    id,
    domain: 'WBL',
    missingLanguages: [],
    entries: entries.map(([language, text]) => ({
      __typename: 'GlossaryEntry',
      language,
      term: text,
      partOfSpeech: null,
      definition: null,
      example: null,
      synonyms: [],
      status: 'REVIEWED',
    })),
  }) as GlossaryTermFieldsFragment;

const safety = term('term-1', [
  ['en', 'occupational safety'],
  ['et', 'tööohutus'],
  ['lv', 'darba drošība'],
]);
const latvianOnly = term('term-2', [['lv', 'prakses vadītājs']]);

describe('cardLanguage', () => {
  it('titles a card in the reader’s language where the term has it, else in the first language it has', () => {
    expect(cardLanguage(safety, 'et')).toBe('et');
    expect(cardLanguage(safety, 'ru')).toBe('en');
    expect(cardLanguage(latvianOnly, 'en')).toBe('lv');
  });
});

describe('TermResults on a phone', () => {
  onAPhone();

  it('shows one card per term: the reader’s term as a link, the other languages labelled, missing ones said', () => {
    renderInApp(<TermResults terms={[safety, latvianOnly]} />, { router: true });
    const cards = within(screen.getByRole('list', { name: texts.resultsCaption })).getAllByRole('listitem');
    expect(cards).toHaveLength(2);

    const [first, second] = cards;
    expect(within(first).getAllByRole('link')[0].textContent).toBe('occupational safety');
    expect(within(cardField(first, 'Eesti')).getByRole('link', { name: 'tööohutus' }).getAttribute('lang')).toBe('et');
    expect(within(cardField(first, 'Русский')).getByTestId('missing-language')).toBeTruthy();
    expect(() => cardField(first, 'English')).toThrow();
    expect(cardField(first, texts.domain).textContent).toBe(texts.domains.WBL);

    // Not in English: titled in Latvian, English then listed as missing.
    expect(within(second).getAllByRole('link')[0].textContent).toBe('prakses vadītājs');
    expect(within(cardField(second, 'English')).getByTestId('missing-language')).toBeTruthy();
  });
});
