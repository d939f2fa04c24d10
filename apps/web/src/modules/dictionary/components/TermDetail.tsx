import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { isLocale } from '@tandem/shared-domain';
import { PageHeader } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { GlossaryTermQuery } from '../graphql/dictionary';
import { useProposeGlossaryTerm, useSaveGlossaryTerm } from '../hooks/useDictionary';
import { domainKey, glossaryTermPath } from '../labels';
import { termDraft } from '../term-draft';
import { TermEntries } from './TermEntries';
import { TermForm } from './TermForm';

/** `/dictionary/:id`: all languages side by side, related terms; editors change it, others propose what it lacks. */
export function TermDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(GlossaryTermQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const term = data.glossaryTerm;
  const canEdit = may(person.roles, 'glossary.edit');
  const canPropose = may(person.roles, 'glossary.propose') && term.missingLanguages.length > 0;
  const [mode, setMode] = useState<'view' | 'edit' | 'propose'>('view');
  const save = useSaveGlossaryTerm();
  const propose = useProposeGlossaryTerm();
  const mine = term.entries.find((e) => e.language === format.locale) ?? term.entries[0];
  const missing = term.missingLanguages.filter(isLocale);

  return (
    <>
      <Anchor component={Link} to="/dictionary" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.dictionary.back')}
      </Anchor>
      <PageHeader
        title={mine?.term ?? t('toolbox.dictionary.title')}
        description={t(domainKey(term.domain))}
        actions={
          mode === 'view' && (
            <Group gap="sm">
              {canEdit && <Button onClick={() => setMode('edit')}>{t('toolbox.dictionary.edit')}</Button>}
              {!canEdit && canPropose && (
                <Button variant="light" onClick={() => setMode('propose')}>
                  {t('toolbox.dictionary.proposeMissing')}
                </Button>
              )}
            </Group>
          )
        }
      />
      <Stack gap="lg">
        {mode === 'edit' && (
          <TermForm
            initial={termDraft(term)}
            termId={term.id}
            related={term.related}
            submitLabel={t('toolbox.dictionary.form.save')}
            busy={save.loading}
            failure={save.failure}
            onCancel={() => setMode('view')}
            onSubmit={(input) => void save.run({ input }).then((ok) => ok && setMode('view'))}
          />
        )}
        {mode === 'propose' && (
          <TermForm
            initial={termDraft(term)}
            termId={term.id}
            languages={missing}
            domainFixed
            submitLabel={t('toolbox.dictionary.form.propose')}
            busy={propose.loading}
            failure={propose.failure}
            onCancel={() => setMode('view')}
            onSubmit={(input) => void propose.run({ input }).then((ok) => ok && setMode('view'))}
          />
        )}
        {mode === 'view' && <TermEntries term={term} canEdit={canEdit} />}
        <Paper component="section" aria-labelledby="term-related" withBorder p="lg">
          <Title order={2} size="h4" id="term-related" mb="sm">
            {t('toolbox.dictionary.related')}
          </Title>
          {term.related.length === 0 ? (
            <Text c="dimmed">{t('toolbox.dictionary.noRelated')}</Text>
          ) : (
            <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
              {term.related.map((r) => (
                <li key={r.id}>
                  <Anchor component={Link} to={glossaryTermPath(r.id)}>
                    {r.term}
                  </Anchor>
                </li>
              ))}
            </Group>
          )}
        </Paper>
      </Stack>
    </>
  );
}
