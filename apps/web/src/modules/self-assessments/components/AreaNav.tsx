import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface AreaProgress {
  id: string;
  title: string;
  rated: number;
  total: number;
}

/** The heading of an area, as AreaNav jumps to it. */
export const areaHeadingId = (areaId: string) => `area-${areaId}`;

/**
 * Jumps to each competence area of a long form (14,000 px on a phone), with how many of its
 * competences are rated: the heading takes the focus, so the keyboard goes on from there.
 */
export function AreaNav({ areas }: { areas: readonly AreaProgress[] }) {
  const { t } = useTranslation();
  const jump = (areaId: string) => {
    const heading = document.getElementById(areaHeadingId(areaId));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <Paper component="nav" withBorder p="sm" aria-label={t('selfAssessment.form.areasNav')} data-testid="area-nav">
      <Group gap="md" wrap="wrap">
        {areas.map((a) => (
          <Anchor
            key={a.id}
            href={`#${areaHeadingId(a.id)}`}
            onClick={(e) => {
              e.preventDefault();
              jump(a.id);
            }}
            size="sm"
          >
            {a.title}{' '}
            <Text span size="sm" c={a.rated === a.total ? 'teal.9' : 'dimmed'}>
              {t('selfAssessment.form.areaRated', { rated: a.rated, total: a.total })}
            </Text>
          </Anchor>
        ))}
      </Group>
    </Paper>
  );
}
