import { Anchor, Button, Group, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { useRemindSurvey } from '../hooks/useRemindSurvey';

/** Downloads of the results shown (CSV, or XLSX with the codebook as a second sheet; the codebook) and, while open, one more reminder. */
export function SurveyActions({
  surveyId,
  open,
  countryCode,
  side,
}: {
  surveyId: string;
  open: boolean;
  countryCode: string | null;
  side: string | null;
}) {
  const { t } = useTranslation();
  const canRemind = may(useSignedInPerson().roles, 'survey.manage');
  const { remind, reminding, sent, failure } = useRemindSurvey(surveyId);
  const query = new URLSearchParams({ ...(countryCode && { countryCode }), ...(side && { side }) }).toString();
  return (
    <>
      <Group gap="lg" role="group" aria-label={t('surveys.results.downloads')}>
        <Anchor href={`/api/surveys/${surveyId}/results.csv${query ? `?${query}` : ''}`} download>
          {t('surveys.results.downloadCsv')}
        </Anchor>
        <Anchor href={`/api/surveys/${surveyId}/results.xlsx${query ? `?${query}` : ''}`} download>
          {t('surveys.results.downloadXlsx')}
        </Anchor>
        <Anchor href={`/api/surveys/${surveyId}/codebook.csv`} download>
          {t('surveys.results.codebook')}
        </Anchor>
        {canRemind && open && (
          <Button variant="light" onClick={() => void remind()} loading={reminding}>
            {t('surveys.remind.button')}
          </Button>
        )}
        {sent !== null && (
          <Text size="sm" role="status">
            {t('surveys.remind.sent', { count: String(sent) })}
          </Text>
        )}
      </Group>
      {failure && <ErrorAlert error={failure} />}
    </>
  );
}
