import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { AssignmentRuleMode } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompletionRuleQuery } from '../../completion/graphql/completion';
import { useSetCompletionRule } from '../../completion/hooks/useSetCompletionRule';

const MODES: AssignmentRuleMode[] = ['NONE', 'ATTENDED_MODULES', 'ALL', 'AT_LEAST'];
const ROUNDS = ['NONE', 'BASELINE', 'AFTER_MODULE_1', 'AFTER_MODULE_2', 'AFTER_MODULE_3', 'FINAL'] as const;

/** ADMIN: what "trained" means; saving recomputes everyone's status at once. */
export function RuleForm() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(CompletionRuleQuery);
  const rule = data.completionRule;
  const { save, saving: loading, failure } = useSetCompletionRule();
  const [saved, setSaved] = useState(false);
  const [joint, setJoint] = useState<string[]>(rule.requiredJointNumbers.map(String));
  const [minJoint, setMinJoint] = useState<number | string>(rule.minJointModules);
  const [hours, setHours] = useState<number | string>(rule.minNationalHours);
  const [round, setRound] = useState<string>(
    rule.selfAssessmentKind === 'AFTER_MODULE'
      ? `AFTER_MODULE_${rule.selfAssessmentModuleNumber}`
      : (rule.selfAssessmentKind ?? 'NONE'),
  );
  const [mode, setMode] = useState<AssignmentRuleMode>(rule.assignmentsMode);
  const [atLeast, setAtLeast] = useState<number | string>(rule.minAcceptedAssignments || 1);

  async function onSave() {
    setSaved(false);
    const kind =
      round === 'NONE' ? null : round.startsWith('AFTER_MODULE') ? 'AFTER_MODULE' : (round as 'BASELINE' | 'FINAL');
    setSaved(
      await save({
        editionId: rule.editionId,
        requiredJointNumbers: joint.map(Number).sort(),
        minJointModules: Number(minJoint),
        minNationalHours: Number(hours),
        selfAssessmentKind: kind,
        selfAssessmentModuleNumber: kind === 'AFTER_MODULE' ? Number(round.slice(-1)) : null,
        assignmentsMode: mode,
        minAcceptedAssignments: mode === 'AT_LEAST' ? Number(atLeast) : null,
      }),
    );
  }

  return (
    <Stack gap="sm" data-testid="rule-form">
      {failure && <ErrorAlert error={failure} />}
      <Checkbox.Group label={t('completion.rule.jointRequired')} value={joint} onChange={setJoint}>
        <Group mt="xs">
          {['1', '2', '3'].map((n) => (
            <Checkbox key={n} value={n} label={t('completion.rule.jointModule', { number: Number(n) })} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group align="end">
        <NumberInput
          label={t('completion.rule.minJoint')}
          min={0}
          max={3}
          value={minJoint}
          onChange={setMinJoint}
          w={220}
        />
        <NumberInput
          label={t('completion.rule.hours')}
          min={0}
          max={1000}
          decimalScale={2}
          value={hours}
          onChange={setHours}
          w={220}
        />
      </Group>
      <Select
        label={t('completion.rule.round')}
        value={round}
        onChange={(v) => setRound(v ?? 'NONE')}
        allowDeselect={false}
        data={ROUNDS.map((r) => ({
          value: r,
          label: t(`completion.rule.rounds.${r}`),
        }))}
        w={320}
      />
      <Group align="end">
        <Select
          label={t('completion.rule.assignments')}
          value={mode}
          onChange={(v) => setMode((v as AssignmentRuleMode) ?? 'NONE')}
          allowDeselect={false}
          data={MODES.map((m) => ({
            value: m,
            label: t(`completion.rule.modes.${m}`),
          }))}
          w={320}
        />
        {mode === 'AT_LEAST' && (
          <NumberInput
            label={t('completion.rule.atLeast')}
            min={1}
            max={100}
            value={atLeast}
            onChange={setAtLeast}
            w={160}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('completion.rule.recomputeHint', { revision: rule.revision })}
      </Text>
      <Group>
        <Button loading={loading} onClick={() => void onSave()}>
          {t('completion.rule.save')}
        </Button>
        {saved && <Text role="status">{t('completion.rule.saved')}</Text>}
      </Group>
    </Stack>
  );
}
