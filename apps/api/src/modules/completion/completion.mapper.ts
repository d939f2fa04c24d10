import type { CompletionRule } from './completion-rule.entity';
import type { CompletionRuleModel } from './completion.model';

export function toCompletionRuleModel(rule: CompletionRule, canEdit: boolean): CompletionRuleModel {
  return {
    editionId: rule.editionId,
    requiredJointNumbers: rule.requiredJointNumbers,
    minJointModules: rule.minJointModules,
    minNationalHours: Number(rule.minNationalHours),
    selfAssessmentKind: rule.selfAssessmentKind,
    selfAssessmentModuleNumber: rule.selfAssessmentModuleNumber,
    assignmentsMode: rule.assignmentsMode,
    minAcceptedAssignments: rule.minAcceptedAssignments,
    revision: rule.revision,
    updatedAt: rule.updatedAt,
    refreshedAt: rule.refreshedAt,
    canEdit,
  };
}
