import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import { Group, Select, Text } from '@mantine/core';
import type { CitationKind, CitationSourceInput } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SurveysQuery } from '../../surveys/graphql/surveys';
import { CitationSurveyQuery } from '../graphql/evidence';
import { CitationCompetenceSourcesQuery, CitationQuotesQuery } from '../graphql/citation-sources';

export const CITATION_KINDS: CitationKind[] = ['SURVEY_RESULT', 'QUOTE', 'COMPETENCE_AGGREGATE', 'FIGURE'];
const FIGURES = ['ATTENDANCE_RATE', 'TRAINED_SHARE'] as const;
const ALL = 'ALL';

/** A citation being chosen: its kind and the fields that kind needs (the API takes the snapshot). */
export interface CitationChoice {
  kind: CitationKind;
  source: CitationSourceInput;
}

export const emptyChoice = (kind: CitationKind = 'SURVEY_RESULT'): CitationChoice => ({ kind, source: {} });

/** Whether the choice names everything its kind needs; the API still checks the group size. */
export function isCompleteChoice({ kind, source }: CitationChoice): boolean {
  switch (kind) {
    case 'SURVEY_RESULT':
      return Boolean(source.surveyId && source.questionId);
    case 'QUOTE':
      return Boolean(source.surveyId && source.questionId && source.quote);
    case 'COMPETENCE_AGGREGATE':
      return Boolean(source.roundId && source.competenceCode);
    case 'FIGURE':
      return Boolean(source.figure);
  }
}

interface Props {
  value: CitationChoice;
  onChange: (next: CitationChoice) => void;
  /** The kind is given (a check's "after" figure must be of the kind of its "before"). */
  kindLocked?: boolean;
  /** Prefix of the controls' names, so two sets on one page stay apart. */
  name: string;
}

/**
 * The fields of one citation: its kind, then what that kind needs (a survey and question, a quote
 * shown in the results, a competence and round, or a programme figure), then the group (country,
 * side). Controlled: the caller decides what to do with a complete choice.
 */
export function CitationSourceFields({ value, onChange, kindLocked = false, name }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { kind, source } = value;
  const set = (patch: Partial<CitationSourceInput>) => onChange({ kind, source: { ...source, ...patch } });

  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('evidence.cite.kind')}
        name={`${name}-kind`}
        value={kind}
        onChange={(v) => v && onChange({ kind: v as CitationKind, source: group(source) })}
        data={CITATION_KINDS.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))}
        allowDeselect={false}
        disabled={kindLocked}
        w={220}
      />
      {(kind === 'SURVEY_RESULT' || kind === 'QUOTE') && <SurveyFields value={value} set={set} name={name} />}
      {kind === 'COMPETENCE_AGGREGATE' && <CompetenceFields source={source} set={set} name={name} />}
      {kind === 'FIGURE' && (
        <Select
          label={t('evidence.cite.figure')}
          name={`${name}-figure`}
          value={source.figure ?? null}
          onChange={(v) => set({ figure: v })}
          data={FIGURES.map((f) => ({ value: f, label: t(`evidence.figure.${f}`) }))}
          w={220}
        />
      )}
      <Select
        label={t('evidence.cite.country')}
        name={`${name}-country`}
        value={source.countryCode ?? ALL}
        onChange={(v) => set({ countryCode: v === ALL ? null : v, quote: null })}
        data={[
          { value: ALL, label: t('evidence.snapshot.allCountries') },
          ...['EE', 'LV', 'LT'].map((c) => ({ value: c, label: format.country(c) })),
        ]}
        allowDeselect={false}
        w={160}
      />
      <Select
        label={t('evidence.cite.side')}
        name={`${name}-side`}
        value={source.side ?? ALL}
        onChange={(v) => set({ side: v === ALL ? null : v, quote: null })}
        data={[
          { value: ALL, label: t('evidence.snapshot.bothSides') },
          { value: 'SCHOOL', label: t('evidence.side.SCHOOL') },
          { value: 'COMPANY', label: t('evidence.side.COMPANY') },
        ]}
        allowDeselect={false}
        w={160}
      />
    </Group>
  );
}

/** Keeps only the group when the kind changes. */
const group = (source: CitationSourceInput): CitationSourceInput => ({
  countryCode: source.countryCode ?? null,
  side: source.side ?? null,
});

type FieldsProps = { set: (patch: Partial<CitationSourceInput>) => void; name: string };

/** A survey with responses, one of its questions (texts for a quote, the others for a result), and the quote. */
function SurveyFields({ value, set, name }: FieldsProps & { value: CitationChoice }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { kind, source } = value;
  const { data } = useSuspenseQuery(SurveysQuery, { fetchPolicy: 'cache-first' });
  const survey = useQuery(CitationSurveyQuery, { variables: { id: source.surveyId ?? '' }, skip: !source.surveyId });
  const quoting = kind === 'QUOTE';
  const results = useQuery(CitationQuotesQuery, {
    variables: { surveyId: source.surveyId ?? '', countryCode: source.countryCode, side: source.side },
    skip: !quoting || !source.surveyId || !source.questionId,
  });
  const questions = (survey.data?.survey.questions ?? []).filter((q) =>
    quoting ? q.type === 'TEXT' : q.type !== 'SECTION' && q.type !== 'TEXT',
  );
  const shown = results.data?.surveyResults.questions.find((q) => q.id === source.questionId);
  const texts = shown?.texts ?? [];
  return (
    <>
      <Select
        label={t('evidence.cite.survey')}
        name={`${name}-survey`}
        value={source.surveyId ?? null}
        onChange={(v) => set({ surveyId: v, questionId: null, quote: null })}
        data={data.surveys
          .filter((s) => s.hasResponses)
          .map((s) => ({
            value: s.id,
            label: [s.moduleCode, s.sessionStartsAt && format.dateTime(s.sessionStartsAt), s.title]
              .filter(Boolean)
              .join(' · '),
          }))}
        searchable
        w={280}
      />
      <Select
        label={t('evidence.cite.question')}
        name={`${name}-question`}
        value={source.questionId ?? null}
        onChange={(v) => set({ questionId: v, quote: null })}
        data={questions.map((q) => ({ value: q.id, label: `${q.code} ${q.text}` }))}
        disabled={!source.surveyId}
        w={280}
      />
      {quoting && (
        <Select
          label={t('evidence.cite.quote')}
          name={`${name}-quote`}
          value={source.quote ?? null}
          onChange={(v) => set({ quote: v })}
          data={[...new Set(texts)].map((text) => ({ value: text, label: text }))}
          disabled={!texts.length}
          description={
            source.questionId && results.data && !texts.length ? (
              <Text span size="xs">
                {t('evidence.cite.noQuotes', { k: 10 })}
              </Text>
            ) : undefined
          }
          searchable
          w={320}
        />
      )}
    </>
  );
}

/** A round of the edition and a competence of the profile. */
function CompetenceFields({ source, set, name }: FieldsProps & { source: CitationSourceInput }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(CitationCompetenceSourcesQuery, { variables: {}, fetchPolicy: 'cache-first' });
  return (
    <>
      <Select
        label={t('evidence.cite.round')}
        name={`${name}-round`}
        value={source.roundId ?? null}
        onChange={(v) => set({ roundId: v })}
        data={data.assessmentRounds.map((r) => ({
          value: r.id,
          label: t(`selfAssessment.round.${r.kind}`, { number: r.moduleNumber ?? '' }),
        }))}
        w={220}
      />
      <Select
        label={t('evidence.cite.competence')}
        name={`${name}-competence`}
        value={source.competenceCode ?? null}
        onChange={(v) => set({ competenceCode: v })}
        data={data.competenceProfile.areas.map((area) => ({
          group: `${area.code} ${area.title}`,
          items: area.competences.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` })),
        }))}
        searchable
        w={320}
      />
    </>
  );
}
