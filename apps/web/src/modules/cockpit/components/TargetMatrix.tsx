import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { PeopleFilter } from '../export-links';
import type { Cell, Progress } from './types';

interface Props {
  p: Progress;
  /** Opens the people behind a number; absent for viewers who see numbers only (OBSERVER). */
  onDrill?: (filter: PeopleFilter, title: string) => void;
}

/** Country × side: target, registered, in training, trained, gap, forecast, shortfall and seats to schedule. */
export function TargetMatrix({ p, onDrill }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const show = (n: number | null | undefined) => (n === null || n === undefined ? '–' : format.number(n));
  const sideLabel = (side: Cell['side']) => t(`cockpit.sides.${side}`);
  const sum = (f: (c: Cell) => number | null | undefined) => p.byCountry.reduce((s, c) => s + (f(c) ?? 0), 0);
  const allTargets = p.byCountry.every((c) => c.target !== null && c.target !== undefined);

  const number = (c: Cell | null, value: number, status: PeopleFilter['status'], what: string) => {
    if (!onDrill || value === 0) return show(value);
    const group = c ? `${format.country(c.country)} · ${sideLabel(c.side)}` : t('cockpit.matrix.total');
    const title = t('cockpit.drill.title', { what, group });
    return (
      <UnstyledButton
        td="underline"
        fz="sm"
        onClick={() => onDrill({ countryCode: c?.country ?? null, side: c?.side ?? null, status }, title)}
        aria-label={t('cockpit.drill.open', {
          n: format.number(value),
          what,
          group,
        })}
      >
        {format.number(value)}
      </UnstyledButton>
    );
  };

  return (
    <ScrollRegion label={t('cockpit.matrix.tableLabel')} minWidth={900}>
      <Table striped withColumnBorders data-testid="target-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cockpit.matrix.country')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.side')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.target')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.tutors')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.inTraining')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.trained')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.gap')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.forecast')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.shortfall')}</Table.Th>
            <Table.Th scope="col">{t('cockpit.matrix.seats')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.byCountry.map((c) => (
            <Table.Tr
              key={`${c.country}-${c.side}`}
              data-testid="matrix-row"
              data-country={c.country}
              data-side={c.side}
            >
              <Table.Th scope="row">{format.country(c.country)}</Table.Th>
              <Table.Td>{sideLabel(c.side)}</Table.Td>
              <Table.Td>{show(c.target)}</Table.Td>
              <Table.Td>{number(c, c.registered + c.withdrawn, null, t('cockpit.matrix.tutors'))}</Table.Td>
              <Table.Td>{number(c, c.inTraining, 'IN_TRAINING', t('cockpit.matrix.inTraining'))}</Table.Td>
              <Table.Td data-testid="cell-trained">
                {number(c, c.trained, 'TRAINED', t('cockpit.matrix.trained'))}
              </Table.Td>
              <Table.Td>{show(c.gap)}</Table.Td>
              <Table.Td>{show(c.forecastTrained)}</Table.Td>
              <Table.Td>{show(c.shortfall)}</Table.Td>
              <Table.Td>{show(c.seatsToSchedule)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row" colSpan={2}>
              {t('cockpit.matrix.total')}
            </Table.Th>
            <Table.Td>{allTargets ? show(sum((c) => c.target)) : show(p.target)}</Table.Td>
            <Table.Td>
              {number(
                null,
                sum((c) => c.registered + c.withdrawn),
                null,
                t('cockpit.matrix.tutors'),
              )}
            </Table.Td>
            <Table.Td>{number(null, p.inTraining, 'IN_TRAINING', t('cockpit.matrix.inTraining'))}</Table.Td>
            <Table.Td data-testid="total-trained">
              {number(null, p.trained, 'TRAINED', t('cockpit.matrix.trained'))}
            </Table.Td>
            <Table.Td>{allTargets ? show(sum((c) => c.gap)) : '–'}</Table.Td>
            <Table.Td>{show(p.forecastTrained)}</Table.Td>
            <Table.Td>{allTargets ? show(sum((c) => c.shortfall)) : '–'}</Table.Td>
            <Table.Td>{allTargets ? show(sum((c) => c.seatsToSchedule)) : '–'}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollRegion>
  );
}
