import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { VerificationFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

const COLOUR = { VALID: 'teal', REVOKED: 'red', REPLACED: 'orange', NOT_VALID: 'red' } as const;

/**
 * What a verification says, in the visitor's language: valid, revoked (with the date), replaced,
 * or not valid (and why); for a genuine certificate who holds it and what it certifies. Nothing of
 * a credential that is not valid is shown, and never an e-mail.
 */
export function VerificationResult({ result }: { result: VerificationFieldsFragment | null }) {
  const { t } = useTranslation();
  const format = useFormatter();
  if (!result)
    return (
      <Alert
        color="gray"
        role="status"
        data-testid="verification-result"
        data-status="NOT_FOUND"
        title={t('certificates.verify.notFoundTitle')}
      >
        {t('certificates.verify.notFound')}
      </Alert>
    );
  const c = result.certificate;
  const detail =
    result.status === 'REVOKED'
      ? t('certificates.verify.revokedOn', { date: result.revokedAt ? format.dateTime(result.revokedAt) : '—' })
      : result.status === 'REPLACED'
        ? t('certificates.verify.replacedOn', { date: result.replacedAt ? format.dateTime(result.replacedAt) : '—' })
        : result.status === 'NOT_VALID'
          ? t(`certificates.verify.reason.${result.reason ?? 'TAMPERED'}`)
          : t('certificates.verify.validDetail');
  return (
    <Stack gap="md" data-testid="verification-result" data-status={result.status}>
      <Alert
        color={COLOUR[result.status]}
        role="status"
        title={t(`certificates.verify.status.${result.status}`)}
        // the title in the text colour: the status colours on their light background fall short of WCAG AA
        styles={{ title: { color: 'var(--mantine-color-text)', fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {detail}
      </Alert>
      {c && (
        <Paper withBorder p="lg">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('certificates.verify.holder')}
            </Text>
            <Title order={2} data-testid="verified-holder">
              {c.holderName}
            </Title>
            <Text fw={600}>{c.achievementName}</Text>
            <Text size="sm">{c.achievementDescription}</Text>
            {c.programme && (
              <Text size="sm">
                {t('certificates.card.edition', { programme: c.programme, edition: c.edition ?? '' })}
              </Text>
            )}
            <Text size="sm">
              {t('certificates.verify.issuedBy', { issuer: c.issuerName, date: format.dateTime(c.issuedAt) })}
            </Text>
            {c.number && <Text size="sm">{t('certificates.verify.number', { number: c.number })}</Text>}
            {c.modules.length > 0 && (
              <>
                <Title order={3} size="h5" mt="sm">
                  {t('certificates.card.modules')}
                </Title>
                <List size="sm" spacing={2}>
                  {c.modules.map((m) => (
                    <List.Item key={m.code}>
                      {t('certificates.card.module', { code: m.code, title: m.title, hours: format.number(m.hours) })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {c.competenceAreas.length > 0 && (
              <>
                <Title order={3} size="h5" mt="sm">
                  {t('certificates.verify.areas')}
                </Title>
                <Text size="sm">{c.competenceAreas.join(' · ')}</Text>
              </>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
