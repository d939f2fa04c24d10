import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface RoundLike {
  kind: 'BASELINE' | 'AFTER_MODULE' | 'FINAL';
  moduleNumber?: number | null;
}

/** "Baseline", "After joint module 1", "Final" in the viewer's language. */
export function useRoundLabel(): (round: RoundLike) => string {
  const { t } = useTranslation();
  return useCallback(
    (round: RoundLike) =>
      round.kind === 'AFTER_MODULE'
        ? t('selfAssessment.round.AFTER_MODULE', { number: round.moduleNumber ?? 1 })
        : t(`selfAssessment.round.${round.kind}`),
    [t],
  );
}
