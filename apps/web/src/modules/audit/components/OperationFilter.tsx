import { Select } from '@mantine/core';
import { AUDIT_OPERATIONS, isAuditOperation } from '@tandem/shared-domain';
import type { AuditOperation } from '@tandem/shared-domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: AuditOperation | null;
  onChange: (operation: AuditOperation | null) => void;
}

/** Narrows the log to one audited operation; the list is sorted by its label in the viewer's language. */
export function OperationFilter({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const options = useMemo(
    () =>
      AUDIT_OPERATIONS.map((operation) => ({ value: operation, label: t(`audit.operations.${operation}`) })).sort(
        (a, b) => a.label.localeCompare(b.label, i18n.language),
      ),
    [t, i18n.language],
  );
  return (
    <Select
      label={t('audit.filterOperation')}
      placeholder={t('audit.allOperations')}
      data={options}
      value={value}
      onChange={(next) => onChange(next && isAuditOperation(next) ? next : null)}
      searchable
      clearable
      w={{ base: '100%', sm: 360 }}
    />
  );
}
