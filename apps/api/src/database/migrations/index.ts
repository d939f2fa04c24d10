import type { MigrationInterface } from 'typeorm';
import { CreateFoundation1795425540703 } from './1795425540703-create-foundation';
import { LoadCountries1795425600000 } from './1795425600000-load-countries';
import { AddModules1795426827803 } from './1795426827803-add-modules';
import { AddCyclePhases1795426547673 } from './1795426547673-add-cycle-phases';
import { AddFileStorage1795427100000 } from './1795427100000-add-file-storage';
import { AddNationalProgrammes1795427200000 } from './1795427200000-add-national-programmes';
import { AddNetworkAndTandems1795427300000 } from './1795427300000-add-network-and-tandems';
import { AddMailOutbox1795427400000 } from './1795427400000-add-mail-outbox';
import { AddInvitationsAndPasswordReset1795427500000 } from './1795427500000-add-invitations-and-password-reset';
import { AddImportJobs1795427600000 } from './1795427600000-add-import-jobs';
import { AddAssignments1795427700000 } from './1795427700000-add-assignments';
import { AddNetworkApplications1795427800000 } from './1795427800000-add-network-applications';
import { AddTrainingSessions1795427900000 } from './1795427900000-add-training-sessions';
import { AddCompetences1795428000000 } from './1795428000000-add-competences';
import { AddModuleCompetences1795428010000 } from './1795428010000-add-module-competences';
import { GuardSubmittedSelfAssessments1795428020000 } from './1795428020000-guard-submitted-self-assessments';
import { AddCompletionAndTargets1795428100000 } from './1795428100000-add-completion-and-targets';
import { ThrottlePerAccountAndAddress1795428200000 } from './1795428200000-throttle-per-account-and-address';
import { SessionLengthAndCalendarSequence1795428210000 } from './1795428210000-session-length-and-calendar-sequence';
import { AddCertificates1795428400000 } from './1795428400000-add-certificates';
import { AddSurveys1795500000000 } from './1795500000000-add-surveys';
import { AddSurveyReminders1795500100000 } from './1795500100000-add-survey-reminders';
import { AddConsentsAndDataExports1795510000000 } from './1795510000000-add-consents-and-data-exports';
import { AddErasureRequests1795510100000 } from './1795510100000-add-erasure-requests';
import { AllowClearingSubmittedEvidence1795510200000 } from './1795510200000-allow-clearing-submitted-evidence';
import { AddToolbox1795530000000 } from './1795530000000-add-toolbox';
import { IndexAuditOperation1795540000000 } from './1795540000000-index-audit-operation';
import { IndexDeactivatedPeople1795700000000 } from './1795700000000-index-deactivated-people';
import { IndexGlossaryFoldedTerm1795900000001 } from './1795900000001-index-glossary-folded-term';
import { AddMobilityRegister1796000000000 } from './1796000000000-add-mobility-register';
import { PlanStudyVisits1796100000000 } from './1796100000000-plan-study-visits';
import { AddSurveyDrafts1796654270596 } from './1796654270596-add-survey-drafts';
import { AddSurveyInvitations1796654312955 } from './1796654312955-add-survey-invitations';
import { AddEvidence1796654410812 } from './1796654410812-add-evidence';
import { MarkTrainerQuestions1796655575509 } from './1796655575509-mark-trainer-questions';
import { AddPeerReviews1796687717852 } from './1796687717852-add-peer-reviews';
import { AddFindingTranslations1796691497281 } from './1796691497281-add-finding-translations';
import { AddSurveyTallies1796657053299 } from './1796657053299-add-survey-tallies';
import { AddPolicyRecommendations1796685977779 } from './1796685977779-add-policy-recommendations';
import { IndexSurveyTemplate1796686207506 } from './1796686207506-index-survey-template';

/** Every migration in order, listed explicitly (the API is bundled: no globbing at run time). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateFoundation1795425540703,
  LoadCountries1795425600000,
  AddCyclePhases1795426547673,
  AddModules1795426827803,
  AddFileStorage1795427100000,
  AddNationalProgrammes1795427200000,
  AddNetworkAndTandems1795427300000,
  AddMailOutbox1795427400000,
  AddInvitationsAndPasswordReset1795427500000,
  AddImportJobs1795427600000,
  AddAssignments1795427700000,
  AddNetworkApplications1795427800000,
  AddTrainingSessions1795427900000,
  AddCompetences1795428000000,
  AddModuleCompetences1795428010000,
  GuardSubmittedSelfAssessments1795428020000,
  AddCompletionAndTargets1795428100000,
  ThrottlePerAccountAndAddress1795428200000,
  SessionLengthAndCalendarSequence1795428210000,
  AddCertificates1795428400000,
  AddSurveys1795500000000,
  AddSurveyReminders1795500100000,
  AddConsentsAndDataExports1795510000000,
  AddErasureRequests1795510100000,
  AllowClearingSubmittedEvidence1795510200000,
  AddToolbox1795530000000,
  IndexAuditOperation1795540000000,
  IndexDeactivatedPeople1795700000000,
  IndexGlossaryFoldedTerm1795900000001,
  AddMobilityRegister1796000000000,
  PlanStudyVisits1796100000000,
  AddSurveyDrafts1796654270596,
  AddSurveyInvitations1796654312955,
  AddEvidence1796654410812,
  MarkTrainerQuestions1796655575509,
  AddSurveyTallies1796657053299,
  AddPolicyRecommendations1796685977779,
  IndexSurveyTemplate1796686207506,
  AddPeerReviews1796687717852,
  AddFindingTranslations1796691497281,
];
