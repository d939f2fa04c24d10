import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, isProgrammeCountry } from '@tandem/shared-domain';
import type { StakeholderGroup } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { viewerCountries } from '../../session/viewer-countries';
import { SurveyInvitationCountsQuery } from '../graphql/survey-links';
import { useInviteStakeholders } from '../hooks/useInviteStakeholders';
import { useRemindStakeholders } from '../hooks/useRemindStakeholders';
import { addressesOf, addressesOfCsv } from '../stakeholder-list';

const GROUPS: StakeholderGroup[] = ['SCHOOL_MANAGER', 'EMPLOYER', 'AUTHORITY', 'SOCIAL_PARTNER', 'TUTOR'];

/**
 * The needs analysis's one-time links for stakeholders without an account: a list pasted or read from
 * a CSV file, sent with progress; then how many were asked and answered per country and group (never
 * who), and new links for those who have not answered.
 */
export function StakeholderLinksPanel({ surveyId, open }: { surveyId: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatter();
  const countries = viewerCountries(useSignedInPerson().roles, 'survey.inviteStakeholders').filter(isProgrammeCountry);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [countryCode, setCountryCode] = useState<string | null>(countries[0] ?? null);
  const [group, setGroup] = useState<string>('');
  const [language, setLanguage] = useState<string>(i18n.resolvedLanguage ?? 'en');
  const [expiresAt, setExpiresAt] = useState('');
  const { invite, busy, progress, listErrors, failure, sent } = useInviteStakeholders(surveyId);
  const reminder = useRemindStakeholders(surveyId);
  const { data } = useQuery(SurveyInvitationCountsQuery, { variables: { surveyId } });
  const counts = data?.surveyInvitationCounts ?? [];

  async function readFile(chosen: File | null) {
    setFile(chosen);
    if (!chosen) return;
    const read = addressesOfCsv(await chosen.text());
    setText((before) => [...addressesOf(before), ...read].join('\n'));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!countryCode) return;
    const ok = await invite(addressesOf(text), {
      countryCode,
      language,
      stakeholderGroup: (group || null) as StakeholderGroup | null,
      expiresAt: expiresAt || null,
    });
    if (ok) {
      setText('');
      setFile(null);
    }
  }

  const groupLabel = (g: StakeholderGroup | null | undefined) =>
    g ? t(`surveys.links.groups.${g}`) : t('surveys.links.groupNone');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stakeholder-links-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="stakeholder-links-title">
          {t('surveys.links.title')}
        </Title>
        <Text size="sm">{t('surveys.links.intro')}</Text>
        {open && (
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('surveys.links.emails')}
                description={t('surveys.links.emailsHint')}
                autosize
                minRows={4}
                maxRows={12}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                data-testid="stakeholder-emails"
              />
              <FileInput
                label={t('surveys.links.upload')}
                description={t('surveys.links.uploadHint')}
                accept=".csv,text/csv"
                value={file}
                onChange={(chosen) => void readFile(chosen)}
                clearable
              />
              <Group grow align="flex-start">
                {countries.length > 1 && (
                  <Select
                    label={t('surveys.links.country')}
                    data={countries.map((code) => ({ value: code, label: format.country(code) }))}
                    value={countryCode}
                    onChange={setCountryCode}
                    allowDeselect={false}
                  />
                )}
                <Select
                  label={t('surveys.links.group')}
                  data={[
                    { value: '', label: t('surveys.links.groupNone') },
                    ...GROUPS.map((g) => ({ value: g, label: groupLabel(g) })),
                  ]}
                  value={group}
                  onChange={(v) => setGroup(v ?? '')}
                  allowDeselect={false}
                />
                <Select
                  label={t('surveys.links.language')}
                  data={LOCALES.map((code) => ({ value: code, label: LOCALE_NATIVE_NAMES[code] }))}
                  value={language}
                  onChange={(v) => setLanguage(v ?? 'en')}
                  allowDeselect={false}
                />
                <TextInput
                  type="date"
                  label={t('surveys.links.expiresAt')}
                  description={t('surveys.links.expiresHint')}
                  value={expiresAt}
                  onChange={(e) => setExpiresAt(e.currentTarget.value)}
                />
              </Group>
              {listErrors.length > 0 && (
                <Alert color="red" role="alert" title={t('surveys.links.listError')} data-testid="stakeholder-errors">
                  <List size="sm">
                    {listErrors.map((e, i) => (
                      <List.Item key={i}>
                        {e.row === null
                          ? t(`validation.${e.error.rule}`, e.error.params ?? {})
                          : t('surveys.links.rowError', {
                              row: String(e.row + 1),
                              email: e.email,
                              message: t(`validation.${e.error.rule}`, e.error.params ?? {}),
                            })}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {failure && <ErrorAlert error={failure} />}
              {progress && (
                <Stack gap={4}>
                  <Progress
                    value={progress.total ? (100 * progress.done) / progress.total : 100}
                    aria-label={t('surveys.links.sending', {
                      done: String(progress.done),
                      total: String(progress.total),
                    })}
                  />
                  <Text size="sm" role="status">
                    {sent === null
                      ? t('surveys.links.sending', { done: String(progress.done), total: String(progress.total) })
                      : t('surveys.links.sent', { count: String(sent) })}
                  </Text>
                </Stack>
              )}
              <Button type="submit" loading={busy} w="fit-content" disabled={!countryCode}>
                {t('surveys.links.send')}
              </Button>
            </Stack>
          </form>
        )}
        <Table withTableBorder data-testid="stakeholder-counts">
          <Table.Caption>{t('surveys.links.counts')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.links.columns.country')}</Table.Th>
              <Table.Th scope="col">{t('surveys.links.columns.group')}</Table.Th>
              <Table.Th scope="col">{t('surveys.links.columns.invited')}</Table.Th>
              <Table.Th scope="col">{t('surveys.links.columns.answered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>{t('surveys.links.noneYet')}</Table.Td>
              </Table.Tr>
            )}
            {counts.map((c) => (
              <Table.Tr key={`${c.countryCode}-${c.stakeholderGroup ?? ''}`}>
                <Table.Td>{format.country(c.countryCode)}</Table.Td>
                <Table.Td>{groupLabel(c.stakeholderGroup)}</Table.Td>
                <Table.Td>{c.invitedCount}</Table.Td>
                <Table.Td>{c.answeredCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {open && (
          <Group gap="sm">
            {[...new Set(counts.map((c) => c.countryCode))]
              .filter((code) => (countries as readonly string[]).includes(code))
              .map((code) => (
                <Button
                  key={code}
                  variant="light"
                  loading={reminder.reminding}
                  onClick={() => void reminder.remind(code)}
                >
                  {t('surveys.links.remind', { country: format.country(code) })}
                </Button>
              ))}
            {reminder.sent !== null && (
              <Text size="sm" role="status">
                {t('surveys.links.reminded', { count: String(reminder.sent) })}
              </Text>
            )}
          </Group>
        )}
        {reminder.failure && <ErrorAlert error={reminder.failure} />}
      </Stack>
    </Paper>
  );
}
