import type { CompletionRule } from './completion-rule.entity';
import { requirementsOf } from './progress.service';

const rule = (over: Partial<CompletionRule> = {}): CompletionRule =>
  ({
    editionId: 'e',
    requiredJointNumbers: [1],
    minJointModules: 0,
    minNationalHours: '24.00',
    selfAssessmentKind: 'AFTER_MODULE',
    selfAssessmentModuleNumber: 1,
    assignmentsMode: 'ATTENDED_MODULES',
    minAcceptedAssignments: 0,
    revision: 1,
    updatedById: null,
    updatedAt: new Date(0),
    refreshedAt: null,
    factsFingerprint: null,
    ...over,
  }) as CompletionRule;

const row = {
  person_id: 'p',
  status: 'IN_TRAINING' as const,
  trained_at: null,
  on_track: false,
  national_hours: 23,
  joint_attended: [1],
  self_assessment_done: false,
  assignments_accepted: 2,
  assignments_required: 2,
  hours_ahead: 8,
  joint_ahead: [2],
  computed_at: new Date(0),
};

describe('requirementsOf', () => {
  it('lists each condition of the rule, done or missing, with what is booked ahead', () => {
    expect(requirementsOf(rule(), row).map((r) => [r.kind, r.done, r.achieved, r.required, r.bookedAhead])).toEqual([
      ['JOINT_MODULE', true, 1, 1, 0],
      ['NATIONAL_HOURS', false, 23, 24, 8],
      ['SELF_ASSESSMENT', false, 0, 1, null],
      ['ASSIGNMENTS', true, 2, 2, null],
    ]);
  });

  it('leaves out conditions the rule does not set, and counts n of 3 joint modules', () => {
    const items = requirementsOf(
      rule({
        requiredJointNumbers: [],
        minJointModules: 2,
        minNationalHours: '0',
        selfAssessmentKind: null,
        selfAssessmentModuleNumber: null,
        assignmentsMode: 'NONE',
      }),
      row,
    );
    expect(items.map((r) => [r.kind, r.done, r.achieved, r.required, r.bookedAhead])).toEqual([
      ['JOINT_MODULE_COUNT', false, 1, 2, 1],
    ]);
  });
});
