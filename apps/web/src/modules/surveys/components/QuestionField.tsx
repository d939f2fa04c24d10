import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { AnsweredQuestionFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';

/** What answering needs of a question (the form of a tutor and of a stakeholder's link alike). */
export type Question = AnsweredQuestionFieldsFragment;

const SHORT_MAX = 500;
const LONG_MAX = 5000;

interface Props {
  question: Question;
  values: string[];
  other: string;
  error?: string;
  onChange(values: string[]): void;
  onOther(text: string): void;
}

/** One question of the answering form, as a labelled, keyboard-usable control of its type. */
export function QuestionField({ question: q, values, other, error, onChange, onOther }: Props) {
  const { t } = useTranslation();
  const common = { label: q.text, required: q.required, error, 'data-testid': `question-${q.code}` };
  const one = values[0] ?? '';
  switch (q.type) {
    case 'SECTION':
      return (
        <Title order={2} size="h4" mt="md">
          {q.text}
        </Title>
      );
    case 'LIKERT_5':
      return (
        <Radio.Group {...common} value={one} onChange={(v) => onChange([v])}>
          <Group gap="md" mt="xs">
            {(['1', '2', '3', '4', '5'] as const).map((v) => (
              <Radio key={v} value={v} label={t(`surveys.likert.${v}`)} />
            ))}
            {q.notApplicable && <Radio value="NA" label={t('surveys.notApplicable')} />}
          </Group>
        </Radio.Group>
      );
    case 'SCALE_0_10':
      return (
        <Radio.Group {...common} description={t('surveys.scaleEnds')} value={one} onChange={(v) => onChange([v])}>
          <Group gap="sm" mt="xs">
            {Array.from({ length: 11 }, (_, i) => String(i)).map((v) => (
              <Radio key={v} value={v} label={v} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'SINGLE':
      return (
        <Radio.Group {...common} value={one} onChange={(v) => onChange([v])}>
          <Stack gap="xs" mt="xs">
            {q.options.map((o) => (
              <Radio key={o.code} value={o.code} label={o.text} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'MULTI':
      return (
        <Checkbox.Group {...common} description={t('surveys.chooseAny')} value={values} onChange={onChange}>
          <Stack gap="xs" mt="xs">
            {q.options.map((o) => (
              <Checkbox key={o.code} value={o.code} label={o.text} />
            ))}
            {q.allowOther && (
              <TextInput
                label={t('surveys.other')}
                value={other}
                maxLength={SHORT_MAX}
                onChange={(e) => onOther(e.currentTarget.value)}
              />
            )}
          </Stack>
        </Checkbox.Group>
      );
    case 'TEXT':
      return q.long ? (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxLength={LONG_MAX}
          value={one}
          onChange={(e) => onChange([e.currentTarget.value])}
        />
      ) : (
        <TextInput {...common} maxLength={SHORT_MAX} value={one} onChange={(e) => onChange([e.currentTarget.value])} />
      );
    default:
      return <Text>{q.text}</Text>;
  }
}
