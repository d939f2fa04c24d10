import { useSuspenseQuery } from '@apollo/client/react';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MyProgressQuery } from '../graphql/completion';
import { ProgressChecklist } from './ProgressChecklist';

/** The signed-in tutor's own progress towards TRAINED. */
export function MyProgress() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(MyProgressQuery, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data.myProgress)
    return (
      <Paper withBorder p="lg">
        <Text>{t('completion.notATutor')}</Text>
      </Paper>
    );
  return (
    <Paper withBorder p="lg">
      <ProgressChecklist progress={data.myProgress} actions />
    </Paper>
  );
}
