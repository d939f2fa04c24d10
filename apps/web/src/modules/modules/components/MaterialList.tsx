import { ActionIcon, Anchor, Group, Stack, Text } from '@mantine/core';
import { intlLocale } from '@tandem/shared-i18n';
import type { ModuleDetailFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { fileSizeParts } from '../module-path';

type Material = ModuleDetailFragment['materials'][number];

const UNITS = { B: 'byte', kB: 'kilobyte', MB: 'megabyte' } as const;

interface Props {
  materials: readonly Material[];
  /** Editors: a remove button per material. */
  onRemove?: (material: Material) => void;
  removing?: boolean;
}

/** Links open in a new tab; files download as attachments (name, type and size shown). */
export function MaterialList({ materials, onRemove, removing = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const formatSize = ({ value, unit }: ReturnType<typeof fileSizeParts>) =>
    new Intl.NumberFormat(intlLocale(format.locale), {
      style: 'unit',
      unit: UNITS[unit],
      unitDisplay: 'short',
    }).format(value);
  if (materials.length === 0) return <Text c="dimmed">{t('modules.materials.none')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="materials">
      {materials.map((material) => {
        const size = material.sizeBytes !== null ? fileSizeParts(material.sizeBytes) : null;
        return (
          <Group component="li" key={material.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="material">
            <div style={{ minWidth: 0 }}>
              {material.kind === 'LINK' && material.url ? (
                <Anchor
                  href={material.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  fw={500}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {material.title}
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t('modules.materials.opensInNewTab')})
                  </Text>
                </Anchor>
              ) : material.downloadUrl ? (
                <Anchor
                  href={material.downloadUrl}
                  download={material.fileName ?? true}
                  fw={500}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {material.title || material.fileName}
                </Anchor>
              ) : (
                <Text fw={500}>{material.title}</Text>
              )}
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {material.kind === 'LINK'
                  ? material.url
                  : [material.fileName, material.contentType, size ? formatSize(size) : null]
                      .filter(Boolean)
                      .join(' · ')}
              </Text>
            </div>
            {onRemove && (
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => onRemove(material)}
                disabled={removing}
                aria-label={t('modules.materials.remove', {
                  title: material.title || material.fileName || '',
                })}
              >
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
