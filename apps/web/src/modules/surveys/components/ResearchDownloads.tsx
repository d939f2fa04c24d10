import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';

/**
 * The researchers' person-level export of the current edition's surveys: consenting respondents of
 * CONFIDENTIAL and NAMED surveys, pseudonymised as the self-assessment export (the API decides again).
 */
export function ResearchDownloads() {
  const { t } = useTranslation();
  if (!may(useSignedInPerson().roles, 'research.export')) return null;
  return (
    <Group gap="lg" role="group" aria-label={t('surveys.research.downloads')} mb="md">
      <Anchor href="/api/surveys/research-answers.csv" download>
        {t('surveys.research.csv')}
      </Anchor>
      <Anchor href="/api/surveys/research-answers.xlsx" download>
        {t('surveys.research.xlsx')}
      </Anchor>
      <Anchor href="/api/surveys/research-codebook.csv" download>
        {t('surveys.research.codebook')}
      </Anchor>
    </Group>
  );
}
