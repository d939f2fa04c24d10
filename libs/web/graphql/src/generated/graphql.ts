/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  password: string;
  preferredLanguage: string;
  /** Whether the person agrees to research use of their (pseudonymised) data. */
  researchConsent: boolean;
  token: string;
};

export type AddCitationInput = {
  findingId: string | number;
  kind: CitationKind;
  source: CitationSourceInput;
};

export type AddModuleMaterialLinkInput = {
  /** The lockVersion of the version the edit started from. */
  lockVersion: number;
  moduleId: string | number;
  title: string;
  /** An http(s) address. */
  url: string;
};

export type AddPeerReviewInterviewInput = {
  /** The day of the interview. */
  heldOn: string;
  /** Who was interviewed: a role or a group, never a name. */
  interviewee: string;
  notes: string;
  reviewId: string | number;
};

export type AddPeerReviewRecommendationInput = {
  areaCode: PeerReviewQualityArea;
  reviewId: string | number;
  text: string;
};

export type AddTrainerQuestionInput = {
  /** TEXT: a long answer. */
  long?: boolean;
  /** LIKERT_5: "not applicable" may be answered. */
  notApplicable?: boolean;
  /** SINGLE and MULTI: 2 to 10 options. */
  options?: Array<TrainerQuestionOptionInput>;
  required?: boolean;
  surveyId: string | number;
  /** In up to five languages; English is needed (the fallback). */
  text: Array<SurveyTextInput>;
  /** LIKERT_5, SCALE_0_10, SINGLE, MULTI or TEXT. */
  type: QuestionType;
};

export type AdvancePeerReviewInput = {
  expectedLockVersion: number;
  reviewId: string | number;
  /** The next stage (one step; a wrong one gets PEER_REVIEW_STAGE). */
  stage: PeerReviewStage;
};

export type ApplyToJoinNetworkInput = {
  city: string;
  contactEmail: string;
  contactFamilyName: string;
  contactGivenName: string;
  /** EE, LV or LT. */
  country: string;
  /** VET_INSTITUTION or COMPANY: the training partners who apply here. */
  kind: OrganisationKind;
  message?: string | null | undefined;
  organisationName: string;
  /** en, et, lv, lt or ru. */
  preferredLanguage: string;
  /** The business or institution registry code in the country. */
  registryCode: string;
  sector?: Sector | null | undefined;
  sizeClass?: SizeClass | null | undefined;
  website?: string | null | undefined;
};

export type AskForHostPlacesInput = {
  message: string;
  offerId: string | number;
  /** The organisation that would send its people. */
  organisationId: string | number;
  places?: number;
};

/** BASELINE before training; AFTER_MODULE after joint module 1, 2, 3; FINAL at the end. */
export type AssessmentRoundKind = 'AFTER_MODULE' | 'BASELINE' | 'FINAL';

/** NONE; ATTENDED_MODULES: the assignments of every module the tutor attended; ALL: every assignment of the tutor’s modules; AT_LEAST: n accepted. */
export type AssignmentRuleMode = 'ALL' | 'ATTENDED_MODULES' | 'AT_LEAST' | 'NONE';

export type AttendanceEntryInput = {
  personId: string | number;
  status: AttendanceStatus;
};

export type AttendanceStatus = 'ABSENT' | 'EXCUSED' | 'PRESENT';

/** Who a resource is written for. */
export type Audience = 'COMPANY_TUTOR' | 'COORDINATOR' | 'SCHOOL_TUTOR' | 'TRAINER';

export type BookSessionInput = {
  sessionId: string | number;
  /** A COORDINATOR (or ADMIN) enrols this tandem on its behalf; a tutor books for their own ACTIVE tandem (default). */
  tandemId?: string | number | null | undefined;
  /** Join the waitlist when the seats do not fit; false: refuse with SESSION_FULL. */
  waitlist?: boolean;
};

export type CancelEnrolmentInput = {
  enrolmentId: string | number;
};

export type CancelSessionInput = {
  /** Told to everyone enrolled. */
  reason: string;
  sessionId: string | number;
};

export type CertificateFilterInput = {
  /** Only certificates whose holder is no longer TRAINED. */
  flaggedOnly?: boolean | null | undefined;
  /** Part of the holder’s name or the number. */
  search?: string | null | undefined;
  status?: CertificateStatus | null | undefined;
};

/** VALID; REVOKED (with a reason; the record stays); REPLACED by a re-issued certificate. */
export type CertificateStatus = 'REPLACED' | 'REVOKED' | 'VALID';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CheckInInput = {
  code: string;
  sessionId: string | number;
};

/** SURVEY_RESULT (a survey question’s result for a group), COMPETENCE_AGGREGATE, FIGURE (a cockpit figure), QUOTE (a free-text answer of a group of 10 or more in a quotable survey). */
export type CitationKind = 'COMPETENCE_AGGREGATE' | 'FIGURE' | 'QUOTE' | 'SURVEY_RESULT';

/** What to cite: the fields its kind needs. */
export type CitationSourceInput = {
  /** COMPETENCE_AGGREGATE. */
  competenceCode?: string | null | undefined;
  /** The group: a country (none: all). */
  countryCode?: string | null | undefined;
  /** FIGURE: ATTENDANCE_RATE or TRAINED_SHARE. */
  figure?: string | null | undefined;
  /** SURVEY_RESULT, QUOTE. */
  questionId?: string | number | null | undefined;
  /** QUOTE: the answer quoted, as shown in the results. */
  quote?: string | null | undefined;
  /** COMPETENCE_AGGREGATE: the assessment round. */
  roundId?: string | number | null | undefined;
  /** The group: SCHOOL or COMPANY (none: both). */
  side?: string | null | undefined;
  /** SURVEY_RESULT, QUOTE. */
  surveyId?: string | number | null | undefined;
};

export type CommentOnFindingInput = {
  findingId: string | number;
  text: string;
};

export type CommentOnPeerReviewReportInput = {
  comments: string;
  expectedLockVersion: number;
  reviewId: string | number;
};

/** DRAFT: ADMIN edits it; PUBLISHED: in use, read-only; RETIRED: replaced by a newer version, kept for past rounds. */
export type CompetenceProfileStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

export type CompleteSessionInput = {
  sessionId: string | number;
};

/** Derived from the data, never typed in: REGISTERED → IN_TANDEM → IN_TRAINING (first attendance) → TRAINED, or WITHDRAWN. */
export type CompletionStatus = 'IN_TANDEM' | 'IN_TRAINING' | 'REGISTERED' | 'TRAINED' | 'WITHDRAWN';

export type ConfirmSubmissionInput = {
  /** The lockVersion of the content being confirmed. */
  lockVersion: number;
  submissionId: string | number;
};

/** What a person may consent to, one purpose at a time (service e-mails the programme needs are no purpose: they are always sent). */
export type ConsentPurpose =
  'EMAIL_REMINDERS' | 'PARTNER_SUGGESTIONS' | 'RESEARCH' | 'ROSTER_NAME' | 'STUDY_VISIT_MEDIA';

export type CreateAssignmentInput = {
  /** ISO date (YYYY-MM-DD), today or later. */
  dueOn: string;
  instructions?: string;
  /** The module; the assignment belongs to its version in force (published, else the draft). */
  moduleId: string | number;
  title: string;
};

export type CreateFindingInput = {
  analysisId: string | number;
  /** The countries concerned; empty: all of them. */
  countryCodes: Array<string>;
  /** The statement’s language. Default: the writer’s. */
  language?: string | null | undefined;
  /** The modules concerned (of the analysis’s edition). */
  moduleIds: Array<string | number>;
  priority: FindingPriority;
  /** What was found, in the language it is written in. */
  statement: string;
};

export type CreateModuleInput = {
  code: string;
  contactHours?: number | null | undefined;
  /** National modules: EE, LV or LT. */
  countryCode?: string | null | undefined;
  deliveryMode?: DeliveryMode | null | undefined;
  editionId: string | number;
  kind: ModuleKind;
  /** Joint modules: 1..3. */
  number?: number | null | undefined;
  selfStudyHours?: number | null | undefined;
  /** English is required; other languages optional. */
  texts?: Array<ModuleTextInput> | null | undefined;
};

/** Why a credential is NOT_VALID. */
export type CredentialInvalidReason =
  'EXPIRED' | 'MALFORMED' | 'NOT_YET_VALID' | 'STATUS_UNAVAILABLE' | 'TAMPERED' | 'UNKNOWN_ISSUER';

/** VALID, REVOKED, REPLACED (by a re-issue), or NOT_VALID (see the reason). */
export type CredentialVerificationStatus = 'NOT_VALID' | 'REPLACED' | 'REVOKED' | 'VALID';

/** The steps of the train-the-trainer cycle, in order. */
export type CyclePhaseKind =
  | 'FINAL_EVALUATION'
  | 'INTERIM_ANALYSIS_1'
  | 'INTERIM_ANALYSIS_2'
  | 'JOINT_MODULE_1'
  | 'JOINT_MODULE_2'
  | 'JOINT_MODULE_3'
  | 'NATIONAL_PROGRAMMES'
  | 'NATIONAL_TRAININGS_1'
  | 'NATIONAL_TRAININGS_2'
  | 'NATIONAL_TRAININGS_3'
  | 'NEEDS_ANALYSIS'
  | 'POLICY_RECOMMENDATIONS'
  | 'STUDY_VISIT'
  | 'TRAIN_THE_TRAINER';

export type CyclePhaseStatus = 'DONE' | 'OPEN' | 'PLANNED';

export type DataExportStatus = 'FAILED' | 'QUEUED' | 'READY' | 'RUNNING';

export type DeliveryMode = 'BLENDED' | 'IN_PERSON' | 'ONLINE';

export type DissolveTandemInput = {
  /** Why (required); shown to the partners and the coordinators. */
  reason: string;
  tandemId: string | number;
};

/** For a local time that happens twice (the night daylight saving time ends): EARLIER, the first occurrence (summer time), or LATER, the second (winter time). */
export type DstChoice = 'EARLIER' | 'LATER';

/** CONFIRMED holds seats; WAITLISTED waits in arrival order and is promoted when seats free up; CANCELLED is history. */
export type EnrolmentStatus = 'CANCELLED' | 'CONFIRMED' | 'WAITLISTED';

/** DRAFT, then PUBLISHED. */
export type EvidenceStatus = 'DRAFT' | 'PUBLISHED';

export type FindingPriority = 'HIGH' | 'LOW' | 'MEDIUM';

export type FormTandemInput = {
  /** A tutor of a company. */
  companyTutorId: string | number;
  editionId: string | number;
  /** A tutor of a VET institution. */
  schoolTutorId: string | number;
};

/** The field a term belongs to. */
export type GlossaryDomain = 'CONSTRUCTION' | 'ICT' | 'METALWORK' | 'TOURISM' | 'WBL';

export type GlossaryEntryInput = {
  definition?: string | null | undefined;
  example?: string | null | undefined;
  /** en, et, lv, lt or ru. */
  language: string;
  partOfSpeech?: PartOfSpeech | null | undefined;
  synonyms?: Array<string> | null | undefined;
  term: string;
};

/** PROPOSED by anyone; REVIEWED by an editor (ADMIN or COORDINATOR). */
export type GlossaryEntryStatus = 'PROPOSED' | 'REVIEWED';

export type GrantRoleInput = {
  countryCode?: string | null | undefined;
  organisationId?: string | null | undefined;
  personId: string;
  role: Role;
};

/** Placements an organisation offers. */
export type HostOfferInput = {
  /** ISO date. */
  availableFrom: string;
  /** ISO date, on or after availableFrom. */
  availableUntil: string;
  description: string;
  /** ISO alpha-2. */
  hostCountry: string;
  hostOrganisation: string;
  kind: MobilityKind;
  /** ISO 639-1 codes, e.g. fi, en. */
  languages?: Array<string>;
  /** The offering organisation. */
  organisationId: string | number;
  places: number;
  sector?: Sector | null | undefined;
};

/** REQUESTED → ACCEPTED or DECLINED, decided by the offering side. */
export type HostOfferRequestStatus = 'ACCEPTED' | 'DECLINED' | 'REQUESTED';

export type ImportJobStatus = 'FAILED' | 'QUEUED' | 'RUNNING' | 'SUCCEEDED';

/** PROPOSED → AGREED → DONE (in a module version) → CHECKED (before and after). */
export type ImprovementActionStatus = 'AGREED' | 'CHECKED' | 'DONE' | 'PROPOSED';

export type InvitePersonInput = {
  /** For COORDINATOR, TRAINER (required) and OBSERVER (optional). */
  countryCode?: string | null | undefined;
  email: string;
  familyName: string;
  givenName: string;
  /** For MANAGER and TUTOR (the employer). */
  organisationId?: string | null | undefined;
  /** The language of the invitation e-mail and of the account: en, et, lv, lt or ru. */
  preferredLanguage: string;
  role: Role;
};

export type InviteSurveyStakeholdersInput = {
  /** The country the stakeholders are asked for (a coordinator: their own). */
  countryCode: string;
  /** Only check the list: nothing is stored or sent. */
  dryRun?: boolean;
  /** The e-mail addresses, one per stakeholder (at most 200 in one request; a longer list is sent in parts). Refused as a whole, with an error per row, when one is malformed, repeated or already invited. */
  emails: Array<string>;
  /** When the links stop working (default and at most: the survey’s close). */
  expiresAt?: string | null | undefined;
  /** The language of the e-mail and, at first, of the survey. */
  language: string;
  stakeholderGroup?: StakeholderGroup | null | undefined;
  surveyId: string | number;
};

export type InviteTandemPartnerInput = {
  editionId: string | number;
  /** A tutor of the other side (school or company). */
  partnerId: string | number;
};

export type IssueCertificateInput = {
  editionId: string | number;
  note?: string | null | undefined;
  personId: string | number;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MarkAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  sessionId: string | number;
};

export type MaterialKind = 'FILE' | 'LINK';

export type MobilityFilter = {
  /** ISO alpha-2 of the host country. */
  hostCountry?: string | null | undefined;
  kind?: MobilityKind | null | undefined;
  /** The sending organisation. */
  organisationId?: string | number | null | undefined;
  /** The year the mobility starts. */
  year?: number | null | undefined;
};

/** A mobility record: a person or a number of VET learners, never both. */
export type MobilityInput = {
  /** ISO date, on or after startsOn. */
  endsOn: string;
  /** The sending organisation. */
  fromOrganisationId: string | number;
  /** ISO alpha-2, e.g. FI. */
  hostCountry: string;
  /** The accepted host-offer request this mobility comes from. */
  hostOfferRequestId?: string | number | null | undefined;
  hostOrganisation: string;
  kind: MobilityKind;
  /** For a group of VET learners: 1..500. */
  learnerCount?: number | null | undefined;
  learningOutcomes?: string | null | undefined;
  /** The result. */
  outcome?: string | null | undefined;
  /** Who went (a tutor, a trainer); or give learnerCount. */
  personId?: string | number | null | undefined;
  /** ISO date. */
  startsOn: string;
};

export type MobilityKind = 'EXPERT_VISIT' | 'JOB_SHADOWING' | 'LEARNER_PLACEMENT' | 'STUDY_VISIT' | 'TEACHER_EXCHANGE';

export type ModuleFilter = {
  countryCode?: string | null | undefined;
  /** Default: the edition running today. */
  editionId?: string | number | null | undefined;
  kind?: ModuleKind | null | undefined;
  /** Only modules with texts in this language. */
  language?: string | null | undefined;
  /** Matches the code and the title in any language. */
  search?: string | null | undefined;
};

export type ModuleKind = 'JOINT' | 'NATIONAL';

export type ModuleTextInput = {
  language: string;
  learningOutcomes?: Array<string>;
  summary?: string;
  title: string;
};

export type ModuleVersionStatus = 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';

export type MoveCyclePhaseInput = {
  phaseId: string | number;
  /** Required when going back, or when opening a phase before the previous one is done. */
  reason?: string | null | undefined;
  status: CyclePhaseStatus;
};

export type MoveEnrolmentInput = {
  enrolmentId: string | number;
  toSessionId: string | number;
};

/** A step of a tutor’s own way through the edition. */
export type MyNextStepKind =
  | 'ATTEND_SESSION'
  | 'BOOK_JOINT_MODULE'
  | 'BOOK_NATIONAL_TRAINING'
  | 'COMPLETE_ASSIGNMENTS'
  | 'FORM_TANDEM'
  | 'SELF_ASSESSMENT';

/** PENDING: open and not answered yet; ANSWERED; CLOSED: closed without an answer. */
export type MySurveyStatus = 'ANSWERED' | 'CLOSED' | 'PENDING';

/** DRAFT → SUBMITTED → APPROVED, or RETURNED with comments (editing makes it DRAFT again). */
export type NationalProgrammeStatus = 'APPROVED' | 'DRAFT' | 'RETURNED' | 'SUBMITTED';

/** PENDING until the country’s coordinator approves or rejects it. */
export type NetworkApplicationStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

/** Something a person should do now; the client translates it. */
export type NextStepKind =
  | 'ADVANCE_CYCLE'
  | 'ANALYSE_FEEDBACK'
  | 'ATTEND_JOINT_MODULE'
  | 'BOOK_NATIONAL_TRAINING'
  | 'FOLLOW_COUNTRY_PROGRESS'
  | 'FOLLOW_ORGANISATION_PROGRESS'
  | 'FORM_TANDEM'
  | 'GET_CERTIFICATE'
  | 'GIVE_FEEDBACK'
  | 'INVITE_TUTORS'
  | 'RECORD_ATTENDANCE'
  | 'RECORD_FINDINGS'
  | 'REVIEW_NATIONAL_PROGRAMMES'
  | 'REVIEW_SESSION_FEEDBACK'
  | 'SCHEDULE_SESSIONS'
  | 'SUBMIT_NATIONAL_PROGRAMME'
  | 'TAKE_BASELINE_SELF_ASSESSMENT'
  | 'TAKE_FINAL_SELF_ASSESSMENT'
  | 'TRACK_TARGET'
  | 'VIEW_DASHBOARDS';

/** What happened; the client translates it with the params. */
export type NotificationKind =
  | 'ASSIGNMENT_SUBMISSION_CONFIRMED'
  | 'ASSIGNMENT_SUBMISSION_REVIEWED'
  | 'ASSIGNMENT_SUBMISSION_SUBMITTED'
  | 'CERTIFICATE_FLAGGED'
  | 'CERTIFICATE_ISSUED'
  | 'CERTIFICATE_REVOKED'
  | 'ENROLMENT_BOOKED_FOR_TANDEM'
  | 'ENROLMENT_CANCELLED_FOR_TANDEM'
  | 'ENROLMENT_MOVED_FOR_TANDEM'
  | 'ENROLMENT_PROMOTED'
  | 'NATIONAL_PROGRAMME_APPROVED'
  | 'NATIONAL_PROGRAMME_RETURNED'
  | 'NATIONAL_PROGRAMME_SUBMITTED'
  | 'NETWORK_APPLICATION_RECEIVED';

export type OpenAssessmentRoundInput = {
  closesAt: string;
  editionId: string | number;
  kind: AssessmentRoundKind;
  /** 1..3, for AFTER_MODULE only. */
  moduleNumber?: number | null | undefined;
  opensAt: string;
  /** Default: the published profile version. */
  profileVersionId?: string | number | null | undefined;
};

export type OrganisationFilter = {
  /** ISO alpha-2 code, e.g. LV. */
  country?: string | null | undefined;
  kind?: OrganisationKind | null | undefined;
  /** Part of the name or city, or the exact registry code. */
  search?: string | null | undefined;
  sector?: Sector | null | undefined;
};

export type OrganisationKind = 'AUTHORITY' | 'COMPANY' | 'RESEARCH_INSTITUTE' | 'SOCIAL_PARTNER' | 'VET_INSTITUTION';

export type OutboxStatus = 'FAILED' | 'QUEUED' | 'SENT';

export type PartOfSpeech = 'ADJECTIVE' | 'ADVERB' | 'NOUN' | 'PHRASE' | 'VERB';

/** The quality areas of the European Peer Review Manual for VET. */
export type PeerReviewQualityArea =
  | 'ASSESSMENT'
  | 'CURRICULA'
  | 'LEARNING_AND_TEACHING'
  | 'LEARNING_OUTCOMES'
  | 'MANAGEMENT'
  | 'PARTNERSHIPS'
  | 'QUALITY_MANAGEMENT'
  | 'RESOURCES'
  | 'SOCIAL_ENVIRONMENT_AND_ACCESS'
  | 'STAFF_COMPETENCES';

/** PREPARATION → VISIT → REPORT → COMMENTS → FOLLOW_UP → CLOSED (European Peer Review). */
export type PeerReviewStage = 'CLOSED' | 'COMMENTS' | 'FOLLOW_UP' | 'PREPARATION' | 'REPORT' | 'VISIT';

/** Whether the account may sign in. */
export type PersonStatus = 'ACTIVE' | 'DEACTIVATED';

export type ProfileAreaInput = {
  code: string;
  /** In order. */
  competences: Array<ProfileCompetenceInput>;
  texts: Array<ProfileTextInput>;
};

export type ProfileCompetenceInput = {
  code: string;
  texts: Array<ProfileTextInput>;
};

export type ProfileTextInput = {
  description?: string;
  language: string;
  /** Level descriptors 1..scaleLevels (competences only). */
  levels?: Array<string>;
  title: string;
};

/** A resource of the toolbox, or one language entry of a dictionary term. */
export type ProposalKind = 'GLOSSARY_ENTRY' | 'RESOURCE';

/** PENDING until a reviewer decides; a resource may be APPROVED (published), CHANGES_REQUESTED or REJECTED (both with a reason); a dictionary entry becomes APPROVED when an editor marks it reviewed. */
export type ProposalStatus = 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING' | 'REJECTED';

export type ProposeResourceInput = {
  audience?: Array<Audience> | null | undefined;
  author?: string | null | undefined;
  competenceIds?: Array<string | number> | null | undefined;
  /** EE, LV or LT: its coordinator reviews it; Baltic-wide when omitted. */
  countryCode?: string | null | undefined;
  kind: ResourceKind;
  licence?: string | null | undefined;
  moduleIds?: Array<string | number> | null | undefined;
  source?: string | null | undefined;
  summaries?: Array<ResourceTextInput> | null | undefined;
  /** English is required. */
  titles: Array<ResourceTextInput>;
  /** The text or link in one or more languages. */
  versions: Array<ResourceVersionInput>;
};

export type PublishCompetenceProfileInput = {
  profileId: string | number;
};

export type PublishFindingInput = {
  /** A stale one gets STALE_WRITE. */
  expectedLockVersion?: number | null | undefined;
  id: string | number;
};

export type PublishModuleInput = {
  lockVersion: number;
  moduleId: string | number;
};

/** LIKERT_5 (1..5, "NA" where allowed), SCALE_0_10, SINGLE (an option code), MULTI (one answer per option; "other:<text>"), TEXT, SECTION (a heading). */
export type QuestionType = 'LIKERT_5' | 'MULTI' | 'SCALE_0_10' | 'SECTION' | 'SINGLE' | 'TEXT';

export type RatingInput = {
  competenceId: string | number;
  /** At most 2000 characters. */
  evidence?: string | null | undefined;
  /** 1..the profile’s scaleLevels; null removes the rating from the draft. */
  level?: number | null | undefined;
};

export type ReinstateTutorInput = {
  editionId: string | number;
  personId: string | number;
};

export type ReissueCertificateInput = {
  certificateId: string | number;
  /** What was corrected. */
  note: string;
};

export type RemindSurveyStakeholdersInput = {
  countryCode: string;
  surveyId: string | number;
};

export type RemoveModuleMaterialInput = {
  lockVersion: number;
  materialId: string | number;
  moduleId: string | number;
};

export type RemoveSubmissionAttachmentInput = {
  fileId: string | number;
  lockVersion: number;
  submissionId: string | number;
};

export type RemoveTrainerQuestionInput = {
  questionId: string | number;
};

export type RequirementKind =
  'ASSIGNMENTS' | 'JOINT_MODULE' | 'JOINT_MODULE_COUNT' | 'NATIONAL_HOURS' | 'SELF_ASSESSMENT';

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type ResourceDecision = 'APPROVE' | 'REJECT' | 'REQUEST_CHANGES';

export type ResourceFilter = {
  audience?: Audience | null | undefined;
  competenceId?: string | number | null | undefined;
  kind?: ResourceKind | null | undefined;
  /** Only resources with a version in this language. */
  language?: string | null | undefined;
  moduleId?: string | number | null | undefined;
  /** Any language; case and diacritics do not matter. */
  search?: string | null | undefined;
  /** The review queue: PROPOSED (reviewers see their scope). PUBLISHED when omitted. */
  status?: ResourceStatus | null | undefined;
};

export type ResourceKind =
  'BEST_PRACTICE' | 'CHECKLIST' | 'COLLABORATION_WAY' | 'GUIDE' | 'HANDBOOK_CHAPTER' | 'MANUAL' | 'TEMPLATE' | 'VIDEO';

/** RELEVANCE applies to a search (else NEWEST). */
export type ResourceSort = 'MOST_USED' | 'NEWEST' | 'RELEVANCE';

/** PROPOSED → PUBLISHED, CHANGES_REQUESTED (with a reason) or REJECTED (with a reason). */
export type ResourceStatus = 'CHANGES_REQUESTED' | 'PROPOSED' | 'PUBLISHED' | 'REJECTED';

export type ResourceTextInput = {
  language: string;
  text: string;
};

export type ResourceVersionInput = {
  body?: string | null | undefined;
  language: string;
  /** An http(s) link (a video, a document elsewhere). */
  url?: string | null | undefined;
};

export type RespondToTandemInvitationInput = {
  /** true: the tandem becomes ACTIVE; false: it is DISSOLVED as declined. */
  accept: boolean;
  tandemId: string | number;
};

export type ReviewOutcome = 'ACCEPTED' | 'NEEDS_REVISION';

export type ReviewSubmissionInput = {
  /** Required for NEEDS_REVISION. */
  comment?: string;
  outcome: ReviewOutcome;
  submissionId: string | number;
};

export type RevokeCertificateInput = {
  certificateId: string | number;
  /** Why: kept with the record and shown to the tutor (not on the public page). */
  reason: string;
};

/** A role of DESIGN.md; granted in a scope. */
export type Role = 'ADMIN' | 'COORDINATOR' | 'MANAGER' | 'OBSERVER' | 'RESEARCHER' | 'TRAINER' | 'TUTOR';

export type RuleRoundKind = 'AFTER_MODULE' | 'BASELINE' | 'FINAL';

/** The whole draft, in order: what it holds replaces what the draft held (also the JSON import). */
export type SaveCompetenceProfileDraftInput = {
  areas: Array<ProfileAreaInput>;
  /** Level names per language: title unused, levels = the names. */
  levelNames: Array<ProfileTextInput>;
  profileId: string | number;
  scaleLevels: number;
};

export type SaveGlossaryTermInput = {
  domain: GlossaryDomain;
  /** At least one language; each language once. */
  entries: Array<GlossaryEntryInput>;
  /** The term to change; a new one when omitted. */
  id?: string | number | null | undefined;
  /** Related terms (replaces the list when given). */
  relatedIds?: Array<string | number> | null | undefined;
};

export type SaveModuleDraftInput = {
  /** Why this version changes the previous one (required to publish version 2+). */
  changeReason?: string | null | undefined;
  contactHours?: number | null | undefined;
  deliveryMode?: DeliveryMode | null | undefined;
  /** The lockVersion of the version the edit started from. */
  lockVersion: number;
  moduleId: string | number;
  selfStudyHours?: number | null | undefined;
  /** English is required; other languages optional. */
  texts?: Array<ModuleTextInput> | null | undefined;
};

export type SaveNationalProgrammeInput = {
  /** EE, LV or LT. */
  countryCode: string;
  editionId: string | number;
  /** The lockVersion the edit started from; a stale one gets STALE_WRITE. */
  expectedLockVersion?: number | null | undefined;
  /** The national and joint modules, in the order they are taken. */
  moduleIds: Array<string | number>;
};

export type SavePeerReviewSelfReportInput = {
  /** The quality areas the country chose, each with its text. */
  areas: Array<SelfReportAreaInput>;
  /** The lockVersion the edit started from; a stale one gets STALE_WRITE. */
  expectedLockVersion: number;
  reviewId: string | number;
};

export type SaveSelfAssessmentInput = {
  /** The ratings that changed; others stay as they are. */
  ratings: Array<RatingInput>;
  roundId: string | number;
  sharedWithPartner?: boolean | null | undefined;
};

export type SaveSubmissionInput = {
  assignmentId: string | number;
  /** The lockVersion the edit started from; omit only for the first save. */
  lockVersion?: number | null | undefined;
  text: string;
};

export type SaveSurveyDraftInput = {
  /** The answers given so far, as `submitSurveyResponse` takes them. */
  answers: Array<SurveyAnswerInput>;
  surveyId: string | number;
};

export type ScheduleSessionInput = {
  allowSingles?: boolean;
  capacity: number;
  /** Needed only when a local time happens twice in `timeZone` (the night clocks go back): which occurrence is meant. */
  dstChoice?: DstChoice | null | undefined;
  /** Local wall-clock time in `timeZone`. */
  endsAt: string;
  /** Local time in `timeZone`; default: the start. */
  enrolmentDeadline?: string | null | undefined;
  /** Contact hours counted for completion; default: the duration. */
  hours?: number | null | undefined;
  /** The language it is held in. */
  language: string;
  /** The module; the session delivers its published version. */
  moduleId: string | number;
  onlineUrl?: string | null | undefined;
  /** Local wall-clock time in `timeZone` (YYYY-MM-DDTHH:mm). */
  startsAt: string;
  /** IANA zone, e.g. Europe/Riga. */
  timeZone: string;
  /** TRAINERs of the session’s country (any country for a joint session). */
  trainerIds?: Array<string | number>;
  /** Address; a venue or an online link (or both) is required. */
  venue?: string | null | undefined;
};

/** The same module on several dates: the fields of `session` with the times of each date. */
export type ScheduleSessionSeriesInput = {
  dates: Array<SeriesDateInput>;
  session: ScheduleSessionInput;
};

export type ScopeKind = 'COUNTRY' | 'ORGANISATION' | 'PROGRAMME' | 'SELF';

/** Economic sector of a company; the main field a school trains for. */
export type Sector =
  | 'AUTOMOTIVE'
  | 'CONSTRUCTION'
  | 'ENERGY'
  | 'FOOD_AND_AGRICULTURE'
  | 'HEALTH_AND_CARE'
  | 'HOSPITALITY'
  | 'ICT'
  | 'LOGISTICS'
  | 'MANUFACTURING'
  | 'RETAIL_AND_SERVICES';

/** DRAFT: saved as the tutor goes; SUBMITTED: once, then read-only. */
export type SelfAssessmentStatus = 'DRAFT' | 'SUBMITTED';

export type SelfReportAreaInput = {
  areaCode: PeerReviewQualityArea;
  /** What the country team says of its programme in this area. */
  text: string;
};

export type SeriesDateInput = {
  endsAt: string;
  enrolmentDeadline?: string | null | undefined;
  startsAt: string;
};

/** SCHEDULED → COMPLETED, or CANCELLED with a reason. */
export type SessionStatus = 'CANCELLED' | 'COMPLETED' | 'SCHEDULED';

export type SetCompletionRuleInput = {
  assignmentsMode: AssignmentRuleMode;
  editionId: string | number;
  /** For AT_LEAST: how many accepted assignments. */
  minAcceptedAssignments?: number | null | undefined;
  /** At least this many distinct joint modules attended (n of 3); 0 for none. */
  minJointModules: number;
  /** National training hours attended, at least. */
  minNationalHours: number;
  /** Joint modules that each must be attended, e.g. [1] or [1, 2, 3]. */
  requiredJointNumbers: Array<number>;
  /** The self-assessment round to be submitted; none when null. */
  selfAssessmentKind?: RuleRoundKind | null | undefined;
  /** For an AFTER_MODULE round: the joint module number. */
  selfAssessmentModuleNumber?: number | null | undefined;
};

export type SetConsentInput = {
  granted: boolean;
  purpose: ConsentPurpose;
};

export type SetConsentsInput = {
  /** One decision per purpose (each purpose at most once). */
  consents: Array<SetConsentInput>;
};

export type SetModuleCompetencesInput = {
  /** Codes of competences of the published profile; replaces the links. */
  competenceCodes: Array<string>;
  moduleId: string | number;
};

export type SetPeerReviewActionStatusInput = {
  actionId: string | number;
  /** AGREED, then DONE (in the national programme). */
  status: string;
};

export type SetSurveyEditingInput = {
  allowEditUntilClose: boolean;
  surveyId: string | number;
};

export type SetTargetInput = {
  byCountry?: Array<TargetSplitInput>;
  bySide?: Array<TargetSplitInput>;
  editionId: string | number;
  /** Trained tutors to reach in the edition. */
  total: number;
};

export type ShareSelfAssessmentInput = {
  id: string | number;
  shared: boolean;
};

/** EU size class by headcount: MICRO < 10, SMALL < 50, MEDIUM < 250, LARGE. */
export type SizeClass = 'LARGE' | 'MEDIUM' | 'MICRO' | 'SMALL';

/** Who a stakeholder asked for the needs analysis is. */
export type StakeholderGroup = 'AUTHORITY' | 'EMPLOYER' | 'SCHOOL_MANAGER' | 'SOCIAL_PARTNER' | 'TUTOR';

export type StudyVisitAgendaItemInput = {
  /** ISO date, within the visit. */
  day: string;
  place?: string | null | undefined;
  /** Local time at the host, HH:mm. */
  time?: string | null | undefined;
  title: string;
};

export type StudyVisitBudgetLineInput = {
  /** Euro, at most two decimals, 0..1000000. */
  amount: number;
  label: string;
};

/** A study visit as its planner writes it. */
export type StudyVisitInput = {
  agenda?: Array<StudyVisitAgendaItemInput>;
  /** Optional budget lines. */
  budget?: Array<StudyVisitBudgetLineInput>;
  description?: string | null | undefined;
  /** ISO date, on or after startsOn. */
  endsOn: string;
  /** ISO alpha-2 of the host country, e.g. FI (any country of the countries table). */
  hostCountry: string;
  /** Names of the host organisations. */
  hostOrganisations: Array<string>;
  /** The country whose coordinators plan the visit (EE, LV or LT). A coordinator plans for one of their countries (their only one by default); null (ADMIN only): a visit of the whole programme. */
  organisedByCountry?: string | null | undefined;
  /** ISO date. */
  startsOn: string;
  title: string;
};

/** APPLIED → SELECTED → WENT. */
export type StudyVisitParticipantStatus = 'APPLIED' | 'SELECTED' | 'WENT';

/** DRAFT: the tandem writes; SUBMITTED: both partners confirmed; then a trainer ACCEPTED it or asked for a revision (NEEDS_REVISION, editable again). */
export type SubmissionStatus = 'ACCEPTED' | 'DRAFT' | 'NEEDS_REVISION' | 'SUBMITTED';

export type SubmitSelfAssessmentInput = {
  id: string | number;
};

export type SubmitSurveyByLinkInput = {
  answers: Array<SurveyAnswerInput>;
  token: string;
};

export type SubmitSurveyResponseInput = {
  answers: Array<SurveyAnswerInput>;
  surveyId: string | number;
};

export type SurveyAnswerInput = {
  questionId: string | number;
  /** The option code (SINGLE, MULTI), the number (LIKERT_5 1..5, SCALE_0_10), NA (not applicable), or the text. MULTI: one answer per chosen option, "other:<text>" for one’s own. */
  value: string;
};

/** SESSION: one group per session of the module; MODULE_VERSION: one group per version of the module. */
export type SurveyComparisonBy = 'MODULE_VERSION' | 'SESSION';

export type SurveyIdInput = {
  surveyId: string | number;
};

/** FEEDBACK after a session; NEEDS_ANALYSIS (first phase); FINAL_EVALUATION (last phase). */
export type SurveyKind = 'FEEDBACK' | 'FINAL_EVALUATION' | 'NEEDS_ANALYSIS';

/** ANONYMOUS: the response keeps no link to the person and only the day; CONFIDENTIAL: linked, only aggregates are shown; NAMED: the respondent is told their name goes with the answers. */
export type SurveyMode = 'ANONYMOUS' | 'CONFIDENTIAL' | 'NAMED';

/** DRAFT → OPEN → CLOSED. */
export type SurveyStatus = 'CLOSED' | 'DRAFT' | 'OPEN';

export type SurveyTextInput = {
  language: string;
  text: string;
};

/** DECLINED: the invited partner said no; WITHDRAWN: the inviter took the invitation back; DISSOLVED: ended by a partner or the coordinator. */
export type TandemDissolutionKind = 'DECLINED' | 'DISSOLVED' | 'WITHDRAWN';

/** FORMING: an invitation waits for the partner. */
export type TandemStatus = 'ACTIVE' | 'COMPLETED' | 'DISSOLVED' | 'FORMING';

/** Why a partner is suggested, strongest first. */
export type TandemSuggestionReason = 'SAME_CITY' | 'SAME_CLUSTER' | 'SAME_SECTOR';

export type TargetSplitInput = {
  /** A country code (EE) for country splits; SCHOOL or COMPANY for side splits. */
  key: string;
  value: number;
};

/** An option of a SINGLE or MULTI question: its text in up to five languages (English needed). */
export type TrainerQuestionOptionInput = {
  text: Array<SurveyTextInput>;
};

/** SCHOOL for tutors of a VET institution, COMPANY for tutors of a company. */
export type TutorSide = 'COMPANY' | 'SCHOOL';

export type UpdateAssessmentRoundInput = {
  closesAt: string;
  id: string | number;
  opensAt: string;
};

export type UpdateAssignmentInput = {
  assignmentId: string | number;
  /** ISO date; a date in the past only if it is unchanged. */
  dueOn: string;
  instructions: string;
  title: string;
};

export type UpdateMyPreferencesInput = {
  /** Left out: unchanged. Not null: every account has a language. */
  preferredLanguage?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateSessionInput = {
  allowSingles?: boolean;
  capacity: number;
  /** Needed only when a local time happens twice in `timeZone` (the night clocks go back): which occurrence is meant. */
  dstChoice?: DstChoice | null | undefined;
  /** Local wall-clock time in `timeZone`. */
  endsAt: string;
  /** Local time in `timeZone`; default: the start. */
  enrolmentDeadline?: string | null | undefined;
  /** Contact hours counted for completion; default: the duration. */
  hours?: number | null | undefined;
  /** The language it is held in. */
  language: string;
  onlineUrl?: string | null | undefined;
  sessionId: string | number;
  /** Local wall-clock time in `timeZone` (YYYY-MM-DDTHH:mm). */
  startsAt: string;
  /** IANA zone, e.g. Europe/Riga. */
  timeZone: string;
  /** TRAINERs of the session’s country (any country for a joint session). */
  trainerIds?: Array<string | number>;
  /** Address; a venue or an online link (or both) is required. */
  venue?: string | null | undefined;
};

export type UpdateTrainerQuestionInput = {
  /** TEXT: a long answer. */
  long?: boolean;
  /** LIKERT_5: "not applicable" may be answered. */
  notApplicable?: boolean;
  /** SINGLE and MULTI: 2 to 10 options. */
  options?: Array<TrainerQuestionOptionInput>;
  questionId: string | number;
  required?: boolean;
  /** In up to five languages; English is needed (the fallback). */
  text: Array<SurveyTextInput>;
  /** LIKERT_5, SCALE_0_10, SINGLE, MULTI or TEXT. */
  type: QuestionType;
};

export type WithdrawTutorInput = {
  editionId: string | number;
  personId: string | number;
  reason: string;
};

/** A kind of waiting work on a home page. */
export type WorkQueueKind =
  | 'ATTENDANCE_TO_MARK'
  | 'NATIONAL_PROGRAMMES_TO_APPROVE'
  | 'NETWORK_APPLICATIONS'
  | 'SESSIONS_SHORT_OF_SEATS'
  | 'SUBMISSIONS_TO_REVIEW'
  | 'UNPAIRED_TUTORS';

export type UpdateMyPreferencesMutationVariables = Exact<{
  input: UpdateMyPreferencesInput;
}>;

export type UpdateMyPreferencesMutation = {
  updateMyPreferences: {
    __typename: 'Person';
    id: string;
    displayName: string;
    givenName: string;
    familyName: string;
    email: string;
    preferredLanguage: string;
    timeZone: string | null;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type TandemAssignmentFieldsFragment = {
  __typename: 'TandemAssignment';
  id: string;
  moduleId: string;
  moduleCode: string;
  moduleTitle: string;
  moduleVersion: number;
  title: string;
  instructions: string;
  dueOn: string;
  createdByName: string | null;
  canEdit: boolean;
};

export type SubmissionFieldsFragment = {
  __typename: 'AssignmentSubmission';
  id: string;
  tandemId: string;
  schoolTutorName: string;
  companyTutorName: string;
  countryCodes: Array<string>;
  status: SubmissionStatus;
  text: string;
  lockVersion: number;
  confirmedByMe: boolean;
  confirmedByPartner: boolean;
  schoolConfirmedAt: string | null;
  companyConfirmedAt: string | null;
  submittedAt: string | null;
  late: boolean;
  lastEditedByName: string | null;
  updatedAt: string;
  reviewComment: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  canEdit: boolean;
  canConfirm: boolean;
  canReview: boolean;
  attachments: Array<{
    __typename: 'SubmissionAttachment';
    fileId: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    downloadPath: string;
  }>;
  assignment: {
    __typename: 'TandemAssignment';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleVersion: number;
    title: string;
    instructions: string;
    dueOn: string;
    createdByName: string | null;
    canEdit: boolean;
  };
};

export type MyAssignmentsQueryVariables = Exact<{ [key: string]: never }>;

export type MyAssignmentsQuery = {
  myAssignments: Array<{
    __typename: 'MyAssignment';
    assignment: {
      __typename: 'TandemAssignment';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleVersion: number;
      title: string;
      instructions: string;
      dueOn: string;
      createdByName: string | null;
      canEdit: boolean;
    };
    submission: {
      __typename: 'AssignmentSubmission';
      id: string;
      status: SubmissionStatus;
      confirmedByMe: boolean;
      confirmedByPartner: boolean;
      late: boolean;
    } | null;
  }>;
};

export type SubmissionQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionQuery = {
  submission: {
    __typename: 'AssignmentSubmission';
    id: string;
    tandemId: string;
    schoolTutorName: string;
    companyTutorName: string;
    countryCodes: Array<string>;
    status: SubmissionStatus;
    text: string;
    lockVersion: number;
    confirmedByMe: boolean;
    confirmedByPartner: boolean;
    schoolConfirmedAt: string | null;
    companyConfirmedAt: string | null;
    submittedAt: string | null;
    late: boolean;
    lastEditedByName: string | null;
    updatedAt: string;
    reviewComment: string | null;
    reviewedByName: string | null;
    reviewedAt: string | null;
    canEdit: boolean;
    canConfirm: boolean;
    canReview: boolean;
    attachments: Array<{
      __typename: 'SubmissionAttachment';
      fileId: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      downloadPath: string;
    }>;
    assignment: {
      __typename: 'TandemAssignment';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleVersion: number;
      title: string;
      instructions: string;
      dueOn: string;
      createdByName: string | null;
      canEdit: boolean;
    };
  };
};

export type SubmissionsToReviewQueryVariables = Exact<{
  status?: SubmissionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SubmissionsToReviewQuery = {
  submissionsToReview: {
    __typename: 'AssignmentSubmissionConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'AssignmentSubmissionEdge';
      node: {
        __typename: 'AssignmentSubmission';
        id: string;
        status: SubmissionStatus;
        schoolTutorName: string;
        companyTutorName: string;
        countryCodes: Array<string>;
        submittedAt: string | null;
        late: boolean;
        canReview: boolean;
        assignment: { __typename: 'TandemAssignment'; id: string; title: string; moduleCode: string; dueOn: string };
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type ModuleAssignmentsQueryVariables = Exact<{
  moduleId: string | number;
}>;

export type ModuleAssignmentsQuery = {
  assignments: Array<{
    __typename: 'TandemAssignment';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleVersion: number;
    title: string;
    instructions: string;
    dueOn: string;
    createdByName: string | null;
    canEdit: boolean;
  }>;
};

export type CreateAssignmentMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;

export type CreateAssignmentMutation = {
  createAssignment: {
    __typename: 'TandemAssignment';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleVersion: number;
    title: string;
    instructions: string;
    dueOn: string;
    createdByName: string | null;
    canEdit: boolean;
  };
};

export type UpdateAssignmentMutationVariables = Exact<{
  input: UpdateAssignmentInput;
}>;

export type UpdateAssignmentMutation = {
  updateAssignment: {
    __typename: 'TandemAssignment';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleVersion: number;
    title: string;
    instructions: string;
    dueOn: string;
    createdByName: string | null;
    canEdit: boolean;
  };
};

export type SaveSubmissionMutationVariables = Exact<{
  input: SaveSubmissionInput;
}>;

export type SaveSubmissionMutation = {
  saveSubmission: {
    __typename: 'AssignmentSubmission';
    id: string;
    tandemId: string;
    schoolTutorName: string;
    companyTutorName: string;
    countryCodes: Array<string>;
    status: SubmissionStatus;
    text: string;
    lockVersion: number;
    confirmedByMe: boolean;
    confirmedByPartner: boolean;
    schoolConfirmedAt: string | null;
    companyConfirmedAt: string | null;
    submittedAt: string | null;
    late: boolean;
    lastEditedByName: string | null;
    updatedAt: string;
    reviewComment: string | null;
    reviewedByName: string | null;
    reviewedAt: string | null;
    canEdit: boolean;
    canConfirm: boolean;
    canReview: boolean;
    attachments: Array<{
      __typename: 'SubmissionAttachment';
      fileId: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      downloadPath: string;
    }>;
    assignment: {
      __typename: 'TandemAssignment';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleVersion: number;
      title: string;
      instructions: string;
      dueOn: string;
      createdByName: string | null;
      canEdit: boolean;
    };
  };
};

export type ConfirmSubmissionMutationVariables = Exact<{
  input: ConfirmSubmissionInput;
}>;

export type ConfirmSubmissionMutation = {
  confirmSubmission: {
    __typename: 'AssignmentSubmission';
    id: string;
    tandemId: string;
    schoolTutorName: string;
    companyTutorName: string;
    countryCodes: Array<string>;
    status: SubmissionStatus;
    text: string;
    lockVersion: number;
    confirmedByMe: boolean;
    confirmedByPartner: boolean;
    schoolConfirmedAt: string | null;
    companyConfirmedAt: string | null;
    submittedAt: string | null;
    late: boolean;
    lastEditedByName: string | null;
    updatedAt: string;
    reviewComment: string | null;
    reviewedByName: string | null;
    reviewedAt: string | null;
    canEdit: boolean;
    canConfirm: boolean;
    canReview: boolean;
    attachments: Array<{
      __typename: 'SubmissionAttachment';
      fileId: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      downloadPath: string;
    }>;
    assignment: {
      __typename: 'TandemAssignment';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleVersion: number;
      title: string;
      instructions: string;
      dueOn: string;
      createdByName: string | null;
      canEdit: boolean;
    };
  };
};

export type RemoveSubmissionAttachmentMutationVariables = Exact<{
  input: RemoveSubmissionAttachmentInput;
}>;

export type RemoveSubmissionAttachmentMutation = {
  removeSubmissionAttachment: {
    __typename: 'AssignmentSubmission';
    id: string;
    tandemId: string;
    schoolTutorName: string;
    companyTutorName: string;
    countryCodes: Array<string>;
    status: SubmissionStatus;
    text: string;
    lockVersion: number;
    confirmedByMe: boolean;
    confirmedByPartner: boolean;
    schoolConfirmedAt: string | null;
    companyConfirmedAt: string | null;
    submittedAt: string | null;
    late: boolean;
    lastEditedByName: string | null;
    updatedAt: string;
    reviewComment: string | null;
    reviewedByName: string | null;
    reviewedAt: string | null;
    canEdit: boolean;
    canConfirm: boolean;
    canReview: boolean;
    attachments: Array<{
      __typename: 'SubmissionAttachment';
      fileId: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      downloadPath: string;
    }>;
    assignment: {
      __typename: 'TandemAssignment';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleVersion: number;
      title: string;
      instructions: string;
      dueOn: string;
      createdByName: string | null;
      canEdit: boolean;
    };
  };
};

export type ReviewSubmissionMutationVariables = Exact<{
  input: ReviewSubmissionInput;
}>;

export type ReviewSubmissionMutation = {
  reviewSubmission: {
    __typename: 'AssignmentSubmission';
    id: string;
    tandemId: string;
    schoolTutorName: string;
    companyTutorName: string;
    countryCodes: Array<string>;
    status: SubmissionStatus;
    text: string;
    lockVersion: number;
    confirmedByMe: boolean;
    confirmedByPartner: boolean;
    schoolConfirmedAt: string | null;
    companyConfirmedAt: string | null;
    submittedAt: string | null;
    late: boolean;
    lastEditedByName: string | null;
    updatedAt: string;
    reviewComment: string | null;
    reviewedByName: string | null;
    reviewedAt: string | null;
    canEdit: boolean;
    canConfirm: boolean;
    canReview: boolean;
    attachments: Array<{
      __typename: 'SubmissionAttachment';
      fileId: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      downloadPath: string;
    }>;
    assignment: {
      __typename: 'TandemAssignment';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleVersion: number;
      title: string;
      instructions: string;
      dueOn: string;
      createdByName: string | null;
      canEdit: boolean;
    };
  };
};

export type AuditEventsQueryVariables = Exact<{
  first: number;
  offset: number;
  operation?: string | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: {
    __typename: 'AuditEventPage';
    total: number;
    items: Array<{
      __typename: 'AuditEvent';
      id: string;
      occurredAt: string;
      actorName: string | null;
      operation: string;
      targetType: string;
      targetId: string | null;
      summary: string;
    }>;
  };
};

export type AuditTrailEventFragment = {
  __typename: 'AuditEvent';
  id: string;
  occurredAt: string;
  actorName: string | null;
  operation: string;
  summary: string;
};

export type MyAuditTrailQueryVariables = Exact<{
  first: number;
}>;

export type MyAuditTrailQuery = {
  myAuditTrail: {
    __typename: 'AuditEventPage';
    total: number;
    items: Array<{
      __typename: 'AuditEvent';
      id: string;
      occurredAt: string;
      actorName: string | null;
      operation: string;
      summary: string;
    }>;
  };
};

export type PersonAuditTrailQueryVariables = Exact<{
  personId: string | number;
  first: number;
}>;

export type PersonAuditTrailQuery = {
  personAuditTrail: {
    __typename: 'AuditEventPage';
    total: number;
    items: Array<{
      __typename: 'AuditEvent';
      id: string;
      occurredAt: string;
      actorName: string | null;
      operation: string;
      summary: string;
    }>;
  };
};

export type CertificateFieldsFragment = {
  __typename: 'Certificate';
  id: string;
  number: string;
  publicId: string;
  status: CertificateStatus;
  personId: string;
  holderName: string;
  countryCode: string;
  language: string;
  programme: string;
  edition: string;
  editionId: string;
  achievementName: string;
  issuedAt: string;
  issuedByHand: boolean;
  issueNote: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  replacedAt: string | null;
  flaggedAt: string | null;
  flaggedStatus: string | null;
  verificationUrl: string;
  linkedInUrl: string;
  competenceAreas: Array<string>;
  modules: Array<{
    __typename: 'CertificateModule';
    code: string;
    kind: string;
    jointNumber: number | null;
    title: string;
    hours: number;
  }>;
};

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never }>;

export type MyCertificatesQuery = {
  myCertificates: Array<{
    __typename: 'Certificate';
    id: string;
    number: string;
    publicId: string;
    status: CertificateStatus;
    personId: string;
    holderName: string;
    countryCode: string;
    language: string;
    programme: string;
    edition: string;
    editionId: string;
    achievementName: string;
    issuedAt: string;
    issuedByHand: boolean;
    issueNote: string | null;
    revokedAt: string | null;
    revocationReason: string | null;
    replacedAt: string | null;
    flaggedAt: string | null;
    flaggedStatus: string | null;
    verificationUrl: string;
    linkedInUrl: string;
    competenceAreas: Array<string>;
    modules: Array<{
      __typename: 'CertificateModule';
      code: string;
      kind: string;
      jointNumber: number | null;
      title: string;
      hours: number;
    }>;
  }>;
};

export type CertificatesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CertificateFilterInput | null | undefined;
}>;

export type CertificatesQuery = {
  certificates: {
    __typename: 'CertificatePage';
    totalCount: number;
    edges: Array<{
      __typename: 'CertificateEdge';
      cursor: string;
      node: {
        __typename: 'Certificate';
        id: string;
        number: string;
        publicId: string;
        status: CertificateStatus;
        personId: string;
        holderName: string;
        countryCode: string;
        language: string;
        programme: string;
        edition: string;
        editionId: string;
        achievementName: string;
        issuedAt: string;
        issuedByHand: boolean;
        issueNote: string | null;
        revokedAt: string | null;
        revocationReason: string | null;
        replacedAt: string | null;
        flaggedAt: string | null;
        flaggedStatus: string | null;
        verificationUrl: string;
        linkedInUrl: string;
        competenceAreas: Array<string>;
        modules: Array<{
          __typename: 'CertificateModule';
          code: string;
          kind: string;
          jointNumber: number | null;
          title: string;
          hours: number;
        }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type TrainedTutorsWithoutCertificateQueryVariables = Exact<{ [key: string]: never }>;

export type TrainedTutorsWithoutCertificateQuery = {
  trainedTutorsWithoutCertificate: Array<{
    __typename: 'TrainedTutorWithoutCertificate';
    editionId: string;
    personId: string;
    name: string;
    countryCode: string;
    trainedAt: string;
  }>;
};

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCertificateInput;
}>;

export type IssueCertificateMutation = {
  issueCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    publicId: string;
    status: CertificateStatus;
    personId: string;
    holderName: string;
    countryCode: string;
    language: string;
    programme: string;
    edition: string;
    editionId: string;
    achievementName: string;
    issuedAt: string;
    issuedByHand: boolean;
    issueNote: string | null;
    revokedAt: string | null;
    revocationReason: string | null;
    replacedAt: string | null;
    flaggedAt: string | null;
    flaggedStatus: string | null;
    verificationUrl: string;
    linkedInUrl: string;
    competenceAreas: Array<string>;
    modules: Array<{
      __typename: 'CertificateModule';
      code: string;
      kind: string;
      jointNumber: number | null;
      title: string;
      hours: number;
    }>;
  };
};

export type ReissueCertificateMutationVariables = Exact<{
  input: ReissueCertificateInput;
}>;

export type ReissueCertificateMutation = {
  reissueCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    publicId: string;
    status: CertificateStatus;
    personId: string;
    holderName: string;
    countryCode: string;
    language: string;
    programme: string;
    edition: string;
    editionId: string;
    achievementName: string;
    issuedAt: string;
    issuedByHand: boolean;
    issueNote: string | null;
    revokedAt: string | null;
    revocationReason: string | null;
    replacedAt: string | null;
    flaggedAt: string | null;
    flaggedStatus: string | null;
    verificationUrl: string;
    linkedInUrl: string;
    competenceAreas: Array<string>;
    modules: Array<{
      __typename: 'CertificateModule';
      code: string;
      kind: string;
      jointNumber: number | null;
      title: string;
      hours: number;
    }>;
  };
};

export type RevokeCertificateMutationVariables = Exact<{
  input: RevokeCertificateInput;
}>;

export type RevokeCertificateMutation = {
  revokeCertificate: {
    __typename: 'Certificate';
    id: string;
    number: string;
    publicId: string;
    status: CertificateStatus;
    personId: string;
    holderName: string;
    countryCode: string;
    language: string;
    programme: string;
    edition: string;
    editionId: string;
    achievementName: string;
    issuedAt: string;
    issuedByHand: boolean;
    issueNote: string | null;
    revokedAt: string | null;
    revocationReason: string | null;
    replacedAt: string | null;
    flaggedAt: string | null;
    flaggedStatus: string | null;
    verificationUrl: string;
    linkedInUrl: string;
    competenceAreas: Array<string>;
    modules: Array<{
      __typename: 'CertificateModule';
      code: string;
      kind: string;
      jointNumber: number | null;
      title: string;
      hours: number;
    }>;
  };
};

export type VerificationFieldsFragment = {
  __typename: 'CredentialVerification';
  verified: boolean;
  revoked: boolean;
  status: CredentialVerificationStatus;
  reason: CredentialInvalidReason | null;
  revokedAt: string | null;
  replacedAt: string | null;
  certificate: {
    __typename: 'PublicCertificate';
    publicId: string | null;
    number: string | null;
    holderName: string;
    achievementName: string;
    achievementDescription: string;
    programme: string | null;
    edition: string | null;
    issuerName: string;
    issuedAt: string;
    competenceAreas: Array<string>;
    modules: Array<{
      __typename: 'CertificateModule';
      code: string;
      kind: string;
      jointNumber: number | null;
      title: string;
      hours: number;
    }>;
  } | null;
};

export type CertificateVerificationQueryVariables = Exact<{
  publicId: string;
  language?: string | null | undefined;
}>;

export type CertificateVerificationQuery = {
  certificateVerification: {
    __typename: 'CredentialVerification';
    verified: boolean;
    revoked: boolean;
    status: CredentialVerificationStatus;
    reason: CredentialInvalidReason | null;
    revokedAt: string | null;
    replacedAt: string | null;
    certificate: {
      __typename: 'PublicCertificate';
      publicId: string | null;
      number: string | null;
      holderName: string;
      achievementName: string;
      achievementDescription: string;
      programme: string | null;
      edition: string | null;
      issuerName: string;
      issuedAt: string;
      competenceAreas: Array<string>;
      modules: Array<{
        __typename: 'CertificateModule';
        code: string;
        kind: string;
        jointNumber: number | null;
        title: string;
        hours: number;
      }>;
    } | null;
  } | null;
};

export type CertificateVerificationByNumberQueryVariables = Exact<{
  number: string;
  language?: string | null | undefined;
}>;

export type CertificateVerificationByNumberQuery = {
  certificateVerificationByNumber: {
    __typename: 'CredentialVerification';
    verified: boolean;
    revoked: boolean;
    status: CredentialVerificationStatus;
    reason: CredentialInvalidReason | null;
    revokedAt: string | null;
    replacedAt: string | null;
    certificate: {
      __typename: 'PublicCertificate';
      publicId: string | null;
      number: string | null;
      holderName: string;
      achievementName: string;
      achievementDescription: string;
      programme: string | null;
      edition: string | null;
      issuerName: string;
      issuedAt: string;
      competenceAreas: Array<string>;
      modules: Array<{
        __typename: 'CertificateModule';
        code: string;
        kind: string;
        jointNumber: number | null;
        title: string;
        hours: number;
      }>;
    } | null;
  } | null;
};

export type VerifyCredentialMutationVariables = Exact<{
  credential: unknown;
  language?: string | null | undefined;
}>;

export type VerifyCredentialMutation = {
  verifyCredential: {
    __typename: 'CredentialVerification';
    verified: boolean;
    revoked: boolean;
    status: CredentialVerificationStatus;
    reason: CredentialInvalidReason | null;
    revokedAt: string | null;
    replacedAt: string | null;
    certificate: {
      __typename: 'PublicCertificate';
      publicId: string | null;
      number: string | null;
      holderName: string;
      achievementName: string;
      achievementDescription: string;
      programme: string | null;
      edition: string | null;
      issuerName: string;
      issuedAt: string;
      competenceAreas: Array<string>;
      modules: Array<{
        __typename: 'CertificateModule';
        code: string;
        kind: string;
        jointNumber: number | null;
        title: string;
        hours: number;
      }>;
    } | null;
  };
};

export type TargetProgressQueryVariables = Exact<{
  editionId?: string | number | null | undefined;
}>;

export type TargetProgressQuery = {
  targetProgress: {
    __typename: 'TargetProgress';
    editionId: string;
    editionName: string;
    startsOn: string;
    endsOn: string;
    scope: string;
    scopeCountries: Array<string>;
    target: number | null;
    trained: number;
    inTraining: number;
    inTandem: number;
    withdrawn: number;
    onTrack: number;
    forecastTrained: number;
    attendanceRate: number;
    ruleRevision: number;
    refreshedAt: string | null;
    canSeePeople: boolean;
    funnel: {
      __typename: 'CompletionFunnel';
      registered: number;
      inTandem: number;
      inTraining: number;
      trained: number;
    };
    byCountry: Array<{
      __typename: 'TargetCell';
      country: string;
      side: TutorSide;
      target: number | null;
      registered: number;
      inTandem: number;
      inTraining: number;
      trained: number;
      withdrawn: number;
      onTrack: number;
      forecastTrained: number;
      gap: number | null;
      shortfall: number | null;
      seatsToSchedule: number | null;
    }>;
    burnUp: Array<{
      __typename: 'BurnUpPoint';
      date: string;
      trained: number | null;
      target: number | null;
      plan: number | null;
      forecast: number | null;
    }>;
  };
};

export type CompletionPeopleQueryVariables = Exact<{
  countryCode?: string | null | undefined;
  side?: TutorSide | null | undefined;
  status?: CompletionStatus | null | undefined;
  onTrackOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CompletionPeopleQuery = {
  completionPeople: {
    __typename: 'CompletionPersonConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'CompletionPersonEdge';
      node: {
        __typename: 'CompletionPerson';
        personId: string;
        name: string;
        email: string | null;
        countryCode: string;
        side: TutorSide;
        organisationName: string;
        status: CompletionStatus;
        nationalHours: number;
        jointAttended: Array<number>;
        selfAssessmentDone: boolean;
        assignmentsAccepted: number;
        assignmentsRequired: number;
        trainedAt: string | null;
        canWithdraw: boolean;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type RefreshCompletionMutationVariables = Exact<{ [key: string]: never }>;

export type RefreshCompletionMutation = {
  refreshCompletion: { __typename: 'CompletionRefresh'; people: number; changes: number };
};

export type TargetQueryVariables = Exact<{ [key: string]: never }>;

export type TargetQuery = {
  target: {
    __typename: 'Target';
    editionId: string;
    total: number;
    canEdit: boolean;
    byCountry: Array<{ __typename: 'TargetSplit'; key: string; value: number }>;
    bySide: Array<{ __typename: 'TargetSplit'; key: string; value: number }>;
  };
};

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;

export type SetTargetMutation = {
  setTarget: {
    __typename: 'Target';
    editionId: string;
    total: number;
    canEdit: boolean;
    byCountry: Array<{ __typename: 'TargetSplit'; key: string; value: number }>;
    bySide: Array<{ __typename: 'TargetSplit'; key: string; value: number }>;
  };
};

export type CompetenceProfileQueryVariables = Exact<{
  version?: number | null | undefined;
}>;

export type CompetenceProfileQuery = {
  competenceProfile: {
    __typename: 'CompetenceProfile';
    id: string;
    version: number;
    status: CompetenceProfileStatus;
    scaleLevels: number;
    levelNames: Array<string>;
    publishedAt: string | null;
    areas: Array<{
      __typename: 'CompetenceArea';
      id: string;
      code: string;
      title: string;
      missingLanguages: Array<string>;
      competences: Array<{
        __typename: 'Competence';
        id: string;
        code: string;
        title: string;
        description: string;
        levels: Array<string>;
        areaCode: string;
        missingLanguages: Array<string>;
      }>;
    }>;
  };
};

export type CompetenceInsightsQueryVariables = Exact<{
  roundId: string | number;
}>;

export type CompetenceInsightsQuery = {
  competenceInsights: {
    __typename: 'CompetenceInsights';
    minGroupSize: number;
    countryCodes: Array<string>;
    round: { __typename: 'AssessmentRound'; id: string; kind: AssessmentRoundKind; moduleNumber: number | null };
    competences: Array<{ __typename: 'Competence'; id: string; code: string; title: string; areaCode: string }>;
    cells: Array<{
      __typename: 'CompetenceInsightCell';
      competenceCode: string;
      countryCode: string | null;
      side: string | null;
      suppressed: boolean;
      count: number | null;
      meanLevel: number | null;
      changeSuppressed: boolean;
      changeCount: number | null;
      meanChange: number | null;
    }>;
  };
};

export type ModuleCompetencesQueryVariables = Exact<{
  moduleId: string | number;
}>;

export type ModuleCompetencesQuery = {
  moduleCompetences: {
    __typename: 'ModuleCompetences';
    moduleId: string;
    canEdit: boolean;
    competences: Array<{ __typename: 'Competence'; id: string; code: string; title: string }>;
  };
};

export type SetModuleCompetencesMutationVariables = Exact<{
  input: SetModuleCompetencesInput;
}>;

export type SetModuleCompetencesMutation = {
  setModuleCompetences: {
    __typename: 'ModuleCompetences';
    moduleId: string;
    canEdit: boolean;
    competences: Array<{ __typename: 'Competence'; id: string; code: string; title: string }>;
  };
};

export type CompetenceProfilesQueryVariables = Exact<{ [key: string]: never }>;

export type CompetenceProfilesQuery = {
  competenceProfiles: Array<{
    __typename: 'CompetenceProfileSummary';
    id: string;
    version: number;
    status: CompetenceProfileStatus;
    competenceCount: number;
    publishedAt: string | null;
  }>;
};

export type EditableProfileFieldsFragment = {
  __typename: 'CompetenceProfile';
  id: string;
  version: number;
  status: CompetenceProfileStatus;
  scaleLevels: number;
  canEdit: boolean;
  levelNameTexts: Array<{
    __typename: 'CompetenceText';
    language: string;
    title: string;
    description: string;
    levels: Array<string>;
  }>;
  areas: Array<{
    __typename: 'CompetenceArea';
    id: string;
    code: string;
    missingLanguages: Array<string>;
    texts: Array<{
      __typename: 'CompetenceText';
      language: string;
      title: string;
      description: string;
      levels: Array<string>;
    }>;
    competences: Array<{
      __typename: 'Competence';
      id: string;
      code: string;
      missingLanguages: Array<string>;
      texts: Array<{
        __typename: 'CompetenceText';
        language: string;
        title: string;
        description: string;
        levels: Array<string>;
      }>;
    }>;
  }>;
};

export type EditableProfileQueryVariables = Exact<{
  version: number;
}>;

export type EditableProfileQuery = {
  competenceProfile: {
    __typename: 'CompetenceProfile';
    id: string;
    version: number;
    status: CompetenceProfileStatus;
    scaleLevels: number;
    canEdit: boolean;
    levelNameTexts: Array<{
      __typename: 'CompetenceText';
      language: string;
      title: string;
      description: string;
      levels: Array<string>;
    }>;
    areas: Array<{
      __typename: 'CompetenceArea';
      id: string;
      code: string;
      missingLanguages: Array<string>;
      texts: Array<{
        __typename: 'CompetenceText';
        language: string;
        title: string;
        description: string;
        levels: Array<string>;
      }>;
      competences: Array<{
        __typename: 'Competence';
        id: string;
        code: string;
        missingLanguages: Array<string>;
        texts: Array<{
          __typename: 'CompetenceText';
          language: string;
          title: string;
          description: string;
          levels: Array<string>;
        }>;
      }>;
    }>;
  };
};

export type CreateCompetenceProfileDraftMutationVariables = Exact<{ [key: string]: never }>;

export type CreateCompetenceProfileDraftMutation = {
  createCompetenceProfileDraft: {
    __typename: 'CompetenceProfile';
    id: string;
    version: number;
    status: CompetenceProfileStatus;
    scaleLevels: number;
    canEdit: boolean;
    levelNameTexts: Array<{
      __typename: 'CompetenceText';
      language: string;
      title: string;
      description: string;
      levels: Array<string>;
    }>;
    areas: Array<{
      __typename: 'CompetenceArea';
      id: string;
      code: string;
      missingLanguages: Array<string>;
      texts: Array<{
        __typename: 'CompetenceText';
        language: string;
        title: string;
        description: string;
        levels: Array<string>;
      }>;
      competences: Array<{
        __typename: 'Competence';
        id: string;
        code: string;
        missingLanguages: Array<string>;
        texts: Array<{
          __typename: 'CompetenceText';
          language: string;
          title: string;
          description: string;
          levels: Array<string>;
        }>;
      }>;
    }>;
  };
};

export type SaveCompetenceProfileDraftMutationVariables = Exact<{
  input: SaveCompetenceProfileDraftInput;
}>;

export type SaveCompetenceProfileDraftMutation = {
  saveCompetenceProfileDraft: {
    __typename: 'CompetenceProfile';
    id: string;
    version: number;
    status: CompetenceProfileStatus;
    scaleLevels: number;
    canEdit: boolean;
    levelNameTexts: Array<{
      __typename: 'CompetenceText';
      language: string;
      title: string;
      description: string;
      levels: Array<string>;
    }>;
    areas: Array<{
      __typename: 'CompetenceArea';
      id: string;
      code: string;
      missingLanguages: Array<string>;
      texts: Array<{
        __typename: 'CompetenceText';
        language: string;
        title: string;
        description: string;
        levels: Array<string>;
      }>;
      competences: Array<{
        __typename: 'Competence';
        id: string;
        code: string;
        missingLanguages: Array<string>;
        texts: Array<{
          __typename: 'CompetenceText';
          language: string;
          title: string;
          description: string;
          levels: Array<string>;
        }>;
      }>;
    }>;
  };
};

export type PublishCompetenceProfileMutationVariables = Exact<{
  input: PublishCompetenceProfileInput;
}>;

export type PublishCompetenceProfileMutation = {
  publishCompetenceProfile: {
    __typename: 'CompetenceProfile';
    id: string;
    version: number;
    status: CompetenceProfileStatus;
    scaleLevels: number;
    canEdit: boolean;
    levelNameTexts: Array<{
      __typename: 'CompetenceText';
      language: string;
      title: string;
      description: string;
      levels: Array<string>;
    }>;
    areas: Array<{
      __typename: 'CompetenceArea';
      id: string;
      code: string;
      missingLanguages: Array<string>;
      texts: Array<{
        __typename: 'CompetenceText';
        language: string;
        title: string;
        description: string;
        levels: Array<string>;
      }>;
      competences: Array<{
        __typename: 'Competence';
        id: string;
        code: string;
        missingLanguages: Array<string>;
        texts: Array<{
          __typename: 'CompetenceText';
          language: string;
          title: string;
          description: string;
          levels: Array<string>;
        }>;
      }>;
    }>;
  };
};

export type AssessmentRoundsQueryVariables = Exact<{ [key: string]: never }>;

export type AssessmentRoundsQuery = {
  assessmentRounds: Array<{
    __typename: 'AssessmentRound';
    id: string;
    kind: AssessmentRoundKind;
    moduleNumber: number | null;
    opensAt: string;
    closesAt: string;
    isOpen: boolean;
  }>;
};

export type ProgressFieldsFragment = {
  __typename: 'TutorProgress';
  personId: string;
  name: string;
  editionId: string;
  status: CompletionStatus;
  trainedAt: string | null;
  onTrack: boolean;
  computedAt: string;
  requirements: Array<{
    __typename: 'ProgressRequirement';
    kind: RequirementKind;
    done: boolean;
    achieved: number;
    required: number;
    moduleNumber: number | null;
    roundKind: RuleRoundKind | null;
    bookedAhead: number | null;
  }>;
};

export type MyProgressQueryVariables = Exact<{ [key: string]: never }>;

export type MyProgressQuery = {
  myProgress: {
    __typename: 'TutorProgress';
    personId: string;
    name: string;
    editionId: string;
    status: CompletionStatus;
    trainedAt: string | null;
    onTrack: boolean;
    computedAt: string;
    requirements: Array<{
      __typename: 'ProgressRequirement';
      kind: RequirementKind;
      done: boolean;
      achieved: number;
      required: number;
      moduleNumber: number | null;
      roundKind: RuleRoundKind | null;
      bookedAhead: number | null;
    }>;
  } | null;
};

export type TutorProgressQueryVariables = Exact<{
  personId: string | number;
}>;

export type TutorProgressQuery = {
  tutorProgress: {
    __typename: 'TutorProgress';
    personId: string;
    name: string;
    editionId: string;
    status: CompletionStatus;
    trainedAt: string | null;
    onTrack: boolean;
    computedAt: string;
    requirements: Array<{
      __typename: 'ProgressRequirement';
      kind: RequirementKind;
      done: boolean;
      achieved: number;
      required: number;
      moduleNumber: number | null;
      roundKind: RuleRoundKind | null;
      bookedAhead: number | null;
    }>;
  } | null;
};

export type CompletionRuleQueryVariables = Exact<{ [key: string]: never }>;

export type CompletionRuleQuery = {
  completionRule: {
    __typename: 'CompletionRule';
    editionId: string;
    requiredJointNumbers: Array<number>;
    minJointModules: number;
    minNationalHours: number;
    selfAssessmentKind: RuleRoundKind | null;
    selfAssessmentModuleNumber: number | null;
    assignmentsMode: AssignmentRuleMode;
    minAcceptedAssignments: number;
    revision: number;
    refreshedAt: string | null;
    canEdit: boolean;
  };
};

export type SetCompletionRuleMutationVariables = Exact<{
  input: SetCompletionRuleInput;
}>;

export type SetCompletionRuleMutation = {
  setCompletionRule: {
    __typename: 'CompletionRule';
    editionId: string;
    requiredJointNumbers: Array<number>;
    minJointModules: number;
    minNationalHours: number;
    selfAssessmentKind: RuleRoundKind | null;
    selfAssessmentModuleNumber: number | null;
    assignmentsMode: AssignmentRuleMode;
    minAcceptedAssignments: number;
    revision: number;
    refreshedAt: string | null;
    canEdit: boolean;
  };
};

export type WithdrawTutorMutationVariables = Exact<{
  input: WithdrawTutorInput;
}>;

export type WithdrawTutorMutation = {
  withdrawTutor: { __typename: 'TutorProgress'; personId: string; status: CompletionStatus } | null;
};

export type ReinstateTutorMutationVariables = Exact<{
  input: ReinstateTutorInput;
}>;

export type ReinstateTutorMutation = {
  reinstateTutor: { __typename: 'TutorProgress'; personId: string; status: CompletionStatus } | null;
};

export type GlossaryTermFieldsFragment = {
  __typename: 'GlossaryTerm';
  id: string;
  domain: GlossaryDomain;
  missingLanguages: Array<string>;
  entries: Array<{
    __typename: 'GlossaryEntry';
    language: string;
    term: string;
    partOfSpeech: PartOfSpeech | null;
    definition: string | null;
    example: string | null;
    synonyms: Array<string>;
    status: GlossaryEntryStatus;
  }>;
};

export type GlossaryTermsQueryVariables = Exact<{
  search?: string | null | undefined;
  domain?: GlossaryDomain | null | undefined;
}>;

export type GlossaryTermsQuery = {
  glossaryTerms: Array<{
    __typename: 'GlossaryTerm';
    id: string;
    domain: GlossaryDomain;
    missingLanguages: Array<string>;
    entries: Array<{
      __typename: 'GlossaryEntry';
      language: string;
      term: string;
      partOfSpeech: PartOfSpeech | null;
      definition: string | null;
      example: string | null;
      synonyms: Array<string>;
      status: GlossaryEntryStatus;
    }>;
  }>;
};

export type GlossaryTermQueryVariables = Exact<{
  id: string | number;
}>;

export type GlossaryTermQuery = {
  glossaryTerm: {
    __typename: 'GlossaryTerm';
    id: string;
    domain: GlossaryDomain;
    missingLanguages: Array<string>;
    related: Array<{ __typename: 'RelatedGlossaryTerm'; id: string; term: string }>;
    entries: Array<{
      __typename: 'GlossaryEntry';
      language: string;
      term: string;
      partOfSpeech: PartOfSpeech | null;
      definition: string | null;
      example: string | null;
      synonyms: Array<string>;
      status: GlossaryEntryStatus;
    }>;
  };
};

export type ProposeGlossaryTermMutationVariables = Exact<{
  input: SaveGlossaryTermInput;
}>;

export type ProposeGlossaryTermMutation = {
  proposeGlossaryTerm: {
    __typename: 'GlossaryTerm';
    id: string;
    domain: GlossaryDomain;
    missingLanguages: Array<string>;
    entries: Array<{
      __typename: 'GlossaryEntry';
      language: string;
      term: string;
      partOfSpeech: PartOfSpeech | null;
      definition: string | null;
      example: string | null;
      synonyms: Array<string>;
      status: GlossaryEntryStatus;
    }>;
  };
};

export type SaveGlossaryTermMutationVariables = Exact<{
  input: SaveGlossaryTermInput;
}>;

export type SaveGlossaryTermMutation = {
  saveGlossaryTerm: {
    __typename: 'GlossaryTerm';
    id: string;
    domain: GlossaryDomain;
    missingLanguages: Array<string>;
    entries: Array<{
      __typename: 'GlossaryEntry';
      language: string;
      term: string;
      partOfSpeech: PartOfSpeech | null;
      definition: string | null;
      example: string | null;
      synonyms: Array<string>;
      status: GlossaryEntryStatus;
    }>;
  };
};

export type ReviewGlossaryEntryMutationVariables = Exact<{
  id: string | number;
  language: string;
}>;

export type ReviewGlossaryEntryMutation = {
  reviewGlossaryEntry: {
    __typename: 'GlossaryTerm';
    id: string;
    domain: GlossaryDomain;
    missingLanguages: Array<string>;
    entries: Array<{
      __typename: 'GlossaryEntry';
      language: string;
      term: string;
      partOfSpeech: PartOfSpeech | null;
      definition: string | null;
      example: string | null;
      synonyms: Array<string>;
      status: GlossaryEntryStatus;
    }>;
  };
};

export type GlossaryMatchesQueryVariables = Exact<{
  texts: Array<string> | string;
  language: string;
}>;

export type GlossaryMatchesQuery = {
  glossaryMatches: Array<{
    __typename: 'GlossaryMatch';
    phrase: string;
    termId: string;
    term: {
      __typename: 'GlossaryTerm';
      id: string;
      domain: GlossaryDomain;
      missingLanguages: Array<string>;
      entries: Array<{
        __typename: 'GlossaryEntry';
        language: string;
        term: string;
        partOfSpeech: PartOfSpeech | null;
        definition: string | null;
        example: string | null;
        synonyms: Array<string>;
        status: GlossaryEntryStatus;
      }>;
    };
  }>;
};

export type EditionsQueryVariables = Exact<{ [key: string]: never }>;

export type EditionsQuery = {
  editions: Array<{
    __typename: 'Edition';
    id: string;
    name: string;
    programmeName: string;
    startsOn: string;
    endsOn: string;
    targetTrained: number;
    currentPhase: { __typename: 'CyclePhase'; id: string; kind: CyclePhaseKind; status: CyclePhaseStatus } | null;
  }>;
};

export type EditionCycleFragment = {
  __typename: 'Edition';
  id: string;
  name: string;
  programmeName: string;
  startsOn: string;
  endsOn: string;
  targetTrained: number;
  timeZone: string;
  currentPhase: { __typename: 'CyclePhase'; id: string } | null;
  phases: Array<{
    __typename: 'CyclePhase';
    id: string;
    kind: CyclePhaseKind;
    position: number;
    startsOn: string;
    endsOn: string;
    status: CyclePhaseStatus;
  }>;
};

export type EditionQueryVariables = Exact<{
  id: string | number;
}>;

export type EditionQuery = {
  edition: {
    __typename: 'Edition';
    id: string;
    name: string;
    programmeName: string;
    startsOn: string;
    endsOn: string;
    targetTrained: number;
    timeZone: string;
    currentPhase: { __typename: 'CyclePhase'; id: string } | null;
    phases: Array<{
      __typename: 'CyclePhase';
      id: string;
      kind: CyclePhaseKind;
      position: number;
      startsOn: string;
      endsOn: string;
      status: CyclePhaseStatus;
    }>;
  };
};

export type MoveCyclePhaseMutationVariables = Exact<{
  input: MoveCyclePhaseInput;
}>;

export type MoveCyclePhaseMutation = {
  moveCyclePhase: {
    __typename: 'Edition';
    id: string;
    name: string;
    programmeName: string;
    startsOn: string;
    endsOn: string;
    targetTrained: number;
    timeZone: string;
    currentPhase: { __typename: 'CyclePhase'; id: string } | null;
    phases: Array<{
      __typename: 'CyclePhase';
      id: string;
      kind: CyclePhaseKind;
      position: number;
      startsOn: string;
      endsOn: string;
      status: CyclePhaseStatus;
    }>;
  };
};

export type EvidenceSnapshotFieldsFragment = {
  __typename: 'EvidenceSnapshot';
  label: string;
  groupSize: number;
  takenAt: string;
  question: string | null;
  countryCode: string | null;
  side: string | null;
  value: number | null;
  change: number | null;
  changeCount: number | null;
  quote: string | null;
};

export type FindingFieldsFragment = {
  __typename: 'Finding';
  id: string;
  analysisId: string;
  status: EvidenceStatus;
  statement: string;
  language: string;
  priority: FindingPriority;
  countryCodes: Array<string>;
  publishedAt: string | null;
  lockVersion: number;
  canEdit: boolean;
  canComment: boolean;
  modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
  citations: Array<{
    __typename: 'Citation';
    id: string;
    kind: CitationKind;
    citedAt: string;
    snapshot: {
      __typename: 'EvidenceSnapshot';
      label: string;
      groupSize: number;
      takenAt: string;
      question: string | null;
      countryCode: string | null;
      side: string | null;
      value: number | null;
      change: number | null;
      changeCount: number | null;
      quote: string | null;
    };
  }>;
  comments: Array<{
    __typename: 'FindingComment';
    id: string;
    authorName: string | null;
    text: string;
    createdAt: string;
  }>;
};

export type ImprovementActionFieldsFragment = {
  __typename: 'ImprovementAction';
  id: string;
  status: ImprovementActionStatus;
  change: string;
  owner: string;
  dueOn: string | null;
  checkNote: string | null;
  lockVersion: number;
  module: { __typename: 'EvidenceModule'; id: string; code: string };
  moduleVersion: {
    __typename: 'ImprovementModuleVersion';
    id: string;
    version: number;
    publishedAt: string | null;
  } | null;
  findings: Array<{ __typename: 'ImprovementActionFinding'; id: string; statement: string; status: EvidenceStatus }>;
  checkBefore: {
    __typename: 'EvidenceSnapshot';
    label: string;
    groupSize: number;
    takenAt: string;
    question: string | null;
    countryCode: string | null;
    side: string | null;
    value: number | null;
    change: number | null;
    changeCount: number | null;
    quote: string | null;
  } | null;
  checkAfter: {
    __typename: 'EvidenceSnapshot';
    label: string;
    groupSize: number;
    takenAt: string;
    question: string | null;
    countryCode: string | null;
    side: string | null;
    value: number | null;
    change: number | null;
    changeCount: number | null;
    quote: string | null;
  } | null;
};

export type InterimAnalysisQueryVariables = Exact<{
  editionId?: string | number | null | undefined;
}>;

export type InterimAnalysisQuery = {
  interimAnalyses: Array<{
    __typename: 'InterimAnalysis';
    id: string;
    editionId: string;
    phaseKind: string;
    title: string;
    periodStart: string;
    periodEnd: string;
    status: EvidenceStatus;
    publishedAt: string | null;
  }>;
  findings: Array<{
    __typename: 'Finding';
    id: string;
    analysisId: string;
    status: EvidenceStatus;
    statement: string;
    language: string;
    priority: FindingPriority;
    countryCodes: Array<string>;
    publishedAt: string | null;
    lockVersion: number;
    canEdit: boolean;
    canComment: boolean;
    modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
    citations: Array<{
      __typename: 'Citation';
      id: string;
      kind: CitationKind;
      citedAt: string;
      snapshot: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      };
    }>;
    comments: Array<{
      __typename: 'FindingComment';
      id: string;
      authorName: string | null;
      text: string;
      createdAt: string;
    }>;
  }>;
  improvementActions: Array<{
    __typename: 'ImprovementAction';
    id: string;
    status: ImprovementActionStatus;
    change: string;
    owner: string;
    dueOn: string | null;
    checkNote: string | null;
    lockVersion: number;
    module: { __typename: 'EvidenceModule'; id: string; code: string };
    moduleVersion: {
      __typename: 'ImprovementModuleVersion';
      id: string;
      version: number;
      publishedAt: string | null;
    } | null;
    findings: Array<{ __typename: 'ImprovementActionFinding'; id: string; statement: string; status: EvidenceStatus }>;
    checkBefore: {
      __typename: 'EvidenceSnapshot';
      label: string;
      groupSize: number;
      takenAt: string;
      question: string | null;
      countryCode: string | null;
      side: string | null;
      value: number | null;
      change: number | null;
      changeCount: number | null;
      quote: string | null;
    } | null;
    checkAfter: {
      __typename: 'EvidenceSnapshot';
      label: string;
      groupSize: number;
      takenAt: string;
      question: string | null;
      countryCode: string | null;
      side: string | null;
      value: number | null;
      change: number | null;
      changeCount: number | null;
      quote: string | null;
    } | null;
  }>;
};

export type YouSaidWeDidQueryVariables = Exact<{ [key: string]: never }>;

export type YouSaidWeDidQuery = {
  youSaidWeDid: {
    __typename: 'YouSaidWeDid';
    editionId: string | null;
    analyses: Array<{
      __typename: 'InterimAnalysis';
      id: string;
      title: string;
      periodStart: string;
      periodEnd: string;
      publishedAt: string | null;
    }>;
    findings: Array<{
      __typename: 'Finding';
      id: string;
      analysisId: string;
      status: EvidenceStatus;
      statement: string;
      language: string;
      priority: FindingPriority;
      countryCodes: Array<string>;
      publishedAt: string | null;
      lockVersion: number;
      canEdit: boolean;
      canComment: boolean;
      modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
      citations: Array<{
        __typename: 'Citation';
        id: string;
        kind: CitationKind;
        citedAt: string;
        snapshot: {
          __typename: 'EvidenceSnapshot';
          label: string;
          groupSize: number;
          takenAt: string;
          question: string | null;
          countryCode: string | null;
          side: string | null;
          value: number | null;
          change: number | null;
          changeCount: number | null;
          quote: string | null;
        };
      }>;
      comments: Array<{
        __typename: 'FindingComment';
        id: string;
        authorName: string | null;
        text: string;
        createdAt: string;
      }>;
    }>;
    actions: Array<{
      __typename: 'ImprovementAction';
      id: string;
      status: ImprovementActionStatus;
      change: string;
      owner: string;
      dueOn: string | null;
      checkNote: string | null;
      lockVersion: number;
      module: { __typename: 'EvidenceModule'; id: string; code: string };
      moduleVersion: {
        __typename: 'ImprovementModuleVersion';
        id: string;
        version: number;
        publishedAt: string | null;
      } | null;
      findings: Array<{
        __typename: 'ImprovementActionFinding';
        id: string;
        statement: string;
        status: EvidenceStatus;
      }>;
      checkBefore: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      } | null;
      checkAfter: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      } | null;
    }>;
  };
};

export type CreateFindingMutationVariables = Exact<{
  input: CreateFindingInput;
}>;

export type CreateFindingMutation = {
  createFinding: {
    __typename: 'Finding';
    id: string;
    analysisId: string;
    status: EvidenceStatus;
    statement: string;
    language: string;
    priority: FindingPriority;
    countryCodes: Array<string>;
    publishedAt: string | null;
    lockVersion: number;
    canEdit: boolean;
    canComment: boolean;
    modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
    citations: Array<{
      __typename: 'Citation';
      id: string;
      kind: CitationKind;
      citedAt: string;
      snapshot: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      };
    }>;
    comments: Array<{
      __typename: 'FindingComment';
      id: string;
      authorName: string | null;
      text: string;
      createdAt: string;
    }>;
  };
};

export type AddCitationMutationVariables = Exact<{
  input: AddCitationInput;
}>;

export type AddCitationMutation = {
  addCitation: {
    __typename: 'Finding';
    id: string;
    analysisId: string;
    status: EvidenceStatus;
    statement: string;
    language: string;
    priority: FindingPriority;
    countryCodes: Array<string>;
    publishedAt: string | null;
    lockVersion: number;
    canEdit: boolean;
    canComment: boolean;
    modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
    citations: Array<{
      __typename: 'Citation';
      id: string;
      kind: CitationKind;
      citedAt: string;
      snapshot: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      };
    }>;
    comments: Array<{
      __typename: 'FindingComment';
      id: string;
      authorName: string | null;
      text: string;
      createdAt: string;
    }>;
  };
};

export type RemoveCitationMutationVariables = Exact<{
  citationId: string | number;
}>;

export type RemoveCitationMutation = {
  removeCitation: {
    __typename: 'Finding';
    id: string;
    analysisId: string;
    status: EvidenceStatus;
    statement: string;
    language: string;
    priority: FindingPriority;
    countryCodes: Array<string>;
    publishedAt: string | null;
    lockVersion: number;
    canEdit: boolean;
    canComment: boolean;
    modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
    citations: Array<{
      __typename: 'Citation';
      id: string;
      kind: CitationKind;
      citedAt: string;
      snapshot: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      };
    }>;
    comments: Array<{
      __typename: 'FindingComment';
      id: string;
      authorName: string | null;
      text: string;
      createdAt: string;
    }>;
  };
};

export type PublishFindingMutationVariables = Exact<{
  input: PublishFindingInput;
}>;

export type PublishFindingMutation = {
  publishFinding: {
    __typename: 'Finding';
    id: string;
    analysisId: string;
    status: EvidenceStatus;
    statement: string;
    language: string;
    priority: FindingPriority;
    countryCodes: Array<string>;
    publishedAt: string | null;
    lockVersion: number;
    canEdit: boolean;
    canComment: boolean;
    modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
    citations: Array<{
      __typename: 'Citation';
      id: string;
      kind: CitationKind;
      citedAt: string;
      snapshot: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      };
    }>;
    comments: Array<{
      __typename: 'FindingComment';
      id: string;
      authorName: string | null;
      text: string;
      createdAt: string;
    }>;
  };
};

export type CommentOnFindingMutationVariables = Exact<{
  input: CommentOnFindingInput;
}>;

export type CommentOnFindingMutation = {
  commentOnFinding: {
    __typename: 'Finding';
    id: string;
    analysisId: string;
    status: EvidenceStatus;
    statement: string;
    language: string;
    priority: FindingPriority;
    countryCodes: Array<string>;
    publishedAt: string | null;
    lockVersion: number;
    canEdit: boolean;
    canComment: boolean;
    modules: Array<{ __typename: 'EvidenceModule'; id: string; code: string }>;
    citations: Array<{
      __typename: 'Citation';
      id: string;
      kind: CitationKind;
      citedAt: string;
      snapshot: {
        __typename: 'EvidenceSnapshot';
        label: string;
        groupSize: number;
        takenAt: string;
        question: string | null;
        countryCode: string | null;
        side: string | null;
        value: number | null;
        change: number | null;
        changeCount: number | null;
        quote: string | null;
      };
    }>;
    comments: Array<{
      __typename: 'FindingComment';
      id: string;
      authorName: string | null;
      text: string;
      createdAt: string;
    }>;
  };
};

export type CitationSurveyQueryVariables = Exact<{
  id: string | number;
}>;

export type CitationSurveyQuery = {
  survey: {
    __typename: 'Survey';
    id: string;
    questions: Array<{ __typename: 'SurveyQuestion'; id: string; code: string; type: QuestionType; text: string }>;
  };
};

export type MyNextStepsQueryVariables = Exact<{ [key: string]: never }>;

export type MyNextStepsQuery = {
  myNextSteps: Array<{
    __typename: 'MyNextStep';
    kind: MyNextStepKind;
    done: boolean;
    href: string;
    moduleNumber: number | null;
    roundKind: string | null;
    dueAt: string | null;
  }>;
};

export type MyWorkQueueQueryVariables = Exact<{ [key: string]: never }>;

export type MyWorkQueueQuery = {
  myWorkQueue: Array<{
    __typename: 'WorkQueueItem';
    kind: WorkQueueKind;
    count: number;
    overdue: number;
    oldestAt: string | null;
    href: string;
  }>;
};

export type WhereWeAreNowQueryVariables = Exact<{ [key: string]: never }>;

export type WhereWeAreNowQuery = {
  whereWeAreNow: {
    __typename: 'WhereWeAreNow';
    edition: { __typename: 'Edition'; id: string; name: string };
    currentPhase: {
      __typename: 'CyclePhase';
      id: string;
      kind: CyclePhaseKind;
      position: number;
      startsOn: string;
      endsOn: string;
      status: CyclePhaseStatus;
    } | null;
    nextSteps: Array<{ __typename: 'NextStep'; kind: NextStepKind; role: Role }>;
  } | null;
};

export type TutorImportJobQueryVariables = Exact<{
  id: string;
}>;

export type TutorImportJobQuery = {
  importJob: {
    __typename: 'ImportJob';
    id: string;
    status: ImportJobStatus;
    fileName: string;
    totalRows: number;
    processedRows: number;
    error: string | null;
    finishedAt: string | null;
    summary: { __typename: 'ImportSummary'; new: number; updated: number; unchanged: number } | null;
  };
};

export type InvitationByTokenQueryVariables = Exact<{
  token: string;
}>;

export type InvitationByTokenQuery = {
  invitation: {
    __typename: 'Invitation';
    email: string;
    givenName: string;
    familyName: string;
    invitedBy: string | null;
    preferredLanguage: string;
    expiresAt: string;
    expired: boolean;
    used: boolean;
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    __typename: 'Person';
    id: string;
    displayName: string;
    givenName: string;
    familyName: string;
    email: string;
    preferredLanguage: string;
    timeZone: string | null;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type ModuleSummaryFragment = {
  __typename: 'Module';
  id: string;
  versionId: string;
  language: string;
  code: string;
  kind: ModuleKind;
  number: number | null;
  countryCode: string | null;
  title: string;
  titleIsFallback: boolean;
  contactHours: number;
  selfStudyHours: number;
  deliveryMode: DeliveryMode;
  version: number;
  status: ModuleVersionStatus;
  publishedVersion: number | null;
  draftVersion: number | null;
  canEdit: boolean;
};

export type ModuleDetailFragment = {
  __typename: 'Module';
  editionId: string;
  summary: string;
  summaryIsFallback: boolean;
  learningOutcomes: Array<string>;
  learningOutcomesIsFallback: boolean;
  changeReason: string | null;
  publishedAt: string | null;
  lockVersion: number;
  id: string;
  versionId: string;
  language: string;
  code: string;
  kind: ModuleKind;
  number: number | null;
  countryCode: string | null;
  title: string;
  titleIsFallback: boolean;
  contactHours: number;
  selfStudyHours: number;
  deliveryMode: DeliveryMode;
  version: number;
  status: ModuleVersionStatus;
  publishedVersion: number | null;
  draftVersion: number | null;
  canEdit: boolean;
  texts: Array<{
    __typename: 'ModuleText';
    language: string;
    title: string;
    summary: string;
    learningOutcomes: Array<string>;
  }>;
  materials: Array<{
    __typename: 'ModuleMaterial';
    id: string;
    kind: MaterialKind;
    title: string;
    url: string | null;
    downloadUrl: string | null;
    fileName: string | null;
    sizeBytes: number | null;
    contentType: string | null;
  }>;
};

export type ModulesQueryVariables = Exact<{
  filter?: ModuleFilter | null | undefined;
  language?: string | null | undefined;
}>;

export type ModulesQuery = {
  modules: Array<{
    __typename: 'Module';
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
  }>;
};

export type ModuleQueryVariables = Exact<{
  id: string | number;
  draft: boolean;
  language?: string | null | undefined;
}>;

export type ModuleQuery = {
  module: {
    __typename: 'Module';
    editionId: string;
    summary: string;
    summaryIsFallback: boolean;
    learningOutcomes: Array<string>;
    learningOutcomesIsFallback: boolean;
    changeReason: string | null;
    publishedAt: string | null;
    lockVersion: number;
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
    texts: Array<{
      __typename: 'ModuleText';
      language: string;
      title: string;
      summary: string;
      learningOutcomes: Array<string>;
    }>;
    materials: Array<{
      __typename: 'ModuleMaterial';
      id: string;
      kind: MaterialKind;
      title: string;
      url: string | null;
      downloadUrl: string | null;
      fileName: string | null;
      sizeBytes: number | null;
      contentType: string | null;
    }>;
  };
};

export type ModuleHistoryQueryVariables = Exact<{
  moduleId: string | number;
}>;

export type ModuleHistoryQuery = {
  moduleHistory: Array<{
    __typename: 'ModuleVersionHistory';
    id: string;
    version: number;
    status: ModuleVersionStatus;
    publishedAt: string | null;
    changeReason: string | null;
    changes: Array<{ __typename: 'FieldChange'; field: string; before: string | null; after: string | null }>;
  }>;
};

export type ModuleEditionsQueryVariables = Exact<{ [key: string]: never }>;

export type ModuleEditionsQuery = {
  editions: Array<{
    __typename: 'Edition';
    id: string;
    name: string;
    languages: Array<string>;
    currentPhase: { __typename: 'CyclePhase'; id: string } | null;
  }>;
};

export type SaveModuleDraftMutationVariables = Exact<{
  input: SaveModuleDraftInput;
}>;

export type SaveModuleDraftMutation = {
  saveModuleDraft: {
    __typename: 'Module';
    editionId: string;
    summary: string;
    summaryIsFallback: boolean;
    learningOutcomes: Array<string>;
    learningOutcomesIsFallback: boolean;
    changeReason: string | null;
    publishedAt: string | null;
    lockVersion: number;
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
    texts: Array<{
      __typename: 'ModuleText';
      language: string;
      title: string;
      summary: string;
      learningOutcomes: Array<string>;
    }>;
    materials: Array<{
      __typename: 'ModuleMaterial';
      id: string;
      kind: MaterialKind;
      title: string;
      url: string | null;
      downloadUrl: string | null;
      fileName: string | null;
      sizeBytes: number | null;
      contentType: string | null;
    }>;
  };
};

export type PublishModuleMutationVariables = Exact<{
  input: PublishModuleInput;
}>;

export type PublishModuleMutation = {
  publishModule: {
    __typename: 'Module';
    editionId: string;
    summary: string;
    summaryIsFallback: boolean;
    learningOutcomes: Array<string>;
    learningOutcomesIsFallback: boolean;
    changeReason: string | null;
    publishedAt: string | null;
    lockVersion: number;
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
    texts: Array<{
      __typename: 'ModuleText';
      language: string;
      title: string;
      summary: string;
      learningOutcomes: Array<string>;
    }>;
    materials: Array<{
      __typename: 'ModuleMaterial';
      id: string;
      kind: MaterialKind;
      title: string;
      url: string | null;
      downloadUrl: string | null;
      fileName: string | null;
      sizeBytes: number | null;
      contentType: string | null;
    }>;
  };
};

export type AddModuleMaterialLinkMutationVariables = Exact<{
  input: AddModuleMaterialLinkInput;
}>;

export type AddModuleMaterialLinkMutation = {
  addModuleMaterialLink: {
    __typename: 'Module';
    editionId: string;
    summary: string;
    summaryIsFallback: boolean;
    learningOutcomes: Array<string>;
    learningOutcomesIsFallback: boolean;
    changeReason: string | null;
    publishedAt: string | null;
    lockVersion: number;
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
    texts: Array<{
      __typename: 'ModuleText';
      language: string;
      title: string;
      summary: string;
      learningOutcomes: Array<string>;
    }>;
    materials: Array<{
      __typename: 'ModuleMaterial';
      id: string;
      kind: MaterialKind;
      title: string;
      url: string | null;
      downloadUrl: string | null;
      fileName: string | null;
      sizeBytes: number | null;
      contentType: string | null;
    }>;
  };
};

export type RemoveModuleMaterialMutationVariables = Exact<{
  input: RemoveModuleMaterialInput;
}>;

export type RemoveModuleMaterialMutation = {
  removeModuleMaterial: {
    __typename: 'Module';
    editionId: string;
    summary: string;
    summaryIsFallback: boolean;
    learningOutcomes: Array<string>;
    learningOutcomesIsFallback: boolean;
    changeReason: string | null;
    publishedAt: string | null;
    lockVersion: number;
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
    texts: Array<{
      __typename: 'ModuleText';
      language: string;
      title: string;
      summary: string;
      learningOutcomes: Array<string>;
    }>;
    materials: Array<{
      __typename: 'ModuleMaterial';
      id: string;
      kind: MaterialKind;
      title: string;
      url: string | null;
      downloadUrl: string | null;
      fileName: string | null;
      sizeBytes: number | null;
      contentType: string | null;
    }>;
  };
};

export type CreateModuleMutationVariables = Exact<{
  input: CreateModuleInput;
}>;

export type CreateModuleMutation = {
  createModule: {
    __typename: 'Module';
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    deliveryMode: DeliveryMode;
    version: number;
    status: ModuleVersionStatus;
    publishedVersion: number | null;
    draftVersion: number | null;
    canEdit: boolean;
  };
};

export type NationalProgrammesQueryVariables = Exact<{
  editionId?: string | number | null | undefined;
  language?: string | null | undefined;
}>;

export type NationalProgrammesQuery = {
  nationalProgrammes: Array<{
    __typename: 'NationalProgramme';
    id: string;
    countryCode: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    totalHours: number;
    submittedAt: string | null;
    decidedAt: string | null;
  }>;
};

export type NationalProgrammeDetailFragment = {
  __typename: 'NationalProgramme';
  id: string;
  editionId: string;
  countryCode: string;
  revision: number;
  status: NationalProgrammeStatus;
  inForce: boolean;
  lockVersion: number;
  canEdit: boolean;
  canSubmit: boolean;
  canDecide: boolean;
  createdAt: string;
  submittedAt: string | null;
  submittedByName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  returnComments: string | null;
  totalContactHours: number;
  totalSelfStudyHours: number;
  totalHours: number;
  items: Array<{
    __typename: 'NationalProgrammeItem';
    moduleId: string;
    position: number;
    code: string;
    title: string;
    titleIsFallback: boolean;
    kind: ModuleKind;
    number: number | null;
    moduleVersion: number;
    contactHours: number;
    selfStudyHours: number;
    totalHours: number;
  }>;
  revisions: Array<{
    __typename: 'NationalProgrammeRevision';
    id: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    createdAt: string;
    submittedAt: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    returnComments: string | null;
  }>;
};

export type NationalProgrammeQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;

export type NationalProgrammeQuery = {
  nationalProgramme: {
    __typename: 'NationalProgramme';
    id: string;
    editionId: string;
    countryCode: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    lockVersion: number;
    canEdit: boolean;
    canSubmit: boolean;
    canDecide: boolean;
    createdAt: string;
    submittedAt: string | null;
    submittedByName: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    returnComments: string | null;
    totalContactHours: number;
    totalSelfStudyHours: number;
    totalHours: number;
    items: Array<{
      __typename: 'NationalProgrammeItem';
      moduleId: string;
      position: number;
      code: string;
      title: string;
      titleIsFallback: boolean;
      kind: ModuleKind;
      number: number | null;
      moduleVersion: number;
      contactHours: number;
      selfStudyHours: number;
      totalHours: number;
    }>;
    revisions: Array<{
      __typename: 'NationalProgrammeRevision';
      id: string;
      revision: number;
      status: NationalProgrammeStatus;
      inForce: boolean;
      createdAt: string;
      submittedAt: string | null;
      decidedAt: string | null;
      decidedByName: string | null;
      returnComments: string | null;
    }>;
  };
};

export type ProgrammeModuleChoicesQueryVariables = Exact<{
  editionId: string | number;
  language?: string | null | undefined;
}>;

export type ProgrammeModuleChoicesQuery = {
  modules: Array<{
    __typename: 'Module';
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    number: number | null;
    countryCode: string | null;
    title: string;
    titleIsFallback: boolean;
    contactHours: number;
    selfStudyHours: number;
    publishedVersion: number | null;
  }>;
};

export type SaveNationalProgrammeMutationVariables = Exact<{
  input: SaveNationalProgrammeInput;
}>;

export type SaveNationalProgrammeMutation = {
  saveNationalProgramme: {
    __typename: 'NationalProgramme';
    id: string;
    editionId: string;
    countryCode: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    lockVersion: number;
    canEdit: boolean;
    canSubmit: boolean;
    canDecide: boolean;
    createdAt: string;
    submittedAt: string | null;
    submittedByName: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    returnComments: string | null;
    totalContactHours: number;
    totalSelfStudyHours: number;
    totalHours: number;
    items: Array<{
      __typename: 'NationalProgrammeItem';
      moduleId: string;
      position: number;
      code: string;
      title: string;
      titleIsFallback: boolean;
      kind: ModuleKind;
      number: number | null;
      moduleVersion: number;
      contactHours: number;
      selfStudyHours: number;
      totalHours: number;
    }>;
    revisions: Array<{
      __typename: 'NationalProgrammeRevision';
      id: string;
      revision: number;
      status: NationalProgrammeStatus;
      inForce: boolean;
      createdAt: string;
      submittedAt: string | null;
      decidedAt: string | null;
      decidedByName: string | null;
      returnComments: string | null;
    }>;
  };
};

export type SubmitNationalProgrammeMutationVariables = Exact<{
  id: string | number;
  expectedLockVersion?: number | null | undefined;
}>;

export type SubmitNationalProgrammeMutation = {
  submitNationalProgramme: {
    __typename: 'NationalProgramme';
    id: string;
    editionId: string;
    countryCode: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    lockVersion: number;
    canEdit: boolean;
    canSubmit: boolean;
    canDecide: boolean;
    createdAt: string;
    submittedAt: string | null;
    submittedByName: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    returnComments: string | null;
    totalContactHours: number;
    totalSelfStudyHours: number;
    totalHours: number;
    items: Array<{
      __typename: 'NationalProgrammeItem';
      moduleId: string;
      position: number;
      code: string;
      title: string;
      titleIsFallback: boolean;
      kind: ModuleKind;
      number: number | null;
      moduleVersion: number;
      contactHours: number;
      selfStudyHours: number;
      totalHours: number;
    }>;
    revisions: Array<{
      __typename: 'NationalProgrammeRevision';
      id: string;
      revision: number;
      status: NationalProgrammeStatus;
      inForce: boolean;
      createdAt: string;
      submittedAt: string | null;
      decidedAt: string | null;
      decidedByName: string | null;
      returnComments: string | null;
    }>;
  };
};

export type ApproveNationalProgrammeMutationVariables = Exact<{
  id: string | number;
  expectedLockVersion?: number | null | undefined;
}>;

export type ApproveNationalProgrammeMutation = {
  approveNationalProgramme: {
    __typename: 'NationalProgramme';
    id: string;
    editionId: string;
    countryCode: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    lockVersion: number;
    canEdit: boolean;
    canSubmit: boolean;
    canDecide: boolean;
    createdAt: string;
    submittedAt: string | null;
    submittedByName: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    returnComments: string | null;
    totalContactHours: number;
    totalSelfStudyHours: number;
    totalHours: number;
    items: Array<{
      __typename: 'NationalProgrammeItem';
      moduleId: string;
      position: number;
      code: string;
      title: string;
      titleIsFallback: boolean;
      kind: ModuleKind;
      number: number | null;
      moduleVersion: number;
      contactHours: number;
      selfStudyHours: number;
      totalHours: number;
    }>;
    revisions: Array<{
      __typename: 'NationalProgrammeRevision';
      id: string;
      revision: number;
      status: NationalProgrammeStatus;
      inForce: boolean;
      createdAt: string;
      submittedAt: string | null;
      decidedAt: string | null;
      decidedByName: string | null;
      returnComments: string | null;
    }>;
  };
};

export type ReturnNationalProgrammeMutationVariables = Exact<{
  id: string | number;
  comments: string;
  expectedLockVersion?: number | null | undefined;
}>;

export type ReturnNationalProgrammeMutation = {
  returnNationalProgramme: {
    __typename: 'NationalProgramme';
    id: string;
    editionId: string;
    countryCode: string;
    revision: number;
    status: NationalProgrammeStatus;
    inForce: boolean;
    lockVersion: number;
    canEdit: boolean;
    canSubmit: boolean;
    canDecide: boolean;
    createdAt: string;
    submittedAt: string | null;
    submittedByName: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    returnComments: string | null;
    totalContactHours: number;
    totalSelfStudyHours: number;
    totalHours: number;
    items: Array<{
      __typename: 'NationalProgrammeItem';
      moduleId: string;
      position: number;
      code: string;
      title: string;
      titleIsFallback: boolean;
      kind: ModuleKind;
      number: number | null;
      moduleVersion: number;
      contactHours: number;
      selfStudyHours: number;
      totalHours: number;
    }>;
    revisions: Array<{
      __typename: 'NationalProgrammeRevision';
      id: string;
      revision: number;
      status: NationalProgrammeStatus;
      inForce: boolean;
      createdAt: string;
      submittedAt: string | null;
      decidedAt: string | null;
      decidedByName: string | null;
      returnComments: string | null;
    }>;
  };
};

export type ApplyToJoinNetworkMutationVariables = Exact<{
  input: ApplyToJoinNetworkInput;
}>;

export type ApplyToJoinNetworkMutation = { applyToJoinNetwork: boolean };

export type NetworkApplicationFieldsFragment = {
  __typename: 'NetworkApplication';
  id: string;
  organisationName: string;
  kind: OrganisationKind;
  country: string;
  registryCode: string;
  city: string;
  website: string | null;
  sector: Sector | null;
  sizeClass: SizeClass | null;
  contactGivenName: string;
  contactFamilyName: string;
  contactEmail: string;
  preferredLanguage: string;
  message: string | null;
  status: NetworkApplicationStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  createdOrganisationId: string | null;
  createdAt: string;
};

export type NetworkApplicationsQueryVariables = Exact<{
  status?: NetworkApplicationStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type NetworkApplicationsQuery = {
  networkApplications: {
    __typename: 'NetworkApplicationConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      __typename: 'NetworkApplicationEdge';
      cursor: string;
      node: {
        __typename: 'NetworkApplication';
        id: string;
        organisationName: string;
        kind: OrganisationKind;
        country: string;
        city: string;
        contactGivenName: string;
        contactFamilyName: string;
        status: NetworkApplicationStatus;
        createdAt: string;
      };
    }>;
  };
};

export type NetworkApplicationQueryVariables = Exact<{
  id: string | number;
}>;

export type NetworkApplicationQuery = {
  networkApplication: {
    __typename: 'NetworkApplication';
    id: string;
    organisationName: string;
    kind: OrganisationKind;
    country: string;
    registryCode: string;
    city: string;
    website: string | null;
    sector: Sector | null;
    sizeClass: SizeClass | null;
    contactGivenName: string;
    contactFamilyName: string;
    contactEmail: string;
    preferredLanguage: string;
    message: string | null;
    status: NetworkApplicationStatus;
    decidedBy: string | null;
    decidedAt: string | null;
    rejectionReason: string | null;
    createdOrganisationId: string | null;
    createdAt: string;
  };
};

export type ApproveNetworkApplicationMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveNetworkApplicationMutation = {
  approveNetworkApplication: {
    __typename: 'NetworkApplication';
    id: string;
    organisationName: string;
    kind: OrganisationKind;
    country: string;
    registryCode: string;
    city: string;
    website: string | null;
    sector: Sector | null;
    sizeClass: SizeClass | null;
    contactGivenName: string;
    contactFamilyName: string;
    contactEmail: string;
    preferredLanguage: string;
    message: string | null;
    status: NetworkApplicationStatus;
    decidedBy: string | null;
    decidedAt: string | null;
    rejectionReason: string | null;
    createdOrganisationId: string | null;
    createdAt: string;
  };
};

export type RejectNetworkApplicationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectNetworkApplicationMutation = {
  rejectNetworkApplication: {
    __typename: 'NetworkApplication';
    id: string;
    organisationName: string;
    kind: OrganisationKind;
    country: string;
    registryCode: string;
    city: string;
    website: string | null;
    sector: Sector | null;
    sizeClass: SizeClass | null;
    contactGivenName: string;
    contactFamilyName: string;
    contactEmail: string;
    preferredLanguage: string;
    message: string | null;
    status: NetworkApplicationStatus;
    decidedBy: string | null;
    decidedAt: string | null;
    rejectionReason: string | null;
    createdOrganisationId: string | null;
    createdAt: string;
  };
};

export type OrganisationSummaryFragment = {
  __typename: 'Organisation';
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  city: string | null;
  sector: Sector | null;
};

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type OrganisationsQuery = {
  organisations: {
    __typename: 'OrganisationConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      __typename: 'OrganisationEdge';
      cursor: string;
      node: {
        __typename: 'Organisation';
        id: string;
        name: string;
        kind: OrganisationKind;
        country: string;
        city: string | null;
        sector: Sector | null;
      };
    }>;
  };
};

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganisationQuery = {
  organisation: {
    __typename: 'OrganisationDetail';
    id: string;
    name: string;
    kind: OrganisationKind;
    country: string;
    registryCode: string;
    city: string | null;
    website: string | null;
    sector: Sector | null;
    sizeClass: SizeClass | null;
    cluster: Array<{
      __typename: 'Organisation';
      id: string;
      name: string;
      kind: OrganisationKind;
      country: string;
      city: string | null;
      sector: Sector | null;
    }>;
    tutors: Array<{
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      occupationField: string | null;
      email: string | null;
    }>;
  };
};

export type CountriesQueryVariables = Exact<{ [key: string]: never }>;

export type CountriesQuery = { countries: Array<{ __typename: 'Country'; code: string; programmeCountry: boolean }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
}>;

export type MyNotificationsQuery = {
  myNotifications: Array<{
    __typename: 'Notification';
    id: string;
    kind: NotificationKind;
    createdAt: string;
    readAt: string | null;
    targetType: string | null;
    targetId: string | null;
    params: Array<{ __typename: 'NotificationParam'; name: string; value: string }>;
  }>;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type MarkNotificationsReadMutation = {
  markNotificationsRead: Array<{ __typename: 'Notification'; id: string; readAt: string | null }>;
};

export type OutboxMessagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type OutboxMessagesQuery = {
  outboxMessages: {
    __typename: 'OutboxMessageConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      __typename: 'OutboxMessageEdge';
      cursor: string;
      node: {
        __typename: 'OutboxMessage';
        id: string;
        kind: string;
        language: string;
        recipientEmail: string;
        subject: string;
        textBody: string;
        status: OutboxStatus;
        attempts: number;
        deliveryNote: string | null;
        lastError: string | null;
        createdAt: string;
        sentAt: string | null;
      };
    }>;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type PeerReviewFieldsFragment = {
  __typename: 'PeerReview';
  id: string;
  countryCode: string;
  nationalProgrammeId: string;
  nationalProgrammeRevision: number;
  stage: PeerReviewStage;
  visitStartsOn: string | null;
  visitEndsOn: string | null;
  reportDueOn: string | null;
  reportOverdue: boolean;
  countryComments: string | null;
  lockVersion: number;
  canManage: boolean;
  canWriteAsCountry: boolean;
  canWriteAsPeer: boolean;
  selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
  peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
  interviews: Array<{
    __typename: 'PeerReviewInterview';
    id: string;
    interviewee: string;
    heldOn: string;
    notes: string;
    authorName: string | null;
  }>;
  recommendations: Array<{
    __typename: 'PeerReviewRecommendation';
    id: string;
    areaCode: PeerReviewQualityArea;
    text: string;
    authorName: string | null;
    improvementActionId: string | null;
    actionStatus: ImprovementActionStatus | null;
  }>;
};

export type PeerReviewsQueryVariables = Exact<{ [key: string]: never }>;

export type PeerReviewsQuery = {
  peerReviews: Array<{
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; countryCode: string }>;
  }>;
};

export type PeerReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type PeerReviewQuery = {
  peerReview: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type SavePeerReviewSelfReportMutationVariables = Exact<{
  input: SavePeerReviewSelfReportInput;
}>;

export type SavePeerReviewSelfReportMutation = {
  savePeerReviewSelfReport: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type AddPeerReviewInterviewMutationVariables = Exact<{
  input: AddPeerReviewInterviewInput;
}>;

export type AddPeerReviewInterviewMutation = {
  addPeerReviewInterview: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type AddPeerReviewRecommendationMutationVariables = Exact<{
  input: AddPeerReviewRecommendationInput;
}>;

export type AddPeerReviewRecommendationMutation = {
  addPeerReviewRecommendation: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type CommentOnPeerReviewReportMutationVariables = Exact<{
  input: CommentOnPeerReviewReportInput;
}>;

export type CommentOnPeerReviewReportMutation = {
  commentOnPeerReviewReport: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type AdvancePeerReviewMutationVariables = Exact<{
  input: AdvancePeerReviewInput;
}>;

export type AdvancePeerReviewMutation = {
  advancePeerReview: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type StartPeerReviewFollowUpMutationVariables = Exact<{
  id: string | number;
}>;

export type StartPeerReviewFollowUpMutation = {
  startPeerReviewFollowUp: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type SetPeerReviewActionStatusMutationVariables = Exact<{
  input: SetPeerReviewActionStatusInput;
}>;

export type SetPeerReviewActionStatusMutation = {
  setPeerReviewActionStatus: {
    __typename: 'PeerReview';
    id: string;
    countryCode: string;
    nationalProgrammeId: string;
    nationalProgrammeRevision: number;
    stage: PeerReviewStage;
    visitStartsOn: string | null;
    visitEndsOn: string | null;
    reportDueOn: string | null;
    reportOverdue: boolean;
    countryComments: string | null;
    lockVersion: number;
    canManage: boolean;
    canWriteAsCountry: boolean;
    canWriteAsPeer: boolean;
    selfReport: Array<{ __typename: 'PeerReviewSelfReportArea'; areaCode: PeerReviewQualityArea; text: string }>;
    peers: Array<{ __typename: 'TrainedPeer'; personId: string; name: string; countryCode: string; trainedOn: string }>;
    interviews: Array<{
      __typename: 'PeerReviewInterview';
      id: string;
      interviewee: string;
      heldOn: string;
      notes: string;
      authorName: string | null;
    }>;
    recommendations: Array<{
      __typename: 'PeerReviewRecommendation';
      id: string;
      areaCode: PeerReviewQualityArea;
      text: string;
      authorName: string | null;
      improvementActionId: string | null;
      actionStatus: ImprovementActionStatus | null;
    }>;
  };
};

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;

export type InvitePersonMutation = {
  invitePerson: { __typename: 'Person'; id: string; displayName: string; email: string };
};

export type InviteOrganisationChoicesQueryVariables = Exact<{
  country: string;
}>;

export type InviteOrganisationChoicesQuery = {
  organisations: {
    __typename: 'OrganisationConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'OrganisationEdge';
      node: { __typename: 'Organisation'; id: string; name: string; kind: OrganisationKind; city: string | null };
    }>;
  };
};

export type PersonRolesFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  email: string;
  preferredLanguage: string;
  roles: Array<{
    __typename: 'RoleGrant';
    id: string;
    role: Role;
    scopeKind: ScopeKind;
    countryCode: string | null;
    organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
  }>;
};

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  countryCode?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  status?: PersonStatus | null | undefined;
}>;

export type PeopleQuery = {
  people: {
    __typename: 'PersonConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'PersonEdge';
      cursor: string;
      node: {
        __typename: 'Person';
        countryCode: string | null;
        status: PersonStatus;
        id: string;
        displayName: string;
        email: string;
        preferredLanguage: string;
        organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
        roles: Array<{
          __typename: 'RoleGrant';
          id: string;
          role: Role;
          scopeKind: ScopeKind;
          countryCode: string | null;
          organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
        }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;

export type PersonQuery = {
  person: {
    __typename: 'Person';
    id: string;
    displayName: string;
    email: string;
    preferredLanguage: string;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;

export type GrantRoleMutation = {
  grantRole: {
    __typename: 'Person';
    id: string;
    displayName: string;
    email: string;
    preferredLanguage: string;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type RevokeRoleMutationVariables = Exact<{
  grantId: string;
}>;

export type RevokeRoleMutation = {
  revokeRole: {
    __typename: 'Person';
    id: string;
    displayName: string;
    email: string;
    preferredLanguage: string;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type PersonRecordQueryVariables = Exact<{
  id: string | number;
}>;

export type PersonRecordQuery = {
  personRecord: {
    __typename: 'PersonRecord';
    id: string;
    displayName: string;
    email: string | null;
    status: PersonStatus;
    deactivatedAt: string | null;
    countryCode: string | null;
    side: TutorSide | null;
    organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
    tandems: Array<{
      __typename: 'PersonRecordTandem';
      id: string;
      editionName: string;
      status: TandemStatus;
      side: TutorSide;
      partnerId: string;
      partnerName: string;
      partnerOrganisation: string | null;
      activatedAt: string | null;
      dissolvedAt: string | null;
    }>;
    enrolments: Array<{
      __typename: 'PersonRecordEnrolment';
      sessionId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleKind: ModuleKind;
      startsAt: string;
      hours: number;
      sessionStatus: SessionStatus;
      enrolmentStatus: EnrolmentStatus;
      attendance: AttendanceStatus | null;
    }>;
    progress: {
      __typename: 'TutorProgress';
      personId: string;
      name: string;
      editionId: string;
      status: CompletionStatus;
      trainedAt: string | null;
      onTrack: boolean;
      computedAt: string;
      requirements: Array<{
        __typename: 'ProgressRequirement';
        kind: RequirementKind;
        done: boolean;
        achieved: number;
        required: number;
        moduleNumber: number | null;
        roundKind: RuleRoundKind | null;
        bookedAhead: number | null;
      }>;
    } | null;
    selfAssessments: Array<{
      __typename: 'PersonRecordSelfAssessment';
      roundId: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      status: SelfAssessmentStatus | null;
      submittedAt: string | null;
    }>;
    assignments: Array<{
      __typename: 'PersonRecordAssignment';
      assignmentId: string;
      title: string;
      moduleCode: string;
      dueOn: string;
      status: SubmissionStatus | null;
      submittedAt: string | null;
    }>;
    certificates: Array<{
      __typename: 'PersonRecordCertificate';
      id: string;
      number: string;
      publicId: string;
      editionName: string;
      status: CertificateStatus;
      issuedAt: string;
      revokedAt: string | null;
    }>;
    statusHistory: Array<{
      __typename: 'PersonRecordStatusChange';
      editionName: string;
      fromStatus: CompletionStatus | null;
      toStatus: CompletionStatus;
      effectiveAt: string;
    }>;
  };
};

export type MyConsentsQueryVariables = Exact<{ [key: string]: never }>;

export type MyConsentsQuery = {
  myConsents: Array<{
    __typename: 'Consent';
    purpose: ConsentPurpose;
    granted: boolean;
    answered: boolean;
    changedAt: string | null;
  }>;
};

export type SetConsentsMutationVariables = Exact<{
  input: SetConsentsInput;
}>;

export type SetConsentsMutation = {
  setConsents: Array<{
    __typename: 'Consent';
    purpose: ConsentPurpose;
    granted: boolean;
    answered: boolean;
    changedAt: string | null;
  }>;
};

export type MyDataExportsQueryVariables = Exact<{ [key: string]: never }>;

export type MyDataExportsQuery = {
  myDataExports: Array<{
    __typename: 'DataExport';
    id: string;
    status: DataExportStatus;
    progress: number;
    requestedAt: string;
    expiresAt: string | null;
    expired: boolean;
    downloadUrl: string | null;
  }>;
};

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never }>;

export type RequestDataExportMutation = {
  requestDataExport: {
    __typename: 'DataExport';
    id: string;
    status: DataExportStatus;
    progress: number;
    requestedAt: string;
    expiresAt: string | null;
    expired: boolean;
    downloadUrl: string | null;
  };
};

export type MyErasureRequestQueryVariables = Exact<{ [key: string]: never }>;

export type MyErasureRequestQuery = {
  myErasureRequest: { __typename: 'ErasureRequest'; id: string; status: string; requestedAt: string } | null;
};

export type RequestErasureMutationVariables = Exact<{ [key: string]: never }>;

export type RequestErasureMutation = {
  requestErasure: { __typename: 'ErasureRequest'; id: string; status: string; requestedAt: string };
};

export type ErasureRequestsQueryVariables = Exact<{ [key: string]: never }>;

export type ErasureRequestsQuery = {
  erasureRequests: Array<{
    __typename: 'ErasureRequest';
    id: string;
    status: string;
    requestedAt: string;
    personName: string | null;
    holds: { __typename: 'ErasureHolds'; certificates: number; attendance: number; sharedSubmissions: number } | null;
  }>;
};

export type ConfirmErasureMutationVariables = Exact<{
  id: string | number;
}>;

export type ConfirmErasureMutation = {
  confirmErasure: { __typename: 'ErasureRequest'; id: string; status: string; personName: string | null };
};

export type OpenAssessmentRoundMutationVariables = Exact<{
  input: OpenAssessmentRoundInput;
}>;

export type OpenAssessmentRoundMutation = {
  openAssessmentRound: {
    __typename: 'AssessmentRound';
    id: string;
    kind: AssessmentRoundKind;
    moduleNumber: number | null;
    opensAt: string;
    closesAt: string;
    isOpen: boolean;
    profileVersion: number;
  };
};

export type UpdateAssessmentRoundMutationVariables = Exact<{
  input: UpdateAssessmentRoundInput;
}>;

export type UpdateAssessmentRoundMutation = {
  updateAssessmentRound: {
    __typename: 'AssessmentRound';
    id: string;
    kind: AssessmentRoundKind;
    moduleNumber: number | null;
    opensAt: string;
    closesAt: string;
    isOpen: boolean;
    profileVersion: number;
  };
};

export type EditionRoundsQueryVariables = Exact<{ [key: string]: never }>;

export type EditionRoundsQuery = {
  whereWeAreNow: { __typename: 'WhereWeAreNow'; edition: { __typename: 'Edition'; id: string; name: string } } | null;
  assessmentRounds: Array<{
    __typename: 'AssessmentRound';
    id: string;
    kind: AssessmentRoundKind;
    moduleNumber: number | null;
    opensAt: string;
    closesAt: string;
    isOpen: boolean;
    profileVersion: number;
  }>;
};

export type AssessmentRoundFieldsFragment = {
  __typename: 'AssessmentRound';
  id: string;
  kind: AssessmentRoundKind;
  moduleNumber: number | null;
  opensAt: string;
  closesAt: string;
  isOpen: boolean;
  profileVersion: number;
};

export type SelfAssessmentFieldsFragment = {
  __typename: 'SelfAssessment';
  id: string;
  status: SelfAssessmentStatus;
  submittedAt: string | null;
  updatedAt: string;
  sharedWithPartner: boolean;
  isMine: boolean;
  ownerName: string;
  canEdit: boolean;
  round: {
    __typename: 'AssessmentRound';
    id: string;
    kind: AssessmentRoundKind;
    moduleNumber: number | null;
    opensAt: string;
    closesAt: string;
    isOpen: boolean;
    profileVersion: number;
  };
  ratings: Array<{
    __typename: 'Rating';
    level: number;
    evidence: string | null;
    competence: { __typename: 'Competence'; id: string; code: string; areaCode: string };
  }>;
};

export type MySelfAssessmentsQueryVariables = Exact<{ [key: string]: never }>;

export type MySelfAssessmentsQuery = {
  assessmentRounds: Array<{
    __typename: 'AssessmentRound';
    id: string;
    kind: AssessmentRoundKind;
    moduleNumber: number | null;
    opensAt: string;
    closesAt: string;
    isOpen: boolean;
    profileVersion: number;
  }>;
  mySelfAssessments: Array<{
    __typename: 'SelfAssessment';
    id: string;
    status: SelfAssessmentStatus;
    submittedAt: string | null;
    updatedAt: string;
    sharedWithPartner: boolean;
    isMine: boolean;
    ownerName: string;
    canEdit: boolean;
    round: {
      __typename: 'AssessmentRound';
      id: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      profileVersion: number;
    };
    ratings: Array<{
      __typename: 'Rating';
      level: number;
      evidence: string | null;
      competence: { __typename: 'Competence'; id: string; code: string; areaCode: string };
    }>;
  }>;
};

export type SelfAssessmentQueryVariables = Exact<{
  id: string | number;
}>;

export type SelfAssessmentQuery = {
  selfAssessment: {
    __typename: 'SelfAssessment';
    id: string;
    status: SelfAssessmentStatus;
    submittedAt: string | null;
    updatedAt: string;
    sharedWithPartner: boolean;
    isMine: boolean;
    ownerName: string;
    canEdit: boolean;
    round: {
      __typename: 'AssessmentRound';
      id: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      profileVersion: number;
    };
    ratings: Array<{
      __typename: 'Rating';
      level: number;
      evidence: string | null;
      competence: { __typename: 'Competence'; id: string; code: string; areaCode: string };
    }>;
  };
};

export type SaveSelfAssessmentMutationVariables = Exact<{
  input: SaveSelfAssessmentInput;
}>;

export type SaveSelfAssessmentMutation = {
  saveSelfAssessment: {
    __typename: 'SelfAssessment';
    id: string;
    status: SelfAssessmentStatus;
    submittedAt: string | null;
    updatedAt: string;
    sharedWithPartner: boolean;
    isMine: boolean;
    ownerName: string;
    canEdit: boolean;
    round: {
      __typename: 'AssessmentRound';
      id: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      profileVersion: number;
    };
    ratings: Array<{
      __typename: 'Rating';
      level: number;
      evidence: string | null;
      competence: { __typename: 'Competence'; id: string; code: string; areaCode: string };
    }>;
  };
};

export type SubmitSelfAssessmentMutationVariables = Exact<{
  input: SubmitSelfAssessmentInput;
}>;

export type SubmitSelfAssessmentMutation = {
  submitSelfAssessment: {
    __typename: 'SelfAssessment';
    id: string;
    status: SelfAssessmentStatus;
    submittedAt: string | null;
    updatedAt: string;
    sharedWithPartner: boolean;
    isMine: boolean;
    ownerName: string;
    canEdit: boolean;
    round: {
      __typename: 'AssessmentRound';
      id: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      profileVersion: number;
    };
    ratings: Array<{
      __typename: 'Rating';
      level: number;
      evidence: string | null;
      competence: { __typename: 'Competence'; id: string; code: string; areaCode: string };
    }>;
  };
};

export type ShareSelfAssessmentMutationVariables = Exact<{
  input: ShareSelfAssessmentInput;
}>;

export type ShareSelfAssessmentMutation = {
  shareSelfAssessment: {
    __typename: 'SelfAssessment';
    id: string;
    status: SelfAssessmentStatus;
    submittedAt: string | null;
    updatedAt: string;
    sharedWithPartner: boolean;
    isMine: boolean;
    ownerName: string;
    canEdit: boolean;
    round: {
      __typename: 'AssessmentRound';
      id: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      profileVersion: number;
    };
    ratings: Array<{
      __typename: 'Rating';
      level: number;
      evidence: string | null;
      competence: { __typename: 'Competence'; id: string; code: string; areaCode: string };
    }>;
  };
};

export type TandemComparisonQueryVariables = Exact<{ [key: string]: never }>;

export type TandemComparisonQuery = {
  tandemComparison: {
    __typename: 'TandemComparison';
    schoolTutorName: string;
    companyTutorName: string;
    mineShared: boolean;
    partnerShared: boolean;
    round: {
      __typename: 'AssessmentRound';
      id: string;
      kind: AssessmentRoundKind;
      moduleNumber: number | null;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      profileVersion: number;
    };
    rows: Array<{
      __typename: 'TandemComparisonRow';
      schoolLevel: number | null;
      companyLevel: number | null;
      difference: number | null;
      competence: { __typename: 'Competence'; id: string; code: string; title: string };
    }>;
  } | null;
};

export type SessionPersonFragment = {
  __typename: 'Person';
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  email: string;
  preferredLanguage: string;
  timeZone: string | null;
  roles: Array<{
    __typename: 'RoleGrant';
    id: string;
    role: Role;
    scopeKind: ScopeKind;
    countryCode: string | null;
    organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
  }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    __typename: 'Person';
    id: string;
    displayName: string;
    givenName: string;
    familyName: string;
    email: string;
    preferredLanguage: string;
    timeZone: string | null;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    __typename: 'Person';
    id: string;
    displayName: string;
    givenName: string;
    familyName: string;
    email: string;
    preferredLanguage: string;
    timeZone: string | null;
    roles: Array<{
      __typename: 'RoleGrant';
      id: string;
      role: Role;
      scopeKind: ScopeKind;
      countryCode: string | null;
      organisation: { __typename: 'OrganisationRef'; id: string; name: string } | null;
    }>;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type MobilityFieldsFragment = {
  __typename: 'Mobility';
  id: string;
  kind: MobilityKind;
  learnerCount: number | null;
  hostOrganisation: string;
  hostCountry: string;
  startsOn: string;
  endsOn: string;
  durationDays: number;
  learningOutcomes: string | null;
  outcome: string | null;
  hostOfferRequestId: string | null;
  canEdit: boolean;
  person: { __typename: 'MobilityPerson'; id: string; name: string } | null;
  fromOrganisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
  agreements: Array<{
    __typename: 'LearningAgreementVersion';
    id: string;
    version: number;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    uploadedBy: string | null;
    uploadedAt: string;
    downloadUrl: string;
  }>;
};

export type MobilitiesQueryVariables = Exact<{
  filter?: MobilityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MobilitiesQuery = {
  mobilities: {
    __typename: 'MobilityConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'MobilityEdge';
      cursor: string;
      node: {
        __typename: 'Mobility';
        id: string;
        kind: MobilityKind;
        learnerCount: number | null;
        hostOrganisation: string;
        hostCountry: string;
        startsOn: string;
        endsOn: string;
        durationDays: number;
        learningOutcomes: string | null;
        outcome: string | null;
        hostOfferRequestId: string | null;
        canEdit: boolean;
        person: { __typename: 'MobilityPerson'; id: string; name: string } | null;
        fromOrganisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
        agreements: Array<{
          __typename: 'LearningAgreementVersion';
          id: string;
          version: number;
          fileName: string;
          contentType: string;
          sizeBytes: number;
          uploadedBy: string | null;
          uploadedAt: string;
          downloadUrl: string;
        }>;
      };
    }>;
  };
};

export type MobilityQueryVariables = Exact<{
  id: string | number;
}>;

export type MobilityQuery = {
  mobility: {
    __typename: 'Mobility';
    id: string;
    kind: MobilityKind;
    learnerCount: number | null;
    hostOrganisation: string;
    hostCountry: string;
    startsOn: string;
    endsOn: string;
    durationDays: number;
    learningOutcomes: string | null;
    outcome: string | null;
    hostOfferRequestId: string | null;
    canEdit: boolean;
    person: { __typename: 'MobilityPerson'; id: string; name: string } | null;
    fromOrganisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    agreements: Array<{
      __typename: 'LearningAgreementVersion';
      id: string;
      version: number;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      uploadedBy: string | null;
      uploadedAt: string;
      downloadUrl: string;
    }>;
  };
};

export type MobilityOrganisationsQueryVariables = Exact<{ [key: string]: never }>;

export type MobilityOrganisationsQuery = {
  mobilityOrganisations: Array<{ __typename: 'MobilityOrganisation'; id: string; name: string; country: string }>;
};

export type MobilityParticipantsQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type MobilityParticipantsQuery = {
  mobilityParticipants: Array<{ __typename: 'MobilityPerson'; id: string; name: string }>;
};

export type RecordMobilityMutationVariables = Exact<{
  input: MobilityInput;
}>;

export type RecordMobilityMutation = {
  recordMobility: {
    __typename: 'Mobility';
    id: string;
    kind: MobilityKind;
    learnerCount: number | null;
    hostOrganisation: string;
    hostCountry: string;
    startsOn: string;
    endsOn: string;
    durationDays: number;
    learningOutcomes: string | null;
    outcome: string | null;
    hostOfferRequestId: string | null;
    canEdit: boolean;
    person: { __typename: 'MobilityPerson'; id: string; name: string } | null;
    fromOrganisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    agreements: Array<{
      __typename: 'LearningAgreementVersion';
      id: string;
      version: number;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      uploadedBy: string | null;
      uploadedAt: string;
      downloadUrl: string;
    }>;
  };
};

export type UpdateMobilityMutationVariables = Exact<{
  id: string | number;
  input: MobilityInput;
}>;

export type UpdateMobilityMutation = {
  updateMobility: {
    __typename: 'Mobility';
    id: string;
    kind: MobilityKind;
    learnerCount: number | null;
    hostOrganisation: string;
    hostCountry: string;
    startsOn: string;
    endsOn: string;
    durationDays: number;
    learningOutcomes: string | null;
    outcome: string | null;
    hostOfferRequestId: string | null;
    canEdit: boolean;
    person: { __typename: 'MobilityPerson'; id: string; name: string } | null;
    fromOrganisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    agreements: Array<{
      __typename: 'LearningAgreementVersion';
      id: string;
      version: number;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      uploadedBy: string | null;
      uploadedAt: string;
      downloadUrl: string;
    }>;
  };
};

export type HostOfferFieldsFragment = {
  __typename: 'HostOffer';
  id: string;
  kind: MobilityKind;
  hostOrganisation: string;
  hostCountry: string;
  sector: Sector | null;
  description: string;
  places: number;
  placesAccepted: number;
  availableFrom: string;
  availableUntil: string;
  languages: Array<string>;
  canManage: boolean;
  organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
  requests: Array<{
    __typename: 'HostOfferRequest';
    id: string;
    offerId: string;
    places: number;
    message: string;
    status: HostOfferRequestStatus;
    requestedBy: string | null;
    createdAt: string;
    decidedAt: string | null;
    decisionNote: string | null;
    mobilityId: string | null;
    canRecordMobility: boolean;
    organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
  }>;
};

export type HostOffersQueryVariables = Exact<{
  mine?: boolean | null | undefined;
}>;

export type HostOffersQuery = {
  hostOffers: Array<{
    __typename: 'HostOffer';
    id: string;
    kind: MobilityKind;
    hostOrganisation: string;
    hostCountry: string;
    sector: Sector | null;
    description: string;
    places: number;
    placesAccepted: number;
    availableFrom: string;
    availableUntil: string;
    languages: Array<string>;
    canManage: boolean;
    organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    requests: Array<{
      __typename: 'HostOfferRequest';
      id: string;
      offerId: string;
      places: number;
      message: string;
      status: HostOfferRequestStatus;
      requestedBy: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
      mobilityId: string | null;
      canRecordMobility: boolean;
      organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    }>;
  }>;
};

export type HostOfferQueryVariables = Exact<{
  id: string | number;
}>;

export type HostOfferQuery = {
  hostOffer: {
    __typename: 'HostOffer';
    id: string;
    kind: MobilityKind;
    hostOrganisation: string;
    hostCountry: string;
    sector: Sector | null;
    description: string;
    places: number;
    placesAccepted: number;
    availableFrom: string;
    availableUntil: string;
    languages: Array<string>;
    canManage: boolean;
    organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    requests: Array<{
      __typename: 'HostOfferRequest';
      id: string;
      offerId: string;
      places: number;
      message: string;
      status: HostOfferRequestStatus;
      requestedBy: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
      mobilityId: string | null;
      canRecordMobility: boolean;
      organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    }>;
  };
};

export type HostOfferOrganisationsQueryVariables = Exact<{
  offering: boolean;
}>;

export type HostOfferOrganisationsQuery = {
  hostOfferOrganisations: Array<{ __typename: 'MobilityOrganisation'; id: string; name: string; country: string }>;
};

export type OfferHostPlacementsMutationVariables = Exact<{
  input: HostOfferInput;
}>;

export type OfferHostPlacementsMutation = {
  offerHostPlacements: {
    __typename: 'HostOffer';
    id: string;
    kind: MobilityKind;
    hostOrganisation: string;
    hostCountry: string;
    sector: Sector | null;
    description: string;
    places: number;
    placesAccepted: number;
    availableFrom: string;
    availableUntil: string;
    languages: Array<string>;
    canManage: boolean;
    organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    requests: Array<{
      __typename: 'HostOfferRequest';
      id: string;
      offerId: string;
      places: number;
      message: string;
      status: HostOfferRequestStatus;
      requestedBy: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
      mobilityId: string | null;
      canRecordMobility: boolean;
      organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    }>;
  };
};

export type AskForHostPlacesMutationVariables = Exact<{
  input: AskForHostPlacesInput;
}>;

export type AskForHostPlacesMutation = {
  askForHostPlaces: {
    __typename: 'HostOffer';
    id: string;
    kind: MobilityKind;
    hostOrganisation: string;
    hostCountry: string;
    sector: Sector | null;
    description: string;
    places: number;
    placesAccepted: number;
    availableFrom: string;
    availableUntil: string;
    languages: Array<string>;
    canManage: boolean;
    organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    requests: Array<{
      __typename: 'HostOfferRequest';
      id: string;
      offerId: string;
      places: number;
      message: string;
      status: HostOfferRequestStatus;
      requestedBy: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
      mobilityId: string | null;
      canRecordMobility: boolean;
      organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    }>;
  };
};

export type DecideHostOfferRequestMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  note?: string | null | undefined;
}>;

export type DecideHostOfferRequestMutation = {
  decideHostOfferRequest: {
    __typename: 'HostOffer';
    id: string;
    kind: MobilityKind;
    hostOrganisation: string;
    hostCountry: string;
    sector: Sector | null;
    description: string;
    places: number;
    placesAccepted: number;
    availableFrom: string;
    availableUntil: string;
    languages: Array<string>;
    canManage: boolean;
    organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    requests: Array<{
      __typename: 'HostOfferRequest';
      id: string;
      offerId: string;
      places: number;
      message: string;
      status: HostOfferRequestStatus;
      requestedBy: string | null;
      createdAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
      mobilityId: string | null;
      canRecordMobility: boolean;
      organisation: { __typename: 'MobilityOrganisation'; id: string; name: string; country: string };
    }>;
  };
};

export type MobilityHistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type MobilityHistoryQuery = {
  mobilityHistory: Array<{
    __typename: 'MobilityHistoryEntry';
    occurredAt: string;
    operation: string;
    actor: string | null;
  }>;
};

export type StudyVisitFieldsFragment = {
  __typename: 'StudyVisit';
  id: string;
  title: string;
  hostCountry: string;
  hostOrganisations: Array<string>;
  startsOn: string;
  endsOn: string;
  description: string | null;
  organisedByCountry: string | null;
  canEdit: boolean;
  budgetTotal: number;
  myStatus: StudyVisitParticipantStatus | null;
  reportSummary: string | null;
  reportPublishedAt: string | null;
  budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
  participants: Array<{
    __typename: 'StudyVisitParticipant';
    status: StudyVisitParticipantStatus;
    whatISaw: string | null;
    whatIWillTransfer: string | null;
    person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
  }>;
};

export type StudyVisitsQueryVariables = Exact<{ [key: string]: never }>;

export type StudyVisitsQuery = {
  studyVisits: Array<{
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  }>;
};

export type StudyVisitPlanFragment = {
  __typename: 'StudyVisit';
  id: string;
  title: string;
  hostCountry: string;
  hostOrganisations: Array<string>;
  startsOn: string;
  endsOn: string;
  description: string | null;
  organisedByCountry: string | null;
  canEdit: boolean;
  budgetTotal: number;
  myStatus: StudyVisitParticipantStatus | null;
  reportSummary: string | null;
  reportPublishedAt: string | null;
  agenda: Array<{
    __typename: 'StudyVisitAgendaItem';
    day: string;
    time: string | null;
    title: string;
    place: string | null;
  }>;
  budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
  participants: Array<{
    __typename: 'StudyVisitParticipant';
    status: StudyVisitParticipantStatus;
    whatISaw: string | null;
    whatIWillTransfer: string | null;
    person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
  }>;
};

export type StudyVisitQueryVariables = Exact<{
  id: string | number;
}>;

export type StudyVisitQuery = {
  studyVisit: {
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    agenda: Array<{
      __typename: 'StudyVisitAgendaItem';
      day: string;
      time: string | null;
      title: string;
      place: string | null;
    }>;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  };
};

export type MobilityCountsQueryVariables = Exact<{ [key: string]: never }>;

export type MobilityCountsQuery = {
  mobilityCounts: Array<{
    __typename: 'MobilityCount';
    kind: MobilityKind;
    fromCountry: string;
    hostCountry: string;
    year: number;
    mobilities: number;
    learners: number;
  }>;
};

export type ApplyToStudyVisitMutationVariables = Exact<{
  id: string | number;
}>;

export type ApplyToStudyVisitMutation = {
  applyToStudyVisit: {
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  };
};

export type SetStudyVisitParticipantStatusMutationVariables = Exact<{
  id: string | number;
  personId: string | number;
  status: StudyVisitParticipantStatus;
}>;

export type SetStudyVisitParticipantStatusMutation = {
  setStudyVisitParticipantStatus: {
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  };
};

export type ContributeToStudyVisitReportMutationVariables = Exact<{
  id: string | number;
  whatISaw?: string | null | undefined;
  whatIWillTransfer?: string | null | undefined;
}>;

export type ContributeToStudyVisitReportMutation = {
  contributeToStudyVisitReport: {
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  };
};

export type CreateStudyVisitMutationVariables = Exact<{
  input: StudyVisitInput;
}>;

export type CreateStudyVisitMutation = {
  createStudyVisit: {
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    agenda: Array<{
      __typename: 'StudyVisitAgendaItem';
      day: string;
      time: string | null;
      title: string;
      place: string | null;
    }>;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  };
};

export type UpdateStudyVisitMutationVariables = Exact<{
  id: string | number;
  input: StudyVisitInput;
}>;

export type UpdateStudyVisitMutation = {
  updateStudyVisit: {
    __typename: 'StudyVisit';
    id: string;
    title: string;
    hostCountry: string;
    hostOrganisations: Array<string>;
    startsOn: string;
    endsOn: string;
    description: string | null;
    organisedByCountry: string | null;
    canEdit: boolean;
    budgetTotal: number;
    myStatus: StudyVisitParticipantStatus | null;
    reportSummary: string | null;
    reportPublishedAt: string | null;
    agenda: Array<{
      __typename: 'StudyVisitAgendaItem';
      day: string;
      time: string | null;
      title: string;
      place: string | null;
    }>;
    budget: Array<{ __typename: 'StudyVisitBudgetLine'; label: string; amount: number }>;
    participants: Array<{
      __typename: 'StudyVisitParticipant';
      status: StudyVisitParticipantStatus;
      whatISaw: string | null;
      whatIWillTransfer: string | null;
      person: { __typename: 'StudyVisitPerson'; id: string; name: string | null };
    }>;
  };
};

export type SurveyByLinkQueryVariables = Exact<{
  token: string;
  language?: string | null | undefined;
}>;

export type SurveyByLinkQuery = {
  surveyByLink: {
    __typename: 'Survey';
    language: string;
    intro: string;
    thankYou: string;
    textsMayBeQuoted: boolean;
    id: string;
    kind: SurveyKind;
    mode: SurveyMode;
    status: SurveyStatus;
    title: string;
    opensAt: string | null;
    closesAt: string | null;
    sessionId: string | null;
    sessionStartsAt: string | null;
    moduleCode: string | null;
    moduleTitle: string | null;
    countryCode: string | null;
    questions: Array<{
      __typename: 'SurveyQuestion';
      id: string;
      code: string;
      position: number;
      type: QuestionType;
      text: string;
      required: boolean;
      notApplicable: boolean;
      allowOther: boolean;
      long: boolean;
      showIfQuestionId: string | null;
      showIfValue: string | null;
      options: Array<{ __typename: 'SurveyOption'; code: string; text: string }>;
    }>;
  };
};

export type SubmitSurveyByLinkMutationVariables = Exact<{
  input: SubmitSurveyByLinkInput;
}>;

export type SubmitSurveyByLinkMutation = { submitSurveyByLink: { __typename: 'SurveyResponseReceipt'; id: string } };

export type SurveyInvitationCountsQueryVariables = Exact<{
  surveyId: string | number;
}>;

export type SurveyInvitationCountsQuery = {
  surveyInvitationCounts: Array<{
    __typename: 'SurveyInvitationCount';
    countryCode: string;
    stakeholderGroup: StakeholderGroup | null;
    invitedCount: number;
    answeredCount: number;
  }>;
};

export type InviteSurveyStakeholdersMutationVariables = Exact<{
  input: InviteSurveyStakeholdersInput;
}>;

export type InviteSurveyStakeholdersMutation = {
  inviteSurveyStakeholders: { __typename: 'StakeholderInvitationReceipt'; checkedCount: number; invitedCount: number };
};

export type RemindSurveyStakeholdersMutationVariables = Exact<{
  input: RemindSurveyStakeholdersInput;
}>;

export type RemindSurveyStakeholdersMutation = { remindSurveyStakeholders: number };

export type AnsweredQuestionFieldsFragment = {
  __typename: 'SurveyQuestion';
  id: string;
  code: string;
  position: number;
  type: QuestionType;
  text: string;
  required: boolean;
  notApplicable: boolean;
  allowOther: boolean;
  long: boolean;
  showIfQuestionId: string | null;
  showIfValue: string | null;
  options: Array<{ __typename: 'SurveyOption'; code: string; text: string }>;
};

export type SurveySummaryFieldsFragment = {
  __typename: 'Survey';
  id: string;
  kind: SurveyKind;
  mode: SurveyMode;
  status: SurveyStatus;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
  sessionId: string | null;
  sessionStartsAt: string | null;
  moduleCode: string | null;
  moduleTitle: string | null;
  countryCode: string | null;
};

export type MySurveysQueryVariables = Exact<{ [key: string]: never }>;

export type MySurveysQuery = {
  mySurveys: Array<{
    __typename: 'MySurvey';
    status: MySurveyStatus;
    survey: {
      __typename: 'Survey';
      id: string;
      kind: SurveyKind;
      mode: SurveyMode;
      status: SurveyStatus;
      title: string;
      opensAt: string | null;
      closesAt: string | null;
      sessionId: string | null;
      sessionStartsAt: string | null;
      moduleCode: string | null;
      moduleTitle: string | null;
      countryCode: string | null;
    };
  }>;
};

export type SurveyQueryVariables = Exact<{
  id: string | number;
}>;

export type SurveyQuery = {
  survey: {
    __typename: 'Survey';
    intro: string;
    thankYou: string;
    textsMayBeQuoted: boolean;
    allowEditUntilClose: boolean;
    hasResponses: boolean;
    canAddOwnQuestions: boolean;
    id: string;
    kind: SurveyKind;
    mode: SurveyMode;
    status: SurveyStatus;
    title: string;
    opensAt: string | null;
    closesAt: string | null;
    sessionId: string | null;
    sessionStartsAt: string | null;
    moduleCode: string | null;
    moduleTitle: string | null;
    countryCode: string | null;
    questions: Array<{
      __typename: 'SurveyQuestion';
      byTrainer: boolean;
      id: string;
      code: string;
      position: number;
      type: QuestionType;
      text: string;
      required: boolean;
      notApplicable: boolean;
      allowOther: boolean;
      long: boolean;
      showIfQuestionId: string | null;
      showIfValue: string | null;
      translations: Array<{ __typename: 'SurveyTranslation'; language: string; text: string }>;
      optionTranslations: Array<Array<{ __typename: 'SurveyTranslation'; language: string; text: string }>>;
      options: Array<{ __typename: 'SurveyOption'; code: string; text: string }>;
    }>;
  };
};

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;

export type SubmitSurveyResponseMutation = {
  submitSurveyResponse: { __typename: 'SurveyResponseReceipt'; id: string };
};

export type SurveysQueryVariables = Exact<{ [key: string]: never }>;

export type SurveysQuery = {
  surveys: Array<{
    __typename: 'Survey';
    hasResponses: boolean;
    id: string;
    kind: SurveyKind;
    mode: SurveyMode;
    status: SurveyStatus;
    title: string;
    opensAt: string | null;
    closesAt: string | null;
    sessionId: string | null;
    sessionStartsAt: string | null;
    moduleCode: string | null;
    moduleTitle: string | null;
    countryCode: string | null;
  }>;
};

export type SurveyResultsQueryVariables = Exact<{
  surveyId: string | number;
  countryCode?: string | null | undefined;
  side?: string | null | undefined;
}>;

export type SurveyResultsQuery = {
  surveyResults: {
    __typename: 'SurveyResults';
    surveyId: string;
    countryCode: string | null;
    side: string | null;
    countryCodes: Array<string>;
    suppressed: boolean;
    responseCount: number | null;
    invitedCount: number;
    responseRate: number | null;
    minGroupSize: number;
    questions: Array<{
      __typename: 'SurveyQuestionResult';
      id: string;
      code: string;
      type: QuestionType;
      text: string;
      byTrainer: boolean;
      suppressed: boolean;
      count: number | null;
      notApplicableCount: number | null;
      mean: number | null;
      median: number | null;
      shareHigh: number | null;
      shareLow: number | null;
      texts: Array<string> | null;
      distribution: Array<{ __typename: 'SurveyValueCount'; value: string; label: string; count: number }>;
    }>;
  };
};

export type RemindSurveyMutationVariables = Exact<{
  input: SurveyIdInput;
}>;

export type RemindSurveyMutation = { remindSurvey: number };

export type MySurveyDraftQueryVariables = Exact<{
  surveyId: string | number;
}>;

export type MySurveyDraftQuery = {
  mySurveyDraft: {
    __typename: 'SurveyDraft';
    surveyId: string;
    submitted: boolean;
    editable: boolean;
    answers: Array<{ __typename: 'SurveyDraftAnswer'; questionId: string; value: string }>;
  };
};

export type SaveSurveyDraftMutationVariables = Exact<{
  input: SaveSurveyDraftInput;
}>;

export type SaveSurveyDraftMutation = { saveSurveyDraft: { __typename: 'SurveyDraft'; surveyId: string } };

export type UpdateSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;

export type UpdateSurveyResponseMutation = {
  updateSurveyResponse: { __typename: 'SurveyResponseReceipt'; id: string };
};

export type SetSurveyEditingMutationVariables = Exact<{
  input: SetSurveyEditingInput;
}>;

export type SetSurveyEditingMutation = {
  setSurveyEditing: { __typename: 'Survey'; id: string; allowEditUntilClose: boolean };
};

export type AddTrainerQuestionMutationVariables = Exact<{
  input: AddTrainerQuestionInput;
}>;

export type AddTrainerQuestionMutation = { addSurveyTrainerQuestion: { __typename: 'Survey'; id: string } };

export type UpdateTrainerQuestionMutationVariables = Exact<{
  input: UpdateTrainerQuestionInput;
}>;

export type UpdateTrainerQuestionMutation = { updateSurveyTrainerQuestion: { __typename: 'Survey'; id: string } };

export type RemoveTrainerQuestionMutationVariables = Exact<{
  input: RemoveTrainerQuestionInput;
}>;

export type RemoveTrainerQuestionMutation = { removeSurveyTrainerQuestion: { __typename: 'Survey'; id: string } };

export type SurveyQuestionComparisonQueryVariables = Exact<{
  surveyId: string | number;
  questionCode: string;
  by: SurveyComparisonBy;
  countryCode?: string | null | undefined;
}>;

export type SurveyQuestionComparisonQuery = {
  surveyQuestionComparison: {
    __typename: 'SurveyComparison';
    surveyId: string;
    questionCode: string;
    type: QuestionType;
    text: string;
    by: string;
    countryCode: string | null;
    moduleCode: string | null;
    minGroupSize: number;
    totalCount: number | null;
    groups: Array<{
      __typename: 'SurveyComparisonGroup';
      key: string;
      label: string;
      surveyId: string | null;
      sessionStartsAt: string | null;
      countryCode: string | null;
      moduleVersion: number;
      suppressed: boolean;
      count: number | null;
      mean: number | null;
      notApplicableCount: number | null;
      distribution: Array<{ __typename: 'SurveyValueCount'; value: string; label: string; count: number }>;
    }>;
  };
};

export type SessionFeedbackLinkQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type SessionFeedbackLinkQuery = {
  sessionFeedbackLink: {
    __typename: 'SessionFeedbackLink';
    surveyId: string;
    path: string;
    closesAt: string | null;
  } | null;
};

export type TandemTutorFragment = {
  __typename: 'Tutor';
  id: string;
  displayName: string;
  side: TutorSide;
  email: string | null;
  occupationField: string | null;
  organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
};

export type TandemFieldsFragment = {
  __typename: 'Tandem';
  id: string;
  editionId: string;
  status: TandemStatus;
  byInvitation: boolean;
  crossBorder: boolean;
  canDissolve: boolean;
  canRespond: boolean;
  createdAt: string;
  activatedAt: string | null;
  formedByName: string | null;
  schoolTutor: {
    __typename: 'Tutor';
    id: string;
    displayName: string;
    side: TutorSide;
    email: string | null;
    occupationField: string | null;
    organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
  };
  companyTutor: {
    __typename: 'Tutor';
    id: string;
    displayName: string;
    side: TutorSide;
    email: string | null;
    occupationField: string | null;
    organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
  };
};

export type MyTandemQueryVariables = Exact<{ [key: string]: never }>;

export type MyTandemQuery = {
  myTandem: {
    __typename: 'Tandem';
    id: string;
    editionId: string;
    status: TandemStatus;
    byInvitation: boolean;
    crossBorder: boolean;
    canDissolve: boolean;
    canRespond: boolean;
    createdAt: string;
    activatedAt: string | null;
    formedByName: string | null;
    schoolTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
    companyTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
  } | null;
};

export type TandemListItemFragment = {
  __typename: 'Tandem';
  id: string;
  status: TandemStatus;
  canDissolve: boolean;
  createdAt: string;
  schoolTutor: {
    __typename: 'Tutor';
    id: string;
    displayName: string;
    organisation: { __typename: 'Organisation'; id: string; name: string };
  };
  companyTutor: {
    __typename: 'Tutor';
    id: string;
    displayName: string;
    organisation: { __typename: 'Organisation'; id: string; name: string };
  };
};

export type TandemsQueryVariables = Exact<{
  country?: string | null | undefined;
  status?: TandemStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type TandemsQuery = {
  tandems: {
    __typename: 'TandemConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      __typename: 'TandemEdge';
      cursor: string;
      node: {
        __typename: 'Tandem';
        id: string;
        status: TandemStatus;
        canDissolve: boolean;
        createdAt: string;
        schoolTutor: {
          __typename: 'Tutor';
          id: string;
          displayName: string;
          organisation: { __typename: 'Organisation'; id: string; name: string };
        };
        companyTutor: {
          __typename: 'Tutor';
          id: string;
          displayName: string;
          organisation: { __typename: 'Organisation'; id: string; name: string };
        };
      };
    }>;
  };
};

export type UnpairedTutorsQueryVariables = Exact<{
  countryCode: string;
}>;

export type UnpairedTutorsQuery = {
  unpairedTutors: Array<{
    __typename: 'UnpairedTutor';
    tutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null };
    };
    suggestions: Array<{
      __typename: 'TandemSuggestion';
      reason: TandemSuggestionReason;
      tutor: { __typename: 'Tutor'; id: string; displayName: string };
    }>;
  }>;
};

export type FormTandemMutationVariables = Exact<{
  input: FormTandemInput;
}>;

export type FormTandemMutation = {
  formTandem: {
    __typename: 'Tandem';
    id: string;
    editionId: string;
    status: TandemStatus;
    byInvitation: boolean;
    crossBorder: boolean;
    canDissolve: boolean;
    canRespond: boolean;
    createdAt: string;
    activatedAt: string | null;
    formedByName: string | null;
    schoolTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
    companyTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
  };
};

export type RespondToTandemInvitationMutationVariables = Exact<{
  input: RespondToTandemInvitationInput;
}>;

export type RespondToTandemInvitationMutation = {
  respondToTandemInvitation: {
    __typename: 'Tandem';
    id: string;
    editionId: string;
    status: TandemStatus;
    byInvitation: boolean;
    crossBorder: boolean;
    canDissolve: boolean;
    canRespond: boolean;
    createdAt: string;
    activatedAt: string | null;
    formedByName: string | null;
    schoolTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
    companyTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
  };
};

export type DissolveTandemMutationVariables = Exact<{
  input: DissolveTandemInput;
}>;

export type DissolveTandemMutation = {
  dissolveTandem: {
    __typename: 'Tandem';
    dissolvedAt: string | null;
    dissolutionKind: TandemDissolutionKind | null;
    id: string;
    editionId: string;
    status: TandemStatus;
    byInvitation: boolean;
    crossBorder: boolean;
    canDissolve: boolean;
    canRespond: boolean;
    createdAt: string;
    activatedAt: string | null;
    formedByName: string | null;
    schoolTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
    companyTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
  };
};

export type MyPartnerCandidatesQueryVariables = Exact<{ [key: string]: never }>;

export type MyPartnerCandidatesQuery = {
  myPartnerCandidates: Array<{
    __typename: 'PartnerCandidate';
    reason: TandemSuggestionReason | null;
    tutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
  }>;
};

export type InviteTandemPartnerMutationVariables = Exact<{
  input: InviteTandemPartnerInput;
}>;

export type InviteTandemPartnerMutation = {
  inviteTandemPartner: {
    __typename: 'Tandem';
    id: string;
    editionId: string;
    status: TandemStatus;
    byInvitation: boolean;
    crossBorder: boolean;
    canDissolve: boolean;
    canRespond: boolean;
    createdAt: string;
    activatedAt: string | null;
    formedByName: string | null;
    schoolTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
    companyTutor: {
      __typename: 'Tutor';
      id: string;
      displayName: string;
      side: TutorSide;
      email: string | null;
      occupationField: string | null;
      organisation: { __typename: 'Organisation'; id: string; name: string; city: string | null; country: string };
    };
  };
};

export type MyProposalsQueryVariables = Exact<{ [key: string]: never }>;

export type MyProposalsQuery = {
  myProposals: Array<{
    __typename: 'Proposal';
    id: string;
    kind: ProposalKind;
    targetId: string;
    resourceKind: ResourceKind | null;
    title: string;
    language: string | null;
    status: ProposalStatus;
    decision: ResourceDecision | null;
    reason: string | null;
    reviewerName: string | null;
    decidedAt: string | null;
    proposedAt: string;
  }>;
};

export type ResourceSummaryFragment = {
  __typename: 'Resource';
  id: string;
  kind: ResourceKind;
  status: ResourceStatus;
  title: string;
  summary: string;
  shownLanguage: string;
  languages: Array<string>;
  audience: Array<Audience>;
  countryCode: string | null;
  downloadCount: number;
  createdAt: string;
  reviewReason: string | null;
  canReview: boolean;
};

export type ResourcesQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  sort: ResourceSort;
  first: number;
  after?: string | null | undefined;
}>;

export type ResourcesQuery = {
  resources: {
    __typename: 'ResourceConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      __typename: 'ResourceEdge';
      cursor: string;
      node: {
        __typename: 'Resource';
        id: string;
        kind: ResourceKind;
        status: ResourceStatus;
        title: string;
        summary: string;
        shownLanguage: string;
        languages: Array<string>;
        audience: Array<Audience>;
        countryCode: string | null;
        downloadCount: number;
        createdAt: string;
        reviewReason: string | null;
        canReview: boolean;
      };
    }>;
  };
};

export type ResourceQueryVariables = Exact<{
  id: string | number;
}>;

export type ResourceQuery = {
  resource: {
    __typename: 'Resource';
    licence: string | null;
    source: string | null;
    author: string | null;
    parentId: string | null;
    position: number | null;
    id: string;
    kind: ResourceKind;
    status: ResourceStatus;
    title: string;
    summary: string;
    shownLanguage: string;
    languages: Array<string>;
    audience: Array<Audience>;
    countryCode: string | null;
    downloadCount: number;
    createdAt: string;
    reviewReason: string | null;
    canReview: boolean;
    titles: Array<{ __typename: 'ResourceText'; language: string; text: string }>;
    content: {
      __typename: 'ResourceVersion';
      id: string;
      language: string;
      version: number;
      body: string | null;
      url: string | null;
      createdAt: string;
    } | null;
    versions: Array<{
      __typename: 'ResourceVersion';
      id: string;
      language: string;
      version: number;
      body: string | null;
      url: string | null;
      createdAt: string;
    }>;
    items: Array<{
      __typename: 'ResourceItem';
      id: string;
      kind: ResourceKind;
      position: number | null;
      title: string;
    }>;
  };
};

export type RecordResourceDownloadMutationVariables = Exact<{
  id: string | number;
}>;

export type RecordResourceDownloadMutation = { recordResourceDownload: number };

export type ProposeResourceMutationVariables = Exact<{
  input: ProposeResourceInput;
}>;

export type ProposeResourceMutation = {
  proposeResource: {
    __typename: 'Resource';
    id: string;
    kind: ResourceKind;
    status: ResourceStatus;
    title: string;
    summary: string;
    shownLanguage: string;
    languages: Array<string>;
    audience: Array<Audience>;
    countryCode: string | null;
    downloadCount: number;
    createdAt: string;
    reviewReason: string | null;
    canReview: boolean;
  };
};

export type ReviewResourceMutationVariables = Exact<{
  id: string | number;
  decision: ResourceDecision;
  reason?: string | null | undefined;
}>;

export type ReviewResourceMutation = {
  reviewResource: {
    __typename: 'Resource';
    id: string;
    kind: ResourceKind;
    status: ResourceStatus;
    title: string;
    summary: string;
    shownLanguage: string;
    languages: Array<string>;
    audience: Array<Audience>;
    countryCode: string | null;
    downloadCount: number;
    createdAt: string;
    reviewReason: string | null;
    canReview: boolean;
  };
};

export type ToolboxFilterOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ToolboxFilterOptionsQuery = {
  competenceProfile: {
    __typename: 'CompetenceProfile';
    id: string;
    areas: Array<{
      __typename: 'CompetenceArea';
      id: string;
      competences: Array<{ __typename: 'Competence'; id: string; code: string; title: string }>;
    }>;
  };
  modules: Array<{
    __typename: 'Module';
    id: string;
    versionId: string;
    language: string;
    code: string;
    title: string;
  }>;
};

export type SuggestedResourcesQueryVariables = Exact<{
  moduleId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;

export type SuggestedResourcesQuery = {
  suggestedResources: Array<{
    __typename: 'SuggestedResource';
    resource: { __typename: 'Resource'; id: string; kind: ResourceKind; title: string; shownLanguage: string };
    reasons: Array<{
      __typename: 'SuggestionReason';
      competenceId: string;
      code: string;
      title: string;
      level: number;
      scaleLevels: number;
    }>;
  }>;
};

export type TrainingSessionFieldsFragment = {
  __typename: 'TrainingSession';
  id: string;
  moduleId: string;
  moduleCode: string;
  moduleTitle: string;
  moduleKind: string;
  jointNumber: number | null;
  countryCode: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localStartsAt: string;
  localEndsAt: string;
  localEnrolmentDeadline: string;
  enrolmentDeadline: string;
  hours: number;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  waitlistCount: number;
  status: SessionStatus;
  cancelReason: string | null;
  venue: string | null;
  onlineUrl: string | null;
  language: string;
  allowSingles: boolean;
  myEnrolmentId: string | null;
  myEnrolmentStatus: EnrolmentStatus | null;
  myAttendance: AttendanceStatus | null;
  canEdit: boolean;
  canKeepRoster: boolean;
  trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
};

export type EnrolmentFieldsFragment = {
  __typename: 'Enrolment';
  id: string;
  sessionId: string;
  tandemId: string | null;
  status: EnrolmentStatus;
  seats: number;
  waitlistPosition: number | null;
  calendarPath: string;
  people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
};

export type TrainingSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  upcoming?: boolean | null | undefined;
  openOnly?: boolean | null | undefined;
  withSeatsLeft?: boolean | null | undefined;
  moduleId?: string | number | null | undefined;
}>;

export type TrainingSessionsQuery = {
  trainingSessions: {
    __typename: 'TrainingSessionConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TrainingSessionEdge';
      node: {
        __typename: 'TrainingSession';
        id: string;
        moduleId: string;
        moduleCode: string;
        moduleTitle: string;
        moduleKind: string;
        jointNumber: number | null;
        countryCode: string | null;
        startsAt: string;
        endsAt: string;
        timeZone: string;
        localStartsAt: string;
        localEndsAt: string;
        localEnrolmentDeadline: string;
        enrolmentDeadline: string;
        hours: number;
        capacity: number;
        seatsTaken: number;
        seatsLeft: number;
        waitlistCount: number;
        status: SessionStatus;
        cancelReason: string | null;
        venue: string | null;
        onlineUrl: string | null;
        language: string;
        allowSingles: boolean;
        myEnrolmentId: string | null;
        myEnrolmentStatus: EnrolmentStatus | null;
        myAttendance: AttendanceStatus | null;
        canEdit: boolean;
        canKeepRoster: boolean;
        trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type AgendaQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  upcoming?: boolean | null | undefined;
}>;

export type AgendaQuery = {
  agenda: {
    __typename: 'TrainingSessionConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TrainingSessionEdge';
      node: {
        __typename: 'TrainingSession';
        id: string;
        moduleId: string;
        moduleCode: string;
        moduleTitle: string;
        moduleKind: string;
        jointNumber: number | null;
        countryCode: string | null;
        startsAt: string;
        endsAt: string;
        timeZone: string;
        localStartsAt: string;
        localEndsAt: string;
        localEnrolmentDeadline: string;
        enrolmentDeadline: string;
        hours: number;
        capacity: number;
        seatsTaken: number;
        seatsLeft: number;
        waitlistCount: number;
        status: SessionStatus;
        cancelReason: string | null;
        venue: string | null;
        onlineUrl: string | null;
        language: string;
        allowSingles: boolean;
        myEnrolmentId: string | null;
        myEnrolmentStatus: EnrolmentStatus | null;
        myAttendance: AttendanceStatus | null;
        canEdit: boolean;
        canKeepRoster: boolean;
        trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type TrainingSessionQueryVariables = Exact<{
  id: string | number;
}>;

export type TrainingSessionQuery = {
  trainingSession: {
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  };
};

export type MyEnrolmentsQueryVariables = Exact<{ [key: string]: never }>;

export type MyEnrolmentsQuery = {
  hasCalendarFeed: boolean;
  myEnrolments: Array<{
    __typename: 'MyEnrolment';
    canCancel: boolean;
    enrolment: {
      __typename: 'Enrolment';
      id: string;
      sessionId: string;
      tandemId: string | null;
      status: EnrolmentStatus;
      seats: number;
      waitlistPosition: number | null;
      calendarPath: string;
      people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
    };
    session: {
      __typename: 'TrainingSession';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleKind: string;
      jointNumber: number | null;
      countryCode: string | null;
      startsAt: string;
      endsAt: string;
      timeZone: string;
      localStartsAt: string;
      localEndsAt: string;
      localEnrolmentDeadline: string;
      enrolmentDeadline: string;
      hours: number;
      capacity: number;
      seatsTaken: number;
      seatsLeft: number;
      waitlistCount: number;
      status: SessionStatus;
      cancelReason: string | null;
      venue: string | null;
      onlineUrl: string | null;
      language: string;
      allowSingles: boolean;
      myEnrolmentId: string | null;
      myEnrolmentStatus: EnrolmentStatus | null;
      myAttendance: AttendanceStatus | null;
      canEdit: boolean;
      canKeepRoster: boolean;
      trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
    };
  }>;
};

export type SessionRosterQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type SessionRosterQuery = {
  sessionRoster: {
    __typename: 'SessionRoster';
    session: {
      __typename: 'TrainingSession';
      id: string;
      moduleId: string;
      moduleCode: string;
      moduleTitle: string;
      moduleKind: string;
      jointNumber: number | null;
      countryCode: string | null;
      startsAt: string;
      endsAt: string;
      timeZone: string;
      localStartsAt: string;
      localEndsAt: string;
      localEnrolmentDeadline: string;
      enrolmentDeadline: string;
      hours: number;
      capacity: number;
      seatsTaken: number;
      seatsLeft: number;
      waitlistCount: number;
      status: SessionStatus;
      cancelReason: string | null;
      venue: string | null;
      onlineUrl: string | null;
      language: string;
      allowSingles: boolean;
      myEnrolmentId: string | null;
      myEnrolmentStatus: EnrolmentStatus | null;
      myAttendance: AttendanceStatus | null;
      canEdit: boolean;
      canKeepRoster: boolean;
      trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
    };
    enrolments: Array<{
      __typename: 'Enrolment';
      id: string;
      sessionId: string;
      tandemId: string | null;
      status: EnrolmentStatus;
      seats: number;
      waitlistPosition: number | null;
      calendarPath: string;
      people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
    }>;
  };
};

export type CheckInCodeQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type CheckInCodeQuery = {
  checkInCode: { __typename: 'CheckInCode'; code: string; path: string; expiresAt: string };
};

export type BookSessionMutationVariables = Exact<{
  input: BookSessionInput;
}>;

export type BookSessionMutation = {
  bookSession: {
    __typename: 'Enrolment';
    id: string;
    sessionId: string;
    tandemId: string | null;
    status: EnrolmentStatus;
    seats: number;
    waitlistPosition: number | null;
    calendarPath: string;
    people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
  };
};

export type CancelEnrolmentMutationVariables = Exact<{
  input: CancelEnrolmentInput;
}>;

export type CancelEnrolmentMutation = {
  cancelEnrolment: {
    __typename: 'Enrolment';
    id: string;
    sessionId: string;
    tandemId: string | null;
    status: EnrolmentStatus;
    seats: number;
    waitlistPosition: number | null;
    calendarPath: string;
    people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
  };
};

export type ScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;

export type ScheduleSessionMutation = {
  scheduleSession: {
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  };
};

export type ScheduleSessionSeriesMutationVariables = Exact<{
  input: ScheduleSessionSeriesInput;
}>;

export type ScheduleSessionSeriesMutation = {
  scheduleSessionSeries: Array<{
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  }>;
};

export type CancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;

export type CancelSessionMutation = {
  cancelSession: {
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  };
};

export type CompleteSessionMutationVariables = Exact<{
  input: CompleteSessionInput;
}>;

export type CompleteSessionMutation = {
  completeSession: {
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  };
};

export type MarkAttendanceMutationVariables = Exact<{
  input: MarkAttendanceInput;
}>;

export type MarkAttendanceMutation = {
  markAttendance: {
    __typename: 'SessionRoster';
    enrolments: Array<{
      __typename: 'Enrolment';
      id: string;
      sessionId: string;
      tandemId: string | null;
      status: EnrolmentStatus;
      seats: number;
      waitlistPosition: number | null;
      calendarPath: string;
      people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
    }>;
  };
};

export type CheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;

export type CheckInMutation = {
  checkIn: {
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  };
};

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type CreateCalendarFeedMutation = { createCalendarFeed: { __typename: 'CalendarFeed'; path: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type SchedulableModulesQueryVariables = Exact<{ [key: string]: never }>;

export type SchedulableModulesQuery = {
  modules: Array<{
    __typename: 'Module';
    id: string;
    versionId: string;
    language: string;
    code: string;
    kind: ModuleKind;
    countryCode: string | null;
    title: string;
    status: ModuleVersionStatus;
  }>;
};

export type UpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;

export type UpdateSessionMutation = {
  updateSession: {
    __typename: 'TrainingSession';
    id: string;
    moduleId: string;
    moduleCode: string;
    moduleTitle: string;
    moduleKind: string;
    jointNumber: number | null;
    countryCode: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    localStartsAt: string;
    localEndsAt: string;
    localEnrolmentDeadline: string;
    enrolmentDeadline: string;
    hours: number;
    capacity: number;
    seatsTaken: number;
    seatsLeft: number;
    waitlistCount: number;
    status: SessionStatus;
    cancelReason: string | null;
    venue: string | null;
    onlineUrl: string | null;
    language: string;
    allowSingles: boolean;
    myEnrolmentId: string | null;
    myEnrolmentStatus: EnrolmentStatus | null;
    myAttendance: AttendanceStatus | null;
    canEdit: boolean;
    canKeepRoster: boolean;
    trainers: Array<{ __typename: 'SessionTrainer'; id: string; name: string }>;
  };
};

export type EnrollableTandemsQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type EnrollableTandemsQuery = {
  enrollableTandems: Array<{ __typename: 'EnrollableTandem'; id: string; names: string; countryCode: string }>;
};

export type MoveTargetsQueryVariables = Exact<{
  moduleId: string | number;
}>;

export type MoveTargetsQuery = {
  trainingSessions: {
    __typename: 'TrainingSessionConnection';
    edges: Array<{
      __typename: 'TrainingSessionEdge';
      node: {
        __typename: 'TrainingSession';
        id: string;
        status: SessionStatus;
        startsAt: string;
        venue: string | null;
        seatsLeft: number;
      };
    }>;
  };
};

export type MoveEnrolmentMutationVariables = Exact<{
  input: MoveEnrolmentInput;
}>;

export type MoveEnrolmentMutation = {
  moveEnrolment: {
    __typename: 'Enrolment';
    id: string;
    sessionId: string;
    tandemId: string | null;
    status: EnrolmentStatus;
    seats: number;
    waitlistPosition: number | null;
    calendarPath: string;
    people: Array<{ __typename: 'EnrolledPerson'; id: string; name: string; attendance: AttendanceStatus | null }>;
  };
};

export const TandemAssignmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TandemAssignmentFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentSubmission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canConfirm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionFieldsFragment, unknown>;
export const AuditTrailEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditTrailEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditTrailEventFragment, unknown>;
export const CertificateFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issueNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verificationUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedInUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificateFieldsFragment, unknown>;
export const VerificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CredentialVerification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revoked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerificationFieldsFragment, unknown>;
export const EditableProfileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetenceProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelNameTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'texts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableProfileFieldsFragment, unknown>;
export const ProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TutorProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
          { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achieved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookedAhead' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgressFieldsFragment, unknown>;
export const GlossaryTermFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GlossaryTermFieldsFragment, unknown>;
export const EditionCycleFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCycle' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPhase' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'phases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionCycleFragment, unknown>;
export const EvidenceSnapshotFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidenceSnapshotFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindingFieldsFragment, unknown>;
export const ImprovementActionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImprovementActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImprovementAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'module' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moduleVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'checkNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImprovementActionFieldsFragment, unknown>;
export const ModuleSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleSummaryFragment, unknown>;
export const ModuleDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomesIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleDetailFragment, unknown>;
export const NationalProgrammeDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NationalProgrammeDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NationalProgramme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalContactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSelfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NationalProgrammeDetailFragment, unknown>;
export const NetworkApplicationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeClass' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactGivenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactFamilyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOrganisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkApplicationFieldsFragment, unknown>;
export const OrganisationSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganisationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationSummaryFragment, unknown>;
export const PeerReviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeerReviewFieldsFragment, unknown>;
export const PersonRolesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonRoles' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonRolesFragment, unknown>;
export const AssessmentRoundFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentRoundFieldsFragment, unknown>;
export const SelfAssessmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SelfAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SelfAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedWithPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'round' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SelfAssessmentFieldsFragment, unknown>;
export const SessionPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionPersonFragment, unknown>;
export const MobilityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MobilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mobility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOfferRequestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilityFieldsFragment, unknown>;
export const HostOfferFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HostOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRecordMobility' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HostOfferFieldsFragment, unknown>;
export const StudyVisitFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudyVisitFieldsFragment, unknown>;
export const StudyVisitPlanFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitPlan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudyVisitPlanFragment, unknown>;
export const AnsweredQuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnsweredQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notApplicable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowOther' } },
          { kind: 'Field', name: { kind: 'Name', value: 'long' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showIfQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showIfValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnsweredQuestionFieldsFragment, unknown>;
export const SurveySummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveySummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveySummaryFieldsFragment, unknown>;
export const TandemTutorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TandemTutorFragment, unknown>;
export const TandemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crossBorder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TandemFieldsFragment, unknown>;
export const TandemListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TandemListItemFragment, unknown>;
export const ResourceSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ResourceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Resource' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shownLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResourceSummaryFragment, unknown>;
export const TrainingSessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingSessionFieldsFragment, unknown>;
export const EnrolmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrolmentFieldsFragment, unknown>;
export const UpdateMyPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMyPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionPerson' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyAssignmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAssignments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAssignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submission' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const SubmissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Submission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubmissionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentSubmission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canConfirm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionQuery, SubmissionQueryVariables>;
export const SubmissionsToReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubmissionsToReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmissionStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submissionsToReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assignment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmissionsToReviewQuery, SubmissionsToReviewQueryVariables>;
export const ModuleAssignmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModuleAssignments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleAssignmentsQuery, ModuleAssignmentsQueryVariables>;
export const CreateAssignmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAssignment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAssignmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAssignment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAssignmentMutation, CreateAssignmentMutationVariables>;
export const UpdateAssignmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAssignment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAssignmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAssignment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAssignmentMutation, UpdateAssignmentMutationVariables>;
export const SaveSubmissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSubmission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveSubmissionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSubmission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubmissionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentSubmission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canConfirm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveSubmissionMutation, SaveSubmissionMutationVariables>;
export const ConfirmSubmissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmSubmission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmSubmissionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmSubmission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubmissionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentSubmission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canConfirm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmSubmissionMutation, ConfirmSubmissionMutationVariables>;
export const RemoveSubmissionAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveSubmissionAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveSubmissionAttachmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeSubmissionAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubmissionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentSubmission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canConfirm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveSubmissionAttachmentMutation, RemoveSubmissionAttachmentMutationVariables>;
export const ReviewSubmissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewSubmission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewSubmissionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewSubmission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubmissionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemAssignmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemAssignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubmissionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentSubmission' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedByPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schoolConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'companyConfirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewComment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canConfirm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemAssignmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewSubmissionMutation, ReviewSubmissionMutationVariables>;
export const AuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'operation' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'operation' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'operation' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MyAuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAuditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditTrailEvent' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditTrailEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAuditTrailQuery, MyAuditTrailQueryVariables>;
export const PersonAuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonAuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personAuditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditTrailEvent' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditTrailEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonAuditTrailQuery, PersonAuditTrailQueryVariables>;
export const MyCertificatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCertificates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCertificates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issueNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verificationUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedInUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const CertificatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Certificates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CertificateFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issueNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verificationUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedInUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const TrainedTutorsWithoutCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainedTutorsWithoutCertificate' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainedTutorsWithoutCertificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainedTutorsWithoutCertificateQuery, TrainedTutorsWithoutCertificateQueryVariables>;
export const IssueCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issueNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verificationUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedInUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const ReissueCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReissueCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReissueCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reissueCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issueNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verificationUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedInUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReissueCertificateMutation, ReissueCertificateMutationVariables>;
export const RevokeCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeCertificateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CertificateFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CertificateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Certificate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issueNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revocationReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flaggedStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verificationUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedInUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const CertificateVerificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CertificateVerification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'publicId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificateVerification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'publicId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'publicId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VerificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CredentialVerification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revoked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificateVerificationQuery, CertificateVerificationQueryVariables>;
export const CertificateVerificationByNumberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CertificateVerificationByNumber' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificateVerificationByNumber' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VerificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CredentialVerification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revoked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificateVerificationByNumberQuery, CertificateVerificationByNumberQueryVariables>;
export const VerifyCredentialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyCredential' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'credential' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCredential' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'credential' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'credential' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VerificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CredentialVerification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revoked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replacedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'modules' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'competenceAreas' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyCredentialMutation, VerifyCredentialMutationVariables>;
export const TargetProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeCountries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trained' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTraining' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inTandem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forecastTrained' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendanceRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSeePeople' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funnel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'registered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inTandem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inTraining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trained' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCountry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inTandem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inTraining' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trained' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'forecastTrained' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shortfall' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seatsToSchedule' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'burnUp' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trained' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plan' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'forecast' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetProgressQuery, TargetProgressQueryVariables>;
export const CompletionPeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompletionPeople' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'side' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TutorSide' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompletionStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'onTrackOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completionPeople' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'side' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'side' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'onTrackOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'onTrackOnly' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nationalHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'jointAttended' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'selfAssessmentDone' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'assignmentsAccepted' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'assignmentsRequired' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trainedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'canWithdraw' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompletionPeopleQuery, CompletionPeopleQueryVariables>;
export const RefreshCompletionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshCompletion' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshCompletion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshCompletionMutation, RefreshCompletionMutationVariables>;
export const TargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Target' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCountry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bySide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetQuery, TargetQueryVariables>;
export const SetTargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTargetInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTarget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCountry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bySide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTargetMutation, SetTargetMutationVariables>;
export const CompetenceProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competenceProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competences' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompetenceProfileQuery, CompetenceProfileQueryVariables>;
export const CompetenceInsightsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceInsights' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competenceInsights' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'roundId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'roundId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'round' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeSuppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanChange' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompetenceInsightsQuery, CompetenceInsightsQueryVariables>;
export const ModuleCompetencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModuleCompetences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moduleCompetences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleCompetencesQuery, ModuleCompetencesQueryVariables>;
export const SetModuleCompetencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetModuleCompetences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetModuleCompetencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setModuleCompetences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetModuleCompetencesMutation, SetModuleCompetencesMutationVariables>;
export const CompetenceProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetenceProfiles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competenceProfiles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competenceCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompetenceProfilesQuery, CompetenceProfilesQueryVariables>;
export const EditableProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditableProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competenceProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableProfileFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetenceProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelNameTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'texts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableProfileQuery, EditableProfileQueryVariables>;
export const CreateCompetenceProfileDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCompetenceProfileDraft' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCompetenceProfileDraft' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableProfileFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetenceProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelNameTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'texts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCompetenceProfileDraftMutation, CreateCompetenceProfileDraftMutationVariables>;
export const SaveCompetenceProfileDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveCompetenceProfileDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveCompetenceProfileDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveCompetenceProfileDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableProfileFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetenceProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelNameTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'texts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveCompetenceProfileDraftMutation, SaveCompetenceProfileDraftMutationVariables>;
export const PublishCompetenceProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishCompetenceProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishCompetenceProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishCompetenceProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableProfileFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CompetenceProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelNameTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'texts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'levels' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishCompetenceProfileMutation, PublishCompetenceProfileMutationVariables>;
export const AssessmentRoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentRounds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentRoundsQuery, AssessmentRoundsQueryVariables>;
export const MyProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProgress' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TutorProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
          { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achieved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookedAhead' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProgressQuery, MyProgressQueryVariables>;
export const TutorProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TutorProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tutorProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TutorProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
          { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achieved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookedAhead' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TutorProgressQuery, TutorProgressQueryVariables>;
export const CompletionRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompletionRule' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completionRule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredJointNumbers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minJointModules' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minNationalHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfAssessmentKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfAssessmentModuleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assignmentsMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minAcceptedAssignments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompletionRuleQuery, CompletionRuleQueryVariables>;
export const SetCompletionRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCompletionRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetCompletionRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCompletionRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredJointNumbers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minJointModules' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minNationalHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfAssessmentKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfAssessmentModuleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assignmentsMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minAcceptedAssignments' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCompletionRuleMutation, SetCompletionRuleMutationVariables>;
export const WithdrawTutorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawTutor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WithdrawTutorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawTutor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawTutorMutation, WithdrawTutorMutationVariables>;
export const ReinstateTutorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReinstateTutor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReinstateTutorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinstateTutor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReinstateTutorMutation, ReinstateTutorMutationVariables>;
export const GlossaryTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GlossaryTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryDomain' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'glossaryTerms' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GlossaryTermFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GlossaryTermsQuery, GlossaryTermsQueryVariables>;
export const GlossaryTermDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GlossaryTerm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'glossaryTerm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GlossaryTermFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'related' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GlossaryTermQuery, GlossaryTermQueryVariables>;
export const ProposeGlossaryTermDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeGlossaryTerm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveGlossaryTermInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeGlossaryTerm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GlossaryTermFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeGlossaryTermMutation, ProposeGlossaryTermMutationVariables>;
export const SaveGlossaryTermDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveGlossaryTerm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveGlossaryTermInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveGlossaryTerm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GlossaryTermFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveGlossaryTermMutation, SaveGlossaryTermMutationVariables>;
export const ReviewGlossaryEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewGlossaryEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewGlossaryEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GlossaryTermFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewGlossaryEntryMutation, ReviewGlossaryEntryMutationVariables>;
export const GlossaryMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GlossaryMatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'texts' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'glossaryMatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'texts' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'texts' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'phrase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'termId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'term' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GlossaryTermFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GlossaryTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GlossaryTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingLanguages' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partOfSpeech' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'example' } },
                { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GlossaryMatchesQuery, GlossaryMatchesQueryVariables>;
export const EditionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Editions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetTrained' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentPhase' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionsQuery, EditionsQueryVariables>;
export const EditionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Edition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCycle' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCycle' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPhase' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'phases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionQuery, EditionQueryVariables>;
export const MoveCyclePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveCyclePhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveCyclePhaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveCyclePhase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditionCycle' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditionCycle' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Edition' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'programmeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetTrained' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentPhase' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'phases' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveCyclePhaseMutation, MoveCyclePhaseMutationVariables>;
export const InterimAnalysisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InterimAnalysis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interimAnalyses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phaseKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'improvementActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImprovementActionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImprovementActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImprovementAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'module' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moduleVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'checkNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InterimAnalysisQuery, InterimAnalysisQueryVariables>;
export const YouSaidWeDidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'YouSaidWeDid' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'youSaidWeDid' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'analyses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'findings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImprovementActionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImprovementActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImprovementAction' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'module' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moduleVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'checkNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<YouSaidWeDidQuery, YouSaidWeDidQueryVariables>;
export const CreateFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFindingMutation, CreateFindingMutationVariables>;
export const AddCitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddCitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCitationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addCitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCitationMutation, AddCitationMutationVariables>;
export const RemoveCitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveCitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'citationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'citationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'citationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveCitationMutation, RemoveCitationMutationVariables>;
export const PublishFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishFindingMutation, PublishFindingMutationVariables>;
export const CommentOnFindingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommentOnFindingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnFinding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FindingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EvidenceSnapshotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EvidenceSnapshot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'groupSize' } },
          { kind: 'Field', name: { kind: 'Name', value: 'takenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'question' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'change' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Finding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'citations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EvidenceSnapshotFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canComment' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentOnFindingMutation, CommentOnFindingMutationVariables>;
export const CitationSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CitationSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CitationSurveyQuery, CitationSurveyQueryVariables>;
export const MyNextStepsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNextSteps' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'href' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNextStepsQuery, MyNextStepsQueryVariables>;
export const MyWorkQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyWorkQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myWorkQueue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'oldestAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'href' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyWorkQueueQuery, MyWorkQueueQueryVariables>;
export const WhereWeAreNowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhereWeAreNow' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whereWeAreNow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentPhase' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nextSteps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhereWeAreNowQuery, WhereWeAreNowQueryVariables>;
export const TutorImportJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TutorImportJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TutorImportJobQuery, TutorImportJobQueryVariables>;
export const InvitationByTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationByToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationByTokenQuery, InvitationByTokenQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionPerson' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ModulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Modules' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ModuleFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModulesQuery, ModulesQueryVariables>;
export const ModuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Module' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'module' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draft' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draft' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomesIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleQuery, ModuleQueryVariables>;
export const ModuleHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModuleHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moduleHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleHistoryQuery, ModuleHistoryQueryVariables>;
export const ModuleEditionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ModuleEditions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentPhase' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModuleEditionsQuery, ModuleEditionsQueryVariables>;
export const SaveModuleDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveModuleDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveModuleDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveModuleDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomesIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveModuleDraftMutation, SaveModuleDraftMutationVariables>;
export const PublishModuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishModule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishModuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishModule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomesIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishModuleMutation, PublishModuleMutationVariables>;
export const AddModuleMaterialLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddModuleMaterialLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddModuleMaterialLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addModuleMaterialLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomesIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddModuleMaterialLinkMutation, AddModuleMaterialLinkMutationVariables>;
export const RemoveModuleMaterialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveModuleMaterial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveModuleMaterialInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeModuleMaterial' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomesIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveModuleMaterialMutation, RemoveModuleMaterialMutationVariables>;
export const CreateModuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateModule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateModuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createModule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModuleSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModuleSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Module' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateModuleMutation, CreateModuleMutationVariables>;
export const NationalProgrammesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NationalProgrammes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nationalProgrammes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NationalProgrammesQuery, NationalProgrammesQueryVariables>;
export const NationalProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NationalProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nationalProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NationalProgrammeDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NationalProgrammeDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NationalProgramme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalContactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSelfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NationalProgrammeQuery, NationalProgrammeQueryVariables>;
export const ProgrammeModuleChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgrammeModuleChoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'editionId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'editionId' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgrammeModuleChoicesQuery, ProgrammeModuleChoicesQueryVariables>;
export const SaveNationalProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveNationalProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveNationalProgrammeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveNationalProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NationalProgrammeDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NationalProgrammeDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NationalProgramme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalContactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSelfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveNationalProgrammeMutation, SaveNationalProgrammeMutationVariables>;
export const SubmitNationalProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitNationalProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedLockVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitNationalProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedLockVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedLockVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NationalProgrammeDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NationalProgrammeDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NationalProgramme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalContactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSelfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitNationalProgrammeMutation, SubmitNationalProgrammeMutationVariables>;
export const ApproveNationalProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveNationalProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedLockVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveNationalProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedLockVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedLockVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NationalProgrammeDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NationalProgrammeDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NationalProgramme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalContactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSelfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveNationalProgrammeMutation, ApproveNationalProgrammeMutationVariables>;
export const ReturnNationalProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnNationalProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comments' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedLockVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnNationalProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comments' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedLockVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedLockVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NationalProgrammeDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NationalProgrammeDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NationalProgramme' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canSubmit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDecide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalContactHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSelfStudyHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleIsFallback' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'selfStudyHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnComments' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnNationalProgrammeMutation, ReturnNationalProgrammeMutationVariables>;
export const ApplyToJoinNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyToJoinNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplyToJoinNetworkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyToJoinNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyToJoinNetworkMutation, ApplyToJoinNetworkMutationVariables>;
export const NetworkApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkApplicationStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contactGivenName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contactFamilyName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkApplicationsQuery, NetworkApplicationsQueryVariables>;
export const NetworkApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeClass' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactGivenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactFamilyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOrganisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkApplicationQuery, NetworkApplicationQueryVariables>;
export const ApproveNetworkApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveNetworkApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveNetworkApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeClass' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactGivenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactFamilyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOrganisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveNetworkApplicationMutation, ApproveNetworkApplicationMutationVariables>;
export const RejectNetworkApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectNetworkApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectNetworkApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkApplicationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkApplicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkApplication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeClass' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactGivenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactFamilyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdOrganisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectNetworkApplicationMutation, RejectNetworkApplicationMutationVariables>;
export const OrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organisations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganisationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganisationSummary' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganisationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeClass' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cluster' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganisationSummary' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tutors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganisationSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const CountriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Countries' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeCountry' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountriesQuery, CountriesQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'params' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OutboxMessagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutboxMessages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outboxMessages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'textBody' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'deliveryNote' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxMessagesQuery, OutboxMessagesQueryVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const PeerReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeerReviews' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peerReviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'peers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeerReviewsQuery, PeerReviewsQueryVariables>;
export const PeerReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeerReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peerReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeerReviewQuery, PeerReviewQueryVariables>;
export const SavePeerReviewSelfReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SavePeerReviewSelfReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SavePeerReviewSelfReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePeerReviewSelfReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavePeerReviewSelfReportMutation, SavePeerReviewSelfReportMutationVariables>;
export const AddPeerReviewInterviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddPeerReviewInterview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddPeerReviewInterviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPeerReviewInterview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPeerReviewInterviewMutation, AddPeerReviewInterviewMutationVariables>;
export const AddPeerReviewRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddPeerReviewRecommendation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddPeerReviewRecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPeerReviewRecommendation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPeerReviewRecommendationMutation, AddPeerReviewRecommendationMutationVariables>;
export const CommentOnPeerReviewReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnPeerReviewReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommentOnPeerReviewReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnPeerReviewReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentOnPeerReviewReportMutation, CommentOnPeerReviewReportMutationVariables>;
export const AdvancePeerReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdvancePeerReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdvancePeerReviewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advancePeerReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdvancePeerReviewMutation, AdvancePeerReviewMutationVariables>;
export const StartPeerReviewFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartPeerReviewFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startPeerReviewFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartPeerReviewFollowUpMutation, StartPeerReviewFollowUpMutationVariables>;
export const SetPeerReviewActionStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPeerReviewActionStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPeerReviewActionStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPeerReviewActionStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeerReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeerReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PeerReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationalProgrammeRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitStartsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visitEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryComments' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canWriteAsPeer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfReport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interviewee' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'improvementActionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPeerReviewActionStatusMutation, SetPeerReviewActionStatusMutationVariables>;
export const InvitePersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InvitePerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitePersonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitePerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const InviteOrganisationChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InviteOrganisationChoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'country' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteOrganisationChoicesQuery, InviteOrganisationChoicesQueryVariables>;
export const PeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'People' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersonStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonRoles' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'organisation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonRoles' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Person' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonRoles' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonRoles' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const GrantRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GrantRoleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonRoles' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonRoles' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'grantId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grantId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'grantId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonRoles' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonRoles' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const PersonRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deactivatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tandems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'editionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerOrganisation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dissolvedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enrolmentStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgressFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'selfAssessments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'roundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'assignmentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'certificates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publicId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'editionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'editionName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TutorProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
          { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achieved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookedAhead' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonRecordQuery, PersonRecordQueryVariables>;
export const MyConsentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyConsents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myConsents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'granted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyConsentsQuery, MyConsentsQueryVariables>;
export const SetConsentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConsents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetConsentsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConsents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'granted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetConsentsMutation, SetConsentsMutationVariables>;
export const MyDataExportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDataExports' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myDataExports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDataExportsQuery, MyDataExportsQueryVariables>;
export const RequestDataExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestDataExport' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestDataExport' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const MyErasureRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyErasureRequest' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myErasureRequest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyErasureRequestQuery, MyErasureRequestQueryVariables>;
export const RequestErasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestErasure' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestErasure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestErasureMutation, RequestErasureMutationVariables>;
export const ErasureRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ErasureRequests' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'erasureRequests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'certificates' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharedSubmissions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErasureRequestsQuery, ErasureRequestsQueryVariables>;
export const ConfirmErasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmErasure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmErasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmErasureMutation, ConfirmErasureMutationVariables>;
export const OpenAssessmentRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenAssessmentRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenAssessmentRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openAssessmentRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenAssessmentRoundMutation, OpenAssessmentRoundMutationVariables>;
export const UpdateAssessmentRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAssessmentRound' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAssessmentRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAssessmentRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAssessmentRoundMutation, UpdateAssessmentRoundMutationVariables>;
export const EditionRoundsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditionRounds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whereWeAreNow' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditionRoundsQuery, EditionRoundsQueryVariables>;
export const MySelfAssessmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySelfAssessments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentRounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySelfAssessments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SelfAssessmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SelfAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SelfAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedWithPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'round' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySelfAssessmentsQuery, MySelfAssessmentsQueryVariables>;
export const SelfAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SelfAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'selfAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SelfAssessmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SelfAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SelfAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedWithPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'round' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SelfAssessmentQuery, SelfAssessmentQueryVariables>;
export const SaveSelfAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSelfAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveSelfAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSelfAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SelfAssessmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SelfAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SelfAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedWithPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'round' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveSelfAssessmentMutation, SaveSelfAssessmentMutationVariables>;
export const SubmitSelfAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitSelfAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitSelfAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitSelfAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SelfAssessmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SelfAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SelfAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedWithPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'round' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const ShareSelfAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ShareSelfAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareSelfAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareSelfAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SelfAssessmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SelfAssessmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SelfAssessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedWithPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'round' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'areaCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareSelfAssessmentMutation, ShareSelfAssessmentMutationVariables>;
export const TandemComparisonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TandemComparison' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tandemComparison' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'round' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentRoundFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'schoolTutorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'companyTutorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mineShared' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerShared' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'schoolLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'companyLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentRoundFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentRound' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'profileVersion' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TandemComparisonQuery, TandemComparisonQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionPerson' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionPerson' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MobilitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Mobilities' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MobilityFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mobilities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MobilityFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MobilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mobility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOfferRequestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilitiesQuery, MobilitiesQueryVariables>;
export const MobilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Mobility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mobility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MobilityFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MobilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mobility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOfferRequestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilityQuery, MobilityQueryVariables>;
export const MobilityOrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MobilityOrganisations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mobilityOrganisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilityOrganisationsQuery, MobilityOrganisationsQueryVariables>;
export const MobilityParticipantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MobilityParticipants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mobilityParticipants' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilityParticipantsQuery, MobilityParticipantsQueryVariables>;
export const RecordMobilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMobility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MobilityInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMobility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MobilityFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MobilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mobility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOfferRequestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMobilityMutation, RecordMobilityMutationVariables>;
export const UpdateMobilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMobility' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MobilityInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMobility' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MobilityFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MobilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mobility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'learnerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromOrganisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'learningOutcomes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOfferRequestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMobilityMutation, UpdateMobilityMutationVariables>;
export const HostOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HostOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mine' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostOffers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mine' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HostOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HostOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRecordMobility' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HostOffersQuery, HostOffersQueryVariables>;
export const HostOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HostOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HostOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HostOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRecordMobility' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HostOfferQuery, HostOfferQueryVariables>;
export const HostOfferOrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HostOfferOrganisations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offering' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hostOfferOrganisations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offering' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offering' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HostOfferOrganisationsQuery, HostOfferOrganisationsQueryVariables>;
export const OfferHostPlacementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfferHostPlacements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offerHostPlacements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HostOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HostOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRecordMobility' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfferHostPlacementsMutation, OfferHostPlacementsMutationVariables>;
export const AskForHostPlacesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AskForHostPlaces' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AskForHostPlacesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askForHostPlaces' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HostOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HostOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRecordMobility' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AskForHostPlacesMutation, AskForHostPlacesMutationVariables>;
export const DecideHostOfferRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideHostOfferRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideHostOfferRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accept' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accept' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HostOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HostOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HostOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sector' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'places' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesAccepted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offerId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canRecordMobility' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideHostOfferRequestMutation, DecideHostOfferRequestMutationVariables>;
export const MobilityHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MobilityHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mobilityHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilityHistoryQuery, MobilityHistoryQueryVariables>;
export const StudyVisitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudyVisits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studyVisits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudyVisitsQuery, StudyVisitsQueryVariables>;
export const StudyVisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StudyVisit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'studyVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitPlan' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitPlan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StudyVisitQuery, StudyVisitQueryVariables>;
export const MobilityCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MobilityCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mobilityCounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mobilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'learners' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MobilityCountsQuery, MobilityCountsQueryVariables>;
export const ApplyToStudyVisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyToStudyVisit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyToStudyVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyToStudyVisitMutation, ApplyToStudyVisitMutationVariables>;
export const SetStudyVisitParticipantStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetStudyVisitParticipantStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisitParticipantStatus' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setStudyVisitParticipantStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetStudyVisitParticipantStatusMutation, SetStudyVisitParticipantStatusMutationVariables>;
export const ContributeToStudyVisitReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ContributeToStudyVisitReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'whatISaw' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'whatIWillTransfer' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contributeToStudyVisitReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'whatISaw' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'whatISaw' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'whatIWillTransfer' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'whatIWillTransfer' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContributeToStudyVisitReportMutation, ContributeToStudyVisitReportMutationVariables>;
export const CreateStudyVisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStudyVisit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStudyVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitPlan' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitPlan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStudyVisitMutation, CreateStudyVisitMutationVariables>;
export const UpdateStudyVisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStudyVisit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStudyVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitPlan' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostOrganisations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisedByCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportPublishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatISaw' } },
                { kind: 'Field', name: { kind: 'Name', value: 'whatIWillTransfer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StudyVisitPlan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudyVisit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StudyVisitFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStudyVisitMutation, UpdateStudyVisitMutationVariables>;
export const SurveyByLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyByLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyByLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveySummaryFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intro' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thankYou' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textsMayBeQuoted' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnsweredQuestionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveySummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnsweredQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notApplicable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowOther' } },
          { kind: 'Field', name: { kind: 'Name', value: 'long' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showIfQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showIfValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyByLinkQuery, SurveyByLinkQueryVariables>;
export const SubmitSurveyByLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitSurveyByLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitSurveyByLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitSurveyByLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitSurveyByLinkMutation, SubmitSurveyByLinkMutationVariables>;
export const SurveyInvitationCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyInvitationCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyInvitationCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'surveyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stakeholderGroup' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyInvitationCountsQuery, SurveyInvitationCountsQueryVariables>;
export const InviteSurveyStakeholdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteSurveyStakeholders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteSurveyStakeholdersInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteSurveyStakeholders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'checkedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteSurveyStakeholdersMutation, InviteSurveyStakeholdersMutationVariables>;
export const RemindSurveyStakeholdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemindSurveyStakeholders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemindSurveyStakeholdersInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'remindSurveyStakeholders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemindSurveyStakeholdersMutation, RemindSurveyStakeholdersMutationVariables>;
export const MySurveysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySurveys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySurveys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'survey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveySummaryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveySummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySurveysQuery, MySurveysQueryVariables>;
export const SurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Survey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveySummaryFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intro' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thankYou' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textsMayBeQuoted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowEditUntilClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasResponses' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnsweredQuestionFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'byTrainer' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'translations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'optionTranslations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canAddOwnQuestions' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveySummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnsweredQuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyQuestion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'required' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notApplicable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowOther' } },
          { kind: 'Field', name: { kind: 'Name', value: 'long' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showIfQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showIfValue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const SubmitSurveyResponseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitSurveyResponse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitSurveyResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitSurveyResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const SurveysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Surveys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveySummaryFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasResponses' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveySummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const SurveyResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'side' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'surveyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'side' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'side' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'surveyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCodes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'byTrainer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notApplicableCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shareHigh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shareLow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'distribution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const RemindSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemindSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'remindSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemindSurveyMutation, RemindSurveyMutationVariables>;
export const MySurveyDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySurveyDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySurveyDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'surveyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'surveyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submitted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySurveyDraftQuery, MySurveyDraftQueryVariables>;
export const SaveSurveyDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSurveyDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveSurveyDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSurveyDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'surveyId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveSurveyDraftMutation, SaveSurveyDraftMutationVariables>;
export const UpdateSurveyResponseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSurveyResponse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitSurveyResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSurveyResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSurveyResponseMutation, UpdateSurveyResponseMutationVariables>;
export const SetSurveyEditingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSurveyEditing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSurveyEditingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setSurveyEditing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowEditUntilClose' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetSurveyEditingMutation, SetSurveyEditingMutationVariables>;
export const AddTrainerQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddTrainerQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddTrainerQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addSurveyTrainerQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTrainerQuestionMutation, AddTrainerQuestionMutationVariables>;
export const UpdateTrainerQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTrainerQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTrainerQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSurveyTrainerQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTrainerQuestionMutation, UpdateTrainerQuestionMutationVariables>;
export const RemoveTrainerQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveTrainerQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveTrainerQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeSurveyTrainerQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveTrainerQuestionMutation, RemoveTrainerQuestionMutationVariables>;
export const SurveyQuestionComparisonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyQuestionComparison' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyComparisonBy' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyQuestionComparison' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'surveyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'by' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'surveyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'by' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minGroupSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'surveyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moduleVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notApplicableCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'distribution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyQuestionComparisonQuery, SurveyQuestionComparisonQueryVariables>;
export const SessionFeedbackLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionFeedbackLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionFeedbackLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'surveyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionFeedbackLinkQuery, SessionFeedbackLinkQueryVariables>;
export const MyTandemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTandem' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTandem' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crossBorder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTandemQuery, MyTandemQueryVariables>;
export const TandemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Tandems' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TandemStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tandems' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'country' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'country' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemListItem' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TandemsQuery, TandemsQueryVariables>;
export const UnpairedTutorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnpairedTutors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unpairedTutors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tutor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggestions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tutor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnpairedTutorsQuery, UnpairedTutorsQueryVariables>;
export const FormTandemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FormTandem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FormTandemInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formTandem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crossBorder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FormTandemMutation, FormTandemMutationVariables>;
export const RespondToTandemInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToTandemInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToTandemInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToTandemInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crossBorder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToTandemInvitationMutation, RespondToTandemInvitationMutationVariables>;
export const DissolveTandemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DissolveTandem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DissolveTandemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dissolveTandem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dissolvedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dissolutionKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crossBorder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DissolveTandemMutation, DissolveTandemMutationVariables>;
export const MyPartnerCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPartnerCandidates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPartnerCandidates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tutor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPartnerCandidatesQuery, MyPartnerCandidatesQueryVariables>;
export const InviteTandemPartnerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteTandemPartner' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteTandemPartnerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteTandemPartner' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemTutor' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tutor' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occupationField' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TandemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tandem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'byInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'crossBorder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canDissolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRespond' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedByName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyTutor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TandemTutor' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteTandemPartnerMutation, InviteTandemPartnerMutationVariables>;
export const MyProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProposals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProposals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resourceKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProposalsQuery, MyProposalsQueryVariables>;
export const ResourcesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Resources' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResourceFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResourceSort' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resources' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ResourceSummary' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ResourceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Resource' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shownLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const ResourceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Resource' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resource' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ResourceSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'licence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'author' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'titles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'content' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ResourceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Resource' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shownLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResourceQuery, ResourceQueryVariables>;
export const RecordResourceDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordResourceDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordResourceDownload' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordResourceDownloadMutation, RecordResourceDownloadMutationVariables>;
export const ProposeResourceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeResource' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeResourceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeResource' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ResourceSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ResourceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Resource' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shownLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeResourceMutation, ProposeResourceMutationVariables>;
export const ReviewResourceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewResource' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResourceDecision' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewResource' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ResourceSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ResourceSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Resource' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shownLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReview' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewResourceMutation, ReviewResourceMutationVariables>;
export const ToolboxFilterOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ToolboxFilterOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competenceProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competences' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ToolboxFilterOptionsQuery, ToolboxFilterOptionsQueryVariables>;
export const SuggestedResourcesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SuggestedResources' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestedResources' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shownLanguage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reasons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'competenceId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scaleLevels' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestedResourcesQuery, SuggestedResourcesQueryVariables>;
export const TrainingSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'openOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withSeatsLeft' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upcoming' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'openOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'openOnly' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withSeatsLeft' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'withSeatsLeft' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const AgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Agenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upcoming' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upcoming' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaQuery, AgendaQueryVariables>;
export const TrainingSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingSessionQuery, TrainingSessionQueryVariables>;
export const MyEnrolmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyEnrolments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myEnrolments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'canCancel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasCalendarFeed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyEnrolmentsQuery, MyEnrolmentsQueryVariables>;
export const SessionRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'session' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionRosterQuery, SessionRosterQueryVariables>;
export const CheckInCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckInCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkInCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInCodeQuery, CheckInCodeQueryVariables>;
export const BookSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BookSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'BookSessionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookSessionMutation, BookSessionMutationVariables>;
export const CancelEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelEnrolmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>;
export const ScheduleSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const ScheduleSessionSeriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleSessionSeries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleSessionSeriesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleSessionSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleSessionSeriesMutation, ScheduleSessionSeriesMutationVariables>;
export const CancelSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const CompleteSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteSessionMutation, CompleteSessionMutationVariables>;
export const MarkAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkAttendanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enrolments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const CheckInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const CreateCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCalendarFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCalendarFeed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'path' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCalendarFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'revokeCalendarFeed' } }],
      },
    },
  ],
} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const SchedulableModulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulableModules' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'modules' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulableModulesQuery, SchedulableModulesQueryVariables>;
export const UpdateSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moduleKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'localEnrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowSingles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myEnrolmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myAttendance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canKeepRoster' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const EnrollableTandemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EnrollableTandems' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrollableTandems' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'names' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnrollableTandemsQuery, EnrollableTandemsQueryVariables>;
export const MoveTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MoveTargets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'moduleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'moduleId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upcoming' },
                value: { kind: 'BooleanValue', value: true },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveTargetsQuery, MoveTargetsQueryVariables>;
export const MoveEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveEnrolmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EnrolmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EnrolmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Enrolment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tandemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attendance' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveEnrolmentMutation, MoveEnrolmentMutationVariables>;
