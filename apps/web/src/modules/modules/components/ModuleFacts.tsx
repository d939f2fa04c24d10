import { Badge, Group, Text } from '@mantine/core';
import type { DeliveryMode, ModuleKind } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

interface ModuleLike {
  kind: ModuleKind;
  number: number | null;
  countryCode: string | null;
  contactHours: number;
  selfStudyHours: number;
  deliveryMode: DeliveryMode;
}

/** "Joint module 2" or "National module · Estonia". */
export function useModuleKindLabel() {
  const { t } = useTranslation();
  const format = useFormatter();
  return (module: Pick<ModuleLike, 'kind' | 'number' | 'countryCode'>) =>
    module.kind === 'JOINT'
      ? t('modules.jointNumber', { number: module.number ?? 0 })
      : t('modules.nationalOf', {
          country: module.countryCode ? format.country(module.countryCode) : '',
        });
}

/** Hours as "16 h contact + 8 h self-study". */
export function useHoursLabel() {
  const { t } = useTranslation();
  const format = useFormatter();
  return (module: Pick<ModuleLike, 'contactHours' | 'selfStudyHours'>) =>
    t('modules.hours', {
      contact: format.number(module.contactHours),
      selfStudy: format.number(module.selfStudyHours),
    });
}

export function DeliveryModeBadge({ mode }: { mode: DeliveryMode }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="gray">
      {t(`modules.deliveryModes.${mode}`)}
    </Badge>
  );
}

/** The facts line of a module: kind, hours and delivery mode. */
export function ModuleFacts({ module }: { module: ModuleLike }) {
  const kindLabel = useModuleKindLabel();
  const hours = useHoursLabel();
  return (
    <Group gap="xs" wrap="wrap">
      <Text span size="sm" fw={500}>
        {kindLabel(module)}
      </Text>
      <Text span size="sm" c="dimmed" aria-hidden="true">
        ·
      </Text>
      <Text span size="sm">
        {hours(module)}
      </Text>
      <DeliveryModeBadge mode={module.deliveryMode} />
    </Group>
  );
}
