import { Alert, Anchor, Button, CopyButton, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import type { CertificateFieldsFragment } from '@tandem/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { certificatePdfPath, credentialJsonPath } from '../certificate-links';
import { CertificateStatusBadge } from './CertificateStatusBadge';

/** One of the tutor's certificates with what they do with it: PDF, credential, link, LinkedIn. */
export function CertificateCard({ certificate }: { certificate: CertificateFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const [second, setSecond] = useState('');
  const valid = certificate.status === 'VALID';
  const headingId = `certificate-${certificate.id}`;
  return (
    <Paper withBorder p="lg" component="article" aria-labelledby={headingId} data-testid="certificate-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {certificate.achievementName}
            </Title>
            <Text c="dimmed" size="sm">
              {t('certificates.card.edition', { programme: certificate.programme, edition: certificate.edition })}
            </Text>
          </div>
          <CertificateStatusBadge status={certificate.status} />
        </Group>
        <Text size="sm">
          {t('certificates.card.numberAndDate', {
            number: certificate.number,
            date: format.dateTime(certificate.issuedAt),
          })}
        </Text>
        {certificate.status === 'REVOKED' && (
          <Alert
            color="red"
            title={t('certificates.card.revokedTitle', { date: format.dateTime(certificate.revokedAt ?? '') })}
          >
            {certificate.revocationReason}
          </Alert>
        )}
        {certificate.status === 'REPLACED' && <Alert color="gray">{t('certificates.card.replaced')}</Alert>}
        <List size="sm" spacing={2} aria-label={t('certificates.card.modules')}>
          {certificate.modules.map((m) => (
            <List.Item key={m.code}>
              {t('certificates.card.module', { code: m.code, title: m.title, hours: format.number(m.hours) })}
            </List.Item>
          ))}
        </List>
        {valid && (
          <>
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={t('certificates.card.secondLanguage')}
                value={second}
                onChange={(e) => setSecond(e.currentTarget.value)}
                data={[
                  { value: '', label: t('certificates.card.noSecondLanguage') },
                  ...LOCALES.filter((l) => l !== certificate.language).map((l) => ({
                    value: l,
                    label: LOCALE_NATIVE_NAMES[l],
                  })),
                ]}
              />
              <Button component="a" href={certificatePdfPath(certificate.id, certificate.language, second)} download>
                {t('certificates.card.downloadPdf')}
              </Button>
              <Button component="a" variant="light" href={credentialJsonPath(certificate.publicId)} download>
                {t('certificates.card.downloadCredential')}
              </Button>
            </Group>
            <Group gap="sm">
              <CopyButton value={certificate.verificationUrl}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy} aria-live="polite">
                    {copied ? t('certificates.card.copied') : t('certificates.card.copyLink')}
                  </Button>
                )}
              </CopyButton>
              <Button
                component="a"
                variant="default"
                href={certificate.linkedInUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('certificates.card.addToLinkedIn')}
              </Button>
              <Anchor href={certificate.verificationUrl} size="sm">
                {t('certificates.card.openVerification')}
              </Anchor>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
