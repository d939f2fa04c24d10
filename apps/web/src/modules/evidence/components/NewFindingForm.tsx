import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, MultiSelect, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import type { FindingPriority } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { ActionModulesQuery } from '../graphql/improvement-actions';
import { useFindingActions } from '../hooks/useFindingActions';

const PRIORITIES: FindingPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
const COUNTRIES = ['EE', 'LV', 'LT'];

/** A new draft finding of the analysis: the statement, its priority, the modules and countries it concerns. */
export function NewFindingForm({ analysisId, editionId }: { analysisId: string; editionId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { createFinding, creating } = useFindingActions();
  const [statement, setStatement] = useState('');
  const [priority, setPriority] = useState<FindingPriority>('MEDIUM');
  const [countries, setCountries] = useState<string[]>([]);
  const [moduleIds, setModuleIds] = useState<string[]>([]);
  const modules = useQuery(ActionModulesQuery, { variables: { editionId } });
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (creating) return;
    const { error } = await createFinding({ analysisId, statement, priority, countryCodes: countries, moduleIds });
    setFailure(error);
    if (!error) {
      setStatement('');
      setCountries([]);
      setModuleIds([]);
    }
  }

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={onSubmit} aria-labelledby="new-finding">
        <Stack gap="sm">
          <Title order={3} size="h4" id="new-finding">
            {t('evidence.findings.newTitle')}
          </Title>
          <Textarea
            label={t('evidence.findings.statement')}
            name="statement"
            value={statement}
            onChange={(e) => setStatement(e.currentTarget.value)}
            error={fieldError('statement')}
            autosize
            minRows={2}
            required
          />
          <Select
            label={t('evidence.findings.priority')}
            name="priority"
            value={priority}
            onChange={(v) => v && setPriority(v as FindingPriority)}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`evidence.priority.${p}`) }))}
            allowDeselect={false}
          />
          <Checkbox.Group
            label={t('evidence.findings.countries')}
            description={t('evidence.findings.countriesHint')}
            value={countries}
            onChange={setCountries}
            error={fieldError((f) => f.startsWith('countryCodes'))}
          >
            <Group mt="xs">
              {COUNTRIES.map((c) => (
                <Checkbox key={c} value={c} label={format.country(c)} />
              ))}
            </Group>
          </Checkbox.Group>
          <MultiSelect
            label={t('evidence.findings.modules')}
            value={moduleIds}
            onChange={setModuleIds}
            data={(modules.data?.modules ?? []).map((m) => ({ value: m.id, label: `${m.code} ${m.title}` }))}
            error={fieldError((f) => f.startsWith('moduleIds'))}
            searchable
          />
          {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
          <Group>
            <Button type="submit" loading={creating}>
              {t('evidence.findings.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
