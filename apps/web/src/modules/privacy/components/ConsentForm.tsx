import { Alert, Button, Checkbox, Stack, Text } from '@mantine/core';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@tandem/shared-domain';
import { ErrorAlert } from '@tandem/web-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSetConsents } from '../hooks/useSetConsents';

export interface ConsentState {
  purpose: ConsentPurpose;
  granted: boolean;
  answered: boolean;
  changedAt?: string | null;
}

/**
 * One checkbox per purpose, ticked only where the person has given consent (never in advance);
 * saving records a decision for every purpose. `onSaved` runs after a successful save.
 */
export function ConsentForm({
  consents,
  onSaved,
  showChanged = false,
}: {
  consents: readonly ConsentState[];
  onSaved?: () => void;
  showChanged?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { save, saving, failure } = useSetConsents();
  const [granted, setGranted] = useState<Set<ConsentPurpose>>(
    () => new Set(consents.filter((c) => c.granted).map((c) => c.purpose)),
  );
  const [saved, setSaved] = useState(false);
  const byPurpose = new Map(consents.map((c) => [c.purpose, c]));

  function toggle(purpose: ConsentPurpose, checked: boolean) {
    setSaved(false);
    setGranted((current) => {
      const next = new Set(current);
      if (checked) next.add(purpose);
      else next.delete(purpose);
      return next;
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (await save(granted, CONSENT_PURPOSES)) {
      setSaved(true);
      onSaved?.();
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label={t('privacy.consent.title')} noValidate>
      <Stack gap="md">
        {CONSENT_PURPOSES.map((purpose) => {
          const current = byPurpose.get(purpose);
          const state = !current?.answered
            ? t('privacy.myData.notAnswered')
            : `${t(current.granted ? 'privacy.myData.given' : 'privacy.myData.refused')}${
                current.changedAt
                  ? `, ${t('privacy.myData.changedAt', { date: format.dateTime(current.changedAt) })}`
                  : ''
              }`;
          return (
            <Checkbox
              key={purpose}
              name={purpose}
              checked={granted.has(purpose)}
              onChange={(e) => toggle(purpose, e.currentTarget.checked)}
              label={t(`privacy.consent.purposes.${purpose}.label`)}
              description={
                <>
                  {t(`privacy.consent.purposes.${purpose}.description`)}
                  {showChanged && (
                    <Text
                      component="span"
                      size="xs"
                      c="dimmed"
                      display="block"
                      data-testid={`consent-state-${purpose}`}
                    >
                      {state}
                    </Text>
                  )}
                </>
              }
            />
          );
        })}
        <Text size="sm" c="dimmed">
          {t('privacy.consent.serviceMails')}
        </Text>
        {failure && <ErrorAlert error={failure} />}
        {saved && (
          <Alert color="teal" role="status">
            {t('privacy.consent.saved')}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={saving}>
            {t('privacy.consent.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
