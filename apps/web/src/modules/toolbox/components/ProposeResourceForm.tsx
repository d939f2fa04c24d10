import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, PROGRAMME_COUNTRIES, isLocale } from '@tandem/shared-domain';
import { ErrorAlert } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { useProposeResource } from '../hooks/useResourceActions';
import { AUDIENCE_LIST, RESOURCE_KINDS, audienceKey, isAudience, isResourceKind, resourceKindKey } from '../labels';
import { draftProblems, emptyResourceDraft, toProposeResourceInput, type ResourceDraft } from '../propose-resource';

/** A trainer, tutor or coordinator proposes a resource; it waits in the review queue of its country. */
export function ProposeResourceForm() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const home = person.roles.find((r) => r.countryCode)?.countryCode ?? '';
  const fresh = () => emptyResourceDraft(home, format.locale);
  const [draft, setDraft] = useState<ResourceDraft>(fresh);
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const propose = useProposeResource();
  const problems = checked ? draftProblems(draft) : [];
  const set = (next: Partial<ResourceDraft>) => setDraft({ ...draft, ...next });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setSent(null);
    if (draftProblems(draft).length) return;
    const data = await propose.run({ input: toProposeResourceInput(draft) });
    if (data) {
      setSent(data.proposeResource.title);
      setDraft(fresh());
      setChecked(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={t('toolbox.resources.propose.title')} noValidate>
      <Stack gap="md" maw={760}>
        {sent && (
          <Alert color="teal" role="status" title={t('toolbox.resources.propose.sentTitle')}>
            {t('toolbox.resources.propose.sent', { title: sent })}
          </Alert>
        )}
        {propose.failure && <ErrorAlert error={propose.failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('toolbox.resources.kind')}
            value={draft.kind}
            onChange={(e) => isResourceKind(e.currentTarget.value) && set({ kind: e.currentTarget.value })}
            data={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(resourceKindKey(kind)) }))}
          />
          <NativeSelect
            label={t('toolbox.resources.propose.country')}
            description={t('toolbox.resources.propose.countryHelp')}
            value={draft.countryCode}
            onChange={(e) => set({ countryCode: e.currentTarget.value })}
            data={[
              { value: '', label: t('toolbox.resources.propose.balticWide') },
              ...PROGRAMME_COUNTRIES.map((code) => ({ value: code, label: format.country(code) })),
            ]}
          />
        </SimpleGrid>
        <TextInput
          label={t('toolbox.resources.propose.titleEn')}
          required
          maxLength={300}
          value={draft.titleEn}
          onChange={(e) => set({ titleEn: e.currentTarget.value })}
          error={problems.includes('title') ? t('toolbox.resources.propose.titleRequired') : undefined}
        />
        <Textarea
          label={t('toolbox.resources.propose.summaryEn')}
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.summaryEn}
          onChange={(e) => set({ summaryEn: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('toolbox.resources.propose.language')}
          value={draft.language}
          onChange={(e) => isLocale(e.currentTarget.value) && set({ language: e.currentTarget.value })}
          data={LOCALES.map((code) => ({ value: code, label: LOCALE_NATIVE_NAMES[code] }))}
        />
        <Textarea
          label={t('toolbox.resources.propose.body')}
          description={t('toolbox.resources.propose.bodyHelp')}
          autosize
          minRows={4}
          value={draft.body}
          onChange={(e) => set({ body: e.currentTarget.value })}
          error={problems.includes('content') ? t('toolbox.resources.propose.contentRequired') : undefined}
        />
        <TextInput
          type="url"
          label={t('toolbox.resources.propose.url')}
          description={t('toolbox.resources.propose.urlHelp')}
          maxLength={500}
          value={draft.url}
          onChange={(e) => set({ url: e.currentTarget.value })}
        />
        <Checkbox.Group
          label={t('toolbox.resources.audience')}
          value={draft.audience}
          onChange={(values) => set({ audience: values.filter(isAudience) })}
        >
          <Group mt="xs" gap="md">
            {AUDIENCE_LIST.map((a) => (
              <Checkbox key={a} value={a} label={t(audienceKey(a))} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label={t('toolbox.resources.licence')}
          maxLength={200}
          value={draft.licence}
          onChange={(e) => set({ licence: e.currentTarget.value })}
        />
        <Group>
          <Button type="submit" loading={propose.loading}>
            {t('toolbox.resources.propose.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
