import { Anchor, Badge, Table } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, type Locale } from '@tandem/shared-domain';
import type { GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { Link } from 'react-router';
import { domainKey, glossaryTermPath } from '../labels';
import { MissingLanguage } from './MissingLanguage';

type Term = GlossaryTermFieldsFragment;

/**
 * Terms with their five languages side by side; each term links to its page. On a phone, one card per
 * term: the term in the reader's language as the title, each language as a labelled field below.
 */
export function TermResults({ terms }: { terms: readonly Term[] }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const phone = useIsPhone();
  const inLanguage = (term: Term, l: Locale) => {
    const entry = term.entries.find((e) => e.language === l);
    return entry ? (
      <Anchor component={Link} to={glossaryTermPath(term.id)} lang={l}>
        {entry.term}
      </Anchor>
    ) : (
      <MissingLanguage />
    );
  };
  const domain = (term: Term) => (
    <Badge variant="light" color="baltic.9">
      {t(domainKey(term.domain))}
    </Badge>
  );
  if (phone)
    return (
      <RecordCards aria-label={t('toolbox.dictionary.resultsCaption')} data-testid="term-results">
        {terms.map((term) => {
          const title = cardLanguage(term, locale);
          return (
            <RecordCard
              key={term.id}
              data-testid="term-row"
              title={inLanguage(term, title)}
              fields={[
                ...LOCALES.filter((l) => l !== title).map((l) => ({
                  label: <span lang={l}>{LOCALE_NATIVE_NAMES[l]}</span>,
                  value: inLanguage(term, l),
                })),
                { label: t('toolbox.dictionary.domain'), value: domain(term) },
              ]}
            />
          );
        })}
      </RecordCards>
    );
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="term-results">
        <Table.Caption>{t('toolbox.dictionary.resultsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {LOCALES.map((l) => (
              <Table.Th key={l} scope="col" lang={l}>
                {LOCALE_NATIVE_NAMES[l]}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('toolbox.dictionary.domain')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {terms.map((term) => (
            <Table.Tr key={term.id} data-testid="term-row">
              {LOCALES.map((l, i) => {
                const Cell = i === 0 ? Table.Th : Table.Td;
                return (
                  <Cell key={l} {...(i === 0 && { scope: 'row' })} fw={i === 0 ? 500 : undefined}>
                    {inLanguage(term, l)}
                  </Cell>
                );
              })}
              <Table.Td>{domain(term)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The language a term's card is titled in: the reader's, else the first of the five the term has
 * (a term proposed in Latvian only is still named).
 */
export function cardLanguage(term: Pick<Term, 'entries'>, reader: Locale): Locale {
  const has = (l: Locale) => term.entries.some((e) => e.language === l);
  return has(reader) ? reader : (LOCALES.find(has) ?? reader);
}
