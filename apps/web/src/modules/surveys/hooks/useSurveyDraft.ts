import { useCallback, useEffect, useRef, useState } from 'react';
import { useAction } from '../../operations/hooks/useAction';
import { SaveSurveyDraftMutation } from '../graphql/surveys';
import { answersToSend, type AnswerState, type FormQuestion } from '../survey-form';

/** saved: the server has the answers shown; pending: a change waits for a pause; saving; unsaved: refused or failed (tried again). */
export type DraftState = 'saved' | 'pending' | 'saving' | 'unsaved';

export const DRAFT_DEBOUNCE_MS = 800;
const RETRY_MS = 5000;

/**
 * The respondent's answers saved as a draft as they go: a change is sent after a short pause (one
 * save at a time, the latest answers win). `stop` ends saving before the response is submitted.
 */
export function useSurveyDraft(surveyId: string, questions: readonly FormQuestion[], enabled: boolean) {
  const { run } = useAction(SaveSurveyDraftMutation);
  const [state, setState] = useState<DraftState>('saved');
  const [everSaved, setEverSaved] = useState(false);
  const [changed, setChanged] = useState<AnswerState | null>(null);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const latest = useRef<AnswerState | null>(null);
  latest.current = changed;

  const flush = useCallback(async () => {
    const snapshot = latest.current;
    if (!snapshot || inFlight.current || stopped.current) return;
    inFlight.current = true;
    setState('saving');
    const data = await run({ input: { surveyId, answers: answersToSend(questions, snapshot) } });
    inFlight.current = false;
    if (stopped.current) return;
    if (!data) return setState('unsaved');
    setEverSaved(true);
    setChanged((current) => (current === snapshot ? null : current));
    setState((s) => (latest.current === snapshot ? 'saved' : s === 'saving' ? 'pending' : s));
  }, [run, surveyId, questions]);

  useEffect(() => {
    if (!enabled || !changed) return;
    const timer = setTimeout(() => void flush(), state === 'unsaved' ? RETRY_MS : DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [enabled, changed, state, flush]);

  const change = useCallback((next: AnswerState) => {
    if (stopped.current) return;
    setChanged(next);
    setState((s) => (s === 'saving' || s === 'unsaved' ? s : 'pending'));
  }, []);

  const stop = useCallback(() => {
    stopped.current = true;
    setChanged(null);
  }, []);

  return { state, everSaved, change, stop };
}
