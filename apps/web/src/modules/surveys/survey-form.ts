/** The answering form's rules, kept apart from the components so that they are tested on their own. */
export interface FormQuestion {
  id: string;
  type: string;
  required: boolean;
  showIfQuestionId?: string | null;
  showIfValue?: string | null;
}

/** Per question the chosen values (one, or several for MULTI); `other` holds a MULTI answer of one's own. */
export interface AnswerState {
  values: Record<string, string[]>;
  other: Record<string, string>;
}

export const emptyAnswers = (): AnswerState => ({ values: {}, other: {} });

export function isShown(q: FormQuestion, state: AnswerState): boolean {
  if (!q.showIfQuestionId) return true;
  return (state.values[q.showIfQuestionId] ?? []).includes(q.showIfValue ?? '');
}

/** The values of a question as the API takes them ("other:<text>" for one's own MULTI answer). */
function valuesOf(q: FormQuestion, state: AnswerState): string[] {
  const chosen = (state.values[q.id] ?? []).map((v) => v.trim()).filter(Boolean);
  if (q.type !== 'MULTI') return chosen.slice(0, 1);
  const other = state.other[q.id]?.trim();
  return other ? [...chosen, `other:${other}`] : chosen;
}

/** The visible, required questions without an answer (section headings are never required). */
export function missingRequired(questions: readonly FormQuestion[], state: AnswerState): string[] {
  return questions
    .filter((q) => q.type !== 'SECTION' && q.required && isShown(q, state) && !valuesOf(q, state).length)
    .map((q) => q.id);
}

/** MULTI: one answer per chosen option, all with the question's id. Hidden questions send nothing. */
export function answersToSend(
  questions: readonly FormQuestion[],
  state: AnswerState,
): { questionId: string; value: string }[] {
  return questions
    .filter((q) => q.type !== 'SECTION' && isShown(q, state))
    .flatMap((q) => valuesOf(q, state).map((value) => ({ questionId: q.id, value })));
}

/** The form's state from answers as the API keeps them (a draft, or one's own response to change). */
export function stateFromAnswers(
  questions: readonly FormQuestion[],
  answers: readonly { questionId: string; value: string }[],
): AnswerState {
  const state = emptyAnswers();
  const types = new Map(questions.map((q) => [q.id, q.type]));
  for (const a of answers) {
    const type = types.get(a.questionId);
    if (!type) continue;
    if (type === 'MULTI' && a.value.startsWith('other:')) state.other[a.questionId] = a.value.slice('other:'.length);
    else state.values[a.questionId] = [...(state.values[a.questionId] ?? []), a.value];
  }
  return state;
}
