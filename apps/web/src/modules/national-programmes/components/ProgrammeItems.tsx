import { Anchor, Table, Text, Title } from '@mantine/core';
import type { NationalProgrammeDetailFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { FallbackMarker } from '../../modules/components/FallbackMarker';
import { modulePath } from '../../modules/module-path';

/** The modules of a programme for those who may only read it. */
export function ProgrammeItems({ programme }: { programme: NationalProgrammeDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <section aria-labelledby="programme-items">
      <Title order={2} id="programme-items" mb="xs">
        {t('nationalProgrammes.modules')}
      </Title>
      {programme.items.length === 0 ? (
        <Text>{t('nationalProgrammes.editor.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped verticalSpacing="xs" data-testid="programme-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('nationalProgrammes.position')}</Table.Th>
                <Table.Th scope="col">{t('nationalProgrammes.code')}</Table.Th>
                <Table.Th scope="col">{t('nationalProgrammes.module')}</Table.Th>
                <Table.Th scope="col">{t('nationalProgrammes.kind')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('nationalProgrammes.contactHours')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('nationalProgrammes.selfStudyHours')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('nationalProgrammes.totalHours')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programme.items.map((item) => (
                <Table.Tr key={item.moduleId} data-code={item.code}>
                  <Table.Td>{format.number(item.position)}</Table.Td>
                  <Table.Td ff="monospace" fw={700}>
                    {item.code}
                  </Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={modulePath(item.moduleId)}>
                      {item.title}
                    </Anchor>
                    <FallbackMarker show={item.titleIsFallback} />
                  </Table.Th>
                  <Table.Td>
                    {item.kind === 'JOINT'
                      ? t('modules.jointNumber', { number: item.number ?? 0 })
                      : t('modules.kinds.NATIONAL')}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{format.number(item.contactHours)}</Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{format.number(item.selfStudyHours)}</Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{format.number(item.totalHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
