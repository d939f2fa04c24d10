import { useMutation } from '@apollo/client/react';
import type { PhaseMoveReason } from '@tandem/shared-domain';
import type { CyclePhaseKind, CyclePhaseStatus } from '@tandem/web-graphql';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { MoveCyclePhaseMutation } from '../graphql/editions';
import { asksForReason, type PhaseMove } from '../phase-moves';

export interface MovablePhase {
  id: string;
  kind: CyclePhaseKind;
}

/** A move waiting for its reason: foreseen by the rule, or asked for by the server. */
export interface PendingMove {
  phase: MovablePhase;
  move: PhaseMove;
  why: PhaseMoveReason | 'SERVER';
  /** The last attempt with a reason failed (shown in the dialog). */
  failure: AppError | null;
}

/**
 * Moving cycle phases: ordinary steps go straight to the server; a move that needs a reason opens
 * the reason dialog first, as does the server's VALIDATION_FAILED on `reason`. The mutation
 * answers with the edition, so the cache (and the timeline) update by themselves.
 */
export function useMoveCyclePhase() {
  const [mutate, { loading }] = useMutation(MoveCyclePhaseMutation);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [moved, setMoved] = useState<{ kind: CyclePhaseKind; status: CyclePhaseStatus } | null>(null);

  const send = useCallback(
    async (phase: MovablePhase, move: PhaseMove, reason?: string) => {
      setFailure(null);
      setMoved(null);
      try {
        await mutate({ variables: { input: { phaseId: phase.id, status: move.to, ...(reason ? { reason } : {}) } } });
        setPending(null);
        setMoved({ kind: phase.kind, status: move.to });
      } catch (e) {
        const error = toAppError(e);
        if (reason !== undefined)
          setPending({ phase, move, why: asksForReason(error) ? 'SERVER' : (move.reason ?? 'SERVER'), failure: error });
        else if (asksForReason(error)) setPending({ phase, move, why: 'SERVER', failure: null });
        else setFailure(error);
      }
    },
    [mutate],
  );

  const start = useCallback(
    (phase: MovablePhase, move: PhaseMove) => {
      setFailure(null);
      setMoved(null);
      if (move.reason) setPending({ phase, move, why: move.reason, failure: null });
      else void send(phase, move);
    },
    [send],
  );

  const confirm = useCallback(
    (reason: string) => {
      if (pending) void send(pending.phase, pending.move, reason);
    },
    [pending, send],
  );

  const cancel = useCallback(() => setPending(null), []);

  return { start, confirm, cancel, pending, failure, moved, moving: loading };
}
