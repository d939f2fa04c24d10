import { AuditEvent } from '../audit/audit-event.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { SignInAlert } from '../auth/sign-in-alert.entity';
import { ClusterLink } from '../modules/organisations/cluster-link.entity';
import { Organisation } from '../modules/organisations/organisation.entity';
import { Person } from '../modules/people/person.entity';
import { RoleGrant } from '../modules/people/role-grant.entity';
import { TutorParticipation } from '../modules/people/tutor-participation.entity';
import { TutorProfile } from '../modules/people/tutor-profile.entity';
import { Module } from '../modules/modules/module.entity';
import { ModuleVersion } from '../modules/modules/module-version.entity';
import { NationalProgrammeItem } from '../modules/national-programmes/national-programme-item.entity';
import { NationalProgramme } from '../modules/national-programmes/national-programme.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { CyclePhase } from '../modules/programmes/cycle-phase.entity';
import { Edition } from '../modules/programmes/edition.entity';
import { Programme } from '../modules/programmes/programme.entity';
import { Country } from '../modules/reference/country.entity';
import { StoredFile } from '../storage/stored-file.entity';
import { TandemMember } from '../modules/tandems/tandem-member.entity';
import { Tandem } from '../modules/tandems/tandem.entity';
import { OutboxMessage } from '../modules/mail/outbox-message.entity';
import { AccountToken } from '../modules/invitations/account-token.entity';
import { AssignmentSubmission } from '../modules/assignments/assignment-submission.entity';
import { TandemAssignment } from '../modules/assignments/tandem-assignment.entity';
import { ImportJob } from '../modules/imports/import-job.entity';
import { NetworkApplication } from '../modules/network-applications/network-application.entity';
import { Attendance } from '../modules/training-sessions/attendance.entity';
import { CalendarFeed } from '../modules/training-sessions/calendar-feed.entity';
import { CalendarSequence } from '../modules/training-sessions/calendar-sequence.entity';
import { EnrolmentPerson } from '../modules/training-sessions/enrolment-person.entity';
import { Enrolment } from '../modules/training-sessions/enrolment.entity';
import { SessionReminder } from '../modules/training-sessions/session-reminder.entity';
import { SessionTrainer } from '../modules/training-sessions/session-trainer.entity';
import { TrainingSession } from '../modules/training-sessions/training-session.entity';
import { CompetenceProfile } from '../modules/competences/competence-profile.entity';
import { CompetenceArea } from '../modules/competences/competence-area.entity';
import { Competence } from '../modules/competences/competence.entity';
import { AssessmentRound } from '../modules/self-assessments/assessment-round.entity';
import { SelfAssessment } from '../modules/self-assessments/self-assessment.entity';
import { Rating } from '../modules/self-assessments/rating.entity';
import { ModuleCompetence } from '../modules/competences/module-competence.entity';
import { CompletionRule } from '../modules/completion/completion-rule.entity';
import { CompletionStatus } from '../modules/completion/completion-status.entity';
import { CompletionStatusChange } from '../modules/completion/completion-status-change.entity';
import { CompletionTally, CompletionTrainedDay } from '../modules/completion/completion-tally.entity';
import { ParticipationWithdrawal } from '../modules/completion/participation-withdrawal.entity';
import { Target } from '../modules/targets/target.entity';
import { TargetSplit } from '../modules/targets/target-split.entity';
import { Certificate } from '../modules/certificates/certificate.entity';
import { CertificateCounter } from '../modules/certificates/certificate-counter.entity';
import { CertificateSettings } from '../modules/certificates/certificate-settings.entity';
import { CredentialIssuerKey } from '../modules/certificates/issuer-key.entity';
import { CredentialStatusList } from '../modules/certificates/status-list.entity';
import { VerificationAttempt } from '../modules/certificates/verification-attempt.entity';
import { SurveyTemplate } from '../modules/surveys/survey-template.entity';
import { Survey } from '../modules/surveys/survey.entity';
import { SurveyQuestion } from '../modules/surveys/survey-question.entity';
import { SurveyResponse, SurveyResponseLink } from '../modules/surveys/survey-response.entity';
import { SurveyAnswer } from '../modules/surveys/survey-answer.entity';
import { SurveyQuestionTally, SurveyValueTally } from '../modules/surveys/survey-tally.entity';
import { SurveyRespondent } from '../modules/surveys/survey-respondent.entity';
import { SurveyReminder } from '../modules/surveys/survey-reminder.entity';
import { SurveyDraft } from '../modules/surveys/survey-draft.entity';
import { SurveyInvitation } from '../modules/surveys/survey-invitation.entity';
import { GlossaryEntry, GlossaryTerm, GlossaryTermRelation } from '../modules/glossary/glossary-term.entity';
import { Resource, ResourceCompetence, ResourceModule, ResourceVersion } from '../modules/resources/resource.entity';
import { Mobility, StudyVisit, StudyVisitParticipant } from '../modules/study-visits/study-visit.entity';
import { HostOffer, HostOfferRequest } from '../modules/study-visits/host-offer.entity';
import {
  Finding,
  FindingCitation,
  FindingComment,
  ImprovementAction,
  ImprovementActionFinding,
  InterimAnalysis,
} from '../modules/evidence/evidence.entity';
import {
  PolicyRecommendation,
  PolicyRecommendationCitation,
  PolicyRecommendationComment,
  PolicyRecommendationFinding,
} from '../modules/policy-recommendations/policy-recommendation.entity';
import { FindingTranslation } from '../modules/evidence/finding-translation.entity';
import {
  PeerReview,
  PeerReviewer,
  PeerReviewPeer,
  PeerReviewSelfReportArea,
} from '../modules/peer-reviews/peer-review.entity';
import { PeerReviewInterview, PeerReviewRecommendation } from '../modules/peer-reviews/peer-review-notes.entity';

/** Every entity, listed explicitly: the API is bundled, so globbing for files would find none. */
import { ConsentEvent, PersonConsent } from '../modules/privacy/consent.entity';
import { DataExport } from '../modules/privacy/data-export.entity';
import { ErasureRequest } from '../modules/privacy/erasure-request.entity';
export const ENTITIES = [
  Country,
  Organisation,
  Person,
  RoleGrant,
  Session,
  LoginAttempt,
  SignInAlert,
  AuditEvent,
  Programme,
  Edition,
  CyclePhase,
  Module,
  ModuleVersion,
  StoredFile,
  NationalProgramme,
  NationalProgrammeItem,
  Notification,
  ClusterLink,
  TutorProfile,
  TutorParticipation,
  Tandem,
  TandemMember,
  OutboxMessage,
  AccountToken,
  ImportJob,
  TandemAssignment,
  AssignmentSubmission,
  NetworkApplication,
  TrainingSession,
  SessionTrainer,
  Enrolment,
  EnrolmentPerson,
  Attendance,
  CalendarFeed,
  CalendarSequence,
  SessionReminder,
  CompetenceProfile,
  CompetenceArea,
  Competence,
  AssessmentRound,
  SelfAssessment,
  Rating,
  ModuleCompetence,
  CompletionRule,
  CompletionStatus,
  CompletionStatusChange,
  CompletionTally,
  CompletionTrainedDay,
  ParticipationWithdrawal,
  Target,
  TargetSplit,
  CredentialIssuerKey,
  CredentialStatusList,
  Certificate,
  CertificateCounter,
  CertificateSettings,
  VerificationAttempt,
  ConsentEvent,
  PersonConsent,
  DataExport,
  ErasureRequest,
  SurveyTemplate,
  Survey,
  SurveyQuestion,
  SurveyResponse,
  SurveyResponseLink,
  SurveyAnswer,
  SurveyQuestionTally,
  SurveyValueTally,
  SurveyRespondent,
  SurveyReminder,
  SurveyDraft,
  SurveyInvitation,
  GlossaryTerm,
  GlossaryEntry,
  GlossaryTermRelation,
  Resource,
  ResourceVersion,
  ResourceCompetence,
  ResourceModule,
  StudyVisit,
  StudyVisitParticipant,
  Mobility,
  HostOffer,
  HostOfferRequest,
  InterimAnalysis,
  Finding,
  FindingCitation,
  FindingComment,
  FindingTranslation,
  ImprovementAction,
  ImprovementActionFinding,
  PolicyRecommendation,
  PolicyRecommendationFinding,
  PolicyRecommendationCitation,
  PolicyRecommendationComment,
  PeerReviewer,
  PeerReview,
  PeerReviewPeer,
  PeerReviewSelfReportArea,
  PeerReviewInterview,
  PeerReviewRecommendation,
];
