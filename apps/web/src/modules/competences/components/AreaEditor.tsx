import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { missingLanguages, move, newCompetence, textIn, withText, type AreaDoc } from '../profile-document';
import { CompetenceEditor, type FieldLabel } from './CompetenceEditor';
import { MissingBadge } from './MissingBadge';

/** One area of the draft profile: its code and title, its competences in order, and one more. */
export function AreaEditor({
  area,
  language,
  scaleLevels,
  label,
  onChange,
}: {
  area: AreaDoc;
  language: string;
  scaleLevels: number;
  label: FieldLabel;
  onChange: (area: AreaDoc) => void;
}) {
  const { t } = useTranslation();
  const competences = area.competences;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group align="end" wrap="wrap">
          <TextInput
            label={label('code', area.code)}
            value={area.code}
            onChange={(e) => onChange({ ...area, code: e.currentTarget.value.toUpperCase() })}
            w={140}
          />
          <TextInput
            label={label('title', area.code)}
            value={textIn(area, language).title}
            onChange={(e) => onChange(withText(area, { ...textIn(area, language), title: e.currentTarget.value }))}
            style={{ flex: 1 }}
          />
          <MissingBadge languages={missingLanguages(area, null)} />
        </Group>
        {competences.map((c, j) => (
          <CompetenceEditor
            key={c.key}
            competence={c}
            language={language}
            scaleLevels={scaleLevels}
            first={j === 0}
            last={j === competences.length - 1}
            label={label}
            onChange={(next) => onChange({ ...area, competences: competences.map((x, k) => (k === j ? next : x)) })}
            onMove={(delta) => onChange({ ...area, competences: move(competences, j, delta) })}
            onRemove={() => onChange({ ...area, competences: competences.filter((_, k) => k !== j) })}
          />
        ))}
        <Button
          variant="light"
          w="fit-content"
          onClick={() =>
            onChange({
              ...area,
              competences: [...competences, newCompetence(`${area.code}.${competences.length + 1}`)],
            })
          }
        >
          {t('competences.editor.addCompetence', { code: area.code })}
        </Button>
      </Stack>
    </Paper>
  );
}
