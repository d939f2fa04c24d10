import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localTimeTwice } from '../local-time-twice';

export type DstChoice = 'EARLIER' | 'LATER';

interface Props {
  /** The local times of the form (start, end, deadline…), in `timeZone`. */
  times: string[];
  timeZone: string;
  value: DstChoice | null;
  onChange: (choice: DstChoice) => void;
  error?: string;
}

/**
 * Shown only when an entered time happens twice in the zone (the night the clocks go back): the
 * person says which of the two they mean, so the session is not silently stored at one of them.
 */
export function DstChoiceField({ times, timeZone, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const twice = times.map((local) => localTimeTwice(local, timeZone)).find(Boolean);
  if (!twice) return null;
  const [date, time] = twice.local.split('T');
  return (
    <Radio.Group
      label={t('dstChoice.label', { date, time })}
      description={t('dstChoice.description')}
      value={value ?? ''}
      onChange={(v) => onChange(v as DstChoice)}
      error={error}
      required
    >
      <Stack gap={4} mt={4}>
        <Radio value="EARLIER" label={t('dstChoice.earlier', { time, offset: twice.earlierOffset })} />
        <Radio value="LATER" label={t('dstChoice.later', { time, offset: twice.laterOffset })} />
      </Stack>
    </Radio.Group>
  );
}

/** The choice to send: only when some entered time needs it. */
export function dstChoiceFor(times: string[], timeZone: string, choice: DstChoice | null): DstChoice | null {
  return times.some((local) => localTimeTwice(local, timeZone)) ? choice : null;
}

/** For a stored session: which occurrence its start is, when its local start happens twice. */
export function storedDstChoice(startsAt: string, localStartsAt: string, timeZone: string): DstChoice | null {
  const twice = localTimeTwice(localStartsAt, timeZone);
  if (!twice) return null;
  return Date.parse(startsAt) === twice.earlier ? 'EARLIER' : 'LATER';
}
