import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { PolicyRecommendationAudience, PolicyRecommendationFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { AUDIENCES } from '../audience';
import { RecommendableFindingsQuery } from '../graphql/policy-recommendations';
import { usePolicyRecommendationActions } from '../hooks/usePolicyRecommendationActions';

const ALL = 'ALL';
const COUNTRIES = ['EE', 'LV', 'LT'];

/**
 * A recommendation's title, text, audience (with its country) and the published findings it rests
 * on: a new draft, or an edit of one that is not published (sent with its lock version).
 */
export function RecommendationForm({
  recommendation,
  onDone,
}: {
  recommendation?: PolicyRecommendationFieldsFragment;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const titleId = useId();
  const { data } = useSuspenseQuery(RecommendableFindingsQuery, { fetchPolicy: 'cache-and-network' });
  const { create, creating, update, updating } = usePolicyRecommendationActions();
  const [title, setTitle] = useState(recommendation?.title ?? '');
  const [text, setText] = useState(recommendation?.text ?? '');
  const [audience, setAudience] = useState<PolicyRecommendationAudience>(
    recommendation?.audience ?? 'NATIONAL_AUTHORITY',
  );
  const [country, setCountry] = useState(recommendation?.countryCode ?? (recommendation ? ALL : 'LT'));
  const [findingIds, setFindingIds] = useState<string[]>(recommendation?.findings.map((f) => f.id) ?? []);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);
  const published = data.findings.filter((f) => f.status === 'PUBLISHED');
  const saving = creating || updating;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const fields = {
      title,
      text,
      audience,
      countryCode: audience === 'BALTIC' || country === ALL ? null : country,
      findingIds,
    };
    const { error } = recommendation
      ? await update({ ...fields, id: recommendation.id, expectedLockVersion: recommendation.lockVersion })
      : await create(fields);
    setFailure(error);
    if (error) return;
    if (!recommendation) {
      setTitle('');
      setText('');
      setFindingIds([]);
    }
    onDone?.();
  }

  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {recommendation ? t('policy.form.edit') : t('policy.form.newTitle')}
          </Title>
          <TextInput
            label={t('policy.form.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError('title')}
            required
          />
          <Textarea
            label={t('policy.form.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError('text')}
            autosize
            minRows={3}
            required
          />
          <Group align="flex-start" grow>
            <Select
              label={t('policy.form.audience')}
              value={audience}
              onChange={(v) => {
                if (!v) return;
                setAudience(v as PolicyRecommendationAudience);
                if (v === 'NATIONAL_AUTHORITY' && country === ALL) setCountry(COUNTRIES[0]);
              }}
              data={AUDIENCES.map((a) => ({ value: a, label: t(`policy.audience.${a}`) }))}
              allowDeselect={false}
            />
            <Select
              label={t('policy.form.country')}
              value={audience === 'BALTIC' ? ALL : country}
              onChange={(v) => setCountry(v ?? ALL)}
              data={[
                ...(audience === 'NATIONAL_AUTHORITY' ? [] : [{ value: ALL, label: t('policy.form.allCountries') }]),
                ...COUNTRIES.map((c) => ({ value: c, label: format.country(c) })),
              ]}
              disabled={audience === 'BALTIC'}
              error={fieldError('countryCode')}
              allowDeselect={false}
            />
          </Group>
          <MultiSelect
            label={t('policy.form.findings')}
            value={findingIds}
            onChange={setFindingIds}
            data={published.map((f) => ({ value: f.id, label: f.statement }))}
            error={fieldError((f) => f.startsWith('findingIds'))}
            searchable
            clearable
          />
          {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
          <Group>
            <Button type="submit" loading={saving}>
              {recommendation ? t('policy.form.save') : t('policy.form.create')}
            </Button>
            {onDone && recommendation && (
              <Button variant="default" onClick={onDone}>
                {t('policy.form.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
