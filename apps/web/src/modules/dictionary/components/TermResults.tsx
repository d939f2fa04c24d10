import { Anchor, Badge, Table } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import type { GlossaryTermFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { domainKey, glossaryTermPath } from '../labels';
import { MissingLanguage } from './MissingLanguage';

/** Terms with their five languages side by side; each term links to its page. */
export function TermResults({ terms }: { terms: readonly GlossaryTermFieldsFragment[] }) {
  const { t } = useTranslation();
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
                const entry = term.entries.find((e) => e.language === l);
                const Cell = i === 0 ? Table.Th : Table.Td;
                return (
                  <Cell key={l} {...(i === 0 && { scope: 'row' })} fw={i === 0 ? 500 : undefined}>
                    {entry ? (
                      <Anchor component={Link} to={glossaryTermPath(term.id)} lang={l}>
                        {entry.term}
                      </Anchor>
                    ) : (
                      <MissingLanguage />
                    )}
                  </Cell>
                );
              })}
              <Table.Td>
                <Badge variant="light" color="baltic.9" radius="sm" tt="none">
                  {t(domainKey(term.domain))}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
