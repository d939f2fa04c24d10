import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DELIVERY_MODES } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';
import { isDeliveryMode, type ModuleFormValues } from '../module-form';

type Delivery = Pick<ModuleFormValues, 'contactHours' | 'selfStudyHours' | 'deliveryMode'>;

/** A module's hours and how it is delivered. */
export function ModuleDeliveryFields({
  values,
  fieldError,
  onChange,
}: {
  values: Delivery;
  fieldError: (field: string) => string | undefined;
  onChange: (change: Partial<Delivery>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('modules.editor.deliveryTitle')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label={t('modules.fields.contactHours')}
          inputMode="decimal"
          required
          value={values.contactHours}
          onChange={(e) => onChange({ contactHours: e.currentTarget.value })}
          error={fieldError('contactHours')}
        />
        <TextInput
          label={t('modules.fields.selfStudyHours')}
          inputMode="decimal"
          required
          value={values.selfStudyHours}
          onChange={(e) => onChange({ selfStudyHours: e.currentTarget.value })}
          error={fieldError('selfStudyHours')}
        />
        <Select
          label={t('modules.fields.deliveryMode')}
          data={DELIVERY_MODES.map((mode) => ({ value: mode, label: t(`modules.deliveryModes.${mode}`) }))}
          value={values.deliveryMode}
          allowDeselect={false}
          onChange={(value) => {
            if (isDeliveryMode(value)) onChange({ deliveryMode: value });
          }}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
