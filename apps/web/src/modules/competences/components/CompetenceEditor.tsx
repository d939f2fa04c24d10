import { ActionIcon, Button, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { missingLanguages, textIn, withText, type CompetenceDoc } from '../profile-document';
import { MissingBadge } from './MissingBadge';

export type FieldLabel = (key: 'title' | 'description' | 'code', code: string) => string;

/** One competence of the draft profile in the chosen language: code, title, description, level texts. */
export function CompetenceEditor({
  competence: c,
  language,
  scaleLevels,
  first,
  last,
  label,
  onChange,
  onMove,
  onRemove,
}: {
  competence: CompetenceDoc;
  language: string;
  scaleLevels: number;
  first: boolean;
  last: boolean;
  label: FieldLabel;
  onChange: (competence: CompetenceDoc) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const text = textIn(c, language);
  return (
    <Paper withBorder p="sm" data-testid="editor-competence" data-code={c.code}>
      <Stack gap="xs">
        <Group align="end" wrap="wrap">
          <TextInput
            label={label('code', c.code)}
            value={c.code}
            onChange={(e) => onChange({ ...c, code: e.currentTarget.value.toUpperCase() })}
            w={140}
          />
          <TextInput
            label={label('title', c.code)}
            value={text.title}
            onChange={(e) => onChange(withText(c, { ...text, title: e.currentTarget.value }))}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('competences.editor.up', { code: c.code })}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('competences.editor.down', { code: c.code })}
            disabled={last}
            onClick={() => onMove(1)}
          >
            ↓
          </ActionIcon>
          <Button variant="default" onClick={onRemove}>
            {t('competences.editor.remove', { code: c.code })}
          </Button>
        </Group>
        <Textarea
          label={label('description', c.code)}
          autosize
          minRows={1}
          value={text.description}
          onChange={(e) => onChange(withText(c, { ...text, description: e.currentTarget.value }))}
        />
        {Array.from({ length: scaleLevels }, (_, l) => (
          <Textarea
            key={l}
            label={t('competences.editor.field.level', {
              code: c.code,
              level: l + 1,
              language: language.toUpperCase(),
            })}
            autosize
            minRows={1}
            value={text.levels[l] ?? ''}
            onChange={(e) => {
              const levels = Array.from({ length: scaleLevels }, (_, k) => text.levels[k] ?? '');
              levels[l] = e.currentTarget.value;
              onChange(withText(c, { ...text, levels }));
            }}
          />
        ))}
        <MissingBadge languages={missingLanguages(c, scaleLevels)} />
      </Stack>
    </Paper>
  );
}
