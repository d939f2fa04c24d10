import type { FieldError } from '@tandem/shared-domain';
import type { StakeholderGroup } from '@tandem/web-graphql';
import { clientFieldError, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useAction } from '../../operations/hooks/useAction';
import { InviteSurveyStakeholdersMutation, SurveyInvitationCountsQuery } from '../graphql/survey-links';
import { parts, repeatedRows } from '../stakeholder-list';

/** The API takes at most this many addresses in one request (INVITATIONS_PER_REQUEST). */
export const ADDRESSES_PER_REQUEST = 200;

export interface InviteOptions {
  countryCode: string;
  language: string;
  stakeholderGroup: StakeholderGroup | null;
  expiresAt: string | null;
}

/** A refusal of the list: the row (0-based) and its address, or null for the list as a whole. */
export interface ListError {
  row: number | null;
  email: string;
  error: FieldError;
}

const rowOf = (field: string, offset: number): number | null => {
  const m = /emails\.(\d+)$/.exec(field);
  return m ? offset + Number(m[1]) : null;
};

/**
 * Sends the links of a list of any length: first every part is checked (a dry run), so that nothing
 * is sent unless the whole list is right; then the parts are sent one after another, with progress.
 */
export function useInviteStakeholders(surveyId: string) {
  const { attempt } = useAction(InviteSurveyStakeholdersMutation, { refetchQueries: [SurveyInvitationCountsQuery] });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [listErrors, setListErrors] = useState<ListError[]>([]);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite(emails: readonly string[], options: InviteOptions): Promise<boolean> {
    setListErrors([]);
    setFailure(null);
    setSent(null);
    setProgress(null);
    const repeated = repeatedRows(emails);
    if (repeated.length) {
      setListErrors(
        repeated.map((row) => ({
          row,
          email: emails[row],
          error: clientFieldError(`input.emails.${row}`, 'duplicate'),
        })),
      );
      return false;
    }
    const input = (items: string[], dryRun: boolean) => ({
      input: {
        surveyId,
        emails: items,
        dryRun,
        countryCode: options.countryCode,
        language: options.language,
        stakeholderGroup: options.stakeholderGroup,
        expiresAt: options.expiresAt ? new Date(`${options.expiresAt}T23:59:59`).toISOString() : null,
      },
    });
    const list = parts(emails, ADDRESSES_PER_REQUEST);
    setBusy(true);
    try {
      const errors: ListError[] = [];
      for (const part of list.length ? list : [{ offset: 0, items: [] }]) {
        const checked = await attempt(input(part.items, true));
        if (!checked.error) continue;
        if (checked.error.code !== 'VALIDATION_FAILED') {
          setFailure(checked.error);
          return false;
        }
        for (const error of checked.error.fields ?? []) {
          const row = rowOf(error.field, part.offset);
          errors.push({ row, email: row === null ? '' : emails[row], error });
        }
      }
      if (errors.length) {
        setListErrors(errors);
        return false;
      }
      let done = 0;
      setProgress({ done, total: emails.length });
      for (const part of list) {
        const result = await attempt(input(part.items, false));
        if (result.error) {
          setFailure(result.error);
          setSent(done);
          return false;
        }
        done += result.data.inviteSurveyStakeholders.invitedCount;
        setProgress({ done, total: emails.length });
      }
      setSent(done);
      return true;
    } finally {
      setBusy(false);
    }
  }

  return { invite, busy, progress, listErrors, failure, sent };
}
