import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useEffect, useRef, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { CheckInMutation } from '../graphql/sessions';

/** The tutor who scanned a session's QR code is checked in, once, as soon as the page opens. */
export function useCheckIn(sessionId: string, code: string): 'pending' | 'done' | AppError {
  const [checkIn] = useMutation(CheckInMutation);
  const [state, setState] = useState<'pending' | 'done' | AppError>('pending');
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    checkIn({ variables: { input: { sessionId, code } } }).then(
      () => setState('done'),
      (e: unknown) => setState(toAppError(e)),
    );
  }, [checkIn, sessionId, code]);
  return state;
}
