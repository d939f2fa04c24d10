import { Alert, Button, Group, NativeSelect, Stack } from '@mantine/core';
import { type Locale } from '@tandem/shared-domain';
import { intlLocale } from '@tandem/shared-i18n';
import { ErrorAlert, LanguagePicker } from '@tandem/web-ui';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { browserTimeZone } from '../../i18n/format';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { otherTimeZones, PROGRAMME_TIME_ZONES, timeZoneLabel } from '../../i18n/time-zones';
import type { SessionPerson } from '../../session/session-context';
import { useUpdatePreferences } from '../hooks/useUpdatePreferences';

/** The empty value: "no zone of my own, use the device's" (saved as null). */
const DEVICE_ZONE = '';

export function PreferencesForm({ person }: { person: SessionPerson }) {
  const { t } = useTranslation();
  const currentLocale = useCurrentLocale();
  const { save, saving, failure } = useUpdatePreferences();
  const [locale, setLocale] = useState<Locale>(currentLocale);
  const [timeZone, setTimeZone] = useState(person.timeZone ?? DEVICE_ZONE);
  const [saved, setSaved] = useState(false);

  // The header's picker may change the language meanwhile: the form follows it.
  useEffect(() => setLocale(currentLocale), [currentLocale]);

  const tag = intlLocale(currentLocale);
  const zones = useMemo(() => {
    const programme = Object.values(PROGRAMME_TIME_ZONES);
    const others = otherTimeZones();
    // A zone saved earlier that this browser does not list stays selectable.
    if (person.timeZone && !programme.includes(person.timeZone) && !others.includes(person.timeZone)) {
      others.unshift(person.timeZone);
    }
    const option = (zone: string) => ({ value: zone, label: timeZoneLabel(zone, tag) });
    return [
      { value: DEVICE_ZONE, label: t('account.preferences.browserZone', { zone: browserTimeZone() }) },
      { group: t('account.preferences.programmeZones'), items: programme.map(option) },
      { group: t('account.preferences.allZones'), items: others.map(option) },
    ];
  }, [person.timeZone, tag, t]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setSaved(await save(locale, timeZone || null));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={420}>
        {saved && (
          <Alert color="teal" role="status" title={null}>
            {t('account.preferences.saved')}
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
        <LanguagePicker value={locale} onChange={setLocale} withVisibleLabel name="preferredLanguage" />
        <NativeSelect
          label={t('account.preferences.timeZone')}
          description={t('account.preferences.timeZoneHelp')}
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.currentTarget.value)}
          data={zones}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t('account.preferences.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
